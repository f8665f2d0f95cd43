package addresses

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func TestEmbeddedNetworks(t *testing.T) {
	f := Embedded()
	for _, name := range []string{"mainnet", "polygon", "optimism", "base", "sepolia", "oasis_sapphire"} {
		n, ok := f[name]
		require.True(t, ok, name)
		require.NotZero(t, n.ChainID, name)
		require.NotEqual(t, common.Address{}, n.ERC721Factory, name)
		require.NotEqual(t, common.Address{}, n.Router, name)
	}
	// A fact from the package's file: Sepolia's factory and enterprise template.
	sep := f["sepolia"]
	require.Equal(t, uint64(11155111), sep.ChainID)
	require.Equal(t, common.HexToAddress("0xEF62FB495266C72a5212A11Dce8baa79Ec0ABeB1"), sep.ERC721Factory)
	tmpl, ok := sep.ERC20TemplateAddress(2)
	require.True(t, ok)
	require.Equal(t, common.HexToAddress("0xDEfD0018969cd2d4E648209F876ADe184815f038"), tmpl)
	require.Contains(t, sep.Extra, "COMPY", "unknown keys are kept")

	name, n, ok := f.ByChainID(10)
	require.True(t, ok)
	require.Equal(t, "optimism", name)
	require.Equal(t, uint64(10), n.ChainID)
	_, _, ok = f.ByChainID(8996)
	require.False(t, ok, "the npm file has no development entry")
}

func TestMissingKeysTolerated(t *testing.T) {
	f, err := Parse([]byte(`{"x":{"chainId":5,"Router":"0x0000000000000000000000000000000000000001","Unknown":{"a":1}}}`))
	require.NoError(t, err)
	require.Equal(t, common.Address{}, f["x"].Ocean)
	require.Equal(t, common.BytesToAddress([]byte{1}), f["x"].Router)

	out, err := json.Marshal(f)
	require.NoError(t, err)
	require.JSONEq(t, `{"x":{"chainId":5,"Router":"0x0000000000000000000000000000000000000001","Unknown":{"a":1}}}`, string(out))

	f, err = Parse([]byte(`{"y":{"chainId":1,"Ocean":"0x967da4048cd07ab37855c090aaf366e4ce1b9f48","ERC20Template":{"1":"0xdefd0018969cd2d4e648209f876ade184815f038"}}}`))
	require.NoError(t, err)
	out, err = json.Marshal(f)
	require.NoError(t, err)
	require.JSONEq(t, `{"y":{"chainId":1,"Ocean":"0x967da4048cD07aB37855c090aAF366e4ce1b9F48","ERC20Template":{"1":"0xDEfD0018969cd2d4E648209F876ADe184815f038"}}}`, string(out), "addresses are written checksummed")
}

func TestParseRejectsGarbage(t *testing.T) {
	_, err := Parse([]byte(`{"x":{"chainId":"nope"}}`))
	require.ErrorContains(t, err, "addresses:")
}
