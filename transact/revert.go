package transact

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/oceango/ocean.go/internal/contracts"
)

// Selectors of the two revert payloads the Solidity compiler emits itself.
var (
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// RevertError reports a contract execution that reverted: in a call, in gas
// estimation, or in a mined transaction (then TxHash is set). It is the one
// revert type of ocean.go: the nft, datatoken and accesslist packages
// return it too.
//
// errors.Is(err, ErrReverted) holds for every RevertError, and the contract
// sentinels of the datatoken package (ErrMissingRole,
// ErrInsufficientAllowance, ...) match when the reason says so.
type RevertError struct {
	// Reason is the readable cause: the Error(string) message, the Panic
	// description, the custom error with its arguments, or the node's own
	// message when it returned no revert data.
	Reason string
	// Data is the raw revert data (selector and ABI-encoded arguments);
	// empty when the node returned none.
	Data []byte
	// PanicCode is the Panic(uint256) code (0x11 is arithmetic overflow), or
	// nil when the revert was not a panic.
	PanicCode *big.Int
	// CustomError is the name of a custom Solidity error decoded from one of
	// the ABIs given to the decoder, or "".
	CustomError string
	// Args are the decoded arguments of CustomError.
	Args []any
	// TxHash is the mined transaction that failed; zero when the revert
	// happened in a call or in gas estimation.
	TxHash common.Hash
}

// Error implements error.
func (e *RevertError) Error() string {
	var b strings.Builder
	b.WriteString("execution reverted")
	if e.Reason != "" {
		b.WriteString(": ")
		b.WriteString(e.Reason)
	}
	if e.TxHash != (common.Hash{}) {
		b.WriteString(" (tx ")
		b.WriteString(e.TxHash.Hex())
		b.WriteString(")")
	}
	return b.String()
}

// Is reports whether target is ErrReverted or the sentinel the reason
// belongs to.
func (e *RevertError) Is(target error) bool {
	if target == ErrReverted {
		return true
	}
	c := contracts.Classify(e.Reason)
	return c != nil && c == target
}

// IsPanic reports whether the revert is the Solidity Panic with code.
func (e *RevertError) IsPanic(code uint64) bool {
	return e.PanicCode != nil && e.PanicCode.IsUint64() && e.PanicCode.Uint64() == code
}

// PanicOverflow is the Panic(uint256) code of checked arithmetic overflow.
const PanicOverflow = 0x11

// panicReason describes the Solidity panic codes (as go-ethereum and
// ethers.js word them).
func panicReason(code *big.Int) string {
	if code.IsUint64() {
		switch code.Uint64() {
		case 0x00:
			return "generic panic"
		case 0x01:
			return "assert(false)"
		case 0x11:
			return "arithmetic underflow or overflow"
		case 0x12:
			return "division or modulo by zero"
		case 0x21:
			return "enum overflow"
		case 0x22:
			return "invalid encoded storage byte array accessed"
		case 0x31:
			return "out-of-bounds array access; popping on an empty array"
		case 0x32:
			return "out-of-bounds access of an array or bytesN"
		case 0x41:
			return "out of memory"
		case 0x51:
			return "uninitialized function"
		}
	}
	return fmt.Sprintf("unknown panic code %#x", code)
}

// DecodeRevert decodes revert data: Error(string), Panic(uint256), or a
// custom error declared in one of abis. Data it cannot decode is kept in
// Data with a Reason naming the unknown selector. It never returns nil.
func DecodeRevert(data []byte, abis ...*abi.ABI) *RevertError {
	e := &RevertError{Data: bytes.Clone(data)}
	if len(data) < 4 {
		return e
	}
	switch sel := data[:4]; {
	case bytes.Equal(sel, errorSelector):
		if reason, err := abi.UnpackRevert(data); err == nil {
			e.Reason = reason
			return e
		}
	case bytes.Equal(sel, panicSelector):
		if len(data) == 4+32 {
			e.PanicCode = new(big.Int).SetBytes(data[4:])
			e.Reason = panicReason(e.PanicCode)
			return e
		}
	default:
		var id [4]byte
		copy(id[:], sel)
		for _, a := range abis {
			if a == nil {
				continue
			}
			ce, err := a.ErrorByID(id)
			if err != nil {
				continue
			}
			args, err := ce.Inputs.Unpack(data[4:])
			if err != nil {
				continue
			}
			e.CustomError, e.Args = ce.Name, args
			e.Reason = formatCustom(ce.Name, args)
			return e
		}
	}
	e.Reason = fmt.Sprintf("unknown revert data with selector %#x", data[:4])
	return e
}

func formatCustom(name string, args []any) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = fmt.Sprint(a)
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}

// AsRevert extracts a RevertError from an error returned by a node (eth_call
// or eth_estimateGas through go-ethereum's rpc client). It reads the revert
// data from an rpc.DataError in err's chain: a hex string (geth, Erigon,
// Nethermind, Anvil, Hardhat) or an object carrying it under "data" or
// "result" (Ganache). Without data it recognises the "execution reverted"
// and Ganache "VM Exception ... revert" messages and keeps their text as the
// reason. It returns false when err is not a revert. A RevertError already
// in err's chain is returned as is.
func AsRevert(err error, abis ...*abi.ABI) (*RevertError, bool) {
	if err == nil {
		return nil, false
	}
	var re *RevertError
	if errors.As(err, &re) {
		return re, true
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if data, ok := revertData(de.ErrorData()); ok {
			return DecodeRevert(data, abis...), true
		}
	}
	msg := err.Error()
	const geth = "execution reverted"
	if i := strings.Index(msg, geth); i >= 0 {
		reason := strings.TrimSpace(strings.TrimPrefix(msg[i+len(geth):], ":"))
		return &RevertError{Reason: reason}, true
	}
	const ganache = "VM Exception while processing transaction: revert"
	if i := strings.Index(msg, ganache); i >= 0 {
		return &RevertError{Reason: strings.TrimSpace(msg[i+len(ganache):])}, true
	}
	return nil, false
}

// revertData digs the revert bytes out of a JSON-RPC error's data member.
func revertData(v any) ([]byte, bool) {
	switch d := v.(type) {
	case string:
		if !strings.HasPrefix(d, "0x") && !strings.HasPrefix(d, "0X") {
			// Some nodes put "Reverted 0x..." in data.
			if i := strings.Index(d, "0x"); i >= 0 {
				d = d[i:]
			} else {
				return nil, false
			}
		}
		b, err := hex.DecodeString(d[2:])
		if err != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return d, true
	case map[string]any:
		// Ganache 7: {"message", "code", "data": "0x..."} or
		// {"reason", "result": "0x..."}; older: {"<txhash>": {"return": "0x..."}}.
		for _, k := range []string{"data", "result", "return"} {
			if inner, ok := d[k]; ok {
				if b, ok := revertData(inner); ok {
					return b, true
				}
			}
		}
		for _, inner := range d {
			if m, ok := inner.(map[string]any); ok {
				if b, ok := revertData(m); ok {
					return b, true
				}
			}
		}
	}
	return nil, false
}
