// Package reflect: Go 1.27's reflect for the engine's types. A Value is Go's three
// words: the type, the data and the flag word, whose bits are Go's (kind in the low
// five bits, flagStickyRO, flagEmbedRO, flagIndir, flagAddr, flagMethod, the method
// number from bit 10), so the three laws and settability can be watched in memory.
// Every check and panic text is Go's; the natives (vm/natives/reflect.rs) only read
// and write values, since there is no unsafe here. `ptr` holds the data as the
// engine keeps it: a pointer to it when the Value is addressable (flagAddr), the
// value itself otherwise.
package reflect

import "strconv"

type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const Ptr = Pointer

var kindNames = []string{"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"}

func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// The natives: types by id, values as the engine holds them.
func typeKind(t int) Kind
func typeName(t int) string
func typeString(t int) string
func typePkgPath(t int) string
func typeElem(t int) int
func typeKey(t int) int
func typeLen(t int) int
func typeNumField(t int) int
func typeField(t, i int) (string, int, string, bool, string, uintptr)
func typeFieldByName(t int, name string) ([]int, bool)
func typeNumMethod(t int) int
func typeMethod(t, i int) (string, int, int)
func typeNumIn(t int) int
func typeNumOut(t int) int
func typeIn(t, i int) int
func typeOut(t, i int) int
func typeVariadic(t int) bool
func typeImplements(t, u int) bool
func typeAssignable(t, u int) bool
func typeConvertible(t, u int) bool
func typeComparable(t int) bool
func typePtrTo(t int) int
func typeDirect(t int) bool
func unpack(i any) (int, any)
func pack(t int, raw any) any
func load(p any) any
func store(p any, x any)
func fieldOf(raw any, i int) any
func fieldRef(p any, i int) any
func elemRef(s any, i int) any
func strByte(s any, i int) any
func rawLen(raw any) int
func rawCap(raw any) int
func isNilRaw(raw any) bool
func isZeroRaw(t int, raw any) bool
func zeroOf(t int) any
func newCell(t int) any
func makeSlice(t, n, c int) any
func makeMap(t int) any
func withLen(s any, n int) any
func rawInt(raw any) int64
func rawFloat(raw any) float64
func rawString(raw any) string
func rawBool(raw any) bool
func wrapInt(t int, x int64) any
func fromFloat(x float64) any
func fromString(x string) any
func fromBool(x bool) any
func mapKeys(m any) []any
func mapGet(m any, k any) (any, bool)
func mapSet(m any, k any, v any, del bool)
func deepEqual(x, y any) bool
func boundMethod(t int, raw any, name string) any
func call0(fn any, t int, args []any, slice bool)
func call1(fn any, t int, args []any, slice bool) any
func call2(fn any, t int, args []any, slice bool) (any, any)
func call3(fn any, t int, args []any, slice bool) (any, any, any)
func refuse(what string)

type Type interface {
	Name() string
	PkgPath() string
	String() string
	Kind() Kind
	Elem() Type
	Key() Type
	Len() int
	NumField() int
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	NumMethod() int
	Method(i int) Method
	MethodByName(name string) (Method, bool)
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	NumIn() int
	In(i int) Type
	NumOut() int
	Out(i int) Type
	IsVariadic() bool
	common() int
}

// rtype is a type descriptor: one per type, so Types compare with ==.
type rtype struct {
	t int
}

var rtypes = map[int]*rtype{}

func toRType(t int) *rtype {
	if r, ok := rtypes[t]; ok {
		return r
	}
	r := &rtype{t}
	rtypes[t] = r
	return r
}

func toType(t int) Type {
	if t < 0 {
		return nil
	}
	return toRType(t)
}

func (t *rtype) common() int      { return t.t }
func (t *rtype) Name() string     { return typeName(t.t) }
func (t *rtype) PkgPath() string  { return typePkgPath(t.t) }
func (t *rtype) String() string   { return typeString(t.t) }
func (t *rtype) Kind() Kind       { return typeKind(t.t) }
func (t *rtype) Comparable() bool { return typeComparable(t.t) }

func (t *rtype) Elem() Type {
	e := typeElem(t.t)
	if e < 0 {
		panic("reflect: Elem of invalid type " + t.String())
	}
	return toType(e)
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(typeKey(t.t))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return typeLen(t.t)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return typeNumField(t.t)
}

type StructTag string

type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

func (f StructField) IsExported() bool { return f.PkgPath == "" }

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= typeNumField(t.t) {
		panic("reflect: Field index out of bounds")
	}
	name, ft, tag, embedded, pkg, off := typeField(t.t, i)
	return StructField{Name: name, PkgPath: pkg, Type: toType(ft), Tag: StructTag(tag), Offset: off, Index: []int{i}, Anonymous: embedded}
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	path, ok := typeFieldByName(t.t, name)
	if !ok {
		return StructField{}, false
	}
	var cur Type = t
	var f StructField
	for _, i := range path {
		if cur.Kind() == Pointer {
			cur = cur.Elem()
		}
		f = cur.Field(i)
		cur = f.Type
	}
	f.Index = path
	return f, true
}

type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

func (m Method) IsExported() bool { return m.PkgPath == "" }

// isExportedName: the name begins with an upper-case letter (ASCII is all the
// program's own method names need here).
func isExportedName(name string) bool {
	return name != "" && name[0] >= 'A' && name[0] <= 'Z'
}

func (t *rtype) NumMethod() int { return typeNumMethod(t.t) }

func (t *rtype) Method(i int) Method {
	if i < 0 || i >= typeNumMethod(t.t) {
		panic("reflect: Method index out of range")
	}
	name, mt, _ := typeMethod(t.t, i)
	if mt < 0 {
		refuse("reflect.Type.Method of " + t.String() + "." + name)
	}
	m := Method{Name: name, Type: toType(mt), Index: i}
	if !isExportedName(name) {
		// Only an interface lists unexported methods: the program's own.
		m.PkgPath = "main"
	}
	if t.Kind() != Interface {
		m.Func = Value{toRType(mt), nil, flag(Func) | flagMethodExpr | flag(i)<<flagMethodShift}
	}
	return m
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	n := typeNumMethod(t.t)
	for i := 0; i < n; i++ {
		if mn, _, _ := typeMethod(t.t, i); mn == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return typeImplements(t.t, u.common())
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return typeAssignable(t.t, u.common())
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return typeConvertible(t.t, u.common())
}

func (t *rtype) mustFunc(what string) {
	if t.Kind() != Func {
		panic("reflect: " + what + " of non-func type " + t.String())
	}
}

func (t *rtype) NumIn() int        { t.mustFunc("NumIn"); return typeNumIn(t.t) }
func (t *rtype) NumOut() int       { t.mustFunc("NumOut"); return typeNumOut(t.t) }
func (t *rtype) IsVariadic() bool  { t.mustFunc("IsVariadic"); return typeVariadic(t.t) }
func (t *rtype) In(i int) Type     { t.mustFunc("In"); return toType(typeIn(t.t, i)) }
func (t *rtype) Out(i int) Type    { t.mustFunc("Out"); return toType(typeOut(t.t, i)) }

func TypeOf(i any) Type {
	t, _ := unpack(i)
	return toType(t)
}

func PointerTo(t Type) Type {
	p := typePtrTo(t.common())
	if p < 0 {
		refuse("reflect.PointerTo(" + t.String() + ")")
	}
	return toType(p)
}

func PtrTo(t Type) Type { return PointerTo(t) }

// StructTag.Lookup: the value for key in a conventional tag (`key:"value" ...`).
func (tag StructTag) Lookup(key string) (string, bool) {
	s := string(tag)
	for s != "" {
		i := 0
		for i < len(s) && s[i] == ' ' {
			i++
		}
		s = s[i:]
		if s == "" {
			break
		}
		i = 0
		for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
			break
		}
		name := s[:i]
		s = s[i+1:]
		i = 1
		for i < len(s) && s[i] != '"' {
			if s[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(s) {
			break
		}
		quoted := s[:i+1]
		s = s[i+1:]
		if name == key {
			return unquote(quoted)
		}
	}
	return "", false
}

func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// unquote: a tag value's quoted text with its escapes taken out.
func unquote(q string) (string, bool) {
	out := ""
	for i := 1; i < len(q)-1; i++ {
		c := q[i]
		if c == '\\' {
			i++
			switch q[i] {
			case '\\', '"', '\'':
				c = q[i]
			case 'n':
				c = '\n'
			case 't':
				c = '\t'
			default:
				refuse("reflect.StructTag.Lookup of a value with the escape \\" + string(q[i]))
			}
		}
		out += string(c)
	}
	return out, true
}

type flag uintptr

const (
	flagKindWidth        = 5
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5
	flagEmbedRO     flag = 1 << 6
	flagIndir       flag = 1 << 7
	flagAddr        flag = 1 << 8
	flagMethod      flag = 1 << 9
	flagMethodShift      = 10
	flagRO          flag = flagStickyRO | flagEmbedRO
	// Not Go's: marks the Func of a Method from Type.Method (Go makes a real func
	// value there); its method number sits above flagMethodShift as for flagMethod.
	flagMethodExpr flag = 1 << 31
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }
func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// Value is Go's reflect.Value: type, data, flag word.
type Value struct {
	typ_ *rtype
	ptr  any
	flag flag
}

type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// valueFlag: the flag of a Value just unpacked from an interface holding type t.
func valueFlag(t int) flag {
	f := flag(typeKind(t))
	if !typeDirect(t) {
		f |= flagIndir
	}
	return f
}

func ValueOf(i any) Value {
	t, raw := unpack(i)
	if t < 0 {
		return Value{}
	}
	return Value{toRType(t), raw, valueFlag(t)}
}

// raw: the data itself, read through the pointer when the Value is addressable.
func (v Value) raw() any {
	if v.flag&flagAddr != 0 {
		return load(v.ptr)
	}
	return v.ptr
}

func (v Value) tid() int {
	if v.typ_ == nil {
		return -1
	}
	return v.typ_.t
}

func (v Value) mustBe(k Kind, method string) {
	if v.flag.kind() != k {
		panic(&ValueError{method, v.flag.kind()})
	}
}

func (v Value) mustBeExported(method string) {
	if v.flag == 0 {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.flag == 0 {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

func (v Value) Kind() Kind     { return v.flag.kind() }
func (v Value) IsValid() bool  { return v.flag != 0 }
func (v Value) CanAddr() bool  { return v.flag&flagAddr != 0 }
func (v Value) CanSet() bool   { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		_, _, sig := typeMethod(v.typ_.t, int(v.flag>>flagMethodShift))
		return toType(sig)
	}
	return v.typ_
}

func (v Value) Interface() any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.flag&flagMethod != 0 {
		fn, _ := v.method()
		_, _, sig := typeMethod(v.typ_.t, int(v.flag>>flagMethodShift))
		return pack(sig, fn)
	}
	v.noMethodExpr()
	return pack(v.typ_.t, v.raw())
}

func (v Value) noMethodExpr() {
	if v.flag&flagMethodExpr != 0 {
		refuse("reflect.Method.Func other than through Call")
	}
}

func (v Value) Int() int64 {
	switch v.flag.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return rawInt(v.raw())
	}
	panic(&ValueError{"reflect.Value.Int", v.flag.kind()})
}

func (v Value) Uint() uint64 {
	switch v.flag.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return uint64(rawInt(v.raw()))
	}
	panic(&ValueError{"reflect.Value.Uint", v.flag.kind()})
}

func (v Value) Float() float64 {
	switch v.flag.kind() {
	case Float32, Float64:
		return rawFloat(v.raw())
	}
	panic(&ValueError{"reflect.Value.Float", v.flag.kind()})
}

func (v Value) Bool() bool {
	if v.flag.kind() != Bool {
		panic(&ValueError{"reflect.Value.Bool", v.flag.kind()})
	}
	return rawBool(v.raw())
}

func (v Value) String() string {
	switch v.flag.kind() {
	case String:
		return rawString(v.raw())
	case Invalid:
		return "<invalid Value>"
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) Len() int {
	switch v.flag.kind() {
	case Slice, String, Array, Map, Chan:
		return rawLen(v.raw())
	case Pointer:
		if v.typ_.Elem().Kind() == Array {
			return v.typ_.Elem().Len()
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.flag.kind()})
}

func (v Value) Cap() int {
	switch v.flag.kind() {
	case Slice, Array, Chan:
		return rawCap(v.raw())
	case Pointer:
		if v.typ_.Elem().Kind() == Array {
			return v.typ_.Elem().Len()
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.flag.kind()})
}

func (v Value) IsNil() bool {
	switch v.flag.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		if v.flag&(flagMethod|flagMethodExpr) != 0 {
			return false
		}
		return isNilRaw(v.raw())
	case Interface, Slice:
		return isNilRaw(v.raw())
	}
	panic(&ValueError{"reflect.Value.IsNil", v.flag.kind()})
}

func (v Value) IsZero() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	}
	if v.flag&(flagMethod|flagMethodExpr) != 0 {
		return false
	}
	return isZeroRaw(v.typ_.t, v.raw())
}

func (v Value) Elem() Value {
	switch v.flag.kind() {
	case Interface:
		t, raw := unpack(v.raw())
		if t < 0 {
			return Value{}
		}
		return Value{toRType(t), raw, valueFlag(t) | v.flag.ro()}
	case Pointer:
		p := v.raw()
		if isNilRaw(p) {
			return Value{}
		}
		et := typeElem(v.typ_.t)
		return Value{toRType(et), p, v.flag&flagRO | flagIndir | flagAddr | flag(typeKind(et))}
	}
	panic(&ValueError{"reflect.Value.Elem", v.flag.kind()})
}

func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return typeNumField(v.typ_.t)
}

func (v Value) Field(i int) Value {
	if v.flag.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.flag.kind()})
	}
	if uint(i) >= uint(typeNumField(v.typ_.t)) {
		panic("reflect: Field index out of range")
	}
	_, ft, _, embedded, pkg, _ := typeField(v.typ_.t, i)
	fl := v.flag&(flagStickyRO|flagIndir|flagAddr) | flag(typeKind(ft))
	if pkg != "" {
		if embedded {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	if v.flag&flagAddr != 0 {
		return Value{toRType(ft), fieldRef(v.ptr, i), fl}
	}
	return Value{toRType(ft), fieldOf(v.ptr, i), fl}
}

func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ_.Elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := v.typ_.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) Index(i int) Value {
	switch v.flag.kind() {
	case Array:
		if uint(i) >= uint(typeLen(v.typ_.t)) {
			panic("reflect: array index out of range")
		}
		et := typeElem(v.typ_.t)
		fl := v.flag&(flagIndir|flagAddr) | v.flag.ro() | flag(typeKind(et))
		if v.flag&flagAddr != 0 {
			return Value{toRType(et), fieldRef(v.ptr, i), fl}
		}
		return Value{toRType(et), fieldOf(v.ptr, i), fl}
	case Slice:
		s := v.raw()
		if uint(i) >= uint(rawLen(s)) {
			panic("reflect: slice index out of range")
		}
		et := typeElem(v.typ_.t)
		return Value{toRType(et), elemRef(s, i), flagAddr | flagIndir | v.flag.ro() | flag(typeKind(et))}
	case String:
		s := v.raw()
		if uint(i) >= uint(rawLen(s)) {
			panic("reflect: string index out of range")
		}
		return Value{toRType(8), strByte(s, i), v.flag.ro() | flag(Uint8) | flagIndir}
	}
	panic(&ValueError{"reflect.Value.Index", v.flag.kind()})
}

// copied: a Value of type t holding raw, not addressable, read-only as fl says.
func copied(t int, raw any, fl flag) Value {
	return Value{toRType(t), raw, valueFlag(t) | fl}
}

func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	kt := typeKey(v.typ_.t)
	keys := mapKeys(v.raw())
	out := make([]Value, len(keys))
	for i, k := range keys {
		out[i] = copied(kt, k, v.flag.ro())
	}
	return out
}

func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	k := key.assignTo("reflect.Value.MapIndex", typeKey(v.typ_.t))
	e, ok := mapGet(v.raw(), k)
	if !ok {
		return Value{}
	}
	return copied(typeElem(v.typ_.t), e, (v.flag | key.flag).ro())
}

func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	k := key.assignTo("reflect.Value.SetMapIndex", typeKey(v.typ_.t))
	if elem.flag == 0 {
		mapSet(v.raw(), k, nil, true)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	e := elem.assignTo("reflect.Value.SetMapIndex", typeElem(v.typ_.t))
	mapSet(v.raw(), k, e, false)
}

type MapIter struct {
	m    Value
	keys []Value
	i    int
}

func (v Value) MapRange() *MapIter {
	if v.flag.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.flag.kind()})
	}
	return &MapIter{m: v, i: -1}
}

func (it *MapIter) Next() bool {
	if it.i == -1 {
		it.keys = it.m.MapKeys()
	}
	if it.i < len(it.keys) {
		it.i++
	}
	return it.i < len(it.keys)
}

func (it *MapIter) Key() Value {
	if it.i < 0 {
		panic("MapIter.Key called before Next")
	}
	if it.i >= len(it.keys) {
		panic("MapIter.Key called on exhausted iterator")
	}
	return it.keys[it.i]
}

func (it *MapIter) Value() Value {
	if it.i < 0 {
		panic("MapIter.Value called before Next")
	}
	if it.i >= len(it.keys) {
		panic("MapIter.Value called on exhausted iterator")
	}
	return it.m.MapIndex(it.keys[it.i])
}

// assignTo: v's data as a value of type target (boxed in an interface when target
// is an interface type), or Go's panic when v is not assignable to it.
func (v Value) assignTo(context string, target int) any {
	if v.flag&flagMethod != 0 {
		fn, _ := v.method()
		return fn
	}
	v.noMethodExpr()
	if !typeAssignable(v.typ_.t, target) {
		panic(context + ": value of type " + v.typ_.String() + " is not assignable to type " + typeString(target))
	}
	if typeKind(target) == Interface && v.flag.kind() != Interface {
		return pack(v.typ_.t, v.raw())
	}
	return v.raw()
}

func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Value.Set")
	x.mustBeExported("reflect.Value.Set")
	store(v.ptr, x.assignTo("reflect.Set", v.typ_.t))
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.flag.kind() {
	case Int, Int8, Int16, Int32, Int64:
		store(v.ptr, wrapInt(v.typ_.t, x))
		return
	}
	panic(&ValueError{"reflect.Value.SetInt", v.flag.kind()})
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.flag.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		store(v.ptr, wrapInt(v.typ_.t, int64(x)))
		return
	}
	panic(&ValueError{"reflect.Value.SetUint", v.flag.kind()})
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.flag.kind() {
	case Float32, Float64:
		store(v.ptr, fromFloat(x))
		return
	}
	panic(&ValueError{"reflect.Value.SetFloat", v.flag.kind()})
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	store(v.ptr, fromString(x))
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	store(v.ptr, fromBool(x))
}

func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	p := typePtrTo(v.typ_.t)
	if p < 0 {
		refuse("reflect.Value.Addr of a " + v.typ_.String())
	}
	return Value{toRType(p), v.ptr, v.flag&flagRO | flag(Pointer)}
}

func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	p := typePtrTo(typ.common())
	if p < 0 {
		refuse("reflect.New(" + typ.String() + ")")
	}
	return Value{toRType(p), newCell(typ.common()), flag(Pointer)}
}

func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	return Value{toRType(t), makeSlice(t, len, cap), valueFlag(t)}
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	if n < 0 || n > v.Cap() {
		panic("reflect: slice length out of range in SetLen")
	}
	store(v.ptr, withLen(v.raw(), n))
}

func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	return Value{toRType(t), makeMap(t), valueFlag(t)}
}

func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{toRType(t), zeroOf(t), valueFlag(t)}
}

func (v Value) NumMethod() int {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return typeNumMethod(v.typ_.t)
}

func (v Value) Method(i int) Value {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(typeNumMethod(v.typ_.t)) {
		panic("reflect: Method index out of range")
	}
	if v.typ_.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	fl := v.flag.ro() | v.flag&flagIndir
	fl |= flag(Func) | flag(i)<<flagMethodShift | flagMethod
	return Value{v.typ_, v.raw(), fl}
}

func (v Value) MethodByName(name string) Value {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic(&ValueError{"reflect.Value.MethodByName", Func})
	}
	m, ok := v.typ_.MethodByName(name)
	if !ok {
		return Value{}
	}
	return v.Method(m.Index)
}

// method: the bound method value a flagMethod Value stands for, and its type.
func (v Value) method() (any, int) {
	i := int(v.flag >> flagMethodShift)
	name, _, sig := typeMethod(v.typ_.t, i)
	t, raw := v.typ_.t, v.ptr
	if typeKind(t) == Interface {
		t, raw = unpack(raw)
		if t < 0 {
			panic("reflect: Call of method on nil interface value")
		}
	}
	return boundMethod(t, raw, name), sig
}

func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	var fn any
	t := v.typ_.t
	if v.flag&flagMethod != 0 {
		fn, t = v.method()
	} else if v.flag&flagMethodExpr == 0 {
		fn = v.raw()
		if isNilRaw(fn) {
			panic("reflect.Value.Call: call of nil function")
		}
	}
	ft := toRType(t)
	isSlice := op == "CallSlice"
	n := ft.NumIn()
	isVariadic := ft.IsVariadic()
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	args := make([]any, len(in))
	for i := 0; i < n; i++ {
		targ := typeIn(t, i)
		if xt := in[i].Type(); !typeAssignable(xt.common(), targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + typeString(targ))
		}
		args[i] = in[i].assignTo("reflect.Value.Call", targ)
	}
	if !isSlice && isVariadic {
		elem := typeElem(typeIn(t, n))
		for j := n; j < len(in); j++ {
			if xt := in[j].Type(); !typeAssignable(xt.common(), elem) {
				panic("reflect: cannot use " + xt.String() + " as type " + typeString(elem) + " in " + op)
			}
			args[j] = in[j].assignTo("reflect.Value.Call", elem)
		}
	}
	callT := t
	if v.flag&flagMethodExpr != 0 {
		recvT := typeIn(t, 0)
		name, _, sig := typeMethod(recvT, int(v.flag&^flagMethodExpr>>flagMethodShift))
		fn = boundMethod(recvT, args[0], name)
		args = args[1:]
		callT = sig
	}
	nout := ft.NumOut()
	out := make([]Value, nout)
	switch nout {
	case 0:
		call0(fn, callT, args, isSlice)
	case 1:
		r := call1(fn, callT, args, isSlice)
		out[0] = copied(typeOut(t, 0), r, 0)
	case 2:
		r0, r1 := call2(fn, callT, args, isSlice)
		out[0] = copied(typeOut(t, 0), r0, 0)
		out[1] = copied(typeOut(t, 1), r1, 0)
	case 3:
		r0, r1, r2 := call3(fn, callT, args, isSlice)
		out[0] = copied(typeOut(t, 0), r0, 0)
		out[1] = copied(typeOut(t, 1), r1, 0)
		out[2] = copied(typeOut(t, 2), r2, 0)
	default:
		refuse("reflect.Value.Call of a function with more than 3 results")
	}
	return out
}

func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	return deepEqual(x, y)
}
