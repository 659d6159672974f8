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
        "time.stopTimer" => |m, _, a| {
            let id = a[0].as_int() as u64;
            let before = m.timers.len();
            m.timers
                .retain(|t| !matches!(t.kind, TimerKind::Send { id: i, .. } if i == id));
            Return(vec![Value::Bool(m.timers.len() < before)])
        },
        "time.durationString" => |_, _, a| {
            Return(vec![go_string(crate::vm::render::duration_string(
                a[0].as_int(),
            ))])
        },
        _ => missing,
    }
}
