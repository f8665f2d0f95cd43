package assets

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// fileNode is an httptest node whose fileInfo answers what answer returns
// (status and body), the way Ocean Node v3.1.0 answered in the
// conformance run.
func fileNode(t *testing.T, answer func(url string) (int, string)) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{"software": "Ocean-Node", "version": "0.0.1", "nodeId": "16Uiu2Fake",
			"chainIds": []string{"8996"}, "providerAddress": "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909",
			"serviceEndpoints": map[string][]string{"fileInfo": {"POST", "/api/services/fileInfo"}}})
	})
	mux.HandleFunc("POST /api/services/fileInfo", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			URL string `json:"url"`
		}
		json.NewDecoder(r.Body).Decode(&body)
		status, out := answer(body.URL)
		if status != http.StatusOK {
			http.Error(w, out, status)
			return
		}
		io.WriteString(w, out) // no Content-Type, as the node
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// nodeAnswer renders one fileInfo entry as Ocean Node does.
func nodeAnswer(valid bool, length int64, sum string) string {
	b, _ := json.Marshal([]map[string]any{{"valid": valid, "contentLength": strconv.FormatInt(length, 10),
		"contentType": "application/octet-stream", "checksum": sum, "name": "f.bin", "type": "url"}})
	return string(b)
}

func fileClient(t *testing.T, nodeURL string, always bool) *Client {
	t.Helper()
	p, err := provider.New(nodeURL, nodehttp.WithRetries(0, 0, 0))
	require.NoError(t, err)
	return &Client{prov: p, opts: options{originAlways: always, originHTTP: &http.Client{}}}
}

// origin serves data at /f.bin and counts requests.
func origin(t *testing.T, data []byte) (string, *atomic.Int32) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		if r.URL.Path != "/f.bin" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		w.Write(data)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/f.bin", &n
}

// deadURL is a URL whose port refuses connections.
func deadURL(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr + "/f.bin"
}

func hexSHA(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }

func pattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + i>>11)
	}
	return b
}

func TestCheckFileAgainstRealNodeAnswers(t *testing.T) {
	ctx := t.Context()
	big := pattern(12 << 20)
	prefix := big[:10515456]
	truncated := nodeAnswer(true, int64(len(prefix)), hexSHA(prefix)) // F1: the node's answer for 12 MiB
	dead := nodeAnswer(true, 0, emptySHA256)                          // F2: the node's answer for 404 / refused

	t.Run("12 MiB truncated by the node: the publisher hashes the whole file", func(t *testing.T) {
		u, hits := origin(t, big)
		c := fileClient(t, fileNode(t, func(string) (int, string) { return 200, truncated }), false)
		got, err := c.checkFile(ctx, 0, 0, File{URL: u}, true)
		require.NoError(t, err)
		assert.Equal(t, fileSum{SHA256: hexSHA(big), Size: int64(len(big))}, got)
		assert.Equal(t, int32(1), hits.Load())
	})
	t.Run("12 MiB, origin private to the node: refused, never a prefix checksum", func(t *testing.T) {
		c := fileClient(t, fileNode(t, func(string) (int, string) { return 200, truncated }), false)
		_, err := c.checkFile(ctx, 0, 2, File{URL: deadURL(t)}, true)
		require.ErrorIs(t, err, ErrFileUnverifiable)
		var fe *FileError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, 2, fe.Index)
	})
	t.Run("12 MiB without checksum: nothing fetched, nothing recorded", func(t *testing.T) {
		u, hits := origin(t, big)
		c := fileClient(t, fileNode(t, func(string) (int, string) { return 200, truncated }), false)
		got, err := c.checkFile(ctx, 0, 0, File{URL: u}, false)
		require.NoError(t, err)
		assert.Equal(t, fileSum{}, got)
		assert.Zero(t, hits.Load())
	})
	t.Run("404 reported valid and empty: refused with the origin's status", func(t *testing.T) {
		u, _ := origin(t, nil)
		c := fileClient(t, fileNode(t, func(string) (int, string) { return 200, dead }), false)
		for _, want := range []bool{true, false} {
			_, err := c.checkFile(ctx, 1, 0, File{URL: u + ".missing"}, want)
			require.ErrorIs(t, err, ErrFileUnavailable)
			var fe *FileError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, http.StatusNotFound, fe.StatusCode)
			assert.Equal(t, 1, fe.Service)
			assert.Contains(t, fe.URL, "/f.bin.missing")
		}
	})
	t.Run("refused connection reported valid and empty: refused", func(t *testing.T) {
		c := fileClient(t, fileNode(t, func(string) (int, string) { return 200, dead }), false)
		_, err := c.checkFile(ctx, 0, 0, File{URL: deadURL(t)}, true)
		require.ErrorIs(t, err, ErrFileUnavailable)
	})
	t.Run("a really empty file passes", func(t *testing.T) {
		u, _ := origin(t, []byte{})
		c := fileClient(t, fileNode(t, func(string) (int, string) { return 200, dead }), false)
		got, err := c.checkFile(ctx, 0, 0, File{URL: u}, true)
		require.NoError(t, err)
		assert.Equal(t, fileSum{SHA256: emptySHA256}, got)
	})
	t.Run("small file: the node's checksum, confirmed by the origin's length", func(t *testing.T) {
		small := []byte("hello ocean")
		u, _ := origin(t, small)
		c := fileClient(t, fileNode(t, func(string) (int, string) { return 200, nodeAnswer(true, int64(len(small)), hexSHA(small)) }), false)
		got, err := c.checkFile(ctx, 0, 0, File{URL: u}, true)
		require.NoError(t, err)
		assert.Equal(t, fileSum{SHA256: hexSHA(small), Size: int64(len(small))}, got)
		// a private origin the node reaches: the node's full checksum is used
		got, err = c.checkFile(ctx, 0, 0, File{URL: deadURL(t)}, true)
		require.NoError(t, err)
		assert.Equal(t, hexSHA(small), got.SHA256)
	})
	t.Run("a node with a lower cap: the lengths differ, the publisher hashes", func(t *testing.T) {
		data := pattern(2 << 20)
		u, _ := origin(t, data)
		c := fileClient(t, fileNode(t, func(string) (int, string) { return 200, nodeAnswer(true, 1<<20, hexSHA(data[:1<<20])) }), false)
		got, err := c.checkFile(ctx, 0, 0, File{URL: u}, true)
		require.NoError(t, err)
		assert.Equal(t, fileSum{SHA256: hexSHA(data), Size: int64(len(data))}, got)
	})
	t.Run("node says invalid, or refuses the URL", func(t *testing.T) {
		c := fileClient(t, fileNode(t, func(string) (int, string) { return 200, nodeAnswer(false, 0, "") }), false)
		_, err := c.checkFile(ctx, 0, 0, File{URL: "https://example.org/x"}, true)
		require.ErrorIs(t, err, ErrFileUnavailable)
		c = fileClient(t, fileNode(t, func(string) (int, string) {
			return 500, "Error validating the URL file: URL is marked as unsafe"
		}), false)
		_, err = c.checkFile(ctx, 0, 0, File{URL: "http://127.0.0.1:1/x"}, true)
		require.ErrorIs(t, err, ErrFileRefused, "a policy refusal, not a missing file")
		assert.NotErrorIs(t, err, ErrFileUnavailable)
		assert.Contains(t, err.Error(), "marked as unsafe")
		c = fileClient(t, fileNode(t, func(string) (int, string) { return 500, "Internal Server Error" }), false)
		_, err = c.checkFile(ctx, 0, 0, File{URL: "https://example.org/x"}, true)
		require.ErrorIs(t, err, ErrFileUnavailable)
	})
	t.Run("always: every URL hashed; a given checksum must match", func(t *testing.T) {
		small := []byte("hello ocean")
		u, hits := origin(t, small)
		c := fileClient(t, fileNode(t, func(string) (int, string) { return 200, nodeAnswer(true, int64(len(small)), hexSHA(small)) }), true)
		got, err := c.checkFile(ctx, 0, 0, File{URL: u}, false)
		require.NoError(t, err)
		assert.Equal(t, fileSum{}, got, "checked, but no checksum asked for")
		assert.Equal(t, int32(1), hits.Load())
		_, err = c.checkFile(ctx, 0, 0, File{URL: u, SHA256: hexSHA([]byte("other"))}, false)
		require.ErrorIs(t, err, ErrFileMismatch)
		_, err = c.checkFile(ctx, 0, 0, File{URL: deadURL(t)}, false)
		require.ErrorIs(t, err, ErrFileUnavailable)
	})
	t.Run("origin sends less than it announces", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "2000")
			w.Write(bytes.Repeat([]byte("x"), 1000))
		}))
		t.Cleanup(srv.Close)
		c := fileClient(t, fileNode(t, func(string) (int, string) { return 200, dead }), false)
		_, err := c.checkFile(ctx, 0, 0, File{URL: srv.URL + "/f.bin"}, true)
		require.Error(t, err)
		var fe *FileError
		require.ErrorAs(t, err, &fe)
	})
}
