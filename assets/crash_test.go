package assets_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/pgtest"
	"github.com/oceango/ocean.go/nft"
)

// The crash tests run a flow in a child process (this test binary,
// re-executed with childEnv set), which SIGKILLs itself right after the
// journal write (or broadcast) named by the kill point. The parent then
// resumes the flow from the same journal directory and checks the chain:
// exactly one NFT, one metadata set, one order; for RunCompute one order
// per datatoken, one escrow deposit of the shortfall and one job.

// childSpec is what the parent passes to the child, as JSON in childEnv.
type childSpec struct {
	RPCURL, NodeURL string
	Contracts       addresses.Contracts
	Key             string // hex private key (devnet test account)
	Journal         string // journal.OpenURL: a directory or a postgres:// URL
	Flow            string
	Publish         *assets.PublishParams
	Order           *assets.OrderParams
	Compute         *assets.RunComputeParams
	KillAt          string
}

// TestCrashChild is the child's side; it is skipped in normal runs.
func TestCrashChild(t *testing.T) {
	raw := os.Getenv(childEnv)
	if raw == "" {
		t.Skip("runs only as the child of a crash test")
	}
	var spec childSpec
	require.NoError(t, json.Unmarshal([]byte(raw), &spec))
	key, err := crypto.HexToECDSA(spec.Key)
	require.NoError(t, err)
	store, err := journal.OpenURL(context.Background(), spec.Journal)
	require.NoError(t, err)
	defer store.Close()
	// "POINT#n" kills at the n-th time the flow reaches POINT.
	target, nth := spec.KillAt, int32(1)
	if i := strings.LastIndex(target, "#"); i > 0 {
		n, err := strconv.Atoi(target[i+1:])
		require.NoError(t, err)
		target, nth = target[:i], int32(n)
	}
	var seen atomic.Int32
	c := newClient(t, key, wiring{rpcURL: spec.RPCURL, nodeURL: spec.NodeURL, contracts: spec.Contracts, store: store,
		opts: []assets.Option{assets.WithAfterStep(func(_, point string) {
			if point == target && seen.Add(1) == nth {
				_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
				select {}
			}
		})}})
	ctx := ctxFor(t)
	switch spec.Flow {
	case assets.FlowPublish:
		_, err = c.Publish(ctx, *spec.Publish)
	case assets.FlowOrder:
		_, err = c.Order(ctx, *spec.Order)
	case assets.FlowCompute:
		_, err = c.RunCompute(ctx, *spec.Compute)
	}
	require.NoError(t, err)
}

// runChild runs the flow in a child process and requires it to die of
// SIGKILL at spec.KillAt.
func runChild(t *testing.T, spec childSpec) {
	t.Helper()
	spec.RPCURL, spec.NodeURL, spec.Contracts = devNet.RPCURL(), devNet.NodeURL(), devNet.Contracts()
	b, err := json.Marshal(spec)
	require.NoError(t, err)
	cmd := exec.CommandContext(ctxFor(t), os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+string(b))
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	require.True(t, errors.As(err, &ee), "child did not die at %s: %v\n%s", spec.KillAt, err, out)
	ws, ok := ee.Sys().(syscall.WaitStatus)
	require.True(t, ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL, "child failed instead of being killed at %s:\n%s", spec.KillAt, out)
}

// journalKind is a durable journal the crash tests run on: the child
// writes it, the parent resumes from it.
type journalKind struct {
	name   string
	target func(t *testing.T) string // for journal.OpenURL
}

var journalKinds = []journalKind{
	{"file", func(t *testing.T) string { return t.TempDir() }},
	{"postgres", func(t *testing.T) string { return pgtest.URL(t) }},
}

// resumeAfterCrash opens the journal the child wrote and resumes key with
// a new client: with Resume on a file journal; with ResumeAll on
// PostgreSQL, which must claim the dead child's flow (its lock died with
// its session) and resume exactly that key.
func resumeAfterCrash(t *testing.T, jk journalKind, target string, key *ecdsa.PrivateKey, flowKey string) (*assets.Client, journal.Store, *assets.Result) {
	t.Helper()
	store, err := journal.OpenURL(ctxFor(t), target)
	require.NoError(t, err)
	t.Cleanup(func() { _ = store.Close() })
	c := newClient(t, key, wiring{store: store})
	if jk.name == "postgres" {
		e, err := store.Get(ctxFor(t), flowKey)
		require.NoError(t, err)
		var want []string // a finished flow is not resumed
		if e.Status != assets.StatusDone {
			want = []string{flowKey}
		}
		keys, err := c.ResumeAll(ctxFor(t))
		require.NoError(t, err)
		require.Equal(t, want, keys, "ResumeAll claims the dead process's flow")
	}
	res, err := c.Resume(ctxFor(t), flowKey)
	require.NoError(t, err)
	return c, store, res
}

// recordPoints runs f with a client option that records every step point.
func recordPoints(t *testing.T, f func(opt assets.Option)) []string {
	var points []string
	f(assets.WithAfterStep(func(_, p string) {
		if !slices.Contains(points, p) {
			points = append(points, p)
		}
	}))
	require.NotEmpty(t, points)
	return points
}

func keyHex(a devnet.Account) string { return hex.EncodeToString(crypto.FromECDSA(a.Key)) }

func allLogs(t *testing.T, q ethereum.FilterQuery) []*types.Log {
	t.Helper()
	logs, err := devNet.Client().FilterLogs(context.Background(), q)
	require.NoError(t, err)
	out := make([]*types.Log, len(logs))
	for i := range logs {
		out[i] = &logs[i]
	}
	return out
}

// nftsNamed counts the NFTs creator created with name.
func nftsNamed(t *testing.T, creator common.Address, name string) []common.Address {
	f := erc721factory.NewNFTFactory()
	var out []common.Address
	for _, l := range allLogs(t, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{devNet.Contracts().ERC721Factory}}) {
		if ev, err := f.UnpackNFTCreatedEvent(l); err == nil && ev.Creator == creator && ev.TokenName == name {
			out = append(out, ev.NewTokenAddress)
		}
	}
	return out
}

func TestCrashPublish(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	t.Parallel()
	points := recordPoints(t, func(opt assets.Option) {
		c := newClient(t, takeAccounts(t, 0)[0].Key, wiring{opts: []assets.Option{opt}})
		_, err := c.Publish(ctxFor(t), sampleParams(t, "crash-publish-reference", []byte("x"), assets.Pricing{Type: assets.PricingFree}))
		require.NoError(t, err)
	})
	t.Log("kill points:", points)
	for _, jk := range journalKinds {
		for _, point := range points {
			t.Run(jk.name+"/"+point, func(t *testing.T) {
				t.Parallel()
				crashPublishAt(t, jk, takeAccounts(t, 0)[0], point)
			})
		}
	}
}

func crashPublishAt(t *testing.T, jk journalKind, pubAcc devnet.Account, point string) {
	dir := jk.target(t)
	key := "crash-publish/" + jk.name + "/" + point
	p := sampleParams(t, key, []byte("crash "+point), assets.Pricing{Type: assets.PricingFree})
	runChild(t, childSpec{Key: keyHex(pubAcc), Journal: dir, Flow: assets.FlowPublish, Publish: &p, KillAt: point})

	_, store, res := resumeAfterCrash(t, jk, dir, pubAcc.Key, key)
	require.NotNil(t, res.Published)
	nfts := nftsNamed(t, pubAcc.Address, assets.NFTName(key))
	require.Len(t, nfts, 1, "exactly one NFT")
	assert.Equal(t, nfts[0], res.Published.NFT)
	evs := nft.MetadataEvents(&types.Receipt{Logs: allLogs(t, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: nfts})})
	require.Len(t, evs, 1, "exactly one metadata set")
	assert.True(t, evs[0].Created)
	assert.Equal(t, res.Published.DID, res.Published.Asset.ID)
	e, err := store.Get(context.Background(), key)
	require.NoError(t, err)
	assert.Equal(t, assets.StatusDone, e.Status)
}

func TestCrashOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	t.Parallel()
	accs := takeAccounts(t, 5, 6)
	pub := newClient(t, accs[5].Key, wiring{})
	// publish is called from the parallel subtests too: pub is safe
	// for concurrent use, and t is the caller's.
	publish := func(t *testing.T, key string) *assets.Published {
		res, err := pub.Publish(ctxFor(t), sampleParams(t, key, []byte("order crash"), assets.Pricing{Type: assets.PricingFree}))
		require.NoError(t, err)
		return res
	}
	ref := publish(t, "crash-order-reference-asset")
	points := recordPoints(t, func(opt assets.Option) {
		c := newClient(t, accs[6].Key, wiring{opts: []assets.Option{opt}})
		_, err := c.Order(ctxFor(t), assets.OrderParams{Key: "crash-order-reference", DID: ref.DID})
		require.NoError(t, err)
	})
	t.Log("kill points:", points)
	for _, jk := range journalKinds {
		for _, point := range points {
			t.Run(jk.name+"/"+point, func(t *testing.T) {
				t.Parallel()
				consAcc := takeAccounts(t, 0)[0]
				dir := jk.target(t)
				asset := publish(t, "crash-order-asset/"+jk.name+"/"+point)
				key := "crash-order/" + jk.name + "/" + point
				runChild(t, childSpec{Key: keyHex(consAcc), Journal: dir, Flow: assets.FlowOrder,
					Order: &assets.OrderParams{Key: key, DID: asset.DID}, KillAt: point})

				c, _, res := resumeAfterCrash(t, jk, dir, consAcc.Key, key)
				require.NotNil(t, res.Ordered)
				orders := datatoken.OrderStartedEvents(&types.Receipt{Logs: allLogs(t, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: asset.Datatokens})})
				require.Len(t, orders, 1, "exactly one order")
				assert.Equal(t, consAcc.Address, orders[0].Consumer)
				assert.Equal(t, orders[0].TxHash, res.Ordered.TxHash)
				_, err := c.Download(ctxFor(t), assets.DownloadParamsFor(res.Ordered, 0), devNull{})
				require.NoError(t, err, fmt.Sprint("download after resume at ", point))
			})
		}
	}
}

type devNull struct{}

func (devNull) Write(p []byte) (int, error) { return len(p), nil }

// TestCrashRunCompute kills RunCompute at every journal point of a paid
// job (both orders, the escrow deposit with its approval, the
// authorization, the start before and after the request) and of a free
// one, resumes it, and checks the chain and the node: one order per
// datatoken, exactly the needed escrow deposit, one job.
func TestCrashRunCompute(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	t.Parallel()
	f := newComputeFixture(t)
	for _, free := range []bool{false, true} {
		mode := map[bool]string{false: "paid", true: "free"}[free]
		ref := f.publishPair(t, "crash-compute-reference/"+mode, "ref")
		points := recordPoints(t, func(opt assets.Option) {
			c := newClient(t, f.consumer(t), wiring{opts: []assets.Option{opt}})
			_, err := c.RunCompute(ctxFor(t), assets.RunComputeParams{Key: "crash-compute-reference/" + mode, Spec: ref.spec(free)})
			require.NoError(t, err)
		})
		if !free {
			// The deposit itself, journaled once its approval is mined.
			points = append(points, assets.StatusEscrowDepositing+"#2")
		}
		t.Log(mode, "kill points:", points)
		for _, jk := range journalKinds {
			for _, point := range points {
				t.Run(jk.name+"/"+mode+"/"+point, func(t *testing.T) {
					t.Parallel()
					crashComputeAt(t, f, jk, free, mode, point)
				})
			}
		}
	}
}

func crashComputeAt(t *testing.T, f *computeFixture, jk journalKind, free bool, mode, point string) {
	ctx := ctxFor(t)
	dir := jk.target(t)
	key := "crash-compute/" + jk.name + "/" + mode + "/" + point
	pair := f.publishPair(t, key, strings.Repeat("c", 321))
	consKey := f.consumer(t)
	consumer := crypto.PubkeyToAddress(consKey.PublicKey)
	p := assets.RunComputeParams{Key: key, Spec: pair.spec(free)}
	runChild(t, childSpec{Key: hex.EncodeToString(crypto.FromECDSA(consKey)), Journal: dir, Flow: assets.FlowCompute,
		Compute: &p, KillAt: point})

	c, store, res := resumeAfterCrash(t, jk, dir, consKey, key)
	require.NotNil(t, res.Computed)
	job := res.Computed.Job
	assert.Equal(t, point == assets.StatusStarting+"/sent", res.Computed.Found,
		"the job is found at the node exactly when the child died after the start request")

	jobs, err := c.Compute().Jobs(ctx, pair.data.DID)
	require.NoError(t, err)
	require.Len(t, jobs, 1, "exactly one job")
	assert.Equal(t, jobs[0].JobID, job.ID)
	for i, dt := range []common.Address{pair.data.Datatokens[0], pair.algo.Datatokens[0]} {
		orders := ordersOf(t, dt)
		if free {
			assert.Empty(t, orders)
			continue
		}
		require.Len(t, orders, 1, "exactly one order of datatoken %d", i)
		assert.Equal(t, orders[0].TxHash.Hex(), job.Payment.Orders[i].TxID)
	}
	if free {
		assert.Empty(t, depositsOf(t, consumer))
	} else {
		assert.Equal(t, []*big.Int{big.NewInt(2e18)}, depositsOf(t, consumer), "exactly the needed deposit")
	}
	e, err := store.Get(ctx, key)
	require.NoError(t, err)
	assert.Equal(t, assets.StatusDone, e.Status)
	checkOutput(t, c, job.ID, "321\n")
}
