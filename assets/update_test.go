package assets_test

import (
	"bytes"
	"io"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

func TestUpdateAndServices(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 9)
	pub := newClient(t, accs[1].Key, wiring{})
	cons := newClient(t, accs[9].Key, wiring{})
	content := []byte("update me")
	pubd, err := pub.Publish(ctx, sampleParams(t, "update-asset", content, assets.Pricing{Type: assets.PricingFree}))
	require.NoError(t, err)

	// Update the metadata.
	doc := pubd.Asset.DDO
	doc.Metadata.Name = "renamed"
	up, err := pub.Update(ctx, "update-asset/rename", &doc)
	require.NoError(t, err)
	assert.Equal(t, "renamed", up.Asset.Metadata.Name)
	assert.Equal(t, up.MetadataTx.Hex(), up.Asset.IndexedMetadata.Event.TxID)

	// Add a fixed-rate service with its own datatoken; order through it.
	u, err := devNet.AddFile("second.bin", bytes.NewReader(content))
	require.NoError(t, err)
	added, err := pub.AddService(ctx, "update-asset/add", pubd.DID, assets.ServiceParams{
		Name: "paid", Files: []assets.File{{URL: u}}, Timeout: 60, Pricing: assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(1e18)}})
	require.NoError(t, err)
	require.Len(t, added.Asset.Services, 2)
	assert.Equal(t, added.ServiceID, added.Asset.Services[1].ID)
	o, err := cons.Order(ctx, assets.OrderParams{Key: "update-asset/order-paid", DID: pubd.DID, ServiceID: added.ServiceID})
	require.NoError(t, err)
	assert.Equal(t, added.Datatoken, o.Datatoken)

	// Change its name and price.
	name := "paid, renamed"
	changed, err := pub.UpdateService(ctx, "update-asset/change", pubd.DID, added.ServiceID, assets.ServiceChanges{Name: &name, Rate: big.NewInt(3e18)})
	require.NoError(t, err)
	assert.Equal(t, name, changed.Asset.Services[1].Name)
	fres, err := datatoken.New(devNet.Client(), added.Datatoken, nil)
	require.NoError(t, err)
	refs, err := fres.FixedRates(ctx)
	require.NoError(t, err)
	fre, err := datatoken.NewFixedRateExchange(devNet.Client(), refs[0].Contract, nil)
	require.NoError(t, err)
	rate, err := fre.Rate(ctx, refs[0].ID)
	require.NoError(t, err)
	assert.Equal(t, big.NewInt(3e18), rate)

	// Remove it; an unknown service is a typed error.
	removed, err := pub.RemoveService(ctx, "update-asset/remove", pubd.DID, added.ServiceID)
	require.NoError(t, err)
	assert.Len(t, removed.Asset.Services, 1)
	_, err = pub.RemoveService(ctx, "update-asset/remove-again", pubd.DID, added.ServiceID)
	require.ErrorIs(t, err, assets.ErrServiceNotFound)

	// Retire it: the indexer reports the state, the node refuses orders.
	st, err := pub.SetState(ctx, "update-asset/revoke", pubd.DID, ddo.StateRevoked)
	require.NoError(t, err)
	assert.Equal(t, ddo.StateRevoked, st.Asset.IndexedMetadata.NFT.State)
	// The indexer now serves Ocean Node's short document for it: no
	// metadata, no services.
	assert.Equal(t, "deprecated", st.Asset.Version)
	assert.Empty(t, st.Asset.Services)
	assert.Equal(t, pubd.DID, st.Asset.ID)
	nonce, err := devNet.Client().NonceAt(ctx, accs[9].Address, nil)
	require.NoError(t, err)
	_, err = cons.Order(ctx, assets.OrderParams{Key: "update-asset/order-revoked", DID: pubd.DID})
	require.ErrorIs(t, err, assets.ErrNotConsumable)
	assert.Contains(t, err.Error(), "revoked")
	var se *assets.StepError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, assets.FlowOrder, se.Flow)
	assert.Zero(t, se.TxHash, "nothing sent")
	_, err = cons.Quote(ctx, assets.OrderParams{DID: pubd.DID})
	require.ErrorIs(t, err, assets.ErrNotConsumable)
	_, err = cons.Download(ctx, assets.DownloadParams{DID: pubd.DID, OrderTx: o.TxHash}, io.Discard)
	require.ErrorIs(t, err, assets.ErrNotConsumable)
	after, err := devNet.Client().NonceAt(ctx, accs[9].Address, nil)
	require.NoError(t, err)
	assert.Equal(t, nonce, after, "no transaction for a revoked asset")
	// The node refuses it too, in Ocean Node's words.
	prov, err := provider.New(devNet.NodeURL(), nodehttp.WithRetries(0, 0, 0))
	require.NoError(t, err)
	_, err = prov.Initialize(ctx, provider.InitializeRequest{DID: pubd.DID, ServiceID: pubd.Asset.Services[0].ID, Consumer: accs[9].Address})
	var pe *nodehttp.Error
	require.ErrorAs(t, err, &pe)
	assert.Contains(t, pe.Error(), "state is different than ACTIVE or UNLISTED")

	// Only the NFT's updaters may update.
	_, err = cons.SetState(ctx, "update-asset/not-mine", pubd.DID, ddo.StateActive)
	require.ErrorIs(t, err, datatoken.ErrMissingRole)
}
