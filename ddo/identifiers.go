package ddo

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strconv"
	"strings"

	"golang.org/x/crypto/sha3"
)

// DID prefixes.
const (
	DIDPrefix   = "did:op:"  // DDO v4
	DIDPrefixV5 = "did:ope:" // DDO v5
)

// ChecksumAddress returns the EIP-55 form of an Ethereum address, with the
// semantics of ethers' getAddress: 40 hex digits with or without a "0x"
// prefix; all-lowercase and all-uppercase digits are accepted as is, mixed
// case must already be a valid checksum. Errors are of type
// *[AddressError]. (ICAP "XE…" addresses, which ethers also accepts, are
// not supported.)
func ChecksumAddress(addr string) (string, error) {
	var out [42]byte
	if reason := checksumAddress(addr, &out); reason != "" {
		return "", &AddressError{Address: addr, Reason: reason}
	}
	return string(out[:]), nil
}

// checksumAddress writes the EIP-55 form of addr to out, or returns why
// [ChecksumAddress] rejects it.
func checksumAddress(addr string, out *[42]byte) (reason string) {
	h := strings.TrimPrefix(addr, "0x")
	if len(h) != 40 {
		return "invalid address"
	}
	var lower [40]byte
	hasLower, hasUpper := false, false
	for i := 0; i < 40; i++ {
		c := h[i]
		switch {
		case c >= '0' && c <= '9':
		case c >= 'a' && c <= 'f':
			hasLower = true
		case c >= 'A' && c <= 'F':
			hasUpper = true
			c += 'a' - 'A'
		default:
			return "invalid address"
		}
		lower[i] = c
	}
	kh := sha3.NewLegacyKeccak256()
	kh.Write(lower[:])
	var sum [32]byte
	kh.Sum(sum[:0])
	out[0], out[1] = '0', 'x'
	for i := 0; i < 40; i++ {
		c := lower[i]
		nibble := sum[i/2]
		if i%2 == 0 {
			nibble >>= 4
		}
		if c >= 'a' && nibble&0xF >= 8 {
			c -= 'a' - 'A'
		}
		out[2+i] = c
	}
	if hasLower && hasUpper && string(out[2:]) != h {
		return "bad address checksum"
	}
	return ""
}

// IsAddress reports whether [ChecksumAddress] accepts addr.
func IsAddress(addr string) bool {
	_, err := ChecksumAddress(addr)
	return err == nil
}

// DID returns the v4 DID of the data NFT nftAddress on chain chainID:
// "did:op:" + hex(SHA-256(EIP55(nftAddress) + decimal(chainID))), as
// ddo-js makeDid, ocean.js generateDid, Ocean Node and Aquarius compute it.
// The address is normalized with [ChecksumAddress], whose errors it
// returns.
func DID(nftAddress string, chainID int64) (string, error) {
	return didWith(DIDPrefix, nftAddress, chainID)
}

// DIDV5 returns the v5 DID ("did:ope:" + the same hash as [DID]).
func DIDV5(nftAddress string, chainID int64) (string, error) {
	return didWith(DIDPrefixV5, nftAddress, chainID)
}

func didWith(prefix, nftAddress string, chainID int64) (string, error) {
	addr, err := ChecksumAddress(nftAddress)
	if err != nil {
		return "", err
	}
	return prefix + sha256Hex(addr+strconv.FormatInt(chainID, 10)), nil
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// ServiceID returns the service id ocean.js and the Ocean Market assign:
// hex(SHA-256(datatokenAddress + encryptedFiles)), both strings used as
// given. Any unique string is a valid service id; this is a convention.
func ServiceID(datatokenAddress, encryptedFiles string) string {
	sum := sha256.Sum256([]byte(datatokenAddress + encryptedFiles))
	return hex.EncodeToString(sum[:])
}

// ContainerSectionChecksum returns the containerSectionChecksum of an
// algorithm's container, as used in trusted-algorithm entries:
// hex(SHA-256(entrypoint + checksum)).
func ContainerSectionChecksum(c Container) string {
	sum := sha256.Sum256([]byte(c.Entrypoint + c.Checksum))
	return hex.EncodeToString(sum[:])
}

// FileChecksum returns hex(SHA-256) of the content read from r, the
// per-file checksum an Ocean node reports from fileinfo with checksum=true.
func FileChecksum(r io.Reader) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// FilesChecksum returns the filesChecksum of a trusted-algorithm entry:
// the per-file checksums (see [FileChecksum]) of the algorithm service's
// files, lowercased and concatenated in file order without separator.
func FilesChecksum(perFile ...string) string {
	return strings.ToLower(strings.Join(perFile, ""))
}
