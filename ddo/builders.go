package ddo

import (
	"errors"
	"time"
)

// DefaultVersion is the version the builders write unless told otherwise:
// 4.1.0, the version ocean.js, ocean.py and the Ocean Market publish, which
// every indexer (Ocean Node and Aquarius) accepts.
const DefaultVersion = Version410

// FormatTime formats t as the DDO created/updated fields are written: UTC,
// second precision, "Z" suffix (for example "2020-11-15T12:27:48Z").
func FormatTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

// AssetParams are the inputs every builder needs.
type AssetParams struct {
	// NFTAddress is the data NFT's address (any case; it is written in
	// EIP-55 form). ChainID is the chain it lives on. Together they
	// determine the DID.
	NFTAddress string `validate:"required"`
	ChainID    int64  `validate:"gt=0"`
	// Version is the DDO schema version; empty means DefaultVersion. A
	// builder using a feature of a newer schema (service credentials,
	// trusted algorithms with serviceId) sets it to at least 4.7.0, except
	// for service credentials with an accessList rule, which 4.7.0's
	// schema rejects and earlier ones do not check.
	Version string `validate:"omitempty,oneof=4.1.0 4.3.0 4.5.0 4.7.0"`
	// Metadata must have Created, Updated, Name, Description, Author and
	// License set; the builder sets Type.
	Metadata Metadata
	// Credentials restrict who may consume the asset (optional).
	Credentials *Credentials
}

// ServiceParams describe one service.
type ServiceParams struct {
	// ID defaults to ServiceID(DatatokenAddress, Files).
	ID string
	// Files is the encrypted files object (see FilesObject), or "" when
	// the files are stored on-chain in the datatoken.
	Files string
	// DatatokenAddress is written as given (0x and 40 hex digits).
	DatatokenAddress string `validate:"required,eth_addr"`
	// ServiceEndpoint is the base URL of the node serving the asset.
	ServiceEndpoint string `validate:"required,http_url"`
	// Timeout is how long, in seconds, access lasts after an order; 0
	// means forever.
	Timeout               int64 `validate:"gte=0"`
	Name                  string
	Description           string
	ConsumerParameters    []ConsumerParameter
	Credentials           *Credentials
	AdditionalInformation Value
}

// ComputeParams are a compute service's options.
type ComputeParams struct {
	AllowRawAlgorithm  bool
	AllowNetworkAccess bool
	// TrustedAlgorithms the service runs (see TrustAlgorithm). Ocean Node
	// denies every algorithm when both lists are empty.
	TrustedAlgorithms []TrustedAlgorithm
	// TrustedPublishers whose algorithms the service runs; Wildcard
	// trusts everyone.
	TrustedPublishers []string
}

// AlgorithmParams describe an algorithm asset's code.
type AlgorithmParams struct {
	Language           string
	Version            string
	Container          Container
	ConsumerParameters []ConsumerParameter
}

// NewDataset returns a dataset DDO with one access (download) service.
// The result is checked with [Validate] (strict); errors are
// *[ValidationError] or *[AddressError].
func NewDataset(p AssetParams, access ServiceParams) (*DDO, error) {
	svc, err := newService(ServiceAccess, access)
	if err != nil {
		return nil, err
	}
	return build(p, TypeDataset, nil, svc)
}

// NewComputeDataset returns a dataset DDO with one compute-to-data service
// that runs the given trusted algorithms and publishers' algorithms.
func NewComputeDataset(p AssetParams, compute ServiceParams, c ComputeParams) (*DDO, error) {
	svc, err := newService(ServiceCompute, compute)
	if err != nil {
		return nil, err
	}
	svc.Compute = &Compute{
		AllowRawAlgorithm:                   c.AllowRawAlgorithm,
		AllowNetworkAccess:                  c.AllowNetworkAccess,
		PublisherTrustedAlgorithmPublishers: append([]string{}, c.TrustedPublishers...),
		PublisherTrustedAlgorithms:          append([]TrustedAlgorithm{}, c.TrustedAlgorithms...),
	}
	if p.Version == "" {
		for _, t := range c.TrustedAlgorithms {
			if t.ServiceID != "" {
				p.Version = Version470
			}
		}
	}
	return build(p, TypeDataset, nil, svc)
}

// NewAlgorithm returns an algorithm DDO with its container, consumer
// parameters and one access service (the service compute jobs order the
// algorithm through).
func NewAlgorithm(p AssetParams, alg AlgorithmParams, access ServiceParams) (*DDO, error) {
	svc, err := newService(ServiceAccess, access)
	if err != nil {
		return nil, err
	}
	a := &Algorithm{
		Language:           alg.Language,
		Version:            alg.Version,
		Container:          alg.Container,
		ConsumerParameters: alg.ConsumerParameters,
	}
	return build(p, TypeAlgorithm, a, svc)
}

func newService(typ string, p ServiceParams) (Service, error) {
	if err := structError(newStructValidator().Struct(p), ""); err != nil {
		return Service{}, err
	}
	dt := p.DatatokenAddress
	id := p.ID
	if id == "" {
		id = ServiceID(dt, p.Files)
	}
	return Service{
		ID:                    id,
		Type:                  typ,
		Files:                 p.Files,
		DatatokenAddress:      dt,
		ServiceEndpoint:       p.ServiceEndpoint,
		Timeout:               p.Timeout,
		Name:                  p.Name,
		Description:           p.Description,
		ConsumerParameters:    p.ConsumerParameters,
		Credentials:           p.Credentials,
		AdditionalInformation: p.AdditionalInformation,
	}, nil
}

func build(p AssetParams, typ string, alg *Algorithm, svc Service) (*DDO, error) {
	if err := structError(newStructValidator().Struct(p), ""); err != nil {
		return nil, err
	}
	if p.Metadata.Created == "" || p.Metadata.Updated == "" {
		return nil, errors.New("ddo: metadata created and updated are required (see FormatTime)")
	}
	nft, err := ChecksumAddress(p.NFTAddress)
	if err != nil {
		return nil, err
	}
	did, err := DID(nft, p.ChainID)
	if err != nil {
		return nil, err
	}
	version := p.Version
	if version == "" {
		version = DefaultVersion
		if svc.Credentials != nil && !hasAccessList(svc.Credentials) {
			// Service-level credentials are schema-checked from 4.7.0,
			// whose schema rejects accessList rules: a service with such
			// rules stays at DefaultVersion, which leaves them to the node.
			version = Version470
		}
	}
	md := p.Metadata
	md.Type = typ
	if alg != nil {
		md.Algorithm = alg
	}
	d := &DDO{
		Context:     []string{DefaultContext},
		ID:          did,
		Version:     version,
		ChainID:     p.ChainID,
		NFTAddress:  nft,
		Metadata:    md,
		Services:    []Service{svc},
		Credentials: p.Credentials,
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return d, nil
}

// NewDatasetV5 returns a v5 (5.0.0) dataset DDO with one access service,
// issued by issuer (a DID or URL naming the publisher). Credentials of type
// accessList validate only in v5 documents. See [DDO.V5] for how the v4
// fields map.
func NewDatasetV5(p AssetParams, access ServiceParams, issuer string) (*DDOV5, error) {
	svc, err := newService(ServiceAccess, access)
	if err != nil {
		return nil, err
	}
	p.Version = Version410 // the v4 form is only an intermediate here
	creds := p.Credentials
	p.Credentials = nil
	svcCreds := svc.Credentials
	svc.Credentials = nil
	d, err := build(p, TypeDataset, nil, svc)
	if err != nil {
		return nil, err
	}
	d.Credentials = creds
	d.Services[0].Credentials = svcCreds
	v5, err := d.V5(issuer)
	if err != nil {
		return nil, err
	}
	if err := v5.Validate(); err != nil {
		return nil, err
	}
	return v5, nil
}

// V5 returns d in the v5 (5.0.0) layout: id "did:ope:…" (same hash),
// @context the VC v2 context, type ["VerifiableCredential"], the given
// issuer, and d's fields under credentialSubject. Metadata and service
// descriptions become language objects (language metadata.contentLanguage,
// default "en"), license becomes {"name": license}, links become an object
// keyed by the link itself, and providedBy is the author. Unknown members
// are carried over.
func (d *DDO) V5(issuer string) (*DDOV5, error) {
	id, err := DIDV5(d.NFTAddress, d.ChainID)
	if err != nil {
		return nil, err
	}
	lang := d.Metadata.ContentLanguage
	if lang == "" {
		lang = "en"
	}
	text := func(s string) Value {
		if s == "" {
			return Value{}
		}
		return ObjectValue(Member{"@value", StringValue(s)}, Member{"@language", StringValue(lang)}, Member{"@direction", StringValue("ltr")})
	}
	md := d.Metadata
	m5 := MetadataV5{
		Created:               md.Created,
		Updated:               md.Updated,
		Description:           text(md.Description),
		Name:                  md.Name,
		Type:                  md.Type,
		Author:                md.Author,
		ProvidedBy:            md.Author,
		CopyrightHolder:       md.CopyrightHolder,
		Tags:                  md.Tags,
		Categories:            md.Categories,
		AdditionalInformation: md.AdditionalInformation,
		Algorithm:             md.Algorithm,
		Extra:                 md.Extra.withoutSlots(),
	}
	if md.License != "" {
		m5.License = ObjectValue(Member{"name", StringValue(md.License)})
	}
	if len(md.Links) > 0 {
		var links Object
		for _, l := range md.Links {
			links.Set(l, StringValue(l))
		}
		m5.Links = links.Value()
	}
	services := make([]ServiceV5, len(d.Services))
	for i, s := range d.Services {
		services[i] = ServiceV5{
			ID:                    s.ID,
			Type:                  s.Type,
			Name:                  s.Name,
			Description:           text(s.Description),
			Files:                 s.Files,
			DatatokenAddress:      s.DatatokenAddress,
			ServiceEndpoint:       s.ServiceEndpoint,
			Timeout:               s.Timeout,
			Compute:               s.Compute,
			ConsumerParameters:    s.ConsumerParameters,
			Credentials:           s.Credentials,
			AdditionalInformation: s.AdditionalInformation,
			Extra:                 s.Extra.withoutSlots(),
		}
	}
	return &DDOV5{
		Context: []string{ContextV5},
		ID:      id,
		Version: Version500,
		Type:    []string{"VerifiableCredential"},
		Issuer:  issuer,
		CredentialSubject: CredentialSubject{
			ID:          id,
			Metadata:    m5,
			Services:    services,
			Credentials: d.Credentials,
			ChainID:     d.ChainID,
			NFTAddress:  d.NFTAddress,
		},
		Extra: d.Extra.withoutSlots(),
	}, nil
}

// TrustAlgorithm returns the trusted-algorithm entry for the algorithm
// asset algo: its DID, the containerSectionChecksum of its container, and
// filesChecksum, the concatenated checksums of the algorithm service's
// files (see [FilesChecksum]; the files are encrypted in the DDO, so the
// caller obtains their checksums from the node's fileinfo). A non-empty
// serviceID restricts the entry to that service of the algorithm and needs
// schema 4.7.0.
func TrustAlgorithm(algo *DDO, serviceID, filesChecksum string) (TrustedAlgorithm, error) {
	if algo.Metadata.Algorithm == nil {
		return TrustedAlgorithm{}, errors.New("ddo: trust algorithm: asset has no metadata.algorithm")
	}
	return TrustedAlgorithm{
		DID:                      algo.ID,
		FilesChecksum:            filesChecksum,
		ContainerSectionChecksum: ContainerSectionChecksum(algo.Metadata.Algorithm.Container),
		ServiceID:                serviceID,
	}, nil
}

// AllowAll is the trusted-algorithm entry that trusts every algorithm
// (the bare string "*").
func AllowAll() TrustedAlgorithm { return TrustedAlgorithm{Any: true} }

// AddressCredential returns an address allow/deny rule. Addresses are
// matched case-insensitively; Wildcard matches every address.
func AddressCredential(addresses ...string) Credential {
	return Credential{Type: CredentialAddress, Values: append([]string{}, addresses...)}
}

// AccessListCredential returns a rule matching the members of an on-chain
// AccessList contract. The v4 schemas reject it where they check
// credentials (their credential items require "values"; ddo.md §1.7): the
// asset-level credentials, and the service-level ones in 4.7.0. It
// validates in v5 documents and in the service-level credentials of
// versions 4.1.0 to 4.5.0, whose schemas leave those to the node (the
// builders keep such a service at DefaultVersion).
func AccessListCredential(chainID int64, accessList string) Credential {
	return Credential{Type: CredentialAccessList, ChainID: chainID, AccessList: accessList}
}

// hasAccessList reports whether c has an accessList rule.
func hasAccessList(c *Credentials) bool {
	for _, l := range [][]Credential{c.Allow, c.Deny} {
		for _, r := range l {
			if r.Type == CredentialAccessList {
				return true
			}
		}
	}
	return false
}

// SelectOptions returns the options value of a select consumer parameter
// in the form v4 schemas accept: the JSON array of single-member objects
// [{"value":"label"},…] encoded as one string.
func SelectOptions(pairs ...[2]string) Value {
	elems := make([]Value, len(pairs))
	for i, p := range pairs {
		elems[i] = ObjectValue(Member{p[0], StringValue(p[1])})
	}
	return StringValue(string(appendValue(nil, ArrayValue(elems...))))
}
