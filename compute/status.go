package compute

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/oceango/ocean.go/provider"
)

// StatusCode is a compute job's status number as Ocean Node reports it
// (C2D v2; provider-api.md §2.11). Classic providers (operator-service)
// use the same numbers for their failure (31, 32) and completion (70)
// states, so Terminal and Failed hold for both generations; only the names
// of a few intermediate codes differ (classic 1 is "warming up", 10 "job
// started").
type StatusCode int

// The Ocean Node status codes.
const (
	StatusStarted                     StatusCode = 0
	StatusQueued                      StatusCode = 1
	StatusQueueExpired                StatusCode = 2
	StatusPullingImage                StatusCode = 10
	StatusPullImageFailed             StatusCode = 11
	StatusBuildingImage               StatusCode = 12
	StatusBuildImageFailed            StatusCode = 13
	StatusVulnerableImage             StatusCode = 14
	StatusConfiguringVolumes          StatusCode = 20
	StatusVolumeCreationFailed        StatusCode = 21
	StatusContainerCreationFailed     StatusCode = 22
	StatusProvisioning                StatusCode = 30
	StatusDataProvisioningFailed      StatusCode = 31
	StatusAlgorithmProvisioningFailed StatusCode = 32
	StatusDataUploadFailed            StatusCode = 33
	StatusRunning                     StatusCode = 40
	StatusAlgorithmFailed             StatusCode = 41
	StatusDiskQuotaExceeded           StatusCode = 42
	StatusFilteringResults            StatusCode = 50
	StatusPublishingResults           StatusCode = 60
	StatusResultsFetchFailed          StatusCode = 61
	StatusResultsUploadFailed         StatusCode = 62
	StatusFinished                    StatusCode = 70
	// StatusSettling: the job is done and its results are published; the
	// node is claiming the escrow payment (Ocean Node 3.x).
	StatusSettling StatusCode = 71
)

// statusName returns the name of a known code.
func statusName(c StatusCode) (string, bool) {
	switch c {
	case StatusStarted:
		return "started", true
	case StatusQueued:
		return "queued", true
	case StatusQueueExpired:
		return "queue expired", true
	case StatusPullingImage:
		return "pulling image", true
	case StatusPullImageFailed:
		return "pull image failed", true
	case StatusBuildingImage:
		return "building image", true
	case StatusBuildImageFailed:
		return "build image failed", true
	case StatusVulnerableImage:
		return "vulnerable image", true
	case StatusConfiguringVolumes:
		return "configuring volumes", true
	case StatusVolumeCreationFailed:
		return "volume creation failed", true
	case StatusContainerCreationFailed:
		return "container creation failed", true
	case StatusProvisioning:
		return "provisioning", true
	case StatusDataProvisioningFailed:
		return "data provisioning failed", true
	case StatusAlgorithmProvisioningFailed:
		return "algorithm provisioning failed", true
	case StatusDataUploadFailed:
		return "data upload failed", true
	case StatusRunning:
		return "running", true
	case StatusAlgorithmFailed:
		return "algorithm failed", true
	case StatusDiskQuotaExceeded:
		return "disk quota exceeded", true
	case StatusFilteringResults:
		return "filtering results", true
	case StatusPublishingResults:
		return "publishing results", true
	case StatusResultsFetchFailed:
		return "results fetch failed", true
	case StatusResultsUploadFailed:
		return "results upload failed", true
	case StatusFinished:
		return "finished", true
	case StatusSettling:
		return "settling", true
	}
	return "", false
}

// String names the code ("running", "algorithm failed"; "status 99" for
// unknown codes).
func (c StatusCode) String() string {
	if s, ok := statusName(c); ok {
		return s
	}
	return "status " + strconv.Itoa(int(c))
}

// Failed reports a failure code: queue expiry, image, volume, container,
// provisioning, algorithm, disk quota and result failures.
func (c StatusCode) Failed() bool {
	switch c {
	case StatusQueueExpired, StatusPullImageFailed, StatusBuildImageFailed, StatusVulnerableImage,
		StatusVolumeCreationFailed, StatusContainerCreationFailed, StatusDataProvisioningFailed,
		StatusAlgorithmProvisioningFailed, StatusDataUploadFailed, StatusAlgorithmFailed,
		StatusDiskQuotaExceeded, StatusResultsFetchFailed, StatusResultsUploadFailed:
		return true
	}
	return false
}

// Terminal reports whether a job with this code will not change any more
// (finished, settling, or failed).
func (c StatusCode) Terminal() bool { return c >= StatusFinished || c.Failed() }

// Status is a compute job's state as the node reports it.
type Status struct {
	JobID string
	Code  StatusCode
	// Text is the node's status text ("Running algorithm").
	Text string
	// Results lists the job's result files: index i is what Result and
	// ResultReader fetch with index i.
	Results []provider.ComputeResultFile
	// ExitCode is the algorithm's exit code when the node reports it
	// (Ocean Node's terminationDetails), else nil.
	ExitCode *int
	// StopRequested: somebody stopped the job.
	StopRequested bool
	// DateCreated and DateFinished are unix seconds as the node wrote them
	// ("" when unknown).
	DateCreated, DateFinished string
	// Job is the node's job object.
	Job provider.ComputeJob
}

// statusOf converts a provider job.
func statusOf(j provider.ComputeJob) *Status {
	s := &Status{JobID: j.JobID, Code: StatusCode(j.Status), Text: j.StatusText, Results: j.Results,
		DateCreated: j.DateCreated, DateFinished: j.DateFinished, Job: j}
	var extra struct {
		StopRequested      bool `json:"stopRequested"`
		Stopreq            bool `json:"stopreq"` // classic
		TerminationDetails *struct {
			ExitCode *int `json:"exitCode"`
		} `json:"terminationDetails"`
	}
	if json.Unmarshal(j.Raw, &extra) == nil {
		s.StopRequested = extra.StopRequested || extra.Stopreq
		if extra.TerminationDetails != nil {
			s.ExitCode = extra.TerminationDetails.ExitCode
		}
	}
	if strings.Contains(strings.ToLower(j.StatusText), "stopped") {
		s.StopRequested = true
	}
	return s
}

// Terminal reports whether the job has ended.
func (s *Status) Terminal() bool { return s.Code.Terminal() }

// Err returns nil while the job runs and when it ended successfully:
// finished or settling, not stopped, and with exit code 0 or none
// reported. Otherwise it returns a *JobFailedError (which matches
// ErrJobFailed, and ErrJobStopped for a stopped job).
//
// A job whose algorithm exited non-zero is a failure even though the node
// reports it finished (Ocean Node publishes results and logs of such jobs
// with status 70 and the exit code in terminationDetails); its logs are
// still available with Logs or Result.
func (s *Status) Err() error {
	if !s.Terminal() {
		return nil
	}
	failed := s.Code.Failed() || s.StopRequested || (s.ExitCode != nil && *s.ExitCode != 0)
	if !failed {
		return nil
	}
	return &JobFailedError{JobID: s.JobID, Code: s.Code, Text: s.Text, ExitCode: s.ExitCode, Stopped: s.StopRequested, Status: s}
}

// changed reports whether s differs from prev in what Watch reports.
func (s *Status) changed(prev *Status) bool {
	return prev == nil || s.Code != prev.Code || s.Text != prev.Text || len(s.Results) != len(prev.Results) ||
		s.StopRequested != prev.StopRequested
}

// ResultIndex returns the index of the first result of type typ
// ("output", "algorithmLog", "configurationLog", "publishLog"), or -1.
func (s *Status) ResultIndex(typ string) int {
	for i, r := range s.Results {
		if r.Type == typ {
			return i
		}
	}
	return -1
}
