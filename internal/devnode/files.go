package devnode

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/oceango/ocean.go/internal/ecies"
)

// File access failures. Their texts never contain a URL.
const (
	errUnsafeURL   wireError = "URL is marked as unsafe"
	errUnsupported wireError = "Unsupported file type"
	errFetch       wireError = "file origin not reachable"
	errBadFiles    wireError = "Invalid files object"
)

// fileObject is one entry of a files object (ddo.md §5). Only the "url"
// type is served by the devnode.
type fileObject struct {
	Type    string            `json:"type"`
	URL     string            `json:"url,omitempty"`
	Method  string            `json:"method,omitempty"`
	Headers map[string]string `json:"headers,omitempty"`
}

// filesObject is the plaintext of a service's encrypted files field.
type filesObject struct {
	DatatokenAddress string       `json:"datatokenAddress"`
	NFTAddress       string       `json:"nftAddress"`
	Files            []fileObject `json:"files"`
}

// decryptFiles decrypts a service's files field ("0x" + hex ECIES).
func (n *Node) decryptFiles(encrypted string) (*filesObject, error) {
	raw, err := hex.DecodeString(strings.TrimPrefix(encrypted, "0x"))
	if err != nil {
		return nil, errBadFiles
	}
	plain, err := ecies.Decrypt(n.key, raw)
	if err != nil {
		return nil, errBadFiles
	}
	var fo filesObject
	if err := json.Unmarshal(plain, &fo); err != nil {
		return nil, errBadFiles
	}
	return &fo, nil
}

// fetcher fetches file URLs, refusing hosts that resolve to loopback,
// private, link-local or unspecified addresses unless allowed. The check
// happens at dial time on the resolved address, for every redirect too,
// so DNS rebinding cannot bypass it.
type fetcher struct {
	client        *http.Client
	dialer        net.Dialer
	allowed       map[string]bool
	allowLoopback bool
}

// dial resolves addr, refuses it unless every address it resolves to is
// allowed, and connects to the checked address.
func (f *fetcher) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, errUnsafeURL
	}
	ips, err := net.DefaultResolver.LookupIPAddr(ctx, host)
	if err != nil || len(ips) == 0 {
		return nil, errFetch
	}
	for _, ip := range ips {
		if !f.ipAllowed(ip.IP, host, port) {
			return nil, errUnsafeURL
		}
	}
	return f.dialer.DialContext(ctx, network, net.JoinHostPort(ips[0].IP.String(), port))
}

func newFetcher(allowed []string, allowLoopback bool) *fetcher {
	f := &fetcher{allowed: map[string]bool{}, allowLoopback: allowLoopback,
		dialer: net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}}
	for _, a := range allowed {
		f.allowed[strings.ToLower(a)] = true
	}
	tr := &http.Transport{
		DialContext:           f.dial,
		MaxIdleConnsPerHost:   16,
		IdleConnTimeout:       90 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
		DisableCompression:    true,
		ReadBufferSize:        256 << 10,
		WriteBufferSize:       64 << 10,
	}
	f.client = &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 || (req.URL.Scheme != "http" && req.URL.Scheme != "https") {
				return errUnsafeURL
			}
			return nil
		},
	}
	return f
}

func (f *fetcher) ipAllowed(ip net.IP, host, port string) bool {
	if f.allowed[strings.ToLower(host)] || f.allowed[strings.ToLower(net.JoinHostPort(host, port))] {
		return true
	}
	if ip.IsLoopback() {
		return f.allowLoopback
	}
	return !(ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast())
}

// open requests a file object. rangeHeader, if not empty, is forwarded.
// The caller closes the response body. Errors never carry the URL.
func (f *fetcher) open(ctx context.Context, fo fileObject, rangeHeader string) (*http.Response, error) {
	if !strings.EqualFold(fo.Type, "url") {
		return nil, errUnsupported
	}
	u, err := url.Parse(fo.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errUnsafeURL
	}
	method := strings.ToUpper(fo.Method)
	if method == "" {
		method = http.MethodGet
	}
	if method != http.MethodGet && method != http.MethodPost {
		return nil, errBadFiles
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), nil)
	if err != nil {
		return nil, errBadFiles
	}
	for k, v := range fo.Headers {
		req.Header.Set(k, v)
	}
	if rangeHeader != "" {
		req.Header.Set("Range", rangeHeader)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		if errors.Is(err, errUnsafeURL) {
			return nil, errUnsafeURL
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, errFetch
	}
	return resp, nil
}

// fileName is the last segment of the URL's path, as Ocean Node reports it.
func fileName(fo fileObject) string {
	u, err := url.Parse(fo.URL)
	if err != nil {
		return ""
	}
	return path.Base("/" + strings.TrimSuffix(u.Path, "/"))
}

// fileInfo is one fileInfo answer entry (Ocean Node field order).
type fileInfo struct {
	Valid         bool   `json:"valid"`
	ContentLength string `json:"contentLength"`
	ContentType   string `json:"contentType"`
	Checksum      string `json:"checksum,omitempty"`
	ChecksumType  string `json:"checksumType,omitempty"`
	Name          string `json:"name"`
	Type          string `json:"type"`
}

// info fetches fo and reports its size, type and (up to limit bytes)
// sha256 checksum, streaming: the file is never held in memory.
func (f *fetcher) info(ctx context.Context, fo fileObject, limit int64) (fileInfo, error) {
	out := fileInfo{Name: fileName(fo), Type: strings.ToLower(fo.Type)}
	resp, err := f.open(ctx, fo, "")
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	out.ContentType = resp.Header.Get("Content-Type")
	if resp.StatusCode >= 400 {
		out.ContentLength = "0"
		return out, nil
	}
	h := sha256.New()
	read, err := io.Copy(h, io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return out, errFetch
	}
	out.Valid = true
	if read <= limit {
		out.ContentLength = fmt.Sprint(read)
		out.Checksum = hex.EncodeToString(h.Sum(nil))
		out.ChecksumType = "sha256"
	} else if resp.ContentLength >= 0 {
		out.ContentLength = fmt.Sprint(resp.ContentLength)
	} else {
		out.ContentLength = ""
	}
	return out, nil
}
