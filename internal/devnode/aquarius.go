package devnode

import (
	"encoding/json"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/ddo"
)

func (n *Node) handleGetDDO(w http.ResponseWriter, r *http.Request) {
	a := n.findAsset(r.PathValue("did"))
	if a == nil {
		text(w, http.StatusNotFound, "DDO not found")
		return
	}
	v, err := n.indexed(r.Context(), a)
	if err != nil {
		text(w, http.StatusInternalServerError, "Internal Server Error")
		return
	}
	rawJSON(w, http.StatusOK, ddo.EncodeValue(v))
}

func (n *Node) handleState(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	n.store.mu.RLock()
	var st *ddoState
	for _, s := range n.store.states {
		if (q.Get("did") != "" && s.DID == q.Get("did")) ||
			(q.Get("nft") != "" && strings.EqualFold(s.NFT, q.Get("nft"))) ||
			(q.Get("txId") != "" && strings.EqualFold(s.TxID, q.Get("txId"))) {
			c := *s
			st = &c
			break
		}
	}
	n.store.mu.RUnlock()
	if st == nil {
		text(w, http.StatusNotFound, "DDO state not found")
		return
	}
	jsonOut(w, http.StatusOK, st)
}

// handleQuery answers the Elasticsearch-style queries ocean.js and the
// Ocean Market send: {query: {bool: {filter|must|must_not|should: [...]}}
// | term | terms | match | match_all | ids}, from, size, sort. The answer
// has the Elasticsearch/Aquarius shape {hits: {total, hits: [{_id,
// _source}]}}.
func (n *Node) handleQuery(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		text(w, http.StatusBadRequest, "Invalid query")
		return
	}
	var req struct {
		Query json.RawMessage `json:"query"`
		From  int             `json:"from"`
		Size  *int            `json:"size"`
		Sort  json.RawMessage `json:"sort"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		text(w, http.StatusBadRequest, "Invalid query")
		return
	}
	var q any = map[string]any{"match_all": map[string]any{}}
	if len(req.Query) > 0 {
		dec := json.NewDecoder(strings.NewReader(string(req.Query)))
		dec.UseNumber()
		if err := dec.Decode(&q); err != nil {
			text(w, http.StatusBadRequest, "Invalid query")
			return
		}
	}
	type hit struct {
		did string
		doc any
		raw ddo.Value
	}
	var hits []hit
	for _, a := range n.store.all() {
		v, err := n.indexed(r.Context(), a)
		if err != nil {
			text(w, http.StatusInternalServerError, "Internal Server Error")
			return
		}
		raw := ddo.EncodeValue(v)
		dec := json.NewDecoder(strings.NewReader(string(raw)))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			continue
		}
		ok, err := matchQuery(q, doc)
		if err != nil {
			text(w, http.StatusBadRequest, "Invalid query: "+err.Error())
			return
		}
		if ok {
			hits = append(hits, hit{did: a.did, doc: doc, raw: v})
		}
	}
	if field, desc := sortSpec(req.Sort); field != "" {
		sort.SliceStable(hits, func(i, j int) bool {
			less := compareValues(lookup(hits[i].doc, field), lookup(hits[j].doc, field)) < 0
			if desc {
				return compareValues(lookup(hits[i].doc, field), lookup(hits[j].doc, field)) > 0
			}
			return less
		})
	}
	total := len(hits)
	from := min(max(req.From, 0), total)
	size := 10
	if req.Size != nil {
		size = max(*req.Size, 0)
	}
	end := min(from+size, total)
	var sb strings.Builder
	sb.WriteString(`{"took":0,"timed_out":false,"hits":{"total":{"value":` + strconv.Itoa(total) + `,"relation":"eq"},"max_score":1,"hits":[`)
	for i, h := range hits[from:end] {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(`{"_index":"oceanv4","_id":`)
		idJSON, _ := json.Marshal(h.did)
		sb.Write(idJSON)
		sb.WriteString(`,"_score":1,"_source":`)
		sb.Write(ddo.EncodeValue(h.raw))
		sb.WriteByte('}')
	}
	sb.WriteString("]}}")
	rawJSON(w, http.StatusOK, []byte(sb.String()))
}

func (n *Node) handleValidate(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 4<<20))
	if err != nil {
		text(w, http.StatusBadRequest, "Invalid request body")
		return
	}
	v, err := ddo.ParseValue(body)
	doc := v.Get("ddo")
	if err != nil || doc.IsUndefined() {
		text(w, http.StatusBadRequest, missingText("ddo", "validateDDO", []string{"ddo"}))
		return
	}
	if err := ddo.ValidateValue(doc); err != nil {
		jsonOut(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	hash := ddo.SHA256Hash(ddo.EncodeValue(doc)).Hex()
	sig, err := crypto.Sign(crypto.Keccak256(append([]byte("\x19Ethereum Signed Message:\n32"), crypto.Keccak256([]byte(hash))...)), n.key)
	if err != nil {
		text(w, http.StatusInternalServerError, "Internal Server Error")
		return
	}
	jsonOut(w, http.StatusOK, struct {
		Hash      string `json:"hash"`
		PublicKey string `json:"publicKey"`
		R         string `json:"r"`
		S         string `json:"s"`
		V         int    `json:"v"`
	}{hash, n.address.Hex(), hexutil.Encode(sig[:32]), hexutil.Encode(sig[32:64]), int(sig[64]) + 27})
}
