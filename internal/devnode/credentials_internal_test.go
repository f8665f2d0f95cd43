package devnode

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"

	"github.com/oceango/ocean.go/ddo"
)

// TestAllowedRules checks the credential rules against Ocean Node
// v3.1.0's checkCredentials (utils/credentials.ts), rule by rule. The
// rules here need no chain: address rules, unknown types and accessList
// rules without a valid address.
func TestAllowedRules(t *testing.T) {
	t.Parallel()
	me := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	other := "0x00000000000000000000000000000000000000bb"
	mine := ddo.AddressCredential(me.Hex())
	lower := ddo.AddressCredential("0x00000000000000000000000000000000000000AA")
	theirs := ddo.AddressCredential(other)
	unknown := ddo.Credential{Type: ddo.CredentialVerifiableCredential}
	badList := ddo.Credential{Type: ddo.CredentialAccessList, AccessList: "not an address"}
	upper := ddo.Credential{Type: "ADDRESS", Values: []string{me.Hex()}}
	empty := ddo.Credential{Type: ddo.CredentialAddress}
	for _, c := range []struct {
		name string
		cred *ddo.Credentials
		want bool
	}{
		{"none", nil, true},
		{"empty object", &ddo.Credentials{}, true},
		{"allowed", &ddo.Credentials{Allow: []ddo.Credential{mine}}, true},
		{"address case-insensitive", &ddo.Credentials{Allow: []ddo.Credential{lower}}, true},
		{"type case-insensitive", &ddo.Credentials{Allow: []ddo.Credential{upper}}, true},
		{"wildcard", &ddo.Credentials{Allow: []ddo.Credential{ddo.AddressCredential(ddo.Wildcard)}}, true},
		{"not listed", &ddo.Credentials{Allow: []ddo.Credential{theirs}}, false},
		{"empty values", &ddo.Credentials{Allow: []ddo.Credential{empty}}, false},
		{"allow all: one misses", &ddo.Credentials{Allow: []ddo.Credential{mine, theirs}}, false},
		{"allow any: one hits", &ddo.Credentials{Allow: []ddo.Credential{mine, theirs}, MatchAllow: ddo.MatchAny}, true},
		{"allow all: unknown type denies", &ddo.Credentials{Allow: []ddo.Credential{mine, unknown}}, false},
		{"allow any: unknown type ignored", &ddo.Credentials{Allow: []ddo.Credential{mine, unknown}, MatchAllow: ddo.MatchAny}, true},
		{"allow any: only unknown types", &ddo.Credentials{Allow: []ddo.Credential{unknown}, MatchAllow: ddo.MatchAny}, false},
		{"allow: list without address", &ddo.Credentials{Allow: []ddo.Credential{badList}}, false},
		{"denied", &ddo.Credentials{Deny: []ddo.Credential{mine}}, false},
		{"deny: other", &ddo.Credentials{Deny: []ddo.Credential{theirs}}, true},
		{"deny first", &ddo.Credentials{Allow: []ddo.Credential{mine}, Deny: []ddo.Credential{mine}}, false},
		{"deny any: one hits", &ddo.Credentials{Deny: []ddo.Credential{mine, theirs}}, false},
		{"deny all: one misses", &ddo.Credentials{Deny: []ddo.Credential{mine, theirs}, MatchDeny: ddo.MatchAll}, true},
		{"deny all: unknown ignored", &ddo.Credentials{Deny: []ddo.Credential{mine, unknown}, MatchDeny: ddo.MatchAll}, false},
		{"deny all: only unknown", &ddo.Credentials{Deny: []ddo.Credential{unknown}, MatchDeny: ddo.MatchAll}, true},
		{"deny: list without address", &ddo.Credentials{Deny: []ddo.Credential{badList}}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			n := &Node{}
			a := &asset{typed: ddo.DDO{Credentials: c.cred}}
			assert.Equal(t, c.want, n.allowed(t.Context(), a, &ddo.Service{}, me), "asset level")
			assert.Equal(t, c.want, n.allowed(t.Context(), &asset{}, &ddo.Service{Credentials: c.cred}, me), "service level")
		})
	}
	// Both levels apply.
	n := &Node{}
	assert.False(t, n.allowed(t.Context(), &asset{typed: ddo.DDO{Credentials: &ddo.Credentials{Allow: []ddo.Credential{mine}}}},
		&ddo.Service{Credentials: &ddo.Credentials{Deny: []ddo.Credential{mine}}}, me))
}
