package devnode_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/contracts/erc20template"
	"github.com/oceango/ocean.go/internal/devnode"
	"github.com/oceango/ocean.go/internal/ecies"
)

func TestRootAndNonce(t *testing.T) {
	e := newEnv(t)
	var root struct {
		NodeID           string              `json:"nodeId"`
		ChainIDs         []string            `json:"chainIds"`
		ProviderAddress  string              `json:"providerAddress"`
		NodePublicKey    string              `json:"nodePublicKey"`
		ServiceEndpoints map[string][]string `json:"serviceEndpoints"`
		Software         string              `json:"software"`
	}
	e.getJSON("/", &root)
	require.Equal(t, "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909", root.ProviderAddress)
	require.Equal(t, []string{"8996"}, root.ChainIDs)
	require.Equal(t, "Ocean-Node", root.Software)
	require.True(t, strings.HasPrefix(root.NodeID, "16Uiu2"), root.NodeID)
	require.Equal(t, []string{"GET", "/api/services/download"}, root.ServiceEndpoints["download"])
	require.Equal(t, []string{"POST", "/api/services/fileInfo"}, root.ServiceEndpoints["fileInfo"])
	pub, err := crypto.DecompressPubkey(hexutil.MustDecode(root.NodePublicKey))
	require.NoError(t, err)
	require.Equal(t, root.ProviderAddress, crypto.PubkeyToAddress(*pub).Hex())

	code, hdr, b := e.do("GET", "/api/services/nonce?userAddress="+e.accs[2].Address.Hex(), nil, nil)
	require.Equal(t, 200, code)
	require.JSONEq(t, `{"nonce":"0"}`, string(b))
	require.Equal(t, "*", hdr.Get("Access-Control-Allow-Origin"))

	// Browser preflight.
	code, hdr, _ = e.do("OPTIONS", "/api/services/encrypt", nil, map[string]string{
		"Origin": "http://example.com", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type,authorization"})
	require.Equal(t, 204, code)
	require.Equal(t, "*", hdr.Get("Access-Control-Allow-Origin"))
	require.Equal(t, "content-type,authorization", hdr.Get("Access-Control-Allow-Headers"))
}

func TestEncrypt(t *testing.T) {
	e := newEnv(t)
	acc := e.accs[1]

	code, _, b := e.do("POST", "/api/services/encrypt", bytes.NewReader([]byte("hello ocean")), nil)
	require.Equal(t, 401, code)
	require.Equal(t, "Invalid authentication, you need to provide either a token or an address, signature, message and nonce", string(b))
	code, _, b = e.do("POST", "/api/services/encrypt", nil, nil)
	require.Equal(t, 400, code)
	require.Equal(t, "Missing required body", string(b))

	q := e.signed(acc, "encrypt")
	code, hdr, b := e.do("POST", "/api/services/encrypt?"+q.Encode(), bytes.NewReader([]byte("hello ocean")), nil)
	require.Equal(t, 200, code)
	require.Equal(t, "application/octet-stream; charset=utf-8", hdr.Get("Content-Type"))
	plain, err := ecies.Decrypt(e.accs[8].Key, hexutil.MustDecode(string(b)))
	require.NoError(t, err)
	require.Equal(t, "hello ocean", string(plain))
	require.Equal(t, 1, e.nonce(acc.Address))

	// Replaying the same nonce and signature is refused.
	code, _, b = e.do("POST", "/api/services/encrypt?"+q.Encode(), bytes.NewReader([]byte("hello ocean")), nil)
	require.Equal(t, 401, code)
	require.Equal(t, "nonce: 1 is not a valid nonce", string(b))
	// A signature by someone else is refused.
	q = url.Values{"consumerAddress": {acc.Address.Hex()}, "nonce": {"2"}, "signature": {sign(e.accs[3].Key, acc.Address.Hex()+"2encrypt")}}
	code, _, b = e.do("POST", "/api/services/encrypt?"+q.Encode(), bytes.NewReader([]byte("x")), nil)
	require.Equal(t, 401, code)
	require.Equal(t, "consumer address and nonce signature mismatch", string(b))
	// A signature for another command is refused.
	q = url.Values{"consumerAddress": {acc.Address.Hex()}, "nonce": {"2"}, "signature": {sign(acc.Key, acc.Address.Hex()+"2download")}}
	code, _, _ = e.do("POST", "/api/services/encrypt?"+q.Encode(), bytes.NewReader([]byte("x")), nil)
	require.Equal(t, 401, code)
	// The hex-text form of the hash is accepted, as by Ocean Node.
	h := crypto.Keccak256([]byte(acc.Address.Hex() + "2encrypt"))
	textSig, err := crypto.Sign(crypto.Keccak256([]byte(fmt.Sprintf("\x19Ethereum Signed Message:\n%d%s", 66, hexutil.Encode(h)))), acc.Key)
	require.NoError(t, err)
	q = url.Values{"consumerAddress": {acc.Address.Hex()}, "nonce": {"2"}, "signature": {hexutil.Encode(textSig)}}
	code, _, _ = e.do("POST", "/api/services/encrypt?"+q.Encode(), bytes.NewReader([]byte("x")), nil)
	require.Equal(t, 200, code)
}

func TestPublishResolveDownload(t *testing.T) {
	e := newEnv(t)
	pub, consumer := e.accs[1], e.accs[2]
	content := bytes.Repeat([]byte("0123456789abcdef"), 4096) // 64 KiB
	e.files["data.bin"] = content
	fileURL := e.origin.URL + "/data.bin"
	p := e.publish(pub, publishOpts{files: []string{fileURL}, flags: ddo.FlagEncrypted, timeout: 3600})

	asset := e.waitDDO(p.did)
	require.Equal(t, p.did, asset["id"])
	im := asset["indexedMetadata"].(map[string]any)
	nft := im["nft"].(map[string]any)
	require.Equal(t, p.nft.Hex(), nft["address"])
	require.Equal(t, pub.Address.Hex(), nft["owner"])
	require.EqualValues(t, 0, nft["state"])
	require.Equal(t, "DN1", nft["symbol"])
	require.Equal(t, p.setTx.TxHash.Hex(), im["event"].(map[string]any)["txid"])
	require.Equal(t, false, im["purgatory"].(map[string]any)["state"])
	stats := im["stats"].([]any)
	require.Len(t, stats, 1)
	require.EqualValues(t, 0, stats[0].(map[string]any)["orders"])
	require.Equal(t, p.dt.Hex(), asset["datatokens"].([]any)[0].(map[string]any)["address"])

	// The published DDO comes back byte-identical, plus the indexer fields.
	code, _, raw := e.do("GET", "/api/aquarius/assets/ddo/"+p.did, nil, nil)
	require.Equal(t, 200, code)
	want, _ := p.doc.MarshalJSON()
	require.True(t, bytes.HasPrefix(raw, want[:len(want)-1]), "served DDO does not start with the published one")
	require.NotContains(t, string(raw), e.origin.URL)

	// fileInfo by DID and by URL: checksum, never the URL.
	sum := sha256.Sum256(content)
	code, b := e.postJSON("/api/services/fileInfo", map[string]string{"did": p.did, "serviceId": p.serviceID})
	require.Equal(t, 200, code, string(b))
	require.NotContains(t, string(b), e.origin.URL)
	var infos []map[string]any
	require.NoError(t, json.Unmarshal(b, &infos))
	require.Len(t, infos, 1)
	require.Equal(t, true, infos[0]["valid"])
	require.Equal(t, fmt.Sprint(len(content)), infos[0]["contentLength"])
	require.Equal(t, hex.EncodeToString(sum[:]), infos[0]["checksum"])
	require.Equal(t, "data.bin", infos[0]["name"])
	code, b = e.postJSON("/api/services/fileInfo", map[string]string{"type": "url", "url": fileURL, "method": "GET"})
	require.Equal(t, 200, code, string(b))
	require.Contains(t, string(b), hex.EncodeToString(sum[:]))
	code, b = e.postJSON("/api/services/fileInfo", map[string]string{"foo": "1"})
	require.Equal(t, 400, code)
	require.Equal(t, "Invalid request parameters", string(b))

	// Order with the provider fee of initialize; the chain accepts it.
	orderTx := e.order(pub, consumer, p, 0)

	download := func(acc interface{}, q url.Values, hdr map[string]string) (int, map[string][]string, []byte) {
		q.Set("documentId", p.did)
		q.Set("serviceId", p.serviceID)
		if q.Get("fileIndex") == "" {
			q.Set("fileIndex", "0")
		}
		if q.Get("transferTxId") == "" {
			q.Set("transferTxId", orderTx.Hex())
		}
		code, h, b := e.do("GET", "/api/services/download?"+q.Encode(), nil, hdr)
		return code, h, b
	}
	q := e.signed(consumer, "download")
	code, hdr, body := download(nil, q, nil)
	require.Equal(t, 200, code, string(body))
	require.Equal(t, content, body)
	require.Equal(t, fmt.Sprint(len(content)), hdr["Content-Length"][0])
	require.Equal(t, "attachment;filename=data.bin", hdr["Content-Disposition"][0])

	// Replay.
	code, _, body = download(nil, q, nil)
	require.Equal(t, 401, code)
	require.Equal(t, "nonce: "+q.Get("nonce")+" is not a valid nonce", string(body))

	// Range.
	code, hdr, body = download(nil, e.signed(consumer, "download"), map[string]string{"Range": "bytes=100-199"})
	require.Equal(t, 206, code)
	require.Equal(t, content[100:200], body)
	require.Equal(t, fmt.Sprintf("bytes 100-199/%d", len(content)), hdr["Content-Range"][0])

	// Someone who did not order.
	code, _, body = download(nil, e.signed(e.accs[3], "download"), nil)
	require.Equal(t, 500, code)
	require.Equal(t, "Tx id used not valid, one of the NFT addresses, Datatoken address or the User address contract address does not match.", string(body))
	// Unknown order transaction.
	q = e.signed(consumer, "download")
	q.Set("transferTxId", "0x"+strings.Repeat("ab", 32))
	code, _, body = download(nil, q, nil)
	require.Equal(t, 500, code)
	require.Equal(t, "{}", string(body))
	// A transaction that is not an order of this datatoken.
	q = e.signed(consumer, "download")
	q.Set("transferTxId", p.setTx.TxHash.Hex())
	code, _, _ = download(nil, q, nil)
	require.Equal(t, 500, code)
	// Bad file index.
	q = e.signed(consumer, "download")
	q.Set("fileIndex", "5")
	code, _, body = download(nil, q, nil)
	require.Equal(t, 501, code)
	require.Equal(t, "Unknown error: Empty file object", string(body))
	// Missing parameters.
	code, _, body = e.do("GET", "/api/services/download?documentId="+p.did, nil, nil)
	require.Equal(t, 400, code)
	require.Equal(t, `Missing one ( "fileIndex" ) or more required field(s) for command: "download". Required fields: fileIndex,documentId,serviceId,transferTxId`, string(body))
	// Unsigned.
	code, _, _ = download(nil, url.Values{"consumerAddress": {consumer.Address.Hex()}}, nil)
	require.Equal(t, 401, code)

	// The order is counted in the stats.
	asset = e.waitDDO(p.did)
	require.EqualValues(t, 1, asset["indexedMetadata"].(map[string]any)["stats"].([]any)[0].(map[string]any)["orders"])

	// Order expiry follows the chain clock.
	require.NoError(t, e.chain.AdjustTime(2*3600e9))
	code, _, body = download(nil, e.signed(consumer, "download"), nil)
	require.Equal(t, 500, code)
	require.Contains(t, []string{"Order expired", "Provider fee expired"}, string(body))

	// reuseOrder with a fresh provider fee makes the order valid again.
	var init struct {
		ValidOrder  string `json:"validOrder"`
		ProviderFee struct {
			ProviderFeeAddress common.Address `json:"providerFeeAddress"`
			ProviderFeeToken   common.Address `json:"providerFeeToken"`
			ProviderData       hexutil.Bytes  `json:"providerData"`
			V                  uint8          `json:"v"`
			R, S               common.Hash
			ValidUntil         int64 `json:"validUntil"`
		} `json:"providerFee"`
	}
	e.getJSON(fmt.Sprintf("/api/services/initialize?documentId=%s&serviceId=%s&consumerAddress=%s&transferTxId=%s", p.did, p.serviceID, consumer.Address.Hex(), orderTx.Hex()), &init)
	require.Empty(t, init.ValidOrder)
	pf := init.ProviderFee
	dtABI := erc20template.NewERC20Template()
	reuse := e.transact(consumer, p.dt, dtABI.PackReuseOrder(orderTx, erc20template.ERC20TemplateproviderFee{
		ProviderFeeAddress: pf.ProviderFeeAddress, ProviderFeeToken: pf.ProviderFeeToken, ProviderFeeAmount: new(big.Int),
		V: pf.V, R: pf.R, S: pf.S, ValidUntil: big.NewInt(pf.ValidUntil), ProviderData: pf.ProviderData}))
	q = e.signed(consumer, "download")
	q.Set("transferTxId", reuse.TxHash.Hex())
	code, _, body = download(nil, q, nil)
	require.Equal(t, 200, code, string(body))
	require.Equal(t, content, body)
	// initialize recognises the still-valid reuse.
	e.getJSON(fmt.Sprintf("/api/services/initialize?documentId=%s&serviceId=%s&consumerAddress=%s&transferTxId=%s", p.did, p.serviceID, consumer.Address.Hex(), reuse.TxHash.Hex()), &init)
	require.Equal(t, reuse.TxHash.Hex(), init.ValidOrder)
}

func TestUnsafeURLs(t *testing.T) {
	e := newEnv(t)
	for _, u := range []string{"http://127.0.0.2:1/x", "http://10.1.2.3/x", "http://169.254.169.254/latest", "file:///etc/passwd"} {
		code, b := e.postJSON("/api/services/fileInfo", map[string]string{"type": "url", "url": u, "method": "GET"})
		require.Equal(t, 500, code, u)
		require.Equal(t, "Error validating the URL file: URL is marked as unsafe", string(b))
		require.NotContains(t, string(b), u)
	}
}

func TestDecrypt(t *testing.T) {
	e := newEnv(t)
	pub, decrypter := e.accs[1], e.accs[4]
	e.files["a"] = []byte("a")
	p := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/a"}, flags: ddo.FlagEncrypted})
	want, _ := p.doc.MarshalJSON()

	req := func(nonce string, extra map[string]any) map[string]any {
		m := map[string]any{"decrypterAddress": decrypter.Address.Hex(), "chainId": 8996, "dataNftAddress": p.nft.Hex(),
			"nonce": nonce, "signature": sign(decrypter.Key, decrypter.Address.Hex()+nonce+"decryptDDO")}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	code, b := e.postJSON("/api/services/decrypt", req("1", map[string]any{"transactionId": p.setTx.TxHash.Hex()}))
	require.Equal(t, 200, code, string(b))
	require.Equal(t, string(want), string(b))

	code, _ = e.postJSON("/api/services/decrypt", req("1", map[string]any{"transactionId": p.setTx.TxHash.Hex()}))
	require.Equal(t, 401, code)

	code, b = e.postJSON("/api/services/decrypt", req("2", map[string]any{"transactionId": "0x" + strings.Repeat("00", 32)}))
	require.Equal(t, 400, code)
	require.Equal(t, "Decrypt DDO: Failed to process transaction id", string(b))

	// By document: a wrong hash is refused.
	ct := e.encrypt(pub, []byte(`{"a":1}`))
	sum := sha256.Sum256([]byte(`{"a":1}`))
	code, b = e.postJSON("/api/services/decrypt", req("3", map[string]any{"encryptedDocument": ct, "flags": 2, "documentHash": hexutil.Encode(sum[:])}))
	require.Equal(t, 200, code, string(b))
	require.Equal(t, `{"a":1}`, string(b))
	code, b = e.postJSON("/api/services/decrypt", req("4", map[string]any{"encryptedDocument": ct, "flags": 2, "documentHash": "0x" + strings.Repeat("11", 32)}))
	require.Equal(t, 400, code)
	require.Equal(t, "Decrypt DDO: checksum does not match", string(b))

	// Only authorized decrypters, when configured.
	e2 := newEnvWith(t, func(c *devnode.Config) { c.AuthorizedDecrypters = []common.Address{e.accs[5].Address} })
	code, b = e2.postJSON("/api/services/decrypt", req("1", map[string]any{"transactionId": p.setTx.TxHash.Hex()}))
	require.Equal(t, 403, code)
	require.Equal(t, "Decrypt DDO: Decrypter not authorized", string(b))

	// An NFT not from the factory.
	code, _ = e.postJSON("/api/services/decrypt", req("5", map[string]any{"dataNftAddress": common.HexToAddress("0x1234").Hex(), "transactionId": p.setTx.TxHash.Hex()}))
	require.Equal(t, 400, code)
}

// Downloads work through redirects and from origins without a
// Content-Length; a redirect to a private address is refused.
func TestDownloadOrigins(t *testing.T) {
	e := newEnv(t)
	pub, consumer := e.accs[1], e.accs[2]
	content := []byte(strings.Repeat("line of data\n", 5000))
	e.files["d.txt"] = content
	host := strings.TrimPrefix(e.origin.URL, "http://")
	p := e.publish(pub, publishOpts{flags: ddo.FlagEncrypted, files: []string{
		e.origin.URL + "/redirect/" + host + "/d.txt",
		e.origin.URL + "/chunked/d.txt",
		e.origin.URL + "/redirect/10.0.0.1/d.txt",
	}})
	e.waitDDO(p.did)
	tx := e.order(pub, consumer, p, 0)
	get := func(index int) (int, http.Header, []byte) {
		q := e.signed(consumer, "download")
		q.Set("documentId", p.did)
		q.Set("serviceId", p.serviceID)
		q.Set("fileIndex", strconv.Itoa(index))
		q.Set("transferTxId", tx.Hex())
		return e.do("GET", "/api/services/download?"+q.Encode(), nil, nil)
	}
	for i := range 2 {
		code, _, body := get(i)
		require.Equal(t, 200, code, "file %d: %s", i, body)
		require.Equal(t, content, body, "file %d", i)
	}
	code, _, body := get(2)
	require.Equal(t, 501, code)
	require.Equal(t, "Unknown error: Error validating the URL file: URL is marked as unsafe", string(body))
	require.NotContains(t, string(body), "10.0.0.1")
}
