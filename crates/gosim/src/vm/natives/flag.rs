//! flag's natives: only the run-time refusal (a flag defined twice, arguments to
//! parse), since every flag keeps its default.

use super::*;

/// The natives of package `flag`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "flag.unsupported" => unsupported,
        _ => missing,
    }
}
