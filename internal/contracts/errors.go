package contracts

import (
	"errors"
	"strings"
)

// Sentinels for the contract failures callers branch on. nft and datatoken
// re-export the same values, so errors.Is works with either package's name.
// A *transact.RevertError matches one of them when its reason says so
// (Classify); the
// wrappers also return them for failures they detect before sending.
var (
	// ErrMissingRole: the sender lacks the role or ownership the call needs
	// (NFT owner, manager, ERC20 deployer, metadata or store updater, minter,
	// exchange or dispenser owner, publishing market).
	ErrMissingRole = errors.New("sender lacks the required role")
	// ErrInsufficientBalance: a token balance (or escrow funds) is too low.
	ErrInsufficientBalance = errors.New("insufficient token balance")
	// ErrInsufficientAllowance: the spender is not approved for the amount.
	ErrInsufficientAllowance = errors.New("insufficient token allowance")
	// ErrCapExceeded: minting would exceed the datatoken's cap.
	ErrCapExceeded = errors.New("datatoken cap exceeded")
	// ErrInvalidProviderFee: the provider fee signature does not recover to
	// the provider fee address.
	ErrInvalidProviderFee = errors.New("invalid provider fee signature")
	// ErrDispenserInactive: the dispenser for the datatoken is not active
	// (or does not exist).
	ErrDispenserInactive = errors.New("dispenser not active")
	// ErrExchangeInactive: the fixed-rate exchange does not exist or is not
	// active.
	ErrExchangeInactive = errors.New("exchange not active")
)

// Classify maps a revert reason of the Ocean contracts (v2.6.0) and of the
// OpenZeppelin ERC-20/ERC-721 code they build on to one of the sentinels
// above, or nil. Matching is case-insensitive on fragments of the messages
// observed on chain, so "ERC20Template: NOT MINTER" and a Ganache-prefixed
// variant classify alike.
func Classify(reason string) error {
	r := strings.ToLower(reason)
	has := func(frags ...string) bool {
		for _, f := range frags {
			if strings.Contains(r, f) {
				return true
			}
		}
		return false
	}
	switch {
	case r == "":
		return nil
	case has("invalid provider fee"):
		return ErrInvalidProviderFee
	case has("cap exceeded"):
		return ErrCapExceeded
	case has("dispenser not active"):
		return ErrDispenserInactive
	case has("exchange does not exist", "exchange not active", "exchange is not active"):
		return ErrExchangeInactive
	case has("insufficient allowance", "exceeds allowance"):
		return ErrInsufficientAllowance
	case has("exceeds balance", "insufficient balance", "not enough datatokens",
		"does not have enough funds"):
		return ErrInsufficientBalance
	case has("not minter", "not nftowner", "not manager", "not metadata_role",
		"not store updater", "not erc20deployer_role", "not deployer role",
		"caller is not owner nor approved", "caller is not token owner",
		"not publishmarketfeeaddress", "invalid exchange owner", "invalid owner",
		"caller is not the owner", "not payment manager", "not owner"):
		return ErrMissingRole
	}
	return nil
}
