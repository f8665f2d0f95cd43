package nodehttp_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"time"

	"github.com/oceango/ocean.go/nodehttp"
)

// A read answered 503 once is retried through the caller's own
// *http.Client; a signed request answered 503 is sent once and its error
// says what the server said.
func Example() {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 || r.URL.Query().Has("signature") {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, `{"ok":true}`)
	}))
	defer srv.Close()
	c, err := nodehttp.New("example", 30*time.Second,
		nodehttp.WithHTTPClient(&http.Client{}), nodehttp.WithRetries(2, time.Millisecond, time.Millisecond))
	if err != nil {
		panic(err)
	}
	u, _ := url.Parse(srv.URL + "/status")
	var out struct{ OK bool }
	err = c.DoJSON(context.Background(), &nodehttp.Request{Op: "status", URL: u}, &out)
	fmt.Println(out.OK, err, calls.Load())

	calls.Store(0)
	_, err = c.Do(context.Background(), &nodehttp.Request{Op: "download", URL: u, Query: url.Values{"nonce": {"1"}, "signature": {"0xabc"}}})
	var e *nodehttp.Error
	fmt.Println(errors.As(err, &e), errors.Is(err, nodehttp.ErrUnavailable), calls.Load())
	fmt.Println(e.Op, e.StatusCode, e.Message)
	// Output:
	// true <nil> 2
	// true true 1
	// example download 503 busy
}
