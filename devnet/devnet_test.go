package devnet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/devnet"
)

func TestStart(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Options{RPCAddr: "127.0.0.1:0"})
	require.NoError(t, err)
	defer func() { require.NoError(t, net.Close()); require.NoError(t, net.Close()) }()

	require.Equal(t, addresses.DevChainID, net.ChainID())
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
	dev := file[addresses.Development]
	require.NotNil(t, dev)
	require.EqualValues(t, addresses.DevChainID, dev["chainId"])
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

	// The Ocean node answers as one, with the provider account.
	var root struct {
		ProviderAddress string `json:"providerAddress"`
		Software        string `json:"software"`
	}
	getJSON(t, net.NodeURL()+"/", &root)
	require.Equal(t, "Ocean-Node", root.Software)
	require.Equal(t, net.ProviderAccount().Address.Hex(), root.ProviderAddress)
	require.Equal(t, "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909", root.ProviderAddress)

	// The file origin serves the sample files and added ones.
	for _, name := range devnet.SampleFiles() {
		require.NotEmpty(t, get(t, net.FileURL(name)), name)
	}
	u, err := net.AddFile("added.bin", strings.NewReader("added content"))
	require.NoError(t, err)
	require.Equal(t, "added content", get(t, u))
	_, err = net.AddFile("../escape", strings.NewReader("x"))
	require.ErrorIs(t, err, devnet.ErrFileName)

	// The node reads files from the origin (loopback is allowed in devnet).
	body, _ := json.Marshal(map[string]string{"type": "url", "url": net.FileURL("hello.txt"), "method": "GET"})
	resp, err := http.Post(net.NodeURL()+"/api/services/fileInfo", "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode)

	// The address file with accounts.
	raw, err = net.AddressFileWithAccounts()
	require.NoError(t, err)
	var full map[string]map[string]any
	require.NoError(t, json.Unmarshal(raw, &full))
	require.Equal(t, c.ERC721Factory.Hex(), full[addresses.Development]["ERC721Factory"])
	require.Equal(t, net.NodeURL(), full[addresses.Development]["providerUrl"])
	first := full[addresses.Development]["accounts"].([]any)[0].(map[string]any)
	require.Equal(t, accs[0].Address.Hex(), first["address"])
}

func get(t *testing.T, u string) string {
	t.Helper()
	resp, err := http.Get(u)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode, u)
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(b)
}

func getJSON(t *testing.T, u string, v any) {
	t.Helper()
	require.NoError(t, json.Unmarshal([]byte(get(t, u)), v))
}

func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	path := filepath.Join(t.TempDir(), "address.json")
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- devnet.Serve(ctx, devnet.ServeOptions{
			Options:     devnet.Options{RPCAddr: "127.0.0.1:0", NodeAddr: "127.0.0.1:0"},
			AddressFile: path,
			Out:         &out,
		})
	}()
	var file map[string]map[string]any
	require.Eventually(t, func() bool {
		raw, err := os.ReadFile(path)
		return err == nil && json.Unmarshal(raw, &file) == nil
	}, time.Minute, 10*time.Millisecond)
	dev := file[addresses.Development]
	require.EqualValues(t, addresses.DevChainID, dev["chainId"])
	var root struct{ Software string }
	getJSON(t, dev["providerUrl"].(string)+"/", &root)
	require.Equal(t, "Ocean-Node", root.Software)

	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(30 * time.Second):
		t.Fatal("Serve did not stop")
	}
	_, err := os.Stat(path)
	require.True(t, os.IsNotExist(err), "address file not removed")
	require.Contains(t, out.String(), "Ocean node")
}

func TestMissingContracts(t *testing.T) {
	_, err := devnet.Start(t.Context(), devnet.Options{ContractsDir: t.TempDir()})
	require.ErrorIs(t, err, devnet.ErrContractsNotInstalled)
}
