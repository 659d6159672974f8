//! Functions the runtime implements in Rust, bound by name to bodiless declarations in
//! the library packages (see `crate::library`): formatting, string helpers, the
//! virtual clock, atomics and the runtime semaphore that sync is built on.

use std::rc::Rc;

use super::exec::{rt, Flow};
use super::{Detail, EventKind, Machine, SemaWaiter, TimerKind};

/// Go's `active_spin`: a contended Lock spins at most this many times.
const ACTIVE_SPIN: i64 = 4;

/// The text of a step that ends a labelled operation: with a pending sub-step
/// label, the label leads (and becomes the step's label); otherwise `text` alone.
fn labelled(m: &mut Machine, text: String) -> String {
    match m.pending_label.take() {
        Some(l) => {
            let out = format!("{l}: {text}");
            m.step_label = Some(l);
            out
        }
        None => text,
    }
}
use crate::types::IntKind;
use crate::value::{Object, Ref, Value};

pub(crate) enum NativeResult {
    Return(Vec<Value>),
    Flow(Flow),
}

pub(crate) type NativeFn = fn(&mut Machine, u32, Vec<Value>) -> NativeResult;

use NativeResult::Return;

fn s(v: &Value) -> String {
    String::from_utf8_lossy(v.as_bytes()).into_owned()
}

fn strv(x: impl AsRef<str>) -> Value {
    Value::str(x.as_ref())
}

fn missing(_: &mut Machine, _: u32, _: Vec<Value>) -> NativeResult {
    NativeResult::Flow(rt("library function not implemented"))
}

/// Binds each declared native to its implementation.
pub(crate) fn resolve(prog: &crate::code::Program) -> Rc<[NativeFn]> {
    // Through a Vec filled by a loop: `Rc<[T]>::from(Vec)` is a plain copy, smaller in
    // the wasm than collecting an iterator straight into an `Rc<[T]>`.
    let mut fns: Vec<NativeFn> = Vec::with_capacity(prog.natives.len());
    for n in &prog.natives {
        fns.push(lookup(&n.name));
    }
    Rc::from(fns)
}

fn lookup(name: &str) -> NativeFn {
    match name {
        "fmt.Sprintf" => |m, _, a| Return(vec![Value::bytes(&m.go_sprintf(&a[0], &a[1], false))]),
        "fmt.errorfText" => |m, _, a| Return(vec![Value::bytes(&m.go_sprintf(&a[0], &a[1], true))]),
        "fmt.Sprint" => |m, _, a| Return(vec![Value::bytes(&m.go_sprint(&a[0], false))]),
        "fmt.Sprintln" => |m, _, a| Return(vec![Value::bytes(&m.go_sprint(&a[0], true))]),
        // Output is a scheduling point: which goroutine prints first is exactly what
        // a reader (and the explorer) must be able to choose.
        "fmt.write" => |m, _, a| {
            m.stdout.extend_from_slice(a[0].as_bytes());
            let text = String::from_utf8_lossy(a[0].as_bytes());
            let text = text.trim_end_matches('\n');
            let shown: String = text.chars().take(60).collect();
            let more = if shown.len() < text.len() { "…" } else { "" };
            NativeResult::Flow(Flow::Yield(
                EventKind::Print,
                format!(
                    "print {}{more}",
                    crate::stdlib::numfmt::quote(shown.as_bytes())
                ),
            ))
        },
        "fmt.wrapIndices" => |m, _, a| {
            let idx = crate::vm::render::wrap_indices(a[0].as_bytes());
            let vals = idx
                .into_iter()
                .map(|i| Value::Int(i as i64))
                .collect::<Vec<_>>();
            let n = vals.len() as u32;
            Return(vec![m.new_slice(vals, n)])
        },
        "strings.Contains" => |_, _, a| {
            Return(vec![Value::Bool(
                find(a[0].as_bytes(), a[1].as_bytes()).is_some(),
            )])
        },
        "strings.Index" => |_, _, a| {
            Return(vec![Value::Int(
                find(a[0].as_bytes(), a[1].as_bytes())
                    .map(|i| i as i64)
                    .unwrap_or(-1),
            )])
        },
        "strings.ToUpper" => |_, _, a| {
            Return(vec![Value::bytes(&crate::stdlib::casemap::map_string(
                a[0].as_bytes(),
                true,
            ))])
        },
        "strings.ToLower" => |_, _, a| {
            Return(vec![Value::bytes(&crate::stdlib::casemap::map_string(
                a[0].as_bytes(),
                false,
            ))])
        },
        "strings.TrimSpace" => |_, _, a| Return(vec![strv(s(&a[0]).trim())]),
        "strings.Repeat" => |_, _, a| {
            let n = a[1].as_int();
            if n < 0 {
                return NativeResult::Flow(Flow::Panic(strv("strings: negative Repeat count")));
            }
            Return(vec![Value::bytes(
                &a[0].as_bytes().repeat(n.min(1 << 24) as usize),
            )])
        },
        "strings.Replace" => |_, _, a| {
            let (src, old, new, n) = (s(&a[0]), s(&a[1]), s(&a[2]), a[3].as_int());
            let out = if n < 0 {
                src.replace(&old, &new)
            } else {
                src.replacen(&old, &new, n as usize)
            };
            Return(vec![strv(out)])
        },
        "strings.Count" => |_, _, a| {
            let (x, sub) = (s(&a[0]), s(&a[1]));
            let n = if sub.is_empty() {
                x.chars().count() + 1
            } else {
                x.matches(&sub).count()
            };
            Return(vec![Value::Int(n as i64)])
        },
        "strings.splitN" => |m, _, a| {
            let (x, sep) = (s(&a[0]), s(&a[1]));
            let parts: Vec<Value> = if sep.is_empty() {
                x.chars().map(|c| strv(c.to_string())).collect()
            } else {
                x.split(&sep).map(strv).collect()
            };
            let n = parts.len() as u32;
            Return(vec![m.new_slice(parts, n)])
        },
        "strings.Fields" => |m, _, a| {
            let x = s(&a[0]);
            let parts: Vec<Value> = x.split_whitespace().map(strv).collect();
            let n = parts.len() as u32;
            Return(vec![if n == 0 {
                m.new_slice(vec![], 0)
            } else {
                m.new_slice(parts, n)
            }])
        },
        "strconv.Itoa" => |_, _, a| Return(vec![strv(a[0].as_int().to_string())]),
        "strconv.formatInt" => |_, _, a| {
            Return(vec![strv(format_radix(
                a[0].as_int(),
                a[1].as_int() as u32,
            ))])
        },
        // Returns the value and 0 (ok), 1 (syntax error) or 2 (out of range), which
        // strconv.go turns into Go's *NumError.
        "strconv.parseInt" => |_, _, a| {
            use crate::stdlib::numfmt::{parse_int, NumErrorKind};
            match parse_int(a[0].as_bytes(), a[1].as_int(), a[2].as_int()) {
                Ok(v) => Return(vec![Value::Int(v), Value::Int(0)]),
                Err((v, e)) => {
                    let code = if e.err == NumErrorKind::Range { 2 } else { 1 };
                    Return(vec![Value::Int(v), Value::Int(code)])
                }
            }
        },
        // Like strconv.parseInt: the value, and 0 (ok), 1 (syntax) or 2 (out of range).
        "strconv.parseFloat" => |_, _, a| {
            use crate::stdlib::numfmt::{parse_float, NumErrorKind};
            let (v, code) = match parse_float(a[0].as_bytes(), a[1].as_int()) {
                Ok(v) => (v, 0),
                Err((v, e)) => (v, if e.err == NumErrorKind::Range { 2 } else { 1 }),
            };
            Return(vec![Value::Float(crate::value::F64(v)), Value::Int(code)])
        },
        "strconv.FormatFloat" => |_, _, a| {
            let bits = if a[3].as_int() == 32 { 32 } else { 64 };
            Return(vec![strv(crate::stdlib::numfmt::format_float(
                a[0].as_f64(),
                a[1].as_int() as u8,
                a[2].as_int().clamp(-1, 10_000) as i32,
                bits,
            ))])
        },
        "strconv.Quote" => {
            |_, _, a| Return(vec![strv(crate::stdlib::numfmt::quote(a[0].as_bytes()))])
        }
        "time.Sleep" => |m, gid, a| {
            let d = a[0].as_int();
            let ticket = m.park(gid, "sleep");
            let seq = m.next_seq;
            m.next_seq += 1;
            m.timers.push(super::Timer {
                when: m.clock + d.max(0),
                seq,
                kind: TimerKind::Wake { gid, ticket },
            });
            NativeResult::Flow(Flow::Blocked("sleep".into()))
        },
        "time.nanotime" => |m, _, _| Return(vec![Value::Int(m.clock)]),
        "time.unixNano" => |m, _, _| Return(vec![Value::Int(super::EPOCH_UNIX_NS + m.clock)]),
        "time.startTimer" => |m, _, a| {
            // (chan, delay, period) -> timer id
            let Value::Chan(o) = a[0] else {
                return Return(vec![Value::Int(0)]);
            };
            if let Object::Chan(c) = m.heap.get_mut(o) {
                c.timer = true;
            }
            let seq = m.next_seq;
            m.next_seq += 1;
            m.timers.push(super::Timer {
                when: m.clock + a[1].as_int().max(0),
                seq,
                kind: TimerKind::Send {
                    chan: o,
                    period: a[2].as_int(),
                    id: seq,
                },
            });
            Return(vec![Value::Int(seq as i64)])
        },
        "time.startFuncTimer" => start_func_timer,
        "time.stopTimer" => stop_timer,
        "time.durationString" => |_, _, a| {
            Return(vec![strv(crate::vm::render::duration_string(
                a[0].as_int(),
            ))])
        },
        "runtime.Gosched" => |m, gid, _| {
            m.yield_turn(gid);
            NativeResult::Flow(Flow::Yield(EventKind::Sync, "Gosched".into()))
        },
        "runtime.NumGoroutine" => |m, _, _| {
            Return(vec![Value::Int(
                m.goroutines
                    .iter()
                    .filter(|g| g.status != super::GStatus::Dead)
                    .count() as i64,
            )])
        },
        "sync.load32" | "sync.load64" => |m, gid, a| match deref(m, gid, &a[0]) {
            Ok(v) => Return(vec![v]),
            Err(f) => NativeResult::Flow(f),
        },
        "sync.cas32" | "sync.cas64" => |m, gid, a| {
            let wrapk = |v: i64, is32: bool| if is32 { v as i32 as i64 } else { v };
            let _ = wrapk;
            let cur = match deref(m, gid, &a[0]) {
                Ok(v) => v,
                Err(f) => return NativeResult::Flow(f),
            };
            let (old, new) = (a[1].as_int(), a[2].as_int());
            let ok = cur.as_int() == old;
            if ok {
                if let Err(f) = store(m, gid, &a[0], a[2].clone()) {
                    return NativeResult::Flow(f);
                }
            }
            let what = match (ok, m.pending_label.is_some()) {
                (true, false) => "atomic compare-and-swap (succeeded)".to_string(),
                (false, false) => "atomic compare-and-swap (failed)".to_string(),
                (true, true) => format!("CAS {old} → {new} succeeded"),
                (false, true) => format!("CAS {old} → {new} failed (found {})", cur.as_int()),
            };
            yield_sync(m, gid, vec![Value::Bool(ok)], &what)
        },
        "sync.add32" => |m, gid, a| add(m, gid, &a[0], a[1].as_int(), true),
        "sync.add64" => |m, gid, a| add(m, gid, &a[0], a[1].as_int(), false),
        "sync.store32" | "sync.store64" => |m, gid, a| match store(m, gid, &a[0], a[1].clone()) {
            Ok(()) => Return(vec![]),
            Err(f) => NativeResult::Flow(f),
        },
        "sync.notifyListWait" => notify_list_wait,
        "sync.notifyListNotifyOne" => |m, gid, a| notify_list_notify(m, gid, a, false),
        "sync.notifyListNotifyAll" => |m, gid, a| notify_list_notify(m, gid, a, true),
        "atomic.addInt32" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int32, AtomicOp::Add),
        "atomic.addInt64" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int64, AtomicOp::Add),
        "atomic.addUint32" => |m, gid, a| atomic_op(m, gid, a, IntKind::Uint32, AtomicOp::Add),
        "atomic.addUint64" => |m, gid, a| atomic_op(m, gid, a, IntKind::Uint64, AtomicOp::Add),
        "atomic.loadInt32" | "atomic.loadInt64" | "atomic.loadUint32" | "atomic.loadUint64"
        | "atomic.loadAny" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int64, AtomicOp::Load),
        "atomic.storeInt32" | "atomic.storeInt64" | "atomic.storeUint32" | "atomic.storeUint64"
        | "atomic.storeAny" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int64, AtomicOp::Store),
        "atomic.swapInt32" | "atomic.swapInt64" | "atomic.swapUint32" | "atomic.swapUint64"
        | "atomic.swapAny" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int64, AtomicOp::Swap),
        "atomic.casInt32" | "atomic.casInt64" | "atomic.casUint32" | "atomic.casUint64"
        | "atomic.casAny" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int64, AtomicOp::Cas),
        "atomic.sameType" => |_, _, a| {
            let same = match (&a[0], &a[1]) {
                (Value::Iface(x), Value::Iface(y)) => x.0 == y.0,
                _ => false,
            };
            Return(vec![Value::Bool(same)])
        },
        // The happens-before edges of sync's API, placed where Go's sync package
        // annotates them for its race detector (the internal atomics do not count).
        "sync.raceAcquire" => |m, gid, a| {
            m.race_annotate(gid, &a[0], super::race::Annotation::Acquire);
            Return(vec![])
        },
        "sync.raceRelease" => |m, gid, a| {
            m.race_annotate(gid, &a[0], super::race::Annotation::Release);
            Return(vec![])
        },
        "sync.raceReleaseMerge" => |m, gid, a| {
            m.race_annotate(gid, &a[0], super::race::Annotation::ReleaseMerge);
            Return(vec![])
        },
        // Sub-step markers (go-facts.md sections 1 and 5, as the chapters name the
        // steps): with Detail::SubSteps, `label` names the operation the library is
        // about to do and `substep` stops the step here without a scheduling decision.
        // With Detail::Operations both do nothing.
        "sync.label" => |m, gid, a| {
            if m.detail == Detail::SubSteps && m.scratch != Some(gid) {
                m.pending_label = Some(s(&a[0]));
            }
            Return(vec![])
        },
        "sync.substep" => |m, gid, a| {
            if m.detail != Detail::SubSteps || m.scratch == Some(gid) {
                return Return(vec![]);
            }
            let label = s(&a[0]);
            m.pending_label = None;
            m.hold = Some((gid, 0));
            m.step_label = Some(label.clone());
            NativeResult::Flow(Flow::Yield(EventKind::Sync, label))
        },
        // runtime_canSpin (go-facts.md section 1). One goroutine runs at a time, so
        // the Ps are modelled: every other runnable goroutine is taken to run on a P
        // of its own while there are Ps for it, and the rest wait in this P's local
        // run queue. The machine has as many CPUs as GOMAXPROCS says.
        "sync.canSpin" => |m, gid, a| {
            let iter = a[0].as_int();
            let others = m
                .goroutines
                .iter()
                .filter(|g| {
                    g.id != gid && g.status == super::GStatus::Runnable && m.scratch != Some(g.id)
                })
                .count() as i64;
            let procs = m.gomaxprocs as i64;
            let multicore = procs > 1;
            let other_p_running = others >= 1;
            let local_runq_empty = others < procs;
            let ok = iter < ACTIVE_SPIN && multicore && other_p_running && local_runq_empty;
            Return(vec![Value::Bool(ok)])
        },
        // runtime_doSpin: 30 PAUSE instructions. Time passes for the goroutines on
        // other Ps meanwhile, so a spin is a scheduling point.
        "sync.doSpin" => |m, gid, _| {
            if m.detail == Detail::SubSteps && m.scratch != Some(gid) {
                m.pending_label = None;
                m.step_label = Some("spin".into());
            }
            NativeResult::Flow(Flow::Yield(
                EventKind::Sync,
                "spin (procyield: 30 PAUSE instructions)".into(),
            ))
        },
        "runtime.GOMAXPROCS" => |m, _, a| {
            let prev = m.gomaxprocs;
            let n = a[0].as_int();
            if n > 0 {
                m.gomaxprocs = n.min(1 << 16) as u32;
            }
            Return(vec![Value::Int(prev as i64)])
        },
        "sync.semacquire" => semacquire,
        "sync.semrelease" => semrelease,
        "sync.fatal" => |m, _, a| {
            let msg = format!("fatal error: {}\n", s(&a[0]));
            m.stderr.extend_from_slice(msg.as_bytes());
            m.exit = Some(super::Exit::Code(2));
            NativeResult::Flow(Flow::End)
        },
        // Go's monotonic clock never reads 0, and Mutex.lockSlow takes a waitStartTime of 0
        // to mean "not queued yet"; without the offset a waiter that queues at virtual time 0
        // would restart its wait (and queue FIFO) on every wake-up and never starve.
        "sync.nanotime" => |m, _, _| Return(vec![Value::Int(m.clock + 1)]),
        "sort.lenOf" => |_, _, a| {
            Return(vec![Value::Int(match &a[0] {
                Value::Iface(iv) => match &iv.1 {
                    Value::Slice(s) => s.len as i64,
                    _ => 0,
                },
                _ => 0,
            })])
        },
        "sort.swapIn" => |m, _, a| {
            if let Value::Iface(iv) = &a[0] {
                if let Value::Slice(s) = &iv.1 {
                    let (i, j) = (a[1].as_int() as usize, a[2].as_int() as usize);
                    if let Object::Array(arr) = m.heap.get_mut(s.arr) {
                        let off = s.off as usize;
                        if off + i.max(j) < arr.len() {
                            arr.swap(off + i, off + j);
                        }
                    }
                }
            }
            Return(vec![])
        },
        "errors.asTarget" => |m, gid, a| errors_as(m, gid, &a[0], &a[1]),
        "context.typeString" => context_type_string,
        "context.comparableType" => context_comparable_type,
        // The natives x/sync needs live in their own module.
        other => super::xsync_natives::lookup(other).unwrap_or(missing),
    }
}

// ----- time: func timers and Go 1.23 stops (context builds on these) -----

/// `startFuncTimer(f, d)`: arms a timer that starts `f` in its own goroutine.
fn start_func_timer(m: &mut Machine, gid: u32, a: Vec<Value>) -> NativeResult {
    let seq = m.next_seq;
    m.next_seq += 1;
    let armed = m.race.as_mut().map(|r| r.arm_timer(gid));
    m.timers.push(super::Timer {
        when: m.clock + a[1].as_int().max(0),
        seq,
        kind: TimerKind::Func {
            func: a[0].clone(),
            id: seq,
            armed,
        },
    });
    Return(vec![Value::Int(seq as i64)])
}

/// `stopTimer(c, id)`: takes timer `id` off the clock and empties its channel `c`
/// (nil for a func timer), so no stale value is received after Stop or Reset, as
/// Go 1.23's synchronous timer channels promise. True when the timer was pending:
/// not fired yet, or fired with its value still unreceived.
fn stop_timer(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    let id = a[1].as_int() as u64;
    let before = m.timers.len();
    m.timers.retain(|t| match t.kind {
        TimerKind::Send { id: i, .. } | TimerKind::Func { id: i, .. } => i != id,
        TimerKind::Wake { .. } => true,
    });
    let mut pending = m.timers.len() < before;
    if let Value::Chan(o) = a[0] {
        if let Object::Chan(c) = m.heap.get_mut(o) {
            if c.buf.pop_front().is_some() {
                pending = true;
                if let Some(race) = m.race.as_mut() {
                    race.pop_buffered(o);
                }
            }
        }
    }
    Return(vec![Value::Bool(pending)])
}

// ----- context: what Go's context asks of reflectlite -----

/// `typeString(v)`: the name of v's dynamic type, as reflect's `Type.String` gives it.
fn context_type_string(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    let name = match &a[0] {
        Value::Iface(iv) => m.prog.types.name(iv.0),
        _ => "<nil>".to_string(),
    };
    Return(vec![strv(name)])
}

/// `comparableType(v)`: whether v's dynamic type is comparable (reflect's
/// `Type.Comparable`: a type question, so a struct holding an interface counts).
fn context_comparable_type(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    let ok = match &a[0] {
        Value::Iface(iv) => m.prog.types.comparable(iv.0),
        _ => true,
    };
    Return(vec![Value::Bool(ok)])
}

/// Pushes the results and ends the step: a sync operation is a scheduling point.
fn yield_sync(m: &mut Machine, gid: u32, vals: Vec<Value>, what: &str) -> NativeResult {
    m.goroutines[gid as usize - 1].stack.extend(vals);
    let text = labelled(m, what.to_string());
    NativeResult::Flow(Flow::Yield(EventKind::Sync, text))
}

fn deref(m: &mut Machine, gid: u32, p: &Value) -> Result<Value, Flow> {
    match p {
        Value::Ptr(r) => m.load_ref(gid, r),
        _ => Err(rt("invalid memory address or nil pointer dereference")),
    }
}

fn store(m: &mut Machine, gid: u32, p: &Value, v: Value) -> Result<(), Flow> {
    match p {
        Value::Ptr(r) => m.store_ref(gid, r, v),
        _ => Err(rt("invalid memory address or nil pointer dereference")),
    }
}

fn add(m: &mut Machine, gid: u32, p: &Value, d: i64, is32: bool) -> NativeResult {
    let cur = match deref(m, gid, p) {
        Ok(v) => v.as_int(),
        Err(f) => return NativeResult::Flow(f),
    };
    let new = if is32 {
        (cur as i32).wrapping_add(d as i32) as i64
    } else {
        cur.wrapping_add(d)
    };
    if let Err(f) = store(m, gid, p, Value::Int(new)) {
        return NativeResult::Flow(f);
    }
    let what = if m.pending_label.is_some() {
        format!("add {d} → {new}")
    } else {
        "atomic add".to_string()
    };
    yield_sync(m, gid, vec![Value::Int(new)], &what)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AtomicOp {
    Add,
    Load,
    Store,
    Swap,
    Cas,
}

/// One sync/atomic operation on `*a[0]`: indivisible, and a scheduling point. Only
/// `Add` computes, so only it needs the integer kind to wrap at its width.
fn atomic_op(
    m: &mut Machine,
    gid: u32,
    a: Vec<Value>,
    kind: IntKind,
    op: AtomicOp,
) -> NativeResult {
    let cur = match deref(m, gid, &a[0]) {
        Ok(v) => v,
        Err(f) => return NativeResult::Flow(f),
    };
    let (new, result, what) = match op {
        AtomicOp::Load => (None, vec![cur], "atomic load".to_string()),
        AtomicOp::Store => (Some(a[1].clone()), vec![], "atomic store".to_string()),
        AtomicOp::Swap => (Some(a[1].clone()), vec![cur], "atomic swap".to_string()),
        AtomicOp::Add => {
            let v = Value::Int(kind.wrap(cur.as_int().wrapping_add(a[1].as_int())));
            (Some(v.clone()), vec![v], "atomic add".to_string())
        }
        AtomicOp::Cas => {
            if cur == a[1] {
                (
                    Some(a[2].clone()),
                    vec![Value::Bool(true)],
                    "atomic compare-and-swap (succeeded)".to_string(),
                )
            } else {
                (
                    None,
                    vec![Value::Bool(false)],
                    "atomic compare-and-swap (failed)".to_string(),
                )
            }
        }
    };
    if let Some(v) = new {
        if let Err(f) = store(m, gid, &a[0], v) {
            return NativeResult::Flow(f);
        }
    }
    m.race_sync(gid, &a[0]);
    yield_sync(m, gid, result, &what)
}

/// Go's `less` on notifyList tickets, which wrap around.
fn ticket_less(a: i64, b: i64) -> bool {
    (a as i32).wrapping_sub(b as i32) < 0
}

/// The field `i` of the notifyList `*p` (0: `wait`, the next ticket to hand out;
/// 1: `notify`, the next ticket to wake).
fn notify_field(p: &Ref, i: u32) -> Ref {
    let mut r = p.clone();
    r.path.push(i);
    r
}

/// `notifyListWait(l, t)` (go-facts §5): return at once if ticket `t` has been
/// notified already; otherwise park until Signal or Broadcast reaches it. A woken
/// waiter re-runs the call and finds its resume mark.
fn notify_list_wait(m: &mut Machine, gid: u32, a: Vec<Value>) -> NativeResult {
    let Some(key) = sema_key(&a[0]) else {
        return NativeResult::Flow(rt("invalid memory address or nil pointer dereference"));
    };
    if m.goroutines[gid as usize - 1].resume.take() == Some(Value::Bool(true)) {
        m.pending_label = None;
        return Return(vec![]);
    }
    let t = a[1].as_int();
    let notify = match m.load_ref(gid, &notify_field(&key, 1)) {
        Ok(v) => v.as_int(),
        Err(f) => return NativeResult::Flow(f),
    };
    if ticket_less(t, notify) {
        m.pending_label = None;
        return Return(vec![]);
    }
    let ticket = m.park(gid, "sync.Cond.Wait");
    m.sema.get_or_default(key).push_back(SemaWaiter {
        gid,
        ticket,
        cond_ticket: t as u32,
    });
    let g = &mut m.goroutines[gid as usize - 1];
    g.stack.extend(a);
    if let Some(f) = g.frames.last_mut() {
        f.pc -= 1;
    }
    if let Some(l) = m.pending_label.take() {
        m.step_label = Some(l);
    }
    NativeResult::Flow(Flow::Blocked("sync.Cond.Wait".into()))
}

/// Signal (`all == false`: wake the waiter holding the oldest unnotified ticket) or
/// Broadcast (`all`: wake every waiter, in queue order).
fn notify_list_notify(m: &mut Machine, gid: u32, a: Vec<Value>, all: bool) -> NativeResult {
    let Some(key) = sema_key(&a[0]) else {
        return NativeResult::Flow(rt("invalid memory address or nil pointer dereference"));
    };
    let read = |m: &mut Machine, i| m.load_ref(gid, &notify_field(&key, i)).map(|v| v.as_int());
    let (wait, notify) = match (read(m, 0), read(m, 1)) {
        (Ok(w), Ok(n)) => (w, n),
        (Err(f), _) | (_, Err(f)) => return NativeResult::Flow(f),
    };
    let what = if all { "Broadcast" } else { "Signal" };
    if wait == notify {
        return yield_sync(m, gid, vec![], &format!("{what}: no waiters"));
    }
    let new_notify = if all {
        wait
    } else {
        IntKind::Int32.wrap(notify + 1)
    };
    if let Err(f) = m.store_ref(gid, &notify_field(&key, 1), Value::Int(new_notify)) {
        return NativeResult::Flow(f);
    }
    let queue = m.sema.remove(&key).unwrap_or_default();
    let mut keep = crate::queue::Deque::default();
    let mut woken = vec![];
    for w in queue {
        let live = m.goroutine(w.gid).is_some_and(|g| {
            g.ticket == w.ticket && matches!(g.status, super::GStatus::Blocked(_))
        });
        if !live {
            continue;
        }
        if all || (woken.is_empty() && w.cond_ticket as i64 == IntKind::Int32.wrap(notify)) {
            woken.push(w.gid);
        } else {
            keep.push_back(w);
        }
    }
    if !keep.is_empty() {
        m.sema.insert(key, keep);
    }
    for g in &woken {
        m.goroutines[*g as usize - 1].resume = Some(Value::Bool(true));
        m.ready(*g);
    }
    let text = match woken.as_slice() {
        [] => format!("{what}: the notified waiter has not parked yet"),
        gs => format!(
            "{what}: woke goroutine{} {}",
            if gs.len() > 1 { "s" } else { "" },
            gs.iter()
                .map(|g| g.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    yield_sync(m, gid, vec![], &text)
}

fn sema_key(p: &Value) -> Option<Ref> {
    match p {
        Value::Ptr(r) => Some((**r).clone()),
        _ => None,
    }
}

/// The runtime semaphore's acquire (go-facts §0): take a count if there is one, else
/// queue (at the front for `lifo`) and park. A woken waiter re-runs this call: with a
/// handoff it already owns the count; otherwise it competes again.
fn semacquire(m: &mut Machine, gid: u32, a: Vec<Value>) -> NativeResult {
    let Some(key) = sema_key(&a[0]) else {
        return NativeResult::Flow(rt("invalid memory address or nil pointer dereference"));
    };
    let lifo = a[1].as_bool();
    let reason = s(&a[2]);
    let woken = m.goroutines[gid as usize - 1].resume.take();
    if woken == Some(Value::Bool(true)) {
        m.pending_label = None;
        return Return(vec![]);
    }
    let count = match m.load_ref(gid, &key) {
        Ok(v) => v.as_int(),
        Err(f) => return NativeResult::Flow(f),
    };
    if count > 0 {
        let _ = m.store_ref(gid, &key, Value::Int(count - 1));
        m.pending_label = None;
        return Return(vec![]);
    }
    let ticket = m.park(gid, &reason);
    let q = m.sema.get_or_default(key);
    let w = SemaWaiter {
        gid,
        ticket,
        cond_ticket: 0,
    };
    if lifo {
        q.push_front(w);
    } else {
        q.push_back(w);
    }
    // Re-run this call when woken: put the arguments back and step back over the call.
    let g = &mut m.goroutines[gid as usize - 1];
    g.stack.extend(a);
    if let Some(f) = g.frames.last_mut() {
        f.pc -= 1;
    }
    // The wait reason stays Go's; a sub-step label leads the step's text.
    if let Some(l) = m.pending_label.take() {
        m.step_label = Some(l);
    }
    NativeResult::Flow(Flow::Blocked(reason))
}

/// The runtime semaphore's release: add a count and wake the first waiter; with
/// `handoff`, the count goes straight to that waiter and the releaser yields to it.
fn semrelease(m: &mut Machine, gid: u32, a: Vec<Value>) -> NativeResult {
    let Some(key) = sema_key(&a[0]) else {
        return NativeResult::Flow(rt("invalid memory address or nil pointer dereference"));
    };
    let handoff = a[1].as_bool();
    let count = match m.load_ref(gid, &key) {
        Ok(v) => v.as_int(),
        Err(f) => return NativeResult::Flow(f),
    };
    let _ = m.store_ref(gid, &key, Value::Int(count + 1));
    let waiter = loop {
        let Some(q) = m.sema.get_mut(&key) else {
            break None;
        };
        let Some(w) = q.pop_front() else {
            m.sema.remove(&key);
            break None;
        };
        let live = m.goroutine(w.gid).is_some_and(|g| {
            g.ticket == w.ticket && matches!(g.status, super::GStatus::Blocked(_))
        });
        if live {
            if m.sema.get(&key).is_some_and(|q| q.is_empty()) {
                m.sema.remove(&key);
            }
            break Some(w);
        }
    };
    let Some(w) = waiter else {
        m.pending_label = None;
        return Return(vec![]);
    };
    let granted = handoff && count + 1 > 0;
    if granted {
        let _ = m.store_ref(gid, &key, Value::Int(count));
    }
    m.goroutines[w.gid as usize - 1].resume = Some(Value::Bool(granted));
    m.ready(w.gid);
    if granted {
        // Go's semrelease with handoff yields (goyield) so the new owner runs at once.
        m.yield_turn(gid);
        let text = labelled(m, format!("handoff to goroutine {}", w.gid));
        return NativeResult::Flow(Flow::Yield(EventKind::Sync, text));
    }
    yield_sync(m, gid, vec![], &format!("woke goroutine {}", w.gid))
}

fn errors_as(m: &mut Machine, gid: u32, err: &Value, target: &Value) -> NativeResult {
    // target is an interface holding a pointer *T; err an interface holding a dynamic value.
    let Value::Iface(t) = target else {
        return NativeResult::Flow(Flow::Panic(strv(
            "errors: target must be a non-nil pointer",
        )));
    };
    let types = &m.prog.types;
    let crate::types::TypeKind::Pointer(elem) = *types.kind(t.0) else {
        return NativeResult::Flow(Flow::Panic(strv(
            "errors: target must be a non-nil pointer",
        )));
    };
    let Value::Iface(e) = err else {
        return Return(vec![Value::Bool(false)]);
    };
    let ok_iface = types.is_interface(elem) && m.dyn_matches(err, elem);
    if e.0 == elem || ok_iface {
        let v = if types.is_interface(elem) {
            err.clone()
        } else {
            e.1.clone()
        };
        if let Err(f) = store(m, gid, &t.1, v) {
            return NativeResult::Flow(f);
        }
        return Return(vec![Value::Bool(true)]);
    }
    Return(vec![Value::Bool(false)])
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn format_radix(v: i64, base: u32) -> String {
    if !(2..=36).contains(&base) {
        return v.to_string();
    }
    let neg = v < 0;
    let mut u = v.unsigned_abs();
    if u == 0 {
        return "0".into();
    }
    let mut digits = vec![];
    while u > 0 {
        digits.push(std::char::from_digit((u % base as u64) as u32, base).unwrap_or('?'));
        u /= base as u64;
    }
    if neg {
        digits.push('-');
    }
    digits.iter().rev().collect()
}
