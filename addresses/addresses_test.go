package addresses

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func TestEmbeddedNetworks(t *testing.T) {
	t.Parallel()
	f := Embedded()
	for _, name := range []string{"mainnet", "polygon", "optimism", "base", "sepolia", "oasis_sapphire"} {
		n, ok := f[name]
		require.True(t, ok, name)
		require.NotZero(t, n.ChainID, name)
		require.NotEqual(t, common.Address{}, n.Contracts.ERC721Factory, name)
		require.NotEqual(t, common.Address{}, n.Contracts.Router, name)
	}
	// A fact from the package's file: Sepolia's factory and enterprise template.
	sep := f["sepolia"]
	require.Equal(t, int64(11155111), sep.ChainID)
	require.Equal(t, common.HexToAddress("0xEF62FB495266C72a5212A11Dce8baa79Ec0ABeB1"), sep.Contracts.ERC721Factory)
	require.Equal(t, common.HexToAddress("0xDEfD0018969cd2d4E648209F876ADe184815f038"), sep.Contracts.ERC20Templates[2])
	require.NotZero(t, sep.Contracts.FixedRateExchange, "FixedPrice is read as FixedRateExchange")
	require.Contains(t, sep.Extra, "COMPY", "unknown keys are kept")

	name, n, ok := f.ByChainID(10)
	require.True(t, ok)
	require.Equal(t, "optimism", name)
	require.Equal(t, int64(10), n.ChainID)
	_, _, ok = f.ByChainID(DevChainID)
	require.False(t, ok, "the npm file has no development entry")
}

func TestMissingKeysTolerated(t *testing.T) {
	t.Parallel()
	f, err := Parse([]byte(`{"x":{"chainId":5,"Router":"0x0000000000000000000000000000000000000001","Unknown":{"a":1}}}`))
	require.NoError(t, err)
	require.Equal(t, common.Address{}, f["x"].Contracts.Ocean)
	require.Equal(t, common.BytesToAddress([]byte{1}), f["x"].Contracts.Router)

	out, err := json.Marshal(f)
	require.NoError(t, err)
	require.JSONEq(t, `{"x":{"chainId":5,"Router":"0x0000000000000000000000000000000000000001","Unknown":{"a":1}}}`, string(out))

	f, err = Parse([]byte(`{"y":{"chainId":1,"Ocean":"0x967da4048cd07ab37855c090aaf366e4ce1b9f48","ERC20Template":{"1":"0xdefd0018969cd2d4e648209f876ade184815f038"}}}`))
	require.NoError(t, err)
	out, err = json.Marshal(f)
	require.NoError(t, err)
	require.JSONEq(t, `{"y":{"chainId":1,"Ocean":"0x967da4048cD07aB37855c090aAF366e4ce1b9F48","ERC20Template":{"1":"0xDEfD0018969cd2d4E648209F876ADe184815f038"}}}`, string(out), "addresses are written checksummed")
}

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	c := Contracts{
		Ocean: common.BytesToAddress([]byte{1}), OPFCommunityFeeCollector: common.BytesToAddress([]byte{2}),
		Router: common.BytesToAddress([]byte{3}), ERC721Factory: common.BytesToAddress([]byte{4}),
		FixedRateExchange: common.BytesToAddress([]byte{5}), FixedRateExchangeEnterprise: common.BytesToAddress([]byte{6}),
		Dispenser: common.BytesToAddress([]byte{7}), Escrow: common.BytesToAddress([]byte{8}),
		EnterpriseFeeCollector: common.BytesToAddress([]byte{9}), AccessListFactory: common.BytesToAddress([]byte{10}),
		ERC721Templates: map[int]common.Address{1: common.BytesToAddress([]byte{11})},
		ERC20Templates:  map[int]common.Address{1: common.BytesToAddress([]byte{12}), 2: common.BytesToAddress([]byte{13})},
		StartBlock:      42,
	}
	b, err := json.Marshal(File{Development: {ChainID: DevChainID, Contracts: c}})
	require.NoError(t, err)
	var raw map[string]map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	require.Equal(t, common.BytesToAddress([]byte{5}).Hex(), raw[Development]["FixedPrice"], "the npm file's key names")
	require.EqualValues(t, 8996, raw[Development]["chainId"])
	f, err := Parse(b)
	require.NoError(t, err)
	require.Equal(t, Entry{ChainID: DevChainID, Contracts: c}, f[Development])
}

func TestParseRejectsGarbage(t *testing.T) {
	t.Parallel()
	_, err := Parse([]byte(`{"x":{"chainId":"nope"}}`))
	require.ErrorContains(t, err, "addresses:")
}
