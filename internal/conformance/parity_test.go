package conformance

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// parityChecks cover the DataServiceProvider items beyond plain calls:
// signed URLs, signatures made elsewhere, the order amount, job lists by
// DID, and paged search.
func parityChecks() []check {
	return []check{
		{route: "GET download from DownloadURL, twice", expect: "a plain GET of the signed URL: 200 the file; the same URL again: 401 (its nonce is spent)",
			run: func(ctx context.Context, e *env) error {
				p, err := provider.New(e.nodeURL)
				if err != nil {
					return err
				}
				u, err := p.DownloadURL(ctx, provider.DownloadRequest{DID: e.did, ServiceID: e.serviceID,
					TransferTxID: e.orderTx.Hex(), Auth: provider.SignedBy(e.con)})
				if err != nil {
					return err
				}
				for i, status := range []int{http.StatusOK, http.StatusUnauthorized} {
					code, body, err := plainGet(ctx, u)
					if err != nil {
						return err
					}
					if code != status || (status == http.StatusOK && string(body) != smallBody) {
						return fmt.Errorf("GET %d: %d %q, want %d", i+1, code, body, status)
					}
				}
				return nil
			}},
		{route: "GET download with a pre-made signature", expect: "PrepareSignature's payload signed elsewhere: 200 the file; a second use ErrPresignedUsed, nothing sent",
			run: func(ctx context.Context, e *env) error {
				p, err := provider.New(e.nodeURL)
				if err != nil {
					return err
				}
				sr, err := p.PrepareSignature(ctx, e.con.Address(), provider.CommandDownload)
				if err != nil {
					return err
				}
				sig, err := e.con.SignMessage(ctx, sr.Payload)
				if err != nil {
					return err
				}
				r := provider.DownloadRequest{DID: e.did, ServiceID: e.serviceID, TransferTxID: e.orderTx.Hex(),
					Auth: provider.SignedBy(provider.NewPresignedSigner(sr.Address, sr.Nonce, sig))}
				var buf countingWriter
				if _, err := p.Download(ctx, r, &buf); err != nil {
					return err
				}
				if buf.n != int64(len(smallBody)) {
					return fmt.Errorf("%d bytes, want %d", buf.n, len(smallBody))
				}
				if _, err := p.Download(ctx, r, io.Discard); !errors.Is(err, provider.ErrPresignedUsed) {
					return fmt.Errorf("second use: %v, want ErrPresignedUsed", err)
				}
				return nil
			}},
		{route: "GET initialize: the order amount", expect: "OrderRequirements.Amount one datatoken (10^18; the node does not say, the contracts take one)",
			run: func(ctx context.Context, e *env) error {
				p, _ := provider.New(e.nodeURL)
				r, err := p.Initialize(ctx, provider.InitializeRequest{DID: e.did, ServiceID: e.serviceID, Consumer: e.con.Address()})
				if err != nil {
					return err
				}
				if r.Amount == nil || r.Amount.String() != "1000000000000000000" {
					return fmt.Errorf("amount %v", r.Amount)
				}
				return nil
			}},
		{route: "GET compute status with agreementId=<DID>", expect: "200 [] (agreementId is matched against the job's agreement id, never a DID); the client sends no agreementId",
			run: func(ctx context.Context, e *env) error {
				a, err := e.raw(ctx, http.MethodGet, "/api/services/compute", url.Values{"consumerAddress": {e.con.Address().Hex()},
					"agreementId": {e.did}}, nil, nil)
				if err := want(a, err, 200); err != nil {
					return err
				}
				if string(a.body) != "[]" {
					return fmt.Errorf("got %s, want []", a)
				}
				var sent url.Values
				p, _ := provider.New(e.nodeURL, nodehttp.WithTransport(recordQuery(&sent)))
				if _, err := p.ComputeStatus(ctx, e.con.Address(), "", e.did); err != nil {
					return err
				}
				if sent.Has("agreementId") || sent.Get("consumerAddress") != e.con.Address().Hex() {
					return fmt.Errorf("client sent %v", sent)
				}
				return nil
			}},
		{route: "POST aquarius metadata query, every page", expect: "indexer.SearchAll of the chain's datasets, 1 per page: the suite's asset once, no error",
			run: func(ctx context.Context, e *env) error {
				c, err := indexer.New(e.nodeURL)
				if err != nil {
					return err
				}
				seen := 0
				for a, err := range c.SearchAll(ctx, indexer.Search{ChainIDs: []int64{e.chainID}, Type: "dataset", Size: 1}) {
					if err != nil {
						return err
					}
					if a.ID == e.did {
						seen++
					}
				}
				if seen != 1 {
					return fmt.Errorf("the suite's asset seen %d times", seen)
				}
				return nil
			}},
	}
}

func plainGet(ctx context.Context, u string) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, b, err
}

type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// recordQuery is a transport that keeps the query of the last request to
// the compute status route.
func recordQuery(into *url.Values) http.RoundTripper {
	return roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if r.URL.Path == "/api/services/compute" {
			*into = r.URL.Query()
		}
		return http.DefaultTransport.RoundTrip(r)
	})
}
