package httpx

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
)

// RetryPolicy decides whether a request is tried again. resp is nil when
// err is not. Returning a non-nil error stops retrying with that error.
type RetryPolicy func(req *http.Request, resp *http.Response, err error) (bool, error)

// RetryConfig configures NewRetryTransport. The zero value means: up to 3
// retries, waits from 250 ms to 5 s, DefaultRetryPolicy, Retry-After
// honoured up to one minute, no logging.
type RetryConfig struct {
	Max           int
	WaitMin       time.Duration
	WaitMax       time.Duration
	MaxRetryAfter time.Duration
	Policy        RetryPolicy
	Logger        *slog.Logger
}

// DefaultRetryPolicy retries, until ctx is done:
//   - any request answered 429 Too Many Requests (the server did not act on it);
//   - idempotent requests (IsIdempotent) that failed in transport, or were
//     answered 502, 503, 504 or 500.
//
// It never retries a non-idempotent request that may have reached the
// server: the provider API has no idempotency keys, so a retried compute
// start could start a second job. It never retries a request marked
// WithNoReplay, not even after 429.
func DefaultRetryPolicy(req *http.Request, resp *http.Response, err error) (bool, error) {
	if cerr := req.Context().Err(); cerr != nil {
		return false, cerr
	}
	if IsNoReplay(req.Context()) {
		return false, nil
	}
	if err == nil && resp.StatusCode == http.StatusTooManyRequests {
		return true, nil
	}
	if !IsIdempotent(req.Context(), req.Method) {
		return false, nil
	}
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			var ce *tls.CertificateVerificationError
			var ua x509.UnknownAuthorityError
			var hn x509.HostnameError
			if errors.As(err, &ce) || errors.As(err, &ua) || errors.As(err, &hn) {
				return false, nil
			}
			if strings.Contains(ue.Error(), "unsupported protocol scheme") || strings.Contains(ue.Error(), "stopped after") {
				return false, nil
			}
		}
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return false, nil
		}
		return true, nil
	}
	switch resp.StatusCode {
	case http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true, nil
	}
	return false, nil
}

type reqKey struct{}

// retryTransport routes requests whose body can be replayed through a
// retryablehttp client and streams the others straight to base.
type retryTransport struct {
	base http.RoundTripper
	rt   *retryablehttp.RoundTripper
}

// NewRetryTransport wraps base with retries following cfg. Requests whose
// body cannot be replayed (Body set, GetBody nil: streamed uploads) and
// requests whose ctx is marked WithNoReplay are sent once, straight to base,
// whatever cfg.Policy says. Final error responses are returned as responses,
// so the caller sees the real status and body.
func NewRetryTransport(base http.RoundTripper, cfg RetryConfig) http.RoundTripper {
	if base == nil {
		base = NewTransport(0)
	}
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
	policy := cfg.Policy
	if policy == nil {
		policy = DefaultRetryPolicy
	}
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
			return Backoff(lo, hi, cfg.MaxRetryAfter, attempt, resp)
		},
		ErrorHandler: retryablehttp.PassthroughErrorHandler,
	}
	if cfg.Logger != nil {
		rc.Logger = redactingLogger{cfg.Logger}
	}
	return &retryTransport{base: base, rt: &retryablehttp.RoundTripper{Client: rc}}
}

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if (req.Body != nil && req.Body != http.NoBody && req.GetBody == nil) || IsNoReplay(req.Context()) {
		return t.base.RoundTrip(req)
	}
	ctx := context.WithValue(req.Context(), reqKey{}, req)
	return t.rt.RoundTrip(req.WithContext(ctx))
}

// Backoff returns the wait before retry number attempt (0-based): the
// server's Retry-After on 429 and 503 (capped at maxRetryAfter), otherwise
// exponential from lo to hi with full jitter in the upper half.
func Backoff(lo, hi, maxRetryAfter time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable) {
		if d, ok := ParseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
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

// ParseRetryAfter parses a Retry-After value, either delta-seconds or an
// HTTP date, relative to now.
func ParseRetryAfter(v string, now time.Time) (time.Duration, bool) {
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
			out[i] = RedactSecrets(x)
		case error:
			out[i] = RedactSecrets(x.Error())
		case *url.URL:
			out[i] = RedactURL(x)
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
