package assets_test

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/provider"
)

// encryptAndHost encrypts plain with the client's node and hosts the
// ciphertext on the devnet's file origin, streamed through a pipe (the
// ciphertext is never held whole); it returns the File to publish and a
// copy of the ciphertext.
func encryptAndHost(t *testing.T, c *assets.Client, name string, plain []byte, method provider.EncryptMethod) (assets.File, []byte) {
	t.Helper()
	pr, pw := io.Pipe()
	type added struct {
		url string
		err error
	}
	done := make(chan added, 1)
	go func() {
		u, err := devNet.AddFile(name, pr)
		pr.CloseWithError(err)
		done <- added{u, err}
	}()
	var copyOf bytes.Buffer
	f, err := c.EncryptFile(ctxFor(t), bytes.NewReader(plain), io.MultiWriter(pw, &copyOf), assets.EncryptFileParams{Method: method})
	pw.CloseWithError(err)
	a := <-done
	require.NoError(t, err)
	require.NoError(t, a.err)
	f.URL = a.url
	return f, copyOf.Bytes()
}

func encryptedParams(key string, f assets.File) assets.PublishParams {
	return assets.PublishParams{Key: key,
		Metadata: assets.Metadata{Name: "encrypted " + key, Description: "node-encrypted content", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{Files: []assets.File{f}, Timeout: 3600, Pricing: assets.Pricing{Type: assets.PricingFree}}}}
}

// TestEncryptedFiles publishes binary content encrypted by the node (AES
// and ECIES), hosted as ciphertext only, and downloads it through the
// devnet's node, which decrypts it: the consumer gets the plaintext,
// checked against its published sha256.
func TestEncryptedFiles(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 3)
	pub := newClient(t, accs[1].Key, wiring{})
	consumer := newClient(t, accs[3].Key, wiring{})
	plain := make([]byte, 300_001)
	_, err := rand.Read(plain)
	require.NoError(t, err)
	sum := sha256.Sum256(plain)
	info, err := provider.New(devNet.NodeURL())
	require.NoError(t, err)
	node, err := info.Info(ctx)
	require.NoError(t, err)

	for _, method := range []provider.EncryptMethod{provider.EncryptAES, provider.EncryptECIES} {
		f, ct := encryptAndHost(t, pub, "encrypted-"+string(method)+".bin", plain, method)
		assert.Equal(t, node.NodeID, f.EncryptedBy)
		assert.Equal(t, string(method), f.EncryptMethod)
		assert.Equal(t, hex.EncodeToString(sum[:]), f.SHA256, "the plaintext's")
		assert.Equal(t, int64(len(plain)), f.Size)
		assert.NotEqual(t, plain, ct[:min(len(ct), len(plain))])
		if method == provider.EncryptAES {
			assert.Equal(t, (len(plain)/16+1)*16, len(ct))
		} else {
			assert.Equal(t, len(plain)+97, len(ct))
		}

		pubd, err := pub.Publish(ctx, encryptedParams("encrypted/"+string(method), f))
		require.NoError(t, err, method)
		o, err := consumer.Order(ctx, assets.OrderParams{Key: "encrypted/" + string(method), DID: pubd.DID, Asset: pubd.Asset})
		require.NoError(t, err)
		var got bytes.Buffer
		res, err := consumer.Download(ctx, assets.DownloadParamsFor(o, 0), &got)
		require.NoError(t, err, method)
		assert.Equal(t, int64(len(plain)), res.Size)
		assert.True(t, bytes.Equal(plain, got.Bytes()), "%s: the plaintext", method)
	}
}

// TestEncryptedFileServedEncrypted downloads an encrypted file through a
// stand-in for Ocean Node v3.1.0, which serves the stored ciphertext
// without decrypting it: Download fails with ErrNotDecrypted (and
// provider.ErrIntegrity) instead of handing over the ciphertext as the
// content, and DownloadFile leaves no file.
func TestEncryptedFileServedEncrypted(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 3)
	pub := newClient(t, accs[1].Key, wiring{})
	plain := []byte(strings.Repeat("plain text the node should decrypt\n", 100))
	f, ct := encryptAndHost(t, pub, "served-encrypted.bin", plain, provider.EncryptAES)
	pubd, err := pub.Publish(ctx, encryptedParams("served-encrypted", f))
	require.NoError(t, err)

	// The stand-in: the devnet's node, except that a download answers
	// the origin's bytes (the ciphertext), as v3.1.0 does.
	target, err := url.Parse(devNet.NodeURL())
	require.NoError(t, err)
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ModifyResponse = func(r *http.Response) error {
		if strings.HasSuffix(r.Request.URL.Path, "/download") && r.StatusCode == http.StatusOK {
			r.Body.Close()
			r.Body = io.NopCloser(bytes.NewReader(ct))
			r.ContentLength = int64(len(ct))
			r.Header.Set("Content-Length", strconv.Itoa(len(ct)))
		}
		return nil
	}
	srv := httptest.NewServer(proxy)
	defer srv.Close()
	consumer := newClient(t, accs[3].Key, wiring{nodeURL: srv.URL, contracts: devNet.Contracts()})

	o, err := consumer.Order(ctx, assets.OrderParams{Key: "served-encrypted", DID: pubd.DID})
	require.NoError(t, err)
	_, err = consumer.Download(ctx, assets.DownloadParamsFor(o, 0), io.Discard)
	require.ErrorIs(t, err, assets.ErrNotDecrypted)
	assert.ErrorIs(t, err, provider.ErrIntegrity)
	assert.Contains(t, err.Error(), f.EncryptedBy)

	path := filepath.Join(t.TempDir(), "out.bin")
	_, err = consumer.DownloadFile(ctx, assets.DownloadParamsFor(o, 0), path)
	require.ErrorIs(t, err, assets.ErrNotDecrypted)
	_, err = os.Stat(path)
	assert.ErrorIs(t, err, os.ErrNotExist, "no file from ciphertext")

	// Through the devnet's node itself the same order downloads the content.
	var got bytes.Buffer
	_, err = newClient(t, accs[3].Key, wiring{}).Download(ctx, assets.DownloadParamsFor(o, 0), &got)
	require.NoError(t, err)
	assert.Equal(t, plain, got.Bytes())
}

// TestEncryptedFileRefused: an encrypted file without the plaintext's
// sha256, or encrypted by another node than the service's, is refused
// before anything is minted.
func TestEncryptedFileRefused(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	pub := newClient(t, takeAccounts(t, 0)[0].Key, wiring{})
	u, err := devNet.AddFile("refused-encrypted.bin", strings.NewReader("ciphertext"))
	require.NoError(t, err)
	for name, f := range map[string]assets.File{
		"no checksum": {URL: u, EncryptedBy: "16Uiu2HAmOther", EncryptMethod: "AES"},
		"other node":  {URL: u, EncryptedBy: "16Uiu2HAmOther", EncryptMethod: "AES", SHA256: strings.Repeat("ab", 32), Size: 3},
		"no method":   {URL: u, EncryptedBy: "16Uiu2HAmOther", SHA256: strings.Repeat("ab", 32)},
		"bad method":  {URL: u, EncryptedBy: "16Uiu2HAmOther", EncryptMethod: "RSA", SHA256: strings.Repeat("ab", 32)},
	} {
		res, err := pub.Publish(ctx, encryptedParams("refused-encrypted/"+name, f))
		require.ErrorIs(t, err, assets.ErrInvalidParams, name)
		assert.Nil(t, res, name)
		assert.Empty(t, nftsNamed(t, pub.Address(), assets.NFTName("refused-encrypted/"+name)), name)
	}
}
