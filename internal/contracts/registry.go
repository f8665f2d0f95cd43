package contracts

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// DefaultRegistry is the public npm registry, used when no npm setting
// names another.
const DefaultRegistry = "https://registry.npmjs.org/"

// Registry is an npm registry the package tarball is downloaded from.
type Registry struct {
	// URL is the registry's base URL, such as DefaultRegistry or a
	// mirror's "https://host/api/npm/npm-remote/".
	URL string
	// Token is the bearer token (an .npmrc _authToken) sent to URL's host;
	// empty sends none.
	Token string
	// From says where URL came from ("npm_config_registry",
	// "/home/me/.npmrc", "default"), for error messages.
	From string
}

// TarballURL returns the URL of PackageName's tarball at version, as npm
// builds it: <registry>/@oceanprotocol/contracts/-/contracts-<version>.tgz.
func (r Registry) TarballURL(version string) string {
	return strings.TrimRight(r.URL, "/") + "/" + PackageName + "/-/contracts-" + version + ".tgz"
}

// scope is the npm scope of PackageName, for "@scope:registry" settings.
const scope = "@oceanprotocol"

// ResolveRegistry returns the registry npm would download PackageName
// from, reading settings through getenv (os.Getenv in production):
//
//   - the environment: npm_config_@oceanprotocol:registry and
//     npm_config_registry (also upper case, as npm accepts both);
//   - the user's npmrc: $npm_config_userconfig, else $HOME/.npmrc, with
//     "@oceanprotocol:registry=", "registry=" and
//     "//host/path/:_authToken=" lines (${VAR} in values expanded);
//   - else DefaultRegistry.
//
// As in npm, the environment overrides the npmrc key by key, and a scoped
// registry wins over the general one. A missing npmrc is no error; an
// unreadable one or a registry that is not an http(s) URL is.
func ResolveRegistry(getenv func(string) string) (Registry, error) {
	envVal := func(key string) string {
		if v := getenv("npm_config_" + key); v != "" {
			return v
		}
		return getenv("NPM_CONFIG_" + strings.ToUpper(key))
	}
	rc := envVal("userconfig")
	if rc == "" {
		home := getenv("HOME")
		if home == "" {
			home = getenv("USERPROFILE")
		}
		if home != "" {
			rc = filepath.Join(home, ".npmrc")
		}
	}
	npmrc := map[string]string{}
	if rc != "" {
		var err error
		if npmrc, err = readNpmrc(rc, getenv); err != nil {
			return Registry{}, err
		}
	}

	var r Registry
	for _, key := range []string{scope + ":registry", "registry"} {
		if v := envVal(key); v != "" {
			r = Registry{URL: v, From: "npm_config_" + key}
		} else if v := npmrc[key]; v != "" {
			r = Registry{URL: v, From: rc}
		}
		if r.URL != "" {
			break
		}
	}
	if r.URL == "" {
		r = Registry{URL: DefaultRegistry, From: "default"}
	}
	u, err := url.Parse(r.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Registry{}, fmt.Errorf("contracts: npm registry %q (from %s) is not an http(s) URL", redactURL(r.URL), r.From)
	}
	r.Token = authToken(npmrc, u)
	return r, nil
}

// readNpmrc reads the key=value lines of an npmrc file. Comments (; or #)
// and section headers are skipped; quoted values are unquoted and ${VAR}
// references expanded as npm does.
func readNpmrc(path string, getenv func(string) string) (map[string]string, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("contracts: npmrc: %w", err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == ';' || line[0] == '#' || line[0] == '[' {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		}
		out[k] = os.Expand(v, getenv)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("contracts: npmrc %s: %w", path, err)
	}
	return out, nil
}

// authToken finds the _authToken npm would send to registry u: the key
// "//host/path/:_authToken" for u's host and path, or for a parent path.
func authToken(npmrc map[string]string, u *url.URL) string {
	p := strings.TrimSuffix(u.EscapedPath(), "/") + "/"
	for {
		if t := npmrc["//"+u.Host+p+":_authToken"]; t != "" {
			return t
		}
		if p == "/" {
			return ""
		}
		p = p[:strings.LastIndex(strings.TrimSuffix(p, "/"), "/")+1]
	}
}

// redactURL drops a password from a URL for messages.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	return u.Redacted()
}
