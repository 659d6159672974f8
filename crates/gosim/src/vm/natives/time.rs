//! time's natives: the virtual clock, sleeping, and the timers behind
//! `time.After`, `Timer` and `Ticker`.

use super::*;

/// The natives of package `time`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "time.Sleep" => |m, gid, a| {
            let d = a[0].as_int();
            let ticket = m.park(gid, "sleep");
            let seq = m.next_seq;
            m.next_seq += 1;
            m.timers.push(crate::vm::Timer {
                when: m.clock + d.max(0),
                seq,
                kind: TimerKind::Wake { gid, ticket },
            });
            NativeResult::Flow(Flow::Blocked("sleep".into()))
        },
        "time.nanotime" => |m, _, _| Return(vec![Value::Int(m.clock)]),
        "time.unixNano" => |m, _, _| Return(vec![Value::Int(crate::vm::EPOCH_UNIX_NS + m.clock)]),
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
            m.timers.push(crate::vm::Timer {
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
            Return(vec![go_string(crate::vm::render::duration_string(
                a[0].as_int(),
            ))])
        },
        _ => missing,
    }
}

/// `startFuncTimer(f, d)`: arms a timer that starts `f` in its own goroutine.
fn start_func_timer(m: &mut Machine, gid: u32, a: Vec<Value>) -> NativeResult {
    let seq = m.next_seq;
    m.next_seq += 1;
    let armed = m.race.as_mut().map(|r| r.arm_timer(gid));
    m.timers.push(crate::vm::Timer {
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
