//! runtime's natives: `Goexit` (see `vm::goexit`), `Gosched`, `NumGoroutine`,
//! `GOMAXPROCS`, `GC` and `NumCPU`.

use super::*;

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
        "runtime.GOMAXPROCS" => |m, _, a| {
            let prev = m.gomaxprocs;
            let n = a[0].as_int();
            if n > 0 {
                m.gomaxprocs = n.min(1 << 16) as u32;
            }
            Return(vec![Value::Int(prev as i64)])
        },
        // A full collection of the engine's heap, at once (runtime.GC then yields, as
        // Go's caller waits for the cycle's mark phase).
        "runtime.collect" => |m, _, _| {
            m.collect_garbage();
            m.gc_calls += 1;
            Return(vec![])
        },
        // The model runs goroutines on one CPU: NumCPU agrees with the GOMAXPROCS the
        // machine starts with (1), so a program sizing a worker pool by NumCPU gets the
        // same answer on every run and in every share link (the host's count would
        // make the output depend on the reader's machine).
        "runtime.NumCPU" => |_, _, _| Return(vec![Value::Int(1)]),
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
