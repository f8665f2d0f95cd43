package contracts

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// IntegrityError reports a tarball whose SRI hash differs from the pin.
type IntegrityError struct {
	// Want is the expected SRI hash, Got the hash of the bytes received.
	Want, Got string
}

// Error implements error.
func (e *IntegrityError) Error() string {
	return fmt.Sprintf("contracts: tarball integrity mismatch: want %s, got %s", e.Want, e.Got)
}

// ErrUnsafeTarball is returned by Unpack for an entry that is not a
// regular file or folder, or whose name leaves the package folder.
var ErrUnsafeTarball = errors.New("contracts: unsafe tarball entry")

// VerifyIntegrity checks data against an npm SRI hash "sha512-<base64>".
func VerifyIntegrity(data []byte, sri string) error {
	if !strings.HasPrefix(sri, "sha512-") {
		return fmt.Errorf("contracts: unsupported integrity %q (want sha512-<base64>)", sri)
	}
	h := sha512.New()
	h.Write(data)
	return checkSRI(h, sri)
}

// checkSRI compares the SHA-512 in h with sri (already known to be a
// sha512- hash).
func checkSRI(h hash.Hash, sri string) error {
	got := "sha512-" + base64.StdEncoding.EncodeToString(h.Sum(nil))
	if got != sri {
		return &IntegrityError{Want: sri, Got: got}
	}
	return nil
}

// Unpack extracts the package/ contents of an npm tarball (gzip'd tar) read
// from tgz into dest, which must not exist yet. Only regular files and folders
// below package/ are accepted; anything else is ErrUnsafeTarball. On error
// dest may hold part of the package: unpack into a temporary folder and
// rename it into place only on success.
func Unpack(tgz io.Reader, dest string) error {
	zr, err := gzip.NewReader(tgz)
	if err != nil {
		return fmt.Errorf("contracts: tarball: %w", err)
	}
	if err := os.Mkdir(dest, 0o755); err != nil {
		return fmt.Errorf("contracts: %w", err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("contracts: tarball: %w", err)
		}
		name := path.Clean(h.Name)
		rel, ok := strings.CutPrefix(name, "package/")
		if name == "package" {
			continue
		}
		if !ok || rel == "" || !filepath.IsLocal(filepath.FromSlash(rel)) {
			return fmt.Errorf("%w: %q", ErrUnsafeTarball, h.Name)
		}
		target := filepath.Join(dest, filepath.FromSlash(rel))
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return fmt.Errorf("contracts: %w", err)
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return fmt.Errorf("contracts: %w", err)
			}
			f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if err != nil {
				return fmt.Errorf("contracts: %w", err)
			}
			_, err = io.Copy(f, tr)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("contracts: %w", err)
			}
		default:
			return fmt.Errorf("%w: %q (type %c)", ErrUnsafeTarball, h.Name, h.Typeflag)
		}
	}
}
