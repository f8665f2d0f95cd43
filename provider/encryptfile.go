package provider

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/httpx"
	"github.com/oceango/ocean.go/nodehttp"
)

const cmdEncryptFile = "encryptFile"

// EncryptMethod is how a node encrypts a file's content (encryptFile).
// Only the node that encrypted the content can decrypt it: the key is the
// node's own.
type EncryptMethod string

// The methods of Ocean Node's encryptFile.
const (
	// EncryptAES is AES-256-CBC (PKCS#7 padding) under the node's private
	// key, with a fixed IV derived from its public key: the same content
	// always gives the same ciphertext, 1 to 16 bytes longer. It streams.
	// Ocean Node's default.
	EncryptAES EncryptMethod = "AES"
	// EncryptECIES is one ECIES message (eciesjs) to the node's public
	// key, 97 bytes longer than the content. The node holds the whole
	// content in memory to encrypt or decrypt it.
	EncryptECIES EncryptMethod = "ECIES"
)

// eciesOverhead is what an eciesjs message adds: the 65-byte ephemeral
// key, a 16-byte nonce and a 16-byte tag.
const eciesOverhead = 97

// ErrCiphertextCorrupt: a node answered encryptFile 200 with something
// that cannot be the ciphertext of what was sent (wrong length for the
// method, or not an ECIES message). Ocean Node v3.1.0 (and v3.2.0) answers
// this route through a UTF-8 string, which replaces bytes that are not
// UTF-8 and so corrupts almost any binary ciphertext: content encrypted
// through its HTTP route cannot be decrypted, by it or anyone.
var ErrCiphertextCorrupt = errors.New("provider: encryptFile answer is not the ciphertext")

// EncryptFileRequest is what EncryptFile encrypts: Content, streamed to
// the node, or File, a storage object the node fetches itself. Exactly
// one must be set.
type EncryptFileRequest struct {
	// Content is the file's content. When it has a Len() method or is an
	// io.Seeker, its size is announced (Content-Length) and the answer's
	// length is known in advance; a seekable Content is also sent again
	// if the node rejects the nonce.
	Content io.Reader
	// File is a storage object (&ddo.URLFile{...}) the node fetches and
	// encrypts.
	File ddo.StorageObject
	// Method is EncryptAES ("", the node's default) or EncryptECIES.
	Method EncryptMethod
	// Auth signs the request ("encryptFile"); Ocean Node v3.1.0 does not
	// take auth tokens on this route (see Encrypt).
	Auth Auth
}

// EncryptedFile is a node's encryptFile answer. Body streams the
// ciphertext; read it to the end and close it. The final Read returns an
// error matching ErrCiphertextCorrupt, rather than io.EOF, if the
// ciphertext cannot be that of the content sent.
type EncryptedFile struct {
	Body io.ReadCloser
	// EncryptedBy is the node's id (X-Encrypted-By), the value of a file
	// object's encryptedBy.
	EncryptedBy string
	// Method is the method used (X-Encrypted-Method), the value of a file
	// object's encryptMethod.
	Method EncryptMethod
	// Size is the ciphertext length the node announced, -1 if it did not.
	Size int64
}

// EncryptFile has the node encrypt a file's content with its own key
// (POST encryptFile, Ocean Node ≥ 3, signed "encryptFile"). The
// ciphertext is what a publisher stores at the file's origin; the file
// object then carries encryptedBy and encryptMethod (see ddo.FileEncryption)
// so that the node can decrypt it when it serves the file.
//
// Content is streamed up and the ciphertext streamed back: with AES
// neither side holds the file (Ocean Node itself caps a raw body at 25 MB
// and buffers the answer). The length of the answer is checked at its end
// (ErrCiphertextCorrupt). Nothing is retried once sent, except a nonce
// rejection, re-signed once when Content is an io.Seeker (or File is set).
// Servers without the route fail with ErrUnsupported.
func (c *Client) EncryptFile(ctx context.Context, r EncryptFileRequest) (*EncryptedFile, error) {
	if (r.Content == nil) == (r.File == nil) {
		return nil, fmt.Errorf("%w: EncryptFileRequest: set Content or File", nodehttp.ErrInvalidRequest)
	}
	method := r.Method
	if method == "" {
		method = EncryptAES
	}
	if method != EncryptAES && method != EncryptECIES {
		return nil, fmt.Errorf("%w: encrypt method %q: want %q or %q", nodehttp.ErrInvalidRequest, r.Method, EncryptAES, EncryptECIES)
	}
	var file map[string]any
	if r.File != nil {
		var err error
		if file, err = fileMap(r.File); err != nil {
			return nil, err
		}
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return nil, err
	}
	if d == DialectClassic {
		return nil, fmt.Errorf("%w: encryptFile is an Ocean Node route", ErrUnsupported)
	}
	auth, err := signatureOnly(r.Auth, cmdEncryptFile)
	if err != nil {
		return nil, err
	}
	size := int64(-1)
	seeker, _ := r.Content.(io.Seeker)
	start := int64(0)
	if l, ok := r.Content.(interface{ Len() int }); ok {
		size = int64(l.Len())
	}
	if seeker != nil {
		if start, err = seeker.Seek(0, io.SeekCurrent); err != nil {
			seeker = nil
		} else if size < 0 {
			end, err := seeker.Seek(0, io.SeekEnd)
			if err == nil {
				_, err = seeker.Seek(start, io.SeekStart)
			}
			if err != nil {
				return nil, fmt.Errorf("provider: encryptFile: seek content: %w", err)
			}
			size = end - start
		}
	}
	var (
		out     *EncryptedFile
		sent    bool
		lastErr error
	)
	err = c.signedCall(ctx, auth, nodeMessage(cmdEncryptFile), func(addr common.Address, nonce, sig string) error {
		if sent {
			if r.Content != nil {
				if seeker == nil {
					return lastErr
				}
				if _, err := seeker.Seek(start, io.SeekStart); err != nil {
					return err
				}
			}
		}
		sent = true
		q, h := url.Values{}, http.Header{}
		authParams(d, auth, "consumerAddress", addr, nonce, sig, q, h)
		q.Set("encryptMethod", strings.ToLower(string(method)))
		req := request{endpoint: cmdEncryptFile, query: q, header: h}
		var counted *countingReader
		if file != nil {
			req.jsonBody = file
		} else {
			counted = &countingReader{r: r.Content}
			req.body, req.bodyLen = counted, size
			h.Set("Content-Type", "application/octet-stream")
		}
		resp, err := c.do(ctx, req)
		if err != nil {
			lastErr = err
			return err
		}
		out, lastErr = encryptedAnswer(resp, method, counted)
		return lastErr
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// encryptedAnswer checks an encryptFile answer's headers and wraps its
// body in the length check.
func encryptedAnswer(resp *http.Response, method EncryptMethod, sent *countingReader) (*EncryptedFile, error) {
	by := resp.Header.Get("X-Encrypted-By")
	got := EncryptMethod(strings.ToUpper(resp.Header.Get("X-Encrypted-Method")))
	if by == "" || got != method {
		resp.Body.Close()
		return nil, &nodehttp.Error{Op: "provider " + cmdEncryptFile, Method: http.MethodPost, URL: httpx.RedactURL(resp.Request.URL),
			StatusCode: resp.StatusCode, Message: fmt.Sprintf("answer without X-Encrypted-By, or encrypted with %q, not %q", got, method),
			Err: nodehttp.ErrInvalidResponse}
	}
	return &EncryptedFile{Body: &ciphertextReader{rc: resp.Body, method: method, sent: sent},
		EncryptedBy: by, Method: got, Size: resp.ContentLength}, nil
}

// countingReader counts what the transport read of the content.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// ciphertextReader passes the ciphertext through and, at its end, checks
// that it can be the ciphertext of what was sent.
type ciphertextReader struct {
	rc     io.ReadCloser
	method EncryptMethod
	sent   *countingReader // nil: the node fetched the content
	n      int64
	first  byte
}

func (c *ciphertextReader) Read(p []byte) (int, error) {
	n, err := c.rc.Read(p)
	if n > 0 && c.n == 0 {
		c.first = p[0]
	}
	c.n += int64(n)
	if err == io.EOF {
		if why := c.check(); why != "" {
			return n, &nodehttp.Error{Op: "provider " + cmdEncryptFile, Method: http.MethodPost, StatusCode: http.StatusOK,
				Message: why, Err: ErrCiphertextCorrupt}
		}
	}
	return n, err
}

func (c *ciphertextReader) Close() error { return c.rc.Close() }

// check returns why the ciphertext cannot be right, or "".
func (c *ciphertextReader) check() string {
	switch c.method {
	case EncryptAES:
		if c.sent != nil {
			if want := (c.sent.n.Load()/16 + 1) * 16; c.n != want {
				return fmt.Sprintf("%d bytes of AES ciphertext for %d bytes of content, want %d", c.n, c.sent.n.Load(), want)
			}
		} else if c.n == 0 || c.n%16 != 0 {
			return fmt.Sprintf("%d bytes of AES ciphertext, not a whole number of blocks", c.n)
		}
	case EncryptECIES:
		if c.first != 0x04 || c.n <= eciesOverhead {
			return "not an ECIES message"
		}
		if c.sent != nil && c.n != c.sent.n.Load()+eciesOverhead {
			return fmt.Sprintf("%d bytes of ECIES ciphertext for %d bytes of content, want %d", c.n, c.sent.n.Load(), c.sent.n.Load()+eciesOverhead)
		}
	}
	return ""
}
