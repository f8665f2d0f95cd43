package devnode

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/contracts/escrow"
)

var computeEndpoints = []endpoint{
	{"computeEnvironments", "GET", "/api/services/computeEnvironments"},
	{"initializeCompute", "POST", "/api/services/initializeCompute"},
	{"computeStart", "POST", "/api/services/compute"},
	{"freeCompute", "POST", "/api/services/freeCompute"},
	{"computeStop", "PUT", "/api/services/compute"},
	{"computeStatus", "GET", "/api/services/compute"},
	{"computeResult", "GET", "/api/services/computeResult"},
	{"computeStreamableLogs", "GET", "/api/services/computeStreamableLogs"},
}

var escrowABI = escrow.NewEscrow()

// Node compute job status codes (provider-api.md §2.11).
const (
	statusStarted             = 0
	statusConfiguringVolumes  = 20
	statusProvisioningSuccess = 30
	statusDataProvisionFailed = 31
	statusAlgoProvisionFailed = 32
	statusRunning             = 40
	statusAlgorithmFailed     = 41
	statusPublishingResults   = 60
	statusFinished            = 70
)

var statusText = map[int]string{
	statusStarted: "Job started", statusConfiguringVolumes: "Configuring volumes",
	statusProvisioningSuccess: "Provisioning success", statusDataProvisionFailed: "Data provisioning failed",
	statusAlgoProvisionFailed: "Algorithm provisioning failed", statusRunning: "Running algorithm",
	statusAlgorithmFailed: "Algorithm failed", statusPublishingResults: "Publishing results",
	statusFinished: "Job finished",
}

// environment is the single local compute environment.
type environment struct {
	ID              string              `json:"id"`
	ConsumerAddress string              `json:"consumerAddress"`
	Description     string              `json:"description"`
	Platform        map[string]string   `json:"platform"`
	Fees            map[string][]envFee `json:"fees"`
	StorageExpiry   int64               `json:"storageExpiry"`
	MaxJobDuration  int64               `json:"maxJobDuration"`
	MinJobDuration  int64               `json:"minJobDuration"`
	Resources       []envResource       `json:"resources"`
	Free            envFree             `json:"free"`
	RunningJobs     int                 `json:"runningJobs"`
	RunningFreeJobs int                 `json:"runningfreeJobs"`
}

type envFee struct {
	FeeToken string     `json:"feeToken"`
	Prices   []envPrice `json:"prices"`
}

type envPrice struct {
	ID    string  `json:"id"`
	Price float64 `json:"price"`
}

type envResource struct {
	ID    string `json:"id"`
	Total int    `json:"total"`
	Max   int    `json:"max"`
	Min   int    `json:"min"`
	InUse int    `json:"inUse"`
}

type envFree struct {
	MaxJobDuration int64         `json:"maxJobDuration"`
	MinJobDuration int64         `json:"minJobDuration"`
	MaxJobs        int           `json:"maxJobs"`
	Resources      []envResource `json:"resources"`
}

const (
	envMaxJobDuration  = 3600
	freeMaxJobDuration = 60
	freeMaxJobs        = 3
)

// cpuPricePerMinute is the price of one CPU-minute, in OCEAN.
const cpuPricePerMinute = 1

func (n *Node) envID() string {
	return "0x" + hex.EncodeToString(crypto.Keccak256([]byte("devnode local executor"), n.address.Bytes()))
}

func (n *Node) environment() environment {
	running, free := n.jobs.counts()
	cpus := runtime.NumCPU()
	return environment{
		ID:              n.envID(),
		ConsumerAddress: n.address.Hex(),
		Description:     "devnode local executor: child processes, no isolation (development only)",
		Platform:        map[string]string{"architecture": runtime.GOARCH, "os": runtime.GOOS},
		Fees: map[string][]envFee{strconv.FormatInt(n.cfg.ChainID, 10): {{
			FeeToken: n.cfg.Contracts.Ocean.Hex(), Prices: []envPrice{{ID: "cpu", Price: cpuPricePerMinute}},
		}}},
		StorageExpiry:  604800,
		MaxJobDuration: envMaxJobDuration,
		MinJobDuration: 1,
		Resources: []envResource{
			{ID: "cpu", Total: cpus, Max: cpus, Min: 1, InUse: running},
			{ID: "ram", Total: 1, Max: 1, Min: 1},
			{ID: "disk", Total: 1, Max: 1, Min: 1},
		},
		Free: envFree{MaxJobDuration: freeMaxJobDuration, MinJobDuration: 1, MaxJobs: freeMaxJobs,
			Resources: []envResource{{ID: "cpu", Total: 1, Max: 1, Min: 1, InUse: free}}},
		RunningJobs:     running,
		RunningFreeJobs: free,
	}
}

func (n *Node) handleEnvironments(w http.ResponseWriter, r *http.Request) {
	if c := r.URL.Query().Get("chainId"); c != "" && c != strconv.FormatInt(n.cfg.ChainID, 10) {
		jsonOut(w, http.StatusOK, []environment{})
		return
	}
	jsonOut(w, http.StatusOK, []environment{n.environment()})
}

// computeAsset is a dataset or algorithm of a compute request.
type computeAsset struct {
	DocumentID     string          `json:"documentId"`
	ServiceID      string          `json:"serviceId"`
	TransferTxID   string          `json:"transferTxId"`
	Meta           *algorithmMeta  `json:"meta"`
	AlgoCustomData json.RawMessage `json:"algocustomdata"`
	UserData       json.RawMessage `json:"userdata"`
}

type algorithmMeta struct {
	RawCode   string        `json:"rawcode"`
	Container ddo.Container `json:"container"`
}

type computePayment struct {
	ChainID   jsonString        `json:"chainId"`
	Token     string            `json:"token"`
	Resources []resourceRequest `json:"resources"`
}

type resourceRequest struct {
	ID     string  `json:"id"`
	Amount float64 `json:"amount"`
}

type computeRequest struct {
	ConsumerAddress string            `json:"consumerAddress"`
	Signature       string            `json:"signature"`
	Nonce           jsonString        `json:"nonce"`
	Environment     string            `json:"environment"`
	Datasets        []computeAsset    `json:"datasets"`
	Dataset         *computeAsset     `json:"dataset"`
	Algorithm       *computeAsset     `json:"algorithm"`
	Payment         *computePayment   `json:"payment"`
	Resources       []resourceRequest `json:"resources"`
	MaxJobDuration  jsonString        `json:"maxJobDuration"`
	Metadata        json.RawMessage   `json:"metadata"`
}

func (c *computeRequest) datasets() []computeAsset {
	if len(c.Datasets) == 0 && c.Dataset != nil {
		return []computeAsset{*c.Dataset}
	}
	return c.Datasets
}

// computeError is a compute failure: HTTP status and message.
type computeError struct {
	code int
	msg  string
}

func (e *computeError) Error() string { return e.msg }

func cerr(code int, format string, args ...any) *computeError {
	return &computeError{code: code, msg: fmt.Sprintf(format, args...)}
}

// resolved is a validated compute input.
type resolved struct {
	asset *asset
	svc   *ddo.Service
	index int
}

func (n *Node) resolveComputeAsset(ctx context.Context, ca computeAsset, consumer common.Address) (*resolved, *computeError) {
	a := n.store.get(ca.DocumentID)
	if a == nil {
		return nil, cerr(http.StatusInternalServerError, "Cannot resolve DID %s", ca.DocumentID)
	}
	svc, idx := findService(a, ca.ServiceID)
	if svc == nil {
		return nil, cerr(http.StatusInternalServerError, "Invalid serviceId %s for %s", ca.ServiceID, ca.DocumentID)
	}
	if why := orderable(n.assetState(a)); why != "" {
		return nil, cerr(http.StatusInternalServerError, "%s: %s", ca.DocumentID, why)
	}
	ok, err := n.allowed(ctx, a, svc, consumer)
	if err != nil {
		return nil, cerr(http.StatusInternalServerError, "Internal Server Error")
	}
	if !ok {
		return nil, cerr(http.StatusForbidden, "Error: Access to asset %s was denied", ca.DocumentID)
	}
	return &resolved{asset: a, svc: svc, index: idx}, nil
}

// checkAlgorithm applies a dataset's compute options to the algorithm:
// raw algorithms need allowRawAlgorithm; published ones must be trusted
// by publisherTrustedAlgorithms (DID, files and container checksums) and
// publisherTrustedAlgorithmPublishers, as Ocean Node checks them.
func (n *Node) checkAlgorithm(ctx context.Context, ds *resolved, algo *resolved, raw bool) *computeError {
	if ds.svc.Type != ddo.ServiceCompute {
		return cerr(http.StatusInternalServerError, "Service %s of %s is not a compute service", ds.svc.ID, ds.asset.did)
	}
	c := ds.svc.Compute
	if raw {
		if c == nil || !c.AllowRawAlgorithm {
			return cerr(http.StatusInternalServerError, "%s does not allow raw algorithms", ds.asset.did)
		}
		return nil
	}
	if algo.asset.typed.Metadata.Type != ddo.TypeAlgorithm {
		return cerr(http.StatusInternalServerError, "%s is not an algorithm", algo.asset.did)
	}
	compute := ds.asset.doc.Get("services").Index(ds.index).Get("compute")
	if list := compute.Get("publisherTrustedAlgorithms"); !list.IsUndefined() {
		trusted := false
		for _, t := range c.PublisherTrustedAlgorithms {
			if t.Any || t.DID == ddo.Wildcard {
				trusted = true
				break
			}
			if t.DID != algo.asset.did {
				continue
			}
			if t.ServiceID != "" && t.ServiceID != algo.svc.ID {
				continue
			}
			if t.ContainerSectionChecksum != ddo.Wildcard && algo.asset.typed.Metadata.Algorithm != nil &&
				t.ContainerSectionChecksum != ddo.ContainerSectionChecksum(algo.asset.typed.Metadata.Algorithm.Container) {
				return cerr(http.StatusInternalServerError, "Algorithm container checksum does not match for %s", ds.asset.did)
			}
			if t.FilesChecksum != ddo.Wildcard {
				sum, err := n.filesChecksum(ctx, algo.svc)
				if err != nil || !strings.EqualFold(sum, t.FilesChecksum) {
					return cerr(http.StatusInternalServerError, "Algorithm files checksum does not match for %s", ds.asset.did)
				}
			}
			trusted = true
			break
		}
		if !trusted {
			return cerr(http.StatusInternalServerError, "Algorithm %s not allowed to run on the dataset %s", algo.asset.did, ds.asset.did)
		}
	}
	if list := compute.Get("publisherTrustedAlgorithmPublishers"); !list.IsUndefined() {
		owner, err := bind.Call(nftABI.Instance(n.backend, algo.asset.nft), &bind.CallOpts{Context: ctx}, nftABI.PackOwnerOf(big.NewInt(1)), nftABI.UnpackOwnerOf)
		if err != nil {
			return cerr(http.StatusInternalServerError, "Internal Server Error")
		}
		ok := false
		for _, p := range c.PublisherTrustedAlgorithmPublishers {
			if p == ddo.Wildcard || strings.EqualFold(p, owner.Hex()) {
				ok = true
			}
		}
		if !ok {
			return cerr(http.StatusInternalServerError, "Algorithm %s publisher not trusted by the dataset %s", algo.asset.did, ds.asset.did)
		}
	}
	return nil
}

// filesChecksum is the filesChecksum of a service's files (their sha256s
// concatenated), streamed from the origins.
func (n *Node) filesChecksum(ctx context.Context, svc *ddo.Service) (string, error) {
	fo, err := n.decryptFiles(svc.Files)
	if err != nil {
		return "", err
	}
	var sums []string
	for _, f := range fo.Files {
		resp, err := n.fetch.open(ctx, f, "")
		if err != nil {
			return "", err
		}
		sum, err := ddo.FileChecksum(resp.Body)
		resp.Body.Close()
		if err != nil {
			return "", errFetch
		}
		sums = append(sums, sum)
	}
	return ddo.FilesChecksum(sums...), nil
}

// cost is the escrow amount of a job: CPU-minutes (rounded up) times the
// CPU price, in token base units (18 decimals).
func cost(cpus float64, seconds int64) *big.Int {
	if cpus < 1 {
		cpus = 1
	}
	minutes := (seconds + 59) / 60
	if minutes < 1 {
		minutes = 1
	}
	wei := new(big.Int).Mul(big.NewInt(int64(cpus)*minutes*cpuPricePerMinute), big.NewInt(1e18))
	return wei
}

func cpusOf(rs []resourceRequest) float64 {
	for _, r := range rs {
		if r.ID == "cpu" {
			return r.Amount
		}
	}
	return 1
}

func (n *Node) decodeCompute(w http.ResponseWriter, r *http.Request, asJSONString bool) (*computeRequest, bool) {
	var req computeRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, 4<<20)).Decode(&req); err != nil {
		computeFail(w, cerr(http.StatusBadRequest, "Invalid request body"), asJSONString)
		return nil, false
	}
	return &req, true
}

// computeFail answers a compute error: start routes answer a JSON string
// (res.json(message) in Ocean Node), the others plain text.
func computeFail(w http.ResponseWriter, e *computeError, asJSONString bool) {
	if asJSONString {
		jsonOut(w, e.code, e.msg)
		return
	}
	text(w, e.code, e.msg)
}

func (n *Node) maxDuration(req *computeRequest, limit int64) (int64, *computeError) {
	if req.MaxJobDuration == "" {
		return limit, nil
	}
	d, err := strconv.ParseFloat(string(req.MaxJobDuration), 64)
	if err != nil || d <= 0 {
		return 0, cerr(http.StatusBadRequest, "Invalid maxJobDuration")
	}
	if int64(d) > limit {
		return 0, cerr(http.StatusBadRequest, "maxJobDuration %d is higher than the environment's %d", int64(d), limit)
	}
	return max(int64(d), 1), nil
}

type computeItem struct {
	ValidOrder      any          `json:"validOrder"`
	DID             string       `json:"did,omitempty"`
	ServiceID       string       `json:"serviceId,omitempty"`
	Datatoken       string       `json:"datatoken,omitempty"`
	ChainID         int64        `json:"chainId"`
	ConsumerAddress string       `json:"consumerAddress"`
	ProviderFee     *providerFee `json:"providerFee,omitempty"`
}

func (n *Node) handleInitializeCompute(w http.ResponseWriter, r *http.Request) {
	req, ok := n.decodeCompute(w, r, false)
	if !ok {
		return
	}
	ctx := r.Context()
	if req.Environment != n.envID() {
		text(w, http.StatusInternalServerError, "Invalid C2D Environment")
		return
	}
	if !common.IsHexAddress(req.ConsumerAddress) || req.Algorithm == nil || len(req.datasets()) == 0 {
		text(w, http.StatusBadRequest, missingText("datasets", "initializeCompute", []string{"datasets", "algorithm", "environment", "consumerAddress"}))
		return
	}
	consumer := common.HexToAddress(req.ConsumerAddress)
	duration, cErr := n.maxDuration(req, envMaxJobDuration)
	if cErr != nil {
		text(w, cErr.code, cErr.msg)
		return
	}
	now, err := n.now(ctx)
	if err != nil {
		text(w, http.StatusInternalServerError, "Internal Server Error")
		return
	}
	item := func(ca computeAsset, res *resolved) (computeItem, *computeError) {
		it := computeItem{ValidOrder: false, DID: res.asset.did, ServiceID: res.svc.ID, Datatoken: res.svc.DatatokenAddress,
			ChainID: n.cfg.ChainID, ConsumerAddress: n.address.Hex()}
		if ca.TransferTxID != "" && common.IsHexAddress(res.svc.DatatokenAddress) {
			if _, err := n.validateOrder(ctx, orderCheck{tx: common.HexToHash(ca.TransferTxID), consumer: consumer,
				datatoken: common.HexToAddress(res.svc.DatatokenAddress), serviceIndex: res.index, serviceID: res.svc.ID, timeout: res.svc.Timeout}); err == nil {
				it.ValidOrder = ca.TransferTxID
				return it, nil
			}
		}
		fee, err := n.feeFor(res.svc, now+duration)
		if err != nil {
			return it, cerr(http.StatusInternalServerError, "Internal Server Error")
		}
		it.ProviderFee = &fee
		return it, nil
	}
	var algo *resolved
	out := struct {
		Algorithm any            `json:"algorithm"`
		Datasets  []computeItem  `json:"datasets"`
		Payment   map[string]any `json:"payment"`
	}{Algorithm: map[string]any{}}
	if req.Algorithm.Meta == nil {
		if algo, cErr = n.resolveComputeAsset(ctx, *req.Algorithm, consumer); cErr != nil {
			text(w, cErr.code, cErr.msg)
			return
		}
		it, cErr := item(*req.Algorithm, algo)
		if cErr != nil {
			text(w, cErr.code, cErr.msg)
			return
		}
		out.Algorithm = it
	}
	for _, ca := range req.datasets() {
		ds, cErr := n.resolveComputeAsset(ctx, ca, consumer)
		if cErr == nil {
			cErr = n.checkAlgorithm(ctx, ds, algo, req.Algorithm.Meta != nil)
		}
		if cErr != nil {
			text(w, cErr.code, cErr.msg)
			return
		}
		it, cErr := item(ca, ds)
		if cErr != nil {
			text(w, cErr.code, cErr.msg)
			return
		}
		out.Datasets = append(out.Datasets, it)
	}
	if req.Payment == nil || !strings.EqualFold(req.Payment.Token, n.cfg.Contracts.Ocean.Hex()) {
		text(w, http.StatusBadRequest, "Payment token not supported: use "+n.cfg.Contracts.Ocean.Hex())
		return
	}
	resources := req.Payment.Resources
	if len(resources) == 0 {
		resources = req.Resources
	}
	out.Payment = map[string]any{
		"escrowAddress":  n.cfg.Contracts.Escrow.Hex(),
		"payee":          n.address.Hex(),
		"chainId":        n.cfg.ChainID,
		"minLockSeconds": duration,
		"token":          n.cfg.Contracts.Ocean.Hex(),
		"amount":         cost(cpusOf(resources), duration).String(),
	}
	jsonOut(w, http.StatusOK, out)
}

func (n *Node) handleComputeStart(w http.ResponseWriter, r *http.Request) {
	n.startCompute(w, r, false)
}

func (n *Node) handleFreeCompute(w http.ResponseWriter, r *http.Request) { n.startCompute(w, r, true) }

func (n *Node) startCompute(w http.ResponseWriter, r *http.Request, free bool) {
	req, ok := n.decodeCompute(w, r, true)
	if !ok {
		return
	}
	command := cmdStartCompute
	if free {
		command = cmdFreeStartCompute
	}
	if err := n.authenticate(r.Header.Get("Authorization"), req.ConsumerAddress, string(req.Nonce), req.Signature, command); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	if !common.IsHexAddress(req.ConsumerAddress) {
		computeFail(w, cerr(http.StatusBadRequest, `Parameter : "consumerAddress" is not a valid web3 address`), true)
		return
	}
	consumer := common.HexToAddress(req.ConsumerAddress)
	ctx := r.Context()
	if req.Environment != n.envID() {
		computeFail(w, cerr(http.StatusInternalServerError, "Invalid C2D Environment"), true)
		return
	}
	if req.Algorithm == nil || (!free && len(req.datasets()) == 0) {
		computeFail(w, cerr(http.StatusBadRequest, "Missing datasets or algorithm"), true)
		return
	}
	limit := int64(envMaxJobDuration)
	if free {
		limit = freeMaxJobDuration
	}
	duration, cErr := n.maxDuration(req, limit)
	if cErr != nil {
		computeFail(w, cErr, true)
		return
	}
	checkOrder := func(ca computeAsset, res *resolved) *computeError {
		if free {
			return nil
		}
		if ca.TransferTxID == "" || !common.IsHexAddress(res.svc.DatatokenAddress) {
			return cerr(http.StatusBadRequest, "Missing transferTxId for %s", res.asset.did)
		}
		_, err := n.validateOrder(ctx, orderCheck{tx: common.HexToHash(ca.TransferTxID), consumer: consumer,
			datatoken: common.HexToAddress(res.svc.DatatokenAddress), serviceIndex: res.index, serviceID: res.svc.ID, timeout: res.svc.Timeout})
		if err != nil {
			var we wireError
			if errors.As(err, &we) {
				return cerr(http.StatusInternalServerError, "%s: %s", res.asset.did, we)
			}
			return cerr(http.StatusInternalServerError, "Internal Server Error")
		}
		return nil
	}
	spec := &jobSpec{consumer: consumer, free: free, duration: duration, customData: req.Algorithm.AlgoCustomData, metadata: req.Metadata}
	if req.Algorithm.Meta != nil {
		spec.rawAlgo = req.Algorithm.Meta
	} else {
		algo, cErr := n.resolveComputeAsset(ctx, *req.Algorithm, consumer)
		if cErr == nil {
			cErr = checkOrder(*req.Algorithm, algo)
		}
		if cErr != nil {
			computeFail(w, cErr, true)
			return
		}
		spec.algo = algo
	}
	for _, ca := range req.datasets() {
		ds, cErr := n.resolveComputeAsset(ctx, ca, consumer)
		if cErr == nil {
			cErr = n.checkAlgorithm(ctx, ds, spec.algo, spec.rawAlgo != nil)
		}
		if cErr == nil {
			cErr = checkOrder(ca, ds)
		}
		if cErr != nil {
			computeFail(w, cErr, true)
			return
		}
		spec.datasets = append(spec.datasets, ds)
	}
	var uid [16]byte
	if _, err := rand.Read(uid[:]); err != nil {
		computeFail(w, cerr(http.StatusInternalServerError, "Internal Server Error"), true)
		return
	}
	u := hex.EncodeToString(uid[:])
	jobID := n.envID()[:18] + "-" + u[:8] + "-" + u[8:12] + "-" + u[12:16] + "-" + u[16:20] + "-" + u[20:]
	if free {
		if _, running := n.jobs.counts(); running >= freeMaxJobs {
			computeFail(w, cerr(http.StatusInternalServerError, "Too many free jobs running"), true)
			return
		}
	} else {
		if req.Payment == nil || !strings.EqualFold(req.Payment.Token, n.cfg.Contracts.Ocean.Hex()) {
			computeFail(w, cerr(http.StatusBadRequest, "Payment token not supported: use %s", n.cfg.Contracts.Ocean.Hex()), true)
			return
		}
		resources := req.Payment.Resources
		if len(resources) == 0 {
			resources = req.Resources
		}
		spec.cpus = cpusOf(resources)
		spec.locked = cost(spec.cpus, duration)
		spec.escrowJob = new(big.Int).SetBytes(crypto.Keccak256([]byte(jobID)))
		if err := n.escrowTx(ctx, escrowABI.PackCreateLock(spec.escrowJob, n.cfg.Contracts.Ocean, consumer, spec.locked, big.NewInt(duration))); err != nil {
			computeFail(w, cerr(http.StatusInternalServerError, "Escrow lock failed: %s", err), true)
			return
		}
	}
	j, err := n.jobs.start(n, jobID, spec)
	if err != nil {
		computeFail(w, cerr(http.StatusInternalServerError, "Internal Server Error"), true)
		return
	}
	jsonOut(w, http.StatusOK, []jobView{j.view()})
}

// escrowTx sends a transaction from the node's account to the escrow
// contract and waits for it. Node transactions are serialised.
func (n *Node) escrowTx(ctx context.Context, data []byte) error {
	n.txMu.Lock()
	defer n.txMu.Unlock()
	opts := bind.NewKeyedTransactor(n.key, n.chainID)
	opts.Context = ctx
	tx, err := escrowABI.Instance(n.backend, n.cfg.Contracts.Escrow).RawTransact(opts, data)
	if err != nil {
		return revertReason(err)
	}
	for {
		r, err := n.backend.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return errors.New("transaction reverted")
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
	}
}

// revertReason keeps the revert message of a failed gas estimation.
func revertReason(err error) error {
	msg := err.Error()
	if i := strings.Index(msg, "execution reverted"); i >= 0 {
		return errors.New(msg[i:])
	}
	return errors.New("transaction failed")
}

// ownedJob returns the job if it belongs to consumer.
func (n *Node) ownedJob(jobID string, consumer string) *job {
	j := n.jobs.get(jobID)
	if j == nil || !common.IsHexAddress(consumer) || j.spec.consumer != common.HexToAddress(consumer) {
		return nil
	}
	return j
}

func (n *Node) handleComputeStatus(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	out := []jobView{}
	if !common.IsHexAddress(q.Get("consumerAddress")) {
		jsonOut(w, http.StatusOK, out)
		return
	}
	owner := common.HexToAddress(q.Get("consumerAddress"))
	for _, j := range n.jobs.list() {
		if j.spec.consumer != owner || (q.Get("jobId") != "" && j.id != q.Get("jobId")) {
			continue
		}
		if a := q.Get("agreementId"); a != "" && !j.hasDataset(a) {
			continue
		}
		out = append(out, j.view())
	}
	jsonOut(w, http.StatusOK, out)
}

func (n *Node) handleComputeStop(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := n.authenticate(r.Header.Get("Authorization"), q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), cmdStopCompute); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	j := n.ownedJob(q.Get("jobId"), q.Get("consumerAddress"))
	if j == nil {
		text(w, http.StatusNotFound, "Job not found")
		return
	}
	j.stop()
	jsonOut(w, http.StatusOK, []jobView{j.view()})
}

func (n *Node) handleComputeResult(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if f := missing(q, "jobId", "index"); f != "" {
		text(w, http.StatusBadRequest, missingText(f, "getComputeResult", []string{"jobId", "index"}))
		return
	}
	if err := n.authenticate(r.Header.Get("Authorization"), q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), cmdComputeResult); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	j := n.ownedJob(q.Get("jobId"), q.Get("consumerAddress"))
	if j == nil {
		text(w, http.StatusNotFound, "Job not found")
		return
	}
	idx, err := strconv.Atoi(q.Get("index"))
	results := j.view().Results
	if err != nil || idx < 0 || idx >= len(results) {
		text(w, http.StatusNotFound, "No result with index "+q.Get("index"))
		return
	}
	f, err := os.Open(filepath.Join(j.dir.root, results[idx].Filename))
	if err != nil {
		text(w, http.StatusNotFound, "Result not available")
		return
	}
	defer f.Close()
	header(w)
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", "attachment;filename="+results[idx].Filename)
	w.Header().Set("Access-Control-Expose-Headers", "Content-Disposition")
	st, err := f.Stat()
	if err != nil {
		text(w, http.StatusInternalServerError, "Internal Server Error")
		return
	}
	http.ServeContent(w, r, "", st.ModTime(), f)
}

func (n *Node) handleStreamableLogs(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := n.authenticate(r.Header.Get("Authorization"), q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), cmdStreamableLogs); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	j := n.ownedJob(q.Get("jobId"), q.Get("consumerAddress"))
	if j == nil {
		text(w, http.StatusNotFound, "Job not found")
		return
	}
	f, err := os.Open(filepath.Join(j.dir.root, algorithmLog))
	if err != nil {
		text(w, http.StatusNotFound, "Logs not available")
		return
	}
	defer f.Close()
	header(w)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	flusher, _ := w.(http.Flusher)
	buf := make([]byte, 32<<10)
	for {
		nr, err := f.Read(buf)
		if nr > 0 {
			if _, werr := w.Write(buf[:nr]); werr != nil {
				return
			}
			if flusher != nil {
				flusher.Flush()
			}
		}
		if err == io.EOF {
			if j.done() {
				io.CopyBuffer(w, f, buf)
				return
			}
			select {
			case <-r.Context().Done():
				return
			case <-j.finished:
			case <-time.After(20 * time.Millisecond):
			}
			continue
		}
		if err != nil {
			return
		}
	}
}
