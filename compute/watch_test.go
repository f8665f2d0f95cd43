package compute_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// reply is one scripted answer of the fake node's status route.
type reply struct {
	status int
	header map[string]string
	body   string
}

func jobReply(code int, text string, extra string) reply {
	return reply{status: 200, body: `[{"jobId":"job-1","owner":"x","status":` + itoa(code) + `,"statusText":"` + text + `","results":[]` + extra + `}]`}
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// faultNode is an httptest server playing an Ocean Node whose compute
// status route answers from a script; once the script is exhausted it
// repeats the last reply. It records when each status request came.
type faultNode struct {
	*httptest.Server
	mu     sync.Mutex
	script []reply
	times  []time.Time
}

func newFaultNode(t *testing.T, script ...reply) *faultNode {
	t.Helper()
	f := &faultNode{script: script}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"software": "Ocean-Node", "version": "1.0.0", "nodeId": "16Uiu2Fault", "chainIds": []string{"8996"},
			"providerAddress": "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909",
			"serviceEndpoints": map[string][]string{"computeStatus": {"GET", "/api/services/compute"},
				"nonce": {"GET", "/api/services/nonce"}, "computeResult": {"GET", "/api/services/computeResult"},
				"computeStreamableLogs": {"GET", "/api/services/computeStreamableLogs"}},
		})
	})
	mux.HandleFunc("GET /api/services/nonce", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"nonce":"0"}`))
	})
	// An ended job whose live log is gone: only the log result remains.
	mux.HandleFunc("GET /api/services/computeStreamableLogs", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "Logs not available", http.StatusNotFound)
	})
	mux.HandleFunc("GET /api/services/computeResult", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("index") != "1" || r.URL.Query().Get("signature") == "" {
			http.Error(w, "No result", http.StatusNotFound)
			return
		}
		_, _ = w.Write([]byte("line 1\nline 2\n"))
	})
	mux.HandleFunc("GET /api/services/compute", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.times = append(f.times, time.Now())
		i := min(len(f.times), len(f.script)) - 1
		rep := f.script[i]
		f.mu.Unlock()
		for k, v := range rep.header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(rep.status)
		_, _ = w.Write([]byte(rep.body))
	})
	f.Server = httptest.NewServer(mux)
	t.Cleanup(f.Close)
	return f
}

func (f *faultNode) requests() []time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Time(nil), f.times...)
}

// faultClient is a compute client of f whose provider layer does not
// retry, so every fault reaches Watch.
func faultClient(t *testing.T, f *faultNode, opts ...nodehttp.Option) *compute.Client {
	t.Helper()
	if len(opts) == 0 {
		opts = []nodehttp.Option{nodehttp.WithRetries(0, 0, 0)}
	}
	p, err := provider.New(f.URL, opts...)
	require.NoError(t, err)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	c, err := compute.New(compute.Config{Provider: p, Account: signerOnly(t, key), ChainID: addresses.DevChainID})
	require.NoError(t, err)
	return c
}

var quick = compute.WatchOptions{MinInterval: 5 * time.Millisecond, MaxInterval: 20 * time.Millisecond, MaxFailures: 4}

type watched struct {
	codes []compute.StatusCode
	err   error
}

func watch(ctx context.Context, c *compute.Client, opts compute.WatchOptions) watched {
	var w watched
	for st, err := range c.Watch(ctx, "job-1", opts) {
		if st != nil {
			w.codes = append(w.codes, st.Code)
		}
		if err != nil {
			w.err = err
			break
		}
	}
	return w
}

func TestWatchRecoversFrom5xx(t *testing.T) {
	f := newFaultNode(t,
		jobReply(0, "Job started", ""),
		reply{status: 503, body: "Service Unavailable"},
		reply{status: 500, body: "Internal Server Error"},
		jobReply(40, "Running algorithm", ""),
		jobReply(40, "Running algorithm", ""),
		jobReply(70, "Job finished", `,"terminationDetails":{"exitCode":0}`),
	)
	w := watch(t.Context(), faultClient(t, f), quick)
	require.NoError(t, w.err)
	assert.Equal(t, []compute.StatusCode{compute.StatusStarted, compute.StatusRunning, compute.StatusFinished}, w.codes,
		"each change once, the repeated 40 not again")
	assert.Len(t, f.requests(), 6, "polling stopped at the terminal status")
}

func TestWatchProviderRetriesInsidePoll(t *testing.T) {
	f := newFaultNode(t,
		reply{status: 502, body: "Bad Gateway"},
		jobReply(70, "Job finished", ""),
	)
	// Default provider retries absorb the 502 inside one poll.
	c := faultClient(t, f, nodehttp.WithRetries(2, time.Millisecond, time.Millisecond))
	w := watch(t.Context(), c, compute.WatchOptions{MinInterval: 5 * time.Millisecond, MaxFailures: 1})
	require.NoError(t, w.err)
	assert.Equal(t, []compute.StatusCode{compute.StatusFinished}, w.codes)
}

func TestWatchGarbage(t *testing.T) {
	f := newFaultNode(t,
		reply{status: 200, body: "<html>oops"},
		reply{status: 200, body: `[{"jobId":"job-1","status":`},
		reply{status: 200, body: `[{"jobId":"job-1","status":{}}]`},
		jobReply(70, "Job finished", ""),
	)
	w := watch(t.Context(), faultClient(t, f), quick)
	require.NoError(t, w.err)
	assert.Equal(t, []compute.StatusCode{compute.StatusFinished}, w.codes)
	assert.Len(t, f.requests(), 4)
}

func TestWatchRetryAfter(t *testing.T) {
	f := newFaultNode(t,
		jobReply(40, "Running algorithm", ""),
		reply{status: 429, header: map[string]string{"Retry-After": "1"}, body: "Too Many Requests"},
		reply{status: 403, body: "Rate limit exceeded"},
		jobReply(70, "Job finished", ""),
	)
	w := watch(t.Context(), faultClient(t, f), quick)
	require.NoError(t, w.err)
	assert.Equal(t, []compute.StatusCode{compute.StatusRunning, compute.StatusFinished}, w.codes)
	times := f.requests()
	require.Len(t, times, 4)
	assert.GreaterOrEqual(t, times[2].Sub(times[1]), time.Second, "Retry-After honoured over MinInterval")
	// That the 403 without Retry-After backs off from MinInterval again is
	// TestFailurePause's (an upper bound on wall time is not a test).
}

func TestWatchGivesUp(t *testing.T) {
	f := newFaultNode(t,
		jobReply(40, "Running algorithm", ""),
		reply{status: 502, body: "Bad Gateway"},
	)
	w := watch(t.Context(), faultClient(t, f), quick)
	var we *compute.WatchError
	require.ErrorAs(t, w.err, &we)
	assert.Equal(t, quick.MaxFailures, we.Failures)
	assert.Equal(t, "job-1", we.JobID)
	require.NotNil(t, we.Last)
	assert.Equal(t, compute.StatusRunning, we.Last.Code)
	assert.ErrorIs(t, w.err, nodehttp.ErrUnavailable)
	assert.Len(t, f.requests(), 1+quick.MaxFailures)
}

func TestWatchJobNotListedYet(t *testing.T) {
	f := newFaultNode(t, reply{status: 200, body: "[]"}, jobReply(70, "Job finished", ""))
	w := watch(t.Context(), faultClient(t, f), quick)
	require.NoError(t, w.err)
	assert.Equal(t, []compute.StatusCode{compute.StatusFinished}, w.codes)

	never := newFaultNode(t, reply{status: 200, body: "[]"})
	w = watch(t.Context(), faultClient(t, never), quick)
	require.ErrorIs(t, w.err, compute.ErrJobNotFound)
}

func TestWatchPermanentError(t *testing.T) {
	f := newFaultNode(t, reply{status: 401, body: "Invalid signature"})
	w := watch(t.Context(), faultClient(t, f), quick)
	require.ErrorIs(t, w.err, nodehttp.ErrUnauthorized)
	var we *compute.WatchError
	assert.False(t, errors.As(w.err, &we), "not retried")
	assert.Len(t, f.requests(), 1)
}

func TestWatchFailureStates(t *testing.T) {
	for _, tc := range []struct {
		code    compute.StatusCode
		text    string
		extra   string
		stopped bool
		exit    int
	}{
		{code: compute.StatusResultsUploadFailed, text: "Results upload failed"},
		{code: compute.StatusQueueExpired, text: "Queue expired"},
		{code: compute.StatusDataProvisioningFailed, text: "Data provisioning failed"},
		{code: compute.StatusFinished, text: "Job finished", extra: `,"terminationDetails":{"exitCode":137,"OOMKilled":true}`, exit: 137},
		{code: compute.StatusFinished, text: "Job stopped", stopped: true},
		{code: compute.StatusFinished, text: "Job finished", extra: `,"stopRequested":true`, stopped: true},
	} {
		t.Run(tc.code.String()+" "+tc.text, func(t *testing.T) {
			f := newFaultNode(t, jobReply(30, "Provisioning success", ""), jobReply(int(tc.code), tc.text, tc.extra))
			c := faultClient(t, f)
			st, err := c.Wait(t.Context(), "job-1", quick)
			require.ErrorIs(t, err, compute.ErrJobFailed)
			assert.Equal(t, tc.stopped, errors.Is(err, compute.ErrJobStopped))
			var jf *compute.JobFailedError
			require.ErrorAs(t, err, &jf)
			assert.Equal(t, tc.code, jf.Code)
			assert.Equal(t, tc.text, jf.Text)
			require.NotNil(t, st)
			assert.Equal(t, tc.code, st.Code)
			if tc.exit != 0 {
				require.NotNil(t, jf.ExitCode)
				assert.Equal(t, tc.exit, *jf.ExitCode)
			}
		})
	}
}

func TestWatchSettlingIsSuccess(t *testing.T) {
	f := newFaultNode(t, jobReply(60, "Publishing results", ""), jobReply(71, "Job settle", ""))
	st, err := faultClient(t, f).Wait(t.Context(), "job-1", quick)
	require.NoError(t, err)
	assert.Equal(t, compute.StatusSettling, st.Code)
}

func TestWatchContext(t *testing.T) {
	f := newFaultNode(t, jobReply(40, "Running algorithm", ""))
	c := faultClient(t, f)

	// Breaking out of the loop stops polling.
	for st, err := range c.Watch(t.Context(), "job-1", quick) {
		require.NoError(t, err)
		require.Equal(t, compute.StatusRunning, st.Code)
		break
	}
	// A break returns from the iterator: nothing is polled afterwards, since
	// Watch polls only inside the loop that yields.
	n := len(f.requests())
	assert.Equal(t, 1, n, "one poll before the first status")

	// A ctx cancelled while the caller handles a status ends the watch with
	// ctx's error, after that status and before any further poll.
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var codes []compute.StatusCode
	var werr error
	for st, err := range c.Watch(ctx, "job-1", compute.WatchOptions{MinInterval: time.Hour}) {
		if st != nil {
			codes = append(codes, st.Code)
			cancel()
		}
		if err != nil {
			werr = err
			break
		}
	}
	require.ErrorIs(t, werr, context.Canceled)
	assert.Equal(t, []compute.StatusCode{compute.StatusRunning}, codes)
	assert.Equal(t, n+1, len(f.requests()), "no poll after the cancel")
}

func TestLogsFallBackToLogResult(t *testing.T) {
	f := newFaultNode(t, jobReply(70, "Job finished",
		`,"results":[{"filename":"outputs.tar","filesize":10,"type":"output"},{"filename":"algorithm.log","filesize":14,"type":"algorithmLog"}]`))
	var logs strings.Builder
	n, err := faultClient(t, f).Logs(t.Context(), "job-1", &logs)
	require.NoError(t, err)
	assert.Equal(t, int64(14), n)
	assert.Equal(t, "line 1\nline 2\n", logs.String())

	// Without a log result the error says both why.
	g := newFaultNode(t, jobReply(70, "Job finished", ""))
	_, err = faultClient(t, g).Logs(t.Context(), "job-1", &logs)
	require.ErrorIs(t, err, compute.ErrNoResult)
	require.ErrorIs(t, err, nodehttp.ErrNotFound)
}
