package compute_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/compute"
)

// TestQueueWaitAndViewers: a paid job with QueueMaxWaitTime locks its
// escrow for the duration plus the wait (Ocean Node's minLockSeconds), so
// Pay authorizes that much and the start succeeds; an additional viewer
// reads the results with its own key.
func TestQueueWaitAndViewers(t *testing.T) {
	t.Parallel()
	f := devnetFixture(t)
	ctx := testCtx(t)
	c, consumer := f.consumer(t)
	viewer, viewerAcct := f.consumer(t)

	algo := f.publishAlgorithm(t, ctx, "viewed count", countAlgo)
	ds := f.publishDataset(t, ctx, "viewed data", strings.Repeat("v", 41), false, algo)
	f.mint(t, ctx, ds, consumer, 1)
	f.mint(t, ctx, algo, consumer, 1)

	spec := compute.Spec{Datasets: []compute.Asset{ds.asset()}, Algorithm: compute.Algorithm{Asset: algo.asset()},
		MaxJobDuration: 90 * time.Second, QueueMaxWaitTime: 30 * time.Second,
		AdditionalViewers: []common.Address{viewerAcct.Address}}
	reqs, err := c.Initialize(ctx, spec)
	require.NoError(t, err)
	require.NotNil(t, reqs.Escrow)
	assert.EqualValues(t, 120, reqs.Escrow.MinLockSeconds, "maxJobDuration + queueMaxWaitTime")
	paid, err := c.Pay(ctx, reqs)
	require.NoError(t, err)
	job, err := c.Start(ctx, reqs, paid)
	require.NoError(t, err)
	st, err := c.Wait(ctx, job.ID, fastWatch)
	require.NoError(t, err)
	require.Equal(t, compute.StatusFinished, st.Code)
	assert.Contains(t, string(st.Job.Raw), `"queueMaxWaitTime":30`)
	assert.Contains(t, strings.ToLower(string(st.Job.Raw)), strings.ToLower(viewerAcct.Address.Hex()))

	var out bytes.Buffer
	_, err = viewer.Result(ctx, job.ID, 1, &out)
	require.NoError(t, err, "an additional viewer reads the results")
	assert.Equal(t, "41\n", untar(t, &out)["outputs/count.txt"])

	// A stranger may not.
	stranger, _ := f.consumer(t)
	_, err = stranger.Result(ctx, job.ID, 1, &bytes.Buffer{})
	require.Error(t, err)

	// Bad extras are refused before anything is sent.
	bad := spec
	bad.QueueMaxWaitTime = -time.Second
	_, err = c.Initialize(ctx, bad)
	require.ErrorIs(t, err, compute.ErrInvalidSpec)
	bad = spec
	bad.AdditionalViewers = []common.Address{{}}
	_, err = c.Initialize(ctx, bad)
	require.ErrorIs(t, err, compute.ErrInvalidSpec)
}
