//! Compile-time constant values and their arithmetic.
//!
//! Go's untyped constants are exact; this keeps integers as `i128` (ample for any
//! constant a learner writes, and overflow is reported rather than wrapped) and floats as
//! `f64`.

use crate::syntax::ast::{BinaryOp, UnaryOp};

#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(Vec<u8>),
}

impl ConstVal {
    pub fn as_f64(&self) -> f64 {
        match self {
            ConstVal::Int(i) => *i as f64,
            ConstVal::Float(f) => *f,
            _ => 0.0,
        }
    }

    /// The value as an exact integer, if it is one (`2.0` is, `2.5` is not).
    pub fn as_int(&self) -> Option<i128> {
        match self {
            ConstVal::Int(i) => Some(*i),
            ConstVal::Float(f) if f.fract() == 0.0 && f.abs() < 1e38 => Some(*f as i128),
            _ => None,
        }
    }

    /// Go's way of writing a constant in an error message.
    pub fn describe(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 1e21 {
                    (*f as i128).to_string()
                } else {
                    // `d[.ddd]e±x` from the shortest digits (floatconv, not Rust's `{:e}`:
                    // see that crate for why).
                    let digits = floatconv::Digits::shortest(*f);
                    let mut out = String::from(if *f < 0.0 { "-" } else { "" });
                    let (first, rest) = digits.digits.split_at(1.min(digits.digits.len()));
                    out.push(first.first().map_or('0', |&c| char::from(c)));
                    if !rest.is_empty() {
                        out.push('.');
                        out.extend(rest.iter().map(|&c| char::from(c)));
                    }
                    let exp = if rest.is_empty() && first.is_empty() {
                        0
                    } else {
                        digits.point - 1
                    };
                    out.push_str(&format!(
                        "e{}{}",
                        if exp < 0 { '-' } else { '+' },
                        exp.abs()
                    ));
                    out
                }
            }
            ConstVal::Str(s) => crate::library::numfmt::quote(s),
        }
    }
}

/// Evaluates a binary operation on constants; `float` says whether the result kind is
/// a float (an int operand is promoted). Errors are Go's messages.
pub fn binary(
    op: BinaryOp,
    a: &ConstVal,
    b: &ConstVal,
    float: bool,
    integer_division: bool,
) -> Result<ConstVal, String> {
    use BinaryOp::*;
    use ConstVal::*;
    match (a, b) {
        (Str(x), Str(y)) => match op {
            Add => Ok(Str([x.as_slice(), y.as_slice()].concat())),
            Eq => Ok(Bool(x == y)),
            Ne => Ok(Bool(x != y)),
            Lt => Ok(Bool(x < y)),
            Le => Ok(Bool(x <= y)),
            Gt => Ok(Bool(x > y)),
            Ge => Ok(Bool(x >= y)),
            _ => Err(format!(
                "operator {} not defined on untyped string",
                op.as_str()
            )),
        },
        (Bool(x), Bool(y)) => match op {
            LogAnd => Ok(Bool(*x && *y)),
            LogOr => Ok(Bool(*x || *y)),
            Eq => Ok(Bool(x == y)),
            Ne => Ok(Bool(x != y)),
            _ => Err(format!(
                "operator {} not defined on untyped bool",
                op.as_str()
            )),
        },
        _ if !float && a.as_int().is_some() && b.as_int().is_some() => {
            let (x, y) = (a.as_int().unwrap_or(0), b.as_int().unwrap_or(0));
            let ovf = || "constant overflow".to_string();
            Ok(match op {
                Add => Int(x.checked_add(y).ok_or_else(ovf)?),
                Sub => Int(x.checked_sub(y).ok_or_else(ovf)?),
                Mul => Int(x.checked_mul(y).ok_or_else(ovf)?),
                Div => {
                    if y == 0 {
                        return Err("invalid operation: division by zero".into());
                    }
                    if integer_division {
                        Int(x / y)
                    } else {
                        Float(x as f64 / y as f64)
                    }
                }
                Rem => {
                    if y == 0 {
                        return Err("invalid operation: division by zero".into());
                    }
                    Int(x % y)
                }
                And => Int(x & y),
                Or => Int(x | y),
                Xor => Int(x ^ y),
                AndNot => Int(x & !y),
                Shl => {
                    if !(0..=200).contains(&y) {
                        return Err("invalid shift count".into());
                    }
                    Int(x
                        .checked_shl(y as u32)
                        .filter(|r| r >> y == x)
                        .ok_or_else(ovf)?)
                }
                Shr => {
                    if y < 0 {
                        return Err("invalid shift count".into());
                    }
                    Int(x >> y.min(127))
                }
                Eq => Bool(x == y),
                Ne => Bool(x != y),
                Lt => Bool(x < y),
                Le => Bool(x <= y),
                Gt => Bool(x > y),
                Ge => Bool(x >= y),
                LogAnd | LogOr => {
                    return Err(format!(
                        "operator {} not defined on untyped int",
                        op.as_str()
                    ))
                }
            })
        }
        _ => {
            let (x, y) = (a.as_f64(), b.as_f64());
            Ok(match op {
                Add => Float(x + y),
                Sub => Float(x - y),
                Mul => Float(x * y),
                Div => {
                    if y == 0.0 {
                        return Err("invalid operation: division by zero".into());
                    }
                    Float(x / y)
                }
                Eq => Bool(x == y),
                Ne => Bool(x != y),
                Lt => Bool(x < y),
                Le => Bool(x <= y),
                Gt => Bool(x > y),
                Ge => Bool(x >= y),
                _ => {
                    return Err(format!(
                        "operator {} not defined on untyped float",
                        op.as_str()
                    ))
                }
            })
        }
    }
}

pub fn unary(op: UnaryOp, a: &ConstVal) -> Result<ConstVal, String> {
    match (op, a) {
        (UnaryOp::Plus, v) => Ok(v.clone()),
        (UnaryOp::Neg, ConstVal::Int(i)) => Ok(ConstVal::Int(-i)),
        (UnaryOp::Neg, ConstVal::Float(f)) => Ok(ConstVal::Float(-f)),
        (UnaryOp::Not, ConstVal::Bool(b)) => Ok(ConstVal::Bool(!b)),
        (UnaryOp::BitNot, ConstVal::Int(i)) => Ok(ConstVal::Int(!i)),
        _ => Err("invalid constant operation".into()),
    }
}

/// Parses a Go integer literal (`0x1F`, `0o17`, `017`, `0b1`, `1_000`).
pub fn parse_int(lit: &str) -> Option<i128> {
    let s: String = lit.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    i128::from_str_radix(&digits, radix).ok()
}

/// A Go float literal's value, correctly rounded (decimal or hexadecimal, `_` allowed):
/// the literal grammar is part of `strconv.ParseFloat`'s, whose parser this is. Too large a
/// value gives an infinity, which the caller reports as an overflow.
pub fn parse_float(lit: &str) -> Option<f64> {
    match crate::library::numfmt::parse_float(lit.as_bytes(), 64) {
        Ok(v) => Some(v),
        Err((v, _)) if v.is_infinite() => Some(v),
        Err(_) => None,
    }
}
