package devnode

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// rawBody is the body of a plain-HTTP origin response with a known
// length, read straight from the origin's connection. Its WriteTo lets an
// http.ResponseWriter move the bytes socket to socket (splice on Linux),
// without copying them through the node. Closed after the whole body was
// read, its connection goes back to the fetcher's idle pool when the
// origin keeps it alive.
type rawBody struct {
	pre   *bytes.Reader     // body bytes already buffered with the headers
	rest  *io.LimitedReader // the rest, from the connection
	conn  *rawConn
	stop  func() bool // stops closing conn when the request's context ends
	reuse bool        // the origin keeps the connection alive
	pool  *rawPool
	once  sync.Once
}

func (b *rawBody) Read(p []byte) (int, error) {
	if b.pre.Len() > 0 {
		return b.pre.Read(p)
	}
	return b.rest.Read(p)
}

// WriteTo writes the body to w; when w is an http.ResponseWriter on a TCP
// connection, the copy after the buffered prefix is done by the kernel.
func (b *rawBody) WriteTo(w io.Writer) (int64, error) {
	n, err := b.pre.WriteTo(w)
	if err != nil {
		return n, err
	}
	m, err := io.Copy(w, b.rest)
	n += m
	if err == nil && b.rest.N > 0 {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

// Close returns the connection to the idle pool when the body was read to
// its end and the request's context did not close it; otherwise it closes
// the connection.
func (b *rawBody) Close() error {
	b.once.Do(func() {
		// stop reports false when the context's end closed conn.
		if b.stop() && b.reuse && b.pre.Len() == 0 && b.rest.N == 0 {
			b.pool.put(b.conn)
			return
		}
		b.conn.Close()
	})
	return nil
}

// rawConn is a connection to an origin with the reader its responses are
// parsed from; between requests the reader holds no bytes.
type rawConn struct {
	net.Conn
	br   *bufio.Reader
	key  string    // the origin's host:port, as the URL names it
	idle time.Time // when it went back to the pool
}

// Idle connections kept per origin and in all, and for how long.
const (
	rawIdlePerHost = 4
	rawIdleTotal   = 16
	rawIdleTimeout = 30 * time.Second
)

// rawPool keeps origin connections of the raw fast path alive between
// downloads, as an HTTP client's keep-alive pool does: a download then
// skips the TCP handshake and the origin's accept. It holds at most
// rawIdlePerHost connections per origin and rawIdleTotal in all, each for
// at most rawIdleTimeout; a connection is only reused for the host:port
// it was dialled for, so the address check done at dial time holds.
type rawPool struct {
	mu     sync.Mutex
	idle   map[string][]*rawConn // oldest first
	n      int
	closed bool
}

// get returns an idle connection to key, closing those that idled too
// long; nil if there is none.
func (p *rawPool) get(key string) *rawConn {
	p.mu.Lock()
	defer p.mu.Unlock()
	for l := p.idle[key]; len(l) > 0; l = p.idle[key] {
		c := l[len(l)-1]
		p.remove(key, len(l)-1)
		if time.Since(c.idle) < rawIdleTimeout {
			return c
		}
		c.Close()
	}
	return nil
}

// remove drops entry i of key's list; p.mu is held.
func (p *rawPool) remove(key string, i int) {
	l := p.idle[key]
	l = append(l[:i], l[i+1:]...)
	if len(l) == 0 {
		delete(p.idle, key)
	} else {
		p.idle[key] = l
	}
	p.n--
}

// put makes c idle, closing the oldest idle connection of its origin, or
// of all, when a limit is reached.
func (p *rawPool) put(c *rawConn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		c.Close()
		return
	}
	if l := p.idle[c.key]; len(l) >= rawIdlePerHost {
		l[0].Close()
		p.remove(c.key, 0)
	}
	if p.n >= rawIdleTotal {
		var oldKey string
		var oldest time.Time
		for k, l := range p.idle {
			if oldKey == "" || l[0].idle.Before(oldest) {
				oldKey, oldest = k, l[0].idle
			}
		}
		p.idle[oldKey][0].Close()
		p.remove(oldKey, 0)
	}
	c.idle = time.Now()
	if p.idle == nil {
		p.idle = map[string][]*rawConn{}
	}
	p.idle[c.key] = append(p.idle[c.key], c)
	p.n++
}

// idleCount is the number of idle connections.
func (p *rawPool) idleCount() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n
}

// close closes every idle connection; later puts close theirs.
func (p *rawPool) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	for _, l := range p.idle {
		for _, c := range l {
			c.Close()
		}
	}
	p.idle, p.n = nil, 0
}

// errRawRetry is a connection's failure before any byte of the answer
// arrived (for a reused one: the origin closed it while it was idle). The
// GET is then sent again on a new connection, as an HTTP client does.
var errRawRetry = errors.New("devnode: origin connection lost before the answer")

// openRaw requests a plain-HTTP GET file object and returns the response
// with a rawBody when the origin answers 200 or 206 with a Content-Length
// and no transfer coding. ok is false when this fast path does not apply
// (https, POST, redirects, unknown length); the caller then uses the
// regular client. The request goes on an idle connection to the same
// origin when there is one.
func (f *fetcher) openRaw(ctx context.Context, fo fileObject, rangeHeader string) (resp *http.Response, ok bool, err error) {
	if !strings.EqualFold(fo.Type, "url") || (fo.Method != "" && !strings.EqualFold(fo.Method, http.MethodGet)) {
		return nil, false, nil
	}
	u, err := url.Parse(fo.URL)
	if err != nil || u.Scheme != "http" || u.Host == "" {
		return nil, false, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, false, nil
	}
	for k, v := range fo.Headers {
		req.Header.Set(k, v)
	}
	if rangeHeader != "" {
		req.Header.Set("Range", rangeHeader)
	}
	addr := u.Host
	if u.Port() == "" {
		addr = net.JoinHostPort(u.Hostname(), "80")
	}
	if c := f.raw.get(addr); c != nil {
		resp, ok, err = f.rawRoundTrip(ctx, c, req)
		if !errors.Is(err, errRawRetry) {
			return resp, ok, err
		}
	}
	conn, err := f.dial(ctx, "tcp", addr)
	if err != nil {
		if errors.Is(err, errUnsafeURL) {
			return nil, true, errUnsafeURL
		}
		return nil, true, errFetch
	}
	c := &rawConn{Conn: conn, br: bufio.NewReaderSize(conn, 64<<10), key: addr}
	resp, ok, err = f.rawRoundTrip(ctx, c, req)
	if errors.Is(err, errRawRetry) {
		return nil, false, nil
	}
	return resp, ok, err
}

// rawRoundTrip sends req on c and reads the answer's head. Any failure
// closes c; a failure before the answer's first byte is errRawRetry, any
// other a nil error with ok false.
func (f *fetcher) rawRoundTrip(ctx context.Context, c *rawConn, req *http.Request) (*http.Response, bool, error) {
	stop := context.AfterFunc(ctx, func() { c.Close() })
	fail := func(err error) (*http.Response, bool, error) {
		stop()
		c.Close()
		return nil, false, err
	}
	if err := req.Write(c); err != nil {
		return fail(errRawRetry)
	}
	if _, err := c.br.Peek(1); err != nil {
		return fail(errRawRetry)
	}
	resp, err := http.ReadResponse(c.br, req)
	if err != nil {
		return fail(nil)
	}
	if (resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusPartialContent) ||
		resp.ContentLength < 0 || len(resp.TransferEncoding) > 0 || resp.Uncompressed {
		resp.Body.Close()
		return fail(nil)
	}
	buffered := c.br.Buffered()
	if int64(buffered) > resp.ContentLength {
		resp.Body.Close() // more bytes than the body: not a peer to keep
		return fail(nil)
	}
	pre, err := c.br.Peek(buffered)
	if err != nil {
		resp.Body.Close()
		return fail(nil)
	}
	pre = bytes.Clone(pre)
	c.br.Discard(buffered)
	resp.Body = &rawBody{
		pre:   bytes.NewReader(pre),
		rest:  &io.LimitedReader{R: c.Conn, N: resp.ContentLength - int64(len(pre))},
		conn:  c,
		stop:  stop,
		reuse: !resp.Close,
		pool:  &f.raw,
	}
	return resp, true, nil
}
