// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

// Package fixedrateexchange is the abigen v2 binding of FixedRateExchange from @oceanprotocol/contracts@2.6.0.
// Regenerate with `go generate ./internal/contracts`.
package fixedrateexchange

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

// FixedRateExchangeMetaData contains all meta data concerning the FixedRateExchange contract.
var FixedRateExchangeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_router\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ConsumeMarketFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"exchangeOwner\",\"type\":\"address\"}],\"name\":\"ExchangeActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"allowedSwapper\",\"type\":\"address\"}],\"name\":\"ExchangeAllowedSwapperChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"baseToken\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"exchangeOwner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fixedRate\",\"type\":\"uint256\"}],\"name\":\"ExchangeCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"exchangeOwner\",\"type\":\"address\"}],\"name\":\"ExchangeDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"exchangeOwner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"withMint\",\"type\":\"bool\"}],\"name\":\"ExchangeMintStateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"exchangeOwner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRate\",\"type\":\"uint256\"}],\"name\":\"ExchangeRateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feeAmount\",\"type\":\"uint256\"}],\"name\":\"MarketFeeCollected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feeAmount\",\"type\":\"uint256\"}],\"name\":\"OceanFeeCollected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newMarketCollector\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"swapFee\",\"type\":\"uint256\"}],\"name\":\"PublishMarketFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oceanFeeAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"marketFeeAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"consumeMarketFeeAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"tokenFeeAddress\",\"type\":\"address\"}],\"name\":\"SWAP_FEES\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"baseTokenSwappedAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"datatokenSwappedAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"tokenOutAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"marketFeeAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oceanFeeAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"consumeMarketFeeAmount\",\"type\":\"uint256\"}],\"name\":\"Swapped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokenCollected\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_FEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_FEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_RATE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"datatokenAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxBaseTokenAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"consumeMarketAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"consumeMarketSwapFeeAmount\",\"type\":\"uint256\"}],\"name\":\"buyDT\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"datatokenAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"consumeMarketSwapFeeAmount\",\"type\":\"uint256\"}],\"name\":\"calcBaseInGivenOutDT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"baseTokenAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"oceanFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"publishMarketFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"consumeMarketFeeAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"datatokenAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"consumeMarketSwapFeeAmount\",\"type\":\"uint256\"}],\"name\":\"calcBaseOutGivenInDT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"baseTokenAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"oceanFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"publishMarketFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"consumeMarketFeeAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"collectBT\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"collectDT\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"name\":\"collectMarketFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"exchangeId\",\"type\":\"bytes32[]\"}],\"name\":\"collectMarketFeeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"name\":\"collectOceanFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"exchangeId\",\"type\":\"bytes32[]\"}],\"name\":\"collectOceanFeeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints\",\"type\":\"uint256[]\"}],\"name\":\"createWithDecimals\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"baseToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"}],\"name\":\"generateExchangeId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"name\":\"getAllowedSwapper\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"allowedSwapper\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"name\":\"getBTSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"name\":\"getDTSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"name\":\"getExchange\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"exchangeOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dtDecimals\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"baseToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"btDecimals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fixedRate\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"dtSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"btSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"dtBalance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"btBalance\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"withMint\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getExchanges\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"name\":\"getFeesInfo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"marketFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"marketFeeCollector\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"opcFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"marketFeeAvailable\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"oceanFeeAvailable\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getId\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"name\":\"getMarketFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNumberOfExchanges\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"baseTokenAddress\",\"type\":\"address\"}],\"name\":\"getOPCFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"name\":\"getRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"}],\"name\":\"isContract\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"router\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"datatokenAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minBaseTokenAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"consumeMarketAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"consumeMarketSwapFeeAmount\",\"type\":\"uint256\"}],\"name\":\"sellDT\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"newAllowedSwapper\",\"type\":\"address\"}],\"name\":\"setAllowedSwapper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"newRate\",\"type\":\"uint256\"}],\"name\":\"setRate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"name\":\"toggleExchangeState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"withMint\",\"type\":\"bool\"}],\"name\":\"toggleMintState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"_newMarketFee\",\"type\":\"uint256\"}],\"name\":\"updateMarketFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"_newMarketCollector\",\"type\":\"address\"}],\"name\":\"updateMarketFeeCollector\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "FixedRateExchange",
}

// FixedRateExchange is an auto generated Go binding around an Ethereum contract.
type FixedRateExchange struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FixedRateExchange) GetABI() abi.ABI {
	return c.abi
}

// NewFixedRateExchange creates a new instance of FixedRateExchange.
func NewFixedRateExchange() *FixedRateExchange {
	parsed, err := FixedRateExchangeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FixedRateExchange{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FixedRateExchange) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _router) returns()
func (fixedRateExchange *FixedRateExchange) PackConstructor(_router common.Address) []byte {
	enc, err := fixedRateExchange.abi.Pack("", _router)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc063e1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) PackMAXFEE() []byte {
	enc, err := fixedRateExchange.abi.Pack("MAX_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc063e1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) TryPackMAXFEE() ([]byte, error) {
	return fixedRateExchange.abi.Pack("MAX_FEE")
}

// UnpackMAXFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) UnpackMAXFEE(data []byte) (*big.Int, error) {
	out, err := fixedRateExchange.abi.Unpack("MAX_FEE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76c7a3c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_FEE() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) PackMINFEE() []byte {
	enc, err := fixedRateExchange.abi.Pack("MIN_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76c7a3c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_FEE() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) TryPackMINFEE() ([]byte, error) {
	return fixedRateExchange.abi.Pack("MIN_FEE")
}

// UnpackMINFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76c7a3c7.
//
// Solidity: function MIN_FEE() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) UnpackMINFEE(data []byte) (*big.Int, error) {
	out, err := fixedRateExchange.abi.Unpack("MIN_FEE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd819bfef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_RATE() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) PackMINRATE() []byte {
	enc, err := fixedRateExchange.abi.Pack("MIN_RATE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd819bfef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_RATE() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) TryPackMINRATE() ([]byte, error) {
	return fixedRateExchange.abi.Pack("MIN_RATE")
}

// UnpackMINRATE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd819bfef.
//
// Solidity: function MIN_RATE() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) UnpackMINRATE(data []byte) (*big.Int, error) {
	out, err := fixedRateExchange.abi.Unpack("MIN_RATE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBuyDT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68c4b7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyDT(bytes32 exchangeId, uint256 datatokenAmount, uint256 maxBaseTokenAmount, address consumeMarketAddress, uint256 consumeMarketSwapFeeAmount) returns()
func (fixedRateExchange *FixedRateExchange) PackBuyDT(exchangeId [32]byte, datatokenAmount *big.Int, maxBaseTokenAmount *big.Int, consumeMarketAddress common.Address, consumeMarketSwapFeeAmount *big.Int) []byte {
	enc, err := fixedRateExchange.abi.Pack("buyDT", exchangeId, datatokenAmount, maxBaseTokenAmount, consumeMarketAddress, consumeMarketSwapFeeAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyDT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68c4b7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyDT(bytes32 exchangeId, uint256 datatokenAmount, uint256 maxBaseTokenAmount, address consumeMarketAddress, uint256 consumeMarketSwapFeeAmount) returns()
func (fixedRateExchange *FixedRateExchange) TryPackBuyDT(exchangeId [32]byte, datatokenAmount *big.Int, maxBaseTokenAmount *big.Int, consumeMarketAddress common.Address, consumeMarketSwapFeeAmount *big.Int) ([]byte, error) {
	return fixedRateExchange.abi.Pack("buyDT", exchangeId, datatokenAmount, maxBaseTokenAmount, consumeMarketAddress, consumeMarketSwapFeeAmount)
}

// PackCalcBaseInGivenOutDT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd1bc96a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calcBaseInGivenOutDT(bytes32 exchangeId, uint256 datatokenAmount, uint256 consumeMarketSwapFeeAmount) view returns(uint256 baseTokenAmount, uint256 oceanFeeAmount, uint256 publishMarketFeeAmount, uint256 consumeMarketFeeAmount)
func (fixedRateExchange *FixedRateExchange) PackCalcBaseInGivenOutDT(exchangeId [32]byte, datatokenAmount *big.Int, consumeMarketSwapFeeAmount *big.Int) []byte {
	enc, err := fixedRateExchange.abi.Pack("calcBaseInGivenOutDT", exchangeId, datatokenAmount, consumeMarketSwapFeeAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalcBaseInGivenOutDT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd1bc96a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calcBaseInGivenOutDT(bytes32 exchangeId, uint256 datatokenAmount, uint256 consumeMarketSwapFeeAmount) view returns(uint256 baseTokenAmount, uint256 oceanFeeAmount, uint256 publishMarketFeeAmount, uint256 consumeMarketFeeAmount)
func (fixedRateExchange *FixedRateExchange) TryPackCalcBaseInGivenOutDT(exchangeId [32]byte, datatokenAmount *big.Int, consumeMarketSwapFeeAmount *big.Int) ([]byte, error) {
	return fixedRateExchange.abi.Pack("calcBaseInGivenOutDT", exchangeId, datatokenAmount, consumeMarketSwapFeeAmount)
}

// CalcBaseInGivenOutDTOutput serves as a container for the return parameters of contract
// method CalcBaseInGivenOutDT.
type CalcBaseInGivenOutDTOutput struct {
	BaseTokenAmount        *big.Int
	OceanFeeAmount         *big.Int
	PublishMarketFeeAmount *big.Int
	ConsumeMarketFeeAmount *big.Int
}

// UnpackCalcBaseInGivenOutDT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd1bc96a.
//
// Solidity: function calcBaseInGivenOutDT(bytes32 exchangeId, uint256 datatokenAmount, uint256 consumeMarketSwapFeeAmount) view returns(uint256 baseTokenAmount, uint256 oceanFeeAmount, uint256 publishMarketFeeAmount, uint256 consumeMarketFeeAmount)
func (fixedRateExchange *FixedRateExchange) UnpackCalcBaseInGivenOutDT(data []byte) (CalcBaseInGivenOutDTOutput, error) {
	out, err := fixedRateExchange.abi.Unpack("calcBaseInGivenOutDT", data)
	outstruct := new(CalcBaseInGivenOutDTOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BaseTokenAmount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.OceanFeeAmount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.PublishMarketFeeAmount = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.ConsumeMarketFeeAmount = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCalcBaseOutGivenInDT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2c0d1ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calcBaseOutGivenInDT(bytes32 exchangeId, uint256 datatokenAmount, uint256 consumeMarketSwapFeeAmount) view returns(uint256 baseTokenAmount, uint256 oceanFeeAmount, uint256 publishMarketFeeAmount, uint256 consumeMarketFeeAmount)
func (fixedRateExchange *FixedRateExchange) PackCalcBaseOutGivenInDT(exchangeId [32]byte, datatokenAmount *big.Int, consumeMarketSwapFeeAmount *big.Int) []byte {
	enc, err := fixedRateExchange.abi.Pack("calcBaseOutGivenInDT", exchangeId, datatokenAmount, consumeMarketSwapFeeAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalcBaseOutGivenInDT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2c0d1ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calcBaseOutGivenInDT(bytes32 exchangeId, uint256 datatokenAmount, uint256 consumeMarketSwapFeeAmount) view returns(uint256 baseTokenAmount, uint256 oceanFeeAmount, uint256 publishMarketFeeAmount, uint256 consumeMarketFeeAmount)
func (fixedRateExchange *FixedRateExchange) TryPackCalcBaseOutGivenInDT(exchangeId [32]byte, datatokenAmount *big.Int, consumeMarketSwapFeeAmount *big.Int) ([]byte, error) {
	return fixedRateExchange.abi.Pack("calcBaseOutGivenInDT", exchangeId, datatokenAmount, consumeMarketSwapFeeAmount)
}

// CalcBaseOutGivenInDTOutput serves as a container for the return parameters of contract
// method CalcBaseOutGivenInDT.
type CalcBaseOutGivenInDTOutput struct {
	BaseTokenAmount        *big.Int
	OceanFeeAmount         *big.Int
	PublishMarketFeeAmount *big.Int
	ConsumeMarketFeeAmount *big.Int
}

// UnpackCalcBaseOutGivenInDT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2c0d1ab.
//
// Solidity: function calcBaseOutGivenInDT(bytes32 exchangeId, uint256 datatokenAmount, uint256 consumeMarketSwapFeeAmount) view returns(uint256 baseTokenAmount, uint256 oceanFeeAmount, uint256 publishMarketFeeAmount, uint256 consumeMarketFeeAmount)
func (fixedRateExchange *FixedRateExchange) UnpackCalcBaseOutGivenInDT(data []byte) (CalcBaseOutGivenInDTOutput, error) {
	out, err := fixedRateExchange.abi.Unpack("calcBaseOutGivenInDT", data)
	outstruct := new(CalcBaseOutGivenInDTOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BaseTokenAmount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.OceanFeeAmount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.PublishMarketFeeAmount = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.ConsumeMarketFeeAmount = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCollectBT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf32f9476.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectBT(bytes32 exchangeId, uint256 amount) returns()
func (fixedRateExchange *FixedRateExchange) PackCollectBT(exchangeId [32]byte, amount *big.Int) []byte {
	enc, err := fixedRateExchange.abi.Pack("collectBT", exchangeId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectBT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf32f9476.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectBT(bytes32 exchangeId, uint256 amount) returns()
func (fixedRateExchange *FixedRateExchange) TryPackCollectBT(exchangeId [32]byte, amount *big.Int) ([]byte, error) {
	return fixedRateExchange.abi.Pack("collectBT", exchangeId, amount)
}

// PackCollectDT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc612e48a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectDT(bytes32 exchangeId, uint256 amount) returns()
func (fixedRateExchange *FixedRateExchange) PackCollectDT(exchangeId [32]byte, amount *big.Int) []byte {
	enc, err := fixedRateExchange.abi.Pack("collectDT", exchangeId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectDT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc612e48a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectDT(bytes32 exchangeId, uint256 amount) returns()
func (fixedRateExchange *FixedRateExchange) TryPackCollectDT(exchangeId [32]byte, amount *big.Int) ([]byte, error) {
	return fixedRateExchange.abi.Pack("collectDT", exchangeId, amount)
}

// PackCollectMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb686bcaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectMarketFee(bytes32 exchangeId) returns()
func (fixedRateExchange *FixedRateExchange) PackCollectMarketFee(exchangeId [32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("collectMarketFee", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb686bcaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectMarketFee(bytes32 exchangeId) returns()
func (fixedRateExchange *FixedRateExchange) TryPackCollectMarketFee(exchangeId [32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("collectMarketFee", exchangeId)
}

// PackCollectMarketFeeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49b69e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectMarketFeeBatch(bytes32[] exchangeId) returns()
func (fixedRateExchange *FixedRateExchange) PackCollectMarketFeeBatch(exchangeId [][32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("collectMarketFeeBatch", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectMarketFeeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49b69e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectMarketFeeBatch(bytes32[] exchangeId) returns()
func (fixedRateExchange *FixedRateExchange) TryPackCollectMarketFeeBatch(exchangeId [][32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("collectMarketFeeBatch", exchangeId)
}

// PackCollectOceanFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5acfedc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectOceanFee(bytes32 exchangeId) returns()
func (fixedRateExchange *FixedRateExchange) PackCollectOceanFee(exchangeId [32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("collectOceanFee", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectOceanFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5acfedc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectOceanFee(bytes32 exchangeId) returns()
func (fixedRateExchange *FixedRateExchange) TryPackCollectOceanFee(exchangeId [32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("collectOceanFee", exchangeId)
}

// PackCollectOceanFeeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d24deff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectOceanFeeBatch(bytes32[] exchangeId) returns()
func (fixedRateExchange *FixedRateExchange) PackCollectOceanFeeBatch(exchangeId [][32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("collectOceanFeeBatch", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectOceanFeeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d24deff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectOceanFeeBatch(bytes32[] exchangeId) returns()
func (fixedRateExchange *FixedRateExchange) TryPackCollectOceanFeeBatch(exchangeId [][32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("collectOceanFeeBatch", exchangeId)
}

// PackCreateWithDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x012c3275.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createWithDecimals(address datatoken, address[] addresses, uint256[] uints) returns(bytes32 exchangeId)
func (fixedRateExchange *FixedRateExchange) PackCreateWithDecimals(datatoken common.Address, addresses []common.Address, uints []*big.Int) []byte {
	enc, err := fixedRateExchange.abi.Pack("createWithDecimals", datatoken, addresses, uints)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateWithDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x012c3275.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createWithDecimals(address datatoken, address[] addresses, uint256[] uints) returns(bytes32 exchangeId)
func (fixedRateExchange *FixedRateExchange) TryPackCreateWithDecimals(datatoken common.Address, addresses []common.Address, uints []*big.Int) ([]byte, error) {
	return fixedRateExchange.abi.Pack("createWithDecimals", datatoken, addresses, uints)
}

// UnpackCreateWithDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x012c3275.
//
// Solidity: function createWithDecimals(address datatoken, address[] addresses, uint256[] uints) returns(bytes32 exchangeId)
func (fixedRateExchange *FixedRateExchange) UnpackCreateWithDecimals(data []byte) ([32]byte, error) {
	out, err := fixedRateExchange.abi.Unpack("createWithDecimals", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGenerateExchangeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed2fc859.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function generateExchangeId(address baseToken, address datatoken) pure returns(bytes32)
func (fixedRateExchange *FixedRateExchange) PackGenerateExchangeId(baseToken common.Address, datatoken common.Address) []byte {
	enc, err := fixedRateExchange.abi.Pack("generateExchangeId", baseToken, datatoken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenerateExchangeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed2fc859.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function generateExchangeId(address baseToken, address datatoken) pure returns(bytes32)
func (fixedRateExchange *FixedRateExchange) TryPackGenerateExchangeId(baseToken common.Address, datatoken common.Address) ([]byte, error) {
	return fixedRateExchange.abi.Pack("generateExchangeId", baseToken, datatoken)
}

// UnpackGenerateExchangeId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed2fc859.
//
// Solidity: function generateExchangeId(address baseToken, address datatoken) pure returns(bytes32)
func (fixedRateExchange *FixedRateExchange) UnpackGenerateExchangeId(data []byte) ([32]byte, error) {
	out, err := fixedRateExchange.abi.Unpack("generateExchangeId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetAllowedSwapper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x855058dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAllowedSwapper(bytes32 exchangeId) view returns(address allowedSwapper)
func (fixedRateExchange *FixedRateExchange) PackGetAllowedSwapper(exchangeId [32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("getAllowedSwapper", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAllowedSwapper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x855058dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAllowedSwapper(bytes32 exchangeId) view returns(address allowedSwapper)
func (fixedRateExchange *FixedRateExchange) TryPackGetAllowedSwapper(exchangeId [32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("getAllowedSwapper", exchangeId)
}

// UnpackGetAllowedSwapper is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x855058dd.
//
// Solidity: function getAllowedSwapper(bytes32 exchangeId) view returns(address allowedSwapper)
func (fixedRateExchange *FixedRateExchange) UnpackGetAllowedSwapper(data []byte) (common.Address, error) {
	out, err := fixedRateExchange.abi.Unpack("getAllowedSwapper", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetBTSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85fcbc2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBTSupply(bytes32 exchangeId) view returns(uint256 supply)
func (fixedRateExchange *FixedRateExchange) PackGetBTSupply(exchangeId [32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("getBTSupply", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBTSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85fcbc2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBTSupply(bytes32 exchangeId) view returns(uint256 supply)
func (fixedRateExchange *FixedRateExchange) TryPackGetBTSupply(exchangeId [32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("getBTSupply", exchangeId)
}

// UnpackGetBTSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x85fcbc2f.
//
// Solidity: function getBTSupply(bytes32 exchangeId) view returns(uint256 supply)
func (fixedRateExchange *FixedRateExchange) UnpackGetBTSupply(data []byte) (*big.Int, error) {
	out, err := fixedRateExchange.abi.Unpack("getBTSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetDTSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc66274ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDTSupply(bytes32 exchangeId) view returns(uint256 supply)
func (fixedRateExchange *FixedRateExchange) PackGetDTSupply(exchangeId [32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("getDTSupply", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDTSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc66274ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDTSupply(bytes32 exchangeId) view returns(uint256 supply)
func (fixedRateExchange *FixedRateExchange) TryPackGetDTSupply(exchangeId [32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("getDTSupply", exchangeId)
}

// UnpackGetDTSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc66274ea.
//
// Solidity: function getDTSupply(bytes32 exchangeId) view returns(uint256 supply)
func (fixedRateExchange *FixedRateExchange) UnpackGetDTSupply(data []byte) (*big.Int, error) {
	out, err := fixedRateExchange.abi.Unpack("getDTSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c87087d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getExchange(bytes32 exchangeId) view returns(address exchangeOwner, address datatoken, uint256 dtDecimals, address baseToken, uint256 btDecimals, uint256 fixedRate, bool active, uint256 dtSupply, uint256 btSupply, uint256 dtBalance, uint256 btBalance, bool withMint)
func (fixedRateExchange *FixedRateExchange) PackGetExchange(exchangeId [32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("getExchange", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c87087d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getExchange(bytes32 exchangeId) view returns(address exchangeOwner, address datatoken, uint256 dtDecimals, address baseToken, uint256 btDecimals, uint256 fixedRate, bool active, uint256 dtSupply, uint256 btSupply, uint256 dtBalance, uint256 btBalance, bool withMint)
func (fixedRateExchange *FixedRateExchange) TryPackGetExchange(exchangeId [32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("getExchange", exchangeId)
}

// GetExchangeOutput serves as a container for the return parameters of contract
// method GetExchange.
type GetExchangeOutput struct {
	ExchangeOwner common.Address
	Datatoken     common.Address
	DtDecimals    *big.Int
	BaseToken     common.Address
	BtDecimals    *big.Int
	FixedRate     *big.Int
	Active        bool
	DtSupply      *big.Int
	BtSupply      *big.Int
	DtBalance     *big.Int
	BtBalance     *big.Int
	WithMint      bool
}

// UnpackGetExchange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c87087d.
//
// Solidity: function getExchange(bytes32 exchangeId) view returns(address exchangeOwner, address datatoken, uint256 dtDecimals, address baseToken, uint256 btDecimals, uint256 fixedRate, bool active, uint256 dtSupply, uint256 btSupply, uint256 dtBalance, uint256 btBalance, bool withMint)
func (fixedRateExchange *FixedRateExchange) UnpackGetExchange(data []byte) (GetExchangeOutput, error) {
	out, err := fixedRateExchange.abi.Unpack("getExchange", data)
	outstruct := new(GetExchangeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ExchangeOwner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Datatoken = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.DtDecimals = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.BaseToken = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	outstruct.BtDecimals = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.FixedRate = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.Active = *abi.ConvertType(out[6], new(bool)).(*bool)
	outstruct.DtSupply = abi.ConvertType(out[7], new(big.Int)).(*big.Int)
	outstruct.BtSupply = abi.ConvertType(out[8], new(big.Int)).(*big.Int)
	outstruct.DtBalance = abi.ConvertType(out[9], new(big.Int)).(*big.Int)
	outstruct.BtBalance = abi.ConvertType(out[10], new(big.Int)).(*big.Int)
	outstruct.WithMint = *abi.ConvertType(out[11], new(bool)).(*bool)
	return *outstruct, nil
}

// PackGetExchanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e2e3a6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getExchanges() view returns(bytes32[])
func (fixedRateExchange *FixedRateExchange) PackGetExchanges() []byte {
	enc, err := fixedRateExchange.abi.Pack("getExchanges")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetExchanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e2e3a6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getExchanges() view returns(bytes32[])
func (fixedRateExchange *FixedRateExchange) TryPackGetExchanges() ([]byte, error) {
	return fixedRateExchange.abi.Pack("getExchanges")
}

// UnpackGetExchanges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e2e3a6b.
//
// Solidity: function getExchanges() view returns(bytes32[])
func (fixedRateExchange *FixedRateExchange) UnpackGetExchanges(data []byte) ([][32]byte, error) {
	out, err := fixedRateExchange.abi.Unpack("getExchanges", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackGetFeesInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b3b430d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFeesInfo(bytes32 exchangeId) view returns(uint256 marketFee, address marketFeeCollector, uint256 opcFee, uint256 marketFeeAvailable, uint256 oceanFeeAvailable)
func (fixedRateExchange *FixedRateExchange) PackGetFeesInfo(exchangeId [32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("getFeesInfo", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFeesInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b3b430d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFeesInfo(bytes32 exchangeId) view returns(uint256 marketFee, address marketFeeCollector, uint256 opcFee, uint256 marketFeeAvailable, uint256 oceanFeeAvailable)
func (fixedRateExchange *FixedRateExchange) TryPackGetFeesInfo(exchangeId [32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("getFeesInfo", exchangeId)
}

// GetFeesInfoOutput serves as a container for the return parameters of contract
// method GetFeesInfo.
type GetFeesInfoOutput struct {
	MarketFee          *big.Int
	MarketFeeCollector common.Address
	OpcFee             *big.Int
	MarketFeeAvailable *big.Int
	OceanFeeAvailable  *big.Int
}

// UnpackGetFeesInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b3b430d.
//
// Solidity: function getFeesInfo(bytes32 exchangeId) view returns(uint256 marketFee, address marketFeeCollector, uint256 opcFee, uint256 marketFeeAvailable, uint256 oceanFeeAvailable)
func (fixedRateExchange *FixedRateExchange) UnpackGetFeesInfo(data []byte) (GetFeesInfoOutput, error) {
	out, err := fixedRateExchange.abi.Unpack("getFeesInfo", data)
	outstruct := new(GetFeesInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MarketFee = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.MarketFeeCollector = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.OpcFee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.MarketFeeAvailable = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.OceanFeeAvailable = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d1ca631.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getId() pure returns(uint8)
func (fixedRateExchange *FixedRateExchange) PackGetId() []byte {
	enc, err := fixedRateExchange.abi.Pack("getId")
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
func (fixedRateExchange *FixedRateExchange) TryPackGetId() ([]byte, error) {
	return fixedRateExchange.abi.Pack("getId")
}

// UnpackGetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d1ca631.
//
// Solidity: function getId() pure returns(uint8)
func (fixedRateExchange *FixedRateExchange) UnpackGetId(data []byte) (uint8, error) {
	out, err := fixedRateExchange.abi.Unpack("getId", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e7e23b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMarketFee(bytes32 exchangeId) view returns(uint256)
func (fixedRateExchange *FixedRateExchange) PackGetMarketFee(exchangeId [32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("getMarketFee", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e7e23b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMarketFee(bytes32 exchangeId) view returns(uint256)
func (fixedRateExchange *FixedRateExchange) TryPackGetMarketFee(exchangeId [32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("getMarketFee", exchangeId)
}

// UnpackGetMarketFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e7e23b3.
//
// Solidity: function getMarketFee(bytes32 exchangeId) view returns(uint256)
func (fixedRateExchange *FixedRateExchange) UnpackGetMarketFee(data []byte) (*big.Int, error) {
	out, err := fixedRateExchange.abi.Unpack("getMarketFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetNumberOfExchanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4241429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNumberOfExchanges() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) PackGetNumberOfExchanges() []byte {
	enc, err := fixedRateExchange.abi.Pack("getNumberOfExchanges")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNumberOfExchanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4241429.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNumberOfExchanges() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) TryPackGetNumberOfExchanges() ([]byte, error) {
	return fixedRateExchange.abi.Pack("getNumberOfExchanges")
}

// UnpackGetNumberOfExchanges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4241429.
//
// Solidity: function getNumberOfExchanges() view returns(uint256)
func (fixedRateExchange *FixedRateExchange) UnpackGetNumberOfExchanges(data []byte) (*big.Int, error) {
	out, err := fixedRateExchange.abi.Unpack("getNumberOfExchanges", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOPCFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8421e2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOPCFee(address baseTokenAddress) view returns(uint256)
func (fixedRateExchange *FixedRateExchange) PackGetOPCFee(baseTokenAddress common.Address) []byte {
	enc, err := fixedRateExchange.abi.Pack("getOPCFee", baseTokenAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOPCFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8421e2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOPCFee(address baseTokenAddress) view returns(uint256)
func (fixedRateExchange *FixedRateExchange) TryPackGetOPCFee(baseTokenAddress common.Address) ([]byte, error) {
	return fixedRateExchange.abi.Pack("getOPCFee", baseTokenAddress)
}

// UnpackGetOPCFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8421e2b.
//
// Solidity: function getOPCFee(address baseTokenAddress) view returns(uint256)
func (fixedRateExchange *FixedRateExchange) UnpackGetOPCFee(data []byte) (*big.Int, error) {
	out, err := fixedRateExchange.abi.Unpack("getOPCFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb32b56f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRate(bytes32 exchangeId) view returns(uint256)
func (fixedRateExchange *FixedRateExchange) PackGetRate(exchangeId [32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("getRate", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb32b56f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRate(bytes32 exchangeId) view returns(uint256)
func (fixedRateExchange *FixedRateExchange) TryPackGetRate(exchangeId [32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("getRate", exchangeId)
}

// UnpackGetRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb32b56f9.
//
// Solidity: function getRate(bytes32 exchangeId) view returns(uint256)
func (fixedRateExchange *FixedRateExchange) UnpackGetRate(data []byte) (*big.Int, error) {
	out, err := fixedRateExchange.abi.Unpack("getRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c36901c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(bytes32 exchangeId) view returns(bool)
func (fixedRateExchange *FixedRateExchange) PackIsActive(exchangeId [32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("isActive", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c36901c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(bytes32 exchangeId) view returns(bool)
func (fixedRateExchange *FixedRateExchange) TryPackIsActive(exchangeId [32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("isActive", exchangeId)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c36901c.
//
// Solidity: function isActive(bytes32 exchangeId) view returns(bool)
func (fixedRateExchange *FixedRateExchange) UnpackIsActive(data []byte) (bool, error) {
	out, err := fixedRateExchange.abi.Unpack("isActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16279055.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isContract(address addr) view returns(bool)
func (fixedRateExchange *FixedRateExchange) PackIsContract(addr common.Address) []byte {
	enc, err := fixedRateExchange.abi.Pack("isContract", addr)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16279055.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isContract(address addr) view returns(bool)
func (fixedRateExchange *FixedRateExchange) TryPackIsContract(addr common.Address) ([]byte, error) {
	return fixedRateExchange.abi.Pack("isContract", addr)
}

// UnpackIsContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16279055.
//
// Solidity: function isContract(address addr) view returns(bool)
func (fixedRateExchange *FixedRateExchange) UnpackIsContract(data []byte) (bool, error) {
	out, err := fixedRateExchange.abi.Unpack("isContract", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (fixedRateExchange *FixedRateExchange) PackRouter() []byte {
	enc, err := fixedRateExchange.abi.Pack("router")
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
func (fixedRateExchange *FixedRateExchange) TryPackRouter() ([]byte, error) {
	return fixedRateExchange.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (fixedRateExchange *FixedRateExchange) UnpackRouter(data []byte) (common.Address, error) {
	out, err := fixedRateExchange.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSellDT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d571d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sellDT(bytes32 exchangeId, uint256 datatokenAmount, uint256 minBaseTokenAmount, address consumeMarketAddress, uint256 consumeMarketSwapFeeAmount) returns()
func (fixedRateExchange *FixedRateExchange) PackSellDT(exchangeId [32]byte, datatokenAmount *big.Int, minBaseTokenAmount *big.Int, consumeMarketAddress common.Address, consumeMarketSwapFeeAmount *big.Int) []byte {
	enc, err := fixedRateExchange.abi.Pack("sellDT", exchangeId, datatokenAmount, minBaseTokenAmount, consumeMarketAddress, consumeMarketSwapFeeAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSellDT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d571d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sellDT(bytes32 exchangeId, uint256 datatokenAmount, uint256 minBaseTokenAmount, address consumeMarketAddress, uint256 consumeMarketSwapFeeAmount) returns()
func (fixedRateExchange *FixedRateExchange) TryPackSellDT(exchangeId [32]byte, datatokenAmount *big.Int, minBaseTokenAmount *big.Int, consumeMarketAddress common.Address, consumeMarketSwapFeeAmount *big.Int) ([]byte, error) {
	return fixedRateExchange.abi.Pack("sellDT", exchangeId, datatokenAmount, minBaseTokenAmount, consumeMarketAddress, consumeMarketSwapFeeAmount)
}

// PackSetAllowedSwapper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60311e95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAllowedSwapper(bytes32 exchangeId, address newAllowedSwapper) returns()
func (fixedRateExchange *FixedRateExchange) PackSetAllowedSwapper(exchangeId [32]byte, newAllowedSwapper common.Address) []byte {
	enc, err := fixedRateExchange.abi.Pack("setAllowedSwapper", exchangeId, newAllowedSwapper)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAllowedSwapper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60311e95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAllowedSwapper(bytes32 exchangeId, address newAllowedSwapper) returns()
func (fixedRateExchange *FixedRateExchange) TryPackSetAllowedSwapper(exchangeId [32]byte, newAllowedSwapper common.Address) ([]byte, error) {
	return fixedRateExchange.abi.Pack("setAllowedSwapper", exchangeId, newAllowedSwapper)
}

// PackSetRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x680819eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRate(bytes32 exchangeId, uint256 newRate) returns()
func (fixedRateExchange *FixedRateExchange) PackSetRate(exchangeId [32]byte, newRate *big.Int) []byte {
	enc, err := fixedRateExchange.abi.Pack("setRate", exchangeId, newRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x680819eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRate(bytes32 exchangeId, uint256 newRate) returns()
func (fixedRateExchange *FixedRateExchange) TryPackSetRate(exchangeId [32]byte, newRate *big.Int) ([]byte, error) {
	return fixedRateExchange.abi.Pack("setRate", exchangeId, newRate)
}

// PackToggleExchangeState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24cb477e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function toggleExchangeState(bytes32 exchangeId) returns()
func (fixedRateExchange *FixedRateExchange) PackToggleExchangeState(exchangeId [32]byte) []byte {
	enc, err := fixedRateExchange.abi.Pack("toggleExchangeState", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToggleExchangeState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24cb477e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function toggleExchangeState(bytes32 exchangeId) returns()
func (fixedRateExchange *FixedRateExchange) TryPackToggleExchangeState(exchangeId [32]byte) ([]byte, error) {
	return fixedRateExchange.abi.Pack("toggleExchangeState", exchangeId)
}

// PackToggleMintState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79dd2836.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function toggleMintState(bytes32 exchangeId, bool withMint) returns()
func (fixedRateExchange *FixedRateExchange) PackToggleMintState(exchangeId [32]byte, withMint bool) []byte {
	enc, err := fixedRateExchange.abi.Pack("toggleMintState", exchangeId, withMint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToggleMintState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79dd2836.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function toggleMintState(bytes32 exchangeId, bool withMint) returns()
func (fixedRateExchange *FixedRateExchange) TryPackToggleMintState(exchangeId [32]byte, withMint bool) ([]byte, error) {
	return fixedRateExchange.abi.Pack("toggleMintState", exchangeId, withMint)
}

// PackUpdateMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88823872.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateMarketFee(bytes32 exchangeId, uint256 _newMarketFee) returns()
func (fixedRateExchange *FixedRateExchange) PackUpdateMarketFee(exchangeId [32]byte, newMarketFee *big.Int) []byte {
	enc, err := fixedRateExchange.abi.Pack("updateMarketFee", exchangeId, newMarketFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88823872.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateMarketFee(bytes32 exchangeId, uint256 _newMarketFee) returns()
func (fixedRateExchange *FixedRateExchange) TryPackUpdateMarketFee(exchangeId [32]byte, newMarketFee *big.Int) ([]byte, error) {
	return fixedRateExchange.abi.Pack("updateMarketFee", exchangeId, newMarketFee)
}

// PackUpdateMarketFeeCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c82ebe9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateMarketFeeCollector(bytes32 exchangeId, address _newMarketCollector) returns()
func (fixedRateExchange *FixedRateExchange) PackUpdateMarketFeeCollector(exchangeId [32]byte, newMarketCollector common.Address) []byte {
	enc, err := fixedRateExchange.abi.Pack("updateMarketFeeCollector", exchangeId, newMarketCollector)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateMarketFeeCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c82ebe9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateMarketFeeCollector(bytes32 exchangeId, address _newMarketCollector) returns()
func (fixedRateExchange *FixedRateExchange) TryPackUpdateMarketFeeCollector(exchangeId [32]byte, newMarketCollector common.Address) ([]byte, error) {
	return fixedRateExchange.abi.Pack("updateMarketFeeCollector", exchangeId, newMarketCollector)
}

// FixedRateExchangeConsumeMarketFee represents a ConsumeMarketFee event raised by the FixedRateExchange contract.
type FixedRateExchangeConsumeMarketFee struct {
	ExchangeId [32]byte
	To         common.Address
	Token      common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeConsumeMarketFeeEventName = "ConsumeMarketFee"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeConsumeMarketFee) ContractEventName() string {
	return FixedRateExchangeConsumeMarketFeeEventName
}

// UnpackConsumeMarketFeeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConsumeMarketFee(bytes32 indexed exchangeId, address to, address token, uint256 amount)
func (fixedRateExchange *FixedRateExchange) UnpackConsumeMarketFeeEvent(log *types.Log) (*FixedRateExchangeConsumeMarketFee, error) {
	event := "ConsumeMarketFee"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeConsumeMarketFee)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangeExchangeActivated represents a ExchangeActivated event raised by the FixedRateExchange contract.
type FixedRateExchangeExchangeActivated struct {
	ExchangeId    [32]byte
	ExchangeOwner common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeExchangeActivatedEventName = "ExchangeActivated"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeExchangeActivated) ContractEventName() string {
	return FixedRateExchangeExchangeActivatedEventName
}

// UnpackExchangeActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExchangeActivated(bytes32 indexed exchangeId, address indexed exchangeOwner)
func (fixedRateExchange *FixedRateExchange) UnpackExchangeActivatedEvent(log *types.Log) (*FixedRateExchangeExchangeActivated, error) {
	event := "ExchangeActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeExchangeActivated)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangeExchangeAllowedSwapperChanged represents a ExchangeAllowedSwapperChanged event raised by the FixedRateExchange contract.
type FixedRateExchangeExchangeAllowedSwapperChanged struct {
	ExchangeId     [32]byte
	AllowedSwapper common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeExchangeAllowedSwapperChangedEventName = "ExchangeAllowedSwapperChanged"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeExchangeAllowedSwapperChanged) ContractEventName() string {
	return FixedRateExchangeExchangeAllowedSwapperChangedEventName
}

// UnpackExchangeAllowedSwapperChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExchangeAllowedSwapperChanged(bytes32 indexed exchangeId, address indexed allowedSwapper)
func (fixedRateExchange *FixedRateExchange) UnpackExchangeAllowedSwapperChangedEvent(log *types.Log) (*FixedRateExchangeExchangeAllowedSwapperChanged, error) {
	event := "ExchangeAllowedSwapperChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeExchangeAllowedSwapperChanged)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangeExchangeCreated represents a ExchangeCreated event raised by the FixedRateExchange contract.
type FixedRateExchangeExchangeCreated struct {
	ExchangeId    [32]byte
	BaseToken     common.Address
	Datatoken     common.Address
	ExchangeOwner common.Address
	FixedRate     *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeExchangeCreatedEventName = "ExchangeCreated"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeExchangeCreated) ContractEventName() string {
	return FixedRateExchangeExchangeCreatedEventName
}

// UnpackExchangeCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExchangeCreated(bytes32 indexed exchangeId, address indexed baseToken, address indexed datatoken, address exchangeOwner, uint256 fixedRate)
func (fixedRateExchange *FixedRateExchange) UnpackExchangeCreatedEvent(log *types.Log) (*FixedRateExchangeExchangeCreated, error) {
	event := "ExchangeCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeExchangeCreated)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangeExchangeDeactivated represents a ExchangeDeactivated event raised by the FixedRateExchange contract.
type FixedRateExchangeExchangeDeactivated struct {
	ExchangeId    [32]byte
	ExchangeOwner common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeExchangeDeactivatedEventName = "ExchangeDeactivated"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeExchangeDeactivated) ContractEventName() string {
	return FixedRateExchangeExchangeDeactivatedEventName
}

// UnpackExchangeDeactivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExchangeDeactivated(bytes32 indexed exchangeId, address indexed exchangeOwner)
func (fixedRateExchange *FixedRateExchange) UnpackExchangeDeactivatedEvent(log *types.Log) (*FixedRateExchangeExchangeDeactivated, error) {
	event := "ExchangeDeactivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeExchangeDeactivated)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangeExchangeMintStateChanged represents a ExchangeMintStateChanged event raised by the FixedRateExchange contract.
type FixedRateExchangeExchangeMintStateChanged struct {
	ExchangeId    [32]byte
	ExchangeOwner common.Address
	WithMint      bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeExchangeMintStateChangedEventName = "ExchangeMintStateChanged"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeExchangeMintStateChanged) ContractEventName() string {
	return FixedRateExchangeExchangeMintStateChangedEventName
}

// UnpackExchangeMintStateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExchangeMintStateChanged(bytes32 indexed exchangeId, address indexed exchangeOwner, bool withMint)
func (fixedRateExchange *FixedRateExchange) UnpackExchangeMintStateChangedEvent(log *types.Log) (*FixedRateExchangeExchangeMintStateChanged, error) {
	event := "ExchangeMintStateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeExchangeMintStateChanged)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangeExchangeRateChanged represents a ExchangeRateChanged event raised by the FixedRateExchange contract.
type FixedRateExchangeExchangeRateChanged struct {
	ExchangeId    [32]byte
	ExchangeOwner common.Address
	NewRate       *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeExchangeRateChangedEventName = "ExchangeRateChanged"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeExchangeRateChanged) ContractEventName() string {
	return FixedRateExchangeExchangeRateChangedEventName
}

// UnpackExchangeRateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExchangeRateChanged(bytes32 indexed exchangeId, address indexed exchangeOwner, uint256 newRate)
func (fixedRateExchange *FixedRateExchange) UnpackExchangeRateChangedEvent(log *types.Log) (*FixedRateExchangeExchangeRateChanged, error) {
	event := "ExchangeRateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeExchangeRateChanged)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangeMarketFeeCollected represents a MarketFeeCollected event raised by the FixedRateExchange contract.
type FixedRateExchangeMarketFeeCollected struct {
	ExchangeId [32]byte
	FeeToken   common.Address
	FeeAmount  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeMarketFeeCollectedEventName = "MarketFeeCollected"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeMarketFeeCollected) ContractEventName() string {
	return FixedRateExchangeMarketFeeCollectedEventName
}

// UnpackMarketFeeCollectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketFeeCollected(bytes32 indexed exchangeId, address indexed feeToken, uint256 feeAmount)
func (fixedRateExchange *FixedRateExchange) UnpackMarketFeeCollectedEvent(log *types.Log) (*FixedRateExchangeMarketFeeCollected, error) {
	event := "MarketFeeCollected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeMarketFeeCollected)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangeOceanFeeCollected represents a OceanFeeCollected event raised by the FixedRateExchange contract.
type FixedRateExchangeOceanFeeCollected struct {
	ExchangeId [32]byte
	FeeToken   common.Address
	FeeAmount  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeOceanFeeCollectedEventName = "OceanFeeCollected"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeOceanFeeCollected) ContractEventName() string {
	return FixedRateExchangeOceanFeeCollectedEventName
}

// UnpackOceanFeeCollectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OceanFeeCollected(bytes32 indexed exchangeId, address indexed feeToken, uint256 feeAmount)
func (fixedRateExchange *FixedRateExchange) UnpackOceanFeeCollectedEvent(log *types.Log) (*FixedRateExchangeOceanFeeCollected, error) {
	event := "OceanFeeCollected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeOceanFeeCollected)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangePublishMarketFeeChanged represents a PublishMarketFeeChanged event raised by the FixedRateExchange contract.
type FixedRateExchangePublishMarketFeeChanged struct {
	ExchangeId         [32]byte
	Caller             common.Address
	NewMarketCollector common.Address
	SwapFee            *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangePublishMarketFeeChangedEventName = "PublishMarketFeeChanged"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangePublishMarketFeeChanged) ContractEventName() string {
	return FixedRateExchangePublishMarketFeeChangedEventName
}

// UnpackPublishMarketFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PublishMarketFeeChanged(bytes32 indexed exchangeId, address caller, address newMarketCollector, uint256 swapFee)
func (fixedRateExchange *FixedRateExchange) UnpackPublishMarketFeeChangedEvent(log *types.Log) (*FixedRateExchangePublishMarketFeeChanged, error) {
	event := "PublishMarketFeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangePublishMarketFeeChanged)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangeSWAPFEES represents a SWAP_FEES event raised by the FixedRateExchange contract.
type FixedRateExchangeSWAPFEES struct {
	ExchangeId             [32]byte
	OceanFeeAmount         *big.Int
	MarketFeeAmount        *big.Int
	ConsumeMarketFeeAmount *big.Int
	TokenFeeAddress        common.Address
	Raw                    *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeSWAPFEESEventName = "SWAP_FEES"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeSWAPFEES) ContractEventName() string {
	return FixedRateExchangeSWAPFEESEventName
}

// UnpackSWAPFEESEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SWAP_FEES(bytes32 indexed exchangeId, uint256 oceanFeeAmount, uint256 marketFeeAmount, uint256 consumeMarketFeeAmount, address tokenFeeAddress)
func (fixedRateExchange *FixedRateExchange) UnpackSWAPFEESEvent(log *types.Log) (*FixedRateExchangeSWAPFEES, error) {
	event := "SWAP_FEES"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeSWAPFEES)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangeSwapped represents a Swapped event raised by the FixedRateExchange contract.
type FixedRateExchangeSwapped struct {
	ExchangeId             [32]byte
	By                     common.Address
	BaseTokenSwappedAmount *big.Int
	DatatokenSwappedAmount *big.Int
	TokenOutAddress        common.Address
	MarketFeeAmount        *big.Int
	OceanFeeAmount         *big.Int
	ConsumeMarketFeeAmount *big.Int
	Raw                    *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeSwappedEventName = "Swapped"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeSwapped) ContractEventName() string {
	return FixedRateExchangeSwappedEventName
}

// UnpackSwappedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swapped(bytes32 indexed exchangeId, address indexed by, uint256 baseTokenSwappedAmount, uint256 datatokenSwappedAmount, address tokenOutAddress, uint256 marketFeeAmount, uint256 oceanFeeAmount, uint256 consumeMarketFeeAmount)
func (fixedRateExchange *FixedRateExchange) UnpackSwappedEvent(log *types.Log) (*FixedRateExchangeSwapped, error) {
	event := "Swapped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeSwapped)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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

// FixedRateExchangeTokenCollected represents a TokenCollected event raised by the FixedRateExchange contract.
type FixedRateExchangeTokenCollected struct {
	ExchangeId [32]byte
	To         common.Address
	Token      common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const FixedRateExchangeTokenCollectedEventName = "TokenCollected"

// ContractEventName returns the user-defined event name.
func (FixedRateExchangeTokenCollected) ContractEventName() string {
	return FixedRateExchangeTokenCollectedEventName
}

// UnpackTokenCollectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenCollected(bytes32 indexed exchangeId, address indexed to, address indexed token, uint256 amount)
func (fixedRateExchange *FixedRateExchange) UnpackTokenCollectedEvent(log *types.Log) (*FixedRateExchangeTokenCollected, error) {
	event := "TokenCollected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateExchangeTokenCollected)
	if len(log.Data) > 0 {
		if err := fixedRateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateExchange.abi.Events[event].Inputs {
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
