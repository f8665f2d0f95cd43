package indexer_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/nodehttp"
)

// esPage answers an Elasticsearch-style page of n assets numbered from
// first, with total as the reported match count.
func esPage(w http.ResponseWriter, first, n, total int) {
	hits := make([]map[string]json.RawMessage, 0, n)
	for i := first; i < first+n; i++ {
		did := fmt.Sprintf("did:op:%064x", i+1)
		doc := strings.Replace(servedDDO, testDID, did, 1)
		hits = append(hits, map[string]json.RawMessage{"_source": json.RawMessage(doc)})
	}
	json.NewEncoder(w).Encode(map[string]any{"hits": map[string]any{"total": total, "hits": hits}})
}

func TestSearchAll(t *testing.T) {
	ctx := t.Context()

	t.Run("pages until the total", func(t *testing.T) {
		const total = 7
		var requests atomic.Int32
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) {
			requests.Add(1)
			var q struct{ From, Size int }
			require.NoError(t, json.NewDecoder(r.Body).Decode(&q))
			esPage(w, q.From, max(0, min(q.Size, total-q.From)), total)
		})
		var ids []string
		for a, err := range c.SearchAll(ctx, indexer.Search{Size: 3}) {
			require.NoError(t, err)
			ids = append(ids, a.ID)
		}
		require.Len(t, ids, total)
		assert.Equal(t, fmt.Sprintf("did:op:%064x", 1), ids[0])
		assert.Equal(t, fmt.Sprintf("did:op:%064x", total), ids[total-1])
		assert.Equal(t, int32(3), requests.Load(), "3 + 3 + 1, no empty page asked for")
	})

	t.Run("break stops requests", func(t *testing.T) {
		var requests atomic.Int32
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) {
			requests.Add(1)
			esPage(w, 0, 2, 100)
		})
		n := 0
		for _, err := range c.SearchAll(ctx, indexer.Search{Size: 2}) {
			require.NoError(t, err)
			if n++; n == 1 {
				break
			}
		}
		assert.Equal(t, int32(1), requests.Load())
	})

	t.Run("a node repeating its page", func(t *testing.T) {
		var requests atomic.Int32
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) {
			requests.Add(1)
			esPage(w, 0, 2, -1) // ignores from, reports no usable total
		})
		n := 0
		for _, err := range c.SearchAll(ctx, indexer.Search{Size: 2}) {
			require.NoError(t, err)
			n++
		}
		assert.Equal(t, 2, n, "each asset once")
		assert.Equal(t, int32(2), requests.Load(), "stops at the first page with nothing new")
	})

	t.Run("error ends the sequence", func(t *testing.T) {
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "bad query", http.StatusBadRequest)
		})
		var errs []error
		for a, err := range c.SearchAll(ctx, indexer.Search{}) {
			assert.Nil(t, a)
			errs = append(errs, err)
		}
		require.Len(t, errs, 1)
		require.ErrorIs(t, errs[0], nodehttp.ErrInvalidRequest)
	})

	t.Run("negative paging", func(t *testing.T) {
		c := faultServer(t, func(w http.ResponseWriter, r *http.Request) { t.Error("no request expected") })
		for _, err := range c.SearchAll(ctx, indexer.Search{From: -1}) {
			require.Error(t, err)
		}
	})
}
