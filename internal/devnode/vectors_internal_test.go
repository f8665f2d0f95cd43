package devnode

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// Vectors from provider-api.md §9.2–9.4.
const (
	consumerHex = "0xBE5449a6A97aD46c8558A3356267Ee5D2731ab5e"
	providerKey = "fd5c1ccea015b6d663618850824154a3b3fb2882c46cefb05b9a93fea8c3d215"
	vectorDID   = "did:op:0c184915b07b44c888d468be85a9b28253e80070e5294b1aaed81c2f0264e429"
)

func TestSignatureVectors(t *testing.T) {
	t.Parallel()
	consumer := common.HexToAddress(consumerHex)
	// node≥1 download: address + "2" + "download".
	require.True(t, verifySignature(consumer, consumerHex+"2download",
		"0x8c80227e304af9a29e294146bdccfd8ca81b97e00ba5a4a31db824c60bab858636c90c448cce84b9cf5a4e144dbffc4e76df744b004c78f15cfc0c37c803ef471b"))
	require.False(t, verifySignature(consumer, consumerHex+"3download",
		"0x8c80227e304af9a29e294146bdccfd8ca81b97e00ba5a4a31db824c60bab858636c90c448cce84b9cf5a4e144dbffc4e76df744b004c78f15cfc0c37c803ef471b"))

	// A hash with a leading zero byte: the node accepts the 31-byte
	// (ethers toBeArray) form and the hex-text form; the devnode also
	// accepts the 32-byte form clients such as ocean.py produce.
	msg := vectorDID + "111"
	require.Equal(t, "0x00436e313b8de1f7002e99cff62b91f35874029e2cc6a25e553aefdf90a7370c", hexutil.Encode(crypto.Keccak256([]byte(msg))))
	for _, sig := range []string{
		"0x786afa49c6e90b0f88eda1ed0b405cc5b13c0b766c9dadfc5cd198e536681b6b315348dae031078da076e794b25f37caa556f14b2880544cc2f19dca673c43a11c",
		"0x2459a27227b88e4fda48e3b6a41dad8d8d5a3a13ebd742ce8ad5b96ec2a6b4c171f325212b939aae1ef4b166e94a6f48657c1081bf23f59a3d2df4bc6392caf11b",
		"0xbf45a7d67d661df8ca081d592f57049ba22b4b986f3963c4bb63f242cb8005f7047d7e8ccecbddc1522b0e052f91f4fdc317e31b2b2dd4db4e854a9e37df9cc21b",
	} {
		require.True(t, verifySignature(consumer, msg, sig), sig)
	}
	require.False(t, verifySignature(consumer, msg, "0x1234"))
}

func TestNonceStore(t *testing.T) {
	t.Parallel()
	key, err := crypto.HexToECDSA("ef4b441145c1d0f3b4bc6d61d29f5c6e502359481152f869247c7a4244d45209")
	require.NoError(t, err)
	addr := crypto.PubkeyToAddress(key.PublicKey).Hex()
	sign := func(nonce string) string {
		sig, err := signForTest(key, addr+nonce+cmdEncrypt)
		require.NoError(t, err)
		return sig
	}
	s := newNonceStore()
	require.ErrorIs(t, s.verify("", "", "", cmdEncrypt), errNoAuth)
	require.NoError(t, s.verify(addr, "5", sign("5"), cmdEncrypt))
	var ne *nonceError
	require.ErrorAs(t, s.verify(addr, "5", sign("5"), cmdEncrypt), &ne)
	require.ErrorAs(t, s.verify(addr, "4", sign("4"), cmdEncrypt), &ne)
	require.ErrorAs(t, s.verify(addr, "6.5", sign("6.5"), cmdEncrypt), &ne)
	require.ErrorIs(t, s.verify(addr, "7", sign("8"), cmdEncrypt), errSigMismatch)
	// A rejected signature does not consume the nonce.
	require.NoError(t, s.verify(addr, "7", sign("7"), cmdEncrypt))
	require.Equal(t, uint64(7), s.get(common.HexToAddress(addr)))
}

func TestProviderFeeVector(t *testing.T) {
	t.Parallel()
	key, err := crypto.HexToECDSA(providerKey)
	require.NoError(t, err)
	data := hexutil.MustDecode("0x7b22656e7669726f6e6d656e74223a6e756c6c2c2274696d657374616d70223a313730303030303030302e3132333435362c226474223a22307832343733663446376266343065643933313038333865644643413632363243313741353944463634222c226964223a2230227d")
	token := common.HexToAddress("0x282d8efCe846A88B159800bd4130ad77443Fa1A1")
	require.Equal(t, "0xdd5df41d94acd341c4f1b52a0ab7b8b46bdd5c147a60c45ea669b1d9f2e46dd7",
		hexutil.Encode(feeMessageHash(data, crypto.PubkeyToAddress(key.PublicKey), token, new(big.Int), 0)))
	fee, err := signProviderFee(key, data, token, new(big.Int), 0)
	require.NoError(t, err)
	require.Equal(t, "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909", fee.ProviderFeeAddress)
	require.Equal(t, uint8(27), fee.V)
	require.Equal(t, "0xa61af82ad39cf531c7508ac1c8c94a9183cf4bc42271e2fa90e3ad3c38d4352f", fee.R)
	require.Equal(t, "0x291af46686812a93f2a02f91536088eb18234347b6f11f161f4e986b880154b6", fee.S)
	r, s := common.HexToHash(fee.R), common.HexToHash(fee.S)
	require.True(t, feeSignatureValid(data, crypto.PubkeyToAddress(key.PublicKey), token, new(big.Int), new(big.Int), fee.V, r, s))
	require.False(t, feeSignatureValid(data, crypto.PubkeyToAddress(key.PublicKey), token, big.NewInt(1), new(big.Int), fee.V, r, s))
}

// TestFormatUnits checks prices against ethers.formatEther, which Ocean
// Node v3.1.0 indexes ("3.0", not "3").
func TestFormatUnits(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"3000000000000000000":  "3.0",
		"0":                    "0.0",
		"500000000000000000":   "0.5",
		"1250000000000000000":  "1.25",
		"1":                    "0.000000000000000001",
		"12000000000000000000": "12.0",
		"-1500000000000000000": "-1.5",
	} {
		v, ok := new(big.Int).SetString(in, 10)
		require.True(t, ok)
		require.Equal(t, want, formatUnits(v, 18), in)
	}
}
