// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

// Package factoryrouter is the abigen v2 binding of FactoryRouter from @oceanprotocol/contracts@2.6.0.
// Regenerate with `go generate ./internal/contracts`.
package factoryrouter

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

// IFactoryRouterOperations is an auto generated low-level Go binding around an user-defined struct.
type IFactoryRouterOperations struct {
	ExchangeIds      [32]byte
	Source           common.Address
	Operation        uint8
	TokenIn          common.Address
	AmountsIn        *big.Int
	TokenOut         common.Address
	AmountsOut       *big.Int
	MaxPrice         *big.Int
	SwapMarketFee    *big.Int
	MarketFeeAddress common.Address
}

// IFactoryRouterStakes is an auto generated low-level Go binding around an user-defined struct.
type IFactoryRouterStakes struct {
	PoolAddress      common.Address
	TokenAmountIn    *big.Int
	MinPoolAmountOut *big.Int
}

// FactoryRouterMetaData contains all meta data concerning the FactoryRouter contract.
var FactoryRouterMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_routerOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_oceanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_bpoolTemplate\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_opcCollector\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"_preCreatedPools\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newBPoolAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registeredBy\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"datatokenAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"baseTokenAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"bpoolTemplateAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"ssAddress\",\"type\":\"address\"}],\"name\":\"BPoolCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"DispenserContractAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"DispenserContractRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"FactoryContractChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"FixedRateContractAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"FixedRateContractRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"instance\",\"type\":\"address\"}],\"name\":\"InstanceDeployed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poolAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"isOcean\",\"type\":\"bool\"}],\"name\":\"NewPool\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_newOpcCollector\",\"type\":\"address\"}],\"name\":\"OPCCollectorChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newSwapOceanFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newSwapNonOceanFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newConsumeFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newProviderFee\",\"type\":\"uint256\"}],\"name\":\"OPCFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"PoolTemplateAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"PoolTemplateRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newRouter\",\"type\":\"address\"}],\"name\":\"RouterChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"SSContractAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"SSContractRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minVestingPeriodInBlocks\",\"type\":\"uint256\"}],\"name\":\"VestingPeriodChanges\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BONE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BPOW_PRECISION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXIT_FEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INIT_POOL_SUPPLY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BOUND_TOKENS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BPOW_BASE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_IN_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OUT_RATIO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOTAL_WEIGHT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WEIGHT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_BALANCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_BOUND_TOKENS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_BPOW_BASE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_FEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WEIGHT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenAddress\",\"type\":\"address\"}],\"name\":\"addApprovedToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_dispenser\",\"type\":\"address\"}],\"name\":\"addDispenserContract\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_factory\",\"type\":\"address\"}],\"name\":\"addFactory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_fixedRate\",\"type\":\"address\"}],\"name\":\"addFixedRateContract\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poolTemplate\",\"type\":\"address\"}],\"name\":\"addPoolTemplate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_ssContract\",\"type\":\"address\"}],\"name\":\"addSSContract\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"approvedTokens\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeIds\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"enumIFactoryRouter.operationType\",\"name\":\"operation\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"tokenIn\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amountsIn\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"tokenOut\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amountsOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"swapMarketFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"marketFeeAddress\",\"type\":\"address\"}],\"internalType\":\"structIFactoryRouter.Operations[]\",\"name\":\"_operations\",\"type\":\"tuple[]\"}],\"name\":\"buyDTBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_routerOwner\",\"type\":\"address\"}],\"name\":\"changeRouterOwner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"consumeFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_dispenser\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"allowedSwapper\",\"type\":\"address\"}],\"name\":\"deployDispenser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"fixedPriceAddress\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints\",\"type\":\"uint256[]\"}],\"name\":\"deployFixedRate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[2]\",\"name\":\"tokens\",\"type\":\"address[2]\"},{\"internalType\":\"uint256[]\",\"name\":\"ssParams\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"swapFees\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"}],\"name\":\"deployPool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"dispensers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fixedRate\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"fixedrates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getApprovedTokens\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getDispensersContracts\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getFixedRatesContracts\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinVestingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getOPCCollector\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getOPCConsumeFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"baseToken\",\"type\":\"address\"}],\"name\":\"getOPCFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getOPCFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getOPCProviderFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPoolTemplates\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getSSContracts\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenAddress\",\"type\":\"address\"}],\"name\":\"isApprovedToken\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_dispenser\",\"type\":\"address\"}],\"name\":\"isDispenserContract\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_fixedRate\",\"type\":\"address\"}],\"name\":\"isFixedRateContract\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poolTemplate\",\"type\":\"address\"}],\"name\":\"isPoolTemplate\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_ssContract\",\"type\":\"address\"}],\"name\":\"isSSContract\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minVestingPeriodInBlocks\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"opcCollector\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"poolTemplates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"providerFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenAddress\",\"type\":\"address\"}],\"name\":\"removeApprovedToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_dispenser\",\"type\":\"address\"}],\"name\":\"removeDispenserContract\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_fixedRate\",\"type\":\"address\"}],\"name\":\"removeFixedRateContract\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poolTemplate\",\"type\":\"address\"}],\"name\":\"removePoolTemplate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_ssContract\",\"type\":\"address\"}],\"name\":\"removeSSContract\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"routerOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"ssContracts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"poolAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenAmountIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minPoolAmountOut\",\"type\":\"uint256\"}],\"internalType\":\"structIFactoryRouter.Stakes[]\",\"name\":\"_stakes\",\"type\":\"tuple[]\"}],\"name\":\"stakeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"swapNonOceanFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"swapOceanFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_newPeriod\",\"type\":\"uint256\"}],\"name\":\"updateMinVestingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_opcCollector\",\"type\":\"address\"}],\"name\":\"updateOPCCollector\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_newSwapOceanFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_newSwapNonOceanFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_newConsumeFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_newProviderFee\",\"type\":\"uint256\"}],\"name\":\"updateOPCFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "FactoryRouter",
}

// FactoryRouter is an auto generated Go binding around an Ethereum contract.
type FactoryRouter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FactoryRouter) GetABI() abi.ABI {
	return c.abi
}

// NewFactoryRouter creates a new instance of FactoryRouter.
func NewFactoryRouter() *FactoryRouter {
	parsed, err := FactoryRouterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FactoryRouter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FactoryRouter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _routerOwner, address _oceanToken, address _bpoolTemplate, address _opcCollector, address[] _preCreatedPools) returns()
func (factoryRouter *FactoryRouter) PackConstructor(_routerOwner common.Address, _oceanToken common.Address, _bpoolTemplate common.Address, _opcCollector common.Address, _preCreatedPools []common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("", _routerOwner, _oceanToken, _bpoolTemplate, _opcCollector, _preCreatedPools)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36596a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BONE() view returns(uint256)
func (factoryRouter *FactoryRouter) PackBONE() []byte {
	enc, err := factoryRouter.abi.Pack("BONE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36596a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BONE() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackBONE() ([]byte, error) {
	return factoryRouter.abi.Pack("BONE")
}

// UnpackBONE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc36596a6.
//
// Solidity: function BONE() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackBONE(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("BONE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBPOWPRECISION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189d00ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPOW_PRECISION() view returns(uint256)
func (factoryRouter *FactoryRouter) PackBPOWPRECISION() []byte {
	enc, err := factoryRouter.abi.Pack("BPOW_PRECISION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPOWPRECISION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189d00ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPOW_PRECISION() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackBPOWPRECISION() ([]byte, error) {
	return factoryRouter.abi.Pack("BPOW_PRECISION")
}

// UnpackBPOWPRECISION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x189d00ca.
//
// Solidity: function BPOW_PRECISION() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackBPOWPRECISION(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("BPOW_PRECISION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEXITFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6580d12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXIT_FEE() view returns(uint256)
func (factoryRouter *FactoryRouter) PackEXITFEE() []byte {
	enc, err := factoryRouter.abi.Pack("EXIT_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXITFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6580d12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXIT_FEE() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackEXITFEE() ([]byte, error) {
	return factoryRouter.abi.Pack("EXIT_FEE")
}

// UnpackEXITFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6580d12.
//
// Solidity: function EXIT_FEE() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackEXITFEE(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("EXIT_FEE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackINITPOOLSUPPLY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9381cd2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function INIT_POOL_SUPPLY() view returns(uint256)
func (factoryRouter *FactoryRouter) PackINITPOOLSUPPLY() []byte {
	enc, err := factoryRouter.abi.Pack("INIT_POOL_SUPPLY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackINITPOOLSUPPLY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9381cd2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function INIT_POOL_SUPPLY() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackINITPOOLSUPPLY() ([]byte, error) {
	return factoryRouter.abi.Pack("INIT_POOL_SUPPLY")
}

// UnpackINITPOOLSUPPLY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9381cd2b.
//
// Solidity: function INIT_POOL_SUPPLY() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackINITPOOLSUPPLY(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("INIT_POOL_SUPPLY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXBOUNDTOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0e0d136.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BOUND_TOKENS() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMAXBOUNDTOKENS() []byte {
	enc, err := factoryRouter.abi.Pack("MAX_BOUND_TOKENS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBOUNDTOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0e0d136.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BOUND_TOKENS() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackMAXBOUNDTOKENS() ([]byte, error) {
	return factoryRouter.abi.Pack("MAX_BOUND_TOKENS")
}

// UnpackMAXBOUNDTOKENS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0e0d136.
//
// Solidity: function MAX_BOUND_TOKENS() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMAXBOUNDTOKENS(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MAX_BOUND_TOKENS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXBPOWBASE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc694ea2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BPOW_BASE() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMAXBPOWBASE() []byte {
	enc, err := factoryRouter.abi.Pack("MAX_BPOW_BASE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBPOWBASE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc694ea2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BPOW_BASE() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackMAXBPOWBASE() ([]byte, error) {
	return factoryRouter.abi.Pack("MAX_BPOW_BASE")
}

// UnpackMAXBPOWBASE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc694ea2.
//
// Solidity: function MAX_BPOW_BASE() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMAXBPOWBASE(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MAX_BPOW_BASE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc063e1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMAXFEE() []byte {
	enc, err := factoryRouter.abi.Pack("MAX_FEE")
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
func (factoryRouter *FactoryRouter) TryPackMAXFEE() ([]byte, error) {
	return factoryRouter.abi.Pack("MAX_FEE")
}

// UnpackMAXFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMAXFEE(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MAX_FEE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXINRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec093021.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_IN_RATIO() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMAXINRATIO() []byte {
	enc, err := factoryRouter.abi.Pack("MAX_IN_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec093021.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_IN_RATIO() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackMAXINRATIO() ([]byte, error) {
	return factoryRouter.abi.Pack("MAX_IN_RATIO")
}

// UnpackMAXINRATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec093021.
//
// Solidity: function MAX_IN_RATIO() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMAXINRATIO(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MAX_IN_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXOUTRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x992e2a92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OUT_RATIO() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMAXOUTRATIO() []byte {
	enc, err := factoryRouter.abi.Pack("MAX_OUT_RATIO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOUTRATIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x992e2a92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OUT_RATIO() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackMAXOUTRATIO() ([]byte, error) {
	return factoryRouter.abi.Pack("MAX_OUT_RATIO")
}

// UnpackMAXOUTRATIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x992e2a92.
//
// Solidity: function MAX_OUT_RATIO() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMAXOUTRATIO(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MAX_OUT_RATIO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTOTALWEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09a3bbe4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TOTAL_WEIGHT() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMAXTOTALWEIGHT() []byte {
	enc, err := factoryRouter.abi.Pack("MAX_TOTAL_WEIGHT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTOTALWEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09a3bbe4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TOTAL_WEIGHT() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackMAXTOTALWEIGHT() ([]byte, error) {
	return factoryRouter.abi.Pack("MAX_TOTAL_WEIGHT")
}

// UnpackMAXTOTALWEIGHT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09a3bbe4.
//
// Solidity: function MAX_TOTAL_WEIGHT() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMAXTOTALWEIGHT(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MAX_TOTAL_WEIGHT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXWEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4a28a52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WEIGHT() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMAXWEIGHT() []byte {
	enc, err := factoryRouter.abi.Pack("MAX_WEIGHT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4a28a52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WEIGHT() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackMAXWEIGHT() ([]byte, error) {
	return factoryRouter.abi.Pack("MAX_WEIGHT")
}

// UnpackMAXWEIGHT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4a28a52.
//
// Solidity: function MAX_WEIGHT() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMAXWEIGHT(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MAX_WEIGHT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINBALANCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x867378c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_BALANCE() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMINBALANCE() []byte {
	enc, err := factoryRouter.abi.Pack("MIN_BALANCE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINBALANCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x867378c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_BALANCE() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackMINBALANCE() ([]byte, error) {
	return factoryRouter.abi.Pack("MIN_BALANCE")
}

// UnpackMINBALANCE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x867378c5.
//
// Solidity: function MIN_BALANCE() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMINBALANCE(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MIN_BALANCE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINBOUNDTOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7b800a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_BOUND_TOKENS() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMINBOUNDTOKENS() []byte {
	enc, err := factoryRouter.abi.Pack("MIN_BOUND_TOKENS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINBOUNDTOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7b800a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_BOUND_TOKENS() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackMINBOUNDTOKENS() ([]byte, error) {
	return factoryRouter.abi.Pack("MIN_BOUND_TOKENS")
}

// UnpackMINBOUNDTOKENS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7b800a4.
//
// Solidity: function MIN_BOUND_TOKENS() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMINBOUNDTOKENS(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MIN_BOUND_TOKENS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINBPOWBASE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba019dab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_BPOW_BASE() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMINBPOWBASE() []byte {
	enc, err := factoryRouter.abi.Pack("MIN_BPOW_BASE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINBPOWBASE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba019dab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_BPOW_BASE() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackMINBPOWBASE() ([]byte, error) {
	return factoryRouter.abi.Pack("MIN_BPOW_BASE")
}

// UnpackMINBPOWBASE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba019dab.
//
// Solidity: function MIN_BPOW_BASE() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMINBPOWBASE(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MIN_BPOW_BASE", data)
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
func (factoryRouter *FactoryRouter) PackMINFEE() []byte {
	enc, err := factoryRouter.abi.Pack("MIN_FEE")
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
func (factoryRouter *FactoryRouter) TryPackMINFEE() ([]byte, error) {
	return factoryRouter.abi.Pack("MIN_FEE")
}

// UnpackMINFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76c7a3c7.
//
// Solidity: function MIN_FEE() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMINFEE(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MIN_FEE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINWEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x218b5382.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_WEIGHT() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMINWEIGHT() []byte {
	enc, err := factoryRouter.abi.Pack("MIN_WEIGHT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINWEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x218b5382.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_WEIGHT() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackMINWEIGHT() ([]byte, error) {
	return factoryRouter.abi.Pack("MIN_WEIGHT")
}

// UnpackMINWEIGHT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x218b5382.
//
// Solidity: function MIN_WEIGHT() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMINWEIGHT(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("MIN_WEIGHT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddApprovedToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd10534b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addApprovedToken(address tokenAddress) returns()
func (factoryRouter *FactoryRouter) PackAddApprovedToken(tokenAddress common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("addApprovedToken", tokenAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddApprovedToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd10534b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addApprovedToken(address tokenAddress) returns()
func (factoryRouter *FactoryRouter) TryPackAddApprovedToken(tokenAddress common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("addApprovedToken", tokenAddress)
}

// PackAddDispenserContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde9a95a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addDispenserContract(address _dispenser) returns()
func (factoryRouter *FactoryRouter) PackAddDispenserContract(dispenser common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("addDispenserContract", dispenser)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddDispenserContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde9a95a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addDispenserContract(address _dispenser) returns()
func (factoryRouter *FactoryRouter) TryPackAddDispenserContract(dispenser common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("addDispenserContract", dispenser)
}

// PackAddFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29ce1ec5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addFactory(address _factory) returns()
func (factoryRouter *FactoryRouter) PackAddFactory(factory common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("addFactory", factory)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29ce1ec5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addFactory(address _factory) returns()
func (factoryRouter *FactoryRouter) TryPackAddFactory(factory common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("addFactory", factory)
}

// PackAddFixedRateContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16d9cb3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addFixedRateContract(address _fixedRate) returns()
func (factoryRouter *FactoryRouter) PackAddFixedRateContract(fixedRate common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("addFixedRateContract", fixedRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddFixedRateContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16d9cb3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addFixedRateContract(address _fixedRate) returns()
func (factoryRouter *FactoryRouter) TryPackAddFixedRateContract(fixedRate common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("addFixedRateContract", fixedRate)
}

// PackAddPoolTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb19aaac6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addPoolTemplate(address poolTemplate) returns()
func (factoryRouter *FactoryRouter) PackAddPoolTemplate(poolTemplate common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("addPoolTemplate", poolTemplate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddPoolTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb19aaac6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addPoolTemplate(address poolTemplate) returns()
func (factoryRouter *FactoryRouter) TryPackAddPoolTemplate(poolTemplate common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("addPoolTemplate", poolTemplate)
}

// PackAddSSContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c9fb612.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addSSContract(address _ssContract) returns()
func (factoryRouter *FactoryRouter) PackAddSSContract(ssContract common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("addSSContract", ssContract)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddSSContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c9fb612.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addSSContract(address _ssContract) returns()
func (factoryRouter *FactoryRouter) TryPackAddSSContract(ssContract common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("addSSContract", ssContract)
}

// PackApprovedTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dafede0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approvedTokens(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) PackApprovedTokens(arg0 *big.Int) []byte {
	enc, err := factoryRouter.abi.Pack("approvedTokens", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprovedTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dafede0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approvedTokens(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) TryPackApprovedTokens(arg0 *big.Int) ([]byte, error) {
	return factoryRouter.abi.Pack("approvedTokens", arg0)
}

// UnpackApprovedTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1dafede0.
//
// Solidity: function approvedTokens(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) UnpackApprovedTokens(data []byte) (common.Address, error) {
	out, err := factoryRouter.abi.Unpack("approvedTokens", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBuyDTBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecdda588.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyDTBatch((bytes32,address,uint8,address,uint256,address,uint256,uint256,uint256,address)[] _operations) returns()
func (factoryRouter *FactoryRouter) PackBuyDTBatch(operations []IFactoryRouterOperations) []byte {
	enc, err := factoryRouter.abi.Pack("buyDTBatch", operations)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyDTBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecdda588.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyDTBatch((bytes32,address,uint8,address,uint256,address,uint256,uint256,uint256,address)[] _operations) returns()
func (factoryRouter *FactoryRouter) TryPackBuyDTBatch(operations []IFactoryRouterOperations) ([]byte, error) {
	return factoryRouter.abi.Pack("buyDTBatch", operations)
}

// PackChangeRouterOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe525f99c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeRouterOwner(address _routerOwner) returns()
func (factoryRouter *FactoryRouter) PackChangeRouterOwner(routerOwner common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("changeRouterOwner", routerOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeRouterOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe525f99c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeRouterOwner(address _routerOwner) returns()
func (factoryRouter *FactoryRouter) TryPackChangeRouterOwner(routerOwner common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("changeRouterOwner", routerOwner)
}

// PackConsumeFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2bdeefa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consumeFee() view returns(uint256)
func (factoryRouter *FactoryRouter) PackConsumeFee() []byte {
	enc, err := factoryRouter.abi.Pack("consumeFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsumeFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2bdeefa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consumeFee() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackConsumeFee() ([]byte, error) {
	return factoryRouter.abi.Pack("consumeFee")
}

// UnpackConsumeFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2bdeefa.
//
// Solidity: function consumeFee() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackConsumeFee(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("consumeFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeployDispenser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd629a00a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployDispenser(address _dispenser, address datatoken, uint256 maxTokens, uint256 maxBalance, address owner, address allowedSwapper) returns()
func (factoryRouter *FactoryRouter) PackDeployDispenser(dispenser common.Address, datatoken common.Address, maxTokens *big.Int, maxBalance *big.Int, owner common.Address, allowedSwapper common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("deployDispenser", dispenser, datatoken, maxTokens, maxBalance, owner, allowedSwapper)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployDispenser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd629a00a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployDispenser(address _dispenser, address datatoken, uint256 maxTokens, uint256 maxBalance, address owner, address allowedSwapper) returns()
func (factoryRouter *FactoryRouter) TryPackDeployDispenser(dispenser common.Address, datatoken common.Address, maxTokens *big.Int, maxBalance *big.Int, owner common.Address, allowedSwapper common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("deployDispenser", dispenser, datatoken, maxTokens, maxBalance, owner, allowedSwapper)
}

// PackDeployFixedRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82449375.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployFixedRate(address fixedPriceAddress, address[] addresses, uint256[] uints) returns(bytes32 exchangeId)
func (factoryRouter *FactoryRouter) PackDeployFixedRate(fixedPriceAddress common.Address, addresses []common.Address, uints []*big.Int) []byte {
	enc, err := factoryRouter.abi.Pack("deployFixedRate", fixedPriceAddress, addresses, uints)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployFixedRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82449375.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployFixedRate(address fixedPriceAddress, address[] addresses, uint256[] uints) returns(bytes32 exchangeId)
func (factoryRouter *FactoryRouter) TryPackDeployFixedRate(fixedPriceAddress common.Address, addresses []common.Address, uints []*big.Int) ([]byte, error) {
	return factoryRouter.abi.Pack("deployFixedRate", fixedPriceAddress, addresses, uints)
}

// UnpackDeployFixedRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82449375.
//
// Solidity: function deployFixedRate(address fixedPriceAddress, address[] addresses, uint256[] uints) returns(bytes32 exchangeId)
func (factoryRouter *FactoryRouter) UnpackDeployFixedRate(data []byte) ([32]byte, error) {
	out, err := factoryRouter.abi.Unpack("deployFixedRate", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDeployPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee3bc635.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployPool(address[2] tokens, uint256[] ssParams, uint256[] swapFees, address[] addresses) returns(address)
func (factoryRouter *FactoryRouter) PackDeployPool(tokens [2]common.Address, ssParams []*big.Int, swapFees []*big.Int, addresses []common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("deployPool", tokens, ssParams, swapFees, addresses)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee3bc635.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployPool(address[2] tokens, uint256[] ssParams, uint256[] swapFees, address[] addresses) returns(address)
func (factoryRouter *FactoryRouter) TryPackDeployPool(tokens [2]common.Address, ssParams []*big.Int, swapFees []*big.Int, addresses []common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("deployPool", tokens, ssParams, swapFees, addresses)
}

// UnpackDeployPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee3bc635.
//
// Solidity: function deployPool(address[2] tokens, uint256[] ssParams, uint256[] swapFees, address[] addresses) returns(address)
func (factoryRouter *FactoryRouter) UnpackDeployPool(data []byte) (common.Address, error) {
	out, err := factoryRouter.abi.Unpack("deployPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDispensers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x335b7fa2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispensers(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) PackDispensers(arg0 *big.Int) []byte {
	enc, err := factoryRouter.abi.Pack("dispensers", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispensers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x335b7fa2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispensers(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) TryPackDispensers(arg0 *big.Int) ([]byte, error) {
	return factoryRouter.abi.Pack("dispensers", arg0)
}

// UnpackDispensers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x335b7fa2.
//
// Solidity: function dispensers(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) UnpackDispensers(data []byte) (common.Address, error) {
	out, err := factoryRouter.abi.Unpack("dispensers", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function factory() view returns(address)
func (factoryRouter *FactoryRouter) PackFactory() []byte {
	enc, err := factoryRouter.abi.Pack("factory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function factory() view returns(address)
func (factoryRouter *FactoryRouter) TryPackFactory() ([]byte, error) {
	return factoryRouter.abi.Pack("factory")
}

// UnpackFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (factoryRouter *FactoryRouter) UnpackFactory(data []byte) (common.Address, error) {
	out, err := factoryRouter.abi.Unpack("factory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFixedRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x802d1422.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fixedRate() view returns(address)
func (factoryRouter *FactoryRouter) PackFixedRate() []byte {
	enc, err := factoryRouter.abi.Pack("fixedRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFixedRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x802d1422.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fixedRate() view returns(address)
func (factoryRouter *FactoryRouter) TryPackFixedRate() ([]byte, error) {
	return factoryRouter.abi.Pack("fixedRate")
}

// UnpackFixedRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x802d1422.
//
// Solidity: function fixedRate() view returns(address)
func (factoryRouter *FactoryRouter) UnpackFixedRate(data []byte) (common.Address, error) {
	out, err := factoryRouter.abi.Unpack("fixedRate", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFixedrates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb66806fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fixedrates(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) PackFixedrates(arg0 *big.Int) []byte {
	enc, err := factoryRouter.abi.Pack("fixedrates", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFixedrates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb66806fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fixedrates(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) TryPackFixedrates(arg0 *big.Int) ([]byte, error) {
	return factoryRouter.abi.Pack("fixedrates", arg0)
}

// UnpackFixedrates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb66806fb.
//
// Solidity: function fixedrates(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) UnpackFixedrates(data []byte) (common.Address, error) {
	out, err := factoryRouter.abi.Unpack("fixedrates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetApprovedTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6afc0c5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApprovedTokens() view returns(address[])
func (factoryRouter *FactoryRouter) PackGetApprovedTokens() []byte {
	enc, err := factoryRouter.abi.Pack("getApprovedTokens")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApprovedTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6afc0c5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApprovedTokens() view returns(address[])
func (factoryRouter *FactoryRouter) TryPackGetApprovedTokens() ([]byte, error) {
	return factoryRouter.abi.Pack("getApprovedTokens")
}

// UnpackGetApprovedTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6afc0c5f.
//
// Solidity: function getApprovedTokens() view returns(address[])
func (factoryRouter *FactoryRouter) UnpackGetApprovedTokens(data []byte) ([]common.Address, error) {
	out, err := factoryRouter.abi.Unpack("getApprovedTokens", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetDispensersContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15d4c9eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDispensersContracts() view returns(address[])
func (factoryRouter *FactoryRouter) PackGetDispensersContracts() []byte {
	enc, err := factoryRouter.abi.Pack("getDispensersContracts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDispensersContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15d4c9eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDispensersContracts() view returns(address[])
func (factoryRouter *FactoryRouter) TryPackGetDispensersContracts() ([]byte, error) {
	return factoryRouter.abi.Pack("getDispensersContracts")
}

// UnpackGetDispensersContracts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15d4c9eb.
//
// Solidity: function getDispensersContracts() view returns(address[])
func (factoryRouter *FactoryRouter) UnpackGetDispensersContracts(data []byte) ([]common.Address, error) {
	out, err := factoryRouter.abi.Unpack("getDispensersContracts", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetFixedRatesContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46104ea8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFixedRatesContracts() view returns(address[])
func (factoryRouter *FactoryRouter) PackGetFixedRatesContracts() []byte {
	enc, err := factoryRouter.abi.Pack("getFixedRatesContracts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFixedRatesContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46104ea8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFixedRatesContracts() view returns(address[])
func (factoryRouter *FactoryRouter) TryPackGetFixedRatesContracts() ([]byte, error) {
	return factoryRouter.abi.Pack("getFixedRatesContracts")
}

// UnpackGetFixedRatesContracts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46104ea8.
//
// Solidity: function getFixedRatesContracts() view returns(address[])
func (factoryRouter *FactoryRouter) UnpackGetFixedRatesContracts(data []byte) ([]common.Address, error) {
	out, err := factoryRouter.abi.Unpack("getFixedRatesContracts", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetMinVestingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x510f3465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinVestingPeriod() view returns(uint256)
func (factoryRouter *FactoryRouter) PackGetMinVestingPeriod() []byte {
	enc, err := factoryRouter.abi.Pack("getMinVestingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinVestingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x510f3465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinVestingPeriod() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackGetMinVestingPeriod() ([]byte, error) {
	return factoryRouter.abi.Pack("getMinVestingPeriod")
}

// UnpackGetMinVestingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x510f3465.
//
// Solidity: function getMinVestingPeriod() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackGetMinVestingPeriod(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("getMinVestingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOPCCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a81876d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOPCCollector() view returns(address)
func (factoryRouter *FactoryRouter) PackGetOPCCollector() []byte {
	enc, err := factoryRouter.abi.Pack("getOPCCollector")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOPCCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a81876d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOPCCollector() view returns(address)
func (factoryRouter *FactoryRouter) TryPackGetOPCCollector() ([]byte, error) {
	return factoryRouter.abi.Pack("getOPCCollector")
}

// UnpackGetOPCCollector is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a81876d.
//
// Solidity: function getOPCCollector() view returns(address)
func (factoryRouter *FactoryRouter) UnpackGetOPCCollector(data []byte) (common.Address, error) {
	out, err := factoryRouter.abi.Unpack("getOPCCollector", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetOPCConsumeFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d28354d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOPCConsumeFee() view returns(uint256)
func (factoryRouter *FactoryRouter) PackGetOPCConsumeFee() []byte {
	enc, err := factoryRouter.abi.Pack("getOPCConsumeFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOPCConsumeFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d28354d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOPCConsumeFee() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackGetOPCConsumeFee() ([]byte, error) {
	return factoryRouter.abi.Pack("getOPCConsumeFee")
}

// UnpackGetOPCConsumeFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d28354d.
//
// Solidity: function getOPCConsumeFee() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackGetOPCConsumeFee(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("getOPCConsumeFee", data)
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
// Solidity: function getOPCFee(address baseToken) view returns(uint256)
func (factoryRouter *FactoryRouter) PackGetOPCFee(baseToken common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("getOPCFee", baseToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOPCFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8421e2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOPCFee(address baseToken) view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackGetOPCFee(baseToken common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("getOPCFee", baseToken)
}

// UnpackGetOPCFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8421e2b.
//
// Solidity: function getOPCFee(address baseToken) view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackGetOPCFee(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("getOPCFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOPCFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdce2d0df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOPCFees() view returns(uint256, uint256)
func (factoryRouter *FactoryRouter) PackGetOPCFees() []byte {
	enc, err := factoryRouter.abi.Pack("getOPCFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOPCFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdce2d0df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOPCFees() view returns(uint256, uint256)
func (factoryRouter *FactoryRouter) TryPackGetOPCFees() ([]byte, error) {
	return factoryRouter.abi.Pack("getOPCFees")
}

// GetOPCFeesOutput serves as a container for the return parameters of contract
// method GetOPCFees.
type GetOPCFeesOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackGetOPCFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdce2d0df.
//
// Solidity: function getOPCFees() view returns(uint256, uint256)
func (factoryRouter *FactoryRouter) UnpackGetOPCFees(data []byte) (GetOPCFeesOutput, error) {
	out, err := factoryRouter.abi.Unpack("getOPCFees", data)
	outstruct := new(GetOPCFeesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetOPCProviderFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c45e881.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOPCProviderFee() view returns(uint256)
func (factoryRouter *FactoryRouter) PackGetOPCProviderFee() []byte {
	enc, err := factoryRouter.abi.Pack("getOPCProviderFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOPCProviderFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c45e881.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOPCProviderFee() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackGetOPCProviderFee() ([]byte, error) {
	return factoryRouter.abi.Pack("getOPCProviderFee")
}

// UnpackGetOPCProviderFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c45e881.
//
// Solidity: function getOPCProviderFee() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackGetOPCProviderFee(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("getOPCProviderFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPoolTemplates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x241c7a6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPoolTemplates() view returns(address[])
func (factoryRouter *FactoryRouter) PackGetPoolTemplates() []byte {
	enc, err := factoryRouter.abi.Pack("getPoolTemplates")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPoolTemplates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x241c7a6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPoolTemplates() view returns(address[])
func (factoryRouter *FactoryRouter) TryPackGetPoolTemplates() ([]byte, error) {
	return factoryRouter.abi.Pack("getPoolTemplates")
}

// UnpackGetPoolTemplates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x241c7a6d.
//
// Solidity: function getPoolTemplates() view returns(address[])
func (factoryRouter *FactoryRouter) UnpackGetPoolTemplates(data []byte) ([]common.Address, error) {
	out, err := factoryRouter.abi.Unpack("getPoolTemplates", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetSSContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x737e5ca0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSSContracts() view returns(address[])
func (factoryRouter *FactoryRouter) PackGetSSContracts() []byte {
	enc, err := factoryRouter.abi.Pack("getSSContracts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSSContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x737e5ca0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSSContracts() view returns(address[])
func (factoryRouter *FactoryRouter) TryPackGetSSContracts() ([]byte, error) {
	return factoryRouter.abi.Pack("getSSContracts")
}

// UnpackGetSSContracts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x737e5ca0.
//
// Solidity: function getSSContracts() view returns(address[])
func (factoryRouter *FactoryRouter) UnpackGetSSContracts(data []byte) ([]common.Address, error) {
	out, err := factoryRouter.abi.Unpack("getSSContracts", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackIsApprovedToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d5ad3d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedToken(address tokenAddress) view returns(bool)
func (factoryRouter *FactoryRouter) PackIsApprovedToken(tokenAddress common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("isApprovedToken", tokenAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d5ad3d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedToken(address tokenAddress) view returns(bool)
func (factoryRouter *FactoryRouter) TryPackIsApprovedToken(tokenAddress common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("isApprovedToken", tokenAddress)
}

// UnpackIsApprovedToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d5ad3d5.
//
// Solidity: function isApprovedToken(address tokenAddress) view returns(bool)
func (factoryRouter *FactoryRouter) UnpackIsApprovedToken(data []byte) (bool, error) {
	out, err := factoryRouter.abi.Unpack("isApprovedToken", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsDispenserContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfca24bc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDispenserContract(address _dispenser) view returns(bool)
func (factoryRouter *FactoryRouter) PackIsDispenserContract(dispenser common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("isDispenserContract", dispenser)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDispenserContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfca24bc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDispenserContract(address _dispenser) view returns(bool)
func (factoryRouter *FactoryRouter) TryPackIsDispenserContract(dispenser common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("isDispenserContract", dispenser)
}

// UnpackIsDispenserContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfca24bc6.
//
// Solidity: function isDispenserContract(address _dispenser) view returns(bool)
func (factoryRouter *FactoryRouter) UnpackIsDispenserContract(data []byte) (bool, error) {
	out, err := factoryRouter.abi.Unpack("isDispenserContract", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFixedRateContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cdf90a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFixedRateContract(address _fixedRate) view returns(bool)
func (factoryRouter *FactoryRouter) PackIsFixedRateContract(fixedRate common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("isFixedRateContract", fixedRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFixedRateContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cdf90a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFixedRateContract(address _fixedRate) view returns(bool)
func (factoryRouter *FactoryRouter) TryPackIsFixedRateContract(fixedRate common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("isFixedRateContract", fixedRate)
}

// UnpackIsFixedRateContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cdf90a1.
//
// Solidity: function isFixedRateContract(address _fixedRate) view returns(bool)
func (factoryRouter *FactoryRouter) UnpackIsFixedRateContract(data []byte) (bool, error) {
	out, err := factoryRouter.abi.Unpack("isFixedRateContract", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPoolTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc07c00fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPoolTemplate(address poolTemplate) view returns(bool)
func (factoryRouter *FactoryRouter) PackIsPoolTemplate(poolTemplate common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("isPoolTemplate", poolTemplate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPoolTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc07c00fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPoolTemplate(address poolTemplate) view returns(bool)
func (factoryRouter *FactoryRouter) TryPackIsPoolTemplate(poolTemplate common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("isPoolTemplate", poolTemplate)
}

// UnpackIsPoolTemplate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc07c00fe.
//
// Solidity: function isPoolTemplate(address poolTemplate) view returns(bool)
func (factoryRouter *FactoryRouter) UnpackIsPoolTemplate(data []byte) (bool, error) {
	out, err := factoryRouter.abi.Unpack("isPoolTemplate", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsSSContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c25dd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSSContract(address _ssContract) view returns(bool)
func (factoryRouter *FactoryRouter) PackIsSSContract(ssContract common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("isSSContract", ssContract)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSSContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c25dd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSSContract(address _ssContract) view returns(bool)
func (factoryRouter *FactoryRouter) TryPackIsSSContract(ssContract common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("isSSContract", ssContract)
}

// UnpackIsSSContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15c25dd5.
//
// Solidity: function isSSContract(address _ssContract) view returns(bool)
func (factoryRouter *FactoryRouter) UnpackIsSSContract(data []byte) (bool, error) {
	out, err := factoryRouter.abi.Unpack("isSSContract", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinVestingPeriodInBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x475030c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minVestingPeriodInBlocks() view returns(uint256)
func (factoryRouter *FactoryRouter) PackMinVestingPeriodInBlocks() []byte {
	enc, err := factoryRouter.abi.Pack("minVestingPeriodInBlocks")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinVestingPeriodInBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x475030c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minVestingPeriodInBlocks() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackMinVestingPeriodInBlocks() ([]byte, error) {
	return factoryRouter.abi.Pack("minVestingPeriodInBlocks")
}

// UnpackMinVestingPeriodInBlocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x475030c0.
//
// Solidity: function minVestingPeriodInBlocks() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackMinVestingPeriodInBlocks(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("minVestingPeriodInBlocks", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpcCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03814238.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opcCollector() view returns(address)
func (factoryRouter *FactoryRouter) PackOpcCollector() []byte {
	enc, err := factoryRouter.abi.Pack("opcCollector")
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
func (factoryRouter *FactoryRouter) TryPackOpcCollector() ([]byte, error) {
	return factoryRouter.abi.Pack("opcCollector")
}

// UnpackOpcCollector is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03814238.
//
// Solidity: function opcCollector() view returns(address)
func (factoryRouter *FactoryRouter) UnpackOpcCollector(data []byte) (common.Address, error) {
	out, err := factoryRouter.abi.Unpack("opcCollector", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPoolTemplates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50cbbe76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolTemplates(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) PackPoolTemplates(arg0 *big.Int) []byte {
	enc, err := factoryRouter.abi.Pack("poolTemplates", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolTemplates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50cbbe76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolTemplates(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) TryPackPoolTemplates(arg0 *big.Int) ([]byte, error) {
	return factoryRouter.abi.Pack("poolTemplates", arg0)
}

// UnpackPoolTemplates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50cbbe76.
//
// Solidity: function poolTemplates(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) UnpackPoolTemplates(data []byte) (common.Address, error) {
	out, err := factoryRouter.abi.Unpack("poolTemplates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProviderFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e983d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function providerFee() view returns(uint256)
func (factoryRouter *FactoryRouter) PackProviderFee() []byte {
	enc, err := factoryRouter.abi.Pack("providerFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProviderFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e983d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function providerFee() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackProviderFee() ([]byte, error) {
	return factoryRouter.abi.Pack("providerFee")
}

// UnpackProviderFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6e983d9.
//
// Solidity: function providerFee() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackProviderFee(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("providerFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRemoveApprovedToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5705987a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeApprovedToken(address tokenAddress) returns()
func (factoryRouter *FactoryRouter) PackRemoveApprovedToken(tokenAddress common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("removeApprovedToken", tokenAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveApprovedToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5705987a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeApprovedToken(address tokenAddress) returns()
func (factoryRouter *FactoryRouter) TryPackRemoveApprovedToken(tokenAddress common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("removeApprovedToken", tokenAddress)
}

// PackRemoveDispenserContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16592614.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeDispenserContract(address _dispenser) returns()
func (factoryRouter *FactoryRouter) PackRemoveDispenserContract(dispenser common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("removeDispenserContract", dispenser)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveDispenserContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16592614.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeDispenserContract(address _dispenser) returns()
func (factoryRouter *FactoryRouter) TryPackRemoveDispenserContract(dispenser common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("removeDispenserContract", dispenser)
}

// PackRemoveFixedRateContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f2c010a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeFixedRateContract(address _fixedRate) returns()
func (factoryRouter *FactoryRouter) PackRemoveFixedRateContract(fixedRate common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("removeFixedRateContract", fixedRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveFixedRateContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f2c010a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeFixedRateContract(address _fixedRate) returns()
func (factoryRouter *FactoryRouter) TryPackRemoveFixedRateContract(fixedRate common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("removeFixedRateContract", fixedRate)
}

// PackRemovePoolTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe193faad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removePoolTemplate(address poolTemplate) returns()
func (factoryRouter *FactoryRouter) PackRemovePoolTemplate(poolTemplate common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("removePoolTemplate", poolTemplate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemovePoolTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe193faad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removePoolTemplate(address poolTemplate) returns()
func (factoryRouter *FactoryRouter) TryPackRemovePoolTemplate(poolTemplate common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("removePoolTemplate", poolTemplate)
}

// PackRemoveSSContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e14094.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeSSContract(address _ssContract) returns()
func (factoryRouter *FactoryRouter) PackRemoveSSContract(ssContract common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("removeSSContract", ssContract)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveSSContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e14094.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeSSContract(address _ssContract) returns()
func (factoryRouter *FactoryRouter) TryPackRemoveSSContract(ssContract common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("removeSSContract", ssContract)
}

// PackRouterOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8552730a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function routerOwner() view returns(address)
func (factoryRouter *FactoryRouter) PackRouterOwner() []byte {
	enc, err := factoryRouter.abi.Pack("routerOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouterOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8552730a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function routerOwner() view returns(address)
func (factoryRouter *FactoryRouter) TryPackRouterOwner() ([]byte, error) {
	return factoryRouter.abi.Pack("routerOwner")
}

// UnpackRouterOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8552730a.
//
// Solidity: function routerOwner() view returns(address)
func (factoryRouter *FactoryRouter) UnpackRouterOwner(data []byte) (common.Address, error) {
	out, err := factoryRouter.abi.Unpack("routerOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSsContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cbf85bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ssContracts(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) PackSsContracts(arg0 *big.Int) []byte {
	enc, err := factoryRouter.abi.Pack("ssContracts", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSsContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cbf85bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ssContracts(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) TryPackSsContracts(arg0 *big.Int) ([]byte, error) {
	return factoryRouter.abi.Pack("ssContracts", arg0)
}

// UnpackSsContracts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7cbf85bf.
//
// Solidity: function ssContracts(uint256 ) view returns(address)
func (factoryRouter *FactoryRouter) UnpackSsContracts(data []byte) (common.Address, error) {
	out, err := factoryRouter.abi.Unpack("ssContracts", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStakeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x858ab596.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeBatch((address,uint256,uint256)[] _stakes) returns()
func (factoryRouter *FactoryRouter) PackStakeBatch(stakes []IFactoryRouterStakes) []byte {
	enc, err := factoryRouter.abi.Pack("stakeBatch", stakes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x858ab596.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeBatch((address,uint256,uint256)[] _stakes) returns()
func (factoryRouter *FactoryRouter) TryPackStakeBatch(stakes []IFactoryRouterStakes) ([]byte, error) {
	return factoryRouter.abi.Pack("stakeBatch", stakes)
}

// PackSwapNonOceanFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb870cbf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function swapNonOceanFee() view returns(uint256)
func (factoryRouter *FactoryRouter) PackSwapNonOceanFee() []byte {
	enc, err := factoryRouter.abi.Pack("swapNonOceanFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSwapNonOceanFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb870cbf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function swapNonOceanFee() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackSwapNonOceanFee() ([]byte, error) {
	return factoryRouter.abi.Pack("swapNonOceanFee")
}

// UnpackSwapNonOceanFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb870cbf.
//
// Solidity: function swapNonOceanFee() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackSwapNonOceanFee(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("swapNonOceanFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSwapOceanFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe183fb3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function swapOceanFee() view returns(uint256)
func (factoryRouter *FactoryRouter) PackSwapOceanFee() []byte {
	enc, err := factoryRouter.abi.Pack("swapOceanFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSwapOceanFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe183fb3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function swapOceanFee() view returns(uint256)
func (factoryRouter *FactoryRouter) TryPackSwapOceanFee() ([]byte, error) {
	return factoryRouter.abi.Pack("swapOceanFee")
}

// UnpackSwapOceanFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe183fb3f.
//
// Solidity: function swapOceanFee() view returns(uint256)
func (factoryRouter *FactoryRouter) UnpackSwapOceanFee(data []byte) (*big.Int, error) {
	out, err := factoryRouter.abi.Unpack("swapOceanFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUpdateMinVestingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7521aff9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateMinVestingPeriod(uint256 _newPeriod) returns()
func (factoryRouter *FactoryRouter) PackUpdateMinVestingPeriod(newPeriod *big.Int) []byte {
	enc, err := factoryRouter.abi.Pack("updateMinVestingPeriod", newPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateMinVestingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7521aff9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateMinVestingPeriod(uint256 _newPeriod) returns()
func (factoryRouter *FactoryRouter) TryPackUpdateMinVestingPeriod(newPeriod *big.Int) ([]byte, error) {
	return factoryRouter.abi.Pack("updateMinVestingPeriod", newPeriod)
}

// PackUpdateOPCCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41579208.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateOPCCollector(address _opcCollector) returns()
func (factoryRouter *FactoryRouter) PackUpdateOPCCollector(opcCollector common.Address) []byte {
	enc, err := factoryRouter.abi.Pack("updateOPCCollector", opcCollector)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateOPCCollector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41579208.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateOPCCollector(address _opcCollector) returns()
func (factoryRouter *FactoryRouter) TryPackUpdateOPCCollector(opcCollector common.Address) ([]byte, error) {
	return factoryRouter.abi.Pack("updateOPCCollector", opcCollector)
}

// PackUpdateOPCFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfa04b85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateOPCFee(uint256 _newSwapOceanFee, uint256 _newSwapNonOceanFee, uint256 _newConsumeFee, uint256 _newProviderFee) returns()
func (factoryRouter *FactoryRouter) PackUpdateOPCFee(newSwapOceanFee *big.Int, newSwapNonOceanFee *big.Int, newConsumeFee *big.Int, newProviderFee *big.Int) []byte {
	enc, err := factoryRouter.abi.Pack("updateOPCFee", newSwapOceanFee, newSwapNonOceanFee, newConsumeFee, newProviderFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateOPCFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfa04b85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateOPCFee(uint256 _newSwapOceanFee, uint256 _newSwapNonOceanFee, uint256 _newConsumeFee, uint256 _newProviderFee) returns()
func (factoryRouter *FactoryRouter) TryPackUpdateOPCFee(newSwapOceanFee *big.Int, newSwapNonOceanFee *big.Int, newConsumeFee *big.Int, newProviderFee *big.Int) ([]byte, error) {
	return factoryRouter.abi.Pack("updateOPCFee", newSwapOceanFee, newSwapNonOceanFee, newConsumeFee, newProviderFee)
}

// FactoryRouterBPoolCreated represents a BPoolCreated event raised by the FactoryRouter contract.
type FactoryRouterBPoolCreated struct {
	NewBPoolAddress      common.Address
	RegisteredBy         common.Address
	DatatokenAddress     common.Address
	BaseTokenAddress     common.Address
	BpoolTemplateAddress common.Address
	SsAddress            common.Address
	Raw                  *types.Log // Blockchain specific contextual infos
}

const FactoryRouterBPoolCreatedEventName = "BPoolCreated"

// ContractEventName returns the user-defined event name.
func (FactoryRouterBPoolCreated) ContractEventName() string {
	return FactoryRouterBPoolCreatedEventName
}

// UnpackBPoolCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BPoolCreated(address indexed newBPoolAddress, address indexed registeredBy, address indexed datatokenAddress, address baseTokenAddress, address bpoolTemplateAddress, address ssAddress)
func (factoryRouter *FactoryRouter) UnpackBPoolCreatedEvent(log *types.Log) (*FactoryRouterBPoolCreated, error) {
	event := "BPoolCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterBPoolCreated)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterDispenserContractAdded represents a DispenserContractAdded event raised by the FactoryRouter contract.
type FactoryRouterDispenserContractAdded struct {
	Caller          common.Address
	ContractAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const FactoryRouterDispenserContractAddedEventName = "DispenserContractAdded"

// ContractEventName returns the user-defined event name.
func (FactoryRouterDispenserContractAdded) ContractEventName() string {
	return FactoryRouterDispenserContractAddedEventName
}

// UnpackDispenserContractAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DispenserContractAdded(address indexed caller, address indexed contractAddress)
func (factoryRouter *FactoryRouter) UnpackDispenserContractAddedEvent(log *types.Log) (*FactoryRouterDispenserContractAdded, error) {
	event := "DispenserContractAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterDispenserContractAdded)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterDispenserContractRemoved represents a DispenserContractRemoved event raised by the FactoryRouter contract.
type FactoryRouterDispenserContractRemoved struct {
	Caller          common.Address
	ContractAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const FactoryRouterDispenserContractRemovedEventName = "DispenserContractRemoved"

// ContractEventName returns the user-defined event name.
func (FactoryRouterDispenserContractRemoved) ContractEventName() string {
	return FactoryRouterDispenserContractRemovedEventName
}

// UnpackDispenserContractRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DispenserContractRemoved(address indexed caller, address indexed contractAddress)
func (factoryRouter *FactoryRouter) UnpackDispenserContractRemovedEvent(log *types.Log) (*FactoryRouterDispenserContractRemoved, error) {
	event := "DispenserContractRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterDispenserContractRemoved)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterFactoryContractChanged represents a FactoryContractChanged event raised by the FactoryRouter contract.
type FactoryRouterFactoryContractChanged struct {
	Caller          common.Address
	ContractAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const FactoryRouterFactoryContractChangedEventName = "FactoryContractChanged"

// ContractEventName returns the user-defined event name.
func (FactoryRouterFactoryContractChanged) ContractEventName() string {
	return FactoryRouterFactoryContractChangedEventName
}

// UnpackFactoryContractChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FactoryContractChanged(address indexed caller, address indexed contractAddress)
func (factoryRouter *FactoryRouter) UnpackFactoryContractChangedEvent(log *types.Log) (*FactoryRouterFactoryContractChanged, error) {
	event := "FactoryContractChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterFactoryContractChanged)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterFixedRateContractAdded represents a FixedRateContractAdded event raised by the FactoryRouter contract.
type FactoryRouterFixedRateContractAdded struct {
	Caller          common.Address
	ContractAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const FactoryRouterFixedRateContractAddedEventName = "FixedRateContractAdded"

// ContractEventName returns the user-defined event name.
func (FactoryRouterFixedRateContractAdded) ContractEventName() string {
	return FactoryRouterFixedRateContractAddedEventName
}

// UnpackFixedRateContractAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FixedRateContractAdded(address indexed caller, address indexed contractAddress)
func (factoryRouter *FactoryRouter) UnpackFixedRateContractAddedEvent(log *types.Log) (*FactoryRouterFixedRateContractAdded, error) {
	event := "FixedRateContractAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterFixedRateContractAdded)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterFixedRateContractRemoved represents a FixedRateContractRemoved event raised by the FactoryRouter contract.
type FactoryRouterFixedRateContractRemoved struct {
	Caller          common.Address
	ContractAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const FactoryRouterFixedRateContractRemovedEventName = "FixedRateContractRemoved"

// ContractEventName returns the user-defined event name.
func (FactoryRouterFixedRateContractRemoved) ContractEventName() string {
	return FactoryRouterFixedRateContractRemovedEventName
}

// UnpackFixedRateContractRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FixedRateContractRemoved(address indexed caller, address indexed contractAddress)
func (factoryRouter *FactoryRouter) UnpackFixedRateContractRemovedEvent(log *types.Log) (*FactoryRouterFixedRateContractRemoved, error) {
	event := "FixedRateContractRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterFixedRateContractRemoved)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterInstanceDeployed represents a InstanceDeployed event raised by the FactoryRouter contract.
type FactoryRouterInstanceDeployed struct {
	Instance common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const FactoryRouterInstanceDeployedEventName = "InstanceDeployed"

// ContractEventName returns the user-defined event name.
func (FactoryRouterInstanceDeployed) ContractEventName() string {
	return FactoryRouterInstanceDeployedEventName
}

// UnpackInstanceDeployedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InstanceDeployed(address instance)
func (factoryRouter *FactoryRouter) UnpackInstanceDeployedEvent(log *types.Log) (*FactoryRouterInstanceDeployed, error) {
	event := "InstanceDeployed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterInstanceDeployed)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterNewPool represents a NewPool event raised by the FactoryRouter contract.
type FactoryRouterNewPool struct {
	PoolAddress common.Address
	IsOcean     bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const FactoryRouterNewPoolEventName = "NewPool"

// ContractEventName returns the user-defined event name.
func (FactoryRouterNewPool) ContractEventName() string {
	return FactoryRouterNewPoolEventName
}

// UnpackNewPoolEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewPool(address indexed poolAddress, bool isOcean)
func (factoryRouter *FactoryRouter) UnpackNewPoolEvent(log *types.Log) (*FactoryRouterNewPool, error) {
	event := "NewPool"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterNewPool)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterOPCCollectorChanged represents a OPCCollectorChanged event raised by the FactoryRouter contract.
type FactoryRouterOPCCollectorChanged struct {
	Caller          common.Address
	NewOpcCollector common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const FactoryRouterOPCCollectorChangedEventName = "OPCCollectorChanged"

// ContractEventName returns the user-defined event name.
func (FactoryRouterOPCCollectorChanged) ContractEventName() string {
	return FactoryRouterOPCCollectorChangedEventName
}

// UnpackOPCCollectorChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OPCCollectorChanged(address indexed caller, address indexed _newOpcCollector)
func (factoryRouter *FactoryRouter) UnpackOPCCollectorChangedEvent(log *types.Log) (*FactoryRouterOPCCollectorChanged, error) {
	event := "OPCCollectorChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterOPCCollectorChanged)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterOPCFeeChanged represents a OPCFeeChanged event raised by the FactoryRouter contract.
type FactoryRouterOPCFeeChanged struct {
	Caller             common.Address
	NewSwapOceanFee    *big.Int
	NewSwapNonOceanFee *big.Int
	NewConsumeFee      *big.Int
	NewProviderFee     *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const FactoryRouterOPCFeeChangedEventName = "OPCFeeChanged"

// ContractEventName returns the user-defined event name.
func (FactoryRouterOPCFeeChanged) ContractEventName() string {
	return FactoryRouterOPCFeeChangedEventName
}

// UnpackOPCFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OPCFeeChanged(address indexed caller, uint256 newSwapOceanFee, uint256 newSwapNonOceanFee, uint256 newConsumeFee, uint256 newProviderFee)
func (factoryRouter *FactoryRouter) UnpackOPCFeeChangedEvent(log *types.Log) (*FactoryRouterOPCFeeChanged, error) {
	event := "OPCFeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterOPCFeeChanged)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterPoolTemplateAdded represents a PoolTemplateAdded event raised by the FactoryRouter contract.
type FactoryRouterPoolTemplateAdded struct {
	Caller          common.Address
	ContractAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const FactoryRouterPoolTemplateAddedEventName = "PoolTemplateAdded"

// ContractEventName returns the user-defined event name.
func (FactoryRouterPoolTemplateAdded) ContractEventName() string {
	return FactoryRouterPoolTemplateAddedEventName
}

// UnpackPoolTemplateAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolTemplateAdded(address indexed caller, address indexed contractAddress)
func (factoryRouter *FactoryRouter) UnpackPoolTemplateAddedEvent(log *types.Log) (*FactoryRouterPoolTemplateAdded, error) {
	event := "PoolTemplateAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterPoolTemplateAdded)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterPoolTemplateRemoved represents a PoolTemplateRemoved event raised by the FactoryRouter contract.
type FactoryRouterPoolTemplateRemoved struct {
	Caller          common.Address
	ContractAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const FactoryRouterPoolTemplateRemovedEventName = "PoolTemplateRemoved"

// ContractEventName returns the user-defined event name.
func (FactoryRouterPoolTemplateRemoved) ContractEventName() string {
	return FactoryRouterPoolTemplateRemovedEventName
}

// UnpackPoolTemplateRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolTemplateRemoved(address indexed caller, address indexed contractAddress)
func (factoryRouter *FactoryRouter) UnpackPoolTemplateRemovedEvent(log *types.Log) (*FactoryRouterPoolTemplateRemoved, error) {
	event := "PoolTemplateRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterPoolTemplateRemoved)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterRouterChanged represents a RouterChanged event raised by the FactoryRouter contract.
type FactoryRouterRouterChanged struct {
	Caller    common.Address
	NewRouter common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const FactoryRouterRouterChangedEventName = "RouterChanged"

// ContractEventName returns the user-defined event name.
func (FactoryRouterRouterChanged) ContractEventName() string {
	return FactoryRouterRouterChangedEventName
}

// UnpackRouterChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RouterChanged(address indexed caller, address indexed newRouter)
func (factoryRouter *FactoryRouter) UnpackRouterChangedEvent(log *types.Log) (*FactoryRouterRouterChanged, error) {
	event := "RouterChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterRouterChanged)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterSSContractAdded represents a SSContractAdded event raised by the FactoryRouter contract.
type FactoryRouterSSContractAdded struct {
	Caller          common.Address
	ContractAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const FactoryRouterSSContractAddedEventName = "SSContractAdded"

// ContractEventName returns the user-defined event name.
func (FactoryRouterSSContractAdded) ContractEventName() string {
	return FactoryRouterSSContractAddedEventName
}

// UnpackSSContractAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SSContractAdded(address indexed caller, address indexed contractAddress)
func (factoryRouter *FactoryRouter) UnpackSSContractAddedEvent(log *types.Log) (*FactoryRouterSSContractAdded, error) {
	event := "SSContractAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterSSContractAdded)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterSSContractRemoved represents a SSContractRemoved event raised by the FactoryRouter contract.
type FactoryRouterSSContractRemoved struct {
	Caller          common.Address
	ContractAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const FactoryRouterSSContractRemovedEventName = "SSContractRemoved"

// ContractEventName returns the user-defined event name.
func (FactoryRouterSSContractRemoved) ContractEventName() string {
	return FactoryRouterSSContractRemovedEventName
}

// UnpackSSContractRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SSContractRemoved(address indexed caller, address indexed contractAddress)
func (factoryRouter *FactoryRouter) UnpackSSContractRemovedEvent(log *types.Log) (*FactoryRouterSSContractRemoved, error) {
	event := "SSContractRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterSSContractRemoved)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterTokenAdded represents a TokenAdded event raised by the FactoryRouter contract.
type FactoryRouterTokenAdded struct {
	Caller common.Address
	Token  common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const FactoryRouterTokenAddedEventName = "TokenAdded"

// ContractEventName returns the user-defined event name.
func (FactoryRouterTokenAdded) ContractEventName() string {
	return FactoryRouterTokenAddedEventName
}

// UnpackTokenAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenAdded(address indexed caller, address indexed token)
func (factoryRouter *FactoryRouter) UnpackTokenAddedEvent(log *types.Log) (*FactoryRouterTokenAdded, error) {
	event := "TokenAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterTokenAdded)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterTokenRemoved represents a TokenRemoved event raised by the FactoryRouter contract.
type FactoryRouterTokenRemoved struct {
	Caller common.Address
	Token  common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const FactoryRouterTokenRemovedEventName = "TokenRemoved"

// ContractEventName returns the user-defined event name.
func (FactoryRouterTokenRemoved) ContractEventName() string {
	return FactoryRouterTokenRemovedEventName
}

// UnpackTokenRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenRemoved(address indexed caller, address indexed token)
func (factoryRouter *FactoryRouter) UnpackTokenRemovedEvent(log *types.Log) (*FactoryRouterTokenRemoved, error) {
	event := "TokenRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterTokenRemoved)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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

// FactoryRouterVestingPeriodChanges represents a VestingPeriodChanges event raised by the FactoryRouter contract.
type FactoryRouterVestingPeriodChanges struct {
	Caller                   common.Address
	MinVestingPeriodInBlocks *big.Int
	Raw                      *types.Log // Blockchain specific contextual infos
}

const FactoryRouterVestingPeriodChangesEventName = "VestingPeriodChanges"

// ContractEventName returns the user-defined event name.
func (FactoryRouterVestingPeriodChanges) ContractEventName() string {
	return FactoryRouterVestingPeriodChangesEventName
}

// UnpackVestingPeriodChangesEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VestingPeriodChanges(address indexed caller, uint256 minVestingPeriodInBlocks)
func (factoryRouter *FactoryRouter) UnpackVestingPeriodChangesEvent(log *types.Log) (*FactoryRouterVestingPeriodChanges, error) {
	event := "VestingPeriodChanges"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != factoryRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FactoryRouterVestingPeriodChanges)
	if len(log.Data) > 0 {
		if err := factoryRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range factoryRouter.abi.Events[event].Inputs {
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
