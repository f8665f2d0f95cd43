package provider

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestComputeRequestShapes checks what the client sends to a node for the
// compute operations (method, path, query, body, signature) and that it
// decodes the node's answers. The fake only records and replays; protocol
// behaviour is the devnode's to prove.
func TestComputeRequestShapes(t *testing.T) {
	f := newFakeNode(t)
	s := testSigner(t)
	job := map[string]any{"owner": consumerHex, "jobId": "0xenv-4d32", "status": 40, "statusText": "Running algorithm",
		"dateCreated": "1700000000.5", "results": []map[string]any{{"filename": "out.txt", "filesize": 5, "type": "output", "index": 0}}}
	var startBody map[string]any
	f.handle("POST /api/services/compute", func(w http.ResponseWriter, r *http.Request) {
		require.NoError(t, json.NewDecoder(r.Body).Decode(&startBody))
		if msg := f.verify(startBody["consumerAddress"].(string), startBody["nonce"].(string), startBody["signature"].(string), "startCompute"); msg != "" {
			http.Error(w, msg, http.StatusUnauthorized)
			return
		}
		writeJSON(w, 200, []any{job})
	})
	f.handle("GET /api/services/compute", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, consumerHex, r.URL.Query().Get("consumerAddress"))
		assert.Equal(t, "0xenv-4d32", r.URL.Query().Get("jobId"))
		writeJSON(w, 200, []any{job})
	})
	f.handle("PUT /api/services/compute", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if msg := f.verify(q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), "stopCompute"); msg != "" {
			http.Error(w, msg, http.StatusUnauthorized)
			return
		}
		writeJSON(w, 200, []any{map[string]any{"jobId": q.Get("jobId"), "status": 70, "statusText": "Job stopped"}})
	})
	f.handle("GET /api/services/computeResult", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if msg := f.verify(q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), "getComputeResult"); msg != "" {
			http.Error(w, msg, http.StatusUnauthorized)
			return
		}
		assert.Equal(t, "0", q.Get("index"))
		io.WriteString(w, "hello")
	})
	f.handle("GET /api/services/computeStreamableLogs", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if msg := f.verify(q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), "getComputeStreamableLogs"); msg != "" {
			http.Error(w, msg, http.StatusUnauthorized)
			return
		}
		for i := range 3 {
			io.WriteString(w, "line "+strconv.Itoa(i)+"\n")
			w.(http.Flusher).Flush()
		}
	})
	c := fastClient(t, f.url())
	ctx := t.Context()
	token := common.HexToAddress("0x2473f4F7bf40ed9310838edFCA6262C17A59DF64")
	jobs, err := c.StartCompute(ctx, StartComputeRequest{
		Datasets:    []ComputeAsset{{DID: vecDID, ServiceID: "svc", TransferTxID: "0x01"}},
		Algorithm:   ComputeAlgorithm{ComputeAsset: ComputeAsset{DID: "did:op:algo", ServiceID: "a", TransferTxID: "0x02"}},
		Environment: "0xenv", Auth: SignedBy(s), MaxJobDuration: 60,
		Payment: &ComputePayment{ChainID: 8996, Token: token, Resources: []ComputeResource{{ID: "cpu", Amount: 1}}},
	})
	require.NoError(t, err)
	require.Len(t, jobs, 1)
	assert.Equal(t, 40, jobs[0].Status)
	assert.False(t, jobs[0].Terminal())
	assert.Equal(t, "0xenv", startBody["environment"])
	assert.EqualValues(t, 60, startBody["maxJobDuration"])
	assert.EqualValues(t, 8996, startBody["chainId"])
	assert.Equal(t, token.Hex(), startBody["payment"].(map[string]any)["token"])
	assert.Len(t, startBody["datasets"], 1)
	assert.Equal(t, vecDID, startBody["dataset"].(map[string]any)["documentId"])

	jobs, err = c.ComputeStatus(ctx, s.Address(), "0xenv-4d32", "")
	require.NoError(t, err)
	require.Len(t, jobs[0].Results, 1)
	assert.Equal(t, "out.txt", jobs[0].Results[0].Filename)

	var buf bytes.Buffer
	res, err := c.ComputeResult(ctx, ComputeResultRequest{JobID: "0xenv-4d32", Index: 0, Auth: SignedBy(s), ExpectedSize: 5}, &buf)
	require.NoError(t, err)
	assert.Equal(t, "hello", buf.String())
	assert.Equal(t, int64(5), res.Size)

	buf.Reset()
	n, err := c.ComputeLogs(ctx, "0xenv-4d32", SignedBy(s), &buf)
	require.NoError(t, err)
	assert.Equal(t, int64(buf.Len()), n)
	assert.Equal(t, "line 0\nline 1\nline 2\n", buf.String())

	jobs, err = c.StopCompute(ctx, "0xenv-4d32", "", SignedBy(s))
	require.NoError(t, err)
	assert.True(t, jobs[0].Terminal())

	_, err = c.StartCompute(ctx, StartComputeRequest{Environment: "x"})
	assert.Error(t, err)
}
