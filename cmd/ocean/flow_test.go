package main

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// publishedFile is a file on the devnet origin and the asset publishing it.
type publishedFile struct {
	name, url, sha256 string
	data              []byte
	pub               publishResult
}

// publishFile puts size random bytes on the origin as name and publishes
// them with the publish command's flags plus extra.
func publishFile(t *testing.T, c *cli, name string, size int, extra ...string) publishedFile {
	t.Helper()
	data := make([]byte, size)
	_, _ = rand.Read(data)
	url, err := dn.AddFile(name, bytes.NewReader(data))
	require.NoError(t, err)
	sum := sha256.Sum256(data)
	args := append([]string{"publish", "--name", "CLI " + name, "--url", url, "--tag", "cli-test"}, extra...)
	pub := jsonOf[publishResult](c, account(1), args...)
	require.True(t, strings.HasPrefix(pub.DID, "did:op:"), pub.DID)
	require.Len(t, pub.Datatokens, 1)
	return publishedFile{name: name, url: url, sha256: hex.EncodeToString(sum[:]), data: data, pub: pub}
}

func fileSHA256(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// TestPublishFindOrderDownload walks the consumer path with the human
// and the JSON output: publish (free), get, search, order, download with
// the order and without (ordering first, reusing the valid order).
func TestPublishFindOrderDownload(t *testing.T) {
	c := newCLI(t)
	f := publishFile(t, c, "walk.csv", 200_000, "--free", "--description", "A walk through the CLI")

	// get: the summary, and the DDO as served with --json
	out := c.ok(nil, "get", f.pub.DID)
	assert.Contains(t, out, f.pub.DID)
	assert.Contains(t, out, "CLI walk.csv")
	assert.Contains(t, out, "state:       active")
	assert.Contains(t, out, "service "+f.pub.ServiceIDs[0]+" (access)")
	doc := jsonOf[map[string]any](c, nil, "get", f.pub.DID)
	assert.Equal(t, f.pub.DID, doc["id"])
	assert.Equal(t, f.pub.NFT, doc["nftAddress"])
	assert.NotNil(t, doc["indexedMetadata"], "the indexer's fields are kept")

	// search: by text and filters; one JSON object per hit
	out = c.ok(nil, "--json", "search", "walk.csv", "--tag", "cli-test", "--type", "dataset")
	var found bool
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var hit searchHit
		require.NoError(t, jsonUnmarshal(line, &hit), line)
		found = found || hit.DID == f.pub.DID
	}
	assert.True(t, found, "search finds the asset: %s", out)
	out = c.ok(nil, "search", "walk.csv")
	assert.Contains(t, out, f.pub.DID)
	assert.Contains(t, out, "dataset")

	// order as account 2, download with that order
	consumer := account(2)
	ord := jsonOf[orderResult](c, consumer, "order", f.pub.DID, "--idempotency-key", "walk-order")
	assert.Equal(t, f.pub.ServiceIDs[0], ord.ServiceID)
	assert.Equal(t, f.pub.Datatokens[0], ord.Datatoken)
	assert.False(t, ord.Reused)
	again := jsonOf[orderResult](c, consumer, "order", f.pub.DID, "--idempotency-key", "walk-order")
	assert.Equal(t, ord.OrderTx, again.OrderTx, "the same key returns the same order, paying nothing")

	dir := t.TempDir()
	target := filepath.Join(dir, "named.csv")
	res := jsonOf[downloaded](c, consumer, "download", f.pub.DID, "--order-tx", ord.OrderTx, "-o", target)
	assert.Equal(t, target, res.Path)
	assert.Equal(t, int64(len(f.data)), res.Size)
	assert.Equal(t, f.sha256, res.SHA256)
	assert.Equal(t, f.sha256, fileSHA256(t, target))
	_, err := os.Stat(target + ".part")
	assert.True(t, os.IsNotExist(err), "no partial file left")

	// without --order-tx: orders first (a new key, the valid order reused)
	// and stores under the node's file name in the directory
	out = c.ok(consumer, "download", f.pub.DID, "-o", dir)
	assert.Contains(t, out, filepath.Join(dir, "walk.csv"))
	assert.Contains(t, out, f.sha256)
	assert.Equal(t, f.sha256, fileSHA256(t, filepath.Join(dir, "walk.csv")))
}

// TestDownloadResume interrupts nothing: it leaves half a file as FILE.part,
// as an interrupted download does, and the next download completes it.
func TestDownloadResume(t *testing.T) {
	c := newCLI(t)
	f := publishFile(t, c, "resume.bin", 300_000, "--free")
	consumer := account(3)
	ord := jsonOf[orderResult](c, consumer, "order", f.pub.DID)

	target := filepath.Join(t.TempDir(), "resume.bin")
	half := len(f.data) / 2
	require.NoError(t, os.WriteFile(target+".part", f.data[:half], 0o644))
	res := jsonOf[downloaded](c, consumer, "download", f.pub.DID, "--order-tx", ord.OrderTx, "-o", target)
	assert.Equal(t, int64(half), res.ResumedFrom)
	assert.Equal(t, int64(len(f.data)), res.Size)
	assert.Equal(t, f.sha256, res.SHA256)
	assert.Equal(t, f.sha256, fileSHA256(t, target))

	// A partial file that does not match the published checksum is
	// discarded, not completed into a wrong file.
	bad := filepath.Join(t.TempDir(), "bad.bin")
	garbage := bytes.Repeat([]byte{0xAA}, half)
	require.NoError(t, os.WriteFile(bad+".part", garbage, 0o644))
	c.fails(exitFailure, consumer, "download", f.pub.DID, "--order-tx", ord.OrderTx, "-o", bad)
	_, err := os.Stat(bad)
	assert.True(t, os.IsNotExist(err))
	_, err = os.Stat(bad + ".part")
	assert.True(t, os.IsNotExist(err), "the corrupt partial file is removed")
	// ... so the next run starts over and succeeds.
	res = jsonOf[downloaded](c, consumer, "download", f.pub.DID, "--order-tx", ord.OrderTx, "-o", bad)
	assert.Zero(t, res.ResumedFrom)
	assert.Equal(t, f.sha256, fileSHA256(t, bad))

	// On a terminal a resumed download draws a bar on stderr and clears
	// it when done; the result goes to stdout.
	shown := filepath.Join(t.TempDir(), "shown.bin")
	require.NoError(t, os.WriteFile(shown+".part", f.data[:half], 0o644))
	code, out, errOut := c.tty(consumer, "download", f.pub.DID, "--order-tx", ord.OrderTx, "-o", shown)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, f.sha256)
	assert.Contains(t, errOut, "shown.bin (resumed)")
	assert.Contains(t, errOut, "KiB")
	assert.NotContains(t, out, "shown.bin (resumed)", "the bar never goes to stdout")
	lines := screen(errOut)
	assert.Empty(t, lines[len(lines)-1], "the bar's line is cleared: %q", errOut)
	// No bar with --json, even on a terminal, and none when stderr is not
	// a terminal.
	code, _, errOut = c.tty(consumer, "--json", "download", f.pub.DID, "--order-tx", ord.OrderTx, "-o", t.TempDir())
	require.Equal(t, exitOK, code, errOut)
	assert.NotContains(t, errOut, "resume.bin")
	assert.NotContains(t, errOut, "\r")
	_, errOut = c.ok2(consumer, "download", f.pub.DID, "--order-tx", ord.OrderTx, "-o", t.TempDir())
	assert.NotContains(t, errOut, "resume.bin")
	assert.NotContains(t, errOut, "\r")
}

// TestNotFoundAndUsage checks the exit status of characteristic failures.
func TestNotFoundAndUsage(t *testing.T) {
	c := newCLI(t)
	missing := "did:op:" + strings.Repeat("ab", 32)
	c.fails(exitNotFound, nil, "get", missing)
	errOut := c.fails(exitNotFound, nil, "--json", "get", missing)
	var je jsonError
	require.NoError(t, jsonUnmarshal(errOut, &je), errOut)
	assert.Equal(t, exitNotFound, je.ExitCode)
	assert.Contains(t, je.Error, "not found")

	c.fails(exitNotFound, account(2), "download", missing)
	c.fails(exitUsage, account(1), "publish", "--name", "x", "--url", "http://127.0.0.1/x")
	c.fails(exitUsage, account(1), "publish", "--name", "x", "--url", "http://127.0.0.1/x", "--free", "--price", "1")
	errOut = c.fails(exitNotFound, account(1), "publish", "--name", "x", "--url", dn.FilesURL()+"/no-such-file.bin", "--free")
	assert.Contains(t, errOut, "file unavailable", "a dead file URL is refused before any transaction")
	errOut = c.fails(exitFailure, account(1), "publish", "--name", "x", "--url", "http://10.1.2.3/x", "--free")
	assert.Contains(t, errOut, "refused by the node", "an unsafe URL is the node's policy, not a missing file")
	c.fails(exitUsage, nil, "search", "--type", "movie")
	c.fails(exitUsage, account(2), "download", missing, "--order-tx", "0x12")
	c.fails(exitUsage, account(2), "download", missing, "--all", "--file-index", "1")
	errOut = c.fails(exitUsage, nil, "order", missing)
	assert.Contains(t, errOut, "needs an account")
	c.fails(exitUsage, nil, "frobnicate")
	help := c.ok(nil, "--help")
	assert.Contains(t, help, "3  not found")
	assert.Contains(t, help, "OCEAN_PRIVATE_KEY")

	f := publishFile(t, c, "usage.txt", 100, "--free")
	c.fails(exitNotFound, account(2), "download", f.pub.DID, "--service", "no-such-service")
	c.fails(exitNotFound, account(2), "order", f.pub.DID, "--service", "no-such-service")
}

// TestDownloadAll downloads every file of a two-file service.
func TestDownloadAll(t *testing.T) {
	c := newCLI(t)
	second, err := dn.AddFile("second.txt", strings.NewReader("the second file\n"))
	require.NoError(t, err)
	f := publishFile(t, c, "first.txt", 5000, "--free", "--url", second)
	dir := filepath.Join(t.TempDir(), "all")
	out := c.ok(account(8), "--json", "download", f.pub.DID, "--all", "-o", dir)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2, out)
	var got []downloaded
	for _, l := range lines {
		var d downloaded
		require.NoError(t, jsonUnmarshal(l, &d), l)
		got = append(got, d)
	}
	assert.Equal(t, filepath.Join(dir, "first.txt"), got[0].Path)
	assert.Equal(t, f.sha256, fileSHA256(t, got[0].Path))
	assert.Equal(t, 1, got[1].FileIndex)
	b, err := os.ReadFile(filepath.Join(dir, "second.txt"))
	require.NoError(t, err)
	assert.Equal(t, "the second file\n", string(b))
	assert.Equal(t, got[0].OrderTx, got[1].OrderTx, "one order for the service")
}

// TestStepsOnTerminal: publish and order print one line per finished
// step on a terminal, and nothing with --json or off a terminal.
func TestStepsOnTerminal(t *testing.T) {
	c := newCLI(t)
	url, err := dn.AddFile("steps.csv", strings.NewReader("a,b\n1,2\n"))
	require.NoError(t, err)
	publish := []string{"publish", "--name", "CLI steps", "--url", url, "--free"}
	code, out, errOut := c.tty(account(1), publish...)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, errOut, "publish: data NFT created\n")
	assert.Contains(t, errOut, "publish: metadata set on chain\n")
	assert.NotContains(t, out, "publish:", "steps never go to stdout")
	did := regexp.MustCompile(`did:op:[0-9a-f]{64}`).FindString(out)
	require.NotEmpty(t, did, out)

	code, _, errOut = c.tty(account(3), "order", did)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, errOut, "order: order placed\n")

	code, _, errOut = c.tty(account(1), append([]string{"--json"}, publish...)...)
	require.Equal(t, exitOK, code, errOut)
	assert.NotContains(t, errOut, "publish:")
	_, errOut = c.ok2(account(1), publish...)
	assert.NotContains(t, errOut, "publish:")
}
