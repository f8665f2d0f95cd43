package contracts

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// Environment variables Locate reads (through LocateOptions.Getenv).
const (
	// EnvOffline set to 1 or true turns downloads off: only ContractsDir,
	// node_modules and the cache are used.
	EnvOffline = "OCEAN_CONTRACTS_OFFLINE"
	// EnvCache names the cache root instead of the user cache folder.
	EnvCache = "OCEAN_CONTRACTS_CACHE"
)

// LocateOptions configures Locate. The zero value locates the pinned
// package the way the dev chain does by default.
type LocateOptions struct {
	// Dir is an explicit package folder (an unpacked
	// @oceanprotocol/contracts package): used as is when it has a
	// package.json, an error otherwise. Nothing else is tried.
	Dir string
	// WorkDir is where the node_modules search starts; empty: the working
	// directory.
	WorkDir string
	// CacheDir is the cache root; empty: $OCEAN_CONTRACTS_CACHE, else
	// DefaultCacheDir.
	CacheDir string
	// Offline turns downloads off, as $OCEAN_CONTRACTS_OFFLINE=1 does.
	Offline bool
	// Getenv reads the environment (npm registry settings, $HOME for
	// ~/.npmrc, EnvOffline, EnvCache); nil: os.Getenv.
	Getenv func(string) string
	// Client downloads; nil: see FetchOptions.Client.
	Client *http.Client
	// Version and Integrity default to PinnedVersion and PinnedIntegrity.
	Version, Integrity string
	// OnDownload, when set, is called before a download starts with the
	// tarball URL (password removed), so a command can say why it waits.
	OnDownload func(url string)
}

// DefaultCacheDir is the cache root below the user cache folder
// (os.UserCacheDir): $XDG_CACHE_HOME or ~/.cache on Linux,
// ~/Library/Caches on macOS, %LocalAppData% on Windows, then
// ocean.go/contracts.
func DefaultCacheDir() (string, error) {
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "ocean.go", "contracts"), nil
}

// NotFoundError reports that the package could be found nowhere: not in
// node_modules, not in the cache, and not downloaded. It matches
// ErrArtifactsNotFound; Err (a *FetchError when a download was tried)
// says why the download failed.
type NotFoundError struct {
	// Version is the version looked for.
	Version string
	// WorkDir is where the node_modules search started.
	WorkDir string
	// Skipped is a node_modules package of another version that was found
	// and not used; empty when none.
	Skipped string
	// Cache is the cache folder the package would be in; empty when there
	// is no cache folder.
	Cache string
	// Offline is set when downloads were off.
	Offline bool
	// Err is why the download failed, or why there is no cache.
	Err error
}

// Error implements error.
func (e *NotFoundError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "contracts: %s %s not found: no node_modules/%s above %s", PackageName, e.Version, PackageName, e.WorkDir)
	if e.Skipped != "" {
		fmt.Fprintf(&b, " (%s is another version)", e.Skipped)
	}
	if e.Cache != "" {
		fmt.Fprintf(&b, ", not in the cache %s", e.Cache)
	}
	switch {
	case e.Offline:
		fmt.Fprintf(&b, ", and downloads are off (%s); unset %s to download it from the npm registry", EnvOffline, EnvOffline)
	case e.Err != nil:
		var fe *FetchError
		if errors.As(e.Err, &fe) {
			fmt.Fprintf(&b, ", and downloading %s failed: %s", fe.URL, strings.TrimPrefix(fe.Err.Error(), "contracts: "))
			b.WriteString("; check the network and the npm registry setting (npm_config_registry, or registry= in ~/.npmrc)")
		} else {
			fmt.Fprintf(&b, ", and %v", e.Err)
		}
	}
	fmt.Fprintf(&b, ", or point --contracts (Options.ContractsDir) at an unpacked %s %s package", PackageName, e.Version)
	return b.String()
}

// Is matches ErrArtifactsNotFound.
func (e *NotFoundError) Is(target error) bool { return target == ErrArtifactsNotFound }

// Unwrap returns the download failure, if any.
func (e *NotFoundError) Unwrap() error { return e.Err }

// Locate returns the folder of the @oceanprotocol/contracts package the
// dev chain deploys from, trying in order:
//
//  1. Dir, when set (and nothing else);
//  2. node_modules/@oceanprotocol/contracts in WorkDir or a parent, when it
//     is the pinned version (a repository checkout after npm ci);
//  3. the cache (CacheDir/<version>);
//  4. a download from the npm registry (ResolveRegistry) into the cache,
//     verified against the pinned integrity (Fetch), unless offline.
//
// Errors: ErrArtifactsNotFound for a Dir without package.json; a
// *NotFoundError (matching ErrArtifactsNotFound, wrapping the *FetchError)
// when every step failed; a registry setting error from ResolveRegistry.
func Locate(ctx context.Context, o LocateOptions) (string, error) {
	if o.Dir != "" {
		if _, err := os.Stat(filepath.Join(o.Dir, "package.json")); err != nil {
			return "", fmt.Errorf("%w: %s has no package.json (--contracts / Options.ContractsDir must name an unpacked %s package folder)",
				ErrArtifactsNotFound, o.Dir, PackageName)
		}
		return o.Dir, nil
	}
	if o.Getenv == nil {
		o.Getenv = os.Getenv
	}
	if o.Version == "" {
		o.Version = PinnedVersion
	}
	nf := &NotFoundError{Version: o.Version, WorkDir: o.WorkDir}
	if nf.WorkDir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "", fmt.Errorf("contracts: %w", err)
		}
		nf.WorkDir = wd
	}
	if p, err := FindPackage(nf.WorkDir); err == nil {
		if _, v, err := readManifest(p); err == nil && v == o.Version {
			return p, nil
		}
		nf.Skipped = p
	}

	cache := o.CacheDir
	if cache == "" {
		cache = o.Getenv(EnvCache)
	}
	if cache == "" {
		d, err := DefaultCacheDir()
		if err != nil {
			nf.Err = fmt.Errorf("no cache folder (%v; set %s)", err, EnvCache)
			return "", nf
		}
		cache = d
	}
	p, ok := CachedPackage(cache, o.Version)
	if ok {
		return p, nil
	}
	nf.Cache = p
	switch strings.ToLower(o.Getenv(EnvOffline)) {
	case "1", "true", "yes":
		o.Offline = true
	}
	if o.Offline {
		nf.Offline = true
		return "", nf
	}
	reg, err := ResolveRegistry(o.Getenv)
	if err != nil {
		return "", err
	}
	if o.OnDownload != nil {
		o.OnDownload(redactURL(reg.TarballURL(o.Version)))
	}
	p, err = Fetch(ctx, FetchOptions{Registry: reg, CacheDir: cache, Client: o.Client, Version: o.Version, Integrity: o.Integrity})
	if err != nil {
		var fe *FetchError
		if !errors.As(err, &fe) {
			return "", err
		}
		nf.Err = err
		return "", nf
	}
	return p, nil
}
