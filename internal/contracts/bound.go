package contracts

// PackageName is the npm package the ABIs, addresses and (for local chains)
// bytecode come from.
const PackageName = "@oceanprotocol/contracts"

// PackageVersion is the pinned version of PackageName; package.json at the
// repository root pins the same.
const PackageVersion = "2.6.0"

// Contract names one contract of the npm package that ocean.go binds.
type Contract struct {
	// Artifact is the Hardhat artifact path below the package's artifacts/ folder.
	Artifact string
	// Package is the Go package (and folder) its binding lives in.
	Package string
	// Type is the Go type name of the binding.
	Type string
}

// Names of the bound contracts, usable with Lookup.
const (
	ERC721Factory            = "erc721factory"
	ERC721Template           = "erc721template"
	ERC20Template            = "erc20template"
	ERC20TemplateEnterprise  = "erc20templateenterprise"
	FactoryRouter            = "factoryrouter"
	FixedRateExchange        = "fixedrateexchange"
	Dispenser                = "dispenser"
	Escrow                   = "escrow"
	AccessList               = "accesslist"
	AccessListFactory        = "accesslistfactory"
	OceanToken               = "oceantoken"
	OPFCommunityFeeCollector = "opfcollector"
)

// Bound returns the contracts ocean.go binds, in a stable order. A new slice
// is returned on each call.
func Bound() []Contract {
	return []Contract{
		// The factory's Solidity struct MetaData would become ERC721FactoryMetaData,
		// which collides with abigen's metadata variable, so the type is renamed.
		{"contracts/ERC721Factory.sol/ERC721Factory.json", ERC721Factory, "NFTFactory"},
		{"contracts/templates/ERC721Template.sol/ERC721Template.json", ERC721Template, "ERC721Template"},
		{"contracts/templates/ERC20Template.sol/ERC20Template.json", ERC20Template, "ERC20Template"},
		{"contracts/templates/ERC20TemplateEnterprise.sol/ERC20TemplateEnterprise.json", ERC20TemplateEnterprise, "ERC20TemplateEnterprise"},
		{"contracts/pools/FactoryRouter.sol/FactoryRouter.json", FactoryRouter, "FactoryRouter"},
		{"contracts/pools/fixedRate/FixedRateExchange.sol/FixedRateExchange.json", FixedRateExchange, "FixedRateExchange"},
		{"contracts/pools/dispenser/Dispenser.sol/Dispenser.json", Dispenser, "Dispenser"},
		{"contracts/escrow/Escrow.sol/Escrow.json", Escrow, "Escrow"},
		{"contracts/accesslists/AccessList.sol/AccessList.json", AccessList, "AccessList"},
		{"contracts/accesslists/AccessListFactory.sol/AccessListFactory.json", AccessListFactory, "AccessListFactory"},
		{"contracts/utils/OceanToken.sol/OceanToken.json", OceanToken, "OceanToken"},
		{"contracts/communityFee/OPFCommunityFeeCollector.sol/OPFCommunityFeeCollector.json", OPFCommunityFeeCollector, "OPFCommunityFeeCollector"},
	}
}

// Lookup returns the bound contract called name (one of the constants above).
func Lookup(name string) (Contract, bool) {
	for _, c := range Bound() {
		if c.Package == name {
			return c, true
		}
	}
	return Contract{}, false
}
