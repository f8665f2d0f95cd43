package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/provider"
)

// A caller authenticates each request by signing it with its Ethereum
// key (EIP-191 personal_sign, what every wallet offers) and sending:
//
//	X-Ocean-Address    its address
//	X-Ocean-Timestamp  unix milliseconds when it signed
//	X-Ocean-Signature  the signature, hex, over the canonical string
//
// The canonical string is METHOD, path, timestamp and the hex sha256 of
// the body, joined by newlines. The registry refuses a timestamp more than
// the allowed skew away from its clock, and a signature it has seen
// before (a replay; a client repeating a request signs it again with a
// new timestamp): seen signatures are kept in the journal until they
// would be stale anyway, so a replay is refused across restarts too.
const (
	headerAddress   = "X-Ocean-Address"
	headerTimestamp = "X-Ocean-Timestamp"
	headerSignature = "X-Ocean-Signature"
	// maxSkew is how far a request's timestamp may be from the clock.
	maxSkew = 5 * time.Minute
	// maxBody bounds request bodies.
	maxBody = 1 << 20
)

// errAuth is an authentication failure (401).
var errAuth = errors.New("registry: unauthenticated")

// canonical is the string a request's signature covers.
func canonical(method, path, timestamp string, body []byte) []byte {
	sum := sha256.Sum256(body)
	return []byte(strings.Join([]string{method, path, timestamp, hex.EncodeToString(sum[:])}, "\n"))
}

// Sign adds the authentication headers to req for body (which req must
// send) with signer: this is what a registry client does.
func Sign(ctx context.Context, req *http.Request, body []byte, signer provider.Signer, now time.Time) error {
	ts := strconv.FormatInt(now.UnixMilli(), 10)
	sig, err := signer.SignMessage(ctx, canonical(req.Method, req.URL.Path, ts, body))
	if err != nil {
		return err
	}
	req.Header.Set(headerAddress, signer.Address().Hex())
	req.Header.Set(headerTimestamp, ts)
	req.Header.Set(headerSignature, hexutil.Encode(sig))
	return nil
}

// authenticate reads the body and returns it with the caller's verified
// address. Failures wrap errAuth, except a body too large.
func (r *registry) authenticate(req *http.Request) (common.Address, []byte, error) {
	body, err := io.ReadAll(io.LimitReader(req.Body, maxBody+1))
	if err != nil {
		return common.Address{}, nil, err
	}
	if len(body) > maxBody {
		return common.Address{}, nil, errors.New("request body too large")
	}
	addr, ts, sig := req.Header.Get(headerAddress), req.Header.Get(headerTimestamp), req.Header.Get(headerSignature)
	if addr == "" || ts == "" || sig == "" {
		return common.Address{}, body, fmt.Errorf("%w: sign the request (%s, %s, %s)", errAuth, headerAddress, headerTimestamp, headerSignature)
	}
	if !common.IsHexAddress(addr) {
		return common.Address{}, body, fmt.Errorf("%w: bad %s", errAuth, headerAddress)
	}
	ms, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return common.Address{}, body, fmt.Errorf("%w: bad %s", errAuth, headerTimestamp)
	}
	if d := r.now().Sub(time.UnixMilli(ms)); d > maxSkew || d < -maxSkew {
		return common.Address{}, body, fmt.Errorf("%w: stale timestamp", errAuth)
	}
	raw, err := hexutil.Decode(sig)
	if err != nil || len(raw) != crypto.SignatureLength {
		return common.Address{}, body, fmt.Errorf("%w: bad %s", errAuth, headerSignature)
	}
	raw = bytes.Clone(raw)
	if raw[64] >= 27 {
		raw[64] -= 27
	}
	pub, err := crypto.SigToPub(accounts.TextHash(canonical(req.Method, req.URL.Path, ts, body)), raw)
	if err != nil || crypto.PubkeyToAddress(*pub) != common.HexToAddress(addr) {
		return common.Address{}, body, fmt.Errorf("%w: signature does not match %s", errAuth, headerAddress)
	}
	// One use per signature: the journal's Create is atomic, across
	// processes sharing the directory too.
	seen := &journal.Entry{Key: "oep14/seen/" + crypto.Keccak256Hash(raw).Hex(), Flow: "oep14-seen", Status: "SEEN",
		ExpiresAt: time.UnixMilli(ms).Add(maxSkew)}
	switch err := r.store.Create(req.Context(), seen); {
	case errors.Is(err, journal.ErrExists):
		return common.Address{}, body, fmt.Errorf("%w: replayed request", errAuth)
	case err != nil:
		return common.Address{}, body, err
	}
	return common.HexToAddress(addr), body, nil
}
