//! Go's types as the checker and the runtime see them.
//!
//! Every type lives in one [`TypeTable`] and is named by a [`TypeId`]. Structural types
//! (slices, maps, funcs, ...) are interned, so two spellings of `[]int` get the same id
//! and type identity is id equality. Named types (`type Point struct{...}`, `error`) are
//! never interned: each declaration makes a new one, as in Go.

use crate::library::runeclass::{is_digit, is_letter};
use std::collections::HashMap;
use std::rc::Rc;

pub use crate::syntax::ast::ChanDir;

pub type TypeId = u32;

/// The integer kinds. Values of every integer kind are held as `i64` at run time; the
/// kind says how to wrap them after arithmetic and how to compare and print them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntKind {
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
}

impl IntKind {
    #[inline]
    pub fn signed(self) -> bool {
        matches!(
            self,
            IntKind::Int | IntKind::Int8 | IntKind::Int16 | IntKind::Int32 | IntKind::Int64
        )
    }
    #[inline]
    pub fn bits(self) -> u32 {
        match self {
            IntKind::Int8 | IntKind::Uint8 => 8,
            IntKind::Int16 | IntKind::Uint16 => 16,
            IntKind::Int32 | IntKind::Uint32 => 32,
            _ => 64,
        }
    }
    /// Truncates `v` to this kind's width, sign- or zero-extending back to 64 bits.
    #[inline]
    pub fn wrap(self, v: i64) -> i64 {
        match self.bits() {
            64 => v,
            b => {
                let shift = 64 - b;
                if self.signed() {
                    (v << shift) >> shift
                } else {
                    ((v as u64) << shift >> shift) as i64
                }
            }
        }
    }
    /// Whether the mathematical value `v` is representable in this kind.
    pub fn fits(self, v: i128) -> bool {
        let b = self.bits();
        if self.signed() {
            let lim = 1i128 << (b - 1);
            v >= -lim && v < lim
        } else {
            v >= 0 && v < (1i128 << b)
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            IntKind::Int => "int",
            IntKind::Int8 => "int8",
            IntKind::Int16 => "int16",
            IntKind::Int32 => "int32",
            IntKind::Int64 => "int64",
            IntKind::Uint => "uint",
            IntKind::Uint8 => "uint8",
            IntKind::Uint16 => "uint16",
            IntKind::Uint32 => "uint32",
            IntKind::Uint64 => "uint64",
            IntKind::Uintptr => "uintptr",
        }
    }
}

/// The kinds of untyped constants, ordered as Go orders them for mixed expressions
/// (an untyped int plus an untyped float is an untyped float).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UntypedKind {
    Bool,
    Int,
    Rune,
    Float,
    String,
    Nil,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: Rc<str>,
    pub ty: TypeId,
    pub embedded: bool,
    /// The struct tag (`json:"name,omitempty"`), empty when there is none. Part of
    /// the type's identity, as in Go: structs that differ only in a tag differ.
    pub tag: Rc<str>,
}

impl Field {
    pub fn exported(&self) -> bool {
        self.name.chars().next().is_some_and(|c| c.is_uppercase())
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`, held as a `[]T`.
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IfaceMethod {
    pub name: Rc<str>,
    /// A `Func` type.
    pub sig: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Bool,
    Int(IntKind),
    Float64,
    /// A float64 value rounded to float32 after every operation.
    Float32,
    String,
    Untyped(UntypedKind),
    /// `unsafe.Pointer`-free world: pointers only point at Go values.
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Func(Signature),
    Struct(Vec<Field>),
    /// Methods sorted by name (Go's method set order).
    Interface(Vec<IfaceMethod>),
    /// Several results of a call, used only in checking.
    Tuple(Vec<TypeId>),
    /// A declared type: `pkg.name`, with an underlying type filled in after declaration.
    Named(Box<NamedType>),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NamedType {
    /// The package path's last element ("main", "errors", "time", "sync"), empty for
    /// predeclared names such as `error`.
    pub pkg: Rc<str>,
    pub name: Rc<str>,
    pub underlying: TypeId,
    /// Methods declared on this type, in declaration order.
    pub methods: Vec<MethodDecl>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MethodDecl {
    pub name: Rc<str>,
    /// The function that implements it (its first parameter is the receiver).
    pub func: u32,
    pub pointer_recv: bool,
    /// The method's signature without the receiver.
    pub sig: TypeId,
}

/// A member found by selector lookup, with the embedded fields walked to reach it.
#[derive(Clone, Debug)]
pub enum Member {
    Field {
        path: Vec<(u32, bool)>,
        ty: TypeId,
    },
    Method {
        path: Vec<(u32, bool)>,
        func: u32,
        pointer_recv: bool,
        sig: TypeId,
    },
    IfaceMethod {
        path: Vec<(u32, bool)>,
        name: String,
        sig: TypeId,
    },
}

/// Ids of the predeclared types, fixed by [`TypeTable::new`].
pub mod ids {
    use super::TypeId;
    pub const INVALID: TypeId = 0;
    pub const BOOL: TypeId = 1;
    pub const INT: TypeId = 2;
    pub const INT8: TypeId = 3;
    pub const INT16: TypeId = 4;
    pub const INT32: TypeId = 5;
    pub const INT64: TypeId = 6;
    pub const UINT: TypeId = 7;
    pub const UINT8: TypeId = 8;
    pub const UINT16: TypeId = 9;
    pub const UINT32: TypeId = 10;
    pub const UINT64: TypeId = 11;
    pub const UINTPTR: TypeId = 12;
    pub const FLOAT64: TypeId = 13;
    pub const STRING: TypeId = 14;
    pub const UNTYPED_BOOL: TypeId = 15;
    pub const UNTYPED_INT: TypeId = 16;
    pub const UNTYPED_RUNE: TypeId = 17;
    pub const UNTYPED_FLOAT: TypeId = 18;
    pub const UNTYPED_STRING: TypeId = 19;
    pub const UNTYPED_NIL: TypeId = 20;
    /// `interface{}` / `any`.
    pub const ANY: TypeId = 21;
    /// The predeclared `error` interface (named).
    pub const ERROR: TypeId = 22;
    /// The empty tuple: what a call of a function without results has.
    pub const VOID: TypeId = 23;
    pub const FLOAT32: TypeId = 26;
}

#[derive(Clone, Debug, Default)]
pub struct TypeTable {
    types: Vec<TypeKind>,
    interned: HashMap<TypeKind, TypeId>,
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable::default();
        use IntKind::*;
        let prims = [
            TypeKind::Tuple(vec![]), // INVALID placeholder
            TypeKind::Bool,
            TypeKind::Int(Int),
            TypeKind::Int(Int8),
            TypeKind::Int(Int16),
            TypeKind::Int(Int32),
            TypeKind::Int(Int64),
            TypeKind::Int(Uint),
            TypeKind::Int(Uint8),
            TypeKind::Int(Uint16),
            TypeKind::Int(Uint32),
            TypeKind::Int(Uint64),
            TypeKind::Int(Uintptr),
            TypeKind::Float64,
            TypeKind::String,
            TypeKind::Untyped(UntypedKind::Bool),
            TypeKind::Untyped(UntypedKind::Int),
            TypeKind::Untyped(UntypedKind::Rune),
            TypeKind::Untyped(UntypedKind::Float),
            TypeKind::Untyped(UntypedKind::String),
            TypeKind::Untyped(UntypedKind::Nil),
            TypeKind::Interface(vec![]),
        ];
        for (i, k) in prims.into_iter().enumerate() {
            if i == 0 {
                t.types.push(k);
            } else {
                t.intern(k);
            }
        }
        // The fixed ids come first; `error`'s underlying interface{ Error() string }
        // is interned after them and filled in.
        let e = t.new_named("", "error", ids::INVALID);
        debug_assert_eq!(e, ids::ERROR);
        let v = t.intern(TypeKind::Tuple(vec![]));
        debug_assert_eq!(v, ids::VOID);
        let err_sig = t.intern(TypeKind::Func(Signature {
            params: vec![],
            results: vec![ids::STRING],
            variadic: false,
        }));
        let err_iface = t.intern(TypeKind::Interface(vec![IfaceMethod {
            name: "Error".into(),
            sig: err_sig,
        }]));
        t.set_underlying(ids::ERROR, err_iface);
        let f32 = t.intern(TypeKind::Float32);
        debug_assert_eq!(f32, ids::FLOAT32);
        t
    }

    pub fn intern(&mut self, k: TypeKind) -> TypeId {
        if let Some(&id) = self.interned.get(&k) {
            return id;
        }
        let id = self.types.len() as TypeId;
        self.types.push(k.clone());
        self.interned.insert(k, id);
        id
    }

    /// The id of an already interned structural type, if any (what reflect may use
    /// at run time, when the table can no longer grow).
    pub fn find(&self, k: &TypeKind) -> Option<TypeId> {
        self.interned.get(k).copied()
    }

    /// The exported methods in the method set of `t` (value-receiver methods for T,
    /// all for *T, methods promoted through embedded fields as the selector rules
    /// find them), sorted by name: what reflect's `Type.Method(i)` numbers. Each is
    /// the name, the implementing function and the signature without receiver.
    pub fn method_set(&self, t: TypeId) -> Vec<(Rc<str>, u32, TypeId)> {
        if self.is_interface(t) {
            return self
                .iface_methods(t)
                .iter()
                .filter(|m| m.name.starts_with(|c: char| c.is_uppercase()))
                .map(|m| (m.name.clone(), u32::MAX, m.sig))
                .collect();
        }
        let is_ptr = matches!(self.kind(t), TypeKind::Pointer(_));
        let base = match self.kind(t) {
            TypeKind::Pointer(b) if self.named(t).is_none() => *b,
            _ => t,
        };
        // Candidate names: the type's own methods and those of what it embeds.
        let mut names: Vec<Rc<str>> = vec![];
        let mut level = vec![base];
        for _ in 0..8 {
            let mut next = vec![];
            for ty in level {
                if let Some(n) = self.named(ty) {
                    names.extend(n.methods.iter().map(|m| m.name.clone()));
                }
                match self.ukind(ty) {
                    TypeKind::Struct(fs) => {
                        for f in fs.iter().filter(|f| f.embedded) {
                            next.push(match self.kind(f.ty) {
                                TypeKind::Pointer(b) => *b,
                                _ => f.ty,
                            });
                        }
                    }
                    TypeKind::Interface(ms) if ty != base => {
                        names.extend(ms.iter().map(|m| m.name.clone()))
                    }
                    _ => {}
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        names.sort();
        names.dedup();
        let mut out = vec![];
        for name in names {
            if !name.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let found = match self.lookup_member(t, &name) {
                Some(Member::Method {
                    path,
                    func,
                    pointer_recv,
                    sig,
                }) => Some((func, pointer_recv, path, sig)),
                Some(Member::IfaceMethod { path, sig, .. }) if !path.is_empty() => {
                    Some((u32::MAX, false, path, sig))
                }
                _ => None,
            };
            if let Some((func, ptr, path, sig)) = found {
                if !ptr || is_ptr || path.iter().any(|p| p.1) {
                    out.push((name, func, sig));
                }
            }
        }
        out
    }

    pub fn new_named(&mut self, pkg: &str, name: &str, underlying: TypeId) -> TypeId {
        let id = self.types.len() as TypeId;
        self.types.push(TypeKind::Named(Box::new(NamedType {
            pkg: pkg.into(),
            name: name.into(),
            underlying,
            methods: vec![],
        })));
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let u = self.underlying(underlying);
        if let TypeKind::Named(n) = &mut self.types[named as usize] {
            n.underlying = u;
        }
    }

    /// Renames a named type as `%T` prints it: a library stand-in for a type of a
    /// package the engine does not have (Go's `maps.unhashableTypeError`).
    pub fn rename(&mut self, named: TypeId, pkg: &str, name: &str) {
        if let TypeKind::Named(n) = &mut self.types[named as usize] {
            n.pkg = pkg.into();
            n.name = name.into();
        }
    }

    pub fn add_method(&mut self, named: TypeId, m: MethodDecl) {
        if let TypeKind::Named(n) = &mut self.types[named as usize] {
            n.methods.push(m);
        }
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.types[t as usize]
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// The underlying type: itself unless named.
    pub fn underlying(&self, mut t: TypeId) -> TypeId {
        for _ in 0..100 {
            match &self.types[t as usize] {
                TypeKind::Named(n) if n.underlying != t => t = n.underlying,
                _ => return t,
            }
        }
        t
    }

    pub fn ukind(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }

    /// Whether `t` is a named type in the spec's sense: a declared type or a
    /// predeclared one (`int`, `string`, ...); only type literals are unnamed.
    pub fn has_name(&self, t: TypeId) -> bool {
        matches!(
            self.kind(t),
            TypeKind::Named(_)
                | TypeKind::Bool
                | TypeKind::Int(_)
                | TypeKind::Float64
                | TypeKind::Float32
                | TypeKind::String
        )
    }

    pub fn named(&self, t: TypeId) -> Option<&NamedType> {
        match self.kind(t) {
            TypeKind::Named(n) => Some(n),
            _ => None,
        }
    }

    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(t))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        if ts.is_empty() {
            return ids::VOID;
        }
        self.intern(TypeKind::Tuple(ts))
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(TypeKind::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), TypeKind::Interface(_))
    }
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Untyped(_))
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        matches!(
            self.ukind(t),
            TypeKind::String | TypeKind::Untyped(UntypedKind::String)
        )
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        matches!(
            self.ukind(t),
            TypeKind::Int(_) | TypeKind::Untyped(UntypedKind::Int | UntypedKind::Rune)
        )
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        matches!(
            self.ukind(t),
            TypeKind::Float64 | TypeKind::Float32 | TypeKind::Untyped(UntypedKind::Float)
        )
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t)
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        matches!(
            self.ukind(t),
            TypeKind::Bool | TypeKind::Untyped(UntypedKind::Bool)
        )
    }
    pub fn int_kind(&self, t: TypeId) -> Option<IntKind> {
        match self.ukind(t) {
            TypeKind::Int(k) => Some(*k),
            _ => None,
        }
    }

    /// Whether values of this type may be compared with `==` (and so be map keys).
    pub fn comparable(&self, t: TypeId) -> bool {
        match self.ukind(t) {
            TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Func(_) => false,
            TypeKind::Array(_, e) => self.comparable(*e),
            TypeKind::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            _ => true,
        }
    }

    /// Whether `a` and `b` are identical when struct tags are ignored (the rule for
    /// conversions: `B(a)` where A and B differ only in tags). Named types are
    /// compared by identity, as always.
    pub fn identical_ignoring_tags(&self, a: TypeId, b: TypeId) -> bool {
        self.same_shape(a, b, 0)
    }

    fn same_shape(&self, a: TypeId, b: TypeId, depth: u32) -> bool {
        if a == b {
            return true;
        }
        if depth > 20 {
            return false;
        }
        let same = |x: &TypeId, y: &TypeId| self.same_shape(*x, *y, depth + 1);
        let all = |x: &[TypeId], y: &[TypeId]| {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        };
        match (self.kind(a), self.kind(b)) {
            (TypeKind::Struct(fa), TypeKind::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb).all(|(f, g)| {
                        f.name == g.name && f.embedded == g.embedded && same(&f.ty, &g.ty)
                    })
            }
            (TypeKind::Pointer(x), TypeKind::Pointer(y))
            | (TypeKind::Slice(x), TypeKind::Slice(y)) => same(x, y),
            (TypeKind::Array(n, x), TypeKind::Array(m, y)) => n == m && same(x, y),
            (TypeKind::Map(k, v), TypeKind::Map(k2, v2)) => same(k, k2) && same(v, v2),
            (TypeKind::Chan(d, x), TypeKind::Chan(d2, y)) => d == d2 && same(x, y),
            (TypeKind::Func(s), TypeKind::Func(t)) => {
                s.variadic == t.variadic && all(&s.params, &t.params) && all(&s.results, &t.results)
            }
            _ => false,
        }
    }

    /// Whether a nil value can have this type.
    pub fn nillable(&self, t: TypeId) -> bool {
        matches!(
            self.ukind(t),
            TypeKind::Pointer(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Func(_)
                | TypeKind::Interface(_)
                | TypeKind::Untyped(UntypedKind::Nil)
        )
    }

    /// The default type of an untyped constant (`int`, `float64`, `rune`, ...).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Untyped(k) => match k {
                UntypedKind::Bool => ids::BOOL,
                UntypedKind::Int => ids::INT,
                UntypedKind::Rune => ids::INT32,
                UntypedKind::Float => ids::FLOAT64,
                UntypedKind::String => ids::STRING,
                UntypedKind::Nil => ids::UNTYPED_NIL,
            },
            _ => t,
        }
    }

    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.ukind(t) {
            TypeKind::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn iface_methods(&self, t: TypeId) -> &[IfaceMethod] {
        match self.ukind(t) {
            TypeKind::Interface(ms) => ms,
            _ => &[],
        }
    }

    /// Go's spelling of a type as the runtime writes it (`%T`, panics):
    /// `struct { x int }`, `interface {}`.
    pub fn name(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_name(t, &mut s, 0, false);
        s
    }

    /// The name as the type checker writes it in messages about package `pkg`: that
    /// package's own types go unqualified (`Square`, `*Node`), others keep their
    /// package (`time.Duration`).
    /// Type literals are written without the runtime's spaces: `struct{x int}`,
    /// `interface{}`.
    pub fn name_in(&self, t: TypeId, pkg: &str) -> String {
        let mut full = String::new();
        self.write_name(t, &mut full, 0, true);
        if pkg.is_empty() {
            return full;
        }
        // Drop `pkg.` wherever it starts a name: at the start or after a character
        // that cannot be part of an identifier (`*`, `[`, ` `, `(`, ...).
        let prefix = format!("{pkg}.");
        let mut out = String::with_capacity(full.len());
        let mut rest = full.as_str();
        let mut prev_ident = false;
        while !rest.is_empty() {
            if !prev_ident && rest.starts_with(&prefix) {
                rest = &rest[prefix.len()..];
                continue;
            }
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            prev_ident = is_letter(c as u32) || is_digit(c as u32) || c == '_' || c == '.';
            rest = &rest[c.len_utf8()..];
        }
        out
    }

    /// The size in bytes of a value of type `t` on linux/amd64 (gc's layout): what
    /// `unsafe.Sizeof` says, how `append` grows a slice (Go rounds up to its
    /// allocator's size classes), and how far apart `%p` shows a slice's elements.
    pub fn size_of(&self, t: TypeId) -> u32 {
        match self.ukind(t) {
            TypeKind::Bool => 1,
            TypeKind::Int(k) => k.bits() / 8,
            TypeKind::Float64 => 8,
            TypeKind::Float32 => 4,
            TypeKind::String => 16,
            TypeKind::Slice(_) => 24,
            TypeKind::Interface(_) => 16,
            TypeKind::Array(n, e) => (*n as u32).saturating_mul(self.size_of(*e)),
            TypeKind::Struct(fs) => {
                // Go lays fields out with alignment.
                let mut off = 0u32;
                let mut maxa = 1u32;
                for f in fs {
                    let s = self.size_of(f.ty);
                    let a = self.align_of(f.ty);
                    maxa = maxa.max(a);
                    off = off.div_ceil(a) * a + s;
                }
                // A struct ending in a zero-size field gets a byte of padding, so a
                // pointer to that field does not point past the struct.
                if off > 0 && fs.last().is_some_and(|f| self.size_of(f.ty) == 0) {
                    off += 1;
                }
                off.div_ceil(maxa) * maxa
            }
            _ => 8,
        }
    }

    /// The alignment of type `t` on linux/amd64 (`unsafe.Alignof`).
    pub fn align_of(&self, t: TypeId) -> u32 {
        match self.ukind(t) {
            TypeKind::Bool => 1,
            TypeKind::Int(k) => k.bits() / 8,
            TypeKind::Float32 => 4,
            TypeKind::Array(_, e) => self.align_of(*e),
            TypeKind::Struct(fs) => fs.iter().map(|f| self.align_of(f.ty)).max().unwrap_or(1),
            _ => 8,
        }
    }

    /// The offset of field `i` in a struct with fields `fs`, laid out as gc does
    /// (`unsafe.Offsetof`, reflect's `StructField.Offset`).
    pub fn field_offset(&self, fs: &[Field], i: usize) -> u32 {
        let mut off = 0u32;
        for (k, f) in fs.iter().enumerate() {
            let a = self.align_of(f.ty);
            off = off.div_ceil(a) * a;
            if k == i {
                break;
            }
            off += self.size_of(f.ty);
        }
        off
    }

    /// Go's word for the kind of a named type's underlying type, as in `variable of
    /// struct type S`: `struct`, `interface`, `func`, `slice`, ..., or the basic
    /// type's name (`int type M`).
    pub fn kind_word(&self, t: TypeId) -> String {
        match self.ukind(t) {
            TypeKind::Struct(_) => "struct".into(),
            TypeKind::Interface(_) => "interface".into(),
            TypeKind::Func(_) => "func".into(),
            TypeKind::Slice(_) => "slice".into(),
            TypeKind::Array(..) => "array".into(),
            TypeKind::Map(..) => "map".into(),
            TypeKind::Chan(..) => "chan".into(),
            TypeKind::Pointer(_) => "pointer".into(),
            _ => self.name(self.underlying(t)),
        }
    }

    /// The field or method `name` of type `t` (or of what `t` points to), found as
    /// Go's selector rules say: breadth-first over embedding depth, the shallowest
    /// match winning, two at the same depth being ambiguous (`None`). Both the
    /// checker and the VM's dynamic method lookup use this one walk.
    pub fn lookup_member(&self, t: TypeId, name: &str) -> Option<Member> {
        // A defined pointer type (`type PS *T`) has no methods of its own and none
        // of T's, but `p.f` still selects a field of `*p` (Go spec, Selectors).
        if let (Some(_), TypeKind::Pointer(b)) = (self.named(t), self.ukind(t)) {
            return match self.lookup_member(*b, name)? {
                field @ Member::Field { .. } if !self.is_interface(*b) => Some(field),
                _ => None,
            };
        }
        let base = match self.kind(t) {
            TypeKind::Pointer(b) => *b,
            _ => t,
        };
        if self.is_interface(base) {
            if matches!(self.kind(t), TypeKind::Pointer(_)) {
                return None;
            }
            return self
                .iface_methods(base)
                .iter()
                .find(|m| *m.name == *name)
                .map(|m| Member::IfaceMethod {
                    path: vec![],
                    name: name.to_string(),
                    sig: m.sig,
                });
        }
        // Breadth-first over embedding depth.
        let mut level: Vec<(TypeId, Vec<(u32, bool)>)> = vec![(base, vec![])];
        for _depth in 0..8 {
            let mut found: Vec<Member> = vec![];
            let mut next = vec![];
            for (ty, path) in &level {
                if let Some(n) = self.named(*ty) {
                    if let Some(m) = n.methods.iter().find(|m| *m.name == *name) {
                        found.push(Member::Method {
                            path: path.clone(),
                            func: m.func,
                            pointer_recv: m.pointer_recv,
                            sig: m.sig,
                        });
                        continue;
                    }
                }
                match self.ukind(*ty) {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if *f.name == *name {
                                let mut p = path.clone();
                                p.push((i as u32, false));
                                found.push(Member::Field { path: p, ty: f.ty });
                            } else if f.embedded {
                                let (inner, is_ptr) = match self.kind(f.ty) {
                                    TypeKind::Pointer(b) => (*b, true),
                                    _ => (f.ty, false),
                                };
                                let mut p = path.clone();
                                p.push((i as u32, is_ptr));
                                next.push((inner, p));
                            }
                        }
                    }
                    TypeKind::Interface(ms) if !path.is_empty() => {
                        if let Some(m) = ms.iter().find(|m| *m.name == *name) {
                            found.push(Member::IfaceMethod {
                                path: path.clone(),
                                name: name.to_string(),
                                sig: m.sig,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if found.len() == 1 {
                return found.pop();
            }
            if found.len() > 1 || next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    fn write_name(&self, t: TypeId, out: &mut String, depth: u32, checker: bool) {
        if depth > 20 {
            out.push_str("...");
            return;
        }
        let d = depth + 1;
        match self.kind(t) {
            TypeKind::Bool => out.push_str("bool"),
            TypeKind::Int(k) => out.push_str(k.name()),
            TypeKind::Float64 => out.push_str("float64"),
            TypeKind::Float32 => out.push_str("float32"),
            TypeKind::String => out.push_str("string"),
            TypeKind::Untyped(k) => out.push_str(match k {
                UntypedKind::Bool => "untyped bool",
                UntypedKind::Int => "untyped int",
                UntypedKind::Rune => "untyped rune",
                UntypedKind::Float => "untyped float",
                UntypedKind::String => "untyped string",
                UntypedKind::Nil => "untyped nil",
            }),
            TypeKind::Pointer(e) => {
                out.push('*');
                self.write_name(*e, out, d, checker);
            }
            TypeKind::Slice(e) => {
                out.push_str("[]");
                self.write_name(*e, out, d, checker);
            }
            TypeKind::Array(n, e) => {
                out.push_str(&format!("[{n}]"));
                self.write_name(*e, out, d, checker);
            }
            TypeKind::Map(k, v) => {
                out.push_str("map[");
                self.write_name(*k, out, d, checker);
                out.push(']');
                self.write_name(*v, out, d, checker);
            }
            TypeKind::Chan(dir, e) => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan <-chan int` would read as `chan<- chan int`: Go writes
                // `chan (<-chan int)`.
                let paren = *dir == ChanDir::Both
                    && matches!(self.kind(*e), TypeKind::Chan(ChanDir::Recv, _));
                if paren {
                    out.push('(');
                }
                self.write_name(*e, out, d, checker);
                if paren {
                    out.push(')');
                }
            }
            TypeKind::Func(sig) => {
                out.push_str("func");
                self.write_sig(sig, out, d, checker);
            }
            // The runtime pads the braces (`struct { x int }`, `interface {}`); the
            // type checker does not (`struct{x int}`, `interface{}`).
            TypeKind::Struct(fs) => {
                out.push_str(if checker { "struct{" } else { "struct {" });
                for (i, f) in fs.iter().enumerate() {
                    out.push_str(member_sep(i, checker));
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_name(f.ty, out, d, checker);
                    if !f.tag.is_empty() {
                        out.push(' ');
                        out.push_str(&crate::library::numfmt::quote(f.tag.as_bytes()));
                    }
                }
                if !fs.is_empty() && !checker {
                    out.push(' ');
                }
                out.push('}');
            }
            TypeKind::Interface(ms) => {
                out.push_str(if checker { "interface{" } else { "interface {" });
                // The runtime lists exported methods first and qualifies the others
                // with their package (`interface { M(); main.m() }`); the program's
                // own interfaces are the ones that have unexported methods.
                let exported = |m: &IfaceMethod| m.name.starts_with(|c: char| c.is_uppercase());
                let mut ms: Vec<&IfaceMethod> = ms.iter().collect();
                if !checker {
                    ms.sort_by_key(|m| !exported(m));
                }
                for (i, m) in ms.iter().enumerate() {
                    out.push_str(member_sep(i, checker));
                    if !checker && !exported(m) {
                        out.push_str("main.");
                    }
                    out.push_str(&m.name);
                    if let TypeKind::Func(sig) = self.kind(m.sig) {
                        self.write_sig(sig, out, d, checker);
                    }
                }
                if !ms.is_empty() && !checker {
                    out.push(' ');
                }
                out.push('}');
            }
            TypeKind::Tuple(ts) => {
                out.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_name(*t, out, d, checker);
                }
                out.push(')');
            }
            TypeKind::Named(n) => {
                if !n.pkg.is_empty() {
                    out.push_str(&n.pkg);
                    out.push('.');
                }
                out.push_str(&n.name);
            }
        }
    }

    fn write_sig(&self, sig: &Signature, out: &mut String, d: u32, checker: bool) {
        out.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                out.push_str("...");
                if let TypeKind::Slice(e) = self.kind(*p) {
                    self.write_name(*e, out, d, checker);
                    continue;
                }
            }
            self.write_name(*p, out, d, checker);
        }
        out.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                out.push(' ');
                self.write_name(sig.results[0], out, d, checker);
            }
            _ => {
                out.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_name(*r, out, d, checker);
                }
                out.push(')');
            }
        }
    }
}

/// What comes before the `i`th field or method of a struct or interface type literal:
/// the runtime pads the first one from the brace, the checker does not.
fn member_sep(i: usize, checker: bool) -> &'static str {
    match (i, checker) {
        (0, true) => "",
        (0, false) => " ",
        _ => "; ",
    }
}
