//! math's natives: the IEEE 754 operations with one correctly rounded result, so
//! Rust's and Go's answers agree to the bit.

use super::*;
use crate::value::F64;

fn float(v: f64) -> NativeResult {
    Return(vec![Value::Float(F64(v))])
}

/// The natives of package `math`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "math.Sqrt" => |_, _, a| float(a[0].as_f64().sqrt()),
        "math.Floor" => |_, _, a| float(a[0].as_f64().floor()),
        "math.Ceil" => |_, _, a| float(a[0].as_f64().ceil()),
        "math.Trunc" => |_, _, a| float(a[0].as_f64().trunc()),
        "math.Abs" => |_, _, a| float(a[0].as_f64().abs()),
        // fmod is exact: the remainder is representable, whatever the operands.
        "math.Mod" => |_, _, a| float(a[0].as_f64() % a[1].as_f64()),
        "math.Float64bits" => |_, _, a| Return(vec![Value::Int(a[0].as_f64().to_bits() as i64)]),
        "math.Float64frombits" => |_, _, a| float(f64::from_bits(a[0].as_int() as u64)),
        _ => missing,
    }
}
