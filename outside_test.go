package ocean_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/contracts"
	"github.com/oceango/ocean.go/internal/contracts/contractstest"
)

// readmeExample returns the Go program of README.md's "A short example".
func readmeExample(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile("README.md")
	require.NoError(t, err)
	m := regexp.MustCompile("(?s)\n## A short example\n.*?```go\n(.*?)```\n").FindSubmatch(raw)
	require.NotNil(t, m, "README.md has no Go block under \"## A short example\"")
	return string(m[1])
}

// childEnv is the environment of this process without the settings that
// decide where the contract artifacts come from, plus extra.
func childEnv(extra ...string) []string {
	var out []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case k == "HOME", k == "XDG_CACHE_HOME", k == "USERPROFILE", k == "LocalAppData",
			strings.HasPrefix(strings.ToLower(k), "npm_config_"), strings.HasPrefix(k, "OCEAN_"):
			continue
		}
		out = append(out, kv)
	}
	return append(out, extra...)
}

// userCacheDir is os.UserCacheDir for a child whose HOME is home and
// XDG_CACHE_HOME is xdg.
func userCacheDir(t *testing.T, home, xdg string) string {
	switch runtime.GOOS {
	case "darwin", "ios":
		return filepath.Join(home, "Library", "Caches")
	case "windows", "plan9":
		t.Skipf("no HOME-based cache folder on %s", runtime.GOOS)
	}
	return xdg
}

// TestOutsideTheRepository is what a user with Go alone gets: the README
// example, built in a fresh module (the library replaced by this checkout,
// as `go get` would fetch it), and `ocean devnet` (cmd/ocean, built the
// same way) run from empty folders far from node_modules, with HOME and
// the cache in temporary folders and the npm registry setting pointing at
// a stand-in registry. The cache is primed from the stand-in, because a
// repacked tarball cannot match the pinned integrity; the children must
// then find the artifacts there without asking any registry. Without the
// cache, the CLI must refuse the repacked tarball and leave nothing
// behind, and say what to do offline.
func TestOutsideTheRepository(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds two programs and runs a devnet (-short)")
	}
	if runtime.GOOS == "windows" {
		t.Skip("stops ocean devnet with an interrupt")
	}
	repo, err := filepath.Abs(".")
	require.NoError(t, err)
	pkg := filepath.Join(repo, "node_modules", "@oceanprotocol", "contracts")
	if _, err := os.Stat(pkg); err != nil {
		t.Skip("node_modules/@oceanprotocol/contracts (npm ci, make deps) is needed to serve the tarball")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}

	// A fresh module holding the README example and requiring ocean.go.
	tmp := t.TempDir()
	mod := filepath.Join(tmp, "mod")
	require.NoError(t, os.Mkdir(mod, 0o755))
	goMod, err := os.ReadFile("go.mod")
	require.NoError(t, err)
	goLine := regexp.MustCompile(`(?m)^go .*$`).Find(goMod)
	require.NoError(t, os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/readme\n\n"+string(goLine)+
		"\n\nrequire github.com/oceango/ocean.go v0.0.0\n\nreplace github.com/oceango/ocean.go => "+repo+"\n"), 0o644))
	goSum, err := os.ReadFile("go.sum")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(mod, "go.sum"), goSum, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(mod, "main.go"), []byte(readmeExample(t)), 0o644))

	// One go build for both programs, with this process's build and module
	// caches.
	bin := filepath.Join(tmp, "bin")
	build := exec.CommandContext(t.Context(), goCmd, "build", "-ldflags=-s -w", "-o", bin+string(filepath.Separator), ".", "github.com/oceango/ocean.go/cmd/ocean")
	build.Dir = mod
	build.Env = append(os.Environ(), "GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"), "GOWORK=off")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build in a fresh module:\n%s", out)

	reg := contractstest.NewRegistry(t, pkg, contractstest.Options{})
	home, xdg := filepath.Join(tmp, "home"), filepath.Join(tmp, "cache")
	require.NoError(t, os.Mkdir(home, 0o755))
	env := childEnv("HOME="+home, "XDG_CACHE_HOME="+xdg, "npm_config_registry="+reg.URL)
	cache := filepath.Join(userCacheDir(t, home, xdg), "ocean.go", "contracts")
	run := func(name string, args ...string) *exec.Cmd {
		cmd := exec.CommandContext(t.Context(), filepath.Join(bin, name), args...)
		cmd.Dir = t.TempDir()
		cmd.Env = env
		return cmd
	}
	devnetArgs := func(dir string) []string {
		return []string{"devnet", "--rpc-listen", "127.0.0.1:0", "--node-listen", "127.0.0.1:0",
			"--address-file", filepath.Join(dir, "address.json")}
	}

	t.Run("no cache: the repacked tarball is refused", func(t *testing.T) {
		cmd := run("ocean", devnetArgs(t.TempDir())...)
		out, err := cmd.CombinedOutput()
		require.Error(t, err, "%s", out)
		for _, want := range []string{"first use: downloading the contract artifacts", "integrity mismatch", reg.URL + "@oceanprotocol/contracts/-/contracts-2.6.0.tgz",
			"npm registry setting", "--contracts"} {
			assert.Contains(t, string(out), want)
		}
		assert.NoDirExists(t, filepath.Join(cache, contracts.PinnedVersion))
		assert.Equal(t, 1, reg.Requests())
	})
	t.Run("offline", func(t *testing.T) {
		cmd := run("ocean", devnetArgs(t.TempDir())...)
		cmd.Env = append(cmd.Env, contracts.EnvOffline+"=1")
		out, err := cmd.CombinedOutput()
		require.Error(t, err, "%s", out)
		assert.Contains(t, string(out), "downloads are off (OCEAN_CONTRACTS_OFFLINE)")
		assert.Contains(t, string(out), "--contracts")
		assert.NotContains(t, string(out), "npm ci")
		assert.Equal(t, 1, reg.Requests())
	})

	// Prime the cache the children use, from the stand-in registry.
	_, err = contracts.Fetch(t.Context(), contracts.FetchOptions{
		Registry: contracts.Registry{URL: reg.URL}, CacheDir: cache, Integrity: reg.Integrity})
	require.NoError(t, err)
	require.Equal(t, 2, reg.Requests())

	t.Run("README example", func(t *testing.T) {
		out, err := run("readme").CombinedOutput()
		require.NoError(t, err, "%s", out)
		assert.Regexp(t, `^did:op:[0-9a-f]{64} a,b\n1,2\n`, string(out))
	})
	t.Run("ocean devnet", func(t *testing.T) {
		dir := t.TempDir()
		cmd := run("ocean", devnetArgs(dir)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		// The address file line is printed once the network is up.
		sc := bufio.NewScanner(stdout)
		var seen []string
		for sc.Scan() {
			seen = append(seen, sc.Text())
			if strings.Contains(sc.Text(), "address file") {
				break
			}
		}
		require.FileExists(t, filepath.Join(dir, "address.json"), "stdout:\n%s\nstderr:\n%s", strings.Join(seen, "\n"), &stderr)
		require.NoError(t, cmd.Process.Signal(os.Interrupt))
		for sc.Scan() {
		}
		require.NoError(t, cmd.Wait(), "stderr:\n%s", &stderr)
		assert.NoFileExists(t, filepath.Join(dir, "address.json"), "removed on exit")
	})
	assert.Equal(t, 2, reg.Requests(), "the children found the artifacts in the cache")
}
