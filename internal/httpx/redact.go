package httpx

import (
	"net/url"
	"regexp"
	"strings"
)

// Redacted replaces secret values.
const Redacted = "REDACTED"

var secretParams = map[string]bool{
	"signature": true, "sig": true, "token": true, "authtoken": true, "authorization": true,
	"apikey": true, "api_key": true, "key": true, "secret": true, "password": true, "passphrase": true,
	"accesskeyid": true, "secretaccesskey": true, "x-amz-signature": true, "x-amz-credential": true,
	"x-amz-security-token": true, "access_token": true, "privatekey": true, "private_key": true,
}

// IsSecretParam reports whether a query parameter or header of this name
// carries a secret (compared case-insensitively).
func IsSecretParam(name string) bool { return secretParams[strings.ToLower(name)] }

// RedactURL renders u with the password and secret query values replaced.
func RedactURL(u *url.URL) string {
	if u == nil {
		return ""
	}
	c := *u
	if _, ok := c.User.Password(); ok {
		c.User = url.UserPassword(c.User.Username(), Redacted)
	}
	if c.RawQuery != "" {
		q := c.Query()
		changed := false
		for k, vs := range q {
			if IsSecretParam(k) {
				for i := range vs {
					vs[i] = Redacted
				}
				changed = true
			}
		}
		if changed {
			c.RawQuery = q.Encode()
		}
	}
	return c.String()
}

var (
	urlRe = regexp.MustCompile(`(?i)\b(?:https?|ftp|s3|ipfs|ar)://[^\s"'<>]+`)
	// a 65-byte signature or a longer hex blob after 0x
	sigRe = regexp.MustCompile(`0x[0-9a-fA-F]{130}`)
	jwtRe = regexp.MustCompile(`eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]+`)
	// key=value secrets in free text
	kvRe = regexp.MustCompile(`(?i)\b(signature|token|apikey|api_key|secret|password|authorization)=([^&\s"']+)`)
)

// RedactText replaces URLs, signatures, JWTs and secret key=value pairs in
// free text (server error messages, log values).
func RedactText(s string) string {
	if s == "" {
		return s
	}
	s = urlRe.ReplaceAllString(s, "<URL redacted>")
	s = jwtRe.ReplaceAllString(s, "<token redacted>")
	s = sigRe.ReplaceAllString(s, "<signature redacted>")
	s = kvRe.ReplaceAllString(s, "$1="+Redacted)
	return s
}

// RedactSecrets is RedactText for our own log lines: URLs are kept with
// their secret query values and passwords redacted (they are the
// provider's URLs, not file URLs), signatures and tokens are removed.
func RedactSecrets(s string) string {
	s = urlRe.ReplaceAllStringFunc(s, func(m string) string {
		u, err := url.Parse(m)
		if err != nil {
			return "<URL redacted>"
		}
		return RedactURL(u)
	})
	s = jwtRe.ReplaceAllString(s, "<token redacted>")
	s = sigRe.ReplaceAllString(s, "<signature redacted>")
	return kvRe.ReplaceAllString(s, "$1="+Redacted)
}
