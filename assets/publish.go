package assets

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/provider"
)

// Publish statuses, in order. A status ending in "ING" is written with a
// signed transaction just before it is submitted; the next one once it is
// mined.
const (
	StatusNFTCreating       = "NFT_CREATING"
	StatusNFTCreated        = "NFT_CREATED"
	StatusDatatokenCreating = "DATATOKEN_CREATING"
	StatusDatatokenCreated  = "DATATOKEN_CREATED"
	StatusPricingSetting    = "PRICING_SETTING"
	StatusPricingSet        = "PRICING_SET"
	StatusCapMinting        = "CAP_MINTING"
	StatusCapMinted         = "CAP_MINTED"
	StatusDDOReady          = "DDO_READY"
	StatusMetadataSetting   = "METADATA_SETTING"
	StatusMetadataSet       = "METADATA_SET"
)

// FlowPublish is the journal's flow name of Publish.
const FlowPublish = "publish"

// Published is the result of Publish.
type Published struct {
	DID string
	NFT common.Address
	// Datatokens and ServiceIDs are per service, in PublishParams order.
	Datatokens []common.Address
	ServiceIDs []string
	// CreateTx created the NFT; MetadataTx set the DDO.
	CreateTx, MetadataTx common.Hash
	// DDO is the published document.
	DDO *ddo.DDO
	// Asset is the DDO as the indexer serves it (nil without an indexer).
	Asset *ddo.Asset
}

// serviceToken is the chain side of one service.
type serviceToken struct {
	Datatoken common.Address `json:"datatoken,omitzero"`
	Exchange  common.Hash    `json:"exchange,omitzero"`
	Priced    bool           `json:"priced,omitempty"`
	Capped    bool           `json:"capped,omitempty"`
}

type publishState struct {
	txLog
	Params     PublishParams   `json:"params"`
	Created    string          `json:"created"`
	NFT        common.Address  `json:"nft,omitzero"`
	Tokens     []serviceToken  `json:"tokens,omitempty"`
	CreateTx   common.Hash     `json:"createTx,omitzero"`
	DDO        json.RawMessage `json:"ddo,omitempty"`
	Data       hexutil.Bytes   `json:"data,omitempty"`
	Flags      ddo.Flags       `json:"flags"`
	MetadataTx common.Hash     `json:"metadataTx,omitzero"`
	// Files holds, per service and file, the checksum and size checked
	// before the first transaction (checkFiles).
	Files [][]fileSum `json:"fileSums,omitempty"`
}

// Publish creates a data NFT with one datatoken per service (priced as
// asked), has the node encrypt the files (and the DDO), sets the DDO on
// the NFT and waits until the indexer serves it. Every step is journaled
// under p.Key: calling Publish again with the same key, or Resume, carries
// on where a crashed or failed attempt stopped, and never creates a second
// NFT. Before anything is journaled or sent it checks that the network
// has the contracts the services' pricing needs (*MissingContractError),
// and that the node answers and serves the client's chain
// (*NodeChainError). A failure after that is a *StepError naming the step;
// a transaction the node refuses for want of coin for gas makes it wrap a
// *FundsError (nothing is spent; fund the account and resume).
//
// Before the first transaction every file is checked (see
// WithOriginHashing): a file the node cannot serve, or a URL that is not
// really there, fails with a *FileError matching ErrFileUnavailable and
// nothing is minted; a checksum is published only when it covers the whole
// file.
func (c *Client) Publish(ctx context.Context, p PublishParams) (*Published, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	for _, s := range p.Services {
		if err := c.checkPricing(s.Pricing); err != nil {
			return nil, err
		}
	}
	if err := c.preflight(ctx); err != nil {
		return nil, err
	}
	st := &publishState{Params: p, Created: ddo.FormatTime(time.Now())}
	r, unlock, err := c.begin(ctx, p.Key, FlowPublish, st, func(s logged) any { return s.(*publishState).Params }, amendPublish)
	if err != nil {
		return nil, err
	}
	defer unlock()
	return r.publish(ctx, st)
}

// amendPublish lets an unfinished publication carry on with corrected
// parameters where that is safe: before its DDO was sent to the chain, and
// with the same NFT name and symbol and the same services' types and
// pricing (what is already on chain). Metadata, files, names, timeouts,
// credentials and compute options may change; the DDO is built again.
func amendPublish(state logged, given []byte) bool {
	st := state.(*publishState)
	if st.MetadataTx != (common.Hash{}) || slices.ContainsFunc(st.Txs, func(t *sentTx) bool { return t.Step == "metadata" }) {
		return false
	}
	var p PublishParams
	if json.Unmarshal(given, &p) != nil {
		return false
	}
	old := &st.Params
	if p.NFTName != old.NFTName || p.NFTSymbol != old.NFTSymbol || len(p.Services) != len(old.Services) {
		return false
	}
	for i := range p.Services {
		a, _ := json.Marshal(p.Services[i].Pricing)
		b, _ := json.Marshal(old.Services[i].Pricing)
		if !bytes.Equal(a, b) || p.Services[i].Type != old.Services[i].Type {
			return false
		}
	}
	st.Params = p
	st.DDO, st.Data, st.Flags = nil, nil, 0
	return true
}

func shortKey(key string) string {
	h := sha256.Sum256([]byte(key))
	return strings.ToUpper(hex.EncodeToString(h[:4]))
}

// NFTName returns the data NFT name Publish derives from an idempotency key
// when PublishParams.NFTName is empty.
func NFTName(key string) string { return "ocean.go asset " + shortKey(key) }

func (r *run) publish(ctx context.Context, st *publishState) (*Published, error) {
	c, p := r.c, &st.Params
	if len(st.Tokens) < len(p.Services) {
		st.Tokens = append(st.Tokens, make([]serviceToken, len(p.Services)-len(st.Tokens))...)
	}
	if st.Files == nil && st.NFT == (common.Address{}) && st.DDO == nil {
		sums, err := c.checkFiles(ctx, p.Services)
		if err != nil {
			return nil, r.fail(ctx, err)
		}
		st.Files = sums
	}
	if st.NFT == (common.Address{}) {
		name, symbol := p.NFTName, p.NFTSymbol
		if name == "" {
			name = NFTName(p.Key)
		}
		if symbol == "" {
			symbol = "OG" + shortKey(p.Key)
		}
		cp := nft.CreateParams{Name: name, Symbol: symbol, Datatoken: r.tokenParams(p.Key, 0, p.Services[0].Pricing)}
		if err := c.pricingParams(&cp, p.Services[0].Pricing); err != nil {
			return nil, r.fail(ctx, err)
		}
		rc, err := r.txStep(ctx, txSpec{step: "create", status: StatusNFTCreating,
			send: via(c, c.factory.Address(), nft.NewFactory, func(ctx context.Context, f *nft.Factory) (*types.Transaction, error) {
				return f.Create(ctx, cp)
			}),
			done:   func(rc *types.Receipt) bool { _, err := nft.ParseCreated(rc); return err == nil },
			search: func(ctx context.Context) (*types.Receipt, error) { return c.findCreated(ctx, st.From, name) }})
		if err != nil {
			return nil, r.fail(ctx, err)
		}
		if c.dry {
			return nil, errDryRunEnd // the NFT does not exist
		}
		created, err := nft.ParseCreated(rc)
		if err != nil {
			return nil, r.fail(ctx, err)
		}
		st.NFT, st.CreateTx = created.NFT, rc.TxHash
		st.Tokens[0] = serviceToken{Datatoken: created.Datatoken(), Exchange: created.ExchangeID, Priced: true}
		if err := r.save(ctx, StatusNFTCreated); err != nil {
			return nil, r.fail(ctx, err)
		}
	}
	for i := range p.Services {
		if err := r.serviceToken(ctx, st.NFT, &st.Tokens[i], i, p.Services[i].Pricing); err != nil {
			return nil, r.fail(ctx, err)
		}
	}
	if st.DDO == nil {
		if err := r.buildDDO(ctx, st); err != nil {
			return nil, r.fail(ctx, err)
		}
	}
	if st.MetadataTx == (common.Hash{}) {
		tx, err := r.setMetadata(ctx, st.NFT, st.DDO, st.Data, st.Flags, ddo.StateActive)
		if err != nil {
			return nil, r.fail(ctx, err)
		}
		st.MetadataTx = tx
		if err := r.save(ctx, StatusMetadataSet); err != nil {
			return nil, r.fail(ctx, err)
		}
	}
	out := &Published{NFT: st.NFT, CreateTx: st.CreateTx, MetadataTx: st.MetadataTx, DDO: &ddo.DDO{}}
	if err := out.DDO.UnmarshalJSON(st.DDO); err != nil {
		return nil, r.fail(ctx, err)
	}
	out.DID = out.DDO.ID
	for i, t := range st.Tokens {
		out.Datatokens = append(out.Datatokens, t.Datatoken)
		out.ServiceIDs = append(out.ServiceIDs, out.DDO.Services[i].ID)
	}
	asset, err := r.waitIndexed(ctx, out.DID, st.MetadataTx)
	if err != nil {
		return nil, r.fail(ctx, err)
	}
	out.Asset = asset
	if r.status() != StatusDone {
		if err := r.save(ctx, StatusDone); err != nil {
			return nil, r.fail(ctx, err)
		}
	}
	return out, nil
}

// tokenParams are the datatoken parameters of service i.
func (r *run) tokenParams(key string, i int, pr Pricing) *datatoken.Params {
	tmpl := pr.Template
	if tmpl == 0 {
		tmpl = datatoken.TemplateEnterprise
	}
	sym := fmt.Sprintf("DT%s%d", shortKey(key), i)
	return &datatoken.Params{TemplateIndex: tmpl, Name: "Datatoken " + sym, Symbol: sym}
}

// seedRate is the rate a capped exchange is created with, the
// FixedRateExchange's MIN_RATE (1e-8 base token per datatoken): the
// publisher buys the cap from the exchange at this rate and sells it back,
// which is the only way the 2.x exchange holds datatokens it can sell
// without minting (see serviceToken), and then sets the real rate.
var seedRate = big.NewInt(1e10)

// pricingParams attaches the exchange or dispenser of pr to a factory
// create. With a cap, the dispenser does not mint (the cap is minted to it
// once), and the exchange starts at seedRate, minting, restricted to the
// publisher, until serviceToken has stocked it.
func (c *Client) pricingParams(cp *nft.CreateParams, pr Pricing) error {
	one := big.NewInt(1e18)
	switch pr.Type {
	case PricingFree:
		if err := c.checkPricing(pr); err != nil {
			return err
		}
		cp.Dispenser = &datatoken.DispenserParams{Dispenser: c.addrs.Dispenser, MaxTokens: one, MaxBalance: one, WithMint: pr.Cap == nil}
	case PricingFixed:
		if err := c.checkPricing(pr); err != nil {
			return err
		}
		base := pr.BaseToken
		if base == (common.Address{}) {
			base = c.addrs.Ocean
		}
		cp.FixedRate = &datatoken.FixedRateParams{Exchange: c.addrs.FixedRateExchange, BaseToken: base,
			Rate: pr.Rate, MarketFee: pr.MarketFee, WithMint: true, BaseTokenDecimals: 18}
		if pr.Cap != nil {
			cp.FixedRate.Rate, cp.FixedRate.AllowedSwapper = seedRate, c.from
		}
	}
	return nil
}

// serviceToken makes sure service i has its datatoken, pricing and cap.
func (r *run) serviceToken(ctx context.Context, nftAddr common.Address, t *serviceToken, i int, pr Pricing) error {
	c := r.c
	step := fmt.Sprintf("service%d", i)
	if t.Datatoken == (common.Address{}) {
		params := r.stateKeyParams(i, pr)
		rc, err := r.txStep(ctx, txSpec{step: step + ":datatoken", status: StatusDatatokenCreating,
			send: via(c, nftAddr, nft.New, func(ctx context.Context, n *nft.NFT) (*types.Transaction, error) {
				return n.CreateDatatoken(ctx, *params)
			}),
			done: func(rc *types.Receipt) bool { return len(nft.CreatedDatatokens(rc)) > 0 }})
		if err != nil {
			return err
		}
		t.Datatoken = nft.CreatedDatatokens(rc)[0].Datatoken
		if err := r.save(ctx, StatusDatatokenCreated); err != nil {
			return err
		}
	}
	dt, err := datatoken.New(c.backend, t.Datatoken, c.tm)
	if err != nil {
		return err
	}
	if !t.Priced {
		var cp nft.CreateParams
		if err := c.pricingParams(&cp, pr); err != nil {
			return err
		}
		if cp.Dispenser != nil || cp.FixedRate != nil {
			rc, err := r.txStep(ctx, txSpec{step: step + ":pricing", status: StatusPricingSetting,
				send: via(c, dt.Address(), datatoken.New, func(ctx context.Context, dt *datatoken.Token) (*types.Transaction, error) {
					if cp.Dispenser != nil {
						return dt.CreateDispenser(ctx, *cp.Dispenser)
					}
					return dt.CreateFixedRate(ctx, *cp.FixedRate)
				}),
				done: func(rc *types.Receipt) bool { return len(rc.Logs) > 0 }})
			if err != nil {
				return err
			}
			if ev := datatoken.ExchangeCreatedEvents(rc); len(ev) > 0 {
				t.Exchange = ev[0].ExchangeID
			}
		}
		t.Priced = true
		if err := r.save(ctx, StatusPricingSet); err != nil {
			return err
		}
	}
	if pr.Cap != nil && !t.Capped {
		amount := new(big.Int).Mul(pr.Cap, big.NewInt(1e18))
		if pr.Type == PricingFixed {
			if err := r.stockExchange(ctx, step, dt.Address(), t.Exchange, pr, amount); err != nil {
				return err
			}
		} else {
			// The dispenser, which does not mint, hands out what it holds.
			if _, err := r.txStep(ctx, txSpec{step: step + ":cap", status: StatusCapMinting,
				send: via(c, dt.Address(), datatoken.New, func(ctx context.Context, dt *datatoken.Token) (*types.Transaction, error) {
					return dt.Mint(ctx, c.addrs.Dispenser, amount)
				}),
				done: anyReceipt}); err != nil {
				return err
			}
		}
		t.Capped = true
		if err := r.save(ctx, StatusCapMinted); err != nil {
			return err
		}
	}
	return nil
}

// stockExchange makes the capped exchange id of datatoken dt sell exactly
// amount datatokens, then ends its minting and sets its real rate.
//
// A 2.x FixedRateExchange sells only what it mints (withMint) or what it
// holds (its dtBalance); it never takes datatokens from its owner, whatever
// the owner's balance and allowance ("FixedRateExchange: No available
// datatokens"), and the only way into its dtBalance is selling to it,
// which it pays from base tokens it received for sales. So the publisher,
// alone allowed to swap while this runs, buys amount datatokens at
// seedRate (the exchange mints them) and sells them back: the exchange
// then holds amount datatokens and no base token, and the publisher paid
// the Ocean community fee of both swaps at seedRate (amount × 2e-11 base
// tokens at the 0.1% fee). Then the exchange stops minting, takes the real
// rate and lets buyers in again (only the datatoken itself for the
// Enterprise template, which forces that at creation).
func (r *run) stockExchange(ctx context.Context, step string, dt common.Address, id common.Hash, pr Pricing, amount *big.Int) error {
	c := r.c
	fre, err := datatoken.NewFixedRateExchange(c.backend, c.addrs.FixedRateExchange, c.tm)
	if err != nil {
		return err
	}
	enterprise := pr.Template == 0 || pr.Template == datatoken.TemplateEnterprise
	swapper := common.Address{}
	if enterprise {
		swapper = dt
	}
	swapped := func(rc *types.Receipt) bool { return len(datatoken.SwappedEvents(rc)) > 0 }
	sendFre := func(f func(context.Context, *datatoken.FixedRateExchange) (*types.Transaction, error)) sender {
		return via(c, fre.Address(), datatoken.NewFixedRateExchange, f)
	}
	steps := []txSpec{
		{step: step + ":stock:swapper", send: sendFre(func(ctx context.Context, fre *datatoken.FixedRateExchange) (*types.Transaction, error) {
			return fre.SetAllowedSwapper(ctx, id, c.from)
		}), done: anyReceipt},
		{step: step + ":stock:buy", send: sendFre(func(ctx context.Context, fre *datatoken.FixedRateExchange) (*types.Transaction, error) {
			return fre.Buy(ctx, datatoken.TradeParams{ExchangeID: id, Amount: amount})
		}), done: swapped},
		{step: step + ":stock:sell", send: sendFre(func(ctx context.Context, fre *datatoken.FixedRateExchange) (*types.Transaction, error) {
			return fre.Sell(ctx, datatoken.TradeParams{ExchangeID: id, Amount: amount})
		}), done: swapped},
		{step: step + ":stock:nomint", send: sendFre(func(ctx context.Context, fre *datatoken.FixedRateExchange) (*types.Transaction, error) {
			return fre.SetMint(ctx, id, false)
		}), done: anyReceipt},
		{step: step + ":stock:rate", send: sendFre(func(ctx context.Context, fre *datatoken.FixedRateExchange) (*types.Transaction, error) {
			return fre.SetRate(ctx, id, pr.Rate)
		}), done: anyReceipt},
		{step: step + ":stock:open", send: sendFre(func(ctx context.Context, fre *datatoken.FixedRateExchange) (*types.Transaction, error) {
			return fre.SetAllowedSwapper(ctx, id, swapper)
		}), done: anyReceipt},
	}
	if !enterprise {
		steps = steps[1:] // created with the publisher as the allowed swapper
	}
	for _, s := range steps {
		s.status = StatusCapMinting
		if _, err := r.txStep(ctx, s); err != nil {
			return err
		}
	}
	return nil
}

func (r *run) stateKeyParams(i int, pr Pricing) *datatoken.Params {
	return r.tokenParams(r.e.Key, i, pr)
}

// buildDDO encrypts the files of every service, builds and validates the
// DDO and encrypts it (unless PlainDDO).
func (r *run) buildDDO(ctx context.Context, st *publishState) error {
	c, p := r.c, &st.Params
	did, err := ddo.DID(st.NFT.Hex(), c.chainID)
	if err != nil {
		return err
	}
	ap := ddo.AssetParams{NFTAddress: st.NFT.Hex(), ChainID: c.chainID, Metadata: p.Metadata.ddo(st.Created), Credentials: p.Credentials}
	var doc *ddo.DDO
	for i := range p.Services {
		var sums []fileSum
		if i < len(st.Files) {
			sums = st.Files[i]
		}
		svc, version, err := c.buildService(ctx, st.NFT, st.Tokens[i].Datatoken, &p.Services[i], sums, ap, p.Algorithm)
		if err != nil {
			return fmt.Errorf("service %d: %w", i, err)
		}
		if doc == nil {
			doc = svc
			continue
		}
		doc.Services = append(doc.Services, svc.Services[0])
		if version > doc.Version {
			doc.Version = version
		}
	}
	if doc.ID != did {
		return fmt.Errorf("assets: built DDO has id %s, want %s", doc.ID, did)
	}
	if st.DDO, st.Data, st.Flags, err = c.encodeDDO(ctx, doc, p.PlainDDO); err != nil {
		return err
	}
	return r.save(ctx, StatusDDOReady)
}

// buildService encrypts sp's files and returns a one-service DDO for it
// (the builders pick the schema version a feature needs). sums are the
// files' checked checksums; nil (a flow journaled before they were) checks
// them now.
func (c *Client) buildService(ctx context.Context, nftAddr, dt common.Address, sp *ServiceParams, sums []fileSum, ap ddo.AssetParams, alg *ddo.AlgorithmParams) (*ddo.DDO, string, error) {
	if len(sums) != len(sp.Files) {
		all, err := c.checkFiles(ctx, []ServiceParams{*sp})
		if err != nil {
			return nil, "", err
		}
		sums = all[0]
	}
	var files bytes.Buffer
	files.WriteString(`{"nftAddress":"` + nftAddr.Hex() + `","datatokenAddress":"` + dt.Hex() + `","files":[`)
	var published []map[string]any
	for i, f := range sp.Files {
		obj, err := f.object()
		if err != nil {
			return nil, "", err
		}
		if i > 0 {
			files.WriteByte(',')
		}
		files.Write(obj)
		sum, size := sums[i].SHA256, sums[i].Size
		if f.EncryptedBy != "" {
			// The plaintext's, whatever Checksum says: Download tells
			// ciphertext from content by them.
			sum, size = f.SHA256, f.Size
		}
		if sum != "" || size > 0 {
			m := map[string]any{"index": i}
			if sum != "" {
				m["checksumType"], m["checksum"] = "sha256", strings.TrimPrefix(strings.ToLower(sum), "0x")
			}
			if size > 0 {
				m["contentLength"] = size
			}
			if f.EncryptedBy != "" {
				m["encryptedBy"], m["encryptMethod"] = f.EncryptedBy, f.EncryptMethod
			}
			published = append(published, m)
		}
	}
	files.WriteString("]}")
	prov := c.prov
	if sp.Endpoint != "" {
		p, err := provider.New(sp.Endpoint)
		if err != nil {
			return nil, "", fmt.Errorf("%w: endpoint: %w", ErrInvalidParams, err)
		}
		prov = p
	}
	enc, err := prov.EncryptForNode(ctx, c.chainID, files.Bytes(), c.auth())
	if err != nil {
		return nil, "", fmt.Errorf("encrypt files: %w", err)
	}
	svc := ddo.ServiceParams{Files: enc, DatatokenAddress: dt.Hex(), ServiceEndpoint: prov.BaseURL(), Timeout: sp.Timeout,
		Name: sp.Name, Description: sp.Description, ConsumerParameters: sp.ConsumerParameters, Credentials: sp.Credentials}
	if len(published) > 0 {
		b, _ := json.Marshal(map[string]any{"files": published})
		if svc.AdditionalInformation, err = ddo.ParseValue(b); err != nil {
			return nil, "", err
		}
	}
	var doc *ddo.DDO
	switch {
	case sp.Type == ddo.ServiceCompute:
		co := sp.Compute
		doc, err = ddo.NewComputeDataset(ap, svc, ddo.ComputeParams{AllowRawAlgorithm: co.AllowRawAlgorithm,
			AllowNetworkAccess: co.AllowNetworkAccess, TrustedAlgorithms: co.TrustedAlgorithms, TrustedPublishers: co.TrustedPublishers})
	case alg != nil:
		doc, err = ddo.NewAlgorithm(ap, *alg, svc)
	default:
		doc, err = ddo.NewDataset(ap, svc)
	}
	if err != nil {
		return nil, "", fmt.Errorf("%w: %w", ErrInvalidParams, err)
	}
	if alg != nil && doc.Metadata.Algorithm == nil {
		a, err := ddo.NewAlgorithm(ap, *alg, svc)
		if err != nil {
			return nil, "", fmt.Errorf("%w: %w", ErrInvalidParams, err)
		}
		doc.Metadata = a.Metadata
	}
	return doc, doc.Version, nil
}

// setMetadata sets (or updates) the DDO on the NFT, journaled, and returns
// the mined transaction's hash.
func (r *run) setMetadata(ctx context.Context, nftAddr common.Address, doc, data []byte, flags ddo.Flags, state ddo.MetadataState) (common.Hash, error) {
	c := r.c
	m := nft.Metadata{State: state, DecryptorURL: c.prov.BaseURL(), Flags: []byte{byte(flags)},
		Data: data, Hash: ddo.MetadataHash(doc, flags)}
	hash := m.Hash
	rc, err := r.txStep(ctx, txSpec{step: "metadata", status: StatusMetadataSetting,
		send: via(c, nftAddr, nft.New, func(ctx context.Context, n *nft.NFT) (*types.Transaction, error) { return n.SetMetaData(ctx, m) }),
		done: func(rc *types.Receipt) bool {
			for _, ev := range nft.MetadataEvents(rc) {
				if ev.Hash == hash {
					return true
				}
			}
			return false
		}})
	if err != nil {
		return common.Hash{}, err
	}
	return rc.TxHash, nil
}

// waitIndexed waits until the indexer serves did as of metadata tx (nil
// asset without an indexer), at most the client's index wait: then the
// flow fails with its metadata set, and Resume waits again.
func (r *run) waitIndexed(ctx context.Context, did string, tx common.Hash) (*ddo.Asset, error) {
	if r.c.idx == nil {
		return nil, nil
	}
	if d := r.c.opts.indexWait; d > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d)
		defer cancel()
	}
	return r.c.idx.WaitIndexed(ctx, did, indexer.WaitOptions{TxHash: tx, MinInterval: r.c.opts.pollMin, MaxInterval: r.c.opts.pollMax})
}

func anyReceipt(*types.Receipt) bool { return true }

// nftCreatedTopic is the ERC721Factory's NFTCreated event id; its indexed
// arguments are templateAddress, admin and creator.
var nftCreatedTopic = crypto.Keccak256Hash([]byte("NFTCreated(address,address,string,address,string,string,bool,address)"))

// findCreated searches the factory's NFTCreated events of creator in the
// lookback window for an NFT named name and returns its creation receipt,
// or nil.
func (c *Client) findCreated(ctx context.Context, creator common.Address, name string) (*types.Receipt, error) {
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("assets: head: %w", err)
	}
	from := uint64(0)
	if n := head.Number.Uint64(); n > c.opts.lookback {
		from = n - c.opts.lookback
	}
	logs, err := c.backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: head.Number,
		Addresses: []common.Address{c.addrs.ERC721Factory},
		Topics:    [][]common.Hash{{nftCreatedTopic}, nil, nil, {common.BytesToHash(creator.Bytes())}}})
	if err != nil {
		return nil, fmt.Errorf("assets: search NFTCreated: %w", err)
	}
	for _, l := range logs {
		rc, err := c.backend.TransactionReceipt(ctx, l.TxHash)
		if err != nil {
			return nil, fmt.Errorf("assets: receipt of %s: %w", l.TxHash.Hex(), err)
		}
		created, err := nft.ParseCreated(rc)
		if err != nil {
			continue
		}
		n, err := nft.New(c.backend, created.NFT, nil)
		if err != nil {
			return nil, err
		}
		if got, err := n.Name(ctx); err == nil && got == name {
			return rc, nil
		}
	}
	return nil, nil
}

// encodeDDO validates doc and returns its exact JSON bytes and the
// setMetaData data and flags: the bytes themselves when plain, otherwise
// the node's ECIES encryption of them.
func (c *Client) encodeDDO(ctx context.Context, doc *ddo.DDO, plain bool) (raw json.RawMessage, data hexutil.Bytes, flags ddo.Flags, err error) {
	if err := doc.Validate(); err != nil {
		return nil, nil, 0, fmt.Errorf("%w: %w", ErrInvalidParams, err)
	}
	if raw, err = doc.MarshalJSON(); err != nil {
		return nil, nil, 0, err
	}
	if plain {
		return raw, hexutil.Bytes(raw), ddo.FlagPlain, nil
	}
	enc, err := c.prov.EncryptForNode(ctx, c.chainID, raw, c.auth())
	if err != nil {
		return nil, nil, 0, fmt.Errorf("encrypt DDO: %w", err)
	}
	if data, err = hexutil.Decode(enc); err != nil {
		return nil, nil, 0, fmt.Errorf("encrypt DDO: %w", err)
	}
	return raw, data, ddo.FlagEncrypted, nil
}
