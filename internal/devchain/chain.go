package devchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/internal/contracts"
)

// Options configures Start. The zero value is a useful default.
type Options struct {
	// ChainID defaults to addresses.DevChainID (8996).
	ChainID int64
	// Mnemonic the funded accounts are derived from; default BargeMnemonic.
	Mnemonic string
	// Accounts is how many accounts are derived and funded; default 10.
	Accounts int
	// Ether is the balance of each account in wei; default 10,000 ETH.
	Ether *big.Int
	// HTTPAddr enables JSON-RPC over HTTP on a loopback address
	// ("127.0.0.1:8545", or port 0 for a free port). Empty: in-process only.
	HTTPAddr string
	// IdlePeriod is how often the chain seals a block when transactions are
	// waiting that the on-demand trigger did not pick up; default 100ms.
	IdlePeriod time.Duration
	// BlockGasLimit defaults to 60,000,000.
	BlockGasLimit uint64
	// ContractsDir is an unpacked @oceanprotocol/contracts package folder.
	// Empty: the pinned package is located as contracts.Locate does —
	// node_modules from the working directory upwards, then the user
	// cache, then a verified download from the npm registry.
	ContractsDir string
	// SkipDeploy starts a bare chain without the Ocean contracts.
	SkipDeploy bool
	// SnapshotDir is where the state of a fresh deployment is cached, one
	// file per artifact version and options, so that later starts build
	// the contracts into the genesis block instead of deploying them with
	// transactions (same addresses, same balances and nonces). Empty: the
	// ocean.go/devchain folder of os.UserCacheDir. A folder that cannot be
	// written only costs the time of a deployment on every start.
	SnapshotDir string
	// NoSnapshot deploys the contracts with transactions on every start and
	// neither reads nor writes a snapshot.
	NoSnapshot bool
	// CountHold is how long after an address asked its transaction count
	// over HTTP its next raw transaction is answered, so that clients
	// caching that count (ethers 6, see EthersCacheWindow) never reuse it.
	// Zero means DefaultCountHold; negative turns the hold off.
	CountHold time.Duration
}

func (o *Options) defaults() {
	if o.ChainID == 0 {
		o.ChainID = addresses.DevChainID
	}
	if o.Mnemonic == "" {
		o.Mnemonic = BargeMnemonic
	}
	if o.Accounts == 0 {
		o.Accounts = 10
	}
	if o.Ether == nil {
		o.Ether = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
	}
	if o.IdlePeriod == 0 {
		o.IdlePeriod = 100 * time.Millisecond
	}
	if o.BlockGasLimit == 0 {
		o.BlockGasLimit = 60_000_000
	}
	if o.CountHold == 0 {
		o.CountHold = DefaultCountHold
	}
}

// Chain is a running in-process development chain. Its methods are safe for
// concurrent use.
type Chain struct {
	chainID  *big.Int
	accounts []Account
	deploy   *Deployment

	stack   *node.Node
	backend *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	client  *ethclient.Client
	apis    []rpc.API
	rpc     *rpcServer
	rpcURL  string

	sealMu  sync.Mutex // serialises block production
	stop    chan struct{}
	done    chan struct{}
	closeMu sync.Mutex
	closed  bool
}

// Start boots a chain: genesis with the funded accounts, block production on
// demand, optional JSON-RPC, and (unless SkipDeploy) the Ocean contracts
// deployed and wired. Close releases everything.
//
// The first start for a set of artifacts and options deploys the contracts
// with transactions and caches the resulting state (Options.SnapshotDir);
// later starts put that state into the genesis block, which gives the same
// addresses, balances and nonces without a deployment. The only visible
// difference is Deployment().StartBlock: 1 instead of the block after the
// deployment transactions.
func Start(ctx context.Context, opts Options) (*Chain, error) {
	opts.defaults()
	return start(ctx, opts, true)
}

// start is Start; readSnapshot false ignores an existing snapshot (after
// one failed its check) and replaces it.
func start(ctx context.Context, opts Options, readSnapshot bool) (*Chain, error) {
	accounts, err := DeriveAccounts(opts.Mnemonic, opts.Accounts)
	if err != nil {
		return nil, err
	}
	var httpHost string
	var httpPort int
	if opts.HTTPAddr != "" {
		if httpHost, httpPort, err = loopbackAddr(opts.HTTPAddr); err != nil {
			return nil, err
		}
	}

	c := &Chain{
		chainID:  big.NewInt(opts.ChainID),
		accounts: accounts,
		stop:     make(chan struct{}),
		done:     make(chan struct{}),
	}

	// Every fork up to Osaka: the instruction set and gas schedule of today's
	// mainnet (the library's dev default also enables Bogota, whose state-gas
	// metering triples storage costs; see contracts.md §6.3).
	cfg := *params.AllDevChainProtocolChanges
	cfg.ChainID = c.chainID
	cfg.BogotaTime = nil
	cfg.AmsterdamTime = nil

	// The contracts come from a snapshot of an earlier deployment when one
	// exists for these artifacts and options; otherwise they are deployed,
	// and the result is saved as a snapshot for the next start.
	var pkgDir, snapPath string
	var snap *snapshot
	if !opts.SkipDeploy {
		if pkgDir, err = contracts.Locate(ctx, contracts.LocateOptions{Dir: opts.ContractsDir}); err != nil {
			return nil, err
		}
		if !opts.NoSnapshot {
			snapPath = snapshotPath(&opts, &cfg, pkgDir)
		}
		if snapPath != "" && readSnapshot {
			snap, _ = loadSnapshot(snapPath) // any failure: deploy instead
		}
	}

	alloc := core.SystemContractAllocs()
	for _, a := range accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(opts.Ether)}
	}
	if snap != nil {
		alloc = snap.Alloc
	}
	genesis := &core.Genesis{
		Config:     &cfg,
		GasLimit:   opts.BlockGasLimit,
		Alloc:      alloc,
		Difficulty: big.NewInt(0),
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Timestamp:  uint64(time.Now().Unix()),
	}
	// Recording preimages lets the state be dumped into a snapshot after
	// the deployment; it is needed only then.
	if err := c.startNode(&opts, genesis, snapPath != "" && snap == nil); err != nil {
		return nil, err
	}
	if err := c.waitTxIndex(ctx); err != nil {
		c.Close()
		return nil, err
	}
	if httpHost != "" {
		if c.rpc, err = c.startRPC(httpHost, httpPort, opts.CountHold, c.apis); err != nil {
			c.Close()
			return nil, err
		}
		c.rpcURL = c.rpc.url
	}

	switch {
	case opts.SkipDeploy:
	case snap != nil && c.backend.BlockChain().Genesis().Root() == snap.Root:
		d := snap.Deployment
		d.StartBlock = 1
		c.deploy = &d
	default:
		if snap != nil {
			// The file does not hold the state it claims: start over
			// with a deployment, which replaces it.
			c.Close()
			return start(ctx, opts, false)
		}
		if c.deploy, err = deployOcean(ctx, c, pkgDir); err != nil {
			c.Close()
			return nil, err
		}
		if snapPath != "" {
			if s, err := c.takeSnapshot(genesis, c.deploy); err == nil {
				_ = s.save(snapPath) // an unwritable cache only costs time
			}
		}
	}
	return c, nil
}

// snapshotPath returns the file a snapshot for these options and artifacts
// lives in, or "" when there is no cache folder or the artifacts cannot be
// read (Start then deploys, and reports any artifact problem itself).
func snapshotPath(opts *Options, cfg *params.ChainConfig, pkgDir string) string {
	dir, err := snapshotDir(opts)
	if err != nil {
		return ""
	}
	key, err := snapshotKey(opts, cfg, pkgDir)
	if err != nil {
		return ""
	}
	return filepath.Join(dir, key+".json")
}

// startNode starts geth in dev mode on genesis, block production, and the
// in-process client.
func (c *Chain) startNode(opts *Options, genesis *core.Genesis, preimages bool) error {
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeConf.IPCPath = ""
	nodeConf.HTTPHost = "" // served by startRPC
	nodeConf.WSHost = ""
	nodeConf.AuthPort = 0

	ethConf := ethconfig.Defaults
	ethConf.NetworkId = uint64(opts.ChainID)
	ethConf.Genesis = genesis
	ethConf.Preimages = preimages
	ethConf.Miner.GasCeil = opts.BlockGasLimit
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	// A development chain takes bursts from one account (tests send
	// hundreds of transactions at once, in any nonce order): geth's
	// defaults (64 queued, 16 executable per account) would silently drop
	// the highest nonces of a burst that arrives out of order.
	ethConf.TxPool.AccountQueue = 4096
	ethConf.TxPool.AccountSlots = 4096
	ethConf.TxPool.GlobalQueue = 8192
	ethConf.LogNoHistory = true

	stack, err := node.New(&nodeConf)
	if err != nil {
		return fmt.Errorf("devchain: node: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return fmt.Errorf("devchain: eth: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	filterAPI := rpc.API{Namespace: "eth", Service: filters.NewFilterAPI(fs)}
	stack.RegisterAPIs([]rpc.API{filterAPI})
	if err := stack.Start(); err != nil {
		stack.Close()
		return fmt.Errorf("devchain: start: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return fmt.Errorf("devchain: beacon: %w", err)
	}
	// No beacon.Fork(genesis) here, unlike geth's simulated backend: the
	// chain is new, so there is nothing to rewind, and the head event it
	// sends for block 0 starts an indexer pass that can still be running
	// when block 1 arrives. geth's indexer does not run again for a head
	// that arrived while it was busy, so the first pass would then wait for
	// a later block, and waitTxIndex with it.
	c.stack, c.backend, c.beacon = stack, backend, beacon
	c.apis = append(backend.APIs(), filterAPI)
	c.client = ethclient.NewClient(stack.Attach())
	go c.produce(opts.IdlePeriod)
	return nil
}

// waitTxIndex returns once geth's transaction indexer has made its first
// pass. Until then geth answers a lookup of an unknown transaction (a
// receipt asked for before mining, the transaction manager's before-send
// check) with "transaction indexing is in progress" instead of not-found,
// and the indexer makes its first pass only on a block after genesis. A
// chain started from a snapshot has no deployment blocks, so one empty
// block is sealed here; geth offers no event for the pass itself, so its
// progress is checked until done (one block: well under a millisecond).
// The pass runs on that block's head event only if no earlier pass is
// still running, which is why startNode sends no head event before it.
func (c *Chain) waitTxIndex(ctx context.Context) error {
	p, err := c.backend.BlockChain().TxIndexProgress()
	if err != nil || p.Done() {
		return nil // no indexer, or already indexed
	}
	if c.backend.BlockChain().CurrentBlock().Number.Sign() == 0 {
		c.Commit()
	}
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		if p, err := c.backend.BlockChain().TxIndexProgress(); err != nil || p.Done() {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devchain: waiting for the transaction index: %w", ctx.Err())
		case <-t.C:
		}
	}
}

// produce seals a block as soon as transactions arrive, and every period
// while executable transactions are still waiting.
//
// Pool events are drained by their own goroutine into a one-slot signal:
// sealing waits in TxPool.Sync for the pool's reset, and the pool's reset
// may wait to deliver a new-transactions event, so the loop that seals must
// never be the one that receives them.
func (c *Chain) produce(period time.Duration) {
	defer close(c.done)
	txs := make(chan core.NewTxsEvent, 16)
	sub := c.backend.TxPool().SubscribeTransactions(txs, true)
	defer sub.Unsubscribe()
	kick := make(chan struct{}, 1)
	drained := make(chan struct{})
	go func() {
		defer close(drained)
		for {
			select {
			case <-txs:
				select {
				case kick <- struct{}{}:
				default:
				}
			case <-sub.Err():
				return
			case <-c.stop:
				return
			}
		}
	}()
	defer func() { <-drained }()
	tick := time.NewTicker(period)
	defer tick.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-kick:
		case <-tick.C:
		}
		// Seal until the pool has nothing executable left, bounded so that a
		// transaction the miner refuses (tip too low) cannot spin the loop.
		for range 8 {
			if executable, _ := c.backend.TxPool().Stats(); executable == 0 {
				break
			}
			if c.seal() != nil {
				break
			}
		}
	}
}

func (c *Chain) seal() error {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	c.beacon.Commit()
	return c.backend.TxPool().Sync()
}

// Commit seals a block now, with whatever the pool holds (possibly none),
// and returns the new head's hash.
func (c *Chain) Commit() common.Hash {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	h := c.beacon.Commit()
	_ = c.backend.TxPool().Sync()
	return h
}

// AdjustTime seals an empty block whose timestamp is d after the head's.
// Pending transactions stay pending for the next block.
func (c *Chain) AdjustTime(d time.Duration) error {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	return c.beacon.AdjustTime(d)
}

// Client returns an in-process client of the chain (no HTTP involved). It
// satisfies the go-ethereum bind backend interfaces.
func (c *Chain) Client() *ethclient.Client { return c.client }

// RPCURL is the JSON-RPC endpoint, or "" when HTTPAddr was not set.
func (c *Chain) RPCURL() string { return c.rpcURL }

// ChainID returns the chain id.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Accounts returns the funded accounts, in derivation order. Account 0
// deployed and owns the Ocean contracts.
func (c *Chain) Accounts() []Account { return append([]Account(nil), c.accounts...) }

// Deployment returns the addresses of the deployed Ocean contracts, or nil
// when the chain was started with SkipDeploy.
func (c *Chain) Deployment() *Deployment {
	if c.deploy == nil {
		return nil
	}
	d := *c.deploy
	return &d
}

// Close stops block production, the RPC servers and the node.
func (c *Chain) Close() error {
	c.closeMu.Lock()
	defer c.closeMu.Unlock()
	if c.closed {
		return nil
	}
	c.closed = true
	close(c.stop)
	var err error
	if c.rpc != nil {
		err = c.rpc.close()
	}
	<-c.done
	c.client.Close()
	return errors.Join(err, c.beacon.Stop(), c.stack.Close())
}

func loopbackAddr(addr string) (string, int, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("devchain: HTTPAddr %q: %w", addr, err)
	}
	ip := net.ParseIP(host)
	if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return "", 0, fmt.Errorf("devchain: HTTPAddr %q is not a loopback address", addr)
	}
	p, err := strconv.Atoi(port)
	if err != nil || p < 0 || p > 65535 {
		return "", 0, fmt.Errorf("devchain: HTTPAddr %q: bad port", addr)
	}
	return host, p, nil
}
