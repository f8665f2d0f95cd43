package indexer

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/oceango/ocean.go/internal/httpx"
)

// Sentinel errors; an *Error matches them with errors.Is by status code.
var (
	// ErrNotFound: no DDO (or state) for this DID (404).
	ErrNotFound = errors.New("indexer: not found")
	// ErrInvalidRequest: the indexer rejected the query or document (400, 422).
	ErrInvalidRequest = errors.New("indexer: invalid request")
	// ErrRateLimited: the indexer throttled the client (429, or Ocean Node's
	// 403 "Rate limit exceeded").
	ErrRateLimited = errors.New("indexer: rate limited")
	// ErrUnavailable: the indexer or its database is down (500, 502, 503, 504;
	// Ocean Node answers 503 "DDO database is not available").
	ErrUnavailable = errors.New("indexer: unavailable")
	// ErrInvalidResponse: a successful status with a body that could not be
	// decoded.
	ErrInvalidResponse = errors.New("indexer: invalid response")
)

// maxErrorBody caps how much of an error response is read.
const maxErrorBody = 64 << 10

// Error is returned for every failed request. Message comes from the body
// whether the indexer answered plain text (Ocean Node) or JSON (Aquarius);
// URLs and signatures in it are redacted.
type Error struct {
	Method     string // HTTP method
	Endpoint   string // URL, secret query values redacted
	StatusCode int    // 0 when no response was received
	Message    string // server message or a description of the failure
	Err        error  // underlying cause (transport or decode error), if any
}

// Error renders method, endpoint, status and message.
func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "indexer: %s %s", e.Method, e.Endpoint)
	if e.StatusCode != 0 {
		fmt.Fprintf(&b, ": %d %s", e.StatusCode, http.StatusText(e.StatusCode))
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	if e.Err != nil {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Is matches the sentinels by status code.
func (e *Error) Is(target error) bool {
	switch target {
	case ErrNotFound:
		return e.StatusCode == http.StatusNotFound
	case ErrInvalidRequest:
		return e.StatusCode == http.StatusBadRequest || e.StatusCode == http.StatusUnprocessableEntity
	case ErrRateLimited:
		return e.StatusCode == http.StatusTooManyRequests ||
			(e.StatusCode == http.StatusForbidden && strings.Contains(strings.ToLower(e.Message), "rate limit"))
	case ErrUnavailable:
		switch e.StatusCode {
		case http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
			return true
		}
	}
	return false
}

// temporary reports whether waiting and asking again may succeed.
func temporary(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	return e.StatusCode == 0 || errors.Is(e, ErrNotFound) || errors.Is(e, ErrUnavailable) || errors.Is(e, ErrRateLimited)
}

func responseError(method, endpoint string, resp *http.Response) error {
	body, _, _ := httpx.ReadCapped(resp.Body, maxErrorBody)
	return &Error{Method: method, Endpoint: endpoint, StatusCode: resp.StatusCode, Message: httpx.RedactText(message(body))}
}

// message extracts the error text from a plain-text or JSON error body.
func message(body []byte) string {
	s := strings.TrimSpace(string(body))
	if s == "" {
		return ""
	}
	var v any
	if json.Unmarshal(body, &v) == nil {
		switch t := v.(type) {
		case string:
			return t
		case map[string]any:
			for _, k := range []string{"error", "message", "errors"} {
				if m, ok := t[k]; ok {
					if str, ok := m.(string); ok {
						return str
					}
					b, _ := json.Marshal(m)
					return string(b)
				}
			}
		}
	}
	if len(s) > 512 {
		s = s[:512] + "…"
	}
	return s
}
