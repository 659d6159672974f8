//! Inspector views: the inside of each concurrency primitive the program can reach.
//!
//! The widget's inspector panel shows, beside the code, every channel and sync
//! primitive held by a package variable or by a local of a goroutine's current frames:
//! each field with its raw value and what it means, and the ordered queue of
//! goroutines waiting on it. The views read the machine's state only; they never run
//! the program's code.
//!
//! Primitives are found by static type, walking struct fields and pointers a few
//! levels deep, and named by the Go expression that reaches them (`mu`, `c.mu`,
//! `s.jobs`). One primitive reached by several names is listed once, under the first.

use crate::code::FileId;
use crate::types::{TypeId, TypeKind};
use crate::value::{Object, Path, Ref, Root, Value};
use crate::vm::{GStatus, Machine};

/// One field of a primitive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldView {
    /// Go's field name (`state`, `readerCount`), or a derived quantity (`waiters`).
    pub name: String,
    /// The raw value, as Go would print it.
    pub raw: String,
    /// What it means now, in the book's words.
    pub meaning: String,
}

/// A goroutine waiting on a primitive, in queue order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaiterView {
    pub goroutine: u32,
    /// What it waits to do: `send 3`, `receive`, `acquire sema`, `ticket 2`.
    pub what: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrimitiveView {
    /// The Go expression that reaches it, with the goroutine for a local (`g1: mu`).
    pub name: String,
    /// `chan int`, `sync.Mutex`, `sync.RWMutex`, `sync.WaitGroup`, `sync.Cond`,
    /// `sync.Once`, `atomic.Int64` (and the other sync/atomic types).
    pub kind: String,
    pub fields: Vec<FieldView>,
    /// Buffered values of a channel, oldest first.
    pub buffer: Vec<String>,
    /// Waiting goroutines: for a channel, receivers then senders; for a sync
    /// primitive, the semaphore (or notify list) queue in wake-up order.
    pub queue: Vec<WaiterView>,
}

/// Where a primitive lives: a channel object, or a place holding a sync struct.
#[derive(Clone, PartialEq, Eq)]
enum Identity {
    Chan(u32),
    Place(Ref),
}

struct Finder<'m> {
    m: &'m Machine,
    seen: Vec<Identity>,
    out: Vec<PrimitiveView>,
}

/// Depth of struct fields and pointers followed from a variable.
const MAX_DEPTH: u32 = 4;

/// Every primitive reachable from the program's package variables and from the
/// locals of each live goroutine's frames in the reader's code.
pub fn primitives(m: &Machine) -> Vec<PrimitiveView> {
    let mut f = Finder {
        m,
        seen: vec![],
        out: vec![],
    };
    for (i, g) in m.prog.globals.iter().enumerate() {
        if !g.user {
            continue;
        }
        let place = Ref {
            root: Root::Global(i as u32),
            path: Path::new(),
        };
        let v = m.globals.get(i).cloned().unwrap_or_default();
        f.visit(&g.name, g.ty, &v, Some(place), 0);
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
                let name = format!("g{}: {}", g.id, s.name);
                if s.boxed {
                    if let Value::Ptr(r) = raw {
                        if let Some(v) = m.read_ref(r) {
                            f.visit(&name, s.ty, &v, Some((**r).clone()), 0);
                        }
                    }
                } else {
                    // An unboxed local's address is never taken, so a sync value in
                    // it cannot be shared; channels in it can.
                    f.visit(&name, s.ty, raw, None, 0);
                }
            }
        }
    }
    f.out
}

impl Finder<'_> {
    fn visit(&mut self, name: &str, t: TypeId, v: &Value, place: Option<Ref>, depth: u32) {
        if depth > MAX_DEPTH {
            return;
        }
        let types = &self.m.prog.types;
        if let Some(n) = types.named(t) {
            if &*n.pkg == "sync" {
                let kind = format!("sync.{}", n.name);
                if let Some(p) = place {
                    self.sync_view(name, &kind, v, p);
                }
                return;
            }
            if &*n.pkg == "atomic" {
                if let Some(p) = place {
                    self.atomic_view(name, &format!("atomic.{}", n.name), t, v, p);
                }
                return;
            }
        }
        match types.ukind(t).clone() {
            TypeKind::Chan(..) => {
                if let Value::Chan(o) = v {
                    self.chan_view(name, &types.name(t), *o);
                }
            }
            TypeKind::Struct(fields) => {
                let Value::Agg(vals) = v else { return };
                for (i, (fd, fv)) in fields.iter().zip(vals.iter()).enumerate() {
                    let p = place.clone().map(|mut r| {
                        r.path.push(i as u32);
                        r
                    });
                    self.visit(&format!("{name}.{}", fd.name), fd.ty, fv, p, depth + 1);
                }
            }
            TypeKind::Pointer(elem) => {
                if let Value::Ptr(r) = v {
                    if let Some(inner) = self.m.read_ref(r) {
                        let label = if name.contains('.') || name.contains(": ") {
                            format!("(*{name})")
                        } else {
                            format!("*{name}")
                        };
                        let label = if matches!(types.ukind(elem), TypeKind::Struct(_)) {
                            name.to_string()
                        } else {
                            label
                        };
                        self.visit(&label, elem, &inner, Some((**r).clone()), depth + 1);
                    }
                }
            }
            _ => {}
        }
    }

    fn first_time(&mut self, id: Identity) -> bool {
        if self.seen.contains(&id) {
            return false;
        }
        self.seen.push(id);
        true
    }

    fn chan_view(&mut self, name: &str, kind: &str, o: u32) {
        if !self.first_time(Identity::Chan(o)) {
            return;
        }
        let m = self.m;
        let Some(Object::Chan(c)) = m.heap.objects.get(o as usize) else {
            return;
        };
        let live = |w: &&crate::value::ChanWaiter| {
            m.goroutine(w.gid)
                .is_some_and(|g| g.ticket == w.ticket && matches!(g.status, GStatus::Blocked(_)))
        };
        let buffer: Vec<String> = c.buf.iter().map(|v| m.value_text(c.elem_type, v)).collect();
        let mut queue = vec![];
        for w in c.recvq.iter().filter(live) {
            queue.push(WaiterView {
                goroutine: w.gid,
                what: if w.select_case.is_some() {
                    "receive (in a select)".into()
                } else {
                    "receive".into()
                },
            });
        }
        for w in c.sendq.iter().filter(live) {
            let v = m.value_text(c.elem_type, &w.value);
            queue.push(WaiterView {
                goroutine: w.gid,
                what: if w.select_case.is_some() {
                    format!("send {v} (in a select)")
                } else {
                    format!("send {v}")
                },
            });
        }
        let fields = vec![
            FieldView {
                name: "cap".into(),
                raw: c.cap.to_string(),
                meaning: if c.cap == 0 {
                    "unbuffered: every send waits for a receiver".into()
                } else {
                    format!("room for {} values", c.cap)
                },
            },
            FieldView {
                name: "len".into(),
                raw: c.buf.len().to_string(),
                meaning: format!("{} value(s) buffered", c.buf.len()),
            },
            FieldView {
                name: "closed".into(),
                raw: c.closed.to_string(),
                meaning: if c.closed {
                    "closed: receives drain the buffer, then get the zero value".into()
                } else {
                    "open".into()
                },
            },
        ];
        self.out.push(PrimitiveView {
            name: name.to_string(),
            kind: kind.to_string(),
            fields,
            buffer,
            queue,
        });
    }

    /// A sync/atomic type (`atomic.Int64`, `atomic.Bool`, `atomic.Value`, ...): its one
    /// field, which only atomic operations read and write.
    fn atomic_view(&mut self, name: &str, kind: &str, t: TypeId, v: &Value, place: Ref) {
        if !self.first_time(Identity::Place(place)) {
            return;
        }
        let TypeKind::Struct(fields) = self.m.prog.types.ukind(t).clone() else {
            return;
        };
        let (Some(fd), Value::Agg(vals)) = (fields.first(), v) else {
            return;
        };
        let Some(inner) = vals.first() else { return };
        let raw = self.m.value_text(fd.ty, inner);
        let meaning = match kind {
            "atomic.Bool" => format!("{} (kept as 0 or 1)", raw != "0"),
            "atomic.Value" if raw == "<nil>" => "nothing stored yet".into(),
            "atomic.Value" => "the stored value; the first Store fixed its type".into(),
            _ => "changed only by atomic operations, each one indivisible step".into(),
        };
        self.out.push(PrimitiveView {
            name: name.to_string(),
            kind: kind.to_string(),
            fields: vec![FieldView {
                name: fd.name.to_string(),
                raw,
                meaning,
            }],
            buffer: vec![],
            queue: vec![],
        });
    }

    /// The field at `path` below `place`, as an integer.
    fn int_at(&self, place: &Ref, path: &[u32]) -> i64 {
        let mut r = place.clone();
        r.path.extend_from_slice(path);
        self.read(&r).map(|v| v.as_int()).unwrap_or(0)
    }

    fn read(&self, r: &Ref) -> Option<Value> {
        match r.root {
            Root::Global(i) => {
                let mut v = self.m.globals.get(i as usize)?.clone();
                for p in &r.path {
                    v = match v {
                        Value::Agg(fs) => fs.get(*p as usize)?.clone(),
                        _ => return None,
                    };
                }
                Some(v)
            }
            _ => self.m.read_ref(r),
        }
    }

    /// The goroutines queued on the runtime semaphore (or notify list) at `key`.
    fn sema_queue(&self, key: &Ref, what: &str) -> Vec<WaiterView> {
        let m = self.m;
        m.sema
            .get(key)
            .map(|q| {
                q.iter()
                    .filter(|w| {
                        m.goroutine(w.gid).is_some_and(|g| {
                            g.ticket == w.ticket && matches!(g.status, GStatus::Blocked(_))
                        })
                    })
                    .map(|w| WaiterView {
                        goroutine: w.gid,
                        what: if what == "ticket" {
                            format!("ticket {}", w.cond_ticket)
                        } else {
                            what.to_string()
                        },
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn sub(place: &Ref, i: u32) -> Ref {
        let mut r = place.clone();
        r.path.push(i);
        r
    }

    fn mutex_fields(&self, place: &Ref, prefix: &str) -> Vec<FieldView> {
        let state = self.int_at(place, &[0]) as i32;
        let mut bits = vec![];
        if state & 1 != 0 {
            bits.push("locked");
        }
        if state & 2 != 0 {
            bits.push("woken");
        }
        if state & 4 != 0 {
            bits.push("starving");
        }
        let waiters = state >> 3;
        vec![
            FieldView {
                name: format!("{prefix}state"),
                raw: format!("{state} (0b{:b})", state as u32),
                meaning: if bits.is_empty() && waiters == 0 {
                    "unlocked, no waiters".into()
                } else {
                    format!(
                        "{}{}{} waiter(s) counted",
                        bits.join(", "),
                        if bits.is_empty() { "" } else { "; " },
                        waiters
                    )
                },
            },
            FieldView {
                name: format!("{prefix}sema"),
                raw: self.int_at(place, &[1]).to_string(),
                meaning: "wake-ups not yet taken by a waiter".into(),
            },
        ]
    }

    fn sync_view(&mut self, name: &str, kind: &str, _v: &Value, place: Ref) {
        if !self.first_time(Identity::Place(place.clone())) {
            return;
        }
        let (fields, queue) = match kind {
            "sync.Mutex" => (
                self.mutex_fields(&place, ""),
                self.sema_queue(&Self::sub(&place, 1), "Lock"),
            ),
            "sync.RWMutex" => {
                let count = self.int_at(&place, &[3]);
                let wait = self.int_at(&place, &[4]);
                let max = 1i64 << 30;
                let count_meaning = if count < 0 {
                    format!(
                        "a writer is pending or active; {} reader(s) hold or wait",
                        count + max
                    )
                } else {
                    format!("{count} reader(s) hold it; no writer")
                };
                let mut fields = self.mutex_fields(&Self::sub(&place, 0), "w.");
                fields.push(FieldView {
                    name: "readerCount".into(),
                    raw: count.to_string(),
                    meaning: count_meaning,
                });
                fields.push(FieldView {
                    name: "readerWait".into(),
                    raw: wait.to_string(),
                    meaning: format!("readers the writer still waits for: {wait}"),
                });
                let mut queue = self.sema_queue(&Self::sub(&place, 1), "Lock (writer)");
                queue.extend(self.sema_queue(&Self::sub(&place, 2), "RLock"));
                queue.extend(self.sema_queue(&Self::sub(&Self::sub(&place, 0), 1), "Lock (w)"));
                (fields, queue)
            }
            "sync.WaitGroup" => {
                let state = self.int_at(&place, &[0]);
                let counter = (state >> 32) as i32;
                let waiters = state & 0x7fff_ffff;
                (
                    vec![
                        FieldView {
                            name: "state".into(),
                            raw: format!("{state:#x}"),
                            meaning: format!("counter {counter}, {waiters} waiter(s)"),
                        },
                        FieldView {
                            name: "counter".into(),
                            raw: counter.to_string(),
                            meaning: "goroutines still to call Done".into(),
                        },
                    ],
                    self.sema_queue(&Self::sub(&place, 1), "Wait"),
                )
            }
            "sync.Cond" => {
                let notify_list = Self::sub(&place, 1);
                let wait = self.int_at(&notify_list, &[0]);
                let notify = self.int_at(&notify_list, &[1]);
                (
                    vec![
                        FieldView {
                            name: "notify.wait".into(),
                            raw: wait.to_string(),
                            meaning: "the next ticket Wait hands out".into(),
                        },
                        FieldView {
                            name: "notify.notify".into(),
                            raw: notify.to_string(),
                            meaning: "the next ticket Signal wakes".into(),
                        },
                    ],
                    self.sema_queue(&notify_list, "ticket"),
                )
            }
            "sync.Once" => {
                let done = self.int_at(&place, &[0]);
                let mut fields = vec![FieldView {
                    name: "done".into(),
                    raw: done.to_string(),
                    meaning: if done != 0 {
                        "f has returned: Do does nothing now".into()
                    } else {
                        "f has not finished yet".into()
                    },
                }];
                fields.extend(self.mutex_fields(&Self::sub(&place, 1), "m."));
                (
                    fields,
                    self.sema_queue(&Self::sub(&Self::sub(&place, 1), 1), "Do"),
                )
            }
            _ => return,
        };
        self.out.push(PrimitiveView {
            name: name.to_string(),
            kind: kind.to_string(),
            fields,
            buffer: vec![],
            queue,
        });
    }
}
