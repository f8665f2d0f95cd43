package devnet_test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/devnet"
)

func TestStart(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Options{RPCAddr: "127.0.0.1:0"})
	require.NoError(t, err)
	defer func() { require.NoError(t, net.Close()); require.NoError(t, net.Close()) }()

	require.Equal(t, int64(devnet.ChainID), net.ChainID().Int64())
	accs := net.Accounts()
	require.Len(t, accs, 10)
	require.Equal(t, common.HexToAddress("0xe2DD09d719Da89e5a3D0F2549c7E24566e947260"), accs[0].Address)

	c := net.Contracts()
	require.Len(t, c.ERC20Templates, 2)
	for _, a := range []common.Address{c.Ocean, c.Router, c.FixedRateExchange, c.Dispenser, c.ERC721Factory, c.Escrow, c.ERC20Templates[1], c.ERC20Templates[2]} {
		code, err := net.Client().CodeAt(ctx, a, nil)
		require.NoError(t, err)
		require.NotEmpty(t, code)
	}

	// The address file is what ocean.js reads for chain 8996.
	raw, err := net.AddressFile()
	require.NoError(t, err)
	var file map[string]map[string]any
	require.NoError(t, json.Unmarshal(raw, &file))
	dev := file[devnet.NetworkName]
	require.NotNil(t, dev)
	require.EqualValues(t, devnet.ChainID, dev["chainId"])
	require.Equal(t, c.ERC721Factory.Hex(), dev["ERC721Factory"])
	require.Equal(t, c.FixedRateExchange.Hex(), dev["FixedPrice"])
	require.Equal(t, c.ERC20Templates[2].Hex(), dev["ERC20Template"].(map[string]any)["2"])

	// The same chain over JSON-RPC.
	rpc, err := ethclient.DialContext(ctx, net.RPCURL())
	require.NoError(t, err)
	defer rpc.Close()
	bal, err := rpc.BalanceAt(ctx, accs[3].Address, nil)
	require.NoError(t, err)
	require.Positive(t, bal.Cmp(big.NewInt(0)))
}

func TestMissingContracts(t *testing.T) {
	_, err := devnet.Start(t.Context(), devnet.Options{ContractsDir: t.TempDir()})
	require.ErrorIs(t, err, devnet.ErrContractsNotInstalled)
}
