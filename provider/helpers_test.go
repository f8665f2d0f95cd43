package provider

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

const basePath = "/base" // the fake is mounted under a path prefix

// fakeNode is an httptest server playing an Ocean Node root document plus
// whatever handlers a test installs. It is for fault injection: each test
// scripts the faults it needs.
type fakeNode struct {
	*httptest.Server
	mux       *http.ServeMux
	rootCalls atomic.Int32

	mu     sync.Mutex
	nonces map[common.Address]uint64
}

func nodeRoot(software string) map[string]any {
	return map[string]any{
		"software": software, "version": "0.0.1", "nodeId": "16Uiu2Fake", "chainIds": []string{"8996"},
		"providerAddress": "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909",
		"serviceEndpoints": map[string][]string{
			"nonce": {"GET", "/api/services/nonce"}, "encrypt": {"POST", "/api/services/encrypt"},
			"encryptFile": {"POST", "/api/services/encryptFile"},
			"decrypt":     {"POST", "/api/services/decrypt"},
			"fileInfo":    {"POST", "/api/services/fileInfo"}, "initialize": {"GET", "/api/services/initialize"},
			"download":          {"GET", "/api/services/download"},
			"initializeCompute": {"POST", "/api/services/initializeCompute"},
			"computeStart":      {"POST", "/api/services/compute"}, "freeCompute": {"POST", "/api/services/freeCompute"},
			"computeStop": {"PUT", "/api/services/compute"}, "computeStatus": {"GET", "/api/services/compute"},
			"computeResult":         {"GET", "/api/services/computeResult"},
			"computeStreamableLogs": {"GET", "/api/services/computeStreamableLogs"},
			"computeEnvironments":   {"GET", "/api/services/computeEnvironments"},
			"generateAuthToken":     {"POST", "/api/services/auth/token"},
			"invalidateAuthToken":   {"POST", "/api/services/auth/token/invalidate"},
			"validateDDO":           {"POST", "/api/aquarius/assets/ddo/validate"},
		},
	}
}

func newFakeNode(t testing.TB) *fakeNode {
	t.Helper()
	f := &fakeNode{mux: http.NewServeMux(), nonces: map[common.Address]uint64{}}
	f.mux.HandleFunc("GET "+basePath+"/{$}", func(w http.ResponseWriter, r *http.Request) {
		f.rootCalls.Add(1)
		writeJSON(w, 200, nodeRoot("Ocean-Node"))
	})
	f.mux.HandleFunc("GET "+basePath+"/api/services/nonce", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		n := f.nonces[common.HexToAddress(r.URL.Query().Get("userAddress"))]
		f.mu.Unlock()
		writeJSON(w, 200, map[string]string{"nonce": strconv.FormatUint(n, 10)})
	})
	f.Server = httptest.NewServer(f.mux)
	t.Cleanup(f.Close)
	return f
}

func (f *fakeNode) url() string { return f.URL + basePath }

func (f *fakeNode) handle(pattern string, h http.HandlerFunc) {
	method, path, _ := cutSpace(pattern)
	f.mux.HandleFunc(method+" "+basePath+path, h)
}

func cutSpace(s string) (string, string, bool) {
	for i := range s {
		if s[i] == ' ' {
			return s[:i], s[i+1:], true
		}
	}
	return "", s, false
}

// verify checks a node ≥1 signature and nonce like Ocean Node does and
// stores the nonce. It returns "" or the node's plain-text error.
func (f *fakeNode) verify(addrHex, nonce, sig, cmd string) string {
	n, err := strconv.ParseUint(nonce, 10, 64)
	if err != nil || !common.IsHexAddress(addrHex) {
		return "Invalid authentication"
	}
	addr := common.HexToAddress(addrHex)
	h := crypto.Keccak256([]byte(addrHex + nonce + cmd))
	for len(h) > 0 && h[0] == 0 {
		h = h[1:]
	}
	b, err := hexutil.Decode(sig)
	if err != nil || len(b) != 65 {
		return "Invalid signature"
	}
	if b[64] >= 27 {
		b[64] -= 27
	}
	pub, err := crypto.SigToPub(accounts.TextHash(h), b)
	if err != nil || crypto.PubkeyToAddress(*pub) != addr {
		return "Invalid signature"
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if n <= f.nonces[addr] {
		return fmt.Sprintf("nonce: %d is not a valid nonce", n)
	}
	f.nonces[addr] = n
	return ""
}

func (f *fakeNode) setNonce(a common.Address, n uint64) {
	f.mu.Lock()
	f.nonces[a] = n
	f.mu.Unlock()
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func testSigner(t *testing.T) *KeySigner {
	t.Helper()
	s, err := NewHexKeySigner(consumerKey)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
