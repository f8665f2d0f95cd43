package contracts

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// ErrArtifactsNotFound is returned by FindPackage when no installed
// @oceanprotocol/contracts package is found, and matched by the
// *NotFoundError of Locate.
var ErrArtifactsNotFound = errors.New("contracts: @oceanprotocol/contracts package not found")

// packagePath is the package folder below a node_modules parent.
var packagePath = filepath.Join("node_modules", "@oceanprotocol", "contracts")

// FindPackage looks for node_modules/@oceanprotocol/contracts in dir and each
// of its parents and returns the first package folder found.
func FindPackage(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, packagePath)
		if st, err := os.Stat(filepath.Join(p, "package.json")); err == nil && !st.IsDir() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrArtifactsNotFound
		}
		dir = parent
	}
}

// Artifact is a compiled contract read from a Hardhat artifact.
type Artifact struct {
	// Name is the contract name recorded in the artifact.
	Name string
	// ABI is the parsed interface.
	ABI abi.ABI
	// Code is the creation code (constructor + runtime), without arguments.
	Code []byte
}

// LoadArtifact reads one artifact (a path below the package's artifacts/
// folder, as in generator.Contracts) from the package folder pkgDir. It
// refuses artifacts that need library linking.
func LoadArtifact(pkgDir, artifact string) (*Artifact, error) {
	raw, err := os.ReadFile(filepath.Join(pkgDir, "artifacts", filepath.FromSlash(artifact)))
	if err != nil {
		return nil, fmt.Errorf("contracts: %w", err)
	}
	// Field names match the Hardhat keys case-insensitively.
	var art struct {
		ContractName   string
		ABI            json.RawMessage
		Bytecode       string
		LinkReferences map[string]json.RawMessage
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		return nil, fmt.Errorf("contracts: %s: %w", artifact, err)
	}
	if len(art.LinkReferences) > 0 {
		return nil, fmt.Errorf("contracts: %s needs library linking", artifact)
	}
	parsed, err := abi.JSON(strings.NewReader(string(art.ABI)))
	if err != nil {
		return nil, fmt.Errorf("contracts: %s: abi: %w", artifact, err)
	}
	code, err := hex.DecodeString(strings.TrimPrefix(art.Bytecode, "0x"))
	if err != nil || len(code) == 0 {
		return nil, fmt.Errorf("contracts: %s: no creation code", artifact)
	}
	return &Artifact{Name: art.ContractName, ABI: parsed, Code: code}, nil
}
