package compute

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/provider"
)

// Asset is a dataset or a published algorithm of a job: a service of a
// DDO.
type Asset struct {
	DID       string
	ServiceID string
	// OrderTx is an order already placed for this service (the startOrder
	// or reuseOrder transaction hash), for instance from an earlier Pay
	// that a caller journaled. Initialize asks the node whether it is
	// still valid, and Pay then reuses it instead of ordering again.
	OrderTx string
	// UserData are the service's consumer parameters.
	UserData map[string]any
}

// RawAlgorithm is an algorithm given as code rather than as a published
// asset. Only datasets whose compute service allows raw algorithms accept
// it.
type RawAlgorithm struct {
	// Code is the algorithm's source, written to the file $ALGO.
	Code string
	// Container runs it: Entrypoint ("python $ALGO"), Image, Tag and
	// optionally Checksum.
	Container ddo.Container
}

// Algorithm is the algorithm of a job: a published asset, or Raw.
type Algorithm struct {
	Asset
	Raw *RawAlgorithm
	// CustomData is handed to the algorithm (inputs/algoCustomData.json).
	CustomData map[string]any
}

// Spec describes a compute job.
type Spec struct {
	// Datasets are the inputs; the first is the main dataset. Paid jobs
	// need at least one.
	Datasets  []Asset
	Algorithm Algorithm
	// Environment is the environment id; empty picks the node's first
	// environment (with a free section, for free jobs).
	Environment string
	// Free runs the job in the environment's free tier: no orders, no
	// escrow (Ocean Node's freeCompute), within the free limits.
	Free bool
	// MaxJobDuration bounds the job's run time. A paid job locks price ×
	// duration in escrow, so set it; zero lets the node choose (its
	// environment maximum).
	MaxJobDuration time.Duration
	// Resources requested ("cpu", "ram", ...); empty: the node's minimum.
	Resources []provider.ComputeResource
	// PaymentToken is the escrow token; zero: the environment's first fee
	// token on the chain.
	PaymentToken common.Address
	// Metadata is stored with the job (Ocean Node); a caller may put its
	// own correlation id there to find the job again with Jobs.
	Metadata map[string]any
	// Output describes where a node should store the results (node
	// specific); nil: on the node.
	Output json.RawMessage
	// AdditionalViewers may read the job's results besides the account
	// that starts it (Ocean Node's additionalViewers).
	AdditionalViewers []common.Address
	// QueueMaxWaitTime, when positive, lets the node queue the job for up
	// to this long (whole seconds, rounded up) when the environment is
	// busy, instead of refusing it. Ocean Node adds it to the escrow's
	// minimum lock time, so Initialize asks for it and a paid job's
	// authorization covers it.
	QueueMaxWaitTime time.Duration
}

// validate checks the spec's shape.
func (s *Spec) validate() error {
	if !s.Free && len(s.Datasets) == 0 {
		return invalid("a paid job needs at least one dataset")
	}
	for i, d := range s.Datasets {
		if d.DID == "" || d.ServiceID == "" {
			return invalid("dataset %d needs DID and ServiceID", i)
		}
	}
	a := s.Algorithm
	switch {
	case a.Raw != nil && a.DID != "":
		return invalid("the algorithm is either Raw or a published asset, not both")
	case a.Raw == nil && (a.DID == "" || a.ServiceID == ""):
		return invalid("the algorithm needs DID and ServiceID, or Raw")
	case a.Raw != nil && a.Raw.Container.Entrypoint == "":
		return invalid("a raw algorithm needs Container.Entrypoint")
	case s.MaxJobDuration < 0:
		return invalid("negative MaxJobDuration")
	case s.QueueMaxWaitTime < 0:
		return invalid("negative QueueMaxWaitTime")
	}
	for i, v := range s.AdditionalViewers {
		if v == (common.Address{}) {
			return invalid("additional viewer %d is the zero address", i)
		}
	}
	return nil
}

// Role says what an order pays for.
type Role string

// Roles of an order.
const (
	RoleDataset   Role = "dataset"
	RoleAlgorithm Role = "algorithm"
)

// Action is what Pay does for an order.
type Action string

// Actions of Pay.
const (
	// ActionNone: the order given as OrderTx is valid; nothing is paid.
	ActionNone Action = "none"
	// ActionReuse: the order is valid but its provider fee expired; Pay
	// sends reuseOrder with the new fee.
	ActionReuse Action = "reuse"
	// ActionStart: Pay sends startOrder, spending one datatoken.
	ActionStart Action = "start"
)

// Order is one order a job needs: for a dataset or the published
// algorithm.
type Order struct {
	Role Role
	// Index is the dataset's position in Spec.Datasets (0 for the
	// algorithm).
	Index     int
	DID       string
	ServiceID string
	// ServiceIndex is the service's position in the DDO (startOrder's
	// serviceIndex), resolved by Initialize when an order is needed.
	ServiceIndex int
	Datatoken    common.Address
	// ProviderFee is the node's signed fee for startOrder or reuseOrder;
	// nil when ValidOrder is reused as is.
	ProviderFee *ddo.ProviderFee
	// ValidOrder is the given OrderTx when the node still accepts it.
	ValidOrder string
}

// Action says what Pay does for o.
func (o *Order) Action() Action {
	switch {
	case o.ValidOrder != "" && o.ProviderFee == nil:
		return ActionNone
	case o.ValidOrder != "":
		return ActionReuse
	}
	return ActionStart
}

// EscrowPayment is what a paid job locks in escrow: the node (Payee)
// locks Amount of Token for at least MinLockSeconds when the job starts,
// and claims what the job cost when it ends.
type EscrowPayment struct {
	Escrow         common.Address
	Payee          common.Address
	Token          common.Address
	Amount         *big.Int // base units
	MinLockSeconds int64
}

// Requirements is what a job needs before it can start: the answer of
// Initialize, the input of Pay and Start. It carries the spec with its
// defaults resolved (environment, payment token), so the same terms are
// paid for and started with. It is plain data: a caller may persist it.
type Requirements struct {
	Spec Spec
	// Orders are the datasets' orders, in Spec order, then the
	// algorithm's (published algorithms only). Empty for free jobs.
	Orders []Order
	// Escrow is nil for free jobs.
	Escrow *EscrowPayment
}

// Initialize asks the node what spec costs: for each dataset and a
// published algorithm, whether a given OrderTx is still valid or which
// provider fee to order with; for paid jobs, the escrow amount in the
// payment token. It pays nothing and is safe to repeat (POST
// initializeCompute is read-only); resolving the environment and the
// DDOs of assets to order are reads too.
//
// Free jobs need no orders or escrow: Initialize only checks the spec and
// picks the environment.
func (c *Client) Initialize(ctx context.Context, spec Spec) (*Requirements, error) {
	if err := spec.validate(); err != nil {
		return nil, err
	}
	env, err := c.environment(ctx, spec.Environment, spec.Free)
	if err != nil {
		return nil, err
	}
	spec.Environment = env.ID
	reqs := &Requirements{Spec: spec}
	if spec.Free {
		return reqs, nil
	}
	if zeroAddr(spec.PaymentToken) {
		tokens := env.FeeTokens(c.chainID)
		if len(tokens) == 0 {
			return nil, fmt.Errorf("%w: environment %s lists no fee token on chain %d", ErrNoEnvironment, env.ID, c.chainID)
		}
		reqs.Spec.PaymentToken = tokens[0]
	}
	r := provider.InitializeComputeRequest{
		Datasets: assets(spec.Datasets), Algorithm: algorithm(spec.Algorithm), Environment: env.ID,
		Consumer: c.Consumer(), Payment: c.payment(&reqs.Spec), MaxJobDuration: seconds(spec.MaxJobDuration),
		QueueMaxWaitTime: seconds(spec.QueueMaxWaitTime),
	}
	answer, err := c.prov.InitializeCompute(ctx, r)
	if err != nil {
		return nil, fmt.Errorf("compute: initialize: %w", err)
	}
	if len(answer.Datasets) != len(spec.Datasets) {
		return nil, fmt.Errorf("compute: initialize: node answered %d datasets for %d", len(answer.Datasets), len(spec.Datasets))
	}
	for i, d := range spec.Datasets {
		o, err := c.order(ctx, RoleDataset, i, d, &answer.Datasets[i])
		if err != nil {
			return nil, err
		}
		reqs.Orders = append(reqs.Orders, o)
	}
	if spec.Algorithm.Raw == nil {
		if answer.Algorithm == nil {
			return nil, fmt.Errorf("compute: initialize: node answered no algorithm order")
		}
		o, err := c.order(ctx, RoleAlgorithm, 0, spec.Algorithm.Asset, answer.Algorithm)
		if err != nil {
			return nil, err
		}
		reqs.Orders = append(reqs.Orders, o)
	}
	if p := answer.Payment; p != nil {
		amount, ok := new(big.Int).SetString(string(p.Amount), 10)
		if !ok {
			return nil, fmt.Errorf("compute: initialize: escrow amount %q is not an integer", p.Amount)
		}
		lock, _ := p.MinLockSeconds.Int64()
		reqs.Escrow = &EscrowPayment{Escrow: p.EscrowAddress, Payee: p.Payee, Token: p.Token, Amount: amount, MinLockSeconds: lock}
	}
	return reqs, nil
}

// order builds an Order from the node's answer, resolving the service
// index when an order must be placed.
func (c *Client) order(ctx context.Context, role Role, i int, a Asset, r *provider.OrderRequirements) (Order, error) {
	o := Order{Role: role, Index: i, DID: a.DID, ServiceID: a.ServiceID, Datatoken: r.Datatoken,
		ProviderFee: r.ProviderFee, ValidOrder: r.ValidOrder}
	if o.Action() == ActionNone {
		return o, nil
	}
	if o.ProviderFee == nil {
		return o, fmt.Errorf("compute: initialize: node gave no provider fee for %s %s", role, a.DID)
	}
	asset, err := c.idx.Resolve(ctx, a.DID)
	if err != nil {
		return o, fmt.Errorf("compute: resolve %s: %w", a.DID, err)
	}
	o.ServiceIndex = -1
	for j, s := range asset.Services {
		if s.ID == a.ServiceID {
			o.ServiceIndex = j
			if zeroAddr(o.Datatoken) {
				o.Datatoken = common.HexToAddress(s.DatatokenAddress)
			}
		}
	}
	if o.ServiceIndex < 0 {
		return o, invalid("%s has no service %s", a.DID, a.ServiceID)
	}
	return o, nil
}

func (c *Client) payment(s *Spec) *provider.ComputePayment {
	return &provider.ComputePayment{ChainID: c.chainID, Token: s.PaymentToken, Resources: s.Resources}
}

func seconds(d time.Duration) int64 { return int64((d + time.Second - 1) / time.Second) }

func asset(a Asset) provider.ComputeAsset {
	return provider.ComputeAsset{DID: a.DID, ServiceID: a.ServiceID, TransferTxID: a.OrderTx, UserData: a.UserData}
}

func assets(as []Asset) []provider.ComputeAsset {
	out := make([]provider.ComputeAsset, len(as))
	for i, a := range as {
		out[i] = asset(a)
	}
	return out
}

func algorithm(a Algorithm) provider.ComputeAlgorithm {
	out := provider.ComputeAlgorithm{AlgoCustomData: a.CustomData}
	if a.Raw == nil {
		out.ComputeAsset = asset(a.Asset)
		return out
	}
	out.Meta, _ = json.Marshal(map[string]any{"rawcode": a.Raw.Code, "container": a.Raw.Container})
	return out
}
