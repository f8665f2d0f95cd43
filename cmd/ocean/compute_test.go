package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// statuses decodes the JSON lines of a watched job.
func statuses(t *testing.T, out string) []jobStatus {
	t.Helper()
	var all []jobStatus
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var s jobStatus
		require.NoError(t, json.Unmarshal([]byte(line), &s), line)
		all = append(all, s)
	}
	return all
}

var fastPoll = []string{"--poll", "20ms", "--poll-max", "200ms"}

// TestComputeFree runs a free job with a raw algorithm: start with --wait,
// status, result, logs; then a long job stopped while it runs.
func TestComputeFree(t *testing.T) {
	c := newCLI(t)
	f := publishFile(t, c, "compute.csv", 4321, "--free", "--compute", "--allow-raw-algorithm", "--trust-all-algorithms")
	consumer := account(6)
	algo := writeFile(t, "algo.sh", `wc -c < "$(ls /dev/null $PWD/inputs/*/* 2>/dev/null | tail -1)" > outputs/size.txt; echo computed`+"\n")

	out := c.ok(consumer, append([]string{"--json", "compute", "start", f.pub.DID, "--raw-algo", algo, "--image", "local",
		"--free", "--wait"}, fastPoll...)...)
	sts := statuses(t, out)
	last := sts[len(sts)-1]
	require.True(t, last.Terminal, out)
	require.Equal(t, 70, last.Status, out)
	require.Empty(t, last.Error)
	job := last.JobID

	st := jsonOf[jobStatus](c, consumer, "compute", "status", job)
	assert.Equal(t, job, st.JobID)
	assert.True(t, st.Terminal)
	assert.NotEmpty(t, st.Results)
	assert.Equal(t, "finished", st.State)
	assert.Contains(t, c.ok(consumer, "compute", "status", job), job+"  finished")

	tarPath := filepath.Join(t.TempDir(), "out.tar")
	c.ok(consumer, "compute", "result", job, "-o", tarPath)
	tarball, err := os.ReadFile(tarPath)
	require.NoError(t, err)
	assert.Contains(t, string(tarball), "4321", "the algorithm read the dataset")
	assert.Contains(t, c.ok(consumer, "compute", "logs", job), "computed")

	// Another account does not see the job; an unknown job is not found.
	c.fails(exitNotFound, account(7), "compute", "status", job)
	c.fails(exitNotFound, consumer, "compute", "status", "0x"+strings.Repeat("0", 64)+"-nope")
	c.fails(exitUsage, consumer, "compute", "start", f.pub.DID)
	c.fails(exitUsage, consumer, "compute", "start", f.pub.DID, "--raw-algo", algo)

	// A job that would run for minutes, stopped.
	long := writeFile(t, "long.sh", "echo tick; sleep 120\n")
	started := jsonOf[jobStatus](c, consumer, "compute", "start", f.pub.DID, "--raw-algo", long, "--image", "local", "--free")
	require.False(t, started.Terminal)
	c.ok(consumer, "compute", "stop", started.JobID)
	code, out, errOut := c.as(consumer, "--json", "compute", "status", started.JobID, "--wait")
	assert.Equal(t, exitFailure, code, "a stopped job is not a success: %s %s", out, errOut)
	sts = statuses(t, out)
	assert.True(t, sts[len(sts)-1].Terminal)
}

// TestComputePaid publishes an algorithm from a JSON file and a dataset that
// trusts every algorithm, then runs a paid job: datatokens from the
// dispensers, orders, escrow, start, wait.
func TestComputePaid(t *testing.T) {
	c := newCLI(t)
	code := "for f in inputs/did:op:*/0; do wc -c < \"$f\" | tr -d ' ' > outputs/count.txt; done\necho paid run\n"
	codeURL, err := dn.AddFile("count.sh", strings.NewReader(code))
	require.NoError(t, err)
	params := `{"metadata":{"name":"CLI counter","description":"counts bytes","author":"cli","license":"MIT"},
	  "algorithm":{"language":"sh","version":"1","container":{"entrypoint":"sh $ALGO","image":"alpine","tag":"3.20",
	    "checksum":"sha256:0000000000000000000000000000000000000000000000000000000000000000"}},
	  "services":[{"files":[{"url":"` + codeURL + `"}],"pricing":{"type":"free"},"checksum":true}]}`
	algo := jsonOf[publishResult](c, account(1), "publish", writeFile(t, "algo.json", params))
	doc := jsonOf[map[string]any](c, nil, "get", algo.DID)
	assert.Equal(t, "algorithm", doc["metadata"].(map[string]any)["type"])

	ds := publishFile(t, c, "paid.csv", 77, "--free", "--compute", "--trust-all-algorithms")
	out := c.ok(account(7), append([]string{"--json", "compute", "start", ds.pub.DID, "--algo", algo.DID,
		"--max-duration", "2m", "--wait"}, fastPoll...)...)
	sts := statuses(t, out)
	last := sts[len(sts)-1]
	require.Equal(t, 70, last.Status, out)
	tarPath := filepath.Join(t.TempDir(), "out.tar")
	c.ok(account(7), "compute", "result", last.JobID, "-o", tarPath)
	tarball, err := os.ReadFile(tarPath)
	require.NoError(t, err)
	assert.Contains(t, string(tarball), "77\n", "the output holds the dataset's size")

	// A published algorithm on a dataset that trusts none is refused.
	strict := publishFile(t, c, "strict.csv", 10, "--free", "--compute")
	c.fails(exitFailure, account(7), "compute", "start", strict.pub.DID, "--algo", algo.DID, "--max-duration", "1m")
}
