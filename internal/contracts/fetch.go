package contracts

import (
	"context"
	"crypto/sha512"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// maxTarball caps a download; the 2.6.0 tarball is 392 KB.
const maxTarball = 64 << 20

// FetchOptions configures Fetch.
type FetchOptions struct {
	// Registry is where the tarball is downloaded from (see ResolveRegistry).
	Registry Registry
	// CacheDir is the cache root; the package is unpacked into
	// CacheDir/<version>. Required.
	CacheDir string
	// Client sends the request; nil uses a client with dial, TLS and
	// response-header timeouts (the overall deadline comes from ctx).
	Client *http.Client
	// Version and Integrity default to PinnedVersion and PinnedIntegrity.
	// Tests set both to serve a tarball of their own.
	Version, Integrity string
}

func (o *FetchOptions) defaults() {
	if o.Version == "" {
		o.Version = PinnedVersion
	}
	if o.Integrity == "" {
		o.Integrity = PinnedIntegrity
	}
	if o.Client == nil {
		o.Client = &http.Client{Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 30 * time.Second}).DialContext,
			TLSHandshakeTimeout:   15 * time.Second,
			ResponseHeaderTimeout: 60 * time.Second,
		}}
	}
}

// FetchError reports a failed download of the package tarball: the
// registry could not be reached or refused, or the bytes did not match the
// pinned integrity (Err is then an *IntegrityError), or did not unpack.
type FetchError struct {
	// URL is the tarball URL tried (without a password).
	URL string
	// Err is the cause.
	Err error
}

// Error implements error.
func (e *FetchError) Error() string {
	return fmt.Sprintf("contracts: download %s: %v", e.URL, e.Err)
}

// Unwrap returns the cause.
func (e *FetchError) Unwrap() error { return e.Err }

// CachedPackage returns the package folder of version in the cache root
// dir, and whether it is there. A folder in the cache is complete: Fetch
// renames it into place only after verifying and unpacking.
func CachedPackage(dir, version string) (string, bool) {
	p := filepath.Join(dir, version)
	st, err := os.Stat(filepath.Join(p, "package.json"))
	return p, err == nil && !st.IsDir()
}

// Fetch returns the package folder of the pinned version in the cache,
// downloading it first when it is not there: the tarball is streamed to a
// temporary file, its SHA-512 checked against the pinned SRI hash before
// anything is unpacked, unpacked into a temporary folder and renamed into
// place. Concurrent calls (in one or several processes) are safe: each
// downloads on its own, the first rename wins and the others discard their
// copy. On failure nothing is left in the cache. Errors from the download
// are *FetchError.
func Fetch(ctx context.Context, o FetchOptions) (string, error) {
	o.defaults()
	if o.CacheDir == "" {
		return "", errors.New("contracts: no cache folder")
	}
	if p, ok := CachedPackage(o.CacheDir, o.Version); ok {
		return p, nil
	}
	if !strings.HasPrefix(o.Integrity, "sha512-") {
		return "", fmt.Errorf("contracts: unsupported integrity %q (want sha512-<base64>)", o.Integrity)
	}
	if err := os.MkdirAll(o.CacheDir, 0o755); err != nil {
		return "", fmt.Errorf("contracts: cache: %w", err)
	}
	tmp, err := os.MkdirTemp(o.CacheDir, ".fetch-"+o.Version+"-")
	if err != nil {
		return "", fmt.Errorf("contracts: cache: %w", err)
	}
	defer os.RemoveAll(tmp)

	u := o.Registry.TarballURL(o.Version)
	fail := func(err error) (string, error) {
		return "", &FetchError{URL: redactURL(u), Err: err}
	}
	tgz, err := download(ctx, o, u, filepath.Join(tmp, "package.tgz"))
	if err != nil {
		return fail(err)
	}
	defer tgz.Close()
	staged := filepath.Join(tmp, "package")
	if err := Unpack(tgz, staged); err != nil {
		return fail(err)
	}
	if err := checkManifest(staged, o.Version); err != nil {
		return fail(err)
	}
	dest := filepath.Join(o.CacheDir, o.Version)
	if err := os.Rename(staged, dest); err != nil {
		// Another process or goroutine won the race: use its copy.
		if p, ok := CachedPackage(o.CacheDir, o.Version); ok {
			return p, nil
		}
		return "", fmt.Errorf("contracts: cache: %w", err)
	}
	return dest, nil
}

// download streams the tarball at u into path, verifying its SHA-512
// against o.Integrity, and returns the file rewound for reading.
func download(ctx context.Context, o FetchOptions, u, path string) (*os.File, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/octet-stream")
	if o.Registry.Token != "" {
		req.Header.Set("Authorization", "Bearer "+o.Registry.Token)
	}
	resp, err := o.Client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is in FetchError already
		}
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("registry answered %s", resp.Status)
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	h := sha512.New()
	n, err := io.Copy(io.MultiWriter(f, h), io.LimitReader(resp.Body, maxTarball+1))
	if err == nil && n > maxTarball {
		err = fmt.Errorf("tarball larger than %d bytes", maxTarball)
	}
	if err == nil {
		err = checkSRI(h, o.Integrity)
	}
	if err == nil {
		_, err = f.Seek(0, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// checkManifest checks that dir holds PackageName at version.
func checkManifest(dir, version string) error {
	name, v, err := readManifest(dir)
	if err != nil {
		return err
	}
	if name != PackageName || v != version {
		return fmt.Errorf("tarball holds %s@%s, want %s@%s", name, v, PackageName, version)
	}
	return nil
}

// readManifest reads the name and version of the npm package in dir.
func readManifest(dir string) (name, version string, err error) {
	raw, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", "", fmt.Errorf("%s has no package.json", dir)
		}
		return "", "", err
	}
	var m struct{ Name, Version string }
	if err := json.Unmarshal(raw, &m); err != nil {
		return "", "", fmt.Errorf("%s: package.json: %w", dir, err)
	}
	return m.Name, m.Version, nil
}
