package devnode

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// Version is the software version the node reports.
const Version = "0.0.1"

// endpoint is one serviceEndpoints entry.
type endpoint struct {
	name, method, path string
}

var endpoints = []endpoint{
	{"nonce", "GET", "/api/services/nonce"},
	{"encrypt", "POST", "/api/services/encrypt"},
	{"decrypt", "POST", "/api/services/decrypt"},
	{"fileInfo", "POST", "/api/services/fileInfo"},
	{"initialize", "GET", "/api/services/initialize"},
	{"download", "GET", "/api/services/download"},
	{"generateAuthToken", "POST", "/api/services/auth/token"},
	{"invalidateAuthToken", "POST", "/api/services/auth/token/invalidate"},
	{"directCommand", "POST", "/directCommand"},
	{"getDDO", "GET", "/api/aquarius/assets/ddo/{did}"},
	{"getDDOMetadata", "GET", "/api/aquarius/assets/metadata/{did}"},
	{"ddoMetadataQuery", "POST", "/api/aquarius/assets/metadata/query"},
	{"getDDOState", "GET", "/api/aquarius/state/ddo"},
	{"validateDDO", "POST", "/api/aquarius/assets/ddo/validate"},
}

func (n *Node) routes() {
	m := http.NewServeMux()
	handlers := map[string]http.HandlerFunc{
		"nonce":               n.handleNonce,
		"encrypt":             n.handleEncrypt,
		"decrypt":             n.handleDecrypt,
		"fileInfo":            n.handleFileInfo,
		"initialize":          n.handleInitialize,
		"download":            n.handleDownload,
		"generateAuthToken":   n.handleCreateToken,
		"invalidateAuthToken": n.handleInvalidateToken,
		"directCommand":       n.handleDirectCommand,
		"getDDO":              n.handleGetDDO,
		"getDDOMetadata":      n.handleGetDDO,
		"ddoMetadataQuery":    n.handleQuery,
		"getDDOState":         n.handleState,
		"validateDDO":         n.handleValidate,

		"computeEnvironments":   n.handleEnvironments,
		"initializeCompute":     n.handleInitializeCompute,
		"computeStart":          n.handleComputeStart,
		"freeCompute":           n.handleFreeCompute,
		"computeStop":           n.handleComputeStop,
		"computeStatus":         n.handleComputeStatus,
		"computeResult":         n.handleComputeResult,
		"computeStreamableLogs": n.handleStreamableLogs,
	}
	for _, e := range n.endpoints() {
		m.HandleFunc(e.method+" "+e.path, handlers[e.name])
	}
	m.HandleFunc("GET /{$}", n.handleRoot)
	n.mux = http.NewServeMux()
	n.mux.Handle("/", cors(m))
}

// cors answers browser preflight requests as Express's cors middleware
// does, so browser tools (ocean.js in a web page) can call the node.
func cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", "*")
			h.Set("Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE")
			if req := r.Header.Get("Access-Control-Request-Headers"); req != "" {
				h.Set("Access-Control-Allow-Headers", req)
			}
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (n *Node) endpoints() []endpoint {
	out := append([]endpoint(nil), endpoints...)
	return append(out, computeEndpoints...)
}

// header sets the CORS header Ocean Node sends with every answer.
func header(w http.ResponseWriter) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
}

// text answers a plain-text error as Express res.status(code).send(msg).
func text(w http.ResponseWriter, code int, msg string) {
	header(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(msg)))
	w.WriteHeader(code)
	io.WriteString(w, msg)
}

// jsonOut answers v as JSON, without HTML escaping.
func jsonOut(w http.ResponseWriter, code int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		text(w, http.StatusInternalServerError, "Internal Server Error")
		return
	}
	body := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	header(w)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(code)
	w.Write(body)
}

// rawJSON answers already-encoded JSON.
func rawJSON(w http.ResponseWriter, code int, body []byte) {
	header(w)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(code)
	w.Write(body)
}

// missing returns the first of names absent from q, or "".
func missing(q url.Values, names ...string) string {
	for _, name := range names {
		if q.Get(name) == "" {
			return name
		}
	}
	return ""
}

// missingText is Ocean Node's required-field message.
func missingText(field, command string, required []string) string {
	return fmt.Sprintf("Missing one ( %q ) or more required field(s) for command: %q. Required fields: %s",
		field, command, strings.Join(required, ","))
}

// jsonString reads a JSON member that may be a string or a number as its
// decimal text.
type jsonString string

func (s *jsonString) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var v string
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*s = jsonString(v)
		return nil
	}
	if string(b) == "null" {
		return nil
	}
	var num json.Number
	if err := json.Unmarshal(b, &num); err != nil {
		return err
	}
	*s = jsonString(num.String())
	return nil
}

func (n *Node) handleRoot(w http.ResponseWriter, r *http.Request) {
	eps := map[string][2]string{}
	for _, e := range n.endpoints() {
		eps[e.name] = [2]string{e.method, e.path}
	}
	jsonOut(w, http.StatusOK, struct {
		NodeID           string               `json:"nodeId"`
		ChainIDs         []string             `json:"chainIds"`
		ProviderAddress  string               `json:"providerAddress"`
		NodePublicKey    string               `json:"nodePublicKey"`
		ServiceEndpoints map[string][2]string `json:"serviceEndpoints"`
		Software         string               `json:"software"`
		Version          string               `json:"version"`
	}{
		NodeID:           n.nodeID,
		ChainIDs:         []string{strconv.FormatInt(n.cfg.ChainID, 10)},
		ProviderAddress:  n.address.Hex(),
		NodePublicKey:    fmt.Sprintf("0x%x", compressedKey(n)),
		ServiceEndpoints: eps,
		Software:         "Ocean-Node",
		Version:          Version,
	})
}
