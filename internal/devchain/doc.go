// Package devchain runs a development Ethereum chain inside the current
// process: go-ethereum in dev mode with chain id 8996, accounts derived from
// Ocean's Barge test mnemonic and funded at genesis, and the Ocean contracts
// deployed and wired as Barge wires them.
//
// # Blocks
//
// Blocks are sealed on demand: as soon as a transaction enters the pool a
// block is produced, so a receipt is usually available within milliseconds.
// A short idle period (Options.IdlePeriod) seals again while executable
// transactions still wait. Commit and AdjustTime give tests explicit control.
//
// # Contracts
//
// The creation code comes from the pinned @oceanprotocol/contracts npm
// package: Options.ContractsDir, else node_modules found from the working
// directory upwards, else the user cache, else a download from the npm
// registry verified against package-lock.json's integrity hash (see
// contracts.Locate); nothing is compiled or committed. The deployment is
// OceanToken, OPFCommunityFeeCollector, ERC20Template (1),
// ERC20TemplateEnterprise (2), ERC721Template, AccessList, FactoryRouter,
// FixedRateExchange, Dispenser, ERC721Factory, Escrow and AccessListFactory,
// then router.addFactory, addFixedRateContract, addDispenserContract,
// factory.addTokenTemplate and OCEAN for every account.
//
// The chain runs the Osaka rules (mainnet's), not the library's dev default,
// so gas matches public networks.
//
// # JSON-RPC
//
// With Options.HTTPAddr set (a loopback address only) the chain also serves
// eth, net and web3 over HTTP so that ocean.js, cast or curl can use it.
// Because blocks come within milliseconds, a client that caches JSON-RPC
// results (ethers 6 does for 250 ms by default) would read a transaction
// count older than its last mined transaction and sign "nonce too low"; the
// HTTP server therefore answers a raw transaction no sooner than
// EthersCacheWindow after its sender last asked its count (Options.CountHold;
// Go clients and the in-process client are never held). For the same
// reason such a client asking for the receipt of a transaction still
// pending is answered once it is mined: ethers then watches for blocks
// above the head it read, and this chain seals none without transactions.
package devchain
