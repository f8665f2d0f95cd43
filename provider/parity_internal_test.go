package provider

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOrderRequirementsAmountReceiver(t *testing.T) {
	var classic OrderRequirements
	require.NoError(t, json.Unmarshal([]byte(`{"numTokens": 2.5, "dataToken": "0x2473f4F7bf40ed9310838edFCA6262C17A59DF64",
		"to": "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909", "nonce": 3, "computeAddress": "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909"}`), &classic))
	assert.Equal(t, "2500000000000000000", classic.Amount.String())
	assert.Equal(t, common.HexToAddress("0xe08A1dAe983BC701D05E492DB80e0144f8f4b909"), classic.Receiver)
	assert.Equal(t, common.HexToAddress("0x2473f4F7bf40ed9310838edFCA6262C17A59DF64"), classic.Datatoken)

	var node OrderRequirements
	require.NoError(t, json.Unmarshal([]byte(`{"datatoken": "0x2473f4F7bf40ed9310838edFCA6262C17A59DF64", "nonce": "0"}`), &node))
	assert.Equal(t, "1000000000000000000", node.Amount.String(), "one datatoken")
	assert.Equal(t, common.Address{}, node.Receiver, "Ocean Node does not say")

	for _, bad := range []string{`{"numTokens": "-1"}`, `{"numTokens": "0.0000000000000000001"}`, `{"numTokens": "x"}`, `{"to": "nope"}`} {
		var o OrderRequirements
		assert.Error(t, json.Unmarshal([]byte(bad), &o), bad)
	}
}

// TestComputeStatusDIDFilter: a node is never asked with agreementId (it
// matches the job's agreement id, not a DID); the DID filter runs here on
// the DIDs the jobs report, keeping jobs that report none.
func TestComputeStatusDIDFilter(t *testing.T) {
	f := newFakeNode(t)
	const did, other = "did:op:aa", "did:op:bb"
	f.handle("GET /api/services/compute", func(w http.ResponseWriter, r *http.Request) {
		assert.False(t, r.URL.Query().Has("agreementId"))
		assert.False(t, r.URL.Query().Has("documentId"))
		writeJSON(w, 200, []any{
			map[string]any{"jobId": "1", "status": 70, "inputDID": []string{did}},
			map[string]any{"jobId": "2", "status": 70, "inputDID": other},
			map[string]any{"jobId": "3", "status": 70, "inputDID": nil, "algoDID": nil, "did": nil},
			map[string]any{"jobId": "4", "status": 70, "inputDID": other + "," + did},
			map[string]any{"jobId": "5", "status": 70, "algoDID": did},
		})
	})
	c := fastClient(t, f.url())
	jobs, err := c.ComputeStatus(t.Context(), common.HexToAddress(consumerHex), "", did)
	require.NoError(t, err)
	var ids []string
	for _, j := range jobs {
		ids = append(ids, j.JobID)
	}
	assert.Equal(t, []string{"1", "3", "4", "5"}, ids)
	all, err := c.ComputeStatus(t.Context(), common.HexToAddress(consumerHex), "", "")
	require.NoError(t, err)
	assert.Len(t, all, 5)
	assert.Equal(t, []string{other, did}, all[3].DIDs())
}

// TestClassicRestart: a classic provider restarts a job by stopping it
// and starting it again with its id.
func TestClassicRestart(t *testing.T) {
	f := newFakeNode(t)
	root := nodeRoot("Provider")
	delete(root, "nodeId")
	delete(root, "providerAddress")
	root["providerAddresses"] = map[string]string{"8996": "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909"}
	f.mux.HandleFunc("GET /classic/{$}", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, root) })
	f.mux.HandleFunc("GET /classic/api/services/nonce", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]string{"nonce": "7"})
	})
	var calls []string
	f.mux.HandleFunc("PUT /classic/api/services/compute", func(w http.ResponseWriter, r *http.Request) {
		calls = append(calls, "stop "+r.URL.Query().Get("jobId")+" "+r.URL.Query().Get("documentId"))
		writeJSON(w, 200, []any{map[string]any{"jobId": r.URL.Query().Get("jobId"), "status": 70}})
	})
	f.mux.HandleFunc("POST /classic/api/services/compute", func(w http.ResponseWriter, r *http.Request) {
		var body map[string]any
		require.NoError(t, json.NewDecoder(r.Body).Decode(&body))
		calls = append(calls, "start "+body["jobId"].(string))
		writeJSON(w, 200, []any{map[string]any{"jobId": body["jobId"], "status": 10}})
	})
	c := fastClient(t, f.URL+"/classic")
	r := StartComputeRequest{JobID: "job-1", Environment: "env", Auth: SignedBy(testSigner(t)),
		Datasets: []ComputeAsset{{DID: vecDID, ServiceID: "s", TransferTxID: "0x01"}}}
	jobs, err := c.RestartCompute(t.Context(), r)
	require.NoError(t, err)
	require.Len(t, jobs, 1)
	assert.Equal(t, "job-1", jobs[0].JobID)
	assert.Equal(t, []string{"stop job-1 " + vecDID, "start job-1"}, calls)

	_, err = c.PrepareSignature(t.Context(), common.HexToAddress(consumerHex), CommandDownload)
	require.ErrorIs(t, err, ErrUnsupported, "classic messages are per route")
	_, err = c.RestartCompute(t.Context(), StartComputeRequest{})
	require.Error(t, err)
}
