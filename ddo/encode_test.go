package ddo_test

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"math"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
)

// encodeCases map JSON text to what JSON.stringify(JSON.parse(text))
// returns in node 20 (each checked by TestEncodeMatchesNode when node is
// installed).
var encodeCases = []struct {
	name, in, want string
}{
	// Numbers: ECMA-262 Number::toString.
	{"integer", `1`, `1`},
	{"integer with fraction zero", `1.0`, `1`},
	{"negative zero", `-0`, `0`},
	{"negative zero fraction", `-0.0e5`, `0`},
	{"1e21 exponent form", `1e21`, `1e+21`},
	{"1e20 digits", `1e20`, `100000000000000000000`},
	{"1.5e-7", `1.5e-7`, `1.5e-7`},
	{"1e-7", `0.0000001`, `1e-7`},
	{"0.000001 stays decimal", `1e-6`, `0.000001`},
	{"2^53 exact", `9007199254740992`, `9007199254740992`},
	{"2^53+1 rounds", `9007199254740993`, `9007199254740992`},
	{"large shortest round trip", `123456789012345678901234567890`, `1.2345678901234568e+29`},
	{"big integer under 1e21", `123456789012345678901`, `123456789012345680000`},
	{"max double", `1.7976931348623157e308`, `1.7976931348623157e+308`},
	{"min subnormal", `5e-324`, `5e-324`},
	{"overflow is null", `1e400`, `null`},
	{"negative overflow is null", `-1e400`, `null`},
	{"underflow is zero", `1e-400`, `0`},
	{"0.1", `0.1`, `0.1`},
	{"fraction", `-123.456e2`, `-12345.6`},
	{"exponent upper E", `2E3`, `2000`},
	{"exponent plus", `2e+3`, `2000`},
	{"three tenths", `0.30000000000000004`, `0.30000000000000004`},

	// Strings: QuoteJSONString.
	{"html not escaped", `"<a href='x'>&amp;</a>"`, `"<a href='x'>&amp;</a>"`},
	{"non-ASCII raw", `"São Paulo café ☕ 😀"`, `"São Paulo café ☕ 😀"`},
	{"unicode escapes decoded", `"\u00e9\u2603"`, `"é☃"`},
	{"line separators raw", `"a\u2028b\u2029c"`, "\"a\u2028b\u2029c\""},
	{"short escapes", `"\b\f\n\r\t\"\\\/"`, `"\b\f\n\r\t\"\\/"`},
	{"control chars lowercase hex", `"\u0000\u001F\u000B"`, `"\u0000\u001f\u000b"`},
	{"DEL raw", `"\u007f"`, "\"\x7f\""},
	{"lone high surrogate", `"\uD800"`, `"\ud800"`},
	{"lone low surrogate", `"x\uDFFFy"`, `"x\udfffy"`},
	{"surrogate pair joins", `"\uD83D\uDE00"`, `"😀"`},
	{"reversed pair stays escaped", `"\uDE00\uD83D"`, `"\ude00\ud83d"`},
	{"high then text", `"\uD83Dx\uDE00"`, `"\ud83dx\ude00"`},
	{"two highs then low", `"\uD83D\uD83D\uDE00"`, `"\ud83d😀"`},
	{"invalid UTF-8 replaced", "\"a\xffb\"", "\"a\uFFFDb\""},
	{"truncated sequence one replacement", "\"a\xe2\x82b\"", "\"a\uFFFDb\""},
	{"overlong replaced per byte", "\"\xc0\xaf\"", "\"\uFFFD\uFFFD\""},
	{"encoded surrogate replaced", "\"\xed\xa0\x80\"", "\"\uFFFD\uFFFD\uFFFD\""},

	// Objects: property order, duplicates.
	{"index keys hoisted", `{"b":1,"10":2,"a":3,"2":4,"01":5,"-1":6}`, `{"2":4,"10":2,"b":1,"a":3,"01":5,"-1":6}`},
	{"max index key", `{"x":0,"4294967294":1,"4294967295":2}`, `{"4294967294":1,"x":0,"4294967295":2}`},
	{"duplicate keeps first position last value", `{"a":1,"b":2,"a":3}`, `{"a":3,"b":2}`},
	{"duplicate index key", `{"1":1,"0":0,"1":2}`, `{"0":0,"1":2}`},
	{"__proto__ is an own property", `{"__proto__":{"x":1},"y":2}`, `{"__proto__":{"x":1},"y":2}`},
	{"whitespace removed", " {\n\t\"a\" : [ 1 , 2 ] ,\r\n \"b\" : { } } ", `{"a":[1,2],"b":{}}`},
	{"empty array", `[]`, `[]`},
	{"empty key", `{"":1}`, `{"":1}`},
	{"escaped key", `{"\u0041\n":1}`, `{"A\n":1}`},
	{"literals", `[true,false,null]`, `[true,false,null]`},
	{"top-level string", `"x"`, `"x"`},
}

func TestEncode(t *testing.T) {
	for _, tc := range encodeCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ddo.Encode([]byte(tc.in))
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(got))
			// The canonical form is a fixed point.
			again, err := ddo.Encode(got)
			require.NoError(t, err)
			assert.Equal(t, string(got), string(again))
		})
	}
}

// TestEncodeVectors checks ddo.md §4.7: TV1 and TV2 are already canonical.
func TestEncodeVectors(t *testing.T) {
	for _, f := range []string{"testdata/tv1.json", "testdata/tv2.json"} {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		got, err := ddo.Encode(data)
		require.NoError(t, err)
		assert.Equal(t, string(data), string(got), f)
	}
	// TV2 is 1497 UTF-16 units, 1503 bytes.
	tv2, err := os.ReadFile("testdata/tv2.json")
	require.NoError(t, err)
	assert.Len(t, tv2, 1503)
	assert.Equal(t, 1497, len([]rune(string(tv2)))) // no astral characters, so runes = UTF-16 units
}

func TestEncodeSyntaxErrors(t *testing.T) {
	for _, in := range []string{
		``, ` `, `{`, `[1,]`, `{"a":1,}`, `01`, `1.`, `.5`, `+1`, `-`, `1e`, `NaN`, `Infinity`, `'x'`,
		`{a:1}`, `"\x"`, `"\u12"`, `"\u12G4"`, "\"a\nb\"", "\"\t\"", `tru`, `nul`, `[1 2]`, `{"a" 1}`, `{"a":1}x`,
		`// c` + "\n1", "\xef\xbb\xbf{}", `"unterminated`, `[`, `{"a":`,
	} {
		_, err := ddo.Encode([]byte(in))
		var se *ddo.SyntaxError
		require.Truef(t, errors.As(err, &se), "input %q: want *SyntaxError, got %v", in, err)
		assert.True(t, strings.HasPrefix(se.Error(), "ddo: invalid JSON at offset "), se.Error())
	}
}

func TestParseDepthLimit(t *testing.T) {
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	_, err := ddo.Encode([]byte(deep))
	require.NoError(t, err)
	tooDeep := strings.Repeat("[", 10001) + strings.Repeat("]", 10001)
	_, err = ddo.Encode([]byte(tooDeep))
	var se *ddo.SyntaxError
	require.ErrorAs(t, err, &se)
}

func TestValueConstruction(t *testing.T) {
	v := ddo.ObjectValue(
		ddo.Member{Key: "b", Value: ddo.NumberValue(math.Copysign(0, -1))},
		ddo.Member{Key: "1", Value: ddo.StringValue("<&>")},
		ddo.Member{Key: "a", Value: ddo.ArrayValue(ddo.NullValue(), ddo.Value{}, ddo.BoolValue(true), ddo.NumberValue(math.NaN()))},
		ddo.Member{Key: "u", Value: ddo.Value{}},
		ddo.Member{Key: "b", Value: ddo.IntValue(1 << 60)},
		ddo.Member{Key: "s", Value: ddo.StringValue("\xed\xa0\xbd\xed\xb8\x80")}, // WTF-8 pair joins
	)
	assert.Equal(t, `{"1":"<&>","b":1152921504606847000,"a":[null,null,true,null],"s":"😀"}`, v.String())
	b, err := v.MarshalJSON()
	require.NoError(t, err)
	var back ddo.Value
	require.NoError(t, back.UnmarshalJSON(b))
	assert.True(t, back.Equal(v) || back.String() == v.String())
	assert.Equal(t, []string{"1", "b", "a", "s"}, keys(v))

	var o ddo.Object
	o.Set("z", ddo.IntValue(1))
	o.Set("3", ddo.IntValue(3))
	o.Set("1", ddo.IntValue(1))
	o.Set("z", ddo.IntValue(2))
	assert.Equal(t, []string{"1", "3", "z"}, o.Keys())
	o.Delete("3")
	assert.Equal(t, `{"1":1,"z":2}`, o.Value().String())
	assert.True(t, o.Has("z"))
	assert.False(t, o.Has("3"))

	n, ok := ddo.NumberValue(2.5).Int()
	assert.False(t, ok)
	assert.Zero(t, n)
	i, ok := ddo.NumberValue(42).Int()
	assert.True(t, ok)
	assert.Equal(t, int64(42), i)
	assert.Equal(t, ddo.Undefined, ddo.StringValue("x").Get("k").Kind())
	assert.Equal(t, "string", ddo.StringValue("x").Kind().String())
}

func keys(v ddo.Value) []string {
	var out []string
	for _, m := range v.Members() {
		out = append(out, m.Key)
	}
	return out
}

// TestEncodeMatchesNode runs every encodeCases input and the test vectors
// through node's JSON.stringify(JSON.parse(buffer.toString("utf8"))) and
// compares bytes. It is skipped when node is not installed.
func TestEncodeMatchesNode(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	var inputs [][]byte
	for _, tc := range encodeCases {
		inputs = append(inputs, []byte(tc.in))
	}
	for _, f := range []string{"testdata/tv1.json", "testdata/tv2.json"} {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		inputs = append(inputs, data)
	}
	var stdin bytes.Buffer
	for _, in := range inputs {
		stdin.WriteString(base64.StdEncoding.EncodeToString(in) + "\n")
	}
	script := `
const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const l of lines) {
  const text = Buffer.from(l, 'base64').toString('utf8');
  let out;
  try { out = 'ok ' + Buffer.from(JSON.stringify(JSON.parse(text)), 'utf8').toString('base64'); }
  catch (e) { out = 'error'; }
  console.log(out);
}`
	cmd := exec.Command(node, "-e", script)
	cmd.Stdin = &stdin
	out, err := cmd.Output()
	require.NoError(t, err)
	sc := bufio.NewScanner(bytes.NewReader(out))
	for i := 0; sc.Scan(); i++ {
		require.Less(t, i, len(inputs))
		line := sc.Text()
		got, gerr := ddo.Encode(inputs[i])
		if line == "error" {
			assert.Error(t, gerr, "input %q: node rejects it", inputs[i])
			continue
		}
		want, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(line, "ok "))
		require.NoError(t, err)
		require.NoError(t, gerr, "input %q", inputs[i])
		assert.Equal(t, string(want), string(got), "input %q", inputs[i])
	}
}
