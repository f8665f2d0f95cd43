package provider

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

// Sentinel errors. A *Error matches them with errors.Is according to its
// status code and message; see Error.Is.
var (
	// ErrNotFound: the endpoint, asset, job or file does not exist (404).
	ErrNotFound = errors.New("provider: not found")
	// ErrUnauthorized: missing, invalid or expired signature or auth
	// token, or access denied (401, 403).
	ErrUnauthorized = errors.New("provider: unauthorized")
	// ErrNonceRejected: the server refused the request nonce as not greater
	// than the one it stored. Signed calls refetch the nonce and re-sign once
	// before they return it.
	ErrNonceRejected = errors.New("provider: nonce rejected")
	// ErrRateLimited: the server throttled the client (429, or Ocean Node's
	// 403 "Rate limit exceeded").
	ErrRateLimited = errors.New("provider: rate limited")
	// ErrInvalidRequest: the server rejected the parameters (400, 422).
	ErrInvalidRequest = errors.New("provider: invalid request")
	// ErrUnavailable: the server or a gateway is down or overloaded (502,
	// 503, 504).
	ErrUnavailable = errors.New("provider: unavailable")
	// ErrInvalidResponse: a successful status came with a body that could
	// not be decoded (garbage or truncated JSON, wrong shape).
	ErrInvalidResponse = errors.New("provider: invalid response")
	// ErrUnsupported: the operation or endpoint is not offered by this server
	// (missing from its endpoint table, or not part of its dialect).
	ErrUnsupported = errors.New("provider: operation not supported by server")
	// ErrSignatureRequired: the call was given only an auth token where the
	// server accepts a signature alone (Ocean Node v3.1.0's encrypt route
	// ignores the Authorization header). Give Auth a Signer: with one, the
	// client signs such calls instead of sending the token.
	ErrSignatureRequired = errors.New("provider: this call needs a signature, an auth token is not accepted")
	// ErrIntegrity: a download did not match the expected size or sha256.
	ErrIntegrity = errors.New("provider: downloaded content does not match")
)

// maxErrorBody caps how much of an error response is kept.
const maxErrorBody = 64 << 10

// Error is the error returned for every unsuccessful response. The message
// is taken from the body whether the server answered plain text (Ocean
// Node), a JSON string, or a JSON object with "error", "errors" or
// "message" (classic Provider). URLs, signatures and tokens are redacted
// from Endpoint, Message and Body.
type Error struct {
	Method     string // HTTP method
	Endpoint   string // endpoint URL, secrets in the query redacted
	StatusCode int    // HTTP status; 0 when no response was received
	Message    string // server message, or a description of the failure
	Body       []byte // response body, capped at 64 KiB, redacted
	Truncated  bool   // Body was longer than the cap
	Err        error  // underlying cause, if any (decode or transport error)
	// RetryAfter is the server's Retry-After (429, 503), 0 when it sent
	// none. Callers that poll (compute.Watch) wait at least this long.
	RetryAfter time.Duration

	nonceRejected bool
	rateLimited   bool
}

// Error renders method, endpoint, status and message, all redacted.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("provider: ")
	b.WriteString(e.Method)
	b.WriteByte(' ')
	b.WriteString(e.Endpoint)
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

// newStatusError builds the error for a non-success response body.
func newStatusError(method, endpoint string, status int, body []byte, truncated bool) *Error {
	msg := errorMessage(body)
	e := &Error{
		Method:     method,
		Endpoint:   endpoint,
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
