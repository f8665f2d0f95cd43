// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

// Package erc721factory is the abigen v2 binding of NFTFactory from @oceanprotocol/contracts@2.6.0.
// Regenerate with `go generate ./internal/contracts`.
package erc721factory

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

// ERC721FactoryMetaData is an auto generated low-level Go binding around an user-defined struct.
type ERC721FactoryMetaData struct {
	MetaDataState            uint8
	MetaDataDecryptorUrl     string
	MetaDataDecryptorAddress string
	Flags                    []byte
	Data                     []byte
	MetaDataHash             [32]byte
	MetadataProofs           []IERC721TemplatemetaDataProof
}

// ERC721FactoryTemplate is an auto generated low-level Go binding around an user-defined struct.
type ERC721FactoryTemplate struct {
	TemplateAddress common.Address
	IsActive        bool
}

// ERC721FactoryreuseTokenOrder is an auto generated low-level Go binding around an user-defined struct.
type ERC721FactoryreuseTokenOrder struct {
	TokenAddress common.Address
	OrderTxId    [32]byte
	ProviderFee  IERC20TemplateproviderFee
}

// ERC721FactorytokenOrder is an auto generated low-level Go binding around an user-defined struct.
type ERC721FactorytokenOrder struct {
	TokenAddress     common.Address
	Consumer         common.Address
	ServiceIndex     *big.Int
	ProviderFee      IERC20TemplateproviderFee
	ConsumeMarketFee IERC20TemplateconsumeMarketFee
}

// IERC20TemplateconsumeMarketFee is an auto generated low-level Go binding around an user-defined struct.
type IERC20TemplateconsumeMarketFee struct {
	ConsumeMarketFeeAddress common.Address
	ConsumeMarketFeeToken   common.Address
	ConsumeMarketFeeAmount  *big.Int
}

// IERC20TemplateproviderFee is an auto generated low-level Go binding around an user-defined struct.
type IERC20TemplateproviderFee struct {
	ProviderFeeAddress common.Address
	ProviderFeeToken   common.Address
	ProviderFeeAmount  *big.Int
	V                  uint8
	R                  [32]byte
	S                  [32]byte
	ValidUntil         *big.Int
	ProviderData       []byte
}

// IERC721TemplatemetaDataProof is an auto generated low-level Go binding around an user-defined struct.
type IERC721TemplatemetaDataProof struct {
	ValidatorAddress common.Address
	V                uint8
	R                [32]byte
	S                [32]byte
}

// IFactoryDispenserData is an auto generated low-level Go binding around an user-defined struct.
type IFactoryDispenserData struct {
	DispenserAddress common.Address
	MaxTokens        *big.Int
	MaxBalance       *big.Int
	WithMint         bool
	AllowedSwapper   common.Address
}

// IFactoryErcCreateData is an auto generated low-level Go binding around an user-defined struct.
type IFactoryErcCreateData struct {
	TemplateIndex *big.Int
	Strings       []string
	Addresses     []common.Address
	Uints         []*big.Int
	Bytess        [][]byte
}

// IFactoryFixedData is an auto generated low-level Go binding around an user-defined struct.
type IFactoryFixedData struct {
	FixedPriceAddress common.Address
	Addresses         []common.Address
	Uints             []*big.Int
}

// IFactoryNftCreateData is an auto generated low-level Go binding around an user-defined struct.
type IFactoryNftCreateData struct {
	Name          string
	Symbol        string
	TemplateIndex *big.Int
	TokenURI      string
	Transferable  bool
	Owner         common.Address
}

// IFactoryPoolData is an auto generated low-level Go binding around an user-defined struct.
type IFactoryPoolData struct {
	SsParams  []*big.Int
	SwapFees  []*big.Int
	Addresses []common.Address
}

// NFTFactoryMetaData contains all meta data concerning the NFTFactory contract.
var NFTFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_template721\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_template\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_router\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"datatokenAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxTokens\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"allowedSwapper\",\"type\":\"address\"}],\"name\":\"DispenserCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"instance\",\"type\":\"address\"}],\"name\":\"InstanceDeployed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newTokenAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"templateAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"tokenName\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"transferable\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"}],\"name\":\"NFTCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dispenserContract\",\"type\":\"address\"}],\"name\":\"NewDispenser\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"exchangeContract\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"baseToken\",\"type\":\"address\"}],\"name\":\"NewFixedRate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"poolAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"ssContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"baseTokenAddress\",\"type\":\"address\"}],\"name\":\"NewPool\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_templateAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nftTemplateCount\",\"type\":\"uint256\"}],\"name\":\"Template20Added\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_templateAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nftTemplateCount\",\"type\":\"uint256\"}],\"name\":\"Template721Added\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newTokenAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"templateAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"}],\"name\":\"TokenCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_templateAddress\",\"type\":\"address\"}],\"name\":\"add721TokenTemplate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_templateAddress\",\"type\":\"address\"}],\"name\":\"addTokenTemplate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"transferable\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"internalType\":\"structIFactory.NftCreateData\",\"name\":\"_NftCreateData\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"string[]\",\"name\":\"strings\",\"type\":\"string[]\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"bytess\",\"type\":\"bytes[]\"}],\"internalType\":\"structIFactory.ErcCreateData\",\"name\":\"_ErcCreateData\",\"type\":\"tuple\"}],\"name\":\"createNftWithErc20\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"erc721Address\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"erc20Address\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"transferable\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"internalType\":\"structIFactory.NftCreateData\",\"name\":\"_NftCreateData\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"string[]\",\"name\":\"strings\",\"type\":\"string[]\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"bytess\",\"type\":\"bytes[]\"}],\"internalType\":\"structIFactory.ErcCreateData\",\"name\":\"_ErcCreateData\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dispenserAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"withMint\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"allowedSwapper\",\"type\":\"address\"}],\"internalType\":\"structIFactory.DispenserData\",\"name\":\"_DispenserData\",\"type\":\"tuple\"}],\"name\":\"createNftWithErc20WithDispenser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"erc721Address\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"erc20Address\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"transferable\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"internalType\":\"structIFactory.NftCreateData\",\"name\":\"_NftCreateData\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"string[]\",\"name\":\"strings\",\"type\":\"string[]\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"bytess\",\"type\":\"bytes[]\"}],\"internalType\":\"structIFactory.ErcCreateData\",\"name\":\"_ErcCreateData\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"fixedPriceAddress\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints\",\"type\":\"uint256[]\"}],\"internalType\":\"structIFactory.FixedData\",\"name\":\"_FixedData\",\"type\":\"tuple\"}],\"name\":\"createNftWithErc20WithFixedRate\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"erc721Address\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"erc20Address\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"exchangeId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"transferable\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"internalType\":\"structIFactory.NftCreateData\",\"name\":\"_NftCreateData\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"string[]\",\"name\":\"strings\",\"type\":\"string[]\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"bytess\",\"type\":\"bytes[]\"}],\"internalType\":\"structIFactory.ErcCreateData\",\"name\":\"_ErcCreateData\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"ssParams\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"swapFees\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"}],\"internalType\":\"structIFactory.PoolData\",\"name\":\"_PoolData\",\"type\":\"tuple\"}],\"name\":\"createNftWithErc20WithPool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"erc721Address\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"erc20Address\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"poolAddress\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"transferable\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"internalType\":\"structIFactory.NftCreateData\",\"name\":\"_NftCreateData\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"_metaDataState\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"_metaDataDecryptorUrl\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"_metaDataDecryptorAddress\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"flags\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"_metaDataHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"validatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structIERC721Template.metaDataProof[]\",\"name\":\"_metadataProofs\",\"type\":\"tuple[]\"}],\"internalType\":\"structERC721Factory.MetaData\",\"name\":\"_MetaData\",\"type\":\"tuple\"}],\"name\":\"createNftWithMetaData\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"erc721Address\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"string[]\",\"name\":\"strings\",\"type\":\"string[]\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"bytess\",\"type\":\"bytes[]\"}],\"name\":\"createToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"_templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"additionalERC20Deployer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"additionalMetaDataUpdater\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"transferable\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"deployERC721Contract\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_index\",\"type\":\"uint256\"}],\"name\":\"disable721TokenTemplate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_index\",\"type\":\"uint256\"}],\"name\":\"disableTokenTemplate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"erc20List\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"erc721List\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCurrentNFTCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCurrentNFTTemplateCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCurrentTemplateCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCurrentTokenCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_index\",\"type\":\"uint256\"}],\"name\":\"getNFTTemplate\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"templateAddress\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isActive\",\"type\":\"bool\"}],\"internalType\":\"structERC721Factory.Template\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_index\",\"type\":\"uint256\"}],\"name\":\"getTokenTemplate\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"templateAddress\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isActive\",\"type\":\"bool\"}],\"internalType\":\"structERC721Factory.Template\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"nftTemplateList\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"templateAddress\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isActive\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_index\",\"type\":\"uint256\"}],\"name\":\"reactivate721TokenTemplate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_index\",\"type\":\"uint256\"}],\"name\":\"reactivateTokenTemplate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"tokenAddress\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"orderTxId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"providerFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"providerFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"providerFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"}],\"internalType\":\"structIERC20Template.providerFee\",\"name\":\"_providerFee\",\"type\":\"tuple\"}],\"internalType\":\"structERC721Factory.reuseTokenOrder[]\",\"name\":\"orders\",\"type\":\"tuple[]\"}],\"name\":\"reuseMultipleTokenOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"router\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"tokenAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"serviceIndex\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"providerFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"providerFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"providerFeeAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"providerData\",\"type\":\"bytes\"}],\"internalType\":\"structIERC20Template.providerFee\",\"name\":\"_providerFee\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"consumeMarketFeeAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"consumeMarketFeeToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"consumeMarketFeeAmount\",\"type\":\"uint256\"}],\"internalType\":\"structIERC20Template.consumeMarketFee\",\"name\":\"_consumeMarketFee\",\"type\":\"tuple\"}],\"internalType\":\"structERC721Factory.tokenOrder[]\",\"name\":\"orders\",\"type\":\"tuple[]\"}],\"name\":\"startMultipleTokenOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"templateCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"templateList\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"templateAddress\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isActive\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "NFTFactory",
}

// NFTFactory is an auto generated Go binding around an Ethereum contract.
type NFTFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NFTFactory) GetABI() abi.ABI {
	return c.abi
}

// NewNFTFactory creates a new instance of NFTFactory.
func NewNFTFactory() *NFTFactory {
	parsed, err := NFTFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NFTFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NFTFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _template721, address _template, address _router) returns()
func (nFTFactory *NFTFactory) PackConstructor(_template721 common.Address, _template common.Address, _router common.Address) []byte {
	enc, err := nFTFactory.abi.Pack("", _template721, _template, _router)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAdd721TokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f6051af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function add721TokenTemplate(address _templateAddress) returns(uint256)
func (nFTFactory *NFTFactory) PackAdd721TokenTemplate(templateAddress common.Address) []byte {
	enc, err := nFTFactory.abi.Pack("add721TokenTemplate", templateAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdd721TokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f6051af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function add721TokenTemplate(address _templateAddress) returns(uint256)
func (nFTFactory *NFTFactory) TryPackAdd721TokenTemplate(templateAddress common.Address) ([]byte, error) {
	return nFTFactory.abi.Pack("add721TokenTemplate", templateAddress)
}

// UnpackAdd721TokenTemplate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f6051af.
//
// Solidity: function add721TokenTemplate(address _templateAddress) returns(uint256)
func (nFTFactory *NFTFactory) UnpackAdd721TokenTemplate(data []byte) (*big.Int, error) {
	out, err := nFTFactory.abi.Unpack("add721TokenTemplate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddTokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b20bccf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addTokenTemplate(address _templateAddress) returns(uint256)
func (nFTFactory *NFTFactory) PackAddTokenTemplate(templateAddress common.Address) []byte {
	enc, err := nFTFactory.abi.Pack("addTokenTemplate", templateAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddTokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b20bccf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addTokenTemplate(address _templateAddress) returns(uint256)
func (nFTFactory *NFTFactory) TryPackAddTokenTemplate(templateAddress common.Address) ([]byte, error) {
	return nFTFactory.abi.Pack("addTokenTemplate", templateAddress)
}

// UnpackAddTokenTemplate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b20bccf.
//
// Solidity: function addTokenTemplate(address _templateAddress) returns(uint256)
func (nFTFactory *NFTFactory) UnpackAddTokenTemplate(data []byte) (*big.Int, error) {
	out, err := nFTFactory.abi.Unpack("addTokenTemplate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateNftWithErc20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf86b2bcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createNftWithErc20((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData) returns(address erc721Address, address erc20Address)
func (nFTFactory *NFTFactory) PackCreateNftWithErc20(nftCreateData IFactoryNftCreateData, ercCreateData IFactoryErcCreateData) []byte {
	enc, err := nFTFactory.abi.Pack("createNftWithErc20", nftCreateData, ercCreateData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateNftWithErc20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf86b2bcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createNftWithErc20((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData) returns(address erc721Address, address erc20Address)
func (nFTFactory *NFTFactory) TryPackCreateNftWithErc20(nftCreateData IFactoryNftCreateData, ercCreateData IFactoryErcCreateData) ([]byte, error) {
	return nFTFactory.abi.Pack("createNftWithErc20", nftCreateData, ercCreateData)
}

// CreateNftWithErc20Output serves as a container for the return parameters of contract
// method CreateNftWithErc20.
type CreateNftWithErc20Output struct {
	Erc721Address common.Address
	Erc20Address  common.Address
}

// UnpackCreateNftWithErc20 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf86b2bcf.
//
// Solidity: function createNftWithErc20((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData) returns(address erc721Address, address erc20Address)
func (nFTFactory *NFTFactory) UnpackCreateNftWithErc20(data []byte) (CreateNftWithErc20Output, error) {
	out, err := nFTFactory.abi.Unpack("createNftWithErc20", data)
	outstruct := new(CreateNftWithErc20Output)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Erc721Address = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Erc20Address = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackCreateNftWithErc20WithDispenser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa897ddc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createNftWithErc20WithDispenser((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData, (address,uint256,uint256,bool,address) _DispenserData) returns(address erc721Address, address erc20Address)
func (nFTFactory *NFTFactory) PackCreateNftWithErc20WithDispenser(nftCreateData IFactoryNftCreateData, ercCreateData IFactoryErcCreateData, dispenserData IFactoryDispenserData) []byte {
	enc, err := nFTFactory.abi.Pack("createNftWithErc20WithDispenser", nftCreateData, ercCreateData, dispenserData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateNftWithErc20WithDispenser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa897ddc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createNftWithErc20WithDispenser((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData, (address,uint256,uint256,bool,address) _DispenserData) returns(address erc721Address, address erc20Address)
func (nFTFactory *NFTFactory) TryPackCreateNftWithErc20WithDispenser(nftCreateData IFactoryNftCreateData, ercCreateData IFactoryErcCreateData, dispenserData IFactoryDispenserData) ([]byte, error) {
	return nFTFactory.abi.Pack("createNftWithErc20WithDispenser", nftCreateData, ercCreateData, dispenserData)
}

// CreateNftWithErc20WithDispenserOutput serves as a container for the return parameters of contract
// method CreateNftWithErc20WithDispenser.
type CreateNftWithErc20WithDispenserOutput struct {
	Erc721Address common.Address
	Erc20Address  common.Address
}

// UnpackCreateNftWithErc20WithDispenser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa897ddc.
//
// Solidity: function createNftWithErc20WithDispenser((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData, (address,uint256,uint256,bool,address) _DispenserData) returns(address erc721Address, address erc20Address)
func (nFTFactory *NFTFactory) UnpackCreateNftWithErc20WithDispenser(data []byte) (CreateNftWithErc20WithDispenserOutput, error) {
	out, err := nFTFactory.abi.Unpack("createNftWithErc20WithDispenser", data)
	outstruct := new(CreateNftWithErc20WithDispenserOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Erc721Address = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Erc20Address = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackCreateNftWithErc20WithFixedRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd282aa86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createNftWithErc20WithFixedRate((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData, (address,address[],uint256[]) _FixedData) returns(address erc721Address, address erc20Address, bytes32 exchangeId)
func (nFTFactory *NFTFactory) PackCreateNftWithErc20WithFixedRate(nftCreateData IFactoryNftCreateData, ercCreateData IFactoryErcCreateData, fixedData IFactoryFixedData) []byte {
	enc, err := nFTFactory.abi.Pack("createNftWithErc20WithFixedRate", nftCreateData, ercCreateData, fixedData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateNftWithErc20WithFixedRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd282aa86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createNftWithErc20WithFixedRate((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData, (address,address[],uint256[]) _FixedData) returns(address erc721Address, address erc20Address, bytes32 exchangeId)
func (nFTFactory *NFTFactory) TryPackCreateNftWithErc20WithFixedRate(nftCreateData IFactoryNftCreateData, ercCreateData IFactoryErcCreateData, fixedData IFactoryFixedData) ([]byte, error) {
	return nFTFactory.abi.Pack("createNftWithErc20WithFixedRate", nftCreateData, ercCreateData, fixedData)
}

// CreateNftWithErc20WithFixedRateOutput serves as a container for the return parameters of contract
// method CreateNftWithErc20WithFixedRate.
type CreateNftWithErc20WithFixedRateOutput struct {
	Erc721Address common.Address
	Erc20Address  common.Address
	ExchangeId    [32]byte
}

// UnpackCreateNftWithErc20WithFixedRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd282aa86.
//
// Solidity: function createNftWithErc20WithFixedRate((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData, (address,address[],uint256[]) _FixedData) returns(address erc721Address, address erc20Address, bytes32 exchangeId)
func (nFTFactory *NFTFactory) UnpackCreateNftWithErc20WithFixedRate(data []byte) (CreateNftWithErc20WithFixedRateOutput, error) {
	out, err := nFTFactory.abi.Unpack("createNftWithErc20WithFixedRate", data)
	outstruct := new(CreateNftWithErc20WithFixedRateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Erc721Address = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Erc20Address = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.ExchangeId = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackCreateNftWithErc20WithPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50447fd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createNftWithErc20WithPool((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData, (uint256[],uint256[],address[]) _PoolData) returns(address erc721Address, address erc20Address, address poolAddress)
func (nFTFactory *NFTFactory) PackCreateNftWithErc20WithPool(nftCreateData IFactoryNftCreateData, ercCreateData IFactoryErcCreateData, poolData IFactoryPoolData) []byte {
	enc, err := nFTFactory.abi.Pack("createNftWithErc20WithPool", nftCreateData, ercCreateData, poolData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateNftWithErc20WithPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50447fd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createNftWithErc20WithPool((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData, (uint256[],uint256[],address[]) _PoolData) returns(address erc721Address, address erc20Address, address poolAddress)
func (nFTFactory *NFTFactory) TryPackCreateNftWithErc20WithPool(nftCreateData IFactoryNftCreateData, ercCreateData IFactoryErcCreateData, poolData IFactoryPoolData) ([]byte, error) {
	return nFTFactory.abi.Pack("createNftWithErc20WithPool", nftCreateData, ercCreateData, poolData)
}

// CreateNftWithErc20WithPoolOutput serves as a container for the return parameters of contract
// method CreateNftWithErc20WithPool.
type CreateNftWithErc20WithPoolOutput struct {
	Erc721Address common.Address
	Erc20Address  common.Address
	PoolAddress   common.Address
}

// UnpackCreateNftWithErc20WithPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50447fd5.
//
// Solidity: function createNftWithErc20WithPool((string,string,uint256,string,bool,address) _NftCreateData, (uint256,string[],address[],uint256[],bytes[]) _ErcCreateData, (uint256[],uint256[],address[]) _PoolData) returns(address erc721Address, address erc20Address, address poolAddress)
func (nFTFactory *NFTFactory) UnpackCreateNftWithErc20WithPool(data []byte) (CreateNftWithErc20WithPoolOutput, error) {
	out, err := nFTFactory.abi.Unpack("createNftWithErc20WithPool", data)
	outstruct := new(CreateNftWithErc20WithPoolOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Erc721Address = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Erc20Address = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.PoolAddress = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackCreateNftWithMetaData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26f20066.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createNftWithMetaData((string,string,uint256,string,bool,address) _NftCreateData, (uint8,string,string,bytes,bytes,bytes32,(address,uint8,bytes32,bytes32)[]) _MetaData) returns(address erc721Address)
func (nFTFactory *NFTFactory) PackCreateNftWithMetaData(nftCreateData IFactoryNftCreateData, metaData ERC721FactoryMetaData) []byte {
	enc, err := nFTFactory.abi.Pack("createNftWithMetaData", nftCreateData, metaData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateNftWithMetaData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26f20066.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createNftWithMetaData((string,string,uint256,string,bool,address) _NftCreateData, (uint8,string,string,bytes,bytes,bytes32,(address,uint8,bytes32,bytes32)[]) _MetaData) returns(address erc721Address)
func (nFTFactory *NFTFactory) TryPackCreateNftWithMetaData(nftCreateData IFactoryNftCreateData, metaData ERC721FactoryMetaData) ([]byte, error) {
	return nFTFactory.abi.Pack("createNftWithMetaData", nftCreateData, metaData)
}

// UnpackCreateNftWithMetaData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26f20066.
//
// Solidity: function createNftWithMetaData((string,string,uint256,string,bool,address) _NftCreateData, (uint8,string,string,bytes,bytes,bytes32,(address,uint8,bytes32,bytes32)[]) _MetaData) returns(address erc721Address)
func (nFTFactory *NFTFactory) UnpackCreateNftWithMetaData(data []byte) (common.Address, error) {
	out, err := nFTFactory.abi.Unpack("createNftWithMetaData", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreateToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x557fcfb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createToken(uint256 _templateIndex, string[] strings, address[] addresses, uint256[] uints, bytes[] bytess) returns(address token)
func (nFTFactory *NFTFactory) PackCreateToken(templateIndex *big.Int, strings []string, addresses []common.Address, uints []*big.Int, bytess [][]byte) []byte {
	enc, err := nFTFactory.abi.Pack("createToken", templateIndex, strings, addresses, uints, bytess)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x557fcfb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createToken(uint256 _templateIndex, string[] strings, address[] addresses, uint256[] uints, bytes[] bytess) returns(address token)
func (nFTFactory *NFTFactory) TryPackCreateToken(templateIndex *big.Int, strings []string, addresses []common.Address, uints []*big.Int, bytess [][]byte) ([]byte, error) {
	return nFTFactory.abi.Pack("createToken", templateIndex, strings, addresses, uints, bytess)
}

// UnpackCreateToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x557fcfb0.
//
// Solidity: function createToken(uint256 _templateIndex, string[] strings, address[] addresses, uint256[] uints, bytes[] bytess) returns(address token)
func (nFTFactory *NFTFactory) UnpackCreateToken(data []byte) (common.Address, error) {
	out, err := nFTFactory.abi.Unpack("createToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeployERC721Contract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3147c798.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployERC721Contract(string name, string symbol, uint256 _templateIndex, address additionalERC20Deployer, address additionalMetaDataUpdater, string tokenURI, bool transferable, address owner) returns(address token)
func (nFTFactory *NFTFactory) PackDeployERC721Contract(name string, symbol string, templateIndex *big.Int, additionalERC20Deployer common.Address, additionalMetaDataUpdater common.Address, tokenURI string, transferable bool, owner common.Address) []byte {
	enc, err := nFTFactory.abi.Pack("deployERC721Contract", name, symbol, templateIndex, additionalERC20Deployer, additionalMetaDataUpdater, tokenURI, transferable, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployERC721Contract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3147c798.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployERC721Contract(string name, string symbol, uint256 _templateIndex, address additionalERC20Deployer, address additionalMetaDataUpdater, string tokenURI, bool transferable, address owner) returns(address token)
func (nFTFactory *NFTFactory) TryPackDeployERC721Contract(name string, symbol string, templateIndex *big.Int, additionalERC20Deployer common.Address, additionalMetaDataUpdater common.Address, tokenURI string, transferable bool, owner common.Address) ([]byte, error) {
	return nFTFactory.abi.Pack("deployERC721Contract", name, symbol, templateIndex, additionalERC20Deployer, additionalMetaDataUpdater, tokenURI, transferable, owner)
}

// UnpackDeployERC721Contract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3147c798.
//
// Solidity: function deployERC721Contract(string name, string symbol, uint256 _templateIndex, address additionalERC20Deployer, address additionalMetaDataUpdater, string tokenURI, bool transferable, address owner) returns(address token)
func (nFTFactory *NFTFactory) UnpackDeployERC721Contract(data []byte) (common.Address, error) {
	out, err := nFTFactory.abi.Unpack("deployERC721Contract", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDisable721TokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x809d8105.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disable721TokenTemplate(uint256 _index) returns()
func (nFTFactory *NFTFactory) PackDisable721TokenTemplate(index *big.Int) []byte {
	enc, err := nFTFactory.abi.Pack("disable721TokenTemplate", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisable721TokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x809d8105.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disable721TokenTemplate(uint256 _index) returns()
func (nFTFactory *NFTFactory) TryPackDisable721TokenTemplate(index *big.Int) ([]byte, error) {
	return nFTFactory.abi.Pack("disable721TokenTemplate", index)
}

// PackDisableTokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ffda887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disableTokenTemplate(uint256 _index) returns()
func (nFTFactory *NFTFactory) PackDisableTokenTemplate(index *big.Int) []byte {
	enc, err := nFTFactory.abi.Pack("disableTokenTemplate", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisableTokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ffda887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disableTokenTemplate(uint256 _index) returns()
func (nFTFactory *NFTFactory) TryPackDisableTokenTemplate(index *big.Int) ([]byte, error) {
	return nFTFactory.abi.Pack("disableTokenTemplate", index)
}

// PackErc20List is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x226e7615.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function erc20List(address ) view returns(bool)
func (nFTFactory *NFTFactory) PackErc20List(arg0 common.Address) []byte {
	enc, err := nFTFactory.abi.Pack("erc20List", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackErc20List is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x226e7615.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function erc20List(address ) view returns(bool)
func (nFTFactory *NFTFactory) TryPackErc20List(arg0 common.Address) ([]byte, error) {
	return nFTFactory.abi.Pack("erc20List", arg0)
}

// UnpackErc20List is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x226e7615.
//
// Solidity: function erc20List(address ) view returns(bool)
func (nFTFactory *NFTFactory) UnpackErc20List(data []byte) (bool, error) {
	out, err := nFTFactory.abi.Unpack("erc20List", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackErc721List is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72f670f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function erc721List(address ) view returns(address)
func (nFTFactory *NFTFactory) PackErc721List(arg0 common.Address) []byte {
	enc, err := nFTFactory.abi.Pack("erc721List", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackErc721List is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72f670f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function erc721List(address ) view returns(address)
func (nFTFactory *NFTFactory) TryPackErc721List(arg0 common.Address) ([]byte, error) {
	return nFTFactory.abi.Pack("erc721List", arg0)
}

// UnpackErc721List is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72f670f0.
//
// Solidity: function erc721List(address ) view returns(address)
func (nFTFactory *NFTFactory) UnpackErc721List(data []byte) (common.Address, error) {
	out, err := nFTFactory.abi.Unpack("erc721List", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetCurrentNFTCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c705982.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCurrentNFTCount() view returns(uint256)
func (nFTFactory *NFTFactory) PackGetCurrentNFTCount() []byte {
	enc, err := nFTFactory.abi.Pack("getCurrentNFTCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCurrentNFTCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c705982.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCurrentNFTCount() view returns(uint256)
func (nFTFactory *NFTFactory) TryPackGetCurrentNFTCount() ([]byte, error) {
	return nFTFactory.abi.Pack("getCurrentNFTCount")
}

// UnpackGetCurrentNFTCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c705982.
//
// Solidity: function getCurrentNFTCount() view returns(uint256)
func (nFTFactory *NFTFactory) UnpackGetCurrentNFTCount(data []byte) (*big.Int, error) {
	out, err := nFTFactory.abi.Unpack("getCurrentNFTCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetCurrentNFTTemplateCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5fc01f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCurrentNFTTemplateCount() view returns(uint256)
func (nFTFactory *NFTFactory) PackGetCurrentNFTTemplateCount() []byte {
	enc, err := nFTFactory.abi.Pack("getCurrentNFTTemplateCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCurrentNFTTemplateCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5fc01f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCurrentNFTTemplateCount() view returns(uint256)
func (nFTFactory *NFTFactory) TryPackGetCurrentNFTTemplateCount() ([]byte, error) {
	return nFTFactory.abi.Pack("getCurrentNFTTemplateCount")
}

// UnpackGetCurrentNFTTemplateCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5fc01f0.
//
// Solidity: function getCurrentNFTTemplateCount() view returns(uint256)
func (nFTFactory *NFTFactory) UnpackGetCurrentNFTTemplateCount(data []byte) (*big.Int, error) {
	out, err := nFTFactory.abi.Unpack("getCurrentNFTTemplateCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetCurrentTemplateCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95c60305.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCurrentTemplateCount() view returns(uint256)
func (nFTFactory *NFTFactory) PackGetCurrentTemplateCount() []byte {
	enc, err := nFTFactory.abi.Pack("getCurrentTemplateCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCurrentTemplateCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95c60305.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCurrentTemplateCount() view returns(uint256)
func (nFTFactory *NFTFactory) TryPackGetCurrentTemplateCount() ([]byte, error) {
	return nFTFactory.abi.Pack("getCurrentTemplateCount")
}

// UnpackGetCurrentTemplateCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95c60305.
//
// Solidity: function getCurrentTemplateCount() view returns(uint256)
func (nFTFactory *NFTFactory) UnpackGetCurrentTemplateCount(data []byte) (*big.Int, error) {
	out, err := nFTFactory.abi.Unpack("getCurrentTemplateCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetCurrentTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6cf868a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCurrentTokenCount() view returns(uint256)
func (nFTFactory *NFTFactory) PackGetCurrentTokenCount() []byte {
	enc, err := nFTFactory.abi.Pack("getCurrentTokenCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCurrentTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6cf868a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCurrentTokenCount() view returns(uint256)
func (nFTFactory *NFTFactory) TryPackGetCurrentTokenCount() ([]byte, error) {
	return nFTFactory.abi.Pack("getCurrentTokenCount")
}

// UnpackGetCurrentTokenCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6cf868a.
//
// Solidity: function getCurrentTokenCount() view returns(uint256)
func (nFTFactory *NFTFactory) UnpackGetCurrentTokenCount(data []byte) (*big.Int, error) {
	out, err := nFTFactory.abi.Unpack("getCurrentTokenCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetNFTTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3315efd1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNFTTemplate(uint256 _index) view returns((address,bool))
func (nFTFactory *NFTFactory) PackGetNFTTemplate(index *big.Int) []byte {
	enc, err := nFTFactory.abi.Pack("getNFTTemplate", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNFTTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3315efd1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNFTTemplate(uint256 _index) view returns((address,bool))
func (nFTFactory *NFTFactory) TryPackGetNFTTemplate(index *big.Int) ([]byte, error) {
	return nFTFactory.abi.Pack("getNFTTemplate", index)
}

// UnpackGetNFTTemplate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3315efd1.
//
// Solidity: function getNFTTemplate(uint256 _index) view returns((address,bool))
func (nFTFactory *NFTFactory) UnpackGetNFTTemplate(data []byte) (ERC721FactoryTemplate, error) {
	out, err := nFTFactory.abi.Unpack("getNFTTemplate", data)
	if err != nil {
		return *new(ERC721FactoryTemplate), err
	}
	out0 := *abi.ConvertType(out[0], new(ERC721FactoryTemplate)).(*ERC721FactoryTemplate)
	return out0, nil
}

// PackGetTokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x042ab9b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTokenTemplate(uint256 _index) view returns((address,bool))
func (nFTFactory *NFTFactory) PackGetTokenTemplate(index *big.Int) []byte {
	enc, err := nFTFactory.abi.Pack("getTokenTemplate", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x042ab9b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTokenTemplate(uint256 _index) view returns((address,bool))
func (nFTFactory *NFTFactory) TryPackGetTokenTemplate(index *big.Int) ([]byte, error) {
	return nFTFactory.abi.Pack("getTokenTemplate", index)
}

// UnpackGetTokenTemplate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x042ab9b3.
//
// Solidity: function getTokenTemplate(uint256 _index) view returns((address,bool))
func (nFTFactory *NFTFactory) UnpackGetTokenTemplate(data []byte) (ERC721FactoryTemplate, error) {
	out, err := nFTFactory.abi.Unpack("getTokenTemplate", data)
	if err != nil {
		return *new(ERC721FactoryTemplate), err
	}
	out0 := *abi.ConvertType(out[0], new(ERC721FactoryTemplate)).(*ERC721FactoryTemplate)
	return out0, nil
}

// PackNftTemplateList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c44204.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nftTemplateList(uint256 ) view returns(address templateAddress, bool isActive)
func (nFTFactory *NFTFactory) PackNftTemplateList(arg0 *big.Int) []byte {
	enc, err := nFTFactory.abi.Pack("nftTemplateList", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNftTemplateList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c44204.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nftTemplateList(uint256 ) view returns(address templateAddress, bool isActive)
func (nFTFactory *NFTFactory) TryPackNftTemplateList(arg0 *big.Int) ([]byte, error) {
	return nFTFactory.abi.Pack("nftTemplateList", arg0)
}

// NftTemplateListOutput serves as a container for the return parameters of contract
// method NftTemplateList.
type NftTemplateListOutput struct {
	TemplateAddress common.Address
	IsActive        bool
}

// UnpackNftTemplateList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82c44204.
//
// Solidity: function nftTemplateList(uint256 ) view returns(address templateAddress, bool isActive)
func (nFTFactory *NFTFactory) UnpackNftTemplateList(data []byte) (NftTemplateListOutput, error) {
	out, err := nFTFactory.abi.Unpack("nftTemplateList", data)
	outstruct := new(NftTemplateListOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TemplateAddress = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.IsActive = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (nFTFactory *NFTFactory) PackOwner() []byte {
	enc, err := nFTFactory.abi.Pack("owner")
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
func (nFTFactory *NFTFactory) TryPackOwner() ([]byte, error) {
	return nFTFactory.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (nFTFactory *NFTFactory) UnpackOwner(data []byte) (common.Address, error) {
	out, err := nFTFactory.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReactivate721TokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa33ef2a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reactivate721TokenTemplate(uint256 _index) returns()
func (nFTFactory *NFTFactory) PackReactivate721TokenTemplate(index *big.Int) []byte {
	enc, err := nFTFactory.abi.Pack("reactivate721TokenTemplate", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReactivate721TokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa33ef2a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reactivate721TokenTemplate(uint256 _index) returns()
func (nFTFactory *NFTFactory) TryPackReactivate721TokenTemplate(index *big.Int) ([]byte, error) {
	return nFTFactory.abi.Pack("reactivate721TokenTemplate", index)
}

// PackReactivateTokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbf8d71f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reactivateTokenTemplate(uint256 _index) returns()
func (nFTFactory *NFTFactory) PackReactivateTokenTemplate(index *big.Int) []byte {
	enc, err := nFTFactory.abi.Pack("reactivateTokenTemplate", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReactivateTokenTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbf8d71f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reactivateTokenTemplate(uint256 _index) returns()
func (nFTFactory *NFTFactory) TryPackReactivateTokenTemplate(index *big.Int) ([]byte, error) {
	return nFTFactory.abi.Pack("reactivateTokenTemplate", index)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (nFTFactory *NFTFactory) PackRenounceOwnership() []byte {
	enc, err := nFTFactory.abi.Pack("renounceOwnership")
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
func (nFTFactory *NFTFactory) TryPackRenounceOwnership() ([]byte, error) {
	return nFTFactory.abi.Pack("renounceOwnership")
}

// PackReuseMultipleTokenOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2515422e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reuseMultipleTokenOrder((address,bytes32,(address,address,uint256,uint8,bytes32,bytes32,uint256,bytes))[] orders) returns()
func (nFTFactory *NFTFactory) PackReuseMultipleTokenOrder(orders []ERC721FactoryreuseTokenOrder) []byte {
	enc, err := nFTFactory.abi.Pack("reuseMultipleTokenOrder", orders)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReuseMultipleTokenOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2515422e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reuseMultipleTokenOrder((address,bytes32,(address,address,uint256,uint8,bytes32,bytes32,uint256,bytes))[] orders) returns()
func (nFTFactory *NFTFactory) TryPackReuseMultipleTokenOrder(orders []ERC721FactoryreuseTokenOrder) ([]byte, error) {
	return nFTFactory.abi.Pack("reuseMultipleTokenOrder", orders)
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (nFTFactory *NFTFactory) PackRouter() []byte {
	enc, err := nFTFactory.abi.Pack("router")
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
func (nFTFactory *NFTFactory) TryPackRouter() ([]byte, error) {
	return nFTFactory.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (nFTFactory *NFTFactory) UnpackRouter(data []byte) (common.Address, error) {
	out, err := nFTFactory.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStartMultipleTokenOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94be0e88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startMultipleTokenOrder((address,address,uint256,(address,address,uint256,uint8,bytes32,bytes32,uint256,bytes),(address,address,uint256))[] orders) returns()
func (nFTFactory *NFTFactory) PackStartMultipleTokenOrder(orders []ERC721FactorytokenOrder) []byte {
	enc, err := nFTFactory.abi.Pack("startMultipleTokenOrder", orders)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartMultipleTokenOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94be0e88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startMultipleTokenOrder((address,address,uint256,(address,address,uint256,uint8,bytes32,bytes32,uint256,bytes),(address,address,uint256))[] orders) returns()
func (nFTFactory *NFTFactory) TryPackStartMultipleTokenOrder(orders []ERC721FactorytokenOrder) ([]byte, error) {
	return nFTFactory.abi.Pack("startMultipleTokenOrder", orders)
}

// PackTemplateCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26705c3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function templateCount() view returns(uint256)
func (nFTFactory *NFTFactory) PackTemplateCount() []byte {
	enc, err := nFTFactory.abi.Pack("templateCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTemplateCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26705c3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function templateCount() view returns(uint256)
func (nFTFactory *NFTFactory) TryPackTemplateCount() ([]byte, error) {
	return nFTFactory.abi.Pack("templateCount")
}

// UnpackTemplateCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26705c3c.
//
// Solidity: function templateCount() view returns(uint256)
func (nFTFactory *NFTFactory) UnpackTemplateCount(data []byte) (*big.Int, error) {
	out, err := nFTFactory.abi.Unpack("templateCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTemplateList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94051699.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function templateList(uint256 ) view returns(address templateAddress, bool isActive)
func (nFTFactory *NFTFactory) PackTemplateList(arg0 *big.Int) []byte {
	enc, err := nFTFactory.abi.Pack("templateList", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTemplateList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94051699.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function templateList(uint256 ) view returns(address templateAddress, bool isActive)
func (nFTFactory *NFTFactory) TryPackTemplateList(arg0 *big.Int) ([]byte, error) {
	return nFTFactory.abi.Pack("templateList", arg0)
}

// TemplateListOutput serves as a container for the return parameters of contract
// method TemplateList.
type TemplateListOutput struct {
	TemplateAddress common.Address
	IsActive        bool
}

// UnpackTemplateList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94051699.
//
// Solidity: function templateList(uint256 ) view returns(address templateAddress, bool isActive)
func (nFTFactory *NFTFactory) UnpackTemplateList(data []byte) (TemplateListOutput, error) {
	out, err := nFTFactory.abi.Unpack("templateList", data)
	outstruct := new(TemplateListOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TemplateAddress = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.IsActive = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (nFTFactory *NFTFactory) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := nFTFactory.abi.Pack("transferOwnership", newOwner)
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
func (nFTFactory *NFTFactory) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return nFTFactory.abi.Pack("transferOwnership", newOwner)
}

// NFTFactoryDispenserCreated represents a DispenserCreated event raised by the NFTFactory contract.
type NFTFactoryDispenserCreated struct {
	DatatokenAddress common.Address
	Owner            common.Address
	MaxTokens        *big.Int
	MaxBalance       *big.Int
	AllowedSwapper   common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const NFTFactoryDispenserCreatedEventName = "DispenserCreated"

// ContractEventName returns the user-defined event name.
func (NFTFactoryDispenserCreated) ContractEventName() string {
	return NFTFactoryDispenserCreatedEventName
}

// UnpackDispenserCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DispenserCreated(address indexed datatokenAddress, address indexed owner, uint256 maxTokens, uint256 maxBalance, address allowedSwapper)
func (nFTFactory *NFTFactory) UnpackDispenserCreatedEvent(log *types.Log) (*NFTFactoryDispenserCreated, error) {
	event := "DispenserCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nFTFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NFTFactoryDispenserCreated)
	if len(log.Data) > 0 {
		if err := nFTFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nFTFactory.abi.Events[event].Inputs {
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

// NFTFactoryInstanceDeployed represents a InstanceDeployed event raised by the NFTFactory contract.
type NFTFactoryInstanceDeployed struct {
	Instance common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const NFTFactoryInstanceDeployedEventName = "InstanceDeployed"

// ContractEventName returns the user-defined event name.
func (NFTFactoryInstanceDeployed) ContractEventName() string {
	return NFTFactoryInstanceDeployedEventName
}

// UnpackInstanceDeployedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InstanceDeployed(address instance)
func (nFTFactory *NFTFactory) UnpackInstanceDeployedEvent(log *types.Log) (*NFTFactoryInstanceDeployed, error) {
	event := "InstanceDeployed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nFTFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NFTFactoryInstanceDeployed)
	if len(log.Data) > 0 {
		if err := nFTFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nFTFactory.abi.Events[event].Inputs {
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

// NFTFactoryNFTCreated represents a NFTCreated event raised by the NFTFactory contract.
type NFTFactoryNFTCreated struct {
	NewTokenAddress common.Address
	TemplateAddress common.Address
	TokenName       string
	Admin           common.Address
	Symbol          string
	TokenURI        string
	Transferable    bool
	Creator         common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const NFTFactoryNFTCreatedEventName = "NFTCreated"

// ContractEventName returns the user-defined event name.
func (NFTFactoryNFTCreated) ContractEventName() string {
	return NFTFactoryNFTCreatedEventName
}

// UnpackNFTCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NFTCreated(address newTokenAddress, address indexed templateAddress, string tokenName, address indexed admin, string symbol, string tokenURI, bool transferable, address indexed creator)
func (nFTFactory *NFTFactory) UnpackNFTCreatedEvent(log *types.Log) (*NFTFactoryNFTCreated, error) {
	event := "NFTCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nFTFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NFTFactoryNFTCreated)
	if len(log.Data) > 0 {
		if err := nFTFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nFTFactory.abi.Events[event].Inputs {
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

// NFTFactoryNewDispenser represents a NewDispenser event raised by the NFTFactory contract.
type NFTFactoryNewDispenser struct {
	DispenserContract common.Address
	Raw               *types.Log // Blockchain specific contextual infos
}

const NFTFactoryNewDispenserEventName = "NewDispenser"

// ContractEventName returns the user-defined event name.
func (NFTFactoryNewDispenser) ContractEventName() string {
	return NFTFactoryNewDispenserEventName
}

// UnpackNewDispenserEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewDispenser(address dispenserContract)
func (nFTFactory *NFTFactory) UnpackNewDispenserEvent(log *types.Log) (*NFTFactoryNewDispenser, error) {
	event := "NewDispenser"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nFTFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NFTFactoryNewDispenser)
	if len(log.Data) > 0 {
		if err := nFTFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nFTFactory.abi.Events[event].Inputs {
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

// NFTFactoryNewFixedRate represents a NewFixedRate event raised by the NFTFactory contract.
type NFTFactoryNewFixedRate struct {
	ExchangeId       [32]byte
	Owner            common.Address
	ExchangeContract common.Address
	BaseToken        common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const NFTFactoryNewFixedRateEventName = "NewFixedRate"

// ContractEventName returns the user-defined event name.
func (NFTFactoryNewFixedRate) ContractEventName() string {
	return NFTFactoryNewFixedRateEventName
}

// UnpackNewFixedRateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewFixedRate(bytes32 exchangeId, address indexed owner, address exchangeContract, address indexed baseToken)
func (nFTFactory *NFTFactory) UnpackNewFixedRateEvent(log *types.Log) (*NFTFactoryNewFixedRate, error) {
	event := "NewFixedRate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nFTFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NFTFactoryNewFixedRate)
	if len(log.Data) > 0 {
		if err := nFTFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nFTFactory.abi.Events[event].Inputs {
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

// NFTFactoryNewPool represents a NewPool event raised by the NFTFactory contract.
type NFTFactoryNewPool struct {
	PoolAddress      common.Address
	SsContract       common.Address
	BaseTokenAddress common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const NFTFactoryNewPoolEventName = "NewPool"

// ContractEventName returns the user-defined event name.
func (NFTFactoryNewPool) ContractEventName() string {
	return NFTFactoryNewPoolEventName
}

// UnpackNewPoolEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewPool(address poolAddress, address ssContract, address baseTokenAddress)
func (nFTFactory *NFTFactory) UnpackNewPoolEvent(log *types.Log) (*NFTFactoryNewPool, error) {
	event := "NewPool"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nFTFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NFTFactoryNewPool)
	if len(log.Data) > 0 {
		if err := nFTFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nFTFactory.abi.Events[event].Inputs {
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

// NFTFactoryOwnershipTransferred represents a OwnershipTransferred event raised by the NFTFactory contract.
type NFTFactoryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const NFTFactoryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (NFTFactoryOwnershipTransferred) ContractEventName() string {
	return NFTFactoryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (nFTFactory *NFTFactory) UnpackOwnershipTransferredEvent(log *types.Log) (*NFTFactoryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nFTFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NFTFactoryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := nFTFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nFTFactory.abi.Events[event].Inputs {
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

// NFTFactoryTemplate20Added represents a Template20Added event raised by the NFTFactory contract.
type NFTFactoryTemplate20Added struct {
	TemplateAddress  common.Address
	NftTemplateCount *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const NFTFactoryTemplate20AddedEventName = "Template20Added"

// ContractEventName returns the user-defined event name.
func (NFTFactoryTemplate20Added) ContractEventName() string {
	return NFTFactoryTemplate20AddedEventName
}

// UnpackTemplate20AddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Template20Added(address indexed _templateAddress, uint256 indexed nftTemplateCount)
func (nFTFactory *NFTFactory) UnpackTemplate20AddedEvent(log *types.Log) (*NFTFactoryTemplate20Added, error) {
	event := "Template20Added"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nFTFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NFTFactoryTemplate20Added)
	if len(log.Data) > 0 {
		if err := nFTFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nFTFactory.abi.Events[event].Inputs {
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

// NFTFactoryTemplate721Added represents a Template721Added event raised by the NFTFactory contract.
type NFTFactoryTemplate721Added struct {
	TemplateAddress  common.Address
	NftTemplateCount *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const NFTFactoryTemplate721AddedEventName = "Template721Added"

// ContractEventName returns the user-defined event name.
func (NFTFactoryTemplate721Added) ContractEventName() string {
	return NFTFactoryTemplate721AddedEventName
}

// UnpackTemplate721AddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Template721Added(address indexed _templateAddress, uint256 indexed nftTemplateCount)
func (nFTFactory *NFTFactory) UnpackTemplate721AddedEvent(log *types.Log) (*NFTFactoryTemplate721Added, error) {
	event := "Template721Added"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nFTFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NFTFactoryTemplate721Added)
	if len(log.Data) > 0 {
		if err := nFTFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nFTFactory.abi.Events[event].Inputs {
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

// NFTFactoryTokenCreated represents a TokenCreated event raised by the NFTFactory contract.
type NFTFactoryTokenCreated struct {
	NewTokenAddress common.Address
	TemplateAddress common.Address
	Name            string
	Symbol          string
	Cap             *big.Int
	Creator         common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const NFTFactoryTokenCreatedEventName = "TokenCreated"

// ContractEventName returns the user-defined event name.
func (NFTFactoryTokenCreated) ContractEventName() string {
	return NFTFactoryTokenCreatedEventName
}

// UnpackTokenCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenCreated(address indexed newTokenAddress, address indexed templateAddress, string name, string symbol, uint256 cap, address creator)
func (nFTFactory *NFTFactory) UnpackTokenCreatedEvent(log *types.Log) (*NFTFactoryTokenCreated, error) {
	event := "TokenCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nFTFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NFTFactoryTokenCreated)
	if len(log.Data) > 0 {
		if err := nFTFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nFTFactory.abi.Events[event].Inputs {
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

// NFTFactoryTransfer represents a Transfer event raised by the NFTFactory contract.
type NFTFactoryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const NFTFactoryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (NFTFactoryTransfer) ContractEventName() string {
	return NFTFactoryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (nFTFactory *NFTFactory) UnpackTransferEvent(log *types.Log) (*NFTFactoryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nFTFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NFTFactoryTransfer)
	if len(log.Data) > 0 {
		if err := nFTFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nFTFactory.abi.Events[event].Inputs {
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
