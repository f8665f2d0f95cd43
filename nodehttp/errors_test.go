package nodehttp

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestErrorShapes(t *testing.T) {
	cases := []struct {
		status   int
		body     string
		msg      string
		sentinel error
	}{
		{400, `Parameter : "consumerAddress" is not a valid web3 address`, `Parameter : "consumerAddress" is not a valid web3 address`, ErrInvalidRequest},
		{500, "Tx id used not valid", "Tx id used not valid", nil},
		{404, "DDO not found", "DDO not found", ErrNotFound},
		{401, "nonce: 1 is not a valid nonce", "nonce: 1 is not a valid nonce", ErrNonceRejected},
		{400, `{"message":"Validation error","errors":{"signature":"Invalid signature expected nonce (5) > current nonce (2)."}}`,
			"Validation error: signature: Invalid signature expected nonce (5) > current nonce (2).", ErrNonceRejected},
		{400, `{"error":{"dataset":"not_trusted_algo"}}`, "dataset: not_trusted_algo", ErrInvalidRequest},
		{500, `"Invalid C2D Environment"`, "Invalid C2D Environment", nil},
		{503, `{"error":"Cannot create duplicates","context":{}}`, "Cannot create duplicates", ErrNonceRejected},
		{503, "busy", "busy", ErrUnavailable},
		{503, "DDO database is not available", "DDO database is not available", ErrUnavailable},
		{403, "Rate limit exceeded", "Rate limit exceeded", ErrRateLimited},
		{429, `{"error":"slow down"}`, "slow down", ErrRateLimited},
		{400, "Error validating the URL file: https://secret.example/data.csv?X-Amz-Signature=abc", "Error validating the URL file: <URL redacted>", ErrInvalidRequest},
	}
	for _, tc := range cases {
		e := statusError("provider download", "GET", "https://node/api/services/download?signature=REDACTED", tc.status, []byte(tc.body), false)
		assert.Equal(t, tc.msg, e.Message)
		if tc.sentinel != nil {
			assert.ErrorIs(t, e, tc.sentinel, tc.body)
		}
		assert.NotContains(t, string(e.Body), "secret.example")
	}
	// a 500 is the handler's own answer, for the provider's and the
	// indexer's routes alike: not ErrUnavailable
	e := statusError("indexer query", "POST", "http://node/api/aquarius/assets/query", 500, []byte("boom"), false)
	assert.NotErrorIs(t, e, ErrUnavailable)
	assert.Equal(t, "indexer query: POST http://node/api/aquarius/assets/query: 500 Internal Server Error: boom", e.Error())
	// Ocean Node's throttling 403 is not an authorization failure
	assert.NotErrorIs(t, statusError("", "GET", "x", 403, []byte("Rate limit exceeded"), false), ErrUnauthorized)
}

func FuzzErrorMessage(f *testing.F) {
	f.Add(400, []byte(`{"message":"Validation error","errors":{"signature":["required"]}}`))
	f.Add(401, []byte("nonce: 3 is not a valid nonce"))
	f.Add(500, []byte(`"Invalid C2D Environment"`))
	f.Add(400, []byte(`{"error":{"dataset":"not_trusted_algo"},"context":{"a":[1,2,{"b":null}]}}`))
	f.Add(503, []byte(`{"error":`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		e := statusError("provider", "GET", "https://n/api", status, body, false)
		if len(e.Message) > 4096 {
			t.Fatalf("message not clipped: %d", len(e.Message))
		}
		_ = e.Error()
		_ = e.Is(ErrNotFound)
	})
}
