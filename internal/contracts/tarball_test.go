package contracts

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func tgz(t *testing.T, entries map[string]string, link string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range entries {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if link != "" {
		if err := tw.WriteHeader(&tar.Header{Name: link, Linkname: "/etc/passwd", Typeflag: tar.TypeSymlink}); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestVerifyIntegrity(t *testing.T) {
	data := []byte("tarball")
	sum := sha512.Sum512(data)
	sri := "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
	if err := VerifyIntegrity(data, sri); err != nil {
		t.Fatal(err)
	}
	var ie *IntegrityError
	if err := VerifyIntegrity([]byte("other"), sri); !errors.As(err, &ie) || ie.Want != sri {
		t.Fatalf("mismatch: %v", err)
	}
	if err := VerifyIntegrity(data, "sha1-abc"); err == nil {
		t.Fatal("sha1 accepted")
	}
}

func TestUnpack(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "pkg")
	if err := Unpack(bytes.NewReader(tgz(t, map[string]string{"package/package.json": "{}", "package/artifacts/a/B.json": "b"}, "")), dest); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dest, "artifacts", "a", "B.json")); err != nil || string(b) != "b" {
		t.Fatalf("B.json = %q, %v", b, err)
	}
	for name, tc := range map[string]struct {
		entries map[string]string
		link    string
	}{
		"traversal": {entries: map[string]string{"package/../../evil": "x"}},
		"outside":   {entries: map[string]string{"other/file": "x"}},
		"symlink":   {entries: map[string]string{"package/package.json": "{}"}, link: "package/link"},
	} {
		err := Unpack(bytes.NewReader(tgz(t, tc.entries, tc.link)), filepath.Join(t.TempDir(), "pkg"))
		if !errors.Is(err, ErrUnsafeTarball) {
			t.Errorf("%s: err = %v, want ErrUnsafeTarball", name, err)
		}
	}
}
