//! runtime's natives: `Goexit` (see `vm::goexit`), `Gosched`, `NumGoroutine` and
//! `GOMAXPROCS`.

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
        _ => missing,
    }
}
