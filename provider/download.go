package provider

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/common"
)

// DownloadRequest describes one file to download from an access service
// the consumer has ordered.
type DownloadRequest struct {
	DID          string
	ServiceID    string
	FileIndex    int
	TransferTxID string // the startOrder (or reuseOrder) transaction
	Auth         Auth   // the consumer
	UserData     map[string]any

	// ExpectedSize, when positive, is checked against the bytes received.
	ExpectedSize int64
	// ExpectedSHA256, when set (hex, optional 0x), is checked against the
	// sha256 of the bytes received.
	ExpectedSHA256 string
	// SHA256 computes DownloadResult.SHA256 without checking it. Hashing
	// costs throughput on fast links, so it is off unless asked for.
	SHA256 bool
	// Progress, when set, is called after each chunk with the bytes
	// written so far and the total (-1 when unknown). It runs on the
	// downloading goroutine and must be quick.
	Progress func(written, total int64)
	// IdleTimeout aborts an attempt when no byte arrives for this long
	// (default one minute). The overall deadline is ctx.
	IdleTimeout time.Duration
	// MaxResumes is how often a broken transfer is resumed (default 3,
	// negative: never). A resume is a new signed request with a Range
	// header; when the server ignores Range (Ocean Node does) the bytes
	// already written are skipped.
	MaxResumes int
}

// DownloadResult describes a completed download.
type DownloadResult struct {
	// FileName is the server's name from Content-Disposition, made safe
	// (see SafeFileName); "" when none was given or it was unsafe.
	FileName    string
	ContentType string
	Size        int64  // bytes written
	SHA256      string // hex sha256 of the bytes written, when requested
	Resumes     int    // transfers resumed after a break
	// Path is where DownloadFile stored the file.
	Path string
}

// Validate reports a missing DID, ServiceID or TransferTxID, or a negative
// FileIndex.
func (r *DownloadRequest) Validate() error {
	if r.DID == "" || r.ServiceID == "" || r.TransferTxID == "" {
		return errors.New("provider: DownloadRequest needs DID, ServiceID and TransferTxID")
	}
	if r.FileIndex < 0 {
		return errors.New("provider: DownloadRequest: negative FileIndex")
	}
	return nil
}

// Download streams one file of a service to w (GET download, signed).
// Memory use does not depend on the file size. Errors: nodehttp.ErrUnauthorized for
// bad signatures or tokens, ErrIntegrity for size or checksum mismatches,
// *nodehttp.Error with the node's own status and message for other answers (Ocean
// Node answers 500 "Tx id used not valid…" when the order does not match
// the consumer or service, 500 "{}" for an unknown order, for instance
// right after ordering on a lagging RPC: calling Download again signs a
// new request). The signed request itself is never replayed.
func (c *Client) Download(ctx context.Context, r DownloadRequest, w io.Writer) (*DownloadResult, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return c.transfer(ctx, c.downloadFetcher(r), transferOpts{
		expectedSize: r.ExpectedSize, expectedSHA: r.ExpectedSHA256, progress: r.Progress,
		idle: r.IdleTimeout, maxResumes: r.MaxResumes, hash: r.SHA256 || r.ExpectedSHA256 != "",
	}, w, 0, nil)
}

func (c *Client) downloadFetcher(r DownloadRequest) fetchFunc {
	return func(ctx context.Context, offset int64) (*http.Response, error) {
		d, err := c.dialectOf(ctx)
		if err != nil {
			return nil, err
		}
		msg := nodeMessage(cmdDownload)
		if d == DialectClassic {
			msg = func(_ common.Address, nonce string) string { return r.DID + nonce }
		}
		var resp *http.Response
		err = c.signedRead(ctx, r.Auth, msg, func(addr common.Address, nonce, sig string) error {
			q := map[string][]string{"documentId": {r.DID}, "serviceId": {r.ServiceID},
				"fileIndex": {strconv.Itoa(r.FileIndex)}, "transferTxId": {r.TransferTxID}}
			h := http.Header{}
			authParams(d, r.Auth, "consumerAddress", addr, nonce, sig, q, h)
			if r.UserData != nil {
				b, err := marshalCompact(r.UserData)
				if err != nil {
					return err
				}
				q["userdata"] = []string{string(b)}
			}
			if offset > 0 {
				h.Set("Range", "bytes="+strconv.FormatInt(offset, 10)+"-")
			}
			var err error
			resp, err = c.do(ctx, request{endpoint: "download", query: q, header: h})
			return err
		})
		return resp, err
	}
}

// DownloadFile downloads to a file with an atomic rename: bytes go to
// "<path>.part", which is synced and renamed to path once complete and
// verified. If path is an existing directory, the file is stored under the
// server's safe file name (or "file<index>"). A "<path>.part" left by an
// interrupted call is resumed.
func (c *Client) DownloadFile(ctx context.Context, r DownloadRequest, path string) (*DownloadResult, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return c.transferToFile(ctx, c.downloadFetcher(r), transferOpts{
		expectedSize: r.ExpectedSize, expectedSHA: r.ExpectedSHA256, progress: r.Progress,
		idle: r.IdleTimeout, maxResumes: r.MaxResumes, hash: r.SHA256 || r.ExpectedSHA256 != "",
	}, path, "file"+strconv.Itoa(r.FileIndex))
}

func (c *Client) transferToFile(ctx context.Context, fetch fetchFunc, o transferOpts, path, fallback string) (*DownloadResult, error) {
	st, err := os.Stat(path)
	isDir := err == nil && st.IsDir()
	var part string
	var f *os.File
	var offset int64
	var h hash.Hash
	if o.hash {
		h = sha256.New()
	}
	if isDir {
		f, err = os.CreateTemp(path, ".download-*.part")
		if err != nil {
			return nil, fmt.Errorf("provider: %w", err)
		}
		part = f.Name()
	} else {
		part = path + ".part"
		f, err = os.OpenFile(part, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, fmt.Errorf("provider: %w", err)
		}
		// Resume a previous partial download: hash what is there.
		dst := io.Discard
		if h != nil {
			dst = h
		}
		if offset, err = io.Copy(dst, f); err != nil {
			f.Close()
			return nil, fmt.Errorf("provider: read partial file: %w", err)
		}
	}
	res, err := c.transfer(ctx, fetch, o, f, offset, h)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		if isDir || errors.Is(err, ErrIntegrity) {
			os.Remove(part)
		}
		return nil, err
	}
	final := path
	if isDir {
		name := res.FileName
		if name == "" {
			name = fallback
		}
		final = filepath.Join(path, name)
	}
	if err := os.Rename(part, final); err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	res.Path = final
	return res, nil
}

// fetchFunc performs one (signed) request for the bytes from offset on.
type fetchFunc func(ctx context.Context, offset int64) (*http.Response, error)

type transferOpts struct {
	expectedSize int64
	expectedSHA  string
	progress     func(written, total int64)
	idle         time.Duration
	maxResumes   int
	hash         bool
}

// transfer copies the resource to w, resuming after breaks. offset bytes
// were already written (and hashed into h).
func (c *Client) transfer(ctx context.Context, fetch fetchFunc, o transferOpts, w io.Writer, offset int64, h hash.Hash) (*DownloadResult, error) {
	if h == nil && o.hash {
		h = sha256.New()
	}
	if o.idle <= 0 {
		o.idle = time.Minute
	}
	if o.maxResumes == 0 {
		o.maxResumes = 3
	}
	res := &DownloadResult{}
	written := offset
	total := int64(-1)
	buf := make([]byte, 256<<10)
	for {
		actx, cancel := context.WithCancel(ctx)
		resp, err := fetch(actx, written)
		if err != nil {
			cancel()
			return nil, err
		}
		if res.ContentType == "" {
			res.ContentType = resp.Header.Get("Content-Type")
		}
		if res.FileName == "" {
			res.FileName = SafeFileName(resp.Header.Get("Content-Disposition"))
		}
		skip := int64(0)
		start := int64(0)
		if resp.StatusCode == http.StatusPartialContent {
			s, t, ok := parseContentRange(resp.Header.Get("Content-Range"))
			switch {
			case ok:
				start = s
				if t >= 0 {
					total = t
				}
			case written > 0:
				start = written // classic echoes "Range", not Content-Range
			}
			if start > written {
				resp.Body.Close()
				cancel()
				return nil, fmt.Errorf("provider: server resumed at byte %d, wanted %d", start, written)
			}
			skip = written - start
		} else {
			skip = written // Range ignored: the whole body again
			if resp.ContentLength >= 0 {
				total = resp.ContentLength
			}
		}
		if resp.StatusCode == http.StatusPartialContent && total < 0 && resp.ContentLength >= 0 {
			total = start + resp.ContentLength
		}
		body := &idleReader{r: resp.Body, d: o.idle, cancel: cancel}
		body.arm()
		var cerr error
		if skip > 0 {
			var n int64
			n, cerr = io.CopyBuffer(io.Discard, io.LimitReader(body, skip), buf)
			if cerr == nil && n < skip {
				cerr = io.ErrUnexpectedEOF
			}
		}
		if cerr == nil {
			cerr = copyProgress(w, h, body, buf, &written, total, o.progress)
		}
		body.stop()
		resp.Body.Close()
		idled := body.fired()
		cancel()
		if cerr == nil && total >= 0 && written < total {
			cerr = io.ErrUnexpectedEOF
		}
		if cerr == nil {
			break
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("provider: download: %w", ctx.Err())
		}
		var we writeError
		if errors.As(cerr, &we) || res.Resumes >= o.maxResumes || o.maxResumes < 0 {
			if idled {
				cerr = fmt.Errorf("no data for %v: %w", o.idle, cerr)
			}
			return nil, fmt.Errorf("provider: download broken after %d bytes: %w", written, cerr)
		}
		res.Resumes++
		if c.log != nil {
			c.log.DebugContext(ctx, "provider: resuming download", "offset", written, "idle", idled)
		}
	}
	res.Size = written
	if h != nil {
		res.SHA256 = hex.EncodeToString(h.Sum(nil))
	}
	if o.expectedSize > 0 && written != o.expectedSize {
		return nil, fmt.Errorf("%w: size %d, expected %d", ErrIntegrity, written, o.expectedSize)
	}
	if want := strings.TrimPrefix(strings.ToLower(o.expectedSHA), "0x"); want != "" && want != res.SHA256 {
		return nil, fmt.Errorf("%w: sha256 %s, expected %s", ErrIntegrity, res.SHA256, want)
	}
	return res, nil
}

type writeError struct{ error }

func (e writeError) Unwrap() error { return e.error }

func copyProgress(w io.Writer, h hash.Hash, r io.Reader, buf []byte, written *int64, total int64, progress func(int64, int64)) error {
	for {
		n, err := r.Read(buf)
		if n > 0 {
			if _, werr := w.Write(buf[:n]); werr != nil {
				return writeError{werr}
			}
			if h != nil {
				h.Write(buf[:n])
			}
			*written += int64(n)
			if progress != nil {
				progress(*written, total)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// idleReader cancels the attempt when no Read returns data for d.
type idleReader struct {
	r      io.Reader
	d      time.Duration
	cancel context.CancelFunc
	mu     sync.Mutex
	t      *time.Timer
	fire   bool
}

func (i *idleReader) arm() {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.t = time.AfterFunc(i.d, func() {
		i.mu.Lock()
		i.fire = true
		i.mu.Unlock()
		i.cancel()
	})
}

func (i *idleReader) Read(p []byte) (int, error) {
	n, err := i.r.Read(p)
	if n > 0 {
		i.t.Reset(i.d)
	}
	return n, err
}

func (i *idleReader) stop() { i.t.Stop() }

func (i *idleReader) fired() bool {
	i.mu.Lock()
	defer i.mu.Unlock()
	return i.fire
}

// parseContentRange reads "bytes 100-199/1000" (total -1 for "*").
func parseContentRange(v string) (start, total int64, ok bool) {
	v = strings.TrimSpace(v)
	rest, found := strings.CutPrefix(v, "bytes ")
	if !found {
		return 0, 0, false
	}
	rng, tot, found := strings.Cut(rest, "/")
	if !found {
		return 0, 0, false
	}
	s, _, found := strings.Cut(rng, "-")
	if !found {
		return 0, 0, false
	}
	start, err := strconv.ParseInt(s, 10, 64)
	if err != nil || start < 0 {
		return 0, 0, false
	}
	total = -1
	if tot != "*" {
		if total, err = strconv.ParseInt(tot, 10, 64); err != nil || total < 0 {
			return 0, 0, false
		}
	}
	return start, total, true
}

// SafeFileName extracts the file name from a Content-Disposition header
// and returns it only if it is safe to use as a file name in a directory:
// no path separators, no "..", no control characters, not hidden, at most
// 255 bytes. Otherwise it returns "". (ocean.py's
// _validate_content_disposition rejects the same.)
func SafeFileName(contentDisposition string) string {
	if contentDisposition == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentDisposition)
	name := params["filename"]
	if err != nil || name == "" {
		// tolerate "attachment;filename=a b.txt" (classic: unquoted)
		_, after, found := strings.Cut(contentDisposition, "filename=")
		if !found {
			return ""
		}
		name = strings.Trim(strings.TrimSpace(strings.SplitN(after, ";", 2)[0]), `"`)
	}
	if name == "" || len(name) > 255 || name == "." || strings.HasPrefix(name, ".") ||
		strings.ContainsAny(name, `/\:`) || strings.Contains(name, "..") {
		return ""
	}
	for _, r := range name {
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			return ""
		}
	}
	return name
}
