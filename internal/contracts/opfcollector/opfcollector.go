// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

// Package opfcollector is the abigen v2 binding of OPFCommunityFeeCollector from @oceanprotocol/contracts@2.6.0.
// Regenerate with `go generate ./internal/contracts`.
package opfcollector

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

// OPFCommunityFeeCollectorMetaData contains all meta data concerning the OPFCommunityFeeCollector contract.
var OPFCommunityFeeCollectorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"newCollector\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"OPFOwnerAddress\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"newCollector\",\"type\":\"address\"}],\"name\":\"changeCollector\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenAddress\",\"type\":\"address\"}],\"name\":\"withdrawToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "OPFCommunityFeeCollector",
}

// OPFCommunityFeeCollector is an auto generated Go binding around an Ethereum contract.
type OPFCommunityFeeCollector struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OPFCommunityFeeCollector) GetABI() abi.ABI {
	return c.abi
}

// NewOPFCommunityFeeCollector creates a new instance of OPFCommunityFeeCollector.
func NewOPFCommunityFeeCollector() *OPFCommunityFeeCollector {
	parsed, err := OPFCommunityFeeCollectorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OPFCommunityFeeCollector{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OPFCommunityFeeCollector) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address newCollector, address OPFOwnerAddress) returns()
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) PackConstructor(newCollector common.Address, OPFOwnerAddress common.Address) []byte {
	enc, err := oPFCommunityFeeCollector.abi.Pack("", newCollector, OPFOwnerAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackChangeCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7781127e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeCollector(address newCollector) returns()
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) PackChangeCollector(newCollector common.Address) []byte {
	enc, err := oPFCommunityFeeCollector.abi.Pack("changeCollector", newCollector)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7781127e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeCollector(address newCollector) returns()
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) TryPackChangeCollector(newCollector common.Address) ([]byte, error) {
	return oPFCommunityFeeCollector.abi.Pack("changeCollector", newCollector)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) PackOwner() []byte {
	enc, err := oPFCommunityFeeCollector.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) TryPackOwner() ([]byte, error) {
	return oPFCommunityFeeCollector.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) UnpackOwner(data []byte) (common.Address, error) {
	out, err := oPFCommunityFeeCollector.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) PackRenounceOwnership() []byte {
	enc, err := oPFCommunityFeeCollector.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) TryPackRenounceOwnership() ([]byte, error) {
	return oPFCommunityFeeCollector.abi.Pack("renounceOwnership")
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := oPFCommunityFeeCollector.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return oPFCommunityFeeCollector.abi.Pack("transferOwnership", newOwner)
}

// PackWithdrawETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe086e5ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawETH() payable returns()
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) PackWithdrawETH() []byte {
	enc, err := oPFCommunityFeeCollector.abi.Pack("withdrawETH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe086e5ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawETH() payable returns()
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) TryPackWithdrawETH() ([]byte, error) {
	return oPFCommunityFeeCollector.abi.Pack("withdrawETH")
}

// PackWithdrawToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89476069.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawToken(address tokenAddress) returns()
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) PackWithdrawToken(tokenAddress common.Address) []byte {
	enc, err := oPFCommunityFeeCollector.abi.Pack("withdrawToken", tokenAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89476069.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawToken(address tokenAddress) returns()
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) TryPackWithdrawToken(tokenAddress common.Address) ([]byte, error) {
	return oPFCommunityFeeCollector.abi.Pack("withdrawToken", tokenAddress)
}

// OPFCommunityFeeCollectorOwnershipTransferred represents a OwnershipTransferred event raised by the OPFCommunityFeeCollector contract.
type OPFCommunityFeeCollectorOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const OPFCommunityFeeCollectorOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (OPFCommunityFeeCollectorOwnershipTransferred) ContractEventName() string {
	return OPFCommunityFeeCollectorOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (oPFCommunityFeeCollector *OPFCommunityFeeCollector) UnpackOwnershipTransferredEvent(log *types.Log) (*OPFCommunityFeeCollectorOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oPFCommunityFeeCollector.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OPFCommunityFeeCollectorOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := oPFCommunityFeeCollector.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oPFCommunityFeeCollector.abi.Events[event].Inputs {
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
