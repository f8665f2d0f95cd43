package ddo

import (
	"math"
	"strconv"
)

// Kind is the JSON type of a [Value].
type Kind uint8

// The kinds of [Value]. The zero Value is [Undefined]: the absence of a value,
// which is what a missing object member reads as.
const (
	Undefined Kind = iota
	Null
	Bool
	Number
	String
	Array
	ObjectKind
	// slot marks, inside an Object that belongs to a typed struct, the
	// position of a member that the struct stores in a field. It is never
	// visible through the exported API.
	slot
)

// String returns the kind's JSON name ("null", "boolean", "number",
// "string", "array", "object"), or "undefined".
func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case Bool:
		return "boolean"
	case Number:
		return "number"
	case String:
		return "string"
	case Array:
		return "array"
	case ObjectKind:
		return "object"
	}
	return "undefined"
}

// Value is an immutable JSON value with the semantics of a value produced by
// JavaScript's JSON.parse: numbers are IEEE-754 doubles, strings are
// sequences of UTF-16 code units (stored as WTF-8, so lone surrogates
// survive), and objects keep JavaScript's property order (array-index keys
// first in ascending numeric order, then the other keys in insertion order;
// a repeated key keeps its first position and its last value).
//
// Encoding a Value with [Value.MarshalJSON] or [EncodeValue] produces
// exactly the bytes JSON.stringify produces for the same JavaScript value.
type Value struct {
	kind Kind
	b    bool
	n    float64
	s    string
	// obj holds the members of an object, or the elements of an array
	// (with empty keys): one slice field instead of two keeps a Value at
	// 56 bytes, which is most of what parsing allocates.
	obj []Member
}

// Member is one key/value pair of a JSON object.
type Member struct {
	Key   string
	Value Value
}

// NullValue returns the JSON null.
func NullValue() Value { return Value{kind: Null} }

// BoolValue returns a JSON boolean.
func BoolValue(b bool) Value { return Value{kind: Bool, b: b} }

// NumberValue returns a JSON number. Like JSON.stringify, encoding writes
// NaN and ±Inf as null and -0 as 0.
func NumberValue(f float64) Value { return Value{kind: Number, n: f} }

// IntValue returns a JSON number holding i. Integers beyond ±2^53 are
// rounded to the nearest double, as JavaScript would.
func IntValue(i int64) Value { return Value{kind: Number, n: float64(i)} }

// StringValue returns a JSON string. Invalid UTF-8 in s is encoded as
// U+FFFD; surrogate code points encoded as WTF-8 are encoded as \uXXXX
// escapes, as JSON.stringify writes lone surrogates.
func StringValue(s string) Value { return Value{kind: String, s: s} }

// ArrayValue returns a JSON array of the given elements. Undefined elements
// encode as null, as JSON.stringify does.
func ArrayValue(elems ...Value) Value {
	return arrayOf(elems)
}

// arrayOf returns an array Value holding a copy of elems.
func arrayOf(elems []Value) Value {
	ms := make([]Member, len(elems))
	for i, e := range elems {
		ms[i].Value = e
	}
	return Value{kind: Array, obj: ms}
}

// ObjectValue returns a JSON object holding the members in JavaScript
// property order: they are added one by one as a JavaScript assignment
// would add them (see [Object.Set]). Members whose value is undefined are
// skipped.
func ObjectValue(members ...Member) Value {
	var o Object
	for _, m := range members {
		o.Set(m.Key, m.Value)
	}
	return o.Value()
}

// Kind returns the JSON type of v.
func (v Value) Kind() Kind {
	if v.kind == slot {
		return Undefined
	}
	return v.kind
}

// IsUndefined reports whether v is the zero Value (no value).
func (v Value) IsUndefined() bool { return v.Kind() == Undefined }

// Bool returns the boolean and whether v is a boolean.
func (v Value) Bool() (bool, bool) { return v.b, v.kind == Bool }

// Number returns the number and whether v is a number.
func (v Value) Number() (float64, bool) { return v.n, v.kind == Number }

// Int returns the number as an int64 and whether v is a number holding an
// integer that int64 represents exactly.
func (v Value) Int() (int64, bool) {
	if v.kind != Number || v.n != math.Trunc(v.n) || v.n < -(1<<63) || v.n >= 1<<63 {
		return 0, false
	}
	return int64(v.n), true
}

// Str returns the string and whether v is a string.
func (v Value) Str() (string, bool) { return v.s, v.kind == String }

// Len returns the number of elements of an array or members of an object,
// and 0 for other kinds.
func (v Value) Len() int {
	switch v.kind {
	case Array:
		return len(v.obj)
	case ObjectKind:
		return len(v.obj)
	}
	return 0
}

// Index returns element i of an array, or the undefined Value when v is not
// an array or i is out of range.
func (v Value) Index(i int) Value {
	if v.kind != Array || i < 0 || i >= len(v.obj) {
		return Value{}
	}
	return v.obj[i].Value
}

// Elements returns a copy of the elements of an array, or nil.
func (v Value) Elements() []Value {
	if v.kind != Array {
		return nil
	}
	out := make([]Value, len(v.obj))
	for i, m := range v.obj {
		out[i] = m.Value
	}
	return out
}

// Get returns the value of the member key of an object, or the undefined
// Value when v is not an object or has no such member.
func (v Value) Get(key string) Value {
	if v.kind != ObjectKind {
		return Value{}
	}
	for i := range v.obj {
		if v.obj[i].Key == key {
			if v.obj[i].Value.kind == slot {
				return Value{}
			}
			return v.obj[i].Value
		}
	}
	return Value{}
}

// Object returns a copy of an object value as an [Object], and whether v is
// an object. Changing the copy does not change v.
func (v Value) Object() (Object, bool) {
	if v.kind != ObjectKind {
		return Object{}, false
	}
	return Object{members: append([]Member(nil), v.obj...)}, true
}

// Members returns a copy of the members of an object in property order, or
// nil.
func (v Value) Members() []Member {
	if v.kind != ObjectKind {
		return nil
	}
	out := make([]Member, 0, len(v.obj))
	for _, m := range v.obj {
		if m.Value.kind != slot {
			out = append(out, m)
		}
	}
	return out
}

// Equal reports whether v and w are the same JSON value: same kind, same
// number (with -0 equal to 0), same string, equal elements, and equal
// members in the same order.
func (v Value) Equal(w Value) bool {
	if v.Kind() != w.Kind() {
		return false
	}
	switch v.Kind() {
	case Bool:
		return v.b == w.b
	case Number:
		return v.n == w.n || (v.n != v.n && w.n != w.n)
	case String:
		return v.s == w.s
	case Array:
		if len(v.obj) != len(w.obj) {
			return false
		}
		for i := range v.obj {
			if !v.obj[i].Value.Equal(w.obj[i].Value) {
				return false
			}
		}
		return true
	case ObjectKind:
		a, b := v.Members(), w.Members()
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i].Key != b[i].Key || !a[i].Value.Equal(b[i].Value) {
				return false
			}
		}
		return true
	}
	return true
}

// MarshalJSON encodes v exactly as JavaScript's JSON.stringify would. The
// undefined Value encodes as null.
func (v Value) MarshalJSON() ([]byte, error) {
	return appendValue(nil, v), nil
}

// UnmarshalJSON decodes data with the semantics of JavaScript's JSON.parse
// (see [ParseValue]).
func (v *Value) UnmarshalJSON(data []byte) error {
	p, err := ParseValue(data)
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// String returns the JSON.stringify encoding of v.
func (v Value) String() string { return string(appendValue(nil, v)) }

// Object is a JSON object with JavaScript property order. The zero Object
// is empty and ready to use. Object is used for the unknown members of the
// typed DDO structs ("Extra" fields).
type Object struct {
	members []Member
}

// Len returns the number of members.
func (o Object) Len() int {
	n := 0
	for _, m := range o.members {
		if m.Value.kind != slot {
			n++
		}
	}
	return n
}

// Get returns the value of member key, or the undefined Value.
func (o Object) Get(key string) Value {
	return Value{kind: ObjectKind, obj: o.members}.Get(key)
}

// Has reports whether o has a member key.
func (o Object) Has(key string) bool { return !o.Get(key).IsUndefined() }

// Keys returns the member keys in property order.
func (o Object) Keys() []string {
	keys := make([]string, 0, len(o.members))
	for _, m := range o.members {
		if m.Value.kind != slot {
			keys = append(keys, m.Key)
		}
	}
	return keys
}

// Members returns a copy of the members in property order.
func (o Object) Members() []Member { return o.Value().Members() }

// Value returns o as an object [Value]. Later changes to o do not change
// the returned Value.
func (o Object) Value() Value {
	ms := make([]Member, 0, len(o.members))
	for _, m := range o.members {
		if m.Value.kind != slot {
			ms = append(ms, m)
		}
	}
	return Value{kind: ObjectKind, obj: ms}
}

// Set sets member key to val the way a JavaScript assignment does: an
// existing key keeps its position; a new array-index key ("0", "1", ...,
// canonical decimal below 2^32-1) is inserted among the other index keys in
// ascending order at the front; any other new key is appended. Setting the
// undefined Value deletes the member.
func (o *Object) Set(key string, val Value) {
	if val.kind == Undefined {
		o.Delete(key)
		return
	}
	o.members = setMember(o.members, key, val)
}

// Delete removes member key, if present.
func (o *Object) Delete(key string) {
	for i := range o.members {
		if o.members[i].Key == key && o.members[i].Value.kind != slot {
			o.members = append(o.members[:i:i], o.members[i+1:]...)
			return
		}
	}
}

// setMember implements JavaScript's [[Set]] ordering on a member list. It
// may modify ms in place.
func setMember(ms []Member, key string, val Value) []Member {
	for i := range ms {
		if ms[i].Key == key {
			ms[i].Value = val
			return ms
		}
	}
	idx, isIndex := arrayIndex(key)
	if !isIndex {
		return append(ms, Member{key, val})
	}
	// Insert after the last index key smaller than idx.
	pos := 0
	for pos < len(ms) {
		j, ok := arrayIndex(ms[pos].Key)
		if !ok || j > idx {
			break
		}
		pos++
	}
	ms = append(ms, Member{})
	copy(ms[pos+1:], ms[pos:])
	ms[pos] = Member{key, val}
	return ms
}

// arrayIndex reports whether key is a JavaScript array index: the canonical
// decimal form of an integer in [0, 2^32-2].
func arrayIndex(key string) (uint64, bool) {
	if key == "" || len(key) > 10 || (len(key) > 1 && key[0] == '0') {
		return 0, false
	}
	for i := 0; i < len(key); i++ {
		if key[i] < '0' || key[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseUint(key, 10, 64)
	if err != nil || n > 1<<32-2 {
		return 0, false
	}
	return n, true
}

// withoutSlots returns a copy of o without the member-order placeholders of
// a decoded struct.
func (o Object) withoutSlots() Object {
	v := o.Value()
	return Object{members: v.obj}
}
