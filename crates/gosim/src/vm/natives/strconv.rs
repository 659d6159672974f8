//! strconv's natives: integer and float parsing and formatting through the
//! engine's `library::numfmt`, and quoting.

use super::*;

/// The natives of package `strconv`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "strconv.Itoa" => |_, _, a| Return(vec![go_string(a[0].as_int().to_string())]),
        "strconv.formatInt" => |_, _, a| {
            Return(vec![go_string(format_radix(
                a[0].as_int(),
                a[1].as_int() as u32,
            ))])
        },
        // Returns the value and 0 (ok), 1 (syntax error) or 2 (out of range), which
        // strconv.go turns into Go's *NumError.
        "strconv.parseInt" => |_, _, a| {
            use crate::library::numfmt::{parse_int, NumErrorKind};
            match parse_int(a[0].as_bytes(), a[1].as_int(), a[2].as_int()) {
                Ok(v) => Return(vec![Value::Int(v), Value::Int(0)]),
                Err((v, e)) => {
                    let code = if e.err == NumErrorKind::Range { 2 } else { 1 };
                    Return(vec![Value::Int(v), Value::Int(code)])
                }
            }
        },
        // Like strconv.parseInt: the value, and 0 (ok), 1 (syntax) or 2 (out of range).
        "strconv.parseFloat" => |_, _, a| {
            use crate::library::numfmt::{parse_float, NumErrorKind};
            let (v, code) = match parse_float(a[0].as_bytes(), a[1].as_int()) {
                Ok(v) => (v, 0),
                Err((v, e)) => (v, if e.err == NumErrorKind::Range { 2 } else { 1 }),
            };
            Return(vec![Value::Float(crate::value::F64(v)), Value::Int(code)])
        },
        "strconv.FormatFloat" => |_, _, a| {
            let bits = if a[3].as_int() == 32 { 32 } else { 64 };
            Return(vec![go_string(crate::library::numfmt::format_float(
                a[0].as_f64(),
                a[1].as_int() as u8,
                a[2].as_int().clamp(-1, 10_000) as i32,
                bits,
            ))])
        },
        "strconv.Quote" => |_, _, a| {
            Return(vec![go_string(crate::library::numfmt::quote(
                a[0].as_bytes(),
            ))])
        },
        _ => missing,
    }
}

fn format_radix(v: i64, base: u32) -> String {
    if !(2..=36).contains(&base) {
        return v.to_string();
    }
    let neg = v < 0;
    let mut u = v.unsigned_abs();
    if u == 0 {
        return "0".into();
    }
    let mut digits = vec![];
    while u > 0 {
        digits.push(std::char::from_digit((u % base as u64) as u32, base).unwrap_or('?'));
        u /= base as u64;
    }
    if neg {
        digits.push('-');
    }
    digits.iter().rev().collect()
}
