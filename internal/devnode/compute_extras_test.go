package devnode_test

import (
	"encoding/json"
	"net/url"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/devchain"
)

type queuedJobJSON struct {
	jobJSON
	AdditionalViewers []string `json:"additionalViewers"`
	QueueMaxWaitTime  int64    `json:"queueMaxWaitTime"`
}

// waitStatus polls the job until done says its status is final.
func (e *env) waitStatus(acc devchain.Account, id string, done func(int) bool) queuedJobJSON {
	e.t.Helper()
	var job queuedJobJSON
	e.waitFor("job "+id+" to reach the status", func() bool {
		var jobs []queuedJobJSON
		e.getJSON("/api/services/compute?"+url.Values{"consumerAddress": {acc.Address.Hex()}, "jobId": {id}}.Encode(), &jobs)
		require.Len(e.t, jobs, 1)
		job = jobs[0]
		return done(job.Status)
	})
	return job
}

// TestComputeQueueAndViewers: Ocean Node v3.1.0's queueMaxWaitTime queues
// a free job while the free slots are taken (status 1, "Job queued") and
// expires it after the wait (2, "Job expired in queue"); without it the
// job is refused. additionalViewers may read the results, nobody else.
func TestComputeQueueAndViewers(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, allowCompute)
	consumer, viewer, stranger := e.accs[2], e.accs[3], e.accs[4]
	envID := e.envID()
	start := func(code string, extra map[string]any) (int, queuedJobJSON, string) {
		body := map[string]any{"environment": envID, "maxJobDuration": 60, "datasets": []any{},
			"algorithm": map[string]any{"meta": map[string]any{"rawcode": code, "container": map[string]any{"entrypoint": "sh $ALGO"}}}}
		for k, v := range extra {
			body[k] = v
		}
		c, b := e.startJob(consumer, "/api/services/freeCompute", "freeStartCompute", body)
		if c != 200 {
			return c, queuedJobJSON{}, string(b)
		}
		var jobs []queuedJobJSON
		require.NoError(t, json.Unmarshal(b, &jobs))
		require.Len(t, jobs, 1)
		return c, jobs[0], string(b)
	}
	var sleepers []string
	for range 3 {
		c, j, b := start("sleep 60", nil)
		require.Equal(t, 200, c, b)
		require.Equal(t, 0, j.Status)
		sleepers = append(sleepers, j.JobID)
	}
	stop := func(id string) {
		q := e.signed(consumer, "stopCompute")
		q.Set("jobId", id)
		code, _, b := e.do("PUT", "/api/services/compute?"+q.Encode(), nil, nil)
		require.Equal(t, 200, code, string(b))
	}

	// Full: refused without a queue wait (and with a non-positive one).
	c, _, b := start("echo hi", nil)
	require.Equal(t, 500, c)
	require.Contains(t, b, "Too many free jobs")
	c, _, _ = start("echo hi", map[string]any{"queueMaxWaitTime": 0})
	require.Equal(t, 500, c)

	// Queued, and expired after its wait.
	c, j, b := start("echo hi", map[string]any{"queueMaxWaitTime": 1})
	require.Equal(t, 200, c, b)
	require.Equal(t, 1, j.Status)
	require.Equal(t, "Job queued", j.StatusText)
	require.EqualValues(t, 1, j.QueueMaxWaitTime)
	expired := e.waitStatus(consumer, j.JobID, func(s int) bool { return s != 1 })
	require.Equal(t, 2, expired.Status)
	require.Equal(t, "Job expired in queue", expired.StatusText)

	// Queued until a slot frees, then run; the viewer reads its results.
	c, j, b = start("echo queued-and-ran > outputs/out.txt", map[string]any{
		"queueMaxWaitTime": 120, "additionalViewers": []string{viewer.Address.Hex()}})
	require.Equal(t, 200, c, b)
	require.Equal(t, 1, j.Status)
	require.Equal(t, []string{viewer.Address.Hex()}, j.AdditionalViewers)
	stop(sleepers[0])
	ran := e.waitStatus(consumer, j.JobID, func(s int) bool { return s >= 70 })
	require.Equal(t, 70, ran.Status, ran.StatusText)
	files := untar(t, e.result(viewer, j.JobID, 1))
	require.Equal(t, "queued-and-ran\n", files["outputs/out.txt"])
	e.result(consumer, j.JobID, 0) // the owner too
	q := e.signed(stranger, "getComputeResult")
	q.Set("jobId", j.JobID)
	q.Set("index", strconv.Itoa(0))
	code, _, body := e.do("GET", "/api/services/computeResult?"+q.Encode(), nil, nil)
	require.Equal(t, 500, code)
	require.Contains(t, string(body), "is not authorized to get results")
	// As on Ocean Node, status lists only the owner's jobs.
	var seen []queuedJobJSON
	e.getJSON("/api/services/compute?"+url.Values{"consumerAddress": {viewer.Address.Hex()}, "jobId": {j.JobID}}.Encode(), &seen)
	require.Empty(t, seen)
	for _, id := range sleepers[1:] {
		stop(id)
	}
}
