package ddo

import (
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// This file maps the typed structs to and from [Value] by reflection over
// their `json` tags. Each struct has an `Extra Object` field that holds its
// unknown members and, invisibly, placeholders ("slots") recording where
// the known members stood in the decoded document, so that encoding a
// decoded struct reproduces the document's member order exactly.

// codecHook lets a type take over its own mapping (used for values that
// may be a string or an object, such as a "*" trusted algorithm).
type codecHook interface {
	toValue() (Value, bool)
}

type fromHook interface {
	fromValue(x Value, path string) (bool, error)
}

// Slot flags, kept in the slot Value's n field.
const (
	slotWasNull = 1
	slotWasZero = 2
)

// decodedMarker is the key of a slot that marks an Object as belonging to
// a decoded struct. JSON.parse never produces invalid UTF-8 keys, so it
// cannot collide with a document's key.
const decodedMarker = "\xffdecoded"

type fieldInfo struct {
	key       string
	index     []int
	omitempty bool
}

var (
	objectType = reflect.TypeOf(Object{})
	valueType  = reflect.TypeOf(Value{})
)

// structFields lists the JSON fields of struct type t, flattening
// embedded structs, and the index of its Extra field.
func structFields(t reflect.Type) (fields []fieldInfo, extra []int) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			sub, subExtra := structFields(f.Type)
			for _, s := range sub {
				s.index = append([]int{i}, s.index...)
				fields = append(fields, s)
			}
			if subExtra != nil && extra == nil {
				extra = append([]int{i}, subExtra...)
			}
			continue
		}
		if f.Name == "Extra" && f.Type == objectType {
			extra = []int{i}
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" || tag == "" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		fields = append(fields, fieldInfo{key: name, index: []int{i}, omitempty: opts == "omitempty"})
	}
	return fields, extra
}

func findField(fields []fieldInfo, key string) int {
	for i := range fields {
		if fields[i].key == key {
			return i
		}
	}
	return -1
}

// toValue maps a struct (or pointer to one) to an object Value.
func toValue(rv reflect.Value) Value {
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return Value{}
		}
		rv = rv.Elem()
	}
	if h, ok := rv.Interface().(codecHook); ok {
		if v, ok := h.toValue(); ok {
			return v
		}
	}
	fields, extraIdx := structFields(rv.Type())
	var extra Object
	if extraIdx != nil {
		extra = rv.FieldByIndex(extraIdx).Interface().(Object)
	}
	ms := make([]Member, 0, len(fields)+len(extra.members))
	done := make([]bool, len(fields))
	decoded := false
	for _, m := range extra.members {
		if m.Key == decodedMarker && m.Value.kind == slot {
			decoded = true
			continue
		}
		if m.Value.kind != slot {
			if findField(fields, m.Key) < 0 {
				ms = append(ms, m)
			}
			continue
		}
		i := findField(fields, m.Key)
		if i < 0 || done[i] {
			continue
		}
		done[i] = true
		fv := rv.FieldByIndex(fields[i].index)
		flags := int(m.Value.n)
		if fv.IsZero() {
			switch {
			case flags&slotWasNull != 0:
				ms = append(ms, Member{m.Key, NullValue()})
				continue
			case fields[i].omitempty && flags&slotWasZero == 0:
				continue
			}
		}
		if v := fieldValue(fv); v.kind != Undefined {
			ms = append(ms, Member{m.Key, v})
		}
	}
	for i, f := range fields {
		if done[i] {
			continue
		}
		fv := rv.FieldByIndex(f.index)
		// A decoded struct writes absent fields only once they are set, so
		// that decoding then encoding loses and adds nothing.
		if (f.omitempty || decoded) && fv.IsZero() {
			continue
		}
		if v := fieldValue(fv); v.kind != Undefined {
			ms = setMember(ms, f.key, v)
		}
	}
	// Unknown members set through Extra after decoding land after the
	// known ones; keep JavaScript's index-key ordering.
	return Value{kind: ObjectKind, obj: normalizeMembers(ms)}
}

func fieldValue(fv reflect.Value) Value {
	switch fv.Kind() {
	case reflect.String:
		return StringValue(fv.String())
	case reflect.Bool:
		return BoolValue(fv.Bool())
	case reflect.Int, reflect.Int64, reflect.Int32:
		return IntValue(fv.Int())
	case reflect.Uint8, reflect.Uint, reflect.Uint64:
		return NumberValue(float64(fv.Uint()))
	case reflect.Float64:
		return NumberValue(fv.Float())
	case reflect.Slice:
		elems := make([]Member, fv.Len())
		for i := range elems {
			elems[i].Value = fieldValue(fv.Index(i))
		}
		return Value{kind: Array, obj: elems}
	case reflect.Pointer:
		if fv.IsNil() {
			return Value{}
		}
		return fieldValue(fv.Elem())
	case reflect.Map:
		if fv.IsNil() {
			return Value{}
		}
		keys := fv.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		var ms []Member
		for _, k := range keys {
			ms = setMember(ms, k.String(), fieldValue(fv.MapIndex(k)))
		}
		return Value{kind: ObjectKind, obj: ms}
	case reflect.Interface:
		if fv.IsNil() {
			return Value{}
		}
		return fieldValue(fv.Elem())
	case reflect.Struct:
		switch fv.Type() {
		case valueType:
			return fv.Interface().(Value)
		case objectType:
			return fv.Interface().(Object).Value()
		}
		return toValue(fv)
	}
	return Value{}
}

// fromValue fills the struct rv points to from an object Value.
func fromValue(rv reflect.Value, x Value, path string) error {
	if h, ok := rv.Addr().Interface().(fromHook); ok {
		if done, err := h.fromValue(x, path); done || err != nil {
			return err
		}
	}
	if x.kind != ObjectKind {
		return &DecodeError{Path: path, Msg: "expected an object, got " + describe(x)}
	}
	fields, extraIdx := structFields(rv.Type())
	var extra Object
	extra.members = make([]Member, 0, len(x.obj))
	for _, m := range x.obj {
		i := findField(fields, m.Key)
		if i < 0 {
			extra.members = append(extra.members, m)
			continue
		}
		var flags float64
		if m.Value.kind == Null {
			flags = slotWasNull
		} else {
			fv := rv.FieldByIndex(fields[i].index)
			if err := setField(fv, m.Value, childPath(path, m.Key)); err != nil {
				return err
			}
			if fv.IsZero() {
				flags = slotWasZero
			}
		}
		extra.members = append(extra.members, Member{m.Key, Value{kind: slot, n: flags}})
	}
	extra.members = append(extra.members, Member{decodedMarker, Value{kind: slot}})
	if extraIdx != nil {
		rv.FieldByIndex(extraIdx).Set(reflect.ValueOf(extra))
	}
	return nil
}

func childPath(path, key string) string {
	var b strings.Builder
	b.WriteString(path)
	writePathElem(&b, pathElem{key: key, idx: -1})
	return b.String()
}

func setField(fv reflect.Value, x Value, path string) error {
	switch fv.Kind() {
	case reflect.String:
		s, ok := x.Str()
		if !ok {
			return &DecodeError{Path: path, Msg: "expected a string, got " + describe(x)}
		}
		fv.SetString(s)
	case reflect.Bool:
		b, ok := x.Bool()
		if !ok {
			return &DecodeError{Path: path, Msg: "expected a boolean, got " + describe(x)}
		}
		fv.SetBool(b)
	case reflect.Int, reflect.Int64, reflect.Int32:
		n, ok := x.Number()
		if !ok || n != math.Trunc(n) || fv.OverflowInt(int64(n)) || n >= 1<<63 || n < -(1<<63) {
			return &DecodeError{Path: path, Msg: "expected an integer, got " + describe(x)}
		}
		fv.SetInt(int64(n))
	case reflect.Uint8, reflect.Uint, reflect.Uint64:
		n, ok := x.Number()
		if !ok || n != math.Trunc(n) || n < 0 || n >= 1<<64 || fv.OverflowUint(uint64(n)) {
			return &DecodeError{Path: path, Msg: "expected a non-negative integer, got " + describe(x)}
		}
		fv.SetUint(uint64(n))
	case reflect.Float64:
		n, ok := x.Number()
		if !ok {
			return &DecodeError{Path: path, Msg: "expected a number, got " + describe(x)}
		}
		fv.SetFloat(n)
	case reflect.Slice:
		if x.kind != Array {
			return &DecodeError{Path: path, Msg: "expected an array, got " + describe(x)}
		}
		s := reflect.MakeSlice(fv.Type(), len(x.obj), len(x.obj))
		for i, m := range x.obj {
			e := m.Value
			if err := setField(s.Index(i), e, path+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
		fv.Set(s)
	case reflect.Map:
		if x.kind != ObjectKind || fv.Type().Key().Kind() != reflect.String {
			return &DecodeError{Path: path, Msg: "expected an object, got " + describe(x)}
		}
		m := reflect.MakeMapWithSize(fv.Type(), len(x.obj))
		for _, mem := range x.obj {
			e := reflect.New(fv.Type().Elem()).Elem()
			if err := setField(e, mem.Value, childPath(path, mem.Key)); err != nil {
				return err
			}
			m.SetMapIndex(reflect.ValueOf(mem.Key).Convert(fv.Type().Key()), e)
		}
		fv.Set(m)
	case reflect.Pointer:
		p := reflect.New(fv.Type().Elem())
		if err := setField(p.Elem(), x, path); err != nil {
			return err
		}
		fv.Set(p)
	case reflect.Struct:
		switch fv.Type() {
		case valueType:
			fv.Set(reflect.ValueOf(x))
			return nil
		case objectType:
			o, ok := x.Object()
			if !ok {
				return &DecodeError{Path: path, Msg: "expected an object, got " + describe(x)}
			}
			fv.Set(reflect.ValueOf(o))
			return nil
		}
		return fromValue(fv, x, path)
	default:
		return &DecodeError{Path: path, Msg: "unsupported field type " + fv.Type().String()}
	}
	return nil
}

// decodeInto parses data and fills the struct dst points to.
func decodeInto(dst any, data []byte) error {
	x, err := ParseValue(data)
	if err != nil {
		return err
	}
	rv := reflect.ValueOf(dst).Elem()
	zero := reflect.New(rv.Type()).Elem()
	if err := fromValue(zero, x, "$"); err != nil {
		return err
	}
	rv.Set(zero)
	return nil
}

// encodeStruct returns the JSON.stringify-identical encoding of a struct.
func encodeStruct(src any) []byte {
	return appendValue(nil, toValue(reflect.ValueOf(src)))
}
