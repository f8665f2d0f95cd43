package contracts

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestPinMatchesLock fails when package-lock.json moves to another
// @oceanprotocol/contracts release and pin.go is not updated with it.
func TestPinMatchesLock(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "package-lock.json"))
	if err != nil {
		t.Fatal(err)
	}
	var lock struct {
		Packages map[string]struct {
			Version   string `json:"version"`
			Integrity string `json:"integrity"`
		} `json:"packages"`
	}
	if err := json.Unmarshal(raw, &lock); err != nil {
		t.Fatal(err)
	}
	p, ok := lock.Packages["node_modules/@oceanprotocol/contracts"]
	if !ok {
		t.Fatal("package-lock.json does not pin @oceanprotocol/contracts")
	}
	if p.Version != PinnedVersion {
		t.Errorf("PinnedVersion = %q, package-lock.json pins %q", PinnedVersion, p.Version)
	}
	if p.Integrity != PinnedIntegrity {
		t.Errorf("PinnedIntegrity = %q, package-lock.json has %q", PinnedIntegrity, p.Integrity)
	}
}
