package contracts_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/contracts"
	"github.com/oceango/ocean.go/internal/contracts/contractstest"
)

// repoPackage is the repository's npm ci copy of the pinned package, which
// the stand-in registry packs and serves.
var repoPackage = filepath.Join("..", "..", "node_modules", "@oceanprotocol", "contracts")

// env is a Getenv over a fixed set of variables, so no test reads the
// real environment or ~/.npmrc.
func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

// entries lists what is in dir (nothing for a missing dir).
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	require.NoError(t, err)
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestFetchVerifiesAndUnpacks(t *testing.T) {
	reg := contractstest.NewRegistry(t, repoPackage, contractstest.Options{})
	cache := filepath.Join(t.TempDir(), "cache")
	o := contracts.FetchOptions{Registry: contracts.Registry{URL: reg.URL}, CacheDir: cache, Integrity: reg.Integrity}

	dir, err := contracts.Fetch(t.Context(), o)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(cache, contracts.PinnedVersion), dir)
	assert.Equal(t, []string{contracts.PinnedVersion}, entries(t, cache), "no temporary files left")
	for _, c := range contracts.Bound() {
		art, err := contracts.LoadArtifact(dir, c.Artifact)
		require.NoError(t, err, c.Artifact)
		assert.NotEmpty(t, art.Code)
	}
	assert.Equal(t, 1, reg.Requests())

	// A cache hit sends nothing.
	again, err := contracts.Fetch(t.Context(), o)
	require.NoError(t, err)
	assert.Equal(t, dir, again)
	assert.Equal(t, 1, reg.Requests())
}

func TestFetchRefusesIntegrityMismatch(t *testing.T) {
	reg := contractstest.NewRegistry(t, repoPackage, contractstest.Options{})
	cache := filepath.Join(t.TempDir(), "cache")
	// The pinned integrity is that of npm's tarball, not of the repacked one.
	_, err := contracts.Fetch(t.Context(), contracts.FetchOptions{Registry: contracts.Registry{URL: reg.URL}, CacheDir: cache})
	var ie *contracts.IntegrityError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, contracts.PinnedIntegrity, ie.Want)
	assert.Equal(t, reg.Integrity, ie.Got)
	var fe *contracts.FetchError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, reg.URL+"@oceanprotocol/contracts/-/contracts-2.6.0.tgz", fe.URL)
	assert.Empty(t, entries(t, cache), "nothing may stay in the cache")
}

func TestFetchHTTPFailure(t *testing.T) {
	reg := contractstest.NewRegistry(t, repoPackage, contractstest.Options{Token: "s3cret"})
	cache := t.TempDir()
	_, err := contracts.Fetch(t.Context(), contracts.FetchOptions{
		Registry: contracts.Registry{URL: reg.URL}, CacheDir: cache, Integrity: reg.Integrity})
	require.ErrorContains(t, err, "registry answered 401")
	assert.Empty(t, entries(t, cache))

	dir, err := contracts.Fetch(t.Context(), contracts.FetchOptions{
		Registry: contracts.Registry{URL: reg.URL, Token: "s3cret"}, CacheDir: cache, Integrity: reg.Integrity})
	require.NoError(t, err)
	assert.DirExists(t, dir)
}

func TestFetchConcurrentFirstUse(t *testing.T) {
	const n = 6
	// The registry answers once all n downloads have started, so every
	// caller downloads and all but one lose the rename.
	reg := contractstest.NewRegistry(t, repoPackage, contractstest.Options{Hold: n})
	cache := t.TempDir()
	dirs := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			dirs[i], errs[i] = contracts.Fetch(t.Context(), contracts.FetchOptions{
				Registry: contracts.Registry{URL: reg.URL}, CacheDir: cache, Integrity: reg.Integrity})
		})
	}
	wg.Wait()
	for i := range n {
		require.NoError(t, errs[i])
		assert.Equal(t, filepath.Join(cache, contracts.PinnedVersion), dirs[i])
	}
	assert.Equal(t, n, reg.Requests())
	assert.Equal(t, []string{contracts.PinnedVersion}, entries(t, cache), "losers discard their copies")
	_, err := contracts.LoadArtifact(dirs[0], contracts.Bound()[0].Artifact)
	require.NoError(t, err)
}

func TestLocateOrder(t *testing.T) {
	reg := contractstest.NewRegistry(t, repoPackage, contractstest.Options{})
	empty := t.TempDir() // no node_modules above a temp folder
	cache := t.TempDir()
	getenv := env("npm_config_registry", reg.URL)

	// An explicit folder is used as is; a wrong one is an error.
	dir, err := contracts.Locate(t.Context(), contracts.LocateOptions{Dir: repoPackage})
	require.NoError(t, err)
	assert.Equal(t, repoPackage, dir)
	_, err = contracts.Locate(t.Context(), contracts.LocateOptions{Dir: empty})
	require.ErrorIs(t, err, contracts.ErrArtifactsNotFound)
	assert.ErrorContains(t, err, "has no package.json")

	// node_modules above the working folder comes before the cache.
	dir, err = contracts.Locate(t.Context(), contracts.LocateOptions{WorkDir: ".", CacheDir: cache, Getenv: getenv})
	require.NoError(t, err)
	abs, _ := filepath.Abs(repoPackage)
	assert.Equal(t, abs, dir)
	assert.Zero(t, reg.Requests())

	// Elsewhere: downloaded into the cache from the npm_config_registry.
	var announced []string
	dir, err = contracts.Locate(t.Context(), contracts.LocateOptions{WorkDir: empty, CacheDir: cache, Getenv: getenv, Integrity: reg.Integrity,
		OnDownload: func(u string) { announced = append(announced, u) }})
	require.NoError(t, err)
	assert.Equal(t, []string{reg.URL + "@oceanprotocol/contracts/-/contracts-2.6.0.tgz"}, announced)
	assert.Equal(t, filepath.Join(cache, contracts.PinnedVersion), dir)
	assert.Equal(t, 1, reg.Requests())

	// A cache hit needs no network, even offline.
	for _, getenv := range []func(string) string{
		env("npm_config_registry", "http://127.0.0.1:1/"),
		env(contracts.EnvOffline, "1"),
	} {
		dir, err = contracts.Locate(t.Context(), contracts.LocateOptions{WorkDir: empty, CacheDir: cache, Getenv: getenv})
		require.NoError(t, err)
		assert.Equal(t, filepath.Join(cache, contracts.PinnedVersion), dir)
	}
	// The cache root can come from the environment.
	dir, err = contracts.Locate(t.Context(), contracts.LocateOptions{WorkDir: empty, Getenv: env(contracts.EnvCache, cache, contracts.EnvOffline, "1")})
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(cache, contracts.PinnedVersion), dir)
	assert.Equal(t, 1, reg.Requests())
}

func TestLocateErrorsSayWhatToDo(t *testing.T) {
	empty := t.TempDir()
	cache := filepath.Join(t.TempDir(), "cache")

	// Offline: names the switch and the override.
	_, err := contracts.Locate(t.Context(), contracts.LocateOptions{WorkDir: empty, CacheDir: cache, Getenv: env(contracts.EnvOffline, "1")})
	var nf *contracts.NotFoundError
	require.ErrorAs(t, err, &nf)
	require.ErrorIs(t, err, contracts.ErrArtifactsNotFound)
	assert.True(t, nf.Offline)
	msg := err.Error()
	for _, want := range []string{"@oceanprotocol/contracts 2.6.0 not found", empty, filepath.Join(cache, "2.6.0"),
		"OCEAN_CONTRACTS_OFFLINE", "--contracts", "Options.ContractsDir"} {
		assert.Contains(t, msg, want)
	}
	assert.NotContains(t, msg, "npm ci")
	assert.NoFileExists(t, cache)

	// Unreachable registry: names the URL tried and the settings.
	_, err = contracts.Locate(t.Context(), contracts.LocateOptions{WorkDir: empty, CacheDir: cache,
		Getenv: env("NPM_CONFIG_REGISTRY", "http://127.0.0.1:1/mirror/")})
	require.ErrorAs(t, err, &nf)
	var fe *contracts.FetchError
	require.ErrorAs(t, err, &fe)
	msg = err.Error()
	for _, want := range []string{"downloading http://127.0.0.1:1/mirror/@oceanprotocol/contracts/-/contracts-2.6.0.tgz failed",
		"check the network", "npm_config_registry", ".npmrc", "--contracts"} {
		assert.Contains(t, msg, want)
	}
	assert.NotContains(t, msg, "npm ci")
	assert.Empty(t, entries(t, cache))
}

func TestLocateHonoursNpmrc(t *testing.T) {
	reg := contractstest.NewRegistry(t, repoPackage, contractstest.Options{Token: "tok-123"})
	home := t.TempDir()
	host := strings.TrimPrefix(strings.TrimSuffix(reg.URL, "npm/"), "http:")
	npmrc := "; user settings\nregistry=http://127.0.0.1:1/\n@oceanprotocol:registry=" + reg.URL + "\n" +
		host + ":_authToken=${NPM_TOKEN}\n"
	require.NoError(t, os.WriteFile(filepath.Join(home, ".npmrc"), []byte(npmrc), 0o600))
	cache := t.TempDir()
	dir, err := contracts.Locate(t.Context(), contracts.LocateOptions{WorkDir: t.TempDir(), CacheDir: cache,
		Getenv: env("HOME", home, "NPM_TOKEN", "tok-123"), Integrity: reg.Integrity})
	require.NoError(t, err)
	assert.DirExists(t, dir)
	assert.Equal(t, 1, reg.Requests())
}

func TestResolveRegistry(t *testing.T) {
	home := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(home, ".npmrc"), []byte(
		"registry = \"https://mirror.example/npm/\"\n//mirror.example/npm/:_authToken=abc\n# comment\n"), 0o600))
	other := filepath.Join(t.TempDir(), "rc")
	require.NoError(t, os.WriteFile(other, []byte("@oceanprotocol:registry=https://scoped.example/\n//scoped.example/:_authToken=xyz\n"), 0o600))

	for name, tc := range map[string]struct {
		getenv     func(string) string
		url, token string
	}{
		"default":            {env(), contracts.DefaultRegistry, ""},
		"no npmrc":           {env("HOME", t.TempDir()), contracts.DefaultRegistry, ""},
		"npmrc":              {env("HOME", home), "https://mirror.example/npm/", "abc"},
		"env over npmrc":     {env("HOME", home, "npm_config_registry", "https://env.example/"), "https://env.example/", ""},
		"upper-case env":     {env("NPM_CONFIG_REGISTRY", "https://env.example/"), "https://env.example/", ""},
		"userconfig, scoped": {env("HOME", home, "npm_config_userconfig", other, "npm_config_registry", "https://env.example/"), "https://scoped.example/", "xyz"},
		"token of a parent path": {env("npm_config_registry", "https://mirror.example/npm/sub/", "HOME", home),
			"https://mirror.example/npm/sub/", "abc"},
	} {
		t.Run(name, func(t *testing.T) {
			r, err := contracts.ResolveRegistry(tc.getenv)
			require.NoError(t, err)
			assert.Equal(t, tc.url, r.URL)
			assert.Equal(t, tc.token, r.Token)
		})
	}
	_, err := contracts.ResolveRegistry(env("npm_config_registry", "ftp://user:pw@x/"))
	require.ErrorContains(t, err, "not an http(s) URL")
	assert.NotContains(t, err.Error(), "pw")
}

func TestLocateSkipsOtherVersionInNodeModules(t *testing.T) {
	work := t.TempDir()
	other := filepath.Join(work, "node_modules", "@oceanprotocol", "contracts")
	require.NoError(t, os.MkdirAll(other, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(other, "package.json"),
		[]byte(`{"name":"@oceanprotocol/contracts","version":"1.0.0"}`), 0o644))
	sub := filepath.Join(work, "app")
	require.NoError(t, os.Mkdir(sub, 0o755))

	cache := t.TempDir()
	_, err := contracts.Locate(t.Context(), contracts.LocateOptions{WorkDir: sub, CacheDir: cache, Getenv: env(contracts.EnvOffline, "true")})
	var nf *contracts.NotFoundError
	require.ErrorAs(t, err, &nf)
	assert.Equal(t, other, nf.Skipped)
	assert.Contains(t, err.Error(), other+" is another version")

	// The pinned version in the cache is used instead.
	reg := contractstest.NewRegistry(t, repoPackage, contractstest.Options{})
	_, err = contracts.Fetch(t.Context(), contracts.FetchOptions{Registry: contracts.Registry{URL: reg.URL}, CacheDir: cache, Integrity: reg.Integrity})
	require.NoError(t, err)
	dir, err := contracts.Locate(t.Context(), contracts.LocateOptions{WorkDir: sub, CacheDir: cache, Getenv: env(contracts.EnvOffline, "true")})
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(cache, contracts.PinnedVersion), dir)
}
