package provider

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// DownloadURL signs a download request and returns its URL instead of
// sending it, for a browser, a download manager or another process to
// fetch with a plain GET (ocean.js getDownloadUrl). The URL carries the
// consumer's address, a nonce and the signature, and works once: the node
// stores the nonce when it is fetched. Fetch it before this client or any
// other sends a signed request for the same consumer, whose greater nonce
// would invalidate it. The download options of r (expected size, hashes,
// progress) do not apply. Needs a Signer: Ocean Node reads auth tokens
// from a header a URL cannot carry (ErrSignatureRequired).
func (c *Client) DownloadURL(ctx context.Context, r DownloadRequest) (string, error) {
	if err := r.Validate(); err != nil {
		return "", err
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return "", err
	}
	msg := nodeMessage(cmdDownload)
	if d == DialectClassic {
		msg = func(_ common.Address, nonce string) string { return r.DID + nonce }
	}
	return c.signedURL(ctx, r.Auth, "download", msg, func() (url.Values, error) {
		q := url.Values{"documentId": {r.DID}, "serviceId": {r.ServiceID},
			"fileIndex": {strconv.Itoa(r.FileIndex)}, "transferTxId": {r.TransferTxID}}
		if r.UserData != nil {
			b, err := marshalCompact(r.UserData)
			if err != nil {
				return nil, err
			}
			q.Set("userdata", string(b))
		}
		return q, nil
	})
}

// ComputeResultURL signs a request for result file index of jobID and
// returns its URL instead of sending it (ocean.js getComputeResultUrl),
// under the terms of DownloadURL: one use, before the consumer's next
// signed request, with a Signer.
func (c *Client) ComputeResultURL(ctx context.Context, jobID string, index int, auth Auth) (string, error) {
	if jobID == "" || index < 0 {
		return "", errors.New("provider: ComputeResultURL needs a job id and a non-negative index")
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return "", err
	}
	idx := strconv.Itoa(index)
	msg := nodeMessage(cmdComputeResult)
	if d == DialectClassic {
		msg = func(a common.Address, nonce string) string { return a.Hex() + jobID + idx + nonce }
	}
	return c.signedURL(ctx, auth, "computeResult", msg, func() (url.Values, error) {
		return url.Values{"jobId": {jobID}, "index": {idx}}, nil
	})
}

// signedURL signs a GET of endpoint with the next nonce and returns the
// URL, sending nothing. The nonce counts as used.
func (c *Client) signedURL(ctx context.Context, auth Auth, endpoint string,
	msg func(common.Address, string) string, query func() (url.Values, error)) (string, error) {
	if auth.Signer == nil {
		return "", fmt.Errorf("%w: a signed URL cannot carry an auth token", ErrSignatureRequired)
	}
	ep, u, err := c.endpointURL(ctx, endpoint)
	if err != nil {
		return "", err
	}
	if ep.Method != "" && ep.Method != http.MethodGet {
		return "", fmt.Errorf("%w: the node serves %s with %s, not GET", ErrUnsupported, endpoint, ep.Method)
	}
	d, err := c.dialectOf(ctx)
	if err != nil {
		return "", err
	}
	var out string
	err = c.signedCall(ctx, Auth{Signer: auth.Signer}, msg, func(addr common.Address, nonce, sig string) error {
		q, err := query()
		if err != nil {
			return err
		}
		extra := u.Query()
		for k, vs := range q {
			extra[k] = vs
		}
		authParams(d, Auth{Signer: auth.Signer}, "consumerAddress", addr, nonce, sig, extra, http.Header{})
		v := *u
		v.RawQuery = extra.Encode()
		out = v.String()
		return nil
	})
	return out, err
}

// HTTPClient returns the *http.Client every request of c goes through:
// the retry layer over the transport of nodehttp.WithHTTPClient's client,
// nodehttp.WithTransport's or the default one. Use it to fetch a
// DownloadURL in-process with the same connections and proxies.
func (c *Client) HTTPClient() *http.Client { return c.http.HTTPClient() }
