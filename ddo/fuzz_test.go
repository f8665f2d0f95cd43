package ddo_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/oceango/ocean.go/ddo"
)

// FuzzDecodeValidateEncode decodes arbitrary bytes, validates them in both
// modes and encodes them, checking that nothing panics and that:
//   - the encoding is a fixed point (encode(parse(encode(x))) = encode(x));
//   - validation is deterministic and gives the same verdict on the
//     canonical form;
//   - a document the typed structs accept re-encodes to the canonical form
//     (typed decode/encode loses nothing).
//
// "go test" runs the seed corpus only; fuzz with
// go test ./ddo -run '^$' -fuzz FuzzDecodeValidateEncode.
func FuzzDecodeValidateEncode(f *testing.F) {
	for _, pattern := range []string{"testdata/*.json", "testdata/golden/*.json"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err == nil {
				f.Add(data)
			}
		}
	}
	for _, tc := range encodeCases {
		f.Add([]byte(tc.in))
	}
	f.Add([]byte(`{"version":"4.1.0","metadata":{"tags":[["a"],{"@value":"x","@language":"en"}],"name":{"@set":["n"]}},"services":{"@type":"Service"}}`))
	f.Add([]byte(`{"version":"5.0.0","id":"did:ope:x","credentialSubject":{"chainId":1,"nftAddress":"0x0000000000000000000000000000000000000001"}}`))
	f.Add([]byte("{\"a\":\"\xff\xed\xa0\x80\",\"\\ud800\":1e400,\"1\":-0}"))

	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := ddo.ParseValue(data)
		if err != nil {
			if ddo.Validate(data) == nil {
				t.Fatalf("Validate accepted unparsable input")
			}
			return
		}
		enc := ddo.EncodeValue(v)
		v2, err := ddo.ParseValue(enc)
		if err != nil {
			t.Fatalf("canonical form does not parse: %v\n%s", err, enc)
		}
		if enc2 := ddo.EncodeValue(v2); string(enc2) != string(enc) {
			t.Fatalf("encoding is not a fixed point:\n%s\n%s", enc, enc2)
		}
		viaBytes, err := ddo.Encode(data)
		if err != nil || string(viaBytes) != string(enc) {
			t.Fatalf("Encode differs from EncodeValue(ParseValue): %v", err)
		}

		for _, opts := range [][]ddo.Option{nil, {ddo.ReferenceMode()}} {
			e1 := ddo.ValidateValue(v, opts...)
			e2 := ddo.ValidateValue(v, opts...)
			if !reflect.DeepEqual(e1, e2) {
				t.Fatalf("validation is not deterministic: %v / %v", e1, e2)
			}
			// Infinity encodes as null, which may change the verdict;
			// otherwise the canonical form validates the same.
			if !containsInf(v) {
				if e3 := ddo.ValidateValue(v2, opts...); (e1 == nil) != (e3 == nil) {
					t.Fatalf("verdict changed on canonical form: %v / %v", e1, e3)
				}
			}
		}

		var d ddo.DDO
		if d.UnmarshalJSON(data) == nil {
			out, err := d.MarshalJSON()
			if err != nil || string(out) != string(enc) {
				t.Fatalf("typed DDO round trip lost data:\n%s\n%s", enc, out)
			}
			_ = d.Validate()
		}
		var a ddo.Asset
		if a.UnmarshalJSON(data) == nil {
			out, err := a.MarshalJSON()
			if err != nil || string(out) != string(enc) {
				t.Fatalf("typed Asset round trip lost data:\n%s\n%s", enc, out)
			}
		}
		var d5 ddo.DDOV5
		if d5.UnmarshalJSON(data) == nil {
			out, err := d5.MarshalJSON()
			if err != nil || string(out) != string(enc) {
				t.Fatalf("typed DDOV5 round trip lost data:\n%s\n%s", enc, out)
			}
		}
		var fo ddo.FilesObject
		if fo.UnmarshalJSON(data) == nil {
			_ = fo.Validate()
			if _, err := fo.MarshalJSON(); err != nil {
				t.Fatalf("files object does not encode: %v", err)
			}
		}
	})
}

func containsInf(v ddo.Value) bool {
	switch v.Kind() {
	case ddo.Number:
		n, _ := v.Number()
		return n > 1.7976931348623157e308 || n < -1.7976931348623157e308
	case ddo.Array:
		for _, e := range v.Elements() {
			if containsInf(e) {
				return true
			}
		}
	case ddo.ObjectKind:
		for _, m := range v.Members() {
			if containsInf(m.Value) {
				return true
			}
		}
	}
	return false
}
