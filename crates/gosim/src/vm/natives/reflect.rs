//! reflect's natives: what `library/go/reflect.go` cannot say in Go because it has no
//! `unsafe`. Types are passed as their `TypeId` (an `int`, -1 for none); a
//! `reflect.Value`'s `ptr` field holds an engine value as it is, not boxed in an
//! interface: the value itself, or (when the Value is addressable, `flagAddr`) a
//! pointer to where it lives. Every check and panic Go's reflect makes is in the Go
//! file; these only read, write and describe.

use super::*;
use crate::types::{ids, Signature, TypeId, TypeKind, TypeTable};
use crate::value::{Closure, Path, Root, SliceVal};

/// The natives of package `reflect`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "reflect.typeKind" => {
            |m, _, a| Return(vec![Value::Int(kind_of(&m.prog.types, tid(&a[0])))])
        }
        "reflect.typeName" => {
            |m, _, a| Return(vec![go_string(type_name(&m.prog.types, tid(&a[0])))])
        }
        "reflect.typeString" => |m, _, a| Return(vec![go_string(m.prog.types.name(tid(&a[0])))]),
        "reflect.typePkgPath" => |m, _, a| {
            let name: Rc<str> = m
                .prog
                .types
                .named(tid(&a[0]))
                .map_or("".into(), |n| n.pkg.clone());
            match pkg_path(m, &name) {
                Ok(path) => Return(vec![go_string(path)]),
                Err(stop) => NativeResult::Flow(stop),
            }
        },
        "reflect.typeElem" => |m, _, a| {
            let e = match m.prog.types.ukind(tid(&a[0])) {
                TypeKind::Pointer(e)
                | TypeKind::Slice(e)
                | TypeKind::Array(_, e)
                | TypeKind::Map(_, e)
                | TypeKind::Chan(_, e) => *e as i64,
                _ => -1,
            };
            Return(vec![Value::Int(e)])
        },
        "reflect.typeKey" => |m, _, a| {
            let k = match m.prog.types.ukind(tid(&a[0])) {
                TypeKind::Map(k, _) => *k as i64,
                _ => -1,
            };
            Return(vec![Value::Int(k)])
        },
        "reflect.typeLen" => |m, _, a| {
            let n = match m.prog.types.ukind(tid(&a[0])) {
                TypeKind::Array(n, _) => *n as i64,
                _ => -1,
            };
            Return(vec![Value::Int(n)])
        },
        "reflect.typeNumField" => |m, _, a| {
            let n = match m.prog.types.ukind(tid(&a[0])) {
                TypeKind::Struct(fs) => fs.len() as i64,
                _ => -1,
            };
            Return(vec![Value::Int(n)])
        },
        "reflect.typeField" => type_field,
        "reflect.typeFieldByName" => type_field_by_name,
        "reflect.typeNumMethod" => |m, _, a| {
            Return(vec![Value::Int(
                reflect_methods(&m.prog.types, tid(&a[0])).len() as i64,
            )])
        },
        "reflect.typeMethod" => type_method,
        "reflect.typeNumIn" => |m, _, a| sig_part(m, &a, false),
        "reflect.typeNumOut" => |m, _, a| sig_part(m, &a, true),
        "reflect.typeIn" => |m, _, a| sig_part(m, &a, false),
        "reflect.typeOut" => |m, _, a| sig_part(m, &a, true),
        "reflect.typeVariadic" => |m, _, a| {
            Return(vec![Value::Bool(
                sig(&m.prog.types, &a[0]).is_some_and(|s| s.variadic),
            )])
        },
        "reflect.typeImplements" => |m, _, a| {
            let (t, i) = (tid(&a[0]), tid(&a[1]));
            let types = &m.prog.types;
            let ok = if types.is_interface(t) {
                // An interface implements another whose methods it all has.
                let have = types.iface_methods(t);
                types
                    .iface_methods(i)
                    .iter()
                    .all(|w| have.iter().any(|h| h.name == w.name && h.sig == w.sig))
            } else {
                super::super::ops::missing_method(types, t, i).is_none()
            };
            Return(vec![Value::Bool(ok)])
        },
        "reflect.typeAssignable" => |m, _, a| {
            Return(vec![Value::Bool(assignable(
                &m.prog.types,
                tid(&a[0]),
                tid(&a[1]),
            ))])
        },
        "reflect.typeConvertible" => |m, _, a| {
            Return(vec![Value::Bool(convertible(
                &m.prog.types,
                tid(&a[0]),
                tid(&a[1]),
            ))])
        },
        "reflect.typeComparable" => {
            |m, _, a| Return(vec![Value::Bool(m.prog.types.comparable(tid(&a[0])))])
        }
        "reflect.typePtrTo" => |m, _, a| {
            let p = m.prog.types.find(&TypeKind::Pointer(tid(&a[0])));
            Return(vec![Value::Int(p.map_or(-1, i64::from))])
        },
        "reflect.typeDirect" => {
            |m, _, a| Return(vec![Value::Bool(direct(&m.prog.types, tid(&a[0])))])
        }
        "reflect.unpack" => |_, _, a| match &a[0] {
            Value::Iface(iv) => Return(vec![Value::Int(iv.0 as i64), iv.1.clone()]),
            _ => Return(vec![Value::Int(-1), Value::Nil]),
        },
        "reflect.pack" => |m, _, a| {
            let t = tid(&a[0]);
            let raw = a[1].clone();
            if m.prog.types.is_interface(t) {
                return Return(vec![raw]);
            }
            Return(vec![Value::Iface(Rc::new((t, raw)))])
        },
        "reflect.load" => |m, gid, a| match deref(m, gid, &a[0]) {
            Ok(v) => Return(vec![v]),
            Err(f) => NativeResult::Flow(f),
        },
        "reflect.store" => |m, gid, a| match store(m, gid, &a[0], a[1].clone()) {
            Ok(()) => Return(vec![]),
            Err(f) => NativeResult::Flow(f),
        },
        "reflect.fieldOf" => |_, _, a| {
            let v = match &a[0] {
                Value::Agg(fs) => fs.get(a[1].as_int() as usize).cloned().unwrap_or_default(),
                _ => Value::Nil,
            };
            Return(vec![v])
        },
        "reflect.fieldRef" => |_, _, a| match &a[0] {
            Value::Ptr(r) => {
                let mut r = (**r).clone();
                r.path.push(a[1].as_int() as u32);
                Return(vec![Value::Ptr(Rc::new(r))])
            }
            _ => NativeResult::Flow(rt("invalid memory address or nil pointer dereference")),
        },
        "reflect.elemRef" => |_, _, a| match &a[0] {
            Value::Slice(s) => Return(vec![Value::Ptr(Rc::new(Ref {
                root: Root::Heap(s.arr),
                path: Path::one(s.off + a[1].as_int() as u32),
            }))]),
            _ => NativeResult::Flow(rt("invalid memory address or nil pointer dereference")),
        },
        "reflect.strByte" => |_, _, a| {
            let b = a[0]
                .as_bytes()
                .get(a[1].as_int() as usize)
                .copied()
                .unwrap_or(0);
            Return(vec![Value::Int(b as i64)])
        },
        "reflect.rawLen" => |m, _, a| Return(vec![Value::Int(raw_len(m, &a[0], false))]),
        "reflect.rawCap" => |m, _, a| match &a[0] {
            Value::Slice(s) if m.heap.is_loose(s.arr) => NativeResult::Flow(m.refuse_loose_cap()),
            Value::Slice(s) if m.heap.vague_floor(s.arr).is_some() => {
                NativeResult::Flow(m.refuse_vague_cap())
            }
            v => Return(vec![Value::Int(raw_len(m, v, true))]),
        },
        "reflect.isNilRaw" => |_, _, a| Return(vec![Value::Bool(a[0].is_nil())]),
        "reflect.isZeroRaw" => |m, _, a| {
            let z = crate::value::zero_value(&m.prog.types, tid(&a[0]));
            Return(vec![Value::Bool(a[1] == z)])
        },
        "reflect.zeroOf" => {
            |m, _, a| Return(vec![crate::value::zero_value(&m.prog.types, tid(&a[0]))])
        }
        // A new slice of type a[0], length a[1] and capacity a[2], zeroed (MakeSlice).
        "reflect.makeSlice" => |m, _, a| {
            let elem = match m.prog.types.ukind(tid(&a[0])) {
                TypeKind::Slice(e) => *e,
                _ => return Return(vec![Value::default()]),
            };
            let z = crate::value::zero_value(&m.prog.types, elem);
            let (len, cap) = (a[1].as_int() as u32, a[2].as_int() as u32);
            match m.new_slice(vec![z; cap as usize], cap) {
                Value::Slice(s) => Return(vec![Value::Slice(SliceVal { len, ..s })]),
                v => Return(vec![v]),
            }
        },
        // The slice a[0] with length a[1] (SetLen; the Go side checked the bounds).
        "reflect.withLen" => |_, _, a| match &a[0] {
            Value::Slice(s) => Return(vec![Value::Slice(SliceVal {
                len: a[1].as_int() as u32,
                ..*s
            })]),
            v => Return(vec![v.clone()]),
        },
        "reflect.makeMap" => |m, _, _| {
            Return(vec![Value::Map(
                m.heap.alloc(Object::Map(Default::default())),
            )])
        },
        "reflect.newCell" => |m, _, a| {
            let z = crate::value::zero_value(&m.prog.types, tid(&a[0]));
            let cell = m.heap.alloc(Object::Cell(z));
            Return(vec![Value::Ptr(Rc::new(Ref {
                root: Root::Heap(cell),
                path: Path::new(),
            }))])
        },
        // A raw value moves between a typed Go slot and an opaque one unchanged.
        "reflect.rawInt" | "reflect.rawFloat" | "reflect.rawString" | "reflect.rawBool"
        | "reflect.fromFloat" | "reflect.fromString" | "reflect.fromBool" => |_, _, a| Return(a),
        "reflect.wrapInt" => |m, _, a| {
            let v = match m.prog.types.int_kind(tid(&a[0])) {
                Some(k) => k.wrap(a[1].as_int()),
                None => a[1].as_int(),
            };
            Return(vec![Value::Int(v)])
        },
        "reflect.mapKeys" => |m, _, a| {
            let keys: Vec<Value> = match &a[0] {
                Value::Map(o) => match m.heap.get(*o) {
                    Object::Map(mo) => mo.entries.iter().flatten().map(|e| e.0.clone()).collect(),
                    _ => vec![],
                },
                _ => vec![],
            };
            let n = keys.len() as u32;
            Return(vec![m.new_slice(keys, n)])
        },
        "reflect.mapGet" => |m, _, a| {
            let got = match &a[0] {
                Value::Map(o) => match m.heap.get(*o) {
                    Object::Map(mo) => mo.get(&a[1]).cloned(),
                    _ => None,
                },
                _ => None,
            };
            let ok = got.is_some();
            Return(vec![got.unwrap_or_default(), Value::Bool(ok)])
        },
        "reflect.mapSet" => |m, _, a| {
            let Value::Map(o) = &a[0] else {
                return NativeResult::Flow(Flow::Panic(Value::str(
                    "assignment to entry in nil map",
                )));
            };
            if let Object::Map(mo) = m.heap.get_mut(*o) {
                if a[3].as_bool() {
                    mo.remove(&a[1]);
                } else {
                    mo.insert(a[1].clone(), a[2].clone());
                }
            }
            Return(vec![])
        },
        "reflect.deepEqual" => |m, _, a| {
            let mut seen = vec![];
            let eq = match (&a[0], &a[1]) {
                (Value::Iface(x), Value::Iface(y)) => {
                    x.0 == y.0 && deep_equal(m, x.0, &x.1, &y.1, &mut seen, 0)
                }
                (x, y) => x.is_nil() && y.is_nil(),
            };
            Return(vec![Value::Bool(eq)])
        },
        "reflect.boundMethod" => bound_method,
        "reflect.refuse" => |m, _, a| {
            m.stop_limit(format!("not supported here: {}", lossy_string(&a[0])));
            NativeResult::Flow(Flow::End)
        },
        "reflect.call0" | "reflect.call1" | "reflect.call2" | "reflect.call3" => call,
        _ => missing,
    }
}

/// A type id from a Go `int`; out-of-range ids (never made by reflect.go) read as
/// the invalid type rather than indexing past the table.
fn tid(v: &Value) -> TypeId {
    v.as_int().clamp(0, u32::MAX as i64) as TypeId
}

fn sig<'t>(types: &'t TypeTable, v: &Value) -> Option<&'t Signature> {
    types.signature(tid(v))
}

/// `t.NumIn()` and `t.In(i)` (`a` is `[t]` or `[t, i]`), or with `results`
/// `NumOut` and `Out`: the count, or the type's id; -1 when `t` is not a func type.
fn sig_part(m: &Machine, a: &[Value], results: bool) -> NativeResult {
    let list = sig(&m.prog.types, &a[0]).map(|s| if results { &s.results } else { &s.params });
    let n = match (list, a.get(1)) {
        (Some(l), None) => l.len() as i64,
        (Some(l), Some(i)) => l.get(i.as_int() as usize).map_or(-1, |t| *t as i64),
        (None, _) => -1,
    };
    Return(vec![Value::Int(n)])
}

/// Go's `reflect.Kind` number of a type.
pub(super) fn kind_of(types: &TypeTable, t: TypeId) -> i64 {
    use crate::types::IntKind::*;
    match types.ukind(t) {
        TypeKind::Bool => 1,
        TypeKind::Int(k) => match k {
            Int => 2,
            Int8 => 3,
            Int16 => 4,
            Int32 => 5,
            Int64 => 6,
            Uint => 7,
            Uint8 => 8,
            Uint16 => 9,
            Uint32 => 10,
            Uint64 => 11,
            Uintptr => 12,
        },
        TypeKind::Float32 => 13,
        TypeKind::Float64 => 14,
        TypeKind::Array(..) => 17,
        TypeKind::Chan(..) => 18,
        TypeKind::Func(_) => 19,
        TypeKind::Interface(_) => 20,
        TypeKind::Map(..) => 21,
        TypeKind::Pointer(_) => 22,
        TypeKind::Slice(_) => 23,
        TypeKind::String => 24,
        TypeKind::Struct(_) => 25,
        _ => 0,
    }
}

/// `Type.Name`: a defined type's name, a predeclared type's name, "" otherwise.
fn type_name(types: &TypeTable, t: TypeId) -> String {
    match types.kind(t) {
        TypeKind::Named(n) => n.name.to_string(),
        TypeKind::Bool
        | TypeKind::Int(_)
        | TypeKind::Float64
        | TypeKind::Float32
        | TypeKind::String => types.name(t),
        _ => String::new(),
    }
}

/// Whether Go stores a value of type `t` in an interface's data word directly
/// (pointer-shaped: pointers, maps, chans, funcs, and structs or arrays of one such
/// element), which decides `flagIndir` in a Value made from an interface.
fn direct(types: &TypeTable, t: TypeId) -> bool {
    match types.ukind(t) {
        TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => true,
        TypeKind::Struct(fs) => fs.len() == 1 && direct(types, fs[0].ty),
        TypeKind::Array(1, e) => direct(types, *e),
        _ => false,
    }
}

/// The import path of the package a type's table entry names (`atomic` -> `sync/atomic`),
/// or the run's refusal where the name alone cannot tell (math/rand and math/rand/v2).
fn pkg_path(m: &mut Machine, name: &str) -> Result<&'static str, Flow> {
    crate::library::import_path_of(name).ok_or_else(|| {
        m.refuse(&format!(
            "reflect's PkgPath for a type of package {name} (more than one library package has that name)"
        ))
    })
}

/// `typeField(t, i)`: name, type, tag, embedded, the package of an unexported
/// field ("" when exported), and its offset in the amd64 layout.
fn type_field(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    let types = &m.prog.types;
    let t = tid(&a[0]);
    let i = a[1].as_int() as usize;
    let TypeKind::Struct(fs) = types.ukind(t) else {
        return NativeResult::Flow(rt("reflect: field of a non-struct"));
    };
    let Some(f) = fs.get(i) else {
        return NativeResult::Flow(rt("reflect: field index out of range"));
    };
    let mut out = vec![
        go_string(&*f.name),
        Value::Int(f.ty as i64),
        go_string(&*f.tag),
        Value::Bool(f.embedded),
        go_string(""),
        Value::Int(types.field_offset(fs, i) as i64),
    ];
    if !f.exported() {
        let name: Rc<str> = types.named(t).map_or("main".into(), |n| n.pkg.clone());
        match pkg_path(m, &name) {
            Ok(path) => out[4] = go_string(path),
            Err(stop) => return NativeResult::Flow(stop),
        }
    }
    Return(out)
}

/// `typeFieldByName(t, name)`: the index path to the field as the selector rules
/// find it, and whether there is one.
fn type_field_by_name(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    let name = lossy_string(&a[1]);
    let path: Vec<Value> = match m.prog.types.lookup_member(tid(&a[0]), &name) {
        Some(crate::types::Member::Field { path, .. }) => {
            path.iter().map(|(i, _)| Value::Int(*i as i64)).collect()
        }
        _ => vec![],
    };
    let ok = !path.is_empty();
    let n = path.len() as u32;
    Return(vec![m.new_slice(path, n), Value::Bool(ok)])
}

/// `typeMethod(t, i)`: the i-th method of the method set (name order): its name, its
/// type (with the receiver first for a concrete type, as `Type.Method` gives it; -1
/// when that type was never interned) and the type without the receiver.
fn type_method(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    let types = &m.prog.types;
    let t = tid(&a[0]);
    let ms = reflect_methods(types, t);
    let Some((name, _, s)) = ms.get(a[1].as_int() as usize) else {
        return Return(vec![go_string(""), Value::Int(-1), Value::Int(-1)]);
    };
    let with_recv = if types.is_interface(t) {
        Some(*s)
    } else {
        types.signature(*s).and_then(|sg| {
            let mut params = vec![t];
            params.extend(&sg.params);
            types.find(&TypeKind::Func(Signature {
                params,
                results: sg.results.clone(),
                variadic: sg.variadic,
            }))
        })
    };
    Return(vec![
        go_string(&**name),
        Value::Int(with_recv.map_or(-1, i64::from)),
        Value::Int(*s as i64),
    ])
}

/// The methods reflect counts and indexes: a concrete type's exported method set, or
/// every method of an interface type, unexported ones too, exported names first, each
/// group by name (Go's order).
fn reflect_methods(types: &TypeTable, t: TypeId) -> Vec<(Rc<str>, u32, TypeId)> {
    if !types.is_interface(t) {
        return types.method_set(t);
    }
    let mut ms: Vec<_> = types
        .iface_methods(t)
        .iter()
        .map(|m| (m.name.clone(), u32::MAX, m.sig))
        .collect();
    ms.sort_by(|a, b| {
        let key = |n: &str| (!n.starts_with(|c: char| c.is_uppercase()), n.to_string());
        key(&a.0).cmp(&key(&b.0))
    });
    ms
}

/// Go's assignability between two types (no untyped values at run time).
fn assignable(types: &TypeTable, v: TypeId, t: TypeId) -> bool {
    if v == t {
        return true;
    }
    let (uv, ut) = (types.underlying(v), types.underlying(t));
    if uv == ut && (!types.has_name(v) || !types.has_name(t)) {
        return true;
    }
    if types.is_interface(t) {
        return super::super::ops::missing_method(types, v, t).is_none();
    }
    // A bidirectional channel to a directional one with the same element.
    matches!(
        (types.kind(uv), types.kind(ut)),
        (TypeKind::Chan(crate::types::ChanDir::Both, a), TypeKind::Chan(_, b))
            if a == b && (!types.has_name(v) || !types.has_name(t))
    )
}

/// Go's convertibility between two types (what `Type.ConvertibleTo` answers).
fn convertible(types: &TypeTable, v: TypeId, t: TypeId) -> bool {
    if assignable(types, v, t) {
        return true;
    }
    let (uv, ut) = (types.underlying(v), types.underlying(t));
    if types.identical_ignoring_tags(uv, ut) {
        return true;
    }
    let numeric =
        |x: &TypeKind| matches!(x, TypeKind::Int(_) | TypeKind::Float64 | TypeKind::Float32);
    let elem_is = |x: &TypeKind, want: TypeId| matches!(x, TypeKind::Slice(e) if types.underlying(*e) == want);
    let (kv, kt) = (types.kind(uv), types.kind(ut));
    match (kv, kt) {
        (TypeKind::Pointer(a), TypeKind::Pointer(b))
            if types.named(v).is_none() && types.named(t).is_none() =>
        {
            types.identical_ignoring_tags(types.underlying(*a), types.underlying(*b))
        }
        (a, b) if numeric(a) && numeric(b) => true,
        (TypeKind::Int(_), TypeKind::String) => true,
        (a, TypeKind::String) => elem_is(a, ids::UINT8) || elem_is(a, ids::INT32),
        (TypeKind::String, b) => elem_is(b, ids::UINT8) || elem_is(b, ids::INT32),
        (TypeKind::Slice(e), TypeKind::Array(_, f)) => e == f,
        (TypeKind::Slice(e), TypeKind::Pointer(p)) => {
            matches!(types.ukind(*p), TypeKind::Array(_, f) if f == e)
        }
        _ => false,
    }
}

/// len or cap of a raw value (string, slice, array, map, channel).
fn raw_len(m: &Machine, v: &Value, cap: bool) -> i64 {
    match v {
        Value::Str(s) => s.len() as i64,
        Value::Slice(s) => (if cap { s.cap } else { s.len }) as i64,
        Value::Agg(a) => a.len() as i64,
        Value::Map(o) => match m.heap.get(*o) {
            Object::Map(mo) => mo.live as i64,
            _ => 0,
        },
        Value::Chan(o) => match m.heap.get(*o) {
            Object::Chan(c) if c.timer => 0,
            Object::Chan(c) => (if cap { c.cap as usize } else { c.buf.len() }) as i64,
            _ => 0,
        },
        _ => 0,
    }
}

/// The elements a slice value holds, in order.
fn slice_elems(m: &Machine, s: &SliceVal) -> Vec<Value> {
    match m.heap.get(s.arr) {
        Object::Array(a) => a
            .get(s.off as usize..(s.off + s.len) as usize)
            .map(<[Value]>::to_vec)
            .unwrap_or_default(),
        _ => vec![],
    }
}

/// `reflect.DeepEqual` on two values of type `t`, Go's rules: pointers equal when
/// they point at the same place or at deeply equal values, slices when both nil or
/// both non-nil with deeply equal elements, maps likewise by key, funcs only when
/// both nil, interfaces by their dynamic types and values. `seen` holds the pointer,
/// slice and map pairs under comparison, so cyclic values end (Go's visited map).
fn deep_equal(
    m: &Machine,
    t: TypeId,
    x: &Value,
    y: &Value,
    seen: &mut Vec<(Value, Value)>,
    depth: u32,
) -> bool {
    if depth > 100 {
        return false;
    }
    let types = &m.prog.types;
    let d = depth + 1;
    let pair = (x.clone(), y.clone());
    let visit = |seen: &mut Vec<(Value, Value)>| {
        if seen.contains(&pair) {
            return true;
        }
        seen.push(pair.clone());
        false
    };
    match types.ukind(t).clone() {
        TypeKind::Array(_, e) => match (x, y) {
            (Value::Agg(a), Value::Agg(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(b.iter())
                        .all(|(p, q)| deep_equal(m, e, p, q, seen, d))
            }
            _ => false,
        },
        TypeKind::Slice(e) => match (x, y) {
            (Value::Slice(a), Value::Slice(b)) => {
                if a.len != b.len {
                    return false;
                }
                if a == b || visit(seen) {
                    return true;
                }
                let (ea, eb) = (slice_elems(m, a), slice_elems(m, b));
                ea.iter()
                    .zip(&eb)
                    .all(|(p, q)| deep_equal(m, e, p, q, seen, d))
            }
            (Value::Nil, Value::Nil) => true,
            _ => false,
        },
        TypeKind::Struct(fs) => match (x, y) {
            (Value::Agg(a), Value::Agg(b)) => fs
                .iter()
                .zip(a.iter().zip(b.iter()))
                .all(|(f, (p, q))| deep_equal(m, f.ty, p, q, seen, d)),
            _ => false,
        },
        TypeKind::Pointer(e) => match (x, y) {
            (Value::Ptr(a), Value::Ptr(b)) => {
                if a == b || visit(seen) {
                    return true;
                }
                match (m.load_ref(0, a), m.load_ref(0, b)) {
                    (Ok(p), Ok(q)) => deep_equal(m, e, &p, &q, seen, d),
                    _ => false,
                }
            }
            (Value::Nil, Value::Nil) => true,
            _ => false,
        },
        TypeKind::Map(_, e) => match (x, y) {
            (Value::Map(a), Value::Map(b)) => {
                if a == b || visit(seen) {
                    return true;
                }
                let (Object::Map(ma), Object::Map(mb)) = (m.heap.get(*a), m.heap.get(*b)) else {
                    return false;
                };
                ma.live == mb.live
                    && ma
                        .entries
                        .iter()
                        .flatten()
                        .all(|(k, v)| mb.get(k).is_some_and(|w| deep_equal(m, e, v, w, seen, d)))
            }
            (Value::Nil, Value::Nil) => true,
            _ => false,
        },
        TypeKind::Func(_) => x.is_nil() && y.is_nil(),
        TypeKind::Interface(_) => match (x, y) {
            (Value::Iface(a), Value::Iface(b)) => {
                a.0 == b.0 && deep_equal(m, a.0, &a.1, &b.1, seen, d)
            }
            (Value::Nil, Value::Nil) => true,
            _ => false,
        },
        // Floats compare as Go's == does (NaN unequal, -0 equal to 0).
        TypeKind::Float64 | TypeKind::Float32 => x.as_f64() == y.as_f64(),
        _ => x == y,
    }
}

/// `boundMethod(t, raw, name)`: the method value `v.name` of a value of type t, as
/// a func with its receiver bound (Go's method value), for `Value.Method(i).Call`.
fn bound_method(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    let name = lossy_string(&a[2]);
    match m.resolve_method(tid(&a[0]), &a[1], &name, crate::vm::exec::Through::Surely) {
        Ok(Some((func, recv))) => Return(vec![Value::Func(Rc::new(Closure {
            func,
            captures: vec![],
            recv: Some(recv),
        }))]),
        Ok(None) => NativeResult::Flow(rt("reflect: method not found")),
        Err(f) => NativeResult::Flow(f),
    }
}

/// `callN(fn, t, args, callSlice)`: calls the func value `fn` of type t with the raw
/// arguments (already of the parameter types) on the calling goroutine, as an
/// ordinary call: its frame replaces this native's, so its N results land where the
/// native's would, and panics, blocking and steps are those of a direct call. A
/// variadic function's extra arguments are packed into a new slice unless
/// `callSlice`.
fn call(m: &mut Machine, gid: u32, a: Vec<Value>) -> NativeResult {
    let mut args: Vec<Value> = match &a[2] {
        Value::Slice(s) => slice_elems(m, s),
        _ => vec![],
    };
    if let Some(s) = sig(&m.prog.types, &a[1]) {
        if s.variadic && !a[3].as_bool() {
            let fixed = s.params.len().saturating_sub(1);
            let extra: Vec<Value> = args.split_off(fixed.min(args.len()));
            let packed = if extra.is_empty() {
                Value::Nil
            } else {
                let n = extra.len() as u32;
                m.new_slice(extra, n)
            };
            args.push(packed);
        }
    }
    let Value::Func(c) = &a[0] else {
        return NativeResult::Flow(rt("invalid memory address or nil pointer dereference"));
    };
    let nargs = args.len() as u32;
    if c.func & crate::NATIVE_BIT != 0 {
        let mut all = vec![];
        all.extend(c.recv.clone());
        all.extend(args);
        return NativeResult::Flow(m.call_native(gid, c.func & !crate::NATIVE_BIT, all, false));
    }
    m.goroutines[gid as usize - 1].stack.extend(args);
    if m.enter(gid, c.func, nargs, Some(c), false, false).is_some() {
        return NativeResult::Flow(Flow::End);
    }
    NativeResult::Flow(Flow::Next)
}
