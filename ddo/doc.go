// Package ddo implements Ocean Protocol's DDO (Decentralized Data Object):
// the types of versions 4.1.0, 4.3.0, 4.5.0, 4.7.0 and 5.0.0, builders for
// the common asset shapes, a validator that reproduces the reference
// validator (@oceanprotocol/ddo-js, which Ocean Node uses) plus the checks
// the indexers add, DIDs and checksums, the byte-exact JSON encoding Ocean
// Node hashes, metadata hashes and flags, and the file objects a service
// encrypts.
//
// The package is pure: it does no I/O and imports nothing else from
// ocean.go. Everything is safe for concurrent use; there is no package
// state to configure.
//
// # Documents and values
//
// [DDO] is a publishable v4 document, [Asset] a DDO as an indexer returns
// it (with indexedMetadata and datatokens), [DDOV5] and [AssetV5] the v5
// (Verifiable Credential) forms. Their UnmarshalJSON keeps unknown members
// in each struct's Extra field and remembers the document's member order,
// so decoding then encoding reproduces the canonical bytes of the input
// exactly. Fields whose JSON shape the typed structs cannot hold (the
// reference validator accepts "tags": "x" as a one-element list, for
// example) make UnmarshalJSON fail with a *[DecodeError]; such documents
// remain usable as a [Value].
//
// [Value] is any JSON value with JavaScript semantics: ParseValue behaves
// like JSON.parse on the UTF-8 text (doubles, lone surrogates, JavaScript
// property order, last duplicate wins) and EncodeValue like JSON.stringify.
//
// # Building documents
//
// [NewDataset], [NewComputeDataset] and [NewAlgorithm] build v4 documents
// (version [DefaultVersion] unless a feature needs 4.7.0), [NewDatasetV5]
// a v5 one; [TrustAlgorithm], [AddressCredential], [AccessListCredential]
// and [SelectOptions] build their parts. The DID is computed from the NFT
// address and chain id, and every builder validates its result.
//
// # Validation
//
// [Validate] checks a document against the schema its version field names,
// reproducing the SHACL schemas of ddo-js as Ocean Node runs them (ddo.md
// §2): cardinalities with JSON-LD value semantics (a scalar counts as a
// one-element list, identical literals collapse, null and [] are absent),
// integer versus double as JSON-LD maps numbers, lengths in UTF-16 code
// units, and the JavaScript meaning of the patterns (RegExp "." does not
// match \n, \r, U+2028 or U+2029). Nested objects whose @type names a
// schema class are checked too, as SHACL targets them, and malformed
// JSON-LD value objects fail as they make ddo-js's parser fail.
//
// By default validation is strict: it also requires chainId > 0, an
// nftAddress that ethers' getAddress accepts (all one case, or a valid
// EIP-55 checksum) and an id equal to [DID](nftAddress, chainId) — what
// Aquarius and Ocean Node's indexer enforce but ddo-js, through a bug,
// does not. [ReferenceMode] reproduces ddo-js's verdict instead; the test
// corpus in testdata/reference holds 4456 documents with the verdicts
// ddo-js 0.2.0 gave them, and ReferenceMode agrees on all of them.
// Strict mode also validates the short "deprecated" documents, which
// ddo-js cannot (its schema file for them is truncated).
//
// Three levels, from lenient to demanding: [ReferenceMode] (exactly
// ddo-js), the default strict level (ddo-js's schemas plus the indexers'
// identity checks; its meaning is unchanged) and [SpecMode] (strict plus
// the rules the DDO specification states and ddo-js omits: @context
// required, metadata.type and services[].type values, metadata.algorithm
// on algorithms, a compute object on compute services, ISO 8601 created
// and updated, timeout ≥ 0), reported as [RuleSpec] violations.
//
// Errors are a *[ValidationError] listing every [Violation] with its JSON
// path ("$.services[0].timeout"), its [Rule] and a message, in a stable
// order, or a *[SyntaxError] for input that is not JSON.
//
// Not reproduced: JSON-LD features that never occur in DDOs — nested
// @context, @reverse, @graph, @included, @nest, node merging by @id — and
// one quirk of ddo-js's streaming JSON-LD parser, which sometimes merges an
// empty object {} with the object before it in the same array (strict and
// reference mode both treat every {} as an empty object).
//
// # Encoding and hashing
//
// Ocean Node's indexer recomputes the metadata hash over JSON.stringify of
// the document it parsed, so what is published must be in that canonical
// form. [Encode] (and MarshalJSON on every type) writes exactly the bytes
// of JSON.stringify: JavaScript property order, numbers as JavaScript
// prints them (1e+21, 1.5e-7, -0 as 0), and JSON.stringify's escaping (<,
// >, &, U+2028 and non-ASCII are not escaped; control characters and lone
// surrogates are written as lowercase \u escapes). encoding/json's Marshal
// HTML-escapes the output of MarshalJSON; use a json.Encoder with
// SetEscapeHTML(false) if you go through encoding/json.
//
// [MetadataHash] computes the metaDataHash for setMetaData: SHA-256 of the
// bytes for encrypted documents ([FlagEncrypted]), and for plain ones
// ([FlagPlain]) SHA-256 of the hex text "0x…" that ocean.js passes, which
// is what Ocean Node checks. [DecodeMetadata] reads all four flag
// combinations, including the LZMA/XZ-compressed documents of the
// Aquarius era; decryption is a function the caller passes (it needs the
// node).
//
// # Identifiers
//
// [DID] and [DIDV5] derive "did:op:" and "did:ope:" identifiers,
// [ChecksumAddress] normalizes addresses, [ServiceID] is the ocean.js
// service id convention, and [ContainerSectionChecksum], [FileChecksum] and
// [FilesChecksum] compute the checksums of trusted-algorithm entries.
//
// # File objects
//
// [FilesObject] is the plaintext a service's files field encrypts: the NFT
// and datatoken addresses and a list of [StorageObject]s (url, ipfs,
// arweave, graphql, smartcontract, s3, ftp, nodePersistentStorage). Its
// Validate checks the fields each type requires.
//
// # Testing
//
// Golden files live in testdata/golden; regenerate them with
// go test ./ddo -update (or UPDATE_GOLDEN=1). FuzzDecodeValidateEncode
// runs its seed corpus in normal test runs.
package ddo
