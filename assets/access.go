package assets

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/accesslist"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/transact"
)

// ErrNotAllowed: the asset's or the service's credentials refuse the
// account (an *AccessError). Order and Quote return it before anything is
// paid or sent; Ocean Node would refuse the download.
var ErrNotAllowed = errors.New("assets: the asset's credentials do not allow this account")

// AccessError says which credentials refused an account.
type AccessError struct {
	DID string
	// ServiceID is the service whose credentials refused the account, ""
	// when the asset's own credentials did.
	ServiceID string
	Account   common.Address
	// Denied is true when a deny rule matched; false when the allow rules
	// were not met.
	Denied bool
}

func (e *AccessError) Error() string {
	where := "asset " + e.DID
	if e.ServiceID != "" {
		where = "service " + e.ServiceID + " of " + e.DID
	}
	why := "is not allowed by"
	if e.Denied {
		why = "is denied by"
	}
	return fmt.Sprintf("%s: %s %s the credentials of %s", ErrNotAllowed.Error(), e.Account.Hex(), why, where)
}

// Is matches ErrNotAllowed.
func (e *AccessError) Is(target error) bool { return target == ErrNotAllowed }

// AccessListCredentials builds credentials that restrict a service to the
// members of the access lists allow (when not empty) and refuse the
// members of the lists deny, on chain chainID. Several allow lists admit a
// member of any of them (match_allow "any"). Ocean Node checks membership
// on chain at every download and compute start, so adding or removing a
// member takes effect without touching the asset.
//
// Put them on a service (ServiceParams.Credentials): the DDO schemas
// reject accessList rules in the asset-level credentials, and in the
// service-level ones of version 4.7.0, so such a service is published in a
// DDO of version 4.1.0, whose schema leaves service credentials to the
// node (which enforces them).
func AccessListCredentials(chainID int64, allow, deny []common.Address) *ddo.Credentials {
	c := &ddo.Credentials{}
	for _, a := range allow {
		c.Allow = append(c.Allow, ddo.AccessListCredential(chainID, a.Hex()))
	}
	if len(allow) > 1 {
		c.MatchAllow = ddo.MatchAny
	}
	for _, d := range deny {
		c.Deny = append(c.Deny, ddo.AccessListCredential(chainID, d.Hex()))
	}
	return c
}

// CheckAccess applies the credentials of asset a and of its service
// serviceID ("" selects as Order does) to account as Ocean Node v3.1.0
// does at download: deny rules first (match_deny "any" by default), then
// allow rules (match_allow "all" by default), address rules by address or
// "*", accessList rules by holding a token of the list on the client's
// chain. It returns nil when they allow account, an *AccessError
// (ErrNotAllowed) when they refuse it, or the error that kept it from
// reading a list. Allow rules of another type (verifiable credentials,
// decided by a node's policy server) are left to the node: CheckAccess
// then does not refuse on the allow rules.
func (c *Client) CheckAccess(ctx context.Context, a *ddo.Asset, serviceID string, account common.Address) error {
	_, svc, err := service(a, serviceID)
	if err != nil {
		return err
	}
	for _, level := range []struct {
		id   string
		cred *ddo.Credentials
	}{{"", a.Credentials}, {svc.ID, svc.Credentials}} {
		if level.cred == nil {
			continue
		}
		allowed, denied, err := c.evalCredentials(ctx, level.cred, account)
		if err != nil {
			return fmt.Errorf("assets: check credentials of %s: %w", a.ID, err)
		}
		if !allowed {
			return &AccessError{DID: a.ID, ServiceID: level.id, Account: account, Denied: denied}
		}
	}
	return nil
}

// evalCredentials applies one credentials object.
func (c *Client) evalCredentials(ctx context.Context, cr *ddo.Credentials, account common.Address) (allowed, denied bool, err error) {
	if len(cr.Deny) > 0 {
		hit, known, _, err := c.matchRules(ctx, cr.Deny, account)
		if err != nil {
			return false, false, err
		}
		matchAll := cr.MatchDeny != "" && cr.MatchDeny != ddo.MatchAny
		if known > 0 && (!matchAll && hit > 0 || matchAll && hit == known) {
			return false, true, nil
		}
	}
	if len(cr.Allow) > 0 {
		hit, known, unknown, err := c.matchRules(ctx, cr.Allow, account)
		if err != nil {
			return false, false, err
		}
		if unknown > 0 {
			return true, false, nil // the node (or its policy server) decides
		}
		matchAny := cr.MatchAllow == ddo.MatchAny
		if known == 0 || matchAny && hit == 0 || !matchAny && hit < known {
			return false, false, nil
		}
	}
	return true, false, nil
}

// matchRules counts the rules of a known type, those that match account,
// and the rules of other types.
func (c *Client) matchRules(ctx context.Context, rules []ddo.Credential, account common.Address) (hit, known, unknown int, err error) {
	for _, r := range rules {
		switch strings.ToLower(r.Type) {
		case strings.ToLower(ddo.CredentialAddress):
			known++
			for _, v := range r.Values {
				if v == ddo.Wildcard || strings.EqualFold(v, account.Hex()) {
					hit++
					break
				}
			}
		case strings.ToLower(ddo.CredentialAccessList):
			known++
			ok, err := c.member(ctx, r.AccessList, account)
			if err != nil {
				return 0, 0, 0, err
			}
			if ok {
				hit++
			}
		default:
			unknown++
		}
	}
	return hit, known, unknown, nil
}

// member reports whether account holds a token of the list at addr. A
// list that is not an address, has no code or reverts has no members, as
// for Ocean Node.
func (c *Client) member(ctx context.Context, addr string, account common.Address) (bool, error) {
	if !common.IsHexAddress(addr) {
		return false, nil
	}
	l, err := accesslist.New(c.backend, common.HexToAddress(addr), nil)
	if err != nil {
		return false, nil // the zero address
	}
	ok, err := l.Contains(ctx, account)
	if errors.Is(err, bind.ErrNoCode) || errors.Is(err, transact.ErrReverted) {
		return false, nil
	}
	return ok, err
}
