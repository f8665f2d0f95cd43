package assets

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/oceango/ocean.go/ddo"
)

// ParameterError says which consumer parameter a set of user data breaks.
// It matches ErrInvalidParams.
type ParameterError struct {
	// Name is the consumer parameter's name.
	Name string
	// Reason says what is wrong.
	Reason string
}

func (e *ParameterError) Error() string {
	return fmt.Sprintf("assets: consumer parameter %q: %s", e.Name, e.Reason)
}

// Unwrap returns ErrInvalidParams.
func (e *ParameterError) Unwrap() error { return ErrInvalidParams }

// CheckUserData checks data against the consumer parameters a service (or
// algorithm) declares, with Ocean Node's rules: a required parameter must
// be present (not null); a missing optional one takes its default; a
// "text" value is a string, a "number" a number, a "boolean" a boolean and
// a "select" one of the options' keys. Members no parameter declares pass
// through. It returns a copy of data with the defaults filled in, or a
// *ParameterError naming the first parameter that fails.
func CheckUserData(params []ddo.ConsumerParameter, data map[string]any) (map[string]any, error) {
	out := maps.Clone(data)
	if out == nil {
		out = map[string]any{}
	}
	for _, p := range params {
		v, ok := out[p.Name]
		if !ok || v == nil {
			if p.Required {
				return nil, &ParameterError{Name: p.Name, Reason: "required"}
			}
			if p.Default.IsUndefined() {
				continue
			}
			d, err := defaultOf(p)
			if err != nil {
				return nil, &ParameterError{Name: p.Name, Reason: "default: " + err.Error()}
			}
			v = d
			out[p.Name] = v
		}
		if reason := checkValue(p, v); reason != "" {
			return nil, &ParameterError{Name: p.Name, Reason: reason}
		}
	}
	return out, nil
}

// defaultOf turns a parameter's default (a string in published DDOs) into
// a value of the parameter's type.
func defaultOf(p ddo.ConsumerParameter) (any, error) {
	if s, ok := p.Default.Str(); ok {
		switch p.Type {
		case "number":
			return strconv.ParseFloat(s, 64)
		case "boolean":
			return strconv.ParseBool(s)
		}
		return s, nil
	}
	var v any
	err := json.Unmarshal([]byte(p.Default.String()), &v)
	return v, err
}

func checkValue(p ddo.ConsumerParameter, v any) string {
	wrong := func() string { return fmt.Sprintf("%v is not a %s", v, p.Type) }
	switch p.Type {
	case "text":
		if _, ok := v.(string); !ok {
			return wrong()
		}
	case "number":
		switch v.(type) {
		case float64, float32, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, json.Number:
		default:
			return wrong()
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return wrong()
		}
	case "select":
		s, _ := v.(string)
		opts := selectOptions(p.Options)
		if !slices.Contains(opts, s) {
			return fmt.Sprintf("%v is not one of %q", v, opts)
		}
	}
	return ""
}

// selectOptions returns the keys of a select parameter's options: a JSON
// array (or a string holding one) of {"key": "label"} objects or strings.
func selectOptions(o ddo.Value) []string {
	raw := o.String()
	if s, ok := o.Str(); ok {
		raw = s
	}
	var elems []any
	if json.Unmarshal([]byte(raw), &elems) != nil {
		return nil
	}
	var keys []string
	for _, e := range elems {
		switch x := e.(type) {
		case string:
			keys = append(keys, x)
		case map[string]any:
			for k := range x { // one key per option: Ocean Node reads the first
				keys = append(keys, k)
			}
		}
	}
	return keys
}
