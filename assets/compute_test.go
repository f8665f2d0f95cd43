package assets_test

import (
	"archive/tar"
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/transact"
)

// countAlgo writes the byte count of every input file to outputs/.
const countAlgo = `set -e
for f in inputs/did:op:*/0; do wc -c < "$f" | tr -d ' ' >> outputs/count.txt; done
echo "counted $(cat outputs/count.txt)"
`

// fastWatch polls the devnode quickly: it has no rate limit.
var fastWatch = compute.WatchOptions{MinInterval: 10 * time.Millisecond, MaxInterval: 100 * time.Millisecond}

// computeFixture publishes compute datasets and algorithms from one
// account and funds fresh consumers from another (both its own), so
// that every consumer starts with no datatokens, no escrow funds and no
// jobs. Its methods are safe for parallel subtests.
type computeFixture struct {
	pub    *assets.Client
	funder *transact.Manager
}

func newComputeFixture(t *testing.T) *computeFixture {
	t.Helper()
	accs := takeAccounts(t, 0, 2)
	auth := bind.NewKeyedTransactor(accs[0].Key, bigDevChainID())
	funder, err := transact.New(devNet.Client(), auth.From, auth.Signer, transact.Options{PollInterval: 20 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(funder.Close)
	return &computeFixture{pub: newClient(t, accs[2].Key, wiring{}), funder: funder}
}

// consumer returns a new key holding 10 ETH and 100 OCEAN.
func (f *computeFixture) consumer(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	ctx := ctxFor(t)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	to := crypto.PubkeyToAddress(key.PublicKey)
	_, err = f.funder.SendAndWait(ctx, transact.Call{To: to, Value: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))})
	require.NoError(t, err)
	ocean, err := datatoken.NewERC20(devNet.Client(), devNet.Contracts().Ocean, f.funder)
	require.NoError(t, err)
	tx, err := ocean.Transfer(ctx, to, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)))
	require.NoError(t, err)
	_, err = f.funder.Wait(ctx, tx)
	require.NoError(t, err)
	return key
}

// computePair is a published algorithm and a dataset whose compute
// service trusts it, both free to order (dispensers).
type computePair struct {
	algo, data *assets.Published
	content    string
}

func (p computePair) spec(free bool) compute.Spec {
	s := compute.Spec{Free: free, Datasets: []compute.Asset{{DID: p.data.DID, ServiceID: p.data.ServiceIDs[0]}},
		Algorithm: compute.Algorithm{Asset: compute.Asset{DID: p.algo.DID, ServiceID: p.algo.ServiceIDs[0]}}}
	if !free {
		s.MaxJobDuration = 90 * time.Second
	}
	return s
}

func (f *computeFixture) publishPair(t *testing.T, key, content string) computePair {
	t.Helper()
	ctx := ctxFor(t)
	meta := assets.Metadata{Name: "compute " + key, Description: "assets compute test", Author: "ocean.go", License: "MIT"}
	algoURL, err := devNet.AddFile("algo-"+shortName(key)+".sh", strings.NewReader(countAlgo))
	require.NoError(t, err)
	algo, err := f.pub.Publish(ctx, assets.PublishParams{Key: key + "/algorithm", Metadata: meta,
		Algorithm: &ddo.AlgorithmParams{Language: "sh", Version: "1", Container: ddo.Container{Entrypoint: "sh $ALGO",
			Image: "alpine", Tag: "3.20", Checksum: "sha256:" + strings.Repeat("0", 64)}},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: algoURL}}, Pricing: assets.Pricing{Type: assets.PricingFree}}}})
	require.NoError(t, err)
	sum, err := ddo.FileChecksum(strings.NewReader(countAlgo))
	require.NoError(t, err)
	trusted, err := ddo.TrustAlgorithm(algo.DDO, algo.ServiceIDs[0], ddo.FilesChecksum(sum))
	require.NoError(t, err)
	dataURL, err := devNet.AddFile("data-"+shortName(key)+".bin", strings.NewReader(content))
	require.NoError(t, err)
	data, err := f.pub.Publish(ctx, assets.PublishParams{Key: key + "/dataset", Metadata: meta,
		Services: []assets.ServiceParams{{Type: ddo.ServiceCompute, Files: []assets.File{{URL: dataURL}}, Timeout: 3600,
			Pricing: assets.Pricing{Type: assets.PricingFree},
			Compute: &assets.ComputeOptions{TrustedAlgorithms: []ddo.TrustedAlgorithm{trusted},
				TrustedPublishers: []string{f.pub.Address().Hex()}}}}})
	require.NoError(t, err)
	return computePair{algo: algo, data: data, content: content}
}

// ordersOf returns the OrderStarted events of a datatoken.
func ordersOf(t *testing.T, dt common.Address) []datatoken.OrderStarted {
	return datatoken.OrderStartedEvents(&types.Receipt{Logs: allLogs(t, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{dt}})})
}

// depositsOf returns the amounts payer deposited into the escrow.
func depositsOf(t *testing.T, payer common.Address) []*big.Int {
	topic := crypto.Keccak256Hash([]byte("Deposit(address,address,uint256)"))
	var out []*big.Int
	for _, l := range allLogs(t, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{devNet.Contracts().Escrow},
		Topics: [][]common.Hash{{topic}, {common.BytesToHash(payer.Bytes())}}}) {
		require.Len(t, l.Data, 64)
		out = append(out, new(big.Int).SetBytes(l.Data[32:]))
	}
	return out
}

// checkOutput waits for the job and checks the count it wrote.
func checkOutput(t *testing.T, c *assets.Client, jobID string, want string) {
	t.Helper()
	ctx := ctxFor(t)
	st, err := c.Compute().Wait(ctx, jobID, fastWatch)
	require.NoError(t, err)
	require.Equal(t, compute.StatusFinished, st.Code)
	var out bytes.Buffer
	_, err = c.Compute().Output(ctx, jobID, &out)
	require.NoError(t, err)
	tr := tar.NewReader(&out)
	for {
		h, err := tr.Next()
		require.NoError(t, err, "no outputs/count.txt in the output")
		if h.Name == "outputs/count.txt" {
			b, err := io.ReadAll(tr)
			require.NoError(t, err)
			assert.Equal(t, want, string(b))
			return
		}
	}
}

func TestRunComputeFree(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	f := newComputeFixture(t)
	pair := f.publishPair(t, "compute-free", strings.Repeat("a", 1234))
	cons := newClient(t, f.consumer(t), wiring{})

	p := assets.RunComputeParams{Key: "compute-free/1", Spec: pair.spec(true)}
	res, err := cons.RunCompute(ctx, p)
	require.NoError(t, err)
	job := res.Job
	require.NotEmpty(t, job.ID)
	assert.True(t, job.Free)
	assert.False(t, res.Found)
	assert.NotEmpty(t, job.Environment)
	require.NotNil(t, job.Status)
	assert.Empty(t, job.Payment.Orders, "free jobs order nothing")
	assert.Zero(t, job.Payment.DepositTx)
	checkOutput(t, cons, job.ID, "1234\n")

	// The node keeps the key with the job.
	st, err := cons.Compute().Status(ctx, job.ID)
	require.NoError(t, err)
	assert.Contains(t, string(st.Job.Raw), `"`+assets.ComputeKeyMetadata+`":"compute-free/1"`)

	// Same key again: the same job, nothing new at the node.
	again, err := cons.RunCompute(ctx, p)
	require.NoError(t, err)
	assert.Equal(t, job.ID, again.Job.ID)
	assert.Nil(t, again.Job.Status, "a finished flow does not ask the node")
	jobs, err := cons.Compute().Jobs(ctx, "")
	require.NoError(t, err)
	assert.Len(t, jobs, 1)
	res2, err := cons.Resume(ctx, p.Key)
	require.NoError(t, err)
	assert.Equal(t, job.ID, res2.Computed.Job.ID)

	// Same key, other job: refused. No key: refused.
	other := p
	other.Spec.Datasets = nil
	_, err = cons.RunCompute(ctx, other)
	require.ErrorIs(t, err, assets.ErrKeyInUse)
	_, err = cons.RunCompute(ctx, assets.RunComputeParams{Spec: p.Spec})
	require.ErrorIs(t, err, assets.ErrInvalidParams)

	// An invalid spec fails at initialize and is journaled as such.
	_, err = cons.RunCompute(ctx, assets.RunComputeParams{Key: "compute-free/bad", Spec: compute.Spec{Free: true}})
	require.ErrorIs(t, err, compute.ErrInvalidSpec)
	var se *assets.StepError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, assets.FlowCompute, se.Flow)
	assert.Equal(t, assets.StatusPending, se.Step)

	assert.Empty(t, ordersOf(t, pair.data.Datatokens[0]))
}

func TestRunComputePaid(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	f := newComputeFixture(t)
	pair := f.publishPair(t, "compute-paid", strings.Repeat("b", 77))
	key := f.consumer(t)
	consumer := crypto.PubkeyToAddress(key.PublicKey)
	var points []string
	cons := newClient(t, key, wiring{opts: []assets.Option{assets.WithAfterStep(func(_, p string) { points = append(points, p) })}})

	// The dry run first: the transactions RunCompute will send, none sent.
	nonce, err := devNet.Client().PendingNonceAt(ctx, consumer)
	require.NoError(t, err)
	est, err := cons.EstimateCompute(ctx, assets.RunComputeParams{Key: "compute-paid/1", Spec: pair.spec(false)})
	require.NoError(t, err)
	var methods []string
	for _, e := range est {
		methods = append(methods, e.Method)
		assert.Positive(t, e.MaxCost.Sign())
	}
	t.Logf("estimated: %v", methods)
	assert.Equal(t, []string{"buyFromDispenserAndOrder", "buyFromDispenserAndOrder", "approve", "deposit", "authorize"}, methods)
	after, err := devNet.Client().PendingNonceAt(ctx, consumer)
	require.NoError(t, err)
	assert.Equal(t, nonce, after, "nothing sent")
	assert.Empty(t, ordersOf(t, pair.data.Datatokens[0]))
	points = nil

	res, err := cons.RunCompute(ctx, assets.RunComputeParams{Key: "compute-paid/1", Spec: pair.spec(false)})
	require.NoError(t, err)
	after, err = devNet.Client().PendingNonceAt(ctx, consumer)
	require.NoError(t, err)
	assert.Equal(t, nonce+uint64(len(est)), after, "as many transactions as estimated")
	job := res.Job
	assert.False(t, job.Free)
	require.Len(t, job.Payment.Orders, 2)
	assert.Equal(t, compute.RoleDataset, job.Payment.Orders[0].Role)
	assert.Equal(t, compute.RoleAlgorithm, job.Payment.Orders[1].Role)
	for i, dt := range []common.Address{pair.data.Datatokens[0], pair.algo.Datatokens[0]} {
		o := job.Payment.Orders[i]
		assert.Equal(t, compute.ActionStart, o.Action)
		orders := ordersOf(t, dt)
		require.Len(t, orders, 1, "one %s order", o.Role)
		assert.Equal(t, consumer, orders[0].Consumer)
		assert.Equal(t, orders[0].TxHash.Hex(), o.TxID)
	}
	assert.NotZero(t, job.Payment.DepositTx)
	assert.NotZero(t, job.Payment.AuthorizeTx)
	assert.Equal(t, []*big.Int{big.NewInt(2e18)}, depositsOf(t, consumer), "2 CPU-minutes at 1 OCEAN, deposited once")
	assert.Equal(t, []string{assets.StatusPending,
		assets.StatusDatasetOrdering, assets.StatusDatasetOrdering + "/broadcast", assets.StatusDatasetOrdered,
		assets.StatusAlgorithmOrdering, assets.StatusAlgorithmOrdering + "/broadcast", assets.StatusAlgorithmOrdered,
		assets.StatusEscrowDepositing, assets.StatusEscrowDepositing, assets.StatusEscrowDepositing + "/broadcast", assets.StatusEscrowDeposited,
		assets.StatusEscrowAuthorizing, assets.StatusEscrowAuthorizing + "/broadcast", assets.StatusEscrowAuthorized,
		assets.StatusStarting, assets.StatusStarting + "/sent", assets.StatusStarted, assets.StatusDone}, points,
		"the approval and the deposit are both journaled before they are sent")
	checkOutput(t, cons, job.ID, "77\n")

	// Another job on the same data with the orders of the first: the node
	// accepts them, nothing is ordered again, and the escrow tops up only
	// what the first job's settlement left short.
	spec := job.Payment.Apply(pair.spec(false))
	res2, err := cons.RunCompute(ctx, assets.RunComputeParams{Key: "compute-paid/2", Spec: spec})
	require.NoError(t, err)
	for _, o := range res2.Job.Payment.Orders {
		assert.Equal(t, compute.ActionNone, o.Action)
	}
	assert.Len(t, ordersOf(t, pair.data.Datatokens[0]), 1)
	assert.Len(t, ordersOf(t, pair.algo.Datatokens[0]), 1)
	deposited := new(big.Int)
	for _, d := range depositsOf(t, consumer) {
		deposited.Add(deposited, d)
	}
	assert.LessOrEqual(t, deposited.Cmp(big.NewInt(4e18)), 0, "never more than both jobs' locks")
	checkOutput(t, cons, res2.Job.ID, "77\n")
	jobs, err := cons.Compute().Jobs(ctx, pair.data.DID)
	require.NoError(t, err)
	assert.Len(t, jobs, 2)
}

// stripMetadata is a node in front of the devnode that drops the jobs'
// metadata from the job list, as nodes that keep none do.
func stripMetadata(t *testing.T) string {
	t.Helper()
	target, err := url.Parse(devNet.NodeURL())
	require.NoError(t, err)
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ModifyResponse = func(resp *http.Response) error {
		if resp.Request.Method != http.MethodGet || resp.Request.URL.Path != "/api/services/compute" || resp.StatusCode != http.StatusOK {
			return nil
		}
		var jobs []map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&jobs); err != nil {
			return err
		}
		resp.Body.Close()
		for _, j := range jobs {
			delete(j, "metadata")
		}
		b, err := json.Marshal(jobs)
		if err != nil {
			return err
		}
		resp.Body = io.NopCloser(bytes.NewReader(b))
		resp.ContentLength = int64(len(b))
		resp.Header.Set("Content-Length", strconv.Itoa(len(b)))
		return nil
	}
	srv := httptest.NewServer(proxy)
	t.Cleanup(srv.Close)
	return srv.URL
}

// A crash between the start request and its journal record, resumed
// against a node that keeps no job metadata: the job is recognised by its
// inputs and creation time, and a job another flow of the journal owns
// (same inputs, started just before) is not taken for it.
func TestRunComputeFindsJobWithoutMetadata(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	f := newComputeFixture(t)
	pair := f.publishPair(t, "compute-find", "find me")
	key := f.consumer(t)
	store := journal.NewMemory()
	node := wiring{nodeURL: stripMetadata(t), contracts: devNet.Contracts(), store: store}

	owned, err := newClient(t, key, node).RunCompute(ctx, assets.RunComputeParams{Key: "compute-find/other", Spec: pair.spec(true)})
	require.NoError(t, err)

	crash := node
	crash.opts = []assets.Option{assets.WithAfterStep(func(_, point string) {
		if point == assets.StatusStarting+"/sent" {
			panic("crash")
		}
	})}
	crashing := newClient(t, key, crash)
	p := assets.RunComputeParams{Key: "compute-find/1", Spec: pair.spec(true)}
	require.PanicsWithValue(t, "crash", func() { _, _ = crashing.RunCompute(ctx, p) })
	e, err := store.Get(ctx, p.Key)
	require.NoError(t, err)
	require.Equal(t, assets.StatusStarting, e.Status)

	res, err := newClient(t, key, node).Resume(ctx, p.Key)
	require.NoError(t, err)
	assert.True(t, res.Computed.Found)
	assert.NotEqual(t, owned.Job.ID, res.Computed.Job.ID)
	require.NotNil(t, res.Computed.Job.Status)
	assert.Equal(t, res.Computed.Job.ID, res.Computed.Job.Status.JobID)
	jobs, err := newClient(t, key, wiring{}).Compute().Jobs(ctx, "")
	require.NoError(t, err)
	assert.Len(t, jobs, 2, "no third job")
	checkOutput(t, crashing, res.Computed.Job.ID, "7\n")
}
