package assets

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/datatoken"
)

// FlowCompute is the journal's flow name of RunCompute.
const FlowCompute = "compute"

// RunCompute statuses (besides PENDING, DONE and, for standard-template
// datatokens bought before ordering, DATATOKEN_ACQUIRING/ACQUIRED). Each
// "…ING" status is written with a signed transaction before it is
// submitted, STARTING before the start request is sent.
const (
	StatusDatasetOrdering   = "DATASET_ORDERING"
	StatusDatasetOrdered    = "DATASET_ORDERED"
	StatusAlgorithmOrdering = "ALGORITHM_ORDERING"
	StatusAlgorithmOrdered  = "ALGORITHM_ORDERED"
	StatusEscrowDepositing  = "ESCROW_DEPOSITING"
	StatusEscrowDeposited   = "ESCROW_DEPOSITED"
	StatusEscrowAuthorizing = "ESCROW_AUTHORIZING"
	StatusEscrowAuthorized  = "ESCROW_AUTHORIZED"
	StatusStarting          = "STARTING"
	StatusStarted           = "STARTED"
)

// ComputeKeyMetadata is the job metadata entry under which RunCompute
// hands its idempotency key to the node with the job (merged into a copy
// of Spec.Metadata), so that the job can be recognised after a crash.
const ComputeKeyMetadata = "oceangoKey"

// startSkew is how much earlier than the journaled start intent a node's
// job creation time may be (clock differences) for a job without
// ComputeKeyMetadata to be taken as the one started.
const startSkew = time.Minute

// RunComputeParams describe a compute job to pay for and start.
type RunComputeParams struct {
	// Key is the idempotency key of this job.
	Key string `json:"key"`
	// Spec is the job: datasets, algorithm, environment, free or paid
	// (duration, resources, payment token). An OrderTx given for an asset
	// is reused when the node still accepts it.
	Spec compute.Spec `json:"spec"`
	// MaxPrice bounds what each fixed-rate datatoken purchase pays, in
	// base-token units; nil: the current quote.
	MaxPrice *big.Int `json:"maxPrice,omitempty"`
	// ConsumeMarket is the consume market's fee on each order of the job
	// (datasets and algorithm), journaled with the job.
	ConsumeMarket ConsumeMarketFee `json:"consumeMarket,omitzero"`
}

// Computed is the result of RunCompute.
type Computed struct {
	// Job is the started job with its Payment (the orders and escrow
	// transactions). Job.Status is the node's answer to the start, or the
	// node's listing of a Found job; it is nil when the flow had already
	// finished before this call (ask Client.Compute().Status).
	Job *compute.Job
	// Found is true when the job was not started by this call but found
	// at the node: an earlier attempt ended between the start request and
	// the journal record of its answer.
	Found bool
}

type computeState struct {
	txLog
	Params RunComputeParams `json:"params"`
	// Environment and PaymentToken as the first Initialize resolved them,
	// so that a resumed flow starts what it paid for.
	Environment  string              `json:"environment,omitempty"`
	PaymentToken common.Address      `json:"paymentToken,omitzero"`
	Orders       []compute.PaidOrder `json:"orders,omitempty"`
	DepositTx    common.Hash         `json:"depositTx,omitzero"`
	AuthorizeTx  common.Hash         `json:"authorizeTx,omitzero"`
	EscrowPaid   bool                `json:"escrowPaid,omitempty"`
	// StartingAt is when the start was attempted (unix ms), written
	// before the request; JobID is the node's answer.
	StartingAt int64  `json:"startingAt,omitempty"`
	JobID      string `json:"jobId,omitempty"`
	Free       bool   `json:"free,omitempty"`
	Found      bool   `json:"found,omitempty"`
}

// RunCompute pays for a compute job and starts it, journaled under p.Key:
// it initializes the job with the node (initializeCompute), orders every
// dataset and a published algorithm with the node's provider fees (a
// still-valid order is reused; datatokens come from the balance, the
// dispenser or the fixed-rate exchange, as with Order), deposits the
// shortfall of the consumer's escrow funds and raises the node's
// authorization when the environment is paid, and starts the job. Free
// jobs (Spec.Free) order nothing and pay nothing. Before anything is
// asked or paid, each asset's UserData is checked against its service's
// consumer parameters (and the algorithm's metadata.algorithm ones): a
// *ParameterError (CheckUserData); the node gets them as each asset's
// userdata.
//
// Calling it again with the same key, or Resume, continues where a crash or
// a failure stopped and never pays twice: journaled transactions are
// settled with the chain before anything is decided, a deposit is the
// shortfall read after that settlement, and orders already placed come
// back from the node as valid. The start is not idempotent at the node
// (it has no idempotency key): STARTING is journaled before the request,
// and a flow resumed in that state first looks for the job in the
// consumer's job list — by ComputeKeyMetadata when the node keeps job
// metadata, otherwise by datasets, algorithm and a creation time no more
// than a minute before the journaled intent, skipping jobs other flows
// of the journal own — and starts again only when there is none. What
// remains is a start request the node received but had not recorded when
// the resumed flow looked (a request still in flight, a node that lost
// its job list), or a node that neither keeps metadata nor reports the
// inputs and creation time: then a second job is started.
//
// RunCompute returns once the job is started; wait for it with
// c.Compute().Wait(ctx, job.ID, opts) (or Watch), and read its results
// with Output, Result and Logs. Errors: ErrInvalidParams, ErrKeyInUse,
// *StepError wrapping the compute package's errors (compute.ErrInvalidSpec,
// compute.ErrNoEnvironment, compute.ErrEscrowMismatch, ...),
// ErrNoDatatoken, and a *MissingContractError (before any order) for a
// paid job on a network without Escrow.
func (c *Client) RunCompute(ctx context.Context, p RunComputeParams) (*Computed, error) {
	if p.Key == "" {
		return nil, fmt.Errorf("%w: Key is required", ErrInvalidParams)
	}
	if err := p.ConsumeMarket.validate(); err != nil {
		return nil, err
	}
	st := &computeState{Params: p}
	r, unlock, err := c.begin(ctx, p.Key, FlowCompute, st, func(s logged) any { return s.(*computeState).Params })
	if err != nil {
		return nil, err
	}
	defer unlock()
	return r.runCompute(ctx, st)
}

func (r *run) runCompute(ctx context.Context, st *computeState) (*Computed, error) {
	c := r.c
	var status *compute.Status
	if st.JobID == "" && st.StartingAt != 0 {
		found, err := r.findJob(ctx, st)
		if err != nil {
			return nil, r.fail(ctx, err)
		}
		if found != nil {
			st.JobID, st.Found, status = found.JobID, true, found
			if err := r.save(ctx, StatusStarted); err != nil {
				return nil, r.fail(ctx, err)
			}
		}
	}
	if st.JobID == "" && len(r.state.log().Txs) == 0 {
		if err := c.checkComputeUserData(ctx, st.Params.Spec); err != nil {
			return nil, r.fail(ctx, err)
		}
	}
	if st.JobID == "" {
		job, err := r.payAndStart(ctx, st)
		if err != nil {
			return nil, r.fail(ctx, err)
		}
		status = job.Status
	}
	if r.status() != StatusDone {
		if err := r.save(ctx, StatusDone); err != nil {
			return nil, r.fail(ctx, err)
		}
	}
	return &Computed{Found: st.Found, Job: &compute.Job{ID: st.JobID, Owner: c.from, Environment: st.Environment,
		Free: st.Free, Payment: st.payment(), Status: status}}, nil
}

// checkComputeUserData checks, before anything is paid, the user data of
// every dataset against its service's consumer parameters, and the
// algorithm's against those of its service and of its metadata.algorithm
// (a *ParameterError). Free jobs and raw algorithms are checked too.
func (c *Client) checkComputeUserData(ctx context.Context, spec compute.Spec) error {
	check := func(role string, a compute.Asset, algorithm bool) error {
		if a.DID == "" {
			return nil
		}
		doc, err := c.resolve(ctx, a.DID, nil)
		if err != nil {
			return err
		}
		_, svc, err := service(doc, a.ServiceID)
		if err != nil {
			return err
		}
		params := svc.ConsumerParameters
		if algorithm && doc.Metadata.Algorithm != nil {
			params = append(slices.Clone(params), doc.Metadata.Algorithm.ConsumerParameters...)
		}
		if len(params) == 0 && len(a.UserData) == 0 {
			return nil
		}
		if _, err := CheckUserData(params, a.UserData); err != nil {
			return fmt.Errorf("%s %s: %w", role, a.DID, err)
		}
		return nil
	}
	for _, d := range spec.Datasets {
		if err := check("dataset", d, false); err != nil {
			return err
		}
	}
	if spec.Algorithm.Raw == nil {
		return check("algorithm", spec.Algorithm.Asset, true)
	}
	return nil
}

// payAndStart orders, pays the escrow and starts the job.
func (r *run) payAndStart(ctx context.Context, st *computeState) (*compute.Job, error) {
	c := r.c
	reqs, err := c.compute.Initialize(ctx, st.spec(r.e.Key))
	if err != nil {
		return nil, err
	}
	st.Environment, st.PaymentToken, st.Free = reqs.Spec.Environment, reqs.Spec.PaymentToken, reqs.Spec.Free
	if e := reqs.Escrow; e != nil && e.Amount.Sign() > 0 && !st.EscrowPaid && c.addrs.Escrow == (common.Address{}) {
		// before any order: the job could not be paid
		return nil, c.missing("Escrow", FeaturePaidCompute)
	}
	for _, o := range reqs.Orders {
		if err := r.computeOrder(ctx, st, o); err != nil {
			return nil, err
		}
	}
	if e := reqs.Escrow; e != nil && e.Amount.Sign() > 0 && !st.EscrowPaid {
		if err := r.computeEscrow(ctx, st, e); err != nil {
			return nil, err
		}
	}
	if c.dry {
		return nil, errDryRunEnd // the node would start the job
	}
	st.EscrowPaid = true
	st.StartingAt = time.Now().UnixMilli()
	if err := r.save(ctx, StatusStarting); err != nil {
		return nil, err
	}
	job, err := c.compute.Start(ctx, reqs, st.payment())
	if err != nil {
		return nil, err
	}
	r.after(StatusStarting + "/sent")
	st.JobID = job.ID
	if err := r.save(ctx, StatusStarted); err != nil {
		return nil, err
	}
	return job, nil
}

// spec is the job to initialize: the given spec with the environment
// and token resolved before, the orders placed so far and the key in
// the job's metadata.
func (st *computeState) spec(key string) compute.Spec {
	s := st.Params.Spec
	if st.Environment != "" {
		s.Environment = st.Environment
	}
	if st.PaymentToken != (common.Address{}) {
		s.PaymentToken = st.PaymentToken
	}
	if string(s.Output) == "null" { // a nil Output after the journal's round trip
		s.Output = nil
	}
	s.Metadata = maps.Clone(s.Metadata)
	if s.Metadata == nil {
		s.Metadata = map[string]any{}
	}
	s.Metadata[ComputeKeyMetadata] = key
	return st.payment().Apply(s)
}

func (st *computeState) payment() *compute.Payment {
	return &compute.Payment{Orders: slices.Clone(st.Orders), DepositTx: st.DepositTx, AuthorizeTx: st.AuthorizeTx}
}

func (st *computeState) setOrder(p compute.PaidOrder) {
	i := slices.IndexFunc(st.Orders, func(o compute.PaidOrder) bool { return o.Role == p.Role && o.Index == p.Index })
	if i < 0 {
		st.Orders = append(st.Orders, p)
		return
	}
	st.Orders[i] = p
}

// preparedStep runs a transacting step whose need depends on the chain:
// the step's journaled transactions are settled first, and only if none
// of them did it does prepare read the chain and return the sender, or
// nil when nothing is to be sent (then the receipt is nil too).
func (r *run) preparedStep(ctx context.Context, s txSpec, prepare func(context.Context) (sender, error)) (*types.Receipt, error) {
	rc, _, err := r.reconcile(ctx, s.step, s.done)
	if err != nil || rc != nil {
		return rc, err
	}
	send, err := prepare(ctx)
	if err != nil || send == nil {
		return nil, err
	}
	s.send = send
	return r.txStep(ctx, s)
}

// computeOrder places (or reuses) one order of the job.
func (r *run) computeOrder(ctx context.Context, st *computeState, o compute.Order) error {
	c := r.c
	paid := compute.PaidOrder{Role: o.Role, Index: o.Index, DID: o.DID, ServiceID: o.ServiceID, Action: o.Action(), TxID: o.ValidOrder}
	if paid.Action == compute.ActionNone {
		st.setOrder(paid)
		return nil
	}
	ordering, ordered := StatusDatasetOrdering, StatusDatasetOrdered
	if o.Role == compute.RoleAlgorithm {
		ordering, ordered = StatusAlgorithmOrdering, StatusAlgorithmOrdered
	}
	step := fmt.Sprintf("%s/%d", o.Role, o.Index)
	dt, err := datatoken.New(c.backend, o.Datatoken, c.tm)
	if err != nil {
		return err
	}
	fee := *o.ProviderFee
	var rc *types.Receipt
	if paid.Action == compute.ActionReuse {
		valid := common.HexToHash(o.ValidOrder)
		rc, err = r.txStep(ctx, txSpec{step: "reuse/" + step, status: ordering,
			send: via(c, dt.Address(), datatoken.New, func(ctx context.Context, dt *datatoken.Token) (*types.Transaction, error) {
				return dt.ReuseOrder(ctx, valid, fee)
			}),
			done: func(rc *types.Receipt) bool { return len(datatoken.OrderReusedEvents(rc)) > 0 }})
	} else {
		op := datatoken.OrderParams{Consumer: c.from, ServiceIndex: uint64(o.ServiceIndex), ProviderFee: fee,
			ConsumeMarketFee: st.Params.ConsumeMarket.datatokenFee()}
		rc, err = r.preparedStep(ctx, txSpec{step: "order/" + step, status: ordering,
			done: func(rc *types.Receipt) bool {
				return slices.ContainsFunc(datatoken.OrderStartedEvents(rc), func(ev datatoken.OrderStarted) bool {
					return ev.Consumer == c.from && ev.Datatoken == o.Datatoken
				})
			}},
			func(ctx context.Context) (sender, error) {
				return r.paymentFor(ctx, dt, op, st.Params.MaxPrice, st.Params.ConsumeMarket, "acquire/"+step)
			})
	}
	if err != nil {
		return fmt.Errorf("%s order %s: %w", o.Role, o.DID, err)
	}
	paid.TxID = rc.TxHash.Hex()
	st.setOrder(paid)
	return r.save(ctx, ordered)
}

// Escrow event ids: Deposit(payer, token, amount) and Auth(payer, payee,
// maxLockedAmount, maxLockSeconds, maxLockCounts).
var (
	escrowDepositTopic = crypto.Keccak256Hash([]byte("Deposit(address,address,uint256)"))
	escrowAuthTopic    = crypto.Keccak256Hash([]byte("Auth(address,address,uint256,uint256,uint256)"))
)

// emitted returns a done func: the receipt has an event topic of
// contract (the escrow's, not the approval before a deposit).
func emitted(contract common.Address, topic common.Hash) func(*types.Receipt) bool {
	return func(rc *types.Receipt) bool {
		return slices.ContainsFunc(rc.Logs, func(l *types.Log) bool {
			return l.Address == contract && len(l.Topics) > 0 && l.Topics[0] == topic
		})
	}
}

// computeEscrow deposits the shortfall of the consumer's available funds
// and raises the node's authorization when it does not cover the job.
// Both compare with the chain after the journaled transactions are
// settled. The account's escrow lock (in the journal store) serialises
// this check-and-pay across flows and processes.
func (r *run) computeEscrow(ctx context.Context, st *computeState, e *compute.EscrowPayment) error {
	c := r.c
	if c.addrs.Escrow != (common.Address{}) && e.Escrow != c.addrs.Escrow {
		return fmt.Errorf("%w: %s, expected %s", compute.ErrEscrowMismatch, e.Escrow.Hex(), c.addrs.Escrow.Hex())
	}
	unlock, err := c.store.Lock(ctx, "assets-escrow/"+c.from.Hex())
	if err != nil {
		return fmt.Errorf("assets: escrow lock: %w", err)
	}
	defer unlock()
	esc, err := datatoken.NewEscrow(c.backend, e.Escrow, c.tm)
	if err != nil {
		return err
	}
	steps := []struct {
		step, sending, sent string
		topic               common.Hash
		tx                  *common.Hash
		prepare             func(context.Context) (sender, error)
	}{
		{"escrow-deposit", StatusEscrowDepositing, StatusEscrowDeposited, escrowDepositTopic, &st.DepositTx,
			func(ctx context.Context) (sender, error) {
				funds, err := esc.Funds(ctx, c.from, e.Token)
				if err != nil {
					return nil, err
				}
				short := new(big.Int).Sub(e.Amount, funds.Available)
				if short.Sign() <= 0 {
					return nil, nil
				}
				return via(c, e.Escrow, datatoken.NewEscrow, func(ctx context.Context, esc *datatoken.Escrow) (*types.Transaction, error) {
					return esc.Deposit(ctx, e.Token, short)
				}), nil
			}},
		{"escrow-authorize", StatusEscrowAuthorizing, StatusEscrowAuthorized, escrowAuthTopic, &st.AuthorizeTx,
			func(ctx context.Context) (sender, error) {
				auths, err := esc.Authorizations(ctx, e.Token, c.from, e.Payee)
				if err != nil {
					return nil, err
				}
				want, ok := e.Authorization(auths)
				if ok {
					return nil, nil
				}
				return via(c, e.Escrow, datatoken.NewEscrow, func(ctx context.Context, esc *datatoken.Escrow) (*types.Transaction, error) {
					return esc.Authorize(ctx, e.Token, want)
				}), nil
			}},
	}
	for _, s := range steps {
		if *s.tx != (common.Hash{}) {
			continue
		}
		rc, err := r.preparedStep(ctx, txSpec{step: s.step, status: s.sending, done: emitted(e.Escrow, s.topic)}, s.prepare)
		if err != nil {
			return fmt.Errorf("%s: %w", s.step, err)
		}
		if rc != nil {
			*s.tx = rc.TxHash
			if err := r.save(ctx, s.sent); err != nil {
				return err
			}
		}
	}
	return nil
}

// nodeJob is what findJob reads from a job of the node's list: Ocean
// Node's and the devnode's fields, and the C2D v2 asset form.
type nodeJob struct {
	Metadata  map[string]any `json:"metadata"`
	InputDID  []string       `json:"inputDID"`
	AlgoDID   string         `json:"algoDID"`
	Assets    []docRef       `json:"assets"`
	Algorithm *docRef        `json:"algorithm"`
}

type docRef struct {
	DocumentID string `json:"documentId"`
}

// inputs returns the job's dataset DIDs and algorithm DID as the node
// reports them, and whether it reports them.
func (j *nodeJob) inputs() (datasets []string, algo string, ok bool) {
	datasets = j.InputDID
	if len(datasets) == 0 {
		for _, a := range j.Assets {
			datasets = append(datasets, a.DocumentID)
		}
	}
	algo = j.AlgoDID
	if algo == "" && j.Algorithm != nil {
		algo = j.Algorithm.DocumentID
	}
	return datasets, algo, len(datasets) > 0 || algo != ""
}

// findJob looks in the consumer's job list at the node for the job a
// crashed start may have created: the job carrying this flow's key in its
// metadata; failing that (a node that keeps no metadata), the earliest
// job with the same datasets and algorithm created at most startSkew
// before the journaled intent that no other flow of the journal owns.
// Nil when there is none.
func (r *run) findJob(ctx context.Context, st *computeState) (*compute.Status, error) {
	c, key, spec := r.c, r.e.Key, st.Params.Spec
	did := ""
	if len(spec.Datasets) > 0 {
		did = spec.Datasets[0].DID
	}
	jobs, err := c.compute.Jobs(ctx, did)
	if err != nil {
		return nil, err
	}
	var owned map[string]bool
	var best *compute.Status
	var bestAt float64
	for _, j := range jobs {
		var nj nodeJob
		_ = json.Unmarshal(j.Job.Raw, &nj)
		if k, ok := nj.Metadata[ComputeKeyMetadata]; ok {
			if k == key {
				return j, nil
			}
			continue
		}
		if !sameInputs(&nj, j, spec) {
			continue
		}
		at, err := strconv.ParseFloat(j.DateCreated, 64)
		if err != nil || at*1000 < float64(st.StartingAt-startSkew.Milliseconds()) {
			continue
		}
		if owned == nil {
			if owned, err = r.c.ownedJobs(ctx, key); err != nil {
				return nil, err
			}
		}
		if !owned[j.JobID] && (best == nil || at < bestAt) {
			best, bestAt = j, at
		}
	}
	return best, nil
}

// sameInputs reports whether the node's job runs spec's datasets and
// algorithm (only the main dataset when the node reports no inputs).
func sameInputs(nj *nodeJob, j *compute.Status, spec compute.Spec) bool {
	want := make([]string, len(spec.Datasets))
	for i, d := range spec.Datasets {
		want[i] = d.DID
	}
	datasets, algo, ok := nj.inputs()
	if !ok {
		return len(want) > 0 && j.Job.DID == want[0]
	}
	return slices.Equal(datasets, want) && algo == spec.Algorithm.DID
}

// ownedJobs returns the job ids other compute flows of the journal
// recorded.
func (c *Client) ownedJobs(ctx context.Context, except string) (map[string]bool, error) {
	entries, err := c.store.List(ctx, journal.Filter{Flow: FlowCompute})
	if err != nil {
		return nil, fmt.Errorf("assets: journal: %w", err)
	}
	out := map[string]bool{}
	for _, e := range entries {
		var st computeState
		if e.Key != except && jsonUnmarshal(e.Payload, &st) == nil && st.JobID != "" {
			out[st.JobID] = true
		}
	}
	return out, nil
}
