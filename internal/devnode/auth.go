package devnode

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Protocol command names: the suffix of signed messages (Ocean Node ≥1:
// message = address + nonce + command).
const (
	cmdDownload            = "download"
	cmdEncrypt             = "encrypt"
	cmdDecrypt             = "decryptDDO"
	cmdStartCompute        = "startCompute"
	cmdFreeStartCompute    = "freeStartCompute"
	cmdStopCompute         = "stopCompute"
	cmdComputeResult       = "getComputeResult"
	cmdStreamableLogs      = "getComputeStreamableLogs"
	cmdInitializeCompute   = "initializeCompute"
	cmdCreateAuthToken     = "createAuthToken"
	cmdInvalidateAuthToken = "invalidateAuthToken"
	cmdValidateDDO         = "validateDDO"
)

// Authentication failures, answered 401 with these exact texts (observed
// from Ocean Node).
const (
	errNoAuth       wireError = "Invalid authentication, you need to provide either a token or an address, signature, message and nonce"
	errSigMismatch  wireError = "consumer address and nonce signature mismatch"
	errInvalidToken wireError = "Invalid auth token"
)

// wireError is an error whose text is sent to the client as is (Ocean
// Node's plain-text error bodies).
type wireError string

func (e wireError) Error() string { return string(e) }

type nonceError struct{ nonce string }

func (e *nonceError) Error() string { return "nonce: " + e.nonce + " is not a valid nonce" }

// nonceStore holds the last accepted nonce per address. One counter per
// address is shared by all commands, as in Ocean Node.
type nonceStore struct {
	mu sync.Mutex
	m  map[common.Address]uint64
}

func newNonceStore() *nonceStore { return &nonceStore{m: map[common.Address]uint64{}} }

func (s *nonceStore) get(a common.Address) uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[a]
}

// verify checks that nonce is greater than the stored one and that
// signature is address's signature of address+nonce+command; on success it
// stores nonce. The check and the store are atomic, so a replay racing the
// original loses.
func (s *nonceStore) verify(address, nonce, signature, command string) error {
	if address == "" || nonce == "" || signature == "" {
		return errNoAuth
	}
	if !common.IsHexAddress(address) {
		return errSigMismatch
	}
	addr := common.HexToAddress(address)
	n, err := strconv.ParseUint(nonce, 10, 64)
	if err != nil {
		return &nonceError{nonce}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if n <= s.m[addr] {
		return &nonceError{nonce}
	}
	if !verifySignature(addr, address+nonce+command, signature) {
		return errSigMismatch
	}
	s.m[addr] = n
	return nil
}

// verifySignature reports whether sig is signer's EIP-191 signature of
// keccak256(message), in any of the forms Ocean Node accepts: over the 32
// hash bytes, over the hash with leading zero bytes dropped (ethers
// toBeArray), or over the "0x…" hex text of the hash.
func verifySignature(signer common.Address, message, sig string) bool {
	raw, err := hexutil.Decode(sig)
	if err != nil || len(raw) != 65 {
		return false
	}
	raw = bytes.Clone(raw)
	if raw[64] >= 27 {
		raw[64] -= 27
	}
	if raw[64] > 1 {
		return false
	}
	h := crypto.Keccak256([]byte(message))
	candidates := [][]byte{h, bytes.TrimLeft(h, "\x00"), []byte(hexutil.Encode(h))}
	for _, c := range candidates {
		pub, err := crypto.SigToPub(accounts.TextHash(c), raw)
		if err == nil && crypto.PubkeyToAddress(*pub) == signer {
			return true
		}
	}
	return false
}

// tokenStore keeps issued auth tokens (Ocean Node keeps them in SQLite).
type tokenStore struct {
	mu sync.Mutex
	m  map[string]*authToken
}

type authToken struct {
	address    common.Address
	validUntil int64 // ms since the epoch; 0: no expiry
	valid      bool
}

func newTokenStore() *tokenStore { return &tokenStore{m: map[string]*authToken{}} }

// issue creates a JWT (HS256) for address; validUntil is in milliseconds
// (0: no expiry), as Ocean Node compares it with Date.now().
func (n *Node) issueToken(address common.Address, nonce string, validUntil int64) (string, error) {
	var jti [16]byte
	if _, err := rand.Read(jti[:]); err != nil {
		return "", err
	}
	claims := map[string]any{"address": address.Hex(), "nonce": nonce, "createdAt": time.Now().UnixMilli(), "jti": hex.EncodeToString(jti[:])}
	if validUntil > 0 {
		claims["exp"] = validUntil / 1000
	}
	header := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	body, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	unsigned := header + "." + base64.RawURLEncoding.EncodeToString(body)
	mac := hmac.New(sha256.New, n.jwtKey)
	mac.Write([]byte(unsigned))
	token := unsigned + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
	n.tokens.mu.Lock()
	n.tokens.m[token] = &authToken{address: address, validUntil: validUntil, valid: true}
	n.tokens.mu.Unlock()
	return token, nil
}

// checkToken returns the address a valid, unexpired, not invalidated token
// was issued to.
func (n *Node) checkToken(token string) (common.Address, error) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return common.Address{}, errInvalidToken
	}
	mac := hmac.New(sha256.New, n.jwtKey)
	mac.Write([]byte(parts[0] + "." + parts[1]))
	sig, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil || !hmac.Equal(sig, mac.Sum(nil)) {
		return common.Address{}, errInvalidToken
	}
	n.tokens.mu.Lock()
	defer n.tokens.mu.Unlock()
	t := n.tokens.m[token]
	if t == nil || !t.valid || (t.validUntil > 0 && time.Now().UnixMilli() > t.validUntil) {
		return common.Address{}, errInvalidToken
	}
	return t.address, nil
}

func (n *Node) invalidateToken(token string, owner common.Address) bool {
	n.tokens.mu.Lock()
	defer n.tokens.mu.Unlock()
	t := n.tokens.m[token]
	if t == nil || t.address != owner {
		return false
	}
	t.valid = false
	return true
}

// authenticate checks a signed command: an Authorization token issued to
// address, or nonce + signature over address+nonce+command.
func (n *Node) authenticate(authHeader, address, nonce, signature, command string) error {
	if authHeader != "" && signature == "" {
		owner, err := n.checkToken(strings.TrimSpace(strings.TrimPrefix(authHeader, "Bearer ")))
		if err != nil {
			return err
		}
		if address != "" && (!common.IsHexAddress(address) || common.HexToAddress(address) != owner) {
			return errInvalidToken
		}
		return nil
	}
	return n.nonces.verify(address, nonce, signature, command)
}
