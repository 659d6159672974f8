//! fmt's natives: formatting through the engine's `library::fmt` and output, which
//! is a scheduling point.

use super::*;

/// The natives of package `fmt`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "fmt.Sprintf" => |m, _, a| {
            let r = m.go_sprintf(&a[0], &a[1], false);
            text_or_refusal(m, r)
        },
        "fmt.errorfText" => |m, _, a| {
            let r = m.go_sprintf(&a[0], &a[1], true);
            text_or_refusal(m, r)
        },
        "fmt.Sprint" => |m, _, a| {
            let r = m.go_sprint(&a[0], false);
            text_or_refusal(m, r)
        },
        "fmt.Sprintln" => |m, _, a| {
            let r = m.go_sprint(&a[0], true);
            text_or_refusal(m, r)
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
        "fmt.wrapIndices" => |m, _, a| {
            let idx = crate::vm::render::wrap_indices(a[0].as_bytes());
            let vals = idx
                .into_iter()
                .map(|i| Value::Int(i as i64))
                .collect::<Vec<_>>();
            let n = vals.len() as u32;
            Return(vec![m.new_slice(vals, n)])
        },
        _ => missing,
    }
}

/// The formatted text as the native's result, or the program stopped with the
/// formatter's refusal.
fn text_or_refusal(m: &mut Machine, r: Result<Vec<u8>, &'static str>) -> NativeResult {
    match r {
        Ok(text) => Return(vec![Value::bytes(&text)]),
        Err(why) => {
            m.stop_limit(format!("not supported here: {why}"));
            NativeResult::Flow(Flow::End)
        }
    }
}
