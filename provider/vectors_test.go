package provider

import (
	"context"
	"encoding/hex"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
)

// Vectors from provider-api.md §9.2–9.4 (public Barge test keys).
const (
	consumerKey = "0xef4b441145c1d0f3b4bc6d61d29f5c6e502359481152f869247c7a4244d45209"
	consumerHex = "0xBE5449a6A97aD46c8558A3356267Ee5D2731ab5e"
	providerKey = "0xfd5c1ccea015b6d663618850824154a3b3fb2882c46cefb05b9a93fea8c3d215"
	vecDID      = "did:op:0c184915b07b44c888d468be85a9b28253e80070e5294b1aaed81c2f0264e429"
	vecJob      = "4d32947065bb46c8b87c1f7adfb7ed8b"
)

func TestSignatureVectors(t *testing.T) {
	s, err := NewHexKeySigner(consumerKey)
	require.NoError(t, err)
	require.Equal(t, consumerHex, s.Address().Hex())
	addr := s.Address()
	cases := []struct {
		name, msg, hash, sig string
		dialect              Dialect
	}{
		{"download", vecDID + "2", "0x0a87a31ab6970f3910fd9a4fdfaf00b3e13a082df424b419e424f449fe84ac43",
			"0x245caf8f884e30760077963e96218154094b9f90fdce4e44f35661fd39445f5a1b777a5c2f0824289bac538c6695de3e34b502e3268ab535bfa1f788a7ec18591b", DialectClassic},
		{"compute start", addr.Hex() + vecDID + "2", "0x2d11bd8943cd75e2a69f9da45abae7eca12ca2db755675608626a93699621dfe",
			"0xc776244f6b35773e04fb9108371e9eb7c9bde38af2ae57954000e5c415bc10e74b07a80a3c5a19ba7610ece9abf8eb50e08b916aabd3560ba660a8eb57d167d71b", DialectClassic},
		{"compute stop", addr.Hex() + vecJob + vecDID + "2", "0x370ed6138fcdab297a5703aafc46ec8bddf42ee8767d680d9ffd1da22d06b2e0",
			"0xa8b82f77607c35d7e33239cfd0bfd8a3447e51471a480d5bd8b313612e8372e576d3ccc7f07561293075958f336a00ab7029458f2f6eb75cc36f8dbe5f1efb351b", DialectClassic},
		{"compute result", addr.Hex() + vecJob + "0" + "2", "0x828a6e490ab046f63718b494ad48f4b3e7973da8916b8aafede651435e50a92e",
			"0xbf30c6bb60181de05be9778bd2a9d92c112ade4378a2e71c327e65efb562c61c63e583b4c49b8916fd7157d1e48f44361660102c7dc9a7c7fc195c14b7b24f791b", DialectClassic},
		{"decrypt by nft", "0xBD558814eE914800EbfeF4a1cbE196F5161823d9" + addr.Hex() + "8996" + "2", "0x51d8c6ebe36cc959eccb4bed775f530ce2216dc18fd9c1d888ac8c5d9536e350",
			"0x26b9783bd4865f47fd8945f061ae844b84c28ce5132acdc0a8fc7fde4ab021d170065b6fde5b395b066833227634b2e28b653001622c599b1a0f1e934bfa9ec61b", DialectClassic},
		{"create auth token", addr.Hex() + "2", "0x3c3090c0431041d2c39524489b7eb1b9e90d82e1d4576c25b6f8de35c83a74c8",
			"0xfa1acd241f48652ac4db5cabfd9df5f0530b54df15e6fdc8123fe2087f78636866bc0606bb50069fceab770c16f6bea3cb107390514bb93cf3877b6e5f1620571b", DialectClassic},
		{"node download", nodeMessage(cmdDownload)(addr, "2"), "0x04397602526a8561b0861b2484bae71539f24e0d5a1f0a4440d67c3610c94c9d",
			"0x8c80227e304af9a29e294146bdccfd8ca81b97e00ba5a4a31db824c60bab858636c90c448cce84b9cf5a4e144dbffc4e76df744b004c78f15cfc0c37c803ef471b", DialectNode},
		// §9.3: leading-zero hash, 32 bytes for classic, 31 for the node.
		{"leading zero classic", vecDID + "111", "0x00436e313b8de1f7002e99cff62b91f35874029e2cc6a25e553aefdf90a7370c",
			"0xbf45a7d67d661df8ca081d592f57049ba22b4b986f3963c4bb63f242cb8005f7047d7e8ccecbddc1522b0e052f91f4fdc317e31b2b2dd4db4e854a9e37df9cc21b", DialectClassic},
		{"leading zero node", vecDID + "111", "0x00436e313b8de1f7002e99cff62b91f35874029e2cc6a25e553aefdf90a7370c",
			"0x786afa49c6e90b0f88eda1ed0b405cc5b13c0b766c9dadfc5cd198e536681b6b315348dae031078da076e794b25f37caa556f14b2880544cc2f19dca673c43a11c", DialectNode},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.hash, hexutil.Encode(requestHash(tc.msg)))
			sig, err := s.SignMessage(context.Background(), payloadFor(tc.dialect, tc.msg))
			require.NoError(t, err)
			assert.Equal(t, tc.sig, hexutil.Encode(sig))
		})
	}
}

func TestProviderFeeVector(t *testing.T) {
	data := `{"environment":null,"timestamp":1700000000.123456,"dt":"0x2473f4F7bf40ed9310838edFCA6262C17A59DF64","id":"0"}`
	js := `{"providerFeeAddress":"0xe08A1dAe983BC701D05E492DB80e0144f8f4b909","providerFeeToken":"0x282d8efCe846A88B159800bd4130ad77443Fa1A1",` +
		`"providerFeeAmount":"0","providerData":"0x` + hex.EncodeToString([]byte(data)) + `","v":27,` +
		`"r":"0xa61af82ad39cf531c7508ac1c8c94a9183cf4bc42271e2fa90e3ad3c38d4352f","s":"0x291af46686812a93f2a02f91536088eb18234347b6f11f161f4e986b880154b6","validUntil":0}`
	var f ddo.ProviderFee
	require.NoError(t, f.UnmarshalJSON([]byte(js)))
	assert.Equal(t, "0xdd5df41d94acd341c4f1b52a0ab7b8b46bdd5c147a60c45ea669b1d9f2e46dd7", f.MessageHash().Hex())
	require.NoError(t, f.Verify())
	ps, err := NewHexKeySigner(providerKey)
	require.NoError(t, err)
	assert.Equal(t, ps.Address(), f.ProviderFeeAddress)
	f.ProviderFeeAmount.SetInt64(1)
	assert.ErrorIs(t, f.Verify(), ddo.ErrInvalidProviderFee)
	f.ProviderFeeAddress = common.Address{}
	assert.Error(t, f.Verify())
}
