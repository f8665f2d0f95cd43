package datatoken_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/transact"
)

func TestERC20(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		o := e.ocean(buyer)
		sym, err := o.Symbol(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, "OCEAN", sym)
		dec, err := o.Decimals(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, uint8(18), dec)
		name, err := o.Name(e.ctx)
		require.NoError(t, err)
		assert.NotEmpty(t, name)
		supply, err := o.TotalSupply(e.ctx)
		require.NoError(t, err)
		assert.Positive(t, supply.Sign())

		before := e.balance(e.d.Ocean, e.addr(stranger))
		e.mined(buyer)(o.Transfer(e.ctx, e.addr(stranger), milli(5)))
		assert.Equal(t, new(big.Int).Add(before, milli(5)), e.balance(e.d.Ocean, e.addr(stranger)))

		e.mined(buyer)(o.Approve(e.ctx, e.addr(stranger), milli(7)))
		allowance, err := o.Allowance(e.ctx, e.addr(buyer), e.addr(stranger))
		require.NoError(t, err)
		assert.Equal(t, milli(7), allowance)
		spender := e.ocean(stranger)
		e.mined(stranger)(spender.TransferFrom(e.ctx, e.addr(buyer), e.addr(stranger), milli(7)))

		// Characteristic failures: balance and allowance.
		_, err = o.Transfer(e.ctx, e.addr(stranger), ether(10_000_000))
		assert.ErrorIs(t, err, datatoken.ErrInsufficientBalance)
		_, err = spender.TransferFrom(e.ctx, e.addr(buyer), e.addr(stranger), milli(1))
		assert.ErrorIs(t, err, datatoken.ErrInsufficientAllowance)

		ro, err := datatoken.NewERC20(e.b, e.d.Ocean, nil)
		require.NoError(t, err)
		_, err = ro.Transfer(e.ctx, e.addr(stranger), big.NewInt(1))
		assert.ErrorIs(t, err, datatoken.ErrReadOnly)
	})
}

func TestMintRolesAndCap(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		c := e.publish(nft.CreateParams{})
		dt := e.token(publisher, c.Datatoken())

		capacity, err := dt.Cap(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, datatoken.MaxCap(), capacity)
		id, err := dt.TemplateID(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, uint8(1), id)
		perms, err := dt.Permissions(e.ctx, e.addr(publisher))
		require.NoError(t, err)
		assert.True(t, perms.Minter)
		deployer, err := dt.IsERC20Deployer(e.ctx, e.addr(publisher))
		require.NoError(t, err)
		assert.True(t, deployer)

		e.mined(publisher)(dt.Mint(e.ctx, e.addr(buyer), ether(5)))
		assert.Equal(t, ether(5), e.balance(c.Datatoken(), e.addr(buyer)))

		// Missing role.
		_, err = e.token(stranger, c.Datatoken()).Mint(e.ctx, e.addr(stranger), ether(1))
		assert.ErrorIs(t, err, datatoken.ErrMissingRole)
		var re *transact.RevertError
		require.ErrorAs(t, err, &re)
		assert.Equal(t, "ERC20Template: NOT MINTER", re.Reason)

		// Cap exceeded: the supply is 5e18, the cap 2^256-1.
		overflow := new(big.Int).Sub(datatoken.MaxCap(), ether(4))
		_, err = dt.Mint(e.ctx, e.addr(buyer), overflow)
		assert.ErrorIs(t, err, datatoken.ErrCapExceeded)
		require.ErrorAs(t, err, &re)
		assert.Equal(t, "arithmetic underflow or overflow", re.Reason)

		// Granting and revoking the minter role.
		e.mined(publisher)(dt.AddMinter(e.ctx, e.addr(stranger)))
		e.mined(stranger)(e.token(stranger, c.Datatoken()).Mint(e.ctx, e.addr(stranger), ether(1)))
		e.mined(publisher)(dt.RemoveMinter(e.ctx, e.addr(stranger)))
		isMinter, err := dt.IsMinter(e.ctx, e.addr(stranger))
		require.NoError(t, err)
		assert.False(t, isMinter)

		// Burning.
		e.mined(stranger)(e.token(stranger, c.Datatoken()).Burn(e.ctx, ether(1)))
		assert.Zero(t, e.balance(c.Datatoken(), e.addr(stranger)).Sign())
	})
}

func TestPublishingMarketFeeAndCollector(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		fee := datatoken.Fee{Address: e.addr(market), Token: e.d.Ocean, Amount: milli(1)}
		c := e.publish(nft.CreateParams{Datatoken: &datatoken.Params{Name: "DT", Symbol: "DT", PublishMarketFee: fee}})

		got, err := e.token(publisher, c.Datatoken()).PublishingMarketFee(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, fee, got)

		// Only the current fee address may change it.
		newFee := datatoken.Fee{Address: e.addr(market), Token: e.d.Ocean, Amount: milli(4)}
		_, err = e.token(publisher, c.Datatoken()).SetPublishingMarketFee(e.ctx, newFee)
		assert.ErrorIs(t, err, datatoken.ErrMissingRole)
		e.mined(market)(e.token(market, c.Datatoken()).SetPublishingMarketFee(e.ctx, newFee))
		got, err = e.token(publisher, c.Datatoken()).PublishingMarketFee(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, newFee, got)
		_, err = e.token(market, c.Datatoken()).SetPublishingMarketFee(e.ctx, datatoken.Fee{})
		assert.ErrorIs(t, err, datatoken.ErrInvalidParams)

		// Payment collector: the NFT owner by default.
		dt := e.token(publisher, c.Datatoken())
		collector, err := dt.PaymentCollector(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, e.addr(publisher), collector)
		e.mined(publisher)(dt.AddPaymentManager(e.ctx, e.addr(publisher)))
		e.mined(publisher)(dt.SetPaymentCollector(e.ctx, e.addr(market)))
		collector, err = dt.PaymentCollector(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, e.addr(market), collector)
	})
}

func TestParamsValidate(t *testing.T) {
	assert.NoError(t, datatoken.Params{Name: "a", Symbol: "b"}.Validate())
	assert.ErrorIs(t, datatoken.Params{Symbol: "b"}.Validate(), datatoken.ErrInvalidParams)
	assert.ErrorIs(t, datatoken.Params{Name: "a", Symbol: "b", TemplateIndex: 3}.Validate(), datatoken.ErrInvalidParams)
	assert.ErrorIs(t, datatoken.Params{Name: "a", Symbol: "b", Cap: big.NewInt(0)}.Validate(), datatoken.ErrInvalidParams)
	strs, addrs, uints := datatoken.Params{Name: "a", Symbol: "b",
		PublishMarketFee: datatoken.Fee{Address: common.Address{2}, Token: common.Address{3}, Amount: big.NewInt(4)}}.Arrays(common.Address{1})
	assert.Equal(t, []string{"a", "b"}, strs)
	assert.Equal(t, []common.Address{{1}, {}, {2}, {3}}, addrs)
	assert.Equal(t, []*big.Int{datatoken.MaxCap(), big.NewInt(4)}, uints)

	assert.ErrorIs(t, datatoken.DispenserParams{}.Validate(), datatoken.ErrInvalidParams)
	assert.ErrorIs(t, datatoken.FixedRateParams{Exchange: common.Address{1}, Rate: big.NewInt(1e18)}.Validate(), datatoken.ErrInvalidParams)

	// ExchangeID is keccak256(abi.encode(baseToken, datatoken)).
	id := datatoken.ExchangeID(common.HexToAddress("0x1"), common.HexToAddress("0x2"))
	assert.Equal(t, "0xe90b7bceb6e7df5418fb78d8ee546e97c83a08bbccc01a0644d599ccd2a7c2e0", common.Hash(id).Hex())
}
