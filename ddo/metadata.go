package ddo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/ulikunitz/xz"
	"github.com/ulikunitz/xz/lzma"
)

// Flags is the flags byte passed to the data NFT's setMetaData: it says how
// the data argument is encoded.
type Flags uint8

// Flag bits (ddo.md §4.2). Compression happens before encryption; decoding
// decrypts first, then decompresses. Ocean Node reads only [FlagPlain] and
// [FlagEncrypted] correctly; publish with one of those. The compressed
// forms are read for legacy (Aquarius-era, ocean.py) documents.
const (
	FlagPlain      Flags = 0 // data is the DDO's JSON bytes
	FlagCompressed Flags = 1 // data is LZMA-compressed (python lzma.compress: XZ container)
	FlagEncrypted  Flags = 2 // data is ECIES-encrypted by the decryptor (an Ocean node)
)

// Hash is a 32-byte metadata hash.
type Hash [32]byte

// Hex returns the hash as "0x" followed by 64 lowercase hex digits.
func (h Hash) Hex() string { return "0x" + hex.EncodeToString(h[:]) }

// String returns [Hash.Hex].
func (h Hash) String() string { return h.Hex() }

// MetadataHash returns the metaDataHash to pass to setMetaData for the DDO
// whose exact JSON bytes are doc (before any compression or encryption),
// published with the given flags:
//
//   - FlagPlain: SHA-256 of the ASCII text "0x" + hex(doc) — ocean.js
//     hashes the hex string it passes as data, and Ocean Node's indexer
//     checks exactly that (ddo.md §4.4). The python stack instead expects
//     SHA-256(doc) for plain documents; use [SHA256Hash] for it.
//   - any other flags: SHA-256(doc).
//
// Ocean Node recomputes the hash over JSON.stringify of the parsed
// document, so doc must be in canonical form: pass the output of
// [Encode] or of a DDO's MarshalJSON.
func MetadataHash(doc []byte, flags Flags) Hash {
	if flags == FlagPlain {
		h := sha256.New()
		h.Write([]byte("0x"))
		var buf [512]byte
		for rest := doc; len(rest) > 0; {
			n := min(len(rest), len(buf)/2)
			hex.Encode(buf[:], rest[:n])
			h.Write(buf[:2*n])
			rest = rest[n:]
		}
		var out Hash
		h.Sum(out[:0])
		return out
	}
	return SHA256Hash(doc)
}

// SHA256Hash returns SHA-256(doc), the metadata hash for encrypted or
// compressed documents and for every document on the python stack.
func SHA256Hash(doc []byte) Hash { return sha256.Sum256(doc) }

// DecryptFunc decrypts metadata that an Ocean node encrypted (the data of
// a setMetaData call with [FlagEncrypted]). Decryption needs the node, so
// the caller supplies it (for example a provider client's decrypt call).
type DecryptFunc func(ciphertext []byte) ([]byte, error)

// DecodeMetadata turns the data of a setMetaData call (or MetadataCreated /
// MetadataUpdated event) back into the DDO's JSON bytes: it decrypts with
// decrypt when [FlagEncrypted] is set (returning [ErrEncrypted] if decrypt
// is nil), then decompresses when [FlagCompressed] is set. Compressed data
// may be an XZ stream (python's lzma.compress default) or a legacy
// ".lzma" (LZMA-alone) stream. Other flag bits return [ErrUnknownFlags].
// Decompressed output larger than 64 MiB is rejected.
func DecodeMetadata(flags Flags, data []byte, decrypt DecryptFunc) ([]byte, error) {
	if flags&^(FlagCompressed|FlagEncrypted) != 0 {
		return nil, fmt.Errorf("%w: 0x%02x", ErrUnknownFlags, uint8(flags))
	}
	out := data
	if flags&FlagEncrypted != 0 {
		if decrypt == nil {
			return nil, ErrEncrypted
		}
		plain, err := decrypt(out)
		if err != nil {
			return nil, fmt.Errorf("ddo: decrypt metadata: %w", err)
		}
		out = plain
	}
	if flags&FlagCompressed != 0 {
		plain, err := decompress(out)
		if err != nil {
			return nil, err
		}
		out = plain
	}
	return out, nil
}

const maxDecompressed = 64 << 20

func decompress(data []byte) ([]byte, error) {
	var r io.Reader
	var err error
	if bytes.HasPrefix(data, []byte{0xFD, '7', 'z', 'X', 'Z', 0x00}) {
		r, err = xz.NewReader(bytes.NewReader(data))
	} else {
		r, err = lzma.NewReader(bytes.NewReader(data))
	}
	if err != nil {
		return nil, fmt.Errorf("ddo: decompress metadata: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(r, maxDecompressed+1))
	if err != nil {
		return nil, fmt.Errorf("ddo: decompress metadata: %w", err)
	}
	if len(out) > maxDecompressed {
		return nil, fmt.Errorf("ddo: decompress metadata: output larger than %d bytes", maxDecompressed)
	}
	return out, nil
}

// CompressMetadata compresses doc into an XZ stream (CRC64 check, as
// python's lzma.compress writes by default), for publishing with
// [FlagCompressed] to a legacy (Aquarius/python Provider) stack. Ocean Node
// does not read compressed metadata.
func CompressMetadata(doc []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := xz.WriterConfig{CheckSum: xz.CRC64}.NewWriter(&buf)
	if err != nil {
		return nil, fmt.Errorf("ddo: compress metadata: %w", err)
	}
	if _, err := w.Write(doc); err != nil {
		return nil, fmt.Errorf("ddo: compress metadata: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("ddo: compress metadata: %w", err)
	}
	return buf.Bytes(), nil
}
