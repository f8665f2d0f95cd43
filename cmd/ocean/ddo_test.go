package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCLI runs the command line in-process.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func testdata(t *testing.T, name string) string {
	t.Helper()
	return filepath.Join("..", "..", "ddo", "testdata", name)
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

// invalidDoc is TV1 with a CRLF description and a fractional timeout.
func invalidDoc(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(testdata(t, "tv1.json"))
	require.NoError(t, err)
	s := strings.Replace(string(data), `"Sample description"`, `"Sample\r\ndescription"`, 1)
	return strings.Replace(s, `"timeout":0`, `"timeout":0.5`, 1)
}

func TestValidate(t *testing.T) {
	tv1, tv2 := testdata(t, "tv1.json"), testdata(t, "tv2.json")
	code, out, errOut := runCLI(t, "", "ddo", "validate", tv1, tv2)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, tv1+": valid (4.1.0)\n"+tv2+": valid (4.5.0)\n", out)

	bad := writeFile(t, "bad.json", invalidDoc(t))
	code, out, _ = runCLI(t, "", "ddo", "validate", tv1, bad)
	assert.Equal(t, 1, code)
	assert.Equal(t, tv1+": valid (4.1.0)\n"+bad+": invalid (4.1.0)\n"+
		"  $.metadata.description: must not contain \\r, U+2028 or U+2029 (only \\n line breaks)\n"+
		"  $.services[0].timeout: must be an integer, got number 0.5\n", out)
}

func TestValidateJSON(t *testing.T) {
	tv1 := testdata(t, "tv1.json")
	bad := writeFile(t, "bad.json", invalidDoc(t))
	notJSON := writeFile(t, "x.json", "{")
	missing := filepath.Join(t.TempDir(), "missing.json")

	code, out, _ := runCLI(t, "", "ddo", "validate", "--json", tv1, bad, notJSON, missing)
	assert.Equal(t, exitUsage, code, "an unreadable file is an input error; the others are still checked")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 4)

	type line struct {
		File   string `json:"file"`
		Valid  bool   `json:"valid"`
		Errors []struct {
			Path    string `json:"path"`
			Message string `json:"message"`
		} `json:"errors"`
	}
	var got []line
	for _, l := range lines {
		// Exactly the three documented keys, in order.
		assert.True(t, strings.HasPrefix(l, `{"file":`), l)
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		var v line
		require.NoError(t, dec.Decode(&v), l)
		got = append(got, v)
	}
	assert.Equal(t, `{"file":"`+tv1+`","valid":true,"errors":[]}`, lines[0])
	assert.Equal(t, bad, got[1].File)
	assert.False(t, got[1].Valid)
	require.Len(t, got[1].Errors, 2)
	assert.Equal(t, "$.metadata.description", got[1].Errors[0].Path)
	assert.Equal(t, "$.services[0].timeout", got[1].Errors[1].Path)
	assert.False(t, got[2].Valid)
	assert.Contains(t, got[2].Errors[0].Message, "invalid JSON")
	assert.False(t, got[3].Valid)
	assert.Contains(t, got[3].Errors[0].Message, "no such file")

	// All valid: exit 0.
	code, out, _ = runCLI(t, "", "ddo", "validate", "--json", tv1)
	assert.Equal(t, 0, code)
	assert.Equal(t, `{"file":"`+tv1+`","valid":true,"errors":[]}`+"\n", out)
}

func TestValidateStrictAndReference(t *testing.T) {
	data, err := os.ReadFile(testdata(t, "tv1.json"))
	require.NoError(t, err)
	wrongDID := writeFile(t, "did.json", strings.Replace(string(data), `"chainId":1`, `"chainId":0`, 1))
	code, out, _ := runCLI(t, "", "ddo", "validate", wrongDID)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "$.chainId: must be greater than 0")
	code, _, _ = runCLI(t, "", "ddo", "validate", "--reference", wrongDID)
	assert.Equal(t, 0, code, "ddo-js accepts chainId 0")
}

func TestValidateStdin(t *testing.T) {
	data, err := os.ReadFile(testdata(t, "tv2.json"))
	require.NoError(t, err)
	code, out, _ := runCLI(t, string(data), "ddo", "validate", "--json", "-")
	assert.Equal(t, 0, code)
	assert.Equal(t, `{"file":"-","valid":true,"errors":[]}`+"\n", out)
}

func TestEncode(t *testing.T) {
	pretty := writeFile(t, "pretty.json", "{\n  \"b\": 1.0,\n  \"10\": \"<&>\",\n  \"a\": 1e21,\n  \"c\": \"\\u2028\"\n}\n")
	code, out, errOut := runCLI(t, "", "ddo", "encode", pretty)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, "{\"10\":\"<&>\",\"b\":1,\"a\":1e+21,\"c\":\"\u2028\"}", out, "no trailing newline")

	tv2, err := os.ReadFile(testdata(t, "tv2.json"))
	require.NoError(t, err)
	code, out, _ = runCLI(t, "", "ddo", "encode", testdata(t, "tv2.json"))
	assert.Equal(t, 0, code)
	assert.Equal(t, string(tv2), out)

	code, _, errOut = runCLI(t, "", "ddo", "encode", writeFile(t, "bad.json", "[1,]"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "invalid JSON")
}

func TestHash(t *testing.T) {
	tv1 := testdata(t, "tv1.json")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{tv1}, "0x7f15f93a0dd162f145f36affde65d4a00b675afb739fc053bd2545a4c31c8940"},
		{[]string{"--flags", "2", tv1}, "0x7f15f93a0dd162f145f36affde65d4a00b675afb739fc053bd2545a4c31c8940"},
		{[]string{"--flags", "0", tv1}, "0xffcccdb2b7a251c1e305deea921bee5f62a01c740637d104ce670f8acda21d1f"},
		{[]string{"--flags=0", testdata(t, "tv2.json")}, "0x3792af35503dacd6b0f842368feb19eccb6df4e4c355ba2e122eebba83568ef9"},
		{[]string{"--flags", "3", testdata(t, "tv2.json")}, "0xff2116b68d2e052b18ab8d2b8505f44fade4747695b546678cd8d0798313b96d"},
	} {
		code, out, errOut := runCLI(t, "", append([]string{"ddo", "hash"}, tc.args...)...)
		assert.Equal(t, 0, code, errOut)
		assert.Equal(t, tc.want+"\n", out, tc.args)
	}
	// The hash is of the exact bytes: whitespace changes it.
	spaced := writeFile(t, "spaced.json", "{ }")
	_, out, _ := runCLI(t, "", "ddo", "hash", spaced)
	_, out2, _ := runCLI(t, "", "ddo", "hash", writeFile(t, "tight.json", "{}"))
	assert.NotEqual(t, out, out2)
}

func TestDID(t *testing.T) {
	code, out, _ := runCLI(t, "", "ddo", "did", "0xABCDEF0123456789ABCDEF0123456789ABCDEF01", "8996")
	assert.Equal(t, 0, code)
	assert.Equal(t, "did:op:a4e2207080d548bc552fdb5896e43bafe1ac47ca61d27157afdb1e8d7d327504\n", out)
	code, out, _ = runCLI(t, "", "ddo", "did", "--v5", "0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De", "1")
	assert.Equal(t, 0, code)
	assert.Equal(t, "did:ope:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc\n", out)

	code, _, errOut := runCLI(t, "", "ddo", "did", "0xA331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De", "1")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "bad address checksum")
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"nope"},
		{"ddo"},
		{"ddo", "nope"},
		{"ddo", "validate"},
		{"ddo", "validate", "--bogus", "x.json"},
		{"ddo", "encode"},
		{"ddo", "encode", "a", "b"},
		{"ddo", "hash"},
		{"ddo", "hash", "--flags", "4", "x.json"},
		{"ddo", "hash", "--flags", "x", "x.json"},
		{"ddo", "did", "0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De"},
		{"ddo", "did", "0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De", "one"},
		{"ddo", "did", "0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De", "0"},
	} {
		code, _, errOut := runCLI(t, "", args...)
		assert.Equal(t, 2, code, "%v: %s", args, errOut)
		assert.Contains(t, errOut, "ocean: ", args)
	}
}

func TestHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "ddo", "validate", "--help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "--json")
	assert.Contains(t, out, `{"file":"<path as given>"`)
}
