//! Compile-time constant values and their arithmetic.
//!
//! Go's constants are exact numbers: `0.1 + 0.2` is 3/10, so `fmt.Println(0.1 + 0.2)`
//! prints 0.3, where the same sum of two float64 variables prints 0.30000000000000004.
//! Integers are kept as `i128` (ample for any constant a learner writes; overflow is
//! reported rather than wrapped) and floats as exact rationals ([`Rat`], on the
//! schoolbook big numbers of [`rational`]),
//! rounded to float64 only when a typed use needs it: a typed float64 constant holds a
//! float64's value, and an operation on typed constants rounds its result, as Go's type
//! checker does.

mod rational;

use crate::syntax::ast::{BinaryOp, UnaryOp};
use rational::{Nat, Ratio};

/// How many bits a float constant's numerator and denominator may take together. Go
/// keeps such a constant as a 512-bit float; a rational that large is refused rather
/// than rounded differently (no program a learner writes comes near it).
const MAX_RAT_BITS: u64 = 1 << 16;

/// An exact rational: the value of an untyped float constant.
#[derive(Clone, Debug, PartialEq, PartialOrd)]
pub struct Rat(Ratio);

impl Rat {
    pub fn from_int(i: i128) -> Rat {
        Rat(Ratio::from_i128(i))
    }

    /// A float64's exact value (NaN and the infinities have none: zero).
    pub fn from_f64(f: f64) -> Rat {
        Rat(Ratio::from_f64(f))
    }

    /// The nearest float64, ties to even (±Inf past the largest).
    pub fn to_f64(&self) -> f64 {
        // Go's constants have no negative zero: `-0.0` is 0.
        self.0.to_f64() + 0.0
    }

    /// The nearest float32 (as a float64), ties to even (±Inf past the largest).
    /// Rounding to float64 first can only go wrong when that lands exactly halfway
    /// between two float32s (the halfway point has 25 bits, so float64 holds it): then
    /// the exact value decides.
    pub fn to_f32(&self) -> f64 {
        let f = self.to_f64();
        let g = f as f32;
        if !f.is_finite() || g as f64 == f || !g.is_finite() {
            return g as f64;
        }
        let (lo, hi) = if (g as f64) < f {
            (g, g.next_up())
        } else {
            (g.next_down(), g)
        };
        let mid = (lo as f64 + hi as f64) / 2.0;
        if f != mid {
            return g as f64;
        }
        match self.partial_cmp(&Rat::from_f64(mid)) {
            Some(std::cmp::Ordering::Greater) => hi as f64,
            Some(std::cmp::Ordering::Less) => lo as f64,
            _ => g as f64,
        }
    }

    pub fn is_integer(&self) -> bool {
        self.0.is_integer()
    }

    /// The value as an `i128`, if it is an integer that fits.
    pub fn to_i128(&self) -> Option<i128> {
        if self.0.is_integer() {
            self.0.trunc_i128()
        } else {
            None
        }
    }

    /// The integer part, rounded toward zero, if it fits an `i128`.
    pub fn trunc_i128(&self) -> Option<i128> {
        self.0.trunc_i128()
    }

    /// Go's short form of a float constant in an error message: `%.6g` of its float64
    /// value (all the digits when six would hide a fraction), a whole number in full, and
    /// past float64's range six digits and a decimal exponent (`1e+400`).
    pub fn describe(&self) -> String {
        use crate::library::numfmt::format_float;
        if let Some(i) = self.to_i128() {
            return i.to_string();
        }
        let f = self.to_f64();
        if f.is_finite() && (f == 0.0) == self.0.is_zero() {
            let s = format_float(f, b'g', 6, 64);
            return if !self.is_integer() && !s.contains('.') && !s.contains('e') {
                format_float(f, b'g', -1, 64)
            } else {
                s
            };
        }
        // Out of float64's range: the decimal exponent from the bit lengths, then the
        // leading digits from the value scaled by that power of ten.
        let neg = self.0.is_negative();
        let abs = self.0.abs();
        let bits = abs.numer().bits() as i64 - abs.denom().bits() as i64;
        let mut e10 = (bits as f64 * std::f64::consts::LOG10_2).floor() as i64;
        let scale = |e: i64| {
            let p = Ratio::from_int(false, Nat::pow(10, e.unsigned_abs()));
            if e >= 0 {
                abs.div(&p)
            } else {
                abs.mul(&p)
            }
        };
        let mut m = scale(e10).to_f64();
        if m >= 10.0 {
            e10 += 1;
            m = scale(e10).to_f64();
        } else if m < 1.0 {
            e10 -= 1;
            m = scale(e10).to_f64();
        }
        let digits = format_float(m, b'g', 6, 64);
        format!(
            "{}{digits}e{}{}",
            if neg { "-" } else { "" },
            if e10 < 0 { '-' } else { '+' },
            e10.abs()
        )
    }

    fn checked(r: Ratio) -> Result<Rat, String> {
        if r.numer().bits() + r.denom().bits() > MAX_RAT_BITS {
            return Err(
                "not supported here: a constant this precise (Go rounds it to 512 bits)".into(),
            );
        }
        Ok(Rat(r))
    }

    /// Go's float literal (decimal or hexadecimal, `_` allowed) as an exact value.
    pub fn parse_literal(lit: &str) -> Option<Rat> {
        let s: String = lit.chars().filter(|&c| c != '_').collect();
        let lower = s.to_ascii_lowercase();
        let (hex, body) = match lower.strip_prefix("0x") {
            Some(b) => (true, b),
            None => (false, lower.as_str()),
        };
        let (mant, exp) = match body.find(if hex { 'p' } else { 'e' }) {
            Some(i) => (&body[..i], body[i + 1..].parse::<i64>().ok()?),
            None => (body, 0),
        };
        let radix: u32 = if hex { 16 } else { 10 };
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        let digits = format!("{int}{frac}");
        let mut m = Nat::default();
        for c in digits.chars() {
            m.mul_add_small(radix, c.to_digit(radix)?);
        }
        // Each fraction digit is a power of the radix: 4 bits in hex, a 10 in decimal.
        let (base, scale) = if hex {
            (2u32, exp.checked_sub(4 * frac.len() as i64)?)
        } else {
            (10u32, exp.checked_sub(frac.len() as i64)?)
        };
        if scale.unsigned_abs() > 20_000 {
            return None;
        }
        let pow = Nat::pow(base, scale.unsigned_abs());
        let r = if scale >= 0 {
            Ratio::from_int(false, m.mul(&pow))
        } else {
            Ratio::new(false, m, pow)
        };
        Some(Rat(r))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    Bool(bool),
    Int(i128),
    Float(Rat),
    Str(Vec<u8>),
}

impl ConstVal {
    /// A float constant with a float64's value.
    pub fn float(f: f64) -> ConstVal {
        ConstVal::Float(Rat::from_f64(f))
    }

    pub fn as_f64(&self) -> f64 {
        match self {
            ConstVal::Int(i) => *i as f64,
            ConstVal::Float(r) => r.to_f64(),
            _ => 0.0,
        }
    }

    /// The value as an exact rational (ints included).
    fn as_rat(&self) -> Option<Rat> {
        match self {
            ConstVal::Int(i) => Some(Rat::from_int(*i)),
            ConstVal::Float(r) => Some(r.clone()),
            _ => None,
        }
    }

    /// The value as an exact integer, if it is one (`2.0` is, `2.5` is not).
    pub fn as_int(&self) -> Option<i128> {
        match self {
            ConstVal::Int(i) => Some(*i),
            ConstVal::Float(r) => r.to_i128(),
            _ => None,
        }
    }

    /// A float constant whose value is not a whole number.
    pub fn is_fraction(&self) -> bool {
        matches!(self, ConstVal::Float(r) if !r.is_integer())
    }

    /// Go's way of writing a constant in an error message.
    pub fn describe(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(r) => r.describe(),
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
            Eq | Ne | Lt | Le | Gt | Ge => Ok(Bool(compared(op, x, y))),
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
                        Float(Rat::checked(Ratio::from_i128(x).div(&Ratio::from_i128(y)))?)
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
                Eq | Ne | Lt | Le | Gt | Ge => Bool(compared(op, &x, &y)),
                LogAnd | LogOr => {
                    return Err(format!(
                        "operator {} not defined on untyped int",
                        op.as_str()
                    ))
                }
            })
        }
        _ => {
            let (Some(Rat(x)), Some(Rat(y))) = (a.as_rat(), b.as_rat()) else {
                return Err("invalid constant operation".into());
            };
            Ok(match op {
                Add => Float(Rat::checked(x.add(&y))?),
                Sub => Float(Rat::checked(x.sub(&y))?),
                Mul => Float(Rat::checked(x.mul(&y))?),
                Div => {
                    if y.is_zero() {
                        return Err("invalid operation: division by zero".into());
                    }
                    Float(Rat::checked(x.div(&y))?)
                }
                Eq | Ne | Lt | Le | Gt | Ge => Bool(compared(op, &x, &y)),
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

/// `x op y` for a comparison operator `op` on ordered values.
fn compared<T: PartialOrd>(op: BinaryOp, x: &T, y: &T) -> bool {
    match op {
        BinaryOp::Eq => x == y,
        BinaryOp::Ne => x != y,
        BinaryOp::Lt => x < y,
        BinaryOp::Le => x <= y,
        BinaryOp::Gt => x > y,
        _ => x >= y,
    }
}

pub fn unary(op: UnaryOp, a: &ConstVal) -> Result<ConstVal, String> {
    match (op, a) {
        (UnaryOp::Plus, v) => Ok(v.clone()),
        (UnaryOp::Neg, ConstVal::Int(i)) => Ok(ConstVal::Int(-i)),
        (UnaryOp::Neg, ConstVal::Float(Rat(r))) => Ok(ConstVal::Float(Rat(r.neg()))),
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

/// A Go float literal's exact value (decimal or hexadecimal, `_` allowed); `None` for
/// text that is no float literal or an exponent beyond ±20,000.
pub fn parse_float(lit: &str) -> Option<Rat> {
    Rat::parse_literal(lit)
}
