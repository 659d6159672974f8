//! Run-time values and the heap.
//!
//! A [`Value`] is what sits in a variable or on a goroutine's operand stack. Go's value
//! semantics are kept literally: a struct or array is an [`Value::Agg`] that is copied on
//! assignment. Anything that can be shared (what a pointer points at, a slice's backing
//! array, a map, a channel, a variable captured by a closure) lives in the [`Heap`] and
//! is named by an [`ObjId`], so the whole machine stays a plain, cloneable, hashable value
//! with no host pointers in it.

use std::hash::{Hash, Hasher};
use std::rc::Rc;

use crate::types::{TypeId, TypeKind, TypeTable, UntypedKind};

pub type ObjId = u32;

/// An `f64` that can be hashed and compared bit-for-bit (state hashing needs it;
/// Go's own `==` on floats is done by the VM, not by this impl).
#[derive(Clone, Copy, Debug)]
pub struct F64(pub f64);

impl PartialEq for F64 {
    fn eq(&self, o: &F64) -> bool {
        self.0.to_bits() == o.0.to_bits()
    }
}
impl Eq for F64 {}
impl Hash for F64 {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.0.to_bits().hash(h)
    }
}

/// Where a reference starts: a heap object, or (only transiently, while an assignment
/// is being carried out) a slot of the current frame or a package variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Root {
    Heap(ObjId),
    Local(u32),
    Global(u32),
}

/// A path into a value: the root, then field or element indices. A Go pointer is a
/// `Ref` whose root is on the heap: `&p.x` is `p`'s object plus the index of `x`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ref {
    pub root: Root,
    pub path: Path,
}

impl Ref {
    /// The whole of package variable `g`.
    pub fn global(g: u32) -> Ref {
        Ref {
            root: Root::Global(g),
            path: Path::new(),
        }
    }
}

/// Indices a [`Path`] holds without a heap allocation: enough for a slice element
/// (`&s[i]`), a field of one, or a field of a field.
const PATH_INLINE: usize = 3;

/// The indices of a [`Ref`]'s path. Short paths (nearly all of them) are stored
/// inline, so making a pointer to a slice element or a field allocates only the
/// pointer's `Rc`. It behaves as a `[u32]` (through `Deref`), and compares, orders and
/// hashes exactly as the `Vec<u32>` it replaces did.
#[derive(Clone)]
pub struct Path(PathRepr);

#[derive(Clone)]
enum PathRepr {
    Inline { len: u8, items: [u32; PATH_INLINE] },
    Heap(Vec<u32>),
}

impl Path {
    pub const fn new() -> Path {
        Path(PathRepr::Inline {
            len: 0,
            items: [0; PATH_INLINE],
        })
    }

    /// A path of one index.
    pub const fn one(i: u32) -> Path {
        Path(PathRepr::Inline {
            len: 1,
            items: [i, 0, 0],
        })
    }

    pub fn as_slice(&self) -> &[u32] {
        match &self.0 {
            PathRepr::Inline { len, items } => &items[..*len as usize],
            PathRepr::Heap(v) => v,
        }
    }

    pub fn push(&mut self, i: u32) {
        match &mut self.0 {
            PathRepr::Inline { len, items } if (*len as usize) < PATH_INLINE => {
                items[*len as usize] = i;
                *len += 1;
            }
            PathRepr::Inline { len, items } => {
                let mut v = Vec::with_capacity(PATH_INLINE * 2);
                v.extend_from_slice(&items[..*len as usize]);
                v.push(i);
                self.0 = PathRepr::Heap(v);
            }
            PathRepr::Heap(v) => v.push(i),
        }
    }

    pub fn extend_from_slice(&mut self, more: &[u32]) {
        for &i in more {
            self.push(i);
        }
    }
}

impl Default for Path {
    fn default() -> Path {
        Path::new()
    }
}

impl From<&[u32]> for Path {
    fn from(s: &[u32]) -> Path {
        let mut p = Path::new();
        p.extend_from_slice(s);
        p
    }
}

impl std::ops::Deref for Path {
    type Target = [u32];
    fn deref(&self) -> &[u32] {
        self.as_slice()
    }
}

impl<'a> IntoIterator for &'a Path {
    type Item = &'a u32;
    type IntoIter = std::slice::Iter<'a, u32>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl PartialEq for Path {
    fn eq(&self, o: &Path) -> bool {
        self.as_slice() == o.as_slice()
    }
}
impl Eq for Path {}
impl PartialOrd for Path {
    fn partial_cmp(&self, o: &Path) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Path {
    fn cmp(&self, o: &Path) -> std::cmp::Ordering {
        self.as_slice().cmp(o.as_slice())
    }
}
impl Hash for Path {
    fn hash<H: Hasher>(&self, h: &mut H) {
        // As `Vec<u32>` hashes: the slice (its length, then the indices).
        self.as_slice().hash(h)
    }
}
impl std::fmt::Debug for Path {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_slice().fmt(f)
    }
}

/// A function value: the code to run plus the variables it captured (heap cells), and
/// for a method value such as `c.Inc`, the bound receiver.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Closure {
    pub func: u32,
    pub captures: Vec<ObjId>,
    pub recv: Option<Value>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum Value {
    /// The zero value of every pointer, slice, map, channel, func and interface type.
    #[default]
    Nil,
    Bool(bool),
    /// Every integer kind, wrapped to its width by the instruction that made it.
    Int(i64),
    Float(F64),
    Str(Rc<[u8]>),
    /// A struct's fields or an array's elements, by value.
    Agg(Box<[Value]>),
    /// A non-nil pointer.
    Ptr(Rc<Ref>),
    Slice(SliceVal),
    Map(ObjId),
    Chan(ObjId),
    Func(Rc<Closure>),
    /// A non-nil interface value: its dynamic type and the value.
    Iface(Rc<(TypeId, Value)>),
    /// A call packaged for `go` or `defer`.
    Call(Rc<PendingCall>),
    /// A multi-valued result kept together (comma-ok forms push their parts separately).
    Tuple(Box<[Value]>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SliceVal {
    pub arr: ObjId,
    pub off: u32,
    pub len: u32,
    pub cap: u32,
}

/// What `go` and `defer` hold on to: the callee and its already-evaluated arguments.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PendingCall {
    pub callee: Callee,
    pub args: Vec<Value>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Callee {
    Func(u32),
    Closure(Rc<Closure>),
    Native(u32),
    /// A deferred call of a nil func value: Go panics when it would run, not at the
    /// `defer` statement.
    Nil,
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s.as_bytes()))
    }
    pub fn bytes(b: &[u8]) -> Value {
        Value::Str(Rc::from(b))
    }
    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Float(f) => f.0 as i64,
            _ => 0,
        }
    }
    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
    pub fn as_f64(&self) -> f64 {
        match self {
            Value::Float(f) => f.0,
            Value::Int(i) => *i as f64,
            _ => 0.0,
        }
    }
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Value::Str(s) => s,
            _ => &[],
        }
    }
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
}

/// A goroutine waiting in a channel queue. `select_case` is set when it waits as part
/// of a select; `ticket` tells stale entries apart (a select leaves one entry in each
/// of its channels, and only the first to fire counts).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ChanWaiter {
    pub gid: u32,
    pub ticket: u64,
    pub select_case: Option<u32>,
    /// For a sender: the value it offers.
    pub value: Value,
    /// For a receiver: whether it asked for the `v, ok` form.
    pub want_ok: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ChanObj {
    pub cap: u32,
    pub buf: crate::queue::Deque<Value>,
    pub closed: bool,
    pub recvq: crate::queue::Deque<ChanWaiter>,
    pub sendq: crate::queue::Deque<ChanWaiter>,
    pub elem_zero: Value,
    pub elem_type: TypeId,
    /// A timer's channel: since Go 1.23 its `len` and `cap` read 0 (Go's
    /// `hchan.timer`), though a fired value waits in a one-slot buffer.
    pub timer: bool,
}

/// A Go map: entries in insertion order (deleted ones leave a hole that is skipped),
/// plus an index from key to position. Iteration starts at a chooser-picked offset,
/// which is how Go's unspecified order is made a deterministic, replayable choice.
///
/// Keys follow Go's `==`, not the bits: the index holds each key in its canonical form
/// (`-0.0` as `0.0`, through structs, arrays and interfaces), and a key holding a NaN
/// equals nothing, not even itself, so each such insert adds an entry no lookup or
/// delete finds (only `clear` and a range reach it). Each entry has a serial number,
/// increasing with its position, so a range can find it again without a lookup.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MapObj {
    pub entries: Vec<Option<(Value, Value)>>,
    pub index: std::collections::HashMap<Value, usize>,
    pub live: usize,
    /// The serial of each entry (same length as `entries`), increasing.
    pub serials: Vec<u64>,
    pub next_serial: u64,
}

impl Hash for MapObj {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.entries.hash(h)
    }
}

/// How a map key compares under Go's `==`.
enum KeyForm {
    /// Its bits are its identity.
    Plain,
    /// It holds a negative zero: equal to the key with `0.0` there.
    NegZero,
    /// It holds a NaN: equal to no key.
    NaN,
}

fn key_form(k: &Value) -> KeyForm {
    match k {
        Value::Float(f) if f.0.is_nan() => KeyForm::NaN,
        Value::Float(f) if f.0 == 0.0 && f.0.is_sign_negative() => KeyForm::NegZero,
        Value::Agg(parts) => {
            let mut form = KeyForm::Plain;
            for p in parts.iter() {
                match key_form(p) {
                    KeyForm::NaN => return KeyForm::NaN,
                    KeyForm::NegZero => form = KeyForm::NegZero,
                    KeyForm::Plain => {}
                }
            }
            form
        }
        Value::Iface(iv) => key_form(&iv.1),
        _ => KeyForm::Plain,
    }
}

/// `k` with every negative zero made positive.
fn positive_zeros(k: &Value) -> Value {
    match k {
        Value::Float(f) if f.0 == 0.0 => Value::Float(F64(0.0)),
        Value::Agg(parts) => Value::Agg(parts.iter().map(positive_zeros).collect()),
        Value::Iface(iv) => Value::Iface(std::rc::Rc::new((iv.0, positive_zeros(&iv.1)))),
        other => other.clone(),
    }
}

/// The form of `k` the index is keyed by, or `None` for a key holding a NaN.
fn index_key(k: &Value) -> Option<std::borrow::Cow<'_, Value>> {
    match key_form(k) {
        KeyForm::Plain => Some(std::borrow::Cow::Borrowed(k)),
        KeyForm::NegZero => Some(std::borrow::Cow::Owned(positive_zeros(k))),
        KeyForm::NaN => None,
    }
}

impl MapObj {
    pub fn get(&self, k: &Value) -> Option<&Value> {
        let k = index_key(k)?;
        self.index
            .get(k.as_ref())
            .and_then(|&i| self.entries[i].as_ref().map(|e| &e.1))
    }
    pub fn insert(&mut self, k: Value, v: Value) {
        let ik = index_key(&k).map(|c| c.into_owned());
        if let Some(ik) = &ik {
            if let Some(&i) = self.index.get(ik) {
                if let Some(e) = &mut self.entries[i] {
                    // Go stores the new key too (a float key: `-0` replaces `+0`).
                    *e = (k, v);
                    return;
                }
            }
        }
        if let Some(ik) = ik {
            self.index.insert(ik, self.entries.len());
        }
        self.entries.push(Some((k, v)));
        self.serials.push(self.next_serial);
        self.next_serial += 1;
        self.live += 1;
    }
    pub fn remove(&mut self, k: &Value) {
        let Some(ik) = index_key(k) else {
            return;
        };
        if let Some(i) = self.index.remove(ik.as_ref()) {
            self.entries[i] = None;
            self.live -= 1;
            // Compact when mostly holes, so deletes in a loop stay cheap.
            if self.entries.len() > 32 && self.live * 4 < self.entries.len() {
                let mut keep = self.entries.iter().map(Option::is_some);
                self.serials.retain(|_| keep.next().unwrap_or(false));
                self.entries.retain(|e| e.is_some());
                self.reindex();
            }
        }
    }
    /// Removes every entry (the `clear` builtin), NaN keys too.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.serials.clear();
        self.index.clear();
        self.live = 0;
    }
    /// The serials of the live entries, in order (a range's snapshot).
    pub fn live_serials(&self) -> Vec<u64> {
        self.entries
            .iter()
            .zip(&self.serials)
            .filter(|(e, _)| e.is_some())
            .map(|(_, s)| *s)
            .collect()
    }
    /// The entry with serial `s`, if it is still there.
    pub fn by_serial(&self, s: u64) -> Option<&(Value, Value)> {
        let i = self.serials.binary_search(&s).ok()?;
        self.entries[i].as_ref()
    }
    fn reindex(&mut self) {
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some((k, _)) = e {
                if let Some(ik) = index_key(k) {
                    self.index.insert(ik.into_owned(), i);
                }
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Object {
    /// A variable that lives on the heap (escaped, captured, or made by `new`).
    Cell(Value),
    /// An array backing one or more slices.
    Array(Vec<Value>),
    Map(MapObj),
    Chan(Box<ChanObj>),
    /// A freed slot, reused by the next allocation.
    Free,
}

/// Objects by id. Ids are reused after a collection; a machine's heap is part of its
/// state, so the collector runs at deterministic points (by allocation count).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Heap {
    pub objects: Vec<Object>,
    pub free: Vec<ObjId>,
    /// Allocations since the last collection.
    pub allocs_since_gc: u32,
    /// Words held (a rough size measure for the heap limit).
    pub words: u64,
    /// Words held just after the last collection (paces the next one).
    pub words_after_gc: u64,
    /// Collections so far.
    pub collections: u32,
    /// Arrays whose capacity Go's escape analysis would decide and the engine cannot
    /// (`code::ConvCap::Loose`), in id order; the collector drops the freed ones.
    pub loose: Vec<ObjId>,
    /// Arrays an `append` grew to a capacity Go's compiler decides by analyses the
    /// engine does not follow (`Op::Append`'s `vague`), in id order, each with the
    /// length Go's capacity is known to reach at least (the longest its own variable
    /// held it at); the collector drops the freed ones.
    pub vague: Vec<(ObjId, u32)>,
    /// Words of strings and array or struct values made outside the objects' word
    /// count since the machine was last measured (`vm::hostmem`): when it grows past
    /// `measure_at`, the machine is measured against the heap limit again.
    pub made: u64,
    /// A quarter of the last measure: how much may be made before the next.
    pub measure_at: u64,
}

impl Heap {
    pub fn alloc(&mut self, o: Object) -> ObjId {
        self.allocs_since_gc += 1;
        self.words += object_words(&o);
        self.made += made_in(&o);
        if let Some(id) = self.free.pop() {
            self.objects[id as usize] = o;
            id
        } else {
            self.objects.push(o);
            (self.objects.len() - 1) as ObjId
        }
    }
    pub fn get(&self, id: ObjId) -> &Object {
        &self.objects[id as usize]
    }
    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objects[id as usize]
    }
    /// Whether `id`'s capacity is unknown (see `loose`).
    pub fn is_loose(&self, id: ObjId) -> bool {
        !self.loose.is_empty() && self.loose.binary_search(&id).is_ok()
    }

    /// The known floor of a vague array's capacity (see `vague`).
    pub fn vague_floor(&self, id: ObjId) -> Option<u32> {
        if self.vague.is_empty() {
            return None;
        }
        let at = self.vague.binary_search_by_key(&id, |v| v.0).ok()?;
        Some(self.vague[at].1)
    }

    /// Marks `id` vague with capacity floor `floor`, or raises its floor.
    pub fn set_vague(&mut self, id: ObjId, floor: u32) {
        match self.vague.binary_search_by_key(&id, |v| v.0) {
            Ok(at) => self.vague[at].1 = self.vague[at].1.max(floor),
            Err(at) => self.vague.insert(at, (id, floor)),
        }
    }

    pub fn live_count(&self) -> usize {
        self.objects.len() - self.free.len()
    }
}

/// The words a copy of `v` adds to the host's memory beyond its slot: an array or
/// struct value's elements, deeply (a string inside is shared, not copied). What is
/// charged to [`Heap::made`] for a copy; it can only over-count.
#[inline]
pub fn copy_words(v: &Value) -> u64 {
    match v {
        Value::Agg(vs) | Value::Tuple(vs) => vs.iter().map(|x| 2 + copy_words(x)).sum(),
        _ => 0,
    }
}

/// The words a value just made adds: a new string's bytes, or what a copy adds.
#[inline]
pub fn made_words(v: &Value) -> u64 {
    match v {
        Value::Str(s) => s.len() as u64 / 8,
        _ => copy_words(v),
    }
}

/// What an object's values own beyond their slots (array and struct values'
/// elements), which [`object_words`] leaves out: charged to [`Heap::made`].
fn made_in(o: &Object) -> u64 {
    match o {
        Object::Cell(v) => copy_words(v),
        Object::Array(vs) => match vs.first() {
            Some(Value::Agg(_) | Value::Tuple(_)) => vs.iter().map(copy_words).sum(),
            _ => 0,
        },
        _ => 0,
    }
}

pub fn object_words(o: &Object) -> u64 {
    match o {
        Object::Cell(_) => 2,
        Object::Array(v) => 2 + v.len() as u64 * 2,
        Object::Map(m) => 4 + m.entries.len() as u64 * 6,
        Object::Chan(c) => 8 + c.cap as u64 * 2,
        Object::Free => 0,
    }
}

/// The zero value of a type (what `var x T` holds): used by the compiler for
/// locals and by the machine for globals.
pub fn zero_value(types: &TypeTable, t: TypeId) -> Value {
    match types.ukind(t) {
        TypeKind::Bool | TypeKind::Untyped(UntypedKind::Bool) => Value::Bool(false),
        TypeKind::Int(_) | TypeKind::Untyped(UntypedKind::Int | UntypedKind::Rune) => Value::Int(0),
        TypeKind::Float64 | TypeKind::Float32 | TypeKind::Untyped(UntypedKind::Float) => {
            Value::Float(F64(0.0))
        }
        TypeKind::String | TypeKind::Untyped(UntypedKind::String) => Value::str(""),
        TypeKind::Array(n, e) => {
            let z = zero_value(types, *e);
            Value::Agg(vec![z; (*n).min(1 << 24) as usize].into_boxed_slice())
        }
        TypeKind::Struct(fs) => Value::Agg(fs.iter().map(|f| zero_value(types, f.ty)).collect()),
        _ => Value::Nil,
    }
}
