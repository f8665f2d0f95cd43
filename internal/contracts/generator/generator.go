// Package generator extracts contract ABIs and network addresses from the
// @oceanprotocol/contracts npm package and writes the Go bindings that
// ocean.go compiles against.
//
// It is run by `go generate ./internal/contracts` and, in the drift test, into
// a temporary directory whose contents must equal what is committed.
package generator

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"

	"github.com/oceango/ocean.go/internal/contracts"
)

// PackageName is the npm package the ABIs and addresses are extracted from.
const PackageName = contracts.PackageName

// PackageVersion is the pinned version of PackageName.
const PackageVersion = contracts.PackageVersion

// Contracts returns the contracts the SDK binds, in a stable order.
func Contracts() []contracts.Contract { return contracts.Bound() }

// AddressFile is the path of the per-network address file inside the package.
const AddressFile = "addresses/address.json"

// Generate reads the npm package at pkgDir and writes, below outDir, one
// folder per contract holding abi.json and the abigen v2 binding, plus the
// address file to addressOut. It never writes bytecode.
func Generate(pkgDir, outDir, addressOut string) error {
	if err := checkVersion(pkgDir); err != nil {
		return err
	}
	for _, c := range Contracts() {
		abiJSON, err := ReadABI(pkgDir, c.Artifact)
		if err != nil {
			return err
		}
		code, err := abigen.BindV2([]string{c.Type}, []string{string(abiJSON)}, []string{""}, c.Package, nil, nil)
		if err != nil {
			return fmt.Errorf("generator: bind %s: %w", c.Type, err)
		}
		dir := filepath.Join(outDir, c.Package)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		var pretty bytes.Buffer
		if err := json.Indent(&pretty, abiJSON, "", "  "); err != nil {
			return fmt.Errorf("generator: %s: %w", c.Artifact, err)
		}
		pretty.WriteByte('\n')
		if err := os.WriteFile(filepath.Join(dir, "abi.json"), pretty.Bytes(), 0o644); err != nil {
			return err
		}
		// A package doc comment goes right above the package clause, below
		// abigen's "Code generated" header.
		clause := "\npackage " + c.Package + "\n"
		doc := fmt.Sprintf("\n// Package %s is the abigen v2 binding of %s from %s@%s.\n// Regenerate with `go generate ./internal/contracts`.", c.Package, c.Type, PackageName, PackageVersion)
		if !strings.Contains(code, clause) {
			return fmt.Errorf("generator: %s: no package clause in abigen output", c.Type)
		}
		code = strings.Replace(code, clause, doc+clause, 1)
		if err := os.WriteFile(filepath.Join(dir, c.Package+".go"), []byte(code), 0o644); err != nil {
			return err
		}
	}
	addresses, err := readAddresses(pkgDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(addressOut), 0o755); err != nil {
		return err
	}
	return os.WriteFile(addressOut, addresses, 0o644)
}

// ReadABI returns the compact ABI JSON of one artifact.
func ReadABI(pkgDir, artifact string) ([]byte, error) {
	raw, err := os.ReadFile(filepath.Join(pkgDir, "artifacts", filepath.FromSlash(artifact)))
	if err != nil {
		return nil, fmt.Errorf("generator: %w", err)
	}
	var art struct {
		ABI json.RawMessage `json:"abi"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		return nil, fmt.Errorf("generator: %s: %w", artifact, err)
	}
	if len(art.ABI) == 0 {
		return nil, fmt.Errorf("generator: %s has no abi", artifact)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, art.ABI); err != nil {
		return nil, fmt.Errorf("generator: %s: %w", artifact, err)
	}
	return compact.Bytes(), nil
}

// readAddresses re-indents the package's address file with sorted network
// names so the embedded copy is stable and readable.
func readAddresses(pkgDir string) ([]byte, error) {
	raw, err := os.ReadFile(filepath.Join(pkgDir, filepath.FromSlash(AddressFile)))
	if err != nil {
		return nil, fmt.Errorf("generator: %w", err)
	}
	var nets map[string]json.RawMessage
	if err := json.Unmarshal(raw, &nets); err != nil {
		return nil, fmt.Errorf("generator: %s: %w", AddressFile, err)
	}
	names := make([]string, 0, len(nets))
	for n := range nets {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("{\n")
	for i, n := range names {
		var v bytes.Buffer
		if err := json.Indent(&v, nets[n], "  ", "  "); err != nil {
			return nil, err
		}
		key, _ := json.Marshal(n)
		fmt.Fprintf(&b, "  %s: %s", key, v.Bytes())
		if i < len(names)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	return []byte(b.String()), nil
}

func checkVersion(pkgDir string) error {
	raw, err := os.ReadFile(filepath.Join(pkgDir, "package.json"))
	if err != nil {
		return fmt.Errorf("generator: %s not installed (run npm ci): %w", PackageName, err)
	}
	var pkg struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	if err := json.Unmarshal(raw, &pkg); err != nil {
		return fmt.Errorf("generator: package.json: %w", err)
	}
	if pkg.Name != PackageName || pkg.Version != PackageVersion {
		return fmt.Errorf("generator: found %s@%s, want %s@%s", pkg.Name, pkg.Version, PackageName, PackageVersion)
	}
	return nil
}
