package provider

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
)

// Command names a signed Ocean Node request: the node rebuilds the signed
// message as consumer address + nonce + command.
type Command string

// The signed commands of Ocean Node v3.1.0 this package sends.
const (
	CommandDownload            Command = cmdDownload
	CommandEncrypt             Command = cmdEncrypt
	CommandDecrypt             Command = cmdDecrypt
	CommandStartCompute        Command = cmdStartCompute
	CommandFreeStartCompute    Command = cmdFreeStartCompute
	CommandStopCompute         Command = cmdStopCompute
	CommandComputeResult       Command = cmdComputeResult
	CommandComputeLogs         Command = cmdStreamableLogs
	CommandCreateAuthToken     Command = cmdCreateToken
	CommandInvalidateAuthToken Command = cmdInvalidateToken
	CommandValidateDDO         Command = cmdValidateDDO
)

// ErrPresignedUsed is returned when a PresignedSigner is asked for a
// second signature: it carries one, good for one request.
var ErrPresignedUsed = errors.New("provider: the pre-made signature was already used")

// SigningRequest is what a wallet elsewhere signs so that a process
// without the key can send one request (see PresignedSigner).
type SigningRequest struct {
	// Address is the consumer whose key signs.
	Address common.Address `json:"address"`
	// Nonce is the nonce the request will carry.
	Nonce uint64 `json:"nonce"`
	// Message is the text the node rebuilds: address + nonce + command.
	Message string `json:"message"`
	// Payload is what personal_sign (EIP-191) is applied to: the
	// keccak256 hash of Message, leading zero bytes dropped as the node
	// expects. A wallet's personal_sign takes it hex-encoded (0x...), and
	// Signer.SignMessage takes it as is.
	Payload []byte `json:"payload"`
}

// PrepareSignature returns what address must sign for its next cmd
// request to this node: the nonce is the node's stored nonce plus one (or
// one more than the last this client used). Have the wallet sign Payload,
// then make the request with SignedBy(NewPresignedSigner(address,
// req.Nonce, signature)). The signature is good for that command only,
// and only until the node stores a greater nonce for address: use it
// before any other signed request of the address. Ocean Node only: a
// classic provider signs route-specific messages (ErrUnsupported).
func (c *Client) PrepareSignature(ctx context.Context, address common.Address, cmd Command) (*SigningRequest, error) {
	if cmd == "" {
		return nil, errors.New("provider: PrepareSignature needs a command")
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return nil, err
	}
	if d != DialectNode {
		return nil, fmt.Errorf("%w: pre-made signatures need an Ocean Node", ErrUnsupported)
	}
	slot := c.nonces.slot(address)
	slot.mu.Lock()
	defer slot.mu.Unlock()
	n, err := c.Nonce(ctx, address)
	if err != nil {
		return nil, err
	}
	next := max(n, slot.last) + 1
	msg := nodeMessage(string(cmd))(address, strconv.FormatUint(next, 10))
	return &SigningRequest{Address: address, Nonce: next, Message: msg, Payload: payloadFor(d, msg)}, nil
}

// PresignedSigner is a Signer carrying one signature made elsewhere — the
// "agent" pattern: a backend holds no key, a wallet signs the request the
// backend then sends. Build the signature from PrepareSignature. A signed
// call with a PresignedSigner sends the carried nonce and signature once:
// it is never re-signed after a nonce rejection or a transient failure,
// and a second use fails with ErrPresignedUsed. Auth tokens are the
// alternative for many requests from one signature (CreateAuthToken).
type PresignedSigner struct {
	address   common.Address
	nonce     uint64
	signature []byte
	used      atomic.Bool
}

var _ Signer = (*PresignedSigner)(nil)

// NewPresignedSigner returns a Signer for one request of address with
// nonce, signed elsewhere: signature is the 65-byte personal_sign
// signature of the SigningRequest's Payload (v 0/1 or 27/28), or an
// ERC-1271 smart-account signature.
func NewPresignedSigner(address common.Address, nonce uint64, signature []byte) *PresignedSigner {
	return &PresignedSigner{address: address, nonce: nonce, signature: append([]byte(nil), signature...)}
}

// Address returns the address that signed.
func (s *PresignedSigner) Address() common.Address { return s.address }

// Nonce returns the nonce the signature was made for.
func (s *PresignedSigner) Nonce() uint64 { return s.nonce }

// SignMessage returns the carried signature the first time and
// ErrPresignedUsed after. msg is not checked: the node verifies the
// signature against the message it rebuilds.
func (s *PresignedSigner) SignMessage(_ context.Context, _ []byte) ([]byte, error) {
	if s.used.Swap(true) {
		return nil, ErrPresignedUsed
	}
	return append([]byte(nil), s.signature...), nil
}
