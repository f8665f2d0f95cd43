// Package nft wraps Ocean Protocol's data NFTs: the ERC721Factory that
// publishes them (alone, with a datatoken, with a fixed-rate exchange or a
// dispenser, or with their metadata) and the ERC721Template every data NFT
// is a clone of (metadata, roles, additional datatokens, transfer).
//
// # Handles and backends
//
// NewFactory and New return handles that do no I/O until a method is
// called. They read through any go-ethereum bind.ContractBackend — a dialled
// *ethclient.Client, the devnet's in-process client, a JSON-RPC endpoint —
// at the latest block, and are safe for concurrent use.
//
// # Sending transactions
//
// Transacting methods go through a *transact.Manager: one per account and chain, shared by every handle
// that sends from that account. Methods return the submitted transaction;
// Manager.Wait returns the receipt (see the datatoken package for how the
// manager assigns nonces, prices, replaces and waits). Signing is the
// bind.SignerFn given to transact.New; no private key enters this package.
//
// # Publishing
//
//	f, err := nft.NewFactory(client, factoryAddress, tm)
//	created, err := f.CreateAndWait(ctx, nft.CreateParams{
//		Name: "My data", Symbol: "MYD",
//		Datatoken: &datatoken.Params{Name: "Access", Symbol: "ACC"},
//		Dispenser: &datatoken.DispenserParams{Dispenser: dispenserAddress, MaxTokens: one, MaxBalance: one, WithMint: true},
//	})
//	// created.NFT, created.Datatoken()
//
// Create submits and ParseCreated decodes a receipt; CreateAndWait does
// both.
//
// # Metadata and roles
//
// SetMetaData publishes the (usually provider-encrypted) DDO with its hash
// and flags; indexers read it from the MetadataCreated/MetadataUpdated
// events (MetadataEvents decodes them with the template's ABI, whose topics
// differ from the IERC721Template interface's). SetMetaDataState retires,
// revokes or unlists an asset; SetTokenURI and SetMetaDataAndTokenURI need
// the NFT owner. Roles: the owner adds managers; managers grant the
// ERC20-deployer, metadata-updater and store-updater roles. Transfer moves
// the NFT and wipes every role on it and its datatokens.
//
// # Errors
//
// Reverts are *transact.RevertError with the decoded reason; a missing
// role matches ErrMissingRole. Node refusals are
// *transact.TxError. The contract sentinels are the datatoken package's
// values.
//
// # Testing
//
// The tests publish against the real Ocean contracts on an in-process
// development chain, once in-process and once over JSON-RPC.
package nft
