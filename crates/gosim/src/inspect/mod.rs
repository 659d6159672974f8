//! Inspector views: the inside of each concurrency primitive the program can reach.
//!
//! The widget's inspector panel shows, beside the code, every channel and sync
//! primitive held by a package variable or by a local of a goroutine's current frames:
//! its state decoded into typed values ([`State`]: a Mutex word's bits, a WaitGroup's
//! counter and waiters, an RWMutex's reader count with the writer's announcement taken
//! out), each field with its value and what it means, the ordered queue of goroutines
//! waiting on it, and (through a [`crate::session::Session`], which watches every step)
//! who holds it. The views read the machine's state only; they never run the program's
//! code, and nothing in them is text another layer has to parse back.
//!
//! Primitives are found by static type, walking struct fields and pointers a few
//! levels deep, and named by the Go expression that reaches them (`mu`, `c.mu`,
//! `s.jobs`). One primitive reached by several names is listed once, under the first.
//!
//! One file per primitive (`chan.rs`, `mutex.rs`, ...), each found through
//! [`REGISTRY`]; ARCHITECTURE.md's "Adding a primitive" says how to add one.

mod atomic;
mod chan;
mod cond;
mod context;
mod holders;
mod mutex;
mod once;
mod rwmutex;
mod waitgroup;

pub(crate) use holders::Ledger;
pub use holders::{Holder, Holding};
pub use mutex::MutexWord;
pub use rwmutex::ReaderCount;
pub use waitgroup::WaitGroupWord;

use crate::code::FileId;
use crate::types::{TypeId, TypeKind};
use crate::value::{Path, Ref, Root, Value};
use crate::vm::{GStatus, Machine, SemaWaiter};

/// Which primitive a view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Chan,
    Mutex,
    RWMutex,
    WaitGroup,
    Once,
    Cond,
    /// A sync/atomic type (`atomic.Int64`, `atomic.Bool`, `atomic.Value`, ...).
    Atomic,
    /// A node of the context tree (`cancelCtx`, `timerCtx`, `afterFuncCtx`, `valueCtx`).
    Context,
}

/// A primitive's state, decoded from its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum State {
    Chan(chan::ChanState),
    Mutex(MutexWord),
    RWMutex(rwmutex::RWMutexState),
    WaitGroup(WaitGroupWord),
    Once(once::OnceState),
    Cond(cond::CondState),
    Atomic(atomic::AtomicState),
    Context(ContextState),
}

pub use atomic::AtomicState;
pub use chan::ChanState;
pub use cond::CondState;
pub use context::{ContextState, CtxKind, Done, Link};
pub use once::OnceState;
pub use rwmutex::RWMutexState;

impl State {
    pub fn kind(&self) -> Kind {
        match self {
            State::Chan(_) => Kind::Chan,
            State::Mutex(_) => Kind::Mutex,
            State::RWMutex(_) => Kind::RWMutex,
            State::WaitGroup(_) => Kind::WaitGroup,
            State::Once(_) => Kind::Once,
            State::Cond(_) => Kind::Cond,
            State::Atomic(_) => Kind::Atomic,
            State::Context(_) => Kind::Context,
        }
    }

    /// The Mutex word that says whether it is held: its own for a Mutex, the writers'
    /// mutex `w` for an RWMutex, the slow path's `m` for a Once.
    pub fn lock_word(&self) -> Option<MutexWord> {
        match self {
            State::Mutex(w) => Some(*w),
            State::RWMutex(rw) => Some(rw.w),
            State::Once(o) => Some(o.m),
            _ => None,
        }
    }

    /// An RWMutex's reader count.
    pub fn reader_count(&self) -> Option<ReaderCount> {
        match self {
            State::RWMutex(rw) => Some(rw.readers),
            _ => None,
        }
    }
}

/// A field's value, typed; the widget chooses how to write it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue {
    Int(i64),
    /// A Mutex state word, written with its bits (`5 (0b101)`).
    MutexWord(i32),
    /// A packed word written in hexadecimal (the WaitGroup's `state`).
    Hex(i64),
    Bool(bool),
    /// A value as Go's `%v` prints it (an atomic.Value's contents).
    Text(String),
}

/// One field of a primitive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldView {
    /// Go's field name (`state`, `readerCount`, `w.state`), or a derived quantity
    /// (`counter`).
    pub name: String,
    pub value: FieldValue,
    /// What it means now, in the book's words.
    pub meaning: String,
}

impl FieldView {
    fn new(name: &str, value: FieldValue, meaning: String) -> FieldView {
        FieldView {
            name: name.to_string(),
            value,
            meaning,
        }
    }
}

/// What a queued goroutine waits to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wait {
    /// A channel receive (`select`: as a case of a select statement).
    Receive { select: bool },
    /// A channel send of `value` (as Go prints it).
    Send { value: String, select: bool },
    /// Parked on a runtime semaphore in the named operation (`Lock`, `RLock`,
    /// `Lock (writer)`, `Lock (w)`, `Wait`, `Do`).
    Sema(&'static str),
    /// Parked on a Cond's notify list with this ticket.
    Ticket(u32),
}

/// A goroutine waiting on a primitive, in queue order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaiterView {
    pub goroutine: u32,
    pub wait: Wait,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrimitiveView {
    /// The Go expression that reaches it, with the goroutine for a local (`g1: mu`).
    pub name: String,
    /// Go's name for its type: `chan int`, `sync.Mutex`, `atomic.Int64`, or a named
    /// channel type (`main.Queue`).
    pub type_name: String,
    pub state: State,
    pub fields: Vec<FieldView>,
    /// Waiting goroutines: for a channel, receivers then senders; for a sync
    /// primitive, the semaphore (or notify list) queue in wake-up order.
    pub queue: Vec<WaiterView>,
    /// Who holds a lock (Mutex, RWMutex, Once), as the session's record of the steps
    /// tells; `None` for other kinds and for views of a bare machine.
    pub holding: Option<Holding>,
}

impl PrimitiveView {
    pub fn kind(&self) -> Kind {
        self.state.kind()
    }

    /// The field called `name`.
    pub fn field(&self, name: &str) -> Option<&FieldView> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Where a sync struct lives and its type: what a primitive's file reads words from.
#[derive(Clone)]
pub(crate) struct At {
    pub place: Ref,
    pub ty: TypeId,
}

/// Reads a primitive's words from the machine, by field name.
pub(crate) struct Reader<'m> {
    pub m: &'m Machine,
}

impl<'m> Reader<'m> {
    /// The field `name` of the struct at `at`.
    pub fn field(&self, at: &At, name: &str) -> Option<At> {
        let TypeKind::Struct(fields) = self.m.prog.types.ukind(at.ty) else {
            return None;
        };
        let i = fields.iter().position(|f| &*f.name == name)?;
        let mut place = at.place.clone();
        place.path.push(i as u32);
        Some(At {
            place,
            ty: fields[i].ty,
        })
    }

    /// The field at `path` (names, outermost first) below `at`.
    pub fn path(&self, at: &At, path: &[&str]) -> Option<At> {
        let mut at = at.clone();
        for name in path {
            at = self.field(&at, name)?;
        }
        Some(at)
    }

    pub fn value(&self, at: &At) -> Option<Value> {
        read(self.m, &at.place)
    }

    /// The integer field at `path` (0 when it cannot be read).
    pub fn int(&self, at: &At, path: &[&str]) -> i64 {
        self.path(at, path)
            .and_then(|a| self.value(&a))
            .map(|v| v.as_int())
            .unwrap_or(0)
    }

    /// The goroutines queued on the runtime semaphore (or notify list) at `path`
    /// below `at`, in wake-up order, each waiting as `wait` says.
    pub fn sema_queue(
        &self,
        at: &At,
        path: &[&str],
        wait: impl Fn(&SemaWaiter) -> Wait,
    ) -> Vec<WaiterView> {
        let m = self.m;
        let Some(key) = self.path(at, path) else {
            return vec![];
        };
        m.sema
            .get(&key.place)
            .map(|q| {
                q.iter()
                    .filter(|w| waiting(m, w.gid, w.ticket))
                    .map(|w| WaiterView {
                        goroutine: w.gid,
                        wait: wait(w),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Whether goroutine `gid` still waits with `ticket` (a queue entry left by a
/// goroutine that has moved on is not shown).
pub(crate) fn waiting(m: &Machine, gid: u32, ticket: u64) -> bool {
    m.goroutine(gid)
        .is_some_and(|g| g.ticket == ticket && matches!(g.status, GStatus::Blocked(_)))
}

/// The value at `r`, also inside a package variable's struct.
fn read(m: &Machine, r: &Ref) -> Option<Value> {
    match r.root {
        Root::Global(i) => {
            let mut v = m.globals.get(i as usize)?.clone();
            for p in r.path.iter() {
                v = match v {
                    Value::Agg(fs) => fs.get(*p as usize)?.clone(),
                    _ => return None,
                };
            }
            Some(v)
        }
        _ => m.read_ref(r),
    }
}

/// One kind of sync struct the inspector knows: the registry's entry.
pub(crate) struct Entry {
    /// Go's package (the path's last element) and type name; an empty name takes
    /// every type of the package.
    pub pkg: &'static str,
    pub name: &'static str,
    /// Decodes the words (cheap: the session calls it after every step for locks).
    pub state: fn(&Reader, &At) -> Option<State>,
    /// The fields with their meaning, from the decoded state.
    pub fields: fn(&Reader, &At, &State) -> Vec<FieldView>,
    /// The goroutines waiting on it, in wake-up order.
    pub queue: fn(&Reader, &At) -> Vec<WaiterView>,
}

/// Every sync struct the inspector shows. Channels are not structs: `chan.rs` views
/// them, found by their type's kind.
pub(crate) const REGISTRY: &[Entry] = &[
    mutex::ENTRY,
    rwmutex::ENTRY,
    waitgroup::ENTRY,
    once::ENTRY,
    cond::ENTRY,
    atomic::ENTRY,
    context::CANCEL,
    context::TIMER,
    context::AFTER_FUNC,
    context::VALUE,
];

fn entry(pkg: &str, name: &str) -> Option<&'static Entry> {
    REGISTRY
        .iter()
        .find(|e| e.pkg == pkg && (e.name.is_empty() || e.name == name))
}

/// Where a primitive lives: a channel object, or a place holding a sync struct.
#[derive(Clone, PartialEq, Eq)]
enum Identity {
    Chan(u32),
    Place(Ref),
}

/// What the walk looks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    /// Full views of every primitive.
    Views,
    /// Only the locks' decoded states (for the session's record of holders).
    Locks,
}

struct Finder<'m> {
    r: Reader<'m>,
    want: Want,
    seen: Vec<Identity>,
    ledger: Option<&'m Ledger>,
    views: Vec<PrimitiveView>,
    locks: Vec<(Ref, State)>,
}

/// Depth of struct fields and pointers followed from a variable.
const MAX_DEPTH: u32 = 4;

/// Every primitive reachable from the program's package variables and from the
/// locals of each live goroutine's frames in the reader's code. Without a session's
/// record of the steps, no view says who holds a lock.
pub fn primitives(m: &Machine) -> Vec<PrimitiveView> {
    primitives_with(m, None)
}

/// [`primitives`], with the holders `ledger` recorded.
pub(crate) fn primitives_with(m: &Machine, ledger: Option<&Ledger>) -> Vec<PrimitiveView> {
    let mut f = Finder {
        r: Reader { m },
        want: Want::Views,
        seen: vec![],
        ledger,
        views: vec![],
        locks: vec![],
    };
    f.walk();
    f.follow_context_links();
    context::resolve_links(&mut f.views);
    f.views
}

/// The decoded state of every reachable lock (Mutex, RWMutex, Once) by place.
pub(crate) fn locks(m: &Machine) -> Vec<(Ref, State)> {
    let mut f = Finder {
        r: Reader { m },
        want: Want::Locks,
        seen: vec![],
        ledger: None,
        views: vec![],
        locks: vec![],
    };
    f.walk();
    f.locks
}

impl<'m> Finder<'m> {
    fn walk(&mut self) {
        let m = self.r.m;
        let mut name = String::new();
        for (i, g) in m.prog.globals.iter().enumerate() {
            if !g.user {
                continue;
            }
            let place = Ref {
                root: Root::Global(i as u32),
                path: Path::new(),
            };
            let v = m.globals.get(i).cloned().unwrap_or_default();
            name.clear();
            name.push_str(&g.name);
            self.visit(&mut name, g.ty, &v, Some(place), 0);
        }
        for g in &m.goroutines {
            if g.status == GStatus::Dead || m.scratch_id() == Some(g.id) {
                continue;
            }
            for fr in g.frames.iter().rev() {
                let Some(func) = m.prog.funcs.get(fr.func as usize) else {
                    continue;
                };
                if func.file != FileId::User {
                    continue;
                }
                for s in &func.slot_names {
                    let Some(raw) = g.stack.get((fr.base + s.slot) as usize) else {
                        continue;
                    };
                    name.clear();
                    name.push('g');
                    name.push_str(&g.id.to_string());
                    name.push_str(": ");
                    name.push_str(&s.name);
                    if s.boxed {
                        if let Value::Ptr(r) = raw {
                            if let Some(v) = m.read_ref(r) {
                                self.visit(&mut name, s.ty, &v, Some((**r).clone()), 0);
                            }
                        }
                    } else {
                        // An unboxed local's address is never taken, so a sync value in
                        // it cannot be shared; channels in it can.
                        self.visit(&mut name, s.ty, raw, None, 0);
                    }
                }
            }
        }
    }

    /// Visits the value `v` of type `t` named `name` (restored on return).
    fn visit(&mut self, name: &mut String, t: TypeId, v: &Value, place: Option<Ref>, depth: u32) {
        if depth > MAX_DEPTH {
            return;
        }
        let m = self.r.m;
        let types = &m.prog.types;
        if let Some(n) = types.named(t) {
            if let Some(e) = entry(&n.pkg, &n.name) {
                if let Some(p) = place {
                    self.sync_view(name, e, At { place: p, ty: t });
                }
                return;
            }
        }
        match types.ukind(t) {
            TypeKind::Chan(..) => {
                if let (Value::Chan(o), Want::Views) = (v, self.want) {
                    if self.first_time(Identity::Chan(*o)) {
                        self.views.extend(chan::view(m, name, types.name(t), *o));
                    }
                }
            }
            TypeKind::Struct(fields) => {
                let Value::Agg(vals) = v else { return };
                for (i, (fd, fv)) in fields.iter().zip(vals.iter()).enumerate() {
                    let p = place.clone().map(|mut r| {
                        r.path.push(i as u32);
                        r
                    });
                    let len = name.len();
                    name.push('.');
                    name.push_str(&fd.name);
                    self.visit(name, fd.ty, fv, p, depth + 1);
                    name.truncate(len);
                }
            }
            // What an interface holds (a `*cancelCtx` in a `context.Context`): only
            // a pointer's target has a place, so a struct held by value is not shown.
            TypeKind::Interface(..) => {
                if let Value::Iface(iv) = v {
                    self.visit(name, iv.0, &iv.1, None, depth + 1);
                }
            }
            TypeKind::Pointer(elem) => {
                if let Value::Ptr(r) = v {
                    if let Some(inner) = m.read_ref(r) {
                        let target = Some((**r).clone());
                        if matches!(types.ukind(*elem), TypeKind::Struct(_)) {
                            // `p.mu` reads the same through a pointer to a struct.
                            self.visit(name, *elem, &inner, target, depth + 1);
                        } else {
                            let mut label = if name.contains('.') || name.contains(": ") {
                                format!("(*{name})")
                            } else {
                                format!("*{name}")
                            };
                            self.visit(&mut label, *elem, &inner, target, depth + 1);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// Shows the contexts no variable reaches but a shown context links to (a parent
    /// made inline, `WithCancel(WithValue(ctx, k, v))`), transitively, so the whole
    /// tree is drawn.
    fn follow_context_links(&mut self) {
        let mut i = 0;
        while i < self.views.len() {
            for (name, place, ty) in context::linked(&self.views[i]) {
                let Some(n) = self.r.m.prog.types.named(ty) else {
                    continue;
                };
                if let Some(e) = entry(&n.pkg, &n.name) {
                    self.sync_view(&name, e, At { place, ty });
                }
            }
            i += 1;
        }
    }

    fn first_time(&mut self, id: Identity) -> bool {
        if self.seen.contains(&id) {
            return false;
        }
        self.seen.push(id);
        true
    }

    fn sync_view(&mut self, name: &str, e: &Entry, at: At) {
        if !self.first_time(Identity::Place(at.place.clone())) {
            return;
        }
        let Some(state) = (e.state)(&self.r, &at) else {
            return;
        };
        if self.want == Want::Locks {
            if state.lock_word().is_some() {
                self.locks.push((at.place, state));
            }
            return;
        }
        let holding = match self.ledger {
            Some(l) if state.lock_word().is_some() => Some(l.holding(&at.place)),
            _ => None,
        };
        self.views.push(PrimitiveView {
            name: name.to_string(),
            type_name: format!("{}.{}", e.pkg, self.type_name(at.ty)),
            fields: (e.fields)(&self.r, &at, &state),
            queue: (e.queue)(&self.r, &at),
            state,
            holding,
        });
    }

    fn type_name(&self, t: TypeId) -> String {
        self.r
            .m
            .prog
            .types
            .named(t)
            .map(|n| n.name.to_string())
            .unwrap_or_default()
    }
}
