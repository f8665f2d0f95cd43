package assets

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
)

// A File's storage object is ddo's, and the files document holds it in
// ocean.js's encoding; a given Object is kept byte for byte.
func TestFileStorage(t *testing.T) {
	f := File{URL: "https://example.org/a?b=1&c=2", Method: "post", Headers: map[string]string{"X": "y"},
		SHA256: "ab", EncryptedBy: "16Uiu2Node", EncryptMethod: "AES"}
	s, err := f.Storage()
	require.NoError(t, err)
	u, ok := s.(*ddo.URLFile)
	require.True(t, ok)
	assert.Equal(t, "POST", u.Method)
	assert.Equal(t, "16Uiu2Node", u.EncryptedBy)
	obj, err := f.object()
	require.NoError(t, err)
	assert.Equal(t, `{"type":"url","url":"https://example.org/a?b=1&c=2","method":"POST","headers":{"X":"y"},"encryptedBy":"16Uiu2Node","encryptMethod":"AES"}`, string(obj))

	raw := json.RawMessage(`{ "type":"ipfs", "hash":"QmX" }`)
	obj, err = File{Object: raw}.object()
	require.NoError(t, err)
	assert.Equal(t, string(raw), string(obj), "the caller's bytes")
	s, err = File{Object: raw, SHA256: "ab", EncryptedBy: "n", EncryptMethod: "ECIES"}.Storage()
	require.NoError(t, err)
	assert.Equal(t, ddo.FileEncryption{EncryptedBy: "n", EncryptMethod: "ECIES"}, s.(*ddo.IPFSFile).FileEncryption)

	for name, bad := range map[string]File{
		"neither":         {},
		"both":            {URL: "https://x", Object: raw},
		"half encryption": {URL: "https://x", EncryptedBy: "n"},
		"graphql encrypted": {Object: json.RawMessage(`{"type":"graphql","url":"https://x","query":"{a}"}`),
			SHA256: "ab", EncryptedBy: "n", EncryptMethod: "AES"},
		"unknown type": {Object: json.RawMessage(`{"type":"gopher"}`)},
	} {
		_, err := bad.Storage()
		assert.True(t, errors.Is(err, ErrInvalidParams), "%s: %v", name, err)
	}
}
