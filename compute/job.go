package compute

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// Job is a started compute job.
type Job struct {
	ID          string
	Owner       common.Address
	Environment string
	Free        bool
	// Payment is what Run paid for the job (nil for Start, which only
	// uses it).
	Payment *Payment
	// Status is the job's state as the start answer reported it.
	Status *Status
}

// Start starts the job reqs describes, with the order ids of paid
// (nil: the OrderTx of each asset in reqs.Spec; free jobs need none).
//
// Start is not idempotent: the node has no idempotency key, so a retried
// start runs (and, for paid jobs, locks escrow for) a second job. It is
// never retried once the request may have reached the node. Journal the
// returned job ID at once; after a crash between the request and that
// record, find the job with Jobs (Spec.Metadata can carry a correlation
// id) before starting again.
func (c *Client) Start(ctx context.Context, reqs *Requirements, paid *Payment) (*Job, error) {
	if reqs == nil {
		return nil, invalid("nil Requirements")
	}
	spec := reqs.Spec
	if paid != nil {
		spec = paid.Apply(spec)
	}
	if err := spec.validate(); err != nil {
		return nil, err
	}
	if spec.Environment == "" {
		return nil, invalid("Requirements without environment: call Initialize")
	}
	r := provider.StartComputeRequest{Datasets: assets(spec.Datasets), Algorithm: algorithm(spec.Algorithm),
		Environment: spec.Environment, Auth: c.auth(), MaxJobDuration: seconds(spec.MaxJobDuration),
		Output: spec.Output, Metadata: spec.Metadata, Free: spec.Free,
		AdditionalViewers: spec.AdditionalViewers, QueueMaxWaitTime: seconds(spec.QueueMaxWaitTime)}
	if !spec.Free {
		for i, d := range spec.Datasets {
			if d.OrderTx == "" {
				return nil, invalid("dataset %d (%s) has no order: Pay first", i, d.DID)
			}
		}
		if spec.Algorithm.Raw == nil && spec.Algorithm.OrderTx == "" {
			return nil, invalid("the algorithm %s has no order: Pay first", spec.Algorithm.DID)
		}
		r.Payment = c.payment(&spec)
	}
	jobs, err := c.prov.StartCompute(ctx, r)
	if err != nil {
		return nil, fmt.Errorf("compute: start: %w", err)
	}
	if len(jobs) == 0 || jobs[0].JobID == "" {
		return nil, fmt.Errorf("compute: start: %w: node answered no job", nodehttp.ErrInvalidResponse)
	}
	return &Job{ID: jobs[0].JobID, Owner: c.Consumer(), Environment: spec.Environment, Free: spec.Free, Status: statusOf(jobs[0])}, nil
}

// Run initializes, pays and starts spec: the convenience for a single
// call. The Job carries the Payment with every transaction hash.
//
// On failure it returns a *StepError naming the step, with the Payment so
// far. Everything before the start is safe to run again (see Pay): to
// resume without paying twice, apply the Payment of a failed or
// interrupted Run to the spec (Payment.Apply) and Run again. The start
// itself is not idempotent (see Start).
func (c *Client) Run(ctx context.Context, spec Spec) (*Job, error) {
	reqs, err := c.Initialize(ctx, spec)
	if err != nil {
		return nil, &StepError{Step: StepInitialize, Err: err}
	}
	paid, err := c.Pay(ctx, reqs)
	if err != nil {
		return nil, &StepError{Step: StepPay, Payment: paid, Err: err}
	}
	job, err := c.Start(ctx, reqs, paid)
	if err != nil {
		return nil, &StepError{Step: StepStart, Payment: paid, Err: err}
	}
	job.Payment = paid
	return job, nil
}

// Status returns the job's current status (GET compute, unsigned).
// A job the node does not list for the consumer is ErrJobNotFound.
func (c *Client) Status(ctx context.Context, jobID string) (*Status, error) {
	if jobID == "" {
		return nil, invalid("empty job id")
	}
	jobs, err := c.prov.ComputeStatus(ctx, c.Consumer(), jobID, "")
	if err != nil {
		return nil, fmt.Errorf("compute: status: %w", err)
	}
	for _, j := range jobs {
		if j.JobID == jobID {
			return statusOf(j), nil
		}
	}
	return nil, fmt.Errorf("%w: %s", ErrJobNotFound, jobID)
}

// Jobs lists the consumer's jobs on the node, optionally only those on
// the dataset did.
func (c *Client) Jobs(ctx context.Context, did string) ([]*Status, error) {
	jobs, err := c.prov.ComputeStatus(ctx, c.Consumer(), "", did)
	if err != nil {
		return nil, fmt.Errorf("compute: jobs: %w", err)
	}
	out := make([]*Status, len(jobs))
	for i, j := range jobs {
		out[i] = statusOf(j)
	}
	return out, nil
}

// Stop asks the node to stop the job (PUT compute, signed) and returns
// the status it answered. The job then ends; Watch reports it as a
// *JobFailedError matching ErrJobStopped. Stopping an ended job is
// harmless on Ocean Node.
func (c *Client) Stop(ctx context.Context, jobID string) (*Status, error) {
	if jobID == "" {
		return nil, invalid("empty job id")
	}
	jobs, err := c.prov.StopCompute(ctx, jobID, "", c.auth())
	if err != nil {
		if errors.Is(err, nodehttp.ErrNotFound) {
			err = fmt.Errorf("%w: %w", ErrJobNotFound, err)
		}
		return nil, fmt.Errorf("compute: stop: %w", err)
	}
	if len(jobs) == 0 {
		// Ocean Node answers a job that is not the account's (or does
		// not exist) with an empty list.
		return nil, fmt.Errorf("compute: stop: %w: the node has no job %s of this account", ErrJobNotFound, jobID)
	}
	for _, j := range jobs {
		if j.JobID == jobID {
			return statusOf(j), nil
		}
	}
	return nil, fmt.Errorf("compute: stop: %w: the node did not report job %s", nodehttp.ErrInvalidResponse, jobID)
}

// Result streams result file index of the job (Status.Results[index]) to
// w, without holding it in memory, resuming a broken transfer.
func (c *Client) Result(ctx context.Context, jobID string, index int, w io.Writer) (*provider.DownloadResult, error) {
	res, err := c.prov.ComputeResult(ctx, provider.ComputeResultRequest{JobID: jobID, Index: index, Auth: c.auth()}, w)
	if err != nil {
		return nil, fmt.Errorf("compute: result %d of %s: %w", index, jobID, err)
	}
	return res, nil
}

// ResultReader returns result file index of the job as a stream. The
// caller must Close it; closing early cancels the transfer. A failed
// transfer surfaces as the error of Read.
func (c *Client) ResultReader(ctx context.Context, jobID string, index int) io.ReadCloser {
	ctx, cancel := context.WithCancel(ctx)
	pr, pw := io.Pipe()
	go func() {
		_, err := c.Result(ctx, jobID, index, pw)
		pw.CloseWithError(err)
	}()
	return &pipeReader{PipeReader: pr, cancel: cancel}
}

type pipeReader struct {
	*io.PipeReader
	cancel context.CancelFunc
}

func (r *pipeReader) Close() error {
	r.cancel()
	return r.PipeReader.Close()
}

// Output streams the job's first "output" result (Ocean Node: a tar of
// the algorithm's outputs folder) to w. ErrNoResult when there is none.
func (c *Client) Output(ctx context.Context, jobID string, w io.Writer) (*provider.DownloadResult, error) {
	return c.resultOfType(ctx, jobID, "output", w)
}

func (c *Client) resultOfType(ctx context.Context, jobID, typ string, w io.Writer) (*provider.DownloadResult, error) {
	st, err := c.Status(ctx, jobID)
	if err != nil {
		return nil, err
	}
	i := st.ResultIndex(typ)
	if i < 0 {
		return nil, fmt.Errorf("%w: job %s has no %q result (status %s)", ErrNoResult, jobID, typ, st.Code)
	}
	return c.Result(ctx, jobID, i, w)
}

// Logs streams the algorithm's log to w. While the job runs, it follows
// the live log (Ocean Node's computeStreamableLogs) until the job ends or
// ctx is done; for an ended job whose node no longer streams, it copies
// the "algorithmLog" result. It returns the bytes written.
func (c *Client) Logs(ctx context.Context, jobID string, w io.Writer) (int64, error) {
	n, err := c.prov.ComputeLogs(ctx, jobID, c.auth(), w)
	if err == nil || n > 0 || ctx.Err() != nil {
		if err != nil {
			return n, fmt.Errorf("compute: logs of %s: %w", jobID, err)
		}
		return n, nil
	}
	// No live stream: classic providers, or a node that stopped serving
	// it once the job ended. The log is then a result file.
	res, rerr := c.resultOfType(ctx, jobID, "algorithmLog", w)
	if rerr != nil {
		return 0, fmt.Errorf("compute: logs of %s: %w", jobID, errors.Join(err, rerr))
	}
	return res.Size, nil
}
