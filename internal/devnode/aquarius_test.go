package devnode_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/accesslist"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/contracts/erc721template"
	"github.com/oceango/ocean.go/internal/devchain"
	"github.com/oceango/ocean.go/internal/devnode"
	"github.com/oceango/ocean.go/transact"
)

func TestAquariusRoutes(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	pub := e.accs[1]
	e.files["a"] = []byte("a")
	p1 := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/a"}, flags: ddo.FlagEncrypted,
		metadata: func(m *ddo.Metadata) { m.Name = "first"; m.Tags = []string{"alpha"} }})
	// Plain (flags 0) publishing with Ocean Node's hex-string hash.
	p2 := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/a"}, flags: ddo.FlagPlain,
		metadata: func(m *ddo.Metadata) { m.Name = "second"; m.Type = ddo.TypeDataset; m.Tags = []string{"beta"} }})
	e.waitDDO(p1.did)
	e.waitDDO(p2.did)

	code, _, b := e.do("GET", "/api/aquarius/assets/metadata/"+p2.did, nil, nil)
	require.Equal(t, 200, code)
	require.Contains(t, string(b), `"name":"second"`)
	code, _, b = e.do("GET", "/api/aquarius/assets/ddo/did:op:"+fmt.Sprintf("%064d", 0), nil, nil)
	require.Equal(t, 404, code)
	require.Equal(t, "DDO not found", string(b))

	var st map[string]any
	e.getJSON("/api/aquarius/state/ddo?did="+p1.did, &st)
	require.Equal(t, true, st["valid"])
	require.Equal(t, p1.nft.Hex(), st["nft"])
	require.EqualValues(t, 8996, st["chainId"])

	query := func(q string) []string {
		t.Helper()
		code, _, b := e.do("POST", "/api/aquarius/assets/metadata/query", bytes.NewReader([]byte(q)), map[string]string{"Content-Type": "application/json"})
		require.Equal(t, 200, code, string(b))
		var res struct {
			Hits struct {
				Total struct{ Value int }
				Hits  []struct {
					Source map[string]any `json:"_source"`
				}
			}
		}
		require.NoError(t, json.Unmarshal(b, &res))
		var ids []string
		for _, h := range res.Hits.Hits {
			ids = append(ids, h.Source["metadata"].(map[string]any)["name"].(string))
		}
		require.Equal(t, len(ids), min(res.Hits.Total.Value, len(ids)))
		return ids
	}
	require.ElementsMatch(t, []string{"first", "second"}, query(`{"query":{"bool":{"filter":[{"term":{"chainId":8996}}]}}}`))
	require.Equal(t, []string{"second"}, query(`{"query":{"bool":{"filter":[{"terms":{"chainId":[8996]}},{"term":{"metadata.tags":"beta"}}]}}}`))
	require.Equal(t, []string{"first"}, query(`{"query":{"bool":{"must_not":[{"term":{"metadata.name":"second"}}]}}}`))
	require.Equal(t, []string{"first"}, query(`{"query":{"term":{"nftAddress":"`+p1.nft.Hex()+`"}}}`))
	require.Equal(t, []string{"second", "first"}, query(`{"query":{"match_all":{}},"sort":{"metadata.name":"desc"}}`))
	require.Len(t, query(`{"query":{"match_all":{}},"from":1,"size":5}`), 1)
	require.Equal(t, []string{"second"}, query(`{"query":{"bool":{"filter":[{"term":{"nft.owner":"`+pub.Address.Hex()+`"}},{"term":{"id":"`+p2.did+`"}}]}}}`))

	// Validate: the hash is sha256 of JSON.stringify of the DDO.
	raw, _ := p1.doc.MarshalJSON()
	body := append(append([]byte(`{"ddo":`), raw...), '}')
	code, _, b = e.do("POST", "/api/aquarius/assets/ddo/validate", bytes.NewReader(body), nil)
	require.Equal(t, 200, code, string(b))
	var v map[string]any
	require.NoError(t, json.Unmarshal(b, &v))
	require.Equal(t, ddo.SHA256Hash(raw).Hex(), v["hash"])
	code, _, b = e.do("POST", "/api/aquarius/assets/ddo/validate", bytes.NewReader(raw), nil)
	require.Equal(t, 400, code)
	require.Equal(t, `Missing one ( "ddo" ) or more required field(s) for command: "validateDDO". Required fields: ddo`, string(b))
	code, _, _ = e.do("POST", "/api/aquarius/assets/ddo/validate", bytes.NewReader([]byte(`{"ddo":{"id":"x"}}`)), nil)
	require.Equal(t, 400, code)

	// State changes reach the DDO within a block, and stop orders.
	tmpl := erc721template.NewERC721Template()
	e.transact(pub, p1.nft, tmpl.PackSetMetaDataState(uint8(ddo.StateRevoked)))
	require.Eventually(t, func() bool {
		a := e.waitDDO(p1.did)
		return a["indexedMetadata"].(map[string]any)["nft"].(map[string]any)["state"] == float64(3)
	}, 5*time.Second, 5*time.Millisecond)
	code, _, _ = e.do("GET", "/api/services/initialize?"+url.Values{"documentId": {p1.did}, "serviceId": {p1.serviceID}}.Encode(), nil, nil)
	require.Equal(t, 500, code)

	// A MetadataUpdated with a wrong hash leaves the old DDO and marks the state invalid.
	raw2, _ := p2.doc.MarshalJSON()
	e.transact(pub, p2.nft, tmpl.PackSetMetaData(0, e.url, "", []byte{0}, raw2, [32]byte{1}, nil))
	require.Eventually(t, func() bool {
		var st map[string]any
		e.getJSON("/api/aquarius/state/ddo?did="+p2.did, &st)
		return st["valid"] == false && st["error"] == "metadata hash does not match"
	}, 5*time.Second, 5*time.Millisecond)
}

func TestInitialize(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	pub, consumer := e.accs[1], e.accs[2]
	e.files["a"] = []byte("a")
	p := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/a"}, flags: ddo.FlagEncrypted, timeout: 60})
	e.waitDDO(p.did)
	q := url.Values{"documentId": {p.did}, "serviceId": {p.serviceID}, "consumerAddress": {consumer.Address.Hex()}}
	var res map[string]any
	before := time.Now().Unix()
	e.getJSON("/api/services/initialize?"+q.Encode(), &res)
	after := time.Now().Unix()
	fee := res["providerFee"].(map[string]any)
	require.Equal(t, e.node.Address().Hex(), fee["providerFeeAddress"])
	require.Equal(t, e.chain.Deployment().Ocean.Hex(), fee["providerFeeToken"])
	require.Equal(t, "0", fee["providerFeeAmount"])
	require.Equal(t, "0", res["nonce"])
	require.Equal(t, consumer.Address.Hex(), res["computeAddress"])
	pd := common.FromHex(fee["providerData"].(string))
	require.Equal(t, `{"dt":"`+p.dt.Hex()+`","id":"`+p.serviceID+`"}`, string(pd))
	vu := int64(fee["validUntil"].(float64))
	head, err := e.chain.Client().HeaderByNumber(t.Context(), nil)
	require.NoError(t, err)
	// The node's clock is the later of the wall clock and the chain's
	// (which may run ahead): bounded by the times around the request.
	require.GreaterOrEqual(t, vu, before+60)
	require.LessOrEqual(t, vu, max(after, int64(head.Time))+60)

	q.Set("validUntil", strconv.FormatInt(vu+3600, 10))
	code, _, b := e.do("GET", "/api/services/initialize?"+q.Encode(), nil, nil)
	require.Equal(t, 500, code)
	require.Equal(t, "Required validUntil is higher than service timeout", string(b))
	q.Set("consumerAddress", "0x123")
	q.Del("validUntil")
	code, _, b = e.do("GET", "/api/services/initialize?"+q.Encode(), nil, nil)
	require.Equal(t, 400, code)
	require.Equal(t, `Parameter : "consumerAddress" is not a valid web3 address`, string(b))
	code, _, b = e.do("GET", "/api/services/initialize?documentId=did:op:"+fmt.Sprintf("%064d", 0)+"&serviceId=x", nil, nil)
	require.Equal(t, 500, code)
	require.Equal(t, "Asset provided is either null, either undefined null", string(b))

	// directCommand getFees answers as initialize; status and nonce.
	code, b2 := e.postJSON("/directCommand", map[string]string{"command": "getFees", "ddoId": p.did, "serviceId": p.serviceID, "consumerAddress": consumer.Address.Hex()})
	require.Equal(t, 200, code, string(b2))
	require.Contains(t, string(b2), `"providerFeeAddress":"`+e.node.Address().Hex())
	code, b2 = e.postJSON("/directCommand", map[string]string{"command": "status"})
	require.Equal(t, 200, code)
	var status map[string]any
	require.NoError(t, json.Unmarshal(b2, &status))
	require.Equal(t, e.node.Address().Hex(), status["address"])
	require.Equal(t, e.chain.Deployment().Escrow.Hex(), status["escrowAddress"].(map[string]any)["8996"])
	code, b2 = e.postJSON("/directCommand", map[string]string{"command": "nonce", "address": consumer.Address.Hex()})
	require.Equal(t, 200, code)
	require.Equal(t, "0", string(b2))
	code, b2 = e.postJSON("/directCommand", map[string]string{"command": "nope"})
	require.Equal(t, 400, code)
	require.Equal(t, `Invalid or unrecognized command: "nope"`, string(b2))
}

func TestCredentials(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	pub, allowed, denied := e.accs[1], e.accs[2], e.accs[3]
	e.files["a"] = []byte("secret")
	p := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/a"}, flags: ddo.FlagEncrypted,
		credentials: &ddo.Credentials{
			Allow: []ddo.Credential{{Type: ddo.CredentialAddress, Values: []string{allowed.Address.Hex(), denied.Address.Hex()}}},
			Deny:  []ddo.Credential{{Type: ddo.CredentialAddress, Values: []string{denied.Address.Hex()}}},
		}})
	e.waitDDO(p.did)
	// As in Ocean Node v3.1.0, initialize does not look at credentials.
	for acc := 2; acc <= 4; acc++ {
		q := url.Values{"documentId": {p.did}, "serviceId": {p.serviceID}, "consumerAddress": {e.accs[acc].Address.Hex()}}
		code, _, b := e.do("GET", "/api/services/initialize?"+q.Encode(), nil, nil)
		require.Equal(t, 200, code, "account %d: %s", acc, b)
	}
	// Download does: the allowed consumer gets the file; a denied one and
	// one not allowed are refused, even holding an order of their own.
	for _, c := range []struct {
		acc  int
		code int
	}{{2, 200}, {3, 403}, {4, 403}} {
		tx := e.order(pub, e.accs[c.acc], p, 0)
		code, b := e.download(e.accs[c.acc], p, tx)
		require.Equal(t, c.code, code, "account %d: %s", c.acc, b)
		if c.code == 403 {
			require.Equal(t, "Error: Access to asset "+p.did+" was denied", b)
		}
	}
	// A denied consumer presenting an allowed one's order is refused too.
	tx := e.order(pub, allowed, p, 0)
	code, _ := e.download(denied, p, tx)
	require.Equal(t, 403, code)
}

// download asks for file 0 of p's service as consumer with order tx and
// returns the status and body.
func (e *env) download(consumer devchain.Account, p published, tx common.Hash) (int, string) {
	e.t.Helper()
	q := e.signed(consumer, "download")
	q.Set("documentId", p.did)
	q.Set("serviceId", p.serviceID)
	q.Set("fileIndex", "0")
	q.Set("transferTxId", tx.Hex())
	code, _, b := e.do("GET", "/api/services/download?"+q.Encode(), nil, nil)
	return code, string(b)
}

// TestAccessListCredentials: a service restricted to an on-chain access
// list serves its members only, and follows the list as it changes.
func TestAccessListCredentials(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	pub, member, stranger := e.accs[1], e.accs[2], e.accs[3]
	ctx := t.Context()
	tm, err := transact.New(e.chain.Client(), pub.Address, bind.NewKeyedTransactor(pub.Key, e.chain.ChainID()).Signer, transact.Options{})
	require.NoError(t, err)
	t.Cleanup(tm.Close)
	f, err := accesslist.NewFactory(e.chain.Client(), e.chain.Deployment().AccessListFactory, tm)
	require.NoError(t, err)
	listAddr, err := f.CreateAndWait(ctx, accesslist.CreateParams{Name: "Members", Symbol: "MEM", Members: []common.Address{member.Address}})
	require.NoError(t, err)

	e.files["a"] = []byte("members only")
	// The credential's chainId is not looked at (Ocean Node checks the
	// list on the asset's chain).
	p := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/a"}, flags: ddo.FlagEncrypted,
		svcCredentials: &ddo.Credentials{Allow: []ddo.Credential{ddo.AccessListCredential(1, listAddr.Hex())}}})
	e.waitDDO(p.did)

	memberOrder := e.order(pub, member, p, 0)
	code, b := e.download(member, p, memberOrder)
	require.Equal(t, 200, code, b)
	require.Equal(t, "members only", b)
	code, b = e.download(stranger, p, e.order(pub, stranger, p, 0))
	require.Equal(t, 403, code)
	require.Equal(t, "Error: Access to asset "+p.did+" was denied", b)

	// Removed from the list, the member's valid order no longer opens it.
	list, err := accesslist.New(e.chain.Client(), listAddr, tm)
	require.NoError(t, err)
	txs, err := list.Remove(ctx, member.Address)
	require.NoError(t, err)
	for _, tx := range txs {
		_, err := tm.Wait(ctx, tx)
		require.NoError(t, err)
	}
	code, _ = e.download(member, p, memberOrder)
	require.Equal(t, 403, code)
}

func TestAuthTokens(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	acc := e.accs[5]
	code, b := e.postJSON("/api/services/auth/token", map[string]string{"address": acc.Address.Hex()})
	require.Equal(t, 400, code)
	require.JSONEq(t, `{"error":"Missing required parameters"}`, string(b))
	code, _ = e.postJSON("/api/services/auth/token", map[string]string{"address": acc.Address.Hex(), "nonce": "1", "signature": sign(e.accs[6].Key, acc.Address.Hex()+"1createAuthToken")})
	require.Equal(t, 401, code)

	code, b = e.postJSON("/api/services/auth/token", map[string]any{"address": acc.Address.Hex(), "nonce": "1",
		"signature": sign(acc.Key, acc.Address.Hex()+"1createAuthToken"), "validUntil": time.Now().Add(time.Hour).UnixMilli()})
	require.Equal(t, 200, code, string(b))
	var tok struct{ Token string }
	require.NoError(t, json.Unmarshal(b, &tok))

	// The token replaces the signature on download and the compute routes,
	// not on encrypt: Ocean Node v3.1.0's encrypt route ignores the
	// Authorization header.
	encrypt := func(token string) (int, string) {
		q := url.Values{"consumerAddress": {acc.Address.Hex()}}
		code, _, b := e.do("POST", "/api/services/encrypt?"+q.Encode(), bytes.NewReader([]byte("x")), map[string]string{"Authorization": token})
		return code, string(b)
	}
	code, msg := encrypt(tok.Token)
	require.Equal(t, 401, code)
	require.Equal(t, "Invalid authentication, you need to provide either a token or an address, signature, message and nonce", msg)
	// A token opens the signed GET routes (here: the result of an unknown
	// job, which then fails further on).
	result := func(token string, as devchain.Account) int {
		q := url.Values{"consumerAddress": {as.Address.Hex()}, "jobId": {"abc"}, "index": {"0"}}
		code, _, _ := e.do("GET", "/api/services/computeResult?"+q.Encode(), nil, map[string]string{"Authorization": token})
		return code
	}
	require.Equal(t, 500, result(tok.Token, acc))
	require.Equal(t, 401, result(tok.Token+"x", acc))
	// Not for another address.
	require.Equal(t, 401, result(tok.Token, e.accs[6]))

	code, b = e.postJSON("/api/services/auth/token/invalidate", map[string]string{"address": acc.Address.Hex(), "nonce": "2",
		"signature": sign(acc.Key, acc.Address.Hex()+"2invalidateAuthToken"), "token": tok.Token})
	require.Equal(t, 200, code, string(b))
	require.JSONEq(t, `{"success":true}`, string(b))
	require.Equal(t, 401, result(tok.Token, acc))

	// An expired token is refused.
	code, b = e.postJSON("/api/services/auth/token", map[string]any{"address": acc.Address.Hex(), "nonce": "3",
		"signature": sign(acc.Key, acc.Address.Hex()+"3createAuthToken"), "validUntil": time.Now().Add(-time.Second).UnixMilli()})
	require.Equal(t, 200, code)
	require.NoError(t, json.Unmarshal(b, &tok))
	require.Equal(t, 401, result(tok.Token, acc))
}

// A DDO asked for right after its metadata transaction was mined is served
// at the first request: the lookup catches the indexer up to the chain's
// head instead of answering 404 until the next polling pass. The polling
// pass here runs once, at start, so only the catch-up can index.
func TestDDOResolvableAtFirstRequest(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, func(c *devnode.Config) { c.IndexInterval = time.Hour })
	pub := e.accs[1]
	p := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/a"}})
	// The receipt is served a moment before the head that the indexer
	// reads: wait for the head (no answer from the node is asked before).
	e.waitFor("head at the metadata block", func() bool {
		n, err := e.chain.Client().BlockNumber(t.Context())
		require.NoError(t, err)
		return n >= p.setTx.BlockNumber.Uint64()
	})
	code, _, body := e.do("GET", "/api/aquarius/assets/ddo/"+p.did, nil, nil)
	require.Equal(t, 200, code, "%s", body)
	var got map[string]any
	require.NoError(t, json.Unmarshal(body, &got))
	require.Equal(t, p.did, got["id"])

	code, _, body = e.do("GET", "/api/aquarius/assets/ddo/did:op:"+fmt.Sprintf("%064d", 0), nil, nil)
	require.Equal(t, 404, code, "%s", body)
}

// flakyBackend fails the factory's erc721List calls (the indexer's check
// that an NFT is Ocean's) while fail is above zero.
type flakyBackend struct {
	devnode.Backend
	fail atomic.Int32
}

func (b *flakyBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	list := erc721factory.NewNFTFactory().PackErc721List(common.Address{})
	if len(msg.Data) >= 4 && bytes.Equal(msg.Data[:4], list[:4]) && b.fail.Add(-1) >= 0 {
		return nil, errors.New("injected: connection reset")
	}
	return b.Backend.CallContract(ctx, msg, block)
}

// A chain call that fails while an event is indexed does not lose the
// event: the next pass processes it again (Ocean Node keeps its last
// indexed block when a range fails).
func TestIndexerRetriesEventAfterChainError(t *testing.T) {
	t.Parallel()
	var flaky *flakyBackend
	e := newEnvWith(t, func(c *devnode.Config) {
		c.IndexInterval = time.Hour // only lookups index
		flaky = &flakyBackend{Backend: c.Backend}
		c.Backend = flaky
	})
	p := e.publish(e.accs[1], publishOpts{files: []string{e.origin.URL + "/a"}})
	e.waitFor("head at the metadata block", func() bool {
		n, err := e.chain.Client().BlockNumber(t.Context())
		require.NoError(t, err)
		return n >= p.setTx.BlockNumber.Uint64()
	})
	flaky.fail.Store(1)
	code, _, body := e.do("GET", "/api/aquarius/assets/ddo/"+p.did, nil, nil)
	require.Equal(t, 404, code, "the pass that met the failure: %s", body)
	require.Equal(t, int32(0), flaky.fail.Load(), "the failure was met")

	code, _, body = e.do("GET", "/api/aquarius/assets/ddo/"+p.did, nil, nil)
	require.Equal(t, 200, code, "the next pass: %s", body)
	var got map[string]any
	require.NoError(t, json.Unmarshal(body, &got))
	require.Equal(t, p.did, got["id"])
}
