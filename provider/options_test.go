package provider

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/nodehttp"
)

type countRT struct {
	n    atomic.Int32
	base http.RoundTripper
}

func (c *countRT) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return c.base.RoundTrip(r)
}

func TestWithHTTPClientAndTransportArePerClient(t *testing.T) {
	f := newFakeNode(t)
	rt := &countRT{base: http.DefaultTransport}
	c1, err := New(f.url(), nodehttp.WithHTTPClient(&http.Client{Transport: rt}))
	require.NoError(t, err)
	c2, err := New(f.url())
	require.NoError(t, err)
	_, err = c1.Nonce(t.Context(), common.HexToAddress(consumerHex))
	require.NoError(t, err)
	_, err = c2.Nonce(t.Context(), common.HexToAddress(consumerHex))
	require.NoError(t, err)
	assert.Equal(t, int32(2), rt.n.Load(), "root + nonce of c1 only")

	// WithTransport sits under the retry layer: a 503 is retried through it.
	var calls atomic.Int32
	f.handle("GET /api/services/computeEnvironments", func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "[]")
	})
	rt2 := &countRT{base: http.DefaultTransport}
	c3, err := New(f.url(), nodehttp.WithTransport(rt2), nodehttp.WithRetries(2, time.Millisecond, time.Millisecond))
	require.NoError(t, err)
	_, err = c3.ComputeEnvironments(t.Context(), 0)
	require.NoError(t, err)
	assert.Equal(t, int32(3), rt2.n.Load(), "root, 503, retry")

	// nodehttp.WithRetries(0) disables retries.
	calls.Store(0)
	c4, err := New(f.url(), nodehttp.WithRetries(0, 0, 0))
	require.NoError(t, err)
	_, err = c4.ComputeEnvironments(t.Context(), 0)
	require.ErrorIs(t, err, nodehttp.ErrUnavailable)
}

func TestLoggerRedacts(t *testing.T) {
	f := newFakeNode(t)
	var calls atomic.Int32
	f.handle("GET /api/services/download", func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			http.Error(w, "bad gateway", http.StatusBadGateway)
			return
		}
		io.WriteString(w, "ok")
	})
	var logs bytes.Buffer
	l := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c, err := New(f.url(), nodehttp.WithLogger(l), nodehttp.WithRetries(2, time.Millisecond, time.Millisecond))
	require.NoError(t, err)
	_, err = c.Download(t.Context(), dlReq(t), io.Discard)
	require.NoError(t, err)
	require.Contains(t, logs.String(), "signing again after a transient failure", "a signed download is signed anew, not replayed")
	assert.NotRegexp(t, `0x[0-9a-f]{130}`, logs.String())
	assert.Contains(t, logs.String(), "REDACTED")

	// quiet by default: nothing is written anywhere we could observe, and
	// no logger is needed
	c2, err := New(f.url())
	require.NoError(t, err)
	assert.Nil(t, c2.log)
}

func TestWalletSignerMatchesKeySigner(t *testing.T) {
	ks := keystore.NewKeyStore(t.TempDir(), keystore.LightScryptN, keystore.LightScryptP)
	key, err := crypto.HexToECDSA(consumerKey[2:])
	require.NoError(t, err)
	acct, err := ks.ImportECDSA(key, "pw")
	require.NoError(t, err)
	require.NoError(t, ks.Unlock(acct, "pw"))
	wallets := ks.Wallets()
	require.Len(t, wallets, 1)
	var w accounts.Wallet = wallets[0]
	ws := NewWalletSigner(w, acct)
	msg := payloadFor(DialectNode, nodeMessage(cmdDownload)(acct.Address, "2"))
	got, err := ws.SignMessage(t.Context(), msg)
	require.NoError(t, err)
	want, err := NewKeySigner(key).SignMessage(t.Context(), msg)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Equal(t, common.HexToAddress(consumerHex), ws.Address())
}
