// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

// Package accesslistfactory is the abigen v2 binding of AccessListFactory from @oceanprotocol/contracts@2.6.0.
// Regenerate with `go generate ./internal/contracts`.
package accesslistfactory

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

// AccessListFactoryMetaData contains all meta data concerning the AccessListFactory contract.
var AccessListFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_template\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"instance\",\"type\":\"address\"}],\"name\":\"InstanceDeployed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NewAccessList\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"accessListDeployedContracts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_newTemplateAddress\",\"type\":\"address\"}],\"name\":\"changeTemplateAddress\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"transferable\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"user\",\"type\":\"address[]\"},{\"internalType\":\"string[]\",\"name\":\"_tokenURI\",\"type\":\"string[]\"}],\"name\":\"deployAccessListContract\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"isDeployed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"isSoulBound\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AccessListFactory",
}

// AccessListFactory is an auto generated Go binding around an Ethereum contract.
type AccessListFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AccessListFactory) GetABI() abi.ABI {
	return c.abi
}

// NewAccessListFactory creates a new instance of AccessListFactory.
func NewAccessListFactory() *AccessListFactory {
	parsed, err := AccessListFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AccessListFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AccessListFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _template) returns()
func (accessListFactory *AccessListFactory) PackConstructor(_template common.Address) []byte {
	enc, err := accessListFactory.abi.Pack("", _template)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAccessListDeployedContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b0712f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accessListDeployedContracts(address ) view returns(address)
func (accessListFactory *AccessListFactory) PackAccessListDeployedContracts(arg0 common.Address) []byte {
	enc, err := accessListFactory.abi.Pack("accessListDeployedContracts", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccessListDeployedContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b0712f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accessListDeployedContracts(address ) view returns(address)
func (accessListFactory *AccessListFactory) TryPackAccessListDeployedContracts(arg0 common.Address) ([]byte, error) {
	return accessListFactory.abi.Pack("accessListDeployedContracts", arg0)
}

// UnpackAccessListDeployedContracts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b0712f2.
//
// Solidity: function accessListDeployedContracts(address ) view returns(address)
func (accessListFactory *AccessListFactory) UnpackAccessListDeployedContracts(data []byte) (common.Address, error) {
	out, err := accessListFactory.abi.Unpack("accessListDeployedContracts", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackChangeTemplateAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd91cb122.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeTemplateAddress(address _newTemplateAddress) returns()
func (accessListFactory *AccessListFactory) PackChangeTemplateAddress(newTemplateAddress common.Address) []byte {
	enc, err := accessListFactory.abi.Pack("changeTemplateAddress", newTemplateAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeTemplateAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd91cb122.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeTemplateAddress(address _newTemplateAddress) returns()
func (accessListFactory *AccessListFactory) TryPackChangeTemplateAddress(newTemplateAddress common.Address) ([]byte, error) {
	return accessListFactory.abi.Pack("changeTemplateAddress", newTemplateAddress)
}

// PackDeployAccessListContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73282534.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployAccessListContract(string name, string symbol, bool transferable, address owner, address[] user, string[] _tokenURI) returns(address token)
func (accessListFactory *AccessListFactory) PackDeployAccessListContract(name string, symbol string, transferable bool, owner common.Address, user []common.Address, tokenURI []string) []byte {
	enc, err := accessListFactory.abi.Pack("deployAccessListContract", name, symbol, transferable, owner, user, tokenURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployAccessListContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73282534.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployAccessListContract(string name, string symbol, bool transferable, address owner, address[] user, string[] _tokenURI) returns(address token)
func (accessListFactory *AccessListFactory) TryPackDeployAccessListContract(name string, symbol string, transferable bool, owner common.Address, user []common.Address, tokenURI []string) ([]byte, error) {
	return accessListFactory.abi.Pack("deployAccessListContract", name, symbol, transferable, owner, user, tokenURI)
}

// UnpackDeployAccessListContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73282534.
//
// Solidity: function deployAccessListContract(string name, string symbol, bool transferable, address owner, address[] user, string[] _tokenURI) returns(address token)
func (accessListFactory *AccessListFactory) UnpackDeployAccessListContract(data []byte) (common.Address, error) {
	out, err := accessListFactory.abi.Unpack("deployAccessListContract", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsDeployed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90184b02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDeployed(address contractAddress) view returns(bool)
func (accessListFactory *AccessListFactory) PackIsDeployed(contractAddress common.Address) []byte {
	enc, err := accessListFactory.abi.Pack("isDeployed", contractAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDeployed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90184b02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDeployed(address contractAddress) view returns(bool)
func (accessListFactory *AccessListFactory) TryPackIsDeployed(contractAddress common.Address) ([]byte, error) {
	return accessListFactory.abi.Pack("isDeployed", contractAddress)
}

// UnpackIsDeployed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90184b02.
//
// Solidity: function isDeployed(address contractAddress) view returns(bool)
func (accessListFactory *AccessListFactory) UnpackIsDeployed(data []byte) (bool, error) {
	out, err := accessListFactory.abi.Unpack("isDeployed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsSoulBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a1fd0d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSoulBound(address contractAddress) view returns(bool)
func (accessListFactory *AccessListFactory) PackIsSoulBound(contractAddress common.Address) []byte {
	enc, err := accessListFactory.abi.Pack("isSoulBound", contractAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSoulBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a1fd0d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSoulBound(address contractAddress) view returns(bool)
func (accessListFactory *AccessListFactory) TryPackIsSoulBound(contractAddress common.Address) ([]byte, error) {
	return accessListFactory.abi.Pack("isSoulBound", contractAddress)
}

// UnpackIsSoulBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a1fd0d0.
//
// Solidity: function isSoulBound(address contractAddress) view returns(bool)
func (accessListFactory *AccessListFactory) UnpackIsSoulBound(data []byte) (bool, error) {
	out, err := accessListFactory.abi.Unpack("isSoulBound", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (accessListFactory *AccessListFactory) PackOwner() []byte {
	enc, err := accessListFactory.abi.Pack("owner")
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
func (accessListFactory *AccessListFactory) TryPackOwner() ([]byte, error) {
	return accessListFactory.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (accessListFactory *AccessListFactory) UnpackOwner(data []byte) (common.Address, error) {
	out, err := accessListFactory.abi.Unpack("owner", data)
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
func (accessListFactory *AccessListFactory) PackRenounceOwnership() []byte {
	enc, err := accessListFactory.abi.Pack("renounceOwnership")
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
func (accessListFactory *AccessListFactory) TryPackRenounceOwnership() ([]byte, error) {
	return accessListFactory.abi.Pack("renounceOwnership")
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (accessListFactory *AccessListFactory) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := accessListFactory.abi.Pack("transferOwnership", newOwner)
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
func (accessListFactory *AccessListFactory) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return accessListFactory.abi.Pack("transferOwnership", newOwner)
}

// AccessListFactoryInstanceDeployed represents a InstanceDeployed event raised by the AccessListFactory contract.
type AccessListFactoryInstanceDeployed struct {
	Instance common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AccessListFactoryInstanceDeployedEventName = "InstanceDeployed"

// ContractEventName returns the user-defined event name.
func (AccessListFactoryInstanceDeployed) ContractEventName() string {
	return AccessListFactoryInstanceDeployedEventName
}

// UnpackInstanceDeployedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InstanceDeployed(address instance)
func (accessListFactory *AccessListFactory) UnpackInstanceDeployedEvent(log *types.Log) (*AccessListFactoryInstanceDeployed, error) {
	event := "InstanceDeployed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessListFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessListFactoryInstanceDeployed)
	if len(log.Data) > 0 {
		if err := accessListFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessListFactory.abi.Events[event].Inputs {
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

// AccessListFactoryNewAccessList represents a NewAccessList event raised by the AccessListFactory contract.
type AccessListFactoryNewAccessList struct {
	ContractAddress common.Address
	Owner           common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const AccessListFactoryNewAccessListEventName = "NewAccessList"

// ContractEventName returns the user-defined event name.
func (AccessListFactoryNewAccessList) ContractEventName() string {
	return AccessListFactoryNewAccessListEventName
}

// UnpackNewAccessListEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewAccessList(address indexed contractAddress, address indexed owner)
func (accessListFactory *AccessListFactory) UnpackNewAccessListEvent(log *types.Log) (*AccessListFactoryNewAccessList, error) {
	event := "NewAccessList"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessListFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessListFactoryNewAccessList)
	if len(log.Data) > 0 {
		if err := accessListFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessListFactory.abi.Events[event].Inputs {
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

// AccessListFactoryOwnershipTransferred represents a OwnershipTransferred event raised by the AccessListFactory contract.
type AccessListFactoryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AccessListFactoryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (AccessListFactoryOwnershipTransferred) ContractEventName() string {
	return AccessListFactoryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (accessListFactory *AccessListFactory) UnpackOwnershipTransferredEvent(log *types.Log) (*AccessListFactoryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessListFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessListFactoryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := accessListFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessListFactory.abi.Events[event].Inputs {
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
