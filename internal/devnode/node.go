package devnode

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/addresses"
)

// Backend is the chain access the node needs. *ethclient.Client satisfies it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	BlockNumber(ctx context.Context) (uint64, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// Config configures New. Key, Backend and ChainID are required.
type Config struct {
	// Key is the node's key: its address is the provider address (fee
	// signer and receiver), its public key the ECIES recipient.
	Key     *ecdsa.PrivateKey
	Backend Backend
	ChainID int64
	// Contracts are the deployed Ocean contracts. The node uses Ocean
	// (provider fee and compute payment token), ERC721Factory (data NFTs
	// must come from it), Escrow (compute payments) and StartBlock (the
	// first block its indexer reads).
	Contracts addresses.Contracts
	// AllowedHosts lists "host" or "host:port" entries file URLs may point
	// to even when they resolve to loopback or private addresses (the
	// devnet's file origin). Public hosts are always allowed.
	AllowedHosts []string
	// AllowLoopback allows every loopback host (development only).
	AllowLoopback bool
	// AuthorizedDecrypters, if not empty, are the only addresses the
	// decrypt route serves (Ocean Node's AUTHORIZED_DECRYPTERS); the
	// node's own indexer decrypts in-process.
	AuthorizedDecrypters []common.Address
	// MaxChecksumLength is how much of a file fileInfo reads; default
	// 10 MiB (Ocean Node's MAX_CHECKSUM_LENGTH). As Ocean Node v3.1.0 does,
	// fileInfo reads at most this much plus one chunk of a larger file and
	// reports that prefix's length and sha256 as the file's.
	MaxChecksumLength int64
	// AllowedHostnames are host names, besides "localhost" and loopback IP
	// addresses, the node answers to (the Host header of a request); any
	// other Host is refused, so a web page cannot reach the node through a
	// DNS name rebound to a loopback address.
	AllowedHostnames []string
	// AllowedOrigins are browser origins ("http://localhost:3000" style,
	// compared exactly) allowed to call the node's non-public routes, in
	// addition to loopback origins. Requests from other origins are
	// refused; public read-only routes (discovery, nonce, DDOs, compute
	// environments and job status) answer any origin.
	AllowedOrigins []string
	// AllowLocalCompute enables the local compute executor: compute jobs
	// (raw algorithm code sent by any caller, and published algorithms) run
	// as child processes of the node with the node's user, files, network
	// and environment, unsandboxed. Off (the default), the node has no
	// compute environment and answers the compute routes as an Ocean Node
	// without a compute engine does. Enable it only on a machine where
	// everyone who can reach the node may run code as you.
	AllowLocalCompute bool
	// IndexInterval is how often the indexer polls for new blocks;
	// default 25ms.
	IndexInterval time.Duration
	// WorkDir holds compute jobs; default a new temporary directory
	// removed by Close.
	WorkDir string
	// Logger receives diagnostics; nil: silent. Nothing logged contains
	// file URLs or keys.
	Logger *slog.Logger
}

// Node is a running devnode: HTTP handler, indexer and compute executor.
// Its methods are safe for concurrent use.
type Node struct {
	cfg     Config
	key     *ecdsa.PrivateKey
	address common.Address
	chainID *big.Int
	backend Backend
	log     *slog.Logger
	nonces  *nonceStore
	tokens  *tokenStore
	store   *store
	fetch   *fetcher
	jobs    *jobStore
	txMu    sync.Mutex // serialises the node's own transactions
	mux     *http.ServeMux
	public  map[string]bool // route patterns of the public read-only routes
	started time.Time
	nodeID  string
	idxCtx  context.Context // the indexer's; cancelled by Close (stopIdx)
	stopIdx context.CancelFunc
	idxDone chan struct{}
	idxMu   sync.Mutex // one indexing pass at a time (catchUp)
	idxFrom uint64     // the next block to index; guarded by idxMu
	closeMu sync.Mutex
	closed  bool
	servers []*http.Server
	serveWG sync.WaitGroup
	jwtKey  []byte
}

// ErrConfig reports an unusable Config.
var ErrConfig = errors.New("devnode: invalid config")

// New starts the node's indexer and returns the node. Serve it with
// Handler or Listen; Close stops it.
func New(ctx context.Context, cfg Config) (*Node, error) {
	if cfg.Key == nil || cfg.Backend == nil || cfg.ChainID == 0 {
		return nil, fmt.Errorf("%w: Key, Backend and ChainID are required", ErrConfig)
	}
	if cfg.MaxChecksumLength == 0 {
		cfg.MaxChecksumLength = 10 << 20
	}
	if cfg.IndexInterval == 0 {
		cfg.IndexInterval = 25 * time.Millisecond
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	n := &Node{
		cfg:     cfg,
		key:     cfg.Key,
		address: crypto.PubkeyToAddress(cfg.Key.PublicKey),
		chainID: big.NewInt(cfg.ChainID),
		backend: cfg.Backend,
		log:     log,
		nonces:  newNonceStore(),
		tokens:  newTokenStore(),
		store:   newStore(),
		started: time.Now(),
		nodeID:  peerID(&cfg.Key.PublicKey),
		idxDone: make(chan struct{}),
	}
	n.jwtKey = crypto.Keccak256(crypto.FromECDSA(cfg.Key), []byte("devnode auth tokens"))
	n.fetch = newFetcher(cfg.AllowedHosts, cfg.AllowLoopback)
	exec, err := newExecutor(cfg.WorkDir)
	if err != nil {
		return nil, err
	}
	n.jobs = newJobStore(exec)
	n.routes()
	if err := n.startIndexer(ctx); err != nil {
		n.jobs.close()
		return nil, err
	}
	return n, nil
}

// Address is the node's provider address.
func (n *Node) Address() common.Address { return n.address }

// PublicKey is the node's public key, the ECIES recipient of encrypt.
func (n *Node) PublicKey() *ecdsa.PublicKey { return &n.key.PublicKey }

// Handler returns the node's HTTP handler.
func (n *Node) Handler() http.Handler { return n.mux }

// Listen serves the node on a loopback address ("127.0.0.1:0" for a free
// port) until Close, and returns the base URL ("http://127.0.0.1:port").
func (n *Node) Listen(addr string) (string, error) {
	ln, err := ListenLoopback(addr)
	if err != nil {
		return "", err
	}
	srv := &http.Server{Handler: n.mux, ReadHeaderTimeout: 10 * time.Second,
		WriteTimeout: writeTimeout, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	n.closeMu.Lock()
	if n.closed {
		n.closeMu.Unlock()
		ln.Close()
		return "", errors.New("devnode: closed")
	}
	n.servers = append(n.servers, srv)
	n.serveWG.Add(1)
	n.closeMu.Unlock()
	go func() {
		defer n.serveWG.Done()
		_ = srv.Serve(ln)
	}()
	return "http://" + ln.Addr().String(), nil
}

// writeTimeout bounds writing an answer; streamed answers (downloads,
// results, logs) extend it as they make progress.
const writeTimeout = 2 * time.Minute

// ListenLoopback listens on addr, which must be a loopback IP address with
// a port.
func ListenLoopback(addr string) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("devnode: listen address %q: %w", addr, err)
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("devnode: listen address %q is not a loopback IP", addr)
	}
	return net.Listen("tcp", addr)
}

// Close stops serving, the indexer and running compute jobs. It is safe to
// call more than once.
func (n *Node) Close() error {
	n.closeMu.Lock()
	if n.closed {
		n.closeMu.Unlock()
		return nil
	}
	n.closed = true
	servers := n.servers
	n.closeMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	for _, s := range servers {
		if err := s.Shutdown(ctx); err != nil {
			s.Close()
		}
	}
	n.serveWG.Wait()
	n.stopIdx()
	<-n.idxDone
	n.jobs.close()
	n.fetch.close()
	return nil
}

// now is the later of the wall clock and the latest block's timestamp: the
// clock orders and fees are checked against (so it follows a dev chain's
// AdjustTime).
func (n *Node) now(ctx context.Context) (int64, error) {
	h, err := n.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return max(time.Now().Unix(), int64(h.Time)), nil
}
