package assets_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/ddo"
)

// queryLog records the queries of requests whose path ends with suffix.
type queryLog struct {
	mu      sync.Mutex
	suffix  string
	queries []url.Values
}

func (l *queryLog) add(r *http.Request) {
	if strings.HasSuffix(r.URL.Path, l.suffix) {
		l.mu.Lock()
		l.queries = append(l.queries, r.URL.Query())
		l.mu.Unlock()
	}
}

func (l *queryLog) all() []url.Values {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]url.Values(nil), l.queries...)
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// TestUserDataEndToEnd publishes a service declaring consumer parameters
// whose file an origin serves (recording its queries), then orders and
// downloads it with user data: values that break the declaration fail
// with a *ParameterError before anything is paid or asked for; good ones
// go to the node's initialize (the quote) with their defaults filled in,
// and the node appends them to the file URL's query on download.
func TestUserDataEndToEnd(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 4)
	origin := &queryLog{suffix: "/report.csv"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin.add(r)
		w.Header().Set("Content-Type", "text/csv")
		w.Write([]byte("a,b\n1,2\n"))
	}))
	defer srv.Close()

	pub := newClient(t, accs[1].Key, wiring{})
	pubd, err := pub.Publish(ctx, assets.PublishParams{Key: "userdata-e2e",
		Metadata: assets.Metadata{Name: "parameterised", Description: "a report for a query", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: srv.URL + "/report.csv"}}, Timeout: 3600,
			Pricing: assets.Pricing{Type: assets.PricingFree},
			ConsumerParameters: []ddo.ConsumerParameter{
				{Name: "region", Type: "text", Label: "Region", Description: "which region", Required: true, Default: ddo.StringValue("")},
				{Name: "rows", Type: "number", Label: "Rows", Description: "how many rows", Default: ddo.StringValue("10")},
			}}}})
	require.NoError(t, err)
	declared := pubd.Asset.Services[0].ConsumerParameters
	require.Len(t, declared, 2, "the indexed DDO declares the parameters")

	initialize := &queryLog{suffix: "/initialize"}
	consumer := newClient(t, accs[4].Key, wiring{nodeWrap: func(rt http.RoundTripper) http.RoundTripper {
		return roundTripFunc(func(r *http.Request) (*http.Response, error) {
			initialize.add(r)
			return rt.RoundTrip(r)
		})
	}})

	// Bad values: typed errors, nothing asked, nothing sent.
	for _, data := range []map[string]any{{}, {"region": 7}, {"region": "eu", "rows": "many"}} {
		_, err := consumer.Order(ctx, assets.OrderParams{Key: "userdata-bad", DID: pubd.DID, Asset: pubd.Asset, UserData: data})
		var pe *assets.ParameterError
		require.ErrorAs(t, err, &pe, "%v", data)
		assert.ErrorIs(t, err, assets.ErrInvalidParams)
		_, err = consumer.Quote(ctx, assets.OrderParams{DID: pubd.DID, Asset: pubd.Asset, UserData: data})
		require.ErrorAs(t, err, &pe, "%v", data)
	}
	assert.Empty(t, initialize.all(), "no initialize for bad user data")
	assert.Empty(t, ordersOn(t, pubd.Datatokens[0]), "nothing ordered")

	// Good values: the quote's initialize carries them, defaults filled.
	data := map[string]any{"region": "eu"}
	o, err := consumer.Order(ctx, assets.OrderParams{Key: "userdata-good", DID: pubd.DID, Asset: pubd.Asset, UserData: data})
	require.NoError(t, err)
	inits := initialize.all()
	require.NotEmpty(t, inits)
	assert.JSONEq(t, `{"region":"eu","rows":10}`, inits[0].Get("userdata"))
	assert.Equal(t, map[string]any{"region": "eu"}, data, "the caller's map is not changed")

	// The download: the node appends the values to the file's URL.
	_, err = consumer.Download(ctx, assets.DownloadParams{DID: o.DID, ServiceID: o.ServiceID, OrderTx: o.TxHash, Asset: o.Asset,
		UserData: map[string]any{"region": "us", "rows": 3}}, &bytes.Buffer{})
	require.NoError(t, err)
	qs := origin.all()
	require.NotEmpty(t, qs)
	last := qs[len(qs)-1]
	assert.Equal(t, "us", last.Get("region"))
	assert.Equal(t, "3", last.Get("rows"))

	before := len(origin.all())
	p := assets.DownloadParamsFor(o, 0)
	p.UserData = map[string]any{"rows": 3}
	_, err = consumer.Download(ctx, p, &bytes.Buffer{})
	var pe *assets.ParameterError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "region", pe.Name)
	assert.Len(t, origin.all(), before, "nothing fetched for bad user data")
}
