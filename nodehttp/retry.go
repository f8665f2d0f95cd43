package nodehttp

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/oceango/ocean.go/internal/httpx"
)

// RetryPolicy decides whether a failed request is tried again; resp is nil
// when err is not. Returning a non-nil error stops retrying with that
// error. Whatever a policy answers, a signed request (see Request.Signed)
// and a request whose body cannot be replayed are sent once.
type RetryPolicy func(req *http.Request, resp *http.Response, err error) (bool, error)

// retryConfig configures newRetryTransport. The zero value means: up to 3
// retries, waits from 250 ms to 5 s, DefaultRetryPolicy, Retry-After
// honoured up to one minute, no logging.
type retryConfig struct {
	Max           int
	WaitMin       time.Duration
	WaitMax       time.Duration
	MaxRetryAfter time.Duration
	Policy        RetryPolicy
	Logger        *slog.Logger
}

// complete fills in the defaults the zero value stands for; a negative Max
// becomes 0 (no retries).
func (cfg retryConfig) complete() retryConfig {
	if cfg.Max == 0 {
		cfg.Max = 3
	}
	if cfg.Max < 0 {
		cfg.Max = 0
	}
	if cfg.WaitMin <= 0 {
		cfg.WaitMin = 250 * time.Millisecond
	}
	if cfg.WaitMax <= 0 {
		cfg.WaitMax = 5 * time.Second
	}
	if cfg.WaitMax < cfg.WaitMin {
		cfg.WaitMax = cfg.WaitMin
	}
	if cfg.MaxRetryAfter <= 0 {
		cfg.MaxRetryAfter = time.Minute
	}
	if cfg.Policy == nil {
		cfg.Policy = DefaultRetryPolicy
	}
	return cfg
}

// DefaultRetryPolicy retries, until the request's ctx is done:
//   - any unsigned request answered 429 Too Many Requests (the server did
//     not act on it);
//   - unsigned idempotent requests (Idempotent) that failed in transport,
//     or were answered 500, 502, 503 or 504.
//
// It never retries a non-idempotent request that may have reached the
// server: the node API has no idempotency keys, so a retried compute start
// could start a second job. It never retries a signed request, not even
// after 429 (the transport would not replay one anyway).
func DefaultRetryPolicy(req *http.Request, resp *http.Response, err error) (bool, error) {
	if cerr := req.Context().Err(); cerr != nil {
		return false, cerr
	}
	if Signed(req) {
		return false, nil
	}
	if err == nil && resp.StatusCode == http.StatusTooManyRequests {
		return true, nil
	}
	if !Idempotent(req) {
		return false, nil
	}
	if err != nil {
		return transportRetryable(err), nil
	}
	switch resp.StatusCode {
	case http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true, nil
	}
	return false, nil
}

// transportRetryable reports whether a request that failed in transport
// with err is worth another try: not after a certificate failure, a bad
// scheme, a redirect limit or the end of the caller's ctx.
func transportRetryable(err error) bool {
	var ce *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var hn x509.HostnameError
	if errors.As(err, &ce) || errors.As(err, &ua) || errors.As(err, &hn) {
		return false
	}
	if msg := err.Error(); strings.Contains(msg, "unsupported protocol scheme") || strings.Contains(msg, "stopped after") {
		return false
	}
	return !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded)
}

type reqKey struct{}

// retryTransport routes requests whose body can be replayed through a
// retryablehttp client and streams the others straight to base.
type retryTransport struct {
	base http.RoundTripper
	rt   *retryablehttp.RoundTripper
}

// newRetryTransport wraps base with retries following cfg. Requests whose
// body cannot be replayed (Body set, GetBody nil: streamed uploads) and
// signed requests are sent once, straight to base, whatever cfg.Policy
// says. Final error responses are returned as responses, so the caller sees
// the real status and body.
func newRetryTransport(base http.RoundTripper, cfg retryConfig) http.RoundTripper {
	if base == nil {
		base = httpx.NewTransport(0)
	}
	cfg = cfg.complete()
	policy := cfg.Policy
	rc := &retryablehttp.Client{
		HTTPClient: &http.Client{
			Transport: base,
			// Redirects are followed by the outer client, not here.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		RetryWaitMin: cfg.WaitMin,
		RetryWaitMax: cfg.WaitMax,
		RetryMax:     cfg.Max,
		CheckRetry: func(ctx context.Context, resp *http.Response, err error) (bool, error) {
			req, _ := ctx.Value(reqKey{}).(*http.Request)
			if req == nil {
				return false, err
			}
			retry, perr := policy(req, resp, err)
			if resp != nil && !retry {
				// Hand the response back as is: a RoundTripper returning
				// both a response and an error makes net/http log and drop
				// the response.
				perr = nil
			}
			return retry, perr
		},
		Backoff: func(lo, hi time.Duration, attempt int, resp *http.Response) time.Duration {
			return backoff(lo, hi, cfg.MaxRetryAfter, attempt, resp)
		},
		ErrorHandler: retryablehttp.PassthroughErrorHandler,
	}
	if cfg.Logger != nil {
		rc.Logger = redactingLogger{cfg.Logger}
	}
	return &retryTransport{base: base, rt: &retryablehttp.RoundTripper{Client: rc}}
}

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if (req.Body != nil && req.Body != http.NoBody && req.GetBody == nil) || Signed(req) {
		return t.base.RoundTrip(req)
	}
	ctx := context.WithValue(req.Context(), reqKey{}, req)
	return t.rt.RoundTrip(req.WithContext(ctx))
}

// backoff returns the wait before retry number attempt (0-based): the
// server's Retry-After on 429 and 503 (capped at maxRetryAfter), otherwise
// exponential from lo to hi with full jitter in the upper half.
func backoff(lo, hi, maxRetryAfter time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable) {
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			return min(d, maxRetryAfter)
		}
	}
	d := lo
	for i := 0; i < attempt && d < hi; i++ {
		d *= 2
	}
	d = min(d, hi)
	half := d / 2
	if half <= 0 {
		return d
	}
	return half + rand.N(half+1)
}

// parseRetryAfter parses a Retry-After value, either delta-seconds or an
// HTTP date, relative to now.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		if n > 1<<31 {
			n = 1 << 31
		}
		return time.Duration(n) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	if d := t.Sub(now); d > 0 {
		return d, true
	}
	return 0, true
}

// redactingLogger adapts slog to retryablehttp's LeveledLogger and redacts
// URLs (signatures, tokens) before anything is logged.
type redactingLogger struct{ l *slog.Logger }

func (r redactingLogger) clean(kv []any) []any {
	out := make([]any, len(kv))
	for i, v := range kv {
		switch x := v.(type) {
		case string:
			out[i] = httpx.RedactSecrets(x)
		case error:
			out[i] = httpx.RedactSecrets(x.Error())
		case *url.URL:
			out[i] = httpx.RedactURL(x)
		default:
			out[i] = v
		}
	}
	return out
}

func (r redactingLogger) Error(msg string, kv ...any) { r.l.Error(msg, r.clean(kv)...) }
func (r redactingLogger) Info(msg string, kv ...any)  { r.l.Info(msg, r.clean(kv)...) }
func (r redactingLogger) Debug(msg string, kv ...any) { r.l.Debug(msg, r.clean(kv)...) }
func (r redactingLogger) Warn(msg string, kv ...any)  { r.l.Warn(msg, r.clean(kv)...) }
