//! errors' natives: `errors.As`'s assignment to its target.

use super::*;

/// The natives of package `errors`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "errors.asTarget" => |m, gid, a| errors_as(m, gid, &a[0], &a[1]),
        _ => missing,
    }
}

fn errors_as(m: &mut Machine, gid: u32, err: &Value, target: &Value) -> NativeResult {
    // target is an interface holding a pointer *T; err an interface holding a dynamic value.
    let Value::Iface(t) = target else {
        return NativeResult::Flow(Flow::Panic(go_string(
            "errors: target must be a non-nil pointer",
        )));
    };
    let types = &m.prog.types;
    let crate::types::TypeKind::Pointer(elem) = *types.kind(t.0) else {
        return NativeResult::Flow(Flow::Panic(go_string(
            "errors: target must be a non-nil pointer",
        )));
    };
    let Value::Iface(e) = err else {
        return Return(vec![Value::Bool(false)]);
    };
    let ok_iface = types.is_interface(elem) && m.dyn_matches(err, elem);
    if e.0 == elem || ok_iface {
        let v = if types.is_interface(elem) {
            err.clone()
        } else {
            e.1.clone()
        };
        if let Err(f) = store(m, gid, &t.1, v) {
            return NativeResult::Flow(f);
        }
        return Return(vec![Value::Bool(true)]);
    }
    Return(vec![Value::Bool(false)])
}
