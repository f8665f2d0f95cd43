package assets_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/accesslist"
	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/transact"
)

// TestAccessList restricts a service to an on-chain access list: members
// order and download, others are refused before paying, and the node
// follows the list as its owner changes it.
func TestAccessList(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 5, 6, 8)
	owner, member, stranger := accs[8], accs[5], accs[6]
	auth := bind.NewKeyedTransactor(owner.Key, bigDevChainID())
	tm, err := transact.New(devNet.Client(), owner.Address, auth.Signer, transact.Options{PollInterval: 50 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(tm.Close)
	f, err := accesslist.NewFactory(devNet.Client(), devNet.Contracts().AccessListFactory, tm)
	require.NoError(t, err)
	listAddr, err := f.CreateAndWait(ctx, accesslist.CreateParams{Name: "Buyers", Symbol: "BUY", Members: []common.Address{member.Address}})
	require.NoError(t, err)
	list, err := accesslist.New(devNet.Client(), listAddr, tm)
	require.NoError(t, err)

	pub := newClient(t, accs[1].Key, wiring{})
	content := []byte("for list members only\n")
	p := sampleParams(t, "access-list", content, assets.Pricing{Type: assets.PricingFree})
	p.Services[0].Credentials = assets.AccessListCredentials(addresses.DevChainID, []common.Address{listAddr}, nil)
	pubd, err := pub.Publish(ctx, p)
	require.NoError(t, err)
	assert.Equal(t, ddo.Version410, pubd.DDO.Version)
	require.NotNil(t, pubd.Asset)
	require.Len(t, pubd.Asset.Services[0].Credentials.Allow, 1)
	rule := pubd.Asset.Services[0].Credentials.Allow[0]
	assert.Equal(t, [3]any{ddo.CredentialAccessList, addresses.DevChainID, listAddr.Hex()}, [3]any{rule.Type, rule.ChainID, rule.AccessList})

	mem := newClient(t, member.Key, wiring{})
	_, err = mem.Quote(ctx, assets.OrderParams{DID: pubd.DID})
	require.NoError(t, err)
	memberOrder := orderAndDownload(t, ctx, mem, "access-list/member", pubd, content)

	// A stranger is refused before anything is sent or paid.
	str := newClient(t, stranger.Key, wiring{})
	nonce, err := devNet.Client().NonceAt(ctx, stranger.Address, nil)
	require.NoError(t, err)
	_, err = str.Quote(ctx, assets.OrderParams{DID: pubd.DID})
	assert.ErrorIs(t, err, assets.ErrNotAllowed)
	_, err = str.Order(ctx, assets.OrderParams{Key: "access-list/stranger", DID: pubd.DID})
	var ae *assets.AccessError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, assets.AccessError{DID: pubd.DID, ServiceID: pubd.ServiceIDs[0], Account: stranger.Address}, *ae)
	var step *assets.StepError
	require.ErrorAs(t, err, &step)
	assert.Equal(t, common.Hash{}, step.TxHash)
	after, err := devNet.Client().NonceAt(ctx, stranger.Address, nil)
	require.NoError(t, err)
	assert.Equal(t, nonce, after, "no transaction sent")
	dt, err := datatoken.New(devNet.Client(), pubd.Datatokens[0], nil)
	require.NoError(t, err)
	bal, err := dt.Balance(ctx, stranger.Address)
	require.NoError(t, err)
	assert.Zero(t, bal.Sign())
	// Presenting the member's order does not open it either: the node
	// refuses (403).
	_, err = str.Download(ctx, assets.DownloadParamsFor(memberOrder, 0), &bytes.Buffer{})
	var pe *nodehttp.Error
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 403, pe.StatusCode)
	assert.ErrorIs(t, err, nodehttp.ErrUnauthorized)

	// Added to the list, the stranger gets in (same idempotency key: the
	// refused flow paid nothing and runs again).
	r, err := tm.Wait(ctx, must(list.Add(ctx, stranger.Address, "")))
	require.NoError(t, err)
	require.Len(t, accesslist.ParseAdded(r), 1)
	orderAndDownload(t, ctx, str, "access-list/stranger", pubd, content)

	// Removed, the member's valid order no longer downloads: the node
	// reads the list at every download.
	txs, err := list.Remove(ctx, member.Address)
	require.NoError(t, err)
	for _, tx := range txs {
		_, err := tm.Wait(ctx, tx)
		require.NoError(t, err)
	}
	_, err = mem.Download(ctx, assets.DownloadParamsFor(memberOrder, 0), &bytes.Buffer{})
	assert.ErrorIs(t, err, nodehttp.ErrUnauthorized)
	_, err = mem.Order(ctx, assets.OrderParams{Key: "access-list/member-again", DID: pubd.DID})
	assert.ErrorIs(t, err, assets.ErrNotAllowed)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestCheckAccess applies rule sets to documents without publishing them:
// the verdicts Ocean Node reaches, with lists read on chain.
func TestCheckAccess(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 5, 7, 8)
	owner, member, other := accs[8], accs[5], accs[7]
	auth := bind.NewKeyedTransactor(owner.Key, bigDevChainID())
	tm, err := transact.New(devNet.Client(), owner.Address, auth.Signer, transact.Options{PollInterval: 50 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(tm.Close)
	f, err := accesslist.NewFactory(devNet.Client(), devNet.Contracts().AccessListFactory, tm)
	require.NoError(t, err)
	listA, err := f.CreateAndWait(ctx, accesslist.CreateParams{Name: "A", Symbol: "A", Members: []common.Address{member.Address}})
	require.NoError(t, err)
	listB, err := f.CreateAndWait(ctx, accesslist.CreateParams{Name: "B", Symbol: "B", Members: []common.Address{other.Address}})
	require.NoError(t, err)

	c := newClient(t, member.Key, wiring{})
	allow := func(l ...common.Address) *ddo.Credentials {
		return assets.AccessListCredentials(addresses.DevChainID, l, nil)
	}
	deny := func(l ...common.Address) *ddo.Credentials {
		return assets.AccessListCredentials(addresses.DevChainID, nil, l)
	}
	vc := ddo.Credential{Type: ddo.CredentialVerifiableCredential}
	for _, tc := range []struct {
		name         string
		asset, svc   *ddo.Credentials
		allowed      bool
		denied       bool
		serviceLevel bool
	}{
		{name: "no credentials", allowed: true},
		{name: "member of the allow list", svc: allow(listA), allowed: true},
		{name: "not a member", svc: allow(listB), serviceLevel: true},
		{name: "member of either list", svc: allow(listB, listA), allowed: true},
		{name: "both lists required", svc: &ddo.Credentials{Allow: allow(listA, listB).Allow}, serviceLevel: true},
		{name: "on the deny list", svc: deny(listA), denied: true, serviceLevel: true},
		{name: "deny list of others", svc: deny(listB), allowed: true},
		{name: "asset level", asset: &ddo.Credentials{Deny: []ddo.Credential{ddo.AddressCredential(member.Address.Hex())}}, denied: true},
		{name: "address allowed", asset: &ddo.Credentials{Allow: []ddo.Credential{ddo.AddressCredential(ddo.Wildcard)}}, allowed: true},
		{name: "not a contract", svc: allow(common.HexToAddress("0x00000000000000000000000000000000000000aa")), serviceLevel: true},
		{name: "a contract without balanceOf", svc: allow(devNet.Contracts().ERC721Factory), serviceLevel: true},
		{name: "verifiable credentials: left to the node", svc: &ddo.Credentials{Allow: []ddo.Credential{vc}}, allowed: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &ddo.Asset{DDO: ddo.DDO{ID: "did:op:test", Credentials: tc.asset,
				Services: []ddo.Service{{ID: "s1", Type: ddo.ServiceAccess, Credentials: tc.svc}}}}
			err := c.CheckAccess(ctx, a, "", member.Address)
			if tc.allowed {
				require.NoError(t, err)
				return
			}
			var ae *assets.AccessError
			require.ErrorAs(t, err, &ae)
			assert.ErrorIs(t, err, assets.ErrNotAllowed)
			assert.Equal(t, tc.denied, ae.Denied)
			assert.Equal(t, tc.serviceLevel, ae.ServiceID == "s1")
			assert.Equal(t, member.Address, ae.Account)
		})
	}
	err = c.CheckAccess(ctx, &ddo.Asset{}, "nope", member.Address)
	assert.ErrorIs(t, err, assets.ErrServiceNotFound)
}
