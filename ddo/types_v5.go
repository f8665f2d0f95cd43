package ddo

import "reflect"

// ContextV5 is the @context of a v5 DDO.
const ContextV5 = "https://www.w3.org/ns/credentials/v2"

// DDOV5 is a publishable v5 DDO (version 5.0.0): a W3C Verifiable
// Credential whose credentialSubject describes the asset (ddo.md §1.10).
// Its id uses the "did:ope:" prefix (see [DIDV5]). The rich v5 values
// (language objects, license, remote objects, proof) are kept as [Value]s.
type DDOV5 struct {
	Context           []string          `json:"@context"`
	ID                string            `json:"id"`
	Version           string            `json:"version"`
	Type              []string          `json:"type"`
	Issuer            string            `json:"issuer"`
	CredentialSubject CredentialSubject `json:"credentialSubject"`
	AdditionalDDOs    []AdditionalDDO   `json:"additionalDdos,omitempty"`
	Proof             Value             `json:"proof,omitempty"`
	Extra             Object            `json:"-"`
}

// CredentialSubject is the asset part of a v5 DDO.
type CredentialSubject struct {
	ID          string       `json:"id,omitempty"`
	Metadata    MetadataV5   `json:"metadata"`
	Services    []ServiceV5  `json:"services"`
	Credentials *Credentials `json:"credentials,omitempty"`
	ChainID     int64        `json:"chainId"`
	NFTAddress  string       `json:"nftAddress"`
	Extra       Object       `json:"-"`
}

// MetadataV5 is a v5 DDO's metadata. Description and DisplayTitle are
// language objects ({"@value", "@language", "@direction"}), License is
// {"name", "ODRL"?, "licenseDocuments"?}, Links a string→string object.
type MetadataV5 struct {
	Created               string     `json:"created"`
	Updated               string     `json:"updated"`
	Description           Value      `json:"description,omitempty"`
	DisplayTitle          Value      `json:"displayTitle,omitempty"`
	Name                  string     `json:"name"`
	Type                  string     `json:"type"`
	Author                string     `json:"author,omitempty"`
	ProvidedBy            string     `json:"providedBy"`
	License               Value      `json:"license,omitempty"`
	CopyrightHolder       string     `json:"copyrightHolder,omitempty"`
	Links                 Value      `json:"links,omitempty"`
	Attachments           Value      `json:"attachments,omitempty"`
	Tags                  []string   `json:"tags,omitempty"`
	Categories            []string   `json:"categories,omitempty"`
	AdditionalInformation Value      `json:"additionalInformation,omitempty"`
	Algorithm             *Algorithm `json:"algorithm,omitempty"`
	Extra                 Object     `json:"-"`
}

// ServiceV5 is a v5 service. State is the service's own metadata state.
type ServiceV5 struct {
	ID                    string              `json:"id"`
	Type                  string              `json:"type"`
	Name                  string              `json:"name,omitempty"`
	DisplayName           Value               `json:"displayName,omitempty"`
	Description           Value               `json:"description,omitempty"`
	Files                 string              `json:"files"`
	DatatokenAddress      string              `json:"datatokenAddress"`
	ServiceEndpoint       string              `json:"serviceEndpoint"`
	Timeout               int64               `json:"timeout"`
	State                 *MetadataState      `json:"state,omitempty"`
	Compute               *Compute            `json:"compute,omitempty"`
	ConsumerParameters    []ConsumerParameter `json:"consumerParameters,omitempty"`
	Credentials           *Credentials        `json:"credentials,omitempty"`
	DataSchema            Value               `json:"dataSchema,omitempty"`
	InputSchema           Value               `json:"inputSchema,omitempty"`
	OutputSchema          Value               `json:"outputSchema,omitempty"`
	AdditionalInformation Value               `json:"additionalInformation,omitempty"`
	Extra                 Object              `json:"-"`
}

// AdditionalDDO is an entry of a v5 DDO's additionalDdos list.
type AdditionalDDO struct {
	Type  string `json:"type"`
	Data  string `json:"data"`
	Extra Object `json:"-"`
}

// MarshalJSON returns the JSON.stringify-identical encoding of d.
func (d DDOV5) MarshalJSON() ([]byte, error) { return encodeStruct(&d), nil }

// UnmarshalJSON decodes a v5 DDO.
func (d *DDOV5) UnmarshalJSON(data []byte) error { return decodeInto(d, data) }

// Value returns d as a [Value].
func (d *DDOV5) Value() Value { return toValue(reflect.ValueOf(d)) }

// Validate checks d as [Validate] checks its encoding.
func (d *DDOV5) Validate(opts ...Option) error { return ValidateValue(d.Value(), opts...) }

// MetadataHash returns the metaDataHash of d's encoding published with
// flags (see [MetadataHash]).
func (d *DDOV5) MetadataHash(flags Flags) Hash { return MetadataHash(encodeStruct(d), flags) }

// AssetV5 is a v5 DDO as an indexer returns it.
type AssetV5 struct {
	DDOV5
	IndexedMetadata *IndexedMetadata `json:"indexedMetadata,omitempty"`
}

// MarshalJSON returns the JSON.stringify-identical encoding of a.
func (a AssetV5) MarshalJSON() ([]byte, error) { return encodeStruct(&a), nil }

// UnmarshalJSON decodes an indexed v5 asset.
func (a *AssetV5) UnmarshalJSON(data []byte) error { return decodeInto(a, data) }

// Value returns a as a [Value].
func (a *AssetV5) Value() Value { return toValue(reflect.ValueOf(a)) }
