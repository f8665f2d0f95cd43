package ddo

import (
	"errors"
	"fmt"
	"strings"
)

// Rule names the constraint a [Violation] breaks. The values are stable and
// may be matched by callers. Checks of builder parameters and file objects
// (FilesObject.Validate) report the go-playground/validator tag that failed
// ("required", "http_url", "eth_addr", "oneofci", ...).
type Rule string

// Rules reported by [Validate]. The first group are the SHACL constraint
// components of the reference schemas (ddo.md §2.2); the second group are
// checks outside the schemas.
const (
	RuleMinCount  Rule = "minCount"  // too few values (a required field is missing)
	RuleMaxCount  Rule = "maxCount"  // too many distinct values
	RuleDatatype  Rule = "datatype"  // wrong JSON type (string, integer, boolean)
	RulePattern   Rule = "pattern"   // the string does not match the field's pattern
	RuleMinLength Rule = "minLength" // shorter than allowed, in UTF-16 code units
	RuleMaxLength Rule = "maxLength" // longer than allowed, in UTF-16 code units
	RuleNode      Rule = "node"      // not an object where the schema expects one
	RuleNodeKind  Rule = "nodeKind"  // literal/object kind mismatch (DDO v5)
	RuleOr        Rule = "or"        // none of the alternatives matches

	RuleVersion   Rule = "version"   // the version field names no supported schema
	RuleDID       Rule = "did"       // id is not the DID of nftAddress and chainId (strict)
	RuleChainID   Rule = "chainId"   // chainId is not a positive integer (strict)
	RuleAddress   Rule = "address"   // nftAddress is not a valid EIP-55 address
	RuleReference Rule = "reference" // the reference validator (ddo-js) throws on this document
	RuleJSONLD    Rule = "jsonld"    // not valid JSON-LD (ddo-js's JSON-LD parser fails on the document)
	RuleSpec      Rule = "spec"      // a rule of the DDO specification that ddo-js omits ([SpecMode])
)

// Violation is one broken rule, located by a JSON path such as
// "$.services[0].timeout" ("$" is the document root).
type Violation struct {
	Path    string `json:"path"`
	Rule    Rule   `json:"rule"`
	Message string `json:"message"`
}

// String returns "path: message".
func (v Violation) String() string { return v.Path + ": " + v.Message }

// ValidationError lists every violation found in a document, in a stable
// order (schema order, then document order). It is returned by [Validate]
// and the Validate methods.
type ValidationError struct {
	// Version is the schema version the document was checked against, or
	// the document's version field when no schema matched.
	Version string
	// Violations is never empty.
	Violations []Violation
}

// Error implements the error interface.
func (e *ValidationError) Error() string {
	var b strings.Builder
	if len(e.Violations) == 1 {
		b.WriteString("ddo: invalid document: ")
	} else {
		fmt.Fprintf(&b, "ddo: invalid document: %d violations: ", len(e.Violations))
	}
	for i, v := range e.Violations {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(v.String())
	}
	return b.String()
}

// ErrEncrypted is returned by [DecodeMetadata] when the flags say the data
// is encrypted and no decrypt function was given.
var ErrEncrypted = errors.New("ddo: metadata is encrypted and no decrypter was given")

// ErrUnknownFlags is returned by [DecodeMetadata] for flag bits other than
// [FlagCompressed] and [FlagEncrypted].
var ErrUnknownFlags = errors.New("ddo: unknown metadata flags")

// AddressError is returned for a string that is not an Ethereum address
// accepted by ethers' getAddress: 40 hex digits, with or without "0x",
// either all one case or with a valid EIP-55 checksum.
type AddressError struct {
	Address string
	// Reason is "invalid address" or "bad address checksum", as ethers says.
	Reason string
}

// Error implements the error interface.
func (e *AddressError) Error() string {
	return fmt.Sprintf("ddo: %s %q", e.Reason, e.Address)
}

// DecodeError is returned when a JSON document is valid JSON but a known
// field does not have the type the typed structs need (for example
// "tags": "x", which the reference validator accepts as a one-element
// list but []string cannot hold without changing the bytes). Such
// documents can still be validated and encoded through [Value].
type DecodeError struct {
	Path string
	Msg  string
}

// Error implements the error interface.
func (e *DecodeError) Error() string {
	return "ddo: decode " + e.Path + ": " + e.Msg
}
