package ddo_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

func updating() bool { return *update || os.Getenv("UPDATE_GOLDEN") == "1" }

// golden compares got with testdata/golden/name, or rewrites the file when
// updating.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if updating() {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test ./ddo -update")
	assert.Equal(t, string(want), string(got), "golden %s differs; run go test ./ddo -update if the change is intended", name)
}

// TestRoundTrip: the golden documents survive typed decode then encode
// byte for byte (style.md rule 22), and are canonical (Encode is the
// identity on them).
func TestRoundTrip(t *testing.T) {
	cases := []struct {
		file string
		into func() interface {
			UnmarshalJSON([]byte) error
			MarshalJSON() ([]byte, error)
		}
	}{
		{"testdata/tv1.json", func() interface {
			UnmarshalJSON([]byte) error
			MarshalJSON() ([]byte, error)
		} {
			return new(ddo.DDO)
		}},
		{"testdata/tv2.json", func() interface {
			UnmarshalJSON([]byte) error
			MarshalJSON() ([]byte, error)
		} {
			return new(ddo.DDO)
		}},
		{"testdata/golden/asset.json", func() interface {
			UnmarshalJSON([]byte) error
			MarshalJSON() ([]byte, error)
		} {
			return new(ddo.Asset)
		}},
		{"testdata/golden/v5.json", func() interface {
			UnmarshalJSON([]byte) error
			MarshalJSON() ([]byte, error)
		} {
			return new(ddo.DDOV5)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			data := mustRead(t, tc.file)
			canon, err := ddo.Encode(data)
			require.NoError(t, err)
			require.Equal(t, string(data), string(canon), "golden input must be canonical")
			d := tc.into()
			require.NoError(t, d.UnmarshalJSON(data))
			out, err := d.MarshalJSON()
			require.NoError(t, err)
			assert.Equal(t, string(data), string(out))
		})
	}
	// Every builder golden round-trips too.
	files, err := filepath.Glob("testdata/golden/builder_*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data := mustRead(t, f)
		var out []byte
		if strings.Contains(f, "_v5") {
			var d ddo.DDOV5
			require.NoError(t, d.UnmarshalJSON(data), f)
			out, err = d.MarshalJSON()
		} else {
			var d ddo.DDO
			require.NoError(t, d.UnmarshalJSON(data), f)
			out, err = d.MarshalJSON()
		}
		require.NoError(t, err)
		assert.Equal(t, string(data), string(out), f)
	}
}

// TestAssetSeparatesIndexerFields: an indexed asset's embedded DDO is the
// publishable document, and hashes like TV1.
func TestAssetSeparatesIndexerFields(t *testing.T) {
	var a ddo.Asset
	require.NoError(t, a.UnmarshalJSON(mustRead(t, "testdata/golden/asset.json")))
	require.NotNil(t, a.IndexedMetadata)
	require.NotNil(t, a.IndexedMetadata.NFT)
	assert.Equal(t, ddo.StateActive, a.IndexedMetadata.NFT.State)
	assert.Equal(t, int64(39326976), a.IndexedMetadata.Event.Block)
	assert.Equal(t, "2", a.IndexedMetadata.Stats[0].Prices[0].Price)
	assert.Equal(t, `{"unknown":"kept"}`, a.IndexedMetadata.Extra.Get("x").String())
	assert.Equal(t, "DT1", a.Datatokens[0].Symbol)
	require.NoError(t, a.Validate())

	pub, err := a.DDO.MarshalJSON()
	require.NoError(t, err)
	tv1 := mustRead(t, "testdata/tv1.json")
	// The unknown top-level member stays with the DDO; the indexer fields do not.
	var want ddo.DDO
	require.NoError(t, want.UnmarshalJSON(tv1))
	want.Extra.Set("foo", ddo.ArrayValue(ddo.StringValue("unknown top-level member")))
	wantBytes, err := want.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(wantBytes), string(pub))
	assert.NotContains(t, string(pub), "indexedMetadata")
	assert.NotContains(t, string(pub), "datatokens")
}

// TestTypedStructsEncodeTV2 builds TV2 from a struct literal: the field
// order of the types is the order ocean.js writes.
func TestTypedStructsEncodeTV2(t *testing.T) {
	d := ddo.DDO{
		Context:    []string{ddo.DefaultContext},
		ID:         "did:op:79ed7dbf28ae1ea8fdb2fe70f2262bec09b47bade19dfda08b0d33ff04df37af",
		Version:    "4.5.0",
		ChainID:    137,
		NFTAddress: "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045",
		Metadata: ddo.Metadata{
			Created:     "2024-01-02T03:04:05Z",
			Updated:     "2024-01-02T03:04:05Z",
			Description: `Algoritmo de teste – São Paulo café ☕ "quoted" <tag> & done`,
			Name:        "Line counter",
			Type:        ddo.TypeAlgorithm,
			Author:      "Ocean Go SDK",
			License:     "CC0: PublicDomain",
			Tags:        []string{"test", "go"},
			AdditionalInformation: ddo.ObjectValue(
				ddo.Member{Key: "b", Value: ddo.IntValue(1)},
				ddo.Member{Key: "a", Value: ddo.ArrayValue(ddo.BoolValue(true), ddo.NullValue(), ddo.NumberValue(1.5))},
			),
			Algorithm: &ddo.Algorithm{
				Language: "python",
				Version:  "0.1",
				Container: ddo.Container{
					Entrypoint: "python $ALGO",
					Image:      "oceanprotocol/algo_dockers",
					Tag:        "python-branin",
					Checksum:   "sha256:8221d20c1c16491d7d56b9657ea09082c0ee4a8ab1a6621fa720da58b09580e4",
				},
				ConsumerParameters: []ddo.ConsumerParameter{
					{Name: "iterations", Type: ddo.ParamNumber, Label: "Iterations", Required: true, Description: "How many", Default: ddo.StringValue("10")},
					{Name: "mode", Type: ddo.ParamSelect, Label: "Mode", Description: "Pick one", Default: ddo.StringValue("fast"),
						Options: ddo.SelectOptions([2]string{"fast", "Fast"}, [2]string{"slow", "Slow"})},
				},
			},
		},
		Services: []ddo.Service{{
			ID:               ddo.ServiceID("0x282d8efCe846A88B159800bd4130ad77443Fa1A1", "0x04deadbeef"),
			Type:             ddo.ServiceCompute,
			Files:            "0x04deadbeef",
			DatatokenAddress: "0x282d8efCe846A88B159800bd4130ad77443Fa1A1",
			ServiceEndpoint:  "https://provider.example.com",
			Timeout:          3600,
			Compute: &ddo.Compute{
				AllowNetworkAccess:                  true,
				PublisherTrustedAlgorithmPublishers: []string{},
				PublisherTrustedAlgorithms:          []ddo.TrustedAlgorithm{},
			},
		}},
		Credentials: &ddo.Credentials{Allow: []ddo.Credential{}, Deny: []ddo.Credential{}},
	}
	out, err := d.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(mustRead(t, "testdata/tv2.json")), string(out))
	assert.Equal(t, "0xff2116b68d2e052b18ab8d2b8505f44fade4747695b546678cd8d0798313b96d", d.MetadataHash(ddo.FlagEncrypted).Hex())
	require.NoError(t, d.Validate())
}

// TestEditKeepsOrder: editing a decoded DDO keeps the document's member
// order; new unknown members go last.
func TestEditKeepsOrder(t *testing.T) {
	var d ddo.DDO
	require.NoError(t, d.UnmarshalJSON([]byte(`{"version":"4.1.0","zz":1,"id":"x","metadata":{"name":"a","created":"c","updated":"u","description":"d","type":"dataset","author":"","license":"l","copyrightHolder":"","tags":[]},"services":[],"@context":[],"chainId":1,"nftAddress":"n"}`)))
	d.Metadata.Name = "b"
	d.Extra.Set("new", ddo.BoolValue(true))
	d.Metadata.CopyrightHolder = "" // was present and empty: stays
	out, err := d.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, `{"version":"4.1.0","zz":1,"id":"x","metadata":{"name":"b","created":"c","updated":"u","description":"d","type":"dataset","author":"","license":"l","copyrightHolder":"","tags":[]},"services":[],"@context":[],"chainId":1,"nftAddress":"n","new":true}`, string(out))
	assert.Equal(t, []string{"zz", "new"}, d.Extra.Keys())

	// Clearing a field that had a value removes it; null stays null; absent
	// fields stay absent.
	require.NoError(t, d.UnmarshalJSON([]byte(`{"metadata":{"copyrightHolder":"me","contentLanguage":null,"additionalInformation":{"k":[1,"2"]}}}`)))
	d.Metadata.CopyrightHolder = ""
	out, err = d.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, `{"metadata":{"contentLanguage":null,"additionalInformation":{"k":[1,"2"]}}}`, string(out))

	// Absent fields of a decoded DDO are written once set.
	d.ChainID = 8996
	out, err = d.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, `{"metadata":{"contentLanguage":null,"additionalInformation":{"k":[1,"2"]}},"chainId":8996}`, string(out))
}

func TestDecodeErrors(t *testing.T) {
	cases := []struct{ in, path string }{
		{`{"metadata":{"tags":"x"}}`, "$.metadata.tags"},
		{`{"chainId":1.5}`, "$.chainId"},
		{`{"chainId":1e300}`, "$.chainId"},
		{`{"services":[{"timeout":"0"}]}`, "$.services[0].timeout"},
		{`{"services":[{"compute":{"publisherTrustedAlgorithms":["any"]}}]}`, "$.services[0].compute.publisherTrustedAlgorithms[0]"},
		{`[]`, "$"},
		{`{"metadata":{"name":["x"]}}`, "$.metadata.name"},
	}
	for _, tc := range cases {
		var d ddo.DDO
		err := d.UnmarshalJSON([]byte(tc.in))
		var derr *ddo.DecodeError
		require.True(t, errors.As(err, &derr), "%s: %v", tc.in, err)
		assert.Equal(t, tc.path, derr.Path, tc.in)
	}
	var d ddo.DDO
	var serr *ddo.SyntaxError
	require.ErrorAs(t, d.UnmarshalJSON([]byte(`{`)), &serr)

	// A "*" trusted algorithm decodes to Any.
	require.NoError(t, d.UnmarshalJSON([]byte(`{"services":[{"compute":{"publisherTrustedAlgorithms":["*",{"did":"d","filesChecksum":"f","containerSectionChecksum":"c"}]}}]}`)))
	algos := d.Services[0].Compute.PublisherTrustedAlgorithms
	require.Len(t, algos, 2)
	assert.True(t, algos[0].Any)
	assert.Equal(t, "d", algos[1].DID)
}

// TestEncodingJSONInterop: encoding/json calls MarshalJSON but then
// HTML-escapes; an Encoder with SetEscapeHTML(false) keeps the bytes.
func TestEncodingJSONInterop(t *testing.T) {
	tv2 := mustRead(t, "testdata/tv2.json")
	var d ddo.DDO
	require.NoError(t, json.Unmarshal(tv2, &d))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(d))
	assert.Equal(t, string(tv2)+"\n", buf.String())
	escaped, err := json.Marshal(d)
	require.NoError(t, err)
	assert.NotEqual(t, string(tv2), string(escaped), "json.Marshal escapes <, > and &")
}

// TestViolationGoldens keeps the full violation lists of a few invalid
// documents stable.
func TestViolationGoldens(t *testing.T) {
	tv2 := mustParse(t, string(mustRead(t, "testdata/tv2.json")))
	docs := map[string]ddo.Value{
		"violations_market_style": mutate(t, tv2,
			set("metadata.algorithm.consumerParameters.0.default", `10`),
			set("metadata.algorithm.consumerParameters.1.options", `[{"fast":"Fast"},{"slow":"Slow"}]`),
			set("services.0.files", `{"files":[]}`),
			set("metadata.links", `{"home":"https://example.com"}`),
		),
		"violations_lengths": mutate(t, tv2,
			set("version", `"4.7.0"`),
			set("metadata.name", `"a😀"`),
			set("services.0.serviceEndpoint", `"http://x"`),
			set("services.0.datatokenAddress", `"0x1"`),
			set("metadata.algorithm.container.checksum", `"sha"`),
			set("services.0.compute.publisherTrustedAlgorithms", `[{"did":"`+strings.Repeat("d", 257)+`","filesChecksum":"f","containerSectionChecksum":"c","serviceId":1}]`),
		),
		"violations_identity": mutate(t, tv2,
			set("id", `"did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc"`),
			set("nftAddress", `"0xd8da6bf26964af9d7eed9e03e53415d37aa96045"`),
		),
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			err := ddo.ValidateValue(doc)
			var verr *ddo.ValidationError
			require.ErrorAs(t, err, &verr)
			out, jerr := json.MarshalIndent(verr.Violations, "", "  ")
			require.NoError(t, jerr)
			golden(t, name+".json", append(out, '\n'))
		})
	}
}
