//! fmt's natives: formatting through the engine's `library::fmt` and output, which
//! is a scheduling point.

use super::*;

/// The natives of package `fmt`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "fmt.unsupported" => unsupported,
        "fmt.Sprintf" => |m, _, a| {
            let r = m.go_sprintf(&a[0], &a[1]);
            result_or_refusal(m, r, |_, text| vec![Value::bytes(&text)])
        },
        // Errorf's text and its `%w` operands' indexes, found in one pass as Go's
        // printer does (a second pass would run String and Error methods again).
        "fmt.errorf" => |m, _, a| {
            let r = m.go_errorf(&a[0], &a[1]);
            result_or_refusal(m, r, |m, (text, wrapped)| {
                let n = wrapped.len() as u32;
                let idx = wrapped.into_iter().map(|i| Value::Int(i as i64)).collect();
                vec![Value::bytes(&text), m.new_slice(idx, n)]
            })
        },
        "fmt.Sprint" => |m, _, a| {
            let r = m.go_sprint(&a[0], false);
            result_or_refusal(m, r, |_, text| vec![Value::bytes(&text)])
        },
        "fmt.Sprintln" => |m, _, a| {
            let r = m.go_sprint(&a[0], true);
            result_or_refusal(m, r, |_, text| vec![Value::bytes(&text)])
        },
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
                    crate::library::numfmt::quote(shown.as_bytes())
                ),
            ))
        },
        _ => missing,
    }
}

/// The formatter's result as the native's results, or the program stopped with the
/// formatter's refusal.
fn result_or_refusal<T>(
    m: &mut Machine,
    r: Result<T, String>,
    results: impl FnOnce(&mut Machine, T) -> Vec<Value>,
) -> NativeResult {
    match r {
        Ok(t) => Return(results(m, t)),
        Err(why) => NativeResult::Flow(m.refuse(&why)),
    }
}
