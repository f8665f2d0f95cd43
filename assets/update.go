package assets

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/nft"
)

// FlowUpdate is the journal's flow name of Update, SetState and the
// service operations.
const FlowUpdate = "update"

// Update statuses (besides those Publish uses).
const (
	StatusStateSetting = "STATE_SETTING"
	StatusStateSet     = "STATE_SET"
)

// Update operations, as journaled.
const (
	opUpdate        = "update"
	opState         = "state"
	opAddService    = "add_service"
	opUpdateService = "update_service"
	opRemoveService = "remove_service"
)

// ServiceChanges are the changes UpdateService applies; nil and empty
// fields are left alone.
type ServiceChanges struct {
	Name        *string          `json:"name,omitempty"`
	Description *string          `json:"description,omitempty"`
	Timeout     *int64           `json:"timeout,omitempty"`
	Credentials *ddo.Credentials `json:"credentials,omitempty"`
	// Rate changes the fixed-rate exchange's price (its owner only).
	Rate *big.Int `json:"rate,omitempty"`
	// DispenserActive activates or deactivates the service's dispenser
	// (pausing free orders).
	DispenserActive *bool `json:"dispenserActive,omitempty"`
}

type updateParams struct {
	Key       string            `json:"key"`
	Op        string            `json:"op"`
	DID       string            `json:"did"`
	DDO       json.RawMessage   `json:"ddo,omitempty"`
	State     ddo.MetadataState `json:"state"`
	Service   *ServiceParams    `json:"service,omitempty"`
	ServiceID string            `json:"serviceId,omitempty"`
	Changes   *ServiceChanges   `json:"changes,omitempty"`
	PlainDDO  bool              `json:"plainDDO,omitempty"`
}

type updateState struct {
	txLog
	Params     updateParams      `json:"params"`
	NFT        common.Address    `json:"nft,omitzero"`
	AssetState ddo.MetadataState `json:"assetState"`
	Token      serviceToken      `json:"token,omitzero"`
	ChainDone  bool              `json:"chainDone,omitempty"`
	DDO        json.RawMessage   `json:"newDDO,omitempty"`
	Data       hexutil.Bytes     `json:"data,omitempty"`
	Flags      ddo.Flags         `json:"flags"`
	MetadataTx common.Hash       `json:"metadataTx,omitzero"`
	StateTx    common.Hash       `json:"stateTx,omitzero"`
	// Files are AddService's checked checksums (checkFiles).
	Files []fileSum `json:"fileSums,omitempty"`
}

// Updated is the result of Update, SetState and the service operations.
type Updated struct {
	DID string
	// MetadataTx set the new DDO (zero for SetState); StateTx changed the
	// state (SetState only).
	MetadataTx, StateTx common.Hash
	// Datatoken and ServiceID of an added service.
	Datatoken common.Address
	ServiceID string
	// Asset is the DDO as the indexer serves it afterwards.
	Asset *ddo.Asset
}

// Update replaces the DDO of an asset (same id; Metadata.Updated is set
// to now) and waits until the indexer serves it. The asset keeps its
// state. Journaled under key.
func (c *Client) Update(ctx context.Context, key string, doc *ddo.DDO) (*Updated, error) {
	if doc == nil {
		return nil, fmt.Errorf("%w: nil DDO", ErrInvalidParams)
	}
	raw, err := doc.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidParams, err)
	}
	return c.startUpdate(ctx, updateParams{Key: key, Op: opUpdate, DID: doc.ID, DDO: raw})
}

// SetState changes an asset's state: ddo.StateEndOfLife or
// ddo.StateRevoked retire it, ddo.StateUnlisted hides it from searches,
// ddo.StateOrderingDisabled pauses orders, ddo.StateActive restores it.
// It waits until the indexer reports the new state.
func (c *Client) SetState(ctx context.Context, key, did string, state ddo.MetadataState) (*Updated, error) {
	if state > ddo.StateUnlisted {
		return nil, fmt.Errorf("%w: unknown state %d", ErrInvalidParams, state)
	}
	return c.startUpdate(ctx, updateParams{Key: key, Op: opState, DID: did, State: state})
}

// AddService adds a service with its own datatoken and pricing to a
// published asset (OEP-14's "associate provider"): the datatoken is
// created on the asset's NFT, priced, and the service is appended to the
// DDO. Its files are checked before the first transaction, as Publish's
// are; pricing the network has no contract for fails first with a
// *MissingContractError.
func (c *Client) AddService(ctx context.Context, key, did string, s ServiceParams) (*Updated, error) {
	if err := s.validate(); err != nil {
		return nil, err
	}
	if err := c.checkPricing(s.Pricing); err != nil {
		return nil, err
	}
	return c.startUpdate(ctx, updateParams{Key: key, Op: opAddService, DID: did, Service: &s})
}

// UpdateService changes a service's description, timeout, credentials and
// pricing.
func (c *Client) UpdateService(ctx context.Context, key, did, serviceID string, ch ServiceChanges) (*Updated, error) {
	if ch.Rate != nil && ch.Rate.Sign() <= 0 {
		return nil, fmt.Errorf("%w: rate must be positive", ErrInvalidParams)
	}
	return c.startUpdate(ctx, updateParams{Key: key, Op: opUpdateService, DID: did, ServiceID: serviceID, Changes: &ch})
}

// RemoveService removes a service from the DDO (its datatoken stays on
// chain; consumers can no longer order through the node).
func (c *Client) RemoveService(ctx context.Context, key, did, serviceID string) (*Updated, error) {
	return c.startUpdate(ctx, updateParams{Key: key, Op: opRemoveService, DID: did, ServiceID: serviceID})
}

func (c *Client) startUpdate(ctx context.Context, p updateParams) (*Updated, error) {
	if p.Key == "" || p.DID == "" {
		return nil, fmt.Errorf("%w: key and DID are required", ErrInvalidParams)
	}
	st := &updateState{Params: p}
	r, unlock, err := c.begin(ctx, p.Key, FlowUpdate, st, func(s logged) any { return s.(*updateState).Params })
	if err != nil {
		return nil, err
	}
	defer unlock()
	return r.update(ctx, st)
}

func (r *run) update(ctx context.Context, st *updateState) (*Updated, error) {
	c, p := r.c, &st.Params
	out := &Updated{DID: p.DID}
	var current *ddo.Asset
	if st.NFT == (common.Address{}) || (st.DDO == nil && p.Op != opState) {
		a, err := c.resolve(ctx, p.DID, nil)
		if err != nil {
			return nil, r.fail(ctx, err)
		}
		current = a
		st.NFT = common.HexToAddress(a.NFTAddress)
		if a.IndexedMetadata != nil && a.IndexedMetadata.NFT != nil {
			st.AssetState = a.IndexedMetadata.NFT.State
		}
	}
	if p.Op == opAddService && st.Files == nil && !st.ChainDone && st.Token.Datatoken == (common.Address{}) {
		sums, err := c.checkFiles(ctx, []ServiceParams{*p.Service})
		if err != nil {
			return nil, r.fail(ctx, err)
		}
		st.Files = sums[0]
	}
	if !st.ChainDone {
		if err := r.updateChain(ctx, st, current); err != nil {
			return nil, r.fail(ctx, err)
		}
		st.ChainDone = true
		if p.Op == opState {
			if err := r.save(ctx, StatusStateSet); err != nil {
				return nil, r.fail(ctx, err)
			}
		}
	}
	out.StateTx, out.Datatoken = st.StateTx, st.Token.Datatoken
	if p.Op == opState {
		var err error
		if c.idx != nil {
			want := p.State
			out.Asset, err = c.idx.WaitIndexed(ctx, p.DID, indexer.WaitOptions{MinInterval: c.opts.pollMin, MaxInterval: c.opts.pollMax,
				Until: func(a *ddo.Asset) bool {
					return a.IndexedMetadata != nil && a.IndexedMetadata.NFT != nil && a.IndexedMetadata.NFT.State == want
				}})
			if err != nil {
				return nil, r.fail(ctx, err)
			}
		}
		return out, r.finish(ctx)
	}
	if st.DDO == nil {
		if err := r.newDDO(ctx, st, current); err != nil {
			return nil, r.fail(ctx, err)
		}
	}
	if st.MetadataTx == (common.Hash{}) {
		tx, err := r.setMetadata(ctx, st.NFT, st.DDO, st.Data, st.Flags, st.AssetState)
		if err != nil {
			return nil, r.fail(ctx, err)
		}
		st.MetadataTx = tx
		if err := r.save(ctx, StatusMetadataSet); err != nil {
			return nil, r.fail(ctx, err)
		}
	}
	out.MetadataTx = st.MetadataTx
	var doc ddo.DDO
	if err := doc.UnmarshalJSON(st.DDO); err != nil {
		return nil, r.fail(ctx, err)
	}
	if p.Op == opAddService {
		out.ServiceID = doc.Services[len(doc.Services)-1].ID
	}
	a, err := r.waitIndexed(ctx, p.DID, st.MetadataTx)
	if err != nil {
		return nil, r.fail(ctx, err)
	}
	out.Asset = a
	return out, r.finish(ctx)
}

func (r *run) finish(ctx context.Context) error {
	if r.status() == StatusDone {
		return nil
	}
	if err := r.save(ctx, StatusDone); err != nil {
		return r.fail(ctx, err)
	}
	return nil
}

// updateChain sends the operation's own transactions (state, datatoken
// and pricing, rate, dispenser).
func (r *run) updateChain(ctx context.Context, st *updateState, a *ddo.Asset) error {
	c, p := r.c, &st.Params
	switch p.Op {
	case opState:
		rc, err := r.txStep(ctx, txSpec{step: "state", status: StatusStateSetting,
			send: via(c, st.NFT, nft.New, func(ctx context.Context, n *nft.NFT) (*types.Transaction, error) {
				return n.SetMetaDataState(ctx, p.State)
			}),
			done: func(rc *types.Receipt) bool { return len(nft.MetadataStateEvents(rc)) > 0 }})
		if err != nil {
			return err
		}
		st.StateTx = rc.TxHash
	case opAddService:
		i := 0
		if a != nil {
			i = len(a.Services)
		}
		return r.serviceToken(ctx, st.NFT, &st.Token, i, p.Service.Pricing)
	case opUpdateService:
		ch := p.Changes
		if ch.Rate == nil && ch.DispenserActive == nil {
			return nil
		}
		if a == nil {
			return fmt.Errorf("%w: asset not resolved", ErrServiceNotFound)
		}
		_, svc, err := service(a, p.ServiceID)
		if err != nil {
			return err
		}
		dt, err := datatoken.New(c.backend, common.HexToAddress(svc.DatatokenAddress), c.tm)
		if err != nil {
			return err
		}
		if ch.Rate != nil {
			fres, err := dt.FixedRates(ctx)
			if err != nil || len(fres) == 0 {
				return fmt.Errorf("%w: service %s has no fixed-rate exchange", ErrServiceNotFound, svc.ID)
			}
			fre, err := datatoken.NewFixedRateExchange(c.backend, fres[0].Contract, c.tm)
			if err != nil {
				return err
			}
			if _, err := r.txStep(ctx, txSpec{step: "rate", status: StatusPricingSetting,
				send: via(c, fre.Address(), datatoken.NewFixedRateExchange, func(ctx context.Context, fre *datatoken.FixedRateExchange) (*types.Transaction, error) {
					return fre.SetRate(ctx, fres[0].ID, ch.Rate)
				}),
				done: anyReceipt}); err != nil {
				return err
			}
		}
		if ch.DispenserActive != nil {
			ds, err := dt.Dispensers(ctx)
			if err != nil || len(ds) == 0 {
				return fmt.Errorf("%w: service %s has no dispenser", ErrServiceNotFound, svc.ID)
			}
			d, err := datatoken.NewDispenser(c.backend, ds[0], c.tm)
			if err != nil {
				return err
			}
			one := big.NewInt(1e18)
			if _, err := r.txStep(ctx, txSpec{step: "dispenser", status: StatusPricingSetting,
				send: via(c, d.Address(), datatoken.NewDispenser, func(ctx context.Context, d *datatoken.Dispenser) (*types.Transaction, error) {
					if *ch.DispenserActive {
						return d.Activate(ctx, dt.Address(), one, one)
					}
					return d.Deactivate(ctx, dt.Address())
				}),
				done: anyReceipt}); err != nil {
				return err
			}
		}
		return r.save(ctx, StatusPricingSet)
	}
	return nil
}

// newDDO builds, validates and (unless PlainDDO) encrypts the new DDO.
func (r *run) newDDO(ctx context.Context, st *updateState, a *ddo.Asset) error {
	c, p := r.c, &st.Params
	doc := a.DDO
	switch p.Op {
	case opUpdate:
		doc = ddo.DDO{}
		if err := doc.UnmarshalJSON(p.DDO); err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidParams, err)
		}
		if doc.ID != a.ID {
			return fmt.Errorf("%w: DDO id %s is not %s", ErrInvalidParams, doc.ID, a.ID)
		}
	case opAddService:
		ap := ddo.AssetParams{NFTAddress: st.NFT.Hex(), ChainID: c.chainID, Metadata: doc.Metadata}
		one, version, err := c.buildService(ctx, st.NFT, st.Token.Datatoken, p.Service, st.Files, ap, algParams(doc.Metadata.Algorithm))
		if err != nil {
			return err
		}
		doc.Services = append(slices.Clone(doc.Services), one.Services[0])
		if version > doc.Version {
			doc.Version = version
		}
	case opUpdateService, opRemoveService:
		i, _, err := service(a, p.ServiceID)
		if err != nil {
			return err
		}
		doc.Services = slices.Clone(doc.Services)
		if p.Op == opRemoveService {
			if len(doc.Services) == 1 {
				return fmt.Errorf("%w: cannot remove the only service", ErrInvalidParams)
			}
			doc.Services = slices.Delete(doc.Services, i, i+1)
			break
		}
		s, ch := &doc.Services[i], p.Changes
		if ch.Name != nil {
			s.Name = *ch.Name
		}
		if ch.Description != nil {
			s.Description = *ch.Description
		}
		if ch.Timeout != nil {
			s.Timeout = *ch.Timeout
		}
		if ch.Credentials != nil {
			s.Credentials = ch.Credentials
			if doc.Version < ddo.Version470 {
				doc.Version = ddo.Version470
			}
		}
	}
	doc.Metadata.Updated = ddo.FormatTime(time.Now())
	var err error
	if st.DDO, st.Data, st.Flags, err = c.encodeDDO(ctx, &doc, p.PlainDDO); err != nil {
		return err
	}
	return r.save(ctx, StatusDDOReady)
}

func algParams(a *ddo.Algorithm) *ddo.AlgorithmParams {
	if a == nil {
		return nil
	}
	return &ddo.AlgorithmParams{Language: a.Language, Version: a.Version, Container: a.Container, ConsumerParameters: a.ConsumerParameters}
}
