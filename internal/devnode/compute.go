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
	"slices"
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
	{name: "computeEnvironments", method: "GET", path: "/api/services/computeEnvironments", public: true},
	{name: "initializeCompute", method: "POST", path: "/api/services/initializeCompute"},
	{name: "computeStart", method: "POST", path: "/api/services/compute"},
	{name: "freeCompute", method: "POST", path: "/api/services/freeCompute"},
	{name: "computeStop", method: "PUT", path: "/api/services/compute"},
	{name: "computeStatus", method: "GET", path: "/api/services/compute", public: true},
	{name: "computeDelete", method: "DELETE", path: "/api/services/compute"},
	{name: "computeResult", method: "GET", path: "/api/services/computeResult"},
	{name: "computeStreamableLogs", method: "GET", path: "/api/services/computeStreamableLogs"},
}

// errNoEnvironment is Ocean Node's answer for an environment it does not
// have (and for every compute start when it has no compute engine).
const errNoEnvironment = "Invalid C2D Environment"

// hasEnvironment reports whether id is the node's compute environment:
// there is one only with Config.AllowLocalCompute.
func (n *Node) hasEnvironment(id string) bool {
	return n.cfg.AllowLocalCompute && id == n.envID()
}

var escrowABI = escrow.NewEscrow()

// Node compute job status codes (provider-api.md §2.11).
const (
	statusStarted             = 0
	statusQueued              = 1
	statusQueuedExpired       = 2
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
	statusStarted: "Job started", statusQueued: "Job queued", statusQueuedExpired: "Job expired in queue",
	statusConfiguringVolumes:  "Configuring volumes",
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
	if c := r.URL.Query().Get("chainId"); !n.cfg.AllowLocalCompute || (c != "" && c != strconv.FormatInt(n.cfg.ChainID, 10)) {
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
	// AdditionalViewers may read the job's results (Ocean Node v3.1.0).
	AdditionalViewers []string `json:"additionalViewers"`
	// QueueMaxWaitTime (seconds) lets a job wait for busy resources.
	QueueMaxWaitTime jsonString `json:"queueMaxWaitTime"`
}

// queueWait is the request's queueMaxWaitTime in whole seconds: Ocean
// Node reads it as `queueMaxWaitTime || 0`, so anything that is not a
// positive number is no queueing.
func (c *computeRequest) queueWait() int64 {
	v, err := strconv.ParseFloat(string(c.QueueMaxWaitTime), 64)
	if err != nil || v <= 0 {
		return 0
	}
	return int64(v)
}

// viewers are the request's additional viewers that are addresses.
func (c *computeRequest) viewers() []common.Address {
	var out []common.Address
	for _, v := range c.AdditionalViewers {
		if common.IsHexAddress(v) {
			out = append(out, common.HexToAddress(v))
		}
	}
	return out
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
	a := n.findAsset(ca.DocumentID)
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
	if !n.allowed(ctx, a, svc, consumer) {
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

// decodeCompute reads a compute request body and the members it sets to
// something other than null (Ocean Node reads absent and null alike).
func (n *Node) decodeCompute(w http.ResponseWriter, r *http.Request, asJSONString bool) (*computeRequest, map[string]json.RawMessage, bool) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 4<<20))
	var req computeRequest
	var members map[string]json.RawMessage
	if err == nil {
		err = json.Unmarshal(body, &members)
	}
	if err == nil {
		err = json.Unmarshal(body, &req)
	}
	if err != nil {
		computeFail(w, cerr(http.StatusBadRequest, "Invalid request body"), asJSONString)
		return nil, nil, false
	}
	for k, v := range members {
		if string(v) == "null" {
			delete(members, k)
		}
	}
	return &req, members, true
}

// requireFields is Ocean Node's check of a command's required fields: the
// first one absent (or null, or for the start routes a JavaScript falsy
// value) is reported 400.
func requireFields(members map[string]json.RawMessage, command string, falsy bool, fields ...string) *computeError {
	for _, f := range fields {
		v, ok := members[f]
		if ok && falsy {
			switch strings.TrimSpace(string(v)) {
			case `""`, "0", "false":
				ok = false
			}
		}
		if !ok {
			return cerr(http.StatusBadRequest, "%s", missingText(f, command, fields))
		}
	}
	return nil
}

// validateCompute checks a compute request as Ocean Node v3.1.0 does
// before authenticating it: required fields, consumer address and
// maxJobDuration, answering 400.
func validateCompute(req *computeRequest, members map[string]json.RawMessage, command string) *computeError {
	var cErr *computeError
	switch command {
	case cmdInitializeCompute:
		if _, ok := members["algorithm"]; !ok {
			return cerr(http.StatusBadRequest, "Missing algorithm")
		}
		for _, d := range req.Datasets {
			if d.DocumentID == "" {
				return cerr(http.StatusBadRequest, "Missing dataset did")
			}
		}
		if _, ok := members["datasets"]; !ok {
			members["datasets"] = json.RawMessage("[]") // the route defaults it
		}
		cErr = requireFields(members, command, false, "datasets", "algorithm", "payment", "consumerAddress", "environment")
	case cmdStartCompute:
		cErr = requireFields(members, command, true, "environment", "algorithm", "datasets", "maxJobDuration")
	case cmdFreeStartCompute:
		cErr = requireFields(members, command, true, "algorithm", "datasets", "environment")
	}
	if cErr != nil {
		return cErr
	}
	if (command != cmdInitializeCompute || req.ConsumerAddress != "") && !common.IsHexAddress(req.ConsumerAddress) {
		return cerr(http.StatusBadRequest, `Parameter : "consumerAddress" is not a valid web3 address`)
	}
	if command == cmdInitializeCompute && (req.Payment.ChainID == "" || req.Payment.Token == "") {
		return cerr(http.StatusBadRequest, "Invalid payment options")
	}
	if command != cmdFreeStartCompute && req.MaxJobDuration != "" {
		if d, err := strconv.ParseFloat(string(req.MaxJobDuration), 64); err == nil && d <= 0 {
			return cerr(http.StatusBadRequest, "Invalid maxJobDuration")
		}
	}
	return nil
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
	req, members, ok := n.decodeCompute(w, r, false)
	if !ok {
		return
	}
	ctx := r.Context()
	if cErr := validateCompute(req, members, cmdInitializeCompute); cErr != nil {
		text(w, cErr.code, cErr.msg)
		return
	}
	if !n.hasEnvironment(req.Environment) {
		text(w, http.StatusInternalServerError, errNoEnvironment)
		return
	}
	if req.Algorithm == nil || len(req.datasets()) == 0 {
		text(w, http.StatusBadRequest, "Missing datasets or algorithm")
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
		"minLockSeconds": duration + req.queueWait(), // Ocean Node: maxJobDuration + queueMaxWaitTime
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
	command := cmdStartCompute
	if free {
		command = cmdFreeStartCompute
	}
	req, members, ok := n.decodeCompute(w, r, true)
	if !ok {
		return
	}
	if cErr := validateCompute(req, members, command); cErr != nil {
		computeFail(w, cErr, true)
		return
	}
	if err := n.authenticate(r.Header.Get("Authorization"), req.ConsumerAddress, string(req.Nonce), req.Signature, command); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	consumer := common.HexToAddress(req.ConsumerAddress)
	ctx := r.Context()
	if !n.hasEnvironment(req.Environment) {
		computeFail(w, cerr(http.StatusInternalServerError, errNoEnvironment), true)
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
	spec := &jobSpec{env: req.Environment, consumer: consumer, free: free, duration: duration, customData: req.Algorithm.AlgoCustomData, metadata: req.Metadata,
		viewers: req.viewers(), queueWait: req.queueWait()}
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
			if spec.queueWait <= 0 {
				computeFail(w, cerr(http.StatusInternalServerError, "Too many free jobs running"), true)
				return
			}
			// Ocean Node queues the job instead of refusing it.
			spec.queued = true
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
		spec.chainID, spec.token = n.cfg.ChainID, n.cfg.Contracts.Ocean
		// Ocean Node locks for maxJobDuration + queueMaxWaitTime.
		lockTx, err := n.escrowTx(ctx, escrowABI.PackCreateLock(spec.escrowJob, n.cfg.Contracts.Ocean, consumer, spec.locked, big.NewInt(duration+spec.queueWait)))
		if err != nil {
			computeFail(w, cerr(http.StatusInternalServerError, "Escrow lock failed: %s", err), true)
			return
		}
		spec.lockTx = lockTx.Hex()
	}
	view, err := n.jobs.start(n, jobID, spec)
	if err != nil {
		computeFail(w, cerr(http.StatusInternalServerError, "Internal Server Error"), true)
		return
	}
	jsonOut(w, http.StatusOK, []jobView{view})
}

// escrowTx sends a transaction from the node's account to the escrow
// contract, waits for it and returns its hash. Node transactions are
// serialised.
func (n *Node) escrowTx(ctx context.Context, data []byte) (common.Hash, error) {
	n.txMu.Lock()
	defer n.txMu.Unlock()
	opts := bind.NewKeyedTransactor(n.key, n.chainID)
	opts.Context = ctx
	tx, err := escrowABI.Instance(n.backend, n.cfg.Contracts.Escrow).RawTransact(opts, data)
	if err != nil {
		return common.Hash{}, revertReason(err)
	}
	for {
		r, err := n.backend.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return tx.Hash(), errors.New("transaction reverted")
			}
			return tx.Hash(), nil
		}
		select {
		case <-ctx.Done():
			return tx.Hash(), ctx.Err()
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

// viewableJob returns the job if consumer owns it or is one of its
// additional viewers (who may read results, as in Ocean Node v3.1.0).
func (n *Node) viewableJob(jobID string, consumer string) *job {
	j := n.jobs.get(jobID)
	if j == nil || !common.IsHexAddress(consumer) {
		return nil
	}
	c := common.HexToAddress(consumer)
	if j.spec.consumer == c || slices.Contains(j.spec.viewers, c) {
		return j
	}
	return nil
}

// jobEngine splits a job id ("<engine hash>-<id>", as Ocean Node forms
// them) and reports whether the hash names this node's executor.
func (n *Node) jobEngine(jobID string) (id string, ok bool) {
	hash, id, found := strings.Cut(jobID, "-")
	return id, found && n.cfg.AllowLocalCompute && hash == n.envID()[:18]
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
		// Ocean Node matches agreementId against the job's agreement id,
		// which its docker engine never sets: no job matches.
		if q.Get("agreementId") != "" {
			continue
		}
		out = append(out, j.view())
	}
	jsonOut(w, http.StatusOK, out)
}

// handleComputeStop stops a job. Ocean Node v3.1.0 answers every failure
// of this route 500 "Internal Server Error" and an unknown job of its own
// engine with an empty list; the devnode does the same, except that a
// failed authentication is answered 401 as on the other signed routes.
func (n *Node) handleComputeStop(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("jobId") == "" || !common.IsHexAddress(q.Get("consumerAddress")) {
		text(w, http.StatusInternalServerError, "Internal Server Error")
		return
	}
	if err := n.authenticate(r.Header.Get("Authorization"), q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), cmdStopCompute); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	if _, ok := n.jobEngine(q.Get("jobId")); !ok {
		text(w, http.StatusInternalServerError, "Internal Server Error")
		return
	}
	j := n.ownedJob(q.Get("jobId"), q.Get("consumerAddress"))
	if j == nil {
		jsonOut(w, http.StatusOK, []jobView{})
		return
	}
	j.stop()
	jsonOut(w, http.StatusOK, []jobView{j.view()})
}

// handleComputeDelete answers as Ocean Node v3.1.0, which does not
// implement the route it advertises.
func (n *Node) handleComputeDelete(w http.ResponseWriter, r *http.Request) {
	text(w, http.StatusNotFound, "Not yet implemented!")
}

func (n *Node) handleComputeResult(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if f := missing(q, "jobId", "index"); f != "" {
		text(w, http.StatusBadRequest, missingText(f, "getComputeResult", []string{"jobId", "index"}))
		return
	}
	if c := q.Get("consumerAddress"); c != "" && !common.IsHexAddress(c) {
		text(w, http.StatusBadRequest, `Parameter : "consumerAddress" is not a valid web3 address`)
		return
	}
	idx, err := strconv.Atoi(q.Get("index"))
	if err != nil || idx < 0 {
		text(w, http.StatusBadRequest, "Invalid result index")
		return
	}
	if err := n.authenticate(r.Header.Get("Authorization"), q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), cmdComputeResult); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	id, ok := n.jobEngine(q.Get("jobId"))
	if !ok {
		text(w, http.StatusInternalServerError, errNoEnvironment)
		return
	}
	j := n.jobs.get(q.Get("jobId"))
	if j == nil {
		text(w, http.StatusInternalServerError, "Cannot find job with id "+id)
		return
	}
	if j = n.viewableJob(q.Get("jobId"), q.Get("consumerAddress")); j == nil {
		text(w, http.StatusInternalServerError, q.Get("consumerAddress")+" is not authorized to get results for job with id "+id)
		return
	}
	results := j.view().Results
	if idx >= len(results) {
		text(w, http.StatusNotFound, "No result with index "+q.Get("index"))
		return
	}
	f, err := os.Open(filepath.Join(j.dir.root, results[idx].Filename))
	if err != nil {
		text(w, http.StatusNotFound, "Result not available")
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", "attachment;filename="+results[idx].Filename)
	w.Header().Set("Access-Control-Expose-Headers", "Content-Disposition")
	st, err := f.Stat()
	if err != nil {
		text(w, http.StatusInternalServerError, "Internal Server Error")
		return
	}
	extendWrite(w, st.Size())
	http.ServeContent(w, r, "", st.ModTime(), f)
}

func (n *Node) handleStreamableLogs(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := n.authenticate(r.Header.Get("Authorization"), q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), cmdStreamableLogs); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	j := n.ownedJob(q.Get("jobId"), q.Get("consumerAddress"))
	if _, ok := n.jobEngine(q.Get("jobId")); !ok {
		text(w, http.StatusInternalServerError, errNoEnvironment)
		return
	}
	if j == nil {
		text(w, http.StatusNotFound, "Job not found or not running")
		return
	}
	f, err := os.Open(filepath.Join(j.dir.root, algorithmLog))
	if err != nil {
		text(w, http.StatusNotFound, "Logs not available")
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	flusher, _ := w.(http.Flusher)
	buf := make([]byte, 32<<10)
	for {
		nr, err := f.Read(buf)
		if nr > 0 {
			if _, werr := (progressWriter{w}).Write(buf[:nr]); werr != nil {
				return
			}
			if flusher != nil {
				flusher.Flush()
			}
		}
		if err == io.EOF {
			if j.done() {
				io.CopyBuffer(progressWriter{w}, f, buf)
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
