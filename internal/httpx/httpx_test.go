package httpx

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRedactURL(t *testing.T) {
	u, _ := url.Parse("https://user:pw@node.example/api/services/download?documentId=did:op:1&signature=0xabc&nonce=3&Token=jwt")
	got := RedactURL(u)
	assert.NotContains(t, got, "0xabc")
	assert.NotContains(t, got, "jwt")
	assert.NotContains(t, got, ":pw@")
	assert.Contains(t, got, "nonce=3")
	assert.Contains(t, got, "signature=REDACTED")
}

func TestRedactText(t *testing.T) {
	sig := "0x" + strings.Repeat("ab", 65)
	in := "Invalid signature " + sig + " for https://bucket.s3.example/file.csv?X-Amz-Signature=x token=eyJhbGciOi.eyJleHAiOjE2.sig password=hunter2"
	out := RedactText(in)
	for _, secret := range []string{sig, "bucket.s3.example", "eyJleHAiOjE2", "hunter2"} {
		assert.NotContains(t, out, secret)
	}
	assert.Contains(t, out, "Invalid signature")
}

func TestRedactSecretsKeepsURL(t *testing.T) {
	out := RedactSecrets("GET http://127.0.0.1:8001/api/services/download?nonce=3&signature=0xabc (status: 502)")
	assert.Contains(t, out, "http://127.0.0.1:8001/api/services/download?")
	assert.Contains(t, out, "nonce=3")
	assert.NotContains(t, out, "0xabc")
}

func TestFlexAndDecode(t *testing.T) {
	var v struct{ A, B, C Flex }
	require.NoError(t, UnmarshalJSON([]byte(`{"A":"12","B":12.5,"C":null}`), &v))
	assert.Equal(t, Flex("12"), v.A)
	n, err := v.B.Int64()
	require.NoError(t, err)
	assert.Equal(t, int64(12), n)
	assert.Error(t, UnmarshalJSON([]byte(`{"A":{}}`), &v))
	assert.ErrorContains(t, UnmarshalJSON([]byte(`{"A":"1`), &v), "invalid JSON")
	assert.ErrorIs(t, DecodeJSON(strings.NewReader(`"`+strings.Repeat("a", 100)+`"`), 10, new(string)), ErrTooLarge)
	b, trunc, err := ReadCapped(strings.NewReader("abcdef"), 3)
	require.NoError(t, err)
	assert.True(t, trunc)
	assert.Equal(t, "abc", string(b))
}

func FuzzFlex(f *testing.F) {
	for _, s := range []string{`"1"`, `1.5`, `null`, `true`, `{}`, `-`, `"1e400"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var x Flex
		if x.UnmarshalJSON(b) == nil {
			_, _ = x.Int64()
		}
	})
}

// A request marked WithNoReplay is sent once, whatever the status, the
// method or a policy that would retry everything.
