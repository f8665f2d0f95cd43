package nodehttp

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/oceango/ocean.go/internal/httpx"
)

// Sentinel errors. An *Error matches them with errors.Is according to its
// status code and message (see Error.Is); the classification is the same
// for every client built on this package, provider and indexer alike.
var (
	// ErrNotFound: the endpoint, asset, DDO, job or file does not exist (404).
	ErrNotFound = errors.New("nodehttp: not found")
	// ErrUnauthorized: missing, invalid or expired signature or auth
	// token, or access denied (401, 403 other than a rate limit).
	ErrUnauthorized = errors.New("nodehttp: unauthorized")
	// ErrNonceRejected: the server refused a request nonce as not greater
	// than the one it stored. The provider client refetches the nonce and
	// signs once more before it returns this.
	ErrNonceRejected = errors.New("nodehttp: nonce rejected")
	// ErrRateLimited: the server throttled the client (429, or Ocean Node's
	// 403 "Rate limit exceeded").
	ErrRateLimited = errors.New("nodehttp: rate limited")
	// ErrInvalidRequest: the server rejected the parameters or document
	// (400, 422).
	ErrInvalidRequest = errors.New("nodehttp: invalid request")
	// ErrUnavailable: the server, its database or a gateway is down or
	// overloaded (502, 503, 504; Ocean Node's indexer answers 503 "DDO
	// database is not available"). A 500 is not: it is the node's handler
	// failing on this request ("Invalid C2D Environment", "Tx id used not
	// valid"), and asking again gets the same answer.
	ErrUnavailable = errors.New("nodehttp: unavailable")
	// ErrInvalidResponse: a successful status came with a body that could
	// not be decoded (garbage or truncated JSON, wrong shape).
	ErrInvalidResponse = errors.New("nodehttp: invalid response")
)

// maxErrorBody caps how much of an error response is kept.
const maxErrorBody = 64 << 10

// Error is the error of every failed request: no answer (StatusCode 0 and
// Err the transport error, without the *url.Error that would repeat the
// unredacted URL), an unsuccessful status, or a successful status with an
// undecodable body (ErrInvalidResponse). The message is taken from the body
// whether the server answered plain text (Ocean Node), a JSON string, or a
// JSON object with "message", "error", "errors", "msg" or "detail" (classic
// Provider, Aquarius). URLs, signatures and tokens are redacted from URL,
// Message and Body, so the error is safe to log.
type Error struct {
	Op         string // client and operation: "provider download", "indexer query"
	Method     string // HTTP method
	URL        string // request URL, password and secret query values redacted
	StatusCode int    // HTTP status; 0 when no response was received
	Message    string // server message, or a description of the failure
	Body       []byte // response body, capped at 64 KiB, redacted
	Truncated  bool   // Body was longer than the cap
	Err        error  // underlying cause, if any (transport or decode error)
	// RetryAfter is the server's Retry-After (429, 503), 0 when it sent
	// none. Callers that poll (compute.Watch) wait at least this long.
	RetryAfter time.Duration

	nonceRejected bool
	rateLimited   bool
}

// Error renders op, method, URL, status and message, all redacted.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Op != "" {
		b.WriteString(e.Op)
	} else {
		b.WriteString("nodehttp")
	}
	b.WriteString(": ")
	b.WriteString(e.Method)
	b.WriteByte(' ')
	b.WriteString(e.URL)
	if e.StatusCode != 0 {
		fmt.Fprintf(&b, ": %d %s", e.StatusCode, http.StatusText(e.StatusCode))
	}
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	if e.Err != nil && (e.Message == "" || !strings.Contains(e.Message, e.Err.Error())) {
		b.WriteString(": ")
		b.WriteString(httpx.RedactText(e.Err.Error()))
	}
	return b.String()
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Is maps the status code and message to the sentinel errors.
func (e *Error) Is(target error) bool {
	switch target {
	case ErrNonceRejected:
		return e.nonceRejected
	case ErrRateLimited:
		return e.rateLimited || e.StatusCode == http.StatusTooManyRequests
	case ErrNotFound:
		return e.StatusCode == http.StatusNotFound
	case ErrUnauthorized:
		return (e.StatusCode == http.StatusUnauthorized || e.StatusCode == http.StatusForbidden) && !e.rateLimited
	case ErrInvalidRequest:
		return e.StatusCode == http.StatusBadRequest || e.StatusCode == http.StatusUnprocessableEntity
	case ErrUnavailable:
		return e.StatusCode == http.StatusBadGateway || e.StatusCode == http.StatusServiceUnavailable ||
			e.StatusCode == http.StatusGatewayTimeout
	case ErrInvalidResponse:
		return e.StatusCode >= 200 && e.StatusCode < 300 && e.Err != nil
	}
	return false
}

// Transient reports whether err is a failure the server's handler did not
// produce, so that asking again, later, may succeed: no answer at all (a
// transport error worth another try: not a TLS failure, not a bad scheme,
// not the caller's ctx) or 429, 502, 503, 504. A 500 is not transient.
func Transient(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	switch e.StatusCode {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	case 0:
		return e.Err != nil && transportRetryable(e.Err)
	}
	return false
}

// statusError builds the error for a non-success response body.
func statusError(op, method, url string, status int, body []byte, truncated bool) *Error {
	msg := errorMessage(body)
	e := &Error{
		Op:         op,
		Method:     method,
		URL:        url,
		StatusCode: status,
		Message:    httpx.RedactText(msg),
		Body:       []byte(httpx.RedactText(string(body))),
		Truncated:  truncated,
	}
	low := strings.ToLower(msg)
	switch {
	// Ocean Node: 401 "nonce: 5 is not a valid nonce"
	case strings.Contains(low, "is not a valid nonce"),
		// classic: 400 errors.signature "Invalid signature expected nonce (x) > current nonce (y)."
		strings.Contains(low, "expected nonce"),
		// classic SQLite backend on an equal nonce: 503 "Cannot create duplicates"
		strings.Contains(low, "cannot create duplicates"):
		e.nonceRejected = true
	case strings.Contains(low, "rate limit"):
		e.rateLimited = true
	}
	return e
}

// errorMessage extracts the human message from an error body.
func errorMessage(body []byte) string {
	s := strings.TrimSpace(string(body))
	if s == "" {
		return ""
	}
	if s[0] == '{' || s[0] == '"' {
		var v any
		if json.Unmarshal([]byte(s), &v) == nil {
			if m := messageOf(v); m != "" {
				return clip(m)
			}
		}
	}
	return clip(s)
}

func messageOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		var parts []string
		for _, k := range []string{"message", "error", "errors", "msg", "detail"} {
			if m, ok := x[k]; ok {
				if s := flatten(m); s != "" {
					parts = append(parts, s)
				}
			}
		}
		return strings.Join(parts, ": ")
	}
	return ""
}

// flatten renders a JSON error value: strings as is, objects as
// "key: value" pairs in key order, lists joined with "; ".
func flatten(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		var parts []string
		for _, e := range x {
			if s := flatten(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, k+": "+flatten(x[k]))
		}
		return strings.Join(parts, "; ")
	case nil:
		return ""
	default:
		b, _ := json.Marshal(x)
		return string(b)
	}
}

func clip(s string) string {
	const max = 2048
	if len(s) > max {
		return s[:max] + "…"
	}
	return s
}
