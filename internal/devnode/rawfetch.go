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
)

// rawBody is the body of a plain-HTTP origin response with a known
// length, read straight from the origin's connection. Its WriteTo lets an
// http.ResponseWriter move the bytes socket to socket (splice on Linux),
// without copying them through the node.
type rawBody struct {
	pre  *bytes.Reader     // body bytes already buffered with the headers
	rest *io.LimitedReader // the rest, from the connection
	conn net.Conn
	stop func() bool
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

func (b *rawBody) Close() error {
	b.stop()
	return b.conn.Close()
}

// openRaw requests a plain-HTTP GET file object over its own connection
// and returns the response with a rawBody when the origin answers 200 or
// 206 with a Content-Length and no transfer coding. ok is false when this
// fast path does not apply (https, POST, redirects, unknown length); the
// caller then uses the regular client.
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
	req.Close = true
	addr := u.Host
	if u.Port() == "" {
		addr = net.JoinHostPort(u.Hostname(), "80")
	}
	conn, err := f.dial(ctx, "tcp", addr)
	if err != nil {
		if errors.Is(err, errUnsafeURL) {
			return nil, true, errUnsafeURL
		}
		return nil, true, errFetch
	}
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	fail := func() (*http.Response, bool, error) {
		stop()
		conn.Close()
		return nil, false, nil
	}
	if err := req.Write(conn); err != nil {
		return fail()
	}
	br := bufio.NewReaderSize(conn, 64<<10)
	resp, err = http.ReadResponse(br, req)
	if err != nil {
		return fail()
	}
	if (resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusPartialContent) ||
		resp.ContentLength < 0 || len(resp.TransferEncoding) > 0 || resp.Uncompressed {
		resp.Body.Close()
		return fail()
	}
	pre, err := br.Peek(min(br.Buffered(), int(resp.ContentLength)))
	if err != nil {
		resp.Body.Close()
		return fail()
	}
	resp.Body = &rawBody{
		pre:  bytes.NewReader(bytes.Clone(pre)),
		rest: &io.LimitedReader{R: conn, N: resp.ContentLength - int64(len(pre))},
		conn: conn,
		stop: stop,
	}
	return resp, true, nil
}
