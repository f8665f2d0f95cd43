package compute_test

import (
	"archive/tar"
	"bytes"
	"context"
	"io"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/provider"
)

// countAlgo writes the byte count of every input file to outputs/ and
// says so in its log.
const countAlgo = `set -e
for f in inputs/did:op:*/0; do wc -c < "$f" | tr -d ' ' >> outputs/count.txt; done
echo "counted $(cat outputs/count.txt)"
`

// fastWatch polls the devnode quickly: it has no rate limit.
var fastWatch = compute.WatchOptions{MinInterval: 10 * time.Millisecond, MaxInterval: 100 * time.Millisecond}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// untar reads a tar stream into name → content.
func untar(t *testing.T, r io.Reader) map[string]string {
	t.Helper()
	out := map[string]string{}
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
		b, err := io.ReadAll(tr)
		require.NoError(t, err)
		out[h.Name] = string(b)
	}
}

// watchAll collects what Watch yields.
func watchAll(ctx context.Context, c *compute.Client, jobID string) ([]*compute.Status, error) {
	var seen []*compute.Status
	for st, err := range c.Watch(ctx, jobID, fastWatch) {
		if st != nil {
			seen = append(seen, st)
		}
		if err != nil {
			return seen, err
		}
	}
	return seen, nil
}

// checkSequence asserts that each status differs from the one before and
// that only the last is terminal.
func checkSequence(t *testing.T, seen []*compute.Status) {
	t.Helper()
	require.NotEmpty(t, seen)
	for i, st := range seen {
		if i > 0 {
			prev := seen[i-1]
			assert.True(t, st.Code != prev.Code || st.Text != prev.Text || len(st.Results) != len(prev.Results) ||
				st.StopRequested != prev.StopRequested, "status %d repeats %v", i, st.Code)
		}
		assert.Equal(t, i == len(seen)-1, st.Terminal(), "only the last status is terminal: %d %v", i, st.Code)
	}
}

func codes(seen []*compute.Status) []compute.StatusCode {
	var out []compute.StatusCode
	for _, s := range seen {
		out = append(out, s.Code)
	}
	return out
}

// TestFreeJob runs a published algorithm in the free tier with Run,
// watches it to its end and streams the results and the log.
func TestFreeJob(t *testing.T) {
	t.Parallel()
	f := devnetFixture(t)
	ctx := testCtx(t)
	c, _ := f.consumer(t)

	envs, err := c.Environments(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, envs)
	assert.True(t, envs[0].AllowsFree())
	assert.Equal(t, []common.Address{f.net.Contracts().Ocean}, envs[0].FeeTokens(addresses.DevChainID))
	price, ok := envs[0].Price(addresses.DevChainID, f.net.Contracts().Ocean, "cpu")
	assert.True(t, ok)
	assert.Equal(t, 1.0, price)

	algo := f.publishAlgorithm(t, ctx, "free count", countAlgo)
	data := strings.Repeat("x", 4321)
	ds := f.publishDataset(t, ctx, "free data", data, false, algo)

	job, err := c.Run(ctx, compute.Spec{Free: true, Datasets: []compute.Asset{ds.asset()},
		Algorithm: compute.Algorithm{Asset: algo.asset()}})
	require.NoError(t, err)
	require.NotEmpty(t, job.ID)
	assert.True(t, job.Free)
	assert.Equal(t, envs[0].ID, job.Environment)
	assert.Empty(t, job.Payment.Orders, "free jobs order nothing")
	assert.Equal(t, common.Hash{}, job.Payment.DepositTx)

	seen, err := watchAll(ctx, c, job.ID)
	require.NoError(t, err)
	checkSequence(t, seen)
	final := seen[len(seen)-1]
	require.Equal(t, compute.StatusFinished, final.Code, "sequence %v", codes(seen))
	require.NoError(t, final.Err())
	t.Logf("status sequence: %v", codes(seen))

	// The output tar, through Output and through ResultReader.
	var out bytes.Buffer
	res, err := c.Output(ctx, job.ID, &out)
	require.NoError(t, err)
	assert.Equal(t, int64(out.Len()), res.Size)
	assert.Equal(t, "4321\n", untar(t, bytes.NewReader(out.Bytes()))["outputs/count.txt"])
	rc := c.ResultReader(ctx, job.ID, final.ResultIndex("output"))
	files := untar(t, rc)
	require.NoError(t, rc.Close())
	assert.Equal(t, "4321\n", files["outputs/count.txt"])

	var logs bytes.Buffer
	_, err = c.Logs(ctx, job.ID, &logs)
	require.NoError(t, err)
	assert.Contains(t, logs.String(), "counted 4321")

	// Wait on an ended job returns at once with the final status.
	st, err := c.Wait(ctx, job.ID, fastWatch)
	require.NoError(t, err)
	assert.Equal(t, compute.StatusFinished, st.Code)

	// Jobs lists it; another consumer does not see it.
	jobs, err := c.Jobs(ctx, "")
	require.NoError(t, err)
	require.Len(t, jobs, 1)
	assert.Equal(t, job.ID, jobs[0].JobID)
	other, _ := f.consumer(t)
	_, err = other.Status(ctx, job.ID)
	require.ErrorIs(t, err, compute.ErrJobNotFound)

	// A missing result index is an error, not an empty stream.
	_, err = c.Result(ctx, job.ID, 99, io.Discard)
	require.Error(t, err)
	rc = c.ResultReader(ctx, job.ID, 99)
	_, err = io.ReadAll(rc)
	require.Error(t, err)
	require.NoError(t, rc.Close())
}

// TestPaidJobResume pays for a job in an escrow-paid environment step by
// step, "crashes" after paying, resumes from the journaled payment without
// paying again, then runs the job and reads its output.
func TestPaidJobResume(t *testing.T) {
	t.Parallel()
	f := devnetFixture(t)
	ctx := testCtx(t)
	c, consumer := f.consumer(t)
	d := f.net.Contracts()

	algo := f.publishAlgorithm(t, ctx, "paid count", countAlgo)
	ds := f.publishDataset(t, ctx, "paid data", strings.Repeat("z", 77), false, algo)
	f.mint(t, ctx, ds, consumer, 1)
	f.mint(t, ctx, algo, consumer, 1)

	spec := compute.Spec{Datasets: []compute.Asset{ds.asset()}, Algorithm: compute.Algorithm{Asset: algo.asset()},
		MaxJobDuration: 90 * time.Second, Metadata: map[string]any{"journalKey": "paid-1"}}
	reqs, err := c.Initialize(ctx, spec)
	require.NoError(t, err)
	require.Len(t, reqs.Orders, 2)
	for _, o := range reqs.Orders {
		assert.Equal(t, compute.ActionStart, o.Action())
		assert.Equal(t, 0, o.ServiceIndex)
		require.NotNil(t, o.ProviderFee)
	}
	assert.Equal(t, compute.RoleDataset, reqs.Orders[0].Role)
	assert.Equal(t, ds.datatoken.Address(), reqs.Orders[0].Datatoken)
	assert.Equal(t, compute.RoleAlgorithm, reqs.Orders[1].Role)
	require.NotNil(t, reqs.Escrow)
	assert.Equal(t, d.Escrow, reqs.Escrow.Escrow)
	assert.Equal(t, d.Ocean, reqs.Escrow.Token)
	assert.Equal(t, f.net.ProviderAccount().Address, reqs.Escrow.Payee)
	assert.Equal(t, "2000000000000000000", reqs.Escrow.Amount.String(), "2 CPU-minutes at 1 OCEAN")

	// Starting before paying is refused locally.
	_, err = c.Start(ctx, reqs, nil)
	require.ErrorIs(t, err, compute.ErrInvalidSpec)

	paid, err := c.Pay(ctx, reqs)
	require.NoError(t, err)
	require.Len(t, paid.Orders, 2)
	for _, o := range paid.Orders {
		assert.Equal(t, compute.ActionStart, o.Action)
		assert.NotEmpty(t, o.TxID)
	}
	assert.NotEqual(t, common.Hash{}, paid.DepositTx)
	assert.NotEqual(t, common.Hash{}, paid.AuthorizeTx)
	for _, h := range []common.Hash{paid.DepositTx, paid.AuthorizeTx, common.HexToHash(paid.Orders[0].TxID)} {
		r, err := f.net.Client().TransactionReceipt(ctx, h)
		require.NoError(t, err, "journaled hash %s is the mined transaction", h)
		assert.Equal(t, uint64(1), r.Status)
	}
	bal, err := ds.datatoken.Balance(ctx, consumer.Address)
	require.NoError(t, err)
	assert.Zero(t, bal.Sign(), "the dataset order spent the datatoken")

	// Resume: the orders come back valid and nothing is paid again.
	resumed := paid.Apply(spec)
	assert.Empty(t, spec.Datasets[0].OrderTx, "Apply copies the spec")
	reqs2, err := c.Initialize(ctx, resumed)
	require.NoError(t, err)
	for _, o := range reqs2.Orders {
		assert.Equal(t, compute.ActionNone, o.Action(), "%s order reusable", o.Role)
	}
	again, err := c.Pay(ctx, reqs2)
	require.NoError(t, err)
	assert.Equal(t, common.Hash{}, again.DepositTx, "funds already deposited")
	assert.Equal(t, common.Hash{}, again.AuthorizeTx, "node already authorized")
	for i, o := range again.Orders {
		assert.Equal(t, compute.ActionNone, o.Action)
		assert.Equal(t, paid.Orders[i].TxID, o.TxID)
	}

	job, err := c.Start(ctx, reqs2, again)
	require.NoError(t, err)
	assert.False(t, job.Free)
	st, err := c.Wait(ctx, job.ID, fastWatch)
	require.NoError(t, err)
	require.Equal(t, compute.StatusFinished, st.Code)
	var out bytes.Buffer
	_, err = c.Output(ctx, job.ID, &out)
	require.NoError(t, err)
	assert.Equal(t, "77\n", untar(t, &out)["outputs/count.txt"])
	assert.Contains(t, string(st.Job.Raw), `"journalKey":"paid-1"`, "the job keeps the caller's metadata")

	// Without datatokens Pay sends nothing and says why.
	ds2 := f.publishDataset(t, ctx, "unpaid data", "abc", false, algo)
	reqs3, err := c.Initialize(ctx, compute.Spec{Datasets: []compute.Asset{ds2.asset()},
		Algorithm: compute.Algorithm{Asset: algo.asset()}, MaxJobDuration: time.Minute})
	require.NoError(t, err)
	p3, err := c.Pay(ctx, reqs3)
	require.ErrorIs(t, err, datatoken.ErrInsufficientBalance)
	assert.Empty(t, p3.Orders)

	// A node naming another escrow contract is refused before any payment.
	reqs3.Escrow.Escrow = common.HexToAddress("0xbad")
	_, err = c.Pay(ctx, reqs3)
	require.ErrorIs(t, err, compute.ErrEscrowMismatch)
}

// TestFailingAlgorithm reports an algorithm that exits non-zero, and one
// that the node cannot start, as failures with their logs.
func TestFailingAlgorithm(t *testing.T) {
	t.Parallel()
	f := devnetFixture(t)
	ctx := testCtx(t)
	c, _ := f.consumer(t)
	ds := f.publishDataset(t, ctx, "raw data", "a,b\n1,2\n", true)

	run := func(raw compute.RawAlgorithm) (*compute.Job, []*compute.Status, error) {
		job, err := c.Run(ctx, compute.Spec{Free: true, Datasets: []compute.Asset{ds.asset()},
			Algorithm: compute.Algorithm{Raw: &raw}})
		require.NoError(t, err)
		seen, err := watchAll(ctx, c, job.ID)
		checkSequence(t, seen)
		return job, seen, err
	}

	t.Run("exit code", func(t *testing.T) {
		job, seen, err := run(compute.RawAlgorithm{Code: "echo about to fail\nexit 3\n", Container: shellContainer})
		require.ErrorIs(t, err, compute.ErrJobFailed)
		require.NotErrorIs(t, err, compute.ErrJobStopped)
		var jf *compute.JobFailedError
		require.ErrorAs(t, err, &jf)
		require.NotNil(t, jf.ExitCode)
		assert.Equal(t, 3, *jf.ExitCode)
		assert.Equal(t, job.ID, jf.JobID)
		assert.Same(t, seen[len(seen)-1], jf.Status, "the terminal status is yielded with its error")
		assert.Contains(t, err.Error(), "exit code 3")
		var logs bytes.Buffer
		_, err = c.Logs(ctx, job.ID, &logs)
		require.NoError(t, err)
		assert.Contains(t, logs.String(), "about to fail")
	})
	t.Run("failure state", func(t *testing.T) {
		_, seen, err := run(compute.RawAlgorithm{Code: "echo never", Container: ddo.Container{
			Entrypoint: "no-such-interpreter-for-ocean-go $ALGO", Image: "alpine", Tag: "3.20"}})
		var jf *compute.JobFailedError
		require.ErrorAs(t, err, &jf)
		assert.Equal(t, compute.StatusAlgorithmFailed, jf.Code, "sequence %v", codes(seen))
		assert.True(t, jf.Code.Failed())
		assert.Equal(t, "Algorithm failed", jf.Text)
		assert.Contains(t, err.Error(), "algorithm failed")
	})
}

// syncBuffer is a bytes.Buffer that calls seen once it contains want.
type syncBuffer struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	want string
	seen func()
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.Write(p)
	if b.seen != nil && strings.Contains(b.buf.String(), b.want) {
		b.seen()
		b.seen = nil
	}
	return len(p), nil
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestStopRunningJob pays with Run for a job that would run far longer
// than the test, follows its live log, stops it, and watches it end as
// stopped; the escrow is only charged for the time it ran.
func TestStopRunningJob(t *testing.T) {
	t.Parallel()
	f := devnetFixture(t)
	ctx := testCtx(t)
	c, consumer := f.consumer(t)
	code := "for i in 1 2 3; do echo tick$i; sleep 0.1; done\nsleep 600\n"
	algo := f.publishAlgorithm(t, ctx, "sleeper", code)
	ds := f.publishDataset(t, ctx, "sleeper data", "1", false, algo)
	f.mint(t, ctx, ds, consumer, 1)
	f.mint(t, ctx, algo, consumer, 1)

	job, err := c.Run(ctx, compute.Spec{Datasets: []compute.Asset{ds.asset()}, Algorithm: compute.Algorithm{Asset: algo.asset()},
		MaxJobDuration: 10 * time.Minute})
	require.NoError(t, err)
	require.NotNil(t, job.Payment)
	require.Len(t, job.Payment.Orders, 2)
	assert.NotEqual(t, common.Hash{}, job.Payment.DepositTx)

	// Watch in the background, collecting every change.
	type outcome struct {
		seen []*compute.Status
		err  error
	}
	watched := make(chan outcome, 1)
	go func() {
		seen, err := watchAll(ctx, c, job.ID)
		watched <- outcome{seen, err}
	}()

	// The live log exists once the algorithm runs: before that (status
	// configuring volumes, under load) the node has none to stream.
	for st, err := range c.Watch(ctx, job.ID, fastWatch) {
		require.NoError(t, err)
		if st.Code == compute.StatusRunning {
			break
		}
	}
	logCtx, stopLogs := context.WithCancel(ctx)
	defer stopLogs()
	logs := &syncBuffer{want: "tick2", seen: stopLogs}
	_, err = c.Logs(logCtx, job.ID, logs)
	require.Contains(t, logs.String(), "tick2", "live log: %v", err)

	st, err := c.Status(ctx, job.ID)
	require.NoError(t, err)
	require.False(t, st.Terminal(), "still running: %v", st.Code)
	stopped, err := c.Stop(ctx, job.ID)
	require.NoError(t, err)
	assert.Equal(t, job.ID, stopped.JobID)

	o := <-watched
	require.ErrorIs(t, o.err, compute.ErrJobStopped)
	require.ErrorIs(t, o.err, compute.ErrJobFailed)
	checkSequence(t, o.seen)
	assert.Contains(t, codes(o.seen), compute.StatusRunning)
	t.Logf("stopped job sequence: %v", codes(o.seen))

	// Stopping a job of somebody else is refused.
	other, _ := f.consumer(t)
	_, err = other.Stop(ctx, job.ID)
	require.ErrorIs(t, err, compute.ErrJobNotFound)
}

// TestSpecValidation checks what is refused before any request.
func TestSpecValidation(t *testing.T) {
	f := devnetFixture(t)
	ctx := testCtx(t)
	c, _ := f.consumer(t)
	for name, spec := range map[string]compute.Spec{
		"paid without datasets":  {Algorithm: compute.Algorithm{Raw: &compute.RawAlgorithm{Code: "x", Container: shellContainer}}},
		"no algorithm":           {Free: true},
		"raw and published":      {Free: true, Algorithm: compute.Algorithm{Asset: compute.Asset{DID: "did:op:1", ServiceID: "s"}, Raw: &compute.RawAlgorithm{Container: shellContainer}}},
		"raw without entrypoint": {Free: true, Algorithm: compute.Algorithm{Raw: &compute.RawAlgorithm{Code: "x"}}},
		"dataset without service": {Free: true, Datasets: []compute.Asset{{DID: "did:op:1"}},
			Algorithm: compute.Algorithm{Raw: &compute.RawAlgorithm{Code: "x", Container: shellContainer}}},
	} {
		_, err := c.Initialize(ctx, spec)
		assert.ErrorIs(t, err, compute.ErrInvalidSpec, name)
	}
	_, err := c.Initialize(ctx, compute.Spec{Free: true, Environment: "0xnope",
		Algorithm: compute.Algorithm{Raw: &compute.RawAlgorithm{Code: "x", Container: shellContainer}}})
	assert.ErrorIs(t, err, compute.ErrNoEnvironment)
	_, err = c.Status(ctx, "0x1234-nope")
	assert.ErrorIs(t, err, compute.ErrJobNotFound)

	// Without chain access a paid job cannot be paid.
	signer := provider.NewKeySigner(f.net.Accounts()[0].Key)
	ro, err := compute.New(compute.Config{Provider: f.prov, Account: signerOnly(t, f.net.Accounts()[0].Key), ChainID: addresses.DevChainID})
	require.NoError(t, err)
	_, err = ro.Pay(ctx, &compute.Requirements{Escrow: &compute.EscrowPayment{Amount: big.NewInt(1)}})
	assert.ErrorIs(t, err, compute.ErrNoChain)
	paid, err := ro.Pay(ctx, &compute.Requirements{})
	require.NoError(t, err, "nothing to pay")
	assert.Empty(t, paid.Orders)

	// An account's two halves act for one address, checked once.
	_, err = compute.NewAccount(signer, f.pubTM)
	var mismatch *compute.AccountMismatchError
	require.ErrorAs(t, err, &mismatch, "TxManager of another account")
	assert.Equal(t, compute.AccountMismatchError{Signer: signer.Address(), TxManager: f.pubTM.From()}, *mismatch)
	_, err = compute.NewAccount(nil, f.pubTM)
	assert.Error(t, err, "no signer")
	_, err = compute.New(compute.Config{Provider: f.prov, ChainID: addresses.DevChainID})
	assert.Error(t, err, "no account")
}
