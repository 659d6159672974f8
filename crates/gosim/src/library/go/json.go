// Package json: Go 1.27's encoding/json as programs see it (its output byte for byte,
// its error texts word for word), written for the engine over its reflect. The encoder
// walks a reflect.Value; the decoder first checks the whole input with a scanner that
// gives Go's syntax errors, then walks the (valid) text into the value. What is left out
// (Token, RawMessage's pointer methods, the HTML-escaping helper) is refused by name by
// the compiler, since it is not declared here; cycles and library structs this package
// does not know stop the run with "not supported here".
package json

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"reflect"
	"sort"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"
)

// unsupported stops the program with "not supported here: what".
func unsupported(what string)

type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// The encoding package's interfaces, declared here: the engine has no package encoding,
// and a method set is all an assertion compares.
type textMarshaler interface {
	MarshalText() (text []byte, err error)
}

type textUnmarshaler interface {
	UnmarshalText(text []byte) error
}

var (
	marshalerType       = reflect.TypeOf((*Marshaler)(nil)).Elem()
	unmarshalerType     = reflect.TypeOf((*Unmarshaler)(nil)).Elem()
	textMarshalerType   = reflect.TypeOf((*textMarshaler)(nil)).Elem()
	textUnmarshalerType = reflect.TypeOf((*textUnmarshaler)(nil)).Elem()
	timeType            = reflect.TypeOf(time.Time{})
	numberType          = reflect.TypeOf(Number(""))
	rawMessageType      = reflect.TypeOf(RawMessage(nil))
)

// ---- errors ----

type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	src := e.sourceFunc
	if src == "" {
		src = "MarshalJSON"
	}
	return "json: error calling " + src + " for type " + e.Type.String() + ": " + e.Err.Error()
}

func (e *MarshalerError) Unwrap() error { return e.Err }

type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

type UnmarshalTypeError struct {
	Value  string
	Type   reflect.Type
	Offset int64
	Struct string
	Field  string
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		// A path ending in an array index is not a struct field's (Go 1.27's wording).
		last := e.Field
		for i := len(last) - 1; i >= 0; i-- {
			if last[i] == '.' {
				last = last[i+1:]
				break
			}
		}
		index := last != ""
		for i := 0; i < len(last); i++ {
			if last[i] < '0' || last[i] > '9' {
				index = false
			}
		}
		if index {
			return "json: cannot unmarshal " + e.Value + " into " + e.Struct + "." + e.Field + " of type " + e.Type.String()
		}
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Pointer {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// ---- Number and RawMessage ----

type Number string

func (n Number) String() string { return string(n) }

func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }

func (n Number) Int64() (int64, error) { return strconv.ParseInt(string(n), 10, 64) }

type RawMessage []byte

func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[0:0], data...)
	return nil
}

// ---- time.Time ----

// Go's time.Time marshals itself as an RFC 3339 string; the engine's has no such
// methods, so this package does it, for a time.Time and for a struct that embeds one
// (whose methods Go promotes, so the struct is written as its time).
var timeEmbedders = map[reflect.Type]int{}

// embeddedTime: the index of the time.Time a struct type embeds, whose methods it has.
func embeddedTime(t reflect.Type) (int, bool) {
	if t.Kind() != reflect.Struct || t == timeType {
		return -1, false
	}
	if i, ok := timeEmbedders[t]; ok {
		return i, i >= 0
	}
	found := -1
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.Anonymous {
			continue
		}
		ft := f.Type
		if ft == timeType {
			if found >= 0 {
				unsupported("json of a struct embedding two time.Time fields (" + t.String() + ")")
			}
			found = i
			continue
		}
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft == timeType || embedsTime(ft, 0) {
			unsupported("json of a struct embedding time.Time through a pointer or another struct (" + t.String() + ")")
		}
	}
	timeEmbedders[t] = found
	return found, found >= 0
}

func embedsTime(t reflect.Type, depth int) bool {
	if t.Kind() != reflect.Struct || depth > 8 {
		return false
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.Anonymous {
			continue
		}
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft == timeType || embedsTime(ft, depth+1) {
			return true
		}
	}
	return false
}

// ---- struct fields ----

// field: one JSON member of a struct type, found through embedded structs.
type field struct {
	name      string
	tagged    bool
	index     []int
	typ       reflect.Type
	omitEmpty bool
	omitZero  bool
	quoted    bool
}

var fieldCache = map[reflect.Type][]field{}

func validTagName(s string) bool {
	for _, c := range s {
		if c < utf8.RuneSelf && bytes.IndexByte([]byte("!#$%&()*+-./:;<=>?@[]^_{|}~ "), byte(c)) >= 0 {
			continue
		}
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

func hasOption(opts, name string) bool {
	for opts != "" {
		var o string
		i := 0
		for i < len(opts) && opts[i] != ',' {
			i++
		}
		if i < len(opts) {
			o, opts = opts[:i], opts[i+1:]
		} else {
			o, opts = opts, ""
		}
		if o == name {
			return true
		}
	}
	return false
}

// typeFields: the members of struct type t in field order, after Go's rules: a breadth
// first walk of embedded structs, and among members of one name the shallowest, then
// the only tagged one at that depth, or none.
func typeFields(t reflect.Type) []field {
	if fs, ok := fieldCache[t]; ok {
		return fs
	}
	type level struct {
		typ   reflect.Type
		index []int
	}
	var all []field
	current := []level{}
	next := []level{{typ: t}}
	count := map[reflect.Type]int{}
	nextCount := map[reflect.Type]int{}
	visited := map[reflect.Type]bool{}
	for len(next) > 0 {
		current, next = next, current[:0]
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, lv := range current {
			if visited[lv.typ] {
				continue
			}
			visited[lv.typ] = true
			for i := 0; i < lv.typ.NumField(); i++ {
				sf := lv.typ.Field(i)
				if sf.Anonymous {
					et := sf.Type
					if et.Kind() == reflect.Pointer {
						et = et.Elem()
					}
					if !sf.IsExported() && et.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts := tag, ""
				for j := 0; j < len(tag); j++ {
					if tag[j] == ',' {
						name, opts = tag[:j], tag[j+1:]
						break
					}
				}
				if !validTagName(name) {
					unsupported("json tag name " + strconv.Quote(name))
				}
				index := make([]int, len(lv.index)+1)
				copy(index, lv.index)
				index[len(lv.index)] = i
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				quoted := false
				if hasOption(opts, "string") {
					switch ft.Kind() {
					case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
						reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
						reflect.Float32, reflect.Float64, reflect.String:
						quoted = true
					}
				}
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					f := field{name: name, tagged: name != "", index: index, typ: ft,
						omitEmpty: hasOption(opts, "omitempty"), omitZero: hasOption(opts, "omitzero"), quoted: quoted}
					if f.name == "" {
						f.name = sf.Name
					}
					all = append(all, f)
					if count[lv.typ] > 1 {
						// The same struct embedded twice at one depth: a second copy makes
						// the name conflict with itself, so it is dropped below.
						all = append(all, all[len(all)-1])
					}
					continue
				}
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, level{typ: ft, index: index})
				}
			}
		}
	}
	// Group by name: depth, then tagged first, then field order.
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.name != b.name {
			return a.name < b.name
		}
		if len(a.index) != len(b.index) {
			return len(a.index) < len(b.index)
		}
		if a.tagged != b.tagged {
			return a.tagged
		}
		return indexLess(a.index, b.index)
	})
	out := all[:0:0]
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].name == all[i].name {
			j++
		}
		group := all[i:j]
		if len(group) == 1 || len(group[0].index) < len(group[1].index) || group[0].tagged != group[1].tagged {
			out = append(out, group[0])
		}
		i = j
	}
	sort.SliceStable(out, func(i, j int) bool { return indexLess(out[i].index, out[j].index) })
	fieldCache[t] = out
	return out
}

func indexLess(a, b []int) bool {
	for k := 0; k < len(a) && k < len(b); k++ {
		if a[k] != b[k] {
			return a[k] < b[k]
		}
	}
	return len(a) < len(b)
}

// ---- encoding ----

type encodeState struct {
	buf        []byte
	escapeHTML bool
	err        error
	depth      int
}

func Marshal(v any) ([]byte, error) {
	e := &encodeState{escapeHTML: true}
	e.value(reflect.ValueOf(v), true, false)
	if e.err != nil {
		return nil, e.err
	}
	return e.buf, nil
}

func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	return appendIndent(nil, b, prefix, indent), nil
}

func (e *encodeState) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// value writes v. allowAddr says whether v's address may be taken for a pointer method
// (false inside an interface or map); quoted is the ",string" option.
func (e *encodeState) value(v reflect.Value, allowAddr bool, quoted bool) {
	if e.err != nil {
		return
	}
	if !v.IsValid() {
		e.buf = append(e.buf, "null"...)
		return
	}
	t := v.Type()
	// A method on *T is called only where v is addressable (not in a map, an
	// interface or a value passed by value).
	if t.Implements(marshalerType) {
		e.marshaler(v)
		return
	}
	if t.Kind() != reflect.Pointer && allowAddr && v.CanAddr() && reflect.PointerTo(t).Implements(marshalerType) {
		e.marshaler(v.Addr())
		return
	}
	if t.Implements(textMarshalerType) {
		e.textMarshaler(v)
		return
	}
	if t.Kind() != reflect.Pointer && allowAddr && v.CanAddr() && reflect.PointerTo(t).Implements(textMarshalerType) {
		e.textMarshaler(v.Addr())
		return
	}
	if t == timeType {
		e.time(v)
		return
	}
	if i, ok := embeddedTime(t); ok {
		e.time(v.Field(i))
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		if quoted {
			e.buf = append(e.buf, '"')
		}
		e.buf = strconv.AppendBool(e.buf, v.Bool())
		if quoted {
			e.buf = append(e.buf, '"')
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if quoted {
			e.buf = append(e.buf, '"')
		}
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
		if quoted {
			e.buf = append(e.buf, '"')
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if quoted {
			e.buf = append(e.buf, '"')
		}
		e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
		if quoted {
			e.buf = append(e.buf, '"')
		}
	case reflect.Float32:
		e.float(v, 32, quoted)
	case reflect.Float64:
		e.float(v, 64, quoted)
	case reflect.String:
		if t == numberType {
			n := v.String()
			if n == "" {
				n = "0"
			}
			if !isValidNumber(n) {
				// Go 1.27 words this through its new encoder's MarshalJSONTo.
				unsupported("json.Marshal of an invalid json.Number")
			}
			if quoted {
				e.buf = append(e.buf, '"')
			}
			e.buf = append(e.buf, n...)
			if quoted {
				e.buf = append(e.buf, '"')
			}
			return
		}
		if quoted {
			e.buf = appendString(e.buf, string(appendString(nil, v.String(), e.escapeHTML)), e.escapeHTML)
			return
		}
		e.buf = appendString(e.buf, v.String(), e.escapeHTML)
	case reflect.Interface:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		e.enter()
		e.value(v.Elem(), false, false)
		e.depth--
	case reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		e.enter()
		e.value(v.Elem(), true, quoted)
		e.depth--
	case reflect.Struct:
		e.structValue(v)
	case reflect.Map:
		e.mapValue(v)
	case reflect.Slice:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		et := t.Elem()
		if et.Kind() == reflect.Uint8 && !reflect.PointerTo(et).Implements(marshalerType) && !reflect.PointerTo(et).Implements(textMarshalerType) {
			n := v.Len()
			b := make([]byte, n)
			for i := 0; i < n; i++ {
				b[i] = byte(v.Index(i).Uint())
			}
			e.buf = append(e.buf, '"')
			e.buf = base64.StdEncoding.AppendEncode(e.buf, b)
			e.buf = append(e.buf, '"')
			return
		}
		e.array(v)
	case reflect.Array:
		e.array(v)
	default:
		e.fail(&UnsupportedTypeError{t})
	}
}

// enter counts one more level of pointers and interfaces: past 1000, the value is
// taken for a cycle, which Go reports with a message this package does not imitate.
func (e *encodeState) enter() {
	e.depth++
	if e.depth > 1000 {
		unsupported("json.Marshal of a value nested more than 1000 pointers deep (a cycle?)")
	}
}

func (e *encodeState) time(v reflect.Value) {
	t := v.Interface().(time.Time)
	if y := t.Year(); y < 0 || y >= 10000 {
		e.fail(&MarshalerError{errType(timeType), errors.New("year outside of range [0,9999]"), "MarshalJSON"})
		return
	}
	e.buf = append(e.buf, '"')
	e.buf = append(e.buf, t.Format(time.RFC3339Nano)...)
	e.buf = append(e.buf, '"')
}

func (e *encodeState) marshaler(v reflect.Value) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	m, ok := v.Interface().(Marshaler)
	if !ok {
		e.buf = append(e.buf, "null"...)
		return
	}
	b, err := m.MarshalJSON()
	if err == nil {
		var out []byte
		out, err = appendCompact(e.buf, b, e.escapeHTML)
		if err == nil {
			e.buf = out
			return
		}
	}
	e.fail(&MarshalerError{errType(v.Type()), err, "MarshalJSON"})
}

// errType: the type a MarshalerError names: Go 1.27 calls the method through a
// pointer and names *T even for a method on T.
func errType(t reflect.Type) reflect.Type {
	if t.Kind() != reflect.Pointer {
		return reflect.PointerTo(t)
	}
	return t
}

func (e *encodeState) textMarshaler(v reflect.Value) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	m, ok := v.Interface().(textMarshaler)
	if !ok {
		e.buf = append(e.buf, "null"...)
		return
	}
	b, err := m.MarshalText()
	if err != nil {
		e.fail(&MarshalerError{errType(v.Type()), err, "MarshalText"})
		return
	}
	e.buf = appendString(e.buf, string(b), e.escapeHTML)
}

func (e *encodeState) float(v reflect.Value, bits int, quoted bool) {
	f := v.Float()
	if f != f || f > 1.7976931348623157e308 || f < -1.7976931348623157e308 {
		e.fail(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
		return
	}
	if quoted {
		e.buf = append(e.buf, '"')
	}
	e.buf = appendFloat(e.buf, f, bits)
	if quoted {
		e.buf = append(e.buf, '"')
	}
}

// appendFloat: the shortest decimal that reads back as f, in exponent form only
// outside [1e-6, 1e21), with a one-digit negative exponent not padded (1e-7, not 1e-07).
func appendFloat(b []byte, f float64, bits int) []byte {
	abs := f
	if abs < 0 {
		abs = -abs
	}
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	s := strconv.FormatFloat(f, format, -1, bits)
	if format == 'e' {
		n := len(s)
		if n >= 4 && s[n-4] == 'e' && s[n-3] == '-' && s[n-2] == '0' {
			s = s[:n-2] + s[n-1:]
		}
	}
	return append(b, s...)
}

func (e *encodeState) structValue(v reflect.Value) {
	t := v.Type()
	if t.PkgPath() != "main" && t.PkgPath() != "" && t.PkgPath() != "encoding/json" {
		// The engine models library structs its own way (time.Time aside): their
		// fields are not Go's, but for sync's and sync/atomic's with none exported
		// (Mutex, WaitGroup, atomic.Int64, ...), which Go too writes as {}.
		if !opaque(t) {
			unsupported("json.Marshal of a " + t.String())
		}
	}
	e.buf = append(e.buf, '{')
	first := true
fields:
	for _, f := range typeFields(t) {
		fv := v
		for _, i := range f.index {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue fields
				}
				fv = fv.Elem()
			}
			fv = fv.Field(i)
		}
		if f.omitEmpty && isEmptyValue(fv) {
			continue
		}
		if f.omitZero && e.isZero(fv) {
			continue
		}
		if !first {
			e.buf = append(e.buf, ',')
		}
		first = false
		e.buf = appendString(e.buf, f.name, e.escapeHTML)
		e.buf = append(e.buf, ':')
		e.value(fv, true, f.quoted)
		if e.err != nil {
			return
		}
	}
	e.buf = append(e.buf, '}')
}

// opaque: a sync or sync/atomic struct with no exported field, in Go as here.
func opaque(t reflect.Type) bool {
	// The engine's reflect names sync/atomic's package path "atomic".
	if p := t.PkgPath(); p != "sync" && p != "sync/atomic" && p != "atomic" {
		return false
	}
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).IsExported() {
			return false
		}
	}
	return true
}

func (e *encodeState) isZero(v reflect.Value) bool {
	if v.Type() == timeType {
		return v.Interface().(time.Time).IsZero()
	}
	if _, ok := v.Type().MethodByName("IsZero"); ok {
		unsupported("json's omitzero on a type with an IsZero method (" + v.Type().String() + ")")
	}
	if v.Kind() != reflect.Pointer {
		if _, ok := reflect.PointerTo(v.Type()).MethodByName("IsZero"); ok {
			unsupported("json's omitzero on a type with an IsZero method (*" + v.Type().String() + ")")
		}
	}
	return v.IsZero()
}

func (e *encodeState) mapValue(v reflect.Value) {
	t := v.Type()
	kt := t.Key()
	switch kt.Kind() {
	case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	default:
		if v.Len() > 0 && (!kt.Implements(textMarshalerType) || kt.Implements(marshalerType)) {
			// Go 1.27 fails with a message of its new encoder's here.
			unsupported("json.Marshal of a map with " + kt.String() + " keys")
		}
	}
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	keys := v.MapKeys()
	type kv struct {
		ks string
		v  reflect.Value
	}
	list := make([]kv, len(keys))
	for i, k := range keys {
		var ks string
		if k.Kind() == reflect.String {
			ks = k.String()
		} else if tm, ok := k.Interface().(textMarshaler); ok {
			if k.Kind() == reflect.Pointer && k.IsNil() {
				ks = ""
			} else {
				b, err := tm.MarshalText()
				if err != nil {
					e.fail(&MarshalerError{errType(k.Type()), err, "MarshalText"})
					return
				}
				ks = string(b)
			}
		} else {
			switch k.Kind() {
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				ks = strconv.FormatInt(k.Int(), 10)
			default:
				ks = strconv.FormatUint(k.Uint(), 10)
			}
		}
		list[i] = kv{ks, v.MapIndex(k)}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].ks < list[j].ks })
	e.buf = append(e.buf, '{')
	for i, p := range list {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = appendString(e.buf, p.ks, e.escapeHTML)
		e.buf = append(e.buf, ':')
		e.value(p.v, false, false)
		if e.err != nil {
			return
		}
	}
	e.buf = append(e.buf, '}')
}

func (e *encodeState) array(v reflect.Value) {
	e.buf = append(e.buf, '[')
	n := v.Len()
	for i := 0; i < n; i++ {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.value(v.Index(i), true, false)
		if e.err != nil {
			return
		}
	}
	e.buf = append(e.buf, ']')
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string: control characters, quote and backslash
// escaped (\b \f \n \r \t by name), invalid UTF-8 as \ufffd, U+2028 and U+2029 always
// escaped, and < > & too when escapeHTML.
func appendString(b []byte, s string, escapeHTML bool) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\b':
				b = append(b, '\\', 'b')
			case c == '\f':
				b = append(b, '\\', 'f')
			case c < 0x20 || escapeHTML && (c == '<' || c == '>' || c == '&'):
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\uFFFD"...)
		} else if r == 0x2028 || r == 0x2029 {
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&15])
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// ---- the scanner: Go's syntax errors ----

func quoteChar(c byte) string { return quoteRune(rune(c)) }

func quoteRune(c rune) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(c))
	return "'" + s[1:len(s)-1] + "'"
}

// checker walks JSON text and stops at the first error, with Go's words.
type checker struct {
	data []byte
	pos  int
	err  *SyntaxError
}

func (c *checker) fail(ctx string) {
	if c.err != nil {
		return
	}
	if c.pos >= len(c.data) {
		c.err = &SyntaxError{"unexpected end of JSON input", int64(len(c.data))}
		return
	}
	// Go's offset is past the whole character; a byte that starts no UTF-8 character is
	// shown as itself ('\xff'), not as U+FFFD.
	r, size := utf8.DecodeRune(c.data[c.pos:])
	shown := quoteRune(r)
	if r == utf8.RuneError && size == 1 {
		q := strconv.Quote(string(c.data[c.pos : c.pos+1]))
		shown = "'" + q[1:len(q)-1] + "'"
	}
	c.err = &SyntaxError{"invalid character " + shown + " " + ctx, int64(c.pos + size)}
}

// failNumber: the number that started at start is cut short or malformed; cut short by
// the end of the input, Go's offset is the number's start.
func (c *checker) failNumber(start int) {
	if c.err == nil && c.pos >= len(c.data) {
		c.err = &SyntaxError{"unexpected end of JSON input", int64(start)}
		return
	}
	c.fail("in numeric literal")
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (c *checker) skip() {
	for c.pos < len(c.data) && isSpace(c.data[c.pos]) {
		c.pos++
	}
}

func (c *checker) value() {
	c.skip()
	if c.pos >= len(c.data) {
		c.fail("")
		return
	}
	switch ch := c.data[c.pos]; {
	case ch == '{':
		c.pos++
		c.skip()
		if c.pos < len(c.data) && c.data[c.pos] == '}' {
			c.pos++
			return
		}
		for {
			c.skip()
			if c.pos >= len(c.data) || c.data[c.pos] != '"' {
				c.fail("looking for beginning of object key string")
				return
			}
			if !c.str() {
				return
			}
			c.skip()
			if c.pos >= len(c.data) || c.data[c.pos] != ':' {
				c.fail("after object key")
				return
			}
			c.pos++
			c.value()
			if c.err != nil {
				return
			}
			if !c.another('}', "after object key:value pair") {
				return
			}
		}
	case ch == '[':
		c.pos++
		c.skip()
		if c.pos < len(c.data) && c.data[c.pos] == ']' {
			c.pos++
			return
		}
		for {
			c.value()
			if c.err != nil {
				return
			}
			if !c.another(']', "after array element") {
				return
			}
		}
	case ch == '"':
		c.str()
	case ch == '-' || ch >= '0' && ch <= '9':
		c.number()
	case ch == 't':
		c.literal("true")
	case ch == 'f':
		c.literal("false")
	case ch == 'n':
		c.literal("null")
	default:
		c.fail("looking for beginning of value")
	}
}

func (c *checker) literal(word string) {
	c.pos++
	for i := 1; i < len(word); i++ {
		if c.pos >= len(c.data) || c.data[c.pos] != word[i] {
			c.fail("in literal " + word + " (expecting " + quoteChar(word[i]) + ")")
			return
		}
		c.pos++
	}
}

// badEscape: the escape starting at the backslash at i is not JSON's (Go shows up to
// six bytes of it).
func (c *checker) badEscape(i int) {
	if c.err != nil {
		return
	}
	end := i + 2
	if c.data[i+1] == 'u' {
		end = i + 6
	}
	if end > len(c.data) {
		end = len(c.data)
	}
	c.err = &SyntaxError{"invalid escape sequence `" + string(c.data[i:end]) + "` in string", int64(end)}
}

func isHex(ch byte) bool {
	return ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F'
}

func (c *checker) str() bool {
	c.pos++
	for c.pos < len(c.data) {
		ch := c.data[c.pos]
		switch {
		case ch == '"':
			c.pos++
			return true
		case ch == '\\':
			c.pos++
			if c.pos >= len(c.data) {
				c.fail("")
				return false
			}
			switch c.data[c.pos] {
			case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
				c.pos++
			case 'u':
				c.pos++
				for k := 0; k < 4; k++ {
					if c.pos >= len(c.data) {
						c.fail("")
						return false
					}
					if !isHex(c.data[c.pos]) {
						c.badEscape(c.pos - 2 - k)
						return false
					}
					c.pos++
				}
			default:
				c.badEscape(c.pos - 1)
				return false
			}
		case ch < 0x20:
			c.fail("in string")
			return false
		default:
			c.pos++
		}
	}
	c.fail("")
	return false
}

func (c *checker) digit() bool {
	return c.pos < len(c.data) && c.data[c.pos] >= '0' && c.data[c.pos] <= '9'
}

// another: after an object member or array element, whether one more follows (a comma);
// it consumes the closing byte, or fails with Go's words for what was found instead.
func (c *checker) another(close byte, ctx string) bool {
	c.skip()
	if c.pos < len(c.data) && c.data[c.pos] == ',' {
		c.pos++
		return true
	}
	if c.pos < len(c.data) && c.data[c.pos] == close {
		c.pos++
		return false
	}
	c.fail(ctx)
	return false
}

func (c *checker) number() {
	start := c.pos
	if c.data[c.pos] == '-' {
		c.pos++
		if !c.digit() {
			c.failNumber(start)
			return
		}
	}
	if c.data[c.pos] == '0' {
		c.pos++
	} else {
		for c.digit() {
			c.pos++
		}
	}
	if c.pos < len(c.data) && c.data[c.pos] == '.' {
		c.pos++
		if !c.digit() {
			c.failNumber(start)
			return
		}
		for c.digit() {
			c.pos++
		}
	}
	if c.pos < len(c.data) && (c.data[c.pos] == 'e' || c.data[c.pos] == 'E') {
		c.pos++
		if c.pos < len(c.data) && (c.data[c.pos] == '+' || c.data[c.pos] == '-') {
			c.pos++
		}
		if !c.digit() {
			c.failNumber(start)
			return
		}
		for c.digit() {
			c.pos++
		}
	}
}

// checkValid: Go's verdict on a whole text holding one value.
func checkValid(data []byte) *SyntaxError {
	c := &checker{data: data}
	c.value()
	if c.err != nil {
		return c.err
	}
	c.skip()
	if c.pos < len(data) {
		c.fail("after top-level value")
	}
	return c.err
}

func isValidNumber(s string) bool {
	if s == "" {
		return false
	}
	c := &checker{data: []byte(s)}
	if s[0] != '-' && (s[0] < '0' || s[0] > '9') {
		return false
	}
	c.number()
	return c.err == nil && c.pos == len(s)
}

func Valid(data []byte) bool { return checkValid(data) == nil }

// ---- Compact and Indent ----

func appendCompact(dst, src []byte, escape bool) ([]byte, error) {
	if err := checkValid(src); err != nil {
		return dst, err
	}
	inStr := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inStr {
			if c == '\\' {
				dst = append(dst, c, src[i+1])
				i++
				continue
			}
			if c == '"' {
				inStr = false
			}
		} else if isSpace(c) {
			continue
		} else if c == '"' {
			inStr = true
		}
		if escape && (c == '<' || c == '>' || c == '&') {
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			continue
		}
		if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[src[i+2]&15])
			i += 2
			continue
		}
		dst = append(dst, c)
	}
	return dst, nil
}

func Compact(dst *bytes.Buffer, src []byte) error {
	out, err := appendCompact(nil, src, false)
	if err != nil {
		return err
	}
	dst.Write(out)
	return nil
}

func newline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for i := 0; i < depth; i++ {
		dst = append(dst, indent...)
	}
	return dst
}

// appendIndent: valid JSON src laid out one member per line; an empty object or
// array stays on one line.
func appendIndent(dst, src []byte, prefix, indent string) []byte {
	// Leading space is dropped and trailing space kept, as Go's Indent does.
	end := len(src)
	for end > 0 && isSpace(src[end-1]) {
		end--
	}
	trailing := src[end:]
	src = src[:end]
	depth := 0
	inStr := false
	needIndent := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inStr {
			dst = append(dst, c)
			if c == '\\' {
				dst = append(dst, src[i+1])
				i++
			} else if c == '"' {
				inStr = false
			}
			continue
		}
		if isSpace(c) {
			continue
		}
		if needIndent && c != ']' && c != '}' {
			needIndent = false
			depth++
			dst = newline(dst, prefix, indent, depth)
		}
		switch c {
		case '"':
			inStr = true
			dst = append(dst, c)
		case '{', '[':
			needIndent = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				dst = newline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, trailing...)
}

func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	if err := checkValid(src); err != nil {
		return err
	}
	dst.Write(appendIndent(nil, src, prefix, indent))
	return nil
}

// ---- Encoder ----

type Encoder struct {
	w          io.Writer
	escapeHTML bool
	prefix     string
	indent     string
}

func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w, escapeHTML: true} }

func (enc *Encoder) SetEscapeHTML(on bool) { enc.escapeHTML = on }

func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.prefix = prefix
	enc.indent = indent
}

func (enc *Encoder) Encode(v any) error {
	e := &encodeState{escapeHTML: enc.escapeHTML}
	e.value(reflect.ValueOf(v), true, false)
	if e.err != nil {
		return e.err
	}
	b := append(e.buf, '\n')
	if enc.prefix != "" || enc.indent != "" {
		b = appendIndent(nil, b, enc.prefix, enc.indent)
	}
	_, err := enc.w.Write(b)
	return err
}

// ---- decoding ----

type decodeState struct {
	data      []byte
	pos       int
	saved     error
	root      string
	stack     []string
	useNumber bool
	disallow  bool
}

func Unmarshal(data []byte, v any) error {
	if err := checkValid(data); err != nil {
		return err
	}
	d := &decodeState{data: data}
	return d.unmarshal(v)
}

func (d *decodeState) unmarshal(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	rt := rv.Type()
	for rt.Kind() == reflect.Pointer {
		rt = rt.Elem()
	}
	if rt.Kind() == reflect.Struct {
		d.root = rt.Name()
	}
	if err := d.value(rv); err != nil {
		return d.withContext(err)
	}
	return d.saved
}

// withContext names, in a type error, the outermost struct and the path from the
// value Unmarshal was given (field names, array indices, map keys), as Go 1.27 does.
func (d *decodeState) withContext(err error) error {
	if len(d.stack) == 0 {
		return err
	}
	if te, ok := err.(*UnmarshalTypeError); ok {
		te.Struct = d.root
		path := ""
		for i, s := range d.stack {
			if i > 0 {
				path += "."
			}
			path += s
		}
		if te.Field != "" {
			if path != "" {
				path += "."
			}
			path += te.Field
		}
		te.Field = path
	}
	return err
}

func (d *decodeState) save(err error) {
	if d.saved == nil {
		d.saved = d.withContext(err)
	}
}

func (d *decodeState) typeError(what string, t reflect.Type) {
	d.save(&UnmarshalTypeError{Value: what, Type: t, Offset: int64(d.pos)})
}

func (d *decodeState) skipSpace() {
	for d.pos < len(d.data) && isSpace(d.data[d.pos]) {
		d.pos++
	}
}

// skipValue moves past one (valid) value and returns its text.
func (d *decodeState) skipValue() []byte {
	d.skipSpace()
	c := &checker{data: d.data, pos: d.pos}
	c.value()
	item := d.data[d.pos:c.pos]
	d.pos = c.pos
	return item
}

// indirect follows pointers from v, allocating nil ones, and stops at an Unmarshaler
// or TextUnmarshaler (the latter not for null), as Go's decoder does.
func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, textUnmarshaler, reflect.Value) {
	v0 := v
	haveAddr := false
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		haveAddr = true
		v = v.Addr()
	}
	for {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Pointer) {
				haveAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if decodingNull && v.CanSet() {
			break
		}
		if v.Elem().Kind() == reflect.Interface && v.Elem().Elem().Kind() == reflect.Pointer && v.Elem().Elem().Interface() == v.Interface() {
			v = v.Elem()
			break
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(textUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if haveAddr {
			v = v0
			haveAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

func (d *decodeState) value(v reflect.Value) error {
	d.skipSpace()
	if !v.IsValid() {
		d.skipValue()
		return nil
	}
	switch d.data[d.pos] {
	case '{':
		return d.object(v)
	case '[':
		return d.array(v)
	}
	item := d.skipValue()
	return d.literal(item, v, false)
}

func (d *decodeState) object(v reflect.Value) error {
	u, ut, pv := indirect(v, false)
	if u != nil {
		// Go 1.27 keeps going after a method's error, and returns the first error.
		if err := u.UnmarshalJSON(d.skipValue()); err != nil {
			d.save(err)
		}
		return nil
	}
	if ut != nil {
		// Go 1.27 adds ": JSON value must be string type" to this type error.
		unsupported("json.Unmarshal of an object into a TextUnmarshaler")
	}
	v = pv
	t := v.Type()
	if t == timeType {
		d.pos++
		d.typeError("object", t)
		d.pos--
		d.skipValue()
		return nil
	}
	if _, ok := embeddedTime(t); ok {
		unsupported("json.Unmarshal of an object into a " + t.String() + ", which embeds time.Time")
	}
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		v.Set(reflect.ValueOf(d.anyValue()))
		return nil
	}
	var fields []field
	switch v.Kind() {
	case reflect.Map:
		switch t.Key().Kind() {
		case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		default:
			if !reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
				d.pos++
				d.typeError("object", t)
				d.pos--
				d.skipValue()
				return nil
			}
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		if t.PkgPath() != "main" && t.PkgPath() != "" && !opaque(t) {
			unsupported("json.Unmarshal into a " + t.String())
		}
		fields = typeFields(t)
	default:
		d.pos++
		d.typeError("object", t)
		d.pos--
		d.skipValue()
		return nil
	}
	savedDepth := len(d.stack)
	d.pos++ // {
	for {
		d.skipSpace()
		if d.data[d.pos] == '}' {
			d.pos++
			break
		}
		keyStart := d.pos
		key := unquote(d.skipValue())
		d.skipSpace()
		d.pos++ // :
		var subv reflect.Value
		var quoted bool
		if v.Kind() == reflect.Map {
			subv = reflect.New(t.Elem()).Elem()
			d.stack = append(d.stack, key)
		} else {
			var f *field
			for i := range fields {
				if fields[i].name == key {
					f = &fields[i]
					break
				}
			}
			if f == nil {
				for i := range fields {
					if foldEqual(fields[i].name, key) {
						f = &fields[i]
						break
					}
				}
			}
			if f != nil {
				subv = v
				quoted = f.quoted
				for _, i := range f.index {
					if subv.Kind() == reflect.Pointer {
						if subv.IsNil() {
							if !subv.CanSet() {
								unsupported("json.Unmarshal through a nil embedded pointer to an unexported struct")
							}
							subv.Set(reflect.New(subv.Type().Elem()))
						}
						subv = subv.Elem()
					}
					subv = subv.Field(i)
				}
				d.stack = append(d.stack, key)
			} else if d.disallow {
				d.save(errors.New("json: unknown field " + strconv.Quote(key)))
			}
		}
		var err error
		if quoted && subv.IsValid() {
			item := d.skipValue()
			switch item[0] {
			case 'n':
				err = d.literal(item, subv, false)
			case '"':
				inner := unquote(item)
				if len(inner) == 0 || !Valid([]byte(inner)) || inner[0] == '{' || inner[0] == '[' {
					unsupported("json's ,string option on a value that is not a quoted scalar")
				} else {
					err = d.literal([]byte(inner), subv, true)
				}
			default:
				unsupported("json's ,string option on a value that is not a quoted scalar")
			}
		} else {
			err = d.value(subv)
		}
		if err != nil {
			return err
		}
		if v.Kind() == reflect.Map {
			kt := t.Key()
			var kv reflect.Value
			if reflect.PointerTo(kt).Implements(textUnmarshalerType) {
				kv = reflect.New(kt)
				if err := kv.Interface().(textUnmarshaler).UnmarshalText([]byte(key)); err != nil {
					d.save(err)
					kv = reflect.Value{}
				} else {
					kv = kv.Elem()
				}
			} else if kt.Kind() == reflect.String {
				kv = reflect.New(kt).Elem()
				kv.SetString(key)
			} else {
				kv = reflect.New(kt).Elem()
				switch kt.Kind() {
				case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
					n, err := strconv.ParseInt(key, 10, 64)
					if err != nil || overflowInt(kt.Kind(), n) {
						d.save(&UnmarshalTypeError{Value: "number " + key, Type: kt, Offset: int64(keyStart + 1)})
						kv = reflect.Value{}
					} else {
						kv.SetInt(n)
					}
				default:
					n, err := strconv.ParseUint(key, 10, 64)
					if err != nil || overflowUint(kt.Kind(), n) {
						d.save(&UnmarshalTypeError{Value: "number " + key, Type: kt, Offset: int64(keyStart + 1)})
						kv = reflect.Value{}
					} else {
						kv.SetUint(n)
					}
				}
			}
			if kv.IsValid() {
				v.SetMapIndex(kv, subv)
			}
		}
		d.stack = d.stack[:savedDepth]
		d.skipSpace()
		if d.data[d.pos] == ',' {
			d.pos++
		}
	}
	return nil
}

func bitsOf(k reflect.Kind) uint {
	switch k {
	case reflect.Int8, reflect.Uint8:
		return 8
	case reflect.Int16, reflect.Uint16:
		return 16
	case reflect.Int32, reflect.Uint32:
		return 32
	}
	return 64
}

func overflowInt(k reflect.Kind, n int64) bool {
	b := bitsOf(k)
	if b == 64 {
		return false
	}
	lim := int64(1) << (b - 1)
	return n < -lim || n >= lim
}

func overflowUint(k reflect.Kind, n uint64) bool {
	b := bitsOf(k)
	return b < 64 && n >= uint64(1)<<b
}

// foldEqual: Go's case-insensitive match of a key with a field name (Unicode simple
// folding, as strings.EqualFold).
func foldEqual(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		a, b = a[na:], b[nb:]
		if ra == rb {
			continue
		}
		if ra > rb {
			ra, rb = rb, ra
		}
		r := unicode.SimpleFold(ra)
		for r != ra && r < rb {
			r = unicode.SimpleFold(r)
		}
		if r != rb {
			return false
		}
	}
	return a == b
}

func (d *decodeState) array(v reflect.Value) error {
	u, ut, pv := indirect(v, false)
	if u != nil {
		// Go 1.27 keeps going after a method's error, and returns the first error.
		if err := u.UnmarshalJSON(d.skipValue()); err != nil {
			d.save(err)
		}
		return nil
	}
	if ut != nil {
		unsupported("json.Unmarshal of an array into a TextUnmarshaler")
	}
	v = pv
	switch v.Kind() {
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(d.anyValue()))
			return nil
		}
		d.pos++
		d.typeError("array", v.Type())
		d.pos--
		d.skipValue()
		return nil
	case reflect.Array, reflect.Slice:
	default:
		d.pos++
		d.typeError("array", v.Type())
		d.pos--
		d.skipValue()
		return nil
	}
	t := v.Type()
	if _, ok := embeddedTime(t); ok || t == timeType {
		unsupported("json.Unmarshal of an array into a " + t.String())
	}
	// Count the elements first: a slice is resized once, as Go's is.
	n := 0
	save := d.pos
	d.pos++ // [
	for {
		d.skipSpace()
		if d.data[d.pos] == ']' {
			break
		}
		d.skipValue()
		n++
		d.skipSpace()
		if d.data[d.pos] == ',' {
			d.pos++
		}
	}
	d.pos = save
	old := v.Len()
	if v.Kind() == reflect.Slice {
		switch {
		case v.IsNil() && n == 0:
			v.Set(reflect.MakeSlice(t, 0, 0))
		case n > old && n <= v.Cap():
			v.SetLen(n)
			for j := old; j < n; j++ {
				v.Index(j).Set(reflect.Zero(t.Elem()))
			}
		case n > old:
			// A new array with the old elements copied: Go grows it by a rule of
			// its own, so its capacity is left vague (cap is refused past n).
			ns := reflect.MakeSlice(t, n, n)
			for j := 0; j < old; j++ {
				ns.Index(j).Set(v.Index(j))
			}
			vagueCap(ns)
			v.Set(ns)
		}
	}
	i := 0
	d.pos++ // [
	for {
		d.skipSpace()
		if d.data[d.pos] == ']' {
			d.pos++
			break
		}
		var target reflect.Value
		if i < v.Len() {
			target = v.Index(i)
		}
		d.stack = append(d.stack, strconv.Itoa(i))
		if err := d.value(target); err != nil {
			return err
		}
		d.stack = d.stack[:len(d.stack)-1]
		i++
		d.skipSpace()
		if d.data[d.pos] == ',' {
			d.pos++
		}
	}
	if v.Kind() == reflect.Array {
		for ; i < v.Len(); i++ {
			v.Index(i).Set(reflect.Zero(t.Elem()))
		}
	} else if n < old {
		v.SetLen(n)
	}
	return nil
}

// vagueCap marks a slice's array as one whose capacity Go's run would not share.
func vagueCap(s reflect.Value)

// unquote: a valid JSON string's text with its escapes taken out; a lone or invalid
// surrogate becomes U+FFFD, as do invalid UTF-8 bytes.
func unquote(item []byte) string {
	s := item[1 : len(item)-1]
	var out []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\\' {
			switch s[i+1] {
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r := hex4(s[i+2 : i+6])
				i += 6
				if r >= 0xD800 && r < 0xDC00 {
					if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
						r2 := hex4(s[i+2 : i+6])
						if r2 >= 0xDC00 && r2 < 0xE000 {
							out = utf8.AppendRune(out, (r-0xD800)<<10+(r2-0xDC00)+0x10000)
							i += 6
							continue
						}
					}
					out = utf8.AppendRune(out, utf8.RuneError)
					continue
				}
				if r >= 0xDC00 && r < 0xE000 {
					r = utf8.RuneError
				}
				out = utf8.AppendRune(out, r)
				continue
			default:
				out = append(out, s[i+1])
			}
			i += 2
			continue
		}
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, s[i:i+n]...)
		}
		i += n
	}
	return string(out)
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c-'a') + 10
		default:
			r |= rune(c-'A') + 10
		}
	}
	return r
}

func (d *decodeState) literal(item []byte, v reflect.Value, fromQuoted bool) error {
	isNull := item[0] == 'n'
	u, ut, pv := indirect(v, isNull)
	if u != nil {
		if err := u.UnmarshalJSON(item); err != nil {
			d.save(err)
		}
		return nil
	}
	if ut != nil {
		if item[0] != '"' {
			unsupported("json.Unmarshal of a number or bool into a TextUnmarshaler")
		}
		if err := ut.UnmarshalText([]byte(unquote(item))); err != nil {
			d.save(err)
		}
		return nil
	}
	v = pv
	t := v.Type()
	if i, ok := embeddedTime(t); ok {
		v = v.Field(i)
		t = timeType
	}
	if t == timeType {
		switch item[0] {
		case 'n':
			return nil
		case '"':
			tm, err := time.Parse(time.RFC3339, unquote(item))
			if err != nil {
				d.save(err)
				return nil
			}
			v.Set(reflect.ValueOf(tm))
			return nil
		case 't', 'f':
			unsupported("json.Unmarshal of a bool into a time.Time")
		}
		d.typeError("number", t)
		return nil
	}
	switch c := item[0]; c {
	case 'n':
		if fromQuoted && string(item) != "null" {
			unsupported("json's ,string option on a value that is not a quoted scalar")
		}
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.Set(reflect.Zero(t))
		}
	case 't', 'f':
		b := c == 't'
		switch v.Kind() {
		case reflect.Bool:
			v.SetBool(b)
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(b))
			} else {
				d.typeError("bool", t)
			}
		default:
			if fromQuoted {
				unsupported("json's ,string option on a value that is not a quoted scalar")
			}
			d.typeError("bool", t)
		}
	case '"':
		s := unquote(item)
		switch v.Kind() {
		case reflect.Slice:
			if t.Elem().Kind() != reflect.Uint8 {
				d.typeError("string", t)
				break
			}
			b, err := base64.StdEncoding.DecodeString(s)
			if err != nil {
				unsupported("json.Unmarshal of invalid base64 into a []byte")
			}
			ns := reflect.MakeSlice(t, len(b), len(b))
			for i, x := range b {
				ns.Index(i).SetUint(uint64(x))
			}
			v.Set(ns)
		case reflect.String:
			if t == numberType && !isValidNumber(s) {
				unsupported("json.Unmarshal of a string that is not a number into a json.Number")
			}
			v.SetString(s)
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(s))
			} else {
				d.typeError("string", t)
			}
		default:
			d.typeError("string", t)
		}
	default:
		s := string(item)
		switch v.Kind() {
		case reflect.Interface:
			if v.NumMethod() != 0 {
				d.typeError("number", t)
				break
			}
			n, err := d.number(s)
			if err != nil {
				d.save(err)
				n = float64(0)
			}
			v.Set(reflect.ValueOf(n))
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil || overflowInt(v.Kind(), n) {
				d.typeError("number "+s, t)
				break
			}
			v.SetInt(n)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil || overflowUint(v.Kind(), n) {
				d.typeError("number "+s, t)
				break
			}
			v.SetUint(n)
		case reflect.Float32, reflect.Float64:
			bits := 64
			if v.Kind() == reflect.Float32 {
				bits = 32
			}
			n, err := strconv.ParseFloat(s, bits)
			if err != nil {
				d.typeError("number "+s, t)
				break
			}
			v.SetFloat(n)
		default:
			if v.Kind() == reflect.String && t == numberType {
				v.SetString(s)
				break
			}
			if fromQuoted {
				unsupported("json's ,string option on a value that is not a quoted scalar")
			}
			d.typeError("number", t)
		}
	}
	return nil
}

func (d *decodeState) number(s string) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeOf(0.0), Offset: int64(d.pos)}
	}
	return f, nil
}

// anyValue: the next value as interface{} holds it: map[string]any, []any, string,
// float64 (or Number), bool or nil.
func (d *decodeState) anyValue() any {
	d.skipSpace()
	switch d.data[d.pos] {
	case '{':
		m := map[string]any{}
		d.pos++
		for {
			d.skipSpace()
			if d.data[d.pos] == '}' {
				d.pos++
				return m
			}
			key := unquote(d.skipValue())
			d.skipSpace()
			d.pos++
			d.stack = append(d.stack, key)
			m[key] = d.anyValue()
			d.stack = d.stack[:len(d.stack)-1]
			d.skipSpace()
			if d.data[d.pos] == ',' {
				d.pos++
			}
		}
	case '[':
		a := []any{}
		d.pos++
		for {
			d.skipSpace()
			if d.data[d.pos] == ']' {
				d.pos++
				return a
			}
			d.stack = append(d.stack, strconv.Itoa(len(a)))
			a = append(a, d.anyValue())
			d.stack = d.stack[:len(d.stack)-1]
			d.skipSpace()
			if d.data[d.pos] == ',' {
				d.pos++
			}
		}
	}
	item := d.skipValue()
	switch item[0] {
	case 'n':
		return nil
	case 't':
		return true
	case 'f':
		return false
	case '"':
		return unquote(item)
	}
	n, err := d.number(string(item))
	if err != nil {
		// Go 1.27 keeps a zero in the number's place.
		d.save(err)
		return float64(0)
	}
	return n
}

// ---- Decoder ----

type Decoder struct {
	r         io.Reader
	buf       []byte
	scanp     int
	err       error
	eof       bool
	useNumber bool
	disallow  bool
}

func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: r} }

func (dec *Decoder) UseNumber() { dec.useNumber = true }

func (dec *Decoder) DisallowUnknownFields() { dec.disallow = true }

// refill reads more input; false at the end of it (or on a read error, kept in err).
func (dec *Decoder) refill() bool {
	if dec.eof {
		return false
	}
	if dec.scanp > 0 {
		n := copy(dec.buf, dec.buf[dec.scanp:])
		dec.buf = dec.buf[:n]
		dec.scanp = 0
	}
	chunk := make([]byte, 512)
	n, err := dec.r.Read(chunk)
	dec.buf = append(dec.buf, chunk[:n]...)
	if err != nil {
		dec.eof = true
		if err != io.EOF {
			dec.err = err
		}
	}
	return true
}

func (dec *Decoder) Decode(v any) error {
	if dec.err != nil {
		return dec.err
	}
	for {
		// Skip space, reading as needed.
		for dec.scanp < len(dec.buf) && isSpace(dec.buf[dec.scanp]) {
			dec.scanp++
		}
		if dec.scanp < len(dec.buf) {
			break
		}
		if !dec.refill() {
			if dec.err != nil {
				return dec.err
			}
			return io.EOF
		}
	}
	for {
		c := &checker{data: dec.buf[dec.scanp:]}
		c.value()
		atEnd := c.pos >= len(c.data)
		if c.err != nil && !atEnd {
			dec.err = c.err
			return c.err
		}
		last := c.data[len(c.data)-1]
		if c.err == nil && !(atEnd && last >= '0' && last <= '9') {
			item := c.data[:c.pos]
			dec.scanp += c.pos
			d := &decodeState{data: item, useNumber: dec.useNumber, disallow: dec.disallow}
			return d.unmarshal(v)
		}
		if !dec.refill() {
			if dec.err != nil {
				return dec.err
			}
			if c.err == nil {
				item := c.data[:c.pos]
				dec.scanp += c.pos
				d := &decodeState{data: item, useNumber: dec.useNumber, disallow: dec.disallow}
				return d.unmarshal(v)
			}
			dec.err = io.ErrUnexpectedEOF
			return dec.err
		}
	}
}

func (dec *Decoder) More() bool {
	for {
		for dec.scanp < len(dec.buf) && isSpace(dec.buf[dec.scanp]) {
			dec.scanp++
		}
		if dec.scanp < len(dec.buf) {
			c := dec.buf[dec.scanp]
			return c != ']' && c != '}'
		}
		if !dec.refill() {
			return false
		}
	}
}
