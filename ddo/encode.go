package ddo

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Encode returns exactly the bytes that JavaScript's
// JSON.stringify(JSON.parse(text)) produces, where text is data decoded as
// UTF-8. This is the canonical form Ocean Node's indexer recomputes the
// metadata hash over: no whitespace, JavaScript property order, JavaScript
// number formatting, and JSON.stringify's string escaping. Errors are of
// type *[SyntaxError].
func Encode(data []byte) ([]byte, error) {
	v, err := ParseValue(data)
	if err != nil {
		return nil, err
	}
	return appendValue(make([]byte, 0, len(data)), v), nil
}

// EncodeValue returns the JSON.stringify encoding of v. The undefined
// Value encodes as null.
func EncodeValue(v Value) []byte { return appendValue(nil, v) }

func appendValue(b []byte, v Value) []byte {
	switch v.kind {
	case Null, Undefined, slot:
		return append(b, "null"...)
	case Bool:
		if v.b {
			return append(b, "true"...)
		}
		return append(b, "false"...)
	case Number:
		return appendNumber(b, v.n)
	case String:
		return appendString(b, v.s)
	case Array:
		b = append(b, '[')
		for i, e := range v.obj {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendValue(b, e.Value)
		}
		return append(b, ']')
	case ObjectKind:
		b = append(b, '{')
		first := true
		for _, m := range v.obj {
			if m.Value.kind == Undefined || m.Value.kind == slot {
				continue
			}
			if !first {
				b = append(b, ',')
			}
			first = false
			b = appendString(b, m.Key)
			b = append(b, ':')
			b = appendValue(b, m.Value)
		}
		return append(b, '}')
	}
	return append(b, "null"...)
}

// appendNumber appends f the way JavaScript's Number.prototype.toString
// (ECMA-262 Number::toString, radix 10) writes it; JSON.stringify writes
// non-finite numbers as null.
func appendNumber(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	if f == 0 {
		return append(b, '0') // also -0
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return strconv.AppendInt(b, int64(f), 10)
	}
	var tmp [32]byte
	s := strconv.AppendFloat(tmp[:0], f, 'e', -1, 64) // [-]d[.ddd]e±xx
	if s[0] == '-' {
		b = append(b, '-')
		s = s[1:]
	}
	var digits [24]byte
	k := 0
	i := 0
	for ; i < len(s) && s[i] != 'e'; i++ {
		if s[i] != '.' {
			digits[k] = s[i]
			k++
		}
	}
	exp, _ := strconv.Atoi(string(s[i+1:]))
	n := exp + 1 // the decimal point sits after n digits
	d := digits[:k]
	switch {
	case k <= n && n <= 21:
		b = append(b, d...)
		for j := 0; j < n-k; j++ {
			b = append(b, '0')
		}
	case 0 < n && n <= 21:
		b = append(b, d[:n]...)
		b = append(b, '.')
		b = append(b, d[n:]...)
	case -6 < n && n <= 0:
		b = append(b, '0', '.')
		for j := 0; j < -n; j++ {
			b = append(b, '0')
		}
		b = append(b, d...)
	default:
		b = append(b, d[0])
		if k > 1 {
			b = append(b, '.')
			b = append(b, d[1:]...)
		}
		b = append(b, 'e')
		if n-1 >= 0 {
			b = append(b, '+')
		}
		b = strconv.AppendInt(b, int64(n-1), 10)
	}
	return b
}

const hexDigits = "0123456789abcdef"

// plainASCII marks the bytes JSON.stringify copies unchanged without
// further checks: printable ASCII except '"' and '\\'.
var plainASCII = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendString appends s quoted the way JSON.stringify quotes a string
// (ECMA-262 QuoteJSONString, ES2019 "well-formed JSON.stringify"). s is
// read as WTF-8: surrogate code points are escaped as \uXXXX unless they
// form a pair; other ill-formed sequences are written as U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if plainASCII[c] {
			i++
			continue
		}
		if c < 0x80 {
			b = append(b, s[start:i]...)
			switch c {
			case '"':
				b = append(b, '\\', '"')
			case '\\':
				b = append(b, '\\', '\\')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || size > 1 {
			i += size
			continue
		}
		// Ill-formed UTF-8: a WTF-8 surrogate or garbage.
		b = append(b, s[start:i]...)
		if hi, ok := surrogateAt(s, i); ok {
			if hi <= 0xDBFF {
				if lo, ok := surrogateAt(s, i+3); ok && lo >= 0xDC00 {
					b = utf8.AppendRune(b, 0x10000+(hi-0xD800)<<10+(lo-0xDC00))
					i += 6
					start = i
					continue
				}
			}
			b = append(b, '\\', 'u', 'd', hexDigits[(hi>>8)&0xF], hexDigits[(hi>>4)&0xF], hexDigits[hi&0xF])
			i += 3
		} else {
			b = utf8.AppendRune(b, utf8.RuneError)
			i += maximalSubpart(s[i:])
		}
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// surrogateAt decodes a 3-byte WTF-8 surrogate at s[i:].
func surrogateAt(s string, i int) (rune, bool) {
	if i+3 > len(s) || s[i] != 0xED || s[i+1] < 0xA0 || s[i+1] > 0xBF || s[i+2] < 0x80 || s[i+2] > 0xBF {
		return 0, false
	}
	return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), true
}

// maximalSubpart returns the length (≥ 1) of the maximal ill-formed prefix
// of s that a WHATWG UTF-8 decoder replaces with one U+FFFD.
func maximalSubpart(s string) int {
	c := s[0]
	var need int
	lower, upper := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lower = 0xA0
		} else if c == 0xED {
			upper = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lower = 0x90
		} else if c == 0xF4 {
			upper = 0x8F
		}
	default:
		return 1
	}
	j := 1
	for k := 0; k < need && j < len(s); k++ {
		if s[j] < lower || s[j] > upper {
			break
		}
		lower, upper = 0x80, 0xBF
		j++
	}
	return j
}
