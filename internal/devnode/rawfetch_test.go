package devnode_test

import (
	"bytes"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/devnode"
)

// Downloads from a plain-HTTP origin reuse the node's connection to it,
// as an HTTP client's keep-alive does; a connection the origin closed
// while it was idle is replaced without failing the download, and a
// failed order check never leaves a used connection behind.
func TestDownloadReusesOriginConnection(t *testing.T) {
	t.Parallel()
	content := bytes.Repeat([]byte("0123456789abcdef"), 64<<10) // 1 MiB
	var dials atomic.Int64
	origin := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.ServeContent(w, r, "f.bin", time.Time{}, bytes.NewReader(content))
	}))
	origin.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			dials.Add(1)
		}
	}
	origin.Start()
	defer origin.Close()
	u, err := url.Parse(origin.URL)
	require.NoError(t, err)
	e := newEnvWith(t, func(c *devnode.Config) { c.AllowedHosts = append(c.AllowedHosts, u.Host) })
	pub, consumer := e.accs[1], e.accs[2]
	p := e.publish(pub, publishOpts{flags: ddo.FlagEncrypted, files: []string{origin.URL + "/f.bin"}})
	e.waitDDO(p.did)
	tx := e.order(pub, consumer, p, 0)
	get := func(txID string) (int, []byte) {
		q := e.signed(consumer, "download")
		q.Set("documentId", p.did)
		q.Set("serviceId", p.serviceID)
		q.Set("fileIndex", "0")
		q.Set("transferTxId", txID)
		code, _, body := e.do("GET", "/api/services/download?"+q.Encode(), nil, nil)
		return code, body
	}
	for i := range 3 {
		code, body := get(tx.Hex())
		require.Equal(t, 200, code, "download %d: %s", i, body)
		require.True(t, bytes.Equal(content, body), "download %d: content differs", i)
	}
	require.EqualValues(t, 1, dials.Load(), "three downloads, one connection to the origin")

	origin.CloseClientConnections() // the idle connection is gone
	code, body := get(tx.Hex())
	require.Equal(t, 200, code, "after the origin closed the idle connection: %s", body)
	require.True(t, bytes.Equal(content, body))
	require.EqualValues(t, 2, dials.Load())

	// An unknown order: the origin's request is cancelled, nothing is
	// served, and the connection it used is not kept.
	code, body = get("0x" + strings.Repeat("ab", 32))
	require.Equal(t, 500, code)
	require.Equal(t, "{}", string(body))
	code, body = get(tx.Hex())
	require.Equal(t, 200, code, "%s", body)
	require.True(t, bytes.Equal(content, body))
}
