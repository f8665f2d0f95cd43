package compute

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"

	"github.com/oceango/ocean.go/datatoken"
)

func TestAuthorization(t *testing.T) {
	payee := common.HexToAddress("0x1")
	e := &EscrowPayment{Payee: payee, Amount: big.NewInt(100), MinLockSeconds: 60}
	auth := func(max, locked, secs, counts, locks int64) datatoken.Authorization {
		return datatoken.Authorization{Payee: payee, MaxLockedAmount: big.NewInt(max), CurrentLockedAmount: big.NewInt(locked),
			MaxLockSeconds: big.NewInt(secs), MaxLockCounts: big.NewInt(counts), CurrentLocks: big.NewInt(locks)}
	}
	for name, tc := range map[string]struct {
		have []datatoken.Authorization
		ok   bool
		want datatoken.Authorization // when !ok: MaxLockedAmount, MaxLockSeconds, MaxLockCounts
	}{
		"none":                 {want: auth(100, 0, 60, 1, 0)},
		"covers":               {have: []datatoken.Authorization{auth(500, 300, 3600, 5, 2)}, ok: true},
		"covers exactly":       {have: []datatoken.Authorization{auth(200, 100, 60, 2, 1)}, ok: true},
		"too little room":      {have: []datatoken.Authorization{auth(150, 100, 3600, 5, 1)}, want: auth(200, 0, 3600, 5, 0)},
		"too short":            {have: []datatoken.Authorization{auth(1000, 0, 30, 5, 0)}, want: auth(1000, 0, 60, 5, 0)},
		"too many locks":       {have: []datatoken.Authorization{auth(1000, 0, 60, 2, 2)}, want: auth(1000, 0, 60, 3, 0)},
		"another payee's only": {have: []datatoken.Authorization{{Payee: common.HexToAddress("0x2"), MaxLockedAmount: big.NewInt(1e9)}}, want: auth(100, 0, 60, 1, 0)},
	} {
		got, ok := authorization(tc.have, e)
		assert.Equal(t, tc.ok, ok, name)
		if !tc.ok {
			assert.Equal(t, payee, got.Payee, name)
			assert.Equal(t, tc.want.MaxLockedAmount.String(), got.MaxLockedAmount.String(), name)
			assert.Equal(t, tc.want.MaxLockSeconds.String(), got.MaxLockSeconds.String(), name)
			assert.Equal(t, tc.want.MaxLockCounts.String(), got.MaxLockCounts.String(), name)
		}
	}
}

func TestStatusCodes(t *testing.T) {
	for c := StatusCode(0); c <= 80; c++ {
		name, known := statusName(c)
		if !known {
			assert.Equal(t, "status "+itoa(int(c)), c.String())
			continue
		}
		assert.Equal(t, name, c.String())
		assert.Equal(t, c >= 70 || c.Failed(), c.Terminal(), c.String())
	}
	for _, c := range []StatusCode{2, 11, 13, 14, 21, 22, 31, 32, 33, 41, 42, 61, 62} {
		assert.True(t, c.Failed(), c.String())
	}
	for _, c := range []StatusCode{0, 1, 10, 12, 20, 30, 40, 50, 60, 70, 71} {
		assert.False(t, c.Failed(), c.String())
	}
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }
