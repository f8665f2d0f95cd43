package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
)

// contentState values (OEP-14).
const (
	statePending     = "PENDING"     // accepted, not yet on chain and indexed
	statePublished   = "PUBLISHED"   // provided by at least one provider
	stateUnpublished = "UNPUBLISHED" // on chain, provided by nobody
	stateDisabled    = "DISABLED"    // deleted
)

// Asset is OEP-14's Asset, with the system fields the registry adds.
type Asset struct {
	AssetID       string          `json:"assetId,omitempty"`
	Owner         string          `json:"owner,omitempty"`
	Name          string          `json:"name,omitempty"`
	MarketplaceID string          `json:"marketplaceId,omitempty"`
	MimeType      string          `json:"mimeType,omitempty"`
	Attributes    []Attribute     `json:"attributes,omitempty"`
	Parameters    json.RawMessage `json:"parameters,omitempty"`
	Links         []Link          `json:"links,omitempty"`

	CreationDatetime time.Time       `json:"creationDatetime,omitzero"`
	UpdateDatetime   time.Time       `json:"updateDatetime,omitzero"`
	ContentState     string          `json:"contentState,omitempty"`
	Providers        []AssetProvider `json:"providers,omitempty"`
	// DID is the Ocean asset (data NFT + DDO) the registry published.
	DID string `json:"did,omitempty"`
	// LastError is the last failure of the background flow, which is
	// retried on the next request for the asset and at restart.
	LastError string `json:"lastError,omitempty"`
}

// Attribute is a key/value pair of an Asset.
type Attribute struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Link points from an Asset to content or another asset.
type Link struct {
	Name          string `json:"name,omitempty"`
	LinkedAssetID string `json:"linkedAssetId,omitempty"`
	LinkedType    string `json:"linkedType,omitempty"`
	URL           string `json:"url,omitempty"`
}

// AssetProvider is OEP-14's association of a provider with an asset.
type AssetProvider struct {
	AssetID            string              `json:"assetId,omitempty"`
	ProviderID         string              `json:"providerId"`
	Pricing            []Price             `json:"pricing"`
	VerificationProofs []VerificationProof `json:"verificationProofs"`
}

// Price is one pricing scheme of a provider. price and quantity are
// decimal numbers, given as JSON numbers (as OEP-14 prints them) or
// strings; they are kept as written (json.Number), never rounded through
// a float. The registry supports FREE (an Ocean dispenser) and FIXED (a
// fixed-rate exchange, price in OCEAN); quantity, when given, must be a
// positive whole number: the number of orders the service sells (see
// pricing).
type Price struct {
	ID          string      `json:"id,omitempty"`
	Scheme      string      `json:"scheme"`
	Price       json.Number `json:"price,omitempty"`
	Quantity    json.Number `json:"quantity,omitempty"`
	Name        string      `json:"name,omitempty"`
	Description string      `json:"description,omitempty"`
}

// VerificationProof is kept with the association as given.
type VerificationProof struct {
	ID             string `json:"id"`
	Name           string `json:"name"`
	Agreement      string `json:"agreement"`
	ExpectedResult string `json:"expectedResult"`
	Description    string `json:"description,omitempty"`
}

// record is an asset's registry entry, the payload of its journal entry
// "oep14/<assetId>": what callers asked for (Asset, the associations,
// Deleted) and how far the background flow has applied it.
type record struct {
	Asset Asset `json:"asset"`
	// Publish are the parameters of the publication, fixed at creation so
	// that a resumed publication continues the same flow.
	Publish assets.PublishParams `json:"publish"`
	// MetaVersion counts metadata updates; MetaApplied is the last one
	// set on chain.
	MetaVersion int `json:"metaVersion"`
	MetaApplied int `json:"metaApplied"`
	// Providers by providerId.
	Providers map[string]*association `json:"providers,omitempty"`
	// Deleted: DELETE was accepted; DeleteApplied: the asset is retired
	// on chain.
	Deleted       bool `json:"deleted,omitempty"`
	DeleteApplied bool `json:"deleteApplied,omitempty"`
}

// association is a provider's association and what of it is on chain.
type association struct {
	AssetProvider
	Removed bool `json:"removed,omitempty"`
	// Version counts changes; Applied is the last one applied on chain.
	Version int `json:"version"`
	Applied int `json:"applied"`
	// Services are the association's services in the DDO, by price key
	// (see priceKey), each with the price it was last set to.
	Services map[string]*liveService `json:"services,omitempty"`
	// ProofsOnChain is the value last written under the provider's
	// proofs key in the data NFT's store (hex; empty: nothing).
	ProofsOnChain string `json:"proofsOnChain,omitempty"`
	// ServiceID is the one service of a record written before an
	// association could have several prices; reconcile moves it into
	// Services.
	ServiceID string `json:"serviceId,omitempty"`
}

// liveService is a service of the DDO and the price it sells at.
type liveService struct {
	ServiceID string `json:"serviceId"`
	Price     Price  `json:"price"`
}

// converged reports whether the chain has everything the record asks.
func (rec *record) converged() bool {
	if rec.Asset.DID == "" || rec.MetaApplied < rec.MetaVersion || rec.Deleted != rec.DeleteApplied {
		return false
	}
	for _, a := range rec.Providers {
		if a.Applied < a.Version {
			return false
		}
	}
	return true
}

// The API's paths.
const (
	metadataPath = "/api/v1/keeper/assets/metadata"
	providerPath = "/api/v1/keeper/assets/provider"
)

const recordFlow = "oep14-asset"

func recordKey(id string) string { return "oep14/" + id }

// registry is the OEP-14 agent: an HTTP API over the assets flows of one
// Ocean account (the agent's), with the journal as its database.
type registry struct {
	c     *ocean.Client
	store journal.Store
	// providers is the provider directory, by providerId (addresses in
	// their checksummed form): the agent's own node and the configured
	// ones.
	providers map[string]*nodeProvider
	// publicURL is the registry's base URL as the Ocean nodes reach it:
	// the content of an asset registered without a link is its document
	// here.
	publicURL string
	now       func() time.Time

	// bg is the lifetime of background flows; wg waits for them.
	bg      context.Context
	wg      sync.WaitGroup
	mu      sync.Mutex
	running map[string]bool // asset ids being reconciled
	again   map[string]bool // reconcile again when done
}

// handler routes the OEP-14 agent API.
func (r *registry) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+metadataPath, r.authed(r.createAsset))
	mux.HandleFunc("PUT "+metadataPath, r.authed(r.updateAsset))
	mux.HandleFunc("GET "+metadataPath+"/{assetId}", r.getAsset)
	mux.HandleFunc("DELETE "+metadataPath+"/{assetId}", r.authed(r.deleteAsset))
	mux.HandleFunc("POST "+providerPath, r.authed(r.addProvider))
	mux.HandleFunc("PUT "+providerPath, r.authed(r.updateProvider))
	return mux
}

// httpError is an error with its status code.
type httpError struct {
	code int
	msg  string
}

func (e *httpError) Error() string { return e.msg }

func fail(code int, format string, args ...any) error {
	return &httpError{code: code, msg: fmt.Sprintf(format, args...)}
}

// authedHandler handles an authenticated request: caller and body given.
type authedHandler func(req *http.Request, caller common.Address, body []byte) (int, any, error)

func (r *registry) authed(h authedHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		caller, body, err := r.authenticate(req)
		if err != nil {
			code := http.StatusBadRequest
			if errors.Is(err, errAuth) {
				code = http.StatusUnauthorized
			}
			writeJSON(w, code, map[string]string{"error": err.Error()})
			return
		}
		code, v, err := h(req, caller, body)
		respond(w, code, v, err)
	}
}

func respond(w http.ResponseWriter, code int, v any, err error) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		writeJSON(w, he.code, map[string]string{"error": he.msg})
	case err != nil:
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
	default:
		writeJSON(w, code, v)
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// decode reads a JSON body strictly.
func decode(body []byte, v any) error {
	d := json.NewDecoder(strings.NewReader(string(body)))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return fail(http.StatusBadRequest, "invalid JSON: %v", err)
	}
	return nil
}

var assetIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)

func checkID(id string) error {
	if !assetIDPattern.MatchString(id) {
		return fail(http.StatusBadRequest, "assetId must be 1 to 128 letters, digits, '.', '_' or '-'")
	}
	return nil
}

// checkContent validates the mutable fields of an asset: every field is
// optional (OEP-14), a link's url, when given, is http(s).
func checkContent(a *Asset) error {
	for _, l := range a.Links {
		if l.URL == "" {
			continue
		}
		u, err := url.Parse(l.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fail(http.StatusBadRequest, "link %q: url must be http(s)", l.Name)
		}
	}
	return nil
}

// checkOwner validates the owner a request names. The owner is the
// authenticated caller, always (the later revision of OEP-14 says so:
// "retrieved from the Authorization HTTP header"); naming another account
// is refused, so a client cannot believe it registered for someone else.
// A value that is not an address names no account and is ignored: the
// spec's own ASE.001 example carries the abbreviated "0x1234aa33bb".
func checkOwner(owner string, caller common.Address) error {
	if common.IsHexAddress(owner) && common.HexToAddress(owner) != caller {
		return fail(http.StatusBadRequest, "owner %s is not the authenticated caller %s", owner, caller.Hex())
	}
	return nil
}

// createAsset is ASE.001: register an asset. The caller becomes its
// owner. 202: the publication continues in the background.
func (r *registry) createAsset(req *http.Request, caller common.Address, body []byte) (int, any, error) {
	var a Asset
	if len(bytes.TrimSpace(body)) > 0 { // an empty payload registers an asset too
		if err := decode(body, &a); err != nil {
			return 0, nil, err
		}
	}
	if a.AssetID == "" {
		a.AssetID = newID()
	}
	if err := checkID(a.AssetID); err != nil {
		return 0, nil, err
	}
	if err := checkOwner(a.Owner, caller); err != nil {
		return 0, nil, err
	}
	if err := checkContent(&a); err != nil {
		return 0, nil, err
	}
	now := r.now().UTC()
	a.Owner, a.CreationDatetime, a.UpdateDatetime = caller.Hex(), now, now
	a.ContentState, a.Providers, a.DID, a.LastError = "", nil, "", ""
	rec := &record{Asset: a, Publish: publishParams(&a, r.documentURL(a.AssetID))}
	payload, err := json.Marshal(rec)
	if err != nil {
		return 0, nil, err
	}
	err = r.store.Create(req.Context(), &journal.Entry{Key: recordKey(a.AssetID), Flow: recordFlow, Status: statePending,
		Payload: payload})
	if errors.Is(err, journal.ErrExists) {
		return 0, nil, fail(http.StatusUnprocessableEntity, "asset %s already exists", a.AssetID)
	}
	if err != nil {
		return 0, nil, err
	}
	r.kick(a.AssetID)
	return http.StatusAccepted, r.view(req.Context(), rec), nil
}

// newID returns a random asset id.
func newID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// getAsset is ASE.002: any user. A deleted asset is 404.
func (r *registry) getAsset(w http.ResponseWriter, req *http.Request) {
	id := req.PathValue("assetId")
	if err := checkID(id); err != nil {
		respond(w, 0, nil, err)
		return
	}
	rec, err := r.load(req.Context(), id)
	if err == nil && rec.Deleted {
		err = fail(http.StatusNotFound, "asset %s is disabled", id)
	}
	if err != nil {
		respond(w, 0, nil, err)
		return
	}
	if !rec.converged() {
		r.kick(id) // retries a flow that failed
	}
	respond(w, http.StatusOK, r.view(req.Context(), rec), nil)
}

// owned loads the asset id for a change by caller: 404 when unknown or
// deleted, 401 when caller is not its owner.
func (r *registry) owned(ctx context.Context, id string, caller common.Address, also ...common.Address) error {
	rec, err := r.load(ctx, id)
	if err != nil {
		return err
	}
	if rec.Deleted {
		return fail(http.StatusNotFound, "asset %s is disabled", id)
	}
	if common.HexToAddress(rec.Asset.Owner) != caller && !slices.Contains(also, caller) {
		return fail(http.StatusUnauthorized, "only the owner may change asset %s", id)
	}
	return nil
}

// updateAsset is ASE.003: the owner changes the metadata; the system
// fields (owner, dates, state, providers) are not the caller's to set.
func (r *registry) updateAsset(req *http.Request, caller common.Address, body []byte) (int, any, error) {
	var a Asset
	if err := decode(body, &a); err != nil {
		return 0, nil, err
	}
	if err := checkID(a.AssetID); err != nil {
		return 0, nil, err
	}
	if err := checkOwner(a.Owner, caller); err != nil {
		return 0, nil, err
	}
	if err := checkContent(&a); err != nil {
		return 0, nil, err
	}
	if err := r.owned(req.Context(), a.AssetID, caller); err != nil {
		return 0, nil, err
	}
	return r.accept(req.Context(), a.AssetID, func(rec *record) error {
		cur := &rec.Asset
		cur.Name, cur.MarketplaceID, cur.MimeType = a.Name, a.MarketplaceID, a.MimeType
		cur.Attributes, cur.Parameters, cur.Links = a.Attributes, a.Parameters, a.Links
		rec.MetaVersion++
		return nil
	})
}

// deleteAsset is ASE.004: a soft delete by the owner ("remove the asset
// of the system"): the asset is revoked on chain (metadata state 3,
// revoked by the publisher), so the indexers keep only a stub without
// metadata or services: no longer discoverable, orderable or
// downloadable.
func (r *registry) deleteAsset(req *http.Request, caller common.Address, _ []byte) (int, any, error) {
	id := req.PathValue("assetId")
	if err := checkID(id); err != nil {
		return 0, nil, err
	}
	if err := r.owned(req.Context(), id, caller); err != nil {
		return 0, nil, err
	}
	return r.accept(req.Context(), id, func(rec *record) error {
		rec.Deleted = true
		return nil
	})
}

// Supported pricing schemes.
const (
	schemeFree  = "FREE"
	schemeFixed = "FIXED"
)

// priceKey names price i of a list: its id, or "#i" (1-based) without.
// ASE.006 matches prices by key: same key, same service.
func priceKey(p Price, i int) string {
	if p.ID != "" {
		return p.ID
	}
	return fmt.Sprintf("#%d", i+1)
}

// checkPricing validates a provider's prices: each FREE (price absent or
// zero) or FIXED (a positive price in OCEAN, at most 18 decimals), with
// an optional positive whole quantity, and no two with the same key.
func checkPricing(ps []Price) error {
	seen := map[string]bool{}
	for i, p := range ps {
		k := priceKey(p, i)
		if len(k) > 64 {
			return fail(http.StatusBadRequest, "price %d: id longer than 64 characters", i+1)
		}
		if seen[k] {
			return fail(http.StatusBadRequest, "price %d: id %q given twice", i+1, k)
		}
		seen[k] = true
		switch p.Scheme {
		case schemeFree:
			if v, ok := decimal(p.Price); p.Price != "" && (!ok || v.Sign() != 0) {
				return fail(http.StatusBadRequest, "price %q: FREE has no price other than 0", k)
			}
		case schemeFixed:
			if _, ok := oceanUnits(p.Price); !ok {
				return fail(http.StatusBadRequest, "price %q: FIXED needs a positive price in OCEAN (at most 18 decimals)", k)
			}
		case "SERVICE", "SMARTCONTRACT":
			return fail(http.StatusBadRequest, "price %q: pricing scheme %s is not supported by this registry", k, p.Scheme)
		default:
			return fail(http.StatusBadRequest, "price %q: unknown pricing scheme %q", k, p.Scheme)
		}
		if _, ok := quantity(p.Quantity); !ok {
			return fail(http.StatusBadRequest, "price %q: quantity must be a positive whole number", k)
		}
	}
	return nil
}

// decimal reads a JSON number exactly.
func decimal(n json.Number) (*big.Rat, bool) {
	return new(big.Rat).SetString(string(n))
}

// oceanUnits reads a positive decimal OCEAN amount into base units (18
// decimals); an amount finer than one base unit is refused, not rounded.
func oceanUnits(n json.Number) (*big.Int, bool) {
	v, ok := decimal(n)
	if !ok || v.Sign() <= 0 {
		return nil, false
	}
	v.Mul(v, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)))
	return v.Num(), v.IsInt()
}

// quantity reads a price's quantity: nil when absent (no cap).
func quantity(n json.Number) (*big.Int, bool) {
	if n == "" {
		return nil, true
	}
	v, ok := decimal(n)
	if !ok || !v.IsInt() || v.Sign() <= 0 {
		return nil, false
	}
	return v.Num(), true
}

// nodeProvider is a provider of the registry's directory: the Ocean node
// its services are served by.
type nodeProvider struct {
	// id is the providerId callers give.
	id string
	// endpoint is the node's URL; empty for the agent's own node.
	endpoint string
	// address is the node's provider address: the account that may act
	// as this provider (ASE.005 and ASE.006 are the provider's calls).
	address common.Address
}

// providerKey is the directory key of a providerId: addresses in their
// checksummed form, other ids as given.
func providerKey(id string) string {
	if common.IsHexAddress(id) {
		return common.HexToAddress(id).Hex()
	}
	return id
}

// decodeProvider reads and checks an AssetProvider: the provider is one of
// the registry's directory (the agent's node, or one configured with
// -provider).
func (r *registry) decodeProvider(body []byte) (*AssetProvider, *nodeProvider, error) {
	var p AssetProvider
	if err := decode(body, &p); err != nil {
		return nil, nil, err
	}
	if err := checkID(p.AssetID); err != nil {
		return nil, nil, err
	}
	np := r.providers[providerKey(p.ProviderID)]
	if np == nil {
		return nil, nil, fail(http.StatusBadRequest, "providerId %q is not a provider this registry knows (%s)",
			p.ProviderID, strings.Join(sortedKeys(r.providers), ", "))
	}
	p.ProviderID = np.id
	return &p, np, nil
}

// addProvider is ASE.005: associate the provider with the asset, with its
// pricing: each price becomes a service of the asset on the provider's
// node, its datatoken given out by a dispenser (FREE) or sold on a
// fixed-rate exchange (FIXED); the verification proofs' hash goes into
// the data NFT's store. The owner or the provider may do it.
func (r *registry) addProvider(req *http.Request, caller common.Address, body []byte) (int, any, error) {
	p, np, err := r.decodeProvider(body)
	if err != nil {
		return 0, nil, err
	}
	if len(p.Pricing) == 0 && len(p.VerificationProofs) == 0 {
		return 0, nil, fail(http.StatusBadRequest, "give pricing or verification proofs")
	}
	if err := checkPricing(p.Pricing); err != nil {
		return 0, nil, err
	}
	if err := r.owned(req.Context(), p.AssetID, caller, np.address); err != nil {
		return 0, nil, err
	}
	return r.accept(req.Context(), p.AssetID, func(rec *record) error {
		if a := rec.Providers[p.ProviderID]; a != nil && !a.Removed {
			return fail(http.StatusUnprocessableEntity, "provider %s is already associated with %s", p.ProviderID, p.AssetID)
		}
		if rec.Providers == nil {
			rec.Providers = map[string]*association{}
		}
		a := rec.Providers[p.ProviderID]
		if a == nil {
			a = &association{}
			rec.Providers[p.ProviderID] = a
		}
		a.AssetProvider, a.Removed = *p, false
		a.Version++
		return nil
	})
}

// updateProvider is ASE.006: change the association's prices or proofs.
// Prices are matched by id (priceKey): a new id adds a service, a missing
// one removes its service, a changed price or name updates it in place,
// and a changed scheme or quantity replaces it (a datatoken's pricing
// kind and cap are fixed at its creation). Empty pricing and proofs
// remove the association (its services leave the DDO).
func (r *registry) updateProvider(req *http.Request, caller common.Address, body []byte) (int, any, error) {
	p, np, err := r.decodeProvider(body)
	if err != nil {
		return 0, nil, err
	}
	remove := len(p.Pricing) == 0 && len(p.VerificationProofs) == 0
	if err := checkPricing(p.Pricing); err != nil {
		return 0, nil, err
	}
	if err := r.owned(req.Context(), p.AssetID, caller, np.address); err != nil {
		return 0, nil, err
	}
	return r.accept(req.Context(), p.AssetID, func(rec *record) error {
		a := rec.Providers[p.ProviderID]
		if a == nil || a.Removed {
			return fail(http.StatusNotFound, "provider %s is not associated with %s", p.ProviderID, p.AssetID)
		}
		if remove {
			a.Removed = true
		} else {
			a.AssetProvider = *p
		}
		a.Version++
		return nil
	})
}

// accept applies a caller's change to the asset's record, refreshes its
// updateDatetime and has the background flow carry it out: 202 Accepted,
// with the asset as it now stands.
func (r *registry) accept(ctx context.Context, id string, f func(*record) error) (int, any, error) {
	rec, err := r.change(ctx, id, func(rec *record) error {
		if err := f(rec); err != nil {
			return err
		}
		rec.Asset.UpdateDatetime = r.now().UTC()
		return nil
	})
	if err != nil {
		return 0, nil, err
	}
	r.kick(id)
	return http.StatusAccepted, r.view(ctx, rec), nil
}

// load returns the asset's record; 404 when there is none.
func (r *registry) load(ctx context.Context, id string) (*record, error) {
	_, rec, err := r.get(ctx, id)
	return rec, err
}

// get returns the asset's journal entry and its record.
func (r *registry) get(ctx context.Context, id string) (*journal.Entry, *record, error) {
	e, err := r.store.Get(ctx, recordKey(id))
	if errors.Is(err, journal.ErrNotFound) {
		return nil, nil, fail(http.StatusNotFound, "asset %s not found", id)
	}
	if err != nil {
		return nil, nil, err
	}
	var rec record
	return e, &rec, json.Unmarshal(e.Payload, &rec)
}

// change applies f to the asset's record with the journal's
// compare-and-swap, retrying when another writer (a request, the
// background flow) got there first.
func (r *registry) change(ctx context.Context, id string, f func(*record) error) (*record, error) {
	for {
		e, rec, err := r.get(ctx, id)
		if err != nil {
			return nil, err
		}
		if err := f(rec); err != nil {
			return nil, err
		}
		if e.Payload, err = json.Marshal(rec); err != nil {
			return nil, err
		}
		e.Status = statePending
		if rec.converged() {
			e.Status = assets.StatusDone
		}
		e.Error = rec.Asset.LastError
		err = r.store.Put(ctx, e)
		if errors.Is(err, journal.ErrConflict) {
			continue
		}
		return rec, err
	}
}
