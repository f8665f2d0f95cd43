package provider

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/nodehttp"
)

// jsUTF8 is what Node's Buffer.toString() followed by res.send(string)
// does to bytes: each maximal invalid UTF-8 sequence becomes U+FFFD.
// (Go's ToValidUTF8 replaces a run of them with one U+FFFD: the length
// changes either way, which is what the client checks.)
func jsUTF8(b []byte) []byte { return []byte(strings.ToValidUTF8(string(b), "\uFFFD")) }

// TestEncryptFileCorruptAnswer plays Ocean Node v3.1.0's encryptFile,
// which sends the ciphertext through a UTF-8 string: the client fails at
// the end of the body with ErrCiphertextCorrupt instead of handing back
// bytes nobody can decrypt.
func TestEncryptFileCorruptAnswer(t *testing.T) {
	f := newFakeNode(t)
	key := make([]byte, 32)
	rand.Read(key)
	block, err := aes.NewCipher(key)
	require.NoError(t, err)
	var mangle, noID atomic.Bool
	mangle.Store(true)
	f.handle("POST /api/services/encryptFile", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if msg := f.verify(q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), "encryptFile"); msg != "" {
			http.Error(w, msg, http.StatusUnauthorized)
			return
		}
		plain, _ := io.ReadAll(r.Body)
		pad := 16 - len(plain)%16
		ct := append(plain, bytes.Repeat([]byte{byte(pad)}, pad)...)
		cipher.NewCBCEncrypter(block, key[:16]).CryptBlocks(ct, ct)
		if mangle.Load() {
			ct = jsUTF8(ct)
		}
		if !noID.Load() {
			w.Header().Set("X-Encrypted-By", "16Uiu2Fake")
		}
		w.Header().Set("X-Encrypted-Method", strings.ToUpper(q.Get("encryptMethod")))
		w.Header().Set("Content-Type", "application/octet-stream; charset=utf-8")
		w.Write(ct)
	})
	c, err := New(f.url())
	require.NoError(t, err)
	s := testSigner(t)
	plain := make([]byte, 4096)
	rand.Read(plain)

	ef, err := c.EncryptFile(t.Context(), EncryptFileRequest{Content: bytes.NewReader(plain), Auth: SignedBy(s)})
	require.NoError(t, err)
	got, err := io.ReadAll(ef.Body)
	ef.Body.Close()
	require.ErrorIs(t, err, ErrCiphertextCorrupt)
	require.NotEqual(t, (len(plain)/16+1)*16, len(got))

	// The same node, answering the bytes: accepted.
	mangle.Store(false)
	ef, err = c.EncryptFile(t.Context(), EncryptFileRequest{Content: bytes.NewReader(plain), Auth: SignedBy(s)})
	require.NoError(t, err)
	got, err = io.ReadAll(ef.Body)
	ef.Body.Close()
	require.NoError(t, err)
	require.Len(t, got, (len(plain)/16+1)*16)
	require.Equal(t, "16Uiu2Fake", ef.EncryptedBy)

	// Asked for ECIES, answered AES bytes: not an ECIES message of
	// len(plain)+97 bytes.
	ef, err = c.EncryptFile(t.Context(), EncryptFileRequest{Content: bytes.NewReader(plain), Method: EncryptECIES, Auth: SignedBy(s)})
	require.NoError(t, err)
	_, err = io.ReadAll(ef.Body)
	ef.Body.Close()
	require.ErrorIs(t, err, ErrCiphertextCorrupt)

	// An answer without the node id is not an encryptFile answer.
	noID.Store(true)
	_, err = c.EncryptFile(t.Context(), EncryptFileRequest{Content: bytes.NewReader(plain), Auth: SignedBy(s)})
	require.ErrorIs(t, err, nodehttp.ErrInvalidResponse)
}
