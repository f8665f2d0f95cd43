package accesslist_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/accesslist"
	"github.com/oceango/ocean.go/transact"
)

func (e *env) contains(l *accesslist.List, i int) bool {
	e.t.Helper()
	ok, err := l.Contains(e.ctx, e.addr(i))
	require.NoError(e.t, err)
	return ok
}

func TestCreateReadAndMembers(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		f := e.factory(owner)
		tx, err := f.Create(e.ctx, accesslist.CreateParams{Name: "Buyers", Symbol: "BUY",
			Members: []common.Address{e.addr(alice), e.addr(bob)}, TokenURIs: []string{"a", "b"}})
		r := e.mined(owner)(tx, err)
		created, err := accesslist.ParseCreated(r)
		require.NoError(t, err)
		assert.Equal(t, e.addr(owner), created.Owner)
		added := accesslist.ParseAdded(r)
		require.Len(t, added, 2)
		assert.Equal(t, e.addr(alice), added[0].Account)
		assert.Equal(t, e.addr(bob), added[1].Account)

		l := e.list(owner, created.List)
		assert.Equal(t, created.List, l.Address())
		assert.True(t, e.contains(l, alice))
		assert.True(t, e.contains(l, bob))
		assert.False(t, e.contains(l, carol))
		name, err := l.Name(e.ctx)
		require.NoError(t, err)
		sym, err := l.Symbol(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, [2]string{"Buyers", "BUY"}, [2]string{name, sym})
		o, err := l.Owner(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, e.addr(owner), o)
		tr, err := l.Transferable(e.ctx)
		require.NoError(t, err)
		assert.False(t, tr)

		members, err := l.Members(e.ctx)
		require.NoError(t, err)
		require.Len(t, members, 2)
		assert.Equal(t, accesslist.Member{Account: e.addr(alice), TokenID: added[0].TokenID, TokenURI: "a"}, members[0])
		assert.Equal(t, accesslist.Member{Account: e.addr(bob), TokenID: added[1].TokenID, TokenURI: "b"}, members[1])

		deployed, err := f.IsDeployed(e.ctx, created.List)
		require.NoError(t, err)
		assert.True(t, deployed)
		soul, err := f.IsSoulBound(e.ctx, created.List)
		require.NoError(t, err)
		assert.True(t, soul)
		_, err = f.IsSoulBound(e.ctx, e.d.ERC721Factory)
		assert.ErrorIs(t, err, accesslist.ErrNotFactoryList)

		// A transferable list with another owner and no members.
		addr, err := f.CreateAndWait(e.ctx, accesslist.CreateParams{Name: "Open", Symbol: "OPN", Transferable: true, Owner: e.addr(carol)})
		require.NoError(t, err)
		l2 := e.list(owner, addr)
		o, err = l2.Owner(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, e.addr(carol), o)
		soul, err = f.IsSoulBound(e.ctx, addr)
		require.NoError(t, err)
		assert.False(t, soul)
		members, err = l2.Members(e.ctx)
		require.NoError(t, err)
		assert.Empty(t, members)
	})
}

func TestAddRemove(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		addr, err := e.factory(owner).CreateAndWait(e.ctx, accesslist.CreateParams{Name: "Team", Symbol: "TEAM"})
		require.NoError(t, err)
		l := e.list(owner, addr)
		assert.False(t, e.contains(l, alice))

		r := e.mined(owner)(l.Add(e.ctx, e.addr(alice), "ipfs://alice"))
		added := accesslist.ParseAdded(r)
		require.Len(t, added, 1)
		assert.Equal(t, e.addr(alice), added[0].Account)
		assert.True(t, e.contains(l, alice))

		// Added twice: two tokens; Remove burns both.
		e.mined(owner)(l.AddBatch(e.ctx, []common.Address{e.addr(alice), e.addr(bob), e.addr(carol)}, nil))
		ids, err := l.Tokens(e.ctx, e.addr(alice))
		require.NoError(t, err)
		require.Len(t, ids, 2)
		assert.Equal(t, added[0].TokenID, ids[0])
		txs, err := l.Remove(e.ctx, e.addr(alice))
		require.NoError(t, err)
		require.Len(t, txs, 2)
		var burnt []*big.Int
		for _, tx := range txs {
			burnt = append(burnt, accesslist.ParseRemoved(e.mined(owner)(tx, nil))...)
		}
		assert.Equal(t, ids, burnt)
		assert.False(t, e.contains(l, alice))
		assert.True(t, e.contains(l, bob))

		// Not a member: refused before sending.
		_, err = l.Remove(e.ctx, e.addr(alice))
		assert.ErrorIs(t, err, accesslist.ErrNotMember)

		// A member may leave on its own.
		txs, err = e.list(bob, addr).Remove(e.ctx, e.addr(bob))
		require.NoError(t, err)
		require.Len(t, txs, 1)
		e.mined(bob)(txs[0], nil)
		assert.False(t, e.contains(l, bob))

		members, err := l.Members(e.ctx)
		require.NoError(t, err)
		require.Len(t, members, 1)
		assert.Equal(t, e.addr(carol), members[0].Account)
	})
}

func TestRefusals(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		addr, err := e.factory(owner).CreateAndWait(e.ctx, accesslist.CreateParams{Name: "Closed", Symbol: "CLS",
			Members: []common.Address{e.addr(alice)}})
		require.NoError(t, err)

		// Only the owner adds.
		m := e.list(mallet, addr)
		_, err = m.Add(e.ctx, e.addr(mallet), "")
		var re *transact.RevertError
		require.ErrorAs(t, err, &re)
		assert.ErrorIs(t, err, accesslist.ErrMissingRole)
		_, err = m.AddBatch(e.ctx, []common.Address{e.addr(mallet)}, nil)
		assert.ErrorIs(t, err, accesslist.ErrMissingRole)
		// Only the owner or the holder burns.
		_, err = m.Remove(e.ctx, e.addr(alice))
		assert.ErrorIs(t, err, accesslist.ErrMissingRole)
		_, err = m.TransferOwnership(e.ctx, e.addr(mallet))
		assert.ErrorIs(t, err, accesslist.ErrMissingRole)
		assert.True(t, e.contains(e.list(owner, addr), alice))

		// Ownership moves; the new owner adds, the old one no longer can.
		e.mined(owner)(e.list(owner, addr).TransferOwnership(e.ctx, e.addr(carol)))
		e.mined(carol)(e.list(carol, addr).Add(e.ctx, e.addr(bob), ""))
		assert.True(t, e.contains(m, bob))
		_, err = e.list(owner, addr).Add(e.ctx, e.addr(mallet), "")
		assert.ErrorIs(t, err, accesslist.ErrMissingRole)

		// Read-only handles and bad parameters send nothing.
		ro, err := accesslist.New(e.b, addr, nil)
		require.NoError(t, err)
		ok, err := ro.Contains(e.ctx, e.addr(alice))
		require.NoError(t, err)
		assert.True(t, ok)
		_, err = ro.Add(e.ctx, e.addr(bob), "")
		assert.ErrorIs(t, err, accesslist.ErrReadOnly)
		rof, err := accesslist.NewFactory(e.b, e.d.AccessListFactory, nil)
		require.NoError(t, err)
		_, err = rof.Create(e.ctx, accesslist.CreateParams{Name: "x", Symbol: "x"})
		assert.ErrorIs(t, err, accesslist.ErrReadOnly)
		f := e.factory(owner)
		for _, p := range []accesslist.CreateParams{
			{Symbol: "S"},
			{Name: "N"},
			{Name: "N", Symbol: "S", Members: []common.Address{e.addr(alice)}, TokenURIs: []string{}},
			{Name: "N", Symbol: "S", Members: []common.Address{{}}},
		} {
			_, err = f.Create(e.ctx, p)
			assert.ErrorIs(t, err, accesslist.ErrInvalidParams, "%+v", p)
		}
		l := e.list(carol, addr)
		_, err = l.Add(e.ctx, common.Address{}, "")
		assert.ErrorIs(t, err, accesslist.ErrInvalidParams)
		_, err = l.AddBatch(e.ctx, nil, nil)
		assert.ErrorIs(t, err, accesslist.ErrInvalidParams)
		_, err = l.AddBatch(e.ctx, []common.Address{e.addr(bob)}, []string{"a", "b"})
		assert.ErrorIs(t, err, accesslist.ErrInvalidParams)
		_, err = l.RemoveToken(e.ctx, big.NewInt(0))
		assert.ErrorIs(t, err, accesslist.ErrInvalidParams)
		_, err = accesslist.New(e.b, common.Address{}, nil)
		assert.ErrorIs(t, err, accesslist.ErrInvalidParams)
		assert.False(t, errors.Is(err, transact.ErrReverted))
	})
}
