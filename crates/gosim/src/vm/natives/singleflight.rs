//! golang.org/x/sync/singleflight's natives: what its panicError asks of
//! runtime/debug. A panicError's text holds Go's stack trace (frames, paths,
//! argument words), which the engine cannot reproduce, so it is refused where a
//! program would read it.

use super::*;

/// The natives of package `singleflight`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        // runtime/debug.Stack as singleflight's newPanicError takes it: the engine's
        // traceback, whose frames it never prints, so only the first line.
        "singleflight.debugStack" => {
            |_, gid, _| Return(vec![Value::str(&format!("goroutine {gid} [running]:\n"))])
        }
        // The report of a crash leaves the trace out anyway (only its first line is
        // Go's), so there the stored text serves; a program reading it would get a
        // wrong answer instead.
        "singleflight.stackText" => |m, _, a| {
            if reporting_crash(m) {
                return Return(vec![a[0].clone()]);
            }
            m.stop_limit(
                "not supported here: the stack trace in a singleflight panic's error text \
                 (runtime/debug.Stack)"
                    .into(),
            );
            NativeResult::Flow(Flow::End)
        },
        _ => missing,
    }
}

/// Whether a goroutine is dying of a panic (every frame unwound), so that user code
/// runs only to render the crash report (`Error` of the panic value).
fn reporting_crash(m: &Machine) -> bool {
    m.goroutines.iter().any(|g| {
        g.frames.is_empty()
            && g.status != crate::vm::GStatus::Dead
            && g.panic.as_ref().is_some_and(|p| !p.goexit)
    })
}
