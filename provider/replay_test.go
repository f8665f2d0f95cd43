package provider

import (
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/nodehttp"
)

// nodeLike answers a signed route the way Ocean Node v3.1.0 does: it
// checks the signature, stores the nonce, then runs handler, which may
// fail. Every nonce the route saw is recorded.
func nodeLike(f *fakeNode, pattern, cmd string, handler http.HandlerFunc) (calls *atomic.Int32, nonces func() []string) {
	calls = new(atomic.Int32)
	var mu sync.Mutex
	var seen []string
	f.handle(pattern, func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		q := r.URL.Query()
		mu.Lock()
		seen = append(seen, q.Get("nonce"))
		mu.Unlock()
		if msg := f.verify(q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), cmd); msg != "" {
			http.Error(w, msg, http.StatusUnauthorized)
			return
		}
		handler(w, r)
	})
	return calls, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

// TestSignedGetNotReplayed: a signed download answered 500 is sent once,
// and the caller gets the node's status and message — not the 401 "nonce
// is not a valid nonce" a replay would earn (F3 of the conformance run).
func TestSignedGetNotReplayed(t *testing.T) {
	const txInvalid = "Tx id used not valid, one of the NFT addresses, Datatoken address or the User address contract address does not match."
	cases := []struct {
		name, body, ctype, msg string
	}{
		{"wrong consumer", txInvalid, "text/html; charset=utf-8", txInvalid},
		{"unknown transferTxId", "{}", "application/json; charset=utf-8", "{}"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeNode(t)
			calls, _ := nodeLike(f, "GET /api/services/download", "download", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tc.ctype)
				w.WriteHeader(http.StatusInternalServerError)
				io.WriteString(w, tc.body)
			})
			// even a policy that retries everything cannot replay it
			always := func(*http.Request, *http.Response, error) (bool, error) { return true, nil }
			for _, c := range []*Client{fastClient(t, f.url()), fastClient(t, f.url(), nodehttp.WithRetryPolicy(always))} {
				calls.Store(0)
				_, err := c.Download(t.Context(), dlReq(t), io.Discard)
				var pe *nodehttp.Error
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, http.StatusInternalServerError, pe.StatusCode)
				assert.Equal(t, tc.msg, pe.Message)
				assert.NotErrorIs(t, err, nodehttp.ErrNonceRejected)
				assert.NotErrorIs(t, err, nodehttp.ErrUnauthorized)
				assert.Equal(t, int32(1), calls.Load(), "one request where one was due")
			}
		})
	}
	t.Run("computeResult", func(t *testing.T) {
		f := newFakeNode(t)
		calls, _ := nodeLike(f, "GET /api/services/computeResult", "getComputeResult", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "Invalid C2D Environment", http.StatusInternalServerError)
		})
		_, err := fastClient(t, f.url()).ComputeResult(t.Context(), ComputeResultRequest{JobID: "abc", Auth: SignedBy(testSigner(t))}, io.Discard)
		var pe *nodehttp.Error
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, http.StatusInternalServerError, pe.StatusCode)
		assert.Equal(t, "Invalid C2D Environment", pe.Message)
		assert.Equal(t, int32(1), calls.Load())
	})
	t.Run("token download", func(t *testing.T) {
		f := newFakeNode(t)
		var calls atomic.Int32
		f.handle("GET /api/services/download", func(w http.ResponseWriter, r *http.Request) {
			calls.Add(1)
			http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		})
		r := dlReq(t)
		r.Auth = TokenAuth(testSigner(t).Address(), "jwt")
		_, err := fastClient(t, f.url()).Download(t.Context(), r, io.Discard)
		require.Error(t, err)
		assert.Equal(t, int32(1), calls.Load())
	})
}

// TestSignedGetNonceRejectedResigned: when the node rejects the nonce
// itself (another process used the address), the download is signed once
// more with a fresh nonce, and only once.
func TestSignedGetNonceRejectedResigned(t *testing.T) {
	data := []byte("the file")
	f := newFakeNode(t)
	calls, nonces := nodeLike(f, "GET /api/services/download", "download", func(w http.ResponseWriter, r *http.Request) {
		w.Write(data)
	})
	c := fastClient(t, f.url())
	s := testSigner(t)
	_, err := c.Download(t.Context(), dlReq(t), io.Discard) // learns nonce 1
	require.NoError(t, err)
	f.setNonce(s.Address(), 40)
	calls.Store(0)
	var buf strings.Builder
	_, err = c.Download(t.Context(), dlReq(t), &buf)
	require.NoError(t, err)
	assert.Equal(t, string(data), buf.String())
	assert.Equal(t, int32(2), calls.Load())
	assert.Equal(t, []string{"1", "2", "41"}, nonces(), "the second attempt carries a new nonce")
}

// TestSignedGetTransientResigned: a 502 from a gateway (the node's handler
// never ran) is tried again with a fresh nonce and signature; nothing is
// resent as is.
func TestSignedGetTransientResigned(t *testing.T) {
	f := newFakeNode(t)
	var gateway atomic.Bool
	gateway.Store(true)
	calls, nonces := nodeLike(f, "GET /api/services/download", "download", func(w http.ResponseWriter, r *http.Request) {
		if gateway.CompareAndSwap(true, false) {
			http.Error(w, "bad gateway", http.StatusBadGateway)
			return
		}
		io.WriteString(w, "ok")
	})
	_, err := fastClient(t, f.url()).Download(t.Context(), dlReq(t), io.Discard)
	require.NoError(t, err)
	assert.Equal(t, int32(2), calls.Load())
	assert.Equal(t, []string{"1", "2"}, nonces())

	// with retries off, the 502 is returned after one request
	f2 := newFakeNode(t)
	calls2, _ := nodeLike(f2, "GET /api/services/download", "download", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "bad gateway", http.StatusBadGateway)
	})
	c, err := New(f2.url(), nodehttp.WithRetries(0, 0, 0))
	require.NoError(t, err)
	_, err = c.Download(t.Context(), dlReq(t), io.Discard)
	require.ErrorIs(t, err, nodehttp.ErrUnavailable)
	assert.Equal(t, int32(1), calls2.Load())
}

// TestEncryptTokenNeedsSignature: Ocean Node v3.1.0 ignores tokens on
// encrypt. A token with a Signer is signed; a token alone is refused
// before anything is sent.
func TestEncryptTokenNeedsSignature(t *testing.T) {
	f := newFakeNode(t)
	s := testSigner(t)
	var calls atomic.Int32
	f.handle("POST /api/services/encrypt", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.Header.Get("Authorization") != "" {
			t.Error("the token was sent to encrypt")
		}
		q := r.URL.Query()
		if msg := f.verify(q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), "encrypt"); msg != "" {
			http.Error(w, "Invalid authentication, you need to provide either a token or an address, signature, message and nonce", http.StatusUnauthorized)
			return
		}
		io.WriteString(w, "0x04ab")
	})
	c := fastClient(t, f.url())
	_, err := c.Encrypt(t.Context(), 8996, strings.NewReader("x"), TokenAuth(s.Address(), "jwt"))
	require.ErrorIs(t, err, ErrSignatureRequired)
	assert.Contains(t, err.Error(), "encrypt")
	assert.Zero(t, calls.Load())

	out, err := c.Encrypt(t.Context(), 8996, strings.NewReader("x"), Auth{Signer: s, Token: "jwt"})
	require.NoError(t, err)
	assert.Equal(t, "0x04ab", out)
	assert.Equal(t, int32(1), calls.Load())
}
