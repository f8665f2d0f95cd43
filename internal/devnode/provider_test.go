package devnode_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
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
	"github.com/oceango/ocean.go/internal/devchain"
	"github.com/oceango/ocean.go/internal/devnode"
	"github.com/oceango/ocean.go/internal/ecies"
)

func TestRootAndNonce(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var root struct {
		NodeID           string              `json:"nodeId"`
		ChainIDs         []string            `json:"chainIds"`
		ProviderAddress  string              `json:"providerAddress"`
		NodePublicKey    map[string]byte     `json:"nodePublicKey"`
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
	require.Equal(t, []string{"DELETE", "/api/services/compute"}, root.ServiceEndpoints["computeDelete"])
	require.Equal(t, []string{"GET", "/api/aquarius/assets/ddo/:did/:force?"}, root.ServiceEndpoints["getDDO"])
	// The public key is a Uint8Array serialised as Ocean Node does.
	key := make([]byte, len(root.NodePublicKey))
	for i := range key {
		key[i] = root.NodePublicKey[strconv.Itoa(i)]
	}
	pub, err := crypto.DecompressPubkey(key)
	require.NoError(t, err)
	require.Equal(t, root.ProviderAddress, crypto.PubkeyToAddress(*pub).Hex())

	code, hdr, b := e.do("GET", "/api/services/nonce?userAddress="+e.accs[2].Address.Hex(), nil, nil)
	require.Equal(t, 200, code)
	require.JSONEq(t, `{"nonce":"0"}`, string(b))
	require.Equal(t, "*", hdr.Get("Access-Control-Allow-Origin"))
	// A missing or malformed address reads nonce 0, as on Ocean Node.
	for _, q := range []string{"", "?userAddress=nope"} {
		code, _, b = e.do("GET", "/api/services/nonce"+q, nil, nil)
		require.Equal(t, 200, code)
		require.JSONEq(t, `{"nonce":"0"}`, string(b))
	}

	// directCommand status: Ocean Node's fields, no Content-Type.
	code, hdr, b = e.do("POST", "/directCommand", strings.NewReader(`{"command":"status"}`), map[string]string{"Content-Type": "application/json"})
	require.Equal(t, 200, code)
	require.Empty(t, hdr.Get("Content-Type"))
	var status map[string]any
	require.NoError(t, json.Unmarshal(b, &status))
	for _, k := range []string{"id", "publicKey", "friendlyName", "address", "version", "http", "p2p", "provider", "indexer",
		"escrowAddress", "supportedStorage", "platform", "codeHash", "allowedAdmins", "uptime"} {
		require.Contains(t, status, k)
	}
	require.Equal(t, devnode.NodeVersion, status["version"])
}

// TestBrowserGuards: web pages cannot drive the node. Foreign origins are
// refused on every route but the public read-only ones, CORS never
// answers "*" there, and a Host that is not a loopback name (a DNS
// rebinding page) is refused everywhere.
func TestBrowserGuards(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, func(c *devnode.Config) { c.AllowedOrigins = []string{"https://market.example"} })
	preflight := func(path, origin, method string) (int, http.Header) {
		code, hdr, _ := e.do("OPTIONS", path, nil, map[string]string{"Origin": origin,
			"Access-Control-Request-Method": method, "Access-Control-Request-Headers": "content-type,authorization"})
		return code, hdr
	}
	// A foreign page: no preflight, no simple request on state-changing routes.
	for _, r := range [][2]string{{"POST", "/api/services/encrypt"}, {"POST", "/api/services/freeCompute"},
		{"POST", "/api/services/compute"}, {"GET", "/api/services/download"}, {"POST", "/directCommand"}} {
		code, hdr := preflight(r[1], "http://evil.example", r[0])
		require.Equal(t, 403, code, r)
		require.Empty(t, hdr.Get("Access-Control-Allow-Origin"), r)
		code, _, b := e.do(r[0], r[1], strings.NewReader(`{"command":"status"}`), map[string]string{"Origin": "http://evil.example", "Content-Type": "text/plain"})
		require.Equal(t, 403, code, r)
		require.Equal(t, "Origin not allowed", string(b))
	}
	// Public read-only routes answer any page, with "*".
	code, hdr := preflight("/api/services/nonce", "http://evil.example", "GET")
	require.Equal(t, 204, code)
	require.Equal(t, "*", hdr.Get("Access-Control-Allow-Origin"))
	code, hdr, _ = e.do("GET", "/api/services/computeEnvironments", nil, map[string]string{"Origin": "http://evil.example"})
	require.Equal(t, 200, code)
	require.Equal(t, "*", hdr.Get("Access-Control-Allow-Origin"))
	// Loopback and configured origins are served, by name.
	for _, o := range []string{"http://localhost:3000", "http://127.0.0.1:8080", "https://market.example"} {
		code, hdr := preflight("/api/services/encrypt", o, "POST")
		require.Equal(t, 204, code, o)
		require.Equal(t, o, hdr.Get("Access-Control-Allow-Origin"))
		require.Equal(t, "content-type,authorization", hdr.Get("Access-Control-Allow-Headers"))
		code, hdr, _ = e.do("POST", "/api/services/encrypt", strings.NewReader("x"), map[string]string{"Origin": o})
		require.Equal(t, 401, code, o) // reached the route: unsigned
		require.Equal(t, o, hdr.Get("Access-Control-Allow-Origin"))
	}
	// DNS rebinding: a page at rebound.example resolved to 127.0.0.1.
	req, err := http.NewRequestWithContext(t.Context(), "GET", e.url+"/api/services/nonce", nil)
	require.NoError(t, err)
	req.Host = "rebound.example:8001"
	resp, err := e.http.Do(req)
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(t, 403, resp.StatusCode)
	require.Equal(t, "Invalid Host header", string(b))
	for _, host := range []string{"localhost:1", "127.0.0.1", "[::1]:8001"} {
		req.Host = host
		resp, err := e.http.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, 200, resp.StatusCode, host)
	}
}

func TestEncrypt(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	acc := e.accs[1]

	code, _, b := e.do("POST", "/api/services/encrypt", bytes.NewReader([]byte("hello ocean")), nil)
	require.Equal(t, 401, code)
	require.Equal(t, "Invalid authentication, you need to provide either a token or an address, signature, message and nonce", string(b))
	code, _, b = e.do("POST", "/api/services/encrypt", nil, nil)
	require.Equal(t, 400, code)
	require.Equal(t, "Missing required body", string(b))
	// The signature is checked before the body is read: an unsigned
	// request announcing 20 MiB is answered without sending any of it,
	// and a body announced larger than 25 MiB is refused unread.
	raw := func(length int) string {
		t.Helper()
		conn, err := net.Dial("tcp", strings.TrimPrefix(e.url, "http://"))
		require.NoError(t, err)
		defer conn.Close()
		_, err = fmt.Fprintf(conn, "POST /api/services/encrypt HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: %d\r\n\r\n", length)
		require.NoError(t, err)
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		require.NoError(t, err)
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return fmt.Sprint(resp.StatusCode, " ", string(body))
	}
	require.Equal(t, "401 Invalid authentication, you need to provide either a token or an address, signature, message and nonce", raw(20<<20))
	require.Equal(t, "413 request entity too large", raw(26<<20))

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
	t.Parallel()
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
	// The order is checked while the file is prepared: an order failure
	// is the answer even when the file fails too.
	q = e.signed(consumer, "download")
	q.Set("fileIndex", "5")
	q.Set("transferTxId", "0x"+strings.Repeat("ab", 32))
	code, _, body = download(nil, q, nil)
	require.Equal(t, 500, code)
	require.Equal(t, "{}", string(body))
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
	require.Contains(t, []string{"The order has expired.", "ERROR checking fees"}, string(body))

	// initialize ignores transferTxId, as Ocean Node v3.1.0 does: a fresh
	// provider fee, no validOrder.
	var init struct {
		ValidOrder  *string         `json:"validOrder"`
		ProviderFee json.RawMessage `json:"providerFee"`
	}
	e.getJSON(fmt.Sprintf("/api/services/initialize?documentId=%s&serviceId=%s&consumerAddress=%s&transferTxId=%s", p.did, p.serviceID, consumer.Address.Hex(), orderTx.Hex()), &init)
	require.Nil(t, init.ValidOrder)
	require.NotEmpty(t, init.ProviderFee)
	// A reuse does not extend the order: the service timeout counts from
	// the original order, as Ocean Node v3.1.0 counts it.
	reuse := e.reuse(consumer, p, orderTx)
	q = e.signed(consumer, "download")
	q.Set("transferTxId", reuse.Hex())
	code, _, body = download(nil, q, nil)
	require.Equal(t, 500, code)
	require.Equal(t, "The order has expired.", string(body))
}

// reuse sends reuseOrder of orderTx from acc with a fresh provider fee
// from initialize and returns its hash.
func (e *env) reuse(acc devchain.Account, p published, orderTx common.Hash) common.Hash {
	e.t.Helper()
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
	e.getJSON(fmt.Sprintf("/api/services/initialize?documentId=%s&serviceId=%s&consumerAddress=%s", p.did, p.serviceID, acc.Address.Hex()), &init)
	pf := init.ProviderFee
	r := e.transact(acc, p.dt, erc20template.NewERC20Template().PackReuseOrder(orderTx, erc20template.ERC20TemplateproviderFee{
		ProviderFeeAddress: pf.ProviderFeeAddress, ProviderFeeToken: pf.ProviderFeeToken, ProviderFeeAmount: new(big.Int),
		V: pf.V, R: pf.R, S: pf.S, ValidUntil: big.NewInt(pf.ValidUntil), ProviderData: pf.ProviderData}))
	return r.TxHash
}

// TestReuseOrderAccess: only whoever paid gets access. A reuseOrder sent
// by someone else (B) on A's paid order grants B nothing, and A is not
// served through B's reuse either; A's own reuse is served.
func TestReuseOrderAccess(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	pub, a, b := e.accs[1], e.accs[2], e.accs[3]
	e.files["paid.bin"] = []byte("paid content")
	p := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/paid.bin"}, flags: ddo.FlagEncrypted, timeout: 3600})
	e.waitDDO(p.did)
	orderTx := e.order(pub, a, p, 0)
	download := func(acc devchain.Account, tx common.Hash) (int, string) {
		q := e.signed(acc, "download")
		q.Set("documentId", p.did)
		q.Set("serviceId", p.serviceID)
		q.Set("fileIndex", "0")
		q.Set("transferTxId", tx.Hex())
		code, _, body := e.do("GET", "/api/services/download?"+q.Encode(), nil, nil)
		return code, string(body)
	}
	const mismatch = "Tx id used not valid, one of the NFT addresses, Datatoken address or the User address contract address does not match."

	bReuse := e.reuse(b, p, orderTx)
	code, body := download(b, bReuse)
	require.Equal(t, 500, code)
	require.Equal(t, mismatch, body)
	code, body = download(b, orderTx)
	require.Equal(t, 500, code)
	require.Equal(t, mismatch, body)
	code, body = download(a, bReuse)
	require.Equal(t, 500, code)
	require.Equal(t, mismatch, body)

	aReuse := e.reuse(a, p, orderTx)
	code, body = download(a, aReuse)
	require.Equal(t, 200, code, body)
	require.Equal(t, "paid content", body)
	code, body = download(a, orderTx)
	require.Equal(t, 200, code, body)

	// A reuse of another datatoken's order is refused: the reused order
	// must be an order of this datatoken.
	other := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/paid.bin"}, flags: ddo.FlagEncrypted, timeout: 3600})
	e.waitDDO(other.did)
	otherOrder := e.order(pub, a, other, 0)
	cross := e.reuse(a, p, otherOrder)
	code, body = download(a, cross)
	require.Equal(t, 500, code)
	require.Equal(t, mismatch, body)
}

// TestFileInfoLikeOceanNode: fileInfo answers as Ocean Node v3.1.0 does:
// at most MaxChecksumLength plus one chunk is read and that prefix's
// length and sha256 are reported; dead origins are "valid" with length 0
// and the sha256 of nothing; an unknown DID is a 500; no Content-Type.
func TestFileInfoLikeOceanNode(t *testing.T) {
	t.Parallel()
	const limit = 1 << 20
	e := newEnvWith(t, func(c *devnode.Config) { c.MaxChecksumLength, c.AllowLoopback = limit, true })
	large := bytes.Repeat([]byte("0123456789abcdef"), (limit+(3<<20))/16) // 4 MiB
	e.files["big.bin"] = large
	small := []byte("small file\n")
	e.files["small.txt"] = small
	info := func(u string, extra map[string]any) (http.Header, map[string]any) {
		t.Helper()
		body := map[string]any{"type": "url", "url": u, "method": "GET"}
		for k, v := range extra {
			body[k] = v
		}
		raw, _ := json.Marshal(body)
		code, hdr, b := e.do("POST", "/api/services/fileInfo", bytes.NewReader(raw), map[string]string{"Content-Type": "application/json"})
		require.Equal(t, 200, code, string(b))
		var out []map[string]any
		require.NoError(t, json.Unmarshal(b, &out), string(b))
		require.Len(t, out, 1)
		return hdr, out[0]
	}
	hdr, got := info(e.origin.URL+"/small.txt", nil)
	require.Empty(t, hdr.Get("Content-Type"))
	sum := sha256.Sum256(small)
	require.Equal(t, map[string]any{"valid": true, "contentLength": strconv.Itoa(len(small)), "contentType": "text/plain; charset=utf-8",
		"checksum": hex.EncodeToString(sum[:]), "name": "small.txt", "type": "url"}, got)

	// A large file: the prefix, whatever checksum:true asks.
	for _, extra := range []map[string]any{nil, {"checksum": true}} {
		_, got = info(e.origin.URL+"/big.bin", extra)
		n, err := strconv.Atoi(got["contentLength"].(string))
		require.NoError(t, err)
		require.Greater(t, n, limit)
		require.LessOrEqual(t, n, limit+64<<10)
		prefix := sha256.Sum256(large[:n])
		require.Equal(t, hex.EncodeToString(prefix[:]), got["checksum"])
	}

	// Dead origins: 404 and a refused connection.
	emptySum := sha256.Sum256(nil)
	dead := map[string]any{"valid": true, "contentLength": "0", "contentType": "", "checksum": hex.EncodeToString(emptySum[:]), "type": "url"}
	_, got = info(e.origin.URL+"/missing.bin", nil)
	dead["name"] = "missing.bin"
	require.Equal(t, dead, got)
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL + "/gone.bin"
	closed.Close()
	raw, _ := json.Marshal(map[string]string{"type": "url", "url": closedURL, "method": "GET"})
	code, _, b := e.do("POST", "/api/services/fileInfo", bytes.NewReader(raw), map[string]string{"Content-Type": "application/json"})
	require.Equal(t, 200, code, string(b))
	dead["name"] = "gone.bin"
	var out []map[string]any
	require.NoError(t, json.Unmarshal(b, &out))
	require.Equal(t, []map[string]any{dead}, out)

	// An unknown DID.
	code, b = e.postJSON("/api/services/fileInfo", map[string]string{"did": "did:op:" + strings.Repeat("ab", 32), "serviceId": "0"})
	require.Equal(t, 500, code)
	require.Equal(t, "Unable to decrypt files, files not served by the current node!", string(b))
}

func TestUnsafeURLs(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for _, u := range []string{"http://127.0.0.2:1/x", "http://10.1.2.3/x", "http://169.254.169.254/latest", "file:///etc/passwd",
		"http://100.100.100.200/latest/meta-data", "http://198.18.0.1/x", "http://[64:ff9b::a9fe:a9fe]/latest", "http://0.0.0.0:1/x"} {
		code, b := e.postJSON("/api/services/fileInfo", map[string]string{"type": "url", "url": u, "method": "GET"})
		require.Equal(t, 500, code, u)
		require.Equal(t, "Error validating the URL file: URL is marked as unsafe", string(b))
		require.NotContains(t, string(b), u)
	}
}

func TestDecrypt(t *testing.T) {
	t.Parallel()
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
	t.Parallel()
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
