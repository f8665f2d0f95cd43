package ddo

// This file holds the reference SHACL schemas of @oceanprotocol/ddo-js
// (schemas/{4.1.0,4.3.0,4.5.0,4.7.0,5.0.0,deprecated}.ttl, tabulated in
// ddo.md §2.2) as Go data. The tables are built once and never modified.

// Schema versions ddo-js (and so Ocean Node) validates.
const (
	Version410 = "4.1.0"
	Version430 = "4.3.0"
	Version450 = "4.5.0"
	Version470 = "4.7.0"
	Version500 = "5.0.0"
	// VersionDeprecated is the version of the short document Ocean Node
	// stores for a deprecated or revoked asset (ddo.md §1.9).
	VersionDeprecated = "deprecated"
)

// SupportedVersions lists the DDO versions [Validate] accepts, oldest
// first. (4.0.0, which only Aquarius knew, equals 4.1.0 but ddo-js rejects
// it, so it is not listed.)
func SupportedVersions() []string {
	return []string{Version410, Version430, Version450, Version470, Version500}
}

type datatype uint8

const (
	dtNone datatype = iota
	dtString
	dtInteger
	dtBoolean
	dtDouble
	dtLangString
	dtOther
)

func (d datatype) String() string {
	switch d {
	case dtString:
		return "a string"
	case dtInteger:
		return "an integer"
	case dtBoolean:
		return "a boolean"
	}
	return "a value"
}

// pattern is one of the regular expressions the schemas use, implemented
// with JavaScript RegExp semantics (ddo.md §2.3).
type pattern uint8

const (
	patNone       pattern = iota
	patLine               // ^(.*)$: no \n, \r, U+2028, U+2029
	patAny                // ^(.|\s)*$: anything
	patText               // ^((.|\n)*)$: no \r, U+2028, U+2029
	patDIDv4              // ^did\:op\:(.*)$
	patDIDv5              // ^did\:ope\:(.*)$
	patStar               // ^\*$
	patDeprecated         // ^deprecated
)

type nodeKind uint8

const (
	nkAny nodeKind = iota
	nkLiteral
	nkBlankNodeOrIRI
)

const unbounded = -1

// prop is one SHACL property shape.
type prop struct {
	key      string
	dt       datatype
	pat      pattern
	minCount int
	maxCount int // unbounded = no limit
	minLen   int // 0 = no limit
	maxLen   int // unbounded = no limit
	node     *shape
	orStar   bool // sh:or ([sh:node node] [sh:datatype xsd:string; sh:pattern "^\*$"])
	kind     nodeKind
}

// shape is one SHACL node shape.
type shape struct {
	name     string // e.g. "ServiceShape"
	class    string // sh:targetClass local name, "" for none
	props    []prop
	required bool // some property has minCount ≥ 1
}

// schema is one version's set of shapes.
type schema struct {
	version string
	vocab   string // the @vocab ddo-js sets: "http://schema.org/" or the VC v2 namespace
	root    *shape
	shapes  []*shape // shapes with a target class
	// v5 selects the v5 document layout (chainId etc. in credentialSubject).
	v5 bool
}

func finish(s *shape) *shape {
	for _, p := range s.props {
		if p.minCount > 0 {
			s.required = true
		}
	}
	return s
}

// lim returns v when the schema has length and count limits (4.3.0 on),
// and unbounded otherwise.
func lim(limited bool, v int) int {
	if limited {
		return v
	}
	return unbounded
}

func minLim(on bool, v int) int {
	if on {
		return v
	}
	return 0
}

func buildV4(version string) *schema {
	l := version != Version410                          // 4.3.0+: lengths and max counts
	m := version == Version450 || version == Version470 // 4.5.0+: min lengths, services 0..
	v47 := version == Version470

	str := func(key string, pat pattern, minC, maxC, minL, maxL int) prop {
		return prop{key: key, dt: dtString, pat: pat, minCount: minC, maxCount: maxC, minLen: minL, maxLen: maxL}
	}

	container := finish(&shape{name: "ContainerShape", class: "Container", props: []prop{
		str("entrypoint", patLine, 1, 1, minLim(m, 3), lim(l, 256)),
		str("image", patLine, 1, 1, minLim(m, 1), lim(l, 256)),
		str("tag", patLine, 1, 1, minLim(m, 1), lim(l, 256)),
		str("checksum", patLine, 1, 1, minLim(l, 7), lim(l, 512)),
	}})
	consumerParam := finish(&shape{name: "ConsumerParametersShape", class: "ConsumerParameter", props: []prop{
		str("name", patLine, 1, 1, 0, lim(l, 256)),
		str("type", patLine, 1, 1, 0, lim(l, 256)),
		str("label", patLine, 1, 1, 0, lim(l, 256)),
		{key: "required", dt: dtBoolean, minCount: 1, maxCount: 1, maxLen: unbounded},
		str("description", patText, 1, 1, 0, lim(l, 7000)),
		str("default", patLine, 1, 1, 0, lim(l, 256)),
		str("options", patLine, 0, unbounded, 0, lim(l, 256)),
	}})
	algorithm := finish(&shape{name: "AlgorithmShape", class: "Algorithm", props: []prop{
		str("version", patLine, 0, 1, 0, lim(l, 256)),
		str("language", patLine, 0, 1, 0, lim(l, 256)),
		{key: "container", node: container, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "consumerParameters", node: consumerParam, maxCount: lim(l, 64), maxLen: unbounded},
	}})
	metadata := finish(&shape{name: "MetadataShape", class: "Metadata", props: []prop{
		str("description", patText, 1, 1, minLim(m, 10), lim(l, 7000)),
		str("copyrightHolder", patAny, 0, 1, 0, lim(l, 512)),
		str("name", patAny, 1, 1, minLim(m, 4), lim(l, 512)),
		str("type", patAny, 1, 1, 0, lim(l, 256)),
		str("author", patAny, 1, 1, 0, lim(l, 256)),
		str("license", patAny, 1, 1, 0, lim(l, 256)),
		str("links", patAny, 0, lim(l, 64), 0, lim(l, 512)),
		str("tags", patAny, 0, lim(l, 64), 0, lim(l, 256)),
		str("categories", patAny, 0, lim(l, 64), 0, lim(l, 256)),
		str("contentLanguage", patAny, 0, 1, 0, lim(l, 256)),
		{key: "created", dt: dtString, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "updated", dt: dtString, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "algorithm", node: algorithm, maxCount: 1, maxLen: unbounded},
	}})
	trustedAlgoProps := []prop{str("did", patLine, 1, 1, 0, lim(l, 256))}
	if v47 {
		trustedAlgoProps = append(trustedAlgoProps, str("serviceId", patLine, 0, 1, 0, 1024))
	}
	trustedAlgoProps = append(trustedAlgoProps,
		str("filesChecksum", patLine, 1, 1, 0, lim(l, 1024)),
		str("containerSectionChecksum", patLine, 1, 1, 0, lim(l, 1024)),
	)
	trustedAlgo := finish(&shape{name: "TrustedAlgoShape", class: "TrustedAlgo", props: trustedAlgoProps})
	compute := finish(&shape{name: "ComputeShape", class: "Compute", props: []prop{
		{key: "allowRawAlgorithm", dt: dtBoolean, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "allowNetworkAccess", dt: dtBoolean, minCount: 1, maxCount: 1, maxLen: unbounded},
		str("publisherTrustedAlgorithmPublishers", patLine, 0, unbounded, 0, lim(l, 256)),
		{key: "publisherTrustedAlgorithms", node: trustedAlgo, orStar: true, maxCount: unbounded, maxLen: unbounded},
	}})
	credItem := finish(&shape{name: "CredentialsItemShape", class: "CredentialsItem", props: []prop{
		str("type", patLine, 1, 1, 0, lim(l, 256)),
		str("values", patLine, 1, unbounded, 0, lim(l, 1024)),
	}})
	credentials := finish(&shape{name: "CredentialsShape", class: "Credentials", props: []prop{
		{key: "deny", node: credItem, maxCount: unbounded, maxLen: unbounded},
		{key: "allow", node: credItem, maxCount: unbounded, maxLen: unbounded},
	}})
	serviceProps := []prop{
		str("id", patLine, 1, 1, 0, lim(l, 256)),
		str("type", patLine, 1, 1, 0, lim(l, 256)),
		str("name", patLine, 0, 1, minLim(l, 4), lim(l, 256)),
		str("description", patText, 0, 1, minLim(l, 10), lim(l, 7000)),
		str("datatokenAddress", patLine, 1, 1, minLim(l, 42), lim(l, 42)),
		str("serviceEndpoint", patLine, 1, 1, minLim(l, 10), lim(l, 2048)),
		str("files", patLine, 1, 1, 0, lim(l, 8192)),
		{key: "timeout", dt: dtInteger, pat: patLine, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "compute", node: compute, maxCount: 1, maxLen: unbounded},
	}
	if v47 {
		serviceProps = append(serviceProps, prop{key: "credentials", node: credentials, maxCount: 64, maxLen: unbounded})
	}
	serviceProps = append(serviceProps, prop{key: "consumerParameters", node: consumerParam, maxCount: unbounded, maxLen: unbounded})
	service := finish(&shape{name: "ServiceShape", class: "Service", props: serviceProps})

	idProp := prop{key: "id", dt: dtString, pat: patDIDv4, minCount: 1, maxCount: 1, minLen: minLim(l, 71), maxLen: lim(l, 71)}
	servicesMin := 1
	if m {
		servicesMin = 0
	}
	ddo := finish(&shape{name: "DDOShape", class: "DDO", props: []prop{
		idProp,
		str("version", patLine, 1, 1, 0, lim(l, 16)),
		{key: "chainId", dt: dtInteger, minCount: 1, maxCount: 1, maxLen: unbounded},
		str("nftAddress", patNone, 1, 1, minLim(l, 42), lim(l, 42)),
		{key: "metadata", node: metadata, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "services", node: service, minCount: servicesMin, maxCount: lim(l, 64), maxLen: unbounded},
		{key: "credentials", node: credentials, maxCount: lim(l, 64), maxLen: unbounded},
	}})
	return &schema{
		version: version,
		vocab:   "http://schema.org/",
		root:    ddo,
		shapes:  []*shape{ddo, metadata, algorithm, consumerParam, container, service, compute, trustedAlgo, credentials, credItem},
	}
}

func buildDeprecated() *schema {
	ddo := finish(&shape{name: "DDOShape", class: "DDO", props: []prop{
		{key: "id", dt: dtString, pat: patDIDv4, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "nftAddress", dt: dtString, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "chainId", dt: dtInteger, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "version", dt: dtString, pat: patDeprecated, minCount: 1, maxCount: 1, maxLen: unbounded},
	}})
	return &schema{version: VersionDeprecated, vocab: "http://schema.org/", root: ddo, shapes: []*shape{ddo}}
}

func buildV5() *schema {
	s := func(key string, minC, maxC int) prop {
		return prop{key: key, dt: dtString, minCount: minC, maxCount: maxC, maxLen: unbounded}
	}
	metadata := finish(&shape{name: "MetadataShape", props: []prop{
		s("created", 1, 1), s("updated", 1, 1), s("name", 1, 1), s("providedBy", 1, 1),
		s("tags", 0, 64),
		{key: "additionalInformation", kind: nkBlankNodeOrIRI, maxCount: unbounded, maxLen: unbounded},
	}})
	service := finish(&shape{name: "ServiceShape", props: []prop{
		s("id", 1, 1), s("type", 1, 1), s("datatokenAddress", 1, 1), s("serviceEndpoint", 1, 1),
		{key: "timeout", dt: dtInteger, minCount: 1, maxCount: 1, maxLen: unbounded},
	}})
	// CredentialsShape is referenced but not defined by 5.0.0.ttl, so it
	// constrains nothing.
	credentials := finish(&shape{name: "CredentialsShape"})
	event := finish(&shape{name: "EventShape", props: []prop{
		s("txid", 0, 1),
		{key: "block", dt: dtInteger, maxCount: 1, maxLen: unbounded},
		s("from", 0, 1), s("contract", 0, 1), s("datetime", 0, 1),
	}})
	subject := finish(&shape{name: "CredentialSubjectShape", class: "CredentialSubject", props: []prop{
		{key: "metadata", node: metadata, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "services", node: service, minCount: 1, maxCount: 64, maxLen: unbounded},
		{key: "credentials", node: credentials, maxCount: 64, maxLen: unbounded},
		{key: "chainId", dt: dtInteger, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "nftAddress", dt: dtString, minCount: 1, maxCount: 1, minLen: 42, maxLen: 42},
		{key: "event", node: event, maxCount: 1, maxLen: unbounded},
	}})
	additional := finish(&shape{name: "AdditionalDdosShape", props: []prop{s("type", 1, 1), s("data", 1, 1)}})
	vc := finish(&shape{name: "VerifiableCredentialShape", class: "VerifiableCredential", props: []prop{
		{key: "id", dt: dtString, pat: patDIDv5, minCount: 1, maxCount: 1, minLen: 72, maxLen: 72},
		{key: "type", kind: nkLiteral, minCount: 1, maxCount: 1, maxLen: unbounded},
		{key: "credentialSubject", node: subject, minCount: 1, maxCount: 1, maxLen: unbounded},
		s("issuer", 1, 1),
		s("version", 1, 1),
		{key: "additionalDdos", node: additional, maxCount: 64, maxLen: unbounded},
	}})
	return &schema{
		version: Version500,
		vocab:   "https://www.w3.org/ns/credentials/v2/",
		root:    vc,
		shapes:  []*shape{vc, subject},
		v5:      true,
	}
}

// Schemas are immutable once built; these are read-only lookup tables.
var (
	schema410        = buildV4(Version410)
	schema430        = buildV4(Version430)
	schema450        = buildV4(Version450)
	schema470        = buildV4(Version470)
	schema500        = buildV5()
	schemaDeprecated = buildDeprecated()
)

func schemaFor(version string) *schema {
	switch version {
	case Version410:
		return schema410
	case Version430:
		return schema430
	case Version450:
		return schema450
	case Version470:
		return schema470
	case Version500:
		return schema500
	case VersionDeprecated:
		return schemaDeprecated
	}
	return nil
}
