package assets_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
)

// TestResumeAllClaims: ResumeAll skips an unfinished flow whose key is
// locked (a live worker runs it) and takes it over once the lock is free.
func TestResumeAllClaims(t *testing.T) {
	t.Parallel()
	acc := takeAccounts(t, 0)[0]
	store := journal.NewMemory()
	ctx, stop := context.WithCancel(ctxFor(t))
	c := newClient(t, acc.Key, wiring{store: store, opts: []assets.Option{assets.WithAfterStep(func(_, point string) {
		if point == assets.StatusNFTCreated {
			stop() // the worker stops here, leaving the flow unfinished
		}
	})}})
	key := "resume-all-claims"
	_, err := c.Publish(ctx, sampleParams(t, key, []byte("claims"), assets.Pricing{Type: assets.PricingFree}))
	require.Error(t, err)
	e, err := store.Get(t.Context(), key)
	require.NoError(t, err)
	require.NotEqual(t, assets.StatusDone, e.Status)

	other := newClient(t, acc.Key, wiring{store: store})
	unlock, err := store.Lock(t.Context(), key) // a live worker holds the key
	require.NoError(t, err)
	keys, err := other.ResumeAll(ctxFor(t))
	require.NoError(t, err)
	assert.Empty(t, keys, "a flow whose key is held is left to its worker")
	require.NoError(t, unlock())

	keys, err = other.ResumeAll(ctxFor(t))
	require.NoError(t, err)
	assert.Equal(t, []string{key}, keys)
	e, err = store.Get(t.Context(), key)
	require.NoError(t, err)
	assert.Equal(t, assets.StatusDone, e.Status)
	assert.Len(t, nftsNamed(t, acc.Address, assets.NFTName(key)), 1, "one NFT")
}
