package ddo_test

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
)

var v4Versions = []string{"4.1.0", "4.3.0", "4.5.0", "4.7.0"}

// op changes a document: set path to the JSON text val, or delete path
// when val is "". Paths are dot-separated keys and array indices.
type op struct{ path, val string }

func set(path, val string) op { return op{path, val} }
func del(path string) op      { return op{path, ""} }

func mustRead(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	return data
}

func mustParse(t testing.TB, s string) ddo.Value {
	t.Helper()
	v, err := ddo.ParseValue([]byte(s))
	require.NoError(t, err, s)
	return v
}

// mutate applies ops to doc.
func mutate(t testing.TB, doc ddo.Value, ops ...op) ddo.Value {
	t.Helper()
	for _, o := range ops {
		var val ddo.Value
		if o.val != "" {
			val = mustParse(t, o.val)
		}
		doc = setPath(t, doc, strings.Split(o.path, "."), val)
	}
	return doc
}

func setPath(t testing.TB, v ddo.Value, path []string, val ddo.Value) ddo.Value {
	t.Helper()
	if len(path) == 0 {
		return val
	}
	switch v.Kind() {
	case ddo.ObjectKind:
		o, _ := v.Object()
		o.Set(path[0], setPath(t, o.Get(path[0]), path[1:], val))
		return o.Value()
	case ddo.Array:
		i, err := strconv.Atoi(path[0])
		require.NoError(t, err)
		elems := v.Elements()
		if len(path) == 1 && val.IsUndefined() {
			return ddo.ArrayValue(append(elems[:i], elems[i+1:]...)...)
		}
		elems[i] = setPath(t, elems[i], path[1:], val)
		return ddo.ArrayValue(elems...)
	}
	require.Failf(t, "bad path", "cannot descend into %s at %q", v.Kind(), path[0])
	return v
}

// verdicts is one letter per v4 version (4.1.0, 4.3.0, 4.5.0, 4.7.0):
// A accepted, R rejected.
type verdicts string

func (v verdicts) accepts(i int) bool { return v[i] == 'A' }

// TestEdgeCases is ddo.md §6: every edge case, for every v4 schema
// version, in strict mode (the default) and ReferenceMode (ddo-js
// validateDDO semantics). Where strict differs from ddo-js the case sets
// strict and says why. Rejections name the violation's path and rule.
func TestEdgeCases(t *testing.T) {
	tv2 := mustParse(t, string(mustRead(t, "testdata/tv2.json")))
	service := tv2.Get("services").Index(0).String()
	sixtyFive := func(s string) string {
		return "[" + strings.TrimSuffix(strings.Repeat(s+",", 65), ",") + "]"
	}
	distinctTags := make([]string, 65)
	for i := range distinctTags {
		distinctTags[i] = strconv.Quote("t" + strconv.Itoa(i))
	}
	accessList := `{"allow":[{"type":"accessList","chainId":1,"accessList":"0x35f74f653Dcb291838aa8AF8Be1E1eF30e749bb7"}]}`

	cases := []struct {
		name   string
		ops    []op
		ref    verdicts // ddo-js verdict per version
		strict verdicts // strict verdict, when it differs from ref
		why    string   // why strict differs
		path   string   // a violation path when rejected
		rule   ddo.Rule
	}{
		// Rejected although a naive validator would accept.
		{"6.1 description with CRLF", []op{set("metadata.description", `"line one\r\nline two"`)}, "RRRR", "", "", "$.metadata.description", ddo.RulePattern},
		{"6.1 description with LF only", []op{set("metadata.description", `"line one\nline two"`)}, "AAAA", "", "", "", ""},
		{"6.1 description with U+2028", []op{set("metadata.description", `"line one\u2028line two"`)}, "RRRR", "", "", "$.metadata.description", ddo.RulePattern},
		{"6.1 description with U+2029", []op{set("metadata.description", `"line one\u2029line two"`)}, "RRRR", "", "", "$.metadata.description", ddo.RulePattern},
		{"6.1 service description with CR", []op{set("services.0.description", `"service description\r"`)}, "RRRR", "", "", "$.services[0].description", ddo.RulePattern},
		{"6.2 service name with trailing LF", []op{set("services.0.name", `"Compute\n"`)}, "RRRR", "", "", "$.services[0].name", ddo.RulePattern},
		{"6.2 entrypoint with LF", []op{set("metadata.algorithm.container.entrypoint", `"python\n$ALGO"`)}, "RRRR", "", "", "$.metadata.algorithm.container.entrypoint", ddo.RulePattern},
		{"6.2 files with trailing LF", []op{set("services.0.files", `"0x04deadbeef\n"`)}, "RRRR", "", "", "$.services[0].files", ddo.RulePattern},
		{"6.2 datatokenAddress with U+2028", []op{set("services.0.datatokenAddress", `"0x282d8efCe846A88B159800bd4130ad77443Fa1\u2028"`)}, "RRRR", "", "", "$.services[0].datatokenAddress", ddo.RulePattern},
		{"6.3 consumer parameter default 0", []op{set("metadata.algorithm.consumerParameters.0.default", `0`)}, "RRRR", "", "", "$.metadata.algorithm.consumerParameters[0].default", ddo.RuleDatatype},
		{"6.3 consumer parameter default false", []op{set("metadata.algorithm.consumerParameters.0.default", `false`)}, "RRRR", "", "", "$.metadata.algorithm.consumerParameters[0].default", ddo.RuleDatatype},
		{"6.3 consumer parameter default \"0\"", []op{set("metadata.algorithm.consumerParameters.0.default", `"0"`)}, "AAAA", "", "", "", ""},
		{"6.4 options as objects", []op{set("metadata.algorithm.consumerParameters.1.options", `[{"fast":"Fast"}]`)}, "RRRR", "", "", "$.metadata.algorithm.consumerParameters[1].options[0]", ddo.RuleDatatype},
		{"6.4 options as string array", []op{set("metadata.algorithm.consumerParameters.1.options", `["fast","slow"]`)}, "AAAA", "", "", "", ""},
		{"6.4 options as JSON string", nil, "AAAA", "", "", "", ""},
		{"6.5 required as string", []op{set("metadata.algorithm.consumerParameters.0.required", `"true"`)}, "RRRR", "", "", "$.metadata.algorithm.consumerParameters[0].required", ddo.RuleDatatype},
		{"6.5 consumer parameter without description", []op{del("metadata.algorithm.consumerParameters.0.description")}, "RRRR", "", "", "$.metadata.algorithm.consumerParameters[0].description", ddo.RuleMinCount},
		{"6.5 consumer parameter without default", []op{del("metadata.algorithm.consumerParameters.0.default")}, "RRRR", "", "", "$.metadata.algorithm.consumerParameters[0].default", ddo.RuleMinCount},
		{"6.6 timeout 1.5", []op{set("services.0.timeout", `1.5`)}, "RRRR", "", "", "$.services[0].timeout", ddo.RuleDatatype},
		{"6.6 timeout \"0\"", []op{set("services.0.timeout", `"0"`)}, "RRRR", "", "", "$.services[0].timeout", ddo.RuleDatatype},
		{"6.6 timeout 1e21", []op{set("services.0.timeout", `1e21`)}, "RRRR", "", "", "$.services[0].timeout", ddo.RuleDatatype},
		{"6.6 timeout -1e21 (integer with exponent lexical form)", []op{set("services.0.timeout", `-1e21`)}, "RRRR", "", "", "$.services[0].timeout", ddo.RuleDatatype},
		{"6.6 timeout -1", []op{set("services.0.timeout", `-1`)}, "AAAA", "", "", "", ""},
		{"6.6 timeout 2^53", []op{set("services.0.timeout", `9007199254740992`)}, "AAAA", "", "", "", ""},
		{"6.6 timeout 1.0 is an integer", []op{set("services.0.timeout", `1.0`)}, "AAAA", "", "", "", ""},
		{"6.7 chainId as string", []op{set("chainId", `"137"`)}, "RRRR", "", "", "$.chainId", ddo.RuleDatatype},
		{"6.7 chainId 1.5", []op{set("chainId", `1.5`)}, "RRRR", "", "", "$.chainId", ddo.RuleDatatype},
		{"6.8 links as object (v5 style)", []op{set("metadata.links", `{"a":"https://example.com"}`)}, "RRRR", "", "", "$.metadata.links", ddo.RuleDatatype},
		{"6.8 license as object", []op{set("metadata.license", `{"name":"CC0"}`)}, "RRRR", "", "", "$.metadata.license", ddo.RuleDatatype},
		{"6.8 description as language object", []op{set("metadata.description", `{"@value":"long enough text","@language":"en"}`)}, "RRRR", "", "", "$.metadata.description", ddo.RuleDatatype},
		{"6.9 author true", []op{set("metadata.author", `true`)}, "RRRR", "", "", "$.metadata.author", ddo.RuleDatatype},
		{"6.9 tags [1]", []op{set("metadata.tags", `[1]`)}, "RRRR", "", "", "$.metadata.tags[0]", ddo.RuleDatatype},
		{"6.9 service id 1", []op{set("services.0.id", `1`)}, "RRRR", "", "", "$.services[0].id", ddo.RuleDatatype},
		{"6.10 files as plain object", []op{set("services.0.files", `{"files":[{"type":"url","url":"https://x","method":"GET"}]}`)}, "RRRR", "", "", "$.services[0].files", ddo.RuleDatatype},
		{"6.11 compute without allowNetworkAccess", []op{del("services.0.compute.allowNetworkAccess")}, "RRRR", "", "", "$.services[0].compute.allowNetworkAccess", ddo.RuleMinCount},
		{"6.11 compute without allowRawAlgorithm", []op{del("services.0.compute.allowRawAlgorithm")}, "RRRR", "", "", "$.services[0].compute.allowRawAlgorithm", ddo.RuleMinCount},
		{"6.12 trusted algorithm without containerSectionChecksum", []op{set("services.0.compute.publisherTrustedAlgorithms", `[{"did":"did:op:x","filesChecksum":"f"}]`)}, "RRRR", "", "", "$.services[0].compute.publisherTrustedAlgorithms[0].containerSectionChecksum", ddo.RuleMinCount},
		{"6.12 trusted algorithm without filesChecksum", []op{set("services.0.compute.publisherTrustedAlgorithms", `[{"did":"did:op:x","containerSectionChecksum":"c"}]`)}, "RRRR", "", "", "$.services[0].compute.publisherTrustedAlgorithms[0].filesChecksum", ddo.RuleMinCount},
		{"6.12 trusted algorithm without did", []op{set("services.0.compute.publisherTrustedAlgorithms", `[{"filesChecksum":"f","containerSectionChecksum":"c"}]`)}, "RRRR", "", "", "$.services[0].compute.publisherTrustedAlgorithms[0].did", ddo.RuleMinCount},
		{"6.13 algorithm without container", []op{del("metadata.algorithm.container")}, "RRRR", "", "", "$.metadata.algorithm.container", ddo.RuleMinCount},
		{"6.13 container without checksum", []op{del("metadata.algorithm.container.checksum")}, "RRRR", "", "", "$.metadata.algorithm.container.checksum", ddo.RuleMinCount},
		{"6.13 checksum of 6 characters", []op{set("metadata.algorithm.container.checksum", `"sha256"`)}, "ARRR", "", "", "$.metadata.algorithm.container.checksum", ddo.RuleMinLength},
		{"6.13 entrypoint of 2 characters", []op{set("metadata.algorithm.container.entrypoint", `"py"`)}, "AARR", "", "", "$.metadata.algorithm.container.entrypoint", ddo.RuleMinLength},
		{"6.13 empty tag", []op{set("metadata.algorithm.container.tag", `""`)}, "AARR", "", "", "$.metadata.algorithm.container.tag", ddo.RuleMinLength},
		{"6.14 credential with empty values", []op{set("credentials", `{"allow":[{"type":"address","values":[]}]}`)}, "RRRR", "", "", "$.credentials.allow[0].values", ddo.RuleMinCount},
		{"6.14 credential without type", []op{set("credentials", `{"allow":[{"values":["0x1"]}]}`)}, "RRRR", "", "", "$.credentials.allow[0].type", ddo.RuleMinCount},
		{"6.14 credential values as objects", []op{set("credentials", `{"deny":[{"type":"address","values":[{"a":1}]}]}`)}, "RRRR", "", "", "$.credentials.deny[0].values[0]", ddo.RuleDatatype},
		{"6.14 accessList credential at top level", []op{set("credentials", accessList)}, "RRRR", "", "", "$.credentials.allow[0].values", ddo.RuleMinCount},
		{"6.14 accessList credential at service level (checked by 4.7.0 only)", []op{set("services.0.credentials", accessList)}, "AAAR", "", "", "$.services[0].credentials.allow[0].values", ddo.RuleMinCount},
		{"6.15 metadata without created", []op{del("metadata.created")}, "RRRR", "", "", "$.metadata.created", ddo.RuleMinCount},
		{"6.15 metadata without updated", []op{del("metadata.updated")}, "RRRR", "", "", "$.metadata.updated", ddo.RuleMinCount},
		{"6.15 no metadata", []op{del("metadata")}, "RRRR", "", "", "$.metadata", ddo.RuleMinCount},
		{"6.16 name of 3 UTF-16 units", []op{set("metadata.name", `"a😀"`)}, "AARR", "", "", "$.metadata.name", ddo.RuleMinLength},
		{"6.16 name of 2 code points, 4 units", []op{set("metadata.name", `"😀😀"`)}, "AAAA", "", "", "", ""},
		{"6.16 name of 3 code points, 4 units", []op{set("metadata.name", `"a😀a"`)}, "AAAA", "", "", "", ""},
		{"6.17 nftAddress without 0x", []op{set("nftAddress", `"d8dA6BF26964aF9D7eEd9e03E53415D37aA96045"`)}, "ARRR", "", "", "$.nftAddress", ddo.RuleMinLength},
		{"6.17 nftAddress with bad EIP-55 checksum", []op{set("nftAddress", `"0xD8dA6BF26964aF9D7eEd9e03E53415D37aA96045"`)}, "RRRR", "", "", "$.nftAddress", ddo.RuleAddress},
		{"6.17 nftAddress all lowercase", []op{set("nftAddress", `"0xd8da6bf26964af9d7eed9e03e53415d37aa96045"`)}, "AAAA", "", "", "", ""},
		{"6.18 id of 72 characters", []op{set("id", `"did:op:79ed7dbf28ae1ea8fdb2fe70f2262bec09b47bade19dfda08b0d33ff04df37af0"`)}, "ARRR", "RRRR", "the id is not the DID of nftAddress and chainId (4.1.0 has no length limit: rule did; later: maxLength)", "$.id", ""},
		{"6.18 missing chainId", []op{del("chainId")}, "RRRR", "", "", "$.chainId", ""},
		{"6.18 missing nftAddress", []op{del("nftAddress")}, "RRRR", "", "", "$.nftAddress", ""},
		{"6.19 no services", []op{set("services", `[]`)}, "RRAA", "", "", "$.services", ddo.RuleMinCount},
		{"6.19 services missing", []op{del("services")}, "RRAA", "", "", "$.services", ddo.RuleMinCount},
		{"6.19 65 services", []op{set("services", sixtyFive(service))}, "ARRR", "", "", "$.services", ddo.RuleMaxCount},
		{"6.19 65 tags", []op{set("metadata.tags", "["+strings.Join(distinctTags, ",")+"]")}, "ARRR", "", "", "$.metadata.tags", ddo.RuleMaxCount},
		{"6.19 tag of 257 characters", []op{set("metadata.tags", `["`+strings.Repeat("x", 257)+`"]`)}, "ARRR", "", "", "$.metadata.tags[0]", ddo.RuleMaxLength},
		{"6.19 datatokenAddress of 41 characters", []op{set("services.0.datatokenAddress", `"0x282d8efCe846A88B159800bd4130ad77443Fa1A"`)}, "ARRR", "", "", "$.services[0].datatokenAddress", ddo.RuleMinLength},
		{"6.19 serviceEndpoint of 9 characters", []op{set("services.0.serviceEndpoint", `"https://x"`)}, "ARRR", "", "", "$.services[0].serviceEndpoint", ddo.RuleMinLength},
		{"6.19 service name of 3 characters", []op{set("services.0.name", `"abc"`)}, "ARRR", "", "", "$.services[0].name", ddo.RuleMinLength},
		{"6.19 service description of 9 characters", []op{set("services.0.description", `"123456789"`)}, "ARRR", "", "", "$.services[0].description", ddo.RuleMinLength},

		// Accepted although a naive or strict validator might reject.
		{"6.20 wrong DID of the right length", []op{set("id", `"did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc"`)}, "AAAA", "RRRR", "Aquarius and the Ocean Node indexer reject a DID that is not DID(nftAddress, chainId)", "$.id", ddo.RuleDID},
		{"6.20 uppercase-hex DID", []op{set("id", `"did:op:79ED7DBF28AE1EA8FDB2FE70F2262BEC09B47BADE19DFDA08B0D33FF04DF37AF"`)}, "AAAA", "RRRR", "the DID is lowercase hex", "$.id", ddo.RuleDID},
		{"6.20 chainId 0", []op{set("chainId", `0`)}, "AAAA", "RRRR", "indexers require chainId > 0", "$.chainId", ddo.RuleChainID},
		{"6.20 chainId -1", []op{set("chainId", `-1`)}, "AAAA", "RRRR", "indexers require chainId > 0", "$.chainId", ddo.RuleChainID},
		{"6.21 free-form types", []op{set("metadata.type", `"foo"`), set("services.0.type", `"foo"`), set("metadata.algorithm.consumerParameters.0.type", `"foo"`)}, "AAAA", "", "", "", ""},
		{"6.22 created \"yesterday\"", []op{set("metadata.created", `"yesterday"`)}, "AAAA", "", "", "", ""},
		{"6.23 tags as a scalar", []op{set("metadata.tags", `"x"`)}, "AAAA", "", "", "", ""},
		{"6.23 name as a one-element array", []op{set("metadata.name", `["Line counter"]`)}, "AAAA", "", "", "", ""},
		{"6.23 services as an object", []op{set("services", service)}, "AAAA", "", "", "", ""},
		{"6.23 name as a duplicate array", []op{set("metadata.name", `["Line counter","Line counter"]`)}, "AAAA", "", "", "", ""},
		{"6.23 name as two values", []op{set("metadata.name", `["Line counter","Other name"]`)}, "RRRR", "", "", "$.metadata.name", ddo.RuleMaxCount},
		{"6.23 65 identical tags", []op{set("metadata.tags", sixtyFive(`"same"`))}, "AAAA", "", "", "", ""},
		{"6.24 empty strings and null", []op{set("services.0.files", `""`), set("metadata.author", `""`), set("services.0.id", `""`), set("metadata.copyrightHolder", `null`)}, "AAAA", "", "", "", ""},
		{"6.25 wildcard trusted algorithms", []op{set("services.0.compute.publisherTrustedAlgorithms", `["*",{"did":"*","filesChecksum":"*","containerSectionChecksum":"*","serviceId":"*"}]`)}, "AAAA", "", "", "", ""},
		{"6.25 other string as trusted algorithm", []op{set("services.0.compute.publisherTrustedAlgorithms", `["any"]`)}, "RRRR", "", "", "$.services[0].compute.publisherTrustedAlgorithms[0]", ddo.RuleOr},
		{"6.26 empty credentials with match rules", []op{set("credentials", `{"allow":[],"deny":[],"match_allow":"any","match_deny":"all"}`)}, "AAAA", "", "", "", ""},
		{"6.26 no @context", []op{del("@context")}, "AAAA", "", "", "", ""},
		{"6.26 @context as a string", []op{set("@context", `"x"`)}, "AAAA", "", "", "", ""},
		{"6.27 indexer fields and unknown keys", []op{set("indexedMetadata", `{"nft":{"state":"garbage"},"stats":1}`), set("nft", `1`), set("stats", `[]`), set("datatokens", `[{"address":1}]`), set("foo", `{"bar":[]}`)}, "AAAA", "", "", "", ""},
		{"6.28 free additionalInformation", []op{set("metadata.additionalInformation", `{"@id":"x","a":[1,{"b":"c\r"}]}`), set("services.0.additionalInformation", `"free text\r\n"`)}, "AAAA", "", "", "", ""},

		// JSON-LD semantics the reference validator applies (ddo.md §2.1).
		{"object with @type Service is validated as a service", []op{set("metadata.additionalInformation", `{"@type":"Service"}`)}, "RRRR", "", "", "$.metadata.additionalInformation.id", ddo.RuleMinCount},
		{"full schema.org IRI key is the same property", []op{set("metadata", `{"created":"c","updated":"u","description":"a long description","name":"Line counter","http://schema.org/name":"Other","type":"algorithm","author":"a","license":"l","algorithm":{"container":{"entrypoint":"python $ALGO","image":"i","tag":"t","checksum":"sha256:1"}}}`)}, "RRRR", "", "", "$.metadata.name", ddo.RuleMaxCount},
		{"nested arrays flatten", []op{set("metadata.tags", `[["a","b"],"c"]`)}, "AAAA", "", "", "", ""},
		{"plain @value object is a string", []op{set("metadata.name", `{"@value":"Line counter"}`)}, "AAAA", "", "", "", ""},
		{"credentials as a string", []op{set("credentials", `"x"`)}, "AAAA", "", "", "", ""},
		{"compute as a string", []op{set("services.0.compute", `"x"`)}, "RRRR", "", "", "$.services[0].compute", ddo.RuleNode},
		{"invalid JSON-LD value object", []op{set("metadata.additionalInformation", `{"@value":[1]}`)}, "RRRR", "", "", "$.metadata.additionalInformation", ddo.RuleJSONLD},
	}

	for _, tc := range cases {
		for i, version := range v4Versions {
			doc := mutate(t, tv2, set("version", strconv.Quote(version)))
			doc = mutate(t, doc, tc.ops...)
			strict := tc.strict
			if strict == "" {
				strict = tc.ref
			}
			t.Run(tc.name+"/"+version, func(t *testing.T) {
				refErr := ddo.ValidateValue(doc, ddo.ReferenceMode())
				assert.Equal(t, tc.ref.accepts(i), refErr == nil, "reference mode (ddo-js): %v", refErr)
				err := ddo.ValidateValue(doc)
				assert.Equal(t, strict.accepts(i), err == nil, "strict mode: %v (%s)", err, tc.why)
				if strict.accepts(i) || tc.path == "" {
					return
				}
				var verr *ddo.ValidationError
				require.True(t, errors.As(err, &verr), "%v", err)
				found := false
				for _, v := range verr.Violations {
					if v.Path == tc.path && (tc.rule == "" || v.Rule == tc.rule) {
						found = true
					}
				}
				assert.True(t, found, "want a %q violation at %s, got %v", tc.rule, tc.path, verr.Violations)
			})
		}
	}
}

// TestVersions covers version selection (ddo.md §6.18 and §1.10).
func TestVersions(t *testing.T) {
	tv1 := mustParse(t, string(mustRead(t, "testdata/tv1.json")))
	for _, v := range []string{`"4.0.0"`, `"4.1"`, `"4.9.0"`, `410`, `null`} {
		doc := mutate(t, tv1, set("version", v))
		for _, opts := range [][]ddo.Option{nil, {ddo.ReferenceMode()}} {
			err := ddo.ValidateValue(doc, opts...)
			var verr *ddo.ValidationError
			require.ErrorAs(t, err, &verr, v)
			require.Len(t, verr.Violations, 1)
			assert.Equal(t, "$.version", verr.Violations[0].Path)
		}
	}
	doc := mutate(t, tv1, del("version"))
	require.Error(t, ddo.ValidateValue(doc))
	require.Error(t, ddo.ValidateValue(doc, ddo.ReferenceMode()))

	// WithVersion overrides the version field.
	assert.NoError(t, ddo.Validate(mustRead(t, "testdata/tv1.json"), ddo.WithVersion("4.7.0")))
	assert.Error(t, ddo.Validate(mustRead(t, "testdata/tv1.json"), ddo.WithVersion("4.0.0")))

	// A v4 document with a v5 version: ddo-js finds no class for a
	// did:op: id with version 5.x.
	v5op := mutate(t, tv1, set("version", `"5.0.0"`))
	assert.Error(t, ddo.ValidateValue(v5op, ddo.ReferenceMode()))
	assert.Error(t, ddo.ValidateValue(v5op))
}

// TestDeprecatedDocument: the short document Ocean Node stores for a
// deprecated or revoked asset. ddo-js cannot validate it (its schema file
// is truncated and throws); strict mode checks the intended shape.
func TestDeprecatedDocument(t *testing.T) {
	doc := []byte(`{"id":"did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc","version":"deprecated","chainId":1,"nftAddress":"0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De","indexedMetadata":{"nft":{"state":2}}}`)
	assert.NoError(t, ddo.Validate(doc))
	err := ddo.Validate(doc, ddo.ReferenceMode())
	var verr *ddo.ValidationError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, ddo.RuleReference, verr.Violations[0].Rule)

	bad := []byte(`{"id":"did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc","version":"deprecated","chainId":2,"nftAddress":"0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De"}`)
	require.ErrorAs(t, ddo.Validate(bad), &verr)
	assert.Equal(t, ddo.RuleDID, verr.Violations[0].Rule)
}

func TestValidateV5(t *testing.T) {
	doc := mustParse(t, string(mustRead(t, "testdata/golden/v5.json")))
	require.NoError(t, ddo.ValidateValue(doc))
	require.NoError(t, ddo.ValidateValue(doc, ddo.ReferenceMode()))

	cases := []struct {
		name    string
		ops     []op
		ref     bool
		strict  bool
		path    string
		rule    ddo.Rule
		comment string
	}{
		{"no providedBy", []op{del("credentialSubject.metadata.providedBy")}, false, false, "$.credentialSubject.metadata.providedBy", ddo.RuleMinCount, ""},
		{"additionalInformation must be an object", []op{set("credentialSubject.metadata.additionalInformation", `"x"`)}, false, false, "$.credentialSubject.metadata.additionalInformation", ddo.RuleNodeKind, ""},
		{"type must be a literal", []op{set("type", `{"a":1}`)}, false, false, "$.type", ddo.RuleNodeKind, ""},
		{"type with two values", []op{set("type", `["VerifiableCredential","Other"]`)}, false, false, "$.type", ddo.RuleMaxCount, ""},
		{"no services", []op{del("credentialSubject.services")}, false, false, "$.credentialSubject.services", ddo.RuleMinCount, ""},
		{"no issuer", []op{del("issuer")}, false, false, "$.issuer", ddo.RuleMinCount, ""},
		{"event block must be an integer", []op{set("credentialSubject.event", `{"block":1.5}`)}, false, false, "$.credentialSubject.event.block", ddo.RuleDatatype, ""},
		{"additionalDdos need data", []op{set("additionalDdos", `[{"type":"x"}]`)}, false, false, "$.additionalDdos[0].data", ddo.RuleMinCount, ""},
		{"did:op: id", []op{set("id", `"did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc"`)}, false, false, "$.id", "", ""},
		{"no credentialSubject", []op{del("credentialSubject")}, false, false, "$.credentialSubject", "", ""},
		{"wrong DID", []op{set("id", `"did:ope:79ed7dbf28ae1ea8fdb2fe70f2262bec09b47bade19dfda08b0d33ff04df37af"`)}, true, false, "$.id", ddo.RuleDID, "strict: DID must match"},
		{"accessList credentials", []op{set("credentialSubject.credentials", `{"allow":[{"type":"accessList","chainId":1,"accessList":"0x35f74f653Dcb291838aa8AF8Be1E1eF30e749bb7"}]}`)}, true, true, "", "", "5.0.0 does not define CredentialsShape"},
		{"language object with invalid @language", []op{set("credentialSubject.metadata.description.@language", `{"k":1}`)}, false, false, "$.credentialSubject.metadata.description", ddo.RuleJSONLD, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := mutate(t, doc, tc.ops...)
			refErr := ddo.ValidateValue(d, ddo.ReferenceMode())
			assert.Equal(t, tc.ref, refErr == nil, "reference: %v", refErr)
			err := ddo.ValidateValue(d)
			assert.Equal(t, tc.strict, err == nil, "strict: %v", err)
			if tc.strict {
				return
			}
			var verr *ddo.ValidationError
			require.ErrorAs(t, err, &verr)
			found := false
			for _, v := range verr.Violations {
				found = found || (v.Path == tc.path && (tc.rule == "" || v.Rule == tc.rule))
			}
			assert.True(t, found, "want %s at %s, got %v", tc.rule, tc.path, verr.Violations)
		})
	}
}

// TestViolationsAreComplete: every violation is listed, in a stable order,
// and the error text is stable.
func TestViolationsAreComplete(t *testing.T) {
	tv2 := mustParse(t, string(mustRead(t, "testdata/tv2.json")))
	doc := mutate(t, tv2,
		set("metadata.name", `"ab"`),
		set("metadata.description", `"x\r"`),
		set("services.0.timeout", `"60"`),
		del("services.0.compute.allowRawAlgorithm"),
		set("chainId", `0`),
	)
	err := ddo.ValidateValue(doc)
	var verr *ddo.ValidationError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, "4.5.0", verr.Version)
	assert.Equal(t, []ddo.Violation{
		{Path: "$.metadata.description", Rule: ddo.RulePattern, Message: `must not contain \r, U+2028 or U+2029 (only \n line breaks)`},
		{Path: "$.metadata.description", Rule: ddo.RuleMinLength, Message: "must be at least 10 characters long (UTF-16 code units), is 2"},
		{Path: "$.metadata.name", Rule: ddo.RuleMinLength, Message: "must be at least 4 characters long (UTF-16 code units), is 2"},
		{Path: "$.services[0].timeout", Rule: ddo.RuleDatatype, Message: `must be an integer, got string "60"`},
		{Path: "$.services[0].compute.allowRawAlgorithm", Rule: ddo.RuleMinCount, Message: "is required"},
		{Path: "$.chainId", Rule: ddo.RuleChainID, Message: "must be greater than 0, got 0"},
	}, verr.Violations)
	assert.Equal(t, `ddo: invalid document: 6 violations: $.metadata.description: must not contain \r, U+2028 or U+2029 (only \n line breaks); `+
		`$.metadata.description: must be at least 10 characters long (UTF-16 code units), is 2; `+
		`$.metadata.name: must be at least 4 characters long (UTF-16 code units), is 2; `+
		`$.services[0].timeout: must be an integer, got string "60"; `+
		`$.services[0].compute.allowRawAlgorithm: is required; $.chainId: must be greater than 0, got 0`, err.Error())

	// Same input, same output.
	err2 := ddo.ValidateValue(doc)
	assert.Equal(t, err.Error(), err2.Error())
}

func TestValidateNonObjects(t *testing.T) {
	for _, in := range []string{`[]`, `1`, `"x"`, `null`} {
		err := ddo.Validate([]byte(in))
		var verr *ddo.ValidationError
		require.ErrorAs(t, err, &verr, in)
		assert.Equal(t, "$", verr.Violations[0].Path)
	}
	var se *ddo.SyntaxError
	require.ErrorAs(t, ddo.Validate([]byte(`{`)), &se)
}

// TestPathsQuoteOddKeys: keys that are not identifiers are written in
// bracket notation.
func TestPathsQuoteOddKeys(t *testing.T) {
	tv2 := mustParse(t, string(mustRead(t, "testdata/tv2.json")))
	doc := mutate(t, tv2, set("metadata", `{"created":"c","updated":"u","description":"a long description","http://schema.org/name":["Line counter",1],"type":"algorithm","author":"a","license":"l"}`))
	err := ddo.ValidateValue(doc)
	var verr *ddo.ValidationError
	require.ErrorAs(t, err, &verr)
	paths := []string{}
	for _, v := range verr.Violations {
		paths = append(paths, v.Path)
	}
	assert.Contains(t, paths, `$.metadata["http://schema.org/name"][1]`)
}
