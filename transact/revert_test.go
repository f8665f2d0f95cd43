package transact_test

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/contracts"
	"github.com/oceango/ocean.go/transact"
)

// Revert data as geth returned it for the Ocean contracts (contracts.md §6.4
// and the dev chain).
const (
	notMinter = "0x08c379a000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000019455243323054656d706c6174653a204e4f54204d494e54455200000000000000"
	overflow  = "0x4e487b710000000000000000000000000000000000000000000000000000000000000011"
)

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	require.NoError(t, err)
	return b
}

// dataError is what go-ethereum's rpc client returns for a JSON-RPC error
// with a data member.
type dataError struct {
	msg  string
	data any
}

func (e dataError) Error() string  { return e.msg }
func (e dataError) ErrorData() any { return e.data }

func TestDecodeErrorString(t *testing.T) {
	e := transact.DecodeRevert(mustHex(t, notMinter))
	assert.Equal(t, "ERC20Template: NOT MINTER", e.Reason)
	assert.Nil(t, e.PanicCode)
	assert.Equal(t, "execution reverted: ERC20Template: NOT MINTER", e.Error())
	assert.ErrorIs(t, e, contracts.ErrMissingRole)
	assert.ErrorIs(t, e, transact.ErrReverted)
	assert.NotErrorIs(t, e, contracts.ErrCapExceeded)
}

func TestDecodePanic(t *testing.T) {
	e := transact.DecodeRevert(mustHex(t, overflow))
	assert.Equal(t, "arithmetic underflow or overflow", e.Reason)
	assert.True(t, e.IsPanic(transact.PanicOverflow))
	assert.False(t, e.IsPanic(0x12))
	e.TxHash = common.Hash{0xab}
	assert.Contains(t, e.Error(), "(tx 0xab00")
}

func TestDecodeCustomError(t *testing.T) {
	parsed, err := abi.JSON(strings.NewReader(`[{"type":"error","name":"Exceeds","inputs":[{"name":"have","type":"uint256"},{"name":"want","type":"uint256"}]}]`))
	require.NoError(t, err)
	errABI := parsed.Errors["Exceeds"]
	args, err := errABI.Inputs.Pack(big.NewInt(3), big.NewInt(5))
	require.NoError(t, err)
	data := append(errABI.ID.Bytes()[:4:4], args...)

	e := transact.DecodeRevert(data, nil, &parsed)
	assert.Equal(t, "Exceeds", e.CustomError)
	assert.Equal(t, "Exceeds(3, 5)", e.Reason)
	require.Len(t, e.Args, 2)
	assert.Equal(t, big.NewInt(5), e.Args[1])

	unknown := transact.DecodeRevert(data)
	assert.Empty(t, unknown.CustomError)
	assert.Contains(t, unknown.Reason, fmt.Sprintf("%#x", data[:4]))
	assert.Equal(t, data, unknown.Data)

	assert.Empty(t, transact.DecodeRevert(nil).Reason)
}

func TestAsRevert(t *testing.T) {
	for name, in := range map[string]error{
		"geth hex string": dataError{"execution reverted: ERC20Template: NOT MINTER", notMinter},
		"ganache object": dataError{"VM Exception while processing transaction: revert ERC20Template: NOT MINTER",
			map[string]any{"message": "revert", "programCounter": 42.0, "reason": "ERC20Template: NOT MINTER", "result": notMinter}},
		"ganache 2 nested": dataError{"VM Exception", map[string]any{
			"0xabc": map[string]any{"error": "revert", "return": notMinter}}},
		"wrapped":           fmt.Errorf("estimate: %w", dataError{"execution reverted", notMinter}),
		"message only":      errors.New("execution reverted: ERC20Template: NOT MINTER"),
		"ganache text only": errors.New("VM Exception while processing transaction: revert ERC20Template: NOT MINTER"),
	} {
		t.Run(name, func(t *testing.T) {
			re, ok := transact.AsRevert(in)
			require.True(t, ok)
			assert.Equal(t, "ERC20Template: NOT MINTER", re.Reason)
			assert.ErrorIs(t, re, contracts.ErrMissingRole)
		})
	}
	_, ok := transact.AsRevert(errors.New("nonce too low"))
	assert.False(t, ok)
	_, ok = transact.AsRevert(nil)
	assert.False(t, ok)
	// A RevertError already in the chain is returned as is.
	orig := &transact.RevertError{Reason: "x", TxHash: common.Hash{1}}
	got, ok := transact.AsRevert(fmt.Errorf("w: %w", orig))
	require.True(t, ok)
	assert.Same(t, orig, got)
}
