//! semaphore.Weighted (x/sync, go-facts.md §8): `size`, `cur` (tokens lent out), and
//! `waiters`, a `container/list` of `waiter{n, ready}` walked from the front, each
//! with the goroutine that waits on it (the one whose `Acquire` made its `ready`
//! channel), and the head-of-line block: a front waiter that does not fit while
//! tokens sit free, holding back everyone behind it.

use super::{struct_field, At, Entry, FieldValue, FieldView, Reader, State, Wait, WaiterView};
use crate::types::TypeKind;
use crate::value::Value;

pub(super) const ENTRY: Entry = Entry {
    pkg: "semaphore",
    name: "Weighted",
    state: |r, at| Some(State::Weighted(decode(r, at))),
    fields: |_, _, s| match s {
        State::Weighted(w) => fields(w),
        _ => vec![],
    },
    queue: |r, at| {
        decode(r, at)
            .waiters
            .iter()
            .filter_map(|w| {
                Some(WaiterView {
                    goroutine: w.goroutine?,
                    wait: Wait::Acquire(w.n),
                })
            })
            .collect()
    },
};

/// A queued `Acquire`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acquirer {
    /// The tokens it asks for.
    pub n: i64,
    /// The goroutine in that `Acquire` (`None` if it cannot be found).
    pub goroutine: Option<u32>,
}

/// A Weighted, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeightedState {
    pub size: i64,
    pub cur: i64,
    /// The queue, front first.
    pub waiters: Vec<Acquirer>,
}

impl WeightedState {
    /// Tokens not lent out.
    pub fn free(&self) -> i64 {
        self.size - self.cur
    }

    /// The front waiter when it does not fit although tokens are free: nobody behind
    /// it is granted anything until it is (notifyWaiters stops at it).
    pub fn head_of_line(&self) -> Option<&Acquirer> {
        let front = self.waiters.first()?;
        (self.free() > 0 && front.n > self.free()).then_some(front)
    }
}

/// How many waiters the walk follows at most (a list is a ring; this bounds a corrupt one).
const MAX_WAITERS: i64 = 1000;

fn decode(r: &Reader, at: &At) -> WeightedState {
    let mut s = WeightedState {
        size: r.int(at, &["size"]),
        cur: r.int(at, &["cur"]),
        waiters: vec![],
    };
    let Some(list) = r.field(at, "waiters") else {
        return s;
    };
    let len = r.int(&list, &["size"]).min(MAX_WAITERS);
    // Which goroutine made which `ready` channel.
    let owners: Vec<(Value, u32)> = r
        .frames(".(*Weighted).Acquire")
        .iter()
        .filter_map(|f| Some((r.local(f, "ready")?.0, f.gid)))
        .collect();
    let mut link = r.path(&list, &["root", "next"]);
    for _ in 0..len {
        let Some(next) = link.take() else { break };
        let elem_ty = match r.m.prog.types.ukind(next.ty) {
            TypeKind::Pointer(t) => *t,
            _ => break,
        };
        let Some(Value::Ptr(p)) = r.value(&next) else {
            break;
        };
        let elem = At {
            place: (*p).clone(),
            ty: elem_ty,
        };
        if let Some(Value::Iface(iv)) = r.field(&elem, "Value").and_then(|f| r.value(&f)) {
            let (t, w) = &*iv;
            let n = struct_field(r.m, *t, w, "n").map_or(0, |v| v.as_int());
            let ready = struct_field(r.m, *t, w, "ready");
            let goroutine = owners
                .iter()
                .find(|(c, _)| Some(c) == ready.as_ref())
                .map(|(_, g)| *g);
            s.waiters.push(Acquirer { n, goroutine });
        }
        link = r.field(&elem, "next");
    }
    s
}

fn fields(w: &WeightedState) -> Vec<FieldView> {
    vec![
        FieldView::new("size", FieldValue::Int(w.size), "tokens in all".into()),
        FieldView::new(
            "cur",
            FieldValue::Int(w.cur),
            format!("lent out; {} free", w.free()),
        ),
        FieldView::new(
            "waiters",
            FieldValue::Int(w.waiters.len() as i64),
            if w.waiters.is_empty() {
                "nobody queued: Acquire and TryAcquire take free tokens at once".into()
            } else {
                "queued, front first: served in order, TryAcquire fails".into()
            },
        ),
    ]
}
