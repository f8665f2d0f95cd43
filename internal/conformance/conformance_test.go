package conformance

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// check is one route check. skipOnDevnode, when set, names the row of the
// devnode's deviation table that makes the devnode answer differently on
// purpose.
type check struct {
	route, expect string
	skipOnDevnode string
	run           func(ctx context.Context, e *env) error
}

func TestConformance(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Minute)
	defer cancel()
	e := setup(ctx, t)
	rep := &report{}
	for _, c := range append(checks(), parityChecks()...) {
		t.Run(c.route, func(t *testing.T) {
			if e.devnode && c.skipOnDevnode != "" {
				rep.add(c.route, c.expect, "skipped on the devnode: deviation table row "+strconv.Quote(c.skipOnDevnode))
				t.Skip("devnode deviation: " + c.skipOnDevnode)
			}
			cctx, cancel := context.WithTimeout(ctx, checkLimit)
			defer cancel()
			if err := c.run(cctx, e); err != nil {
				rep.add(c.route, c.expect, "FAIL: "+err.Error())
				t.Errorf("%s: expected %s: %v", c.route, c.expect, err)
				return
			}
			rep.add(c.route, c.expect, "pass")
		})
	}
	md := rep.markdown(e.nodeURL, e.devnode)
	t.Log("\n" + md)
	if p := os.Getenv(envReport); p != "" {
		if err := os.WriteFile(p, []byte(md), 0o644); err != nil {
			t.Errorf("report: %v", err)
		}
	}
}

// want returns an error when a's status is not status or its body does
// not contain every part.
func want(a answer, err error, status int, parts ...string) error {
	if err != nil {
		return err
	}
	if a.status != status {
		return fmt.Errorf("got %s, want status %d", a, status)
	}
	for _, p := range parts {
		if !strings.Contains(string(a.body), p) {
			return fmt.Errorf("got %s, want the body to contain %q", a, p)
		}
	}
	return nil
}

// fileInfo is one entry of a fileInfo answer, as the node spells it.
type fileInfo struct {
	Valid         bool   `json:"valid"`
	ContentLength string `json:"contentLength"`
	Checksum      string `json:"checksum"`
}

func (e *env) fileInfo(ctx context.Context, body any) (answer, []fileInfo, error) {
	b, _ := json.Marshal(body)
	a, err := e.raw(ctx, http.MethodPost, "/api/services/fileInfo", nil, nil, b)
	if err != nil || a.status != http.StatusOK {
		return a, nil, err
	}
	var out []fileInfo
	if err := json.Unmarshal(a.body, &out); err != nil || len(out) == 0 {
		return a, nil, fmt.Errorf("got %s, want a JSON array of file infos", a)
	}
	return a, out, nil
}

func urlFile(u string) map[string]any {
	return map[string]any{"type": "url", "url": u, "method": "GET"}
}

// deadAnswer checks Ocean Node v3.1.0's answer for an origin that is not
// there: valid, length "0", sha256 of nothing.
func deadAnswer(e *env, ctx context.Context, u string) error {
	a, fi, err := e.fileInfo(ctx, urlFile(u))
	if err := want(a, err, http.StatusOK); err != nil {
		return err
	}
	if !fi[0].Valid || fi[0].ContentLength != "0" || fi[0].Checksum != emptySHA {
		return fmt.Errorf("got %s, want valid:true, contentLength \"0\", checksum sha256(\"\")", a)
	}
	return nil
}

// download sends a raw download request as signer s for the suite's
// order, with overrides of the query.
func (e *env) download(ctx context.Context, s *provider.KeySigner, override url.Values, h http.Header) (answer, error) {
	nonce, sig, err := e.signed(ctx, s, "download")
	if err != nil {
		return answer{}, err
	}
	q := url.Values{"fileIndex": {"0"}, "documentId": {e.did}, "serviceId": {e.serviceID},
		"transferTxId": {e.orderTx.Hex()}, "consumerAddress": {s.Address().Hex()}, "nonce": {nonce}, "signature": {sig}}
	for k, v := range override {
		if v == nil {
			q.Del(k)
		} else {
			q[k] = v
		}
	}
	return e.raw(ctx, http.MethodGet, "/api/services/download", q, h, nil)
}

// oneRequest checks the F3 fix on a failing signed GET: one request, and
// the node's own status and message reach the caller.
func oneRequest(err error, n int32, status int, msg string) error {
	var pe *nodehttp.Error
	switch {
	case err == nil:
		return errors.New("the call succeeded")
	case !errors.As(err, &pe):
		return fmt.Errorf("not a *nodehttp.Error: %v", err)
	case pe.StatusCode != status || !strings.Contains(pe.Message, msg):
		return fmt.Errorf("caller saw %d %q, want %d %q", pe.StatusCode, pe.Message, status, msg)
	case errors.Is(err, nodehttp.ErrNonceRejected):
		return errors.New("the node's answer was masked by a nonce rejection")
	case n != 1:
		return fmt.Errorf("%d requests sent, want 1", n)
	}
	return nil
}

func checks() []check {
	return []check{
		{route: "GET /", expect: "200 JSON, software Ocean-Node, providerAddress, serviceEndpoints incl. nonce/encrypt/fileInfo/initialize/download",
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodGet, "/", nil, nil, nil)
				if err := want(a, err, 200, `"providerAddress"`, `"serviceEndpoints"`); err != nil {
					return err
				}
				p, _ := provider.New(e.nodeURL)
				info, err := p.Info(ctx)
				if err != nil {
					return err
				}
				if info.Dialect != provider.DialectNode {
					return fmt.Errorf("dialect %v, want node", info.Dialect)
				}
				for _, name := range []string{"nonce", "encrypt", "fileInfo", "initialize", "download", "decrypt",
					"computeEnvironments", "validateDDO", "generateAuthToken", "invalidateAuthToken"} {
					if _, ok := info.Endpoint(name); !ok {
						return fmt.Errorf("endpoint %q not listed", name)
					}
				}
				return nil
			}},
		{route: "GET nonce?userAddress=<fresh>", expect: `200 {"nonce":"0"} (a string)`,
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodGet, "/api/services/nonce", url.Values{"userAddress": {"0x000000000000000000000000000000000000c0DE"}}, nil, nil)
				return want(a, err, 200, `"nonce":"0"`)
			}},
		{route: "GET nonce (no userAddress)", expect: `200 {"nonce":"0"} (quirk)`,
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodGet, "/api/services/nonce", nil, nil, nil)
				return want(a, err, 200, `"nonce":"0"`)
			}},
		{route: "POST encrypt signed, then replayed", expect: `200 "0x…" ciphertext; the same nonce again 401 "nonce: N is not a valid nonce"`,
			run: func(ctx context.Context, e *env) error {
				nonce, sig, err := e.signed(ctx, e.pub, "encrypt")
				if err != nil {
					return err
				}
				q := url.Values{"consumerAddress": {e.pub.Address().Hex()}, "nonce": {nonce}, "signature": {sig}, "chainId": {strconv.FormatInt(e.chainID, 10)}}
				h := http.Header{"Content-Type": {"application/octet-stream"}}
				a, err := e.raw(ctx, http.MethodPost, "/api/services/encrypt", q, h, []byte("hello ocean"))
				if err := want(a, err, 200, "0x"); err != nil {
					return err
				}
				a, err = e.raw(ctx, http.MethodPost, "/api/services/encrypt", q, h, []byte("hello ocean"))
				return want(a, err, 401, "nonce: "+nonce+" is not a valid nonce")
			}},
		{route: "POST encrypt, bad signature", expect: "401 (signature mismatch); client: ErrUnauthorized",
			run: func(ctx context.Context, e *env) error {
				nonce, _, err := e.signed(ctx, e.pub, "encrypt")
				if err != nil {
					return err
				}
				q := url.Values{"consumerAddress": {e.pub.Address().Hex()}, "nonce": {nonce}, "signature": {signAs(ctx, e.con, nonce, "encrypt")}}
				a, err := e.raw(ctx, http.MethodPost, "/api/services/encrypt", q, http.Header{"Content-Type": {"application/octet-stream"}}, []byte("x"))
				return want(a, err, 401)
			}},
		{route: "POST encrypt unsigned", expect: "401 Invalid authentication…",
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodPost, "/api/services/encrypt", nil, http.Header{"Content-Type": {"application/octet-stream"}}, []byte("x"))
				return want(a, err, 401)
			}},
		{route: "POST encrypt with an auth token", expect: "401 (v3.1.0 ignores the Authorization header); client: token alone ErrSignatureRequired, token+signer signs and succeeds",
			run: func(ctx context.Context, e *env) error {
				p, _ := provider.New(e.nodeURL)
				tok, err := p.CreateAuthToken(ctx, e.pub, time.Time{})
				if err != nil {
					return err
				}
				a, err := e.raw(ctx, http.MethodPost, "/api/services/encrypt", url.Values{"consumerAddress": {e.pub.Address().Hex()}},
					http.Header{"Content-Type": {"application/octet-stream"}, "Authorization": {tok}}, []byte("x"))
				if err := want(a, err, 401); err != nil {
					return err
				}
				if _, err := p.Encrypt(ctx, e.chainID, strings.NewReader("x"), provider.TokenAuth(e.pub.Address(), tok)); !errors.Is(err, provider.ErrSignatureRequired) {
					return fmt.Errorf("client with a token alone: %v, want ErrSignatureRequired", err)
				}
				_, err = p.Encrypt(ctx, e.chainID, strings.NewReader("x"), provider.Auth{Signer: e.pub, Token: tok})
				return err
			}},
		{route: "POST fileInfo URL, small file", expect: "200 [{valid:true, contentLength:\"<size>\" (string), checksum: sha256 of the file}]",
			run: func(ctx context.Context, e *env) error {
				a, fi, err := e.fileInfo(ctx, urlFile(e.origin+"/small.txt"))
				if err := want(a, err, 200); err != nil {
					return err
				}
				if !fi[0].Valid || fi[0].ContentLength != strconv.Itoa(len(smallBody)) || fi[0].Checksum != e.smallSHA {
					return fmt.Errorf("got %s", a)
				}
				return nil
			}},
		{route: "POST fileInfo URL, 12 MiB file", expect: "200 valid, contentLength truncated to the 10 MiB cap plus a chunk, checksum of that prefix (checksum:true ignored)",
			run: func(ctx context.Context, e *env) error {
				f := urlFile(e.origin + "/big.bin")
				f["checksum"] = true
				a, fi, err := e.fileInfo(ctx, f)
				if err := want(a, err, 200); err != nil {
					return err
				}
				n, _ := strconv.ParseInt(fi[0].ContentLength, 10, 64)
				if !fi[0].Valid || n < 10<<20 || n >= bigSize || fi[0].Checksum == "" || fi[0].Checksum == e.bigSHA {
					return fmt.Errorf("got %s, want a truncated length and a prefix checksum", a)
				}
				return nil
			}},
		{route: "POST fileInfo URL → origin 404", expect: `200 valid:true, contentLength "0", sha256("") (quirk)`,
			run: func(ctx context.Context, e *env) error { return deadAnswer(e, ctx, e.origin+"/no-such-file.bin") }},
		{route: "POST fileInfo URL → connection refused", expect: `200 valid:true, contentLength "0", sha256("") (quirk)`,
			run: func(ctx context.Context, e *env) error { return deadAnswer(e, ctx, e.refused) }},
		{route: "POST fileInfo bad body", expect: "400 Invalid request parameters",
			run: func(ctx context.Context, e *env) error {
				a, _, err := e.fileInfo(ctx, map[string]any{"foo": 1})
				return want(a, err, 400)
			}},
		{route: "POST fileInfo unknown DID", expect: "500 (Unable to decrypt files…)",
			run: func(ctx context.Context, e *env) error {
				a, _, err := e.fileInfo(ctx, map[string]any{"did": "did:op:" + strings.Repeat("0", 64), "serviceId": "x"})
				return want(a, err, 500)
			}},
		{route: "POST fileInfo DID + serviceId", expect: "200 [{valid:true, contentLength of the published file}]",
			run: func(ctx context.Context, e *env) error {
				a, fi, err := e.fileInfo(ctx, map[string]any{"did": e.did, "serviceId": e.serviceID})
				if err := want(a, err, 200); err != nil {
					return err
				}
				if !fi[0].Valid || fi[0].ContentLength != strconv.Itoa(len(smallBody)) {
					return fmt.Errorf("got %s", a)
				}
				return nil
			}},
		{route: "GET initialize", expect: "200 providerFee signed by the node (Verify), datatoken of the service, nonce a string",
			run: func(ctx context.Context, e *env) error {
				p, _ := provider.New(e.nodeURL)
				r, err := p.Initialize(ctx, provider.InitializeRequest{DID: e.did, ServiceID: e.serviceID, Consumer: e.con.Address()})
				if err != nil {
					return err
				}
				if err := r.ProviderFee.Verify(); err != nil {
					return err
				}
				if r.Datatoken != e.datatoken {
					return fmt.Errorf("datatoken %s, want %s", r.Datatoken.Hex(), e.datatoken.Hex())
				}
				a, err := e.raw(ctx, http.MethodGet, "/api/services/initialize", url.Values{"documentId": {e.did}, "serviceId": {e.serviceID},
					"consumerAddress": {e.con.Address().Hex()}}, nil, nil)
				return want(a, err, 200, `"providerFee"`, `"nonce":"`)
			}},
		{route: "GET initialize + transferTxId of a valid order", expect: "200 with a fresh providerFee and no validOrder (transferTxId ignored)",
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodGet, "/api/services/initialize", url.Values{"documentId": {e.did}, "serviceId": {e.serviceID},
					"consumerAddress": {e.con.Address().Hex()}, "transferTxId": {e.orderTx.Hex()}}, nil, nil)
				if err := want(a, err, 200, `"providerFee"`); err != nil {
					return err
				}
				if bytes.Contains(a.body, []byte(`"validOrder"`)) {
					return fmt.Errorf("got %s, want no validOrder", a)
				}
				return nil
			}},
		{route: "GET initialize unknown DID", expect: "500 (Asset provided is either null…)",
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodGet, "/api/services/initialize", url.Values{"documentId": {"did:op:" + strings.Repeat("0", 64)},
					"serviceId": {"x"}, "consumerAddress": {e.con.Address().Hex()}}, nil, nil)
				return want(a, err, 500)
			}},
		{route: "GET initialize bad consumerAddress", expect: "400 not a valid web3 address",
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodGet, "/api/services/initialize", url.Values{"documentId": {e.did},
					"serviceId": {e.serviceID}, "consumerAddress": {"0x123"}}, nil, nil)
				return want(a, err, 400)
			}},
		{route: "GET download signed", expect: "200 the file's bytes, content-disposition attachment;filename=small.txt",
			run: func(ctx context.Context, e *env) error {
				a, err := e.download(ctx, e.con, nil, nil)
				if err := want(a, err, 200); err != nil {
					return err
				}
				if string(a.body) != smallBody || !strings.Contains(a.header.Get("Content-Disposition"), "small.txt") {
					return fmt.Errorf("got %s, disposition %q", a, a.header.Get("Content-Disposition"))
				}
				return nil
			}},
		{route: "GET download with an auth token", expect: "200 (tokens work on download); a token invalidated: 401",
			run: func(ctx context.Context, e *env) error {
				p, _ := provider.New(e.nodeURL)
				tok, err := p.CreateAuthToken(ctx, e.con, time.Time{})
				if err != nil {
					return err
				}
				var buf bytes.Buffer
				_, err = p.Download(ctx, provider.DownloadRequest{DID: e.did, ServiceID: e.serviceID, TransferTxID: e.orderTx.Hex(),
					Auth: provider.TokenAuth(e.con.Address(), tok)}, &buf)
				if err != nil {
					return err
				}
				if buf.String() != smallBody {
					return fmt.Errorf("downloaded %q", buf.String())
				}
				if err := p.InvalidateAuthToken(ctx, e.con, tok); err != nil {
					return fmt.Errorf("invalidate: %w", err)
				}
				_, err = p.Download(ctx, provider.DownloadRequest{DID: e.did, ServiceID: e.serviceID, TransferTxID: e.orderTx.Hex(),
					Auth: provider.TokenAuth(e.con.Address(), tok)}, io.Discard)
				if !errors.Is(err, nodehttp.ErrUnauthorized) {
					return fmt.Errorf("after invalidation: %v, want 401", err)
				}
				return nil
			}},
		{route: "GET download bad signature", expect: "401 signature mismatch",
			run: func(ctx context.Context, e *env) error {
				nonce, _, err := e.signed(ctx, e.con, "download")
				if err != nil {
					return err
				}
				a, err := e.download(ctx, e.con, url.Values{"nonce": {nonce}, "signature": {signAs(ctx, e.pub, nonce, "download")}}, nil)
				return want(a, err, 401)
			}},
		{route: "GET download unsigned", expect: "401 Invalid authentication…",
			run: func(ctx context.Context, e *env) error {
				a, err := e.download(ctx, e.con, url.Values{"nonce": nil, "signature": nil}, nil)
				return want(a, err, 401)
			}},
		{route: "GET download missing serviceId", expect: "400 Missing one (\"serviceId\") …",
			run: func(ctx context.Context, e *env) error {
				a, err := e.download(ctx, e.con, url.Values{"serviceId": nil}, nil)
				return want(a, err, 400, "serviceId")
			}},
		{route: "GET download bad fileIndex", expect: "501 Unknown error: Empty file object",
			run: func(ctx context.Context, e *env) error {
				a, err := e.download(ctx, e.con, url.Values{"fileIndex": {"5"}}, nil)
				return want(a, err, 501)
			}},
		{route: "GET download wrong consumer (client)", expect: "500 Tx id used not valid…; the client sends one request and returns that status and message",
			run: func(ctx context.Context, e *env) error {
				p, n := e.countingClient("/api/services/download")
				_, err := p.Download(ctx, provider.DownloadRequest{DID: e.did, ServiceID: e.serviceID, TransferTxID: e.orderTx.Hex(),
					Auth: provider.SignedBy(e.pub)}, io.Discard)
				return oneRequest(err, n.Load(), 500, "Tx id used not valid")
			}},
		{route: "GET download unknown transferTxId (client)", expect: "500 body {}; the client sends one request and returns 500 \"{}\"",
			run: func(ctx context.Context, e *env) error {
				p, n := e.countingClient("/api/services/download")
				_, err := p.Download(ctx, provider.DownloadRequest{DID: e.did, ServiceID: e.serviceID,
					TransferTxID: "0x" + strings.Repeat("ab", 32), Auth: provider.SignedBy(e.con)}, io.Discard)
				return oneRequest(err, n.Load(), 500, "{}")
			}},
		{route: "POST decrypt (setMetaData tx)", expect: "200 the plaintext DDO (decrypters open)",
			run: func(ctx context.Context, e *env) error {
				p, _ := provider.New(e.nodeURL)
				nft, err := nftOf(e.did, ctx, e)
				if err != nil {
					return err
				}
				b, err := p.Decrypt(ctx, provider.DecryptRequest{ChainID: e.chainID, DataNFTAddress: nft,
					TransactionID: e.metadataTx.Hex(), Auth: provider.SignedBy(e.pub)})
				if err != nil {
					return err
				}
				if !bytes.Contains(b, []byte(e.did)) {
					return fmt.Errorf("plaintext does not name %s", e.did)
				}
				return nil
			}},
		{route: "POST decrypt zero transaction", expect: "400 Decrypt DDO: Failed to process transaction id",
			run: func(ctx context.Context, e *env) error {
				p, _ := provider.New(e.nodeURL)
				nft, err := nftOf(e.did, ctx, e)
				if err != nil {
					return err
				}
				_, err = p.Decrypt(ctx, provider.DecryptRequest{ChainID: e.chainID, DataNFTAddress: nft,
					TransactionID: "0x" + strings.Repeat("0", 64), Auth: provider.SignedBy(e.pub)})
				if !errors.Is(err, nodehttp.ErrInvalidRequest) {
					return fmt.Errorf("got %v, want 400", err)
				}
				return nil
			}},
		{route: "POST aquarius/assets/ddo/validate", expect: "200 {hash, publicKey, r, s, v} for the published DDO; 400 for a document without id",
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodGet, "/api/aquarius/assets/ddo/"+e.did, nil, nil, nil)
				if err := want(a, err, 200); err != nil {
					return err
				}
				var doc map[string]any
				if err := json.Unmarshal(a.body, &doc); err != nil {
					return err
				}
				delete(doc, "indexedMetadata")
				delete(doc, "datatokens")
				b, _ := json.Marshal(doc)
				p, _ := provider.New(e.nodeURL)
				r, err := p.ValidateDDO(ctx, b, nil)
				if err != nil {
					return err
				}
				if r.Hash == "" {
					return errors.New("no hash in the proof")
				}
				_, err = p.ValidateDDO(ctx, json.RawMessage(`{"version":"4.1.0"}`), nil)
				if !errors.Is(err, nodehttp.ErrInvalidRequest) {
					return fmt.Errorf("invalid document: %v, want 400", err)
				}
				return nil
			}},
		{route: "POST auth/token, auth/token/invalidate", expect: "200 {token}; 200",
			run: func(ctx context.Context, e *env) error {
				p, _ := provider.New(e.nodeURL)
				tok, err := p.CreateAuthToken(ctx, e.pub, time.Now().Add(time.Hour))
				if err != nil {
					return err
				}
				return p.InvalidateAuthToken(ctx, e.pub, tok)
			}},
		{route: "GET computeEnvironments", expect: "200 JSON array",
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodGet, "/api/services/computeEnvironments", nil, nil, nil)
				if err := want(a, err, 200); err != nil {
					return err
				}
				if !bytes.HasPrefix(bytes.TrimSpace(a.body), []byte("[")) {
					return fmt.Errorf("got %s, want an array", a)
				}
				return nil
			}},
		{route: "GET compute?consumerAddress (status)", expect: "200 [] for an account without jobs",
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodGet, "/api/services/compute", url.Values{"consumerAddress": {e.pub.Address().Hex()}}, nil, nil)
				if err := want(a, err, 200); err != nil {
					return err
				}
				if strings.TrimSpace(string(a.body)) != "[]" {
					return fmt.Errorf("got %s, want []", a)
				}
				return nil
			}},
		{route: "PUT compute (stop) unknown job", expect: "500 Internal Server Error",
			run: func(ctx context.Context, e *env) error {
				nonce, sig, err := e.signed(ctx, e.pub, "stopCompute")
				if err != nil {
					return err
				}
				a, err := e.raw(ctx, http.MethodPut, "/api/services/compute", url.Values{"consumerAddress": {e.pub.Address().Hex()},
					"nonce": {nonce}, "signature": {sig}, "jobId": {"abc"}}, nil, nil)
				return want(a, err, 500)
			}},
		{route: "GET computeResult unknown job (client)", expect: "500; the client sends one request and returns that status",
			run: func(ctx context.Context, e *env) error {
				p, n := e.countingClient("/api/services/computeResult")
				_, err := p.ComputeResult(ctx, provider.ComputeResultRequest{JobID: "abc", Auth: provider.SignedBy(e.pub)}, io.Discard)
				return oneRequest(err, n.Load(), 500, "")
			}},
		{route: "POST initializeCompute without payment", expect: "400 Missing one ( \"payment\" ) …",
			run: func(ctx context.Context, e *env) error {
				body, _ := json.Marshal(map[string]any{"datasets": []map[string]any{{"documentId": e.did, "serviceId": e.serviceID}},
					"algorithm":   map[string]any{"meta": map[string]any{"container": map[string]any{"image": "alpine", "tag": "3.20", "entrypoint": "sh"}}},
					"environment": "none", "consumerAddress": e.con.Address().Hex(), "maxJobDuration": 60})
				a, err := e.raw(ctx, http.MethodPost, "/api/services/initializeCompute", nil, nil, body)
				return want(a, err, 400, "payment")
			}},
		{route: "POST compute without maxJobDuration", expect: "400, body a JSON string \"Missing one ( \\\"maxJobDuration\\\" ) …\"",
			run: func(ctx context.Context, e *env) error {
				nonce, sig, err := e.signed(ctx, e.con, "startCompute")
				if err != nil {
					return err
				}
				body, _ := json.Marshal(map[string]any{"consumerAddress": e.con.Address().Hex(), "nonce": nonce, "signature": sig,
					"environment": "none", "datasets": []map[string]any{{"documentId": e.did, "serviceId": e.serviceID}},
					"algorithm": map[string]any{"meta": map[string]any{"container": map[string]any{"image": "alpine", "tag": "3.20", "entrypoint": "sh"}}},
					"payment":   map[string]any{"chainId": e.chainID, "token": e.contract.Ocean.Hex()}})
				a, err := e.raw(ctx, http.MethodPost, "/api/services/compute", nil, nil, body)
				if err := want(a, err, 400, "maxJobDuration"); err != nil {
					return err
				}
				var s string
				if json.Unmarshal(a.body, &s) != nil {
					return fmt.Errorf("got %s, want a JSON string", a)
				}
				return nil
			}},
		{route: "POST directCommand status / unknown", expect: "200 JSON with version and provider; 400 Invalid or unrecognized command",
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodPost, "/directCommand", nil, nil, []byte(`{"command":"status"}`))
				if err := want(a, err, 200, `"version"`, `"provider"`); err != nil {
					return err
				}
				a, err = e.raw(ctx, http.MethodPost, "/directCommand", nil, nil, []byte(`{"command":"nope"}`))
				return want(a, err, 400, "nope")
			}},
		{route: "GET aquarius/assets/ddo unknown DID", expect: "404 DDO not found",
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodGet, "/api/aquarius/assets/ddo/did:op:"+strings.Repeat("0", 64), nil, nil, nil)
				return want(a, err, 404)
			}},
	}
}

// nftOf reads the data NFT address of did from the node's indexer.
func nftOf(did string, ctx context.Context, e *env) (common.Address, error) {
	a, err := e.raw(ctx, http.MethodGet, "/api/aquarius/assets/ddo/"+did, nil, nil, nil)
	if err := want(a, err, 200); err != nil {
		return common.Address{}, err
	}
	var d struct {
		NFTAddress string `json:"nftAddress"`
	}
	if err := json.Unmarshal(a.body, &d); err != nil || !common.IsHexAddress(d.NFTAddress) {
		return common.Address{}, fmt.Errorf("no nftAddress in %s", a)
	}
	return common.HexToAddress(d.NFTAddress), nil
}
