package devnode

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Version is the software version the node reports at its root (Ocean
// Node reports this constant there).
const Version = "0.0.1"

// NodeVersion is the Ocean Node release whose HTTP dialect the devnode
// speaks, reported by directCommand status as Ocean Node reports its
// package version.
const NodeVersion = "3.1.0"

// endpoint is one serviceEndpoints entry: the name and the method and
// path Ocean Node v3.1.0 advertises (its Express path), and the pattern
// the devnode routes (empty: the path).
type endpoint struct {
	name, method, path string
	pattern            string
	// public marks read-only routes any web page may read (CORS "*", as
	// Ocean Node answers every route); the others accept browser requests
	// only from allowed origins.
	public bool
}

func (e endpoint) route() string {
	if e.pattern != "" {
		return e.method + " " + e.pattern
	}
	return e.method + " " + e.path
}

var endpoints = []endpoint{
	{name: "nonce", method: "GET", path: "/api/services/nonce", public: true},
	{name: "encrypt", method: "POST", path: "/api/services/encrypt"},
	{name: "encryptFile", method: "POST", path: "/api/services/encryptFile"},
	{name: "decrypt", method: "POST", path: "/api/services/decrypt"},
	{name: "fileInfo", method: "POST", path: "/api/services/fileInfo"},
	{name: "initialize", method: "GET", path: "/api/services/initialize"},
	{name: "download", method: "GET", path: "/api/services/download"},
	{name: "generateAuthToken", method: "POST", path: "/api/services/auth/token"},
	{name: "invalidateAuthToken", method: "POST", path: "/api/services/auth/token/invalidate"},
	{name: "directCommand", method: "POST", path: "/directCommand"},
	{name: "getDDO", method: "GET", path: "/api/aquarius/assets/ddo/:did/:force?", pattern: "/api/aquarius/assets/ddo/{did}", public: true},
	{name: "getDDOMetadata", method: "GET", path: "/api/aquarius/assets/metadata/:did/:force?", pattern: "/api/aquarius/assets/metadata/{did}", public: true},
	{name: "ddoMetadataQuery", method: "POST", path: "/api/aquarius/assets/metadata/query"},
	{name: "getDDOState", method: "GET", path: "/api/aquarius/state/ddo", public: true},
	{name: "validateDDO", method: "POST", path: "/api/aquarius/assets/ddo/validate"},
}

func (n *Node) routes() {
	m := http.NewServeMux()
	handlers := map[string]http.HandlerFunc{
		"nonce":               n.handleNonce,
		"encrypt":             n.handleEncrypt,
		"encryptFile":         n.handleEncryptFile,
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
		"computeDelete":         n.handleComputeDelete,
		"computeResult":         n.handleComputeResult,
		"computeStreamableLogs": n.handleStreamableLogs,
	}
	n.public = map[string]bool{"GET /{$}": true}
	for _, e := range n.endpoints() {
		m.HandleFunc(e.route(), handlers[e.name])
		if e.public {
			n.public[e.route()] = true
		}
	}
	m.HandleFunc("GET /{$}", n.handleRoot)
	n.mux = http.NewServeMux()
	n.mux.Handle("/", n.guard(m))
}

// Browser and network guards.
const (
	errBadHost   = "Invalid Host header"
	errBadOrigin = "Origin not allowed"
	// bodyReadTimeout bounds reading a request body (slow-body clients).
	bodyReadTimeout = time.Minute
)

// guard protects the routes from web pages and DNS rebinding:
//
//   - the Host header must name a loopback address ("localhost", a
//     loopback IP) or a host in Config.AllowedHostnames, so a page whose
//     domain was rebound to 127.0.0.1 is refused;
//   - a request carrying an Origin header (a browser's) is served only when
//     the origin is a loopback origin or in Config.AllowedOrigins, except on
//     the read-only public routes; CORS answers name that origin, never
//     "*", except on the public routes (Ocean Node answers "*" everywhere);
//   - a request body must arrive within bodyReadTimeout.
func (n *Node) guard(next *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !n.hostAllowed(r.Host) {
			text(w, http.StatusForbidden, errBadHost)
			return
		}
		preflight := r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != ""
		probe := *r
		if preflight {
			probe.Method = strings.ToUpper(r.Header.Get("Access-Control-Request-Method"))
		}
		_, pattern := next.Handler(&probe)
		public := n.public[pattern]
		origin := r.Header.Get("Origin")
		h := w.Header()
		switch {
		case public:
			h.Set("Access-Control-Allow-Origin", "*")
		case origin == "":
		case n.originAllowed(origin):
			h.Set("Access-Control-Allow-Origin", origin)
			h.Add("Vary", "Origin")
		default:
			text(w, http.StatusForbidden, errBadOrigin)
			return
		}
		if preflight {
			if pattern == "" {
				text(w, http.StatusForbidden, errBadOrigin)
				return
			}
			h.Set("Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE")
			if req := r.Header.Get("Access-Control-Request-Headers"); req != "" {
				h.Set("Access-Control-Allow-Headers", req)
			}
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			rc := http.NewResponseController(w)
			if rc.SetReadDeadline(time.Now().Add(bodyReadTimeout)) == nil {
				// A shallow copy: the server must still see its own body
				// type on the original request, to skip draining a large
				// body the handler did not read.
				r2 := new(http.Request)
				*r2 = *r
				r2.Body = &deadlineBody{ReadCloser: r.Body, rc: rc}
				r = r2
			}
		}
		next.ServeHTTP(w, r)
	})
}

// deadlineBody clears the connection's read deadline once the body is
// read, so the deadline covers the upload only, not the answer.
type deadlineBody struct {
	io.ReadCloser
	rc   *http.ResponseController
	done bool
}

func (b *deadlineBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && !b.done {
		b.done = true
		_ = b.rc.SetReadDeadline(time.Time{})
	}
	return n, err
}

// isLoopbackName reports whether host (no port) is "localhost" or a
// loopback IP address.
func isLoopbackName(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

func (n *Node) hostAllowed(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	if host == "" {
		return false
	}
	if isLoopbackName(host) {
		return true
	}
	for _, a := range n.cfg.AllowedHostnames {
		if strings.EqualFold(a, host) {
			return true
		}
	}
	return false
}

func (n *Node) originAllowed(origin string) bool {
	for _, a := range n.cfg.AllowedOrigins {
		if a == origin {
			return true
		}
	}
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Path != "" {
		return false
	}
	return isLoopbackName(u.Hostname())
}

func (n *Node) endpoints() []endpoint {
	out := append([]endpoint(nil), endpoints...)
	return append(out, computeEndpoints...)
}

// text answers a plain-text error as Express res.status(code).send(msg).
func text(w http.ResponseWriter, code int, msg string) {
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
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(code)
	w.Write(body)
}

// rawJSON answers already-encoded JSON.
func rawJSON(w http.ResponseWriter, code int, body []byte) {
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
		NodePublicKey    json.RawMessage      `json:"nodePublicKey"`
		ServiceEndpoints map[string][2]string `json:"serviceEndpoints"`
		Software         string               `json:"software"`
		Version          string               `json:"version"`
	}{
		NodeID:           n.nodeID,
		ChainIDs:         []string{strconv.FormatInt(n.cfg.ChainID, 10)},
		ProviderAddress:  n.address.Hex(),
		NodePublicKey:    byteObject(compressedKey(n)),
		ServiceEndpoints: eps,
		Software:         "Ocean-Node",
		Version:          Version,
	})
}

// byteObject encodes b as Ocean Node serialises a Uint8Array in JSON: an
// object from decimal index to byte value, {"0":3,"1":194,…}.
func byteObject(b []byte) json.RawMessage {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, v := range b {
		if i > 0 {
			buf.WriteByte(',')
		}
		fmt.Fprintf(&buf, "%q:%d", strconv.Itoa(i), v)
	}
	buf.WriteByte('}')
	return buf.Bytes()
}
