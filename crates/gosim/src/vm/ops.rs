//! Data instructions: memory through references, arithmetic, comparison, conversions,
//! slices, maps, strings, and method lookup for dynamic dispatch.

use std::rc::Rc;

use super::exec::{index_out_of_range, rt, Flow};
use super::Machine;
use crate::code::{CmpKind, Conv, ConvCap, NumKind, Op, SeqKind};
use crate::syntax::ast::BinaryOp;
use crate::types::{IntKind, TypeId, TypeKind, TypeTable};
use crate::value::{MapObj, Object, Path, Ref, Root, SliceVal, Value, F64};

/// Go's allocator size classes (bytes), which decide the capacity `append` gives a
/// growing slice.
const SIZE_CLASSES: [u32; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// The capacity Go's `growslice` picks when `old_cap` must grow to hold `needed`.
/// `pointers`: the element type holds pointers, so a small allocation over 512 bytes
/// carries Go's 8-byte malloc header, rounded into the size class with the elements
/// (`roundupsize` with `noscan` false).
pub fn grow_cap(old_cap: u32, needed: u32, elem_size: u32, pointers: bool) -> u32 {
    let mut newcap = old_cap as u64;
    let doublecap = newcap * 2;
    let needed64 = needed as u64;
    if needed64 > doublecap {
        newcap = needed64;
    } else {
        let threshold = 256;
        if old_cap < threshold {
            newcap = doublecap;
        } else {
            while newcap < needed64 {
                newcap += (newcap + 3 * threshold as u64) >> 2;
            }
        }
    }
    if elem_size == 0 {
        return newcap as u32;
    }
    let bytes = newcap * elem_size as u64;
    const HEADER: u64 = 8;
    let rounded = if bytes <= 32768 - HEADER {
        let header = if pointers && bytes > 512 { HEADER } else { 0 };
        SIZE_CLASSES
            .iter()
            .copied()
            .find(|c| *c as u64 >= bytes + header)
            .unwrap_or(32768) as u64
            - header
    } else {
        bytes.div_ceil(8192) * 8192
    };
    (rounded / elem_size as u64).min(u32::MAX as u64) as u32
}

/// Embedded fields walked to reach a promoted member: (field index, field is a pointer).
pub(crate) type EmbedPath = Vec<(u32, bool)>;

/// A method found on a dynamic type: its function, and how to get the receiver
/// (whether it takes a pointer, and the embedded fields to walk).
pub(crate) type MethodTarget = (u32, (bool, EmbedPath));

/// Method lookup on a dynamic type, through embedded fields.
pub(crate) fn find_method(types: &TypeTable, t: TypeId, name: &str) -> Option<MethodTarget> {
    find_method_sig(types, t, name).map(|(func, how, _)| (func, how))
}

/// The first method of interface `iface`, in name order (the order Go's itab merge walk
/// meets them), that dynamic type `t` lacks: absent, with another signature, or declared
/// on `*T` while `t` is the value type `T` (not in its method set). `None`: `t`
/// implements `iface`.
pub(crate) fn missing_method(types: &TypeTable, t: TypeId, iface: TypeId) -> Option<&str> {
    let is_ptr = matches!(types.kind(t), TypeKind::Pointer(_));
    types
        .iface_methods(iface)
        .iter()
        .find(|m| match find_method_sig(types, t, &m.name) {
            // Same name is not enough: `Unwrap() []error` does not satisfy
            // `interface{ Unwrap() error }`.
            // A `*T` method is in T's method set only when reached through an
            // embedded pointer.
            Some((_, (ptr, path), sig)) if sig == m.sig => {
                ptr && !is_ptr && !path.iter().any(|p| p.1)
            }
            _ => true,
        })
        .map(|m| &*m.name)
}

/// The function id [`find_method`] gives for a method promoted from an embedded
/// interface: the receiver path leads to that interface value, and the call goes on
/// to the method of whatever it holds (see [`Machine::resolve_method`]).
pub(crate) const VIA_EMBEDDED_IFACE: u32 = u32::MAX - 1;

/// [`find_method`], also giving the method's signature (a `Func` type without the
/// receiver), which interface satisfaction must compare.
pub(crate) fn find_method_sig(
    types: &TypeTable,
    t: TypeId,
    name: &str,
) -> Option<(u32, (bool, EmbedPath), TypeId)> {
    match types.lookup_member(t, name)? {
        crate::types::Member::Method {
            path,
            func,
            pointer_recv,
            sig,
        } => Some((func, (pointer_recv, path), sig)),
        crate::types::Member::IfaceMethod { path, sig, .. } if !path.is_empty() => {
            Some((VIA_EMBEDDED_IFACE, (false, path), sig))
        }
        _ => None,
    }
}

/// A reference whose root is gone: a slot past the stack or a global that does not exist.
fn invalid_reference() -> Flow {
    rt("invalid reference")
}

impl Machine {
    /// Where local slot `s` of goroutine `gid`'s running frame is on its stack.
    pub(super) fn local_at(&self, gid: u32, s: u32) -> usize {
        (self.base(gid) + s) as usize
    }

    /// Reads the value a reference points at.
    pub(crate) fn load_ref(&self, gid: u32, r: &Ref) -> Result<Value, Flow> {
        let root: &Value = match r.root {
            Root::Heap(o) => match self.heap.objects.get(o as usize) {
                Some(Object::Cell(v)) => v,
                Some(Object::Array(a)) => {
                    // An array variable that has been sliced lives as an Array object.
                    let Some((first, rest)) = r.path.split_first() else {
                        return Ok(Value::Agg(a.clone().into_boxed_slice()));
                    };
                    let Some(v) = a.get(*first as usize) else {
                        return Err(rt("index out of range"));
                    };
                    return Ok(walk(v, rest).clone());
                }
                _ => return Err(rt("invalid memory address or nil pointer dereference")),
            },
            Root::Local(s) => {
                let at = self.local_at(gid, s);
                let stack = &self.goroutines[gid as usize - 1].stack;
                stack.get(at).ok_or_else(invalid_reference)?
            }
            Root::Global(i) => self.globals.get(i as usize).ok_or_else(invalid_reference)?,
        };
        Ok(walk(root, &r.path).clone())
    }

    /// Writes through a reference.
    pub(crate) fn store_ref(&mut self, gid: u32, r: &Ref, v: Value) -> Result<(), Flow> {
        let slot: &mut Value = match r.root {
            Root::Heap(o) => match self.heap.objects.get_mut(o as usize) {
                Some(Object::Cell(c)) => c,
                Some(Object::Array(a)) => {
                    let Some((first, rest)) = r.path.split_first() else {
                        if let Value::Agg(elems) = v {
                            *a = elems.into_vec();
                        }
                        return Ok(());
                    };
                    let Some(e) = a.get_mut(*first as usize) else {
                        return Err(rt("index out of range"));
                    };
                    *walk_mut(e, rest) = v;
                    return Ok(());
                }
                _ => return Err(rt("invalid memory address or nil pointer dereference")),
            },
            Root::Local(s) => {
                let at = self.local_at(gid, s);
                let stack = &mut self.goroutines[gid as usize - 1].stack;
                stack.get_mut(at).ok_or_else(invalid_reference)?
            }
            Root::Global(i) => self
                .globals
                .get_mut(i as usize)
                .ok_or_else(invalid_reference)?,
        };
        *walk_mut(slot, &r.path) = v;
        Ok(())
    }

    /// The slice `[]byte(s)` or `[]rune(s)` makes of `elems` (`size` bytes each), its
    /// capacity as Go's escape analysis has it (`ConvCap`). Go's stack buffer
    /// (`tmpBuf`) holds 32 elements of either kind.
    fn converted_slice(&mut self, elems: Vec<Value>, size: u32, rule: ConvCap) -> Value {
        let n = elems.len() as u32;
        let heap = |n: u32| {
            if n == 0 {
                0
            } else {
                grow_cap(0, n, size, false).max(n)
            }
        };
        let cap = match rule {
            ConvCap::Exact | ConvCap::Loose => n,
            ConvCap::Stack if n <= 32 => 32,
            ConvCap::Stack | ConvCap::Heap => heap(n),
        };
        let v = self.new_slice(elems, cap);
        if let (ConvCap::Loose, Value::Slice(sv)) = (rule, &v) {
            let at = self.heap.loose.partition_point(|id| *id < sv.arr);
            self.heap.loose.insert(at, sv.arr);
        }
        v
    }

    /// Stops the run where the capacity of a loose array (`ConvCap::Loose`) would
    /// decide what happens.
    pub(crate) fn refuse_loose_cap(&mut self) -> Flow {
        self.refuse(
            "the capacity of []byte(s) or []rune(s) of a non-constant string \
             (Go's depends on its escape analysis)",
        )
    }

    pub(crate) fn new_slice(&mut self, elems: Vec<Value>, cap: u32) -> Value {
        let len = elems.len() as u32;
        let mut elems = elems;
        if cap > len {
            let z = elems
                .last()
                .cloned()
                .map(|v| zero_like(&v))
                .unwrap_or_default();
            elems.resize(cap as usize, z);
        }
        let arr = self.heap.alloc(Object::Array(elems));
        Value::Slice(SliceVal {
            arr,
            off: 0,
            len,
            cap: cap.max(len),
        })
    }

    /// The elements `append(s, src...)` and `copy(dst, src)` take from `src`: a
    /// string's bytes (`from_str`) or a slice's elements.
    fn source_elems(&self, src: &Value, from_str: bool) -> Vec<Value> {
        if from_str {
            src.as_bytes()
                .iter()
                .map(|b| Value::Int(*b as i64))
                .collect()
        } else {
            self.slice_elems(src)
        }
    }

    pub(crate) fn slice_elems(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Slice(s) => match self.heap.get(s.arr) {
                Object::Array(a) => a
                    .get(s.off as usize..(s.off + s.len) as usize)
                    .map(|x| x.to_vec())
                    .unwrap_or_default(),
                _ => vec![],
            },
            _ => vec![],
        }
    }

    pub(crate) fn exec_data(&mut self, gid: u32, op: &Op) -> Flow {
        match op {
            Op::Index(kind) => {
                let i = self.pop(gid).as_int();
                let x = self.pop(gid);
                match kind {
                    SeqKind::Str => {
                        let b = x.as_bytes();
                        if i < 0 || i as usize >= b.len() {
                            return rt(index_out_of_range(i, b.len() as i64));
                        }
                        self.push(gid, Value::Int(b[i as usize] as i64));
                    }
                    SeqKind::Slice => {
                        let Value::Slice(s) = x else {
                            return rt(index_out_of_range(i, 0));
                        };
                        if i < 0 || i >= s.len as i64 {
                            return rt(index_out_of_range(i, s.len as i64));
                        }
                        let v = match self.heap.get(s.arr) {
                            Object::Array(a) => a
                                .get((s.off as i64 + i) as usize)
                                .cloned()
                                .unwrap_or_default(),
                            _ => Value::Nil,
                        };
                        let elem = || Ref {
                            root: Root::Heap(s.arr),
                            path: Path::one(s.off + i as u32),
                        };
                        self.race_access(gid, || super::race::Loc::Mem(elem()), false);
                        self.push(gid, v);
                    }
                    SeqKind::Array(n) | SeqKind::ArrayRef(n) => {
                        if i < 0 || i >= *n as i64 {
                            return rt(index_out_of_range(i, *n as i64));
                        }
                        let v = match x {
                            Value::Agg(a) => a.get(i as usize).cloned().unwrap_or_default(),
                            _ => Value::Nil,
                        };
                        self.push(gid, v);
                    }
                    _ => {}
                }
            }
            Op::MapGet { zero, ok } => {
                let k = self.pop(gid);
                let m = self.pop(gid);
                if let Value::Map(o) = m {
                    self.race_access(gid, || super::race::Loc::Map(o), false);
                }
                let (found, empty) = match m {
                    Value::Map(o) => match self.heap.get(o) {
                        Object::Map(mo) => (mo.get(&k).cloned(), mo.live == 0),
                        _ => (None, true),
                    },
                    _ => (None, true),
                };
                if let Some(f) = self.check_hashable(&k, empty) {
                    return f;
                }
                let has = found.is_some();
                let v = found.unwrap_or_else(|| self.prog.consts[*zero as usize].clone());
                self.push(gid, v);
                if *ok {
                    self.push(gid, Value::Bool(has));
                }
            }
            Op::MapSet => {
                let v = self.pop(gid);
                let k = self.pop(gid);
                let m = self.pop(gid);
                if let Some(f) = self.check_hashable(&k, false) {
                    return f;
                }
                let Value::Map(o) = m else {
                    return Flow::Panic(Value::str("assignment to entry in nil map"));
                };
                self.race_access(gid, || super::race::Loc::Map(o), true);
                if let Object::Map(mo) = self.heap.get_mut(o) {
                    let before = mo.entries.len();
                    mo.insert(k, v);
                    if mo.entries.len() > before {
                        self.heap.words += 6;
                    }
                }
                if let Some(f) = self.check_heap() {
                    return f;
                }
            }
            Op::MapDelete => {
                let k = self.pop(gid);
                let m = self.pop(gid);
                let empty = match m {
                    Value::Map(o) => !matches!(self.heap.get(o), Object::Map(mo) if mo.live > 0),
                    _ => true,
                };
                if let Some(f) = self.check_hashable(&k, empty) {
                    return f;
                }
                if let Value::Map(o) = m {
                    self.race_access(gid, || super::race::Loc::Map(o), true);
                    if let Object::Map(mo) = self.heap.get_mut(o) {
                        mo.remove(&k);
                    }
                }
            }
            Op::Len(kind) | Op::Cap(kind) => {
                let is_len = matches!(op, Op::Len(_));
                let x = self.pop(gid);
                match (kind, &x) {
                    (SeqKind::Map, Value::Map(o)) => {
                        self.touch(|| super::footprint::Resource::Map(*o), false)
                    }
                    (SeqKind::Chan, Value::Chan(o)) => {
                        self.touch(|| super::footprint::Resource::Chan(*o), false)
                    }
                    _ => {}
                }
                let n = match (kind, &x) {
                    (SeqKind::Str, v) => v.as_bytes().len() as i64,
                    (SeqKind::Slice, Value::Slice(s)) => {
                        if is_len {
                            s.len as i64
                        } else if self.heap.is_loose(s.arr) {
                            return self.refuse_loose_cap();
                        } else if self.heap.vague_floor(s.arr).is_some() {
                            return self.refuse_vague_cap();
                        } else {
                            s.cap as i64
                        }
                    }
                    (SeqKind::Array(n) | SeqKind::ArrayRef(n), _) => *n as i64,
                    (SeqKind::Map, Value::Map(o)) => match self.heap.get(*o) {
                        Object::Map(m) => m.live as i64,
                        _ => 0,
                    },
                    (SeqKind::Chan, Value::Chan(o)) => match self.heap.get(*o) {
                        Object::Chan(c) if c.timer => 0,
                        Object::Chan(c) => {
                            if is_len {
                                c.buf.len() as i64
                            } else {
                                c.cap as i64
                            }
                        }
                        _ => 0,
                    },
                    _ => 0,
                };
                self.push(gid, Value::Int(n));
            }
            Op::Arith(bop, kind) => {
                let b = self.pop(gid);
                let a = self.pop(gid);
                if *kind == NumKind::Str && !small_concat(&a, &b) {
                    // Strings live outside the heap's word count: a string about to
                    // outgrow the memory limit by itself (`s += s` in a loop) stops the
                    // run here rather than take the host's memory.
                    let words = (a.as_bytes().len() as u64 + b.as_bytes().len() as u64) / 8;
                    self.push(gid, a);
                    self.push(gid, b);
                    if let Some(f) = self.check_heap_for(words) {
                        return f;
                    }
                    let b = self.pop(gid);
                    let a = self.pop(gid);
                    match arith(*bop, *kind, &a, &b) {
                        Ok(v) => self.push(gid, v),
                        Err(f) => return f,
                    }
                    return Flow::Next;
                }
                match arith(*bop, *kind, &a, &b) {
                    Ok(v) => {
                        // A new string: host memory the heap limit must see.
                        self.heap.made += crate::value::made_words(&v);
                        self.push(gid, v)
                    }
                    Err(f) => return f,
                }
            }
            Op::MinMax { max, kind } => {
                let b = self.pop(gid);
                let a = self.pop(gid);
                let less = compare_lt(*kind, &b, &a);
                let pick_b = if *max {
                    less.map(|l| !l).unwrap_or(false) && b != a
                } else {
                    less.unwrap_or(false)
                };
                // NaN propagates in Go's min/max.
                let nan = matches!(a, Value::Float(F64(x)) if x.is_nan())
                    || matches!(b, Value::Float(F64(x)) if x.is_nan());
                let zeros = match (&a, &b) {
                    (Value::Float(F64(x)), Value::Float(F64(y))) if *x == 0.0 && *y == 0.0 => {
                        Some((*x, *y))
                    }
                    _ => None,
                };
                let v = if nan {
                    Value::Float(F64(f64::NAN))
                } else if let Some((x, y)) = zeros {
                    // Go orders -0 below +0 here: max(-0, 0) is 0, min(0, -0) is -0.
                    let neg = if *max {
                        x.is_sign_negative() && y.is_sign_negative()
                    } else {
                        x.is_sign_negative() || y.is_sign_negative()
                    };
                    Value::Float(F64(if neg { -0.0 } else { 0.0 }))
                } else if *max {
                    if compare_lt(*kind, &a, &b).unwrap_or(false) {
                        b
                    } else {
                        a
                    }
                } else if pick_b {
                    b
                } else {
                    a
                };
                self.push(gid, v);
            }
            Op::Cmp(bop, kind) => {
                let b = self.pop(gid);
                let a = self.pop(gid);
                let r = match kind {
                    CmpKind::Deep => match self.deep_eq(&a, &b) {
                        // Two distinct pointers to zero-size values, in interfaces (the
                        // compiler refuses them compared as pointers): Go may give both
                        // one address, so the engine cannot say they differ.
                        Ok(false) if zero_size_pointers(&self.prog.types, &a, &b) => {
                            return self.refuse(
                                "comparing pointers to zero-size values (Go's answer depends on its escape analysis)",
                            );
                        }
                        Ok(eq) => {
                            if *bop == BinaryOp::Eq {
                                eq
                            } else {
                                !eq
                            }
                        }
                        Err(f) => return f,
                    },
                    _ => cmp_basic(*bop, *kind, &a, &b),
                };
                self.push(gid, Value::Bool(r));
            }
            Op::Neg(kind) => {
                let a = self.pop(gid);
                let v = match kind {
                    NumKind::Int(k) => Value::Int(k.wrap(a.as_int().wrapping_neg())),
                    NumKind::Float | NumKind::Float32 => Value::Float(F64(-a.as_f64())),
                    NumKind::Str => a,
                };
                self.push(gid, v);
            }
            Op::Not => {
                let a = self.pop(gid);
                self.push(gid, Value::Bool(!a.as_bool()));
            }
            Op::Complement(k) => {
                let a = self.pop(gid);
                self.push(gid, Value::Int(k.wrap(!a.as_int())));
            }
            Op::Convert(c) => {
                let a = self.pop(gid);
                let v = match c {
                    Conv::IntToInt(k) => Value::Int(k.wrap(a.as_int())),
                    Conv::IntToFloat { unsigned } => Value::Float(F64(if *unsigned {
                        a.as_int() as u64 as f64
                    } else {
                        a.as_int() as f64
                    })),
                    Conv::FloatToInt(k) => Value::Int(float_to_int(a.as_f64(), *k)),
                    Conv::IntToFloat32 { unsigned } => Value::Float(F64(if *unsigned {
                        a.as_int() as u64 as f32 as f64
                    } else {
                        a.as_int() as f32 as f64
                    })),
                    Conv::ToFloat32 => Value::Float(F64(a.as_f64() as f32 as f64)),
                    Conv::RuneToStr => {
                        let r = a.as_int();
                        let c = u32::try_from(r)
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        Value::str(&c.to_string())
                    }
                    Conv::StrToBytes { cap } => {
                        let elems: Vec<Value> =
                            a.as_bytes().iter().map(|b| Value::Int(*b as i64)).collect();
                        self.converted_slice(elems, 1, *cap)
                    }
                    Conv::BytesToStr => {
                        let bytes: Vec<u8> = self
                            .slice_elems(&a)
                            .iter()
                            .map(|v| v.as_int() as u8)
                            .collect();
                        self.heap.made += bytes.len() as u64 / 8;
                        Value::bytes(&bytes)
                    }
                    Conv::StrToRunes { cap } => {
                        let elems: Vec<Value> = decode_runes(a.as_bytes())
                            .into_iter()
                            .map(|(r, _)| Value::Int(r as i64))
                            .collect();
                        self.converted_slice(elems, 4, *cap)
                    }
                    Conv::RunesToStr => {
                        let mut s = String::new();
                        for r in self.slice_elems(&a) {
                            s.push(
                                u32::try_from(r.as_int())
                                    .ok()
                                    .and_then(char::from_u32)
                                    .unwrap_or('\u{FFFD}'),
                            );
                        }
                        Value::str(&s)
                    }
                };
                self.push(gid, v);
            }
            Op::MakeAgg(n) => {
                let vals = self.popn_pub(gid, *n as usize);
                self.push(gid, Value::Agg(vals.into_boxed_slice()));
            }
            Op::SetAgg(i) => {
                let v = self.pop(gid);
                let agg = self.pop(gid);
                let out = match agg {
                    Value::Agg(mut fs) => {
                        if let Some(s) = fs.get_mut(*i as usize) {
                            *s = v;
                        }
                        Value::Agg(fs)
                    }
                    other => other,
                };
                self.push(gid, out);
            }
            Op::SliceLit(n) => {
                let vals = self.popn_pub(gid, *n as usize);
                let s = self.new_slice(vals, *n);
                self.push(gid, s);
                if let Some(f) = self.check_heap() {
                    return f;
                }
            }
            Op::MapLit(n) => {
                let vals = self.popn_pub(gid, 2 * *n as usize);
                // A literal inserts its keys in order, each hashed as `m[k] = v` would be.
                if let Some(f) = vals
                    .iter()
                    .step_by(2)
                    .find_map(|k| self.check_hashable(k, false))
                {
                    return f;
                }
                let mut m = MapObj::default();
                let mut it = vals.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    m.insert(k, v);
                }
                let o = self.heap.alloc(Object::Map(m));
                self.push(gid, Value::Map(o));
            }
            Op::MakeSlice { zero } => {
                let cap = self.pop(gid).as_int();
                let len = self.pop(gid).as_int();
                // Go refuses a negative length or one whose bytes pass its 2^48 address
                // space (any length of a zero-size element fits); below that a make
                // fails only for want of memory, which the engine's smaller bound
                // stands for (a limit, not Go's panic).
                let go_max: i64 = if has_scalar(&self.prog.consts[*zero as usize]) {
                    1 << 48
                } else {
                    i64::MAX
                };
                if !(0..=go_max).contains(&len) {
                    return rt("makeslice: len out of range");
                }
                if cap < len || cap > go_max {
                    return rt("makeslice: cap out of range");
                }
                if cap > (1 << 28) {
                    self.stop_limit(format!(
                        "stopped: make of a slice of {cap} elements (the engine holds at most {})",
                        1 << 28
                    ));
                    return Flow::End;
                }
                // Check before allocating, so a huge make stops cleanly; an element that
                // is an array or struct counts all its values (`make([][1 << 20]int, n)`
                // aborted the host otherwise: fuzz-corpus/vm/huge_make.go).
                let elem_words = 2 * agg_len(&self.prog.consts[*zero as usize]);
                if let Some(f) = self.check_heap_for((cap as u64).saturating_mul(elem_words)) {
                    return f;
                }
                let z = self.prog.consts[*zero as usize].clone();
                let arr = self.heap.alloc(Object::Array(vec![z; cap as usize]));
                self.push(
                    gid,
                    Value::Slice(SliceVal {
                        arr,
                        off: 0,
                        len: len as u32,
                        cap: cap as u32,
                    }),
                );
            }
            Op::MakeMap => {
                let o = self.heap.alloc(Object::Map(MapObj::default()));
                self.push(gid, Value::Map(o));
            }
            Op::MakeChan { zero, elem } => {
                let n = self.pop(gid).as_int();
                if !(0..=(1 << 24)).contains(&n) {
                    // Go raises this one as a plainError: no "runtime error: ".
                    return Flow::Panic(Value::str("makechan: size out of range"));
                }
                let z = self.prog.consts[*zero as usize].clone();
                let c = crate::value::ChanObj {
                    cap: n as u32,
                    buf: Default::default(),
                    closed: false,
                    recvq: Default::default(),
                    sendq: Default::default(),
                    elem_zero: z,
                    elem_type: *elem,
                    timer: false,
                };
                let o = self.heap.alloc(Object::Chan(Box::new(c)));
                self.push(gid, Value::Chan(o));
            }
            Op::Append {
                n,
                elem_size,
                stack_buf,
                vague,
                own,
                pointers,
            } => {
                let vals = self.popn_pub(gid, *n as usize);
                let s = self.pop(gid);
                // A grown array of big elements is checked before it is copied (as
                // in `AppendSpread`): each element of `[][1 << 16]int` is 65,536 values.
                let (len, cap) = match &s {
                    Value::Slice(v) => (u64::from(v.len), u64::from(v.cap)),
                    _ => (0, 0),
                };
                let more = vals.len() as u64;
                let per = 2 + vals.first().map_or(0, crate::value::copy_words);
                let need = (len + more).saturating_mul(per);
                let (s, vals) = if len + more > cap && need > 1 << 16 {
                    let mut all = vec![s];
                    all.extend(vals);
                    let mut all = match self.check_keeping(gid, all, need) {
                        Ok(all) => all,
                        Err(f) => return f,
                    };
                    (all.remove(0), all)
                } else {
                    (s, vals)
                };
                if self.grows_loose(&s, vals.len()) {
                    return self.refuse_loose_cap();
                }
                let was = self.vague_before(&s, vals.len(), *own);
                if was == Some(None) {
                    return self.refuse_vague_cap();
                }
                let r = self.append(gid, s, vals, *elem_size, *stack_buf, *pointers);
                self.vague_after(&r, was.flatten(), *vague);
                self.push(gid, r);
                if let Some(f) = self.check_heap() {
                    return f;
                }
            }
            Op::AppendSpread {
                elem_size,
                from_str,
                stack_buf,
                own,
                pointers,
            } => {
                let src = self.pop(gid);
                let s = self.pop(gid);
                // A grown array is checked against the limit before anything is
                // copied: `bb = append(bb, bb...)` took the host past 1.6 GB (the
                // elements, then the new array) before the check after it stopped it.
                let more = match &src {
                    Value::Slice(v) => u64::from(v.len),
                    Value::Str(b) => b.len() as u64,
                    _ => 0,
                };
                let (len, cap) = match &s {
                    Value::Slice(v) => (u64::from(v.len), u64::from(v.cap)),
                    _ => (0, 0),
                };
                let (s, src) = if len + more > cap && (len + more) * 2 > 1 << 16 {
                    let mut both = match self.check_keeping(gid, vec![s, src], (len + more) * 2) {
                        Ok(both) => both,
                        Err(f) => return f,
                    };
                    let src = both.pop().unwrap_or_default();
                    (both.pop().unwrap_or_default(), src)
                } else {
                    (s, src)
                };
                let vals = self.source_elems(&src, *from_str);
                if self.grows_loose(&s, vals.len()) {
                    return self.refuse_loose_cap();
                }
                let was = self.vague_before(&s, vals.len(), *own);
                if was == Some(None) {
                    return self.refuse_vague_cap();
                }
                let r = self.append(gid, s, vals, *elem_size, *stack_buf, *pointers);
                self.vague_after(&r, was.flatten(), false);
                self.push(gid, r);
                if let Some(f) = self.check_heap() {
                    return f;
                }
            }
            Op::Copy { from_str } => {
                let src = self.pop(gid);
                let dst = self.pop(gid);
                let vals = self.source_elems(&src, *from_str);
                let Value::Slice(d) = dst else {
                    self.push(gid, Value::Int(0));
                    return Flow::Next;
                };
                let n = (d.len as usize).min(vals.len());
                if let Object::Array(a) = self.heap.get_mut(d.arr) {
                    for (i, v) in vals.into_iter().take(n).enumerate() {
                        a[d.off as usize + i] = v;
                    }
                }
                self.push(gid, Value::Int(n as i64));
            }
            Op::SliceOf { kind, lo, hi, max } => {
                let mx = if *max {
                    Some(self.pop(gid).as_int())
                } else {
                    None
                };
                let h = if *hi {
                    Some(self.pop(gid).as_int())
                } else {
                    None
                };
                let l = if *lo { self.pop(gid).as_int() } else { 0 };
                let x = self.pop(gid);
                return self.slice_of(gid, *kind, x, l, h, mx);
            }
            Op::ToIface(t) => {
                let v = self.pop(gid);
                self.push(gid, Value::Iface(Rc::new((*t, v))));
            }
            Op::Assert {
                ty,
                iface,
                zero,
                ok,
            } => {
                let v = self.pop(gid);
                let matches = self.dyn_matches_cached(&v, *ty);
                if matches {
                    let out = if self.prog.types.is_interface(*ty) {
                        v
                    } else {
                        match v {
                            Value::Iface(iv) => iv.1.clone(),
                            other => other,
                        }
                    };
                    self.push(gid, out);
                    if *ok {
                        self.push(gid, Value::Bool(true));
                    }
                } else if *ok {
                    let z = self.prog.consts[*zero as usize].clone();
                    self.push(gid, z);
                    self.push(gid, Value::Bool(false));
                } else {
                    return Flow::Panic(self.assertion_error(&v, *iface, *ty));
                }
            }
            Op::TypeIs(t) => {
                let v = self.goroutines[gid as usize - 1]
                    .stack
                    .last()
                    .cloned()
                    .unwrap_or_default();
                let r = if *t == crate::types::ids::UNTYPED_NIL {
                    v.is_nil()
                } else {
                    self.dyn_matches_cached(&v, *t)
                };
                self.push(gid, Value::Bool(r));
            }
            Op::Unwrap => {
                let v = self.pop(gid);
                let inner = match v {
                    Value::Iface(iv) => iv.1.clone(),
                    other => other,
                };
                self.push(gid, inner);
            }
            Op::Print {
                n,
                newline,
                unsigned_or_iface,
                float32_or_slice,
            } => {
                let vals = self.popn_pub(gid, *n as usize);
                let mut out = String::new();
                for (i, v) in vals.iter().enumerate() {
                    if *newline && i > 0 {
                        out.push(' ');
                    }
                    match v {
                        Value::Int(x) if i < 16 && unsigned_or_iface >> i & 1 == 1 => {
                            out.push_str(&(*x as u64).to_string())
                        }
                        Value::Float(f) if i < 16 && float32_or_slice >> i & 1 == 1 => {
                            out.push_str(&crate::library::numfmt::format_float(f.0, b'g', -1, 32))
                        }
                        Value::Nil if i < 16 && unsigned_or_iface >> i & 1 == 1 => {
                            out.push_str("(0x0,0x0)")
                        }
                        Value::Nil if i < 16 && float32_or_slice >> i & 1 == 1 => {
                            out.push_str("[0/0]0x0")
                        }
                        _ => out.push_str(&self.print_builtin(v)),
                    }
                }
                if *newline {
                    out.push('\n');
                }
                self.stderr.extend_from_slice(out.as_bytes());
                self.touch(|| super::footprint::Resource::Output, true);
            }
            Op::NextRune => {
                let i = self.pop(gid).as_int();
                let s = self.pop(gid);
                let b = s.as_bytes();
                let (r, w) = decode_one(&b[(i as usize).min(b.len())..]);
                self.push(gid, Value::Int(i + w as i64));
                self.push(gid, Value::Int(r as i64));
                self.push(gid, Value::Int(i));
            }
            Op::MapEntry { zero } => {
                let serial = self.pop(gid).as_int() as u64;
                let m = self.pop(gid);
                if let Value::Map(o) = m {
                    self.race_access(gid, || super::race::Loc::Map(o), false);
                }
                let found = match m {
                    Value::Map(o) => match self.heap.get(o) {
                        Object::Map(mo) => mo.by_serial(serial).cloned(),
                        _ => None,
                    },
                    _ => None,
                };
                let has = found.is_some();
                let (k, v) =
                    found.unwrap_or_else(|| (Value::Nil, self.prog.consts[*zero as usize].clone()));
                self.push(gid, k);
                self.push(gid, v);
                self.push(gid, Value::Bool(has));
            }
            Op::MapKeys => {
                let m = self.pop(gid);
                let keys: Vec<Value> = match &m {
                    Value::Map(o) => match self.heap.get(*o) {
                        Object::Map(mo) => mo
                            .live_serials()
                            .into_iter()
                            .map(|s| Value::Int(s as i64))
                            .collect(),
                        _ => vec![],
                    },
                    _ => vec![],
                };
                let n = keys.len() as u32;
                let start = self.chooser.choose_map_start(n);
                let mut rotated = keys;
                rotated.rotate_left(start as usize);
                let ks = self.new_slice(rotated, n);
                self.push(gid, Value::Agg(vec![m, ks].into_boxed_slice()));
            }
            _ => {}
        }
        Flow::Next
    }

    /// Checks `need` more words against the heap limit with `keep` back on the
    /// operand stack meanwhile (a collection may run), and hands `keep` back.
    fn check_keeping(&mut self, gid: u32, keep: Vec<Value>, need: u64) -> Result<Vec<Value>, Flow> {
        let k = keep.len();
        self.goroutines[gid as usize - 1].stack.extend(keep);
        if let Some(f) = self.check_heap_for(need) {
            return Err(f);
        }
        Ok(self.popn_pub(gid, k))
    }

    pub(crate) fn popn_pub(&mut self, gid: u32, n: usize) -> Vec<Value> {
        let st = &mut self.goroutines[gid as usize - 1].stack;
        let at = st.len().saturating_sub(n);
        st.split_off(at)
    }

    /// The dynamic type inside key `k` that cannot be hashed, if any: the first interface
    /// (walking struct fields and array elements in order, as Go's hash does) whose
    /// dynamic type is not comparable.
    fn unhashable_in(&self, k: &Value) -> Option<TypeId> {
        match k {
            Value::Iface(iv) if !self.prog.types.comparable(iv.0) => Some(iv.0),
            Value::Iface(iv) => self.unhashable_in(&iv.1),
            Value::Agg(parts) => parts.iter().find_map(|p| self.unhashable_in(p)),
            _ => None,
        }
    }

    /// Go's panic for hashing key `k` when it holds an unhashable type. `empty`: the
    /// map is nil or has no entries; a lookup or delete then fails in the map package
    /// itself, before hashing, with its own wording (`hash of unhashable type: []int`,
    /// no "runtime error").
    fn check_hashable(&self, k: &Value, empty: bool) -> Option<Flow> {
        let t = self.unhashable_in(k)?;
        let name = self.prog.types.name(t);
        Some(if empty {
            // Typed by `start_panic` (the map package's unhashableTypeError).
            Flow::Panic(Value::str(&format!("hash of unhashable type: {name}")))
        } else {
            rt(format!("hash of unhashable type {name}"))
        })
    }

    /// Before appending `n` values to `s`: `None` when `s`'s array is not vague;
    /// `Some(None)` when the append must be refused (another holder's append past
    /// the floor: in place or not depends on Go's capacity); otherwise
    /// `Some(Some((array, end)))`, the array and the length the append reaches in it.
    fn vague_before(&self, s: &Value, n: usize, own: bool) -> Option<Option<(u32, u32)>> {
        let Value::Slice(sv) = s else { return None };
        let floor = self.heap.vague_floor(sv.arr)?;
        let end = sv.off + sv.len + n as u32;
        if !own && n > 0 && end > floor {
            return Some(None);
        }
        Some(Some((sv.arr, end)))
    }

    /// After an append made `r`: a grown array is vague when the append is (`vague`)
    /// or its source was; an append in place raises the source's floor.
    fn vague_after(&mut self, r: &Value, was: Option<(u32, u32)>, vague: bool) {
        let Value::Slice(rv) = r else { return };
        match was {
            Some((arr, end)) if arr == rv.arr => self.heap.set_vague(arr, end),
            Some(_) => self.heap.set_vague(rv.arr, rv.len),
            None if vague => self.heap.set_vague(rv.arr, rv.len),
            None => {}
        }
    }

    /// Stops the run where the capacity of a vague array (`Heap::vague`) would
    /// decide what happens.
    pub(crate) fn refuse_vague_cap(&mut self) -> Flow {
        self.refuse(
            "the capacity of a slice grown by append here (Go's depends on its escape \
             analysis, inlining and stack buffers)",
        )
    }

    /// Whether appending `n` values to `s` would outgrow a loose array's length, where
    /// Go's larger capacity could have taken them in place.
    fn grows_loose(&self, s: &Value, n: usize) -> bool {
        matches!(s, Value::Slice(sv) if sv.len as usize + n > sv.cap as usize
            && self.heap.is_loose(sv.arr))
    }

    fn append(
        &mut self,
        gid: u32,
        s: Value,
        vals: Vec<Value>,
        elem_size: u32,
        stack_buf: bool,
        pointers: bool,
    ) -> Value {
        // Go 1.25+: a non-escaping append that must grow an empty slice uses a 32-byte
        // buffer on the stack when the elements fit, so the capacity is what fits.
        let stack_cap = |need: u32| -> Option<u32> {
            let fits = 32 / elem_size.max(1);
            (stack_buf && elem_size > 0 && need <= fits).then_some(fits)
        };
        let sv = match s {
            Value::Slice(sv) => sv,
            _ => {
                if vals.is_empty() {
                    return Value::Nil;
                }
                let n = vals.len() as u32;
                let cap = stack_cap(n).unwrap_or_else(|| grow_cap(0, n, elem_size, pointers));
                return self.new_slice(vals, cap);
            }
        };
        let need = sv.len + vals.len() as u32;
        if need <= sv.cap {
            // Appending in place writes the array's slots past the old length.
            if self.race.is_some() {
                for i in sv.len..need {
                    let slot = Ref {
                        root: Root::Heap(sv.arr),
                        path: Path::one(sv.off + i),
                    };
                    self.race_access(gid, || super::race::Loc::Mem(slot), true);
                }
            }
            if let Object::Array(a) = self.heap.get_mut(sv.arr) {
                for (i, v) in vals.into_iter().enumerate() {
                    a[(sv.off + sv.len) as usize + i] = v;
                }
            }
            return Value::Slice(SliceVal { len: need, ..sv });
        }
        // Go takes the buffer where the old length is 0, whatever the capacity.
        let cap = match stack_cap(need) {
            Some(c) if sv.len == 0 => c,
            _ => grow_cap(sv.cap, need, elem_size, pointers).max(need),
        };
        let mut elems = self.slice_elems(&Value::Slice(sv));
        elems.extend(vals);
        self.new_slice(elems, cap)
    }

    fn slice_of(
        &mut self,
        gid: u32,
        kind: SeqKind,
        x: Value,
        lo: i64,
        hi: Option<i64>,
        max: Option<i64>,
    ) -> Flow {
        match kind {
            SeqKind::Str => {
                let b = x.as_bytes();
                let h = hi.unwrap_or(b.len() as i64);
                if let Err(e) = slice_bounds(lo, h, None, b.len() as i64, "length") {
                    return rt(e);
                }
                // The engine copies the bytes (Go shares them).
                self.heap.made += (h - lo) as u64 / 8;
                let v = Value::bytes(&b[lo as usize..h as usize]);
                self.push(gid, v);
            }
            SeqKind::Slice | SeqKind::ArrayRef(_) => {
                let sv = match (kind, &x) {
                    (SeqKind::Slice, Value::Slice(sv)) => *sv,
                    (SeqKind::Slice, _) => SliceVal {
                        arr: u32::MAX,
                        off: 0,
                        len: 0,
                        cap: 0,
                    },
                    (SeqKind::ArrayRef(n), Value::Ptr(r)) => {
                        // Slicing an array in place: move the array into a heap array
                        // object is not possible without aliasing; arrays that are
                        // sliced live in cells, so copy-on-slice is wrong. We store the
                        // array's elements as an Array object and point the cell at it.
                        match self.array_backing(gid, r, n) {
                            Ok(sv) => sv,
                            Err(f) => return f,
                        }
                    }
                    _ => return rt("invalid memory address or nil pointer dereference"),
                };
                let h = hi.unwrap_or(sv.len as i64);
                let m = max.unwrap_or(sv.cap as i64);
                // Within the array's length both capacities agree; past it, Go's may
                // be larger.
                if (h > sv.cap as i64 || m > sv.cap as i64) && self.heap.is_loose(sv.arr) {
                    return self.refuse_loose_cap();
                }
                // A vague array's capacity is known to reach its floor only.
                if let Some(floor) = self.heap.vague_floor(sv.arr) {
                    let known = floor.saturating_sub(sv.off) as i64;
                    if h > known || (max.is_some() && m > known) {
                        return self.refuse_vague_cap();
                    }
                }
                if let Err(e) = slice_bounds(lo, h, max.map(|_| m), sv.cap as i64, "capacity") {
                    return rt(e);
                }
                if sv.arr == u32::MAX {
                    self.push(gid, Value::Nil);
                    return Flow::Next;
                }
                self.push(
                    gid,
                    Value::Slice(SliceVal {
                        arr: sv.arr,
                        off: sv.off + lo as u32,
                        len: (h - lo) as u32,
                        cap: (m - lo) as u32,
                    }),
                );
            }
            _ => {}
        }
        Flow::Next
    }

    /// Gives an addressable array a heap array object as its storage, so slices of it
    /// alias it: the array's cell is rewritten to refer to that object.
    fn array_backing(&mut self, gid: u32, r: &Ref, n: u32) -> Result<SliceVal, Flow> {
        // An array that is itself an element run of an Array object (a nested path)
        // or a whole cell: move its elements into a new Array object, and keep the
        // original location as an alias marker.
        if let Root::Heap(o) = r.root {
            if r.path.is_empty() {
                if let Object::Cell(Value::Agg(elems)) = self.heap.get(o) {
                    let elems = elems.to_vec();
                    // Convert the cell into an array object in place: reads through
                    // refs with an empty path then see an Array; load_ref handles that.
                    *self.heap.get_mut(o) = Object::Array(elems);
                    return Ok(SliceVal {
                        arr: o,
                        off: 0,
                        len: n,
                        cap: n,
                    });
                }
                if let Object::Array(_) = self.heap.get(o) {
                    return Ok(SliceVal {
                        arr: o,
                        off: 0,
                        len: n,
                        cap: n,
                    });
                }
            }
        }
        // Any other array (a package variable, a struct field, an array element) is a
        // value inside a larger one: a heap array made from it would be a copy, and
        // writes through the slice would not reach the array (Go's `g[:]` shares g's
        // memory). Refused rather than answered wrong.
        let _ = (gid, n);
        let what = match (&r.root, r.path.is_empty()) {
            (Root::Global(_), true) => "a package-level array",
            _ => "an array inside a struct or another array",
        };
        Err(self.refuse(&format!(
            "slicing {what} (the slice would not share its memory)"
        )))
    }

    /// Whether interface value `v` holds a value of type `t` (or implements `t`).
    pub(crate) fn dyn_matches(&self, v: &Value, t: TypeId) -> bool {
        let Value::Iface(iv) = v else { return false };
        if iv.0 == t {
            return true;
        }
        let types = &self.prog.types;
        types.is_interface(t) && missing_method(types, iv.0, t).is_none()
    }

    /// [`Self::dyn_matches`] as an assertion or type switch does it: a non-empty
    /// interface target goes through the itab cache (Go's `getitab`), so the cache
    /// fills as the program runs.
    fn dyn_matches_cached(&mut self, v: &Value, t: TypeId) -> bool {
        let Value::Iface(iv) = v else { return false };
        if iv.0 == t {
            return true;
        }
        let types = &self.prog.types;
        if !types.is_interface(t) {
            return false;
        }
        if types.iface_methods(t).is_empty() {
            return true;
        }
        self.itabs.get(types, t, iv.0).0.implements()
    }

    /// The panic value of a failed `x.(want)` where `x` has static interface type
    /// `iface`, worded as Go's `runtime.TypeAssertionError`: a concrete target names
    /// the static interface (`main.Shape is main.Rect, not *main.Circle`, `interface {}`
    /// for an empty one); an interface target names no static type when `x` is nil
    /// (`interface is nil, not main.I`) and the first missing method, in name order,
    /// otherwise. Equal spellings of different types get Go's "(types from different
    /// scopes)" note.
    fn assertion_error(&self, v: &Value, iface: TypeId, want: TypeId) -> Value {
        let types = &self.prog.types;
        let as_name = types.name(want);
        let inter = if types.is_interface(want) {
            "interface".to_string()
        } else {
            types.name(iface)
        };
        let msg = match v {
            Value::Iface(iv) => {
                let concrete = types.name(iv.0);
                match types
                    .is_interface(want)
                    .then(|| missing_method(types, iv.0, want))
                    .flatten()
                {
                    Some(m) => format!(
                        "interface conversion: {concrete} is not {as_name}: missing method {m}"
                    ),
                    None => {
                        let mut m =
                            format!("interface conversion: {inter} is {concrete}, not {as_name}");
                        if concrete == as_name {
                            // Every user type lives in package main: same spelling, other scope.
                            m.push_str(" (types from different scopes)");
                        }
                        m
                    }
                }
            }
            _ => format!("interface conversion: {inter} is nil, not {as_name}"),
        };
        // A bare string: `start_panic` makes it the runtime's value, of Go's type
        // for its text (`*runtime.TypeAssertionError`).
        Value::str(&msg)
    }

    /// Go's `==` for values of the same static type (and interfaces).
    pub(crate) fn deep_eq(&self, a: &Value, b: &Value) -> Result<bool, Flow> {
        Ok(match (a, b) {
            (Value::Iface(x), Value::Iface(y)) => {
                if x.0 != y.0 {
                    return Ok(false);
                }
                if !self.prog.types.comparable(x.0) {
                    return Err(rt(format!(
                        "comparing uncomparable type {}",
                        self.prog.types.name(x.0)
                    )));
                }
                self.deep_eq(&x.1, &y.1)?
            }
            (Value::Float(x), Value::Float(y)) => x.0 == y.0,
            (Value::Agg(x), Value::Agg(y)) => {
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.deep_eq(p, q)? {
                        return Ok(false);
                    }
                }
                true
            }
            (Value::Ptr(x), Value::Ptr(y)) => x == y,
            _ => a == b,
        })
    }

    /// How the `print`/`println` builtins write a value.
    fn print_builtin(&self, v: &Value) -> String {
        match v {
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format_print_float(f.0),
            Value::Str(s) => String::from_utf8_lossy(s).into_owned(),
            Value::Nil => "0x0".into(),
            Value::Iface(iv) => format!("({},0x{:x})", self.prog.types.name(iv.0), 0xc000010000u64),
            _ => "0xc000010000".into(),
        }
    }
}

/// `print(f)` for a float64. Since Go 1.25 the runtime prints floats as
/// `strconv.FormatFloat(f, 'g', -1, 64)` does (`0.1`, `1e+100`, `+Inf`), no longer as
/// `+1.000000e-001`.
pub(crate) fn format_print_float(f: f64) -> String {
    crate::library::numfmt::format_float(f, b'g', -1, 64)
}

fn walk<'a>(mut v: &'a Value, path: &[u32]) -> &'a Value {
    for i in path {
        v = match v {
            Value::Agg(fs) => match fs.get(*i as usize) {
                Some(x) => x,
                None => return v,
            },
            _ => return v,
        };
    }
    v
}

fn walk_mut<'a>(v: &'a mut Value, path: &[u32]) -> &'a mut Value {
    let Some((first, rest)) = path.split_first() else {
        return v;
    };
    let ok = matches!(v, Value::Agg(fs) if (*first as usize) < fs.len());
    if !ok {
        return v;
    }
    match v {
        Value::Agg(fs) => walk_mut(&mut fs[*first as usize], rest),
        other => other,
    }
}

fn zero_like(v: &Value) -> Value {
    match v {
        Value::Bool(_) => Value::Bool(false),
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(F64(0.0)),
        Value::Str(_) => Value::str(""),
        Value::Agg(fs) => Value::Agg(fs.iter().map(zero_like).collect()),
        _ => Value::Nil,
    }
}

/// Whether concatenating `a` and `b` makes a string short enough to need no check
/// against the memory limit (the interpreter's fast paths take only those).
pub(super) fn small_concat(a: &Value, b: &Value) -> bool {
    a.as_bytes().len() + b.as_bytes().len() <= 1 << 16
}

pub(super) fn arith(op: BinaryOp, kind: NumKind, a: &Value, b: &Value) -> Result<Value, Flow> {
    use BinaryOp::*;
    Ok(match kind {
        NumKind::Str => {
            let mut s = a.as_bytes().to_vec();
            s.extend_from_slice(b.as_bytes());
            Value::bytes(&s)
        }
        NumKind::Float | NumKind::Float32 => {
            let (x, y) = (a.as_f64(), b.as_f64());
            let r = match op {
                Add => x + y,
                Sub => x - y,
                Mul => x * y,
                Div => x / y,
                _ => 0.0,
            };
            Value::Float(F64(if kind == NumKind::Float32 {
                r as f32 as f64
            } else {
                r
            }))
        }
        NumKind::Int(k) => {
            let (x, y) = (a.as_int(), b.as_int());
            let signed = k.signed();
            let r = match op {
                Add => x.wrapping_add(y),
                Sub => x.wrapping_sub(y),
                Mul => x.wrapping_mul(y),
                Div | Rem => {
                    if y == 0 {
                        return Err(rt("integer divide by zero"));
                    }
                    if signed {
                        if op == Div {
                            x.wrapping_div(y)
                        } else {
                            x.wrapping_rem(y)
                        }
                    } else {
                        let (ux, uy) = (x as u64, y as u64);
                        (if op == Div { ux / uy } else { ux % uy }) as i64
                    }
                }
                And => x & y,
                Or => x | y,
                Xor => x ^ y,
                AndNot => x & !y,
                Shl | Shr => {
                    if y < 0 {
                        return Err(rt("negative shift amount"));
                    }
                    let bits = k.bits() as i64;
                    if op == Shl {
                        if y >= 64 {
                            0
                        } else {
                            x.wrapping_shl(y as u32)
                        }
                    } else if signed {
                        x >> y.min(63)
                    } else {
                        let ux = (x as u64)
                            & if bits == 64 {
                                u64::MAX
                            } else {
                                (1u64 << bits) - 1
                            };
                        if y >= 64 {
                            0
                        } else {
                            (ux >> y) as i64
                        }
                    }
                }
                _ => 0,
            };
            Value::Int(k.wrap(r))
        }
    })
}

fn compare_lt(kind: NumKind, a: &Value, b: &Value) -> Option<bool> {
    Some(match kind {
        NumKind::Int(k) if !k.signed() => (a.as_int() as u64) < (b.as_int() as u64),
        NumKind::Int(_) => a.as_int() < b.as_int(),
        NumKind::Float | NumKind::Float32 => a.as_f64() < b.as_f64(),
        NumKind::Str => a.as_bytes() < b.as_bytes(),
    })
}

pub(super) fn cmp_basic(op: BinaryOp, kind: CmpKind, a: &Value, b: &Value) -> bool {
    use std::cmp::Ordering;
    let ord = match kind {
        CmpKind::Signed => a.as_int().cmp(&b.as_int()),
        CmpKind::Unsigned => (a.as_int() as u64).cmp(&(b.as_int() as u64)),
        CmpKind::Str => a.as_bytes().cmp(b.as_bytes()),
        CmpKind::Float => {
            let (x, y) = (a.as_f64(), b.as_f64());
            match x.partial_cmp(&y) {
                Some(o) => o,
                None => return op == BinaryOp::Ne,
            }
        }
        CmpKind::Deep => return (a == b) == (op == BinaryOp::Eq),
    };
    match op {
        BinaryOp::Eq => ord == Ordering::Equal,
        BinaryOp::Ne => ord != Ordering::Equal,
        BinaryOp::Lt => ord == Ordering::Less,
        BinaryOp::Le => ord != Ordering::Greater,
        BinaryOp::Gt => ord == Ordering::Greater,
        BinaryOp::Ge => ord != Ordering::Less,
        _ => false,
    }
}

/// Decodes one UTF-8 rune as Go does: invalid bytes give U+FFFD with width 1.
pub fn decode_one(b: &[u8]) -> (u32, usize) {
    if b.is_empty() {
        return (0xFFFD, 0);
    }
    let n = match b[0] {
        0x00..=0x7F => return (b[0] as u32, 1),
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (0xFFFD, 1),
    };
    if b.len() < n {
        return (0xFFFD, 1);
    }
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => (s.chars().next().map(|c| c as u32).unwrap_or(0xFFFD), n),
        Err(_) => (0xFFFD, 1),
    }
}

pub fn decode_runes(b: &[u8]) -> Vec<(u32, usize)> {
    let mut out = vec![];
    let mut i = 0;
    while i < b.len() {
        let (r, w) = decode_one(&b[i..]);
        out.push((r, i));
        i += w.max(1);
    }
    out
}

#[allow(dead_code)]
fn _kinds(_: IntKind) {}

/// How many scalars a value holds, arrays and structs flattened (at least 1).
/// Whether `a` and `b` are interfaces holding non-nil pointers of one type whose
/// target has size zero.
fn zero_size_pointers(types: &crate::types::TypeTable, a: &Value, b: &Value) -> bool {
    let (Value::Iface(x), Value::Iface(y)) = (a, b) else {
        return false;
    };
    if x.0 != y.0 || !matches!((&x.1, &y.1), (Value::Ptr(_), Value::Ptr(_))) {
        return false;
    }
    match types.ukind(x.0) {
        crate::types::TypeKind::Pointer(e) => types.size_of(*e) == 0,
        _ => false,
    }
}

/// Whether a zero value holds anything but empty structs and arrays: whether its
/// type's size is not zero.
fn has_scalar(v: &Value) -> bool {
    match v {
        Value::Agg(vs) => vs.iter().any(has_scalar),
        _ => true,
    }
}

fn agg_len(v: &Value) -> u64 {
    match v {
        Value::Agg(vs) => vs.iter().map(agg_len).fold(1, u64::saturating_add),
        _ => 1,
    }
}

/// Go's checks of `x[lo:h]` and `x[lo:h:max]` (`max` given), in Go's order, with its
/// boundsError texts: the highest index given must be in `0..=limit` (a string's
/// length or a slice's capacity, named by `what`), each index at most the next. A
/// negative index is named without the bound.
fn slice_bounds(lo: i64, h: i64, max: Option<i64>, limit: i64, what: &str) -> Result<(), String> {
    let out = |index: String| Err(format!("slice bounds out of range [{index}]"));
    let beyond = |index: String| {
        Err(format!(
            "slice bounds out of range [{index}] with {what} {limit}"
        ))
    };
    let (h_tail, lo_tail) = match max {
        Some(m) if m < 0 => return out(format!("::{m}")),
        Some(m) if m > limit => return beyond(format!("::{m}")),
        Some(m) if h > m => return out(format!(":{h}:{m}")),
        Some(_) => (":", "::"),
        None if h > limit => return beyond(format!(":{h}")),
        None => ("", ":"),
    };
    if h < 0 {
        return out(format!(":{h}{h_tail}"));
    }
    if lo < 0 {
        return out(format!("{lo}{lo_tail}"));
    }
    if lo > h {
        return out(format!("{lo}:{h}{h_tail}"));
    }
    Ok(())
}

/// Go's conversion of a float64 to an integer kind as a linux/amd64 binary does it
/// (the spec leaves out-of-range values to the implementation): the truncating SSE
/// conversions, which give the "integer indefinite" value (the lowest integer of
/// their width) for NaN and out-of-range values. int and int64 use the 64-bit one;
/// int32, int16, int8, uint16 and uint8 the 32-bit one, then keep the low bits;
/// uint32 the 64-bit one, then keeps the low bits; uint64, uint and uintptr the
/// 64-bit one below 2^63 and, from 2^63 up, on f - 2^63 with the top bit set.
/// Rust's `as` saturates instead (1e19 as i64 is i64::MAX; Go prints
/// -9223372036854775808).
pub(crate) fn float_to_int(f: f64, k: IntKind) -> i64 {
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    fn cvt64(f: f64) -> i64 {
        let t = f.trunc();
        if (-TWO63..TWO63).contains(&t) {
            t as i64
        } else {
            i64::MIN
        }
    }
    fn cvt32(f: f64) -> i64 {
        let t = f.trunc();
        if (-2_147_483_648.0..2_147_483_648.0).contains(&t) {
            t as i64
        } else {
            i64::from(i32::MIN)
        }
    }
    use IntKind::*;
    match k {
        Int | Int64 => cvt64(f),
        Int32 | Int16 | Int8 | Uint16 | Uint8 => k.wrap(cvt32(f)),
        Uint32 => k.wrap(cvt64(f)),
        Uint | Uint64 | Uintptr => {
            if f >= TWO63 {
                cvt64(f - TWO63) | i64::MIN
            } else {
                cvt64(f)
            }
        }
    }
}
