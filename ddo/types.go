package ddo

import "reflect"

// DefaultContext is the @context of a v4 DDO.
const DefaultContext = "https://w3id.org/did/v1"

// Service types.
const (
	ServiceAccess  = "access"
	ServiceCompute = "compute"
)

// Asset types (metadata.type).
const (
	TypeDataset   = "dataset"
	TypeAlgorithm = "algorithm"
)

// DDO is a publishable v4 DDO (versions 4.1.0, 4.3.0, 4.5.0 and 4.7.0):
// the document whose JSON bytes are hashed, encrypted and set on the data
// NFT. Indexer-added fields belong to [Asset].
//
// Fields follow the order ocean.js writes them. Decoding keeps unknown
// members in Extra and records the document's member order, so encoding a
// decoded DDO with [DDO.MarshalJSON] reproduces the canonical bytes of the
// input (see [Encode]). Use MarshalJSON rather than encoding/json's
// Marshal, which HTML-escapes <, > and & and so changes the hash; or use a
// json.Encoder with SetEscapeHTML(false). Extra also records the decoded
// member order, so compare DDOs by their encodings rather than with
// reflect.DeepEqual.
type DDO struct {
	Context     []string     `json:"@context"`
	ID          string       `json:"id"`
	Version     string       `json:"version"`
	ChainID     int64        `json:"chainId"`
	NFTAddress  string       `json:"nftAddress"`
	Metadata    Metadata     `json:"metadata"`
	Services    []Service    `json:"services"`
	Credentials *Credentials `json:"credentials,omitempty"`
	// Extra holds members this type does not know, in document order.
	Extra Object `json:"-"`
}

// Metadata is a v4 DDO's metadata section.
type Metadata struct {
	Created               string     `json:"created"`
	Updated               string     `json:"updated"`
	Description           string     `json:"description"`
	Name                  string     `json:"name"`
	Type                  string     `json:"type"`
	Author                string     `json:"author"`
	License               string     `json:"license"`
	CopyrightHolder       string     `json:"copyrightHolder,omitempty"`
	Links                 []string   `json:"links,omitempty"`
	Tags                  []string   `json:"tags,omitempty"`
	Categories            []string   `json:"categories,omitempty"`
	ContentLanguage       string     `json:"contentLanguage,omitempty"`
	AdditionalInformation Value      `json:"additionalInformation,omitempty"`
	Algorithm             *Algorithm `json:"algorithm,omitempty"`
	Extra                 Object     `json:"-"`
}

// Algorithm describes an algorithm asset (metadata.algorithm).
type Algorithm struct {
	Language           string              `json:"language,omitempty"`
	Version            string              `json:"version,omitempty"`
	Container          Container           `json:"container"`
	ConsumerParameters []ConsumerParameter `json:"consumerParameters,omitempty"`
	Extra              Object              `json:"-"`
}

// Container is the Docker image an algorithm runs in. Entrypoint may use
// the macro $ALGO for the algorithm file (for example "python $ALGO");
// Checksum is the image digest ("sha256:…").
type Container struct {
	Entrypoint string `json:"entrypoint"`
	Image      string `json:"image"`
	Tag        string `json:"tag"`
	Checksum   string `json:"checksum"`
	Extra      Object `json:"-"`
}

// Consumer parameter types.
const (
	ParamText    = "text"
	ParamNumber  = "number"
	ParamBoolean = "boolean"
	ParamSelect  = "select"
)

// ConsumerParameter is an input a consumer supplies when ordering a
// service or running an algorithm. In v4 documents Default must be a JSON
// string (even for number and boolean parameters) and Options, for select
// parameters, a JSON-encoded string or an array of strings (ddo.md §1.4);
// use [SelectOptions] to build it.
type ConsumerParameter struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Label       string `json:"label"`
	Required    bool   `json:"required"`
	Description string `json:"description"`
	Default     Value  `json:"default"`
	Options     Value  `json:"options,omitempty"`
	Extra       Object `json:"-"`
}

// Service is one way of consuming the asset: download ("access") or
// compute-to-data ("compute").
type Service struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	// Files is the encrypted files object ("0x04…", see [FilesObject]), or
	// "" when the files live on-chain in the datatoken.
	Files                 string              `json:"files"`
	DatatokenAddress      string              `json:"datatokenAddress"`
	ServiceEndpoint       string              `json:"serviceEndpoint"`
	Timeout               int64               `json:"timeout"`
	Name                  string              `json:"name,omitempty"`
	Description           string              `json:"description,omitempty"`
	Compute               *Compute            `json:"compute,omitempty"`
	ConsumerParameters    []ConsumerParameter `json:"consumerParameters,omitempty"`
	Credentials           *Credentials        `json:"credentials,omitempty"`
	AdditionalInformation Value               `json:"additionalInformation,omitempty"`
	Extra                 Object              `json:"-"`
}

// Compute holds a compute service's options.
type Compute struct {
	AllowRawAlgorithm                   bool               `json:"allowRawAlgorithm"`
	AllowNetworkAccess                  bool               `json:"allowNetworkAccess"`
	PublisherTrustedAlgorithmPublishers []string           `json:"publisherTrustedAlgorithmPublishers,omitempty"`
	PublisherTrustedAlgorithms          []TrustedAlgorithm `json:"publisherTrustedAlgorithms,omitempty"`
	Extra                               Object             `json:"-"`
}

// Wildcard is the value that matches anything in trusted-algorithm and
// publisher lists.
const Wildcard = "*"

// TrustedAlgorithm names an algorithm a compute service accepts. Any field
// may be [Wildcard]. An entry with Any set encodes as the bare string "*",
// which ddo-js accepts as a list element (trust every algorithm).
type TrustedAlgorithm struct {
	Any                      bool   `json:"-"`
	DID                      string `json:"did"`
	FilesChecksum            string `json:"filesChecksum"`
	ContainerSectionChecksum string `json:"containerSectionChecksum"`
	// ServiceID restricts the entry to one service of the algorithm
	// (schema 4.7.0).
	ServiceID string `json:"serviceId,omitempty"`
	Extra     Object `json:"-"`
}

func (t TrustedAlgorithm) toValue() (Value, bool) {
	if t.Any {
		return StringValue(Wildcard), true
	}
	return Value{}, false
}

func (t *TrustedAlgorithm) fromValue(x Value, path string) (bool, error) {
	if s, ok := x.Str(); ok {
		if s != Wildcard {
			return true, &DecodeError{Path: path, Msg: `expected a trusted algorithm object or "*", got ` + describe(x)}
		}
		*t = TrustedAlgorithm{Any: true}
		return true, nil
	}
	return false, nil
}

// Credential match rules.
const (
	MatchAny = "any"
	MatchAll = "all"
)

// Credential types.
const (
	CredentialAddress              = "address"
	CredentialAccessList           = "accessList"
	CredentialVerifiableCredential = "verifiableCredential"
)

// Credentials restrict who may consume an asset or service (ddo.md §1.7).
// Ocean Node checks Deny first (default match "any"), then Allow (default
// match "all"); no Allow list allows everyone.
type Credentials struct {
	Allow      []Credential `json:"allow,omitempty"`
	Deny       []Credential `json:"deny,omitempty"`
	MatchAllow string       `json:"match_allow,omitempty"`
	MatchDeny  string       `json:"match_deny,omitempty"`
	Extra      Object       `json:"-"`
}

// Credential is one allow or deny rule: {"type":"address","values":[…]},
// {"type":"accessList","chainId":…,"accessList":"0x…"} or, in v5,
// {"type":"verifiableCredential","requestCredentials":[…]}.
type Credential struct {
	Type               string   `json:"type"`
	Values             []string `json:"values,omitempty"`
	ChainID            int64    `json:"chainId,omitempty"`
	AccessList         string   `json:"accessList,omitempty"`
	RequestCredentials []Value  `json:"requestCredentials,omitempty"`
	Extra              Object   `json:"-"`
}

// MarshalJSON returns the JSON.stringify-identical encoding of d.
func (d DDO) MarshalJSON() ([]byte, error) { return encodeStruct(&d), nil }

// UnmarshalJSON decodes a v4 DDO. Errors are *[SyntaxError] or
// *[DecodeError].
func (d *DDO) UnmarshalJSON(data []byte) error { return decodeInto(d, data) }

// Value returns d as a [Value].
func (d *DDO) Value() Value { return toValue(reflect.ValueOf(d)) }

// Validate checks d as [Validate] checks its encoding.
func (d *DDO) Validate(opts ...Option) error { return ValidateValue(d.Value(), opts...) }

// MetadataHash returns the metaDataHash of d's encoding published with
// flags (see [MetadataHash]).
func (d *DDO) MetadataHash(flags Flags) Hash {
	return MetadataHash(encodeStruct(d), flags)
}

// Asset is a DDO as an indexer (Ocean Node, Aquarius) returns it: the
// publishable DDO plus indexer-added fields. Encoding an Asset includes
// those fields; use the embedded DDO to publish or hash.
//
// Aquarius (the legacy indexer) put its fields at the top level instead;
// they are read into the Legacy fields, which are never part of the DDO
// either.
type Asset struct {
	DDO
	IndexedMetadata *IndexedMetadata `json:"indexedMetadata,omitempty"`
	Datatokens      []DatatokenInfo  `json:"datatokens,omitempty"`

	LegacyNFT       *NFTInfo   `json:"nft,omitempty"`
	LegacyEvent     *EventInfo `json:"event,omitempty"` // Aquarius names the tx "tx": see EventInfo.Tx
	LegacyStats     Value      `json:"stats,omitempty"`
	LegacyPurgatory *Purgatory `json:"purgatory,omitempty"`
}

// MarshalJSON returns the JSON.stringify-identical encoding of a,
// including the indexer fields.
func (a Asset) MarshalJSON() ([]byte, error) { return encodeStruct(&a), nil }

// UnmarshalJSON decodes an indexed asset.
func (a *Asset) UnmarshalJSON(data []byte) error { return decodeInto(a, data) }

// Value returns a as a [Value].
func (a *Asset) Value() Value { return toValue(reflect.ValueOf(a)) }

// Validate checks the asset as ddo-js does: indexedMetadata is ignored,
// other indexer fields are unknown members the schemas allow.
func (a *Asset) Validate(opts ...Option) error { return ValidateValue(a.Value(), opts...) }

// IndexedMetadata is what an Ocean Node indexer adds under
// indexedMetadata.
type IndexedMetadata struct {
	NFT       *NFTInfo       `json:"nft,omitempty"`
	Event     *EventInfo     `json:"event,omitempty"`
	Purgatory *Purgatory     `json:"purgatory,omitempty"`
	Stats     []ServiceStats `json:"stats,omitempty"`
	Extra     Object         `json:"-"`
}

// MetadataState is the data NFT's metaDataState (ddo.md §1.9).
type MetadataState uint8

// Metadata states.
const (
	StateActive           MetadataState = 0 // discoverable and orderable
	StateEndOfLife        MetadataState = 1 // discoverable, not orderable
	StateDeprecated       MetadataState = 2 // replaced by another asset
	StateRevoked          MetadataState = 3 // revoked by the publisher
	StateOrderingDisabled MetadataState = 4 // discoverable, ordering paused
	StateUnlisted         MetadataState = 5 // orderable, not discoverable
)

// NFTInfo describes the data NFT.
type NFTInfo struct {
	Address  string        `json:"address,omitempty"`
	Name     string        `json:"name,omitempty"`
	Symbol   string        `json:"symbol,omitempty"`
	Owner    string        `json:"owner,omitempty"`
	State    MetadataState `json:"state"`
	Created  string        `json:"created,omitempty"`
	TokenURI string        `json:"tokenURI,omitempty"`
	Extra    Object        `json:"-"`
}

// EventInfo is the last metadata transaction the indexer processed. Ocean
// Node names the transaction hash "txid"; the DDO specification and
// Aquarius name it "tx". Both are kept and round-trip as written.
type EventInfo struct {
	TxID     string `json:"txid,omitempty"`
	Tx       string `json:"tx,omitempty"` // the specification's (and Aquarius's) name for TxID
	Block    int64  `json:"block,omitempty"`
	From     string `json:"from,omitempty"`
	Contract string `json:"contract,omitempty"`
	Datetime string `json:"datetime,omitempty"`
	Extra    Object `json:"-"`
}

// Purgatory says whether the asset is flagged.
type Purgatory struct {
	State  bool   `json:"state"`
	Reason string `json:"reason,omitempty"`
	Extra  Object `json:"-"`
}

// ServiceStats are the indexer's per-service statistics.
type ServiceStats struct {
	DatatokenAddress string  `json:"datatokenAddress,omitempty"`
	Name             string  `json:"name,omitempty"`
	Symbol           string  `json:"symbol,omitempty"`
	ServiceID        string  `json:"serviceId,omitempty"`
	Orders           int64   `json:"orders,omitempty"`
	Prices           []Price `json:"prices,omitempty"`
	Extra            Object  `json:"-"`
}

// Price is one way to buy a service's datatoken.
type Price struct {
	Type       string `json:"type"` // "fixedrate" or "dispenser"
	Price      string `json:"price"`
	Contract   string `json:"contract,omitempty"`
	Token      string `json:"token,omitempty"`
	ExchangeID string `json:"exchangeId,omitempty"`
	Extra      Object `json:"-"`
}

// DatatokenInfo describes one of the asset's datatokens.
type DatatokenInfo struct {
	Address   string `json:"address"`
	Name      string `json:"name,omitempty"`
	Symbol    string `json:"symbol,omitempty"`
	ServiceID string `json:"serviceId,omitempty"`
	Extra     Object `json:"-"`
}
