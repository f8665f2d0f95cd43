// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

// Package erc20template is the abigen v2 binding of ERC20Template from @oceanprotocol/contracts@2.6.0.
// Regenerate with `go generate ./internal/contracts`.
package erc20template

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

// ERC20RolesRolesERC20 is an auto generated low-level Go binding around an user-defined struct.
type ERC20RolesRolesERC20 struct {
	Minter         bool
	PaymentManager bool
}

// ERC20TemplateconsumeMarketFee is an auto generated low-level Go binding around an user-defined struct.
type ERC20TemplateconsumeMarketFee struct {
	ConsumeMarketFeeAddress common.Address
	ConsumeMarketFeeToken   common.Address
	ConsumeMarketFeeAmount  *big.Int
}

// ERC20TemplatefixedRate is an auto generated low-level Go binding around an user-defined struct.
type ERC20TemplatefixedRate struct {
	ContractAddress common.Address
	Id              [32]byte
}

// ERC20TemplateproviderFee is an auto generated low-level Go binding around an user-defined struct.
type ERC20TemplateproviderFee struct {
	ProviderFeeAddress common.Address
	ProviderFeeToken   common.Address
	ProviderFeeAmount  *big.Int
	V                  uint8
	R                  [32]byte
	S                  [32]byte
	ValidUntil         *big.Int
	ProviderData       []byte
}

// ERC20TemplateMetaData contains all meta data concerning the ERC20Template contract.
var ERC20TemplateMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"AddedMinter\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"AddedPaymentManager\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"CleanedPermissions\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumeMarketFeeAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumeMarketFeeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"consumeMarketFeeAmount\",\"type\":\"uint256\"}],\"name\":\"ConsumeMarketFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"currentMinter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newMinter\",\"type\":\"address\"}],\"name\":\"MinterApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"currentMinter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newMinter\",\"type\":\"address\"}],\"name\":\"MinterProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dispenserContract\",\"type\":\"address\"}],\"name\":\"NewDispenser\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"exchangeContract\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"baseToken\",\"type\":\"address\"}],\"name\":\"NewFixedRate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_newPaymentCollector\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"NewPaymentCollector\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"poolAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"ssContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"baseTokenAddress\",\"type\":\"address\"}],\"name\":\"NewPool\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"providerAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumerAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"orderTxId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"providerSignature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"consumerData\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"consumerSignature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"OrderExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"orderTxId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"number\",\"type\":\"uint256\"}],\"name\":\"OrderReused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"serviceIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publishMarketAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"OrderStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"providerFeeAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"providerFeeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"providerFeeAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"}],\"name\":\"ProviderFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"PublishMarketFeeAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"PublishMarketFeeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"PublishMarketFeeAmount\",\"type\":\"uint256\"}],\"name\":\"PublishMarketFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"PublishMarketFeeAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"PublishMarketFeeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"PublishMarketFeeAmount\",\"type\":\"uint256\"}],\"name\":\"PublishMarketFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"RemovedMinter\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"RemovedPaymentManager\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"datatokenAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisherAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"vestingEndBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalVestingAmount\",\"type\":\"uint256\"}],\"name\":\"VestingCreated\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"BASE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PERMIT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_minter\",\"type\":\"address\"}],\"name\":\"addMinter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_paymentManager\",\"type\":\"address\"}],\"name\":\"addPaymentManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"authERC20\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burnFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cleanFrom721\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cleanPermissions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_dispenser\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"withMint\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"allowedSwapper\",\"type\":\"address\"}],\"name\":\"createDispenser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"fixedPriceAddress\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints\",\"type\":\"uint256[]\"}],\"name\":\"createFixedRate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subtractedValue\",\"type\":\"uint256\"}],\"name\":\"decreaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ssParams\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"swapFees\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"}],\"name\":\"deployPool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getDispensers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getERC721Address\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getFixedRates\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"internalType\":\"structERC20Template.fixedRate[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getId\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPaymentCollector\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getPermissions\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"minter\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"paymentManager\",\"type\":\"bool\"}],\"internalType\":\"structERC20Roles.RolesERC20\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPools\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPublishingMarketFee\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"addedValue\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"strings_\",\"type\":\"string[]\"},{\"internalType\":\"address[]\",\"name\":\"addresses_\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"factoryAddresses_\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints_\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"bytes_\",\"type\":\"bytes[]\"}],\"name\":\"initialize\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"isERC20Deployer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isInitialized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMinter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderTxId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"providerSignature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"consumerData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"consumerSignature\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"consumerAddress\",\"type\":\"address\"}],\"name\":\"orderExecuted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"permissions\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"minter\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"paymentManager\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_minter\",\"type\":\"address\"}],\"name\":\"removeMinter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_paymentManager\",\"type\":\"address\"}],\"name\":\"removePaymentManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderTxId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"providerFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"providerFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"providerFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"}],\"internalType\":\"structERC20Template.providerFee\",\"name\":\"_providerFee\",\"type\":\"tuple\"}],\"name\":\"reuseOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"router\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"_value\",\"type\":\"bytes\"}],\"name\":\"setData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_newPaymentCollector\",\"type\":\"address\"}],\"name\":\"setPaymentCollector\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_publishMarketFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_publishMarketFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_publishMarketFeeAmount\",\"type\":\"uint256\"}],\"name\":\"setPublishingMarketFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"serviceIndex\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"providerFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"providerFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"providerFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"}],\"internalType\":\"structERC20Template.providerFee\",\"name\":\"_providerFee\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"consumeMarketFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"consumeMarketFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"consumeMarketFeeAmount\",\"type\":\"uint256\"}],\"internalType\":\"structERC20Template.consumeMarketFee\",\"name\":\"_consumeMarketFee\",\"type\":\"tuple\"}],\"name\":\"startOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ERC20Template",
}

// ERC20Template is an auto generated Go binding around an Ethereum contract.
type ERC20Template struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ERC20Template) GetABI() abi.ABI {
	return c.abi
}

// NewERC20Template creates a new instance of ERC20Template.
func NewERC20Template() *ERC20Template {
	parsed, err := ERC20TemplateMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ERC20Template{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ERC20Template) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBASE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec342ad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE() view returns(uint256)
func (eRC20Template *ERC20Template) PackBASE() []byte {
	enc, err := eRC20Template.abi.Pack("BASE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec342ad0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE() view returns(uint256)
func (eRC20Template *ERC20Template) TryPackBASE() ([]byte, error) {
	return eRC20Template.abi.Pack("BASE")
}

// UnpackBASE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec342ad0.
//
// Solidity: function BASE() view returns(uint256)
func (eRC20Template *ERC20Template) UnpackBASE(data []byte) (*big.Int, error) {
	out, err := eRC20Template.abi.Unpack("BASE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (eRC20Template *ERC20Template) PackDOMAINSEPARATOR() []byte {
	enc, err := eRC20Template.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (eRC20Template *ERC20Template) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return eRC20Template.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (eRC20Template *ERC20Template) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := eRC20Template.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPERMITTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30adf81f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PERMIT_TYPEHASH() view returns(bytes32)
func (eRC20Template *ERC20Template) PackPERMITTYPEHASH() []byte {
	enc, err := eRC20Template.abi.Pack("PERMIT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPERMITTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30adf81f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PERMIT_TYPEHASH() view returns(bytes32)
func (eRC20Template *ERC20Template) TryPackPERMITTYPEHASH() ([]byte, error) {
	return eRC20Template.abi.Pack("PERMIT_TYPEHASH")
}

// UnpackPERMITTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30adf81f.
//
// Solidity: function PERMIT_TYPEHASH() view returns(bytes32)
func (eRC20Template *ERC20Template) UnpackPERMITTYPEHASH(data []byte) ([32]byte, error) {
	out, err := eRC20Template.abi.Unpack("PERMIT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x983b2d56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addMinter(address _minter) returns()
func (eRC20Template *ERC20Template) PackAddMinter(minter common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("addMinter", minter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x983b2d56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addMinter(address _minter) returns()
func (eRC20Template *ERC20Template) TryPackAddMinter(minter common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("addMinter", minter)
}

// PackAddPaymentManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa492ef9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addPaymentManager(address _paymentManager) returns()
func (eRC20Template *ERC20Template) PackAddPaymentManager(paymentManager common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("addPaymentManager", paymentManager)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddPaymentManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa492ef9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addPaymentManager(address _paymentManager) returns()
func (eRC20Template *ERC20Template) TryPackAddPaymentManager(paymentManager common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("addPaymentManager", paymentManager)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (eRC20Template *ERC20Template) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (eRC20Template *ERC20Template) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (eRC20Template *ERC20Template) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := eRC20Template.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (eRC20Template *ERC20Template) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := eRC20Template.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (eRC20Template *ERC20Template) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return eRC20Template.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (eRC20Template *ERC20Template) UnpackApprove(data []byte) (bool, error) {
	out, err := eRC20Template.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAuthERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef867ff4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function authERC20(uint256 ) view returns(address)
func (eRC20Template *ERC20Template) PackAuthERC20(arg0 *big.Int) []byte {
	enc, err := eRC20Template.abi.Pack("authERC20", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuthERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef867ff4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function authERC20(uint256 ) view returns(address)
func (eRC20Template *ERC20Template) TryPackAuthERC20(arg0 *big.Int) ([]byte, error) {
	return eRC20Template.abi.Pack("authERC20", arg0)
}

// UnpackAuthERC20 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef867ff4.
//
// Solidity: function authERC20(uint256 ) view returns(address)
func (eRC20Template *ERC20Template) UnpackAuthERC20(data []byte) (common.Address, error) {
	out, err := eRC20Template.abi.Unpack("authERC20", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (eRC20Template *ERC20Template) PackBalanceOf(account common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (eRC20Template *ERC20Template) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (eRC20Template *ERC20Template) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := eRC20Template.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 amount) returns()
func (eRC20Template *ERC20Template) PackBurn(amount *big.Int) []byte {
	enc, err := eRC20Template.abi.Pack("burn", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 amount) returns()
func (eRC20Template *ERC20Template) TryPackBurn(amount *big.Int) ([]byte, error) {
	return eRC20Template.abi.Pack("burn", amount)
}

// PackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnFrom(address account, uint256 amount) returns()
func (eRC20Template *ERC20Template) PackBurnFrom(account common.Address, amount *big.Int) []byte {
	enc, err := eRC20Template.abi.Pack("burnFrom", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnFrom(address account, uint256 amount) returns()
func (eRC20Template *ERC20Template) TryPackBurnFrom(account common.Address, amount *big.Int) ([]byte, error) {
	return eRC20Template.abi.Pack("burnFrom", account, amount)
}

// PackCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x355274ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cap() view returns(uint256)
func (eRC20Template *ERC20Template) PackCap() []byte {
	enc, err := eRC20Template.abi.Pack("cap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x355274ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cap() view returns(uint256)
func (eRC20Template *ERC20Template) TryPackCap() ([]byte, error) {
	return eRC20Template.abi.Pack("cap")
}

// UnpackCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x355274ea.
//
// Solidity: function cap() view returns(uint256)
func (eRC20Template *ERC20Template) UnpackCap(data []byte) (*big.Int, error) {
	out, err := eRC20Template.abi.Unpack("cap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCleanFrom721 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c03da5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cleanFrom721() returns()
func (eRC20Template *ERC20Template) PackCleanFrom721() []byte {
	enc, err := eRC20Template.abi.Pack("cleanFrom721")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCleanFrom721 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c03da5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cleanFrom721() returns()
func (eRC20Template *ERC20Template) TryPackCleanFrom721() ([]byte, error) {
	return eRC20Template.abi.Pack("cleanFrom721")
}

// PackCleanPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f189cb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cleanPermissions() returns()
func (eRC20Template *ERC20Template) PackCleanPermissions() []byte {
	enc, err := eRC20Template.abi.Pack("cleanPermissions")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCleanPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f189cb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cleanPermissions() returns()
func (eRC20Template *ERC20Template) TryPackCleanPermissions() ([]byte, error) {
	return eRC20Template.abi.Pack("cleanPermissions")
}

// PackCreateDispenser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x191c918a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDispenser(address _dispenser, uint256 maxTokens, uint256 maxBalance, bool withMint, address allowedSwapper) returns()
func (eRC20Template *ERC20Template) PackCreateDispenser(dispenser common.Address, maxTokens *big.Int, maxBalance *big.Int, withMint bool, allowedSwapper common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("createDispenser", dispenser, maxTokens, maxBalance, withMint, allowedSwapper)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDispenser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x191c918a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDispenser(address _dispenser, uint256 maxTokens, uint256 maxBalance, bool withMint, address allowedSwapper) returns()
func (eRC20Template *ERC20Template) TryPackCreateDispenser(dispenser common.Address, maxTokens *big.Int, maxBalance *big.Int, withMint bool, allowedSwapper common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("createDispenser", dispenser, maxTokens, maxBalance, withMint, allowedSwapper)
}

// PackCreateFixedRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b96412b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createFixedRate(address fixedPriceAddress, address[] addresses, uint256[] uints) returns(bytes32 exchangeId)
func (eRC20Template *ERC20Template) PackCreateFixedRate(fixedPriceAddress common.Address, addresses []common.Address, uints []*big.Int) []byte {
	enc, err := eRC20Template.abi.Pack("createFixedRate", fixedPriceAddress, addresses, uints)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateFixedRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b96412b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createFixedRate(address fixedPriceAddress, address[] addresses, uint256[] uints) returns(bytes32 exchangeId)
func (eRC20Template *ERC20Template) TryPackCreateFixedRate(fixedPriceAddress common.Address, addresses []common.Address, uints []*big.Int) ([]byte, error) {
	return eRC20Template.abi.Pack("createFixedRate", fixedPriceAddress, addresses, uints)
}

// UnpackCreateFixedRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b96412b.
//
// Solidity: function createFixedRate(address fixedPriceAddress, address[] addresses, uint256[] uints) returns(bytes32 exchangeId)
func (eRC20Template *ERC20Template) UnpackCreateFixedRate(data []byte) ([32]byte, error) {
	out, err := eRC20Template.abi.Unpack("createFixedRate", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (eRC20Template *ERC20Template) PackDecimals() []byte {
	enc, err := eRC20Template.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (eRC20Template *ERC20Template) TryPackDecimals() ([]byte, error) {
	return eRC20Template.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (eRC20Template *ERC20Template) UnpackDecimals(data []byte) (uint8, error) {
	out, err := eRC20Template.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDecreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa457c2d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (eRC20Template *ERC20Template) PackDecreaseAllowance(spender common.Address, subtractedValue *big.Int) []byte {
	enc, err := eRC20Template.abi.Pack("decreaseAllowance", spender, subtractedValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa457c2d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (eRC20Template *ERC20Template) TryPackDecreaseAllowance(spender common.Address, subtractedValue *big.Int) ([]byte, error) {
	return eRC20Template.abi.Pack("decreaseAllowance", spender, subtractedValue)
}

// UnpackDecreaseAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (eRC20Template *ERC20Template) UnpackDecreaseAllowance(data []byte) (bool, error) {
	out, err := eRC20Template.abi.Unpack("decreaseAllowance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeployPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bfe4da0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployPool(uint256[] ssParams, uint256[] swapFees, address[] addresses) returns(address pool)
func (eRC20Template *ERC20Template) PackDeployPool(ssParams []*big.Int, swapFees []*big.Int, addresses []common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("deployPool", ssParams, swapFees, addresses)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bfe4da0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployPool(uint256[] ssParams, uint256[] swapFees, address[] addresses) returns(address pool)
func (eRC20Template *ERC20Template) TryPackDeployPool(ssParams []*big.Int, swapFees []*big.Int, addresses []common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("deployPool", ssParams, swapFees, addresses)
}

// UnpackDeployPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bfe4da0.
//
// Solidity: function deployPool(uint256[] ssParams, uint256[] swapFees, address[] addresses) returns(address pool)
func (eRC20Template *ERC20Template) UnpackDeployPool(data []byte) (common.Address, error) {
	out, err := eRC20Template.abi.Unpack("deployPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetDispensers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ac7d55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDispensers() view returns(address[])
func (eRC20Template *ERC20Template) PackGetDispensers() []byte {
	enc, err := eRC20Template.abi.Pack("getDispensers")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDispensers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ac7d55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDispensers() view returns(address[])
func (eRC20Template *ERC20Template) TryPackGetDispensers() ([]byte, error) {
	return eRC20Template.abi.Pack("getDispensers")
}

// UnpackGetDispensers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47ac7d55.
//
// Solidity: function getDispensers() view returns(address[])
func (eRC20Template *ERC20Template) UnpackGetDispensers(data []byte) ([]common.Address, error) {
	out, err := eRC20Template.abi.Unpack("getDispensers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetERC721Address is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x007ffb78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getERC721Address() view returns(address)
func (eRC20Template *ERC20Template) PackGetERC721Address() []byte {
	enc, err := eRC20Template.abi.Pack("getERC721Address")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetERC721Address is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x007ffb78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getERC721Address() view returns(address)
func (eRC20Template *ERC20Template) TryPackGetERC721Address() ([]byte, error) {
	return eRC20Template.abi.Pack("getERC721Address")
}

// UnpackGetERC721Address is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x007ffb78.
//
// Solidity: function getERC721Address() view returns(address)
func (eRC20Template *ERC20Template) UnpackGetERC721Address(data []byte) (common.Address, error) {
	out, err := eRC20Template.abi.Unpack("getERC721Address", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetFixedRates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dda231e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFixedRates() view returns((address,bytes32)[])
func (eRC20Template *ERC20Template) PackGetFixedRates() []byte {
	enc, err := eRC20Template.abi.Pack("getFixedRates")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFixedRates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dda231e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFixedRates() view returns((address,bytes32)[])
func (eRC20Template *ERC20Template) TryPackGetFixedRates() ([]byte, error) {
	return eRC20Template.abi.Pack("getFixedRates")
}

// UnpackGetFixedRates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dda231e.
//
// Solidity: function getFixedRates() view returns((address,bytes32)[])
func (eRC20Template *ERC20Template) UnpackGetFixedRates(data []byte) ([]ERC20TemplatefixedRate, error) {
	out, err := eRC20Template.abi.Unpack("getFixedRates", data)
	if err != nil {
		return *new([]ERC20TemplatefixedRate), err
	}
	out0 := *abi.ConvertType(out[0], new([]ERC20TemplatefixedRate)).(*[]ERC20TemplatefixedRate)
	return out0, nil
}

// PackGetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d1ca631.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getId() pure returns(uint8)
func (eRC20Template *ERC20Template) PackGetId() []byte {
	enc, err := eRC20Template.abi.Pack("getId")
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
func (eRC20Template *ERC20Template) TryPackGetId() ([]byte, error) {
	return eRC20Template.abi.Pack("getId")
}

// UnpackGetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d1ca631.
//
// Solidity: function getId() pure returns(uint8)
func (eRC20Template *ERC20Template) UnpackGetId(data []byte) (uint8, error) {
	out, err := eRC20Template.abi.Unpack("getId", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetPaymentCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe487c2e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPaymentCollector() view returns(address)
func (eRC20Template *ERC20Template) PackGetPaymentCollector() []byte {
	enc, err := eRC20Template.abi.Pack("getPaymentCollector")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPaymentCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe487c2e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPaymentCollector() view returns(address)
func (eRC20Template *ERC20Template) TryPackGetPaymentCollector() ([]byte, error) {
	return eRC20Template.abi.Pack("getPaymentCollector")
}

// UnpackGetPaymentCollector is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe487c2e8.
//
// Solidity: function getPaymentCollector() view returns(address)
func (eRC20Template *ERC20Template) UnpackGetPaymentCollector(data []byte) (common.Address, error) {
	out, err := eRC20Template.abi.Unpack("getPaymentCollector", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160a7925.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPermissions(address user) view returns((bool,bool))
func (eRC20Template *ERC20Template) PackGetPermissions(user common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("getPermissions", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160a7925.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPermissions(address user) view returns((bool,bool))
func (eRC20Template *ERC20Template) TryPackGetPermissions(user common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("getPermissions", user)
}

// UnpackGetPermissions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160a7925.
//
// Solidity: function getPermissions(address user) view returns((bool,bool))
func (eRC20Template *ERC20Template) UnpackGetPermissions(data []byte) (ERC20RolesRolesERC20, error) {
	out, err := eRC20Template.abi.Unpack("getPermissions", data)
	if err != nil {
		return *new(ERC20RolesRolesERC20), err
	}
	out0 := *abi.ConvertType(out[0], new(ERC20RolesRolesERC20)).(*ERC20RolesRolesERC20)
	return out0, nil
}

// PackGetPools is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x673a2a1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPools() view returns(address[])
func (eRC20Template *ERC20Template) PackGetPools() []byte {
	enc, err := eRC20Template.abi.Pack("getPools")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPools is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x673a2a1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPools() view returns(address[])
func (eRC20Template *ERC20Template) TryPackGetPools() ([]byte, error) {
	return eRC20Template.abi.Pack("getPools")
}

// UnpackGetPools is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x673a2a1f.
//
// Solidity: function getPools() view returns(address[])
func (eRC20Template *ERC20Template) UnpackGetPools(data []byte) ([]common.Address, error) {
	out, err := eRC20Template.abi.Unpack("getPools", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetPublishingMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x397b3743.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPublishingMarketFee() view returns(address, address, uint256)
func (eRC20Template *ERC20Template) PackGetPublishingMarketFee() []byte {
	enc, err := eRC20Template.abi.Pack("getPublishingMarketFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPublishingMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x397b3743.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPublishingMarketFee() view returns(address, address, uint256)
func (eRC20Template *ERC20Template) TryPackGetPublishingMarketFee() ([]byte, error) {
	return eRC20Template.abi.Pack("getPublishingMarketFee")
}

// GetPublishingMarketFeeOutput serves as a container for the return parameters of contract
// method GetPublishingMarketFee.
type GetPublishingMarketFeeOutput struct {
	Arg0 common.Address
	Arg1 common.Address
	Arg2 *big.Int
}

// UnpackGetPublishingMarketFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x397b3743.
//
// Solidity: function getPublishingMarketFee() view returns(address, address, uint256)
func (eRC20Template *ERC20Template) UnpackGetPublishingMarketFee(data []byte) (GetPublishingMarketFeeOutput, error) {
	out, err := eRC20Template.abi.Unpack("getPublishingMarketFee", data)
	outstruct := new(GetPublishingMarketFeeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39509351.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (eRC20Template *ERC20Template) PackIncreaseAllowance(spender common.Address, addedValue *big.Int) []byte {
	enc, err := eRC20Template.abi.Pack("increaseAllowance", spender, addedValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39509351.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (eRC20Template *ERC20Template) TryPackIncreaseAllowance(spender common.Address, addedValue *big.Int) ([]byte, error) {
	return eRC20Template.abi.Pack("increaseAllowance", spender, addedValue)
}

// UnpackIncreaseAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (eRC20Template *ERC20Template) UnpackIncreaseAllowance(data []byte) (bool, error) {
	out, err := eRC20Template.abi.Unpack("increaseAllowance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3998be0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(string[] strings_, address[] addresses_, address[] factoryAddresses_, uint256[] uints_, bytes[] bytes_) returns(bool)
func (eRC20Template *ERC20Template) PackInitialize(strings []string, addresses []common.Address, factoryAddresses []common.Address, uints []*big.Int, bytes [][]byte) []byte {
	enc, err := eRC20Template.abi.Pack("initialize", strings, addresses, factoryAddresses, uints, bytes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3998be0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(string[] strings_, address[] addresses_, address[] factoryAddresses_, uint256[] uints_, bytes[] bytes_) returns(bool)
func (eRC20Template *ERC20Template) TryPackInitialize(strings []string, addresses []common.Address, factoryAddresses []common.Address, uints []*big.Int, bytes [][]byte) ([]byte, error) {
	return eRC20Template.abi.Pack("initialize", strings, addresses, factoryAddresses, uints, bytes)
}

// UnpackInitialize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3998be0.
//
// Solidity: function initialize(string[] strings_, address[] addresses_, address[] factoryAddresses_, uint256[] uints_, bytes[] bytes_) returns(bool)
func (eRC20Template *ERC20Template) UnpackInitialize(data []byte) (bool, error) {
	out, err := eRC20Template.abi.Unpack("initialize", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsERC20Deployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96fb3eaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isERC20Deployer(address user) view returns(bool)
func (eRC20Template *ERC20Template) PackIsERC20Deployer(user common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("isERC20Deployer", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsERC20Deployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96fb3eaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isERC20Deployer(address user) view returns(bool)
func (eRC20Template *ERC20Template) TryPackIsERC20Deployer(user common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("isERC20Deployer", user)
}

// UnpackIsERC20Deployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96fb3eaf.
//
// Solidity: function isERC20Deployer(address user) view returns(bool)
func (eRC20Template *ERC20Template) UnpackIsERC20Deployer(data []byte) (bool, error) {
	out, err := eRC20Template.abi.Unpack("isERC20Deployer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsInitialized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x392e53cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isInitialized() view returns(bool)
func (eRC20Template *ERC20Template) PackIsInitialized() []byte {
	enc, err := eRC20Template.abi.Pack("isInitialized")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsInitialized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x392e53cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isInitialized() view returns(bool)
func (eRC20Template *ERC20Template) TryPackIsInitialized() ([]byte, error) {
	return eRC20Template.abi.Pack("isInitialized")
}

// UnpackIsInitialized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x392e53cd.
//
// Solidity: function isInitialized() view returns(bool)
func (eRC20Template *ERC20Template) UnpackIsInitialized(data []byte) (bool, error) {
	out, err := eRC20Template.abi.Unpack("isInitialized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa271e1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMinter(address account) view returns(bool)
func (eRC20Template *ERC20Template) PackIsMinter(account common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("isMinter", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa271e1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMinter(address account) view returns(bool)
func (eRC20Template *ERC20Template) TryPackIsMinter(account common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("isMinter", account)
}

// UnpackIsMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa271e1a.
//
// Solidity: function isMinter(address account) view returns(bool)
func (eRC20Template *ERC20Template) UnpackIsMinter(data []byte) (bool, error) {
	out, err := eRC20Template.abi.Unpack("isMinter", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address account, uint256 value) returns()
func (eRC20Template *ERC20Template) PackMint(account common.Address, value *big.Int) []byte {
	enc, err := eRC20Template.abi.Pack("mint", account, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address account, uint256 value) returns()
func (eRC20Template *ERC20Template) TryPackMint(account common.Address, value *big.Int) ([]byte, error) {
	return eRC20Template.abi.Pack("mint", account, value)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (eRC20Template *ERC20Template) PackName() []byte {
	enc, err := eRC20Template.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (eRC20Template *ERC20Template) TryPackName() ([]byte, error) {
	return eRC20Template.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (eRC20Template *ERC20Template) UnpackName(data []byte) (string, error) {
	out, err := eRC20Template.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address ) view returns(uint256)
func (eRC20Template *ERC20Template) PackNonces(arg0 common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("nonces", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address ) view returns(uint256)
func (eRC20Template *ERC20Template) TryPackNonces(arg0 common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("nonces", arg0)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address ) view returns(uint256)
func (eRC20Template *ERC20Template) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := eRC20Template.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOrderExecuted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89208f0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderExecuted(bytes32 orderTxId, bytes providerData, bytes providerSignature, bytes consumerData, bytes consumerSignature, address consumerAddress) returns()
func (eRC20Template *ERC20Template) PackOrderExecuted(orderTxId [32]byte, providerData []byte, providerSignature []byte, consumerData []byte, consumerSignature []byte, consumerAddress common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("orderExecuted", orderTxId, providerData, providerSignature, consumerData, consumerSignature, consumerAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderExecuted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89208f0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderExecuted(bytes32 orderTxId, bytes providerData, bytes providerSignature, bytes consumerData, bytes consumerSignature, address consumerAddress) returns()
func (eRC20Template *ERC20Template) TryPackOrderExecuted(orderTxId [32]byte, providerData []byte, providerSignature []byte, consumerData []byte, consumerSignature []byte, consumerAddress common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("orderExecuted", orderTxId, providerData, providerSignature, consumerData, consumerSignature, consumerAddress)
}

// PackPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e88208.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permissions(address ) view returns(bool minter, bool paymentManager)
func (eRC20Template *ERC20Template) PackPermissions(arg0 common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("permissions", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e88208.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permissions(address ) view returns(bool minter, bool paymentManager)
func (eRC20Template *ERC20Template) TryPackPermissions(arg0 common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("permissions", arg0)
}

// PermissionsOutput serves as a container for the return parameters of contract
// method Permissions.
type PermissionsOutput struct {
	Minter         bool
	PaymentManager bool
}

// UnpackPermissions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e88208.
//
// Solidity: function permissions(address ) view returns(bool minter, bool paymentManager)
func (eRC20Template *ERC20Template) UnpackPermissions(data []byte) (PermissionsOutput, error) {
	out, err := eRC20Template.abi.Unpack("permissions", data)
	outstruct := new(PermissionsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Minter = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.PaymentManager = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (eRC20Template *ERC20Template) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := eRC20Template.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (eRC20Template *ERC20Template) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return eRC20Template.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRemoveMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3092afd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeMinter(address _minter) returns()
func (eRC20Template *ERC20Template) PackRemoveMinter(minter common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("removeMinter", minter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3092afd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeMinter(address _minter) returns()
func (eRC20Template *ERC20Template) TryPackRemoveMinter(minter common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("removeMinter", minter)
}

// PackRemovePaymentManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25b00243.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removePaymentManager(address _paymentManager) returns()
func (eRC20Template *ERC20Template) PackRemovePaymentManager(paymentManager common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("removePaymentManager", paymentManager)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemovePaymentManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25b00243.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removePaymentManager(address _paymentManager) returns()
func (eRC20Template *ERC20Template) TryPackRemovePaymentManager(paymentManager common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("removePaymentManager", paymentManager)
}

// PackReuseOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x361fef49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reuseOrder(bytes32 orderTxId, (address,address,uint256,uint8,bytes32,bytes32,uint256,bytes) _providerFee) returns()
func (eRC20Template *ERC20Template) PackReuseOrder(orderTxId [32]byte, providerFee ERC20TemplateproviderFee) []byte {
	enc, err := eRC20Template.abi.Pack("reuseOrder", orderTxId, providerFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReuseOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x361fef49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reuseOrder(bytes32 orderTxId, (address,address,uint256,uint8,bytes32,bytes32,uint256,bytes) _providerFee) returns()
func (eRC20Template *ERC20Template) TryPackReuseOrder(orderTxId [32]byte, providerFee ERC20TemplateproviderFee) ([]byte, error) {
	return eRC20Template.abi.Pack("reuseOrder", orderTxId, providerFee)
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (eRC20Template *ERC20Template) PackRouter() []byte {
	enc, err := eRC20Template.abi.Pack("router")
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
func (eRC20Template *ERC20Template) TryPackRouter() ([]byte, error) {
	return eRC20Template.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (eRC20Template *ERC20Template) UnpackRouter(data []byte) (common.Address, error) {
	out, err := eRC20Template.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab62f0e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setData(bytes _value) returns()
func (eRC20Template *ERC20Template) PackSetData(value []byte) []byte {
	enc, err := eRC20Template.abi.Pack("setData", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab62f0e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setData(bytes _value) returns()
func (eRC20Template *ERC20Template) TryPackSetData(value []byte) ([]byte, error) {
	return eRC20Template.abi.Pack("setData", value)
}

// PackSetPaymentCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57a3a31b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPaymentCollector(address _newPaymentCollector) returns()
func (eRC20Template *ERC20Template) PackSetPaymentCollector(newPaymentCollector common.Address) []byte {
	enc, err := eRC20Template.abi.Pack("setPaymentCollector", newPaymentCollector)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPaymentCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57a3a31b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPaymentCollector(address _newPaymentCollector) returns()
func (eRC20Template *ERC20Template) TryPackSetPaymentCollector(newPaymentCollector common.Address) ([]byte, error) {
	return eRC20Template.abi.Pack("setPaymentCollector", newPaymentCollector)
}

// PackSetPublishingMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57ad5ff6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPublishingMarketFee(address _publishMarketFeeAddress, address _publishMarketFeeToken, uint256 _publishMarketFeeAmount) returns()
func (eRC20Template *ERC20Template) PackSetPublishingMarketFee(publishMarketFeeAddress common.Address, publishMarketFeeToken common.Address, publishMarketFeeAmount *big.Int) []byte {
	enc, err := eRC20Template.abi.Pack("setPublishingMarketFee", publishMarketFeeAddress, publishMarketFeeToken, publishMarketFeeAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPublishingMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57ad5ff6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPublishingMarketFee(address _publishMarketFeeAddress, address _publishMarketFeeToken, uint256 _publishMarketFeeAmount) returns()
func (eRC20Template *ERC20Template) TryPackSetPublishingMarketFee(publishMarketFeeAddress common.Address, publishMarketFeeToken common.Address, publishMarketFeeAmount *big.Int) ([]byte, error) {
	return eRC20Template.abi.Pack("setPublishingMarketFee", publishMarketFeeAddress, publishMarketFeeToken, publishMarketFeeAmount)
}

// PackStartOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79d9d7f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startOrder(address consumer, uint256 serviceIndex, (address,address,uint256,uint8,bytes32,bytes32,uint256,bytes) _providerFee, (address,address,uint256) _consumeMarketFee) returns()
func (eRC20Template *ERC20Template) PackStartOrder(consumer common.Address, serviceIndex *big.Int, providerFee ERC20TemplateproviderFee, consumeMarketFee ERC20TemplateconsumeMarketFee) []byte {
	enc, err := eRC20Template.abi.Pack("startOrder", consumer, serviceIndex, providerFee, consumeMarketFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79d9d7f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startOrder(address consumer, uint256 serviceIndex, (address,address,uint256,uint8,bytes32,bytes32,uint256,bytes) _providerFee, (address,address,uint256) _consumeMarketFee) returns()
func (eRC20Template *ERC20Template) TryPackStartOrder(consumer common.Address, serviceIndex *big.Int, providerFee ERC20TemplateproviderFee, consumeMarketFee ERC20TemplateconsumeMarketFee) ([]byte, error) {
	return eRC20Template.abi.Pack("startOrder", consumer, serviceIndex, providerFee, consumeMarketFee)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (eRC20Template *ERC20Template) PackSymbol() []byte {
	enc, err := eRC20Template.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (eRC20Template *ERC20Template) TryPackSymbol() ([]byte, error) {
	return eRC20Template.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (eRC20Template *ERC20Template) UnpackSymbol(data []byte) (string, error) {
	out, err := eRC20Template.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (eRC20Template *ERC20Template) PackTotalSupply() []byte {
	enc, err := eRC20Template.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (eRC20Template *ERC20Template) TryPackTotalSupply() ([]byte, error) {
	return eRC20Template.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (eRC20Template *ERC20Template) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := eRC20Template.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (eRC20Template *ERC20Template) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := eRC20Template.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (eRC20Template *ERC20Template) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return eRC20Template.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (eRC20Template *ERC20Template) UnpackTransfer(data []byte) (bool, error) {
	out, err := eRC20Template.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (eRC20Template *ERC20Template) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := eRC20Template.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (eRC20Template *ERC20Template) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return eRC20Template.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (eRC20Template *ERC20Template) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := eRC20Template.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdrawETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe086e5ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawETH() payable returns()
func (eRC20Template *ERC20Template) PackWithdrawETH() []byte {
	enc, err := eRC20Template.abi.Pack("withdrawETH")
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
func (eRC20Template *ERC20Template) TryPackWithdrawETH() ([]byte, error) {
	return eRC20Template.abi.Pack("withdrawETH")
}

// ERC20TemplateAddedMinter represents a AddedMinter event raised by the ERC20Template contract.
type ERC20TemplateAddedMinter struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateAddedMinterEventName = "AddedMinter"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateAddedMinter) ContractEventName() string {
	return ERC20TemplateAddedMinterEventName
}

// UnpackAddedMinterEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddedMinter(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC20Template *ERC20Template) UnpackAddedMinterEvent(log *types.Log) (*ERC20TemplateAddedMinter, error) {
	event := "AddedMinter"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateAddedMinter)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateAddedPaymentManager represents a AddedPaymentManager event raised by the ERC20Template contract.
type ERC20TemplateAddedPaymentManager struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateAddedPaymentManagerEventName = "AddedPaymentManager"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateAddedPaymentManager) ContractEventName() string {
	return ERC20TemplateAddedPaymentManagerEventName
}

// UnpackAddedPaymentManagerEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddedPaymentManager(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC20Template *ERC20Template) UnpackAddedPaymentManagerEvent(log *types.Log) (*ERC20TemplateAddedPaymentManager, error) {
	event := "AddedPaymentManager"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateAddedPaymentManager)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateApproval represents a Approval event raised by the ERC20Template contract.
type ERC20TemplateApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateApproval) ContractEventName() string {
	return ERC20TemplateApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (eRC20Template *ERC20Template) UnpackApprovalEvent(log *types.Log) (*ERC20TemplateApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateApproval)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateCleanedPermissions represents a CleanedPermissions event raised by the ERC20Template contract.
type ERC20TemplateCleanedPermissions struct {
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateCleanedPermissionsEventName = "CleanedPermissions"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateCleanedPermissions) ContractEventName() string {
	return ERC20TemplateCleanedPermissionsEventName
}

// UnpackCleanedPermissionsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CleanedPermissions(address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC20Template *ERC20Template) UnpackCleanedPermissionsEvent(log *types.Log) (*ERC20TemplateCleanedPermissions, error) {
	event := "CleanedPermissions"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateCleanedPermissions)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateConsumeMarketFee represents a ConsumeMarketFee event raised by the ERC20Template contract.
type ERC20TemplateConsumeMarketFee struct {
	ConsumeMarketFeeAddress common.Address
	ConsumeMarketFeeToken   common.Address
	ConsumeMarketFeeAmount  *big.Int
	Raw                     *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateConsumeMarketFeeEventName = "ConsumeMarketFee"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateConsumeMarketFee) ContractEventName() string {
	return ERC20TemplateConsumeMarketFeeEventName
}

// UnpackConsumeMarketFeeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConsumeMarketFee(address indexed consumeMarketFeeAddress, address indexed consumeMarketFeeToken, uint256 consumeMarketFeeAmount)
func (eRC20Template *ERC20Template) UnpackConsumeMarketFeeEvent(log *types.Log) (*ERC20TemplateConsumeMarketFee, error) {
	event := "ConsumeMarketFee"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateConsumeMarketFee)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateMinterApproved represents a MinterApproved event raised by the ERC20Template contract.
type ERC20TemplateMinterApproved struct {
	CurrentMinter common.Address
	NewMinter     common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateMinterApprovedEventName = "MinterApproved"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateMinterApproved) ContractEventName() string {
	return ERC20TemplateMinterApprovedEventName
}

// UnpackMinterApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinterApproved(address currentMinter, address newMinter)
func (eRC20Template *ERC20Template) UnpackMinterApprovedEvent(log *types.Log) (*ERC20TemplateMinterApproved, error) {
	event := "MinterApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateMinterApproved)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateMinterProposed represents a MinterProposed event raised by the ERC20Template contract.
type ERC20TemplateMinterProposed struct {
	CurrentMinter common.Address
	NewMinter     common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateMinterProposedEventName = "MinterProposed"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateMinterProposed) ContractEventName() string {
	return ERC20TemplateMinterProposedEventName
}

// UnpackMinterProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinterProposed(address currentMinter, address newMinter)
func (eRC20Template *ERC20Template) UnpackMinterProposedEvent(log *types.Log) (*ERC20TemplateMinterProposed, error) {
	event := "MinterProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateMinterProposed)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateNewDispenser represents a NewDispenser event raised by the ERC20Template contract.
type ERC20TemplateNewDispenser struct {
	DispenserContract common.Address
	Raw               *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateNewDispenserEventName = "NewDispenser"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateNewDispenser) ContractEventName() string {
	return ERC20TemplateNewDispenserEventName
}

// UnpackNewDispenserEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewDispenser(address dispenserContract)
func (eRC20Template *ERC20Template) UnpackNewDispenserEvent(log *types.Log) (*ERC20TemplateNewDispenser, error) {
	event := "NewDispenser"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateNewDispenser)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateNewFixedRate represents a NewFixedRate event raised by the ERC20Template contract.
type ERC20TemplateNewFixedRate struct {
	ExchangeId       [32]byte
	Owner            common.Address
	ExchangeContract common.Address
	BaseToken        common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateNewFixedRateEventName = "NewFixedRate"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateNewFixedRate) ContractEventName() string {
	return ERC20TemplateNewFixedRateEventName
}

// UnpackNewFixedRateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewFixedRate(bytes32 exchangeId, address indexed owner, address exchangeContract, address indexed baseToken)
func (eRC20Template *ERC20Template) UnpackNewFixedRateEvent(log *types.Log) (*ERC20TemplateNewFixedRate, error) {
	event := "NewFixedRate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateNewFixedRate)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateNewPaymentCollector represents a NewPaymentCollector event raised by the ERC20Template contract.
type ERC20TemplateNewPaymentCollector struct {
	Caller              common.Address
	NewPaymentCollector common.Address
	Timestamp           *big.Int
	BlockNumber         *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateNewPaymentCollectorEventName = "NewPaymentCollector"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateNewPaymentCollector) ContractEventName() string {
	return ERC20TemplateNewPaymentCollectorEventName
}

// UnpackNewPaymentCollectorEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewPaymentCollector(address indexed caller, address indexed _newPaymentCollector, uint256 timestamp, uint256 blockNumber)
func (eRC20Template *ERC20Template) UnpackNewPaymentCollectorEvent(log *types.Log) (*ERC20TemplateNewPaymentCollector, error) {
	event := "NewPaymentCollector"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateNewPaymentCollector)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateNewPool represents a NewPool event raised by the ERC20Template contract.
type ERC20TemplateNewPool struct {
	PoolAddress      common.Address
	SsContract       common.Address
	BaseTokenAddress common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateNewPoolEventName = "NewPool"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateNewPool) ContractEventName() string {
	return ERC20TemplateNewPoolEventName
}

// UnpackNewPoolEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewPool(address poolAddress, address ssContract, address baseTokenAddress)
func (eRC20Template *ERC20Template) UnpackNewPoolEvent(log *types.Log) (*ERC20TemplateNewPool, error) {
	event := "NewPool"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateNewPool)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateOrderExecuted represents a OrderExecuted event raised by the ERC20Template contract.
type ERC20TemplateOrderExecuted struct {
	ProviderAddress   common.Address
	ConsumerAddress   common.Address
	OrderTxId         [32]byte
	ProviderData      []byte
	ProviderSignature []byte
	ConsumerData      []byte
	ConsumerSignature []byte
	Timestamp         *big.Int
	BlockNumber       *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateOrderExecutedEventName = "OrderExecuted"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateOrderExecuted) ContractEventName() string {
	return ERC20TemplateOrderExecutedEventName
}

// UnpackOrderExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderExecuted(address indexed providerAddress, address indexed consumerAddress, bytes32 orderTxId, bytes providerData, bytes providerSignature, bytes consumerData, bytes consumerSignature, uint256 timestamp, uint256 blockNumber)
func (eRC20Template *ERC20Template) UnpackOrderExecutedEvent(log *types.Log) (*ERC20TemplateOrderExecuted, error) {
	event := "OrderExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateOrderExecuted)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateOrderReused represents a OrderReused event raised by the ERC20Template contract.
type ERC20TemplateOrderReused struct {
	OrderTxId [32]byte
	Caller    common.Address
	Timestamp *big.Int
	Number    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateOrderReusedEventName = "OrderReused"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateOrderReused) ContractEventName() string {
	return ERC20TemplateOrderReusedEventName
}

// UnpackOrderReusedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderReused(bytes32 orderTxId, address caller, uint256 timestamp, uint256 number)
func (eRC20Template *ERC20Template) UnpackOrderReusedEvent(log *types.Log) (*ERC20TemplateOrderReused, error) {
	event := "OrderReused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateOrderReused)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateOrderStarted represents a OrderStarted event raised by the ERC20Template contract.
type ERC20TemplateOrderStarted struct {
	Consumer             common.Address
	Payer                common.Address
	Amount               *big.Int
	ServiceIndex         *big.Int
	Timestamp            *big.Int
	PublishMarketAddress common.Address
	BlockNumber          *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateOrderStartedEventName = "OrderStarted"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateOrderStarted) ContractEventName() string {
	return ERC20TemplateOrderStartedEventName
}

// UnpackOrderStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderStarted(address indexed consumer, address payer, uint256 amount, uint256 serviceIndex, uint256 timestamp, address indexed publishMarketAddress, uint256 blockNumber)
func (eRC20Template *ERC20Template) UnpackOrderStartedEvent(log *types.Log) (*ERC20TemplateOrderStarted, error) {
	event := "OrderStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateOrderStarted)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateProviderFee represents a ProviderFee event raised by the ERC20Template contract.
type ERC20TemplateProviderFee struct {
	ProviderFeeAddress common.Address
	ProviderFeeToken   common.Address
	ProviderFeeAmount  *big.Int
	ProviderData       []byte
	V                  uint8
	R                  [32]byte
	S                  [32]byte
	ValidUntil         *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateProviderFeeEventName = "ProviderFee"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateProviderFee) ContractEventName() string {
	return ERC20TemplateProviderFeeEventName
}

// UnpackProviderFeeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderFee(address indexed providerFeeAddress, address indexed providerFeeToken, uint256 providerFeeAmount, bytes providerData, uint8 v, bytes32 r, bytes32 s, uint256 validUntil)
func (eRC20Template *ERC20Template) UnpackProviderFeeEvent(log *types.Log) (*ERC20TemplateProviderFee, error) {
	event := "ProviderFee"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateProviderFee)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplatePublishMarketFee represents a PublishMarketFee event raised by the ERC20Template contract.
type ERC20TemplatePublishMarketFee struct {
	PublishMarketFeeAddress common.Address
	PublishMarketFeeToken   common.Address
	PublishMarketFeeAmount  *big.Int
	Raw                     *types.Log // Blockchain specific contextual infos
}

const ERC20TemplatePublishMarketFeeEventName = "PublishMarketFee"

// ContractEventName returns the user-defined event name.
func (ERC20TemplatePublishMarketFee) ContractEventName() string {
	return ERC20TemplatePublishMarketFeeEventName
}

// UnpackPublishMarketFeeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PublishMarketFee(address indexed PublishMarketFeeAddress, address indexed PublishMarketFeeToken, uint256 PublishMarketFeeAmount)
func (eRC20Template *ERC20Template) UnpackPublishMarketFeeEvent(log *types.Log) (*ERC20TemplatePublishMarketFee, error) {
	event := "PublishMarketFee"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplatePublishMarketFee)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplatePublishMarketFeeChanged represents a PublishMarketFeeChanged event raised by the ERC20Template contract.
type ERC20TemplatePublishMarketFeeChanged struct {
	Caller                  common.Address
	PublishMarketFeeAddress common.Address
	PublishMarketFeeToken   common.Address
	PublishMarketFeeAmount  *big.Int
	Raw                     *types.Log // Blockchain specific contextual infos
}

const ERC20TemplatePublishMarketFeeChangedEventName = "PublishMarketFeeChanged"

// ContractEventName returns the user-defined event name.
func (ERC20TemplatePublishMarketFeeChanged) ContractEventName() string {
	return ERC20TemplatePublishMarketFeeChangedEventName
}

// UnpackPublishMarketFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PublishMarketFeeChanged(address caller, address PublishMarketFeeAddress, address PublishMarketFeeToken, uint256 PublishMarketFeeAmount)
func (eRC20Template *ERC20Template) UnpackPublishMarketFeeChangedEvent(log *types.Log) (*ERC20TemplatePublishMarketFeeChanged, error) {
	event := "PublishMarketFeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplatePublishMarketFeeChanged)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateRemovedMinter represents a RemovedMinter event raised by the ERC20Template contract.
type ERC20TemplateRemovedMinter struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateRemovedMinterEventName = "RemovedMinter"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateRemovedMinter) ContractEventName() string {
	return ERC20TemplateRemovedMinterEventName
}

// UnpackRemovedMinterEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemovedMinter(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC20Template *ERC20Template) UnpackRemovedMinterEvent(log *types.Log) (*ERC20TemplateRemovedMinter, error) {
	event := "RemovedMinter"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateRemovedMinter)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateRemovedPaymentManager represents a RemovedPaymentManager event raised by the ERC20Template contract.
type ERC20TemplateRemovedPaymentManager struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateRemovedPaymentManagerEventName = "RemovedPaymentManager"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateRemovedPaymentManager) ContractEventName() string {
	return ERC20TemplateRemovedPaymentManagerEventName
}

// UnpackRemovedPaymentManagerEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemovedPaymentManager(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC20Template *ERC20Template) UnpackRemovedPaymentManagerEvent(log *types.Log) (*ERC20TemplateRemovedPaymentManager, error) {
	event := "RemovedPaymentManager"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateRemovedPaymentManager)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateTransfer represents a Transfer event raised by the ERC20Template contract.
type ERC20TemplateTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateTransfer) ContractEventName() string {
	return ERC20TemplateTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (eRC20Template *ERC20Template) UnpackTransferEvent(log *types.Log) (*ERC20TemplateTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateTransfer)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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

// ERC20TemplateVestingCreated represents a VestingCreated event raised by the ERC20Template contract.
type ERC20TemplateVestingCreated struct {
	DatatokenAddress   common.Address
	PublisherAddress   common.Address
	VestingEndBlock    *big.Int
	TotalVestingAmount *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateVestingCreatedEventName = "VestingCreated"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateVestingCreated) ContractEventName() string {
	return ERC20TemplateVestingCreatedEventName
}

// UnpackVestingCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VestingCreated(address indexed datatokenAddress, address indexed publisherAddress, uint256 vestingEndBlock, uint256 totalVestingAmount)
func (eRC20Template *ERC20Template) UnpackVestingCreatedEvent(log *types.Log) (*ERC20TemplateVestingCreated, error) {
	event := "VestingCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateVestingCreated)
	if len(log.Data) > 0 {
		if err := eRC20Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20Template.abi.Events[event].Inputs {
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
