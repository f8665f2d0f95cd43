package provider

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/internal/httpx"
	"github.com/oceango/ocean.go/nodehttp"
)

// Nonce returns the nonce the server has stored for address (GET nonce),
// rounded up to an integer: classic providers may hold decimal timestamps.
// A fresh address reads 0 on Ocean Node.
func (c *Client) Nonce(ctx context.Context, address common.Address) (uint64, error) {
	var out struct {
		Nonce httpx.Flex `json:"nonce"`
	}
	err := c.doJSON(ctx, request{endpoint: "nonce", query: url.Values{"userAddress": {address.Hex()}}}, &out)
	if err != nil {
		return 0, err
	}
	n, err := parseNonce(string(out.Nonce))
	if err != nil {
		return 0, c.badAnswer(request{endpoint: "nonce", method: http.MethodGet}, nil, "decode nonce", err)
	}
	return n, nil
}

// parseNonce accepts "12", "12.7" (ceil → 13), "" or "null" (0).
func parseNonce(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "null" || s == "None" {
		return 0, nil
	}
	if n, err := strconv.ParseUint(s, 10, 64); err == nil && n < math.MaxUint64 {
		return n, nil
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return 0, errors.New("nonce is not a non-negative number")
	}
	q, m := new(big.Int).QuoRem(r.Num(), r.Denom(), new(big.Int))
	if m.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	if !q.IsUint64() || q.Uint64() == math.MaxUint64 {
		return 0, errors.New("nonce out of range")
	}
	return q.Uint64(), nil
}

// nonceBook sequences nonces per address for one server. A slot's mutex is
// held from nonce allocation until the server has answered, so signed
// requests of one address reach the server in nonce order and concurrent
// goroutines never collide. The last nonce used is remembered, so only the
// first signed call (and a call after a rejection) fetches the nonce.
type nonceBook struct {
	mu    sync.Mutex
	slots map[common.Address]*nonceSlot
}

type nonceSlot struct {
	mu    sync.Mutex
	last  uint64
	known bool
}

func (b *nonceBook) slot(a common.Address) *nonceSlot {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.slots == nil {
		b.slots = map[common.Address]*nonceSlot{}
	}
	s, ok := b.slots[a]
	if !ok {
		s = &nonceSlot{}
		b.slots[a] = s
	}
	return s
}

// signedCall runs one signed request for auth. build receives the nonce,
// the address and the signature ("" when a token is used) and performs the
// request; it must return once the server has answered (headers read).
// The request itself is never resent. If the server rejects the nonce, the
// nonce is refetched and the request re-signed and sent once more; any
// other failure is returned as the server gave it.
func (c *Client) signedCall(ctx context.Context, auth Auth, message func(addr common.Address, nonce string) string,
	send func(addr common.Address, nonce, signature string) error) error {
	return c.signed(ctx, auth, message, false, send)
}

// signedRead is signedCall for requests that change nothing on the server
// but the nonce (download, compute results and logs). Besides the nonce
// rejection, a failure that did not come from the node's handler — a
// transport error, 429, 502, 503 or 504 — is tried again with a fresh nonce
// and signature, up to the client's retry count and with its backoff. A
// 500 or any other answer of the node is returned at once.
func (c *Client) signedRead(ctx context.Context, auth Auth, message func(addr common.Address, nonce string) string,
	send func(addr common.Address, nonce, signature string) error) error {
	return c.signed(ctx, auth, message, true, send)
}

func (c *Client) signed(ctx context.Context, auth Auth, message func(addr common.Address, nonce string) string,
	read bool, send func(addr common.Address, nonce, signature string) error) error {
	addr, err := auth.address()
	if err != nil {
		return err
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return err
	}
	slot := c.nonces.slot(addr)
	slot.mu.Lock()
	defer slot.mu.Unlock()
	if ps, ok := auth.Signer.(*PresignedSigner); ok && auth.Token == "" {
		return c.sendPresigned(ctx, ps, slot, send)
	}
	refetch, resigned, transient := false, false, 0 // transient: fresh signatures after transient failures
	for {
		if !slot.known || refetch {
			n, err := c.Nonce(ctx, addr)
			if err != nil {
				return err
			}
			slot.last = max(slot.last, n)
			slot.known = true
			refetch = false
		}
		nonce := strconv.FormatUint(slot.last+1, 10)
		sig := ""
		if auth.Token == "" {
			b, err := auth.Signer.SignMessage(ctx, payloadFor(d, message(addr, nonce)))
			if err != nil {
				return err
			}
			sig = "0x" + common.Bytes2Hex(b)
		}
		err := send(addr, nonce, sig)
		// The server may have stored the nonce even when the call failed
		// later; the next call uses a greater one either way.
		slot.last++
		if err == nil {
			return nil
		}
		if errors.Is(err, nodehttp.ErrNonceRejected) && !resigned {
			resigned, refetch = true, true
			if c.log != nil {
				c.log.DebugContext(ctx, "provider: nonce rejected, refetching", "address", addr.Hex())
			}
			continue
		}
		if !read {
			return err
		}
		wait, again := c.http.ResignWait(ctx, transient, err)
		if !again {
			return err
		}
		transient++
		if c.log != nil {
			c.log.DebugContext(ctx, "provider: signing again after a transient failure", "address", addr.Hex(), "wait", wait, "error", err)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
	}
}

// sendPresigned sends one request with a signature made elsewhere: its
// nonce as carried, no refetch, no second signature.
func (c *Client) sendPresigned(ctx context.Context, ps *PresignedSigner, slot *nonceSlot,
	send func(addr common.Address, nonce, signature string) error) error {
	b, err := ps.SignMessage(ctx, nil)
	if err != nil {
		return err
	}
	err = send(ps.Address(), strconv.FormatUint(ps.Nonce(), 10), "0x"+common.Bytes2Hex(b))
	slot.last = max(slot.last, ps.Nonce())
	if errors.Is(err, nodehttp.ErrNonceRejected) {
		return fmt.Errorf("%w (a pre-made signature cannot be renewed: prepare and sign another)", err)
	}
	return err
}
