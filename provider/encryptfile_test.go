package provider_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/internal/ecies"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// TestDevnodeEncryptFile encrypts content through the devnode's
// encryptFile: streamed raw content (AES, ECIES) and a file object the
// node fetches; the ECIES answer decrypts with the node's key.
func TestDevnodeEncryptFile(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Options{})
	require.NoError(t, err, "the devnet needs @oceanprotocol/contracts: run npm ci (make test does)")
	defer net.Close()
	signer := provider.NewKeySigner(net.Accounts()[1].Key)
	c, err := provider.New(net.NodeURL())
	require.NoError(t, err)
	info, err := c.Info(ctx)
	require.NoError(t, err)

	plain := make([]byte, 3<<20+5)
	rand.Read(plain)
	read := func(f *provider.EncryptedFile) []byte {
		t.Helper()
		defer f.Body.Close()
		b, err := io.ReadAll(f.Body)
		require.NoError(t, err)
		return b
	}

	// AES, content of known size (a bytes.Reader).
	f, err := c.EncryptFile(ctx, provider.EncryptFileRequest{Content: bytes.NewReader(plain), Auth: provider.SignedBy(signer)})
	require.NoError(t, err)
	require.Equal(t, info.NodeID, f.EncryptedBy)
	require.Equal(t, provider.EncryptAES, f.Method)
	require.EqualValues(t, (len(plain)/16+1)*16, f.Size)
	aesCT := read(f)
	require.Len(t, aesCT, (len(plain)/16+1)*16)

	// AES, content of unknown size (a pipe): same ciphertext (fixed IV).
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(func() error { _, err := pw.Write(plain); return err }()) }()
	f, err = c.EncryptFile(ctx, provider.EncryptFileRequest{Content: pr, Auth: provider.SignedBy(signer)})
	require.NoError(t, err)
	require.EqualValues(t, -1, f.Size)
	require.Equal(t, aesCT, read(f))

	// A file object the node fetches.
	u, err := net.AddFile("plain.bin", bytes.NewReader(plain))
	require.NoError(t, err)
	f, err = c.EncryptFile(ctx, provider.EncryptFileRequest{File: &ddo.URLFile{URL: u, Method: "GET"}, Auth: provider.SignedBy(signer)})
	require.NoError(t, err)
	require.Equal(t, aesCT, read(f))

	// ECIES: decrypts with the node's key.
	f, err = c.EncryptFile(ctx, provider.EncryptFileRequest{Content: bytes.NewReader(plain[:5000]), Method: provider.EncryptECIES,
		Auth: provider.SignedBy(signer)})
	require.NoError(t, err)
	require.Equal(t, provider.EncryptECIES, f.Method)
	got, err := ecies.Decrypt(net.ProviderAccount().Key, read(f))
	require.NoError(t, err)
	require.Equal(t, plain[:5000], got)

	// Bad input fails before anything is sent.
	_, err = c.EncryptFile(ctx, provider.EncryptFileRequest{Auth: provider.SignedBy(signer)})
	require.ErrorIs(t, err, nodehttp.ErrInvalidRequest)
	_, err = c.EncryptFile(ctx, provider.EncryptFileRequest{Content: bytes.NewReader(plain), File: &ddo.URLFile{URL: u, Method: "GET"}, Auth: provider.SignedBy(signer)})
	require.ErrorIs(t, err, nodehttp.ErrInvalidRequest)
	_, err = c.EncryptFile(ctx, provider.EncryptFileRequest{Content: bytes.NewReader(plain), Method: "RSA", Auth: provider.SignedBy(signer)})
	require.ErrorIs(t, err, nodehttp.ErrInvalidRequest)
	_, err = c.EncryptFile(ctx, provider.EncryptFileRequest{Content: bytes.NewReader(plain),
		Auth: provider.TokenAuth(signer.Address(), "token")})
	require.ErrorIs(t, err, provider.ErrSignatureRequired)
	// A refused signature.
	_, err = c.EncryptFile(ctx, provider.EncryptFileRequest{Content: bytes.NewReader(plain),
		Auth: provider.Auth{Signer: badSigner{signer, provider.NewKeySigner(net.Accounts()[2].Key)}}})
	require.ErrorIs(t, err, nodehttp.ErrUnauthorized)
}
