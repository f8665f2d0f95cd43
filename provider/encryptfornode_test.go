package provider

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/ecies"
	"github.com/oceango/ocean.go/nodehttp"
)

// byteObject serialises b the way Ocean Node serialises its
// nodePublicKey (a Uint8Array through JSON): {"0":3,"1":194,…}.
func byteObject(b []byte) map[string]int {
	m := make(map[string]int, len(b))
	for i, v := range b {
		m[strconv.Itoa(i)] = int(v)
	}
	return m
}

// TestEncryptForNode checks that EncryptForNode encrypts on this machine
// to the key the root document publishes when that key is the provider
// address's, and uses the node's encrypt route otherwise.
func TestEncryptForNode(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	compressed := crypto.CompressPubkey(&key.PublicKey)
	plain := []byte(`{"datatokenAddress":"0x1","files":[{"type":"url","url":"https://example.com/secret.csv"}]}`)

	for _, c := range []struct {
		name     string
		software string
		pubKey   any // nodePublicKey; nil: absent
		local    bool
	}{
		{"byte object, provider's key", "Ocean-Node", byteObject(compressed), true},
		{"hex, provider's key", "Ocean-Node", hexutil.Encode(crypto.FromECDSAPub(&key.PublicKey)), true},
		{"another key than the provider's", "Ocean-Node", byteObject(crypto.CompressPubkey(&other.PublicKey)), false},
		{"no key", "Ocean-Node", nil, false},
		{"not a key", "Ocean-Node", byteObject(make([]byte, 33)), false},
		{"classic provider", "Provider", byteObject(compressed), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var encrypts atomic.Int32
			mux := http.NewServeMux()
			root := nodeRoot(c.software)
			root["providerAddress"] = addr.Hex()
			if c.software != "Ocean-Node" {
				delete(root, "nodeId")
			}
			if c.pubKey != nil {
				root["nodePublicKey"] = c.pubKey
			}
			mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, root) })
			mux.HandleFunc("GET /api/services/nonce", func(w http.ResponseWriter, r *http.Request) {
				writeJSON(w, 200, map[string]string{"nonce": "0"})
			})
			mux.HandleFunc("POST /api/services/encrypt", func(w http.ResponseWriter, r *http.Request) {
				encrypts.Add(1)
				b, _ := io.ReadAll(r.Body)
				ct, err := ecies.Encrypt(&key.PublicKey, b)
				if err != nil {
					http.Error(w, err.Error(), 500)
					return
				}
				w.Write([]byte(hexutil.Encode(ct)))
			})
			srv := httptest.NewServer(mux)
			defer srv.Close()
			cl, err := New(srv.URL, nodehttp.WithRetries(0, 0, 0))
			require.NoError(t, err)

			out, err := cl.EncryptForNode(t.Context(), 8996, plain, SignedBy(testSigner(t)))
			require.NoError(t, err)
			ct, err := hexutil.Decode(out)
			require.NoError(t, err)
			got, err := ecies.Decrypt(key, ct)
			require.NoError(t, err, "the node's key decrypts it")
			assert.Equal(t, plain, got)
			if c.local {
				assert.Zero(t, encrypts.Load(), "encrypted here, no request")
			} else {
				assert.EqualValues(t, 1, encrypts.Load(), "the node's encrypt route")
			}
		})
	}
}

func TestParseNodeKey(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	compressed := crypto.CompressPubkey(&key.PublicKey)
	enc := func(v any) json.RawMessage {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		return b
	}
	got := parseNodeKey(enc(byteObject(compressed)))
	require.NotNil(t, got)
	assert.Equal(t, crypto.PubkeyToAddress(key.PublicKey), crypto.PubkeyToAddress(*got))
	got = parseNodeKey(enc(hexutil.Encode(compressed)))
	require.NotNil(t, got)
	assert.Equal(t, crypto.PubkeyToAddress(key.PublicKey), crypto.PubkeyToAddress(*got))

	short := byteObject(compressed[:32])
	badValue := byteObject(compressed)
	badValue["5"] = 300
	badIndex := byteObject(compressed)
	delete(badIndex, "0")
	badIndex["x"] = 3
	for name, raw := range map[string]json.RawMessage{
		"absent": nil, "null": json.RawMessage("null"), "number": json.RawMessage("3"),
		"32 bytes": enc(short), "byte above 255": enc(badValue), "bad index": enc(badIndex),
		"bad hex": enc("0xzz"), "not on the curve": enc(byteObject(make([]byte, 33))),
	} {
		assert.Nil(t, parseNodeKey(raw), name)
	}
}
