package devnode

import (
	"encoding/json"
	"fmt"
	"strings"
)

// lookup follows a dotted path through decoded JSON; arrays are searched
// element-wise (Elasticsearch flattens arrays of objects), giving a slice
// of the values found.
func lookup(doc any, path string) any {
	cur := []any{doc}
	for _, part := range strings.Split(path, ".") {
		var next []any
		for _, c := range cur {
			switch x := c.(type) {
			case map[string]any:
				if v, ok := x[part]; ok {
					next = append(next, flatten(v)...)
				}
			case []any:
				for _, e := range x {
					if m, ok := e.(map[string]any); ok {
						if v, ok := m[part]; ok {
							next = append(next, flatten(v)...)
						}
					}
				}
			}
		}
		cur = next
	}
	switch len(cur) {
	case 0:
		return nil
	case 1:
		return cur[0]
	}
	return cur
}

func flatten(v any) []any {
	if arr, ok := v.([]any); ok {
		var out []any
		for _, e := range arr {
			if _, isObj := e.(map[string]any); isObj {
				out = append(out, e)
			} else {
				out = append(out, flatten(e)...)
			}
		}
		return out
	}
	return []any{v}
}

// fieldName maps Aquarius-era paths to where an Ocean Node DDO keeps them.
func fieldName(f string) string {
	f = strings.TrimSuffix(f, ".keyword")
	for _, p := range []string{"nft.", "event.", "purgatory.", "stats."} {
		if strings.HasPrefix(f, p) {
			return "indexedMetadata." + f
		}
	}
	return f
}

func scalarString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.ToLower(x)
	case json.Number:
		return x.String()
	case bool:
		if x {
			return "true"
		}
		return "false"
	case nil:
		return "null"
	}
	return fmt.Sprint(v)
}

// valueMatches reports whether the document value (scalar or slice)
// contains want, comparing case-insensitively as keyword fields do.
func valueMatches(have, want any) bool {
	if arr, ok := have.([]any); ok {
		for _, h := range arr {
			if valueMatches(h, want) {
				return true
			}
		}
		return false
	}
	if have == nil {
		return false
	}
	return scalarString(have) == scalarString(want)
}

// matchQuery evaluates an Elasticsearch query clause against doc.
func matchQuery(q any, doc any) (bool, error) {
	m, ok := q.(map[string]any)
	if !ok {
		return false, fmt.Errorf("query clause must be an object")
	}
	for kind, body := range m {
		ok, err := matchClause(kind, body, doc)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func clauses(v any) []any {
	if arr, ok := v.([]any); ok {
		return arr
	}
	if v == nil {
		return nil
	}
	return []any{v}
}

func matchClause(kind string, body any, doc any) (bool, error) {
	switch kind {
	case "match_all":
		return true, nil
	case "bool":
		b, ok := body.(map[string]any)
		if !ok {
			return false, fmt.Errorf("bool must be an object")
		}
		for _, key := range []string{"must", "filter"} {
			for _, c := range clauses(b[key]) {
				ok, err := matchQuery(c, doc)
				if err != nil || !ok {
					return false, err
				}
			}
		}
		for _, c := range clauses(b["must_not"]) {
			ok, err := matchQuery(c, doc)
			if err != nil || ok {
				return false, err
			}
		}
		if should := clauses(b["should"]); len(should) > 0 {
			for _, c := range should {
				ok, err := matchQuery(c, doc)
				if err != nil {
					return false, err
				}
				if ok {
					return true, nil
				}
			}
			return false, nil
		}
		return true, nil
	case "term", "match", "match_phrase":
		fields, ok := body.(map[string]any)
		if !ok {
			return false, fmt.Errorf("%s must be an object", kind)
		}
		for f, want := range fields {
			if w, ok := want.(map[string]any); ok {
				if v, ok := w["value"]; ok {
					want = v
				} else {
					want = w["query"]
				}
			}
			if f == "_index" {
				continue
			}
			if f == "_id" {
				f = "id"
			}
			if !valueMatches(lookup(doc, fieldName(f)), want) {
				return false, nil
			}
		}
		return true, nil
	case "terms":
		fields, ok := body.(map[string]any)
		if !ok {
			return false, fmt.Errorf("terms must be an object")
		}
		for f, want := range fields {
			if f == "_index" {
				continue
			}
			any1 := false
			for _, w := range clauses(want) {
				if valueMatches(lookup(doc, fieldName(f)), w) {
					any1 = true
				}
			}
			if !any1 {
				return false, nil
			}
		}
		return true, nil
	case "ids":
		b, _ := body.(map[string]any)
		for _, id := range clauses(b["values"]) {
			if valueMatches(lookup(doc, "id"), id) {
				return true, nil
			}
		}
		return false, nil
	case "query_string", "simple_query_string", "multi_match":
		b, ok := body.(map[string]any)
		if !ok {
			return false, fmt.Errorf("%s must be an object", kind)
		}
		text, _ := b["query"].(string)
		return matchText(text, clauses(b["fields"]), doc), nil
	case "exists":
		b, _ := body.(map[string]any)
		f, _ := b["field"].(string)
		return lookup(doc, fieldName(f)) != nil, nil
	}
	return false, fmt.Errorf("unsupported query %q", kind)
}

// sortSpec reads the first sort key: {"field": "asc"|"desc"|{order}} or
// [{...}].
func sortSpec(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 {
		return "", false
	}
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return "", false
	}
	if arr, ok := v.([]any); ok && len(arr) > 0 {
		v = arr[0]
	}
	m, ok := v.(map[string]any)
	if !ok {
		return "", false
	}
	for f, o := range m {
		order, _ := o.(string)
		if om, ok := o.(map[string]any); ok {
			order, _ = om["order"].(string)
		}
		return fieldName(f), order == "desc"
	}
	return "", false
}

func compareValues(a, b any) int {
	if arr, ok := a.([]any); ok && len(arr) > 0 {
		a = arr[0]
	}
	if arr, ok := b.([]any); ok && len(arr) > 0 {
		b = arr[0]
	}
	an, aok := a.(json.Number)
	bn, bok := b.(json.Number)
	if aok && bok {
		af, _ := an.Float64()
		bf, _ := bn.Float64()
		switch {
		case af < bf:
			return -1
		case af > bf:
			return 1
		}
		return 0
	}
	return strings.Compare(scalarString(a), scalarString(b))
}

// textFields are searched by a full-text clause that names no fields.
func textFields() []any {
	return []any{"metadata.name", "metadata.description", "metadata.tags", "metadata.author"}
}

// matchText is the devnode's stand-in for Elasticsearch full-text search:
// every word of text (ignoring "*" wildcards, AND/OR and quotes) must
// occur, case-insensitively, in one of the fields ("name^10" boosts are
// ignored). An empty text or "*" matches everything.
func matchText(text string, fields []any, doc any) bool {
	if len(fields) == 0 {
		fields = textFields()
	}
	var hay strings.Builder
	for _, f := range fields {
		name, _ := f.(string)
		if i := strings.IndexByte(name, '^'); i >= 0 {
			name = name[:i]
		}
		for _, v := range flatten(lookup(doc, fieldName(name))) {
			if v != nil {
				hay.WriteString(scalarString(v))
				hay.WriteByte('\n')
			}
		}
	}
	h := hay.String()
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, "*\"'()")
		if w == "" || w == "and" || w == "or" {
			continue
		}
		if !strings.Contains(h, w) {
			return false
		}
	}
	return true
}
