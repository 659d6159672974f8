//! The runtime natives the `golang.org/x/sync` packages and what they lean on
//! (`runtime.Goexit`) need, kept apart from `natives` so that each can change
//! without the other.

use super::exec::Flow;
use super::natives::{NativeFn, NativeResult};
use super::Machine;
use crate::value::Value;

/// The native named `name` (`package.function`), if it is one of these.
pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "runtime.Goexit" => |m, gid, _| NativeResult::Flow(m.goexit(gid)),
        // runtime/debug.Stack as singleflight's newPanicError takes it: the engine's
        // traceback, whose frames it never prints, so only the first line.
        "singleflight.debugStack" => |_, gid, _| {
            NativeResult::Return(vec![Value::str(&format!("goroutine {gid} [running]:\n"))])
        },
        // A panicError's text holds Go's stack trace (frames, paths, argument
        // words), which the engine cannot reproduce. The report of a crash leaves
        // the trace out anyway (only its first line is Go's), so there the stored
        // text serves; a program reading it would get a wrong answer instead.
        "singleflight.stackText" => |m, _, a| {
            if m.reporting_crash() {
                return NativeResult::Return(vec![a[0].clone()]);
            }
            m.stop_limit(
                "not supported here: the stack trace in a singleflight panic's error text \
                 (runtime/debug.Stack)"
                    .into(),
            );
            NativeResult::Flow(Flow::End)
        },
        _ => return None,
    })
}

impl Machine {
    /// Whether a goroutine is dying of a panic (every frame unwound), so that user
    /// code runs only to render the crash report (`Error` of the panic value).
    fn reporting_crash(&self) -> bool {
        self.goroutines.iter().any(|g| {
            g.frames.is_empty()
                && g.status != super::GStatus::Dead
                && g.panic.as_ref().is_some_and(|p| !p.goexit)
        })
    }
}
