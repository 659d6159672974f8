//! runtime's natives: `Goexit` (see `vm::goexit`), `Gosched`, `NumGoroutine`,
//! `GOMAXPROCS`, `GC` and `NumCPU`.

use super::*;
use crate::code::{CallKind, Op};

/// The natives of package `runtime`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "runtime.Goexit" => |m, gid, _| NativeResult::Flow(m.goexit(gid)),
        "runtime.Gosched" => |m, gid, _| {
            m.yield_turn(gid);
            NativeResult::Flow(Flow::Yield(EventKind::Sync, "Gosched".into()))
        },
        "runtime.NumGoroutine" => |m, _, _| {
            Return(vec![Value::Int(
                m.goroutines
                    .iter()
                    .filter(|g| g.status != crate::vm::GStatus::Dead)
                    .count() as i64,
            )])
        },
        // The previous setting is the program's own once it has set one; before that
        // it is the machine's CPU count, which Go's answer shows and the engine's
        // cannot (0 marks it, the model then acting as one P): using it is refused.
        "runtime.GOMAXPROCS" => |m, gid, a| {
            let prev = m.gomaxprocs;
            if prev == 0 && result_used(m, gid) {
                return NativeResult::Flow(m.refuse(
                    "runtime.GOMAXPROCS's result before the program sets GOMAXPROCS \
                     (the machine's CPU count; the engine models one CPU)",
                ));
            }
            let n = a[0].as_int();
            if n > 0 {
                m.gomaxprocs = n.min(1 << 16) as u32;
            }
            Return(vec![Value::Int(i64::from(prev.max(1)))])
        },
        // A full collection of the engine's heap, at once (runtime.GC then yields, as
        // Go's caller waits for the cycle's mark phase).
        "runtime.collect" => |m, _, _| {
            m.collect_garbage();
            m.gc_calls += 1;
            Return(vec![])
        },
        // The machine's CPU count, which the engine (one CPU, the same answer on every
        // reader's machine) cannot give: a NumCPU whose result is dropped, or passed
        // straight to GOMAXPROCS (which makes the setting the machine's), runs; any
        // other use is refused.
        "runtime.NumCPU" => |m, gid, _| {
            let feeds_gomaxprocs = match next_op(m, gid) {
                Some(Op::Pop) => return Return(vec![Value::Int(1)]),
                Some(Op::Call {
                    kind: CallKind::Native(n),
                    nargs: 1,
                }) => m
                    .prog
                    .natives
                    .get(*n as usize)
                    .is_some_and(|d| d.name == "runtime.GOMAXPROCS"),
                _ => false,
            };
            if !feeds_gomaxprocs {
                return NativeResult::Flow(m.refuse(
                    "runtime.NumCPU's result (the machine's CPU count; the engine models one CPU)",
                ));
            }
            // The setting becomes the machine's again (even after the program set its
            // own), and the 0 passed on makes GOMAXPROCS change nothing.
            m.gomaxprocs = 0;
            Return(vec![Value::Int(0)])
        },
        // The program's runtime.GC calls so far (MemStats.NumForcedGC).
        "runtime.gcCalls" => |m, _, _| Return(vec![Value::Int(i64::from(m.gc_calls))]),
        "runtime.clearValue" => |m, _, a| {
            if let Value::Iface(iv) = &a[0] {
                match &iv.1 {
                    Value::Map(o) => {
                        if let Object::Map(mo) = m.heap.get_mut(*o) {
                            // A range over the map in progress holds its own list of
                            // keys and skips the ones gone, as Go's does.
                            mo.clear();
                        }
                    }
                    Value::Slice(s) => {
                        let elem = match m.prog.types.ukind(iv.0) {
                            crate::types::TypeKind::Slice(e) => *e,
                            _ => return Return(vec![]),
                        };
                        let zero = crate::value::zero_value(&m.prog.types, elem);
                        if let Object::Array(arr) = m.heap.get_mut(s.arr) {
                            let (lo, hi) = (s.off as usize, (s.off + s.len) as usize);
                            for e in arr.iter_mut().take(hi).skip(lo) {
                                *e = zero.clone();
                            }
                        }
                    }
                    _ => {}
                }
            }
            Return(vec![])
        },
        "runtime.unsupported" => unsupported,
        _ => missing,
    }
}

/// The instruction after the native call goroutine `gid` is running (its frame's pc
/// is already past the call).
fn next_op(m: &Machine, gid: u32) -> Option<&Op> {
    let f = m.goroutine(gid)?.frames.last()?;
    m.prog.funcs.get(f.func as usize)?.code.get(f.pc as usize)
}

/// Whether the running native call's result is used: anything but the `Pop` of an
/// expression statement.
fn result_used(m: &Machine, gid: u32) -> bool {
    !matches!(next_op(m, gid), Some(Op::Pop))
}
