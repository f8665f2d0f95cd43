package devnet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/internal/contracts/erc20template"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/contracts/erc721template"
)

// TestPublishAndDownload runs the whole flow against a devnet through its
// public surface: the file origin, the node's HTTP routes and the chain.
func TestPublishAndDownload(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Options{})
	require.NoError(t, err)
	defer net.Close()
	pub, consumer := net.Accounts()[1], net.Accounts()[2]
	content := bytes.Repeat([]byte("ocean"), 10000)
	fileURL, err := net.AddFile("data.bin", bytes.NewReader(content))
	require.NoError(t, err)

	send := func(from devnet.Account, to common.Address, data []byte) *types.Receipt {
		opts := bind.NewKeyedTransactor(from.Key, big.NewInt(net.ChainID()))
		opts.Context = ctx
		tx, err := erc20template.NewERC20Template().Instance(net.Client(), to).RawTransact(opts, data)
		require.NoError(t, err)
		r, err := bind.WaitMined(ctx, net.Client(), tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		return r
	}
	signed := func(acc devnet.Account, command string) url.Values {
		var n struct{ Nonce string }
		getJSON(t, net.NodeURL()+"/api/services/nonce?userAddress="+acc.Address.Hex(), &n)
		i, err := strconv.Atoi(n.Nonce)
		require.NoError(t, err)
		nonce := strconv.Itoa(i + 1)
		sig, err := crypto.Sign(accounts.TextHash(crypto.Keccak256([]byte(acc.Address.Hex()+nonce+command))), acc.Key)
		require.NoError(t, err)
		sig[64] += 27
		return url.Values{"consumerAddress": {acc.Address.Hex()}, "nonce": {nonce}, "signature": {hexutil.Encode(sig)}}
	}
	encrypt := func(plain []byte) string {
		resp, err := http.Post(net.NodeURL()+"/api/services/encrypt?"+signed(pub, "encrypt").Encode(), "application/octet-stream", bytes.NewReader(plain))
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		require.Equal(t, 200, resp.StatusCode, string(b))
		return string(b)
	}

	// Data NFT and datatoken.
	f := erc721factory.NewNFTFactory()
	r := send(pub, net.Contracts().ERC721Factory, f.PackCreateNftWithErc20(
		erc721factory.IFactoryNftCreateData{Name: "NFT", Symbol: "NFT", TemplateIndex: big.NewInt(1), Transferable: true, Owner: pub.Address},
		erc721factory.IFactoryErcCreateData{TemplateIndex: big.NewInt(1), Strings: []string{"DT", "DT"},
			Addresses: []common.Address{pub.Address, {}, {}, {}}, Uints: []*big.Int{big.NewInt(1e18 * 1), big.NewInt(0)}, Bytess: [][]byte{}}))
	var nft, dt common.Address
	for _, l := range r.Logs {
		if ev, err := f.UnpackNFTCreatedEvent(l); err == nil {
			nft = ev.NewTokenAddress
		}
		if ev, err := f.UnpackTokenCreatedEvent(l); err == nil {
			dt = ev.NewTokenAddress
		}
	}

	// Publish: files and DDO encrypted by the node, flags 2.
	wrapper, _ := json.Marshal(map[string]any{"datatokenAddress": dt.Hex(), "nftAddress": nft.Hex(),
		"files": []map[string]string{{"type": "url", "url": fileURL, "method": "GET"}}})
	files := encrypt(wrapper)
	did, err := ddo.DID(nft.Hex(), addresses.DevChainID)
	require.NoError(t, err)
	doc := ddo.DDO{Context: []string{ddo.DefaultContext}, ID: did, Version: "4.1.0", ChainID: addresses.DevChainID, NFTAddress: nft.Hex(),
		Metadata: ddo.Metadata{Created: "2026-01-01T00:00:00Z", Updated: "2026-01-01T00:00:00Z", Type: ddo.TypeDataset,
			Name: "e2e", Description: "devnet end to end", Author: "ocean.go", License: "MIT"},
		Services: []ddo.Service{{ID: ddo.ServiceID(dt.Hex(), files), Type: ddo.ServiceAccess, Files: files,
			DatatokenAddress: dt.Hex(), ServiceEndpoint: net.NodeURL()}}}
	raw, err := doc.MarshalJSON()
	require.NoError(t, err)
	tmpl := erc721template.NewERC721Template()
	send(pub, nft, tmpl.PackSetMetaData(0, net.NodeURL(), "", []byte{byte(ddo.FlagEncrypted)},
		hexutil.MustDecode(encrypt(raw)), ddo.MetadataHash(raw, ddo.FlagEncrypted), nil))

	require.Eventually(t, func() bool {
		resp, err := http.Get(net.NodeURL() + "/api/aquarius/assets/ddo/" + did)
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	}, 5*time.Second, 5*time.Millisecond)

	// Order with the node's provider fee, then download.
	var init struct {
		ProviderFee struct {
			ProviderFeeAddress common.Address `json:"providerFeeAddress"`
			ProviderFeeToken   common.Address `json:"providerFeeToken"`
			ProviderData       hexutil.Bytes  `json:"providerData"`
			V                  uint8          `json:"v"`
			R, S               common.Hash
			ValidUntil         int64 `json:"validUntil"`
		} `json:"providerFee"`
	}
	getJSON(t, fmt.Sprintf("%s/api/services/initialize?documentId=%s&serviceId=%s&consumerAddress=%s", net.NodeURL(), did, doc.Services[0].ID, consumer.Address.Hex()), &init)
	require.Equal(t, net.ProviderAccount().Address, init.ProviderFee.ProviderFeeAddress)
	dtABI := erc20template.NewERC20Template()
	send(pub, dt, dtABI.PackMint(consumer.Address, big.NewInt(1e18)))
	pf := init.ProviderFee
	order := send(consumer, dt, dtABI.PackStartOrder(consumer.Address, big.NewInt(0), erc20template.ERC20TemplateproviderFee{
		ProviderFeeAddress: pf.ProviderFeeAddress, ProviderFeeToken: pf.ProviderFeeToken, ProviderFeeAmount: new(big.Int),
		V: pf.V, R: pf.R, S: pf.S, ValidUntil: big.NewInt(pf.ValidUntil), ProviderData: pf.ProviderData,
	}, erc20template.ERC20TemplateconsumeMarketFee{ConsumeMarketFeeAmount: new(big.Int)}))

	q := signed(consumer, "download")
	q.Set("documentId", did)
	q.Set("serviceId", doc.Services[0].ID)
	q.Set("fileIndex", "0")
	q.Set("transferTxId", order.TxHash.Hex())
	resp, err := http.Get(net.NodeURL() + "/api/services/download?" + q.Encode())
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Equal(t, 200, resp.StatusCode, string(body))
	require.Equal(t, content, body)
	require.Equal(t, "attachment;filename=data.bin", resp.Header.Get("Content-Disposition"))

	// Access only for whoever paid: account B sends reuseOrder on the
	// consumer's paid order (the contract accepts it) and is refused the
	// download, with its reuse and with the order itself.
	b := net.Accounts()[3]
	getJSON(t, fmt.Sprintf("%s/api/services/initialize?documentId=%s&serviceId=%s&consumerAddress=%s", net.NodeURL(), did, doc.Services[0].ID, b.Address.Hex()), &init)
	pf = init.ProviderFee
	reuse := send(b, dt, dtABI.PackReuseOrder(order.TxHash, erc20template.ERC20TemplateproviderFee{
		ProviderFeeAddress: pf.ProviderFeeAddress, ProviderFeeToken: pf.ProviderFeeToken, ProviderFeeAmount: new(big.Int),
		V: pf.V, R: pf.R, S: pf.S, ValidUntil: big.NewInt(pf.ValidUntil), ProviderData: pf.ProviderData,
	}))
	for _, tx := range []common.Hash{reuse.TxHash, order.TxHash} {
		q := signed(b, "download")
		q.Set("documentId", did)
		q.Set("serviceId", doc.Services[0].ID)
		q.Set("fileIndex", "0")
		q.Set("transferTxId", tx.Hex())
		resp, err := http.Get(net.NodeURL() + "/api/services/download?" + q.Encode())
		require.NoError(t, err)
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		require.NoError(t, err)
		require.Equal(t, 500, resp.StatusCode, string(body))
		require.Equal(t, "Tx id used not valid, one of the NFT addresses, Datatoken address or the User address contract address does not match.", string(body))
	}
}
