// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

// Package erc20templateenterprise is the abigen v2 binding of ERC20TemplateEnterprise from @oceanprotocol/contracts@2.6.0.
// Regenerate with `go generate ./internal/contracts`.
package erc20templateenterprise

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

// ERC20TemplateEnterpriseFreParams is an auto generated low-level Go binding around an user-defined struct.
type ERC20TemplateEnterpriseFreParams struct {
	ExchangeContract   common.Address
	ExchangeId         [32]byte
	MaxBaseTokenAmount *big.Int
	SwapMarketFee      *big.Int
	MarketFeeAddress   common.Address
}

// ERC20TemplateEnterpriseOrderParams is an auto generated low-level Go binding around an user-defined struct.
type ERC20TemplateEnterpriseOrderParams struct {
	Consumer         common.Address
	ServiceIndex     *big.Int
	ProviderFee      ERC20TemplateEnterpriseproviderFee
	ConsumeMarketFee ERC20TemplateEnterpriseconsumeMarketFee
}

// ERC20TemplateEnterpriseconsumeMarketFee is an auto generated low-level Go binding around an user-defined struct.
type ERC20TemplateEnterpriseconsumeMarketFee struct {
	ConsumeMarketFeeAddress common.Address
	ConsumeMarketFeeToken   common.Address
	ConsumeMarketFeeAmount  *big.Int
}

// ERC20TemplateEnterprisefixedRate is an auto generated low-level Go binding around an user-defined struct.
type ERC20TemplateEnterprisefixedRate struct {
	ContractAddress common.Address
	Id              [32]byte
}

// ERC20TemplateEnterpriseproviderFee is an auto generated low-level Go binding around an user-defined struct.
type ERC20TemplateEnterpriseproviderFee struct {
	ProviderFeeAddress common.Address
	ProviderFeeToken   common.Address
	ProviderFeeAmount  *big.Int
	V                  uint8
	R                  [32]byte
	S                  [32]byte
	ValidUntil         *big.Int
	ProviderData       []byte
}

// ERC20TemplateEnterpriseMetaData contains all meta data concerning the ERC20TemplateEnterprise contract.
var ERC20TemplateEnterpriseMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"AddedMinter\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"AddedPaymentManager\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"CleanedPermissions\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumeMarketFeeAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumeMarketFeeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"consumeMarketFeeAmount\",\"type\":\"uint256\"}],\"name\":\"ConsumeMarketFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"currentMinter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newMinter\",\"type\":\"address\"}],\"name\":\"MinterApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"currentMinter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newMinter\",\"type\":\"address\"}],\"name\":\"MinterProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dispenserContract\",\"type\":\"address\"}],\"name\":\"NewDispenser\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"exchangeContract\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"baseToken\",\"type\":\"address\"}],\"name\":\"NewFixedRate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_newPaymentCollector\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"NewPaymentCollector\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"providerAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumerAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"orderTxId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"providerSignature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"consumerData\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"consumerSignature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"OrderExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"orderTxId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"number\",\"type\":\"uint256\"}],\"name\":\"OrderReused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"serviceIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publishMarketAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"OrderStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"providerFeeAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"providerFeeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"providerFeeAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"}],\"name\":\"ProviderFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"PublishMarketFeeAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"PublishMarketFeeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"PublishMarketFeeAmount\",\"type\":\"uint256\"}],\"name\":\"PublishMarketFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"PublishMarketFeeAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"PublishMarketFeeToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"PublishMarketFeeAmount\",\"type\":\"uint256\"}],\"name\":\"PublishMarketFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"RemovedMinter\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"RemovedPaymentManager\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"BASE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PERMIT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_minter\",\"type\":\"address\"}],\"name\":\"addMinter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_paymentManager\",\"type\":\"address\"}],\"name\":\"addPaymentManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"authERC20\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burnFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"serviceIndex\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"providerFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"providerFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"providerFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"}],\"internalType\":\"structERC20TemplateEnterprise.providerFee\",\"name\":\"_providerFee\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"consumeMarketFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"consumeMarketFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"consumeMarketFeeAmount\",\"type\":\"uint256\"}],\"internalType\":\"structERC20TemplateEnterprise.consumeMarketFee\",\"name\":\"_consumeMarketFee\",\"type\":\"tuple\"}],\"internalType\":\"structERC20TemplateEnterprise.OrderParams\",\"name\":\"_orderParams\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"dispenserContract\",\"type\":\"address\"}],\"name\":\"buyFromDispenserAndOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"serviceIndex\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"providerFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"providerFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"providerFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"}],\"internalType\":\"structERC20TemplateEnterprise.providerFee\",\"name\":\"_providerFee\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"consumeMarketFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"consumeMarketFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"consumeMarketFeeAmount\",\"type\":\"uint256\"}],\"internalType\":\"structERC20TemplateEnterprise.consumeMarketFee\",\"name\":\"_consumeMarketFee\",\"type\":\"tuple\"}],\"internalType\":\"structERC20TemplateEnterprise.OrderParams\",\"name\":\"_orderParams\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"exchangeContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxBaseTokenAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"swapMarketFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"marketFeeAddress\",\"type\":\"address\"}],\"internalType\":\"structERC20TemplateEnterprise.FreParams\",\"name\":\"_freParams\",\"type\":\"tuple\"}],\"name\":\"buyFromFreAndOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cleanFrom721\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cleanPermissions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_dispenser\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"withMint\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"createDispenser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"fixedPriceAddress\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints\",\"type\":\"uint256[]\"}],\"name\":\"createFixedRate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subtractedValue\",\"type\":\"uint256\"}],\"name\":\"decreaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getDispensers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getERC721Address\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getFixedRates\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"internalType\":\"structERC20TemplateEnterprise.fixedRate[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getId\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPaymentCollector\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getPermissions\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"minter\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"paymentManager\",\"type\":\"bool\"}],\"internalType\":\"structERC20Roles.RolesERC20\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPublishingMarketFee\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"addedValue\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"strings_\",\"type\":\"string[]\"},{\"internalType\":\"address[]\",\"name\":\"addresses_\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"factoryAddresses_\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints_\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"bytes_\",\"type\":\"bytes[]\"}],\"name\":\"initialize\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"isERC20Deployer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isInitialized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMinter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderTxId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"providerSignature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"consumerData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"consumerSignature\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"consumerAddress\",\"type\":\"address\"}],\"name\":\"orderExecuted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"permissions\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"minter\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"paymentManager\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_minter\",\"type\":\"address\"}],\"name\":\"removeMinter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_paymentManager\",\"type\":\"address\"}],\"name\":\"removePaymentManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderTxId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"providerFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"providerFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"providerFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"}],\"internalType\":\"structERC20TemplateEnterprise.providerFee\",\"name\":\"_providerFee\",\"type\":\"tuple\"}],\"name\":\"reuseOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"router\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"_value\",\"type\":\"bytes\"}],\"name\":\"setData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_newPaymentCollector\",\"type\":\"address\"}],\"name\":\"setPaymentCollector\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_publishMarketFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_publishMarketFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_publishMarketFeeAmount\",\"type\":\"uint256\"}],\"name\":\"setPublishingMarketFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"serviceIndex\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"providerFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"providerFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"providerFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"}],\"internalType\":\"structERC20TemplateEnterprise.providerFee\",\"name\":\"_providerFee\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"consumeMarketFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"consumeMarketFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"consumeMarketFeeAmount\",\"type\":\"uint256\"}],\"internalType\":\"structERC20TemplateEnterprise.consumeMarketFee\",\"name\":\"_consumeMarketFee\",\"type\":\"tuple\"}],\"name\":\"startOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ERC20TemplateEnterprise",
}

// ERC20TemplateEnterprise is an auto generated Go binding around an Ethereum contract.
type ERC20TemplateEnterprise struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ERC20TemplateEnterprise) GetABI() abi.ABI {
	return c.abi
}

// NewERC20TemplateEnterprise creates a new instance of ERC20TemplateEnterprise.
func NewERC20TemplateEnterprise() *ERC20TemplateEnterprise {
	parsed, err := ERC20TemplateEnterpriseMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ERC20TemplateEnterprise{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ERC20TemplateEnterprise) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBASE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec342ad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE() view returns(uint256)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackBASE() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("BASE")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackBASE() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("BASE")
}

// UnpackBASE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec342ad0.
//
// Solidity: function BASE() view returns(uint256)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackBASE(data []byte) (*big.Int, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("BASE", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackDOMAINSEPARATOR() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("DOMAIN_SEPARATOR")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("DOMAIN_SEPARATOR", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackPERMITTYPEHASH() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("PERMIT_TYPEHASH")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackPERMITTYPEHASH() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("PERMIT_TYPEHASH")
}

// UnpackPERMITTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30adf81f.
//
// Solidity: function PERMIT_TYPEHASH() view returns(bytes32)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackPERMITTYPEHASH(data []byte) ([32]byte, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("PERMIT_TYPEHASH", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackAddMinter(minter common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("addMinter", minter)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackAddMinter(minter common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("addMinter", minter)
}

// PackAddPaymentManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa492ef9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addPaymentManager(address _paymentManager) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackAddPaymentManager(paymentManager common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("addPaymentManager", paymentManager)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackAddPaymentManager(paymentManager common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("addPaymentManager", paymentManager)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("allowance", owner, spender)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("allowance", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("approve", spender, amount)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackApprove(data []byte) (bool, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("approve", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackAuthERC20(arg0 *big.Int) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("authERC20", arg0)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackAuthERC20(arg0 *big.Int) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("authERC20", arg0)
}

// UnpackAuthERC20 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef867ff4.
//
// Solidity: function authERC20(uint256 ) view returns(address)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackAuthERC20(data []byte) (common.Address, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("authERC20", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackBalanceOf(account common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("balanceOf", account)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("balanceOf", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackBurn(amount *big.Int) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("burn", amount)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackBurn(amount *big.Int) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("burn", amount)
}

// PackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnFrom(address account, uint256 amount) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackBurnFrom(account common.Address, amount *big.Int) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("burnFrom", account, amount)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackBurnFrom(account common.Address, amount *big.Int) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("burnFrom", account, amount)
}

// PackBuyFromDispenserAndOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b53b05f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyFromDispenserAndOrder((address,uint256,(address,address,uint256,uint8,bytes32,bytes32,uint256,bytes),(address,address,uint256)) _orderParams, address dispenserContract) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackBuyFromDispenserAndOrder(orderParams ERC20TemplateEnterpriseOrderParams, dispenserContract common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("buyFromDispenserAndOrder", orderParams, dispenserContract)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyFromDispenserAndOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b53b05f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyFromDispenserAndOrder((address,uint256,(address,address,uint256,uint8,bytes32,bytes32,uint256,bytes),(address,address,uint256)) _orderParams, address dispenserContract) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackBuyFromDispenserAndOrder(orderParams ERC20TemplateEnterpriseOrderParams, dispenserContract common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("buyFromDispenserAndOrder", orderParams, dispenserContract)
}

// PackBuyFromFreAndOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8c09b0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyFromFreAndOrder((address,uint256,(address,address,uint256,uint8,bytes32,bytes32,uint256,bytes),(address,address,uint256)) _orderParams, (address,bytes32,uint256,uint256,address) _freParams) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackBuyFromFreAndOrder(orderParams ERC20TemplateEnterpriseOrderParams, freParams ERC20TemplateEnterpriseFreParams) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("buyFromFreAndOrder", orderParams, freParams)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyFromFreAndOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8c09b0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyFromFreAndOrder((address,uint256,(address,address,uint256,uint8,bytes32,bytes32,uint256,bytes),(address,address,uint256)) _orderParams, (address,bytes32,uint256,uint256,address) _freParams) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackBuyFromFreAndOrder(orderParams ERC20TemplateEnterpriseOrderParams, freParams ERC20TemplateEnterpriseFreParams) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("buyFromFreAndOrder", orderParams, freParams)
}

// PackCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x355274ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cap() view returns(uint256)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackCap() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("cap")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackCap() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("cap")
}

// UnpackCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x355274ea.
//
// Solidity: function cap() view returns(uint256)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackCap(data []byte) (*big.Int, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("cap", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackCleanFrom721() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("cleanFrom721")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackCleanFrom721() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("cleanFrom721")
}

// PackCleanPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f189cb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cleanPermissions() returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackCleanPermissions() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("cleanPermissions")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackCleanPermissions() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("cleanPermissions")
}

// PackCreateDispenser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x191c918a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDispenser(address _dispenser, uint256 maxTokens, uint256 maxBalance, bool withMint, address ) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackCreateDispenser(dispenser common.Address, maxTokens *big.Int, maxBalance *big.Int, withMint bool, arg4 common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("createDispenser", dispenser, maxTokens, maxBalance, withMint, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDispenser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x191c918a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDispenser(address _dispenser, uint256 maxTokens, uint256 maxBalance, bool withMint, address ) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackCreateDispenser(dispenser common.Address, maxTokens *big.Int, maxBalance *big.Int, withMint bool, arg4 common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("createDispenser", dispenser, maxTokens, maxBalance, withMint, arg4)
}

// PackCreateFixedRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b96412b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createFixedRate(address fixedPriceAddress, address[] addresses, uint256[] uints) returns(bytes32 exchangeId)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackCreateFixedRate(fixedPriceAddress common.Address, addresses []common.Address, uints []*big.Int) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("createFixedRate", fixedPriceAddress, addresses, uints)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackCreateFixedRate(fixedPriceAddress common.Address, addresses []common.Address, uints []*big.Int) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("createFixedRate", fixedPriceAddress, addresses, uints)
}

// UnpackCreateFixedRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b96412b.
//
// Solidity: function createFixedRate(address fixedPriceAddress, address[] addresses, uint256[] uints) returns(bytes32 exchangeId)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackCreateFixedRate(data []byte) ([32]byte, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("createFixedRate", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackDecimals() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("decimals")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackDecimals() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackDecimals(data []byte) (uint8, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("decimals", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackDecreaseAllowance(spender common.Address, subtractedValue *big.Int) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("decreaseAllowance", spender, subtractedValue)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackDecreaseAllowance(spender common.Address, subtractedValue *big.Int) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("decreaseAllowance", spender, subtractedValue)
}

// UnpackDecreaseAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackDecreaseAllowance(data []byte) (bool, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("decreaseAllowance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetDispensers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ac7d55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDispensers() view returns(address[])
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackGetDispensers() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("getDispensers")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackGetDispensers() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("getDispensers")
}

// UnpackGetDispensers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47ac7d55.
//
// Solidity: function getDispensers() view returns(address[])
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackGetDispensers(data []byte) ([]common.Address, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("getDispensers", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackGetERC721Address() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("getERC721Address")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackGetERC721Address() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("getERC721Address")
}

// UnpackGetERC721Address is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x007ffb78.
//
// Solidity: function getERC721Address() view returns(address)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackGetERC721Address(data []byte) (common.Address, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("getERC721Address", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackGetFixedRates() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("getFixedRates")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackGetFixedRates() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("getFixedRates")
}

// UnpackGetFixedRates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dda231e.
//
// Solidity: function getFixedRates() view returns((address,bytes32)[])
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackGetFixedRates(data []byte) ([]ERC20TemplateEnterprisefixedRate, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("getFixedRates", data)
	if err != nil {
		return *new([]ERC20TemplateEnterprisefixedRate), err
	}
	out0 := *abi.ConvertType(out[0], new([]ERC20TemplateEnterprisefixedRate)).(*[]ERC20TemplateEnterprisefixedRate)
	return out0, nil
}

// PackGetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d1ca631.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getId() pure returns(uint8)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackGetId() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("getId")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackGetId() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("getId")
}

// UnpackGetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d1ca631.
//
// Solidity: function getId() pure returns(uint8)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackGetId(data []byte) (uint8, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("getId", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackGetPaymentCollector() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("getPaymentCollector")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackGetPaymentCollector() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("getPaymentCollector")
}

// UnpackGetPaymentCollector is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe487c2e8.
//
// Solidity: function getPaymentCollector() view returns(address)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackGetPaymentCollector(data []byte) (common.Address, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("getPaymentCollector", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackGetPermissions(user common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("getPermissions", user)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackGetPermissions(user common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("getPermissions", user)
}

// UnpackGetPermissions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160a7925.
//
// Solidity: function getPermissions(address user) view returns((bool,bool))
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackGetPermissions(data []byte) (ERC20RolesRolesERC20, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("getPermissions", data)
	if err != nil {
		return *new(ERC20RolesRolesERC20), err
	}
	out0 := *abi.ConvertType(out[0], new(ERC20RolesRolesERC20)).(*ERC20RolesRolesERC20)
	return out0, nil
}

// PackGetPublishingMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x397b3743.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPublishingMarketFee() view returns(address, address, uint256)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackGetPublishingMarketFee() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("getPublishingMarketFee")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackGetPublishingMarketFee() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("getPublishingMarketFee")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackGetPublishingMarketFee(data []byte) (GetPublishingMarketFeeOutput, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("getPublishingMarketFee", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackIncreaseAllowance(spender common.Address, addedValue *big.Int) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("increaseAllowance", spender, addedValue)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackIncreaseAllowance(spender common.Address, addedValue *big.Int) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("increaseAllowance", spender, addedValue)
}

// UnpackIncreaseAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackIncreaseAllowance(data []byte) (bool, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("increaseAllowance", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackInitialize(strings []string, addresses []common.Address, factoryAddresses []common.Address, uints []*big.Int, bytes [][]byte) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("initialize", strings, addresses, factoryAddresses, uints, bytes)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackInitialize(strings []string, addresses []common.Address, factoryAddresses []common.Address, uints []*big.Int, bytes [][]byte) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("initialize", strings, addresses, factoryAddresses, uints, bytes)
}

// UnpackInitialize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3998be0.
//
// Solidity: function initialize(string[] strings_, address[] addresses_, address[] factoryAddresses_, uint256[] uints_, bytes[] bytes_) returns(bool)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackInitialize(data []byte) (bool, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("initialize", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackIsERC20Deployer(user common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("isERC20Deployer", user)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackIsERC20Deployer(user common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("isERC20Deployer", user)
}

// UnpackIsERC20Deployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96fb3eaf.
//
// Solidity: function isERC20Deployer(address user) view returns(bool)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackIsERC20Deployer(data []byte) (bool, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("isERC20Deployer", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackIsInitialized() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("isInitialized")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackIsInitialized() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("isInitialized")
}

// UnpackIsInitialized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x392e53cd.
//
// Solidity: function isInitialized() view returns(bool)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackIsInitialized(data []byte) (bool, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("isInitialized", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackIsMinter(account common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("isMinter", account)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackIsMinter(account common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("isMinter", account)
}

// UnpackIsMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa271e1a.
//
// Solidity: function isMinter(address account) view returns(bool)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackIsMinter(data []byte) (bool, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("isMinter", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackMint(account common.Address, value *big.Int) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("mint", account, value)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackMint(account common.Address, value *big.Int) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("mint", account, value)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackName() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("name")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackName() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackName(data []byte) (string, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("name", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackNonces(arg0 common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("nonces", arg0)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackNonces(arg0 common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("nonces", arg0)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address ) view returns(uint256)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("nonces", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackOrderExecuted(orderTxId [32]byte, providerData []byte, providerSignature []byte, consumerData []byte, consumerSignature []byte, consumerAddress common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("orderExecuted", orderTxId, providerData, providerSignature, consumerData, consumerSignature, consumerAddress)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackOrderExecuted(orderTxId [32]byte, providerData []byte, providerSignature []byte, consumerData []byte, consumerSignature []byte, consumerAddress common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("orderExecuted", orderTxId, providerData, providerSignature, consumerData, consumerSignature, consumerAddress)
}

// PackPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e88208.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permissions(address ) view returns(bool minter, bool paymentManager)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackPermissions(arg0 common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("permissions", arg0)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackPermissions(arg0 common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("permissions", arg0)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackPermissions(data []byte) (PermissionsOutput, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("permissions", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRemoveMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3092afd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeMinter(address _minter) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackRemoveMinter(minter common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("removeMinter", minter)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackRemoveMinter(minter common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("removeMinter", minter)
}

// PackRemovePaymentManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25b00243.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removePaymentManager(address _paymentManager) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackRemovePaymentManager(paymentManager common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("removePaymentManager", paymentManager)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackRemovePaymentManager(paymentManager common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("removePaymentManager", paymentManager)
}

// PackReuseOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x361fef49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reuseOrder(bytes32 orderTxId, (address,address,uint256,uint8,bytes32,bytes32,uint256,bytes) _providerFee) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackReuseOrder(orderTxId [32]byte, providerFee ERC20TemplateEnterpriseproviderFee) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("reuseOrder", orderTxId, providerFee)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackReuseOrder(orderTxId [32]byte, providerFee ERC20TemplateEnterpriseproviderFee) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("reuseOrder", orderTxId, providerFee)
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackRouter() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("router")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackRouter() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackRouter(data []byte) (common.Address, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("router", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackSetData(value []byte) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("setData", value)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackSetData(value []byte) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("setData", value)
}

// PackSetPaymentCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57a3a31b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPaymentCollector(address _newPaymentCollector) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackSetPaymentCollector(newPaymentCollector common.Address) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("setPaymentCollector", newPaymentCollector)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackSetPaymentCollector(newPaymentCollector common.Address) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("setPaymentCollector", newPaymentCollector)
}

// PackSetPublishingMarketFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57ad5ff6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPublishingMarketFee(address _publishMarketFeeAddress, address _publishMarketFeeToken, uint256 _publishMarketFeeAmount) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackSetPublishingMarketFee(publishMarketFeeAddress common.Address, publishMarketFeeToken common.Address, publishMarketFeeAmount *big.Int) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("setPublishingMarketFee", publishMarketFeeAddress, publishMarketFeeToken, publishMarketFeeAmount)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackSetPublishingMarketFee(publishMarketFeeAddress common.Address, publishMarketFeeToken common.Address, publishMarketFeeAmount *big.Int) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("setPublishingMarketFee", publishMarketFeeAddress, publishMarketFeeToken, publishMarketFeeAmount)
}

// PackStartOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79d9d7f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startOrder(address consumer, uint256 serviceIndex, (address,address,uint256,uint8,bytes32,bytes32,uint256,bytes) _providerFee, (address,address,uint256) _consumeMarketFee) returns()
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackStartOrder(consumer common.Address, serviceIndex *big.Int, providerFee ERC20TemplateEnterpriseproviderFee, consumeMarketFee ERC20TemplateEnterpriseconsumeMarketFee) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("startOrder", consumer, serviceIndex, providerFee, consumeMarketFee)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackStartOrder(consumer common.Address, serviceIndex *big.Int, providerFee ERC20TemplateEnterpriseproviderFee, consumeMarketFee ERC20TemplateEnterpriseconsumeMarketFee) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("startOrder", consumer, serviceIndex, providerFee, consumeMarketFee)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackSymbol() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("symbol")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackSymbol() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackSymbol(data []byte) (string, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("symbol", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackTotalSupply() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("totalSupply")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackTotalSupply() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("totalSupply", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("transfer", to, amount)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackTransfer(data []byte) (bool, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("transfer", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("transferFrom", from, to, amount)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := eRC20TemplateEnterprise.abi.Unpack("transferFrom", data)
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) PackWithdrawETH() []byte {
	enc, err := eRC20TemplateEnterprise.abi.Pack("withdrawETH")
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
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) TryPackWithdrawETH() ([]byte, error) {
	return eRC20TemplateEnterprise.abi.Pack("withdrawETH")
}

// ERC20TemplateEnterpriseAddedMinter represents a AddedMinter event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseAddedMinter struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseAddedMinterEventName = "AddedMinter"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseAddedMinter) ContractEventName() string {
	return ERC20TemplateEnterpriseAddedMinterEventName
}

// UnpackAddedMinterEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddedMinter(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackAddedMinterEvent(log *types.Log) (*ERC20TemplateEnterpriseAddedMinter, error) {
	event := "AddedMinter"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseAddedMinter)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseAddedPaymentManager represents a AddedPaymentManager event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseAddedPaymentManager struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseAddedPaymentManagerEventName = "AddedPaymentManager"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseAddedPaymentManager) ContractEventName() string {
	return ERC20TemplateEnterpriseAddedPaymentManagerEventName
}

// UnpackAddedPaymentManagerEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddedPaymentManager(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackAddedPaymentManagerEvent(log *types.Log) (*ERC20TemplateEnterpriseAddedPaymentManager, error) {
	event := "AddedPaymentManager"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseAddedPaymentManager)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseApproval represents a Approval event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseApproval) ContractEventName() string {
	return ERC20TemplateEnterpriseApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackApprovalEvent(log *types.Log) (*ERC20TemplateEnterpriseApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseApproval)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseCleanedPermissions represents a CleanedPermissions event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseCleanedPermissions struct {
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseCleanedPermissionsEventName = "CleanedPermissions"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseCleanedPermissions) ContractEventName() string {
	return ERC20TemplateEnterpriseCleanedPermissionsEventName
}

// UnpackCleanedPermissionsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CleanedPermissions(address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackCleanedPermissionsEvent(log *types.Log) (*ERC20TemplateEnterpriseCleanedPermissions, error) {
	event := "CleanedPermissions"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseCleanedPermissions)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseConsumeMarketFee represents a ConsumeMarketFee event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseConsumeMarketFee struct {
	ConsumeMarketFeeAddress common.Address
	ConsumeMarketFeeToken   common.Address
	ConsumeMarketFeeAmount  *big.Int
	Raw                     *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseConsumeMarketFeeEventName = "ConsumeMarketFee"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseConsumeMarketFee) ContractEventName() string {
	return ERC20TemplateEnterpriseConsumeMarketFeeEventName
}

// UnpackConsumeMarketFeeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConsumeMarketFee(address indexed consumeMarketFeeAddress, address indexed consumeMarketFeeToken, uint256 consumeMarketFeeAmount)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackConsumeMarketFeeEvent(log *types.Log) (*ERC20TemplateEnterpriseConsumeMarketFee, error) {
	event := "ConsumeMarketFee"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseConsumeMarketFee)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseMinterApproved represents a MinterApproved event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseMinterApproved struct {
	CurrentMinter common.Address
	NewMinter     common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseMinterApprovedEventName = "MinterApproved"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseMinterApproved) ContractEventName() string {
	return ERC20TemplateEnterpriseMinterApprovedEventName
}

// UnpackMinterApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinterApproved(address currentMinter, address newMinter)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackMinterApprovedEvent(log *types.Log) (*ERC20TemplateEnterpriseMinterApproved, error) {
	event := "MinterApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseMinterApproved)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseMinterProposed represents a MinterProposed event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseMinterProposed struct {
	CurrentMinter common.Address
	NewMinter     common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseMinterProposedEventName = "MinterProposed"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseMinterProposed) ContractEventName() string {
	return ERC20TemplateEnterpriseMinterProposedEventName
}

// UnpackMinterProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinterProposed(address currentMinter, address newMinter)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackMinterProposedEvent(log *types.Log) (*ERC20TemplateEnterpriseMinterProposed, error) {
	event := "MinterProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseMinterProposed)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseNewDispenser represents a NewDispenser event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseNewDispenser struct {
	DispenserContract common.Address
	Raw               *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseNewDispenserEventName = "NewDispenser"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseNewDispenser) ContractEventName() string {
	return ERC20TemplateEnterpriseNewDispenserEventName
}

// UnpackNewDispenserEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewDispenser(address dispenserContract)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackNewDispenserEvent(log *types.Log) (*ERC20TemplateEnterpriseNewDispenser, error) {
	event := "NewDispenser"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseNewDispenser)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseNewFixedRate represents a NewFixedRate event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseNewFixedRate struct {
	ExchangeId       [32]byte
	Owner            common.Address
	ExchangeContract common.Address
	BaseToken        common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseNewFixedRateEventName = "NewFixedRate"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseNewFixedRate) ContractEventName() string {
	return ERC20TemplateEnterpriseNewFixedRateEventName
}

// UnpackNewFixedRateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewFixedRate(bytes32 exchangeId, address indexed owner, address exchangeContract, address indexed baseToken)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackNewFixedRateEvent(log *types.Log) (*ERC20TemplateEnterpriseNewFixedRate, error) {
	event := "NewFixedRate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseNewFixedRate)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseNewPaymentCollector represents a NewPaymentCollector event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseNewPaymentCollector struct {
	Caller              common.Address
	NewPaymentCollector common.Address
	Timestamp           *big.Int
	BlockNumber         *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseNewPaymentCollectorEventName = "NewPaymentCollector"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseNewPaymentCollector) ContractEventName() string {
	return ERC20TemplateEnterpriseNewPaymentCollectorEventName
}

// UnpackNewPaymentCollectorEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewPaymentCollector(address indexed caller, address indexed _newPaymentCollector, uint256 timestamp, uint256 blockNumber)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackNewPaymentCollectorEvent(log *types.Log) (*ERC20TemplateEnterpriseNewPaymentCollector, error) {
	event := "NewPaymentCollector"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseNewPaymentCollector)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseOrderExecuted represents a OrderExecuted event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseOrderExecuted struct {
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

const ERC20TemplateEnterpriseOrderExecutedEventName = "OrderExecuted"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseOrderExecuted) ContractEventName() string {
	return ERC20TemplateEnterpriseOrderExecutedEventName
}

// UnpackOrderExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderExecuted(address indexed providerAddress, address indexed consumerAddress, bytes32 orderTxId, bytes providerData, bytes providerSignature, bytes consumerData, bytes consumerSignature, uint256 timestamp, uint256 blockNumber)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackOrderExecutedEvent(log *types.Log) (*ERC20TemplateEnterpriseOrderExecuted, error) {
	event := "OrderExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseOrderExecuted)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseOrderReused represents a OrderReused event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseOrderReused struct {
	OrderTxId [32]byte
	Caller    common.Address
	Timestamp *big.Int
	Number    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseOrderReusedEventName = "OrderReused"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseOrderReused) ContractEventName() string {
	return ERC20TemplateEnterpriseOrderReusedEventName
}

// UnpackOrderReusedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderReused(bytes32 orderTxId, address caller, uint256 timestamp, uint256 number)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackOrderReusedEvent(log *types.Log) (*ERC20TemplateEnterpriseOrderReused, error) {
	event := "OrderReused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseOrderReused)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseOrderStarted represents a OrderStarted event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseOrderStarted struct {
	Consumer             common.Address
	Payer                common.Address
	Amount               *big.Int
	ServiceIndex         *big.Int
	Timestamp            *big.Int
	PublishMarketAddress common.Address
	BlockNumber          *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseOrderStartedEventName = "OrderStarted"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseOrderStarted) ContractEventName() string {
	return ERC20TemplateEnterpriseOrderStartedEventName
}

// UnpackOrderStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderStarted(address indexed consumer, address payer, uint256 amount, uint256 serviceIndex, uint256 timestamp, address indexed publishMarketAddress, uint256 blockNumber)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackOrderStartedEvent(log *types.Log) (*ERC20TemplateEnterpriseOrderStarted, error) {
	event := "OrderStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseOrderStarted)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseProviderFee represents a ProviderFee event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseProviderFee struct {
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

const ERC20TemplateEnterpriseProviderFeeEventName = "ProviderFee"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseProviderFee) ContractEventName() string {
	return ERC20TemplateEnterpriseProviderFeeEventName
}

// UnpackProviderFeeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderFee(address indexed providerFeeAddress, address indexed providerFeeToken, uint256 providerFeeAmount, bytes providerData, uint8 v, bytes32 r, bytes32 s, uint256 validUntil)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackProviderFeeEvent(log *types.Log) (*ERC20TemplateEnterpriseProviderFee, error) {
	event := "ProviderFee"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseProviderFee)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterprisePublishMarketFee represents a PublishMarketFee event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterprisePublishMarketFee struct {
	PublishMarketFeeAddress common.Address
	PublishMarketFeeToken   common.Address
	PublishMarketFeeAmount  *big.Int
	Raw                     *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterprisePublishMarketFeeEventName = "PublishMarketFee"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterprisePublishMarketFee) ContractEventName() string {
	return ERC20TemplateEnterprisePublishMarketFeeEventName
}

// UnpackPublishMarketFeeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PublishMarketFee(address indexed PublishMarketFeeAddress, address indexed PublishMarketFeeToken, uint256 PublishMarketFeeAmount)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackPublishMarketFeeEvent(log *types.Log) (*ERC20TemplateEnterprisePublishMarketFee, error) {
	event := "PublishMarketFee"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterprisePublishMarketFee)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterprisePublishMarketFeeChanged represents a PublishMarketFeeChanged event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterprisePublishMarketFeeChanged struct {
	Caller                  common.Address
	PublishMarketFeeAddress common.Address
	PublishMarketFeeToken   common.Address
	PublishMarketFeeAmount  *big.Int
	Raw                     *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterprisePublishMarketFeeChangedEventName = "PublishMarketFeeChanged"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterprisePublishMarketFeeChanged) ContractEventName() string {
	return ERC20TemplateEnterprisePublishMarketFeeChangedEventName
}

// UnpackPublishMarketFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PublishMarketFeeChanged(address caller, address PublishMarketFeeAddress, address PublishMarketFeeToken, uint256 PublishMarketFeeAmount)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackPublishMarketFeeChangedEvent(log *types.Log) (*ERC20TemplateEnterprisePublishMarketFeeChanged, error) {
	event := "PublishMarketFeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterprisePublishMarketFeeChanged)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseRemovedMinter represents a RemovedMinter event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseRemovedMinter struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseRemovedMinterEventName = "RemovedMinter"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseRemovedMinter) ContractEventName() string {
	return ERC20TemplateEnterpriseRemovedMinterEventName
}

// UnpackRemovedMinterEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemovedMinter(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackRemovedMinterEvent(log *types.Log) (*ERC20TemplateEnterpriseRemovedMinter, error) {
	event := "RemovedMinter"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseRemovedMinter)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseRemovedPaymentManager represents a RemovedPaymentManager event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseRemovedPaymentManager struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseRemovedPaymentManagerEventName = "RemovedPaymentManager"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseRemovedPaymentManager) ContractEventName() string {
	return ERC20TemplateEnterpriseRemovedPaymentManagerEventName
}

// UnpackRemovedPaymentManagerEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemovedPaymentManager(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackRemovedPaymentManagerEvent(log *types.Log) (*ERC20TemplateEnterpriseRemovedPaymentManager, error) {
	event := "RemovedPaymentManager"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseRemovedPaymentManager)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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

// ERC20TemplateEnterpriseTransfer represents a Transfer event raised by the ERC20TemplateEnterprise contract.
type ERC20TemplateEnterpriseTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ERC20TemplateEnterpriseTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ERC20TemplateEnterpriseTransfer) ContractEventName() string {
	return ERC20TemplateEnterpriseTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (eRC20TemplateEnterprise *ERC20TemplateEnterprise) UnpackTransferEvent(log *types.Log) (*ERC20TemplateEnterpriseTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC20TemplateEnterprise.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC20TemplateEnterpriseTransfer)
	if len(log.Data) > 0 {
		if err := eRC20TemplateEnterprise.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC20TemplateEnterprise.abi.Events[event].Inputs {
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
