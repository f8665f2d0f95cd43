package assets_test

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/ddo"
)

// TestRunComputeUserData runs a job on a dataset and an algorithm that
// declare consumer parameters (the algorithm in metadata.algorithm):
// values that break a declaration fail with a *ParameterError before
// anything is asked of the node; good ones go to the node with the job
// (each asset's userdata).
func TestRunComputeUserData(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	f := newComputeFixture(t)
	meta := assets.Metadata{Name: "compute userdata", Description: "assets compute test", Author: "ocean.go", License: "MIT"}
	algoURL, err := devNet.AddFile("algo-userdata.sh", strings.NewReader(countAlgo))
	require.NoError(t, err)
	algo, err := f.pub.Publish(ctx, assets.PublishParams{Key: "compute-userdata/algorithm", Metadata: meta,
		Algorithm: &ddo.AlgorithmParams{Language: "sh", Version: "1", Container: ddo.Container{Entrypoint: "sh $ALGO",
			Image: "alpine", Tag: "3.20", Checksum: "sha256:" + strings.Repeat("0", 64)},
			ConsumerParameters: []ddo.ConsumerParameter{{Name: "depth", Type: "number", Label: "Depth", Description: "depth", Required: true, Default: ddo.StringValue("1")}}},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: algoURL}}, Pricing: assets.Pricing{Type: assets.PricingFree}}}})
	require.NoError(t, err)
	sum, err := ddo.FileChecksum(strings.NewReader(countAlgo))
	require.NoError(t, err)
	trusted, err := ddo.TrustAlgorithm(algo.DDO, algo.ServiceIDs[0], ddo.FilesChecksum(sum))
	require.NoError(t, err)
	dataURL, err := devNet.AddFile("data-userdata.bin", strings.NewReader("12345"))
	require.NoError(t, err)
	data, err := f.pub.Publish(ctx, assets.PublishParams{Key: "compute-userdata/dataset", Metadata: meta,
		Services: []assets.ServiceParams{{Type: ddo.ServiceCompute, Files: []assets.File{{URL: dataURL}}, Timeout: 3600,
			Pricing: assets.Pricing{Type: assets.PricingFree},
			ConsumerParameters: []ddo.ConsumerParameter{{Name: "mode", Type: "select", Label: "Mode", Description: "mode",
				Default: ddo.StringValue("fast"), Options: ddo.StringValue(`[{"fast":"Fast"},{"slow":"Slow"}]`)}},
			Compute: &assets.ComputeOptions{TrustedAlgorithms: []ddo.TrustedAlgorithm{trusted},
				TrustedPublishers: []string{f.pub.Address().Hex()}}}}})
	require.NoError(t, err)

	var mu sync.Mutex
	var bodies []string
	c := newClient(t, f.consumer(t), wiring{nodeWrap: func(rt http.RoundTripper) http.RoundTripper {
		return roundTripFunc(func(r *http.Request) (*http.Response, error) {
			if r.Method == http.MethodPost && strings.Contains(strings.ToLower(r.URL.Path), "compute") && r.Body != nil {
				b, err := io.ReadAll(r.Body)
				if err != nil {
					return nil, err
				}
				r.Body = io.NopCloser(bytes.NewReader(b))
				mu.Lock()
				bodies = append(bodies, string(b))
				mu.Unlock()
			}
			return rt.RoundTrip(r)
		})
	}})
	spec := func(dataUD, algoUD map[string]any) compute.Spec {
		return compute.Spec{Free: true,
			Datasets:  []compute.Asset{{DID: data.DID, ServiceID: data.ServiceIDs[0], UserData: dataUD}},
			Algorithm: compute.Algorithm{Asset: compute.Asset{DID: algo.DID, ServiceID: algo.ServiceIDs[0], UserData: algoUD}}}
	}
	for i, s := range []compute.Spec{
		spec(map[string]any{"mode": "medium"}, map[string]any{"depth": 2}),
		spec(nil, nil),
		spec(nil, map[string]any{"depth": "deep"}),
	} {
		_, err := c.RunCompute(ctx, assets.RunComputeParams{Key: "compute-userdata/bad/" + string(rune('a'+i)), Spec: s})
		var pe *assets.ParameterError
		require.ErrorAs(t, err, &pe, "spec %d", i)
	}
	mu.Lock()
	assert.Empty(t, bodies, "nothing sent for bad user data")
	mu.Unlock()

	res, err := c.RunCompute(ctx, assets.RunComputeParams{Key: "compute-userdata/good",
		Spec: spec(map[string]any{"mode": "slow"}, map[string]any{"depth": 3})})
	require.NoError(t, err)
	checkOutput(t, c, res.Job.ID, "5\n")
	mu.Lock()
	defer mu.Unlock()
	require.NotEmpty(t, bodies)
	start := bodies[len(bodies)-1]
	assert.Contains(t, start, `"userdata":{"mode":"slow"}`)
	assert.Contains(t, start, `"userdata":{"depth":3}`)
}
