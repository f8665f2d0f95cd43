package transact

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Sentinels for node-side transaction failures. The public packages
// re-export them.
var (
	// ErrReverted matches every *RevertError.
	ErrReverted = errors.New("execution reverted")
	// ErrUnderpriced: the node refused the fees (below its minimum, below the
	// base fee, or a replacement that does not raise them enough).
	ErrUnderpriced = errors.New("transaction underpriced")
	// ErrNonceTooLow: the nonce was already used, by this account outside
	// the manager or by a transaction that replaced ours.
	ErrNonceTooLow = errors.New("nonce too low")
	// ErrNonceTooHigh: the node refused a nonce gap.
	ErrNonceTooHigh = errors.New("nonce too high")
	// ErrInsufficientFunds: the account cannot pay gas × fee + value in the
	// chain's native coin.
	ErrInsufficientFunds = errors.New("insufficient funds for gas and value")
	// ErrNotMined: waiting ended (ctx done) before the transaction was mined.
	ErrNotMined = errors.New("transaction not mined")
	// ErrClosed: the manager was closed.
	ErrClosed = errors.New("transaction manager closed")
)

// TxError is a failure to get a transaction accepted or mined that is not a
// revert (reverts are *RevertError). Hash is set once the
// transaction was signed. errors.Is matches Kind (one of the sentinels above,
// when known) and anything in Err's chain, such as context.DeadlineExceeded.
type TxError struct {
	// Op names the step: "estimate gas", "send", "replace" or "wait".
	Op string
	// Hash is the signed transaction's hash, zero before signing.
	Hash common.Hash
	// Nonce is the nonce the transaction was given (meaningful when Hash is set).
	Nonce uint64
	// Kind is the sentinel the failure matches, or nil.
	Kind error
	// Err is the underlying error (the node's message, ctx.Err(), ...).
	Err error
}

// Error implements error.
func (e *TxError) Error() string {
	var b strings.Builder
	b.WriteString(e.Op)
	if e.Hash != (common.Hash{}) {
		fmt.Fprintf(&b, " %s (nonce %d)", e.Hash.Hex(), e.Nonce)
	}
	if e.Kind != nil {
		b.WriteString(": ")
		b.WriteString(e.Kind.Error())
	}
	if e.Err != nil && (e.Kind == nil || e.Err.Error() != e.Kind.Error()) {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns Kind and Err, for errors.Is and errors.As.
func (e *TxError) Unwrap() []error {
	var out []error
	if e.Kind != nil {
		out = append(out, e.Kind)
	}
	if e.Err != nil {
		out = append(out, e.Err)
	}
	return out
}

// classifyNode maps a node's refusal message (geth, Erigon, Nethermind,
// Besu, Anvil, Ganache wordings) to a sentinel, or nil.
func classifyNode(err error) error {
	if err == nil {
		return nil
	}
	m := strings.ToLower(err.Error())
	has := func(frags ...string) bool {
		for _, f := range frags {
			if strings.Contains(m, f) {
				return true
			}
		}
		return false
	}
	switch {
	case has("nonce too low", "nonce is too low", "oldnonce", "nonce has already been used", "already used nonce"):
		return ErrNonceTooLow
	case has("nonce too high", "nonce is too high"):
		return ErrNonceTooHigh
	case has("insufficient funds"):
		return ErrInsufficientFunds
	case has("underpriced", "less than block base fee", "fee cap less than", "feetoolow", "gas price too low",
		"max fee per gas less than", "tip too low", "fee too low"):
		return ErrUnderpriced
	}
	return nil
}

// isKnown reports a node saying it already has this exact transaction.
func isKnown(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "already known") || strings.Contains(m, "known transaction") ||
		strings.Contains(m, "alreadyknown") || strings.Contains(m, "already imported")
}

func isReplacement(err error) bool {
	return containsFold(err.Error(), "replacement")
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
