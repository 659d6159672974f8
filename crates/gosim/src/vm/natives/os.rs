//! os's natives: output to the engine's stdout or stderr, and `Exit`.

use super::*;

/// The natives of package `os`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        // Output is a scheduling point, as fmt's is.
        "os.write" => |m, _, a| {
            let text = a[1].as_bytes();
            if a[0].as_int() == 2 {
                m.stderr.extend_from_slice(text);
            } else {
                m.stdout.extend_from_slice(text);
            }
            let shown = String::from_utf8_lossy(text);
            let shown: String = shown.trim_end_matches('\n').chars().take(60).collect();
            NativeResult::Flow(Flow::Yield(
                EventKind::Print,
                format!("print {}", crate::library::numfmt::quote(shown.as_bytes())),
            ))
        },
        // The program ends here with the status given; deferred calls do not run and
        // other goroutines stop, as with Go's os.Exit.
        "os.Exit" => |m, _, a| {
            let code = a[0].as_int();
            // The process status is the low byte, as the operating system keeps it.
            m.exit = Some(crate::vm::Exit::Code((code & 0xff) as i32));
            m.race_finish();
            NativeResult::Flow(Flow::End)
        },
        _ => missing,
    }
}
