package ddo

import (
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"
)

// maxDepth bounds the nesting of arrays and objects the parser accepts.
const maxDepth = 10000

// SyntaxError is returned when a document is not JSON that JavaScript's
// JSON.parse would accept.
type SyntaxError struct {
	// Offset is the byte offset in the (UTF-8 decoded) input at which the
	// error was detected.
	Offset int
	// Msg describes the problem.
	Msg string
}

// Error implements the error interface.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("ddo: invalid JSON at offset %d: %s", e.Offset, e.Msg)
}

// ParseValue parses data the way JavaScript's JSON.parse parses the text
// obtained by decoding data as UTF-8 (as Node's fs.readFileSync(f, "utf8")
// does): invalid UTF-8 sequences become U+FFFD (WHATWG decoding), a byte
// order mark is a syntax error, numbers become doubles, \u escapes may
// produce lone surrogates, and a repeated object key keeps its first
// position and its last value. Nesting deeper than 10000 levels is
// rejected. Errors are of type *[SyntaxError].
func ParseValue(data []byte) (Value, error) {
	var src string
	if utf8.Valid(data) {
		src = string(data)
	} else {
		src = string(decodeUTF8(data))
	}
	// The scratch stacks start on the stack: most documents never outgrow
	// them, and each container then costs one exact-size allocation.
	sc := scratch{ms: make([]Member, 0, 12), vs: make([]Member, 0, 4)}
	p := parser{src: src}
	p.skipSpace()
	v, err := p.value(0, &sc)
	if err != nil {
		return Value{}, err
	}
	p.skipSpace()
	if p.pos != len(p.src) {
		return Value{}, p.errorf("unexpected %s after JSON value", p.describe())
	}
	return v, nil
}

// decodeUTF8 replaces every maximal ill-formed subsequence of b with U+FFFD,
// following the WHATWG UTF-8 decoder (which Node and browsers use).
func decodeUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			out = append(out, b[i])
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
			i += maximalSubpart(string(b[i:min(i+4, len(b))]))
			continue
		}
		out = append(out, b[i:i+size]...)
		i += size
	}
	return out
}

// stringByte marks the bytes a JSON string may contain unescaped, other
// than the closing quote.
var stringByte = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

type parser struct {
	src string
	pos int
}

// scratch holds the stacks on which the objects and arrays being parsed
// collect their members and elements: a container pushes its children
// and, when it closes, copies them into an exact-size slice and pops them.
// Nested containers close before their parent adds its next child, so the
// stack discipline holds. It is kept apart from parser so that its
// buffers can live on ParseValue's stack (the parser's strings flow into
// the result, which would move anything the parser points to to the heap).
type scratch struct {
	ms []Member
	vs []Member
}

func (p *parser) errorf(format string, args ...any) error {
	return &SyntaxError{Offset: p.pos, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) describe() string {
	if p.pos >= len(p.src) {
		return "end of input"
	}
	r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
	return strconv.QuoteRune(r)
}

func (p *parser) skipSpace() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value(depth int, sc *scratch) (Value, error) {
	if p.pos >= len(p.src) {
		return Value{}, p.errorf("unexpected end of input")
	}
	switch c := p.src[p.pos]; {
	case c == '{':
		return p.object(depth+1, sc)
	case c == '[':
		return p.array(depth+1, sc)
	case c == '"':
		s, err := p.str()
		if err != nil {
			return Value{}, err
		}
		return Value{kind: String, s: s}, nil
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case c == 't':
		return p.literal("true", Value{kind: Bool, b: true})
	case c == 'f':
		return p.literal("false", Value{kind: Bool})
	case c == 'n':
		return p.literal("null", Value{kind: Null})
	}
	return Value{}, p.errorf("unexpected %s", p.describe())
}

func (p *parser) literal(word string, v Value) (Value, error) {
	if len(p.src)-p.pos >= len(word) && p.src[p.pos:p.pos+len(word)] == word {
		p.pos += len(word)
		return v, nil
	}
	return Value{}, p.errorf("unexpected %s", p.describe())
}

func (p *parser) number() (Value, error) {
	start := p.pos
	if p.src[p.pos] == '-' {
		p.pos++
	}
	digits := func() int {
		n := 0
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	if p.pos < len(p.src) && p.src[p.pos] == '0' {
		p.pos++
	} else if digits() == 0 {
		return Value{}, p.errorf("invalid number: expected digit, got %s", p.describe())
	}
	if p.pos < len(p.src) && p.src[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			return Value{}, p.errorf("invalid number: expected digit after '.', got %s", p.describe())
		}
	}
	if p.pos < len(p.src) && (p.src[p.pos] == 'e' || p.src[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.src) && (p.src[p.pos] == '+' || p.src[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			return Value{}, p.errorf("invalid number: expected exponent digit, got %s", p.describe())
		}
	}
	// ParseFloat rounds correctly, like JavaScript; on overflow it returns
	// ±Inf (JavaScript: ±Infinity) and on underflow ±0.
	f, _ := strconv.ParseFloat(p.src[start:p.pos], 64)
	return Value{kind: Number, n: f}, nil
}

func (p *parser) str() (string, error) {
	p.pos++ // opening quote
	start := p.pos
	// Fast path: no escapes. Skip eight bytes at a time while a word holds
	// no quote, backslash or control character.
	for p.pos+8 <= len(p.src) && plainWord(p.src[p.pos:p.pos+8]) {
		p.pos += 8
	}
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if stringByte[c] {
			p.pos++
			continue
		}
		if c == '"' {
			s := p.src[start:p.pos]
			p.pos++
			return s, nil
		}
		if c == '\\' {
			break
		}
		return "", p.errorf("control character %s in string", p.describe())
	}
	buf := []byte(p.src[start:p.pos])
	pendingHigh := -1 // position in buf of an unpaired high surrogate's WTF-8 bytes
	for {
		if p.pos >= len(p.src) {
			return "", p.errorf("unterminated string")
		}
		c := p.src[p.pos]
		switch {
		case c == '"':
			p.pos++
			return string(buf), nil
		case c < 0x20:
			return "", p.errorf("control character %s in string", p.describe())
		case c != '\\':
			buf = append(buf, c)
			pendingHigh = -1
			p.pos++
			continue
		}
		p.pos++
		if p.pos >= len(p.src) {
			return "", p.errorf("unterminated string")
		}
		e := p.src[p.pos]
		p.pos++
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			if len(p.src)-p.pos < 4 {
				return "", p.errorf("invalid \\u escape")
			}
			u, err := strconv.ParseUint(p.src[p.pos:p.pos+4], 16, 16)
			if err != nil || !isHex4(p.src[p.pos:p.pos+4]) {
				return "", p.errorf("invalid \\u escape")
			}
			p.pos += 4
			r := rune(u)
			switch {
			case r >= 0xDC00 && r <= 0xDFFF && pendingHigh >= 0:
				// Combine with the preceding high surrogate.
				hi := decodeSurrogate(buf[pendingHigh:])
				buf = utf8.AppendRune(buf[:pendingHigh], 0x10000+(hi-0xD800)<<10+(r-0xDC00))
				pendingHigh = -1
			case r >= 0xD800 && r <= 0xDBFF:
				pendingHigh = len(buf)
				buf = appendSurrogate(buf, r)
			default:
				buf = appendRuneWTF8(buf, r)
				pendingHigh = -1
			}
			continue
		default:
			p.pos--
			return "", p.errorf("invalid escape \\%s", p.describe())
		}
		pendingHigh = -1
	}
}

// plainWord reports whether the 8 bytes of s are all bytes a JSON string
// may hold unescaped (see stringByte), with the usual SWAR tests: a byte
// below 0x20, or a byte equal to '"' or '\\' (a zero byte after XOR),
// sets the high bit of its lane. The test is exact for "any byte", which
// is all it is used for.
func plainWord(s string) bool {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	ctl := (x - 0x20*ones) &^ x
	q := x ^ '"'*ones
	bs := x ^ '\\'*ones
	return (ctl|(q-ones)&^q|(bs-ones)&^bs)&highs == 0
}

func isHex4(s string) bool {
	for i := 0; i < 4; i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// appendSurrogate appends the generalized (WTF-8) encoding of a surrogate
// code point, which UTF-8 proper cannot represent.
func appendSurrogate(b []byte, r rune) []byte {
	return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
}

func appendRuneWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return appendSurrogate(b, r)
	}
	return utf8.AppendRune(b, r)
}

// decodeSurrogate decodes the 3-byte WTF-8 encoding of a surrogate.
func decodeSurrogate(b []byte) rune {
	return 0xD000 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F)
}

func (p *parser) array(depth int, sc *scratch) (Value, error) {
	if depth > maxDepth {
		return Value{}, p.errorf("nesting deeper than %d", maxDepth)
	}
	p.pos++
	p.skipSpace()
	base := len(sc.vs)
	if p.pos < len(p.src) && p.src[p.pos] == ']' {
		p.pos++
		return Value{kind: Array, obj: []Member{}}, nil
	}
	for {
		p.skipSpace()
		v, err := p.value(depth, sc)
		if err != nil {
			return Value{}, err
		}
		sc.vs = append(sc.vs, Member{Value: v})
		p.skipSpace()
		if p.pos >= len(p.src) {
			return Value{}, p.errorf("unterminated array")
		}
		switch p.src[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			elems := make([]Member, len(sc.vs)-base)
			copy(elems, sc.vs[base:])
			sc.vs = sc.vs[:base]
			return Value{kind: Array, obj: elems}, nil
		default:
			return Value{}, p.errorf("expected ',' or ']' in array, got %s", p.describe())
		}
	}
}

func (p *parser) object(depth int, sc *scratch) (Value, error) {
	if depth > maxDepth {
		return Value{}, p.errorf("nesting deeper than %d", maxDepth)
	}
	p.pos++
	p.skipSpace()
	if p.pos < len(p.src) && p.src[p.pos] == '}' {
		p.pos++
		return Value{kind: ObjectKind, obj: []Member{}}, nil
	}
	base := len(sc.ms)
	for {
		p.skipSpace()
		if p.pos >= len(p.src) || p.src[p.pos] != '"' {
			return Value{}, p.errorf("expected string key in object, got %s", p.describe())
		}
		k, err := p.str()
		if err != nil {
			return Value{}, err
		}
		p.skipSpace()
		if p.pos >= len(p.src) || p.src[p.pos] != ':' {
			return Value{}, p.errorf("expected ':' after object key, got %s", p.describe())
		}
		p.pos++
		p.skipSpace()
		v, err := p.value(depth, sc)
		if err != nil {
			return Value{}, err
		}
		sc.ms = append(sc.ms, Member{k, v})
		p.skipSpace()
		if p.pos >= len(p.src) {
			return Value{}, p.errorf("unterminated object")
		}
		switch p.src[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			ms := make([]Member, len(sc.ms)-base)
			copy(ms, sc.ms[base:])
			sc.ms = sc.ms[:base]
			ms = normalizeMembers(ms)
			return Value{kind: ObjectKind, obj: ms[:len(ms):len(ms)]}, nil
		default:
			return Value{}, p.errorf("expected ',' or '}' in object, got %s", p.describe())
		}
	}
}

// normalizeMembers turns members in source order into JavaScript property
// order: a repeated key keeps its first position and last value, and
// array-index keys move to the front in ascending numeric order.
func normalizeMembers(ms []Member) []Member {
	hasIndex, hasDup := false, false
	if len(ms) <= 16 {
		for i := range ms {
			if _, ok := arrayIndex(ms[i].Key); ok {
				hasIndex = true
			}
			for j := 0; j < i && !hasDup; j++ {
				hasDup = ms[j].Key == ms[i].Key
			}
		}
	} else {
		seen := make(map[string]struct{}, len(ms))
		for i := range ms {
			if _, ok := arrayIndex(ms[i].Key); ok {
				hasIndex = true
			}
			if _, ok := seen[ms[i].Key]; ok {
				hasDup = true
			}
			seen[ms[i].Key] = struct{}{}
		}
	}
	if hasDup {
		pos := make(map[string]int, len(ms))
		out := ms[:0:0]
		for _, m := range ms {
			if i, ok := pos[m.Key]; ok {
				out[i].Value = m.Value
				continue
			}
			pos[m.Key] = len(out)
			out = append(out, m)
		}
		ms = out
	}
	if hasIndex {
		var idx, rest []Member
		for _, m := range ms {
			if _, ok := arrayIndex(m.Key); ok {
				idx = append(idx, m)
			} else {
				rest = append(rest, m)
			}
		}
		slices.SortFunc(idx, func(a, b Member) int {
			x, _ := arrayIndex(a.Key)
			y, _ := arrayIndex(b.Key)
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		})
		ms = append(idx, rest...)
	}
	return ms
}
