//! The itab cache, kept as Go's runtime keeps its `itabTable` (go-facts.md §10). It
//! starts with the itabs Go's compiler builds into the binary for the reader's code
//! (`Program::static_itabs`: conversions of a concrete type to a non-empty interface,
//! assertions and type switch cases to a concrete type from one), which Go's `itabsinit`
//! adds at startup; so the first assertion that needs one of those is a hit. Any other
//! (interface type, concrete type) pair a run asks about is added on first use by an
//! assertion or type switch to a non-empty interface type, and never removed. A pair that
//! does not implement the interface is cached too (Go marks it with a zero first method
//! entry; here `fun` is empty and `missing` names the method), so a second failed
//! assertion is also a hit.
//!
//! Two differences from a Go binary, both about which itabs exist at startup: Go's linker
//! drops the itabs of code no path from `main` reaches (here every function of the program
//! counts), and Go's own library converts values in its code too, whose itabs are in the
//! table of every binary that links it (this engine's library is not Go's code, so its
//! conversions are not a guide to Go's: they are left out).
//!
//! The cache changes no result, only the cost of finding it, so it stays outside the
//! machine's `PartialEq`/`Hash` (like `steps`): two states that differ only in what
//! they have looked up behave the same. The table sits behind an `Rc` so that cloning a
//! machine (undo, exploration) shares it until the next miss; the hit and miss counters
//! live beside it so that a hit never copies the table.

use crate::vecmap::VecMap;
use std::rc::Rc;

use crate::types::{TypeId, TypeKind, TypeTable};

/// One method slot of an itab: the interface method's name and the function the
/// concrete type runs for it (Go's `tab.fun[k]`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ItabFun {
    pub name: Rc<str>,
    /// The compiled function's id (`Program::funcs`); [`super::ops::VIA_EMBEDDED_IFACE`]
    /// for a method promoted from an embedded interface field.
    pub func: u32,
}

/// An itab: the pair it answers for, the concrete type's hash, and the method table in
/// the interface's name order, or the cached "does not implement".
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Itab {
    pub inter: TypeId,
    pub concrete: TypeId,
    /// This engine's hash of the concrete type (FNV-1a of its name; Go's value differs
    /// and is not observable by programs).
    pub hash: u32,
    /// Empty when `concrete` does not implement `inter` (Go's `fun[0] == 0`).
    pub fun: Vec<ItabFun>,
    /// The first missing method, in name order, for a negative entry.
    pub missing: Option<Rc<str>>,
    /// Built by the compiler and in the table from startup (not by `getitab`).
    pub from_binary: bool,
}

impl Itab {
    /// Whether the concrete type implements the interface.
    pub fn implements(&self) -> bool {
        self.missing.is_none()
    }
}

/// How a lookup went: what a sub-step or a panel reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// Found in the cache.
    Hit,
    /// Built by the merge walk of the two name-sorted method lists, then added.
    Miss,
    /// The concrete type has no uncommon section (no name, no methods): Go's getitab
    /// answers "does not implement" at once and caches nothing.
    NoMethods,
}

/// The machine's itab cache (see the module doc).
#[derive(Clone, Debug)]
pub struct ItabCache {
    table: Rc<VecMap<(TypeId, TypeId), Itab>>,
    /// Lookups answered from the table.
    pub hits: u64,
    /// Lookups that built and added an itab.
    pub misses: u64,
    /// The answer of the last lookup for a type without methods (not cached).
    no_methods: Itab,
}

impl Default for ItabCache {
    fn default() -> ItabCache {
        ItabCache {
            table: Rc::default(),
            hits: 0,
            misses: 0,
            no_methods: Itab {
                inter: 0,
                concrete: 0,
                hash: 0,
                fun: vec![],
                missing: None,
                from_binary: false,
            },
        }
    }
}

/// Whether Go's type descriptor for `t` has an uncommon section (`TFlagUncommon`): the
/// compiler gives one to every named type, predeclared ones included, and to any type
/// with methods (a pointer to a named type with methods, a struct embedding one).
pub(crate) fn has_uncommon(types: &TypeTable, t: TypeId) -> bool {
    if types.named(t).is_some() {
        return true;
    }
    match types.kind(t) {
        // Predeclared types are named types to Go's compiler.
        TypeKind::Bool
        | TypeKind::Int(_)
        | TypeKind::Float64
        | TypeKind::Float32
        | TypeKind::String => true,
        TypeKind::Pointer(e) => match types.named(*e) {
            Some(n) => !n.methods.is_empty() || embeds(types, n.underlying),
            None => embeds(types, *e),
        },
        _ => embeds(types, t),
    }
}

/// A struct with an embedded field may promote methods (counted as having them).
fn embeds(types: &TypeTable, t: TypeId) -> bool {
    matches!(types.ukind(t), TypeKind::Struct(fs) if fs.iter().any(|f| f.embedded))
}

impl ItabCache {
    /// The cache as a run starts it: the itabs the compiler built (see the module doc),
    /// none of them counted as a lookup.
    pub fn at_startup(types: &TypeTable, pairs: &[(TypeId, TypeId)]) -> ItabCache {
        let mut cache = ItabCache::default();
        if !pairs.is_empty() {
            let table = Rc::make_mut(&mut cache.table);
            for &(inter, concrete) in pairs {
                let itab = Itab {
                    from_binary: true,
                    ..build(types, inter, concrete)
                };
                table.insert((inter, concrete), itab);
            }
        }
        cache
    }

    /// Go's `getitab(inter, typ, canfail=true)`: the itab for (`inter`, `concrete`),
    /// built and cached on first use. `inter` must be a non-empty interface type.
    pub fn get(&mut self, types: &TypeTable, inter: TypeId, concrete: TypeId) -> (&Itab, Lookup) {
        let key = (inter, concrete);
        if !has_uncommon(types, concrete) {
            // getitab's easy case: a type with no name and no methods (`[]int`, `*int`)
            // has no method table, so the answer is "no" without a lookup or an entry.
            self.no_methods = build(types, inter, concrete);
            return (&self.no_methods, Lookup::NoMethods);
        }
        let how = if self.table.contains_key(&key) {
            self.hits += 1;
            Lookup::Hit
        } else {
            self.misses += 1;
            let itab = build(types, inter, concrete);
            Rc::make_mut(&mut self.table).insert(key, itab);
            Lookup::Miss
        };
        // The entry is there now (the fallback only keeps this free of a panic path).
        (self.table.get(&key).unwrap_or(&self.no_methods), how)
    }

    /// The cached itab for (`inter`, `concrete`), without counting a lookup: what a
    /// view reads.
    pub fn peek(&self, inter: TypeId, concrete: TypeId) -> Option<&Itab> {
        self.table.get(&(inter, concrete))
    }

    /// Every cached itab, ordered by (interface, concrete type) id: the typed view a
    /// memory panel draws.
    pub fn entries(&self) -> impl Iterator<Item = &Itab> {
        self.table.values()
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}

/// `itabInit`: walks the interface's methods (already sorted by name) and looks each
/// one up in the concrete type's method set. A view also builds the itab a
/// conversion written in the program uses (Go's compiler makes those ahead of time).
pub fn build(types: &TypeTable, inter: TypeId, concrete: TypeId) -> Itab {
    let missing = super::ops::missing_method(types, concrete, inter).map(Rc::<str>::from);
    let fun = if missing.is_some() {
        vec![]
    } else {
        types
            .iface_methods(inter)
            .iter()
            .map(|m| ItabFun {
                name: m.name.clone(),
                func: super::ops::find_method(types, concrete, &m.name)
                    .map(|(f, _)| f)
                    .unwrap_or(u32::MAX),
            })
            .collect()
    };
    Itab {
        inter,
        concrete,
        hash: fnv1a(types.name(concrete).as_bytes()),
        fun,
        missing,
        from_binary: false,
    }
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}
