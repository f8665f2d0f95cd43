package devnode

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/contracts/accesslist"
	"github.com/oceango/ocean.go/internal/ecies"
)

const maxEncryptBody = 25 << 20

var accessListABI = accesslist.NewAccessList()

func compressedKey(n *Node) []byte { return crypto.CompressPubkey(&n.key.PublicKey) }

func (n *Node) handleNonce(w http.ResponseWriter, r *http.Request) {
	a := r.URL.Query().Get("userAddress")
	var nonce uint64
	if common.IsHexAddress(a) {
		nonce = n.nonces.get(common.HexToAddress(a))
	}
	jsonOut(w, http.StatusOK, map[string]string{"nonce": strconv.FormatUint(nonce, 10)})
}

// handleEncrypt encrypts the body for the node. As in Ocean Node v3.1.0
// the route takes no auth token (it does not pass the Authorization header
// on): the caller signs. The signature is checked before the body is read,
// and the body is capped at 25 MiB (Ocean Node's limit).
func (n *Node) handleEncrypt(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		text(w, http.StatusBadRequest, "Missing required body")
		return
	}
	if r.ContentLength > maxEncryptBody {
		text(w, http.StatusRequestEntityTooLarge, "request entity too large")
		return
	}
	q := r.URL.Query()
	if err := n.nonces.verify(q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), cmdEncrypt); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxEncryptBody))
	if err != nil {
		text(w, http.StatusRequestEntityTooLarge, "request entity too large")
		return
	}
	if len(body) == 0 {
		text(w, http.StatusBadRequest, "Missing required body")
		return
	}
	ct, err := ecies.Encrypt(&n.key.PublicKey, body)
	if err != nil {
		text(w, http.StatusInternalServerError, "Internal Server Error")
		return
	}
	out := hexutil.Encode(ct)
	w.Header().Set("Content-Type", "application/octet-stream; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	io.WriteString(w, out)
}

type decryptRequest struct {
	DecrypterAddress  string     `json:"decrypterAddress"`
	ChainID           jsonString `json:"chainId"`
	TransactionID     string     `json:"transactionId"`
	DataNFTAddress    string     `json:"dataNftAddress"`
	EncryptedDocument string     `json:"encryptedDocument"`
	Flags             jsonString `json:"flags"`
	DocumentHash      string     `json:"documentHash"`
	Nonce             jsonString `json:"nonce"`
	Signature         string     `json:"signature"`
}

func (n *Node) handleDecrypt(w http.ResponseWriter, r *http.Request) {
	var req decryptRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, maxEncryptBody)).Decode(&req); err != nil {
		text(w, http.StatusBadRequest, "Decrypt DDO: invalid request body")
		return
	}
	for _, f := range []struct{ name, v string }{{"decrypterAddress", req.DecrypterAddress}, {"chainId", string(req.ChainID)}, {"nonce", string(req.Nonce)}, {"signature", req.Signature}} {
		if f.v == "" {
			text(w, http.StatusBadRequest, missingText(f.name, "decryptDDO", []string{"decrypterAddress", "chainId", "nonce", "signature"}))
			return
		}
	}
	if err := n.nonces.verify(req.DecrypterAddress, string(req.Nonce), req.Signature, cmdDecrypt); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	if string(req.ChainID) != strconv.FormatInt(n.cfg.ChainID, 10) {
		text(w, http.StatusBadRequest, "Decrypt DDO: Unsupported chain ID")
		return
	}
	if len(n.cfg.AuthorizedDecrypters) > 0 && !slices.Contains(n.cfg.AuthorizedDecrypters, common.HexToAddress(req.DecrypterAddress)) {
		text(w, http.StatusForbidden, "Decrypt DDO: Decrypter not authorized")
		return
	}
	if !common.IsHexAddress(req.DataNFTAddress) {
		text(w, http.StatusBadRequest, "Decrypt DDO: invalid dataNftAddress")
		return
	}
	nft := common.HexToAddress(req.DataNFTAddress)
	ctx := r.Context()
	ok, err := n.fromFactory(ctx, nft)
	if err != nil || !ok {
		text(w, http.StatusBadRequest, "Decrypt DDO: Asset not deployed by the data NFT factory")
		return
	}
	var flags ddo.Flags
	var data []byte
	var hash []byte
	if req.TransactionID != "" {
		f, d, h, err := n.metadataFromTx(ctx, common.HexToHash(req.TransactionID), nft)
		if err != nil {
			text(w, http.StatusBadRequest, "Decrypt DDO: Failed to process transaction id")
			return
		}
		flags, data, hash = f, d, h[:]
	} else {
		fl, err := strconv.ParseUint(string(req.Flags), 10, 8)
		d, err2 := hexutil.Decode(req.EncryptedDocument)
		h, err3 := hexutil.Decode(req.DocumentHash)
		if err != nil || err2 != nil || err3 != nil || len(h) != 32 {
			text(w, http.StatusBadRequest, "Decrypt DDO: invalid encryptedDocument, flags or documentHash")
			return
		}
		flags, data, hash = ddo.Flags(fl), d, h
	}
	state, err := bind.Call(nftABI.Instance(n.backend, nft), &bind.CallOpts{Context: ctx}, nftABI.PackMetaDataState(), nftABI.UnpackMetaDataState)
	if err != nil {
		text(w, http.StatusInternalServerError, "Internal Server Error")
		return
	}
	switch ddo.MetadataState(state) {
	case ddo.StateEndOfLife:
		text(w, http.StatusForbidden, "Decrypt DDO: Asset end of life")
		return
	case ddo.StateDeprecated:
		text(w, http.StatusForbidden, "Decrypt DDO: Asset deprecated")
		return
	case ddo.StateRevoked:
		text(w, http.StatusForbidden, "Decrypt DDO: Asset revoked")
		return
	}
	plain, err := ddo.DecodeMetadata(flags, data, func(c []byte) ([]byte, error) { return ecies.Decrypt(n.key, c) })
	if err != nil {
		text(w, http.StatusBadRequest, "Decrypt DDO: Failed to decrypt")
		return
	}
	sum := sha256.Sum256(plain)
	if !strings.EqualFold(hex.EncodeToString(sum[:]), hex.EncodeToString(hash)) {
		text(w, http.StatusBadRequest, "Decrypt DDO: checksum does not match")
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(plain)))
	w.Write(plain)
}

// metadataFromTx reads the MetadataCreated/Updated event of nft in tx.
func (n *Node) metadataFromTx(ctx context.Context, tx common.Hash, nft common.Address) (ddo.Flags, []byte, [32]byte, error) {
	rc, err := n.backend.TransactionReceipt(ctx, tx)
	if err != nil {
		return 0, nil, [32]byte{}, err
	}
	for _, l := range rc.Logs {
		if l.Address != nft || len(l.Topics) == 0 {
			continue
		}
		var flags, data []byte
		var hash [32]byte
		switch l.Topics[0] {
		case topicMetadataCreated:
			ev, err := nftABI.UnpackMetadataCreatedEvent(l)
			if err != nil {
				return 0, nil, hash, err
			}
			flags, data, hash = ev.Flags, ev.Data, ev.MetaDataHash
		case topicMetadataUpdated:
			ev, err := nftABI.UnpackMetadataUpdatedEvent(l)
			if err != nil {
				return 0, nil, hash, err
			}
			flags, data, hash = ev.Flags, ev.Data, ev.MetaDataHash
		default:
			continue
		}
		var f ddo.Flags
		if len(flags) > 0 {
			f = ddo.Flags(flags[0])
		}
		return f, data, hash, nil
	}
	return 0, nil, [32]byte{}, errors.New("no metadata event")
}

func (n *Node) handleFileInfo(w http.ResponseWriter, r *http.Request) {
	var req struct {
		fileObject
		DID       string `json:"did"`
		ServiceID string `json:"serviceId"`
	}
	var err error
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
		err = r.ParseForm()
		req.Type, req.URL, req.Method = r.PostForm.Get("type"), r.PostForm.Get("url"), r.PostForm.Get("method")
		req.DID, req.ServiceID = r.PostForm.Get("did"), r.PostForm.Get("serviceId")
	} else {
		err = json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&req)
	}
	if err != nil || (req.DID == "" && (req.Type == "" || (strings.EqualFold(req.Type, "url") && req.URL == ""))) || (req.DID != "" && req.ServiceID == "") {
		text(w, http.StatusBadRequest, "Invalid request parameters")
		return
	}
	ctx := r.Context()
	var files []fileObject
	if req.DID != "" {
		fo, ok := n.servedFiles(req.DID, req.ServiceID)
		if !ok {
			text(w, http.StatusInternalServerError, errNotServed)
			return
		}
		files = fo.Files
	} else {
		files = []fileObject{req.fileObject}
	}
	out := make([]fileInfo, 0, len(files))
	for _, f := range files {
		info, err := n.fetch.info(ctx, f, n.cfg.MaxChecksumLength)
		switch {
		case errors.Is(err, errUnsafeURL):
			text(w, http.StatusInternalServerError, "Error validating the URL file: "+errUnsafeURL.Error())
			return
		case err != nil:
			text(w, http.StatusBadRequest, err.Error())
			return
		}
		out = append(out, info)
	}
	// Ocean Node streams this answer without a Content-Type.
	body, err := json.Marshal(out)
	if err != nil {
		text(w, http.StatusInternalServerError, "Internal Server Error")
		return
	}
	w.Header()["Content-Type"] = nil
	w.WriteHeader(http.StatusOK)
	w.Write(body)
}

// errNotServed is Ocean Node's answer to a fileInfo by DID it cannot
// serve: unknown DID or service, an asset that cannot be ordered, files
// not encrypted for this node.
const errNotServed = "Unable to decrypt files, files not served by the current node!"

// servedFiles decrypts the files of an orderable asset's service.
func (n *Node) servedFiles(did, serviceID string) (*filesObject, bool) {
	a := n.store.get(did)
	if a == nil || orderable(n.assetState(a)) != "" {
		return nil, false
	}
	svc, _ := findService(a, serviceID)
	if svc == nil {
		return nil, false
	}
	fo, err := n.decryptFiles(svc.Files)
	if err != nil {
		return nil, false
	}
	return fo, true
}

// findService returns the service with id and its index.
func findService(a *asset, id string) (*ddo.Service, int) {
	for i := range a.typed.Services {
		if a.typed.Services[i].ID == id {
			return &a.typed.Services[i], i
		}
	}
	return nil, -1
}

// orderable reports why an asset in state s cannot be ordered, or "", in
// Ocean Node's words (checked before the service is looked up, so a
// revoked asset's stub gets this answer too).
func orderable(s ddo.MetadataState) string {
	switch s {
	case ddo.StateActive, ddo.StateUnlisted:
		return ""
	default:
		return "Nft not present in the asset or the state is different than ACTIVE or UNLISTED."
	}
}

// allowed applies the asset's and then the service's credentials to
// consumer as Ocean Node v3.1.0 does (utils/credentials.ts): the deny
// rules first (match_deny "any" by default: one matching rule denies;
// "all": every known rule must match), then the allow rules (match_allow
// "all" by default: every rule must match; "any": one suffices; a rule of
// an unknown type under "all" denies); no allow rules allow everyone. A
// rule's type is compared case-insensitively. An address rule matches a
// listed address or "*"; an accessList rule matches when the consumer
// holds a token of the list on this chain (its chainId is not looked at),
// and a failed read counts as no match.
func (n *Node) allowed(ctx context.Context, a *asset, svc *ddo.Service, consumer common.Address) bool {
	for _, c := range []*ddo.Credentials{a.typed.Credentials, svc.Credentials} {
		if c == nil {
			continue
		}
		if len(c.Deny) > 0 {
			hit, known := n.matchCredentials(ctx, c.Deny, consumer)
			if known > 0 && (c.MatchDeny == ddo.MatchAny || c.MatchDeny == "") && hit > 0 ||
				known > 0 && c.MatchDeny != ddo.MatchAny && c.MatchDeny != "" && hit == known {
				return false
			}
		}
		if len(c.Allow) > 0 {
			matchAny := c.MatchAllow == ddo.MatchAny
			hit, known := n.matchCredentials(ctx, c.Allow, consumer)
			switch {
			case known == 0, !matchAny && known < len(c.Allow):
				return false
			case matchAny && hit == 0, !matchAny && hit < known:
				return false
			}
		}
	}
	return true
}

// matchCredentials counts the rules of a known type (address, accessList)
// and how many of them match consumer.
func (n *Node) matchCredentials(ctx context.Context, list []ddo.Credential, consumer common.Address) (hit, known int) {
	for _, c := range list {
		switch strings.ToLower(c.Type) {
		case strings.ToLower(ddo.CredentialAddress):
			known++
			for _, v := range c.Values {
				if v == ddo.Wildcard || strings.EqualFold(v, consumer.Hex()) {
					hit++
					break
				}
			}
		case strings.ToLower(ddo.CredentialAccessList):
			known++
			if !common.IsHexAddress(c.AccessList) {
				continue
			}
			bal, err := bind.Call(accessListABI.Instance(n.backend, common.HexToAddress(c.AccessList)), &bind.CallOpts{Context: ctx},
				accessListABI.PackBalanceOf(consumer), accessListABI.UnpackBalanceOf)
			if err == nil && bal.Sign() > 0 {
				hit++
			}
		}
	}
	return hit, known
}

// feeFor signs the access provider fee for a service: token OCEAN,
// amount 0, valid until validUntil.
func (n *Node) feeFor(svc *ddo.Service, validUntil int64) (providerFee, error) {
	data, err := json.Marshal(struct {
		DT string `json:"dt"`
		ID string `json:"id"`
	}{svc.DatatokenAddress, svc.ID})
	if err != nil {
		return providerFee{}, err
	}
	return signProviderFee(n.key, data, n.cfg.Contracts.Ocean, new(big.Int), validUntil)
}

type initializeResponse struct {
	ProviderFee    *providerFee `json:"providerFee"`
	Datatoken      string       `json:"datatoken"`
	Nonce          string       `json:"nonce"`
	ComputeAddress *string      `json:"computeAddress"`
}

func (n *Node) handleInitialize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if f := missing(q, "documentId", "serviceId"); f != "" {
		text(w, http.StatusBadRequest, missingText(f, "getFees", []string{"documentId", "serviceId"}))
		return
	}
	// As in Ocean Node v3.1.0, transferTxId is ignored: the answer always
	// carries a fresh provider fee (a reuse is checked at download).
	res, code, msg := n.initialize(r.Context(), q.Get("documentId"), q.Get("serviceId"), q.Get("consumerAddress"), q.Get("validUntil"))
	if msg != "" {
		text(w, code, msg)
		return
	}
	jsonOut(w, http.StatusOK, res)
}

func (n *Node) initialize(ctx context.Context, did, serviceID, consumer, validUntil string) (*initializeResponse, int, string) {
	var computeAddress *string
	var consumerAddr common.Address
	if consumer != "" {
		if !common.IsHexAddress(consumer) {
			return nil, http.StatusBadRequest, `Parameter : "consumerAddress" is not a valid web3 address`
		}
		consumerAddr = common.HexToAddress(consumer)
		computeAddress = &consumer
	}
	a := n.findAsset(did)
	if a == nil {
		return nil, http.StatusInternalServerError, "Asset provided is either null, either undefined null"
	}
	if why := orderable(n.assetState(a)); why != "" {
		return nil, http.StatusInternalServerError, why
	}
	svc, _ := findService(a, serviceID)
	if svc == nil {
		return nil, http.StatusInternalServerError, "Internal Server Error"
	}
	// As in Ocean Node v3.1.0 (FeesHandler), the consumer's credentials are
	// not checked here: download and the compute routes check them.
	now, err := n.now(ctx)
	if err != nil {
		return nil, http.StatusInternalServerError, "Internal Server Error"
	}
	var until int64
	if svc.Timeout > 0 {
		until = now + svc.Timeout
	}
	if validUntil != "" {
		v, err := strconv.ParseInt(validUntil, 10, 64)
		if err != nil {
			return nil, http.StatusBadRequest, `Parameter : "validUntil" is not a valid number`
		}
		if svc.Timeout > 0 && v > until {
			return nil, http.StatusInternalServerError, "Required validUntil is higher than service timeout"
		}
		until = v
	}
	fee, err := n.feeFor(svc, until)
	if err != nil {
		return nil, http.StatusInternalServerError, "Internal Server Error"
	}
	return &initializeResponse{
		ProviderFee:    &fee,
		Datatoken:      svc.DatatokenAddress,
		Nonce:          strconv.FormatUint(n.nonces.get(consumerAddr), 10),
		ComputeAddress: computeAddress,
	}, 0, ""
}

func (n *Node) assetState(a *asset) ddo.MetadataState {
	n.store.mu.RLock()
	defer n.store.mu.RUnlock()
	return a.state
}

var downloadRequired = []string{"fileIndex", "documentId", "serviceId", "transferTxId"}

func (n *Node) handleDownload(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if f := missing(q, downloadRequired...); f != "" {
		text(w, http.StatusBadRequest, missingText(f, "download", downloadRequired))
		return
	}
	consumer := q.Get("consumerAddress")
	if err := n.authenticate(r.Header.Get("Authorization"), consumer, q.Get("nonce"), q.Get("signature"), cmdDownload); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	if !common.IsHexAddress(consumer) {
		text(w, http.StatusBadRequest, `Parameter : "consumerAddress" is not a valid web3 address`)
		return
	}
	consumerAddr := common.HexToAddress(consumer)
	ctx := r.Context()
	did := q.Get("documentId")
	a := n.findAsset(did)
	if a == nil {
		text(w, http.StatusInternalServerError, "Cannot resolve DID")
		return
	}
	if why := orderable(n.assetState(a)); why != "" {
		text(w, http.StatusInternalServerError, why)
		return
	}
	svc, idx := findService(a, q.Get("serviceId"))
	if svc == nil {
		text(w, http.StatusInternalServerError, "Invalid serviceId")
		return
	}
	if svc.Type != ddo.ServiceAccess {
		text(w, http.StatusInternalServerError, "Service is not an access service")
		return
	}
	if !n.allowed(ctx, a, svc, consumerAddr) {
		text(w, http.StatusForbidden, "Error: Access to asset "+did+" was denied")
		return
	}
	if !common.IsHexAddress(svc.DatatokenAddress) {
		text(w, http.StatusInternalServerError, errOrderMismatch.Error())
		return
	}
	dt := common.HexToAddress(svc.DatatokenAddress)
	// The order check on chain and the file's preparation (decrypting the
	// files object, opening the origin) run at once, so the chain reads
	// are off the first byte's path; nothing is written to the consumer
	// before the order is found valid, and an order failure wins over a
	// file failure, as when they ran one after the other. The check runs
	// on its own goroutine and cancels the origin's request when it
	// fails; the preparation, usually the longer of the two (it waits for
	// the origin's answer), stays on this one, so the stream starts
	// without waiting for another goroutine to be scheduled.
	octx, cancelOrigin := context.WithCancel(ctx)
	defer cancelOrigin()
	checked := make(chan error, 1)
	go func() {
		_, err := n.validateOrder(ctx, orderCheck{tx: common.HexToHash(q.Get("transferTxId")), consumer: consumerAddr,
			datatoken: dt, serviceIndex: idx, serviceID: svc.ID, timeout: svc.Timeout})
		if err != nil {
			cancelOrigin()
		}
		checked <- err
	}()
	d := n.prepareDownload(octx, r, a, svc.Files, dt, q)
	if err := <-checked; err != nil {
		d.close()
		if errors.Is(err, errOrderNotFound) {
			rawJSON(w, http.StatusInternalServerError, []byte("{}"))
			return
		}
		text(w, http.StatusInternalServerError, err.Error())
		return
	}
	d.serve(n, w, r)
}

// download is a file prepared for a download: the origin's response to
// stream, a file to decrypt while streaming, or the failure to answer.
type download struct {
	f       fileObject
	resp    *http.Response // the origin's answer (200 or 206)
	decrypt string         // the method to decrypt with while streaming
	status  int            // a failure: status and text
	msg     string
}

// prepareDownload decrypts the service's files object, checks it against
// the asset, and opens the file at index fileIndex at its origin.
func (n *Node) prepareDownload(ctx context.Context, r *http.Request, a *asset, files string, dt common.Address, q url.Values) *download {
	fail := func(status int, msg string) *download { return &download{status: status, msg: msg} }
	fo, err := n.decryptFiles(files)
	if err != nil {
		return fail(http.StatusInternalServerError, err.Error())
	}
	if !strings.EqualFold(fo.DatatokenAddress, dt.Hex()) || !strings.EqualFold(fo.NFTAddress, a.nft.Hex()) {
		return fail(http.StatusInternalServerError, "Mismatched datatoken or NFT address in files object")
	}
	fileIndex, err := strconv.Atoi(q.Get("fileIndex"))
	if err != nil || fileIndex < 0 || fileIndex >= len(fo.Files) {
		return fail(http.StatusNotImplemented, "Unknown error: Empty file object")
	}
	f := fo.Files[fileIndex]
	if f.URL != "" && q.Get("userdata") != "" {
		f.URL = withUserData(f.URL, q.Get("userdata"))
	}
	if m := n.decrypting(f); m != "" {
		return &download{f: f, decrypt: m}
	}
	resp, ok, err := n.fetch.openRaw(ctx, f, r.Header.Get("Range"))
	if !ok {
		resp, err = n.fetch.open(ctx, f, r.Header.Get("Range"))
	}
	if err != nil {
		if errors.Is(err, errUnsafeURL) {
			return fail(http.StatusNotImplemented, "Unknown error: Error validating the URL file: "+err.Error())
		}
		return fail(http.StatusNotImplemented, "Unknown error: "+errFetch.Error())
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusPartialContent {
		resp.Body.Close()
		code := http.StatusNotImplemented
		if resp.StatusCode == http.StatusRequestedRangeNotSatisfiable {
			code = resp.StatusCode
		}
		return fail(code, "Unknown error: file origin answered "+strconv.Itoa(resp.StatusCode))
	}
	return &download{f: f, resp: resp}
}

// close releases the origin's response of a download not served.
func (d *download) close() {
	if d.resp != nil {
		d.resp.Body.Close()
	}
}

// serve answers the download: the failure, or the file.
func (d *download) serve(n *Node, w http.ResponseWriter, r *http.Request) {
	switch {
	case d.status != 0:
		text(w, d.status, d.msg)
	case d.decrypt != "":
		n.streamDecrypted(w, r, d.f, d.decrypt)
	default:
		n.stream(w, d.resp, d.f)
	}
}

// withUserData appends the consumer's userdata to a URL file's query, as
// Ocean Node v3.1.0 does on download whatever the file's method: each
// member becomes key=String(value). Userdata that is not a JSON object
// is ignored, as the node's route parses it to null.
func withUserData(raw, userdata string) string {
	var members map[string]any
	if json.Unmarshal([]byte(userdata), &members) != nil || len(members) == 0 {
		return raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	q := u.Query()
	keys := make([]string, 0, len(members))
	for k := range members {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var v string
		switch x := members[k].(type) {
		case string:
			v = x
		case nil:
			v = "null"
		case bool, float64:
			v = fmt.Sprint(x)
		default:
			v = "[object Object]" // JavaScript's String() of an object or array
			if arr, ok := x.([]any); ok {
				parts := make([]string, len(arr))
				for i, e := range arr {
					parts[i] = fmt.Sprint(e)
				}
				v = strings.Join(parts, ",")
			}
		}
		q.Add(k, v)
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// stream copies an opened file from its origin to w without revealing its
// URL: Content-Length, Content-Type and Content-Disposition are set; a
// Range request was forwarded and is answered 206 with Content-Range.
func (n *Node) stream(w http.ResponseWriter, resp *http.Response, f fileObject) {
	defer resp.Body.Close()
	h := w.Header()
	for _, k := range []string{"Content-Type", "Content-Length", "Content-Range", "Accept-Ranges", "Last-Modified", "ETag"} {
		if v := resp.Header.Get(k); v != "" {
			h.Set(k, v)
		}
	}
	h.Set("Content-Disposition", "attachment;filename="+dispositionName(fileName(f)))
	h.Set("Access-Control-Expose-Headers", "Content-Disposition")
	extendWrite(w, resp.ContentLength)
	w.WriteHeader(resp.StatusCode)
	var err2 error
	if raw, ok := resp.Body.(*rawBody); ok {
		_, err2 = raw.WriteTo(w) // socket to socket
	} else {
		// Copy with a large buffer: http.ResponseWriter's ReadFrom would
		// copy a non-file source in 32 KiB chunks.
		_, err2 = io.CopyBuffer(progressWriter{w}, resp.Body, make([]byte, 512<<10))
	}
	if err2 != nil {
		n.log.Debug("devnode: download interrupted", "err", errFetch)
	}
}

// minStreamRate is the slowest a client may read a streamed answer
// (bytes per second) before its connection is closed.
const minStreamRate = 1 << 20

// extendWrite gives a streamed answer of size bytes (-1: unknown) time to
// be written: the server's write timeout plus size at minStreamRate. An
// answer of unknown size is written through progressWriter, which extends
// the deadline as it goes.
func extendWrite(w http.ResponseWriter, size int64) {
	d := writeTimeout
	if size > 0 {
		d += time.Duration(size/minStreamRate) * time.Second
	}
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(d))
}

// progressWriter extends the connection's write deadline before each
// write, so a stream lasts as long as the client keeps reading. It hides
// every method but Write, so io.CopyBuffer uses its buffer.
type progressWriter struct{ w http.ResponseWriter }

func (p progressWriter) Write(b []byte) (int, error) {
	_ = http.NewResponseController(p.w).SetWriteDeadline(time.Now().Add(writeTimeout))
	return p.w.Write(b)
}

// dispositionName keeps a file name safe for a header.
func dispositionName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == '"' || r == ';' || r == '\\' || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if s == "" || s == "/" || s == "." {
		return "file"
	}
	return s
}

type tokenRequest struct {
	Address    string     `json:"address"`
	Signature  string     `json:"signature"`
	Nonce      jsonString `json:"nonce"`
	ValidUntil jsonString `json:"validUntil"`
	Token      string     `json:"token"`
}

func (n *Node) handleCreateToken(w http.ResponseWriter, r *http.Request) {
	var req tokenRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&req); err != nil || req.Address == "" || req.Signature == "" || req.Nonce == "" {
		jsonOut(w, http.StatusBadRequest, map[string]string{"error": "Missing required parameters"})
		return
	}
	if err := n.nonces.verify(req.Address, string(req.Nonce), req.Signature, cmdCreateAuthToken); err != nil {
		jsonOut(w, http.StatusUnauthorized, map[string]string{"error": "Invalid nonce or signature"})
		return
	}
	var validUntil int64
	if req.ValidUntil != "" {
		v, err := strconv.ParseInt(string(req.ValidUntil), 10, 64)
		if err != nil {
			jsonOut(w, http.StatusBadRequest, map[string]string{"error": "Invalid validUntil"})
			return
		}
		validUntil = v
	}
	tok, err := n.issueToken(common.HexToAddress(req.Address), string(req.Nonce), validUntil)
	if err != nil {
		jsonOut(w, http.StatusInternalServerError, map[string]string{"error": "Internal Server Error"})
		return
	}
	jsonOut(w, http.StatusOK, map[string]string{"token": tok})
}

func (n *Node) handleInvalidateToken(w http.ResponseWriter, r *http.Request) {
	var req tokenRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&req); err != nil || req.Address == "" || req.Signature == "" || req.Nonce == "" || req.Token == "" {
		jsonOut(w, http.StatusBadRequest, map[string]string{"error": "Missing required parameters"})
		return
	}
	if err := n.nonces.verify(req.Address, string(req.Nonce), req.Signature, cmdInvalidateAuthToken); err != nil {
		jsonOut(w, http.StatusBadRequest, map[string]string{"error": "Invalid signature"})
		return
	}
	if !n.invalidateToken(req.Token, common.HexToAddress(req.Address)) {
		jsonOut(w, http.StatusBadRequest, map[string]string{"error": "Invalid token"})
		return
	}
	jsonOut(w, http.StatusOK, map[string]bool{"success": true})
}
