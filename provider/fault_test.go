package provider

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nodehttp"
)

func fastClient(t *testing.T, url string, opts ...nodehttp.Option) *Client {
	t.Helper()
	c, err := New(url, append([]nodehttp.Option{nodehttp.WithRetries(3, time.Millisecond, 5*time.Millisecond)}, opts...)...)
	require.NoError(t, err)
	return c
}

func TestDiscoveryCachedAndAliases(t *testing.T) {
	f := newFakeNode(t)
	c := fastClient(t, f.url()+"/api/services/download") // a service endpoint reduces to the root
	ctx := t.Context()
	info, err := c.Info(ctx)
	require.NoError(t, err)
	assert.Equal(t, DialectNode, info.Dialect)
	ep, ok := info.Endpoint("fileinfo") // ocean.py's name, node spells it fileInfo
	require.True(t, ok)
	assert.Equal(t, "/api/services/fileInfo", ep.Path)
	_, ok = info.Endpoint("CREATE_AUTH_TOKEN")
	assert.True(t, ok)
	a, err := c.ProviderAddress(ctx, 8996)
	require.NoError(t, err)
	assert.Equal(t, "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909", a.Hex())
	_, err = c.Nonce(ctx, testSigner(t).Address())
	require.NoError(t, err)
	assert.Equal(t, int32(1), f.rootCalls.Load(), "root document is cached")
}

func TestDiscoveryConcurrentFirstCalls(t *testing.T) {
	f := newFakeNode(t)
	c := fastClient(t, f.url())
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			_, err := c.Info(t.Context())
			assert.NoError(t, err)
		})
	}
	wg.Wait()
	assert.Equal(t, int32(1), f.rootCalls.Load(), "first callers share one fetch")
	// a waiter whose ctx ends does not wait for a slow fetch
	slow := newFakeNode(t)
	release := make(chan struct{})
	entered := make(chan struct{}, 1)
	slow.mux.HandleFunc("GET /slow/{$}", func(w http.ResponseWriter, r *http.Request) {
		select {
		case entered <- struct{}{}:
		default:
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
		writeJSON(w, 200, nodeRoot("Ocean-Node"))
	})
	defer close(release)
	c2 := fastClient(t, slow.URL+"/slow")
	go c2.Info(t.Context())
	<-entered // the first caller's fetch is in flight
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	_, err := c2.Info(ctx)
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

func TestDiscoveryRejectsNonProvider(t *testing.T) {
	f := newFakeNode(t)
	f.mux.HandleFunc("GET /other/{$}", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]any{"hello": "world"})
	})
	c := fastClient(t, f.URL+"/other")
	_, err := c.Info(t.Context())
	require.ErrorIs(t, err, nodehttp.ErrInvalidResponse)
}

func TestRetry5xxThenSuccess(t *testing.T) {
	f := newFakeNode(t)
	var calls atomic.Int32
	f.handle("GET /api/services/computeEnvironments", func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) < 3 {
			http.Error(w, "upstream down", http.StatusBadGateway)
			return
		}
		writeJSON(w, 200, []map[string]any{{"id": "env1", "consumerAddress": consumerHex}})
	})
	envs, err := fastClient(t, f.url()).ComputeEnvironments(t.Context(), 8996)
	require.NoError(t, err)
	require.Len(t, envs, 1)
	assert.Equal(t, "env1", envs[0].ID)
	assert.Equal(t, int32(3), calls.Load())
}

func TestNoRetryForWrites(t *testing.T) {
	f := newFakeNode(t)
	var calls atomic.Int32
	f.handle("POST /api/services/compute", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		http.Error(w, "Internal Server Error", http.StatusServiceUnavailable)
	})
	_, err := fastClient(t, f.url()).StartCompute(t.Context(), StartComputeRequest{
		Datasets: []ComputeAsset{{DID: vecDID, ServiceID: "s"}}, Environment: "env", Auth: SignedBy(testSigner(t))})
	require.ErrorIs(t, err, nodehttp.ErrUnavailable)
	assert.Equal(t, int32(1), calls.Load(), "a compute start must not be retried")
}

func TestRateLimitRetryAfter(t *testing.T) {
	f := newFakeNode(t)
	var calls atomic.Int32
	var first time.Time
	var gap time.Duration
	f.handle("POST /api/services/fileInfo", func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			first = time.Now()
			w.Header().Set("Retry-After", "1")
			http.Error(w, "Too many requests", http.StatusTooManyRequests)
			return
		}
		gap = time.Since(first)
		w.Write([]byte(`[{"valid":true,"contentLength":"33","contentType":"text/plain","name":"small.txt","type":"url"}]`))
	})
	fi, err := fastClient(t, f.url()).FileInfo(t.Context(), FileInfoRequest{File: &ddo.URLFile{URL: "https://example.org/small.txt", Method: "GET"}})
	require.NoError(t, err)
	require.Len(t, fi, 1)
	assert.Equal(t, int64(33), fi[0].ContentLength)
	assert.Equal(t, "small.txt", fi[0].Name)
	assert.GreaterOrEqual(t, gap, 900*time.Millisecond, "Retry-After honoured")

	// exhausted: the typed error says rate limited
	f2 := newFakeNode(t)
	f2.handle("POST /api/services/fileInfo", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "Too many requests", http.StatusTooManyRequests)
	})
	_, err = fastClient(t, f2.url()).FileInfo(t.Context(), FileInfoRequest{File: &ddo.URLFile{URL: "https://example.org/x", Method: "GET"}})
	require.ErrorIs(t, err, nodehttp.ErrRateLimited)
}

func TestGarbageAndTruncatedJSON(t *testing.T) {
	for name, body := range map[string]string{
		"garbage":   "<html>oops</html>",
		"truncated": `{"datatoken":"0x0a2aB38F5cefb3BF8A2C047938F1E2CD3f41051d","providerFee":{"providerFeeAddress":"0xe08A`,
		"empty":     "",
		"wrongType": `{"datatoken":12}`,
	} {
		t.Run(name, func(t *testing.T) {
			f := newFakeNode(t)
			f.handle("GET /api/services/initialize", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				io.WriteString(w, body)
			})
			_, err := fastClient(t, f.url()).Initialize(t.Context(), InitializeRequest{DID: vecDID, ServiceID: "s",
				Consumer: common.HexToAddress(consumerHex)})
			require.ErrorIs(t, err, nodehttp.ErrInvalidResponse)
			var pe *nodehttp.Error
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, 200, pe.StatusCode)
		})
	}
}

func TestErrorRedactsSignature(t *testing.T) {
	f := newFakeNode(t)
	f.handle("GET /api/services/download", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "Invalid signature "+r.URL.Query().Get("signature"), http.StatusUnauthorized)
	})
	var buf bytes.Buffer
	_, err := fastClient(t, f.url()).Download(t.Context(), DownloadRequest{DID: vecDID, ServiceID: "s", TransferTxID: "0x01",
		Auth: SignedBy(testSigner(t))}, &buf)
	require.ErrorIs(t, err, nodehttp.ErrUnauthorized)
	assert.NotRegexp(t, `0x[0-9a-f]{130}`, err.Error())
	assert.Contains(t, err.Error(), "signature=REDACTED")
	assert.Zero(t, buf.Len())
}

// TestNonceRejectedResignedOnce: another process used the address, so the
// cached nonce is stale; the client refetches and re-signs exactly once.
func TestNonceRejectedResignedOnce(t *testing.T) {
	f := newFakeNode(t)
	s := testSigner(t)
	var calls atomic.Int32
	f.handle("POST /api/services/encrypt", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		q := r.URL.Query()
		if msg := f.verify(q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), "encrypt"); msg != "" {
			http.Error(w, msg, http.StatusUnauthorized)
			return
		}
		b, _ := io.ReadAll(r.Body)
		io.WriteString(w, "0x"+hex.EncodeToString(b))
	})
	c := fastClient(t, f.url())
	ctx := t.Context()
	out, err := c.EncryptJSON(ctx, 8996, map[string]string{"a": "b"}, SignedBy(s))
	require.NoError(t, err)
	assert.Equal(t, "0x"+hex.EncodeToString([]byte(`{"a":"b"}`)), out)
	f.setNonce(s.Address(), 50) // another client used nonces up to 50
	calls.Store(0)
	_, err = c.Encrypt(ctx, 8996, strings.NewReader("x"), SignedBy(s))
	require.NoError(t, err)
	assert.Equal(t, int32(2), calls.Load(), "rejected once, re-signed once")
	// A streamed body cannot be sent twice: the rejection is returned.
	f.setNonce(s.Address(), 100)
	calls.Store(0)
	_, err = c.Encrypt(ctx, 8996, io.MultiReader(strings.NewReader("x")), SignedBy(s))
	require.ErrorIs(t, err, nodehttp.ErrNonceRejected)
	assert.Equal(t, int32(1), calls.Load())
	_, err = c.Encrypt(ctx, 8996, io.MultiReader(strings.NewReader("x")), SignedBy(s))
	require.NoError(t, err, "the next call uses the refetched nonce")
	// A server that always rejects: exactly two attempts, then nodehttp.ErrNonceRejected.
	f.handle("POST /api/services/decrypt", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		http.Error(w, "nonce: 1 is not a valid nonce", http.StatusUnauthorized)
	})
	calls.Store(0)
	_, err = c.Decrypt(ctx, DecryptRequest{ChainID: 8996, DataNFTAddress: common.HexToAddress("0xBD558814eE914800EbfeF4a1cbE196F5161823d9"),
		TransactionID: "0x01", Auth: SignedBy(s)})
	require.ErrorIs(t, err, nodehttp.ErrNonceRejected)
	assert.Equal(t, int32(2), calls.Load())
}

// TestConcurrentSignedCalls: 32 goroutines share one address; the node
// demands strictly increasing nonces; none may collide.
func TestConcurrentSignedCalls(t *testing.T) {
	f := newFakeNode(t)
	s := testSigner(t)
	var rejected atomic.Int32
	f.handle("POST /api/services/encrypt", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if msg := f.verify(q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), "encrypt"); msg != "" {
			rejected.Add(1)
			http.Error(w, msg, http.StatusUnauthorized)
			return
		}
		io.WriteString(w, "0x00")
	})
	c := fastClient(t, f.url())
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for range 32 {
		wg.Go(func() {
			_, err := c.Encrypt(t.Context(), 8996, strings.NewReader("data"), SignedBy(s))
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	assert.Zero(t, rejected.Load())
	assert.Equal(t, uint64(32), f.nonces[s.Address()])
}

func TestStallBeforeHeaders(t *testing.T) {
	f := newFakeNode(t)
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	f.handle("GET /api/services/compute", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	c := fastClient(t, f.url())
	_, err := c.Info(t.Context())
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	_, err = c.ComputeStatus(ctx, common.HexToAddress(consumerHex), "", "")
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

// content is a deterministic pseudo-random file.
func content(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

func sha(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }

// downloadServer serves data at /api/services/download, verifying node
// signatures; fault(attempt, w, r) may take over an attempt.
func downloadServer(t *testing.T, data []byte, honourRange bool, fault func(attempt int, w http.ResponseWriter, r *http.Request) bool) (*fakeNode, *atomic.Int32) {
	f := newFakeNode(t)
	var attempts atomic.Int32
	f.handle("GET /api/services/download", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if msg := f.verify(q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), "download"); msg != "" {
			http.Error(w, msg, http.StatusUnauthorized)
			return
		}
		n := int(attempts.Add(1))
		if fault != nil && fault(n, w, r) {
			return
		}
		w.Header().Set("Content-Disposition", "attachment;filename=data.bin")
		w.Header().Set("Content-Type", "application/octet-stream")
		start := 0
		if rg := r.Header.Get("Range"); honourRange && rg != "" {
			start, _ = strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(rg, "bytes="), "-"))
			w.Header().Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", start, len(data)-1, len(data)))
			w.Header().Set("Content-Length", strconv.Itoa(len(data)-start))
			w.WriteHeader(http.StatusPartialContent)
		} else {
			w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		}
		w.Write(data[start:])
	})
	return f, &attempts
}

func dlReq(t *testing.T) DownloadRequest {
	return DownloadRequest{DID: vecDID, ServiceID: "svc", TransferTxID: "0xabc", Auth: SignedBy(testSigner(t))}
}

// truncate writes half of the body under a full Content-Length and drops
// the connection.
func truncateFirst(data []byte) func(int, http.ResponseWriter, *http.Request) bool {
	return func(attempt int, w http.ResponseWriter, r *http.Request) bool {
		if attempt != 1 {
			return false
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		w.Write(data[:len(data)/2])
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	}
}

func TestDownloadTruncatedResumesWithRange(t *testing.T) {
	data := content(1 << 20)
	f, attempts := downloadServer(t, data, true, truncateFirst(data))
	var buf bytes.Buffer
	var lastProgress int64
	r := dlReq(t)
	r.ExpectedSHA256 = sha(data)
	r.ExpectedSize = int64(len(data))
	r.Progress = func(w, total int64) { lastProgress = w }
	r.SHA256 = true
	res, err := fastClient(t, f.url()).Download(t.Context(), r, &buf)
	require.NoError(t, err)
	assert.Equal(t, 1, res.Resumes)
	assert.Equal(t, int32(2), attempts.Load())
	assert.Equal(t, int64(len(data)), res.Size)
	assert.Equal(t, sha(data), res.SHA256)
	assert.True(t, bytes.Equal(data, buf.Bytes()))
	assert.Equal(t, int64(len(data)), lastProgress)
	assert.Equal(t, "data.bin", res.FileName)
}

func TestDownloadTruncatedServerIgnoresRange(t *testing.T) {
	data := content(1 << 20)
	f, _ := downloadServer(t, data, false, truncateFirst(data))
	var buf bytes.Buffer
	res, err := fastClient(t, f.url()).Download(t.Context(), dlReq(t), &buf)
	require.NoError(t, err)
	assert.Equal(t, 1, res.Resumes)
	assert.True(t, bytes.Equal(data, buf.Bytes()))
}

func TestDownloadTruncatedNoResume(t *testing.T) {
	data := content(1 << 16)
	f, _ := downloadServer(t, data, true, truncateFirst(data))
	r := dlReq(t)
	r.MaxResumes = -1
	_, err := fastClient(t, f.url()).Download(t.Context(), r, io.Discard)
	require.Error(t, err)
	assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
}

func TestDownloadStallMidBody(t *testing.T) {
	data := content(1 << 18)
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	f, _ := downloadServer(t, data, true, func(attempt int, w http.ResponseWriter, r *http.Request) bool {
		if attempt != 1 {
			return false
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		w.Write(data[:1000])
		w.(http.Flusher).Flush()
		select { // stall
		case <-release:
		case <-r.Context().Done():
		}
		return true
	})
	r := dlReq(t)
	r.IdleTimeout = 150 * time.Millisecond
	var buf bytes.Buffer
	res, err := fastClient(t, f.url()).Download(t.Context(), r, &buf)
	require.NoError(t, err, "idle attempt aborted and resumed")
	assert.Equal(t, 1, res.Resumes)
	assert.True(t, bytes.Equal(data, buf.Bytes()))

	// With a ctx deadline and no resumes, the stall ends in a timeout.
	f2, _ := downloadServer(t, data, true, func(attempt int, w http.ResponseWriter, r *http.Request) bool {
		w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		w.Write(data[:1000])
		w.(http.Flusher).Flush()
		<-r.Context().Done()
		return true
	})
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	_, err = fastClient(t, f2.url()).Download(ctx, dlReq(t), io.Discard)
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

func TestDownloadIntegrity(t *testing.T) {
	data := content(4096)
	f, _ := downloadServer(t, data, true, nil)
	r := dlReq(t)
	r.ExpectedSHA256 = sha([]byte("other"))
	_, err := fastClient(t, f.url()).Download(t.Context(), r, io.Discard)
	require.ErrorIs(t, err, ErrIntegrity)
	r = dlReq(t)
	r.ExpectedSize = 10
	_, err = fastClient(t, f.url()).Download(t.Context(), r, io.Discard)
	require.ErrorIs(t, err, ErrIntegrity)
}

func TestDownloadFileAtomic(t *testing.T) {
	data := content(1 << 18)
	f, _ := downloadServer(t, data, true, truncateFirst(data))
	dir := t.TempDir()
	c := fastClient(t, f.url())
	res, err := c.DownloadFile(t.Context(), dlReq(t), dir)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "data.bin"), res.Path)
	got, err := os.ReadFile(res.Path)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(data, got))
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 1, "no partial file left")

	// integrity failure leaves nothing behind
	r := dlReq(t)
	r.ExpectedSHA256 = sha([]byte("x"))
	target := filepath.Join(dir, "named.bin")
	_, err = c.DownloadFile(t.Context(), r, target)
	require.ErrorIs(t, err, ErrIntegrity)
	_, err = os.Stat(target)
	assert.True(t, errors.Is(err, os.ErrNotExist))
	_, err = os.Stat(target + ".part")
	assert.True(t, errors.Is(err, os.ErrNotExist))
}

func TestDownloadFileResumesPartFile(t *testing.T) {
	data := content(1 << 18)
	var sawRange atomic.Value
	f, _ := downloadServer(t, data, true, func(_ int, _ http.ResponseWriter, r *http.Request) bool {
		sawRange.Store(r.Header.Get("Range"))
		return false
	})
	target := filepath.Join(t.TempDir(), "f.bin")
	require.NoError(t, os.WriteFile(target+".part", data[:1000], 0o644))
	r := dlReq(t)
	r.ExpectedSHA256 = sha(data)
	res, err := fastClient(t, f.url()).DownloadFile(t.Context(), r, target)
	require.NoError(t, err)
	assert.Equal(t, "bytes=1000-", sawRange.Load())
	assert.Equal(t, int64(len(data)), res.Size)
	got, _ := os.ReadFile(target)
	assert.True(t, bytes.Equal(data, got))
}

func TestSafeFileName(t *testing.T) {
	for in, want := range map[string]string{
		"attachment;filename=info.0.json":             "info.0.json",
		`attachment; filename="report 2024.csv"`:      "report 2024.csv",
		"attachment;filename=../../etc/passwd":        "",
		`attachment; filename="..\\evil"`:             "",
		"attachment;filename=/abs":                    "",
		"attachment;filename=.bashrc":                 "",
		"attachment":                                  "",
		"":                                            "",
		"attachment;filename=a\x00b":                  "",
		"attachment; filename*=UTF-8''na%C3%AFve.txt": "naïve.txt",
	} {
		assert.Equal(t, want, SafeFileName(in), in)
	}
}

func TestPlainTextErrorOnSignedCalls(t *testing.T) {
	f := newFakeNode(t)
	f.handle("PUT /api/services/compute", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "Internal Server Error", 500)
	})
	_, err := fastClient(t, f.url()).StopCompute(t.Context(), "job", "", SignedBy(testSigner(t)))
	var pe *nodehttp.Error
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 500, pe.StatusCode)
	assert.Equal(t, "Internal Server Error", pe.Message)
	assert.Equal(t, http.MethodPut, pe.Method)
}

func TestTransportFailure(t *testing.T) {
	f := newFakeNode(t)
	u := f.url()
	f.Close()
	c := fastClient(t, u)
	_, err := c.Nonce(t.Context(), common.HexToAddress(consumerHex))
	var pe *nodehttp.Error
	require.ErrorAs(t, err, &pe)
	assert.Zero(t, pe.StatusCode)
}

func TestClassicDialect(t *testing.T) {
	f := newFakeNode(t)
	root := nodeRoot("Provider")
	delete(root, "nodeId")
	delete(root, "providerAddress")
	root["providerAddresses"] = map[string]string{"8996": "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909"}
	eps := root["serviceEndpoints"].(map[string][]string)
	eps["fileinfo"] = eps["fileInfo"]
	delete(eps, "fileInfo")
	f.mux.HandleFunc("GET /classic/{$}", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, root) })
	f.mux.HandleFunc("GET /classic/api/services/nonce", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]string{"nonce": "1680730988846.5"})
	})
	var gotNonce, gotSig string
	f.mux.HandleFunc("GET /classic/api/services/download", func(w http.ResponseWriter, r *http.Request) {
		gotNonce, gotSig = r.URL.Query().Get("nonce"), r.URL.Query().Get("signature")
		io.WriteString(w, "ok")
	})
	c := fastClient(t, f.URL+"/classic")
	info, err := c.Info(t.Context())
	require.NoError(t, err)
	assert.Equal(t, DialectClassic, info.Dialect)
	_, err = c.Download(t.Context(), dlReq(t), io.Discard)
	require.NoError(t, err)
	assert.Equal(t, "1680730988848", gotNonce, "ceil(decimal)+1")
	want, _ := testSigner(t).SignMessage(t.Context(), payloadFor(DialectClassic, vecDID+gotNonce))
	assert.Equal(t, "0x"+hex.EncodeToString(want), gotSig)
}

func TestOptionsValidate(t *testing.T) {
	_, err := New("ftp://x")
	assert.Error(t, err)
	_, err = New("http://x", nodehttp.WithHTTPClient(nil))
	assert.Error(t, err)
	_, err = New("http://x", nodehttp.WithTransport(nil))
	assert.Error(t, err)
	_, err = New("http://x", nodehttp.WithRetries(-1, 0, 0))
	assert.Error(t, err)
	c, err := New("http://x")
	require.NoError(t, err)
	_, err = c.WithDialect(Dialect(9)).Info(t.Context())
	assert.ErrorIs(t, err, ErrUnsupported, "refused before any request")
	for in, want := range map[string]string{
		"http://localhost:8030/api/services/":         "http://localhost:8030",
		"http://localhost:8030/api/services/download": "http://localhost:8030",
		"https://node.example/prefix/":                "https://node.example/prefix",
	} {
		u, err := RootURL(in)
		require.NoError(t, err)
		assert.Equal(t, want, u.String())
	}
}

// A ddo storage object reaches fileinfo and encryptFile as the JSON object
// the map-typed file objects used to send: keys in order, URLs unescaped,
// numbers exact.
func TestFileObjectWire(t *testing.T) {
	f := newFakeNode(t)
	var got []string
	var mu sync.Mutex
	record := func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		got = append(got, string(b))
		mu.Unlock()
	}
	f.handle("POST /api/services/fileInfo", func(w http.ResponseWriter, r *http.Request) {
		record(w, r)
		w.Write([]byte(`[]`))
	})
	f.handle("POST /api/services/encryptFile", func(w http.ResponseWriter, r *http.Request) {
		record(w, r)
		http.Error(w, "no", http.StatusBadRequest)
	})
	c := fastClient(t, f.url())
	file := &ddo.URLFile{URL: "https://example.org/a?b=1&c=<2>", Method: "GET", Headers: map[string]string{"X": "y"}}
	_, err := c.FileInfo(t.Context(), FileInfoRequest{File: file, Checksum: true})
	require.NoError(t, err)
	sc := &ddo.SmartContractFile{ChainID: 8996, Address: "0x0000000000000000000000000000000000000001",
		ABI: ddo.FunctionABI{Name: "f", Type: "function", StateMutability: "view"}}
	_, err = c.FileInfo(t.Context(), FileInfoRequest{File: sc})
	require.NoError(t, err)
	_, err = c.EncryptFile(t.Context(), EncryptFileRequest{File: file, Auth: SignedBy(testSigner(t))})
	require.ErrorIs(t, err, nodehttp.ErrInvalidRequest)
	_, err = c.FileInfo(t.Context(), FileInfoRequest{File: (*ddo.URLFile)(nil)})
	require.Error(t, err, "a nil storage object is refused before sending")
	assert.Equal(t, []string{
		`{"checksum":true,"headers":{"X":"y"},"method":"GET","type":"url","url":"https://example.org/a?b=1&c=<2>"}`,
		`{"abi":{"inputs":[],"name":"f","stateMutability":"view","type":"function"},"address":"0x0000000000000000000000000000000000000001","chainId":8996,"type":"smartcontract"}`,
		`{"headers":{"X":"y"},"method":"GET","type":"url","url":"https://example.org/a?b=1&c=<2>"}`,
	}, got)
}
