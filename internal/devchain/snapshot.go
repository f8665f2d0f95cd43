package devchain

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/version"

	"github.com/oceango/ocean.go/internal/contracts"
)

// A snapshot is the state of a dev chain right after deployOcean: every
// account with its balance, nonce, code and storage, and the deployment's
// addresses. Start builds the genesis block from it, so a chain started
// from a snapshot holds the contracts at the addresses a deployment would
// give them (the deployer's nonces are the same), with no deployment
// transaction at all.
//
// Snapshots are files named after a key that covers everything the
// deployed state depends on: the snapshot format (bumped whenever
// deployOcean changes), the go-ethereum version (gas schedule, hence the
// deployer's ETH balance), the options that shape the state (chain id,
// mnemonic, accounts, ether, gas limit), and the bytes of every contract
// artifact. A new artifact version is a new key, so a stale snapshot is
// never read; old files are simply left behind in the cache folder.

// snapshotFormat is the version of the snapshot and of the deployment it
// records. Bump it when deployOcean or the file layout changes.
const snapshotFormat = 1

// snapshot is the file a deployment is cached in.
type snapshot struct {
	Format int `json:"format"`
	// Root is the state root of Alloc, checked against the genesis state
	// of the started chain.
	Root       common.Hash        `json:"root"`
	Deployment Deployment         `json:"deployment"`
	Alloc      types.GenesisAlloc `json:"alloc"`
}

// snapshotDir returns the folder snapshots are cached in: opts.SnapshotDir,
// or the ocean.go/devchain folder of the user's cache directory.
func snapshotDir(opts *Options) (string, error) {
	if opts.SnapshotDir != "" {
		return opts.SnapshotDir, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "ocean.go", "devchain"), nil
}

// snapshotKey hashes everything the deployed state depends on (see above).
func snapshotKey(opts *Options, cfg *params.ChainConfig, pkgDir string) (string, error) {
	h := sha256.New()
	field := func(b []byte) {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	field([]byte(fmt.Sprintf("ocean.go devchain snapshot %d", snapshotFormat)))
	field(fmt.Appendf(nil, "go-ethereum %d.%d.%d-%s", version.Major, version.Minor, version.Patch, version.Meta))
	rules, err := json.Marshal(cfg)
	if err != nil {
		return "", err
	}
	field(rules)
	field([]byte(opts.Mnemonic))
	field([]byte(fmt.Sprintf("%d %s %d", opts.Accounts, opts.Ether, opts.BlockGasLimit)))
	for _, c := range contracts.Bound() {
		f, err := os.Open(filepath.Join(pkgDir, "artifacts", filepath.FromSlash(c.Artifact)))
		if err != nil {
			return "", fmt.Errorf("contracts: %w", err)
		}
		field([]byte(c.Artifact))
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", fmt.Errorf("contracts: %w", err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// loadSnapshot reads the snapshot at path. A missing, unreadable or
// malformed file is an error; the caller deploys instead.
func loadSnapshot(path string) (*snapshot, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var s snapshot
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("devchain: snapshot %s: %w", filepath.Base(path), err)
	}
	if s.Format != snapshotFormat || len(s.Alloc) == 0 || s.Deployment.Ocean == (common.Address{}) {
		return nil, fmt.Errorf("devchain: snapshot %s: not a format %d snapshot", filepath.Base(path), snapshotFormat)
	}
	return &s, nil
}

// save writes the snapshot to path atomically (a temporary file renamed
// into place), so that concurrent starts never read half a file.
func (s *snapshot) save(path string) error {
	raw, err := json.Marshal(s)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".snapshot-")
	if err != nil {
		return err
	}
	_, err = f.Write(raw)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// allocCollector gathers a state dump into a genesis allocation.
type allocCollector struct {
	alloc types.GenesisAlloc
	err   error
}

func (a *allocCollector) OnRoot(common.Hash) {}

func (a *allocCollector) OnAccount(addr *common.Address, acc state.DumpAccount) {
	if a.err != nil {
		return
	}
	if addr == nil {
		a.err = fmt.Errorf("devchain: snapshot: no preimage of account %x", acc.AddressHash)
		return
	}
	bal, ok := new(big.Int).SetString(acc.Balance, 10)
	if !ok {
		a.err = fmt.Errorf("devchain: snapshot: balance %q of %s", acc.Balance, addr)
		return
	}
	out := types.Account{Balance: bal, Nonce: acc.Nonce, Code: acc.Code}
	if len(acc.Storage) > 0 {
		out.Storage = make(map[common.Hash]common.Hash, len(acc.Storage))
		for k, v := range acc.Storage {
			out.Storage[k] = common.HexToHash(v)
		}
	}
	a.alloc[*addr] = out
}

// takeSnapshot dumps the chain's head state after deployOcean. The system
// contracts are reset to their genesis form (their storage only records
// the parent blocks of the chain that deployed). The dump is checked
// against the head's state root first: a storage slot whose preimage was
// missing would otherwise be dropped silently.
func (c *Chain) takeSnapshot(genesis *core.Genesis, d *Deployment) (*snapshot, error) {
	head := c.backend.BlockChain().CurrentBlock()
	st, err := c.backend.BlockChain().StateAt(head.Root, head.Number, head.Time)
	if err != nil {
		return nil, err
	}
	col := &allocCollector{alloc: types.GenesisAlloc{}}
	if _, err := st.DumpToCollector(col, &state.DumpConfig{}); err != nil {
		return nil, err
	}
	if col.err != nil {
		return nil, col.err
	}
	g := *genesis
	g.Alloc = col.alloc
	if root := g.ToBlock().Root(); root != head.Root {
		return nil, fmt.Errorf("devchain: snapshot: dumped state root %s, head state root %s", root, head.Root)
	}
	for addr, acc := range core.SystemContractAllocs() {
		col.alloc[addr] = acc
	}
	snap := &snapshot{Format: snapshotFormat, Deployment: *d, Alloc: col.alloc}
	snap.Deployment.StartBlock = 0
	snap.Root = g.ToBlock().Root()
	return snap, nil
}
