package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/internal/contracts"
	"github.com/oceango/ocean.go/internal/devchain"
	"github.com/oceango/ocean.go/internal/devnode"
)

// Mnemonic is the public Barge test mnemonic the accounts are derived from.
const Mnemonic = devchain.BargeMnemonic

// ErrContractsNotInstalled is matched (errors.Is) by the error of Start
// when the @oceanprotocol/contracts package is in none of the places it is
// looked for and cannot be downloaded, or Options.ContractsDir is not a
// package folder. The error says what was tried and how to fix it.
var ErrContractsNotInstalled = contracts.ErrArtifactsNotFound

// Options configures Start. The zero value starts a network with ten
// funded accounts, an in-process chain (no JSON-RPC socket), and the node
// and file origin on free loopback ports.
type Options struct {
	// RPCAddr serves the chain's JSON-RPC over HTTP on this loopback address
	// ("127.0.0.1:8545", or port 0 for a free port). Empty: in-process only.
	RPCAddr string
	// Accounts is how many accounts are derived and funded; default 10.
	Accounts int
	// ContractsDir is an unpacked @oceanprotocol/contracts package folder
	// to deploy from. Empty: the pinned package is found as the package
	// documentation (Contract artifacts) describes — node_modules, the
	// user cache, or a verified download from the npm registry.
	ContractsDir string
	// NodeAddr is the loopback address the Ocean node listens on; default
	// "127.0.0.1:0" (a free port).
	NodeAddr string
	// FilesAddr is the loopback address the file origin listens on;
	// default "127.0.0.1:0".
	FilesAddr string
	// Logger receives the node's diagnostics; nil: silent.
	Logger *slog.Logger
	// AllowLocalCompute gives the node a compute environment that runs
	// compute jobs (raw algorithm code sent by any caller, and published
	// algorithms) as unsandboxed child processes with your user's rights,
	// files, network and environment. Off (the default), the node has no
	// compute environment, as an Ocean Node without a compute engine.
	// Enable it only where everyone who can reach the node may run code
	// as you.
	AllowLocalCompute bool
}

// ProviderIndex is the index (in the Barge mnemonic) of the node's key,
// 0xe08A1dAe983BC701D05E492DB80e0144f8f4b909, as in Barge and the Ocean
// Node test setup.
const ProviderIndex = 8

// SampleFiles returns the names of the files the file origin serves from
// the start (a new slice on each call).
func SampleFiles() []string { return []string{"hello.txt", "iris.csv"} }

const helloTxt = "Hello from the ocean.go devnet.\n"

const irisCSV = `sepal_length,sepal_width,petal_length,petal_width,species
5.1,3.5,1.4,0.2,setosa
4.9,3.0,1.4,0.2,setosa
7.0,3.2,4.7,1.4,versicolor
6.4,3.2,4.5,1.5,versicolor
6.3,3.3,6.0,2.5,virginica
5.8,2.7,5.1,1.9,virginica
`

// Account is a funded devnet account. Its key is public knowledge.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// Network is a running devnet. Its methods are safe for concurrent use.
type Network struct {
	chain    *devchain.Chain
	node     *devnode.Node
	nodeURL  string
	provider Account
	filesDir string
	filesURL string
	files    *http.Server
	filesWG  sync.WaitGroup

	closeOnce sync.Once
	closeErr  error
}

// Start boots the network — chain with the contracts, Ocean node and file
// origin — and returns when all are usable. Cancelling ctx aborts the
// start; it does not stop a started network: call Close.
func Start(ctx context.Context, opts Options) (*Network, error) {
	if opts.NodeAddr == "" {
		opts.NodeAddr = "127.0.0.1:0"
	}
	if opts.FilesAddr == "" {
		opts.FilesAddr = "127.0.0.1:0"
	}
	provKeys, err := devchain.DeriveAccounts(Mnemonic, ProviderIndex+1)
	if err != nil {
		return nil, err
	}
	chain, err := devchain.Start(ctx, devchain.Options{
		HTTPAddr:     opts.RPCAddr,
		Accounts:     opts.Accounts,
		ContractsDir: opts.ContractsDir,
	})
	if err != nil {
		return nil, err
	}
	n := &Network{chain: chain, provider: Account{Address: provKeys[ProviderIndex].Address, Key: provKeys[ProviderIndex].Key}}
	if err := n.startFiles(opts.FilesAddr); err != nil {
		n.Close()
		return nil, err
	}
	d := chain.Deployment()
	n.node, err = devnode.New(ctx, devnode.Config{
		Key:               n.provider.Key,
		Backend:           chain.Client(),
		ChainID:           addresses.DevChainID,
		Contracts:         d.Contracts(),
		AllowLoopback:     true,
		AllowLocalCompute: opts.AllowLocalCompute,
		Logger:            opts.Logger,
	})
	if err != nil {
		n.Close()
		return nil, err
	}
	if n.nodeURL, err = n.node.Listen(opts.NodeAddr); err != nil {
		n.Close()
		return nil, err
	}
	return n, nil
}

func (n *Network) startFiles(addr string) error {
	dir, err := os.MkdirTemp("", "ocean-devnet-files-")
	if err != nil {
		return err
	}
	n.filesDir = dir
	for name, body := range map[string]string{"hello.txt": helloTxt, "iris.csv": irisCSV} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			return err
		}
	}
	ln, err := devnode.ListenLoopback(addr)
	if err != nil {
		return err
	}
	n.filesURL = "http://" + ln.Addr().String()
	n.files = &http.Server{Handler: http.FileServer(http.Dir(dir)), ReadHeaderTimeout: 10 * time.Second}
	n.filesWG.Add(1)
	go func() {
		defer n.filesWG.Done()
		_ = n.files.Serve(ln)
	}()
	return nil
}

// NodeURL is the Ocean node's base URL ("http://127.0.0.1:port"), to use as
// a service's serviceEndpoint and as the metadata decryptor URL.
func (n *Network) NodeURL() string { return n.nodeURL }

// ProviderAccount is the node's account: its address signs provider fees
// and receives them; its key decrypts what the node's encrypt route
// encrypted. The key is public knowledge (Barge mnemonic, ProviderIndex).
func (n *Network) ProviderAccount() Account { return n.provider }

// FilesURL is the base URL of the file origin. Files added with AddFile and
// the SampleFiles are served under it.
func (n *Network) FilesURL() string { return n.filesURL }

// FileURL returns the origin URL of a file added with AddFile (or one of
// SampleFiles).
func (n *Network) FileURL(name string) string {
	return n.filesURL + "/" + url.PathEscape(name)
}

// ErrFileName reports a file name that is empty or not a single path
// element.
var ErrFileName = errors.New("devnet: invalid file name")

// AddFile stores the content of r as name on the file origin and returns
// its URL. The content is streamed to disk, not held in memory. An
// existing file is replaced.
func (n *Network) AddFile(name string, r io.Reader) (string, error) {
	if name == "" || name != filepath.Base(name) || strings.ContainsAny(name, `/\`) || name == "." || name == ".." {
		return "", fmt.Errorf("%w: %q", ErrFileName, name)
	}
	f, err := os.CreateTemp(n.filesDir, ".upload-")
	if err != nil {
		return "", err
	}
	_, err = io.Copy(f, r)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(n.filesDir, name))
	}
	if err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("devnet: add file: %w", err)
	}
	return n.FileURL(name), nil
}

// ChainID returns the chain id, addresses.DevChainID.
func (n *Network) ChainID() int64 { return n.chain.ChainID().Int64() }

// Client returns an in-process client of the chain. It satisfies the
// go-ethereum bind backend interfaces. Do not close it; Close does.
func (n *Network) Client() *ethclient.Client { return n.chain.Client() }

// RPCURL is the chain's JSON-RPC endpoint, or "" without Options.RPCAddr.
func (n *Network) RPCURL() string { return n.chain.RPCURL() }

// Accounts returns the funded accounts in derivation order.
func (n *Network) Accounts() []Account {
	accs := n.chain.Accounts()
	out := make([]Account, len(accs))
	for i, a := range accs {
		out[i] = Account{Address: a.Address, Key: a.Key}
	}
	return out
}

// Contracts returns the deployed contract addresses, as the assets and
// ocean packages take them. The devnet has every Ocean contract except
// FixedRateExchangeEnterprise and EnterpriseFeeCollector.
func (n *Network) Contracts() addresses.Contracts { return n.chain.Deployment().Contracts() }

// entry is the deployment as an address file entry.
func (n *Network) entry() addresses.Entry {
	return addresses.Entry{ChainID: n.ChainID(), Contracts: n.Contracts()}
}

// AddressFile returns the deployment as an @oceanprotocol/contracts
// address.json document with the single network key addresses.Development,
// so that ocean.js and other Ocean tools can use the devnet unchanged.
func (n *Network) AddressFile() ([]byte, error) {
	return json.MarshalIndent(addresses.File{addresses.Development: n.entry()}, "", "  ")
}

// AddressFileWithAccounts is AddressFile with the funded test accounts
// added to the addresses.Development entry under "accounts" (address and
// private key, in derivation order) and the node and file origin URLs
// under "providerUrl" and "filesUrl". Tools that read address.json ignore
// the extra keys.
func (n *Network) AddressFileWithAccounts() ([]byte, error) {
	network := n.entry()
	type acc struct {
		Address    string `json:"address"`
		PrivateKey string `json:"privateKey"`
	}
	var accs []acc
	for _, a := range n.Accounts() {
		accs = append(accs, acc{a.Address.Hex(), hexutil.Encode(crypto.FromECDSA(a.Key))})
	}
	extra := map[string]any{"accounts": accs, "providerUrl": n.nodeURL, "filesUrl": n.filesURL}
	network.Extra = map[string]json.RawMessage{}
	for k, v := range extra {
		raw, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		network.Extra[k] = raw
	}
	return json.MarshalIndent(addresses.File{addresses.Development: network}, "", "  ")
}

// Close stops the node, the file origin and the chain, and removes the
// origin's files. It is safe to call more than once.
func (n *Network) Close() error {
	n.closeOnce.Do(func() {
		var errs []error
		if n.node != nil {
			errs = append(errs, n.node.Close())
		}
		if n.files != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			if err := n.files.Shutdown(ctx); err != nil {
				n.files.Close()
			}
			cancel()
			n.filesWG.Wait()
		}
		if n.filesDir != "" {
			errs = append(errs, os.RemoveAll(n.filesDir))
		}
		errs = append(errs, n.chain.Close())
		n.closeErr = errors.Join(errs...)
	})
	return n.closeErr
}

// OceanBalance returns the OCEAN (in wei) account i received at start.
func OceanBalance(i int) *big.Int {
	owner, other := devchain.OceanBalances()
	if i == 0 {
		return owner
	}
	return other
}
