package journal

import (
	"context"
	"fmt"
	"net/url"
	"strings"
)

// OpenURL opens the store a URL names, so that one configuration value
// (ocean.Config.JournalURL, OCEAN_JOURNAL, the CLI's --journal) selects
// the backend:
//
//	postgres://user@host:5432/db?search_path=app   PostgresStore (also postgresql://)
//	file:///var/lib/app/journal                     FileStore in that directory
//	/var/lib/app/journal, ./journal, journal        FileStore in that directory
//	memory:                                         MemoryStore (nothing survives the process)
//
// Other schemes are refused with ErrInvalid. The caller closes the store.
func OpenURL(ctx context.Context, rawURL string) (Store, error) {
	if rawURL == "" {
		return nil, fmt.Errorf("%w: empty journal URL", ErrInvalid)
	}
	scheme, rest, hasScheme := strings.Cut(rawURL, ":")
	if !hasScheme || !isScheme(scheme) || (len(scheme) == 1 && strings.HasPrefix(rest, `\`)) {
		// No scheme: a directory (also a Windows drive path such as C:\x).
		return openDir(rawURL)
	}
	switch strings.ToLower(scheme) {
	case "postgres", "postgresql":
		s, err := OpenPostgres(ctx, rawURL)
		if err != nil {
			return nil, err
		}
		return s, nil
	case "file":
		u, err := url.Parse(rawURL)
		if err != nil {
			return nil, fmt.Errorf("%w: journal URL: %v", ErrInvalid, err)
		}
		if u.Host != "" && u.Host != "localhost" {
			return nil, fmt.Errorf("%w: journal URL %q: a file journal must be local", ErrInvalid, rawURL)
		}
		dir := u.Path
		if dir == "" {
			dir = u.Opaque
		}
		return openDir(dir)
	case "memory":
		return NewMemory(), nil
	}
	return nil, fmt.Errorf("%w: journal URL scheme %q (want postgres://, file:// or a directory)", ErrInvalid, scheme)
}

func openDir(dir string) (Store, error) {
	s, err := Open(dir)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// isScheme reports whether s is a URL scheme (RFC 3986: a letter, then
// letters, digits, "+", "-" or ".").
func isScheme(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return true
}
