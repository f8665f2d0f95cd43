package assets_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/datatoken"
)

// A capped service sells exactly Cap datatokens; the next order fails
// with ErrSoldOut before anything is paid, and Quote says so first.
func TestCapSellsExactlyCap(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 3, 4, 5)
	pub := newClient(t, accs[1].Key, wiring{})
	content := []byte("capped asset\n")
	ocean, err := datatoken.NewERC20(devNet.Client(), devNet.Contracts().Ocean, nil)
	require.NoError(t, err)

	for _, tc := range []struct {
		name    string
		pricing assets.Pricing
	}{
		{"fixed", assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(3e18), Cap: big.NewInt(2)}},
		{"fixed-standard", assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(3e18), Cap: big.NewInt(2), Template: datatoken.TemplateStandard}},
		{"free", assets.Pricing{Type: assets.PricingFree, Cap: big.NewInt(2)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			key := "cap-" + tc.name
			pubBefore, err := ocean.Balance(ctx, accs[1].Address)
			require.NoError(t, err)
			pubd, err := pub.Publish(ctx, sampleParams(t, key, content, tc.pricing))
			require.NoError(t, err)
			pubAfter, err := ocean.Balance(ctx, accs[1].Address)
			require.NoError(t, err)
			t.Logf("stocking cost the publisher %s OCEAN", assets.FormatUnits(new(big.Int).Sub(pubBefore, pubAfter), 18))

			for i, acc := range accs[3:5] {
				cons := newClient(t, acc.Key, wiring{})
				q, err := cons.Quote(ctx, assets.OrderParams{DID: pubd.DID})
				require.NoError(t, err)
				require.NotNil(t, q.Available)
				assert.Equal(t, new(big.Int).Mul(big.NewInt(int64(2-i)), big.NewInt(1e18)), q.Available)
				if tc.pricing.Type == assets.PricingFixed {
					assert.Equal(t, assets.QuoteFixed, q.Pricing)
					// The real rate, not the stocking one.
					assert.Equal(t, big.NewInt(3e18), q.Costs[0].Amount)
				}
				orderAndDownload(t, ctx, cons, key+"/"+acc.Address.Hex(), pubd, content)
			}

			late := newClient(t, accs[5].Key, wiring{})
			_, err = late.Quote(ctx, assets.OrderParams{DID: pubd.DID})
			require.ErrorIs(t, err, assets.ErrSoldOut)
			before, err := ocean.Balance(ctx, accs[5].Address)
			require.NoError(t, err)
			nonce, err := devNet.Client().NonceAt(ctx, accs[5].Address, nil)
			require.NoError(t, err)
			_, err = late.Order(ctx, assets.OrderParams{Key: key + "/late", DID: pubd.DID})
			require.ErrorIs(t, err, assets.ErrSoldOut)
			after, err := ocean.Balance(ctx, accs[5].Address)
			require.NoError(t, err)
			assert.Equal(t, before, after, "nothing paid")
			nonceAfter, err := devNet.Client().NonceAt(ctx, accs[5].Address, nil)
			require.NoError(t, err)
			assert.Equal(t, nonce, nonceAfter, "nothing sent")
		})
	}
}
