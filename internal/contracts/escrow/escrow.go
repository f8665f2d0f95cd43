// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

// Package escrow is the abigen v2 binding of Escrow from @oceanprotocol/contracts@2.6.0.
// Regenerate with `go generate ./internal/contracts`.
package escrow

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// Escrowauth is an auto generated low-level Go binding around an user-defined struct.
type Escrowauth struct {
	Payee               common.Address
	MaxLockedAmount     *big.Int
	CurrentLockedAmount *big.Int
	MaxLockSeconds      *big.Int
	MaxLockCounts       *big.Int
	CurrentLocks        *big.Int
}

// Escrowlock is an auto generated low-level Go binding around an user-defined struct.
type Escrowlock struct {
	JobId  *big.Int
	Payer  common.Address
	Amount *big.Int
	Expiry *big.Int
	Token  common.Address
}

// EscrowuserFunds is an auto generated low-level Go binding around an user-defined struct.
type EscrowuserFunds struct {
	Available *big.Int
	Locked    *big.Int
}

// EscrowMetaData contains all meta data concerning the Escrow contract.
var EscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_factoryRouter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_opcCollector\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxLockedAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxLockSeconds\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxLockCounts\",\"type\":\"uint256\"}],\"name\":\"Auth\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Canceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"Lock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxLockedAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLockSeconds\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLockCounts\",\"type\":\"uint256\"}],\"name\":\"authorize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"token\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"payee\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"maxLockedAmount\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"maxLockSeconds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"maxLockCounts\",\"type\":\"uint256[]\"}],\"name\":\"authorizeMultiple\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"cancelExpiredLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"jobId\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"token\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"payer\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"payee\",\"type\":\"address[]\"}],\"name\":\"cancelExpiredLocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"claimLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"claimLockAndWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"jobId\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"token\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"payer\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amount\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"claimLocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"jobId\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"token\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"payer\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amount\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"claimLocksAndWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"createLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"jobId\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"token\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"payer\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amount\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"expiry\",\"type\":\"uint256[]\"}],\"name\":\"createLocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"token\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amount\",\"type\":\"uint256[]\"}],\"name\":\"depositMultiple\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"depositWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factoryRouter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"getAuthorizations\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxLockedAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentLockedAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLockSeconds\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLockCounts\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentLocks\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.auth[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"getFunds\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.userFunds\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"getLocks\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"internalType\":\"structEscrow.lock[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"getUserFunds\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.userFunds\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getUserTokens\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"opcCollector\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"token\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amount\",\"type\":\"uint256[]\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Escrow",
}

// Escrow is an auto generated Go binding around an Ethereum contract.
type Escrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Escrow) GetABI() abi.ABI {
	return c.abi
}

// NewEscrow creates a new instance of Escrow.
func NewEscrow() *Escrow {
	parsed, err := EscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Escrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Escrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _factoryRouter, address _opcCollector) returns()
func (escrow *Escrow) PackConstructor(_factoryRouter common.Address, _opcCollector common.Address) []byte {
	enc, err := escrow.abi.Pack("", _factoryRouter, _opcCollector)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAuthorize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15fac1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function authorize(address token, address payee, uint256 maxLockedAmount, uint256 maxLockSeconds, uint256 maxLockCounts) returns()
func (escrow *Escrow) PackAuthorize(token common.Address, payee common.Address, maxLockedAmount *big.Int, maxLockSeconds *big.Int, maxLockCounts *big.Int) []byte {
	enc, err := escrow.abi.Pack("authorize", token, payee, maxLockedAmount, maxLockSeconds, maxLockCounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuthorize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15fac1cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function authorize(address token, address payee, uint256 maxLockedAmount, uint256 maxLockSeconds, uint256 maxLockCounts) returns()
func (escrow *Escrow) TryPackAuthorize(token common.Address, payee common.Address, maxLockedAmount *big.Int, maxLockSeconds *big.Int, maxLockCounts *big.Int) ([]byte, error) {
	return escrow.abi.Pack("authorize", token, payee, maxLockedAmount, maxLockSeconds, maxLockCounts)
}

// PackAuthorizeMultiple is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ffd0f2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function authorizeMultiple(address[] token, address[] payee, uint256[] maxLockedAmount, uint256[] maxLockSeconds, uint256[] maxLockCounts) returns()
func (escrow *Escrow) PackAuthorizeMultiple(token []common.Address, payee []common.Address, maxLockedAmount []*big.Int, maxLockSeconds []*big.Int, maxLockCounts []*big.Int) []byte {
	enc, err := escrow.abi.Pack("authorizeMultiple", token, payee, maxLockedAmount, maxLockSeconds, maxLockCounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuthorizeMultiple is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ffd0f2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function authorizeMultiple(address[] token, address[] payee, uint256[] maxLockedAmount, uint256[] maxLockSeconds, uint256[] maxLockCounts) returns()
func (escrow *Escrow) TryPackAuthorizeMultiple(token []common.Address, payee []common.Address, maxLockedAmount []*big.Int, maxLockSeconds []*big.Int, maxLockCounts []*big.Int) ([]byte, error) {
	return escrow.abi.Pack("authorizeMultiple", token, payee, maxLockedAmount, maxLockSeconds, maxLockCounts)
}

// PackCancelExpiredLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f918c03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelExpiredLock(uint256 jobId, address token, address payer, address payee) returns()
func (escrow *Escrow) PackCancelExpiredLock(jobId *big.Int, token common.Address, payer common.Address, payee common.Address) []byte {
	enc, err := escrow.abi.Pack("cancelExpiredLock", jobId, token, payer, payee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelExpiredLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f918c03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelExpiredLock(uint256 jobId, address token, address payer, address payee) returns()
func (escrow *Escrow) TryPackCancelExpiredLock(jobId *big.Int, token common.Address, payer common.Address, payee common.Address) ([]byte, error) {
	return escrow.abi.Pack("cancelExpiredLock", jobId, token, payer, payee)
}

// PackCancelExpiredLocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89464ccf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelExpiredLocks(uint256[] jobId, address[] token, address[] payer, address[] payee) returns()
func (escrow *Escrow) PackCancelExpiredLocks(jobId []*big.Int, token []common.Address, payer []common.Address, payee []common.Address) []byte {
	enc, err := escrow.abi.Pack("cancelExpiredLocks", jobId, token, payer, payee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelExpiredLocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89464ccf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelExpiredLocks(uint256[] jobId, address[] token, address[] payer, address[] payee) returns()
func (escrow *Escrow) TryPackCancelExpiredLocks(jobId []*big.Int, token []common.Address, payer []common.Address, payee []common.Address) ([]byte, error) {
	return escrow.abi.Pack("cancelExpiredLocks", jobId, token, payer, payee)
}

// PackClaimLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d92e45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimLock(uint256 jobId, address token, address payer, uint256 amount, bytes proof) returns()
func (escrow *Escrow) PackClaimLock(jobId *big.Int, token common.Address, payer common.Address, amount *big.Int, proof []byte) []byte {
	enc, err := escrow.abi.Pack("claimLock", jobId, token, payer, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d92e45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimLock(uint256 jobId, address token, address payer, uint256 amount, bytes proof) returns()
func (escrow *Escrow) TryPackClaimLock(jobId *big.Int, token common.Address, payer common.Address, amount *big.Int, proof []byte) ([]byte, error) {
	return escrow.abi.Pack("claimLock", jobId, token, payer, amount, proof)
}

// PackClaimLockAndWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46c3b29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimLockAndWithdraw(uint256 jobId, address token, address payer, uint256 amount, bytes proof) returns()
func (escrow *Escrow) PackClaimLockAndWithdraw(jobId *big.Int, token common.Address, payer common.Address, amount *big.Int, proof []byte) []byte {
	enc, err := escrow.abi.Pack("claimLockAndWithdraw", jobId, token, payer, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimLockAndWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46c3b29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimLockAndWithdraw(uint256 jobId, address token, address payer, uint256 amount, bytes proof) returns()
func (escrow *Escrow) TryPackClaimLockAndWithdraw(jobId *big.Int, token common.Address, payer common.Address, amount *big.Int, proof []byte) ([]byte, error) {
	return escrow.abi.Pack("claimLockAndWithdraw", jobId, token, payer, amount, proof)
}

// PackClaimLocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb24adc04.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimLocks(uint256[] jobId, address[] token, address[] payer, uint256[] amount, bytes[] proof) returns()
func (escrow *Escrow) PackClaimLocks(jobId []*big.Int, token []common.Address, payer []common.Address, amount []*big.Int, proof [][]byte) []byte {
	enc, err := escrow.abi.Pack("claimLocks", jobId, token, payer, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimLocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb24adc04.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimLocks(uint256[] jobId, address[] token, address[] payer, uint256[] amount, bytes[] proof) returns()
func (escrow *Escrow) TryPackClaimLocks(jobId []*big.Int, token []common.Address, payer []common.Address, amount []*big.Int, proof [][]byte) ([]byte, error) {
	return escrow.abi.Pack("claimLocks", jobId, token, payer, amount, proof)
}

// PackClaimLocksAndWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78a90e19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimLocksAndWithdraw(uint256[] jobId, address[] token, address[] payer, uint256[] amount, bytes[] proof) returns()
func (escrow *Escrow) PackClaimLocksAndWithdraw(jobId []*big.Int, token []common.Address, payer []common.Address, amount []*big.Int, proof [][]byte) []byte {
	enc, err := escrow.abi.Pack("claimLocksAndWithdraw", jobId, token, payer, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimLocksAndWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78a90e19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimLocksAndWithdraw(uint256[] jobId, address[] token, address[] payer, uint256[] amount, bytes[] proof) returns()
func (escrow *Escrow) TryPackClaimLocksAndWithdraw(jobId []*big.Int, token []common.Address, payer []common.Address, amount []*big.Int, proof [][]byte) ([]byte, error) {
	return escrow.abi.Pack("claimLocksAndWithdraw", jobId, token, payer, amount, proof)
}

// PackCreateLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x842d2c20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createLock(uint256 jobId, address token, address payer, uint256 amount, uint256 expiry) returns()
func (escrow *Escrow) PackCreateLock(jobId *big.Int, token common.Address, payer common.Address, amount *big.Int, expiry *big.Int) []byte {
	enc, err := escrow.abi.Pack("createLock", jobId, token, payer, amount, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x842d2c20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createLock(uint256 jobId, address token, address payer, uint256 amount, uint256 expiry) returns()
func (escrow *Escrow) TryPackCreateLock(jobId *big.Int, token common.Address, payer common.Address, amount *big.Int, expiry *big.Int) ([]byte, error) {
	return escrow.abi.Pack("createLock", jobId, token, payer, amount, expiry)
}

// PackCreateLocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf00c9b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createLocks(uint256[] jobId, address[] token, address[] payer, uint256[] amount, uint256[] expiry) returns()
func (escrow *Escrow) PackCreateLocks(jobId []*big.Int, token []common.Address, payer []common.Address, amount []*big.Int, expiry []*big.Int) []byte {
	enc, err := escrow.abi.Pack("createLocks", jobId, token, payer, amount, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateLocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf00c9b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createLocks(uint256[] jobId, address[] token, address[] payer, uint256[] amount, uint256[] expiry) returns()
func (escrow *Escrow) TryPackCreateLocks(jobId []*big.Int, token []common.Address, payer []common.Address, amount []*big.Int, expiry []*big.Int) ([]byte, error) {
	return escrow.abi.Pack("createLocks", jobId, token, payer, amount, expiry)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address token, uint256 amount) returns()
func (escrow *Escrow) PackDeposit(token common.Address, amount *big.Int) []byte {
	enc, err := escrow.abi.Pack("deposit", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address token, uint256 amount) returns()
func (escrow *Escrow) TryPackDeposit(token common.Address, amount *big.Int) ([]byte, error) {
	return escrow.abi.Pack("deposit", token, amount)
}

// PackDepositMultiple is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x797e566c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositMultiple(address[] token, uint256[] amount) returns()
func (escrow *Escrow) PackDepositMultiple(token []common.Address, amount []*big.Int) []byte {
	enc, err := escrow.abi.Pack("depositMultiple", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositMultiple is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x797e566c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositMultiple(address[] token, uint256[] amount) returns()
func (escrow *Escrow) TryPackDepositMultiple(token []common.Address, amount []*big.Int) ([]byte, error) {
	return escrow.abi.Pack("depositMultiple", token, amount)
}

// PackDepositWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12a62cff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositWithPermit(address token, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (escrow *Escrow) PackDepositWithPermit(token common.Address, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := escrow.abi.Pack("depositWithPermit", token, amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12a62cff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositWithPermit(address token, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (escrow *Escrow) TryPackDepositWithPermit(token common.Address, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return escrow.abi.Pack("depositWithPermit", token, amount, deadline, v, r, s)
}

// PackFactoryRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fac1cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function factoryRouter() view returns(address)
func (escrow *Escrow) PackFactoryRouter() []byte {
	enc, err := escrow.abi.Pack("factoryRouter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFactoryRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fac1cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function factoryRouter() view returns(address)
func (escrow *Escrow) TryPackFactoryRouter() ([]byte, error) {
	return escrow.abi.Pack("factoryRouter")
}

// UnpackFactoryRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00fac1cf.
//
// Solidity: function factoryRouter() view returns(address)
func (escrow *Escrow) UnpackFactoryRouter(data []byte) (common.Address, error) {
	out, err := escrow.abi.Unpack("factoryRouter", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetAuthorizations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc697a5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAuthorizations(address token, address payer, address payee) view returns((address,uint256,uint256,uint256,uint256,uint256)[])
func (escrow *Escrow) PackGetAuthorizations(token common.Address, payer common.Address, payee common.Address) []byte {
	enc, err := escrow.abi.Pack("getAuthorizations", token, payer, payee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAuthorizations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc697a5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAuthorizations(address token, address payer, address payee) view returns((address,uint256,uint256,uint256,uint256,uint256)[])
func (escrow *Escrow) TryPackGetAuthorizations(token common.Address, payer common.Address, payee common.Address) ([]byte, error) {
	return escrow.abi.Pack("getAuthorizations", token, payer, payee)
}

// UnpackGetAuthorizations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc697a5a.
//
// Solidity: function getAuthorizations(address token, address payer, address payee) view returns((address,uint256,uint256,uint256,uint256,uint256)[])
func (escrow *Escrow) UnpackGetAuthorizations(data []byte) ([]Escrowauth, error) {
	out, err := escrow.abi.Unpack("getAuthorizations", data)
	if err != nil {
		return *new([]Escrowauth), err
	}
	out0 := *abi.ConvertType(out[0], new([]Escrowauth)).(*[]Escrowauth)
	return out0, nil
}

// PackGetFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdecebbce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFunds(address token) view returns((uint256,uint256))
func (escrow *Escrow) PackGetFunds(token common.Address) []byte {
	enc, err := escrow.abi.Pack("getFunds", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdecebbce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFunds(address token) view returns((uint256,uint256))
func (escrow *Escrow) TryPackGetFunds(token common.Address) ([]byte, error) {
	return escrow.abi.Pack("getFunds", token)
}

// UnpackGetFunds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdecebbce.
//
// Solidity: function getFunds(address token) view returns((uint256,uint256))
func (escrow *Escrow) UnpackGetFunds(data []byte) (EscrowuserFunds, error) {
	out, err := escrow.abi.Unpack("getFunds", data)
	if err != nil {
		return *new(EscrowuserFunds), err
	}
	out0 := *abi.ConvertType(out[0], new(EscrowuserFunds)).(*EscrowuserFunds)
	return out0, nil
}

// PackGetLocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d3d2336.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getLocks(address token, address payer, address payee) view returns((uint256,address,uint256,uint256,address)[])
func (escrow *Escrow) PackGetLocks(token common.Address, payer common.Address, payee common.Address) []byte {
	enc, err := escrow.abi.Pack("getLocks", token, payer, payee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetLocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d3d2336.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getLocks(address token, address payer, address payee) view returns((uint256,address,uint256,uint256,address)[])
func (escrow *Escrow) TryPackGetLocks(token common.Address, payer common.Address, payee common.Address) ([]byte, error) {
	return escrow.abi.Pack("getLocks", token, payer, payee)
}

// UnpackGetLocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d3d2336.
//
// Solidity: function getLocks(address token, address payer, address payee) view returns((uint256,address,uint256,uint256,address)[])
func (escrow *Escrow) UnpackGetLocks(data []byte) ([]Escrowlock, error) {
	out, err := escrow.abi.Unpack("getLocks", data)
	if err != nil {
		return *new([]Escrowlock), err
	}
	out0 := *abi.ConvertType(out[0], new([]Escrowlock)).(*[]Escrowlock)
	return out0, nil
}

// PackGetUserFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a8ae44f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUserFunds(address payer, address token) view returns((uint256,uint256))
func (escrow *Escrow) PackGetUserFunds(payer common.Address, token common.Address) []byte {
	enc, err := escrow.abi.Pack("getUserFunds", payer, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUserFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a8ae44f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUserFunds(address payer, address token) view returns((uint256,uint256))
func (escrow *Escrow) TryPackGetUserFunds(payer common.Address, token common.Address) ([]byte, error) {
	return escrow.abi.Pack("getUserFunds", payer, token)
}

// UnpackGetUserFunds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a8ae44f.
//
// Solidity: function getUserFunds(address payer, address token) view returns((uint256,uint256))
func (escrow *Escrow) UnpackGetUserFunds(data []byte) (EscrowuserFunds, error) {
	out, err := escrow.abi.Unpack("getUserFunds", data)
	if err != nil {
		return *new(EscrowuserFunds), err
	}
	out0 := *abi.ConvertType(out[0], new(EscrowuserFunds)).(*EscrowuserFunds)
	return out0, nil
}

// PackGetUserTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x519dc8d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUserTokens(address user) view returns(address[])
func (escrow *Escrow) PackGetUserTokens(user common.Address) []byte {
	enc, err := escrow.abi.Pack("getUserTokens", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUserTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x519dc8d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUserTokens(address user) view returns(address[])
func (escrow *Escrow) TryPackGetUserTokens(user common.Address) ([]byte, error) {
	return escrow.abi.Pack("getUserTokens", user)
}

// UnpackGetUserTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x519dc8d2.
//
// Solidity: function getUserTokens(address user) view returns(address[])
func (escrow *Escrow) UnpackGetUserTokens(data []byte) ([]common.Address, error) {
	out, err := escrow.abi.Unpack("getUserTokens", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackOpcCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03814238.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opcCollector() view returns(address)
func (escrow *Escrow) PackOpcCollector() []byte {
	enc, err := escrow.abi.Pack("opcCollector")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpcCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03814238.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opcCollector() view returns(address)
func (escrow *Escrow) TryPackOpcCollector() ([]byte, error) {
	return escrow.abi.Pack("opcCollector")
}

// UnpackOpcCollector is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03814238.
//
// Solidity: function opcCollector() view returns(address)
func (escrow *Escrow) UnpackOpcCollector(data []byte) (common.Address, error) {
	out, err := escrow.abi.Unpack("opcCollector", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde6d6d96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address[] token, uint256[] amount) returns()
func (escrow *Escrow) PackWithdraw(token []common.Address, amount []*big.Int) []byte {
	enc, err := escrow.abi.Pack("withdraw", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde6d6d96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address[] token, uint256[] amount) returns()
func (escrow *Escrow) TryPackWithdraw(token []common.Address, amount []*big.Int) ([]byte, error) {
	return escrow.abi.Pack("withdraw", token, amount)
}

// EscrowAuth represents a Auth event raised by the Escrow contract.
type EscrowAuth struct {
	Payer           common.Address
	Payee           common.Address
	MaxLockedAmount *big.Int
	MaxLockSeconds  *big.Int
	MaxLockCounts   *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const EscrowAuthEventName = "Auth"

// ContractEventName returns the user-defined event name.
func (EscrowAuth) ContractEventName() string {
	return EscrowAuthEventName
}

// UnpackAuthEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Auth(address indexed payer, address indexed payee, uint256 maxLockedAmount, uint256 maxLockSeconds, uint256 maxLockCounts)
func (escrow *Escrow) UnpackAuthEvent(log *types.Log) (*EscrowAuth, error) {
	event := "Auth"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowAuth)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowCanceled represents a Canceled event raised by the Escrow contract.
type EscrowCanceled struct {
	Payee  common.Address
	JobId  *big.Int
	Token  common.Address
	Payer  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const EscrowCanceledEventName = "Canceled"

// ContractEventName returns the user-defined event name.
func (EscrowCanceled) ContractEventName() string {
	return EscrowCanceledEventName
}

// UnpackCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Canceled(address indexed payee, uint256 jobId, address token, address indexed payer, uint256 amount)
func (escrow *Escrow) UnpackCanceledEvent(log *types.Log) (*EscrowCanceled, error) {
	event := "Canceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowCanceled)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowClaimed represents a Claimed event raised by the Escrow contract.
type EscrowClaimed struct {
	Payee  common.Address
	JobId  *big.Int
	Token  common.Address
	Payer  common.Address
	Amount *big.Int
	Proof  []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const EscrowClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (EscrowClaimed) ContractEventName() string {
	return EscrowClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed payee, uint256 jobId, address token, address indexed payer, uint256 amount, bytes proof)
func (escrow *Escrow) UnpackClaimedEvent(log *types.Log) (*EscrowClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowClaimed)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowDeposit represents a Deposit event raised by the Escrow contract.
type EscrowDeposit struct {
	Payer  common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const EscrowDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (EscrowDeposit) ContractEventName() string {
	return EscrowDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed payer, address token, uint256 amount)
func (escrow *Escrow) UnpackDepositEvent(log *types.Log) (*EscrowDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowDeposit)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowLock represents a Lock event raised by the Escrow contract.
type EscrowLock struct {
	Payer  common.Address
	Payee  common.Address
	JobId  *big.Int
	Amount *big.Int
	Expiry *big.Int
	Token  common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const EscrowLockEventName = "Lock"

// ContractEventName returns the user-defined event name.
func (EscrowLock) ContractEventName() string {
	return EscrowLockEventName
}

// UnpackLockEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Lock(address payer, address payee, uint256 jobId, uint256 amount, uint256 expiry, address token)
func (escrow *Escrow) UnpackLockEvent(log *types.Log) (*EscrowLock, error) {
	event := "Lock"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowLock)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowWithdraw represents a Withdraw event raised by the Escrow contract.
type EscrowWithdraw struct {
	Payer  common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const EscrowWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (EscrowWithdraw) ContractEventName() string {
	return EscrowWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed payer, address token, uint256 amount)
func (escrow *Escrow) UnpackWithdrawEvent(log *types.Log) (*EscrowWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowWithdraw)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
