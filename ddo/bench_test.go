package ddo_test

import (
	"testing"

	"github.com/oceango/ocean.go/ddo"
)

// BenchmarkValidate measures Validate on TV1's bytes (parse + every schema
// rule + the strict DID/address checks). The budget is 20,000 validations
// per second on one core (design.md §7): run with -cpu 1 and read
// "validations/s".
func BenchmarkValidate(b *testing.B) {
	for _, f := range []string{"tv1", "tv2"} {
		data := mustRead(b, "testdata/"+f+".json")
		b.Run(f, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if err := ddo.Validate(data); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "validations/s")
		})
	}
}

// BenchmarkValidateReference is Validate in ReferenceMode on TV1.
func BenchmarkValidateReference(b *testing.B) {
	data := mustRead(b, "testdata/tv1.json")
	b.ReportAllocs()
	for b.Loop() {
		if err := ddo.Validate(data, ddo.ReferenceMode()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "validations/s")
}

// BenchmarkValidateSpec is Validate in SpecMode on TV1, to compare with
// BenchmarkValidate (default strict mode) and BenchmarkValidateReference:
// the spec rules are a few more field checks on the same parse.
func BenchmarkValidateSpec(b *testing.B) {
	data := mustRead(b, "testdata/tv1.json")
	b.ReportAllocs()
	for b.Loop() {
		if err := ddo.Validate(data, ddo.SpecMode()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "validations/s")
}

// BenchmarkValidateValue validates an already parsed TV1.
func BenchmarkValidateValue(b *testing.B) {
	v, err := ddo.ParseValue(mustRead(b, "testdata/tv1.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := ddo.ValidateValue(v); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "validations/s")
}

// BenchmarkEncode measures Encode (JSON.stringify(JSON.parse(x))) on the
// test vectors.
func BenchmarkEncode(b *testing.B) {
	for _, f := range []string{"tv1", "tv2"} {
		data := mustRead(b, "testdata/"+f+".json")
		b.Run(f, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := ddo.Encode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMarshalDDO measures encoding a typed DDO (reflection-based).
func BenchmarkMarshalDDO(b *testing.B) {
	var d ddo.DDO
	if err := d.UnmarshalJSON(mustRead(b, "testdata/tv2.json")); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}
