package ddo

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProviderFeeSignature(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	fee := ProviderFee{ProviderFeeAddress: crypto.PubkeyToAddress(key.PublicKey), ProviderFeeToken: common.Address{7},
		ProviderFeeAmount: big.NewInt(12345), ProviderData: []byte(`{"dt":"0x1","id":"a"}`), ValidUntil: big.NewInt(1700000000)}
	require.NoError(t, fee.Sign(func(d []byte) ([]byte, error) { return crypto.Sign(d, key) }))
	assert.Contains(t, []uint8{27, 28}, fee.V)
	require.NoError(t, fee.Verify())
	signer, err := fee.Signer()
	require.NoError(t, err)
	assert.Equal(t, fee.ProviderFeeAddress, signer)

	// The message is the packed encoding of contracts.md §5.
	want := crypto.Keccak256Hash(fee.ProviderData, fee.ProviderFeeAddress.Bytes(), fee.ProviderFeeToken.Bytes(),
		common.LeftPadBytes(fee.ProviderFeeAmount.Bytes(), 32), common.LeftPadBytes(fee.ValidUntil.Bytes(), 32))
	assert.Equal(t, want, fee.MessageHash())

	for name, mutate := range map[string]func(*ProviderFee){
		"amount":      func(f *ProviderFee) { f.ProviderFeeAmount = big.NewInt(1) },
		"valid until": func(f *ProviderFee) { f.ValidUntil = big.NewInt(1) },
		"token":       func(f *ProviderFee) { f.ProviderFeeToken = common.Address{8} },
		"data":        func(f *ProviderFee) { f.ProviderData = append([]byte{' '}, f.ProviderData...) },
		"v 0/1":       func(f *ProviderFee) { f.V -= 27 },
	} {
		f := fee
		mutate(&f)
		assert.ErrorIs(t, f.Verify(), ErrInvalidProviderFee, name)
	}
	zero := ProviderFee{}
	assert.NoError(t, zero.Verify(), "the all-zero fee is accepted on chain")
	err = fee.Sign(func([]byte) ([]byte, error) { return []byte{1}, nil })
	assert.Error(t, err)
}

// The wire form is the one the provider client wrote before the type
// moved here: decoding a node's answer and encoding it again gives the
// classic shape, and strings or numbers are read alike.
func TestProviderFeeJSON(t *testing.T) {
	in := `{"providerFeeAddress":"0xe08A1dAe983BC701D05E492DB80e0144f8f4b909","providerFeeToken":"0x2473f4F7bf40ed9310838edFCA6262C17A59DF64",` +
		`"providerFeeAmount":"0","providerData":"0x7b7d","v":28,"r":"0xd747f246bad5afaa21f3822a16175489b7f2035b4fc9f5be5b1226a33ecfa591",` +
		`"s":"0x3b4c9ffb873f05ff6e40432f00253550124e77c1345ef14e7e2926025244e649","validUntil":1795358343}`
	var f ProviderFee
	require.NoError(t, json.Unmarshal([]byte(in), &f))
	assert.Equal(t, uint8(28), f.V)
	assert.Equal(t, []byte("{}"), f.ProviderData)
	out, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, in, string(out))
	assert.Equal(t, `{"providerData":"0x7b7d","providerFeeAddress":"0xe08A1dAe983BC701D05E492DB80e0144f8f4b909",`+
		`"providerFeeAmount":"0","providerFeeToken":"0x2473f4F7bf40ed9310838edFCA6262C17A59DF64",`+
		`"r":"0xd747f246bad5afaa21f3822a16175489b7f2035b4fc9f5be5b1226a33ecfa591",`+
		`"s":"0x3b4c9ffb873f05ff6e40432f00253550124e77c1345ef14e7e2926025244e649","v":28,"validUntil":1795358343}`, string(out))

	var g ProviderFee
	require.NoError(t, json.Unmarshal([]byte(`{"providerFeeAddress":"0xe08A1dAe983BC701D05E492DB80e0144f8f4b909",`+
		`"providerFeeToken":"0x2473f4F7bf40ed9310838edFCA6262C17A59DF64","providerFeeAmount":1.5e3,"providerData":"7b7d",`+
		`"v":"27","r":"0x01","s":"0x02","validUntil":"12.0"}`), &g))
	assert.Equal(t, int64(1500), g.ProviderFeeAmount.Int64())
	assert.Equal(t, int64(12), g.ValidUntil.Int64())
	assert.Equal(t, uint8(27), g.V)
	assert.Equal(t, byte(1), g.R[31])

	var z ProviderFee
	require.NoError(t, json.Unmarshal([]byte(`{}`), &z))
	assert.True(t, z.IsZero())
	for _, bad := range []string{`{"providerFeeAddress":"x","providerFeeToken":"0x2473f4F7bf40ed9310838edFCA6262C17A59DF64"}`,
		`{"providerFeeAddress":"0xe08A1dAe983BC701D05E492DB80e0144f8f4b909","providerFeeToken":"0x2473f4F7bf40ed9310838edFCA6262C17A59DF64","v":300}`,
		`{"providerFeeAddress":"0xe08A1dAe983BC701D05E492DB80e0144f8f4b909","providerFeeToken":"0x2473f4F7bf40ed9310838edFCA6262C17A59DF64","providerFeeAmount":"-1"}`} {
		assert.Error(t, json.Unmarshal([]byte(bad), new(ProviderFee)), bad)
	}
}
