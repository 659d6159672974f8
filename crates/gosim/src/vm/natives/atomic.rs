//! sync/atomic's natives: each operation indivisible and a scheduling point.

use super::*;

/// The natives of package `atomic`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "atomic.addInt32" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int32, AtomicOp::Add),
        "atomic.addInt64" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int64, AtomicOp::Add),
        "atomic.addUint32" => |m, gid, a| atomic_op(m, gid, a, IntKind::Uint32, AtomicOp::Add),
        "atomic.addUint64" => |m, gid, a| atomic_op(m, gid, a, IntKind::Uint64, AtomicOp::Add),
        "atomic.loadInt32" | "atomic.loadInt64" | "atomic.loadUint32" | "atomic.loadUint64"
        | "atomic.loadAny" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int64, AtomicOp::Load),
        "atomic.storeInt32" | "atomic.storeInt64" | "atomic.storeUint32" | "atomic.storeUint64"
        | "atomic.storeAny" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int64, AtomicOp::Store),
        "atomic.swapInt32" | "atomic.swapInt64" | "atomic.swapUint32" | "atomic.swapUint64"
        | "atomic.swapAny" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int64, AtomicOp::Swap),
        "atomic.casInt32" | "atomic.casInt64" | "atomic.casUint32" | "atomic.casUint64"
        | "atomic.casAny" => |m, gid, a| atomic_op(m, gid, a, IntKind::Int64, AtomicOp::Cas),
        "atomic.sameType" => |_, _, a| {
            let same = match (&a[0], &a[1]) {
                (Value::Iface(x), Value::Iface(y)) => x.0 == y.0,
                _ => false,
            };
            Return(vec![Value::Bool(same)])
        },
        _ => missing,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AtomicOp {
    Add,
    Load,
    Store,
    Swap,
    Cas,
}

/// One sync/atomic operation on `*a[0]`: indivisible, and a scheduling point. Only
/// `Add` computes, so only it needs the integer kind to wrap at its width.
fn atomic_op(
    m: &mut Machine,
    gid: u32,
    a: Vec<Value>,
    kind: IntKind,
    op: AtomicOp,
) -> NativeResult {
    let cur = match deref(m, gid, &a[0]) {
        Ok(v) => v,
        Err(f) => return NativeResult::Flow(f),
    };
    let (new, result, what) = match op {
        AtomicOp::Load => (None, vec![cur], "atomic load".to_string()),
        AtomicOp::Store => (Some(a[1].clone()), vec![], "atomic store".to_string()),
        AtomicOp::Swap => (Some(a[1].clone()), vec![cur], "atomic swap".to_string()),
        AtomicOp::Add => {
            let v = Value::Int(kind.wrap(cur.as_int().wrapping_add(a[1].as_int())));
            (Some(v.clone()), vec![v], "atomic add".to_string())
        }
        AtomicOp::Cas => {
            if cur == a[1] {
                (
                    Some(a[2].clone()),
                    vec![Value::Bool(true)],
                    "atomic compare-and-swap (succeeded)".to_string(),
                )
            } else {
                (
                    None,
                    vec![Value::Bool(false)],
                    "atomic compare-and-swap (failed)".to_string(),
                )
            }
        }
    };
    if let Some(v) = new {
        if let Err(f) = store(m, gid, &a[0], v) {
            return NativeResult::Flow(f);
        }
    }
    m.race_sync(gid, &a[0]);
    yield_sync(m, gid, result, &what)
}
