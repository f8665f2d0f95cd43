package devnode

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"path"
	"strconv"
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
	// EncryptedBy (a node id) and EncryptMethod ("AES", "ECIES") mark
	// content encrypted by a node's encryptFile.
	EncryptedBy   string `json:"encryptedBy,omitempty"`
	EncryptMethod string `json:"encryptMethod,omitempty"`
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
	raw           rawPool // idle connections of openRaw
}

// close closes the fetcher's idle connections.
func (f *fetcher) close() {
	f.raw.close()
	f.client.CloseIdleConnections()
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
	if ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() {
		return false
	}
	return !inBlockedNet(ip)
}

// inBlockedNet reports whether ip is in a special-purpose range file URLs
// may not reach besides loopback, private, link-local, multicast and
// unspecified addresses: "this network", carrier-grade NAT (some clouds'
// metadata services), IETF protocol assignments, benchmarking, reserved,
// and the NAT64 prefixes (whose addresses reach embedded IPv4 addresses).
func inBlockedNet(ip net.IP) bool {
	addr, ok := netip.AddrFromSlice(ip)
	if !ok {
		return true
	}
	addr = addr.Unmap()
	for _, s := range [...]string{"0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "198.18.0.0/15", "240.0.0.0/4",
		"64:ff9b::/96", "64:ff9b:1::/48"} {
		if netip.MustParsePrefix(s).Contains(addr) {
			return true
		}
	}
	return false
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
	Name          string `json:"name"`
	Type          string `json:"type"`
	EncryptedBy   string `json:"encryptedBy,omitempty"`
	EncryptMethod string `json:"encryptMethod,omitempty"`
}

// infoChunk is the most fileInfo reads at once: it stops after the read
// that takes it past the limit, so it reads at most limit+infoChunk bytes.
const infoChunk = 64 << 10

// info answers fileInfo for fo as Ocean Node v3.1.0 does
// (fetchFileMetadata): it reads the file until it has more than limit
// bytes, and reports the length and sha256 of what it read, whatever the
// file's real size; an origin that cannot be reached or answers an error
// status is reported valid with length 0, no content type and the sha256
// of nothing. Only a refused URL (unsafe, unsupported) is an error.
func (f *fetcher) info(ctx context.Context, fo fileObject, limit int64) (fileInfo, error) {
	h := sha256.New()
	out := fileInfo{Valid: true, ContentLength: "0", Name: fileName(fo), Type: strings.ToLower(fo.Type),
		EncryptedBy: fo.EncryptedBy, EncryptMethod: fo.EncryptMethod}
	empty := func() fileInfo {
		out.Checksum = hex.EncodeToString(h.Sum(nil))
		return out
	}
	resp, err := f.open(ctx, fo, "")
	if err != nil {
		if errors.Is(err, errUnsafeURL) || errors.Is(err, errUnsupported) || errors.Is(err, errBadFiles) {
			return out, err
		}
		return empty(), nil
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return empty(), nil
	}
	out.ContentType = resp.Header.Get("Content-Type")
	buf := make([]byte, infoChunk)
	var total int64
	for total <= limit {
		n, err := resp.Body.Read(buf)
		total += int64(n)
		h.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			// Ocean Node keeps the content type and the checksum of what
			// it read, and reports length 0.
			return empty(), nil
		}
	}
	out.ContentLength = strconv.FormatInt(total, 10)
	out.Checksum = hex.EncodeToString(h.Sum(nil))
	return out, nil
}
