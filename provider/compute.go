package provider

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/internal/httpx"
)

// ComputeEnvironment is one compute-to-data environment. Fields of both
// server generations are decoded; Raw keeps the rest.
type ComputeEnvironment struct {
	ID              string
	ChainID         int64          // the chain it was listed for (classic maps), or 0
	ConsumerAddress common.Address // use as startOrder consumer
	Description     string
	MaxJobDuration  int64
	StorageExpiry   int64
	// Classic fields.
	PriceMin float64
	FeeToken common.Address
	// Node fields.
	Fees      map[string][]ComputeFee
	Resources []ComputeResourceInfo
	Free      json.RawMessage
	Raw       json.RawMessage
}

// ComputeFee is a node fee option: a token and per-resource prices.
type ComputeFee struct {
	FeeToken common.Address `json:"feeToken"`
	Prices   []struct {
		ID    string  `json:"id"`
		Price float64 `json:"price"`
	} `json:"prices"`
}

// ComputeResourceInfo describes a node resource (cpu, ram, disk, gpu).
type ComputeResourceInfo struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
	Max   float64 `json:"max"`
	Min   float64 `json:"min"`
	InUse float64 `json:"inUse"`
}

type envWire struct {
	ID              string                  `json:"id"`
	ConsumerAddress string                  `json:"consumerAddress"`
	Desc            string                  `json:"desc"`
	Description     string                  `json:"description"`
	MaxJobDuration  httpx.Flex              `json:"maxJobDuration"`
	StorageExpiry   httpx.Flex              `json:"storageExpiry"`
	PriceMin        float64                 `json:"priceMin"`
	FeeToken        string                  `json:"feeToken"`
	Fees            map[string][]ComputeFee `json:"fees"`
	Resources       []ComputeResourceInfo   `json:"resources"`
	Free            json.RawMessage         `json:"free"`
}

func decodeEnvs(data []byte, chainID int64) ([]ComputeEnvironment, error) {
	var list []json.RawMessage
	if err := httpx.UnmarshalJSON(data, &list); err == nil {
		return decodeEnvList(list, 0)
	}
	var byChain map[string][]json.RawMessage
	if err := httpx.UnmarshalJSON(data, &byChain); err != nil {
		return nil, err
	}
	var out []ComputeEnvironment
	for k, l := range byChain {
		id, err := strconv.ParseInt(k, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("chain id %q", k)
		}
		if chainID != 0 && id != chainID {
			continue
		}
		envs, err := decodeEnvList(l, id)
		if err != nil {
			return nil, err
		}
		out = append(out, envs...)
	}
	return out, nil
}

func decodeEnvList(list []json.RawMessage, chainID int64) ([]ComputeEnvironment, error) {
	out := make([]ComputeEnvironment, 0, len(list))
	for _, raw := range list {
		var w envWire
		if err := httpx.UnmarshalJSON(raw, &w); err != nil {
			return nil, err
		}
		e := ComputeEnvironment{ID: w.ID, ChainID: chainID, Description: w.Desc, PriceMin: w.PriceMin,
			Fees: w.Fees, Resources: w.Resources, Free: w.Free, Raw: raw}
		if e.Description == "" {
			e.Description = w.Description
		}
		if common.IsHexAddress(w.ConsumerAddress) {
			e.ConsumerAddress = common.HexToAddress(w.ConsumerAddress)
		}
		if common.IsHexAddress(w.FeeToken) {
			e.FeeToken = common.HexToAddress(w.FeeToken)
		}
		e.MaxJobDuration, _ = w.MaxJobDuration.Int64()
		e.StorageExpiry, _ = w.StorageExpiry.Int64()
		out = append(out, e)
	}
	return out, nil
}

// ComputeEnvironments lists the compute environments for chainID (0: all).
// A server without compute answers nodehttp.ErrNotFound (classic) or an empty list.
func (c *Client) ComputeEnvironments(ctx context.Context, chainID int64) ([]ComputeEnvironment, error) {
	q := url.Values{}
	if chainID != 0 {
		q.Set("chainId", strconv.FormatInt(chainID, 10))
	}
	var raw json.RawMessage
	if err := c.doJSON(ctx, request{endpoint: "computeEnvironments", query: q}, &raw); err != nil {
		return nil, err
	}
	envs, err := decodeEnvs(raw, chainID)
	if err != nil {
		return nil, c.badAnswer(request{endpoint: "computeEnvironments", method: http.MethodGet}, nil, "decode environments", err)
	}
	return envs, nil
}

// ComputeAsset is a dataset or algorithm of a compute job.
type ComputeAsset struct {
	DID          string         `json:"documentId,omitempty"`
	ServiceID    string         `json:"serviceId,omitempty"`
	TransferTxID string         `json:"transferTxId,omitempty"`
	UserData     map[string]any `json:"userdata,omitempty"`
}

// ComputeAlgorithm is the algorithm of a compute job: a published asset
// (DID) or raw metadata (Meta).
type ComputeAlgorithm struct {
	ComputeAsset
	AlgoCustomData map[string]any  `json:"algocustomdata,omitempty"`
	Meta           json.RawMessage `json:"meta,omitempty"`
}

// ComputeResource is an amount of one resource requested (node).
type ComputeResource struct {
	ID     string  `json:"id"`
	Amount float64 `json:"amount"`
}

// ComputePayment selects how a node compute job is paid.
type ComputePayment struct {
	ChainID   int64             `json:"chainId"`
	Token     common.Address    `json:"token"`
	Resources []ComputeResource `json:"resources,omitempty"`
}

// InitializeComputeRequest asks for the orders and payment a compute job
// needs (POST initializeCompute, read-only).
type InitializeComputeRequest struct {
	Datasets    []ComputeAsset
	Algorithm   ComputeAlgorithm
	Environment string
	Consumer    common.Address
	// ValidUntil (unix seconds) is the classic fee validity.
	ValidUntil int64
	// Payment and MaxJobDuration (seconds) are the node escrow terms.
	Payment        *ComputePayment
	MaxJobDuration int64
	// QueueMaxWaitTime (seconds) is the longest the job may wait in the
	// node's queue (see StartComputeRequest); the node adds it to the
	// escrow's minimum lock time. Node only.
	QueueMaxWaitTime int64
}

// ComputeRequirements is the answer of InitializeCompute.
type ComputeRequirements struct {
	Datasets  []OrderRequirements `json:"datasets"`
	Algorithm *OrderRequirements  `json:"algorithm"`
	Payment   *EscrowPayment      `json:"payment"`
}

// EscrowPayment is what a node compute job locks in escrow.
type EscrowPayment struct {
	EscrowAddress  common.Address `json:"escrowAddress"`
	Payee          common.Address `json:"payee"`
	ChainID        httpx.Flex     `json:"chainId"`
	MinLockSeconds httpx.Flex     `json:"minLockSeconds"`
	Token          common.Address `json:"token"`
	Amount         httpx.Flex     `json:"amount"`
}

// InitializeCompute returns the orders (and, on Ocean Node, the escrow
// payment) a compute job needs.
func (c *Client) InitializeCompute(ctx context.Context, r InitializeComputeRequest) (*ComputeRequirements, error) {
	if len(r.Datasets) == 0 || r.Environment == "" || r.Consumer == (common.Address{}) {
		return nil, errors.New("provider: InitializeComputeRequest needs Datasets, Environment and Consumer")
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return nil, err
	}
	body := map[string]any{"datasets": r.Datasets, "algorithm": r.Algorithm, "consumerAddress": r.Consumer.Hex()}
	if d == DialectClassic {
		body["compute"] = map[string]any{"env": r.Environment, "validUntil": r.ValidUntil}
	} else {
		body["environment"] = r.Environment
		nodeComputeTerms(body, r.Payment, r.MaxJobDuration)
		if r.QueueMaxWaitTime > 0 {
			body["queueMaxWaitTime"] = r.QueueMaxWaitTime
		}
	}
	var out ComputeRequirements
	if err := c.doJSON(ctx, request{endpoint: "initializeCompute", jsonBody: body, readOnly: true}, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// ComputeJob is a compute job as the server reports it.
type ComputeJob struct {
	JobID        string
	Owner        string
	DID          string
	AgreementID  string
	Environment  string
	Status       int
	StatusText   string
	DateCreated  string
	DateFinished string
	Results      []ComputeResultFile
	IsFree       bool
	// InputDIDs and AlgoDID are the datasets and algorithm of the job, as
	// far as the node reports them (Ocean Node v3.1.0 does not).
	InputDIDs []string
	AlgoDID   string
	Raw       json.RawMessage
}

// ComputeResultFile is one output or log of a job.
type ComputeResultFile struct {
	Index    *int   `json:"index"`
	Filename string `json:"filename"`
	Filesize int64  `json:"filesize"`
	Type     string `json:"type"`
}

// Terminal reports whether the job has ended (finished, failed or
// settling: status ≥ 70, or a failure code).
func (j *ComputeJob) Terminal() bool { return j.Status >= 70 || j.Failed() }

// Failed reports a failure status (provisioning, image, algorithm,
// results or queue failures).
func (j *ComputeJob) Failed() bool {
	switch j.Status {
	case 2, 11, 13, 14, 21, 22, 31, 32, 33, 41, 42, 61, 62:
		return true
	}
	return false
}

type jobWire struct {
	JobID        string              `json:"jobId"`
	Owner        string              `json:"owner"`
	DID          string              `json:"did"`
	AgreementID  string              `json:"agreementId"`
	Environment  string              `json:"environment"`
	Status       httpx.Flex          `json:"status"`
	StatusText   string              `json:"statusText"`
	DateCreated  httpx.Flex          `json:"dateCreated"`
	DateFinished httpx.Flex          `json:"dateFinished"`
	Results      []ComputeResultFile `json:"results"`
	IsFree       bool                `json:"isFree"`
	InputDID     json.RawMessage     `json:"inputDID"`
	AlgoDID      string              `json:"algoDID"`
}

// didList reads a job's inputDID: a list, or the comma-separated string
// Ocean Node's job table stores; null or anything else is none.
func didList(raw json.RawMessage) []string {
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list
	}
	var s string
	if json.Unmarshal(raw, &s) != nil || s == "" {
		return nil
	}
	for _, d := range strings.Split(s, ",") {
		if d = strings.TrimSpace(d); d != "" {
			list = append(list, d)
		}
	}
	return list
}

// UnmarshalJSON decodes both generations' job objects.
func (j *ComputeJob) UnmarshalJSON(b []byte) error {
	var w jobWire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	st, err := w.Status.Int64()
	if err != nil {
		return fmt.Errorf("status: %v", err)
	}
	*j = ComputeJob{JobID: w.JobID, Owner: w.Owner, DID: w.DID, AgreementID: w.AgreementID, Environment: w.Environment,
		Status: int(st), StatusText: w.StatusText, DateCreated: string(w.DateCreated), DateFinished: string(w.DateFinished),
		Results: w.Results, IsFree: w.IsFree, InputDIDs: didList(w.InputDID), AlgoDID: w.AlgoDID, Raw: append(json.RawMessage(nil), b...)}
	return nil
}

// decodeJobs accepts a list of jobs, one job, or a JSON string (node
// compute start errors are JSON strings, but those come with error codes).
func (c *Client) decodeJobs(r request, resp *http.Response) ([]ComputeJob, error) {
	var raw json.RawMessage
	if err := c.decodeBody(r, resp, &raw); err != nil {
		return nil, err
	}
	var jobs []ComputeJob
	if err := json.Unmarshal(raw, &jobs); err != nil {
		var one ComputeJob
		if err2 := json.Unmarshal(raw, &one); err2 != nil || one.JobID == "" {
			return nil, c.badAnswer(r, resp, "decode jobs", err)
		}
		jobs = []ComputeJob{one}
	}
	return jobs, nil
}

// nodeComputeTerms writes the escrow terms the way ocean.js does for
// Ocean Node: top-level maxJobDuration, resources and chainId, repeated in
// payment.
func nodeComputeTerms(body map[string]any, p *ComputePayment, maxJobDuration int64) {
	if maxJobDuration > 0 {
		body["maxJobDuration"] = maxJobDuration
	}
	if p == nil {
		return
	}
	pay := map[string]any{"chainId": p.ChainID, "token": p.Token.Hex()}
	if maxJobDuration > 0 {
		pay["maxJobDuration"] = maxJobDuration
	}
	if len(p.Resources) > 0 {
		pay["resources"] = p.Resources
		body["resources"] = p.Resources
	}
	body["chainId"] = p.ChainID
	body["payment"] = pay
}

// StartComputeRequest starts a compute job.
type StartComputeRequest struct {
	Datasets    []ComputeAsset // the first is the main dataset
	Algorithm   ComputeAlgorithm
	Environment string
	Auth        Auth
	// Node only.
	Payment        *ComputePayment
	MaxJobDuration int64
	Output         json.RawMessage
	Metadata       map[string]any
	// Free starts a free job (node freeCompute; no orders or payment).
	Free bool
	// JobID restarts the job with this id instead of starting a new one
	// (ocean.py's job_id; see RestartCompute). Classic providers only.
	JobID string
	// AdditionalViewers may read the job's results besides its owner
	// (Ocean Node's additionalViewers). Node only.
	AdditionalViewers []common.Address
	// QueueMaxWaitTime (seconds), when positive, lets the node queue the
	// job for up to this long when its resources are busy instead of
	// refusing it; the escrow lock then covers MaxJobDuration plus this
	// wait (give the same value to InitializeCompute). Node only.
	QueueMaxWaitTime int64
}

// StartCompute starts a job (paid: POST compute; Free: POST freeCompute)
// and returns the jobs the server reports (normally one). It is never
// retried after it may have reached the server: a retry could start a
// second job.
func (c *Client) StartCompute(ctx context.Context, r StartComputeRequest) ([]ComputeJob, error) {
	if r.Environment == "" || (len(r.Datasets) == 0 && !r.Free) {
		return nil, errors.New("provider: StartComputeRequest needs Environment and Datasets")
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return nil, err
	}
	if r.Free && d == DialectClassic {
		return nil, fmt.Errorf("%w: free compute needs an Ocean Node", ErrUnsupported)
	}
	if r.JobID != "" && d != DialectClassic {
		return nil, errNoRestart
	}
	cmd, endpoint := cmdStartCompute, "computeStart"
	if r.Free {
		cmd, endpoint = cmdFreeStartCompute, "freeCompute"
	}
	msg := nodeMessage(cmd)
	if d == DialectClassic {
		msg = func(a common.Address, nonce string) string { return a.Hex() + r.Datasets[0].DID + nonce }
	}
	var jobs []ComputeJob
	err = c.signedCall(ctx, r.Auth, msg, func(addr common.Address, nonce, sig string) error {
		body := map[string]any{"algorithm": r.Algorithm, "consumerAddress": addr.Hex(), "nonce": nonce,
			"environment": r.Environment}
		if sig != "" {
			body["signature"] = sig
		}
		if d == DialectClassic {
			if r.JobID != "" {
				body["jobId"] = r.JobID
			}
			body["dataset"] = r.Datasets[0]
			if len(r.Datasets) > 1 {
				body["additionalDatasets"] = r.Datasets[1:]
			}
		} else {
			// Ocean Node requires the member even for a free job without
			// datasets: an empty list, never null.
			body["datasets"] = append([]ComputeAsset{}, r.Datasets...)
			if len(r.Datasets) > 0 {
				body["dataset"] = r.Datasets[0] // what node<1 and old ocean.js read
			}
			nodeComputeTerms(body, r.Payment, r.MaxJobDuration)
			if r.Metadata != nil {
				body["metadata"] = r.Metadata
			}
			if len(r.AdditionalViewers) > 0 {
				viewers := make([]string, len(r.AdditionalViewers))
				for i, a := range r.AdditionalViewers {
					viewers[i] = a.Hex()
				}
				body["additionalViewers"] = viewers
			}
			if r.QueueMaxWaitTime > 0 {
				body["queueMaxWaitTime"] = r.QueueMaxWaitTime
			}
		}
		if r.Output != nil {
			body["output"] = r.Output
		}
		h := http.Header{}
		authParams(d, r.Auth, "consumerAddress", addr, nonce, "", url.Values{}, h)
		req := request{endpoint: endpoint, method: http.MethodPost, jsonBody: body, header: h}
		resp, err := c.do(ctx, req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		jobs, err = c.decodeJobs(req, resp)
		return err
	})
	return jobs, err
}

// errNoRestart: Ocean Node (v3.1.0 included) has no way to start a job
// again under its id.
var errNoRestart = fmt.Errorf("%w: Ocean Node cannot restart a job under its id; start a new job", ErrUnsupported)

// RestartCompute runs the stopped or ended job r.JobID again, under the
// same id, with the datasets, algorithm and environment of r (ocean.py's
// restart_compute_job): the job is stopped (harmless when it has ended),
// then started with its id. Classic providers support it; Ocean Node does
// not, and RestartCompute fails with ErrUnsupported before anything is
// sent — start a new job there (StartCompute), which orders or reuses
// orders as any start does.
func (c *Client) RestartCompute(ctx context.Context, r StartComputeRequest) ([]ComputeJob, error) {
	if r.JobID == "" {
		return nil, errors.New("provider: RestartCompute needs the JobID to restart")
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return nil, err
	}
	if d != DialectClassic {
		return nil, errNoRestart
	}
	if r.Environment == "" || len(r.Datasets) == 0 {
		return nil, errors.New("provider: StartComputeRequest needs Environment and Datasets")
	}
	if _, err := c.StopCompute(ctx, r.JobID, r.Datasets[0].DID, r.Auth); err != nil {
		return nil, fmt.Errorf("provider: restart: stop: %w", err)
	}
	return c.StartCompute(ctx, r)
}

// StopCompute stops a job (PUT compute, signed). DID is needed by classic
// providers only.
func (c *Client) StopCompute(ctx context.Context, jobID, did string, auth Auth) ([]ComputeJob, error) {
	return c.jobCommand(ctx, http.MethodPut, "computeStop", cmdStopCompute, jobID, did, auth)
}

// DeleteCompute deletes a job and its results (DELETE compute, classic
// providers; Ocean Node answers 404 "Not yet implemented", nodehttp.ErrNotFound).
func (c *Client) DeleteCompute(ctx context.Context, jobID, did string, auth Auth) ([]ComputeJob, error) {
	return c.jobCommand(ctx, http.MethodDelete, "computeDelete", "deleteCompute", jobID, did, auth)
}

func (c *Client) jobCommand(ctx context.Context, method, endpoint, cmd, jobID, did string, auth Auth) ([]ComputeJob, error) {
	if jobID == "" {
		return nil, errors.New("provider: job id required")
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return nil, err
	}
	msg := nodeMessage(cmd)
	if d == DialectClassic {
		msg = func(a common.Address, nonce string) string { return a.Hex() + jobID + did + nonce }
	}
	var jobs []ComputeJob
	err = c.signedCall(ctx, auth, msg, func(addr common.Address, nonce, sig string) error {
		q := url.Values{"jobId": {jobID}}
		if did != "" {
			q.Set("documentId", did)
		}
		h := http.Header{}
		authParams(d, auth, "consumerAddress", addr, nonce, sig, q, h)
		req := request{endpoint: endpoint, method: method, query: q, header: h}
		resp, err := c.do(ctx, req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		jobs, err = c.decodeJobs(req, resp)
		return err
	})
	return jobs, err
}

// ComputeStatus lists the jobs of consumer (GET compute, unsigned),
// optionally only jobID (Ocean Node needs the full "<hash>-<uuid>" id) or
// only the jobs on a DID: each job's Results lists its files, for
// ComputeResult or ComputeResultURL.
//
// A classic provider filters by DID itself (documentId). Ocean Node has
// no such filter: its agreementId parameter matches the job's agreement
// id, which its docker engine never sets, so asking with a DID there
// answers no job at all. For nodes the DID filter is therefore applied
// here, on the DIDs each job reports (did, inputDID, algoDID); a job that
// reports none is kept, since it cannot be ruled out. Ocean Node v3.1.0
// reports none for any job: tell its jobs apart by the Metadata given at
// start (ComputeJob.Raw holds it), as the assets package does.
func (c *Client) ComputeStatus(ctx context.Context, consumer common.Address, jobID, did string) ([]ComputeJob, error) {
	d, err := c.dialectOf(ctx)
	if err != nil {
		return nil, err
	}
	q := url.Values{"consumerAddress": {consumer.Hex()}}
	if jobID != "" {
		q.Set("jobId", jobID)
	}
	if did != "" && d == DialectClassic {
		q.Set("documentId", did)
	}
	req := request{endpoint: "computeStatus", method: http.MethodGet, query: q}
	resp, err := c.do(ctx, req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	jobs, err := c.decodeJobs(req, resp)
	if err != nil || did == "" || d == DialectClassic {
		return jobs, err
	}
	kept := jobs[:0]
	for _, j := range jobs {
		if dids := j.DIDs(); len(dids) == 0 || slices.Contains(dids, did) {
			kept = append(kept, j)
		}
	}
	return kept, nil
}

// DIDs returns the DIDs the job reports: its datasets' and algorithm's
// (did, inputDID, algoDID), without repeats; none when the node does not
// report them.
func (j *ComputeJob) DIDs() []string {
	var out []string
	for _, d := range append(append([]string{j.DID}, j.InputDIDs...), j.AlgoDID) {
		if d != "" && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// ComputeResultRequest selects one result file of a job.
type ComputeResultRequest struct {
	JobID string
	Index int // position in ComputeJob.Results
	Auth  Auth
	// Download options as in DownloadRequest.
	ExpectedSize   int64
	ExpectedSHA256 string
	Progress       func(written, total int64)
}

// ComputeResult streams one result file of a job to w (GET computeResult,
// signed), with the resume and verification of Download.
func (c *Client) ComputeResult(ctx context.Context, r ComputeResultRequest, w io.Writer) (*DownloadResult, error) {
	if r.JobID == "" || r.Index < 0 {
		return nil, errors.New("provider: ComputeResultRequest needs JobID and a non-negative Index")
	}
	fetch := func(ctx context.Context, offset int64) (*http.Response, error) {
		d, err := c.dialectOf(ctx)
		if err != nil {
			return nil, err
		}
		idx := strconv.Itoa(r.Index)
		msg := nodeMessage(cmdComputeResult)
		if d == DialectClassic {
			msg = func(a common.Address, nonce string) string { return a.Hex() + r.JobID + idx + nonce }
		}
		var resp *http.Response
		err = c.signedRead(ctx, r.Auth, msg, func(addr common.Address, nonce, sig string) error {
			q := url.Values{"jobId": {r.JobID}, "index": {idx}}
			h := http.Header{}
			authParams(d, r.Auth, "consumerAddress", addr, nonce, sig, q, h)
			if offset > 0 {
				h.Set("Range", "bytes="+strconv.FormatInt(offset, 10)+"-")
			}
			var err error
			resp, err = c.do(ctx, request{endpoint: "computeResult", query: q, header: h})
			return err
		})
		return resp, err
	}
	return c.transfer(ctx, fetch, transferOpts{expectedSize: r.ExpectedSize, expectedSHA: r.ExpectedSHA256,
		progress: r.Progress, hash: r.ExpectedSHA256 != ""}, w, 0, nil)
}

// ComputeLogs streams a running job's logs to w until the server ends the
// stream or ctx is done (GET computeStreamableLogs, signed, Ocean Node).
func (c *Client) ComputeLogs(ctx context.Context, jobID string, auth Auth, w io.Writer) (int64, error) {
	if jobID == "" {
		return 0, errors.New("provider: job id required")
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return 0, err
	}
	if d == DialectClassic {
		return 0, fmt.Errorf("%w: streamable logs need an Ocean Node", ErrUnsupported)
	}
	var resp *http.Response
	err = c.signedRead(ctx, auth, nodeMessage(cmdStreamableLogs), func(addr common.Address, nonce, sig string) error {
		q := url.Values{"jobId": {jobID}}
		h := http.Header{}
		authParams(d, auth, "consumerAddress", addr, nonce, sig, q, h)
		var err error
		resp, err = c.do(ctx, request{endpoint: "computeStreamableLogs", query: q, header: h})
		return err
	})
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(w, resp.Body)
	if err != nil {
		return n, fmt.Errorf("provider: logs: %w", err)
	}
	return n, nil
}
