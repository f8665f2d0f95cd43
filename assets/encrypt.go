package assets

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"

	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// ErrNotDecrypted: a file published encrypted (File.EncryptedBy) was
// served as its ciphertext: what arrived does not match the plaintext's
// published checksum. Ocean Node v3.1.0 (and v3.2.0) never decrypts such
// files on download, so their consumers get bytes only the node can
// decrypt; the devnet's node decrypts them. Download returns it wrapped
// with provider.ErrIntegrity.
var ErrNotDecrypted = errors.New("assets: the node served an encrypted file without decrypting it")

// EncryptFileParams tune Client.EncryptFile.
type EncryptFileParams struct {
	// Method is provider.EncryptAES (the default: streams, 1 to 16 bytes
	// longer) or provider.EncryptECIES (97 bytes longer; the node holds
	// the whole file in memory).
	Method provider.EncryptMethod
	// Endpoint is the node that will serve the file (the service's
	// ServiceParams.Endpoint): only it can decrypt the content. Empty:
	// the client's node.
	Endpoint string
}

// EncryptFile has the node that will serve a file encrypt its content
// with its own key (Ocean Node's encryptFile, signed by the client's
// account): the plaintext is read from r and streamed to the node, and
// the ciphertext streamed back into w. Nothing is uploaded anywhere else
// and nothing is held in memory (AES). Store what w received where the
// node can fetch it, then publish the returned File with its URL (or
// Object) set: it carries EncryptedBy, EncryptMethod and the plaintext's
// SHA256 and Size.
//
// When r is an io.Seeker, its size is announced to the node and it is
// sent again if the node rejects the request's nonce. A ciphertext that
// cannot be that of r (Ocean Node v3.1.0 corrupts binary ciphertext)
// fails with provider.ErrCiphertextCorrupt: w then holds unusable bytes.
// Errors: ErrInvalidParams, provider.ErrUnsupported (a node without
// encryptFile), the provider package's errors.
func (c *Client) EncryptFile(ctx context.Context, r io.Reader, w io.Writer, p EncryptFileParams) (File, error) {
	if r == nil || w == nil {
		return File{}, fmt.Errorf("%w: EncryptFile needs a reader and a writer", ErrInvalidParams)
	}
	prov, err := c.node(p.Endpoint)
	if err != nil {
		return File{}, err
	}
	h := &hashingReader{r: r, h: sha256.New()}
	var content io.Reader = h
	if s, ok := r.(io.Seeker); ok {
		content = &hashingSeeker{hashingReader: h, s: s}
	}
	enc, err := prov.EncryptFile(ctx, provider.EncryptFileRequest{Content: content, Method: p.Method, Auth: c.auth()})
	if err != nil {
		return File{}, fmt.Errorf("assets: encrypt file: %w", err)
	}
	defer enc.Body.Close()
	if _, err := io.CopyBuffer(w, enc.Body, make([]byte, 256<<10)); err != nil {
		return File{}, fmt.Errorf("assets: encrypt file: %w", err)
	}
	if enc.EncryptedBy == "" {
		return File{}, fmt.Errorf("assets: encrypt file: %w: the node did not say who encrypted it", nodehttp.ErrInvalidResponse)
	}
	return File{EncryptedBy: enc.EncryptedBy, EncryptMethod: string(enc.Method),
		SHA256: hex.EncodeToString(h.h.Sum(nil)), Size: h.n}, nil
}

// node returns the provider client of endpoint, or the client's.
func (c *Client) node(endpoint string) (*provider.Client, error) {
	if endpoint == "" {
		return c.prov, nil
	}
	p, err := provider.New(endpoint)
	if err != nil {
		return nil, fmt.Errorf("%w: endpoint: %w", ErrInvalidParams, err)
	}
	return p, nil
}

// hashingReader hashes and counts what is read through it.
type hashingReader struct {
	r io.Reader
	h hash.Hash
	n int64
}

func (h *hashingReader) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	h.h.Write(p[:n])
	h.n += int64(n)
	return n, err
}

// hashingSeeker is a hashingReader over a seekable content: a seek that
// moves the position (the provider measuring the size, or rewinding to
// send the content again) starts the hash over.
type hashingSeeker struct {
	*hashingReader
	s io.Seeker
}

func (h *hashingSeeker) Seek(offset int64, whence int) (int64, error) {
	pos, err := h.s.Seek(offset, whence)
	if whence != io.SeekCurrent || offset != 0 {
		h.h.Reset()
		h.n = 0
	}
	return pos, err
}
