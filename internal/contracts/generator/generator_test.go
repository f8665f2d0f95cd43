package generator_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/contracts"
	"github.com/oceango/ocean.go/internal/contracts/generator"
)

// TestGeneratedUpToDate regenerates every binding, ABI and the address file
// into a temporary folder and fails when anything differs from the committed
// files: the drift test of the contracts toolchain.
func TestGeneratedUpToDate(t *testing.T) {
	pkg, err := contracts.FindPackage(".")
	require.NoError(t, err, "the drift test needs the pinned npm package installed")

	tmp := t.TempDir()
	addrOut := filepath.Join(tmp, "address.json")
	require.NoError(t, generator.Generate(pkg, tmp, addrOut))

	compare := func(generated, committed string) {
		t.Helper()
		want, err := os.ReadFile(committed)
		require.NoError(t, err, "committed file missing: run go generate ./internal/contracts")
		got, err := os.ReadFile(generated)
		require.NoError(t, err)
		require.Equal(t, string(got), string(want), "%s is stale: run go generate ./internal/contracts", committed)
	}
	for _, c := range generator.Contracts() {
		for _, f := range []string{"abi.json", c.Package + ".go"} {
			compare(filepath.Join(tmp, c.Package, f), filepath.Join("..", c.Package, f))
		}
	}
	compare(addrOut, filepath.Join("..", "..", "..", "addresses", "address.json"))

	// Nothing but the listed contracts (and the hand-written packages) may
	// live next to the bindings.
	entries, err := os.ReadDir("..")
	require.NoError(t, err)
	known := map[string]bool{"gen": true, "generator": true, "contractstest": true}
	for _, c := range generator.Contracts() {
		known[c.Package] = true
	}
	for _, e := range entries {
		if e.IsDir() {
			require.True(t, known[e.Name()], "unexpected folder internal/contracts/%s: not produced by the generator", e.Name())
		}
	}
}

func TestGenerateRefusesWrongVersion(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name":"@oceanprotocol/contracts","version":"2.5.0"}`), 0o644))
	err := generator.Generate(dir, t.TempDir(), filepath.Join(t.TempDir(), "a.json"))
	require.ErrorContains(t, err, "want @oceanprotocol/contracts@2.6.0")
}

func TestGeneratedBindingsHaveNoBytecode(t *testing.T) {
	for _, c := range generator.Contracts() {
		src, err := os.ReadFile(filepath.Join("..", c.Package, c.Package+".go"))
		require.NoError(t, err)
		require.NotContains(t, string(src), "Bin:", "%s binding must not carry bytecode", c.Package)
	}
}
