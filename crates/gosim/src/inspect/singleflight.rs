//! singleflight.Group (x/sync, go-facts.md §9): each call in flight by key, with its
//! leader (the goroutine running `doCall`, which the struct does not record: it is found
//! by its frame), `dups`, the duplicates parked in `Do` (on the call's WaitGroup), the
//! `DoChan` channels with their receivers and the Result each holds once sent. A call
//! stays visible after `Forget` or `doCall` took it out of `m`, for as long as its
//! leader runs, so the results can be watched as they are handed out.

use super::context::error_text;
use super::{At, Entry, FieldValue, FieldView, Reader, State, Wait, WaiterView};
use crate::types::TypeKind;
use crate::value::{Object, Ref, Value};

pub(super) const ENTRY: Entry = Entry {
    pkg: "singleflight",
    name: "Group",
    state: |r, at| Some(State::Flight(decode(r, at))),
    fields: |_, _, s| match s {
        State::Flight(f) => vec![FieldView::new(
            "m",
            FieldValue::Int(f.calls.iter().filter(|c| c.in_map).count() as i64),
            "keys in flight: a Do for one of them joins its call".into(),
        )],
        _ => vec![],
    },
    queue: |r, at| {
        let mut q = vec![];
        for c in decode(r, at).calls {
            q.extend(c.waiting.iter().map(|g| WaiterView {
                goroutine: *g,
                wait: Wait::Sema("Do (a duplicate)"),
            }));
        }
        q
    },
};

/// One DoChan channel of a call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// The goroutine blocked receiving from it, if any.
    pub receiver: Option<u32>,
    /// The Result in its buffer, as `%v` prints it (`{42 <nil> true}`), once sent and
    /// until received.
    pub sent: Option<String>,
}

/// One execution of the function for a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlightCall {
    pub key: String,
    /// Whether `m[key]` is this call (false once Forget or doCall removed it).
    pub in_map: bool,
    /// The goroutine running it (`doCall`): the first Do's caller, or DoChan's new
    /// goroutine.
    pub leader: Option<u32>,
    /// The function has finished and `wg.Done` ran: the results are being handed out.
    pub done: bool,
    /// Callers that joined (Do or DoChan).
    pub dups: i64,
    /// Goroutines parked in Do waiting for this call, in wake-up order.
    pub waiting: Vec<u32>,
    /// The DoChan channels, in the order they were registered.
    pub chans: Vec<Delivery>,
    /// `val` and `err` as `fmt.Println(v, err)` writes them, once done.
    pub result: Option<String>,
}

/// A Group, decoded: its calls, those in `m` first (in the map's order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlightState {
    pub calls: Vec<FlightCall>,
}

fn decode(r: &Reader, at: &At) -> FlightState {
    let m = r.m;
    // (key, call pointer, in m)
    let mut found: Vec<(String, Ref, bool)> = vec![];
    let mut call_ty = None;
    if let Some(f) = r.field(at, "m") {
        if let TypeKind::Map(_, v) = m.prog.types.ukind(f.ty) {
            if let TypeKind::Pointer(t) = m.prog.types.ukind(*v) {
                call_ty = Some(*t);
            }
        }
        if let Some(Value::Map(id)) = r.value(&f) {
            if let Some(Object::Map(map)) = m.heap.objects.get(id as usize) {
                for (k, v) in map.entries.iter().flatten() {
                    if let Value::Ptr(p) = v {
                        found.push((text(k), (**p).clone(), true));
                    }
                }
            }
        }
    }
    let leaders = r.frames(".(*Group).doCall");
    let mut led = vec![];
    for f in &leaders {
        let (Some((Value::Ptr(p), _)), Some((k, _))) = (r.local(f, "c"), r.local(f, "key")) else {
            continue;
        };
        if !found.iter().any(|(_, q, _)| *q == *p) {
            found.push((text(&k), (*p).clone(), false));
        }
        led.push(((*p).clone(), f.gid));
    }
    let Some(call_ty) = call_ty else {
        return FlightState { calls: vec![] };
    };
    let calls = found
        .into_iter()
        .map(|(key, place, in_map)| {
            let c = At { place, ty: call_ty };
            let done = r.int(&c, &["wg", "state"]) >> 32 == 0;
            let result = done.then(|| {
                let val = r
                    .field(&c, "val")
                    .and_then(|f| Some(m.value_text(f.ty, &r.value(&f)?)))
                    .unwrap_or_default();
                let err = r.field(&c, "err").and_then(|e| error_text(m, &e, r));
                format!("{val} {}", err.as_deref().unwrap_or("<nil>"))
            });
            FlightCall {
                leader: led.iter().find(|(p, _)| *p == c.place).map(|(_, g)| *g),
                in_map,
                done,
                dups: r.int(&c, &["dups"]),
                waiting: r
                    .sema_queue(&c, &["wg", "sema"], |_| Wait::Sema(""))
                    .iter()
                    .map(|w| w.goroutine)
                    .collect(),
                chans: chans(r, &c),
                result,
                key,
            }
        })
        .collect();
    FlightState { calls }
}

/// A key as the card writes it (the string itself).
fn text(k: &Value) -> String {
    String::from_utf8_lossy(k.as_bytes()).into_owned()
}

/// The call's DoChan channels.
fn chans(r: &Reader, c: &At) -> Vec<Delivery> {
    let m = r.m;
    let Some(Value::Slice(s)) = r.field(c, "chans").and_then(|f| r.value(&f)) else {
        return vec![];
    };
    let Some(Object::Array(items)) = m.heap.objects.get(s.arr as usize) else {
        return vec![];
    };
    let start = s.off as usize;
    items
        .iter()
        .skip(start)
        .take(s.len as usize)
        .filter_map(|v| {
            let Value::Chan(o) = v else { return None };
            let Some(Object::Chan(ch)) = m.heap.objects.get(*o as usize) else {
                return None;
            };
            Some(Delivery {
                receiver: ch
                    .recvq
                    .iter()
                    .find(|w| super::waiting(m, w.gid, w.ticket))
                    .map(|w| w.gid),
                sent: ch.buf.front().map(|v| m.value_text(ch.elem_type, v)),
            })
        })
        .collect()
}
