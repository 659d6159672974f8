//! context's natives: what Go's context package asks of internal/reflectlite
//! (a dynamic type's name for printed chains, and whether a key's type is
//! comparable, for `WithValue`'s panic).

use super::*;

/// The natives of package `context`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "context.typeString" => type_string,
        "context.comparableType" => comparable_type,
        _ => missing,
    }
}

/// `typeString(v)`: the name of v's dynamic type, as reflect's `Type.String` gives it.
fn type_string(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    let name = match &a[0] {
        Value::Iface(iv) => m.prog.types.name(iv.0),
        _ => "<nil>".to_string(),
    };
    Return(vec![go_string(name)])
}

/// `comparableType(v)`: whether v's dynamic type is comparable (reflect's
/// `Type.Comparable`: a type question, so a struct holding an interface counts).
fn comparable_type(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    let ok = match &a[0] {
        Value::Iface(iv) => m.prog.types.comparable(iv.0),
        _ => true,
    };
    Return(vec![Value::Bool(ok)])
}
