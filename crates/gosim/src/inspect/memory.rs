//! The memory view: interface values as Go lays them out (go-facts.md §10), for the
//! widget's memory panel.
//!
//! An `eface` (`any`, `interface{}`) is a type word and a data word; an `iface` (an
//! interface with methods) is an itab pointer and a data word. The data word holds the
//! value itself when the dynamic type is pointer-shaped (Go's `TFlagDirectIface`:
//! pointers, maps, channels, funcs, and one-element structs and arrays of those) and
//! otherwise points to a copy. Where that copy lives is the compiler's choice (read-only
//! data for a constant, the stack when the conversion does not escape, the heap through
//! `convT*` otherwise), so the view names only the places that are certain: bytes and
//! bools always point into `staticuint64s`, zero-size values at `zerobase`, and it says
//! which allocation-free shortcut the runtime's `convT*` would take (`staticuint64s`
//! for a value below 256, `zeroVal` for `""` and a nil slice).
//!
//! Everything is typed: the widget draws the boxes and their text descriptions from
//! these values and parses nothing. The itab cache ([`crate::vm::itab`]) is listed with
//! the lookups counted, so the reader can watch it fill.

use crate::types::{TypeId, TypeKind, TypeTable};
use crate::value::Value;
use crate::vm::itab::Itab;
use crate::vm::Machine;

/// The chosen variables drawn as words, and the itab cache.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemoryView {
    pub vars: Vec<VarWords>,
    /// The runtime's itab cache, in the order entries were made by type ids.
    pub itabs: Vec<ItabView>,
    pub hits: u64,
    pub misses: u64,
}

/// One variable: its name, static type and words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VarWords {
    pub name: String,
    pub type_name: String,
    pub words: Words,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Words {
    /// Not an interface: its value as `%v` prints it.
    Plain { value: String },
    /// `any`: the type word (`None`: nil) and the data word.
    Eface {
        type_word: Option<TypeDesc>,
        data: DataWord,
    },
    /// An interface with methods: the itab word (`None`: nil) and the data word.
    Iface {
        tab: Option<ItabView>,
        data: DataWord,
    },
    /// A `reflect.Value`: its type, pointer and flag words, decoded (see
    /// [`crate::inspect::reflect_value`]), so settability is something to see.
    Reflect(crate::inspect::ReflectValueView),
}

impl Words {
    /// Whether both words are zero: only then does `x == nil` hold.
    pub fn is_nil(&self) -> bool {
        matches!(
            self,
            Words::Eface {
                type_word: None,
                ..
            } | Words::Iface { tab: None, .. }
        )
    }
}

/// A type descriptor (`*abi.Type`) as the panel shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeDesc {
    /// Go's name (`*main.MyErr`, `int`).
    pub name: String,
    /// Go's kind (`ptr`, `int`, `struct`).
    pub kind: String,
    /// Pointer-shaped: the data word holds the value itself.
    pub direct: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataWord {
    /// The interface is nil: the data word is zero too.
    Nil,
    /// The value itself (a pointer-shaped type); `nil` when it is a nil pointer, map,
    /// channel or func.
    Direct { value: String, nil: bool },
    /// A pointer to a copy of the value.
    Indirect { value: String, place: Place },
}

/// Where the data word of a non-pointer-shaped value points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Always, for a bool or a one-byte integer: `&staticuint64s[n]`.
    StaticUint64s(u8),
    /// A zero-size value: `&zerobase`.
    ZeroBase,
    /// A copy (read-only data, stack or heap: the compiler's escape analysis decides);
    /// with the runtime's allocation-free shortcut when `convT*` would take one.
    Copy(Option<Shortcut>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// `convT16/32/64` of a value below 256: `&staticuint64s[n]`.
    StaticUint64s(u8),
    /// `convTstring` of `""`, `convTslice` of a nil slice: `&zeroVal`.
    ZeroVal,
}

/// An itab: the pair it answers for and its method table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItabView {
    pub inter: String,
    pub concrete: String,
    pub hash: u32,
    /// `fun[k]`: the interface's methods in name order and the function each runs.
    /// Empty for a cached "does not implement" (Go's `fun[0] == 0`).
    pub fun: Vec<FunSlot>,
    /// The first missing method of a negative entry.
    pub missing: Option<String>,
    /// Whether the runtime's itab cache holds it: those the compiler built for the
    /// program's own code from startup, others once `getitab` added them. One that is
    /// not there was built by the compiler for code outside the program (the library).
    pub cached: bool,
    /// Built by the compiler and added at startup (Go's `itabsinit`), not by `getitab`.
    pub from_binary: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunSlot {
    pub method: String,
    /// The function's name (`main.(*MyErr).Error`).
    pub func: String,
}

/// The view of `vars` (name, static type, value) and of the machine's itab cache.
pub fn memory(m: &Machine, vars: &[(String, TypeId, Value)]) -> MemoryView {
    let types = &m.prog.types;
    MemoryView {
        vars: vars
            .iter()
            .map(|(name, ty, v)| VarWords {
                name: name.clone(),
                type_name: types.name(*ty),
                words: words(m, *ty, v),
            })
            .collect(),
        itabs: m.itabs.entries().map(|i| itab_view(m, i, true)).collect(),
        hits: m.itabs.hits,
        misses: m.itabs.misses,
    }
}

fn words(m: &Machine, ty: TypeId, v: &Value) -> Words {
    if let Some(view) = crate::inspect::reflect_value(m, ty, v) {
        return Words::Reflect(view);
    }
    let types = &m.prog.types;
    if !types.is_interface(ty) {
        return Words::Plain {
            value: m.value_text(ty, v),
        };
    }
    let held = match v {
        Value::Iface(iv) => Some((iv.0, &iv.1)),
        _ => None,
    };
    let data = match held {
        None => DataWord::Nil,
        Some((t, inner)) => data_word(m, t, inner),
    };
    if types.iface_methods(ty).is_empty() {
        Words::Eface {
            type_word: held.map(|(t, _)| TypeDesc {
                name: types.name(t),
                kind: types.kind_word(t),
                direct: direct(types, t),
            }),
            data,
        }
    } else {
        let tab = held.map(|(t, _)| match m.itabs.peek(ty, t) {
            Some(i) => itab_view(m, i, true),
            None => itab_view(m, &crate::vm::itab::build(types, ty, t), false),
        });
        Words::Iface { tab, data }
    }
}

fn itab_view(m: &Machine, i: &Itab, cached: bool) -> ItabView {
    let types = &m.prog.types;
    ItabView {
        inter: types.name(i.inter),
        concrete: types.name(i.concrete),
        hash: i.hash,
        fun: i
            .fun
            .iter()
            .map(|f| FunSlot {
                method: f.name.to_string(),
                func: m
                    .prog
                    .funcs
                    .get(f.func as usize)
                    .map(|x| x.name.clone())
                    .unwrap_or_else(|| format!("promoted {}", f.name)),
            })
            .collect(),
        missing: i.missing.as_ref().map(|s| s.to_string()),
        cached,
        from_binary: i.from_binary,
    }
}

pub(crate) fn data_word(m: &Machine, t: TypeId, v: &Value) -> DataWord {
    let types = &m.prog.types;
    let value = m.value_text(t, v);
    if direct(types, t) {
        let nil = matches!(v, Value::Nil);
        return DataWord::Direct { value, nil };
    }
    let place = if zero_size(types, t) {
        Place::ZeroBase
    } else {
        match types.ukind(t) {
            TypeKind::Bool => Place::StaticUint64s(u8::from(matches!(v, Value::Bool(true)))),
            TypeKind::Int(k) if k.bits() == 8 => Place::StaticUint64s(v.as_int() as u8),
            _ => Place::Copy(shortcut(types, t, v)),
        }
    };
    DataWord::Indirect { value, place }
}

/// The allocation-free case `convT16/32/64`, `convTstring` or `convTslice` would take.
fn shortcut(types: &TypeTable, t: TypeId, v: &Value) -> Option<Shortcut> {
    match (types.ukind(t), v) {
        (TypeKind::Int(_), Value::Int(n)) => (0..256)
            .contains(n)
            .then_some(Shortcut::StaticUint64s(*n as u8)),
        // convT64 compares the bits as an integer: only +0.0 (and the smallest
        // subnormals) fall below 256.
        (TypeKind::Float64, Value::Float(f)) => {
            let bits = f.0.to_bits();
            (bits < 256).then_some(Shortcut::StaticUint64s(bits as u8))
        }
        (TypeKind::Float32, Value::Float(f)) => {
            let bits = (f.0 as f32).to_bits();
            (bits < 256).then_some(Shortcut::StaticUint64s(bits as u8))
        }
        (TypeKind::String, Value::Str(s)) => s.is_empty().then_some(Shortcut::ZeroVal),
        (TypeKind::Slice(_), Value::Nil) => Some(Shortcut::ZeroVal),
        // A struct or array whose only component is a string or slice takes the
        // same path (Go's SoleComponent).
        (TypeKind::Struct(fs), Value::Agg(a)) if fs.len() == 1 && a.len() == 1 => {
            sole(types, fs[0].ty, &a[0])
        }
        (TypeKind::Array(1, e), Value::Agg(a)) if a.len() == 1 => sole(types, *e, &a[0]),
        _ => None,
    }
}

fn sole(types: &TypeTable, t: TypeId, v: &Value) -> Option<Shortcut> {
    match types.ukind(t) {
        TypeKind::String | TypeKind::Slice(_) | TypeKind::Struct(_) | TypeKind::Array(..) => {
            shortcut(types, t, v)
        }
        _ => None,
    }
}

/// Go's `IsDirectIface`: the value fits the data word itself.
pub fn direct(types: &TypeTable, t: TypeId) -> bool {
    match types.ukind(t) {
        TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => true,
        TypeKind::Struct(fs) => fs.len() == 1 && direct(types, fs[0].ty),
        TypeKind::Array(1, e) => direct(types, *e),
        _ => false,
    }
}

fn zero_size(types: &TypeTable, t: TypeId) -> bool {
    match types.ukind(t) {
        TypeKind::Struct(fs) => fs.iter().all(|f| zero_size(types, f.ty)),
        TypeKind::Array(n, e) => *n == 0 || zero_size(types, *e),
        _ => false,
    }
}
