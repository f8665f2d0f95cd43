package ddo_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/oceango/ocean.go/ddo"
)

const specBase = `{"@context":["https://w3id.org/did/v1"],"id":"did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc","version":"4.5.0","chainId":1,"nftAddress":"0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De",
"metadata":{"created":"2020-11-15T12:27:48Z","updated":"2021-05-17T21:58:02.123Z","description":"A description","name":"name","type":"dataset","author":"OPF","license":"MIT"},
"services":[{"id":"1","type":"access","files":"0x04","datatokenAddress":"0x35f74f653Dcb291838aa8AF8Be1E1eF30e749bb7","serviceEndpoint":"https://node.example.com","timeout":0}]}`

func TestSpecMode(t *testing.T) {
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		if err := json.Unmarshal([]byte(specBase), &m); err != nil {
			t.Fatal(err)
		}
		f(m)
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	md := func(m map[string]any) map[string]any { return m["metadata"].(map[string]any) }
	svc := func(m map[string]any) map[string]any { return m["services"].([]any)[0].(map[string]any) }
	cases := []struct {
		name string
		doc  []byte
		path string // "" = valid in spec mode
		ref  bool   // ddo-js (ReferenceMode) accepts it
	}{
		{"valid", edit(func(map[string]any) {}), "", true},
		{"no @context", edit(func(m map[string]any) { delete(m, "@context") }), "$['@context']", true},
		{"empty @context", edit(func(m map[string]any) { m["@context"] = []any{} }), "$['@context']", true},
		{"type other", edit(func(m map[string]any) { md(m)["type"] = "model" }), "$.metadata.type", true},
		{"algorithm without algorithm", edit(func(m map[string]any) { md(m)["type"] = "algorithm" }), "$.metadata.algorithm", true},
		{"created not ISO", edit(func(m map[string]any) { md(m)["created"] = "yesterday" }), "$.metadata.created", true},
		{"updated not ISO", edit(func(m map[string]any) { md(m)["updated"] = "2021-05-17" }), "$.metadata.updated", true},
		{"service type other", edit(func(m map[string]any) { svc(m)["type"] = "download" }), "$.services[0].type", true},
		{"compute without compute", edit(func(m map[string]any) { svc(m)["type"] = "compute" }), "$.services[0].compute", true},
		{"negative timeout", edit(func(m map[string]any) { svc(m)["timeout"] = -1 }), "$.services[0].timeout", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := ddo.Validate(c.doc, ddo.ReferenceMode()); (err == nil) != c.ref {
				t.Errorf("reference mode: %v, want accepted=%v", err, c.ref)
			}
			if err := ddo.Validate(c.doc); err != nil {
				t.Errorf("default strict mode must not apply spec rules: %v", err)
			}
			err := ddo.Validate(c.doc, ddo.SpecMode())
			if c.path == "" {
				if err != nil {
					t.Fatalf("spec mode: %v", err)
				}
				return
			}
			var verr *ddo.ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("spec mode: %v, want a *ValidationError", err)
			}
			if len(verr.Violations) != 1 || verr.Violations[0].Path != c.path || verr.Violations[0].Rule != ddo.RuleSpec {
				t.Fatalf("spec mode: %v, want one %s violation at %s", err, ddo.RuleSpec, c.path)
			}
		})
	}
}

func ExampleSpecMode() {
	doc := strings.Replace(specBase, `"timeout":0`, `"timeout":-5`, 1)
	fmt.Println("reference:", ddo.Validate([]byte(doc), ddo.ReferenceMode()))
	fmt.Println("spec:", ddo.Validate([]byte(doc), ddo.SpecMode()))
	// Output:
	// reference: <nil>
	// spec: ddo: invalid document: $.services[0].timeout: must be 0 or more, got -5
}

func TestEventTxRoundTrips(t *testing.T) {
	in := `{"txid":"0x01","tx":"0x02","block":7}`
	var ev ddo.EventInfo
	if err := json.Unmarshal([]byte(in), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.TxID != "0x01" || ev.Tx != "0x02" || ev.Extra.Len() != 0 {
		t.Fatalf("decoded %+v, want txid and tx typed", ev)
	}
	out, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != in {
		t.Fatalf("encoded %s, want %s", out, in)
	}
}
