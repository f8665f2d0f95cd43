package devnode

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"strconv"
	"testing"
	"time"
)

// pipeConn is one end of an in-memory connection for the pool, with the
// other end closed by the test's cleanup.
func pipeConn(t *testing.T, key string) *rawConn {
	t.Helper()
	a, b := net.Pipe()
	t.Cleanup(func() { a.Close(); b.Close() })
	return &rawConn{Conn: a, br: bufio.NewReader(a), key: key}
}

// isClosed reports whether c was closed: a read of a closed net.Pipe end
// fails with io.ErrClosedPipe, one of an open end with a deadline in the
// past with a timeout.
func isClosed(c *rawConn) bool {
	c.SetReadDeadline(time.Now())
	_, err := c.Read(make([]byte, 1))
	return err == io.ErrClosedPipe
}

// The idle pool holds at most rawIdlePerHost connections per origin and
// rawIdleTotal in all, closes what it evicts or finds expired, and closes
// every connection once closed itself.
func TestRawPoolBounded(t *testing.T) {
	t.Parallel()
	var p rawPool
	var first []*rawConn
	for i := range rawIdlePerHost + 2 {
		c := pipeConn(t, "a:80")
		first = append(first, c)
		p.put(c)
		if i < rawIdlePerHost && p.idleCount() != i+1 {
			t.Fatalf("after %d puts: %d idle", i+1, p.idleCount())
		}
	}
	if n := p.idleCount(); n != rawIdlePerHost {
		t.Fatalf("one origin: %d idle, want %d", n, rawIdlePerHost)
	}
	for _, c := range first[:2] {
		if !isClosed(c) {
			t.Fatal("an evicted connection was left open")
		}
	}
	if c := p.get("a:80"); c != first[len(first)-1] {
		t.Fatal("get did not return the most recent idle connection")
	}
	if c := p.get("b:80"); c != nil {
		t.Fatal("a connection of another origin was returned")
	}
	for i := range 3 * rawIdleTotal {
		p.put(pipeConn(t, "h"+strconv.Itoa(i)+":80"))
		if n := p.idleCount(); n > rawIdleTotal {
			t.Fatalf("%d idle, limit %d", n, rawIdleTotal)
		}
	}
	if n := p.idleCount(); n != rawIdleTotal {
		t.Fatalf("%d idle, want %d", n, rawIdleTotal)
	}

	old := pipeConn(t, "old:80")
	p.put(old)
	p.mu.Lock()
	p.idle["old:80"][0].idle = time.Now().Add(-2 * rawIdleTimeout)
	p.mu.Unlock()
	if c := p.get("old:80"); c != nil {
		t.Fatal("an expired connection was reused")
	}
	if !isClosed(old) {
		t.Fatal("an expired connection was left open")
	}

	kept := pipeConn(t, "k:80")
	p.put(kept)
	p.close()
	if p.idleCount() != 0 || !isClosed(kept) {
		t.Fatal("close left idle connections")
	}
	late := pipeConn(t, "k:80")
	p.put(late)
	if p.idleCount() != 0 || !isClosed(late) {
		t.Fatal("a connection put after close was kept")
	}
}

// A raw body goes back to the pool only when it was read to its end, the
// origin keeps the connection alive and the request's context did not
// close it.
func TestRawBodyCloseKeepsOnlyReusable(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name          string
		left, pre     int
		reuse, closed bool
		want          bool
	}{
		{"drained", 0, 0, true, false, true},
		{"body left", 5, 0, true, false, false},
		{"prefix left", 0, 3, true, false, false},
		{"origin closes", 0, 0, false, false, false},
		{"context ended", 0, 0, true, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var p rawPool
			c := pipeConn(t, "o:80")
			b := &rawBody{pre: bytes.NewReader(make([]byte, tc.pre)), rest: &io.LimitedReader{R: c, N: int64(tc.left)},
				conn: c, stop: func() bool { return !tc.closed }, reuse: tc.reuse, pool: &p}
			b.Close()
			b.Close() // a second Close changes nothing
			if got := p.idleCount() == 1; got != tc.want {
				t.Fatalf("kept %v, want %v", got, tc.want)
			}
			if isClosed(c) == tc.want {
				t.Fatalf("closed %v, want %v", isClosed(c), !tc.want)
			}
		})
	}
}
