package ddo_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
)

// TestDID is ddo.md §3.1.
func TestDID(t *testing.T) {
	cases := []struct {
		addr    string
		chainID int64
		want    string
	}{
		{"0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De", 1, "did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc"},
		{"0xd8da6bf26964af9d7eed9e03e53415d37aa96045", 137, "did:op:79ed7dbf28ae1ea8fdb2fe70f2262bec09b47bade19dfda08b0d33ff04df37af"},
		{"0x0000000000000000000000000000000000000001", 11155111, "did:op:fc789e165d1db4b9c59311ec3243bdc487ff6282be14f05e02a228397f5c229b"},
		{"0xABCDEF0123456789ABCDEF0123456789ABCDEF01", 8996, "did:op:a4e2207080d548bc552fdb5896e43bafe1ac47ca61d27157afdb1e8d7d327504"},
		// Equivalent spellings of row 1.
		{"0xa331155197f70e5e1ea0cc2a1f9ddb1d49a9c1de", 1, "did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc"},
		{"a331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De", 1, "did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc"},
		// The ddo-js test fixture.
		{"0xBB1081DbF3227bbB233Db68f7117114baBb43656", 137, "did:op:fa0e8fa9550e8eb13392d6eeb9ba9f8111801b332c8d2345b350b3bc66b379d5"},
	}
	for _, tc := range cases {
		got, err := ddo.DID(tc.addr, tc.chainID)
		require.NoError(t, err, tc.addr)
		assert.Equal(t, tc.want, got, tc.addr)
	}
	v5, err := ddo.DIDV5("0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De", 1)
	require.NoError(t, err)
	assert.Equal(t, "did:ope:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc", v5)
}

func TestDIDErrors(t *testing.T) {
	cases := []struct{ addr, reason string }{
		{"0xA331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De", "bad address checksum"},
		{"0x123", "invalid address"},
		{"", "invalid address"},
		{"0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1Dg", "invalid address"},
		{"0Xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De", "invalid address"},
		{"0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De00", "invalid address"},
	}
	for _, tc := range cases {
		_, err := ddo.DID(tc.addr, 1)
		var aerr *ddo.AddressError
		require.True(t, errors.As(err, &aerr), "%q: %v", tc.addr, err)
		assert.Equal(t, tc.reason, aerr.Reason, tc.addr)
		assert.True(t, strings.HasPrefix(err.Error(), "ddo: "), err.Error())
		assert.False(t, ddo.IsAddress(tc.addr))
	}
}

func TestChecksumAddress(t *testing.T) {
	// EIP-55 test vectors.
	for _, want := range []string{
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
		"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
		"0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
		"0x52908400098527886E0F7030069857D2E4169EE7",
		"0x8617E340B3D01FA5F11F306F4090FD50E238070D",
		"0xde709f2102306220921060314715629080e2fb77",
		"0x27b1fdb04752bbc536007a920d24acb045561c26",
	} {
		for _, in := range []string{want, strings.ToLower(want), "0x" + strings.ToUpper(want[2:]), want[2:]} {
			got, err := ddo.ChecksumAddress(in)
			require.NoError(t, err, in)
			if strings.ToLower(want) == want || strings.ToUpper(want[2:]) == want[2:] {
				// All-lowercase or all-uppercase vectors: checksum is not
				// visible in the input; compare case-insensitively.
				assert.True(t, strings.EqualFold(want, got))
				continue
			}
			assert.Equal(t, want, got, in)
		}
	}
}

// TestChecksums is ddo.md §3.2 and §3.3.
func TestChecksums(t *testing.T) {
	assert.Equal(t, "77ac49b8c4ad209694f7143cec62d67ee4c6d2d5edf1f3f4e09ca4173b22610f", ddo.ContainerSectionChecksum(ddo.Container{
		Entrypoint: "python $ALGO",
		Checksum:   "sha256:8221d20c1c16491d7d56b9657ea09082c0ee4a8ab1a6621fa720da58b09580e4",
	}))
	assert.Equal(t, "94b40d9abecae141bc9ba2d530e446704fc3eabc0141a6237d647a6bce6924ed",
		ddo.ServiceID("0x282d8efCe846A88B159800bd4130ad77443Fa1A1", "0x04deadbeef"))

	hello, err := ddo.FileChecksum(strings.NewReader("hello world"))
	require.NoError(t, err)
	empty, err := ddo.FileChecksum(strings.NewReader(""))
	require.NoError(t, err)
	assert.Equal(t, "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		ddo.FilesChecksum(hello, empty))
	assert.Equal(t, "abcd", ddo.FilesChecksum("AB", "cd"))
}
