package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/ddo"
)

// publishParams maps an OEP-14 asset onto an Ocean publication: a data
// NFT and a DDO whose metadata carries the name, owner and links, with one
// access service serving the linked content and no pricing (nobody can
// order it until a provider is associated with a price: UNPUBLISHED). An
// asset registered without a link url (every input is optional) has its
// registry document, docURL, as content.
func publishParams(a *Asset, docURL string) assets.PublishParams {
	var files []assets.File
	for _, l := range a.Links {
		if l.URL != "" {
			files = append(files, assets.File{URL: l.URL})
		}
	}
	if len(files) == 0 {
		files = []assets.File{{URL: docURL}}
	}
	return assets.PublishParams{
		Key:      recordKey(a.AssetID) + "/publish",
		Metadata: metadata(a),
		Services: []assets.ServiceParams{{Name: "content", Files: files}},
	}
}

// documentURL is the URL of asset id's document (ASE.002).
func (r *registry) documentURL(id string) string {
	return r.publicURL + metadataPath + "/" + id
}

// metadata is the DDO metadata of an asset; the OEP-14 fields without a
// DDO counterpart are in its tags and links (and, after an update, in
// additionalInformation).
func metadata(a *Asset) assets.Metadata {
	m := assets.Metadata{Name: a.Name, Description: "OEP-14 asset " + a.AssetID, Author: a.Owner,
		License: "No License Specified"}
	if m.Name == "" {
		m.Name = "asset " + a.AssetID
	}
	if a.MimeType != "" {
		m.Description += " (" + a.MimeType + ")"
	}
	if a.MarketplaceID != "" {
		m.Categories = []string{a.MarketplaceID}
	}
	for _, at := range a.Attributes {
		m.Tags = append(m.Tags, at.Key+":"+at.Value)
	}
	for _, l := range a.Links {
		if l.URL != "" {
			m.Links = append(m.Links, l.URL)
		}
	}
	return m
}

// kick reconciles the asset in the background, once at a time per asset;
// a kick during a run makes it run again afterwards.
func (r *registry) kick(id string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bg.Err() != nil {
		return
	}
	if r.running[id] {
		r.again[id] = true
		return
	}
	r.running[id] = true
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		for {
			err := r.reconcile(r.bg, id)
			if err != nil && r.bg.Err() == nil {
				// Keep the failure for GET; the next kick retries.
				_, _ = r.change(r.bg, id, func(rec *record) error { rec.Asset.LastError = err.Error(); return nil })
			}
			r.mu.Lock()
			if !r.again[id] || r.bg.Err() != nil {
				delete(r.running, id)
				delete(r.again, id)
				r.mu.Unlock()
				return
			}
			delete(r.again, id)
			r.mu.Unlock()
		}
	}()
}

// sweep calls resumeAll every interval until ctx ends, so that unfinished
// assets nobody works on — left by a replica that died, or by a failure —
// are claimed and finished.
func (r *registry) sweep(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			_, _ = r.resumeAll(ctx) // a journal error: the next sweep tries again
		}
	}
}

// resumeAll reconciles every asset whose flow has not finished: after a
// restart, the journaled flows continue where they stopped. An asset
// another live replica works on is left to it (reconcile's claim).
func (r *registry) resumeAll(ctx context.Context) (int, error) {
	entries, err := r.store.List(ctx, journal.Filter{Flow: recordFlow, Status: statePending})
	if err != nil {
		return 0, err
	}
	for _, e := range entries {
		r.kick(strings.TrimPrefix(e.Key, "oep14/"))
	}
	return len(entries), nil
}

// reconcile brings the chain to what the asset's record asks, one
// journaled flow at a time, each under a key derived from the record (so
// a flow interrupted by a crash is continued, never started twice), and
// records each result. It first claims the asset's journal lock without
// waiting: when another registry process sharing the journal (a replica)
// holds it, that process is working on the asset and reconcile returns
// nil; whatever it did not apply is picked up by the next sweep.
func (r *registry) reconcile(ctx context.Context, id string) error {
	unlock, err := journal.Claim(ctx, r.store, recordKey(id)+"/worker")
	if errors.Is(err, journal.ErrLocked) {
		return nil
	}
	if err != nil {
		return err
	}
	defer func() { _ = unlock() }()
	rec, err := r.load(ctx, id)
	if err != nil {
		return err
	}
	a := r.c.Assets
	if rec.Asset.DID == "" {
		pub, err := a.Publish(ctx, rec.Publish)
		if err != nil {
			return err
		}
		if rec, err = r.change(ctx, id, func(rec *record) error { rec.Asset.DID = pub.DID; return nil }); err != nil {
			return err
		}
	}
	did := rec.Asset.DID
	if v := rec.MetaVersion; rec.MetaApplied < v {
		if err := r.updateMetadata(ctx, rec, fmt.Sprintf("%s/update/%d", recordKey(id), v)); err != nil {
			return err
		}
		if rec, err = r.change(ctx, id, func(rec *record) error { rec.MetaApplied = v; return nil }); err != nil {
			return err
		}
	}
	for _, pid := range sortedKeys(rec.Providers) {
		if rec.Providers[pid].Applied >= rec.Providers[pid].Version {
			continue
		}
		if rec, err = r.applyProvider(ctx, rec, pid); err != nil {
			return err
		}
	}
	if rec.Deleted && !rec.DeleteApplied {
		if _, err := a.SetState(ctx, recordKey(id)+"/delete", did, ddo.StateRevoked); err != nil {
			return err
		}
		rec, err = r.change(ctx, id, func(rec *record) error { rec.DeleteApplied = true; return nil })
		if err != nil {
			return err
		}
	}
	if rec.Asset.LastError != "" {
		_, err = r.change(ctx, id, func(rec *record) error { rec.Asset.LastError = ""; return nil })
	}
	return err
}

// updateMetadata replaces the DDO's metadata with the asset's current
// fields; the OEP-14 attributes, parameters and links go into
// additionalInformation.
func (r *registry) updateMetadata(ctx context.Context, rec *record, key string) error {
	cur, err := r.c.Indexer.Resolve(ctx, rec.Asset.DID)
	if err != nil {
		return err
	}
	doc := cur.DDO
	m := metadata(&rec.Asset)
	doc.Metadata.Name, doc.Metadata.Description, doc.Metadata.Tags = m.Name, m.Description, m.Tags
	doc.Metadata.Links, doc.Metadata.Categories = m.Links, m.Categories
	extra, err := json.Marshal(map[string]any{"oep14": map[string]any{"assetId": rec.Asset.AssetID,
		"attributes": rec.Asset.Attributes, "parameters": rec.Asset.Parameters, "links": rec.Asset.Links}})
	if err != nil {
		return err
	}
	if doc.Metadata.AdditionalInformation, err = ddo.ParseValue(extra); err != nil {
		return err
	}
	_, err = r.c.Assets.Update(ctx, key, &doc)
	return err
}

// applyProvider brings provider pid's services and proofs on chain to
// what its association asks (version v): services whose price is gone or
// changed shape are removed, new prices added, changed ones updated, then
// the proofs' hash is written; each step is recorded as soon as it is
// done, under a journal key of its own, so a resumed run neither repeats
// nor skips one.
func (r *registry) applyProvider(ctx context.Context, rec *record, pid string) (*record, error) {
	id, did := rec.Asset.AssetID, rec.Asset.DID
	a := rec.Providers[pid]
	v := a.Version
	np := r.providers[providerKey(pid)]
	if np == nil {
		return rec, fmt.Errorf("provider %s is no longer in this registry's directory", pid)
	}
	want := map[string]Price{}
	if !a.Removed {
		for i, p := range a.Pricing {
			want[priceKey(p, i)] = p
		}
	}
	key := func(op, price string) string {
		return fmt.Sprintf("%s/provider/%s/%d/%s/%s", recordKey(id), shortHash(pid), v, op, shortHash(price))
	}
	save := func(price string, live *liveService) error {
		var err error
		rec, err = r.change(ctx, id, func(rec *record) error {
			p := rec.Providers[pid]
			if p.Services == nil {
				p.Services = map[string]*liveService{}
			}
			if live == nil {
				delete(p.Services, price)
			} else {
				p.Services[price] = live
			}
			p.ServiceID = ""
			return nil
		})
		return err
	}
	if a.ServiceID != "" && a.Services == nil { // a record of the one-price registry
		if err := save("legacy", &liveService{ServiceID: a.ServiceID}); err != nil {
			return rec, err
		}
		a = rec.Providers[pid]
	}
	for _, k := range sortedKeys(a.Services) {
		live := a.Services[k]
		if p, ok := want[k]; ok && !reshaped(live.Price, p) {
			continue
		}
		if _, err := r.c.Assets.RemoveService(ctx, key("remove", k), did, live.ServiceID); err != nil {
			return rec, err
		}
		if err := save(k, nil); err != nil {
			return rec, err
		}
	}
	a = rec.Providers[pid]
	for _, k := range sortedKeys(want) {
		p, live := want[k], a.Services[k]
		switch {
		case live == nil:
			sp := rec.Publish.Services[0]
			sp.Name, sp.Description, sp.Pricing, sp.Endpoint = serviceName(pid, p), p.Description, pricing(p), np.endpoint
			u, err := r.c.Assets.AddService(ctx, key("add", k), did, sp)
			if err != nil {
				return rec, err
			}
			if err := save(k, &liveService{ServiceID: u.ServiceID, Price: p}); err != nil {
				return rec, err
			}
		case live.Price != p:
			ch := changes(live.Price, p, pid)
			if ch != (assets.ServiceChanges{}) {
				if _, err := r.c.Assets.UpdateService(ctx, key("update", k), did, live.ServiceID, ch); err != nil {
					return rec, err
				}
			}
			if err := save(k, &liveService{ServiceID: live.ServiceID, Price: p}); err != nil {
				return rec, err
			}
		}
	}
	a = rec.Providers[pid]
	proofs := proofsValue(a)
	if hex.EncodeToString(proofs) != a.ProofsOnChain {
		if err := r.setProofs(ctx, rec, pid, proofs); err != nil {
			return rec, err
		}
	}
	var err error
	rec, err = r.change(ctx, id, func(rec *record) error {
		p := rec.Providers[pid]
		p.Applied, p.ProofsOnChain = v, hex.EncodeToString(proofs)
		return nil
	})
	return rec, err
}

// reshaped reports whether a service priced old cannot become new in
// place: the pricing kind of a datatoken and its quantity (the stock of
// its dispenser or exchange) are fixed.
func reshaped(old, new Price) bool {
	o, _ := quantity(old.Quantity)
	n, _ := quantity(new.Quantity)
	return old.Scheme != new.Scheme || (o == nil) != (n == nil) || o != nil && o.Cmp(n) != 0
}

// serviceName is the DDO name of provider pid's service for price p.
func serviceName(pid string, p Price) string {
	if p.Name != "" {
		return p.Name
	}
	return fmt.Sprintf("%s via %s", p.Scheme, pid)
}

// shortHash names a caller-given string inside a journal key.
func shortHash(s string) string {
	return hex.EncodeToString(crypto.Keccak256([]byte(s))[:8])
}

// pricing maps an OEP-14 price onto Ocean pricing (checkPricing passed).
// quantity is the service's cap (assets.Pricing.Cap): its dispenser or
// exchange is stocked with exactly that many datatokens, one per order,
// and orders after the last fail with assets.ErrSoldOut before paying.
func pricing(p Price) assets.Pricing {
	q, _ := quantity(p.Quantity)
	if p.Scheme == schemeFree {
		return assets.Pricing{Type: assets.PricingFree, Cap: q}
	}
	rate, _ := oceanUnits(p.Price)
	return assets.Pricing{Type: assets.PricingFixed, Rate: rate, Cap: q}
}

// changes maps a price change of the same shape onto a service change.
func changes(old, new Price, pid string) assets.ServiceChanges {
	var ch assets.ServiceChanges
	if new.Scheme == schemeFixed {
		o, _ := oceanUnits(old.Price)
		if n, _ := oceanUnits(new.Price); o == nil || o.Cmp(n) != 0 {
			ch.Rate = n
		}
	}
	if n := serviceName(pid, new); n != serviceName(pid, old) {
		ch.Name = &n
	}
	if new.Description != old.Description {
		d := new.Description
		ch.Description = &d
	}
	return ch
}

// proofsKey is the data NFT store key of provider pid's verification
// proofs: keccak256("oep14:verificationProofs:" + providerId).
func proofsKey(pid string) [32]byte {
	return crypto.Keccak256Hash([]byte("oep14:verificationProofs:" + pid))
}

// proofsValue is what the data NFT stores under proofsKey: keccak256 of
// the provider's verification proofs as the registry serves them (the
// JSON array of GET's providers[].verificationProofs, compact); nothing
// when the association has none or is removed.
func proofsValue(a *association) []byte {
	if a.Removed || len(a.VerificationProofs) == 0 {
		return nil
	}
	b, _ := json.Marshal(a.VerificationProofs)
	return crypto.Keccak256(b)
}

// setProofs writes value under provider pid's proofs key in the asset's
// data NFT store (setNewData; the agent owns the NFT, so it has the store
// role) and waits for the transaction. Writing the same value twice,
// after a crash, changes nothing but costs gas.
func (r *registry) setProofs(ctx context.Context, rec *record, pid string, value []byte) error {
	doc, err := r.c.Indexer.Resolve(ctx, rec.Asset.DID)
	if err != nil {
		return err
	}
	n, err := r.c.NFT(common.HexToAddress(doc.NFTAddress))
	if err != nil {
		return err
	}
	tx, err := n.SetData(ctx, proofsKey(pid), value)
	if err != nil {
		return err
	}
	rc, err := r.c.Account.TxManager().Wait(ctx, tx)
	if err != nil {
		return err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("setNewData %s reverted", tx.Hash().Hex())
	}
	return nil
}

// view is the Asset as the API shows it, with contentState derived from
// the record, the publication's journal entry and the indexer.
func (r *registry) view(ctx context.Context, rec *record) *Asset {
	a := rec.Asset
	for _, pid := range sortedKeys(rec.Providers) {
		if p := rec.Providers[pid]; !p.Removed {
			a.Providers = append(a.Providers, p.AssetProvider)
		}
	}
	a.ContentState = r.contentState(ctx, rec)
	return &a
}

func (r *registry) contentState(ctx context.Context, rec *record) string {
	if rec.Deleted {
		return stateDisabled
	}
	e, err := r.store.Get(ctx, rec.Publish.Key)
	if err != nil || e.Status != assets.StatusDone || rec.Asset.DID == "" {
		return statePending
	}
	doc, err := r.c.Indexer.Resolve(ctx, rec.Asset.DID)
	if err != nil {
		return statePending
	}
	for _, p := range rec.Providers {
		if p.Removed {
			continue
		}
		for _, live := range p.Services {
			if slices.ContainsFunc(doc.Services, func(s ddo.Service) bool { return s.ID == live.ServiceID }) {
				return statePublished
			}
		}
	}
	return stateUnpublished
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
