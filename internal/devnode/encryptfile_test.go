package devnode_test

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"io"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/ecies"
)

func (e *env) nodeID() string {
	e.t.Helper()
	var root struct {
		NodeID string `json:"nodeId"`
	}
	e.getJSON("/", &root)
	return root.NodeID
}

func TestEncryptFile(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	acc := e.accs[1]
	id := e.nodeID()
	octet := map[string]string{"Content-Type": "application/octet-stream"}

	code, _, b := e.do("POST", "/api/services/encryptFile", bytes.NewReader([]byte("x")), octet)
	require.Equal(t, 401, code)
	require.Equal(t, "Invalid authentication, you need to provide either a token or an address, signature, message and nonce", string(b))
	// Signed for another command.
	code, _, b = e.do("POST", "/api/services/encryptFile?"+e.signed(acc, "encrypt").Encode(), bytes.NewReader([]byte("x")), octet)
	require.Equal(t, 401, code, string(b))
	code, _, b = e.do("POST", "/api/services/encryptFile?"+e.signed(acc, "encryptFile").Encode(), bytes.NewReader([]byte("x")),
		map[string]string{"Content-Type": "text/plain"})
	require.Equal(t, 400, code)
	require.Equal(t, "Invalid request (missing body data or invalid content-type)", string(b))

	// AES (the default): CBC ciphertext, padded; method and node in headers.
	plain := make([]byte, 100_003)
	rand.Read(plain)
	code, h, ct := e.do("POST", "/api/services/encryptFile?"+e.signed(acc, "encryptFile").Encode(), bytes.NewReader(plain), octet)
	require.Equal(t, 200, code, string(ct))
	require.Equal(t, id, h.Get("X-Encrypted-By"))
	require.Equal(t, "AES", h.Get("X-Encrypted-Method"))
	require.Len(t, ct, (len(plain)/16+1)*16)
	require.Equal(t, strconv.Itoa(len(ct)), h.Get("Content-Length"))
	// Deterministic (fixed IV), as Ocean Node's.
	_, _, again := e.do("POST", "/api/services/encryptFile?encryptMethod=aes&"+e.signed(acc, "encryptFile").Encode(), bytes.NewReader(plain), octet)
	require.Equal(t, ct, again)

	// ECIES: an eciesjs message to the node's key.
	q := e.signed(acc, "encryptFile")
	q.Set("encryptMethod", "ecies")
	code, h, ect := e.do("POST", "/api/services/encryptFile?"+q.Encode(), bytes.NewReader(plain[:1000]), octet)
	require.Equal(t, 200, code, string(ect))
	require.Equal(t, "ECIES", h.Get("X-Encrypted-Method"))
	require.Len(t, ect, 1000+97)
	got, err := ecies.Decrypt(e.accs[8].Key, ect)
	require.NoError(t, err)
	require.Equal(t, plain[:1000], got)

	// A file object: the node fetches the content and encrypts it.
	e.files["plain.bin"] = plain
	fo, _ := json.Marshal(map[string]string{"type": "url", "url": e.origin.URL + "/plain.bin", "method": "GET"})
	code, _, fct := e.do("POST", "/api/services/encryptFile?"+e.signed(acc, "encryptFile").Encode(), bytes.NewReader(fo),
		map[string]string{"Content-Type": "application/json"})
	require.Equal(t, 200, code, string(fct))
	require.Equal(t, ct, fct)
	fo, _ = json.Marshal(map[string]string{"type": "ipfs", "hash": "Qm"})
	code, _, b = e.do("POST", "/api/services/encryptFile?"+e.signed(acc, "encryptFile").Encode(), bytes.NewReader(fo),
		map[string]string{"Content-Type": "application/json"})
	require.Equal(t, 500, code)
	require.Equal(t, "Unknown error: Invalid storage type: ipfs", string(b))
	fo, _ = json.Marshal(map[string]string{"type": "url", "url": "http://10.1.2.3/x", "method": "GET"})
	code, _, b = e.do("POST", "/api/services/encryptFile?"+e.signed(acc, "encryptFile").Encode(), bytes.NewReader(fo),
		map[string]string{"Content-Type": "application/json"})
	require.Equal(t, 500, code)
	require.Contains(t, string(b), "URL is marked as unsafe")
}

// TestEncryptedFileDownload publishes a file whose content the node
// encrypted (AES and ECIES), stored as ciphertext at the origin, and
// downloads the plaintext; fileInfo reports the encryption.
func TestEncryptedFileDownload(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	pub, consumer := e.accs[1], e.accs[2]
	id := e.nodeID()
	plain := make([]byte, 700_001)
	rand.Read(plain)
	octet := map[string]string{"Content-Type": "application/octet-stream"}
	_, _, aesCT := e.do("POST", "/api/services/encryptFile?"+e.signed(pub, "encryptFile").Encode(), bytes.NewReader(plain), octet)
	q := e.signed(pub, "encryptFile")
	q.Set("encryptMethod", "ECIES")
	_, _, eciesCT := e.do("POST", "/api/services/encryptFile?"+q.Encode(), bytes.NewReader(plain), octet)
	e.files["a.enc"], e.files["e.enc"] = aesCT, eciesCT
	e.files["other.enc"] = aesCT

	p := e.publish(pub, publishOpts{timeout: 3600, fileObjects: []map[string]string{
		{"type": "url", "url": e.origin.URL + "/a.enc", "method": "GET", "encryptedBy": id, "encryptMethod": "AES"},
		{"type": "url", "url": e.origin.URL + "/e.enc", "method": "GET", "encryptedBy": id, "encryptMethod": "ECIES"},
		// Encrypted by another node: served as stored.
		{"type": "url", "url": e.origin.URL + "/other.enc", "method": "GET", "encryptedBy": "16Uiu2HAmOther", "encryptMethod": "AES"},
	}})
	e.waitDDO(p.did)

	code, b := e.postJSON("/api/services/fileInfo", map[string]string{"did": p.did, "serviceId": p.serviceID})
	require.Equal(t, 200, code, string(b))
	var infos []map[string]any
	require.NoError(t, json.Unmarshal(b, &infos))
	require.Len(t, infos, 3)
	require.Equal(t, id, infos[0]["encryptedBy"])
	require.Equal(t, "AES", infos[0]["encryptMethod"])
	require.Equal(t, "ECIES", infos[1]["encryptMethod"])

	orderTx := e.order(pub, consumer, p, 0)
	want := sha256.Sum256(plain)
	for i, exp := range [][]byte{plain, plain, aesCT} {
		q := e.signed(consumer, "download")
		q.Set("documentId", p.did)
		q.Set("serviceId", p.serviceID)
		q.Set("fileIndex", strconv.Itoa(i))
		q.Set("transferTxId", orderTx.Hex())
		code, h, got := e.do("GET", "/api/services/download?"+q.Encode(), nil, nil)
		require.Equal(t, 200, code, "file %d: %s", i, got)
		require.Equal(t, sha256.Sum256(exp), sha256.Sum256(got), "file %d", i)
		require.Contains(t, h.Get("Content-Disposition"), "attachment;filename=")
	}
	require.NotEqual(t, want, sha256.Sum256(aesCT))

	// Content that does not decrypt breaks the answer instead of ending it
	// short.
	e.files["a.enc"] = append(append([]byte(nil), aesCT[:len(aesCT)-16]...), make([]byte, 16)...)
	dq := e.signed(consumer, "download")
	dq.Set("documentId", p.did)
	dq.Set("serviceId", p.serviceID)
	dq.Set("fileIndex", "0")
	dq.Set("transferTxId", orderTx.Hex())
	resp, err := e.http.Get(e.url + "/api/services/download?" + dq.Encode())
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode)
	got, err := io.ReadAll(resp.Body)
	require.Error(t, err, "%d bytes read", len(got))
}
