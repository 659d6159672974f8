//! sort's natives: length and swap on the slice inside an interface value.

use super::*;

/// The natives of package `sort`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "sort.lenOf" => |_, _, a| {
            Return(vec![Value::Int(match &a[0] {
                Value::Iface(iv) => match &iv.1 {
                    Value::Slice(s) => s.len as i64,
                    _ => 0,
                },
                _ => 0,
            })])
        },
        "sort.swapIn" => |m, _, a| {
            if let Value::Iface(iv) = &a[0] {
                if let Value::Slice(s) = &iv.1 {
                    let (i, j) = (a[1].as_int() as usize, a[2].as_int() as usize);
                    if let Object::Array(arr) = m.heap.get_mut(s.arr) {
                        let off = s.off as usize;
                        if off + i.max(j) < arr.len() {
                            arr.swap(off + i, off + j);
                        }
                    }
                }
            }
            Return(vec![])
        },
        "sort.kindOf" => |m, _, a| {
            Return(vec![Value::Int(match &a[0] {
                Value::Iface(iv) => super::reflect::kind_of(&m.prog.types, iv.0),
                _ => 0,
            })])
        },
        "sort.unsupported" => unsupported,
        _ => missing,
    }
}
