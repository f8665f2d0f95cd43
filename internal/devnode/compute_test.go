package devnode_test

import (
	"archive/tar"
	"bytes"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/contracts/escrow"
	"github.com/oceango/ocean.go/internal/contracts/oceantoken"
	"github.com/oceango/ocean.go/internal/devchain"
	"github.com/oceango/ocean.go/internal/devnode"
)

const countAlgo = `set -e
for f in inputs/did:op:*/0; do wc -c < "$f" | tr -d ' ' > outputs/count.txt; done
cp inputs/algoCustomData.json outputs/params.json
echo "algorithm ran in $DATA_DIR"
`

type jobJSON struct {
	JobID         string `json:"jobId"`
	Owner         string `json:"owner"`
	Status        int    `json:"status"`
	StatusText    string `json:"statusText"`
	StopRequested bool   `json:"stopRequested"`
	InputDID      []string
	Results       []struct {
		Filename string `json:"filename"`
		Type     string `json:"type"`
		Index    int    `json:"index"`
		Filesize int64  `json:"filesize"`
	} `json:"results"`
	Payment     map[string]any `json:"payment"`
	Environment string         `json:"environment"`
}

// allowCompute turns the local compute executor on.
func allowCompute(c *devnode.Config) { c.AllowLocalCompute = true }

// TestComputeLikeOceanNode: without AllowLocalCompute the node has no
// compute environment and answers the compute routes as Ocean Node v3.1.0
// without a compute engine does; required fields are checked first (400),
// before authentication and the environment.
func TestComputeLikeOceanNode(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	consumer := e.accs[2]
	var envs []any
	e.getJSON("/api/services/computeEnvironments", &envs)
	require.Empty(t, envs)

	// initializeCompute: plain-text 400s.
	code, b := e.postJSON("/api/services/initializeCompute", map[string]any{"datasets": []any{}, "environment": "x",
		"consumerAddress": consumer.Address.Hex()})
	require.Equal(t, 400, code)
	require.Equal(t, "Missing algorithm", string(b))
	code, b = e.postJSON("/api/services/initializeCompute", map[string]any{"datasets": []any{}, "algorithm": map[string]any{},
		"environment": "x", "consumerAddress": consumer.Address.Hex()})
	require.Equal(t, 400, code)
	require.Equal(t, `Missing one ( "payment" ) or more required field(s) for command: "initializeCompute". Required fields: datasets,algorithm,payment,consumerAddress,environment`, string(b))
	code, b = e.postJSON("/api/services/initializeCompute", map[string]any{"datasets": []any{}, "algorithm": map[string]any{},
		"environment": "x", "consumerAddress": consumer.Address.Hex(), "payment": map[string]any{"chainId": 8996, "token": "0x0"}})
	require.Equal(t, 500, code)
	require.Equal(t, "Invalid C2D Environment", string(b))

	// compute and freeCompute: JSON-string 400s, before authentication.
	code, b = e.postJSON("/api/services/compute", map[string]any{"environment": "x", "algorithm": map[string]any{},
		"datasets": []any{}, "consumerAddress": consumer.Address.Hex()})
	require.Equal(t, 400, code)
	require.Equal(t, `"Missing one ( \"maxJobDuration\" ) or more required field(s) for command: \"startCompute\". Required fields: environment,algorithm,datasets,maxJobDuration"`, string(b))
	code, b = e.postJSON("/api/services/freeCompute", map[string]any{"environment": "x", "algorithm": map[string]any{},
		"consumerAddress": consumer.Address.Hex()})
	require.Equal(t, 400, code)
	require.Equal(t, `"Missing one ( \"datasets\" ) or more required field(s) for command: \"freeStartCompute\". Required fields: algorithm,datasets,environment"`, string(b))
	code, b = e.postJSON("/api/services/freeCompute", map[string]any{"environment": "x", "algorithm": map[string]any{},
		"datasets": []any{}, "consumerAddress": "nope"})
	require.Equal(t, 400, code)
	require.Equal(t, `"Parameter : \"consumerAddress\" is not a valid web3 address"`, string(b))
	// Valid and signed: no environment here.
	code, b = e.startJob(consumer, "/api/services/freeCompute", "freeStartCompute", map[string]any{"environment": "x",
		"datasets": []any{}, "algorithm": map[string]any{"meta": map[string]any{"rawcode": "echo hi"}}})
	require.Equal(t, 500, code)
	require.Equal(t, `"Invalid C2D Environment"`, string(b))

	// Unknown jobs.
	q := e.signed(consumer, "stopCompute")
	q.Set("jobId", "abc")
	code, _, b = e.do("PUT", "/api/services/compute?"+q.Encode(), nil, nil)
	require.Equal(t, 500, code)
	require.Equal(t, "Internal Server Error", string(b))
	q = e.signed(consumer, "getComputeResult")
	q.Set("jobId", "abc")
	q.Set("index", "0")
	code, _, b = e.do("GET", "/api/services/computeResult?"+q.Encode(), nil, nil)
	require.Equal(t, 500, code)
	require.Equal(t, "Invalid C2D Environment", string(b))
	code, _, b = e.do("DELETE", "/api/services/compute", nil, nil)
	require.Equal(t, 404, code)
	require.Equal(t, "Not yet implemented!", string(b))
}

func (e *env) envID() string {
	e.t.Helper()
	var envs []map[string]any
	e.getJSON("/api/services/computeEnvironments?chainId=8996", &envs)
	require.Len(e.t, envs, 1)
	return envs[0]["id"].(string)
}

func (e *env) startJob(acc devchain.Account, route, command string, body map[string]any) (int, []byte) {
	e.t.Helper()
	q := e.signed(acc, command)
	body["consumerAddress"] = q.Get("consumerAddress")
	body["nonce"] = q.Get("nonce")
	body["signature"] = q.Get("signature")
	return e.postJSON(route, body)
}

func (e *env) waitJob(acc devchain.Account, id string) jobJSON {
	e.t.Helper()
	var job jobJSON
	e.waitFor("job "+id+" to end", func() bool {
		var jobs []jobJSON
		e.getJSON("/api/services/compute?"+url.Values{"consumerAddress": {acc.Address.Hex()}, "jobId": {id}}.Encode(), &jobs)
		require.Len(e.t, jobs, 1)
		job = jobs[0]
		return job.Status >= 70 || job.Status == 31 || job.Status == 32 || job.Status == 41
	})
	return job
}

func (e *env) result(acc devchain.Account, id string, index int) []byte {
	e.t.Helper()
	q := e.signed(acc, "getComputeResult")
	q.Set("jobId", id)
	q.Set("index", strconv.Itoa(index))
	code, _, b := e.do("GET", "/api/services/computeResult?"+q.Encode(), nil, nil)
	require.Equal(e.t, 200, code, string(b))
	return b
}

func untar(t testing.TB, b []byte) map[string]string {
	out := map[string]string{}
	tr := tar.NewReader(bytes.NewReader(b))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
		c, err := io.ReadAll(tr)
		require.NoError(t, err)
		out[h.Name] = string(c)
	}
}

func computeService(trusted []ddo.TrustedAlgorithm, raw bool) *ddo.Compute {
	return &ddo.Compute{AllowRawAlgorithm: raw, AllowNetworkAccess: true, PublisherTrustedAlgorithms: trusted,
		PublisherTrustedAlgorithmPublishers: []string{ddo.Wildcard}}
}

func TestFreeComputeRawAlgorithm(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, allowCompute)
	pub, consumer := e.accs[1], e.accs[2]
	e.files["data.csv"] = bytes.Repeat([]byte("x"), 1234)
	ds := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/data.csv"}, flags: ddo.FlagEncrypted,
		serviceType: ddo.ServiceCompute, compute: computeService(nil, true)})
	e.waitDDO(ds.did)
	envID := e.envID()

	code, b := e.startJob(consumer, "/api/services/freeCompute", "freeStartCompute", map[string]any{
		"environment": envID,
		"datasets":    []map[string]any{{"documentId": ds.did, "serviceId": ds.serviceID}},
		"algorithm": map[string]any{"meta": map[string]any{"rawcode": countAlgo, "container": map[string]any{"entrypoint": "sh $ALGO", "image": "local", "tag": "latest"}},
			"algocustomdata": map[string]any{"iterations": "3"}},
	})
	require.Equal(t, 200, code, string(b))
	var started []jobJSON
	require.NoError(t, json.Unmarshal(b, &started))
	require.Len(t, started, 1)
	job := e.waitJob(consumer, started[0].JobID)
	require.Equal(t, 70, job.Status, job.StatusText)
	require.Equal(t, []string{ds.did}, job.InputDID)
	var byAgreement []jobJSON
	e.getJSON("/api/services/compute?"+url.Values{"consumerAddress": {consumer.Address.Hex()}, "agreementId": {ds.did}}.Encode(), &byAgreement)
	require.Empty(t, byAgreement, "agreementId is the job's agreement id, which no job has (as on Ocean Node)")
	require.Len(t, job.Results, 2)
	require.Equal(t, "algorithmLog", job.Results[0].Type)
	require.Equal(t, "output", job.Results[1].Type)

	logs := e.result(consumer, job.JobID, 0)
	require.Contains(t, string(logs), "algorithm ran in")
	files := untar(t, e.result(consumer, job.JobID, 1))
	require.Equal(t, "1234\n", files["outputs/count.txt"])
	require.JSONEq(t, `{"iterations":"3"}`, files["outputs/params.json"])

	// Someone else sees nothing and cannot fetch results.
	var others []jobJSON
	e.getJSON("/api/services/compute?consumerAddress="+e.accs[3].Address.Hex(), &others)
	require.Empty(t, others)
	q := e.signed(e.accs[3], "getComputeResult")
	q.Set("jobId", job.JobID)
	q.Set("index", "0")
	code, _, b = e.do("GET", "/api/services/computeResult?"+q.Encode(), nil, nil)
	require.Equal(t, 500, code)
	require.Equal(t, e.accs[3].Address.Hex()+" is not authorized to get results for job with id "+strings.SplitN(job.JobID, "-", 2)[1], string(b))

	// An unknown environment.
	code, b = e.startJob(consumer, "/api/services/freeCompute", "freeStartCompute", map[string]any{"environment": "none",
		"datasets": []any{}, "algorithm": map[string]any{"meta": map[string]any{"rawcode": "true"}}})
	require.Equal(t, 500, code)
	require.Equal(t, `"Invalid C2D Environment"`, string(b))

	// A dataset whose compute service does not allow raw algorithms.
	strict := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/data.csv"}, flags: ddo.FlagEncrypted,
		serviceType: ddo.ServiceCompute, compute: computeService([]ddo.TrustedAlgorithm{}, false)})
	e.waitDDO(strict.did)
	code, _ = e.startJob(consumer, "/api/services/freeCompute", "freeStartCompute", map[string]any{
		"environment": envID, "datasets": []map[string]any{{"documentId": strict.did, "serviceId": strict.serviceID}},
		"algorithm": map[string]any{"meta": map[string]any{"rawcode": "true", "container": map[string]any{"entrypoint": "sh $ALGO"}}},
	})
	require.Equal(t, 500, code)
}

func TestComputeTimeLimitStopAndLogs(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, allowCompute)
	consumer := e.accs[2]
	envID := e.envID()
	start := func(code string, duration int) string {
		c, b := e.startJob(consumer, "/api/services/freeCompute", "freeStartCompute", map[string]any{
			"environment": envID, "maxJobDuration": duration, "datasets": []any{},
			"algorithm": map[string]any{"meta": map[string]any{"rawcode": code, "container": map[string]any{"entrypoint": "sh $ALGO"}}},
		})
		require.Equal(t, 200, c, string(b))
		var jobs []jobJSON
		require.NoError(t, json.Unmarshal(b, &jobs))
		return jobs[0].JobID
	}
	// The time limit kills the process: the log has the line before the
	// sleep, never the one after it.
	id := start("echo before; sleep 30; echo after", 1)
	job := e.waitJob(consumer, id)
	logs := string(e.result(consumer, id, 0))
	require.Contains(t, logs, "before")
	require.NotContains(t, logs, "after")
	require.Contains(t, logs, "time limit")
	require.Equal(t, 70, job.Status)

	// Stop.
	id = start("echo started; sleep 30", 60)
	q := e.signed(consumer, "getComputeStreamableLogs")
	q.Set("jobId", id)
	logsDone, started := make(chan string, 1), make(chan struct{})
	req, err := http.NewRequestWithContext(t.Context(), "GET", e.url+"/api/services/computeStreamableLogs?"+q.Encode(), nil)
	require.NoError(t, err)
	resp, err := e.http.Do(req)
	require.NoError(t, err)
	go func() {
		// Read the stream as it comes; say when the job has printed.
		defer resp.Body.Close()
		var got []byte
		buf := make([]byte, 1024)
		for {
			n, err := resp.Body.Read(buf)
			had := bytes.Contains(got, []byte("started"))
			got = append(got, buf[:n]...)
			if !had && bytes.Contains(got, []byte("started")) {
				close(started)
			}
			if err != nil {
				logsDone <- string(got)
				return
			}
		}
	}()
	ctx, cancel := e.waitCtx()
	defer cancel()
	select {
	case <-started:
	case <-ctx.Done():
		t.Fatal("the running job's log never streamed")
	}
	q = e.signed(consumer, "stopCompute")
	q.Set("jobId", id)
	code, _, b := e.do("PUT", "/api/services/compute?"+q.Encode(), nil, nil)
	require.Equal(t, 200, code, string(b))
	job = e.waitJob(consumer, id)
	require.True(t, job.StopRequested)
	select {
	case l := <-logsDone:
		require.Contains(t, l, "started")
	case <-ctx.Done():
		t.Fatal("streamable logs did not end with the job")
	}
	// Someone else's stop finds no job of theirs (Ocean Node answers an
	// empty list).
	q = e.signed(e.accs[3], "stopCompute")
	q.Set("jobId", id)
	code, _, b = e.do("PUT", "/api/services/compute?"+q.Encode(), nil, nil)
	require.Equal(t, 200, code)
	require.JSONEq(t, "[]", string(b))
}

func TestPaidComputeThroughEscrow(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, allowCompute)
	pub, consumer := e.accs[1], e.accs[2]
	d := e.chain.Deployment()
	e.files["data.csv"] = bytes.Repeat([]byte("y"), 99)
	e.files["algo.sh"] = []byte(countAlgo)
	algoContainer := ddo.Container{Entrypoint: "sh $ALGO", Image: "oceanprotocol/algo_dockers", Tag: "python-branin",
		Checksum: "sha256:8221d20c1c16491d7d56b9657ea09082c0ee4a8ab1a6621fa720da58b09580e4"}
	algo := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/algo.sh"}, flags: ddo.FlagEncrypted,
		serviceType: ddo.ServiceAccess, metadata: func(m *ddo.Metadata) {
			m.Type = ddo.TypeAlgorithm
			m.Algorithm = &ddo.Algorithm{Language: "sh", Version: "1", Container: algoContainer}
		}})
	trusted := []ddo.TrustedAlgorithm{{DID: algo.did, FilesChecksum: ddo.FilesChecksum(sha256hex([]byte(countAlgo))),
		ContainerSectionChecksum: ddo.ContainerSectionChecksum(algoContainer)}}
	ds := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/data.csv"}, flags: ddo.FlagEncrypted,
		serviceType: ddo.ServiceCompute, compute: computeService(trusted, false)})
	untrusted := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/data.csv"}, flags: ddo.FlagEncrypted,
		serviceType: ddo.ServiceCompute, compute: computeService([]ddo.TrustedAlgorithm{{DID: "did:op:" + strings.Repeat("0", 64), FilesChecksum: "*", ContainerSectionChecksum: "*"}}, false)})
	e.waitDDO(algo.did)
	e.waitDDO(ds.did)
	e.waitDDO(untrusted.did)
	envID := e.envID()

	// Escrow: deposit and authorize the node.
	ocean, esc := oceantoken.NewOceanToken(), escrow.NewEscrow()
	deposit := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	e.transact(consumer, d.Ocean, ocean.PackApprove(d.Escrow, deposit))
	e.transact(consumer, d.Escrow, esc.PackDeposit(d.Ocean, deposit))
	e.transact(consumer, d.Escrow, esc.PackAuthorize(d.Ocean, e.node.Address(), deposit, big.NewInt(3600), big.NewInt(10)))

	initBody := map[string]any{
		"datasets":        []map[string]any{{"documentId": ds.did, "serviceId": ds.serviceID}},
		"algorithm":       map[string]any{"documentId": algo.did, "serviceId": algo.serviceID},
		"environment":     envID,
		"payment":         map[string]any{"chainId": 8996, "token": d.Ocean.Hex(), "resources": []map[string]any{{"id": "cpu", "amount": 1}}},
		"maxJobDuration":  120,
		"consumerAddress": consumer.Address.Hex(),
	}
	code, b := e.postJSON("/api/services/initializeCompute", initBody)
	require.Equal(t, 200, code, string(b))
	var init struct {
		Algorithm struct {
			ValidOrder      any    `json:"validOrder"`
			ConsumerAddress string `json:"consumerAddress"`
			ProviderFee     map[string]any
		} `json:"algorithm"`
		Datasets []map[string]any `json:"datasets"`
		Payment  map[string]any   `json:"payment"`
	}
	require.NoError(t, json.Unmarshal(b, &init))
	require.Equal(t, false, init.Algorithm.ValidOrder)
	require.Equal(t, e.node.Address().Hex(), init.Algorithm.ConsumerAddress)
	require.Equal(t, d.Escrow.Hex(), init.Payment["escrowAddress"])
	require.Equal(t, "2000000000000000000", init.Payment["amount"]) // 2 CPU-minutes at 1 OCEAN

	// Orders for the dataset and the algorithm.
	dsOrder := e.order(pub, consumer, ds, 0)
	algoOrder := e.order(pub, consumer, algo, 0)
	initBody["datasets"].([]map[string]any)[0]["transferTxId"] = dsOrder.Hex()
	initBody["algorithm"].(map[string]any)["transferTxId"] = algoOrder.Hex()
	code, b = e.postJSON("/api/services/initializeCompute", initBody)
	require.Equal(t, 200, code, string(b))
	require.NoError(t, json.Unmarshal(b, &init))
	require.Equal(t, algoOrder.Hex(), init.Algorithm.ValidOrder)
	require.Equal(t, dsOrder.Hex(), init.Datasets[0]["validOrder"])

	startBody := map[string]any{
		"environment":    envID,
		"datasets":       []map[string]any{{"documentId": ds.did, "serviceId": ds.serviceID, "transferTxId": dsOrder.Hex()}},
		"algorithm":      map[string]any{"documentId": algo.did, "serviceId": algo.serviceID, "transferTxId": algoOrder.Hex(), "algocustomdata": map[string]any{"k": "v"}},
		"payment":        map[string]any{"chainId": 8996, "token": d.Ocean.Hex(), "resources": []map[string]any{{"id": "cpu", "amount": 1}}},
		"maxJobDuration": 120,
	}
	// Without an order: refused.
	bad := map[string]any{}
	for k, v := range startBody {
		bad[k] = v
	}
	bad["datasets"] = []map[string]any{{"documentId": ds.did, "serviceId": ds.serviceID}}
	code, _ = e.startJob(consumer, "/api/services/compute", "startCompute", bad)
	require.Equal(t, 400, code)
	// An untrusted dataset.
	bad["datasets"] = []map[string]any{{"documentId": untrusted.did, "serviceId": untrusted.serviceID}}
	code, b = e.startJob(consumer, "/api/services/compute", "startCompute", bad)
	require.Equal(t, 500, code)
	require.Contains(t, string(b), "not allowed to run")

	code, b = e.startJob(consumer, "/api/services/compute", "startCompute", startBody)
	require.Equal(t, 200, code, string(b))
	var started []jobJSON
	require.NoError(t, json.Unmarshal(b, &started))
	funds, err := bind.Call(esc.Instance(e.chain.Client(), d.Escrow), &bind.CallOpts{Context: t.Context()}, esc.PackGetUserFunds(consumer.Address, d.Ocean), esc.UnpackGetUserFunds)
	require.NoError(t, err)
	require.Equal(t, "2000000000000000000", funds.Locked.String())

	job := e.waitJob(consumer, started[0].JobID)
	require.Equal(t, 70, job.Status)
	files := untar(t, e.result(consumer, job.JobID, 1))
	require.Equal(t, "99\n", files["outputs/count.txt"])
	require.JSONEq(t, `{"k":"v"}`, files["outputs/params.json"])

	// The node claimed one CPU-minute; the rest went back to the payer.
	// The job reports the environment and the lock and claim transactions.
	require.Equal(t, envID, job.Environment)
	require.Equal(t, "1000000000000000000", job.Payment["claimedAmount"], job.Payment)
	require.EqualValues(t, 1, job.Payment["cost"])
	for _, k := range []string{"lockTx", "claimTx"} {
		h, ok := job.Payment[k].(string)
		require.True(t, ok && len(h) == 66, "%s: %v", k, job.Payment)
		tx, _, err := e.chain.Client().TransactionByHash(t.Context(), common.HexToHash(h))
		require.NoError(t, err, k)
		require.Equal(t, d.Escrow, *tx.To(), k)
	}
	funds, err = bind.Call(esc.Instance(e.chain.Client(), d.Escrow), &bind.CallOpts{Context: t.Context()}, esc.PackGetUserFunds(consumer.Address, d.Ocean), esc.UnpackGetUserFunds)
	require.NoError(t, err)
	require.Equal(t, "0", funds.Locked.String())
	require.Equal(t, new(big.Int).Sub(deposit, big.NewInt(1e18)).String(), funds.Available.String())
	nodeFunds, err := bind.Call(esc.Instance(e.chain.Client(), d.Escrow), &bind.CallOpts{Context: t.Context()}, esc.PackGetUserFunds(e.node.Address(), d.Ocean), esc.UnpackGetUserFunds)
	require.NoError(t, err)
	require.Positive(t, nodeFunds.Available.Sign())
	_ = common.Address{}
}

func sha256hex(b []byte) string {
	s, _ := ddo.FileChecksum(bytes.NewReader(b))
	return s
}

// The entrypoint picks the interpreter: "python $ALGO" runs python3 when
// there is no "python" on PATH.
func TestComputePythonEntrypoint(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is not installed")
	}
	e := newEnvWith(t, allowCompute)
	consumer := e.accs[2]
	code, b := e.startJob(consumer, "/api/services/freeCompute", "freeStartCompute", map[string]any{
		"environment": e.envID(), "datasets": []any{},
		"algorithm": map[string]any{"meta": map[string]any{"container": map[string]any{"entrypoint": "python $ALGO"},
			"rawcode": "import json, os\nopen('outputs/out.json', 'w').write(json.dumps({'dids': json.loads(os.environ['DIDS'])}))\nprint('py ok')\n"}},
	})
	require.Equal(t, 200, code, string(b))
	var jobs []jobJSON
	require.NoError(t, json.Unmarshal(b, &jobs))
	job := e.waitJob(consumer, jobs[0].JobID)
	require.Equal(t, 70, job.Status)
	require.Contains(t, string(e.result(consumer, job.JobID, 0)), "py ok")
	require.JSONEq(t, `{"dids":[]}`, untar(t, e.result(consumer, job.JobID, 1))["outputs/out.json"])
}
