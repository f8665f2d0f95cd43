// Package pgtest gives tests a PostgreSQL schema of their own on the
// server named by OCEAN_TEST_POSTGRES (scripts/pg-test-env starts a
// throwaway one and sets it; .ci/run does the same in CI).
//
// Without the variable, a test that needs the server is skipped with a
// message saying how to run it, except in CI (CI=true), where it fails:
// CI never skips the PostgreSQL tests.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env names the variable holding the server's URL, e.g.
// postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable.
const Env = "OCEAN_TEST_POSTGRES"

// Server returns the server's URL, or skips t (fails it when CI=true)
// when Env is not set.
func Server(t testing.TB) string {
	t.Helper()
	u := os.Getenv(Env)
	if u != "" {
		return u
	}
	msg := fmt.Sprintf("PostgreSQL tests need %s=postgres://…; scripts/pg-test-env runs a command with a throwaway server", Env)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI=true: the PostgreSQL tests must run)")
	}
	t.Skip(msg)
	return ""
}

// URL creates a fresh schema on the server and returns a URL whose
// connections use it (search_path), so tests and packages running in
// parallel never see each other's tables or locks. The schema is dropped
// when t ends, after the cleanups registered later (closing the stores).
func URL(t testing.TB) string {
	t.Helper()
	base := Server(t)
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	exec(t, base, "CREATE SCHEMA "+schema)
	t.Cleanup(func() { exec(t, base, "DROP SCHEMA "+schema+" CASCADE") })
	return WithParam(t, base, "search_path", schema)
}

// WithParam returns rawURL with the query parameter name set to value.
func WithParam(t testing.TB, rawURL, name, value string) string {
	t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil || !strings.HasPrefix(u.Scheme, "postgres") {
		t.Fatalf("%s is not a postgres:// URL: %v", Env, err)
	}
	q := u.Query()
	q.Set(name, value)
	u.RawQuery = q.Encode()
	return u.String()
}

func exec(t testing.TB, rawURL, sql string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, rawURL)
	if err != nil {
		t.Fatalf("pgtest: connect to %s: %v", Env, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("pgtest: %s: %v", sql, err)
	}
}
