package devchain

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// The Barge accounts are published facts (ocean.py / barge READMEs).
func TestDeriveBargeAccounts(t *testing.T) {
	accs, err := DeriveAccounts(BargeMnemonic, 3)
	require.NoError(t, err)
	require.Len(t, accs, 3)
	require.Equal(t, common.HexToAddress("0xe2DD09d719Da89e5a3D0F2549c7E24566e947260"), accs[0].Address)
	require.Equal(t, "c594c6e5def4bab63ac29eed19a134c130388f74f019bc74b8f4389df2837a58", common.Bytes2Hex(crypto.FromECDSA(accs[0].Key)))
	require.Equal(t, common.HexToAddress("0xBE5449a6A97aD46c8558A3356267Ee5D2731ab5e"), accs[1].Address)
	require.Equal(t, common.HexToAddress("0xA78deb2Fa79463945C247991075E2a0e98Ba7A09"), accs[2].Address)
}

// BIP-32 test vector 1 (seed 000102...0f), chain m/0H/1: private key.
func TestBIP32Vector(t *testing.T) {
	seed := common.FromHex("000102030405060708090a0b0c0d0e0f")
	k, c := masterKey(seed)
	require.Equal(t, "e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35", common.Bytes2Hex(k.FillBytes(make([]byte, 32))))
	k, c, err := childKey(k, c, 0+hardened)
	require.NoError(t, err)
	require.Equal(t, "edb2e14f9ee77d26dd93b4ecede8d16ed408ce149b6cd80b0715a2d911a0afea", common.Bytes2Hex(k.FillBytes(make([]byte, 32))))
	k, _, err = childKey(k, c, 1)
	require.NoError(t, err)
	require.Equal(t, "3c6cb8d0f6a264c91ea8b5030fadaa8e538b020f0a387421a12de9319dc93368", common.Bytes2Hex(k.FillBytes(make([]byte, 32))))
}

func TestDeriveRejectsBadMnemonic(t *testing.T) {
	_, err := DeriveAccounts("too short", 1)
	require.Error(t, err)
	_, err = DeriveAccounts("Taxi music thumb unique chat sand crew more leg another off lamp", 1)
	require.ErrorContains(t, err, "lowercase")
}
