package nft_test

import (
	"crypto/sha256"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/transact"
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

func TestCreateNFTOnly(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		f := e.factory(publisher)
		before, err := f.NFTCount(e.ctx)
		require.NoError(t, err)
		c := e.create(publisher, nft.CreateParams{Name: "Only NFT", Symbol: "ONFT", TokenURI: "https://example.com/1",
			AdditionalERC20Deployer: e.acc[other].Address})
		assert.Empty(t, c.Datatokens)
		assert.Equal(t, common.Address{}, c.Datatoken())

		n := e.nft(publisher, c)
		owner, err := n.Owner(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, e.acc[publisher].Address, owner)
		name, err := n.Name(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, "Only NFT", name)
		sym, err := n.Symbol(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, "ONFT", sym)
		uri, err := n.TokenURI(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, "https://example.com/1", uri)
		ok, err := n.Transferable(e.ctx)
		require.NoError(t, err)
		assert.True(t, ok)
		deployer, err := n.IsERC20Deployer(e.ctx, e.acc[other].Address)
		require.NoError(t, err)
		assert.True(t, deployer, "additional ERC20 deployer granted at creation")

		after, err := f.NFTCount(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, before+1, after)
		isNFT, err := f.IsNFT(e.ctx, c.NFT)
		require.NoError(t, err)
		assert.True(t, isNFT)
		isNFT, err = f.IsNFT(e.ctx, e.acc[other].Address)
		require.NoError(t, err)
		assert.False(t, isNFT)
		tmpl, err := f.NFTTemplate(e.ctx, 1)
		require.NoError(t, err)
		assert.Equal(t, Template{e.d.ERC721Template, true}, Template{tmpl.Address, tmpl.Active})
	})
}

// Template mirrors nft.Template for comparisons.
type Template struct {
	Address common.Address
	Active  bool
}

func TestCreateWithDatatokenTemplates(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		for _, tc := range []struct {
			index    uint64
			template common.Address
		}{{0, e.d.ERC20Template}, {datatoken.TemplateStandard, e.d.ERC20Template}, {datatoken.TemplateEnterprise, e.d.ERC20TemplateEnterprise}} {
			fee := datatoken.Fee{Address: e.acc[other].Address, Token: e.d.Ocean, Amount: big.NewInt(1e15)}
			tx, err := e.factory(publisher).Create(e.ctx, nft.CreateParams{Name: "N", Symbol: "N",
				Datatoken: &datatoken.Params{TemplateIndex: tc.index, Name: "Datatoken", Symbol: "DT", PublishMarketFee: fee}})
			r := e.mined(publisher)(tx, err)
			c, err := nft.ParseCreated(r)
			require.NoError(t, err)
			require.Len(t, c.Datatokens, 1)
			assert.Equal(t, r.TxHash, c.TxHash)
			created := nft.CreatedDatatokens(r)
			require.Len(t, created, 1, "one TokenCreated per datatoken")
			assert.Equal(t, tc.template, created[0].Template)
			assert.Equal(t, "DT", created[0].Symbol)

			dt, err := datatoken.New(e.b, c.Datatoken(), nil)
			require.NoError(t, err)
			back, err := dt.NFT(e.ctx)
			require.NoError(t, err)
			assert.Equal(t, c.NFT, back)
			got, err := dt.PublishingMarketFee(e.ctx)
			require.NoError(t, err)
			assert.Equal(t, fee, got)
			minter, err := dt.IsMinter(e.ctx, e.acc[publisher].Address)
			require.NoError(t, err)
			assert.True(t, minter, "minter defaults to the sender")
			list, err := e.nft(publisher, c).Datatokens(e.ctx)
			require.NoError(t, err)
			assert.Equal(t, c.Datatokens, list)
			isDT, err := e.factory(publisher).IsDatatoken(e.ctx, c.Datatoken())
			require.NoError(t, err)
			assert.True(t, isDT)
		}
	})
}

func TestCreateWithFixedRate(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		c := e.create(publisher, nft.CreateParams{Name: "N", Symbol: "N",
			Datatoken: &datatoken.Params{Name: "DT", Symbol: "DT"},
			FixedRate: &datatoken.FixedRateParams{Exchange: e.d.FixedRateExchange, BaseToken: e.d.Ocean,
				Rate: ether(2), MarketFee: big.NewInt(1e15), WithMint: true}})
		assert.Equal(t, e.d.FixedRateExchange, c.ExchangeContract)
		assert.Equal(t, datatoken.ExchangeID(e.d.Ocean, c.Datatoken()), c.ExchangeID)

		fre, err := datatoken.NewFixedRateExchange(e.b, c.ExchangeContract, nil)
		require.NoError(t, err)
		ex, err := fre.Exchange(e.ctx, c.ExchangeID)
		require.NoError(t, err)
		assert.True(t, ex.Active)
		assert.True(t, ex.WithMint)
		assert.Equal(t, e.acc[publisher].Address, ex.Owner)
		assert.Equal(t, uint8(18), ex.BaseTokenDecimals, "read from the base token")
		assert.Equal(t, ether(2), ex.Rate)
	})
}

func TestCreateWithDispenser(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		c := e.create(publisher, nft.CreateParams{Name: "N", Symbol: "N",
			Datatoken: &datatoken.Params{Name: "DT", Symbol: "DT"},
			Dispenser: &datatoken.DispenserParams{Dispenser: e.d.Dispenser, MaxTokens: ether(1), MaxBalance: ether(1), WithMint: true}})
		assert.Equal(t, e.d.Dispenser, c.Dispenser)
		d, err := datatoken.NewDispenser(e.b, e.d.Dispenser, nil)
		require.NoError(t, err)
		st, err := d.Status(e.ctx, c.Datatoken())
		require.NoError(t, err)
		assert.True(t, st.Active)
		assert.True(t, st.IsMinter)
	})
}

func sampleMetadata(doc string, state ddo.MetadataState) nft.Metadata {
	return nft.Metadata{State: state, DecryptorURL: "http://127.0.0.1:8001", Flags: []byte{0},
		Data: []byte(doc), Hash: ddo.Hash(sha256.Sum256([]byte(doc)))}
}

func TestCreateWithMetadata(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		m := sampleMetadata(`{"a":1}`, ddo.StateActive)
		tx, err := e.factory(publisher).Create(e.ctx, nft.CreateParams{Name: "N", Symbol: "N", Metadata: &m})
		r := e.mined(publisher)(tx, err)
		c, err := nft.ParseCreated(r)
		require.NoError(t, err)
		evs := nft.MetadataEvents(r)
		require.Len(t, evs, 1)
		assert.True(t, evs[0].Created)
		assert.Equal(t, c.NFT, evs[0].NFT)
		assert.Equal(t, m.Data, evs[0].Data)
		assert.Equal(t, m.Hash, evs[0].Hash)
		info, err := e.nft(publisher, c).MetaData(e.ctx)
		require.NoError(t, err)
		assert.True(t, info.HasMetadata)
	})
}

func TestMetadataLifecycle(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		c := e.create(publisher, nft.CreateParams{Name: "N", Symbol: "N"})
		n := e.nft(publisher, c)

		info, err := n.MetaData(e.ctx)
		require.NoError(t, err)
		assert.False(t, info.HasMetadata)

		m := sampleMetadata(`{"v":1}`, ddo.StateActive)
		m.DecryptorAddress = e.acc[other].Address.Hex()
		r := e.mined(publisher)(n.SetMetaData(e.ctx, m))
		evs := nft.MetadataEvents(r)
		require.Len(t, evs, 1)
		assert.True(t, evs[0].Created, "first setMetaData emits MetadataCreated")
		assert.Equal(t, e.acc[publisher].Address, evs[0].By)
		assert.Equal(t, m.DecryptorURL, evs[0].DecryptorURL)
		assert.Equal(t, r.BlockNumber, evs[0].BlockNumber)

		m2 := sampleMetadata(`{"v":2}`, ddo.StateUnlisted)
		r = e.mined(publisher)(n.SetMetaData(e.ctx, m2))
		evs = nft.MetadataEvents(r)
		require.Len(t, evs, 1)
		assert.False(t, evs[0].Created, "later calls emit MetadataUpdated")
		assert.Equal(t, ddo.StateUnlisted, evs[0].State)
		assert.Equal(t, m2.Hash, evs[0].Hash)

		r = e.mined(publisher)(n.SetMetaDataState(e.ctx, ddo.StateRevoked))
		states := nft.MetadataStateEvents(r)
		require.Len(t, states, 1)
		assert.Equal(t, ddo.StateRevoked, states[0].State)
		info, err = n.MetaData(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, nft.MetaDataInfo{DecryptorURL: m2.DecryptorURL, State: ddo.StateRevoked, HasMetadata: true}, info)

		r = e.mined(publisher)(n.SetTokenURI(e.ctx, "ipfs://new"))
		uris := nft.TokenURIEvents(r)
		require.Len(t, uris, 1)
		assert.Equal(t, "ipfs://new", uris[0].TokenURI)
		uri, err := n.TokenURI(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, "ipfs://new", uri)

		m3 := sampleMetadata(`{"v":3}`, ddo.StateActive)
		r = e.mined(publisher)(n.SetMetaDataAndTokenURI(e.ctx, m3, "ipfs://both"))
		require.Len(t, nft.MetadataEvents(r), 1)
		require.Len(t, nft.TokenURIEvents(r), 1)
		uri, err = n.TokenURI(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, "ipfs://both", uri)

		// Characteristic failures: no metadata role, not the owner.
		stranger := e.nft(other, c)
		_, err = stranger.SetMetaData(e.ctx, m)
		assert.ErrorIs(t, err, nft.ErrMissingRole)
		var re *transact.RevertError
		require.ErrorAs(t, err, &re)
		assert.Equal(t, "ERC721Template: NOT METADATA_ROLE", re.Reason)
		var dre *transact.RevertError
		assert.ErrorAs(t, err, &dre, "the alias is the same type in both packages")
		_, err = stranger.SetMetaDataState(e.ctx, ddo.StateActive)
		assert.ErrorIs(t, err, nft.ErrMissingRole)
		_, err = stranger.SetTokenURI(e.ctx, "x")
		assert.ErrorIs(t, err, nft.ErrMissingRole)
	})
}

func TestRoles(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		c := e.create(publisher, nft.CreateParams{Name: "N", Symbol: "N"})
		owner, mgr, user := e.nft(publisher, c), e.nft(other, c), e.acc[consumer].Address

		roles, err := owner.Permissions(e.ctx, e.acc[publisher].Address)
		require.NoError(t, err)
		assert.Equal(t, nft.Roles{Manager: true, DeployERC20: true, UpdateMetadata: true, Store: true}, roles, "the owner starts with every role")

		// Only the owner adds managers.
		_, err = mgr.AddManager(e.ctx, e.acc[other].Address)
		require.ErrorIs(t, err, nft.ErrMissingRole)
		_, err = mgr.AddERC20Deployer(e.ctx, user)
		require.ErrorIs(t, err, nft.ErrMissingRole, "not a manager yet")
		e.mined(publisher)(owner.AddManager(e.ctx, e.acc[other].Address))

		e.mined(other)(mgr.AddERC20Deployer(e.ctx, user))
		e.mined(other)(mgr.AddMetadataUpdater(e.ctx, user))
		e.mined(other)(mgr.AddStoreUpdater(e.ctx, user))
		roles, err = owner.Permissions(e.ctx, user)
		require.NoError(t, err)
		assert.Equal(t, nft.Roles{DeployERC20: true, UpdateMetadata: true, Store: true}, roles)

		// The store updater writes the ERC-725 store; others cannot.
		u := e.nft(consumer, c)
		key := [32]byte{0x42}
		e.mined(consumer)(u.SetData(e.ctx, key, []byte("value")))
		got, err := owner.Data(e.ctx, key)
		require.NoError(t, err)
		assert.Equal(t, []byte("value"), got)

		e.mined(other)(mgr.RemoveERC20Deployer(e.ctx, user))
		e.mined(other)(mgr.RemoveMetadataUpdater(e.ctx, user))
		e.mined(other)(mgr.RemoveStoreUpdater(e.ctx, user))
		roles, err = owner.Permissions(e.ctx, user)
		require.NoError(t, err)
		assert.Equal(t, nft.Roles{}, roles)
		_, err = u.SetData(e.ctx, key, []byte("again"))
		assert.ErrorIs(t, err, nft.ErrMissingRole)

		e.mined(publisher)(owner.RemoveManager(e.ctx, e.acc[other].Address))
		_, err = mgr.AddERC20Deployer(e.ctx, user)
		assert.ErrorIs(t, err, nft.ErrMissingRole)
	})
}

func TestAdditionalDatatoken(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		c := e.create(publisher, nft.CreateParams{Name: "N", Symbol: "N", Datatoken: &datatoken.Params{Name: "A", Symbol: "A"}})
		n := e.nft(publisher, c)
		r := e.mined(publisher)(n.CreateDatatoken(e.ctx, datatoken.Params{TemplateIndex: datatoken.TemplateEnterprise, Name: "B", Symbol: "B",
			Minter: e.acc[consumer].Address}))
		created := nft.CreatedDatatokens(r)
		require.Len(t, created, 1)
		assert.Equal(t, "B", created[0].Name)
		assert.Equal(t, e.d.ERC20TemplateEnterprise, created[0].Template)
		list, err := n.Datatokens(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, []common.Address{c.Datatoken(), created[0].Datatoken}, list)
		dt, err := datatoken.New(e.b, created[0].Datatoken, nil)
		require.NoError(t, err)
		isMinter, err := dt.IsMinter(e.ctx, e.acc[consumer].Address)
		require.NoError(t, err)
		assert.True(t, isMinter)

		_, err = e.nft(other, c).CreateDatatoken(e.ctx, datatoken.Params{Name: "C", Symbol: "C"})
		var re *transact.RevertError
		require.ErrorAs(t, err, &re)
		assert.ErrorIs(t, err, nft.ErrMissingRole)
		assert.Equal(t, "ERC721Template: NOT ERC20DEPLOYER_ROLE", re.Reason)
		assert.Equal(t, common.Hash{}, re.TxHash, "refused in estimation: nothing was mined")

		_, err = n.CreateDatatoken(e.ctx, datatoken.Params{Name: "", Symbol: "C"})
		assert.ErrorIs(t, err, nft.ErrInvalidParams)
	})
}

func TestTransfer(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		c := e.create(publisher, nft.CreateParams{Name: "N", Symbol: "N", Datatoken: &datatoken.Params{Name: "A", Symbol: "A"}})
		n := e.nft(publisher, c)

		_, err := e.nft(other, c).Transfer(e.ctx, e.acc[other].Address)
		require.ErrorIs(t, err, nft.ErrMissingRole, "only the owner transfers")

		r := e.mined(publisher)(n.Transfer(e.ctx, e.acc[other].Address))
		assert.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		owner, err := n.Owner(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, e.acc[other].Address, owner)
		roles, err := n.Permissions(e.ctx, e.acc[publisher].Address)
		require.NoError(t, err)
		assert.Equal(t, nft.Roles{}, roles, "a transfer wipes the previous owner's roles")
		roles, err = n.Permissions(e.ctx, e.acc[other].Address)
		require.NoError(t, err)
		assert.True(t, roles.Manager)
		_, err = n.SetTokenURI(e.ctx, "x")
		assert.ErrorIs(t, err, nft.ErrMissingRole)

		// Non-transferable NFTs are refused before sending.
		c2 := e.create(publisher, nft.CreateParams{Name: "N", Symbol: "N", NonTransferable: true})
		_, err = e.nft(publisher, c2).Transfer(e.ctx, e.acc[other].Address)
		assert.ErrorIs(t, err, nft.ErrNotTransferable)
	})
}

func TestCreateParamsValidate(t *testing.T) {
	dt := &datatoken.Params{Name: "D", Symbol: "D"}
	fr := &datatoken.FixedRateParams{Exchange: common.Address{1}, BaseToken: common.Address{2}, Rate: big.NewInt(1e18)}
	disp := &datatoken.DispenserParams{Dispenser: common.Address{3}, MaxTokens: big.NewInt(1), MaxBalance: big.NewInt(1)}
	m := &nft.Metadata{}
	for name, tc := range map[string]struct {
		p  nft.CreateParams
		ok bool
	}{
		"nft only":              {nft.CreateParams{Name: "N", Symbol: "S"}, true},
		"missing name":          {nft.CreateParams{Symbol: "S"}, false},
		"with datatoken":        {nft.CreateParams{Name: "N", Symbol: "S", Datatoken: dt}, true},
		"fixed rate":            {nft.CreateParams{Name: "N", Symbol: "S", Datatoken: dt, FixedRate: fr}, true},
		"fixed rate without dt": {nft.CreateParams{Name: "N", Symbol: "S", FixedRate: fr}, false},
		"both pricings":         {nft.CreateParams{Name: "N", Symbol: "S", Datatoken: dt, FixedRate: fr, Dispenser: disp}, false},
		"metadata":              {nft.CreateParams{Name: "N", Symbol: "S", Metadata: m}, true},
		"metadata and dt":       {nft.CreateParams{Name: "N", Symbol: "S", Metadata: m, Datatoken: dt}, false},
		"extra deployer and dt": {nft.CreateParams{Name: "N", Symbol: "S", Datatoken: dt, AdditionalERC20Deployer: common.Address{9}}, false},
		"bad dt template":       {nft.CreateParams{Name: "N", Symbol: "S", Datatoken: &datatoken.Params{Name: "D", Symbol: "D", TemplateIndex: 7}}, false},
		"rate too low": {nft.CreateParams{Name: "N", Symbol: "S", Datatoken: dt,
			FixedRate: &datatoken.FixedRateParams{Exchange: common.Address{1}, BaseToken: common.Address{2}, Rate: big.NewInt(1)}}, false},
		"market fee out of range": {nft.CreateParams{Name: "N", Symbol: "S", Datatoken: dt,
			FixedRate: &datatoken.FixedRateParams{Exchange: common.Address{1}, BaseToken: common.Address{2}, Rate: big.NewInt(1e18), MarketFee: big.NewInt(1)}}, false},
	} {
		err := tc.p.Validate()
		if tc.ok {
			assert.NoError(t, err, name)
		} else {
			assert.ErrorIs(t, err, nft.ErrInvalidParams, name)
		}
	}
}

func TestReadOnlyHandles(t *testing.T) {
	f, err := nft.NewFactory(chain.Client(), chain.Deployment().ERC721Factory, nil)
	require.NoError(t, err)
	_, err = f.Create(t.Context(), nft.CreateParams{Name: "N", Symbol: "S"})
	assert.ErrorIs(t, err, nft.ErrReadOnly)
	n, err := nft.New(chain.Client(), common.Address{1}, nil)
	require.NoError(t, err)
	_, err = n.SetTokenURI(t.Context(), "x")
	assert.ErrorIs(t, err, nft.ErrReadOnly)
	_, err = nft.New(nil, common.Address{1}, nil)
	assert.Error(t, err)
	_, err = nft.New(chain.Client(), common.Address{}, nil)
	assert.Error(t, err)
	_, err = nft.ParseCreated(&types.Receipt{})
	assert.ErrorIs(t, err, nft.ErrEventNotFound)
}
