package assets

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/oceango/ocean.go/internal/httpx"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// Errors of the file check Publish and AddService run before their first
// transaction. They come wrapped in a *FileError.
var (
	// ErrFileUnavailable: a file is not there — the node cannot reach it,
	// refuses to check it, or reports it the way Ocean Node reports a dead
	// URL (valid, length 0, sha256 of nothing) and the origin answers an
	// error or cannot be reached.
	ErrFileUnavailable = errors.New("assets: file unavailable")
	// ErrFileRefused: the node's policy refuses the file's URL (Ocean
	// Node: "URL is marked as unsafe", its UNSAFE_URLS patterns or, on the
	// devnode, a loopback or private address). The file may well exist;
	// the node will not serve it. Publish a URL the node accepts.
	ErrFileRefused = errors.New("assets: file URL refused by the node")
	// ErrFileMismatch: the bytes of a file do not match what was given
	// (File.SHA256, File.Size) or what its origin announced
	// (Content-Length).
	ErrFileMismatch = errors.New("assets: file does not match")
	// ErrFileUnverifiable: a checksum was asked for, the node's answer does
	// not cover the whole file (Ocean Node hashes at most the first 10 MiB
	// and reports that prefix's length and sha256), and the publisher could
	// not fetch the file to hash it itself. Give File.SHA256 and File.Size,
	// or publish without Checksum.
	ErrFileUnverifiable = errors.New("assets: file checksum cannot be verified")
)

// nodeChecksumCap is Ocean Node's default MAX_CHECKSUM_LENGTH: fileInfo
// reads at most this much of a file (plus one chunk) and reports the
// prefix's length and sha256 as the file's.
const nodeChecksumCap = 10 << 20

// emptySHA256 is sha256(""), what Ocean Node v3.1.0 reports (with
// "valid": true and length 0) for an origin answering 404 or refusing the
// connection.
const emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

// FileError says which file failed the pre-publication check and why. It
// matches ErrFileUnavailable, ErrFileRefused, ErrFileMismatch or
// ErrFileUnverifiable.
type FileError struct {
	Service int    // index of the service in the params
	Index   int    // index of the file in the service
	URL     string // the file's URL (secrets redacted), "" for other storage
	// StatusCode is the origin's HTTP status when the publisher fetched it
	// (0: not fetched, or no answer).
	StatusCode int
	Reason     string
	Err        error // one of the sentinels, joined with the cause if any
}

func (e *FileError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "assets: service %d file %d", e.Service, e.Index)
	if e.URL != "" {
		b.WriteString(" (" + e.URL + ")")
	}
	b.WriteString(": " + e.Reason)
	if e.StatusCode != 0 {
		fmt.Fprintf(&b, " (origin answered %d %s)", e.StatusCode, http.StatusText(e.StatusCode))
	}
	if e.Err != nil {
		b.WriteString(": " + httpx.RedactText(e.Err.Error()))
	}
	return b.String()
}

// Unwrap returns the sentinel and cause.
func (e *FileError) Unwrap() error { return e.Err }

// fileSum is what is published for one file: its sha256 (hex) and size,
// empty when nothing is to be recorded.
type fileSum struct {
	SHA256 string `json:"sha256,omitempty"`
	Size   int64  `json:"size,omitempty"`
}

// checkFiles checks every file of services before any transaction and
// returns, per service and file, the checksum and size to publish. See
// checkFile.
func (c *Client) checkFiles(ctx context.Context, services []ServiceParams) ([][]fileSum, error) {
	out := make([][]fileSum, len(services))
	for i := range services {
		if err := c.checkEncryptedBy(ctx, i, &services[i]); err != nil {
			return nil, err
		}
		out[i] = make([]fileSum, len(services[i].Files))
		for j, f := range services[i].Files {
			s, err := c.checkFile(ctx, i, j, f, services[i].Checksum)
			if err != nil {
				return nil, err
			}
			out[i][j] = s
		}
	}
	return out, nil
}

// checkEncryptedBy checks that the node serving sp encrypted sp's
// encrypted files: no other node can decrypt them. A node that does not
// say its id (classic Provider) is not checked.
func (c *Client) checkEncryptedBy(ctx context.Context, svc int, sp *ServiceParams) error {
	var node *provider.Info
	for j, f := range sp.Files {
		if f.EncryptedBy == "" {
			continue
		}
		if node == nil {
			prov, err := c.node(sp.Endpoint)
			if err != nil {
				return err
			}
			if node, err = prov.Info(ctx); err != nil {
				return fmt.Errorf("assets: service %d: node %s: %w", svc, prov.BaseURL(), err)
			}
		}
		if node.NodeID != "" && node.NodeID != f.EncryptedBy {
			return fmt.Errorf("%w: service %d file %d was encrypted by node %s, the service's node is %s: only the encrypting node can decrypt it",
				ErrInvalidParams, svc, j, f.EncryptedBy, node.NodeID)
		}
	}
	return nil
}

// checkFile asks the node about f (fileInfo) and decides what can be
// published:
//
//   - the node refuses the file, or says it is not valid: ErrFileUnavailable;
//   - the node answers like Ocean Node v3.1.0 does for a dead URL (valid,
//     length 0, sha256 of nothing): the publisher fetches the URL; an error
//     status or no answer is ErrFileUnavailable, a real empty file passes;
//   - a checksum is wanted and the node's one does not cover the whole
//     file (length ≥ 10 MiB, no checksum, or a length other than the
//     origin's Content-Length): the publisher fetches the file, streamed,
//     and publishes its own length and sha256, checked against the
//     origin's Content-Length;
//   - WithOriginHashing(true, …): every URL file is fetched and hashed.
//
// When the publisher cannot reach an origin the node reaches (a private
// origin), the node's checksum is used if it covers the whole file (under
// 10 MiB); otherwise the file is refused with ErrFileUnverifiable rather
// than published with a wrong checksum. Given File.SHA256 and File.Size
// are published as given, and compared when the publisher fetched the
// file.
func (c *Client) checkFile(ctx context.Context, svc, idx int, f File, wantSum bool) (fileSum, error) {
	storage, err := f.Storage()
	if err != nil {
		return fileSum{}, err
	}
	fe := func(status int, reason string, errs ...error) *FileError {
		return &FileError{Service: svc, Index: idx, URL: redactedURL(f.URL), StatusCode: status, Reason: reason, Err: errors.Join(errs...)}
	}
	given := fileSum{SHA256: strings.TrimPrefix(strings.ToLower(f.SHA256), "0x"), Size: f.Size}
	infos, err := c.prov.FileInfo(ctx, provider.FileInfoRequest{File: storage, Checksum: true})
	if err != nil {
		var pe *nodehttp.Error
		if errors.As(err, &pe) && pe.StatusCode != 0 {
			if unsafeURL(pe) {
				return fileSum{}, fe(0, "the node refuses this URL as unsafe (node policy)", ErrFileRefused, err)
			}
			return fileSum{}, fe(0, "the node refused to check it", ErrFileUnavailable, err)
		}
		return fileSum{}, fmt.Errorf("assets: service %d file %d: fileinfo: %w", svc, idx, err)
	}
	if len(infos) == 0 {
		return fileSum{}, fe(0, "the node returned no file information", ErrFileUnavailable)
	}
	fi := infos[0]
	if !fi.Valid {
		return fileSum{}, fe(0, "the node cannot reach it", ErrFileUnavailable)
	}
	nodeSum := strings.TrimPrefix(strings.ToLower(fi.Checksum), "0x")
	deadLike := fi.ContentLength == 0 && (nodeSum == "" || nodeSum == emptySHA256)
	partial := fi.ContentLength >= nodeChecksumCap || nodeSum == ""
	hashed := given.SHA256 != "" || (wantSum && !partial)

	if f.EncryptedBy != "" {
		// The origin holds ciphertext: its checksum is not the content's,
		// which the publisher gave (required for encrypted files).
		if deadLike {
			return fileSum{}, fe(0, "the node reports it empty, as it reports a file it cannot fetch", ErrFileUnavailable)
		}
		return given, nil
	}
	if f.URL == "" {
		// Other storage (ipfs, arweave, s3, …): only the node can read it.
		switch {
		case deadLike:
			return fileSum{}, fe(0, "the node reports it empty, as it reports a file it cannot fetch", ErrFileUnavailable)
		case given.SHA256 != "" || given.Size > 0:
			return given, nil
		case !wantSum:
			return fileSum{}, nil
		case partial:
			return fileSum{}, fe(0, "the node hashes at most the first 10 MiB of a file", ErrFileUnverifiable)
		}
		return fileSum{SHA256: nodeSum, Size: fi.ContentLength}, nil
	}

	always := c.opts.originAlways
	if !always && !deadLike && (!wantSum || given.SHA256 != "") {
		if given.SHA256 != "" || given.Size > 0 {
			return given, nil
		}
		return fileSum{}, nil
	}
	resp, err := c.openOrigin(ctx, f)
	if err != nil || resp.StatusCode < 200 || resp.StatusCode > 299 {
		status := 0
		if resp != nil {
			status = resp.StatusCode
			resp.Body.Close()
		}
		switch {
		case deadLike:
			return fileSum{}, fe(status, "the node reports it empty, as it reports a dead URL, and the origin does not serve it", ErrFileUnavailable, err)
		case always:
			return fileSum{}, fe(status, "the publisher cannot fetch it to hash it", ErrFileUnavailable, err)
		case hashed:
			// A private origin the node reaches: its checksum covers the
			// whole file.
			return fileSum{SHA256: nodeSum, Size: fi.ContentLength}, nil
		}
		return fileSum{}, fe(status, "the node hashes at most the first 10 MiB and the publisher cannot fetch it to hash it", ErrFileUnverifiable, err)
	}
	defer resp.Body.Close()
	if !always && !deadLike && !partial && resp.ContentLength == fi.ContentLength {
		// The node read as many bytes as the origin announces: its
		// checksum is the file's.
		return fileSum{SHA256: nodeSum, Size: fi.ContentLength}, nil
	}
	h := sha256.New()
	n, err := io.CopyBuffer(h, resp.Body, make([]byte, 256<<10))
	if err != nil {
		return fileSum{}, fe(resp.StatusCode, "reading it from the origin failed after "+strconv.FormatInt(n, 10)+" bytes", ErrFileUnavailable, err)
	}
	if resp.ContentLength >= 0 && n != resp.ContentLength {
		return fileSum{}, fe(resp.StatusCode, fmt.Sprintf("the origin announced %d bytes and sent %d", resp.ContentLength, n), ErrFileMismatch)
	}
	own := fileSum{SHA256: hex.EncodeToString(h.Sum(nil)), Size: n}
	if given.SHA256 != "" && given.SHA256 != own.SHA256 {
		return fileSum{}, fe(0, "its sha256 is "+own.SHA256+", not the given "+given.SHA256, ErrFileMismatch)
	}
	if given.Size > 0 && given.Size != own.Size {
		return fileSum{}, fe(0, fmt.Sprintf("its size is %d, not the given %d", own.Size, given.Size), ErrFileMismatch)
	}
	if !wantSum && given.SHA256 == "" && given.Size == 0 {
		return fileSum{}, nil
	}
	return own, nil
}

// openOrigin sends the file's request (method and headers as the node
// would) and returns the response with its body unread.
func (c *Client) openOrigin(ctx context.Context, f File) (*http.Response, error) {
	method := strings.ToUpper(f.Method)
	if method == "" {
		method = http.MethodGet
	}
	req, err := http.NewRequestWithContext(ctx, method, f.URL, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range f.Headers {
		req.Header.Set(k, v)
	}
	resp, err := c.opts.originHTTP.Do(req)
	if err != nil {
		var ue interface{ Unwrap() error }
		if errors.As(err, &ue) {
			err = ue.Unwrap() // *url.Error repeats the URL, which may hold secrets
		}
		return nil, err
	}
	return resp, nil
}

// redactedURL hides credentials and signed query values of a file URL.
func redactedURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return httpx.RedactText(raw)
	}
	return httpx.RedactURL(u)
}

// unsafeURL reports whether the node refused a file URL by policy: Ocean
// Node v3.1.0 answers fileInfo 500 "Error validating the URL file: URL is
// marked as unsafe".
func unsafeURL(pe *nodehttp.Error) bool {
	return strings.Contains(pe.Message, "URL is marked as unsafe") || strings.Contains(string(pe.Body), "URL is marked as unsafe")
}
