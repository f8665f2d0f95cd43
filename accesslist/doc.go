// Package accesslist wraps Ocean Protocol's on-chain access lists: the
// AccessListFactory, which deploys lists, and the AccessList contract, a
// (by default soul-bound) ERC-721 whose holders are the list's members.
//
// An access list is what an asset's credentials name to restrict who may
// consume it: Ocean Node lets an address through a rule
// {"type":"accessList","accessList":"0x…"} when it holds at least one
// token of that list (balanceOf > 0), and the list's owner adds and removes
// members on chain without touching the asset. assets.AccessListCredentials
// builds such rules; ddo.AccessListCredential is the single rule.
//
// # Handles
//
// NewFactory and New return handles that do no I/O until a method is
// called, read through any go-ethereum bind.ContractBackend at the latest
// block, and send through a *transact.Manager shared with the nft and datatoken
// packages (a nil manager makes a handle read-only, ErrReadOnly):
//
//	tm, err := transact.New(client, auth.From, auth.Signer, transact.Options{})
//	f, err := accesslist.NewFactory(client, contracts.AccessListFactory, tm)
//	addr, err := f.CreateAndWait(ctx, accesslist.CreateParams{Name: "Buyers", Symbol: "BUY",
//		Members: []common.Address{alice}})
//	list, err := accesslist.New(client, addr, tm)
//	tx, err := list.Add(ctx, bob, "")          // mint a token to bob
//	txs, err := list.Remove(ctx, alice)        // burn every token alice holds
//	ok, err := list.Contains(ctx, bob)         // what Ocean Node asks
//	members, err := list.Members(ctx)          // every token and its holder
//
// Transacting methods return the submitted transaction at once;
// Manager.Wait returns its receipt, and ParseAdded decodes the tokens a
// receipt minted.
//
// # Who may do what
//
// Only the list's owner adds members (mint, batchMint). A token is burnt by
// the list's owner or by its holder, so a member can always leave a list.
// A list created non-transferable (the default) keeps its tokens where they
// were minted. Calls the contract refuses fail with a *transact.RevertError matching
// ErrMissingRole (not the owner); Remove of an address that holds no token
// fails with ErrNotMember before anything is sent.
//
// # Testing
//
// The package's tests run every operation against the real Ocean
// contracts on an in-process development chain, in-process and over
// JSON-RPC; the devnet package offers the same chain to programs.
package accesslist
