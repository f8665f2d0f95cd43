package indexer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nodehttp"
)

// Resolve returns the DDO the indexer serves for did, with the fields it
// adds (indexedMetadata, datatokens). nodehttp.ErrNotFound when it has none (yet:
// see WaitIndexed).
func (c *Client) Resolve(ctx context.Context, did string) (*ddo.Asset, error) {
	raw, err := c.ResolveRaw(ctx, did)
	if err != nil {
		return nil, err
	}
	return decodeAsset(raw)
}

// ResolveRaw is Resolve without decoding: the exact bytes the indexer sent.
func (c *Client) ResolveRaw(ctx context.Context, did string) (json.RawMessage, error) {
	if err := checkDID(did); err != nil {
		return nil, err
	}
	var raw json.RawMessage
	if err := c.do(ctx, "resolve", http.MethodGet, "/api/aquarius/assets/ddo/"+url.PathEscape(did), nil, nil, &raw); err != nil {
		return nil, err
	}
	return raw, nil
}

func checkDID(did string) error {
	if !strings.HasPrefix(did, "did:op:") && !strings.HasPrefix(did, "did:ope:") {
		return fmt.Errorf("indexer: %q is not an Ocean DID (did:op:... or did:ope:...)", did)
	}
	return nil
}

func decodeAsset(raw json.RawMessage) (*ddo.Asset, error) {
	var a ddo.Asset
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("%w: DDO: %w", nodehttp.ErrInvalidResponse, err)
	}
	return &a, nil
}

// State is the indexer's processing state of a DID: whether its last
// metadata event was indexed, or why it was refused (an invalid DDO, a
// metadata hash that does not match, a failed decryption).
type State struct {
	DID     string `json:"did"`
	ChainID int64  `json:"chainId"`
	NFT     string `json:"nft"`
	TxID    string `json:"txId"`
	Valid   bool   `json:"valid"`
	Error   string `json:"error"`
}

// State returns the indexer's processing state of did (Ocean Node's
// /api/aquarius/state/ddo). Ocean Node pads empty TxID and Error with a
// single space; they are returned trimmed.
func (c *Client) State(ctx context.Context, did string) (*State, error) {
	if err := checkDID(did); err != nil {
		return nil, err
	}
	var s State
	if err := c.do(ctx, "state", http.MethodGet, "/api/aquarius/state/ddo", url.Values{"did": {did}}, nil, &s); err != nil {
		return nil, err
	}
	s.TxID, s.Error = strings.TrimSpace(s.TxID), strings.TrimSpace(s.Error)
	return &s, nil
}

// ValidateResult is the indexer's answer to a valid DDO: the hash it
// computed and its signature of it (the proof setMetaData may carry).
type ValidateResult struct {
	Hash      string `json:"hash"`
	PublicKey string `json:"publicKey"`
	R         string `json:"r"`
	S         string `json:"s"`
	V         int    `json:"v"`
}

// Validate asks the indexer to validate a DDO (its JSON bytes). A DDO the
// indexer rejects returns an *nodehttp.Error matching nodehttp.ErrInvalidRequest whose
// Message lists the violations. Ocean Node ≥1 accepts unsigned
// validation; to validate with the publisher's signature use the provider
// client's ValidateDDO.
func (c *Client) Validate(ctx context.Context, doc []byte) (*ValidateResult, error) {
	if !json.Valid(doc) {
		return nil, errors.New("indexer: Validate: document is not valid JSON")
	}
	var r ValidateResult
	body := map[string]json.RawMessage{"ddo": doc}
	if err := c.do(ctx, "validate", http.MethodPost, "/api/aquarius/assets/ddo/validate", nil, body, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// QueryResult is one page of a query.
type QueryResult struct {
	// Assets are the matching DDOs of this page, in the indexer's order.
	Assets []*ddo.Asset
	// Total is the number of matches of the whole query as the indexer
	// reports it (-1 when it does not).
	Total int
	// Raw is the indexer's answer as received.
	Raw json.RawMessage
}

// Query sends q (an Elasticsearch-style query such as ocean.js sends,
// {"query": {...}, "from": 0, "size": 10, "sort": ...}, or any other body
// the indexer understands) to /api/aquarius/assets/metadata/query. The
// answer is read in whichever envelope the indexer's database uses:
// Elasticsearch ({hits: {total, hits: [{_source}]}}), Typesense ({found,
// hits: [{document}]}, alone or one per collection) or a plain array of
// DDOs.
func (c *Client) Query(ctx context.Context, q any) (*QueryResult, error) {
	res, _, err := c.query(ctx, q)
	return res, err
}

// query is Query, also reporting whether the answer came in a Typesense
// envelope.
func (c *Client) query(ctx context.Context, q any) (*QueryResult, bool, error) {
	var raw json.RawMessage
	if err := c.do(ctx, "query", http.MethodPost, "/api/aquarius/assets/metadata/query", nil, q, &raw); err != nil {
		return nil, false, err
	}
	docs, total, typesense, err := decodeQuery(raw)
	if err != nil {
		return nil, false, fmt.Errorf("%w: query result: %w", nodehttp.ErrInvalidResponse, err)
	}
	res := &QueryResult{Total: total, Raw: raw}
	for _, d := range docs {
		a, err := decodeAsset(d)
		if err != nil {
			return nil, false, err
		}
		res.Assets = append(res.Assets, a)
	}
	return res, typesense, nil
}

// decodeQuery finds the documents and total in one of the known envelopes.
func decodeQuery(raw json.RawMessage) (docs []json.RawMessage, total int, typesense bool, err error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '[' {
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, 0, false, err
		}
		if len(items) == 0 {
			return nil, 0, false, nil
		}
		var probe map[string]json.RawMessage
		if err := json.Unmarshal(items[0], &probe); err != nil {
			return nil, 0, false, err
		}
		if _, isPage := probe["hits"]; !isPage {
			return items, len(items), false, nil // plain array of DDOs
		}
		for _, it := range items { // one Typesense page per collection
			d, n, _, err := decodeQuery(it)
			if err != nil {
				return nil, 0, false, err
			}
			docs, total = append(docs, d...), total+n
		}
		return docs, total, true, nil
	}
	var env struct {
		Found *int            `json:"found"`
		Hits  json.RawMessage `json:"hits"`
	}
	if err := json.Unmarshal(raw, &env); err != nil {
		return nil, 0, false, err
	}
	if len(env.Hits) == 0 {
		return nil, 0, false, errors.New("no hits member")
	}
	if env.Found != nil { // Typesense
		var hits []struct {
			Document json.RawMessage `json:"document"`
		}
		if err := json.Unmarshal(env.Hits, &hits); err != nil {
			return nil, 0, false, err
		}
		for _, h := range hits {
			docs = append(docs, h.Document)
		}
		return docs, *env.Found, true, nil
	}
	var es struct { // Elasticsearch / Aquarius
		Total json.RawMessage `json:"total"`
		Hits  []struct {
			Source json.RawMessage `json:"_source"`
		} `json:"hits"`
	}
	if err := json.Unmarshal(env.Hits, &es); err != nil {
		return nil, 0, false, err
	}
	for _, h := range es.Hits {
		docs = append(docs, h.Source)
	}
	total = -1
	var n int
	var obj struct {
		Value int `json:"value"`
	}
	switch {
	case json.Unmarshal(es.Total, &n) == nil:
		total = n
	case json.Unmarshal(es.Total, &obj) == nil:
		total = obj.Value
	}
	return docs, total, false, nil
}

// Search describes a common query: free text and exact filters, combined
// with AND. Zero fields do not filter.
type Search struct {
	// Text matches the metadata name, description and tags.
	Text string
	// ChainIDs keeps assets of these chains.
	ChainIDs []int64
	// Type keeps "dataset" or "algorithm" assets.
	Type string
	// Owner keeps assets whose data NFT this address owns.
	Owner string
	// Tags keeps assets carrying all these tags.
	Tags []string
	// From and Size page the results (Size 0: the indexer's default).
	From, Size int
}

// Query returns the Elasticsearch-style body for s, as ocean.js builds it.
func (s Search) Query() map[string]any {
	filter := []any{}
	if len(s.ChainIDs) > 0 {
		filter = append(filter, map[string]any{"terms": map[string]any{"chainId": s.ChainIDs}})
	}
	if s.Type != "" {
		filter = append(filter, map[string]any{"term": map[string]any{"metadata.type": s.Type}})
	}
	if s.Owner != "" {
		filter = append(filter, map[string]any{"term": map[string]any{"indexedMetadata.nft.owner": s.Owner}})
	}
	for _, t := range s.Tags {
		filter = append(filter, map[string]any{"term": map[string]any{"metadata.tags": t}})
	}
	boolQ := map[string]any{"filter": filter}
	if s.Text != "" {
		boolQ["must"] = []any{map[string]any{"query_string": map[string]any{
			"query":  s.Text,
			"fields": []string{"metadata.name", "metadata.description", "metadata.tags"},
		}}}
	}
	q := map[string]any{"query": map[string]any{"bool": boolQ}, "from": s.From}
	if s.Size > 0 {
		q["size"] = s.Size
	}
	return q
}

// Search runs s.Query().
//
// Ocean Node v3.1.0 with its Typesense database translates only the
// filters of such a query: it ignores the text (bool.must) and
// from/size, answering every asset that passes the filters (at most 250,
// its page size). On an answer in a Typesense envelope Search therefore
// keeps only the assets whose name, description or tags contain every
// word of s.Text (case-insensitive), and applies s.From and s.Size itself
// when the node evidently ignored them (more assets than s.Size, or all
// of its matches despite s.From > 0). Total is then the number of
// matching assets when the node sent all of its matches, -1 when that is
// unknown.
func (c *Client) Search(ctx context.Context, s Search) (*QueryResult, error) {
	res, typesense, err := c.query(ctx, s.Query())
	if err != nil || !typesense {
		return res, err
	}
	all := res.Total >= 0 && res.Total == len(res.Assets)
	ignoredPaging := (s.Size > 0 && len(res.Assets) > s.Size) || (s.From > 0 && all && res.Total > 0)
	if words := textWords(s.Text); len(words) > 0 {
		kept := res.Assets[:0:0]
		for _, a := range res.Assets {
			if matchesWords(a, words) {
				kept = append(kept, a)
			}
		}
		switch {
		case all:
			res.Total = len(kept)
		case len(kept) != len(res.Assets):
			res.Total = -1
		}
		res.Assets = kept
	}
	if ignoredPaging {
		from := min(s.From, len(res.Assets))
		to := len(res.Assets)
		if s.Size > 0 {
			to = min(from+s.Size, to)
		}
		res.Assets = res.Assets[from:to]
	}
	return res, nil
}

// textWords splits a search text into lower-case words, without
// query_string operators and quotes.
func textWords(text string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, "*\"'()")
		if w != "" && w != "and" && w != "or" {
			out = append(out, w)
		}
	}
	return out
}

// matchesWords reports whether a's name, description or tags contain
// every word.
func matchesWords(a *ddo.Asset, words []string) bool {
	hay := strings.ToLower(a.Metadata.Name + "\n" + a.Metadata.Description + "\n" + strings.Join(a.Metadata.Tags, "\n"))
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}
