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
        // The value, a code (0 ok, 1 syntax, 2 range, 3 invalid base n, 4 invalid bit
        // size n) and n, which strconv.go turns into Go's *NumError.
        "strconv.parseInt" => |_, _, a| {
            let r =
                crate::library::numfmt::parse_int(a[0].as_bytes(), a[1].as_int(), a[2].as_int());
            let (v, code, n) = parse_result(r);
            Return(vec![Value::Int(v), Value::Int(code), Value::Int(n)])
        },
        "strconv.parseUint" => |_, _, a| {
            let r =
                crate::library::numfmt::parse_uint(a[0].as_bytes(), a[1].as_int(), a[2].as_int());
            let (v, code, n) = parse_result(r);
            Return(vec![Value::Int(v as i64), Value::Int(code), Value::Int(n)])
        },
        "strconv.formatUint" => |_, _, a| {
            let v = a[0].as_int() as u64;
            let base = a[1].as_int() as u32;
            Return(vec![go_string(crate::library::numfmt::format_uint(
                v, base,
            ))])
        },
        "strconv.QuoteToASCII" => |_, _, a| {
            Return(vec![go_string(crate::library::numfmt::quote_to_ascii(
                a[0].as_bytes(),
            ))])
        },
        "strconv.QuoteRune" => |_, _, a| {
            Return(vec![go_string(crate::library::numfmt::quote_rune(
                a[0].as_int(),
            ))])
        },
        "strconv.QuoteRuneToASCII" => |_, _, a| {
            Return(vec![go_string(
                crate::library::numfmt::quote_rune_to_ascii(a[0].as_int()),
            )])
        },
        "strconv.CanBackquote" => |_, _, a| {
            Return(vec![Value::Bool(crate::library::numfmt::can_backquote(
                a[0].as_bytes(),
            ))])
        },
        "strconv.IsPrint" => |_, _, a| {
            let r = a[0].as_int();
            let printable = u32::try_from(r).is_ok_and(crate::library::runeclass::is_print);
            Return(vec![Value::Bool(printable)])
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

/// A numfmt parse result as the strconv natives return it: the value, the error code
/// strconv.go's `numError` reads, and the base or bit size a code 3 or 4 names.
fn parse_result<T: Default>(r: Result<T, (T, crate::library::numfmt::NumError)>) -> (T, i64, i64) {
    use crate::library::numfmt::NumErrorKind;
    match r {
        Ok(v) => (v, 0, 0),
        Err((v, e)) => match e.err {
            NumErrorKind::Syntax => (v, 1, 0),
            NumErrorKind::Range => (v, 2, 0),
            NumErrorKind::Base(b) => (v, 3, b),
            NumErrorKind::BitSize(b) => (v, 4, b),
        },
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
