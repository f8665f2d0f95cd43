// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

// Package dispenser is the abigen v2 binding of Dispenser from @oceanprotocol/contracts@2.6.0.
// Regenerate with `go generate ./internal/contracts`.
package dispenser

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

// DispenserMetaData contains all meta data concerning the Dispenser contract.
var DispenserMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_router\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"datatokenAddress\",\"type\":\"address\"}],\"name\":\"DispenserActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAllowedSwapper\",\"type\":\"address\"}],\"name\":\"DispenserAllowedSwapperChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"datatokenAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxTokens\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"allowedSwapper\",\"type\":\"address\"}],\"name\":\"DispenserCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"datatokenAddress\",\"type\":\"address\"}],\"name\":\"DispenserDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwnerWithdrawed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"datatokenAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"userAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensDispensed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"activate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"allowedSwapper\",\"type\":\"address\"}],\"name\":\"create\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"datatokensList\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"}],\"name\":\"deactivate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"destination\",\"type\":\"address\"}],\"name\":\"dispense\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getId\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"}],\"name\":\"ownerWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"router\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newAllowedSwapper\",\"type\":\"address\"}],\"name\":\"setAllowedSwapper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"}],\"name\":\"status\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isMinter\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"maxTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"allowedSwapper\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Dispenser",
}

// Dispenser is an auto generated Go binding around an Ethereum contract.
type Dispenser struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Dispenser) GetABI() abi.ABI {
	return c.abi
}

// NewDispenser creates a new instance of Dispenser.
func NewDispenser() *Dispenser {
	parsed, err := DispenserMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Dispenser{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Dispenser) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _router) returns()
func (dispenser *Dispenser) PackConstructor(_router common.Address) []byte {
	enc, err := dispenser.abi.Pack("", _router)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackActivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x938d71d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activate(address datatoken, uint256 maxTokens, uint256 maxBalance) returns()
func (dispenser *Dispenser) PackActivate(datatoken common.Address, maxTokens *big.Int, maxBalance *big.Int) []byte {
	enc, err := dispenser.abi.Pack("activate", datatoken, maxTokens, maxBalance)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x938d71d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activate(address datatoken, uint256 maxTokens, uint256 maxBalance) returns()
func (dispenser *Dispenser) TryPackActivate(datatoken common.Address, maxTokens *big.Int, maxBalance *big.Int) ([]byte, error) {
	return dispenser.abi.Pack("activate", datatoken, maxTokens, maxBalance)
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ce2917.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(address datatoken, uint256 maxTokens, uint256 maxBalance, address owner, address allowedSwapper) returns()
func (dispenser *Dispenser) PackCreate(datatoken common.Address, maxTokens *big.Int, maxBalance *big.Int, owner common.Address, allowedSwapper common.Address) []byte {
	enc, err := dispenser.abi.Pack("create", datatoken, maxTokens, maxBalance, owner, allowedSwapper)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ce2917.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(address datatoken, uint256 maxTokens, uint256 maxBalance, address owner, address allowedSwapper) returns()
func (dispenser *Dispenser) TryPackCreate(datatoken common.Address, maxTokens *big.Int, maxBalance *big.Int, owner common.Address, allowedSwapper common.Address) ([]byte, error) {
	return dispenser.abi.Pack("create", datatoken, maxTokens, maxBalance, owner, allowedSwapper)
}

// PackDatatokensList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3398086a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datatokensList(uint256 ) view returns(address)
func (dispenser *Dispenser) PackDatatokensList(arg0 *big.Int) []byte {
	enc, err := dispenser.abi.Pack("datatokensList", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatatokensList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3398086a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datatokensList(uint256 ) view returns(address)
func (dispenser *Dispenser) TryPackDatatokensList(arg0 *big.Int) ([]byte, error) {
	return dispenser.abi.Pack("datatokensList", arg0)
}

// UnpackDatatokensList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3398086a.
//
// Solidity: function datatokensList(uint256 ) view returns(address)
func (dispenser *Dispenser) UnpackDatatokensList(data []byte) (common.Address, error) {
	out, err := dispenser.abi.Unpack("datatokensList", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeactivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ea053eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deactivate(address datatoken) returns()
func (dispenser *Dispenser) PackDeactivate(datatoken common.Address) []byte {
	enc, err := dispenser.abi.Pack("deactivate", datatoken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeactivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ea053eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deactivate(address datatoken) returns()
func (dispenser *Dispenser) TryPackDeactivate(datatoken common.Address) ([]byte, error) {
	return dispenser.abi.Pack("deactivate", datatoken)
}

// PackDispense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d746d83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispense(address datatoken, uint256 amount, address destination) payable returns()
func (dispenser *Dispenser) PackDispense(datatoken common.Address, amount *big.Int, destination common.Address) []byte {
	enc, err := dispenser.abi.Pack("dispense", datatoken, amount, destination)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d746d83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispense(address datatoken, uint256 amount, address destination) payable returns()
func (dispenser *Dispenser) TryPackDispense(datatoken common.Address, amount *big.Int, destination common.Address) ([]byte, error) {
	return dispenser.abi.Pack("dispense", datatoken, amount, destination)
}

// PackGetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d1ca631.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getId() pure returns(uint8)
func (dispenser *Dispenser) PackGetId() []byte {
	enc, err := dispenser.abi.Pack("getId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d1ca631.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getId() pure returns(uint8)
func (dispenser *Dispenser) TryPackGetId() ([]byte, error) {
	return dispenser.abi.Pack("getId")
}

// UnpackGetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d1ca631.
//
// Solidity: function getId() pure returns(uint8)
func (dispenser *Dispenser) UnpackGetId(data []byte) (uint8, error) {
	out, err := dispenser.abi.Unpack("getId", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOwnerWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9bfaa7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerWithdraw(address datatoken) returns()
func (dispenser *Dispenser) PackOwnerWithdraw(datatoken common.Address) []byte {
	enc, err := dispenser.abi.Pack("ownerWithdraw", datatoken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9bfaa7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerWithdraw(address datatoken) returns()
func (dispenser *Dispenser) TryPackOwnerWithdraw(datatoken common.Address) ([]byte, error) {
	return dispenser.abi.Pack("ownerWithdraw", datatoken)
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (dispenser *Dispenser) PackRouter() []byte {
	enc, err := dispenser.abi.Pack("router")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function router() view returns(address)
func (dispenser *Dispenser) TryPackRouter() ([]byte, error) {
	return dispenser.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (dispenser *Dispenser) UnpackRouter(data []byte) (common.Address, error) {
	out, err := dispenser.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAllowedSwapper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45d6646b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAllowedSwapper(address datatoken, address newAllowedSwapper) returns()
func (dispenser *Dispenser) PackSetAllowedSwapper(datatoken common.Address, newAllowedSwapper common.Address) []byte {
	enc, err := dispenser.abi.Pack("setAllowedSwapper", datatoken, newAllowedSwapper)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAllowedSwapper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45d6646b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAllowedSwapper(address datatoken, address newAllowedSwapper) returns()
func (dispenser *Dispenser) TryPackSetAllowedSwapper(datatoken common.Address, newAllowedSwapper common.Address) ([]byte, error) {
	return dispenser.abi.Pack("setAllowedSwapper", datatoken, newAllowedSwapper)
}

// PackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x645b8b1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function status(address datatoken) view returns(bool active, address owner, bool isMinter, uint256 maxTokens, uint256 maxBalance, uint256 balance, address allowedSwapper)
func (dispenser *Dispenser) PackStatus(datatoken common.Address) []byte {
	enc, err := dispenser.abi.Pack("status", datatoken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x645b8b1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function status(address datatoken) view returns(bool active, address owner, bool isMinter, uint256 maxTokens, uint256 maxBalance, uint256 balance, address allowedSwapper)
func (dispenser *Dispenser) TryPackStatus(datatoken common.Address) ([]byte, error) {
	return dispenser.abi.Pack("status", datatoken)
}

// StatusOutput serves as a container for the return parameters of contract
// method Status.
type StatusOutput struct {
	Active         bool
	Owner          common.Address
	IsMinter       bool
	MaxTokens      *big.Int
	MaxBalance     *big.Int
	Balance        *big.Int
	AllowedSwapper common.Address
}

// UnpackStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x645b8b1b.
//
// Solidity: function status(address datatoken) view returns(bool active, address owner, bool isMinter, uint256 maxTokens, uint256 maxBalance, uint256 balance, address allowedSwapper)
func (dispenser *Dispenser) UnpackStatus(data []byte) (StatusOutput, error) {
	out, err := dispenser.abi.Unpack("status", data)
	outstruct := new(StatusOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Active = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Owner = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.IsMinter = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.MaxTokens = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.MaxBalance = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.Balance = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.AllowedSwapper = *abi.ConvertType(out[6], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// DispenserDispenserActivated represents a DispenserActivated event raised by the Dispenser contract.
type DispenserDispenserActivated struct {
	DatatokenAddress common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const DispenserDispenserActivatedEventName = "DispenserActivated"

// ContractEventName returns the user-defined event name.
func (DispenserDispenserActivated) ContractEventName() string {
	return DispenserDispenserActivatedEventName
}

// UnpackDispenserActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DispenserActivated(address indexed datatokenAddress)
func (dispenser *Dispenser) UnpackDispenserActivatedEvent(log *types.Log) (*DispenserDispenserActivated, error) {
	event := "DispenserActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dispenser.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DispenserDispenserActivated)
	if len(log.Data) > 0 {
		if err := dispenser.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dispenser.abi.Events[event].Inputs {
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

// DispenserDispenserAllowedSwapperChanged represents a DispenserAllowedSwapperChanged event raised by the Dispenser contract.
type DispenserDispenserAllowedSwapperChanged struct {
	Datatoken         common.Address
	NewAllowedSwapper common.Address
	Raw               *types.Log // Blockchain specific contextual infos
}

const DispenserDispenserAllowedSwapperChangedEventName = "DispenserAllowedSwapperChanged"

// ContractEventName returns the user-defined event name.
func (DispenserDispenserAllowedSwapperChanged) ContractEventName() string {
	return DispenserDispenserAllowedSwapperChangedEventName
}

// UnpackDispenserAllowedSwapperChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DispenserAllowedSwapperChanged(address indexed datatoken, address indexed newAllowedSwapper)
func (dispenser *Dispenser) UnpackDispenserAllowedSwapperChangedEvent(log *types.Log) (*DispenserDispenserAllowedSwapperChanged, error) {
	event := "DispenserAllowedSwapperChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dispenser.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DispenserDispenserAllowedSwapperChanged)
	if len(log.Data) > 0 {
		if err := dispenser.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dispenser.abi.Events[event].Inputs {
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

// DispenserDispenserCreated represents a DispenserCreated event raised by the Dispenser contract.
type DispenserDispenserCreated struct {
	DatatokenAddress common.Address
	Owner            common.Address
	MaxTokens        *big.Int
	MaxBalance       *big.Int
	AllowedSwapper   common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const DispenserDispenserCreatedEventName = "DispenserCreated"

// ContractEventName returns the user-defined event name.
func (DispenserDispenserCreated) ContractEventName() string {
	return DispenserDispenserCreatedEventName
}

// UnpackDispenserCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DispenserCreated(address indexed datatokenAddress, address indexed owner, uint256 maxTokens, uint256 maxBalance, address allowedSwapper)
func (dispenser *Dispenser) UnpackDispenserCreatedEvent(log *types.Log) (*DispenserDispenserCreated, error) {
	event := "DispenserCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dispenser.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DispenserDispenserCreated)
	if len(log.Data) > 0 {
		if err := dispenser.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dispenser.abi.Events[event].Inputs {
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

// DispenserDispenserDeactivated represents a DispenserDeactivated event raised by the Dispenser contract.
type DispenserDispenserDeactivated struct {
	DatatokenAddress common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const DispenserDispenserDeactivatedEventName = "DispenserDeactivated"

// ContractEventName returns the user-defined event name.
func (DispenserDispenserDeactivated) ContractEventName() string {
	return DispenserDispenserDeactivatedEventName
}

// UnpackDispenserDeactivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DispenserDeactivated(address indexed datatokenAddress)
func (dispenser *Dispenser) UnpackDispenserDeactivatedEvent(log *types.Log) (*DispenserDispenserDeactivated, error) {
	event := "DispenserDeactivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dispenser.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DispenserDispenserDeactivated)
	if len(log.Data) > 0 {
		if err := dispenser.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dispenser.abi.Events[event].Inputs {
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

// DispenserOwnerWithdrawed represents a OwnerWithdrawed event raised by the Dispenser contract.
type DispenserOwnerWithdrawed struct {
	Datatoken common.Address
	Owner     common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DispenserOwnerWithdrawedEventName = "OwnerWithdrawed"

// ContractEventName returns the user-defined event name.
func (DispenserOwnerWithdrawed) ContractEventName() string {
	return DispenserOwnerWithdrawedEventName
}

// UnpackOwnerWithdrawedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnerWithdrawed(address indexed datatoken, address indexed owner, uint256 amount)
func (dispenser *Dispenser) UnpackOwnerWithdrawedEvent(log *types.Log) (*DispenserOwnerWithdrawed, error) {
	event := "OwnerWithdrawed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dispenser.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DispenserOwnerWithdrawed)
	if len(log.Data) > 0 {
		if err := dispenser.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dispenser.abi.Events[event].Inputs {
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

// DispenserTokensDispensed represents a TokensDispensed event raised by the Dispenser contract.
type DispenserTokensDispensed struct {
	DatatokenAddress common.Address
	UserAddress      common.Address
	Amount           *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const DispenserTokensDispensedEventName = "TokensDispensed"

// ContractEventName returns the user-defined event name.
func (DispenserTokensDispensed) ContractEventName() string {
	return DispenserTokensDispensedEventName
}

// UnpackTokensDispensedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensDispensed(address indexed datatokenAddress, address indexed userAddress, uint256 amount)
func (dispenser *Dispenser) UnpackTokensDispensedEvent(log *types.Log) (*DispenserTokensDispensed, error) {
	event := "TokensDispensed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dispenser.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DispenserTokensDispensed)
	if len(log.Data) > 0 {
		if err := dispenser.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dispenser.abi.Events[event].Inputs {
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
