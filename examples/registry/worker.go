package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/ddo"
)

// publishParams maps an OEP-14 asset onto an Ocean publication: a data
// NFT and a DDO whose metadata carries the name, owner and links, with one
// access service serving the linked content and no pricing (nobody can
// order it until a provider is associated with a price: UNPUBLISHED).
func publishParams(a *Asset) assets.PublishParams {
	var files []assets.File
	for _, l := range a.Links {
		if l.URL != "" {
			files = append(files, assets.File{URL: l.URL})
		}
	}
	return assets.PublishParams{
		Key:      recordKey(a.AssetID) + "/publish",
		Metadata: metadata(a),
		Services: []assets.ServiceParams{{Name: "content", Files: files}},
	}
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
	ids := make([]string, 0, len(rec.Providers))
	for pid := range rec.Providers {
		ids = append(ids, pid)
	}
	slices.Sort(ids)
	for _, pid := range ids {
		p := rec.Providers[pid]
		if p.Applied >= p.Version {
			continue
		}
		key := fmt.Sprintf("%s/provider/%s/%d", recordKey(id), pid, p.Version)
		serviceID := p.ServiceID
		switch {
		case p.Removed && serviceID != "":
			if _, err := a.RemoveService(ctx, key, did, serviceID); err != nil {
				return err
			}
			serviceID = ""
		case p.Removed:
		case serviceID == "":
			sp := rec.Publish.Services[0]
			sp.Name, sp.Pricing = "provider "+pid, pricing(p.Pricing[0])
			u, err := a.AddService(ctx, key, did, sp)
			if err != nil {
				return err
			}
			serviceID = u.ServiceID
		default:
			if _, err := a.UpdateService(ctx, key, did, serviceID, changes(p.Pricing[0])); err != nil {
				return err
			}
		}
		v := p.Version
		if rec, err = r.change(ctx, id, func(rec *record) error {
			rec.Providers[pid].Applied, rec.Providers[pid].ServiceID = v, serviceID
			return nil
		}); err != nil {
			return err
		}
	}
	if rec.Deleted && !rec.DeleteApplied {
		if _, err := a.SetState(ctx, recordKey(id)+"/delete", did, ddo.StateEndOfLife); err != nil {
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

// pricing maps an OEP-14 price onto Ocean pricing (checkPricing passed).
func pricing(p Price) assets.Pricing {
	if p.Scheme == "FREE" {
		return assets.Pricing{Type: assets.PricingFree}
	}
	rate, _ := oceanUnits(p.Price)
	return assets.Pricing{Type: assets.PricingFixed, Rate: rate}
}

// changes maps a new price onto a service change.
func changes(p Price) assets.ServiceChanges {
	if p.Scheme == "FREE" {
		active := true
		return assets.ServiceChanges{DispenserActive: &active}
	}
	rate, _ := oceanUnits(p.Price)
	return assets.ServiceChanges{Rate: rate}
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
		if p.Removed || p.ServiceID == "" {
			continue
		}
		if slices.ContainsFunc(doc.Services, func(s ddo.Service) bool { return s.ID == p.ServiceID }) {
			return statePublished
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
