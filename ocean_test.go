package ocean_test

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/accesslist"
	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/nodehttp"
)

// countingTransport counts the requests that go through it.
type countingTransport struct {
	n atomic.Int64
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(r)
}

// TestDialDevnet dials a devnet over real JSON-RPC and exercises every
// wired client once.
func TestDialDevnet(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	net, err := devnet.Start(ctx, devnet.Options{RPCAddr: "127.0.0.1:0", AllowLocalCompute: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = net.Close() })
	b, err := net.AddressFile()
	require.NoError(t, err)
	addressFile := filepath.Join(t.TempDir(), "address.json")
	require.NoError(t, os.WriteFile(addressFile, b, 0o600))
	publisher := net.Accounts()[1]

	t.Run("Wired", func(t *testing.T) {
		transport := &countingTransport{}
		journalDir := t.TempDir()
		c, err := ocean.Dial(ctx, ocean.Config{
			Network:     addresses.Development,
			RPCURL:      net.RPCURL(),
			NodeURL:     net.NodeURL(),
			AddressFile: addressFile,
			JournalDir:  journalDir,
			Signers:     ocean.NewKeySigners(publisher.Key, net.ChainID()),
			HTTPClient:  &http.Client{Transport: transport},
		})
		require.NoError(t, err)
		defer func() { require.NoError(t, c.Close()) }()

		assert.Equal(t, addresses.Development, c.Network.Name)
		assert.Equal(t, addresses.DevChainID, c.Network.ChainID)
		want := net.Contracts()
		assert.Equal(t, want.ERC721Factory, c.Network.Contracts.ERC721Factory)
		assert.Equal(t, want.Escrow, c.Network.Contracts.Escrow)
		assert.Equal(t, want.ERC20Templates, c.Network.Contracts.ERC20Templates)

		// Chain: the OCEAN handle reads the publisher's balance.
		bal, err := c.Ocean.Balance(ctx, publisher.Address)
		require.NoError(t, err)
		assert.Equal(t, devnet.OceanBalance(1), bal)

		// Node and indexer.
		pa, err := c.Provider.ProviderAddress(ctx, addresses.DevChainID)
		require.NoError(t, err)
		assert.Equal(t, net.ProviderAccount().Address, pa)
		_, err = c.Indexer.Resolve(ctx, "did:op:"+common.Hash{1}.Hex()[2:])
		require.ErrorIs(t, err, nodehttp.ErrNotFound)

		// Transactions go through the account's manager.
		created, err := c.Factory.CreateAndWait(ctx, nft.CreateParams{Name: "Facade", Symbol: "FCD"})
		require.NoError(t, err)
		n, err := c.NFT(created.NFT)
		require.NoError(t, err)
		name, err := n.Name(ctx)
		require.NoError(t, err)
		assert.Equal(t, "Facade", name)
		assert.Equal(t, publisher.Address, c.Account.TxManager().From())

		// Access lists: created through the factory, opened by address.
		require.NotNil(t, c.AccessLists)
		listAddr, err := c.AccessLists.CreateAndWait(ctx, accesslist.CreateParams{Name: "Facade list", Symbol: "FCL",
			Members: []common.Address{net.Accounts()[2].Address}})
		require.NoError(t, err)
		list, err := c.AccessList(listAddr)
		require.NoError(t, err)
		member, err := list.Contains(ctx, net.Accounts()[2].Address)
		require.NoError(t, err)
		assert.True(t, member)

		// The journal is a file store in JournalDir.
		fs, ok := c.Journal.(*journal.FileStore)
		require.True(t, ok)
		assert.Equal(t, journalDir, fs.Dir())

		assert.Positive(t, transport.n.Load(), "the injected HTTP client carries the requests")

		// The flows: publish as this account, journaled in JournalDir,
		// then order and download as another account.
		content := []byte("published through the facade\n")
		u, err := net.AddFile("facade.txt", bytes.NewReader(content))
		require.NoError(t, err)
		pub, err := c.Assets.Publish(ctx, assets.PublishParams{
			Key:      "facade/1",
			Metadata: assets.Metadata{Name: "facade", Description: "via ocean.Dial", Author: "ocean.go", License: "MIT"},
			Services: []assets.ServiceParams{{Files: []assets.File{{URL: u}}, Pricing: assets.Pricing{Type: assets.PricingFree}}},
		})
		require.NoError(t, err)
		require.NotNil(t, pub.Asset)
		entries, err := fs.List(ctx, journal.Filter{Flow: assets.FlowPublish})
		require.NoError(t, err)
		require.Len(t, entries, 1)

		consumer, err := ocean.Dial(ctx, ocean.Config{
			Network: addresses.Development, RPCURL: net.RPCURL(), NodeURL: net.NodeURL(), AddressFile: addressFile,
			Signers: ocean.NewKeySigners(net.Accounts()[2].Key, net.ChainID()),
		})
		require.NoError(t, err)
		defer consumer.Close()
		ordered, err := consumer.Assets.Order(ctx, assets.OrderParams{Key: "facade/order/1", DID: pub.DID})
		require.NoError(t, err)
		var got bytes.Buffer
		_, err = consumer.Assets.Download(ctx, assets.DownloadParamsFor(ordered, 0), &got)
		require.NoError(t, err)
		assert.Equal(t, content, got.Bytes())
	})

	t.Run("Compute", func(t *testing.T) {
		dial := func(i int) *ocean.Client {
			c, err := ocean.Dial(ctx, ocean.Config{
				Network: addresses.Development, RPCURL: net.RPCURL(), NodeURL: net.NodeURL(), AddressFile: addressFile,
				Signers: ocean.NewKeySigners(net.Accounts()[i].Key, net.ChainID()),
			})
			require.NoError(t, err)
			t.Cleanup(func() { require.NoError(t, c.Close()) })
			return c
		}
		pub, cons := dial(3), dial(4)
		require.NotNil(t, cons.Compute)
		assert.Same(t, cons.Compute, cons.Assets.Compute(), "RunCompute and the field share one compute client")
		assert.Equal(t, cons.Account.Address(), cons.Compute.Consumer())

		// An algorithm, and a dataset whose compute service trusts it.
		const code = "cat inputs/did:op:*/0 | wc -c | tr -d ' ' > outputs/size.txt\n"
		algoURL, err := net.AddFile("facade-size.sh", strings.NewReader(code))
		require.NoError(t, err)
		dataURL, err := net.AddFile("facade-data.bin", strings.NewReader(strings.Repeat("d", 4096)))
		require.NoError(t, err)
		meta := assets.Metadata{Name: "facade compute", Description: "via ocean.Dial", Author: "ocean.go", License: "MIT"}
		algo, data := publishComputePair(t, pub, "facade/algorithm", "facade/compute-data", meta, code, algoURL, dataURL)

		envs, err := cons.Compute.Environments(ctx)
		require.NoError(t, err)
		require.NotEmpty(t, envs)
		run, err := cons.Assets.RunCompute(ctx, assets.RunComputeParams{Key: "facade/job", Spec: compute.Spec{
			Free:      true,
			Datasets:  []compute.Asset{{DID: data.DID, ServiceID: data.ServiceIDs[0]}},
			Algorithm: compute.Algorithm{Asset: compute.Asset{DID: algo.DID, ServiceID: algo.ServiceIDs[0]}},
		}})
		require.NoError(t, err)
		st, err := cons.Compute.Wait(ctx, run.Job.ID, compute.WatchOptions{MinInterval: 20 * time.Millisecond, MaxInterval: 200 * time.Millisecond})
		require.NoError(t, err)
		assert.Equal(t, compute.StatusFinished, st.Code)
		var out bytes.Buffer
		_, err = cons.Compute.Output(ctx, run.Job.ID, &out)
		require.NoError(t, err)
		tr := tar.NewReader(&out)
		for {
			h, err := tr.Next()
			require.NoError(t, err, "outputs/size.txt is in the output")
			if h.Name == "outputs/size.txt" {
				b, err := io.ReadAll(tr)
				require.NoError(t, err)
				assert.Equal(t, "4096\n", string(b))
				break
			}
		}
		jobs, err := cons.Compute.Jobs(ctx, data.DID)
		require.NoError(t, err)
		assert.Len(t, jobs, 1)
	})

	t.Run("MissingContracts", func(t *testing.T) {
		// The devnet's address file without its Escrow and FixedPrice: a
		// network like polygon, without paid compute or fixed prices.
		var file map[string]map[string]any
		require.NoError(t, json.Unmarshal(b, &file))
		delete(file[addresses.Development], "Escrow")
		delete(file[addresses.Development], "FixedPrice")
		lacking, err := json.Marshal(file)
		require.NoError(t, err)
		lackingFile := filepath.Join(t.TempDir(), "address.json")
		require.NoError(t, os.WriteFile(lackingFile, lacking, 0o600))
		dial := func(i int) *ocean.Client {
			c, err := ocean.Dial(ctx, ocean.Config{Network: addresses.Development, RPCURL: net.RPCURL(), NodeURL: net.NodeURL(),
				AddressFile: lackingFile, Signers: ocean.NewKeySigners(net.Accounts()[i].Key, net.ChainID())})
			require.NoError(t, err)
			t.Cleanup(func() { require.NoError(t, c.Close()) })
			return c
		}
		pub, cons := dial(6), dial(7)

		var contracts []string
		for _, m := range pub.Network.Missing() {
			assert.Equal(t, addresses.Development, m.Network)
			contracts = append(contracts, m.Contract)
		}
		assert.Equal(t, []string{"FixedPrice", "Escrow"}, contracts)
		assert.Nil(t, pub.FixedRate)
		assert.Nil(t, pub.Escrow)

		nonce := func(c *ocean.Client) uint64 {
			n, err := c.Eth.PendingNonceAt(ctx, c.Account.Address())
			require.NoError(t, err)
			return n
		}
		meta := assets.Metadata{Name: "lacking", Description: "a network without some contracts", Author: "ocean.go", License: "MIT"}
		dataURL, err := net.AddFile("lacking.bin", strings.NewReader(strings.Repeat("l", 100)))
		require.NoError(t, err)

		// Fixed-rate pricing: refused before anything is journaled or sent.
		before := nonce(pub)
		rate, err := assets.ParseUnits("2", 18)
		require.NoError(t, err)
		_, err = pub.Assets.Publish(ctx, assets.PublishParams{Key: "lacking/fixed", Metadata: meta,
			Services: []assets.ServiceParams{{Files: []assets.File{{URL: dataURL}},
				Pricing: assets.Pricing{Type: assets.PricingFixed, Rate: rate}}}})
		var missing *ocean.MissingContractError
		require.ErrorAs(t, err, &missing)
		assert.Equal(t, &ocean.MissingContractError{Network: addresses.Development, Contract: "FixedPrice",
			Feature: assets.FeatureFixedPricing}, missing)
		require.ErrorIs(t, err, assets.ErrMissingContract)
		assert.Equal(t, `assets: network development has no FixedPrice contract: fixed-rate pricing is not available there`, err.Error())
		assert.Equal(t, before, nonce(pub), "nothing sent")
		_, err = pub.Journal.Get(ctx, "lacking/fixed")
		require.ErrorIs(t, err, journal.ErrNotFound, "nothing journaled")

		// Free pricing and free jobs still work; a paid job is refused
		// after the node's quote and before any order.
		const code = "wc -c < inputs/did:op:*/0 > outputs/size.txt\n"
		algoURL, err := net.AddFile("lacking.sh", strings.NewReader(code))
		require.NoError(t, err)
		algo, data := publishComputePair(t, pub, "lacking/algorithm", "lacking/data", meta, code, algoURL, dataURL)
		before = nonce(cons)
		_, err = cons.Assets.RunCompute(ctx, assets.RunComputeParams{Key: "lacking/paid-job", Spec: compute.Spec{
			MaxJobDuration: time.Minute,
			Datasets:       []compute.Asset{{DID: data.DID, ServiceID: data.ServiceIDs[0]}},
			Algorithm:      compute.Algorithm{Asset: compute.Asset{DID: algo.DID, ServiceID: algo.ServiceIDs[0]}},
		}})
		require.ErrorAs(t, err, &missing)
		assert.Equal(t, "Escrow", missing.Contract)
		assert.Equal(t, assets.FeaturePaidCompute, missing.Feature)
		assert.Equal(t, before, nonce(cons), "no order, no deposit")
	})

	t.Run("NetworkFromChainID", func(t *testing.T) {
		c, err := ocean.Dial(ctx, ocean.Config{RPCURL: net.RPCURL(), NodeURL: net.NodeURL(), AddressFile: addressFile})
		require.NoError(t, err)
		defer c.Close()
		assert.Equal(t, addresses.Development, c.Network.Name)
		assert.Nil(t, c.Account)
		assert.Nil(t, c.Assets)
		assert.Nil(t, c.Compute)
		_, ok := c.Journal.(*journal.MemoryStore)
		assert.True(t, ok)
	})

	t.Run("New", func(t *testing.T) {
		contracts := addresses.Contracts{ERC721Factory: net.Contracts().ERC721Factory}
		c, err := ocean.New(ctx, net.Client(), ocean.Config{Network: "8996", NodeURL: net.NodeURL(), Contracts: &contracts})
		require.NoError(t, err)
		require.NoError(t, c.Close())
		assert.Nil(t, c.Escrow, "no handle for a contract without address")
		assert.Nil(t, c.AccessLists, "no handle for a contract without address")
		_, err = net.Client().ChainID(ctx)
		require.NoError(t, err, "New leaves the caller's chain client open")
	})

	t.Run("NewOverBackend", func(t *testing.T) {
		// Any Backend, not only an *ethclient.Client: here a wrapper
		// counting the calls New makes through it.
		contracts := addresses.Contracts{ERC721Factory: net.Contracts().ERC721Factory}
		eth := &countingBackend{Backend: net.Client()}
		c, err := ocean.New(ctx, eth, ocean.Config{Network: "8996", NodeURL: net.NodeURL(), Contracts: &contracts,
			Signers: ocean.NewKeySigners(publisher.Key, net.ChainID())})
		require.NoError(t, err)
		defer c.Close()
		assert.Equal(t, int64(1), eth.chainIDs.Load(), "New asks the Backend for its chain id")
		assert.Same(t, eth, c.Eth)
		assert.Same(t, eth, c.Account.TxManager().Backend(), "the account transacts through the Backend")
		assert.Same(t, c.Account, c.Compute.Account())
		assert.Equal(t, publisher.Address, c.Assets.Address())
		_, err = c.Factory.NFTCount(ctx)
		require.NoError(t, err)
		assert.Positive(t, eth.calls.Load(), "contract reads go through the Backend")

		// Signers that do not sign for one address are refused.
		other := ocean.NewKeySigners(net.Accounts()[2].Key, net.ChainID())
		mixed := &ocean.Signers{Address: publisher.Address, Tx: ocean.NewKeySigners(publisher.Key, net.ChainID()).Tx,
			Node: other.Node}
		_, err = ocean.New(ctx, eth, ocean.Config{Network: "8996", NodeURL: net.NodeURL(), Contracts: &contracts,
			Signers: mixed})
		var mismatch *compute.AccountMismatchError
		require.ErrorAs(t, err, &mismatch)
		assert.Equal(t, compute.AccountMismatchError{Signer: other.Address, TxManager: publisher.Address}, *mismatch)
	})

	t.Run("ChainMismatch", func(t *testing.T) {
		_, err := ocean.Dial(ctx, ocean.Config{Network: "sepolia", RPCURL: net.RPCURL(), NodeURL: net.NodeURL()})
		var mismatch *ocean.ChainMismatchError
		require.ErrorAs(t, err, &mismatch)
		assert.Equal(t, &ocean.ChainMismatchError{Network: "sepolia", Want: 11155111, Got: addresses.DevChainID}, mismatch)
		assert.Contains(t, err.Error(), "chain 8996")
	})

	t.Run("MissingConfig", func(t *testing.T) {
		_, err := ocean.Dial(ctx, ocean.Config{Network: addresses.Development, RPCURL: net.RPCURL(), NodeURL: net.NodeURL()})
		require.ErrorIs(t, err, ocean.ErrMissingConfig, "development needs an address file")
		c, err := ocean.Dial(ctx, ocean.Config{Network: addresses.Development, RPCURL: net.RPCURL(), AddressFile: addressFile})
		require.NoError(t, err, "development has a default node URL")
		assert.Equal(t, "http://127.0.0.1:8001", c.Provider.BaseURL())
		require.NoError(t, c.Close())
		_, err = ocean.Dial(ctx, ocean.Config{Network: "mainnet"})
		require.ErrorIs(t, err, ocean.ErrMissingConfig, "mainnet has no public RPC preset")
		var mc *ocean.MissingConfigError
		require.ErrorAs(t, err, &mc)
		assert.Equal(t, &ocean.MissingConfigError{Network: "mainnet", Setting: ocean.SettingRPCURL, Field: "RPCURL",
			Env: ocean.EnvRPCURL}, mc)
		_, err = ocean.Dial(ctx, ocean.Config{Network: addresses.Development, RPCURL: net.RPCURL(), NodeURL: net.NodeURL()})
		require.ErrorAs(t, err, &mc)
		assert.Equal(t, ocean.SettingContracts, mc.Setting)
		assert.Equal(t, "AddressFile", mc.Field)
		for _, m := range []*ocean.MissingConfigError{
			{Network: "mainnet", Setting: ocean.SettingRPCURL, Field: "RPCURL", Env: ocean.EnvRPCURL},
			{Network: "sepolia", Setting: ocean.SettingNodeURL, Field: "NodeURL", Env: ocean.EnvNodeURL},
			{Network: "development", Setting: ocean.SettingContracts, Field: "AddressFile", Env: ocean.EnvAddressFile},
		} {
			assert.NotContains(t, m.Error(), "Config", "CLI-neutral words")
			assert.Contains(t, m.Error(), m.Setting)
			assert.Contains(t, m.Error(), m.Network)
		}
		_, err = ocean.Dial(ctx, ocean.Config{Network: "nowhere", RPCURL: net.RPCURL(), NodeURL: net.NodeURL()})
		var unknown *ocean.UnknownNetworkError
		require.ErrorAs(t, err, &unknown)
		assert.NotContains(t, err.Error(), "Config")
		_, err = ocean.Dial(ctx, ocean.Config{Network: "goerli"})
		require.ErrorAs(t, err, &unknown, "a retired network is named as such, before any RPC URL is asked for")
		assert.Contains(t, err.Error(), "retired")
	})

	t.Run("KeyFromEnv", func(t *testing.T) {
		// t.Setenv refuses a parallel test; the variable is this test's
		// alone (no other test or child process reads it).
		require.NoError(t, os.Setenv("TEST_OCEAN_KEY", common.Bytes2Hex(crypto.FromECDSA(publisher.Key))))
		t.Cleanup(func() { _ = os.Unsetenv("TEST_OCEAN_KEY") })
		c, err := ocean.Dial(ctx, ocean.Config{
			RPCURL: net.RPCURL(), NodeURL: net.NodeURL(), AddressFile: addressFile,
			Key: ocean.KeySource{PrivateKeyEnv: "TEST_OCEAN_KEY"},
		})
		require.NoError(t, err)
		defer c.Close()
		require.NotNil(t, c.Account)
		assert.Equal(t, publisher.Address, c.Account.Address())
	})
}

func TestConfigFromEnv(t *testing.T) {
	t.Setenv(ocean.EnvNetwork, "sepolia")
	t.Setenv(ocean.EnvRPCURL, "https://rpc.example")
	t.Setenv(ocean.EnvNodeURL, "https://node.example")
	t.Setenv(ocean.EnvIndexerURL, "https://indexer.example")
	t.Setenv(ocean.EnvJournalDir, "/var/lib/app/journal")
	t.Setenv(ocean.EnvAddressFile, "address.json")
	t.Setenv(ocean.EnvPrivateKey, "0x01")
	cfg, err := ocean.ConfigFromEnv()
	require.NoError(t, err)
	assert.Equal(t, ocean.Config{
		Network: "sepolia", RPCURL: "https://rpc.example", NodeURL: "https://node.example",
		IndexerURL: "https://indexer.example", JournalDir: "/var/lib/app/journal", AddressFile: "address.json",
		Key: ocean.KeySource{PrivateKeyEnv: ocean.EnvPrivateKey},
	}, cfg)

	t.Setenv(ocean.EnvKeystore, "key.json")
	_, err = ocean.ConfigFromEnv()
	require.Error(t, err, "a private key and a keystore at once")

	os.Unsetenv(ocean.EnvPrivateKey) //nolint:errcheck // t.Setenv restores it
	cfg, err = ocean.ConfigFromEnv()
	require.NoError(t, err)
	assert.Equal(t, ocean.KeySource{Keystore: "key.json", PasswordEnv: ocean.EnvKeystorePassword}, cfg.Key)

	t.Setenv(ocean.EnvNetwork, "")
	t.Setenv(ocean.EnvRPCURL, "")
	cfg, err = ocean.ConfigFromEnv()
	require.NoError(t, err, "flags may still name the network")
	_, err = ocean.Dial(t.Context(), cfg)
	require.ErrorIs(t, err, ocean.ErrMissingConfig, "neither a network nor an RPC URL")
}

func TestLoadSigners(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	chainID := addresses.DevChainID

	t.Setenv("TEST_KEY", "0x"+common.Bytes2Hex(crypto.FromECDSA(key)))
	acc, err := ocean.LoadSigners(ocean.KeySource{PrivateKeyEnv: "TEST_KEY"}, chainID)
	require.NoError(t, err)
	assert.Equal(t, addr, acc.Address)
	assert.Equal(t, addr, acc.Node.Address())

	t.Setenv("TEST_KEY", "not a key")
	_, err = ocean.LoadSigners(ocean.KeySource{PrivateKeyEnv: "TEST_KEY"}, chainID)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "not a key", "errors never echo the key")
	t.Setenv("TEST_KEY", "")
	_, err = ocean.LoadSigners(ocean.KeySource{PrivateKeyEnv: "TEST_KEY"}, chainID)
	require.ErrorIs(t, err, ocean.ErrNoKey)
	_, err = ocean.LoadSigners(ocean.KeySource{}, chainID)
	require.ErrorIs(t, err, ocean.ErrNoKey)

	// An encrypted keystore file with its password in a variable.
	k := &keystore.Key{Address: addr, PrivateKey: key}
	blob, err := keystore.EncryptKey(k, "s3cret", keystore.LightScryptN, keystore.LightScryptP)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "key.json")
	require.NoError(t, os.WriteFile(path, blob, 0o600))
	t.Setenv("TEST_PASSWORD", "s3cret")
	acc, err = ocean.LoadSigners(ocean.KeySource{Keystore: path, PasswordEnv: "TEST_PASSWORD"}, chainID)
	require.NoError(t, err)
	assert.Equal(t, addr, acc.Address)

	t.Setenv("TEST_PASSWORD", "wrong")
	_, err = ocean.LoadSigners(ocean.KeySource{Keystore: path, PasswordEnv: "TEST_PASSWORD"}, chainID)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "wrong")

	// The transaction signer signs for the chain, and only for its address.
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chainID), Nonce: 1, Gas: 21000, To: &addr})
	signed, err := acc.Tx(addr, tx)
	require.NoError(t, err)
	from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(chainID)), signed)
	require.NoError(t, err)
	assert.Equal(t, addr, from)
	_, err = acc.Tx(common.Address{1}, tx)
	require.Error(t, err)
}

func TestNetworks(t *testing.T) {
	byName := map[string]ocean.Network{}
	for _, n := range ocean.Networks() {
		byName[n.Name] = n
	}
	for name, id := range map[string]int64{
		"mainnet": 1, "polygon": 137, "optimism": 10, "base": 8453, "sepolia": 11155111,
		"optimism_sepolia": 11155420, "oasis_sapphire": 23294, "oasis_sapphire_testnet": 23295,
		addresses.Development: addresses.DevChainID,
	} {
		n, ok := byName[name]
		require.True(t, ok, name)
		assert.Equal(t, id, n.ChainID, name)
		if name != addresses.Development {
			assert.NotEqual(t, common.Address{}, n.Contracts.ERC721Factory, name)
			assert.NotEmpty(t, n.Contracts.ERC20Templates, name)
		}
	}
	for _, name := range []string{"mainnet", "sepolia", "polygon"} {
		assert.Empty(t, byName[name].RPCURL, "%s: no keyless public endpoint named by Ocean", name)
	}
	assert.Equal(t, "https://sapphire.oasis.io", byName["oasis_sapphire"].RPCURL)
	assert.Equal(t, "https://sepolia.optimism.io", byName["optimism_sepolia"].RPCURL)
	assert.Equal(t, common.HexToAddress("0x159924ca0F47D6F704B97E29099b89e518A17B5E"), byName["base"].Contracts.ERC721Factory)
	assert.NotEqual(t, common.Address{}, byName["sepolia"].Contracts.Escrow)

	// What each network lacks, from the address file.
	lacks := func(name string) []string {
		var out []string
		for _, m := range byName[name].Missing() {
			assert.Equal(t, name, m.Network)
			out = append(out, m.Contract+": "+m.Feature)
		}
		return out
	}
	assert.Empty(t, lacks("mainnet"))
	assert.Empty(t, lacks("sepolia"))
	assert.Empty(t, lacks("optimism"))
	assert.Equal(t, []string{"Escrow: paid compute", "AccessListFactory: access lists"}, lacks("polygon"))
	assert.Equal(t, []string{"Ocean: fixed-rate pricing in OCEAN"}, lacks("base"))
	assert.Equal(t, []string{"Escrow: paid compute"}, lacks("oasis_sapphire_testnet"))
	assert.Len(t, lacks(addresses.Development), 6, "the development preset has no addresses")
	noEscrow := byName["polygon"].Missing()[0]
	assert.Equal(t, "assets: network polygon has no Escrow contract: paid compute is not available there", noEscrow.Error())
	assert.ErrorIs(t, noEscrow, assets.ErrMissingContract)

	// Shut-down chains have no preset; looking one up says why.
	for _, name := range []string{"goerli", "mumbai", "filecointestnet", "alfajores", "polygonedge", "gaiaxtestnet", "gen-x-testnet"} {
		_, listed := byName[name]
		assert.False(t, listed, name)
		_, err := ocean.LookupNetwork(name)
		var unknown *ocean.UnknownNetworkError
		require.ErrorAs(t, err, &unknown, name)
		assert.Equal(t, name, unknown.Network)
		assert.NotEmpty(t, unknown.Retired, name)
		assert.Contains(t, err.Error(), "retired", name)
	}
	_, err := ocean.LookupNetwork("100")
	var unknown *ocean.UnknownNetworkError
	require.ErrorAs(t, err, &unknown, "chain 100 is Gnosis Chain's, not gen-x-testnet's")
	assert.Empty(t, unknown.Retired)

	polygon, err := ocean.LookupNetwork("137")
	require.NoError(t, err)
	assert.Equal(t, "polygon", polygon.Name)
	_, err = ocean.LookupNetwork("42")
	require.ErrorAs(t, err, &unknown)
	assert.Contains(t, unknown.Valid(), "sepolia")
	assert.NotContains(t, unknown.Valid(), "goerli")
	assert.Contains(t, err.Error(), "address file")
	assert.NotContains(t, err.Error(), "Config", "CLI-neutral words")

	_, err = ocean.ParseAddressFile([]byte(`{`))
	require.Error(t, err)
}

func TestConfigFromEnvIsTheOnlyEnvReader(t *testing.T) {
	// Dial ignores OCEAN_* variables: only ConfigFromEnv reads them.
	t.Setenv(ocean.EnvRPCURL, "http://127.0.0.1:1")
	_, err := ocean.Dial(context.Background(), ocean.Config{Network: "mainnet"})
	require.ErrorIs(t, err, ocean.ErrMissingConfig)
}

// publishComputePair publishes, as pub, a free sh algorithm (code, served
// at algoURL) under algoKey and a free dataset (dataURL) under dataKey
// whose compute service trusts exactly that algorithm and publisher.
func publishComputePair(t *testing.T, pub *ocean.Client, algoKey, dataKey string, meta assets.Metadata,
	code, algoURL, dataURL string) (algo, data *assets.Published) {
	t.Helper()
	ctx := t.Context()
	free := assets.Pricing{Type: assets.PricingFree}
	algo, err := pub.Assets.Publish(ctx, assets.PublishParams{Key: algoKey, Metadata: meta,
		Algorithm: &ddo.AlgorithmParams{Language: "sh", Version: "1", Container: ddo.Container{Entrypoint: "sh $ALGO",
			Image: "alpine", Tag: "3.20", Checksum: "sha256:" + strings.Repeat("0", 64)}},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: algoURL}}, Pricing: free}}})
	require.NoError(t, err)
	sum, err := ddo.FileChecksum(strings.NewReader(code))
	require.NoError(t, err)
	trusted, err := ddo.TrustAlgorithm(algo.DDO, algo.ServiceIDs[0], ddo.FilesChecksum(sum))
	require.NoError(t, err)
	data, err = pub.Assets.Publish(ctx, assets.PublishParams{Key: dataKey, Metadata: meta,
		Services: []assets.ServiceParams{{Type: ddo.ServiceCompute, Files: []assets.File{{URL: dataURL}}, Pricing: free,
			Compute: &assets.ComputeOptions{TrustedAlgorithms: []ddo.TrustedAlgorithm{trusted},
				TrustedPublishers: []string{pub.Account.Address().Hex()}}}}})
	require.NoError(t, err)
	return algo, data
}

// countingBackend is an ocean.Backend that counts the chain id and
// contract calls made through it.
type countingBackend struct {
	ocean.Backend
	chainIDs, calls atomic.Int64
}

func (b *countingBackend) ChainID(ctx context.Context) (*big.Int, error) {
	b.chainIDs.Add(1)
	return b.Backend.ChainID(ctx)
}

func (b *countingBackend) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	b.calls.Add(1)
	return b.Backend.CallContract(ctx, call, block)
}
