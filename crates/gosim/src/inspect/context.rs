//! context: one node of the tree Go keeps (`cancelCtx`, `timerCtx`, `afterFuncCtx`,
//! `valueCtx`): its kind, its parent (the embedded `Context`), a cancelCtx's
//! `children` (the map's keys), its `done` channel (not made yet, open, closed, or the
//! shared `closedchan`), `err` and `cause`, a timerCtx's deadline, a valueCtx's key and
//! value. The goroutines waiting on a node are those blocked receiving from its `done`.
//!
//! Contexts live behind the `context.Context` interface, so the finder reaches them
//! through interface values (a `*cancelCtx` in a `Context` variable). The by-value
//! contexts (`backgroundCtx`, `todoCtx`, `withoutCancelCtx`) have no place of their own
//! and are no nodes: they appear as a node's parent, by name. Links name the node they
//! point to by the Go expression that reaches it, filled in by [`resolve_links`] once
//! every node has been found.

use super::{At, Entry, FieldValue, FieldView, PrimitiveView, Reader, State, Wait, WaiterView};
use crate::types::{TypeId, TypeKind};
use crate::value::{Object, Ref, Value};
use crate::vm::render::duration_string;
use crate::vm::Machine;

// The context struct types the inspector shows as nodes: one entry each, since an
// entry for the whole package would also take the `Context` interface (and stop the
// walk there).
pub(super) const CANCEL: Entry = entry("cancelCtx");
pub(super) const TIMER: Entry = entry("timerCtx");
pub(super) const AFTER_FUNC: Entry = entry("afterFuncCtx");
pub(super) const VALUE: Entry = entry("valueCtx");

const fn entry(name: &'static str) -> Entry {
    Entry {
        pkg: "context",
        name,
        state: |r, at| Some(State::Context(decode(r, at)?)),
        fields,
        queue,
    }
}

/// Which of Go's context types a node (or a parent link) is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CtxKind {
    Background,
    Todo,
    Cancel,
    Timer,
    AfterFunc,
    Value,
    WithoutCancel,
    /// `stopCtx`: the parent a child keeps when it registered through the parent's
    /// AfterFunc.
    Stop,
    /// A program's own type implementing Context.
    Foreign,
}

impl CtxKind {
    /// Go's type name (`cancelCtx`), or the program's for a foreign context.
    pub fn go_name(self) -> &'static str {
        match self {
            CtxKind::Background => "backgroundCtx",
            CtxKind::Todo => "todoCtx",
            CtxKind::Cancel => "cancelCtx",
            CtxKind::Timer => "timerCtx",
            CtxKind::AfterFunc => "afterFuncCtx",
            CtxKind::Value => "valueCtx",
            CtxKind::WithoutCancel => "withoutCancelCtx",
            CtxKind::Stop => "stopCtx",
            CtxKind::Foreign => "a program's own Context",
        }
    }

    fn of(pkg: &str, name: &str) -> CtxKind {
        if pkg != "context" {
            return CtxKind::Foreign;
        }
        match name {
            "backgroundCtx" => CtxKind::Background,
            "todoCtx" => CtxKind::Todo,
            "cancelCtx" => CtxKind::Cancel,
            "timerCtx" => CtxKind::Timer,
            "afterFuncCtx" => CtxKind::AfterFunc,
            "valueCtx" => CtxKind::Value,
            "withoutCancelCtx" => CtxKind::WithoutCancel,
            "stopCtx" => CtxKind::Stop,
            _ => CtxKind::Foreign,
        }
    }
}

/// A link from one node to another (parent or child).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub kind: CtxKind,
    /// The Go expression that reaches the node linked to (`ctx`, `g1: child`), or, when
    /// no variable reaches it, Go's name for its kind (`context.Background`,
    /// `*context.cancelCtx`).
    pub name: String,
    /// Whether `name` is a node shown in the inspector.
    pub shown: bool,
    /// Where the node lives (`None` for a by-value context such as Background), and
    /// its struct type.
    pub(crate) place: Option<Ref>,
    pub(crate) ty: Option<TypeId>,
}

impl Link {
    /// A link with no place (to a by-value context, or drawn by a test).
    pub fn named(kind: CtxKind, name: &str, shown: bool) -> Link {
        Link {
            kind,
            name: name.to_string(),
            shown,
            place: None,
            ty: None,
        }
    }
}

/// A cancelCtx's `done`: Go makes the channel only when someone asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Done {
    /// No Done call yet: `done` holds nothing.
    NotMade,
    Open,
    Closed,
    /// Canceled before anyone asked: `done` holds the shared, already closed
    /// `closedchan`.
    SharedClosed,
}

/// One context node, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContextState {
    pub kind: CtxKind,
    /// The embedded `Context` (`None` only for a corrupt node).
    pub parent: Option<Link>,
    /// A cancelCtx's `children`, in the map's order (`None` for a valueCtx; empty
    /// after cancel, which sets the map to nil).
    pub children: Option<Vec<Link>>,
    /// `None` for a valueCtx, which has no channel of its own.
    pub done: Option<Done>,
    /// `err` and `cause` as their Error methods would say (for the library's errors)
    /// or as `%v` prints them; `None` while not canceled.
    pub err: Option<String>,
    pub cause: Option<String>,
    /// A timerCtx's deadline on the virtual clock (nanoseconds since the run began),
    /// with whether its timer is still set.
    pub deadline: Option<i64>,
    pub timer_set: bool,
    /// A valueCtx's key and value as `%v` prints them.
    pub key: Option<String>,
    pub value: Option<String>,
    /// Where the node lives: what links to it compare with.
    pub(crate) place: Ref,
}

impl ContextState {
    /// A node of `kind` with nothing set and no place (what a card's tests draw).
    pub fn empty(kind: CtxKind) -> ContextState {
        ContextState {
            kind,
            parent: None,
            children: None,
            done: None,
            err: None,
            cause: None,
            deadline: None,
            timer_set: false,
            key: None,
            value: None,
            place: Ref {
                root: crate::value::Root::Global(u32::MAX),
                path: crate::value::Path::new(),
            },
        }
    }
}

/// The cancelCtx inside the node at `at` (itself, or its embedded `cancelCtx`).
fn cancel_part(r: &Reader, at: &At, kind: CtxKind) -> Option<At> {
    match kind {
        CtxKind::Cancel => Some(at.clone()),
        CtxKind::Timer | CtxKind::AfterFunc => r.field(at, "cancelCtx"),
        _ => None,
    }
}

pub(super) fn decode(r: &Reader, at: &At) -> Option<ContextState> {
    let m = r.m;
    let n = m.prog.types.named(at.ty)?;
    let kind = CtxKind::of(&n.pkg, &n.name);
    let mut s = ContextState {
        place: at.place.clone(),
        ..ContextState::empty(kind)
    };
    if let Some(c) = cancel_part(r, at, kind) {
        s.parent = r.field(&c, "Context").and_then(|p| link(r, &p));
        s.children = Some(children(r, &c));
        s.done = Some(done(r, &c).map(|(d, _)| d).unwrap_or(Done::NotMade));
        s.err = r.path(&c, &["err", "v"]).and_then(|e| error_text(m, &e, r));
        s.cause = r.field(&c, "cause").and_then(|e| error_text(m, &e, r));
    }
    if kind == CtxKind::Timer {
        // time.Now's monotonic reading is the clock plus 1 (0 means "none").
        s.deadline = Some(r.int(at, &["deadline", "mono"]) - 1);
        s.timer_set = r
            .field(at, "timer")
            .and_then(|t| r.value(&t))
            .is_some_and(|v| v != Value::Nil);
    }
    if kind == CtxKind::Value {
        s.parent = r.field(at, "Context").and_then(|p| link(r, &p));
        let text = |name| {
            let f = r.field(at, name)?;
            Some(m.value_text(f.ty, &r.value(&f)?))
        };
        s.key = text("key");
        s.value = text("val");
    }
    Some(s)
}

/// The context an interface value (a `Context` field, a `canceler` key) holds.
fn link_of(m: &Machine, v: &Value) -> Option<Link> {
    let Value::Iface(iv) = v else { return None };
    let (t, inner) = &**iv;
    let types = &m.prog.types;
    let (named_ty, place) = match (types.ukind(*t), inner) {
        (TypeKind::Pointer(elem), Value::Ptr(r)) => (*elem, Some((**r).clone())),
        _ => (*t, None),
    };
    let (pkg, name) = types
        .named(named_ty)
        .map(|n| (n.pkg.to_string(), n.name.to_string()))
        .unwrap_or_default();
    let kind = CtxKind::of(&pkg, &name);
    let name = match kind {
        CtxKind::Background => "context.Background".to_string(),
        CtxKind::Todo => "context.TODO".to_string(),
        _ => types.name(*t).to_string(),
    };
    Some(Link {
        kind,
        name,
        shown: false,
        ty: place.as_ref().map(|_| named_ty),
        place,
    })
}

fn link(r: &Reader, at: &At) -> Option<Link> {
    link_of(r.m, &r.value(at)?)
}

/// The keys of the cancelCtx's `children` map, in the map's order.
fn children(r: &Reader, c: &At) -> Vec<Link> {
    let Some(Value::Map(id)) = r.field(c, "children").and_then(|f| r.value(&f)) else {
        return vec![];
    };
    let Some(Object::Map(map)) = r.m.heap.objects.get(id as usize) else {
        return vec![];
    };
    map.entries
        .iter()
        .flatten()
        .filter_map(|(k, _)| link_of(r.m, k))
        .collect()
}

/// The cancelCtx's `done` channel, if made, with its object id.
fn done(r: &Reader, c: &At) -> Option<(Done, u32)> {
    let v = r.path(c, &["done", "v"]).and_then(|f| r.value(&f))?;
    let Value::Iface(iv) = v else { return None };
    let Value::Chan(o) = iv.1 else { return None };
    let Some(Object::Chan(ch)) = r.m.heap.objects.get(o as usize) else {
        return None;
    };
    let state = if !ch.closed {
        Done::Open
    } else if is_closedchan(r.m, o) {
        Done::SharedClosed
    } else {
        Done::Closed
    };
    Some((state, o))
}

/// Whether channel `o` is the library's `closedchan`.
fn is_closedchan(m: &Machine, o: u32) -> bool {
    m.prog.globals.iter().enumerate().any(|(i, g)| {
        !g.user && &*g.name == "closedchan" && m.globals.get(i) == Some(&Value::Chan(o))
    })
}

/// An error value's text: the library's own errors as their Error method says
/// (`context canceled`, `context deadline exceeded`, `errors.New`'s and `fmt.Errorf`'s
/// messages), any other as `%v` prints it (no program code runs for a view).
pub(super) fn error_text(m: &Machine, at: &At, r: &Reader) -> Option<String> {
    let v = r.value(at)?;
    let Value::Iface(iv) = &v else { return None };
    let (t, inner) = &**iv;
    let types = &m.prog.types;
    if types
        .named(*t)
        .is_some_and(|n| &*n.name == "deadlineExceededError")
    {
        return Some("context deadline exceeded".into());
    }
    if let (TypeKind::Pointer(elem), Value::Ptr(p)) = (types.ukind(*t), inner) {
        // errors.New's errorString and fmt.Errorf's wrapError(s): the message is the
        // first field.
        if types.named(*elem).is_some_and(|n| {
            matches!(&*n.name, "errorString" | "wrapError" | "wrapErrors")
                && matches!(&*n.pkg, "errors" | "fmt")
        }) {
            if let Some(Value::Agg(fs)) = m.read_ref(p) {
                if let Some(Value::Str(s)) = fs.first() {
                    return Some(String::from_utf8_lossy(s).into_owned());
                }
            }
        }
    }
    Some(m.value_text(at.ty, &v))
}

fn fields(r: &Reader, _: &At, s: &State) -> Vec<FieldView> {
    let State::Context(c) = s else { return vec![] };
    let mut out = vec![];
    if let Some(d) = c.done {
        let text = match d {
            Done::NotMade => "not made yet: nobody has called Done",
            Done::Open => "made and open: receivers wait for cancel",
            Done::Closed => "closed: every receive returns at once",
            Done::SharedClosed => "the shared closedchan: canceled before anyone called Done",
        };
        out.push(FieldView::new(
            "done",
            FieldValue::Bool(matches!(d, Done::Closed | Done::SharedClosed)),
            text.into(),
        ));
    }
    if let Some(ch) = &c.children {
        out.push(FieldView::new(
            "children",
            FieldValue::Int(ch.len() as i64),
            if ch.is_empty() {
                "none to cancel with it".into()
            } else {
                format!("{} canceled with it", ch.len())
            },
        ));
    }
    if c.done.is_some() {
        // An error field: its text (`<nil>` until canceled) and what reads it.
        let error_field = |name: &str, text: &Option<String>, read_by: &str| {
            let meaning = match text {
                Some(_) => format!("what {read_by} returns"),
                None => "nil: not canceled".to_string(),
            };
            let shown = text.clone().unwrap_or_else(|| "<nil>".into());
            FieldView::new(name, FieldValue::Text(shown), meaning)
        };
        out.push(error_field("err", &c.err, "Err"));
        out.push(error_field("cause", &c.cause, "context.Cause"));
    }
    if let Some(d) = c.deadline {
        let left = d - r.m.clock;
        out.push(FieldView::new(
            "deadline",
            FieldValue::Text(format!("+{} on the run's clock", duration_string(d))),
            if c.timer_set {
                format!("the timer fires in {}", duration_string(left.max(0)))
            } else {
                "no timer set: stopped or already fired".into()
            },
        ));
    }
    if let (Some(k), Some(v)) = (&c.key, &c.value) {
        out.push(FieldView::new(
            "key",
            FieldValue::Text(k.clone()),
            "compared with == on each lookup".into(),
        ));
        out.push(FieldView::new(
            "val",
            FieldValue::Text(v.clone()),
            "what Value(key) returns here and below".into(),
        ));
    }
    out
}

/// The goroutines blocked receiving from the node's `done` (in a `<-ctx.Done()` or
/// a select case).
fn queue(r: &Reader, at: &At) -> Vec<WaiterView> {
    let Some(n) = r.m.prog.types.named(at.ty) else {
        return vec![];
    };
    let kind = CtxKind::of(&n.pkg, &n.name);
    let Some((_, o)) = cancel_part(r, at, kind).and_then(|c| done(r, &c)) else {
        return vec![];
    };
    let Some(Object::Chan(ch)) = r.m.heap.objects.get(o as usize) else {
        return vec![];
    };
    ch.recvq
        .iter()
        .filter(|w| super::waiting(r.m, w.gid, w.ticket))
        .map(|w| WaiterView {
            goroutine: w.gid,
            wait: Wait::Receive {
                select: w.select_case.is_some(),
            },
        })
        .collect()
}

/// The nodes `view` links to that have a place: (description, place, type), for the
/// finder to show those no variable reaches (`parent of leaf`, `child of root`).
pub(super) fn linked(view: &PrimitiveView) -> Vec<(String, Ref, TypeId)> {
    let State::Context(c) = &view.state else {
        return vec![];
    };
    let parent = c.parent.iter().map(|l| ("parent of ", l));
    let children = c.children.iter().flatten().map(|l| ("child of ", l));
    parent
        .chain(children)
        .filter_map(|(how, l)| Some((format!("{how}{}", view.name), l.place.clone()?, l.ty?)))
        .collect()
}

/// Names each link after the view that shows the node it points to.
pub(super) fn resolve_links(views: &mut [PrimitiveView]) {
    let names: Vec<(Ref, String)> = views
        .iter()
        .filter_map(|v| match &v.state {
            State::Context(c) => Some((c.place.clone(), v.name.clone())),
            _ => None,
        })
        .collect();
    let fix = |l: &mut Link| {
        if let Some((_, n)) = names.iter().find(|(p, _)| Some(p) == l.place.as_ref()) {
            l.name = n.clone();
            l.shown = true;
        }
    };
    for v in views.iter_mut() {
        if let State::Context(c) = &mut v.state {
            if let Some(p) = &mut c.parent {
                fix(p);
            }
            for ch in c.children.iter_mut().flatten() {
                fix(ch);
            }
        }
    }
}
