//! sync's natives: the internal atomics, the runtime semaphore and notify lists
//! sync is built on (go-facts §0, §5), spinning, race-detector annotations, sub-step
//! labels and sync's fatal errors.

use super::*;

/// The natives of package `sync`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
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
        // The happens-before edges of sync's API, placed where Go's sync package
        // annotates them for its race detector (the internal atomics do not count).
        // sync.Pool's age: the runtime.GC calls so far (see Machine::gc_calls).
        "sync.gcCount" => |m, _, _| Return(vec![Value::Int(i64::from(m.gc_calls))]),
        "sync.raceAcquire" => |m, gid, a| {
            m.race_annotate(gid, &a[0], crate::vm::race::Annotation::Acquire);
            Return(vec![])
        },
        "sync.raceRelease" => |m, gid, a| {
            m.race_annotate(gid, &a[0], crate::vm::race::Annotation::Release);
            Return(vec![])
        },
        "sync.raceReleaseMerge" => |m, gid, a| {
            m.race_annotate(gid, &a[0], crate::vm::race::Annotation::ReleaseMerge);
            Return(vec![])
        },
        // Sub-step markers (go-facts.md sections 1 and 5, as the chapters name the
        // steps): with Detail::SubSteps, `label` names the operation the library is
        // about to do and `substep` stops the step here without a scheduling decision.
        // With Detail::Operations both do nothing.
        "sync.label" => |m, gid, a| {
            if m.detail == Detail::SubSteps && m.scratch != Some(gid) {
                m.pending_label = Some(lossy_string(&a[0]));
            }
            Return(vec![])
        },
        "sync.substep" => |m, gid, a| {
            if m.detail != Detail::SubSteps || m.scratch == Some(gid) {
                return Return(vec![]);
            }
            let label = lossy_string(&a[0]);
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
                    g.id != gid
                        && g.status == crate::vm::GStatus::Runnable
                        && m.scratch != Some(g.id)
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
        "sync.semacquire" => semacquire,
        "sync.semrelease" => semrelease,
        "sync.fatal" => |m, _, a| {
            let msg = format!("fatal error: {}\n", lossy_string(&a[0]));
            m.stderr.extend_from_slice(msg.as_bytes());
            m.exit = Some(crate::vm::Exit::Code(2));
            NativeResult::Flow(Flow::End)
        },
        // Go's monotonic clock never reads 0, and Mutex.lockSlow takes a waitStartTime of 0
        // to mean "not queued yet"; without the offset a waiter that queues at virtual time 0
        // would restart its wait (and queue FIFO) on every wake-up and never starve.
        "sync.nanotime" => |m, _, _| Return(vec![Value::Int(m.clock + 1)]),
        _ => missing,
    }
}

/// Go's `active_spin`: a contended Lock spins at most this many times.
const ACTIVE_SPIN: i64 = 4;

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
    block_and_retry(m, gid, a, "sync.Cond.Wait".into())
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
            g.ticket == w.ticket && matches!(g.status, crate::vm::GStatus::Blocked(_))
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
    let reason = lossy_string(&a[2]);
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
    block_and_retry(m, gid, a, reason)
}

/// Blocks goroutine `gid` (already parked) in a native call that runs again when it
/// is woken: the arguments `a` go back on its stack and its frame steps back over the
/// call. The wait reason stays Go's; a pending sub-step label leads the step's text.
fn block_and_retry(m: &mut Machine, gid: u32, a: Vec<Value>, reason: String) -> NativeResult {
    let g = &mut m.goroutines[gid as usize - 1];
    g.stack.extend(a);
    if let Some(f) = g.frames.last_mut() {
        f.pc -= 1;
    }
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
            g.ticket == w.ticket && matches!(g.status, crate::vm::GStatus::Blocked(_))
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
