package contracts_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/oceango/ocean.go/internal/contracts"
)

func TestClassify(t *testing.T) {
	// Reasons observed on the dev chain with @oceanprotocol/contracts 2.6.0.
	for reason, want := range map[string]error{
		"ERC20Template: NOT MINTER":                          contracts.ErrMissingRole,
		"ERC721Template: not NFTOwner":                       contracts.ErrMissingRole,
		"ERC721RolesAddress: NOT MANAGER":                    contracts.ErrMissingRole,
		"ERC721Template: NOT METADATA_ROLE":                  contracts.ErrMissingRole,
		"ERC721Template: NOT STORE UPDATER":                  contracts.ErrMissingRole,
		"ERC721Template: NOT ERC20DEPLOYER_ROLE":             contracts.ErrMissingRole,
		"ERC20Template: NOT DEPLOYER ROLE":                   contracts.ErrMissingRole,
		"ERC721: transfer caller is not owner nor approved":  contracts.ErrMissingRole,
		"ERC20Template: not publishMarketFeeAddress":         contracts.ErrMissingRole,
		"Invalid owner":                                      contracts.ErrMissingRole,
		"FixedRateExchange: invalid exchange owner":          contracts.ErrMissingRole,
		"ERC20: transfer amount exceeds balance":             contracts.ErrInsufficientBalance,
		"Not enough datatokens to start Order":               contracts.ErrInsufficientBalance,
		"Payer does not have enough funds":                   contracts.ErrInsufficientBalance,
		"ERC20: insufficient allowance":                      contracts.ErrInsufficientAllowance,
		"ERC20: transfer amount exceeds allowance":           contracts.ErrInsufficientAllowance,
		"DatatokenTemplate: cap exceeded":                    contracts.ErrCapExceeded,
		"Invalid provider fee":                               contracts.ErrInvalidProviderFee,
		"Dispenser not active":                               contracts.ErrDispenserInactive,
		"FixedRateExchange: Exchange does not exist!":        contracts.ErrExchangeInactive,
		"Amount too high":                                    nil,
		"":                                                   nil,
		"arithmetic underflow or overflow":                   nil,
		"VM Exception while processing transaction: revert ": nil,
	} {
		assert.Equal(t, want, contracts.Classify(reason), reason)
	}
}
