package compute

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Sentinel errors, for errors.Is.
var (
	// ErrJobFailed matches every *JobFailedError: the job ended in a
	// failure state, its algorithm exited non-zero, or it was stopped.
	ErrJobFailed = errors.New("compute: job failed")
	// ErrJobStopped matches a *JobFailedError of a stopped job.
	ErrJobStopped = errors.New("compute: job stopped")
	// ErrJobNotFound: the node does not list the job for this consumer.
	ErrJobNotFound = errors.New("compute: job not found")
	// ErrNoEnvironment: the node offers no (matching) compute environment.
	ErrNoEnvironment = errors.New("compute: no compute environment")
	// ErrInvalidSpec: a Spec or Requirements is incomplete or inconsistent.
	ErrInvalidSpec = errors.New("compute: invalid spec")
	// ErrNoChain: paying needs an Account with a transaction manager.
	ErrNoChain = errors.New("compute: client has no chain access (the account has no transaction manager)")
	// ErrEscrowMismatch: the node asked to be paid through an escrow
	// contract other than Config.Escrow.
	ErrEscrowMismatch = errors.New("compute: node names an unexpected escrow contract")
	// ErrNoResult: the job has no result of the requested kind.
	ErrNoResult = errors.New("compute: no such result")
)

// JobFailedError is a job that ended without success.
type JobFailedError struct {
	JobID string
	Code  StatusCode
	// Text is the node's status text.
	Text string
	// ExitCode is the algorithm's exit code, when the node reported it.
	ExitCode *int
	// Stopped: the job was stopped (Stop), not failed by itself.
	Stopped bool
	// Status is the final status.
	Status *Status
}

// Error describes the failure.
func (e *JobFailedError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "compute: job %s ", e.JobID)
	switch {
	case e.Stopped:
		b.WriteString("stopped")
	case e.Code.Failed():
		b.WriteString("failed: " + e.Code.String())
	default:
		b.WriteString("failed")
	}
	if e.Text != "" {
		fmt.Fprintf(&b, " (%q)", e.Text)
	}
	if e.ExitCode != nil && *e.ExitCode != 0 {
		fmt.Fprintf(&b, ", exit code %d", *e.ExitCode)
	}
	return b.String()
}

// Is matches ErrJobFailed, and ErrJobStopped for a stopped job.
func (e *JobFailedError) Is(target error) bool {
	return target == ErrJobFailed || (target == ErrJobStopped && e.Stopped)
}

// WatchError ends a Watch (or Wait) that gave up after MaxFailures
// consecutive failed polls. It wraps the last error.
type WatchError struct {
	JobID    string
	Failures int
	// Last is the last status observed, or nil.
	Last *Status
	Err  error
}

// Error describes the failure.
func (e *WatchError) Error() string {
	return fmt.Sprintf("compute: watch job %s: giving up after %d failed polls: %v", e.JobID, e.Failures, e.Err)
}

// Unwrap returns the last poll's error.
func (e *WatchError) Unwrap() error { return e.Err }

// Step names a step of Run.
type Step string

// The steps of Run, in order.
const (
	StepInitialize Step = "initialize"
	StepPay        Step = "pay"
	StepStart      Step = "start"
)

// StepError is a Run that failed at Step. Payment holds what was paid
// before the failure (orders and escrow transactions that landed), so a
// caller can journal it and resume without paying again: put the order
// ids back into the Spec (Payment.Apply) and Run again.
type StepError struct {
	Step    Step
	Payment *Payment
	Err     error
}

// Error describes the failure.
func (e *StepError) Error() string { return fmt.Sprintf("compute: %s: %v", e.Step, e.Err) }

// Unwrap returns the step's error.
func (e *StepError) Unwrap() error { return e.Err }

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidSpec, fmt.Sprintf(format, args...))
}

func zeroAddr(a common.Address) bool { return a == (common.Address{}) }
