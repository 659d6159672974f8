//! unicode's natives: the rune classes and case mappings of `library::runeclass`
//! and `library::casemap`, and membership in the range tables `go/unicode.go` packs.

use super::*;
use crate::library::runeclass;

/// The natives of package `unicode`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "unicode.class" => |_, _, a| {
            Return(vec![Value::Bool(runeclass::class(
                a[0].as_int(),
                a[1].as_int(),
            ))])
        },
        "unicode.toCase" => |_, _, a| {
            let upper = matches!(a[1], Value::Bool(true));
            Return(vec![Value::Int(runeclass::to_case(a[0].as_int(), upper))])
        },
        "unicode.inTable" => |_, _, a| {
            let text = a[0].as_bytes();
            let part = usize::try_from(a[1].as_int())
                .ok()
                .zip(usize::try_from(a[2].as_int()).ok())
                .and_then(|(lo, hi)| text.get(lo..hi))
                .unwrap_or_default();
            Return(vec![Value::Bool(runeclass::in_text_table(
                part,
                a[3].as_int(),
            ))])
        },
        "unicode.SimpleFold" => {
            |_, _, a| Return(vec![Value::Int(runeclass::simple_fold(a[0].as_int()))])
        }
        _ => missing,
    }
}
