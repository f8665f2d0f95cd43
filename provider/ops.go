package provider

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/ecies"
	"github.com/oceango/ocean.go/internal/httpx"
)

// Ocean Node ≥1 command names, the suffix of every signed message.
const (
	cmdEncrypt          = "encrypt"
	cmdDownload         = "download"
	cmdDecrypt          = "decryptDDO"
	cmdStartCompute     = "startCompute"
	cmdFreeStartCompute = "freeStartCompute"
	cmdStopCompute      = "stopCompute"
	cmdComputeResult    = "getComputeResult"
	cmdStreamableLogs   = "getComputeStreamableLogs"
	cmdCreateToken      = "createAuthToken"
	cmdInvalidateToken  = "invalidateAuthToken"
	cmdValidateDDO      = "validateDDO"
)

// nodeMessage is the node ≥1 signed message: address + nonce + command.
func nodeMessage(cmd string) func(common.Address, string) string {
	return func(a common.Address, nonce string) string { return a.Hex() + nonce + cmd }
}

// authParams adds consumerAddress/nonce/signature (or the token header).
func authParams(d Dialect, auth Auth, addrKey string, addr common.Address, nonce, sig string, q url.Values, h http.Header) {
	q.Set(addrKey, addr.Hex())
	q.Set("nonce", nonce)
	if sig != "" {
		q.Set("signature", sig)
	}
	if auth.Token != "" {
		if d == DialectClassic {
			h.Set("AuthToken", auth.Token)
		} else {
			h.Set("Authorization", auth.Token)
		}
	}
}

// Encrypt encrypts data to the provider's key for chainID (ECIES) and
// returns the ciphertext as 0x-hex, ready for a DDO service's "files" or
// setMetaData. Ocean Node ≥1 requires a signature ("encrypt"); the classic
// provider ignores auth. Ocean Node v3.1.0 does not accept auth tokens on
// this route (it ignores the Authorization header), so an Auth holding
// both a Token and a Signer is signed, and a token alone fails with
// ErrSignatureRequired before anything is sent. data is streamed, not
// buffered (Ocean Node caps it at 25 MB). The call is never retried once
// sent, except that a nonce rejection is re-signed once when data is an
// io.Seeker.
func (c *Client) Encrypt(ctx context.Context, chainID int64, data io.Reader, auth Auth) (string, error) {
	d, err := c.dialectOf(ctx)
	if err != nil {
		return "", err
	}
	h := http.Header{"Content-Type": {"application/octet-stream"}}
	var out string
	call := func(q url.Values) error {
		q.Set("chainId", strconv.FormatInt(chainID, 10))
		resp, err := c.do(ctx, request{endpoint: "encrypt", query: q, header: h, body: data})
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		b, err := httpx.ReadAll(resp.Body, maxJSONBody)
		if err == nil {
			out = strings.TrimSpace(string(b))
			if !strings.HasPrefix(out, "0x") {
				err = errors.New("ciphertext is not 0x-hex")
			}
		}
		if err != nil {
			return c.badAnswer(request{endpoint: "encrypt"}, resp, "decode ciphertext", err)
		}
		return nil
	}
	if d == DialectClassic {
		return out, call(url.Values{})
	}
	if auth, err = signatureOnly(auth, cmdEncrypt); err != nil {
		return "", err
	}
	// A re-signed attempt after a nonce rejection must resend the body:
	// possible only for readers that can seek back.
	seeker, _ := data.(io.Seeker)
	start := int64(0)
	if seeker != nil {
		if start, err = seeker.Seek(0, io.SeekCurrent); err != nil {
			seeker = nil
		}
	}
	sent := false
	var lastErr error
	err = c.signedCall(ctx, auth, nodeMessage(cmdEncrypt), func(addr common.Address, nonce, sig string) error {
		if sent {
			if seeker == nil {
				return lastErr
			}
			if _, err := seeker.Seek(start, io.SeekStart); err != nil {
				return err
			}
		}
		sent = true
		q := url.Values{}
		authParams(d, auth, "consumerAddress", addr, nonce, sig, q, h)
		lastErr = call(q)
		return lastErr
	})
	return out, err
}

// EncryptForNode returns data encrypted so that only the node can decrypt
// it, like Encrypt, but without a request when the node's root document
// publishes its public key (Info.NodePublicKey) and that key belongs to
// the node's provider address for chainID: data is then encrypted here,
// with the ECIES construction Ocean Node's encrypt route applies with its
// own key (eciesjs defaults), so the plaintext (file URLs, a DDO) never
// leaves this process and no nonce is spent. Otherwise (classic
// providers, nodes that publish no key, or a key that is not the
// provider's) it calls Encrypt with auth.
func (c *Client) EncryptForNode(ctx context.Context, chainID int64, data []byte, auth Auth) (string, error) {
	info, err := c.Info(ctx)
	if err != nil {
		return "", err
	}
	if info.Dialect == DialectNode && info.NodePublicKey != nil {
		if addr, ok := info.Address(chainID); ok && crypto.PubkeyToAddress(*info.NodePublicKey) == addr {
			ct, err := ecies.Encrypt(info.NodePublicKey, data)
			if err != nil {
				return "", fmt.Errorf("provider: encrypt for node: %w", err)
			}
			return hexutil.Encode(ct), nil
		}
	}
	return c.Encrypt(ctx, chainID, bytes.NewReader(data), auth)
}

// signatureOnly returns auth without its token for a node command that
// accepts signatures only, or ErrSignatureRequired when auth has no Signer.
func signatureOnly(auth Auth, cmd string) (Auth, error) {
	if auth.Token == "" {
		return auth, nil
	}
	if auth.Signer == nil {
		return auth, fmt.Errorf("%w: Ocean Node (v3.1.0) ignores auth tokens on %q; use an Auth with a Signer", ErrSignatureRequired, cmd)
	}
	return SignedBy(auth.Signer), nil
}

// EncryptJSON encrypts the compact JSON encoding of v (for example the
// files object {"datatokenAddress","nftAddress","files":[…]}), like
// ocean.py's DataEncryptor.encrypt with a dict.
func (c *Client) EncryptJSON(ctx context.Context, chainID int64, v any, auth Auth) (string, error) {
	b, err := marshalCompact(v)
	if err != nil {
		return "", fmt.Errorf("provider: encode: %w", err)
	}
	return c.Encrypt(ctx, chainID, bytes.NewReader(b), auth)
}

// DecryptRequest asks the provider to decrypt a DDO published on chain.
// Give TransactionID (the setMetaData tx), or EncryptedDocument + Flags +
// DocumentHash.
type DecryptRequest struct {
	ChainID           int64
	DataNFTAddress    common.Address
	TransactionID     string
	EncryptedDocument string // 0x-hex
	Flags             *int
	DocumentHash      string // 0x-hex sha256 of the plaintext
	Auth              Auth   // the decrypter
}

// Decrypt returns the plaintext DDO (JSON). Only authorized decrypters
// (indexers) may call it. The nonce is consumed even when the call fails.
func (c *Client) Decrypt(ctx context.Context, r DecryptRequest) ([]byte, error) {
	if r.ChainID == 0 || r.DataNFTAddress == (common.Address{}) {
		return nil, errors.New("provider: decrypt needs ChainID and DataNFTAddress")
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return nil, err
	}
	msg := nodeMessage(cmdDecrypt)
	if d == DialectClassic {
		msg = func(a common.Address, nonce string) string {
			first := r.TransactionID
			if first == "" {
				first = r.DataNFTAddress.Hex()
			}
			return first + a.Hex() + strconv.FormatInt(r.ChainID, 10) + nonce
		}
	}
	var out []byte
	err = c.signedCall(ctx, r.Auth, msg, func(addr common.Address, nonce, sig string) error {
		body := map[string]any{
			"decrypterAddress": addr.Hex(), "chainId": r.ChainID, "dataNftAddress": r.DataNFTAddress.Hex(),
			"nonce": nonce, "signature": sig,
		}
		if r.TransactionID != "" {
			body["transactionId"] = r.TransactionID
		}
		if r.EncryptedDocument != "" {
			body["encryptedDocument"] = r.EncryptedDocument
			body["documentHash"] = r.DocumentHash
		}
		if r.Flags != nil {
			body["flags"] = *r.Flags
		}
		h := http.Header{}
		if r.Auth.Token != "" {
			authParams(d, r.Auth, "decrypterAddress", addr, nonce, "", url.Values{}, h)
		}
		resp, err := c.do(ctx, request{endpoint: "decrypt", jsonBody: body, header: h})
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		out, err = httpx.ReadAll(resp.Body, maxJSONBody)
		return err
	})
	return out, err
}

// FileInfoRequest selects the files to check: either File (a storage
// object: &ddo.URLFile{URL: u, Method: "GET"}, *ddo.IPFSFile, ...) or DID +
// ServiceID (the files of a published service).
type FileInfoRequest struct {
	File      ddo.StorageObject
	DID       string
	ServiceID string
	// Checksum asks for the sha256 of each file. Ocean Node v3.1.0
	// ignores it and hashes at most its first 10 MiB (see FileInfo).
	Checksum bool
	UserData map[string]any
}

// FileInfo reports whether files are reachable, with their type, size and
// name (POST fileinfo, unsigned). The answer is returned as the server
// gave it; read it with care. Ocean Node v3.1.0 reports an origin that
// answers 404 or refuses the connection as Valid, ContentLength 0 and the
// sha256 of nothing, and for a file beyond its MAX_CHECKSUM_LENGTH (10 MiB
// by default) it reports the length and sha256 of the first ~10 MiB only,
// whatever Checksum asks (package assets checks files with these rules
// before publishing). Classic providers answer Valid false for unreachable
// URLs. Errors match nodehttp.ErrInvalidRequest for malformed file objects and
// unknown DIDs on classic; Ocean Node answers 500.
func (c *Client) FileInfo(ctx context.Context, r FileInfoRequest) ([]FileInfo, error) {
	body := map[string]any{}
	switch {
	case r.File != nil && r.DID != "":
		return nil, errors.New("provider: FileInfoRequest: set File or DID, not both")
	case r.File != nil:
		m, err := fileMap(r.File)
		if err != nil {
			return nil, err
		}
		for k, v := range m {
			body[k] = v
		}
	case r.DID != "":
		if r.ServiceID == "" {
			return nil, errors.New("provider: FileInfoRequest: DID needs ServiceID")
		}
		body["did"], body["serviceId"] = r.DID, r.ServiceID
	default:
		return nil, errors.New("provider: FileInfoRequest: set File or DID")
	}
	if r.Checksum {
		body["checksum"] = true
	}
	if r.UserData != nil {
		body["userdata"] = r.UserData
	}
	var wire []fileInfoWire
	if err := c.doJSON(ctx, request{endpoint: "fileinfo", jsonBody: body, readOnly: true}, &wire); err != nil {
		return nil, err
	}
	out := make([]FileInfo, len(wire))
	for i, w := range wire {
		out[i] = w.toFileInfo(i)
	}
	return out, nil
}

// InitializeRequest asks what must be paid to access a service.
type InitializeRequest struct {
	DID       string
	ServiceID string
	Consumer  common.Address
	// FileIndex, when set, makes the server check that file is reachable.
	FileIndex *int
	// TransferTxID is a previous order; if still valid the answer carries
	// ValidOrder and nothing needs to be paid.
	TransferTxID string
	UserData     map[string]any
	// ValidUntil (unix seconds) requests a shorter fee validity (node).
	ValidUntil int64
	// Environment is the compute environment (classic compute services).
	Environment string
}

// Initialize returns the order requirements for a service (GET
// initialize): datatoken and signed provider fee for startOrder, or a
// reusable ValidOrder. Verify the fee with ddo.ProviderFee.Verify before
// ordering.
func (c *Client) Initialize(ctx context.Context, r InitializeRequest) (*OrderRequirements, error) {
	if r.DID == "" || r.ServiceID == "" || r.Consumer == (common.Address{}) {
		return nil, errors.New("provider: InitializeRequest needs DID, ServiceID and Consumer")
	}
	q := url.Values{"documentId": {r.DID}, "serviceId": {r.ServiceID}, "consumerAddress": {r.Consumer.Hex()}}
	if r.FileIndex != nil {
		q.Set("fileIndex", strconv.Itoa(*r.FileIndex))
	}
	if r.TransferTxID != "" {
		q.Set("transferTxId", r.TransferTxID)
	}
	if r.ValidUntil > 0 {
		q.Set("validUntil", strconv.FormatInt(r.ValidUntil, 10))
	}
	if r.Environment != "" {
		q.Set("environment", r.Environment)
	}
	if r.UserData != nil {
		b, err := marshalCompact(r.UserData)
		if err != nil {
			return nil, fmt.Errorf("provider: encode userdata: %w", err)
		}
		q.Set("userdata", string(b))
	}
	var out OrderRequirements
	if err := c.doJSON(ctx, request{endpoint: "initialize", query: q}, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// CreateAuthToken asks the server for a token (a JWT) that authenticates
// later requests of s.Address() instead of signatures, until validUntil
// (zero: the server's default) or InvalidateAuthToken. Use it with
// TokenAuth.
func (c *Client) CreateAuthToken(ctx context.Context, s Signer, validUntil time.Time) (string, error) {
	if s == nil {
		return "", errors.New("provider: CreateAuthToken needs a Signer")
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return "", err
	}
	msg := nodeMessage(cmdCreateToken)
	if d == DialectClassic {
		msg = func(a common.Address, nonce string) string { return a.Hex() + nonce }
	}
	var out struct {
		Token string `json:"token"`
	}
	err = c.signedCall(ctx, SignedBy(s), msg, func(addr common.Address, nonce, sig string) error {
		if d == DialectClassic {
			exp := validUntil
			if exp.IsZero() {
				exp = time.Now().Add(24 * time.Hour)
			}
			q := url.Values{"address": {addr.Hex()}, "nonce": {nonce}, "signature": {sig},
				"expiration": {strconv.FormatInt(exp.Unix(), 10)}}
			return c.doJSON(ctx, request{endpoint: "create_auth_token", query: q}, &out)
		}
		body := map[string]any{"address": addr.Hex(), "nonce": nonce, "signature": sig}
		if !validUntil.IsZero() {
			body["validUntil"] = validUntil.UnixMilli()
		}
		return c.doJSON(ctx, request{endpoint: "generateAuthToken", jsonBody: body}, &out)
	})
	if err == nil && out.Token == "" {
		err = c.badAnswer(request{endpoint: "generateAuthToken", method: http.MethodPost}, nil, "decode token", errors.New("no token in answer"))
	}
	return out.Token, err
}

// InvalidateAuthToken revokes token, which s created.
func (c *Client) InvalidateAuthToken(ctx context.Context, s Signer, token string) error {
	if s == nil || token == "" {
		return errors.New("provider: InvalidateAuthToken needs a Signer and a token")
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return err
	}
	msg := nodeMessage(cmdInvalidateToken)
	if d == DialectClassic {
		msg = func(a common.Address, nonce string) string { return a.Hex() + nonce }
	}
	return c.signedCall(ctx, SignedBy(s), msg, func(addr common.Address, nonce, sig string) error {
		var out json.RawMessage
		if d == DialectClassic {
			q := url.Values{"address": {addr.Hex()}, "nonce": {nonce}, "signature": {sig}, "token": {token}}
			return c.doJSON(ctx, request{endpoint: "delete_auth_token", query: q}, &out)
		}
		body := map[string]any{"address": addr.Hex(), "nonce": nonce, "signature": sig, "token": token}
		return c.doJSON(ctx, request{endpoint: "invalidateAuthToken", jsonBody: body}, &out)
	})
}

// ValidateDDOResult is the validation proof a node signs for a valid DDO.
type ValidateDDOResult struct {
	Hash      string // hash of the validated document
	PublicKey string // validator address or key
	V         int64
	R         string
	S         string
	Raw       json.RawMessage
}

// ValidateDDO asks an Ocean Node to validate a DDO (POST validateDDO) and
// returns the signed proof. An invalid DDO is an error matching
// nodehttp.ErrInvalidRequest with the node's reasons as Message. auth is optional
// (some nodes require a signed publisher).
func (c *Client) ValidateDDO(ctx context.Context, ddoJSON json.RawMessage, auth *Auth) (*ValidateDDOResult, error) {
	if !json.Valid(ddoJSON) {
		return nil, errors.New("provider: ValidateDDO: ddo is not valid JSON")
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return nil, err
	}
	var raw json.RawMessage
	send := func(body any, h http.Header) error {
		return c.doJSON(ctx, request{endpoint: "validateDDO", jsonBody: body, header: h, readOnly: true}, &raw)
	}
	switch {
	case d == DialectClassic:
		err = send(ddoJSON, nil)
	case auth == nil:
		err = send(map[string]any{"ddo": ddoJSON}, nil)
	default:
		err = c.signedCall(ctx, *auth, nodeMessage(cmdValidateDDO), func(addr common.Address, nonce, sig string) error {
			h := http.Header{}
			body := map[string]any{"ddo": ddoJSON, "publisherAddress": addr.Hex(), "nonce": nonce}
			if sig != "" {
				body["signature"] = sig
			}
			if auth.Token != "" {
				h.Set("Authorization", auth.Token)
			}
			return send(body, h)
		})
	}
	if err != nil {
		return nil, err
	}
	var w struct {
		Hash      string     `json:"hash"`
		PublicKey string     `json:"publicKey"`
		V         httpx.Flex `json:"v"`
		R         any        `json:"r"`
		S         any        `json:"s"`
	}
	if err := json.Unmarshal(raw, &w); err != nil {
		return nil, c.badAnswer(request{endpoint: "validateDDO", method: http.MethodPost}, nil, "decode validation", err)
	}
	v, _ := w.V.Int64()
	return &ValidateDDOResult{Hash: w.Hash, PublicKey: w.PublicKey, V: v, R: firstString(w.R), S: firstString(w.S), Raw: raw}, nil
}

// firstString reads "x" or ["x", …] (Aquarius returns r and s as lists).
func firstString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			s, _ := x[0].(string)
			return s
		}
	}
	return ""
}
