// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

// Package erc721template is the abigen v2 binding of ERC721Template from @oceanprotocol/contracts@2.6.0.
// Regenerate with `go generate ./internal/contracts`.
package erc721template

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

// ERC721RolesAddressRoles is an auto generated low-level Go binding around an user-defined struct.
type ERC721RolesAddressRoles struct {
	Manager        bool
	DeployERC20    bool
	UpdateMetadata bool
	Store          bool
}

// ERC721TemplatemetaDataAndTokenURI is an auto generated low-level Go binding around an user-defined struct.
type ERC721TemplatemetaDataAndTokenURI struct {
	MetaDataState            uint8
	MetaDataDecryptorUrl     string
	MetaDataDecryptorAddress string
	Flags                    []byte
	Data                     []byte
	MetaDataHash             [32]byte
	TokenId                  *big.Int
	TokenURI                 string
	MetadataProofs           []ERC721TemplatemetaDataProof
}

// ERC721TemplatemetaDataProof is an auto generated low-level Go binding around an user-defined struct.
type ERC721TemplatemetaDataProof struct {
	ValidatorAddress common.Address
	V                uint8
	R                [32]byte
	S                [32]byte
}

// ERC721TemplateMetaData contains all meta data concerning the ERC721Template contract.
var ERC721TemplateMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"AddedManager\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"AddedTo725StoreList\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"AddedToCreateERC20List\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"AddedToMetadataList\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"CleanedPermissions\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"ContractCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"name\":\"DataChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_operation\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"_data\",\"type\":\"bytes\"}],\"name\":\"Executed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"createdBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"decryptorUrl\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"flags\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metaDataHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"MetadataCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"updatedBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"MetadataState\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"updatedBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"decryptorUrl\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"flags\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metaDataHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metaDataHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"MetadataValidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"RemovedFrom725StoreList\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"RemovedFromCreateERC20List\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"RemovedFromMetadataList\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"RemovedManager\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newTokenAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"templateAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"}],\"name\":\"TokenCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"updatedBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"TokenURIUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_managerAddress\",\"type\":\"address\"}],\"name\":\"addManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"enumERC721RolesAddress.RolesType[]\",\"name\":\"roles\",\"type\":\"uint8[]\"}],\"name\":\"addMultipleUsersToRoles\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_allowedAddress\",\"type\":\"address\"}],\"name\":\"addTo725StoreList\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_allowedAddress\",\"type\":\"address\"}],\"name\":\"addToCreateERC20List\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_allowedAddress\",\"type\":\"address\"}],\"name\":\"addToMetadataList\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"auth\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cleanPermissions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_templateIndex\",\"type\":\"uint256\"},{\"internalType\":\"string[]\",\"name\":\"strings\",\"type\":\"string[]\"},{\"internalType\":\"address[]\",\"name\":\"addresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"uints\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"bytess\",\"type\":\"bytes[]\"}],\"name\":\"createERC20\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_operation\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"_data\",\"type\":\"bytes\"}],\"name\":\"executeCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"_key\",\"type\":\"bytes32\"}],\"name\":\"getData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"_value\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getId\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMetaData\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getPermissions\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"manager\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"deployERC20\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"updateMetadata\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"store\",\"type\":\"bool\"}],\"internalType\":\"structERC721RolesAddress.Roles\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTokensList\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasMetaData\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"tokenFactory\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"additionalERC20Deployer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"additionalMetaDataUpdater\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"transferable_\",\"type\":\"bool\"}],\"name\":\"initialize\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"datatoken\",\"type\":\"address\"}],\"name\":\"isDeployed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isERC20Deployer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isInitialized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"metaDataDecryptorAddress\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"metaDataDecryptorUrl\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"metaDataState\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_allowedAddress\",\"type\":\"address\"}],\"name\":\"removeFrom725StoreList\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_allowedAddress\",\"type\":\"address\"}],\"name\":\"removeFromCreateERC20List\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_allowedAddress\",\"type\":\"address\"}],\"name\":\"removeFromMetadataList\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_managerAddress\",\"type\":\"address\"}],\"name\":\"removeManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"_baseURI\",\"type\":\"string\"}],\"name\":\"setBaseURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"_key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"_value\",\"type\":\"bytes\"}],\"name\":\"setDataERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"_metaDataState\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"_metaDataDecryptorUrl\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"_metaDataDecryptorAddress\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"flags\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"_metaDataHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"validatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structERC721Template.metaDataProof[]\",\"name\":\"_metadataProofs\",\"type\":\"tuple[]\"}],\"name\":\"setMetaData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"metaDataState\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"metaDataDecryptorUrl\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"metaDataDecryptorAddress\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"flags\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"metaDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"validatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structERC721Template.metaDataProof[]\",\"name\":\"metadataProofs\",\"type\":\"tuple[]\"}],\"internalType\":\"structERC721Template.metaDataAndTokenURI\",\"name\":\"_metaDataAndTokenURI\",\"type\":\"tuple\"}],\"name\":\"setMetaDataAndTokenURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"_metaDataState\",\"type\":\"uint8\"}],\"name\":\"setMetaDataState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"_key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"_value\",\"type\":\"bytes\"}],\"name\":\"setNewData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"}],\"name\":\"setTokenURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"tokenByIndex\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"tokenOfOwnerByIndex\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transferable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ERC721Template",
}

// ERC721Template is an auto generated Go binding around an Ethereum contract.
type ERC721Template struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ERC721Template) GetABI() abi.ABI {
	return c.abi
}

// NewERC721Template creates a new instance of ERC721Template.
func NewERC721Template() *ERC721Template {
	parsed, err := ERC721TemplateMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ERC721Template{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ERC721Template) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAddManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d06177a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addManager(address _managerAddress) returns()
func (eRC721Template *ERC721Template) PackAddManager(managerAddress common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("addManager", managerAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d06177a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addManager(address _managerAddress) returns()
func (eRC721Template *ERC721Template) TryPackAddManager(managerAddress common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("addManager", managerAddress)
}

// PackAddMultipleUsersToRoles is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2d60e6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addMultipleUsersToRoles(address[] addresses, uint8[] roles) returns()
func (eRC721Template *ERC721Template) PackAddMultipleUsersToRoles(addresses []common.Address, roles []uint8) []byte {
	enc, err := eRC721Template.abi.Pack("addMultipleUsersToRoles", addresses, roles)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddMultipleUsersToRoles is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2d60e6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addMultipleUsersToRoles(address[] addresses, uint8[] roles) returns()
func (eRC721Template *ERC721Template) TryPackAddMultipleUsersToRoles(addresses []common.Address, roles []uint8) ([]byte, error) {
	return eRC721Template.abi.Pack("addMultipleUsersToRoles", addresses, roles)
}

// PackAddTo725StoreList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c186e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addTo725StoreList(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) PackAddTo725StoreList(allowedAddress common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("addTo725StoreList", allowedAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddTo725StoreList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c186e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addTo725StoreList(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) TryPackAddTo725StoreList(allowedAddress common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("addTo725StoreList", allowedAddress)
}

// PackAddToCreateERC20List is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a63740a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addToCreateERC20List(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) PackAddToCreateERC20List(allowedAddress common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("addToCreateERC20List", allowedAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddToCreateERC20List is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a63740a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addToCreateERC20List(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) TryPackAddToCreateERC20List(allowedAddress common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("addToCreateERC20List", allowedAddress)
}

// PackAddToMetadataList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10c558bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addToMetadataList(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) PackAddToMetadataList(allowedAddress common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("addToMetadataList", allowedAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddToMetadataList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10c558bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addToMetadataList(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) TryPackAddToMetadataList(allowedAddress common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("addToMetadataList", allowedAddress)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (eRC721Template *ERC721Template) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := eRC721Template.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (eRC721Template *ERC721Template) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return eRC721Template.abi.Pack("approve", to, tokenId)
}

// PackAuth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c41ead.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function auth(uint256 ) view returns(address)
func (eRC721Template *ERC721Template) PackAuth(arg0 *big.Int) []byte {
	enc, err := eRC721Template.abi.Pack("auth", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c41ead.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function auth(uint256 ) view returns(address)
func (eRC721Template *ERC721Template) TryPackAuth(arg0 *big.Int) ([]byte, error) {
	return eRC721Template.abi.Pack("auth", arg0)
}

// UnpackAuth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0c41ead.
//
// Solidity: function auth(uint256 ) view returns(address)
func (eRC721Template *ERC721Template) UnpackAuth(data []byte) (common.Address, error) {
	out, err := eRC721Template.abi.Unpack("auth", data)
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
// Solidity: function balanceOf(address owner) view returns(uint256)
func (eRC721Template *ERC721Template) PackBalanceOf(owner common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (eRC721Template *ERC721Template) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (eRC721Template *ERC721Template) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := eRC721Template.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBaseURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c0360eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseURI() view returns(string)
func (eRC721Template *ERC721Template) PackBaseURI() []byte {
	enc, err := eRC721Template.abi.Pack("baseURI")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c0360eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseURI() view returns(string)
func (eRC721Template *ERC721Template) TryPackBaseURI() ([]byte, error) {
	return eRC721Template.abi.Pack("baseURI")
}

// UnpackBaseURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c0360eb.
//
// Solidity: function baseURI() view returns(string)
func (eRC721Template *ERC721Template) UnpackBaseURI(data []byte) (string, error) {
	out, err := eRC721Template.abi.Unpack("baseURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCleanPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f189cb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cleanPermissions() returns()
func (eRC721Template *ERC721Template) PackCleanPermissions() []byte {
	enc, err := eRC721Template.abi.Pack("cleanPermissions")
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
func (eRC721Template *ERC721Template) TryPackCleanPermissions() ([]byte, error) {
	return eRC721Template.abi.Pack("cleanPermissions")
}

// PackCreateERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38d7cad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createERC20(uint256 _templateIndex, string[] strings, address[] addresses, uint256[] uints, bytes[] bytess) returns(address)
func (eRC721Template *ERC721Template) PackCreateERC20(templateIndex *big.Int, strings []string, addresses []common.Address, uints []*big.Int, bytess [][]byte) []byte {
	enc, err := eRC721Template.abi.Pack("createERC20", templateIndex, strings, addresses, uints, bytess)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38d7cad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createERC20(uint256 _templateIndex, string[] strings, address[] addresses, uint256[] uints, bytes[] bytess) returns(address)
func (eRC721Template *ERC721Template) TryPackCreateERC20(templateIndex *big.Int, strings []string, addresses []common.Address, uints []*big.Int, bytess [][]byte) ([]byte, error) {
	return eRC721Template.abi.Pack("createERC20", templateIndex, strings, addresses, uints, bytess)
}

// UnpackCreateERC20 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe38d7cad.
//
// Solidity: function createERC20(uint256 _templateIndex, string[] strings, address[] addresses, uint256[] uints, bytes[] bytess) returns(address)
func (eRC721Template *ERC721Template) UnpackCreateERC20(data []byte) (common.Address, error) {
	out, err := eRC721Template.abi.Unpack("createERC20", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecuteCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc55f8126.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeCall(uint256 _operation, address _to, uint256 _value, bytes _data) payable returns()
func (eRC721Template *ERC721Template) PackExecuteCall(operation *big.Int, to common.Address, value *big.Int, data []byte) []byte {
	enc, err := eRC721Template.abi.Pack("executeCall", operation, to, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc55f8126.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeCall(uint256 _operation, address _to, uint256 _value, bytes _data) payable returns()
func (eRC721Template *ERC721Template) TryPackExecuteCall(operation *big.Int, to common.Address, value *big.Int, data []byte) ([]byte, error) {
	return eRC721Template.abi.Pack("executeCall", operation, to, value, data)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (eRC721Template *ERC721Template) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := eRC721Template.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (eRC721Template *ERC721Template) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return eRC721Template.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (eRC721Template *ERC721Template) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := eRC721Template.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f6127f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getData(bytes32 _key) view returns(bytes _value)
func (eRC721Template *ERC721Template) PackGetData(key [32]byte) []byte {
	enc, err := eRC721Template.abi.Pack("getData", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f6127f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getData(bytes32 _key) view returns(bytes _value)
func (eRC721Template *ERC721Template) TryPackGetData(key [32]byte) ([]byte, error) {
	return eRC721Template.abi.Pack("getData", key)
}

// UnpackGetData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54f6127f.
//
// Solidity: function getData(bytes32 _key) view returns(bytes _value)
func (eRC721Template *ERC721Template) UnpackGetData(data []byte) ([]byte, error) {
	out, err := eRC721Template.abi.Unpack("getData", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackGetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d1ca631.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getId() pure returns(uint8)
func (eRC721Template *ERC721Template) PackGetId() []byte {
	enc, err := eRC721Template.abi.Pack("getId")
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
func (eRC721Template *ERC721Template) TryPackGetId() ([]byte, error) {
	return eRC721Template.abi.Pack("getId")
}

// UnpackGetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d1ca631.
//
// Solidity: function getId() pure returns(uint8)
func (eRC721Template *ERC721Template) UnpackGetId(data []byte) (uint8, error) {
	out, err := eRC721Template.abi.Unpack("getId", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetMetaData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2786ba4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMetaData() view returns(string, string, uint8, bool)
func (eRC721Template *ERC721Template) PackGetMetaData() []byte {
	enc, err := eRC721Template.abi.Pack("getMetaData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMetaData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2786ba4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMetaData() view returns(string, string, uint8, bool)
func (eRC721Template *ERC721Template) TryPackGetMetaData() ([]byte, error) {
	return eRC721Template.abi.Pack("getMetaData")
}

// GetMetaDataOutput serves as a container for the return parameters of contract
// method GetMetaData.
type GetMetaDataOutput struct {
	Arg0 string
	Arg1 string
	Arg2 uint8
	Arg3 bool
}

// UnpackGetMetaData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2786ba4.
//
// Solidity: function getMetaData() view returns(string, string, uint8, bool)
func (eRC721Template *ERC721Template) UnpackGetMetaData(data []byte) (GetMetaDataOutput, error) {
	out, err := eRC721Template.abi.Unpack("getMetaData", data)
	outstruct := new(GetMetaDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(string)).(*string)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Arg2 = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Arg3 = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackGetPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160a7925.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPermissions(address user) view returns((bool,bool,bool,bool))
func (eRC721Template *ERC721Template) PackGetPermissions(user common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("getPermissions", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160a7925.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPermissions(address user) view returns((bool,bool,bool,bool))
func (eRC721Template *ERC721Template) TryPackGetPermissions(user common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("getPermissions", user)
}

// UnpackGetPermissions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160a7925.
//
// Solidity: function getPermissions(address user) view returns((bool,bool,bool,bool))
func (eRC721Template *ERC721Template) UnpackGetPermissions(data []byte) (ERC721RolesAddressRoles, error) {
	out, err := eRC721Template.abi.Unpack("getPermissions", data)
	if err != nil {
		return *new(ERC721RolesAddressRoles), err
	}
	out0 := *abi.ConvertType(out[0], new(ERC721RolesAddressRoles)).(*ERC721RolesAddressRoles)
	return out0, nil
}

// PackGetTokensList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x466bca02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTokensList() view returns(address[])
func (eRC721Template *ERC721Template) PackGetTokensList() []byte {
	enc, err := eRC721Template.abi.Pack("getTokensList")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTokensList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x466bca02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTokensList() view returns(address[])
func (eRC721Template *ERC721Template) TryPackGetTokensList() ([]byte, error) {
	return eRC721Template.abi.Pack("getTokensList")
}

// UnpackGetTokensList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x466bca02.
//
// Solidity: function getTokensList() view returns(address[])
func (eRC721Template *ERC721Template) UnpackGetTokensList(data []byte) ([]common.Address, error) {
	out, err := eRC721Template.abi.Unpack("getTokensList", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackHasMetaData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8053ad3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasMetaData() view returns(bool)
func (eRC721Template *ERC721Template) PackHasMetaData() []byte {
	enc, err := eRC721Template.abi.Pack("hasMetaData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasMetaData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8053ad3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasMetaData() view returns(bool)
func (eRC721Template *ERC721Template) TryPackHasMetaData() ([]byte, error) {
	return eRC721Template.abi.Pack("hasMetaData")
}

// UnpackHasMetaData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8053ad3.
//
// Solidity: function hasMetaData() view returns(bool)
func (eRC721Template *ERC721Template) UnpackHasMetaData(data []byte) (bool, error) {
	out, err := eRC721Template.abi.Unpack("hasMetaData", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a1d51e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner, string name_, string symbol_, address tokenFactory, address additionalERC20Deployer, address additionalMetaDataUpdater, string tokenURI, bool transferable_) returns(bool)
func (eRC721Template *ERC721Template) PackInitialize(owner common.Address, name string, symbol string, tokenFactory common.Address, additionalERC20Deployer common.Address, additionalMetaDataUpdater common.Address, tokenURI string, transferable bool) []byte {
	enc, err := eRC721Template.abi.Pack("initialize", owner, name, symbol, tokenFactory, additionalERC20Deployer, additionalMetaDataUpdater, tokenURI, transferable)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a1d51e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner, string name_, string symbol_, address tokenFactory, address additionalERC20Deployer, address additionalMetaDataUpdater, string tokenURI, bool transferable_) returns(bool)
func (eRC721Template *ERC721Template) TryPackInitialize(owner common.Address, name string, symbol string, tokenFactory common.Address, additionalERC20Deployer common.Address, additionalMetaDataUpdater common.Address, tokenURI string, transferable bool) ([]byte, error) {
	return eRC721Template.abi.Pack("initialize", owner, name, symbol, tokenFactory, additionalERC20Deployer, additionalMetaDataUpdater, tokenURI, transferable)
}

// UnpackInitialize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a1d51e8.
//
// Solidity: function initialize(address owner, string name_, string symbol_, address tokenFactory, address additionalERC20Deployer, address additionalMetaDataUpdater, string tokenURI, bool transferable_) returns(bool)
func (eRC721Template *ERC721Template) UnpackInitialize(data []byte) (bool, error) {
	out, err := eRC721Template.abi.Unpack("initialize", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (eRC721Template *ERC721Template) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (eRC721Template *ERC721Template) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (eRC721Template *ERC721Template) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := eRC721Template.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsDeployed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90184b02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDeployed(address datatoken) view returns(bool)
func (eRC721Template *ERC721Template) PackIsDeployed(datatoken common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("isDeployed", datatoken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDeployed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90184b02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDeployed(address datatoken) view returns(bool)
func (eRC721Template *ERC721Template) TryPackIsDeployed(datatoken common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("isDeployed", datatoken)
}

// UnpackIsDeployed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90184b02.
//
// Solidity: function isDeployed(address datatoken) view returns(bool)
func (eRC721Template *ERC721Template) UnpackIsDeployed(data []byte) (bool, error) {
	out, err := eRC721Template.abi.Unpack("isDeployed", data)
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
// Solidity: function isERC20Deployer(address account) view returns(bool)
func (eRC721Template *ERC721Template) PackIsERC20Deployer(account common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("isERC20Deployer", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsERC20Deployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96fb3eaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isERC20Deployer(address account) view returns(bool)
func (eRC721Template *ERC721Template) TryPackIsERC20Deployer(account common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("isERC20Deployer", account)
}

// UnpackIsERC20Deployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96fb3eaf.
//
// Solidity: function isERC20Deployer(address account) view returns(bool)
func (eRC721Template *ERC721Template) UnpackIsERC20Deployer(data []byte) (bool, error) {
	out, err := eRC721Template.abi.Unpack("isERC20Deployer", data)
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
func (eRC721Template *ERC721Template) PackIsInitialized() []byte {
	enc, err := eRC721Template.abi.Pack("isInitialized")
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
func (eRC721Template *ERC721Template) TryPackIsInitialized() ([]byte, error) {
	return eRC721Template.abi.Pack("isInitialized")
}

// UnpackIsInitialized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x392e53cd.
//
// Solidity: function isInitialized() view returns(bool)
func (eRC721Template *ERC721Template) UnpackIsInitialized(data []byte) (bool, error) {
	out, err := eRC721Template.abi.Unpack("isInitialized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMetaDataDecryptorAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e05662e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function metaDataDecryptorAddress() view returns(string)
func (eRC721Template *ERC721Template) PackMetaDataDecryptorAddress() []byte {
	enc, err := eRC721Template.abi.Pack("metaDataDecryptorAddress")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMetaDataDecryptorAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e05662e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function metaDataDecryptorAddress() view returns(string)
func (eRC721Template *ERC721Template) TryPackMetaDataDecryptorAddress() ([]byte, error) {
	return eRC721Template.abi.Pack("metaDataDecryptorAddress")
}

// UnpackMetaDataDecryptorAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e05662e.
//
// Solidity: function metaDataDecryptorAddress() view returns(string)
func (eRC721Template *ERC721Template) UnpackMetaDataDecryptorAddress(data []byte) (string, error) {
	out, err := eRC721Template.abi.Unpack("metaDataDecryptorAddress", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackMetaDataDecryptorUrl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82cf129d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function metaDataDecryptorUrl() view returns(string)
func (eRC721Template *ERC721Template) PackMetaDataDecryptorUrl() []byte {
	enc, err := eRC721Template.abi.Pack("metaDataDecryptorUrl")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMetaDataDecryptorUrl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82cf129d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function metaDataDecryptorUrl() view returns(string)
func (eRC721Template *ERC721Template) TryPackMetaDataDecryptorUrl() ([]byte, error) {
	return eRC721Template.abi.Pack("metaDataDecryptorUrl")
}

// UnpackMetaDataDecryptorUrl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82cf129d.
//
// Solidity: function metaDataDecryptorUrl() view returns(string)
func (eRC721Template *ERC721Template) UnpackMetaDataDecryptorUrl(data []byte) (string, error) {
	out, err := eRC721Template.abi.Unpack("metaDataDecryptorUrl", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackMetaDataState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccd7d476.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function metaDataState() view returns(uint8)
func (eRC721Template *ERC721Template) PackMetaDataState() []byte {
	enc, err := eRC721Template.abi.Pack("metaDataState")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMetaDataState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccd7d476.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function metaDataState() view returns(uint8)
func (eRC721Template *ERC721Template) TryPackMetaDataState() ([]byte, error) {
	return eRC721Template.abi.Pack("metaDataState")
}

// UnpackMetaDataState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccd7d476.
//
// Solidity: function metaDataState() view returns(uint8)
func (eRC721Template *ERC721Template) UnpackMetaDataState(data []byte) (uint8, error) {
	out, err := eRC721Template.abi.Unpack("metaDataState", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (eRC721Template *ERC721Template) PackName() []byte {
	enc, err := eRC721Template.abi.Pack("name")
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
func (eRC721Template *ERC721Template) TryPackName() ([]byte, error) {
	return eRC721Template.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (eRC721Template *ERC721Template) UnpackName(data []byte) (string, error) {
	out, err := eRC721Template.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (eRC721Template *ERC721Template) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := eRC721Template.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (eRC721Template *ERC721Template) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return eRC721Template.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (eRC721Template *ERC721Template) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := eRC721Template.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRemoveFrom725StoreList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x273e06b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeFrom725StoreList(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) PackRemoveFrom725StoreList(allowedAddress common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("removeFrom725StoreList", allowedAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveFrom725StoreList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x273e06b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeFrom725StoreList(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) TryPackRemoveFrom725StoreList(allowedAddress common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("removeFrom725StoreList", allowedAddress)
}

// PackRemoveFromCreateERC20List is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe1ec880.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeFromCreateERC20List(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) PackRemoveFromCreateERC20List(allowedAddress common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("removeFromCreateERC20List", allowedAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveFromCreateERC20List is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe1ec880.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeFromCreateERC20List(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) TryPackRemoveFromCreateERC20List(allowedAddress common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("removeFromCreateERC20List", allowedAddress)
}

// PackRemoveFromMetadataList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x431053ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeFromMetadataList(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) PackRemoveFromMetadataList(allowedAddress common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("removeFromMetadataList", allowedAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveFromMetadataList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x431053ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeFromMetadataList(address _allowedAddress) returns()
func (eRC721Template *ERC721Template) TryPackRemoveFromMetadataList(allowedAddress common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("removeFromMetadataList", allowedAddress)
}

// PackRemoveManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac18de43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeManager(address _managerAddress) returns()
func (eRC721Template *ERC721Template) PackRemoveManager(managerAddress common.Address) []byte {
	enc, err := eRC721Template.abi.Pack("removeManager", managerAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac18de43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeManager(address _managerAddress) returns()
func (eRC721Template *ERC721Template) TryPackRemoveManager(managerAddress common.Address) ([]byte, error) {
	return eRC721Template.abi.Pack("removeManager", managerAddress)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (eRC721Template *ERC721Template) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := eRC721Template.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (eRC721Template *ERC721Template) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return eRC721Template.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (eRC721Template *ERC721Template) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := eRC721Template.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (eRC721Template *ERC721Template) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return eRC721Template.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetBaseURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55f804b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBaseURI(string _baseURI) returns()
func (eRC721Template *ERC721Template) PackSetBaseURI(baseURI string) []byte {
	enc, err := eRC721Template.abi.Pack("setBaseURI", baseURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBaseURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55f804b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBaseURI(string _baseURI) returns()
func (eRC721Template *ERC721Template) TryPackSetBaseURI(baseURI string) ([]byte, error) {
	return eRC721Template.abi.Pack("setBaseURI", baseURI)
}

// PackSetDataERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e57c7e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDataERC20(bytes32 _key, bytes _value) returns()
func (eRC721Template *ERC721Template) PackSetDataERC20(key [32]byte, value []byte) []byte {
	enc, err := eRC721Template.abi.Pack("setDataERC20", key, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDataERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e57c7e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDataERC20(bytes32 _key, bytes _value) returns()
func (eRC721Template *ERC721Template) TryPackSetDataERC20(key [32]byte, value []byte) ([]byte, error) {
	return eRC721Template.abi.Pack("setDataERC20", key, value)
}

// PackSetMetaData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa3adf9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMetaData(uint8 _metaDataState, string _metaDataDecryptorUrl, string _metaDataDecryptorAddress, bytes flags, bytes data, bytes32 _metaDataHash, (address,uint8,bytes32,bytes32)[] _metadataProofs) returns()
func (eRC721Template *ERC721Template) PackSetMetaData(metaDataState uint8, metaDataDecryptorUrl string, metaDataDecryptorAddress string, flags []byte, data []byte, metaDataHash [32]byte, metadataProofs []ERC721TemplatemetaDataProof) []byte {
	enc, err := eRC721Template.abi.Pack("setMetaData", metaDataState, metaDataDecryptorUrl, metaDataDecryptorAddress, flags, data, metaDataHash, metadataProofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMetaData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa3adf9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMetaData(uint8 _metaDataState, string _metaDataDecryptorUrl, string _metaDataDecryptorAddress, bytes flags, bytes data, bytes32 _metaDataHash, (address,uint8,bytes32,bytes32)[] _metadataProofs) returns()
func (eRC721Template *ERC721Template) TryPackSetMetaData(metaDataState uint8, metaDataDecryptorUrl string, metaDataDecryptorAddress string, flags []byte, data []byte, metaDataHash [32]byte, metadataProofs []ERC721TemplatemetaDataProof) ([]byte, error) {
	return eRC721Template.abi.Pack("setMetaData", metaDataState, metaDataDecryptorUrl, metaDataDecryptorAddress, flags, data, metaDataHash, metadataProofs)
}

// PackSetMetaDataAndTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19a18a85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMetaDataAndTokenURI((uint8,string,string,bytes,bytes,bytes32,uint256,string,(address,uint8,bytes32,bytes32)[]) _metaDataAndTokenURI) returns()
func (eRC721Template *ERC721Template) PackSetMetaDataAndTokenURI(metaDataAndTokenURI ERC721TemplatemetaDataAndTokenURI) []byte {
	enc, err := eRC721Template.abi.Pack("setMetaDataAndTokenURI", metaDataAndTokenURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMetaDataAndTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19a18a85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMetaDataAndTokenURI((uint8,string,string,bytes,bytes,bytes32,uint256,string,(address,uint8,bytes32,bytes32)[]) _metaDataAndTokenURI) returns()
func (eRC721Template *ERC721Template) TryPackSetMetaDataAndTokenURI(metaDataAndTokenURI ERC721TemplatemetaDataAndTokenURI) ([]byte, error) {
	return eRC721Template.abi.Pack("setMetaDataAndTokenURI", metaDataAndTokenURI)
}

// PackSetMetaDataState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x467c97f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMetaDataState(uint8 _metaDataState) returns()
func (eRC721Template *ERC721Template) PackSetMetaDataState(metaDataState uint8) []byte {
	enc, err := eRC721Template.abi.Pack("setMetaDataState", metaDataState)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMetaDataState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x467c97f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMetaDataState(uint8 _metaDataState) returns()
func (eRC721Template *ERC721Template) TryPackSetMetaDataState(metaDataState uint8) ([]byte, error) {
	return eRC721Template.abi.Pack("setMetaDataState", metaDataState)
}

// PackSetNewData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67530a61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setNewData(bytes32 _key, bytes _value) returns()
func (eRC721Template *ERC721Template) PackSetNewData(key [32]byte, value []byte) []byte {
	enc, err := eRC721Template.abi.Pack("setNewData", key, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetNewData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67530a61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setNewData(bytes32 _key, bytes _value) returns()
func (eRC721Template *ERC721Template) TryPackSetNewData(key [32]byte, value []byte) ([]byte, error) {
	return eRC721Template.abi.Pack("setNewData", key, value)
}

// PackSetTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x162094c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTokenURI(uint256 tokenId, string tokenURI) returns()
func (eRC721Template *ERC721Template) PackSetTokenURI(tokenId *big.Int, tokenURI string) []byte {
	enc, err := eRC721Template.abi.Pack("setTokenURI", tokenId, tokenURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x162094c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTokenURI(uint256 tokenId, string tokenURI) returns()
func (eRC721Template *ERC721Template) TryPackSetTokenURI(tokenId *big.Int, tokenURI string) ([]byte, error) {
	return eRC721Template.abi.Pack("setTokenURI", tokenId, tokenURI)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (eRC721Template *ERC721Template) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := eRC721Template.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (eRC721Template *ERC721Template) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return eRC721Template.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (eRC721Template *ERC721Template) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := eRC721Template.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (eRC721Template *ERC721Template) PackSymbol() []byte {
	enc, err := eRC721Template.abi.Pack("symbol")
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
func (eRC721Template *ERC721Template) TryPackSymbol() ([]byte, error) {
	return eRC721Template.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (eRC721Template *ERC721Template) UnpackSymbol(data []byte) (string, error) {
	out, err := eRC721Template.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenByIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f6ccce7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenByIndex(uint256 index) view returns(uint256)
func (eRC721Template *ERC721Template) PackTokenByIndex(index *big.Int) []byte {
	enc, err := eRC721Template.abi.Pack("tokenByIndex", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenByIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f6ccce7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenByIndex(uint256 index) view returns(uint256)
func (eRC721Template *ERC721Template) TryPackTokenByIndex(index *big.Int) ([]byte, error) {
	return eRC721Template.abi.Pack("tokenByIndex", index)
}

// UnpackTokenByIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f6ccce7.
//
// Solidity: function tokenByIndex(uint256 index) view returns(uint256)
func (eRC721Template *ERC721Template) UnpackTokenByIndex(data []byte) (*big.Int, error) {
	out, err := eRC721Template.abi.Unpack("tokenByIndex", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenOfOwnerByIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f745c59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenOfOwnerByIndex(address owner, uint256 index) view returns(uint256)
func (eRC721Template *ERC721Template) PackTokenOfOwnerByIndex(owner common.Address, index *big.Int) []byte {
	enc, err := eRC721Template.abi.Pack("tokenOfOwnerByIndex", owner, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenOfOwnerByIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f745c59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenOfOwnerByIndex(address owner, uint256 index) view returns(uint256)
func (eRC721Template *ERC721Template) TryPackTokenOfOwnerByIndex(owner common.Address, index *big.Int) ([]byte, error) {
	return eRC721Template.abi.Pack("tokenOfOwnerByIndex", owner, index)
}

// UnpackTokenOfOwnerByIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f745c59.
//
// Solidity: function tokenOfOwnerByIndex(address owner, uint256 index) view returns(uint256)
func (eRC721Template *ERC721Template) UnpackTokenOfOwnerByIndex(data []byte) (*big.Int, error) {
	out, err := eRC721Template.abi.Unpack("tokenOfOwnerByIndex", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (eRC721Template *ERC721Template) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := eRC721Template.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (eRC721Template *ERC721Template) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return eRC721Template.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (eRC721Template *ERC721Template) UnpackTokenURI(data []byte) (string, error) {
	out, err := eRC721Template.abi.Unpack("tokenURI", data)
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
func (eRC721Template *ERC721Template) PackTotalSupply() []byte {
	enc, err := eRC721Template.abi.Pack("totalSupply")
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
func (eRC721Template *ERC721Template) TryPackTotalSupply() ([]byte, error) {
	return eRC721Template.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (eRC721Template *ERC721Template) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := eRC721Template.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (eRC721Template *ERC721Template) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := eRC721Template.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (eRC721Template *ERC721Template) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return eRC721Template.abi.Pack("transferFrom", from, to, tokenId)
}

// PackTransferable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92ff0d31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferable() view returns(bool)
func (eRC721Template *ERC721Template) PackTransferable() []byte {
	enc, err := eRC721Template.abi.Pack("transferable")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92ff0d31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferable() view returns(bool)
func (eRC721Template *ERC721Template) TryPackTransferable() ([]byte, error) {
	return eRC721Template.abi.Pack("transferable")
}

// UnpackTransferable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92ff0d31.
//
// Solidity: function transferable() view returns(bool)
func (eRC721Template *ERC721Template) UnpackTransferable(data []byte) (bool, error) {
	out, err := eRC721Template.abi.Unpack("transferable", data)
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
func (eRC721Template *ERC721Template) PackWithdrawETH() []byte {
	enc, err := eRC721Template.abi.Pack("withdrawETH")
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
func (eRC721Template *ERC721Template) TryPackWithdrawETH() ([]byte, error) {
	return eRC721Template.abi.Pack("withdrawETH")
}

// ERC721TemplateAddedManager represents a AddedManager event raised by the ERC721Template contract.
type ERC721TemplateAddedManager struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateAddedManagerEventName = "AddedManager"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateAddedManager) ContractEventName() string {
	return ERC721TemplateAddedManagerEventName
}

// UnpackAddedManagerEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddedManager(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackAddedManagerEvent(log *types.Log) (*ERC721TemplateAddedManager, error) {
	event := "AddedManager"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateAddedManager)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateAddedTo725StoreList represents a AddedTo725StoreList event raised by the ERC721Template contract.
type ERC721TemplateAddedTo725StoreList struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateAddedTo725StoreListEventName = "AddedTo725StoreList"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateAddedTo725StoreList) ContractEventName() string {
	return ERC721TemplateAddedTo725StoreListEventName
}

// UnpackAddedTo725StoreListEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddedTo725StoreList(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackAddedTo725StoreListEvent(log *types.Log) (*ERC721TemplateAddedTo725StoreList, error) {
	event := "AddedTo725StoreList"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateAddedTo725StoreList)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateAddedToCreateERC20List represents a AddedToCreateERC20List event raised by the ERC721Template contract.
type ERC721TemplateAddedToCreateERC20List struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateAddedToCreateERC20ListEventName = "AddedToCreateERC20List"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateAddedToCreateERC20List) ContractEventName() string {
	return ERC721TemplateAddedToCreateERC20ListEventName
}

// UnpackAddedToCreateERC20ListEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddedToCreateERC20List(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackAddedToCreateERC20ListEvent(log *types.Log) (*ERC721TemplateAddedToCreateERC20List, error) {
	event := "AddedToCreateERC20List"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateAddedToCreateERC20List)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateAddedToMetadataList represents a AddedToMetadataList event raised by the ERC721Template contract.
type ERC721TemplateAddedToMetadataList struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateAddedToMetadataListEventName = "AddedToMetadataList"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateAddedToMetadataList) ContractEventName() string {
	return ERC721TemplateAddedToMetadataListEventName
}

// UnpackAddedToMetadataListEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddedToMetadataList(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackAddedToMetadataListEvent(log *types.Log) (*ERC721TemplateAddedToMetadataList, error) {
	event := "AddedToMetadataList"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateAddedToMetadataList)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateApproval represents a Approval event raised by the ERC721Template contract.
type ERC721TemplateApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateApproval) ContractEventName() string {
	return ERC721TemplateApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (eRC721Template *ERC721Template) UnpackApprovalEvent(log *types.Log) (*ERC721TemplateApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateApproval)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateApprovalForAll represents a ApprovalForAll event raised by the ERC721Template contract.
type ERC721TemplateApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateApprovalForAll) ContractEventName() string {
	return ERC721TemplateApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (eRC721Template *ERC721Template) UnpackApprovalForAllEvent(log *types.Log) (*ERC721TemplateApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateApprovalForAll)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateCleanedPermissions represents a CleanedPermissions event raised by the ERC721Template contract.
type ERC721TemplateCleanedPermissions struct {
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateCleanedPermissionsEventName = "CleanedPermissions"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateCleanedPermissions) ContractEventName() string {
	return ERC721TemplateCleanedPermissionsEventName
}

// UnpackCleanedPermissionsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CleanedPermissions(address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackCleanedPermissionsEvent(log *types.Log) (*ERC721TemplateCleanedPermissions, error) {
	event := "CleanedPermissions"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateCleanedPermissions)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateContractCreated represents a ContractCreated event raised by the ERC721Template contract.
type ERC721TemplateContractCreated struct {
	ContractAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateContractCreatedEventName = "ContractCreated"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateContractCreated) ContractEventName() string {
	return ERC721TemplateContractCreatedEventName
}

// UnpackContractCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContractCreated(address indexed contractAddress)
func (eRC721Template *ERC721Template) UnpackContractCreatedEvent(log *types.Log) (*ERC721TemplateContractCreated, error) {
	event := "ContractCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateContractCreated)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateDataChanged represents a DataChanged event raised by the ERC721Template contract.
type ERC721TemplateDataChanged struct {
	Key   [32]byte
	Value []byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateDataChangedEventName = "DataChanged"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateDataChanged) ContractEventName() string {
	return ERC721TemplateDataChangedEventName
}

// UnpackDataChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DataChanged(bytes32 indexed key, bytes value)
func (eRC721Template *ERC721Template) UnpackDataChangedEvent(log *types.Log) (*ERC721TemplateDataChanged, error) {
	event := "DataChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateDataChanged)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateExecuted represents a Executed event raised by the ERC721Template contract.
type ERC721TemplateExecuted struct {
	Operation *big.Int
	To        common.Address
	Value     *big.Int
	Data      []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateExecutedEventName = "Executed"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateExecuted) ContractEventName() string {
	return ERC721TemplateExecutedEventName
}

// UnpackExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Executed(uint256 indexed _operation, address indexed _to, uint256 indexed _value, bytes _data)
func (eRC721Template *ERC721Template) UnpackExecutedEvent(log *types.Log) (*ERC721TemplateExecuted, error) {
	event := "Executed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateExecuted)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateMetadataCreated represents a MetadataCreated event raised by the ERC721Template contract.
type ERC721TemplateMetadataCreated struct {
	CreatedBy    common.Address
	State        uint8
	DecryptorUrl string
	Flags        []byte
	Data         []byte
	MetaDataHash [32]byte
	Timestamp    *big.Int
	BlockNumber  *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateMetadataCreatedEventName = "MetadataCreated"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateMetadataCreated) ContractEventName() string {
	return ERC721TemplateMetadataCreatedEventName
}

// UnpackMetadataCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataCreated(address indexed createdBy, uint8 state, string decryptorUrl, bytes flags, bytes data, bytes32 metaDataHash, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackMetadataCreatedEvent(log *types.Log) (*ERC721TemplateMetadataCreated, error) {
	event := "MetadataCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateMetadataCreated)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateMetadataState represents a MetadataState event raised by the ERC721Template contract.
type ERC721TemplateMetadataState struct {
	UpdatedBy   common.Address
	State       uint8
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateMetadataStateEventName = "MetadataState"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateMetadataState) ContractEventName() string {
	return ERC721TemplateMetadataStateEventName
}

// UnpackMetadataStateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataState(address indexed updatedBy, uint8 state, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackMetadataStateEvent(log *types.Log) (*ERC721TemplateMetadataState, error) {
	event := "MetadataState"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateMetadataState)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateMetadataUpdated represents a MetadataUpdated event raised by the ERC721Template contract.
type ERC721TemplateMetadataUpdated struct {
	UpdatedBy    common.Address
	State        uint8
	DecryptorUrl string
	Flags        []byte
	Data         []byte
	MetaDataHash [32]byte
	Timestamp    *big.Int
	BlockNumber  *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateMetadataUpdatedEventName = "MetadataUpdated"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateMetadataUpdated) ContractEventName() string {
	return ERC721TemplateMetadataUpdatedEventName
}

// UnpackMetadataUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdated(address indexed updatedBy, uint8 state, string decryptorUrl, bytes flags, bytes data, bytes32 metaDataHash, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackMetadataUpdatedEvent(log *types.Log) (*ERC721TemplateMetadataUpdated, error) {
	event := "MetadataUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateMetadataUpdated)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateMetadataValidated represents a MetadataValidated event raised by the ERC721Template contract.
type ERC721TemplateMetadataValidated struct {
	Validator    common.Address
	MetaDataHash [32]byte
	V            uint8
	R            [32]byte
	S            [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateMetadataValidatedEventName = "MetadataValidated"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateMetadataValidated) ContractEventName() string {
	return ERC721TemplateMetadataValidatedEventName
}

// UnpackMetadataValidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataValidated(address indexed validator, bytes32 metaDataHash, uint8 v, bytes32 r, bytes32 s)
func (eRC721Template *ERC721Template) UnpackMetadataValidatedEvent(log *types.Log) (*ERC721TemplateMetadataValidated, error) {
	event := "MetadataValidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateMetadataValidated)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateRemovedFrom725StoreList represents a RemovedFrom725StoreList event raised by the ERC721Template contract.
type ERC721TemplateRemovedFrom725StoreList struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateRemovedFrom725StoreListEventName = "RemovedFrom725StoreList"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateRemovedFrom725StoreList) ContractEventName() string {
	return ERC721TemplateRemovedFrom725StoreListEventName
}

// UnpackRemovedFrom725StoreListEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemovedFrom725StoreList(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackRemovedFrom725StoreListEvent(log *types.Log) (*ERC721TemplateRemovedFrom725StoreList, error) {
	event := "RemovedFrom725StoreList"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateRemovedFrom725StoreList)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateRemovedFromCreateERC20List represents a RemovedFromCreateERC20List event raised by the ERC721Template contract.
type ERC721TemplateRemovedFromCreateERC20List struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateRemovedFromCreateERC20ListEventName = "RemovedFromCreateERC20List"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateRemovedFromCreateERC20List) ContractEventName() string {
	return ERC721TemplateRemovedFromCreateERC20ListEventName
}

// UnpackRemovedFromCreateERC20ListEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemovedFromCreateERC20List(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackRemovedFromCreateERC20ListEvent(log *types.Log) (*ERC721TemplateRemovedFromCreateERC20List, error) {
	event := "RemovedFromCreateERC20List"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateRemovedFromCreateERC20List)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateRemovedFromMetadataList represents a RemovedFromMetadataList event raised by the ERC721Template contract.
type ERC721TemplateRemovedFromMetadataList struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateRemovedFromMetadataListEventName = "RemovedFromMetadataList"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateRemovedFromMetadataList) ContractEventName() string {
	return ERC721TemplateRemovedFromMetadataListEventName
}

// UnpackRemovedFromMetadataListEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemovedFromMetadataList(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackRemovedFromMetadataListEvent(log *types.Log) (*ERC721TemplateRemovedFromMetadataList, error) {
	event := "RemovedFromMetadataList"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateRemovedFromMetadataList)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateRemovedManager represents a RemovedManager event raised by the ERC721Template contract.
type ERC721TemplateRemovedManager struct {
	User        common.Address
	Signer      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateRemovedManagerEventName = "RemovedManager"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateRemovedManager) ContractEventName() string {
	return ERC721TemplateRemovedManagerEventName
}

// UnpackRemovedManagerEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemovedManager(address indexed user, address indexed signer, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackRemovedManagerEvent(log *types.Log) (*ERC721TemplateRemovedManager, error) {
	event := "RemovedManager"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateRemovedManager)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateTokenCreated represents a TokenCreated event raised by the ERC721Template contract.
type ERC721TemplateTokenCreated struct {
	NewTokenAddress common.Address
	TemplateAddress common.Address
	Name            string
	Symbol          string
	Cap             *big.Int
	Creator         common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateTokenCreatedEventName = "TokenCreated"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateTokenCreated) ContractEventName() string {
	return ERC721TemplateTokenCreatedEventName
}

// UnpackTokenCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenCreated(address indexed newTokenAddress, address indexed templateAddress, string name, string symbol, uint256 cap, address creator)
func (eRC721Template *ERC721Template) UnpackTokenCreatedEvent(log *types.Log) (*ERC721TemplateTokenCreated, error) {
	event := "TokenCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateTokenCreated)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateTokenURIUpdate represents a TokenURIUpdate event raised by the ERC721Template contract.
type ERC721TemplateTokenURIUpdate struct {
	UpdatedBy   common.Address
	TokenURI    string
	TokenID     *big.Int
	Timestamp   *big.Int
	BlockNumber *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateTokenURIUpdateEventName = "TokenURIUpdate"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateTokenURIUpdate) ContractEventName() string {
	return ERC721TemplateTokenURIUpdateEventName
}

// UnpackTokenURIUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenURIUpdate(address indexed updatedBy, string tokenURI, uint256 tokenID, uint256 timestamp, uint256 blockNumber)
func (eRC721Template *ERC721Template) UnpackTokenURIUpdateEvent(log *types.Log) (*ERC721TemplateTokenURIUpdate, error) {
	event := "TokenURIUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateTokenURIUpdate)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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

// ERC721TemplateTransfer represents a Transfer event raised by the ERC721Template contract.
type ERC721TemplateTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ERC721TemplateTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ERC721TemplateTransfer) ContractEventName() string {
	return ERC721TemplateTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (eRC721Template *ERC721Template) UnpackTransferEvent(log *types.Log) (*ERC721TemplateTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC721Template.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC721TemplateTransfer)
	if len(log.Data) > 0 {
		if err := eRC721Template.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC721Template.abi.Events[event].Inputs {
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
