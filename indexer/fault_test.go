package indexer_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/nodehttp"
)

const testDID = "did:op:9767c9712899ae5a609682f1dd13078ed4960055c9c368a1c65331dab62747c1"

// A small served DDO (no indexedMetadata: an indexer that adds nothing).
const servedDDO = `{"@context":["https://w3id.org/did/v1"],"id":"` + testDID + `","version":"4.1.0","chainId":8996,` +
	`"nftAddress":"0x0000000000000000000000000000000000000001","metadata":{"name":"x"},"services":[]}`

func faultServer(t *testing.T, h http.HandlerFunc) *indexer.Client {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	c, err := indexer.New(srv.URL, nodehttp.WithRetries(3, time.Millisecond, 5*time.Millisecond))
	require.NoError(t, err)
	return c
}

func TestFaults(t *testing.T) {
	ctx := t.Context()

	t.Run("503 then served", func(t *testing.T) {
		var n atomic.Int32
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) {
			if n.Add(1) <= 2 {
				http.Error(w, "DDO database is not available", http.StatusServiceUnavailable)
				return
			}
			w.Write([]byte(servedDDO))
		})
		a, err := c.Resolve(ctx, testDID)
		require.NoError(t, err)
		assert.Equal(t, testDID, a.ID)
		assert.Equal(t, int32(3), n.Load())
	})

	t.Run("503 persists", func(t *testing.T) {
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "DDO database is not available", http.StatusServiceUnavailable)
		})
		_, err := c.Resolve(ctx, testDID)
		require.ErrorIs(t, err, nodehttp.ErrUnavailable)
		var e *nodehttp.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, "DDO database is not available", e.Message)
	})

	t.Run("garbage", func(t *testing.T) {
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"id": "did:op:`)) })
		_, err := c.Resolve(ctx, testDID)
		require.ErrorIs(t, err, nodehttp.ErrInvalidResponse)
		_, err = c.Query(ctx, map[string]any{})
		require.ErrorIs(t, err, nodehttp.ErrInvalidResponse)
	})

	t.Run("JSON error body", func(t *testing.T) {
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			w.Write([]byte(`{"error":"metadata.name is required"}`))
		})
		_, err := c.Validate(ctx, []byte(`{}`))
		require.ErrorIs(t, err, nodehttp.ErrInvalidRequest)
		assert.Contains(t, err.Error(), "metadata.name is required")
	})

	t.Run("rate limited then indexed", func(t *testing.T) {
		var n atomic.Int32
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) {
			switch n.Add(1) {
			case 1:
				http.Error(w, "DDO not found", http.StatusNotFound)
			case 2, 3, 4, 5:
				w.Header().Set("Retry-After", "0")
				http.Error(w, "Too Many Requests", http.StatusTooManyRequests)
			default:
				w.Write([]byte(servedDDO))
			}
		})
		a, err := c.WaitIndexed(ctx, testDID, indexer.WaitOptions{MinInterval: time.Millisecond, MaxInterval: 2 * time.Millisecond})
		require.NoError(t, err)
		assert.Equal(t, testDID, a.ID)
	})

	t.Run("wait stops on a hard error", func(t *testing.T) {
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "Unauthorized", http.StatusUnauthorized)
		})
		_, err := c.WaitIndexed(ctx, testDID, indexer.WaitOptions{})
		var e *nodehttp.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, http.StatusUnauthorized, e.StatusCode)
	})

	t.Run("wait honours ctx", func(t *testing.T) {
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(servedDDO)) })
		wctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
		defer cancel()
		_, err := c.WaitIndexed(wctx, testDID, indexer.WaitOptions{Until: func(*ddo.Asset) bool { return false }})
		require.ErrorIs(t, err, context.DeadlineExceeded)
		var we *indexer.WaitError
		require.ErrorAs(t, err, &we)
		assert.NoError(t, we.Last, "DDO served, condition unmet")
	})
}

func TestQueryEnvelopes(t *testing.T) {
	doc := `{"id":"` + testDID + `","version":"4.1.0","chainId":8996,"metadata":{"name":"x"},"services":[]}`
	for name, c := range map[string]struct {
		body  string
		total int
		n     int
	}{
		"elasticsearch":         {`{"took":1,"hits":{"total":{"value":7,"relation":"eq"},"hits":[{"_id":"x","_source":` + doc + `}]}}`, 7, 1},
		"elasticsearch 6":       {`{"hits":{"total":3,"hits":[{"_source":` + doc + `},{"_source":` + doc + `}]}}`, 3, 2},
		"typesense":             {`{"found":4,"out_of":9,"hits":[{"document":` + doc + `}]}`, 4, 1},
		"typesense collections": {`[{"found":1,"hits":[{"document":` + doc + `}]},{"found":2,"hits":[{"document":` + doc + `}]}]`, 3, 2},
		"array":                 {`[` + doc + `,` + doc + `]`, 2, 2},
		"empty array":           {`[]`, 0, 0},
	} {
		t.Run(name, func(t *testing.T) {
			cl := faultServer(t, func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, "/api/aquarius/assets/metadata/query", r.URL.Path)
				w.Write([]byte(c.body))
			})
			res, err := cl.Query(t.Context(), indexer.Search{Text: "x"}.Query())
			require.NoError(t, err)
			assert.Equal(t, c.total, res.Total)
			require.Len(t, res.Assets, c.n)
			for _, a := range res.Assets {
				assert.Equal(t, testDID, a.ID)
			}
		})
	}
	cl := faultServer(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"took":1}`)) })
	_, err := cl.Query(t.Context(), map[string]any{})
	require.ErrorIs(t, err, nodehttp.ErrInvalidResponse)
}

func TestNew(t *testing.T) {
	for in, want := range map[string]string{
		"http://127.0.0.1:8001":                               "http://127.0.0.1:8001",
		"http://127.0.0.1:8001/":                              "http://127.0.0.1:8001",
		"https://node.example/api/aquarius/assets/ddo?x=1":    "https://node.example",
		"https://example.com/ocean/api/aquarius/assets/query": "https://example.com/ocean",
	} {
		c, err := indexer.New(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, c.BaseURL(), in)
	}
	for _, bad := range []string{"", "ftp://x", "http://", "::"} {
		_, err := indexer.New(bad)
		assert.Error(t, err, bad)
	}
	_, err := indexer.New("http://x", nodehttp.WithTransport(nil))
	assert.Error(t, err)
	_, err = indexer.New("http://x", nodehttp.WithRetries(-1, 0, 0))
	assert.Error(t, err)
}

// TestSearchOnTypesenseNode: Ocean Node v3.1.0 on Typesense answers every
// asset, ignoring the text and from/size; Search applies them itself.
func TestSearchOnTypesenseNode(t *testing.T) {
	named := func(i int, name string) string {
		return `{"document":{"id":"did:op:` + strings.Repeat(string(rune('a'+i)), 64) + `","version":"4.1.0","chainId":8996,` +
			`"metadata":{"name":"` + name + `","description":"d","tags":["t"]},"services":[]}}`
	}
	names := []string{"Weather 2024", "traffic", "weather daily", "Ocean weather", "birds"}
	var hits []string
	for i, n := range names {
		hits = append(hits, named(i, n))
	}
	all := `[{"found":5,"out_of":5,"page":1,"hits":[` + strings.Join(hits, ",") + `]}]`
	var got atomic.Value
	cl := faultServer(t, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got.Store(string(b))
		w.Write([]byte(all))
	})
	nameOf := func(res *indexer.QueryResult) []string {
		var out []string
		for _, a := range res.Assets {
			out = append(out, a.Metadata.Name)
		}
		return out
	}
	ctx := t.Context()
	res, err := cl.Search(ctx, indexer.Search{Text: "nomatchxyz"})
	require.NoError(t, err)
	assert.Empty(t, res.Assets)
	assert.Equal(t, 0, res.Total)
	assert.Contains(t, got.Load(), "nomatchxyz", "the text is still sent")

	res, err = cl.Search(ctx, indexer.Search{Text: "WEATHER"})
	require.NoError(t, err)
	assert.Equal(t, []string{"Weather 2024", "weather daily", "Ocean weather"}, nameOf(res))
	assert.Equal(t, 3, res.Total)

	res, err = cl.Search(ctx, indexer.Search{Text: "weather", From: 1, Size: 1})
	require.NoError(t, err)
	assert.Equal(t, []string{"weather daily"}, nameOf(res))
	assert.Equal(t, 3, res.Total)

	res, err = cl.Search(ctx, indexer.Search{From: 4, Size: 2})
	require.NoError(t, err)
	assert.Equal(t, []string{"birds"}, nameOf(res))
	assert.Equal(t, 5, res.Total)

	res, err = cl.Search(ctx, indexer.Search{From: 9, Size: 2})
	require.NoError(t, err)
	assert.Empty(t, res.Assets)

	// A node that honours paging: its page is kept as sent.
	page := `{"found":5,"hits":[` + hits[2] + `,` + hits[3] + `]}`
	cl = faultServer(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(page)) })
	res, err = cl.Search(ctx, indexer.Search{From: 2, Size: 2})
	require.NoError(t, err)
	assert.Equal(t, []string{"weather daily", "Ocean weather"}, nameOf(res))
	assert.Equal(t, 5, res.Total)
}
