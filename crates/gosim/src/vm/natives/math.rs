//! math's natives: the IEEE 754 operations with one correctly rounded result, so
//! Rust's and Go's answers agree to the bit (the functions whose last bit depends on
//! the algorithm are written in Go in the library's math.go, on top of these).

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
        // A float32 is held as its float64 value, which it converts to exactly.
        "math.Float32bits" => {
            |_, _, a| Return(vec![Value::Int((a[0].as_f64() as f32).to_bits() as i64)])
        }
        "math.Float32frombits" => |_, _, a| float(f32::from_bits(a[0].as_int() as u32) as f64),
        // One rounding of x*y+z (Rust's mul_add is the correctly rounded fused
        // operation on every target, in software where the CPU has none).
        "math.FMA" => |_, _, a| float(a[0].as_f64().mul_add(a[1].as_f64(), a[2].as_f64())),
        // (a, b) -> the high and low words of the 128-bit product (for the
        // reduction of huge arguments of the trigonometric functions).
        "math.mul64" => |_, _, a| {
            let p = u128::from(a[0].as_int() as u64) * u128::from(a[1].as_int() as u64);
            Return(vec![
                Value::Int((p >> 64) as u64 as i64),
                Value::Int(p as u64 as i64),
            ])
        },
        _ => missing,
    }
}
