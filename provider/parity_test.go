package provider_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// TestDevnodeParity covers the DataServiceProvider items beyond the
// plain calls: signed URLs handed to another process, a signature made
// elsewhere (the agent pattern), restart, the jobs of a DID, and the order
// requirements' amount.
func TestDevnodeParity(t *testing.T) {
	ctx, net, c := startDevnode(t)
	data := bytes.Repeat([]byte("parity\n"), 3000)
	fileURL, err := net.AddFile("parity.txt", bytes.NewReader(data))
	require.NoError(t, err)
	a := publishAndOrder(t, ctx, net, c, fileURL)
	req := provider.DownloadRequest{DID: a.did, ServiceID: a.serviceID, TransferTxID: a.orderTx, Auth: provider.SignedBy(a.consumer)}

	t.Run("DownloadURL", func(t *testing.T) {
		u, err := c.DownloadURL(ctx, req)
		require.NoError(t, err)
		get := func() (int, []byte) {
			resp, err := http.Get(u) // a plain GET, as a browser would
			require.NoError(t, err)
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			return resp.StatusCode, b
		}
		code, b := get()
		require.Equal(t, http.StatusOK, code, string(b))
		assert.Equal(t, data, b)
		code, _ = get()
		assert.NotEqual(t, http.StatusOK, code, "the URL's nonce is used up")

		// The client's next signed call uses a greater nonce.
		var buf bytes.Buffer
		_, err = c.Download(ctx, req, &buf)
		require.NoError(t, err)
		assert.Equal(t, data, buf.Bytes())

		_, err = c.DownloadURL(ctx, provider.DownloadRequest{DID: a.did, ServiceID: a.serviceID, TransferTxID: a.orderTx,
			Auth: provider.TokenAuth(a.consumer.Address(), "token")})
		require.ErrorIs(t, err, provider.ErrSignatureRequired)
	})

	t.Run("Presigned", func(t *testing.T) {
		// The backend holds no key: it asks what to sign, a wallet signs.
		sr, err := c.PrepareSignature(ctx, a.consumer.Address(), provider.CommandDownload)
		require.NoError(t, err)
		wallet := a.consumer
		sig, err := wallet.SignMessage(ctx, sr.Payload)
		require.NoError(t, err)

		ps := provider.NewPresignedSigner(sr.Address, sr.Nonce, sig)
		r := req
		r.Auth = provider.SignedBy(ps)
		var buf bytes.Buffer
		_, err = c.Download(ctx, r, &buf)
		require.NoError(t, err)
		assert.Equal(t, data, buf.Bytes())

		_, err = c.Download(ctx, r, io.Discard)
		require.ErrorIs(t, err, provider.ErrPresignedUsed)

		// A signature over another command is refused by the node, once.
		sr, err = c.PrepareSignature(ctx, a.consumer.Address(), provider.CommandStopCompute)
		require.NoError(t, err)
		sig, err = wallet.SignMessage(ctx, sr.Payload)
		require.NoError(t, err)
		r.Auth = provider.SignedBy(provider.NewPresignedSigner(sr.Address, sr.Nonce, sig))
		_, err = c.Download(ctx, r, io.Discard)
		require.ErrorIs(t, err, nodehttp.ErrUnauthorized)

		// The client's own signing carries on after the pre-signed nonces.
		_, err = c.Download(ctx, req, io.Discard)
		require.NoError(t, err)
	})

	t.Run("OrderRequirements", func(t *testing.T) {
		reqs, err := c.Initialize(ctx, provider.InitializeRequest{DID: a.did, ServiceID: a.serviceID, Consumer: a.consumer.Address()})
		require.NoError(t, err)
		assert.Equal(t, "1000000000000000000", reqs.Amount.String(), "one datatoken")
	})

	t.Run("HTTPClient", func(t *testing.T) {
		u, err := c.DownloadURL(ctx, req)
		require.NoError(t, err)
		resp, err := c.HTTPClient().Get(u)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		assert.Equal(t, data, b)
	})
}

// TestDevnodeComputeParity runs a free job and hands its result out as a
// URL, lists the jobs of the DID, and finds restart unsupported on the
// node.
func TestDevnodeComputeParity(t *testing.T) {
	ctx, net, c := startDevnode(t)
	envs, err := c.ComputeEnvironments(ctx, addresses.DevChainID)
	require.NoError(t, err)
	require.NotEmpty(t, envs)
	fileURL, err := net.AddFile("c.csv", bytes.NewReader([]byte("1,2,3\n")))
	require.NoError(t, err)
	a := publishAsset(t, ctx, net, c, fileURL, &ddo.Compute{AllowRawAlgorithm: true,
		PublisherTrustedAlgorithmPublishers: []string{ddo.Wildcard}}, false, nil)
	meta, err := json.Marshal(map[string]any{"rawcode": "echo result > outputs/r.txt",
		"container": map[string]any{"entrypoint": "sh $ALGO", "image": "local", "tag": "latest"}})
	require.NoError(t, err)
	start := provider.StartComputeRequest{Free: true, Environment: envs[0].ID,
		Datasets:  []provider.ComputeAsset{{DID: a.did, ServiceID: a.serviceID}},
		Algorithm: provider.ComputeAlgorithm{Meta: meta}, Auth: provider.SignedBy(a.consumer)}
	jobs, err := c.StartCompute(ctx, start)
	require.NoError(t, err)
	require.Len(t, jobs, 1)
	jobID := jobs[0].JobID

	var job provider.ComputeJob
	require.Eventually(t, func() bool {
		js, err := c.ComputeStatus(ctx, a.consumer.Address(), "", a.did)
		if err != nil || len(js) != 1 {
			return false
		}
		job = js[0]
		return job.Terminal()
	}, time.Minute, 20*time.Millisecond, "the DID's jobs")
	require.Equal(t, jobID, job.JobID)
	require.Equal(t, 70, job.Status, job.StatusText)
	require.NotEmpty(t, job.Results)

	other, err := c.ComputeStatus(ctx, a.consumer.Address(), "", "did:op:"+strings.Repeat("0", 64))
	require.NoError(t, err)
	for _, j := range other {
		assert.Empty(t, j.DIDs(), "a job listed for another DID reports no DIDs")
	}

	for i, r := range job.Results {
		u, err := c.ComputeResultURL(ctx, jobID, i, provider.SignedBy(a.consumer))
		require.NoError(t, err)
		resp, err := http.Get(u)
		require.NoError(t, err)
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
		assert.Len(t, b, int(r.Filesize), r.Filename)
	}

	restart := start
	restart.JobID = jobID
	_, err = c.RestartCompute(ctx, restart)
	require.ErrorIs(t, err, provider.ErrUnsupported)
	_, err = c.StartCompute(ctx, restart)
	require.ErrorIs(t, err, provider.ErrUnsupported, "a job id on start is a restart")
}
