package devnode_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
)

// TestDownloadUserData: as Ocean Node v3.1.0, the consumer's userdata is
// appended to a URL file's query on download; userdata that is not a
// JSON object is ignored.
func TestDownloadUserData(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	pub, consumer := e.accs[1], e.accs[2]
	p := e.publish(pub, publishOpts{files: []string{e.origin.URL + "/echo-query?fixed=1"}, flags: ddo.FlagEncrypted, timeout: 3600})
	e.waitDDO(p.did)
	tx := e.order(pub, consumer, p, 0)
	get := func(userdata string) string {
		q := e.signed(consumer, "download")
		q.Set("documentId", p.did)
		q.Set("serviceId", p.serviceID)
		q.Set("fileIndex", "0")
		q.Set("transferTxId", tx.Hex())
		if userdata != "" {
			q.Set("userdata", userdata)
		}
		code, _, b := e.do("GET", "/api/services/download?"+q.Encode(), nil, nil)
		require.Equal(t, 200, code, string(b))
		return string(b)
	}
	require.Equal(t, "fixed=1", get(""))
	require.Equal(t, "b=true&fixed=1&n=3&s=a+b", get(`{"n":3,"b":true,"s":"a b"}`))
	require.Equal(t, "fixed=1", get(`not json`))
}
