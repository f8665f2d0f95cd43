package devchain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/version"
)

// EthersCacheWindow is how long ethers 6 answers a JSON-RPC request from
// its own cache when an identical one is still fresh: AbstractProvider
// shares one result among identical requests (same method and parameters)
// for its cacheTimeout option, 250 ms by default, counted from when the
// first of them was made.
const EthersCacheWindow = 250 * time.Millisecond

// DefaultCountHold is Options.CountHold's default: ethers' cache window
// plus a margin for timer granularity.
const DefaultCountHold = EthersCacheWindow + 10*time.Millisecond

// rpcModules are the namespaces served over HTTP.
var rpcModules = []string{"eth", "net", "web3"}

// rpcServer serves the chain's JSON-RPC over HTTP: go-ethereum's own eth,
// net and web3 services with eth_getTransactionCount and
// eth_sendRawTransaction wrapped by a countHold.
type rpcServer struct {
	srv  *rpc.Server
	http *http.Server
	url  string
	done chan struct{}
	hold *countHold // nil when the hold is off
}

// startRPC listens on host:port and serves the chain's JSON-RPC. The
// in-process client (c.client) must already be attached: the count hold
// forwards to it.
func (c *Chain) startRPC(host string, port int, hold time.Duration, apis []rpc.API) (*rpcServer, error) {
	srv := rpc.NewServer()
	srv.SetBatchLimits(node.DefaultConfig.BatchRequestLimit, node.DefaultConfig.BatchResponseMaxSize)
	srv.SetHTTPBodyLimit(node.DefaultConfig.HTTPBodyLimit)
	apis = append(apis, rpc.API{Namespace: "web3", Service: web3API{}})
	if err := node.RegisterApis(apis, rpcModules, srv); err != nil {
		return nil, fmt.Errorf("devchain: rpc: %w", err)
	}
	var h *countHold
	if hold > 0 {
		// Registered last, so these two methods replace go-ethereum's in
		// the "eth" namespace of this server only; the in-process server
		// keeps the originals, which the hold calls.
		h = &countHold{inner: c.client.Client(), signer: types.LatestSignerForChainID(c.chainID),
			window: hold, stop: c.stop, asked: map[common.Address]time.Time{},
			pool: c.backend.TxPool(), receiptWait: pendingReceiptWait}
		if err := srv.RegisterName("eth", h); err != nil {
			return nil, fmt.Errorf("devchain: rpc: %w", err)
		}
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		srv.Stop()
		return nil, fmt.Errorf("devchain: rpc: %w", err)
	}
	t := rpc.DefaultHTTPTimeouts
	s := &rpcServer{
		srv: srv,
		http: &http.Server{
			Handler:           node.NewHTTPHandlerStack(srv, nil, []string{"localhost", "127.0.0.1"}, nil, false),
			ReadTimeout:       t.ReadTimeout,
			ReadHeaderTimeout: t.ReadHeaderTimeout,
			WriteTimeout:      t.WriteTimeout,
			IdleTimeout:       t.IdleTimeout,
		},
		url:  "http://" + ln.Addr().String(),
		done: make(chan struct{}),
		hold: h,
	}
	go func() {
		defer close(s.done)
		_ = s.http.Serve(ln)
	}()
	return s, nil
}

// close stops accepting, lets requests in flight finish (held sends end
// with the chain's stop channel) and stops the RPC server.
func (s *rpcServer) close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := s.http.Shutdown(ctx)
	if err != nil {
		err = errors.Join(err, s.http.Close())
	}
	<-s.done
	s.srv.Stop()
	return err
}

// countHold makes the devnet safe for ethers 6 with its default settings.
//
// ethers asks eth_getTransactionCount(address, "pending") before every
// transaction it signs, and its provider caches identical requests for
// EthersCacheWindow. The devnet mines a transaction within milliseconds,
// so a client that sends, waits for the receipt and sends again inside
// that window is handed the old count from its cache and signs a second
// transaction with the nonce just mined: "nonce too low".
//
// The hold notes when each address last asked its transaction count over
// HTTP and answers that address's next eth_sendRawTransaction no sooner
// than that moment plus the window. The transaction is in the pool (and
// normally mined) meanwhile; only the answer waits, so when the client
// sees its hash the receipt is there and any count it asks for next is
// past its cache. The cache entry's clock starts when the client made the
// request, never after it reached the devnet, so the window measured here
// always covers it.
//
// Clients without such a cache are not held: the in-process client does not
// go through this server, and requests carrying Go's default HTTP user
// agent (go-ethereum's ethclient, and so ocean.go, which counts nonces
// itself) are answered at once. Measured without that exemption, every
// transaction manager and every bind.TransactOpts user paid the window on
// its first (or every) transaction: the datatoken, nft and assets tests
// took 1.5-3 times as long. Everyone else (ethers in Node or a browser,
// web3.py, curl) meets the hold only on a transaction sent within the
// window after its sender's count was asked for.
//
// The same clients are also answered eth_getTransactionReceipt for a
// transaction that is pending (executable, in the pool) only once it is
// mined, waiting up to receiptWait. ethers' TransactionResponse.wait asks
// for the receipt, and when it is not there yet, asks again (an identical
// request, served from its cache) and reads the block number it will
// watch from; it then checks again only on a block above that one. A chain
// that seals blocks only for transactions sends no further block, so a
// transaction mined between the first answer and that block number read
// left ethers waiting for good (an interop run under load hung this way in
// ocean.js's own send). Public chains keep making blocks and never leave
// it stuck; waiting here, for a block this chain seals within
// milliseconds, keeps the first answer from being "not yet".
type countHold struct {
	inner  *rpc.Client // the in-process server: go-ethereum's own methods
	signer types.Signer
	window time.Duration
	stop   <-chan struct{}

	pool        txStatuser
	receiptWait time.Duration
	waiting     func() // test hook: a receipt request starts waiting

	mu    sync.Mutex
	asked map[common.Address]time.Time
}

// pendingReceiptWait bounds how long a receipt request waits for a pending
// transaction to be mined (normally milliseconds; seconds under load).
const pendingReceiptWait = 10 * time.Second

// txStatuser is the pool's view countHold needs.
type txStatuser interface {
	Status(hash common.Hash) txpool.TxStatus
}

// GetTransactionCount is go-ethereum's eth_getTransactionCount, noting
// when address asked.
func (h *countHold) GetTransactionCount(ctx context.Context, address common.Address, block *json.RawMessage) (*hexutil.Uint64, error) {
	h.note(address, time.Now())
	args := []any{address}
	if block != nil {
		args = append(args, *block)
	}
	var n hexutil.Uint64
	if err := h.inner.CallContext(ctx, &n, "eth_getTransactionCount", args...); err != nil {
		return nil, err
	}
	return &n, nil
}

// SendRawTransaction is go-ethereum's eth_sendRawTransaction; a
// transaction the pool accepted is answered no sooner than its sender's
// last count request plus the window.
func (h *countHold) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	var hash common.Hash
	if err := h.inner.CallContext(ctx, &hash, "eth_sendRawTransaction", input); err != nil {
		return common.Hash{}, err
	}
	tx := new(types.Transaction)
	if tx.UnmarshalBinary(input) != nil {
		return hash, nil
	}
	from, err := types.Sender(h.signer, tx)
	if err != nil || noResultCache(ctx) {
		return hash, nil
	}
	if d := h.holdFor(from, time.Now()); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
		case <-h.stop:
		}
	}
	return hash, nil
}

// GetTransactionReceipt is go-ethereum's eth_getTransactionReceipt; for a
// client that caches results, a transaction still pending in the pool is
// answered once it is mined (or after receiptWait, as not found).
func (h *countHold) GetTransactionReceipt(ctx context.Context, hash common.Hash) (json.RawMessage, error) {
	var deadline <-chan time.Time
	var tick *time.Ticker
	for {
		var r json.RawMessage
		if err := h.inner.CallContext(ctx, &r, "eth_getTransactionReceipt", hash); err != nil {
			return nil, err
		}
		if (len(r) != 0 && string(r) != "null") || noResultCache(ctx) || h.pool.Status(hash) != txpool.TxStatusPending {
			return r, nil
		}
		if tick == nil {
			// The block that mines it comes from produce within
			// milliseconds; a short poll avoids subscribing to the
			// chain's head feed, whose sends wait for every receiver.
			tick = time.NewTicker(2 * time.Millisecond)
			defer tick.Stop()
			timer := time.NewTimer(h.receiptWait)
			defer timer.Stop()
			deadline = timer.C
			if h.waiting != nil {
				h.waiting()
			}
		}
		select {
		case <-tick.C:
		case <-deadline:
			return r, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-h.stop:
			return r, nil
		}
	}
}

// noResultCache reports whether the request came from a client known to
// keep no cache of JSON-RPC results: Go's HTTP client, which go-ethereum's
// ethclient uses with Go's default user agent.
func noResultCache(ctx context.Context) bool {
	return strings.HasPrefix(rpc.PeerInfoFromContext(ctx).HTTP.UserAgent, "Go-http-client/")
}

// note records that address asked its count at now.
func (h *countHold) note(address common.Address, now time.Time) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.asked) >= 1024 {
		for a, t := range h.asked {
			if now.Sub(t) >= h.window {
				delete(h.asked, a)
			}
		}
	}
	h.asked[address] = now
}

// holdFor is how long a transaction of address accepted at now waits
// before it is answered: until the address's last count request is a
// window old.
func (h *countHold) holdFor(address common.Address, now time.Time) time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	t, ok := h.asked[address]
	if !ok {
		return 0
	}
	return max(0, t.Add(h.window).Sub(now))
}

// web3API is the web3 namespace (go-ethereum's lives in its node package,
// which serves it only through its own HTTP server).
type web3API struct{}

// ClientVersion returns the node's version string.
func (web3API) ClientVersion() string {
	return fmt.Sprintf("Geth/v%d.%d.%d-%s/ocean.go-devchain", version.Major, version.Minor, version.Patch, version.Meta)
}

// Sha3 returns the Keccak-256 hash of input.
func (web3API) Sha3(input hexutil.Bytes) hexutil.Bytes { return crypto.Keccak256(input) }
