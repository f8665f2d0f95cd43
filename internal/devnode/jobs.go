package devnode

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/ddo"
)

// Result file names, relative to the job directory.
const (
	algorithmLog = "data/logs/algorithm.log"
	outputsTar   = "outputs.tar"
)

// jobSpec is what a validated start request asks to run.
type jobSpec struct {
	consumer   common.Address
	free       bool
	duration   int64 // seconds
	datasets   []*resolved
	algo       *resolved      // published algorithm, or
	rawAlgo    *algorithmMeta // raw algorithm
	customData json.RawMessage
	metadata   json.RawMessage
	cpus       float64
	locked     *big.Int // escrow amount locked; nil for free jobs
	escrowJob  *big.Int
	lockTx     string // the escrow createLock transaction
	env        string // the environment id
	chainID    int64
	token      common.Address   // the escrow token
	viewers    []common.Address // additionalViewers: may read results
	queueWait  int64            // queueMaxWaitTime, seconds
	queued     bool             // start in the queue: no free slot yet
}

// job is a compute job and its state.
type job struct {
	id       string
	spec     *jobSpec
	dir      *layout
	created  time.Time
	cancel   context.CancelFunc
	finished chan struct{}

	mu       sync.Mutex
	status   int
	started  time.Time
	ended    time.Time
	stopped  bool
	exitCode *int
	results  []result
	claimErr string
	claimed  *big.Int // amount claimed from the escrow lock
	claimTx  string   // the escrow claimLock transaction
}

type result struct {
	Filename string `json:"filename"`
	Filesize int64  `json:"filesize"`
	Type     string `json:"type"`
	Index    int    `json:"index"`
}

// jobView is a job as the status route returns it.
type jobView struct {
	Owner              string            `json:"owner"`
	DID                string            `json:"did,omitempty"`
	JobID              string            `json:"jobId"`
	DateCreated        string            `json:"dateCreated"`
	DateFinished       *string           `json:"dateFinished"`
	Status             int               `json:"status"`
	StatusText         string            `json:"statusText"`
	Results            []result          `json:"results"`
	InputDID           []string          `json:"inputDID"`
	AlgoDID            string            `json:"algoDID,omitempty"`
	AgreementID        string            `json:"agreementId,omitempty"`
	ExpireTimestamp    int64             `json:"expireTimestamp"`
	Environment        string            `json:"environment"`
	Resources          []resourceRequest `json:"resources"`
	IsFree             bool              `json:"isFree"`
	AlgoStartTimestamp string            `json:"algoStartTimestamp"`
	AlgoStopTimestamp  string            `json:"algoStopTimestamp"`
	StopRequested      bool              `json:"stopRequested"`
	Metadata           json.RawMessage   `json:"metadata,omitempty"`
	Payment            map[string]any    `json:"payment,omitempty"`
	TerminationDetails map[string]any    `json:"terminationDetails,omitempty"`
	AdditionalViewers  []string          `json:"additionalViewers,omitempty"`
	QueueMaxWaitTime   int64             `json:"queueMaxWaitTime"`
}

func unixString(t time.Time) string {
	if t.IsZero() {
		return "0"
	}
	return strconv.FormatFloat(float64(t.UnixMilli())/1000, 'f', 3, 64)
}

func (j *job) view() jobView {
	j.mu.Lock()
	defer j.mu.Unlock()
	v := jobView{
		Owner: j.spec.consumer.Hex(), JobID: j.id, DateCreated: unixString(j.created),
		Status: j.status, StatusText: statusText[j.status], Results: append([]result{}, j.results...),
		InputDID: []string{}, ExpireTimestamp: j.created.Add(7 * 24 * time.Hour).Unix(),
		Resources: []resourceRequest{{ID: "cpu", Amount: max(j.spec.cpus, 1)}}, IsFree: j.spec.free,
		AlgoStartTimestamp: unixString(j.started), AlgoStopTimestamp: unixString(j.ended),
		StopRequested: j.stopped, Metadata: j.spec.metadata, Environment: j.spec.env,
		QueueMaxWaitTime: j.spec.queueWait,
	}
	for _, a := range j.spec.viewers {
		v.AdditionalViewers = append(v.AdditionalViewers, a.Hex())
	}
	if j.stopped && j.status == statusFinished {
		v.StatusText = "Job stopped"
	}
	for _, d := range j.spec.datasets {
		v.InputDID = append(v.InputDID, d.asset.did)
	}
	if len(v.InputDID) > 0 {
		v.DID = v.InputDID[0]
	}
	if j.spec.algo != nil {
		v.AlgoDID = j.spec.algo.asset.did
	}
	if !j.ended.IsZero() {
		s := unixString(j.ended)
		v.DateFinished = &s
	}
	if j.spec.locked != nil {
		// Ocean Node's job payment (chainId, token, lockTx, claimTx,
		// cancelTx, cost in tokens), plus the amounts in base units and
		// the claim's failure, if any.
		var cost float64
		claimed := "0"
		if j.claimed != nil {
			cost, _ = new(big.Float).Quo(new(big.Float).SetInt(j.claimed), big.NewFloat(1e18)).Float64()
			claimed = j.claimed.String()
		}
		v.Payment = map[string]any{"chainId": j.spec.chainID, "token": j.spec.token.Hex(), "lockTx": j.spec.lockTx,
			"claimTx": j.claimTx, "cancelTx": "", "cost": cost,
			"lockAmount": j.spec.locked.String(), "claimedAmount": claimed, "claimError": j.claimErr}
	}
	if j.exitCode != nil {
		v.TerminationDetails = map[string]any{"exitCode": *j.exitCode, "OOMKilled": false}
	}
	return v
}

func (j *job) set(status int) {
	j.mu.Lock()
	j.status = status
	j.mu.Unlock()
}

func (j *job) stop() {
	j.mu.Lock()
	j.stopped = true
	j.mu.Unlock()
	j.cancel()
}

func (j *job) done() bool {
	select {
	case <-j.finished:
		return true
	default:
		return false
	}
}

// jobStore holds the node's jobs.
type jobStore struct {
	mu    sync.Mutex
	jobs  map[string]*job
	list_ []*job
	// freed is closed (and replaced) whenever a job ends: queued jobs
	// wait on it for a free slot.
	freed chan struct{}
	wg    sync.WaitGroup
	ctx   context.Context
	stop  context.CancelFunc
	exec  *executor
}

func newJobStore(x *executor) *jobStore {
	ctx, cancel := context.WithCancel(context.Background())
	return &jobStore{jobs: map[string]*job{}, ctx: ctx, stop: cancel, exec: x, freed: make(chan struct{})}
}

func (s *jobStore) get(id string) *job {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.jobs[id]
}

func (s *jobStore) list() []*job {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*job(nil), s.list_...)
}

// counts returns the running paid and free jobs (queued ones excluded).
func (s *jobStore) counts() (paid, free int) {
	for _, j := range s.list() {
		if j.done() || j.inQueue() {
			continue
		}
		if j.spec.free {
			free++
		} else {
			paid++
		}
	}
	return paid, free
}

// close stops every job and waits for them.
func (s *jobStore) close() {
	s.stop()
	s.wg.Wait()
	s.exec.close()
}

// start registers the job and runs it in the background. It returns the
// job as it was registered: the caller answers with that view, not with
// whatever state the running job has reached by then.
func (s *jobStore) start(n *Node, id string, spec *jobSpec) (jobView, error) {
	dir, err := s.exec.layout(id)
	if err != nil {
		return jobView{}, err
	}
	ctx, cancel := context.WithCancel(s.ctx)
	j := &job{id: id, spec: spec, dir: dir, created: time.Now(), cancel: cancel, finished: make(chan struct{}), status: statusStarted}
	if spec.queued {
		j.status = statusQueued
	}
	s.mu.Lock()
	s.jobs[id] = j
	s.list_ = append(s.list_, j)
	s.mu.Unlock()
	registered := j.view()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer func() {
			cancel()
			close(j.finished)
			s.mu.Lock()
			close(s.freed)
			s.freed = make(chan struct{})
			s.mu.Unlock()
		}()
		if spec.queued && !s.dequeue(ctx, j) {
			j.mu.Lock()
			j.status, j.ended = statusQueuedExpired, time.Now()
			if j.stopped {
				j.status = statusFinished // "Job stopped"
			}
			j.mu.Unlock()
			return
		}
		n.run(ctx, j)
	}()
	return registered, nil
}

func (j *job) inQueue() bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.status == statusQueued
}

// dequeue waits until a free job slot opens and takes it (true), or
// until the job's queueMaxWaitTime passed or it was stopped (false), as
// Ocean Node v3.1.0 moves a queued job on or expires it.
func (s *jobStore) dequeue(ctx context.Context, j *job) bool {
	expire := time.NewTimer(time.Duration(j.spec.queueWait) * time.Second)
	defer expire.Stop()
	for {
		s.mu.Lock()
		running := 0
		for _, o := range s.list_ {
			if o != j && o.spec.free && !o.done() && !o.inQueue() {
				running++
			}
		}
		if running < freeMaxJobs {
			j.set(statusStarted)
			s.mu.Unlock()
			return true
		}
		freed := s.freed
		s.mu.Unlock()
		select {
		case <-freed:
		case <-expire.C:
			return false
		case <-ctx.Done():
			return false
		}
	}
}

// run provisions the job's inputs and algorithm, runs the algorithm
// within the job's time limit, publishes the results and claims the
// escrow payment.
func (n *Node) run(ctx context.Context, j *job) {
	finish := func(status int) {
		j.mu.Lock()
		if j.ended.IsZero() {
			j.ended = time.Now()
		}
		j.mu.Unlock()
		if status == statusFinished {
			n.settle(j)
		}
		j.set(status)
	}
	j.set(statusConfiguringVolumes)
	logFile, err := os.Create(filepath.Join(j.dir.root, algorithmLog))
	if err != nil {
		finish(statusDataProvisionFailed)
		return
	}
	defer logFile.Close()
	if err := n.provisionInputs(ctx, j); err != nil {
		fmt.Fprintf(logFile, "devnode: data provisioning failed: %v\n", err)
		n.publish(j, logFile)
		finish(statusDataProvisionFailed)
		return
	}
	entrypoint, err := n.provisionAlgorithm(ctx, j)
	if err != nil {
		fmt.Fprintf(logFile, "devnode: algorithm provisioning failed: %v\n", err)
		n.publish(j, logFile)
		finish(statusAlgoProvisionFailed)
		return
	}
	j.set(statusProvisioningSuccess)
	runCtx, cancel := context.WithTimeout(ctx, time.Duration(j.spec.duration)*time.Second)
	defer cancel()
	cmd, err := command(runCtx, entrypoint, j.dir)
	if err != nil {
		fmt.Fprintf(logFile, "devnode: %v\n", err)
		n.publish(j, logFile)
		finish(statusAlgorithmFailed)
		return
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.Env = append(baseEnv(), n.jobEnv(j)...)
	j.mu.Lock()
	j.status, j.started = statusRunning, time.Now()
	j.mu.Unlock()
	err = cmd.Run()
	j.mu.Lock()
	j.ended = time.Now()
	code := cmd.ProcessState.ExitCode()
	j.exitCode = &code
	j.mu.Unlock()
	if errors.Is(runCtx.Err(), context.DeadlineExceeded) {
		fmt.Fprintf(logFile, "devnode: job killed at its time limit of %d s\n", j.spec.duration)
	}
	_ = err // a non-zero exit is reported through terminationDetails, as in Ocean Node
	j.set(statusPublishingResults)
	n.publish(j, logFile)
	finish(statusFinished)
}

// baseEnv is the part of the node's environment an algorithm inherits:
// enough to find interpreters, nothing that may hold a secret.
func baseEnv() []string {
	var env []string
	for _, k := range []string{"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "PYENV_ROOT", "PYTHONPATH", "NODE_PATH"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	return env
}

func (n *Node) jobEnv(j *job) []string {
	dids := []string{}
	for _, d := range j.spec.datasets {
		dids = append(dids, d.asset.did)
	}
	b, _ := json.Marshal(dids)
	env := []string{"DIDS=" + string(b), "DATA_DIR=" + j.dir.data, "ALGO=" + j.dir.algorithm}
	if j.spec.algo != nil {
		env = append(env, "TRANSFORMATION_DID="+j.spec.algo.asset.did)
	}
	return env
}

// provisionInputs streams every file of every dataset to
// inputs/<did>/<index> and writes the DDOs to ddos/<did> and the consumer
// parameters to inputs/algoCustomData.json.
func (n *Node) provisionInputs(ctx context.Context, j *job) error {
	for _, d := range j.spec.datasets {
		fo, err := n.decryptFiles(d.svc.Files)
		if err != nil {
			return err
		}
		dir := filepath.Join(j.dir.inputs, d.asset.did)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		for i, f := range fo.Files {
			if err := n.fetchTo(ctx, f, filepath.Join(dir, strconv.Itoa(i))); err != nil {
				return fmt.Errorf("%s file %d: %w", d.asset.did, i, err)
			}
		}
		if err := os.WriteFile(filepath.Join(j.dir.ddos, d.asset.did), ddo.EncodeValue(d.asset.doc), 0o644); err != nil {
			return err
		}
	}
	if len(j.spec.customData) > 0 && string(j.spec.customData) != "null" {
		if err := os.WriteFile(filepath.Join(j.dir.inputs, "algoCustomData.json"), j.spec.customData, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// provisionAlgorithm writes the algorithm to transformations/algorithm and
// returns its entrypoint.
func (n *Node) provisionAlgorithm(ctx context.Context, j *job) (string, error) {
	if j.spec.rawAlgo != nil {
		if err := os.WriteFile(j.dir.algorithm, []byte(j.spec.rawAlgo.RawCode), 0o644); err != nil {
			return "", err
		}
		return j.spec.rawAlgo.Container.Entrypoint, nil
	}
	a := j.spec.algo
	if a.asset.typed.Metadata.Algorithm == nil {
		return "", errors.New("the algorithm DDO has no metadata.algorithm")
	}
	fo, err := n.decryptFiles(a.svc.Files)
	if err != nil {
		return "", err
	}
	if len(fo.Files) == 0 {
		return "", errors.New("the algorithm has no files")
	}
	if err := n.fetchTo(ctx, fo.Files[0], j.dir.algorithm); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(j.dir.ddos, a.asset.did), ddo.EncodeValue(a.asset.doc), 0o644); err != nil {
		return "", err
	}
	return a.asset.typed.Metadata.Algorithm.Container.Entrypoint, nil
}

// fetchTo streams a file object to path.
func (n *Node) fetchTo(ctx context.Context, f fileObject, path string) error {
	resp, err := n.fetch.open(ctx, f, "")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("file origin answered %d", resp.StatusCode)
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, resp.Body); err != nil {
		out.Close()
		return errFetch
	}
	return out.Close()
}

// publish lists the results: the algorithm log, then the outputs as a tar.
func (n *Node) publish(j *job, logFile *os.File) {
	var res []result
	if st, err := logFile.Stat(); err == nil {
		res = append(res, result{Filename: algorithmLog, Filesize: st.Size(), Type: "algorithmLog"})
	}
	if size, err := tarDir(j.dir.outputs, filepath.Join(j.dir.root, outputsTar)); err == nil {
		res = append(res, result{Filename: outputsTar, Filesize: size, Type: "output"})
	}
	for i := range res {
		res[i].Index = i
	}
	j.mu.Lock()
	j.results = res
	j.mu.Unlock()
}

// settle claims the escrow lock for the time the job actually ran (at
// least one minute, at most what was locked). A failed job claims
// nothing and the lock expires back to the payer.
func (n *Node) settle(j *job) {
	if j.spec.locked == nil {
		return
	}
	j.mu.Lock()
	ran := int64(j.ended.Sub(j.started).Seconds())
	if j.started.IsZero() {
		ran = 0
	}
	j.mu.Unlock()
	amount := cost(j.spec.cpus, ran)
	if amount.Cmp(j.spec.locked) > 0 {
		amount = j.spec.locked
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tx, err := n.escrowTx(ctx, escrowABI.PackClaimLock(j.spec.escrowJob, n.cfg.Contracts.Ocean, j.spec.consumer, amount, []byte(j.id)))
	j.mu.Lock()
	if err != nil {
		j.claimErr = err.Error()
	} else {
		j.claimed, j.claimTx = amount, tx.Hex()
	}
	j.mu.Unlock()
}
