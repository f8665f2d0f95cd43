package httpx

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// DecodeJSON decodes one JSON value of at most limit bytes from r into v
// and rejects trailing data. Errors describe the position, never the
// content.
func DecodeJSON(r io.Reader, limit int64, v any) error {
	data, err := ReadAll(r, limit)
	if err != nil {
		return fmt.Errorf("read body: %w", err)
	}
	return UnmarshalJSON(data, v)
}

// UnmarshalJSON is json.Unmarshal with an error that does not echo input.
func UnmarshalJSON(data []byte, v any) error {
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return fmt.Errorf("invalid JSON: empty body")
	}
	if err := json.Unmarshal(data, v); err != nil {
		switch e := err.(type) {
		case *json.SyntaxError:
			return fmt.Errorf("invalid JSON at byte %d", e.Offset)
		case *json.UnmarshalTypeError:
			return fmt.Errorf("invalid JSON: field %q: unexpected %s", e.Field, e.Value)
		}
		if strings.Contains(err.Error(), "unexpected end of JSON input") {
			return fmt.Errorf("invalid JSON: truncated")
		}
		return fmt.Errorf("invalid JSON: %v", err)
	}
	return nil
}

// Flex decodes a JSON string or number (or null) as its text: `"12"`, `12`
// and `12.5` decode to "12", "12" and "12.5". Servers disagree about
// whether nonces, amounts and timestamps are strings or numbers.
type Flex string

// UnmarshalJSON implements json.Unmarshaler.
func (f *Flex) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0:
		return fmt.Errorf("empty value")
	case string(b) == "null":
		*f = ""
		return nil
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = Flex(s)
		return nil
	case b[0] == '-' || (b[0] >= '0' && b[0] <= '9'):
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return err
		}
		*f = Flex(n.String())
		return nil
	case string(b) == "true" || string(b) == "false":
		*f = Flex(b)
		return nil
	}
	return fmt.Errorf("expected string or number")
}

// Int64 parses f as an integer (a decimal fraction is truncated).
func (f Flex) Int64() (int64, error) {
	s := strings.TrimSpace(string(f))
	if s == "" {
		return 0, nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return n, nil
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("not a number: %q", truncate(s, 32))
	}
	return int64(x), nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
