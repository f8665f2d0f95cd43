// Package contractstest is a stand-in npm registry for tests: it serves an
// @oceanprotocol/contracts tarball packed from an unpacked package folder
// (the repository's node_modules copy), so the download, verification and
// unpacking of the contract artifacts are tested without the network.
//
// A repacked tarball does not have the bytes npm publishes, so its SRI
// hash differs from contracts.PinnedIntegrity: tests pass Registry.Integrity
// to the fetch they drive, or prime a cache folder that a child process
// then uses.
package contractstest

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// Pack returns an npm-style tarball of the package folder dir (entries
// below package/, as npm pack writes them) and its SRI hash. The bytes are
// the same for the same folder.
func Pack(t testing.TB, dir string) (tgz []byte, integrity string) {
	t.Helper()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	tw := tar.NewWriter(zw)
	mtime := time.Date(1985, 10, 26, 8, 15, 0, 0, time.UTC) // npm pack's fixed date
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		name := "package/" + filepath.ToSlash(rel)
		if d.IsDir() {
			return tw.WriteHeader(&tar.Header{Name: name + "/", Mode: 0o755, ModTime: mtime, Typeflag: tar.TypeDir})
		}
		body, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, ModTime: mtime, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			return err
		}
		_, err = tw.Write(body)
		return err
	})
	if err == nil {
		err = tw.Close()
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		t.Fatalf("contractstest: pack %s: %v", dir, err)
	}
	sum := sha512.Sum512(buf.Bytes())
	return buf.Bytes(), "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

// Options configures NewRegistry.
type Options struct {
	// Token, when set, is the bearer token the registry requires.
	Token string
	// Hold keeps every answer back until Hold requests have arrived, so
	// that concurrent first uses really download at the same time.
	Hold int
}

// Registry is a running stand-in npm registry serving one tarball at
// <URL>/@oceanprotocol/contracts/-/contracts-<Version>.tgz. URL has a path
// (/npm/), as registry mirrors do, so a client that drops it fails.
type Registry struct {
	// URL is the registry base URL, ending in "/npm/".
	URL string
	// Version is the version of the packed package.
	Version string
	// Integrity is the SRI hash of the served tarball.
	Integrity string

	mu       sync.Mutex
	requests int
	held     chan struct{}
}

// NewRegistry packs the package folder pkgDir and serves it until the test
// ends.
func NewRegistry(t testing.TB, pkgDir string, o Options) *Registry {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(pkgDir, "package.json"))
	if err != nil {
		t.Fatalf("contractstest: %v", err)
	}
	var m struct{ Version string }
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("contractstest: %s: %v", pkgDir, err)
	}
	tgz, sri := Pack(t, pkgDir)
	r := &Registry{Version: m.Version, Integrity: sri, held: make(chan struct{})}
	if o.Hold <= 1 {
		close(r.held)
	}
	path := "/npm/@oceanprotocol/contracts/-/contracts-" + m.Version + ".tgz"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		r.mu.Lock()
		r.requests++
		if r.requests == o.Hold {
			close(r.held)
		}
		r.mu.Unlock()
		select {
		case <-r.held:
		case <-req.Context().Done():
			return
		}
		switch {
		case req.Method != http.MethodGet || req.URL.Path != path:
			http.NotFound(w, req)
		case o.Token != "" && req.Header.Get("Authorization") != "Bearer "+o.Token:
			http.Error(w, "unauthorized", http.StatusUnauthorized)
		default:
			w.Header().Set("Content-Type", "application/octet-stream")
			_, _ = w.Write(tgz)
		}
	}))
	t.Cleanup(srv.Close)
	r.URL = srv.URL + "/npm/"
	return r
}

// Requests returns how many requests the registry has received.
func (r *Registry) Requests() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.requests
}
