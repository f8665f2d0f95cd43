package assets

import (
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/provider"
)

// PricingType says how consumers get a service's datatoken.
type PricingType string

// The pricing types, each declared on its own so that go doc lists every
// one under PricingType.

// PricingNone: no exchange and no dispenser; the publisher hands out
// datatokens (mint or transfer) and consumers order with their balance.
const PricingNone PricingType = ""

// PricingFree: a dispenser gives one datatoken per order.
const PricingFree PricingType = "free"

// PricingFixed: a fixed-rate exchange sells datatokens for a base token
// (Pricing.Rate, Pricing.BaseToken). A buyer pays the rate plus the
// exchange's fees on top: Pricing.MarketFee (to the publisher's market)
// and Ocean's community (OPC) swap fee, 0.1% of the rate when the base
// token is OCEAN or another token the router approves and 0.2% otherwise
// (the router's defaults; FixedRateExchange.getFeesInfo reads the real
// values). Quote lists each amount.
const PricingFixed PricingType = "fixed"

// Pricing describes how a service's datatoken is obtained.
type Pricing struct {
	Type PricingType `json:"type,omitempty"`
	// Rate is base-token units per datatoken scaled by 1e18 (fixed only):
	// the price of one datatoken before fees; ParseUnits("2.5", 18) is
	// 2.5 base tokens. Buyers pay Rate plus MarketFee plus Ocean's
	// community fee (see PricingFixed); the publisher receives Rate.
	Rate *big.Int `json:"rate,omitempty"`
	// BaseToken is what buyers pay with; zero: the Ocean token.
	BaseToken common.Address `json:"baseToken,omitzero"`
	// MarketFee is the exchange's market fee, a fraction of Rate scaled
	// by 1e18 (1e15 is 0.1%) that buyers pay on top of Rate to the
	// publisher's account (the exchange's market fee collector): nil or 0
	// for none, otherwise within [1e14, 5e17] (0.01% to 50%), as the
	// exchange requires.
	MarketFee *big.Int `json:"marketFee,omitempty"`
	// Cap, when set, bounds the order volume: exactly Cap whole datatokens
	// can ever be obtained from the dispenser or exchange, which are
	// stocked once at publication instead of minting on demand; after
	// that, Quote and Order fail with ErrSoldOut before paying anything.
	// (The datatoken's own cap cannot do it: the Standard template ignores
	// it and the Enterprise template burns every datatoken it sells.) A
	// dispenser gets Cap datatokens minted to it. An exchange is stocked
	// by the publisher buying Cap datatokens from it at the exchange's
	// minimum rate and selling them back: five or six more transactions;
	// the publisher needs Cap × 1e-8 of the base token for a moment and
	// pays the community fee of both swaps (Cap × 2e-11 OCEAN at the 0.1%
	// fee on OCEAN); see the package doc.
	Cap *big.Int `json:"cap,omitempty"`
	// Template is the datatoken template: 0 means
	// datatoken.TemplateEnterprise, whose orders buy and order in one
	// transaction (buyFromDispenserAndOrder, buyFromFreAndOrder) and leave
	// no datatoken in the buyer's wallet; its dispenser and exchange sell
	// only through those calls. datatoken.TemplateStandard also sells step
	// by step (dispense or buy, then startOrder), which is how ocean.js's
	// step-by-step API buys (its orderAsset handles both); ocean.go's
	// orders of such a datatoken take two transactions.
	Template uint64 `json:"template,omitempty"`
}

// File is one file of a service: where its content is, as a ddo storage
// object (Storage returns it), and what Publish records beside it. Give
// URL (an HTTP file, the common case: Method and Headers go with it), or
// Object (any storage object the node supports, as the JSON ddo decodes:
// ipfs, arweave, s3, ...). The fields are plain so that a journaled
// PublishParams reads back as it was written.
type File struct {
	URL     string            `json:"url,omitempty"`
	Method  string            `json:"method,omitempty"`
	Headers map[string]string `json:"headers,omitempty"`
	Object  json.RawMessage   `json:"object,omitempty"`
	// SHA256 (hex) and Size, when known, are published with the service
	// and checked by Download.
	SHA256 string `json:"sha256,omitempty"`
	Size   int64  `json:"size,omitempty"`
	// EncryptedBy (the node id) and EncryptMethod ("AES" or "ECIES") say
	// the content at the origin is ciphertext of the service's node's
	// encryptFile (Client.EncryptFile returns them): a node that decrypts
	// serves the plaintext. SHA256 (required) and Size are then the
	// plaintext's; they are published whatever ServiceParams.Checksum
	// says, so that Download can tell ciphertext from the content (Ocean
	// Node v3.1.0 does not decrypt: ErrNotDecrypted). Only the node that
	// encrypted the content can decrypt it: Publish refuses a file another
	// node than the service's encrypted.
	EncryptedBy   string `json:"encryptedBy,omitempty"`
	EncryptMethod string `json:"encryptMethod,omitempty"`
}

// Storage returns the file's storage object, the one declaration of a
// file object the provider client and the files document take: Object
// decoded (ddo.DecodeStorageObject), or a *ddo.URLFile for URL (Method
// upper-cased, GET by default), with EncryptedBy and EncryptMethod set. It
// checks the file as Publish does (ErrInvalidParams).
func (f File) Storage() (ddo.StorageObject, error) {
	if (f.EncryptedBy == "") != (f.EncryptMethod == "") {
		return nil, fmt.Errorf("%w: file needs both EncryptedBy and EncryptMethod, or neither", ErrInvalidParams)
	}
	if f.EncryptMethod != "" && f.EncryptMethod != string(provider.EncryptAES) && f.EncryptMethod != string(provider.EncryptECIES) {
		return nil, fmt.Errorf("%w: file EncryptMethod %q: want AES or ECIES", ErrInvalidParams, f.EncryptMethod)
	}
	if f.EncryptedBy != "" && f.SHA256 == "" {
		return nil, fmt.Errorf("%w: an encrypted file needs the SHA256 of its plaintext (Client.EncryptFile returns it)", ErrInvalidParams)
	}
	enc := ddo.FileEncryption{EncryptedBy: f.EncryptedBy, EncryptMethod: f.EncryptMethod}
	if len(f.Object) > 0 {
		if f.URL != "" {
			return nil, fmt.Errorf("%w: file has both URL and Object", ErrInvalidParams)
		}
		s, err := ddo.DecodeStorageObject(f.Object)
		if err != nil {
			return nil, fmt.Errorf("%w: file object: %v", ErrInvalidParams, err)
		}
		if f.EncryptedBy != "" {
			fe := reflect.ValueOf(s).Elem().FieldByName("FileEncryption")
			if !fe.IsValid() {
				return nil, fmt.Errorf("%w: a %q file object cannot say it is encrypted", ErrInvalidParams, s.StorageType())
			}
			fe.Set(reflect.ValueOf(enc))
		}
		return s, nil
	}
	if f.URL == "" {
		return nil, fmt.Errorf("%w: file needs URL or Object", ErrInvalidParams)
	}
	method := f.Method
	if method == "" {
		method = "GET"
	}
	return &ddo.URLFile{URL: f.URL, Method: strings.ToUpper(method), Headers: f.Headers, FileEncryption: enc}, nil
}

// object returns the storage object JSON for the files document: Object
// as given when nothing is added to it, else Storage encoded as ocean.js
// encodes it.
func (f File) object() (json.RawMessage, error) {
	s, err := f.Storage()
	if err != nil {
		return nil, err
	}
	if len(f.Object) > 0 && f.EncryptedBy == "" {
		return f.Object, nil
	}
	return ddo.EncodeStorageObject(s)
}

// ComputeOptions configure a compute service: which algorithms may run on
// the data.
type ComputeOptions struct {
	AllowRawAlgorithm  bool `json:"allowRawAlgorithm,omitempty"`
	AllowNetworkAccess bool `json:"allowNetworkAccess,omitempty"`
	// TrustedAlgorithms (see TrustAlgorithm and ddo.AllowAll) and
	// TrustedPublishers (addresses, or ddo.Wildcard). Ocean Node denies
	// every algorithm when both are empty.
	TrustedAlgorithms []ddo.TrustedAlgorithm `json:"trustedAlgorithms,omitempty"`
	TrustedPublishers []string               `json:"trustedPublishers,omitempty"`
}

// ServiceParams describe one service to publish (or add).
type ServiceParams struct {
	// Type is ddo.ServiceAccess (the default) or ddo.ServiceCompute.
	Type        string `json:"type,omitempty"`
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"`
	// Files are encrypted by the node (their URLs, not their content; see
	// Client.EncryptFile for that); at least one.
	Files []File `json:"files"`
	// Timeout is how long (seconds) an order gives access; 0 forever.
	Timeout int64 `json:"timeout,omitempty"`
	// Pricing of the service's datatoken.
	Pricing Pricing `json:"pricing,omitzero"`
	// Credentials restrict who may order this service.
	Credentials *ddo.Credentials `json:"credentials,omitempty"`
	// Compute is required for compute services.
	Compute *ComputeOptions `json:"compute,omitempty"`
	// Checksum publishes the sha256 and size of every file without a
	// SHA256 with the service; Download checks them. They come from the
	// node when it read the whole file, otherwise from the publisher
	// fetching the file itself (see the package doc).
	Checksum bool `json:"checksum,omitempty"`
	// ConsumerParameters are inputs consumers supply when ordering.
	ConsumerParameters []ddo.ConsumerParameter `json:"consumerParameters,omitempty"`
	// Endpoint is the node that serves the service: its files are
	// encrypted by that node and it is the service's serviceEndpoint, so
	// consumers order and download through it. Empty: the client's node.
	Endpoint string `json:"endpoint,omitempty"`
}

func (s *ServiceParams) validate() error {
	switch s.Type {
	case "", ddo.ServiceAccess:
	case ddo.ServiceCompute:
		if s.Compute == nil {
			return fmt.Errorf("%w: a compute service needs ComputeOptions", ErrInvalidParams)
		}
	default:
		return fmt.Errorf("%w: service type %q", ErrInvalidParams, s.Type)
	}
	if len(s.Files) == 0 {
		return fmt.Errorf("%w: a service needs at least one file", ErrInvalidParams)
	}
	for _, f := range s.Files {
		if _, err := f.object(); err != nil {
			return err
		}
	}
	if s.Timeout < 0 {
		return fmt.Errorf("%w: negative timeout", ErrInvalidParams)
	}
	if s.Endpoint != "" {
		if _, err := provider.RootURL(s.Endpoint); err != nil {
			return fmt.Errorf("%w: endpoint: %v", ErrInvalidParams, err)
		}
	}
	p := s.Pricing
	switch p.Type {
	case PricingNone, PricingFree:
	case PricingFixed:
		if p.Rate == nil || p.Rate.Sign() <= 0 {
			return fmt.Errorf("%w: fixed pricing needs a positive rate", ErrInvalidParams)
		}
	default:
		return fmt.Errorf("%w: pricing type %q", ErrInvalidParams, p.Type)
	}
	if p.Cap != nil && p.Cap.Sign() <= 0 {
		return fmt.Errorf("%w: cap must be positive", ErrInvalidParams)
	}
	return nil
}

// AddressCredentials builds the credentials that allow only allow (when
// non-empty) and deny deny: Ocean Node refuses orders and downloads of
// denied consumers and of consumers not allowed.
func AddressCredentials(allow, deny []common.Address) *ddo.Credentials {
	c := &ddo.Credentials{}
	hexes := func(as []common.Address) []string {
		out := make([]string, len(as))
		for i, a := range as {
			out[i] = strings.ToLower(a.Hex())
		}
		return out
	}
	if len(allow) > 0 {
		c.Allow = []ddo.Credential{ddo.AddressCredential(hexes(allow)...)}
	}
	if len(deny) > 0 {
		c.Deny = []ddo.Credential{ddo.AddressCredential(hexes(deny)...)}
	}
	return c
}

// Metadata is the descriptive part of a DDO.
type Metadata struct {
	Name            string   `json:"name"`
	Description     string   `json:"description"`
	Author          string   `json:"author"`
	License         string   `json:"license"`
	Tags            []string `json:"tags,omitempty"`
	Links           []string `json:"links,omitempty"`
	Categories      []string `json:"categories,omitempty"`
	CopyrightHolder string   `json:"copyrightHolder,omitempty"`
	ContentLanguage string   `json:"contentLanguage,omitempty"`
}

func (m Metadata) ddo(created string) ddo.Metadata {
	return ddo.Metadata{Created: created, Updated: created, Name: m.Name, Description: m.Description,
		Author: m.Author, License: m.License, Tags: m.Tags, Links: m.Links, Categories: m.Categories,
		CopyrightHolder: m.CopyrightHolder, ContentLanguage: m.ContentLanguage}
}

// PublishParams describe an asset to publish.
type PublishParams struct {
	// Key is the idempotency key: publishing again with the same key (or
	// Resume) continues the same publication instead of starting another.
	Key string `json:"key"`
	// NFTName and NFTSymbol name the data NFT; empty: derived from Key.
	NFTName   string   `json:"nftName,omitempty"`
	NFTSymbol string   `json:"nftSymbol,omitempty"`
	Metadata  Metadata `json:"metadata"`
	// Algorithm, when set, publishes an algorithm instead of a dataset.
	Algorithm *ddo.AlgorithmParams `json:"algorithm,omitempty"`
	// Services, at least one; each gets its own datatoken.
	Services []ServiceParams `json:"services"`
	// Credentials restrict who may consume any service of the asset.
	Credentials *ddo.Credentials `json:"credentials,omitempty"`
	// PlainDDO sets the DDO on chain unencrypted (flags 0). By default it
	// is encrypted by the node, as ocean.js does.
	PlainDDO bool `json:"plainDDO,omitempty"`
}

// Validate checks the required fields.
func (p *PublishParams) Validate() error {
	if p.Key == "" {
		return fmt.Errorf("%w: Key is required", ErrInvalidParams)
	}
	m := p.Metadata
	if m.Name == "" || m.Description == "" || m.Author == "" || m.License == "" {
		return fmt.Errorf("%w: metadata needs name, description, author and license", ErrInvalidParams)
	}
	if len(p.Services) == 0 {
		return fmt.Errorf("%w: at least one service", ErrInvalidParams)
	}
	for i := range p.Services {
		if err := p.Services[i].validate(); err != nil {
			return fmt.Errorf("service %d: %w", i, err)
		}
	}
	return nil
}
