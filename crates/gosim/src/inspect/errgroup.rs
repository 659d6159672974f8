//! errgroup.Group (x/sync, go-facts.md §7): the tasks still running (the WaitGroup's
//! counter), the limit (`sem`'s capacity) and its tokens in use (`sem`'s length), the
//! first error (`err`), and the Context `WithContext` derived: Group keeps only its
//! cancel function, so the context is found as what that closure captured.

use super::context::{decode as decode_ctx, error_text};
use super::{At, Entry, FieldValue, FieldView, Reader, State, Wait, WaiterView};
use crate::types::TypeKind;
use crate::value::{Object, Value};

pub(super) const ENTRY: Entry = Entry {
    pkg: "errgroup",
    name: "Group",
    state: |r, at| Some(State::ErrGroup(decode(r, at))),
    fields: |_, _, s| match s {
        State::ErrGroup(g) => fields(g),
        _ => vec![],
    },
    queue,
};

/// The Context `WithContext` returned, as the group's cancel function reaches it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Derived {
    /// What its Err returns (`None` until canceled).
    pub err: Option<String>,
    /// What context.Cause returns.
    pub cause: Option<String>,
}

/// A Group, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrGroupState {
    /// Tasks started and not yet finished (the WaitGroup's counter).
    pub running: i64,
    /// SetLimit's n (`None`: no limit).
    pub limit: Option<i64>,
    /// Tokens in `sem`: tasks holding a place under the limit.
    pub tokens: i64,
    /// The first error a task returned.
    pub err: Option<String>,
    /// `None` for a Group made without WithContext.
    pub ctx: Option<Derived>,
}

fn decode(r: &Reader, at: &At) -> ErrGroupState {
    let sem = sem(r, at);
    ErrGroupState {
        running: r.int(at, &["wg", "state"]) >> 32,
        limit: sem.map(|(cap, _, _)| cap),
        tokens: sem.map_or(0, |(_, len, _)| len),
        err: r.field(at, "err").and_then(|e| error_text(r.m, &e, r)),
        ctx: derived(r, at),
    }
}

/// `sem`'s capacity, length and object id, when a limit is set.
fn sem(r: &Reader, at: &At) -> Option<(i64, i64, u32)> {
    let Some(Value::Chan(o)) = r.field(at, "sem").and_then(|f| r.value(&f)) else {
        return None;
    };
    let Some(Object::Chan(c)) = r.m.heap.objects.get(o as usize) else {
        return None;
    };
    Some((c.cap.into(), c.buf.len() as i64, o))
}

/// The cancelCtx that the `cancel` closure (WithCancelCause's) captured.
fn derived(r: &Reader, at: &At) -> Option<Derived> {
    let Some(Value::Func(cl)) = r.field(at, "cancel").and_then(|f| r.value(&f)) else {
        return None;
    };
    let m = r.m;
    let func = m.prog.funcs.get(cl.func as usize)?;
    for (cell, slot) in cl.captures.iter().zip(&func.capture_slots) {
        let Some(Object::Cell(Value::Ptr(p))) = m.heap.objects.get(*cell as usize) else {
            continue;
        };
        let Some(name) = func.slot_names.iter().find(|s| s.slot == *slot) else {
            continue;
        };
        let TypeKind::Pointer(elem) = m.prog.types.ukind(name.ty) else {
            continue;
        };
        if m.prog
            .types
            .named(*elem)
            .is_some_and(|n| &*n.name == "cancelCtx")
        {
            let c = decode_ctx(
                r,
                &At {
                    place: (**p).clone(),
                    ty: *elem,
                },
            )?;
            return Some(Derived {
                err: c.err,
                cause: c.cause,
            });
        }
    }
    None
}

fn fields(g: &ErrGroupState) -> Vec<FieldView> {
    let mut out = vec![FieldView::new(
        "wg.counter",
        FieldValue::Int(g.running),
        "tasks started and not finished: Wait waits for 0".into(),
    )];
    if let Some(limit) = g.limit {
        out.push(FieldView::new(
            "len(sem)",
            FieldValue::Int(g.tokens),
            format!("tokens in use of the limit {limit}: Go blocks when all are"),
        ));
    }
    out.push(FieldView::new(
        "err",
        FieldValue::Text(g.err.clone().unwrap_or_else(|| "<nil>".into())),
        if g.err.is_some() {
            "the first error: later ones are dropped, Wait returns this".into()
        } else {
            "no task has failed".into()
        },
    ));
    out
}

/// Goroutines in Wait (on the WaitGroup), then those in Go waiting for a token.
fn queue(r: &Reader, at: &At) -> Vec<WaiterView> {
    let mut q = r.sema_queue(at, &["wg", "sema"], |_| Wait::Sema("Wait"));
    if let Some((_, _, o)) = sem(r, at) {
        if let Some(Object::Chan(c)) = r.m.heap.objects.get(o as usize) {
            q.extend(
                c.sendq
                    .iter()
                    .filter(|w| super::waiting(r.m, w.gid, w.ticket))
                    .map(|w| WaiterView {
                        goroutine: w.gid,
                        wait: Wait::Sema("Go: wait for a token"),
                    }),
            );
        }
    }
    q
}
