package ddo

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"strconv"
	"strings"
)

// Option configures [Validate].
type Option func(*options)

type options struct {
	reference bool
	spec      bool
	version   string
}

// ReferenceMode makes [Validate] reproduce the verdict of the reference
// validator, @oceanprotocol/ddo-js validateDDO, which Ocean Node uses: the
// strict checks are skipped (a wrong DID or chainId 0 passes, as ddo.md
// §2.1 describes), documents on which ddo-js throws (missing chainId,
// invalid nftAddress, non-string version or id, "deprecated" documents)
// fail with a single [RuleReference] violation, and v4/v5 class selection
// follows ddo-js (version prefix "4" with an id starting "did:op", or "5"
// with "did:ope").
func ReferenceMode() Option { return func(o *options) { o.reference = true } }

// WithVersion validates against the schema of version (one of
// [SupportedVersions] or [VersionDeprecated]) instead of the one the
// document's version field names.
func WithVersion(version string) Option { return func(o *options) { o.version = version } }

// Validate parses the JSON document data (see [ParseValue]) and checks it
// against the schema its "version" field names. It returns nil when the
// document is valid, a *[SyntaxError] when data is not JSON, and otherwise a
// *[ValidationError] listing every violation with its JSON path.
//
// By default Validate is strict: besides every rule of the reference SHACL
// schemas (ddo.md §2) it requires what Aquarius and Ocean Node's indexer
// require, namely chainId > 0, an nftAddress accepted by ethers'
// getAddress, and id equal to [DID](nftAddress, chainId) ("did:ope:" for
// v5). [ReferenceMode] reproduces the reference validator instead.
func Validate(data []byte, opts ...Option) error {
	v, err := ParseValue(data)
	if err != nil {
		return err
	}
	return ValidateValue(v, opts...)
}

// ValidateValue is [Validate] for a parsed document.
func ValidateValue(doc Value, opts ...Option) error {
	var o options
	if len(opts) > 0 {
		o = applyOptions(opts)
	}
	vs, version := validateDoc(doc, o)
	if len(vs) == 0 {
		return nil
	}
	return &ValidationError{Version: version, Violations: vs}
}

// applyOptions is apart from ValidateValue because the options escape to
// the heap once their address is passed to an Option; the default (no
// options) then costs no allocation.
func applyOptions(opts []Option) options {
	o := new(options)
	for _, opt := range opts {
		opt(o)
	}
	return *o
}

func validateDoc(doc Value, o options) ([]Violation, string) {
	if doc.kind != ObjectKind {
		return []Violation{{Path: "$", Rule: RuleNode, Message: "must be an object, got " + describe(doc)}}, ""
	}
	// ddo-js validates a copy without indexedMetadata.
	versionVal := doc.Get("version")
	version, _ := versionVal.Str()
	if o.reference {
		if v := referencePrecheck(doc); v != nil {
			return []Violation{*v}, version
		}
	}
	name := version
	if o.version != "" {
		name = o.version
	}
	sch := schemaFor(name)
	if sch == nil || (o.reference && sch == schemaDeprecated) {
		msg := "unsupported DDO version " + describe(versionVal) + " (supported: " + strings.Join(SupportedVersions(), ", ") + ")"
		if o.version != "" {
			msg = "unsupported DDO version " + strconv.Quote(o.version)
		}
		return []Violation{{Path: "$.version", Rule: RuleVersion, Message: msg}}, name
	}
	buf := new(validatorBufs)
	v := validator{sch: sch, path: buf.path[:0], vals: buf.vals[:0], idx: buf.idx[:0]}
	v.node(doc, sch.root)
	v.targets(doc, true)
	if !o.reference {
		v.strict(doc)
	}
	if o.spec {
		v.viols = append(v.viols, specRules(doc, sch.v5)...)
	}
	return dedupe(v.viols), sch.version
}

// referencePrecheck reproduces the cases in which ddo-js validateDDO throws
// (and so reports failure) before running SHACL.
func referencePrecheck(doc Value) *Violation {
	ref := func(path, msg string) *Violation {
		return &Violation{Path: path, Rule: RuleReference, Message: msg}
	}
	version, ok := doc.Get("version").Str()
	if !ok {
		return ref("$.version", "must be a string (ddo-js cannot select a DDO class)")
	}
	id, idOK := doc.Get("id").Str()
	v5 := false
	switch {
	case strings.HasPrefix(version, "4"):
		if !idOK {
			return ref("$.id", "must be a string (ddo-js cannot select a DDO class)")
		}
		if !strings.HasPrefix(id, "did:op") {
			return &Violation{Path: "$.version", Rule: RuleVersion, Message: "unsupported DDO version " + strconv.Quote(version) + " for id " + strconv.Quote(id)}
		}
	case strings.HasPrefix(version, "5") && idOK && strings.HasPrefix(id, "did:ope"):
		v5 = true
	case strings.HasPrefix(version, "5") && !idOK:
		return ref("$.id", "must be a string (ddo-js cannot select a DDO class)")
	case version == VersionDeprecated:
		return ref("$.version", "ddo-js cannot validate deprecated documents (its schema file is truncated)")
	default:
		return &Violation{Path: "$.version", Rule: RuleVersion, Message: "unsupported DDO version " + strconv.Quote(version)}
	}
	base, prefix := doc, "$"
	if v5 {
		base, prefix = doc.Get("credentialSubject"), "$.credentialSubject"
		if base.kind == Undefined || base.kind == Null {
			return ref(prefix, "is required (ddo-js throws)")
		}
	}
	if c := base.Get("chainId"); c.kind == Undefined || c.kind == Null {
		return ref(prefix+".chainId", "is required (ddo-js throws)")
	}
	addr, ok := base.Get("nftAddress").Str()
	if !ok {
		return ref(prefix+".nftAddress", "must be a string address (ddo-js throws)")
	}
	var checksummed [42]byte
	if reason := checksumAddress(addr, &checksummed); reason != "" {
		return &Violation{Path: prefix + ".nftAddress", Rule: RuleAddress, Message: "is not a valid address: " + reason}
	}
	if schemaFor(version) == nil || version == VersionDeprecated {
		return &Violation{Path: "$.version", Rule: RuleVersion, Message: "unsupported DDO version " + strconv.Quote(version) + " (supported: " + strings.Join(SupportedVersions(), ", ") + ")"}
	}
	return nil
}

func dedupe(vs []Violation) []Violation {
	if len(vs) < 2 {
		return vs
	}
	seen := make(map[Violation]struct{}, len(vs))
	out := vs[:0]
	for _, v := range vs {
		if _, ok := seen[v]; ok {
			continue
		}
		seen[v] = struct{}{}
		out = append(out, v)
	}
	return out
}

// pathElem is one step of a JSON path: an object key, or an array index
// when idx ≥ 0.
type pathElem struct {
	key string
	idx int
}

// rval is one RDF value node of a property, as JSON-LD maps a JSON member
// to RDF (ddo.md §2.1).
type rval struct {
	v    Value // the object, for node values
	lit  bool
	lex  string // lexical form, for literals
	dt   datatype
	key  string // the member key it came from
	ioff int    // indices inside nested arrays: v.idx[ioff:ioff+ilen]
	ilen int
}

// validatorBufs holds the initial stacks of a validator in one
// allocation; the schemas nest a few levels deep, so they rarely grow.
type validatorBufs struct {
	path [8]pathElem
	vals [4]rval
	idx  [8]int
}

type validator struct {
	start int // first v.vals entry of the property being collected
	sch   *schema
	viols []Violation
	path  []pathElem
	vals  []rval
	idx   []int
}

func (v *validator) report(rule Rule, msg string, extra ...pathElem) {
	var b strings.Builder
	b.WriteByte('$')
	for _, e := range v.path {
		writePathElem(&b, e)
	}
	for _, e := range extra {
		writePathElem(&b, e)
	}
	v.viols = append(v.viols, Violation{Path: b.String(), Rule: rule, Message: msg})
}

func writePathElem(b *strings.Builder, e pathElem) {
	if e.idx >= 0 {
		b.WriteByte('[')
		b.WriteString(strconv.Itoa(e.idx))
		b.WriteByte(']')
		return
	}
	if isIdent(e.key) {
		b.WriteByte('.')
		b.WriteString(e.key)
		return
	}
	b.WriteByte('[')
	b.Write(appendString(nil, e.key))
	b.WriteByte(']')
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c == '@' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// valuePath returns the path elements of a value relative to its
// object: the member key, then any array indices.
func (v *validator) valuePath(r rval) []pathElem {
	out := make([]pathElem, 0, 1+r.ilen)
	out = append(out, pathElem{key: r.key, idx: -1})
	for _, i := range v.idx[r.ioff : r.ioff+r.ilen] {
		out = append(out, pathElem{idx: i})
	}
	return out
}

// collect appends to v.vals the RDF values of property key of obj.
func (v *validator) collect(obj Value, key string) {
	vocab := v.sch.vocab
	for _, m := range obj.obj {
		if m.Key != key && !(len(m.Key) == len(vocab)+len(key) && strings.HasPrefix(m.Key, vocab) && m.Key[len(vocab):] == key) {
			continue
		}
		v.collectValue(m.Value, m.Key, len(v.idx), 0)
	}
}

func (v *validator) collectValue(x Value, key string, ioff, ilen int) {
	switch x.kind {
	case Null, Undefined, slot:
		return
	case Array:
		for i, m := range x.obj {
			e := m.Value
			off := len(v.idx)
			v.idx = append(v.idx, v.idx[ioff:ioff+ilen]...)
			v.idx = append(v.idx, i)
			v.collectValue(e, key, off, ilen+1)
		}
		return
	case ObjectKind:
		if val := x.Get("@value"); val.kind != Undefined {
			if val.kind == Null {
				return
			}
			r := literalOf(val)
			if lang, dir := x.Get("@language"), x.Get("@direction"); truthy(lang) || truthy(dir) {
				r.dt = dtLangString
				r.lex += "@" + lang.s + "--" + dir.s
			} else if t, ok := x.Get("@type").Str(); ok {
				r.dt = datatypeIRI(t)
			}
			r.key, r.ioff, r.ilen = key, ioff, ilen
			if val.kind != String {
				r.v = val
			}
			v.addLiteral(r)
			return
		}
		if set := x.Get("@set"); set.kind != Undefined {
			v.collectValue(set, key, ioff, ilen)
			return
		}
		v.vals = append(v.vals, rval{v: x, key: key, ioff: ioff, ilen: ilen})
	default:
		r := literalOf(x)
		r.key, r.ioff, r.ilen = key, ioff, ilen
		if x.kind == Number {
			r.v = x // for messages: the JSON number, not its RDF lexical form
		}
		v.addLiteral(r)
	}
}

// addLiteral appends r unless an identical literal is already collected
// for the current property (identical RDF terms collapse).
func (v *validator) addLiteral(r rval) {
	for i := len(v.vals) - 1; i >= v.start; i-- {
		o := &v.vals[i]
		if o.lit && o.dt == r.dt && o.lex == r.lex {
			return
		}
	}
	v.vals = append(v.vals, r)
}

func datatypeIRI(iri string) datatype {
	switch iri {
	case "http://www.w3.org/2001/XMLSchema#string":
		return dtString
	case "http://www.w3.org/2001/XMLSchema#integer":
		return dtInteger
	case "http://www.w3.org/2001/XMLSchema#boolean":
		return dtBoolean
	case "http://www.w3.org/2001/XMLSchema#double":
		return dtDouble
	}
	return dtOther
}

// literalOf maps a JSON scalar to an RDF literal the way the JSON-LD
// parser ddo-js uses does (jsonld-streaming-parser): booleans are
// xsd:boolean, numbers with no fractional part below 1e21 are xsd:integer
// (lexical form: JavaScript's toString), other numbers xsd:double.
func literalOf(x Value) rval {
	switch x.kind {
	case String:
		return rval{lit: true, lex: x.s, dt: dtString}
	case Bool:
		if x.b {
			return rval{lit: true, lex: "true", dt: dtBoolean}
		}
		return rval{lit: true, lex: "false", dt: dtBoolean}
	case Number:
		if x.n == math.Trunc(x.n) && x.n < 1e21 && !math.IsInf(x.n, 0) {
			if math.Abs(x.n) < 1<<53 {
				// What appendNumber writes, without allocating for 0..99.
				return rval{lit: true, lex: strconv.FormatInt(int64(x.n), 10), dt: dtInteger}
			}
			return rval{lit: true, lex: string(appendNumber(nil, x.n)), dt: dtInteger}
		}
		return rval{lit: true, lex: doubleLexical(x.n), dt: dtDouble}
	}
	return rval{lit: true, lex: x.String(), dt: dtOther}
}

// doubleLexical is value.toExponential(15).replace(/(\d)0*e\+?/, '$1E').
func doubleLexical(f float64) string {
	if math.IsInf(f, 1) {
		return "INF"
	} else if math.IsInf(f, -1) {
		return "-INF"
	}
	s := strconv.FormatFloat(f, 'e', 15, 64)
	i := strings.IndexByte(s, 'e')
	mant, exp := s[:i], s[i+1:]
	j := len(mant)
	for j > 0 && mant[j-1] == '0' {
		j--
	}
	if j == 0 || mant[j-1] < '0' || mant[j-1] > '9' {
		j++ // keep one digit before "E", as the regex's (\d) does
	}
	exp = strings.TrimPrefix(exp, "+")
	neg := strings.HasPrefix(exp, "-")
	exp = strings.TrimLeft(strings.TrimPrefix(exp, "-"), "0")
	if exp == "" {
		exp = "0"
	}
	if neg {
		exp = "-" + exp
	}
	return mant[:j] + "E" + exp
}

// wellFormed reports whether a literal's lexical form is valid for its
// datatype, as rdf-validate-shacl checks for sh:datatype.
func wellFormed(r rval) bool {
	switch r.dt {
	case dtInteger:
		s := r.lex
		if s != "" && (s[0] == '+' || s[0] == '-') {
			s = s[1:]
		}
		if s == "" {
			return false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	case dtBoolean:
		return r.lex == "true" || r.lex == "false" || r.lex == "1" || r.lex == "0"
	}
	return true
}

// node validates obj (the current path) against shape sh.
func (v *validator) node(obj Value, sh *shape) {
	for pi := range sh.props {
		p := &sh.props[pi]
		start := len(v.vals)
		saveStart := v.start
		v.start = start
		idxLen := len(v.idx)
		v.collect(obj, p.key)
		vals := v.vals[start:]
		n := len(vals)
		if n < p.minCount {
			if p.minCount == 1 {
				v.report(RuleMinCount, "is required", pathElem{key: p.key, idx: -1})
			} else {
				v.report(RuleMinCount, "must have at least "+strconv.Itoa(p.minCount)+" values, has "+strconv.Itoa(n), pathElem{key: p.key, idx: -1})
			}
		}
		if p.maxCount != unbounded && n > p.maxCount {
			v.report(RuleMaxCount, "must have at most "+plural(p.maxCount, "value")+", has "+strconv.Itoa(n), pathElem{key: vals[0].key, idx: -1})
		}
		for i := range vals {
			v.value(p, vals[i])
		}
		v.vals = v.vals[:start]
		v.idx = v.idx[:idxLen]
		v.start = saveStart
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func (v *validator) value(p *prop, r rval) {
	if p.kind == nkLiteral && !r.lit {
		v.report(RuleNodeKind, "must be a literal value, not an object", v.valuePath(r)...)
		return
	}
	if p.kind == nkBlankNodeOrIRI && r.lit {
		v.report(RuleNodeKind, "must be an object", v.valuePath(r)...)
		return
	}
	if p.dt != dtNone {
		if !r.lit || r.dt != p.dt || !wellFormed(r) {
			v.report(RuleDatatype, "must be "+p.dt.String()+", got "+describeR(r), v.valuePath(r)...)
			return
		}
	}
	if p.pat != patNone || p.minLen > 0 || p.maxLen != unbounded {
		if !r.lit {
			if p.pat != patNone {
				v.report(RulePattern, "must be a literal value, not an object", v.valuePath(r)...)
			}
			return
		}
		if msg := checkPattern(p.pat, r.lex); msg != "" {
			v.report(RulePattern, msg, v.valuePath(r)...)
		}
		if p.minLen > 0 || p.maxLen != unbounded {
			n := utf16Len(r.lex)
			if n < p.minLen {
				v.report(RuleMinLength, "must be at least "+plural(p.minLen, "character")+" long (UTF-16 code units), is "+strconv.Itoa(n), v.valuePath(r)...)
			}
			if p.maxLen != unbounded && n > p.maxLen {
				v.report(RuleMaxLength, "must be at most "+plural(p.maxLen, "character")+" long (UTF-16 code units), is "+strconv.Itoa(n), v.valuePath(r)...)
			}
		}
	}
	if p.node == nil {
		return
	}
	if p.orStar {
		if r.lit {
			if r.dt != dtString || r.lex != "*" {
				v.report(RuleOr, `must be a trusted algorithm object or "*", got `+describeR(r), v.valuePath(r)...)
			}
			return
		}
		v.descend(r, p.node)
		return
	}
	if r.lit {
		if p.node.required {
			v.report(RuleNode, "must be an object ("+strings.TrimSuffix(p.node.name, "Shape")+"), got "+describeR(r), v.valuePath(r)...)
		}
		return
	}
	v.descend(r, p.node)
}

func (v *validator) descend(r rval, sh *shape) {
	depth := len(v.path)
	v.path = append(v.path, pathElem{key: r.key, idx: -1})
	for _, i := range v.idx[r.ioff : r.ioff+r.ilen] {
		v.path = append(v.path, pathElem{idx: i})
	}
	v.node(r.v, sh)
	v.path = v.path[:depth]
}

// targets validates, as SHACL targetClass does, every object in the
// document whose @type names a shape's class.
func (v *validator) targets(x Value, root bool) {
	switch x.kind {
	case Array:
		for i, m := range x.obj {
			v.path = append(v.path, pathElem{idx: i})
			v.targets(m.Value, false)
			v.path = v.path[:len(v.path)-1]
		}
	case ObjectKind:
		if x.Get("@value").kind != Undefined {
			if msg := checkValueObject(x); msg != "" {
				v.report(RuleJSONLD, msg)
			}
			return
		}
		if !root {
			v.typed(x)
		}
		for _, m := range x.obj {
			if strings.HasPrefix(m.Key, "@") && m.Key != "@set" && m.Key != "@list" && m.Key != "@graph" {
				continue
			}
			if root && m.Key == "indexedMetadata" {
				continue
			}
			if m.Value.kind != ObjectKind && m.Value.kind != Array {
				continue
			}
			v.path = append(v.path, pathElem{key: m.Key, idx: -1})
			v.targets(m.Value, false)
			v.path = v.path[:len(v.path)-1]
		}
	}
}

func (v *validator) typed(x Value) {
	t := x.Get("@type")
	check := func(c string) {
		for _, sh := range v.sch.shapes {
			if c == sh.class || (strings.HasPrefix(c, v.sch.vocab) && c[len(v.sch.vocab):] == sh.class) {
				v.node(x, sh)
			}
		}
	}
	switch t.kind {
	case String:
		check(t.s)
	case Array:
		for _, m := range t.obj {
			if e := m.Value; e.kind == String {
				check(e.s)
			}
		}
	}
}

// checkValueObject reports why x, an object with an @value member, is
// not a value object the JSON-LD parser ddo-js uses (jsonld-streaming-
// parser) accepts; that parser then fails on the whole document.
func checkValueObject(x Value) string {
	const bad = "is not a valid JSON-LD value object: "
	for _, m := range x.obj {
		switch m.Key {
		case "@value", "@type", "@language", "@direction", "@index", "@annotation":
		default:
			if strings.HasPrefix(m.Key, "@") {
				return bad + "unexpected member " + strconv.Quote(m.Key)
			}
		}
	}
	val, t := x.Get("@value"), x.Get("@type")
	if t.kind != Undefined && t.kind != Null && t.kind != String {
		return bad + "@type must be a string"
	}
	if t.kind == String && t.s == "@json" {
		return ""
	}
	if t.kind == String && strings.HasPrefix(t.s, "_:") {
		return bad + "@type must not be a blank node"
	}
	if val.kind == Null {
		return "" // no value; nothing else is checked
	}
	if val.kind == Array || val.kind == ObjectKind {
		return bad + "@value must be a string, number, boolean or null"
	}
	lang, dir := x.Get("@language"), x.Get("@direction")
	if truthy(lang) && lang.kind != String {
		return bad + "@language must be a string"
	}
	if truthy(dir) && dir.kind != String {
		return bad + "@direction must be a string"
	}
	if (truthy(lang) || truthy(dir)) && val.kind != String {
		return bad + "a language-tagged @value must be a string"
	}
	if (truthy(lang) || truthy(dir)) && truthy(t) {
		return bad + "@language or @direction together with @type"
	}
	return ""
}

// truthy is JavaScript's ToBoolean.
func truthy(x Value) bool {
	switch x.kind {
	case Undefined, Null, slot:
		return false
	case Bool:
		return x.b
	case Number:
		return x.n != 0 && x.n == x.n
	case String:
		return x.s != ""
	}
	return true
}

// strict applies the checks Aquarius and Ocean Node's indexer make beyond
// the schema.
func (v *validator) strict(doc Value) {
	base, prefix := doc, ""
	didPrefix := DIDPrefix
	if v.sch.v5 {
		base = doc.Get("credentialSubject")
		if base.kind != ObjectKind {
			return
		}
		prefix = "credentialSubject"
		didPrefix = DIDPrefixV5
	}
	at := func(key string) []pathElem {
		if prefix == "" {
			return []pathElem{{key: key, idx: -1}}
		}
		return []pathElem{{key: prefix, idx: -1}, {key: key, idx: -1}}
	}
	chain, chainOK := v.single(base, "chainId")
	if chainOK {
		if chain.dt != dtInteger || !wellFormed(chain) {
			chainOK = false
		} else if strings.HasPrefix(chain.lex, "-") || chain.lex == "0" {
			v.report(RuleChainID, "must be greater than 0, got "+chain.lex, at("chainId")...)
			chainOK = false
		}
	}
	addr, addrOK := v.single(base, "nftAddress")
	var checksummed [42]byte
	if addrOK {
		if addr.dt != dtString {
			addrOK = false
		} else if reason := checksumAddress(addr.lex, &checksummed); reason != "" {
			v.report(RuleAddress, "is not a valid address: "+reason, at("nftAddress")...)
			addrOK = false
		}
	}
	if !chainOK || !addrOK {
		return
	}
	id, ok := v.single(doc, "id")
	if !ok || id.dt != dtString {
		return
	}
	if !isDID(id.lex, didPrefix, &checksummed, chain.lex) {
		want := didFromParts(didPrefix, string(checksummed[:]), chain.lex)
		v.report(RuleDID, "must be "+strconv.Quote(want)+", the DID of nftAddress and chainId", pathElem{key: "id", idx: -1})
	}
}

// single returns the value of property key of obj when it has exactly one
// literal value.
func (v *validator) single(obj Value, key string) (rval, bool) {
	start := len(v.vals)
	saveStart := v.start
	v.start = start
	v.collect(obj, key)
	vals := v.vals[start:]
	var r rval
	ok := len(vals) == 1 && vals[0].lit
	if ok {
		r = vals[0]
	}
	v.vals = v.vals[:start]
	v.start = saveStart
	return r, ok
}

func checkPattern(p pattern, s string) string {
	switch p {
	case patLine:
		if hasLineTerminator(s, true) {
			return `must be a single line (no \n, \r, U+2028 or U+2029)`
		}
	case patText:
		if hasLineTerminator(s, false) {
			return `must not contain \r, U+2028 or U+2029 (only \n line breaks)`
		}
	case patDIDv4:
		if !strings.HasPrefix(s, DIDPrefix) || hasLineTerminator(s, true) {
			return `must match ^did:op:(.*)$`
		}
	case patDIDv5:
		if !strings.HasPrefix(s, DIDPrefixV5) || hasLineTerminator(s, true) {
			return `must match ^did:ope:(.*)$`
		}
	case patStar:
		if s != "*" {
			return `must be "*"`
		}
	case patDeprecated:
		if !strings.HasPrefix(s, "deprecated") {
			return `must start with "deprecated"`
		}
	}
	return ""
}

// hasLineTerminator reports whether s contains a JavaScript line
// terminator that RegExp "." does not match: \r, U+2028, U+2029, and \n
// when withLF.
func hasLineTerminator(s string, withLF bool) bool {
	if withLF && strings.IndexByte(s, '\n') >= 0 {
		return true
	}
	if strings.IndexByte(s, '\r') >= 0 {
		return true
	}
	for i := strings.IndexByte(s, 0xE2); i >= 0 && i+2 < len(s); {
		if s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xE2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// utf16Len returns the length of s in UTF-16 code units (JavaScript's
// String.prototype.length), reading s as WTF-8.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c&0xC0 != 0x80 {
			n++
		}
		if c >= 0xF0 {
			n++
		}
	}
	return n
}

func describe(x Value) string {
	switch x.Kind() {
	case Undefined:
		return "nothing"
	case String:
		return "string " + truncate(x.s)
	case Number:
		return "number " + string(appendNumber(nil, x.n))
	case Bool:
		return "boolean " + strconv.FormatBool(x.b)
	}
	return x.Kind().String()
}

func describeR(r rval) string {
	if !r.lit {
		return "object"
	}
	switch r.dt {
	case dtString:
		return "string " + truncate(r.lex)
	case dtInteger, dtDouble:
		if r.v.kind == Number {
			return describe(r.v)
		}
		return "number " + r.lex
	case dtBoolean:
		return "boolean " + r.lex
	case dtLangString:
		return "language-tagged string"
	}
	return "typed literal " + truncate(r.lex)
}

func truncate(s string) string {
	if utf16Len(s) > 40 {
		r := []rune(s)
		if len(r) > 37 {
			s = string(r[:37]) + "..."
		}
	}
	return string(appendString(nil, s))
}

func didFromParts(prefix, checksummed, chainDecimal string) string {
	return prefix + sha256Hex(checksummed+chainDecimal)
}

// isDID reports whether id is didFromParts(prefix, checksummed,
// chainDecimal), without building that string.
func isDID(id, prefix string, checksummed *[42]byte, chainDecimal string) bool {
	if len(id) != len(prefix)+2*sha256.Size || id[:len(prefix)] != prefix {
		return false
	}
	var in [128]byte
	b := append(in[:0], checksummed[:]...)
	b = append(b, chainDecimal...)
	sum := sha256.Sum256(b)
	var h [2 * sha256.Size]byte
	hex.Encode(h[:], sum[:])
	return string(h[:]) == id[len(prefix):]
}
