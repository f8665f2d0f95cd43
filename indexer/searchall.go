package indexer

import (
	"context"
	"fmt"
	"iter"

	"github.com/oceango/ocean.go/ddo"
)

// DefaultPageSize is the page size SearchAll asks for when Search.Size is
// zero: Ocean Node v3.1.0's Typesense database answers at most 250 per
// page, Aquarius defaults to 10.
const DefaultPageSize = 100

// SearchAll returns every asset matching s, fetching page after page
// (s.Size per page, DefaultPageSize when zero, starting at s.From) as the
// loop asks for more. Each asset is yielded once, in the indexer's order;
// a failed page yields (nil, err) and ends the sequence. Breaking out of
// the loop sends no further requests.
//
//	for a, err := range c.SearchAll(ctx, indexer.Search{Type: ddo.TypeDataset}) {
//		if err != nil {
//			return err
//		}
//		fmt.Println(a.ID, a.Metadata.Name)
//	}
//
// A node that ignores paging and answers the same page again does not
// loop forever: SearchAll stops at the first page that holds no asset it
// has not yielded yet.
func (c *Client) SearchAll(ctx context.Context, s Search) iter.Seq2[*ddo.Asset, error] {
	return func(yield func(*ddo.Asset, error) bool) {
		if s.From < 0 || s.Size < 0 {
			yield(nil, fmt.Errorf("indexer: SearchAll: negative From or Size (%d, %d)", s.From, s.Size))
			return
		}
		page := s
		if page.Size == 0 {
			page.Size = DefaultPageSize
		}
		seen := make(map[string]struct{})
		for {
			res, err := c.Search(ctx, page)
			if err != nil {
				yield(nil, err)
				return
			}
			fresh := 0
			for _, a := range res.Assets {
				if _, dup := seen[a.ID]; dup {
					continue
				}
				seen[a.ID] = struct{}{}
				fresh++
				if !yield(a, nil) {
					return
				}
			}
			page.From += len(res.Assets)
			switch {
			case fresh == 0, len(res.Assets) < page.Size:
				return
			case res.Total >= 0 && page.From >= res.Total:
				return
			}
		}
	}
}
