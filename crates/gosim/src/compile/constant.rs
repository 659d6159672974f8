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
        if f.is_finite() && !g.is_finite() {
            // Past the largest float32 only from halfway to the next power of two
            // on, which float64 holds exactly: below it the value rounds down to
            // the largest (`max32 + ulp32/2 - tiny` converts).
            let mid = f32::MAX as f64 + (f32::MAX as f64 - f32::MAX.next_down() as f64) / 2.0;
            let below = self.0.abs() < Ratio::from_f64(mid);
            return match (below, self.0.is_negative()) {
                (true, false) => f32::MAX as f64,
                (true, true) => -(f32::MAX as f64),
                (false, _) => g as f64,
            };
        }
        if !f.is_finite() || g as f64 == f {
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
        if let Some(i) = self.to_i128() {
            return i.to_string();
        }
        self.describe_float()
    }

    /// An integer constant past i128 (`1 << 149`), in full as Go writes it; a float
    /// constant of the same value is written short (`1e+400`).
    pub fn describe_int(&self) -> String {
        if self.is_integer() && self.to_i128().is_none() {
            let chunk = Nat::pow(10, 18);
            let (mut n, mut parts) = (self.0.numer().clone(), vec![]);
            while !n.is_zero() {
                let (q, r) = n.div_rem(&chunk);
                parts.push(r.to_u128().unwrap_or(0));
                n = q;
            }
            let mut out = String::from(if self.0.is_negative() { "-" } else { "" });
            for (i, p) in parts.iter().rev().enumerate() {
                out += &if i == 0 {
                    p.to_string()
                } else {
                    format!("{p:018}")
                };
            }
            return out;
        }
        self.describe()
    }

    fn describe_float(&self) -> String {
        use crate::library::numfmt::format_float;
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

    /// A number that is a whole number (an integer past `i128` is a whole rational).
    fn is_integral(&self) -> bool {
        match self {
            ConstVal::Int(_) => true,
            ConstVal::Float(r) => r.is_integer(),
            _ => false,
        }
    }

    /// A float constant whose value is not a whole number.
    pub fn is_fraction(&self) -> bool {
        matches!(self, ConstVal::Float(r) if !r.is_integer())
    }

    /// Go's way of writing an integer constant in an error message.
    pub fn describe_int(&self) -> String {
        match self {
            ConstVal::Float(r) => r.describe_int(),
            _ => self.describe(),
        }
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
        _ if !float && a.is_integral() && b.is_integral() => {
            if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
                if let Some(r) = small_int_binary(op, x, y, integer_division)? {
                    return Ok(r);
                }
            }
            let (Some(Rat(x)), Some(Rat(y))) = (a.as_rat(), b.as_rat()) else {
                return Err("invalid constant operation".into());
            };
            big_int_binary(op, &x, &y, integer_division)
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

/// Go's bound on a constant shift count: large enough to write the smallest float64
/// (`1.0 / (1 << 1074)`).
const SHIFT_BOUND: i128 = 1023 - 1 + 52;

/// Go's bound on an untyped integer constant's size.
const INT_BITS: u64 = 512;

/// An integer operation on `i128`s; `None` when the result does not fit, for the
/// big-integer path to redo.
fn small_int_binary(
    op: BinaryOp,
    x: i128,
    y: i128,
    integer_division: bool,
) -> Result<Option<ConstVal>, String> {
    use BinaryOp::*;
    use ConstVal::*;
    Ok(match op {
        Add => x.checked_add(y).map(Int),
        Sub => x.checked_sub(y).map(Int),
        Mul => x.checked_mul(y).map(Int),
        Div => {
            if y == 0 {
                return Err("invalid operation: division by zero".into());
            }
            if integer_division {
                x.checked_div(y).map(Int)
            } else {
                Some(Float(Rat::checked(
                    Ratio::from_i128(x).div(&Ratio::from_i128(y)),
                )?))
            }
        }
        Rem => {
            if y == 0 {
                return Err("invalid operation: division by zero".into());
            }
            x.checked_rem(y).map(Int)
        }
        And => Some(Int(x & y)),
        Or => Some(Int(x | y)),
        Xor => Some(Int(x ^ y)),
        AndNot => Some(Int(x & !y)),
        Shl => {
            if !(0..=SHIFT_BOUND).contains(&y) {
                return Err("invalid shift count".into());
            }
            (y < 127).then(|| x << y).filter(|r| r >> y == x).map(Int)
        }
        Shr => {
            if !(0..=SHIFT_BOUND).contains(&y) {
                return Err("invalid shift count".into());
            }
            Some(Int(x >> y.min(127)))
        }
        Eq | Ne | Lt | Le | Gt | Ge => Some(Bool(compared(op, &x, &y))),
        LogAnd | LogOr => {
            return Err(format!(
                "operator {} not defined on untyped int",
                op.as_str()
            ))
        }
    })
}

/// An integer operation past `i128`, on exact rationals that are whole numbers, as
/// Go's untyped integer constants go up to 512 bits (`1 << 149` is one; `1e100 >> 1000`
/// shifts a whole float constant as an integer).
fn big_int_binary(
    op: BinaryOp,
    x: &Ratio,
    y: &Ratio,
    integer_division: bool,
) -> Result<ConstVal, String> {
    use BinaryOp::*;
    let trunc = |r: Ratio| Ratio::from_int(r.is_negative(), r.numer().div_rem(r.denom()).0);
    let count = || match y.trunc_i128() {
        Some(n) if (0..=SHIFT_BOUND).contains(&n) => Ok(n as u64),
        _ => Err("invalid shift count".to_string()),
    };
    let r = match op {
        Add => x.add(y),
        Sub => x.sub(y),
        Mul => x.mul(y),
        Div | Rem if y.is_zero() => return Err("invalid operation: division by zero".into()),
        Div if integer_division => trunc(x.div(y)),
        Div => return Ok(ConstVal::Float(Rat::checked(x.div(y))?)),
        Rem => x.sub(&trunc(x.div(y)).mul(y)),
        Shl => Ratio::from_int(x.is_negative(), x.numer().shl(count()?)),
        Shr => {
            // An arithmetic shift: the floor, so a negative value rounds down.
            let n = count()?;
            let q = x.numer().shr(n);
            let exact = q.shl(n) == *x.numer();
            let q = if x.is_negative() && !exact {
                q.add(&Nat::one())
            } else {
                q
            };
            Ratio::from_int(x.is_negative(), q)
        }
        Eq | Ne | Lt | Le | Gt | Ge => return Ok(ConstVal::Bool(compared(op, x, y))),
        And | Or | Xor | AndNot => {
            return Err(
                "not supported here: a bitwise operation on an integer constant past 128 bits"
                    .into(),
            )
        }
        LogAnd | LogOr => {
            return Err(format!(
                "operator {} not defined on untyped int",
                op.as_str()
            ))
        }
    };
    if r.numer().bits() > INT_BITS {
        let what = match op {
            Add => "addition ",
            Sub => "subtraction ",
            Mul => "multiplication ",
            Shl => "shift ",
            _ => "",
        };
        return Err(format!("constant {what}overflow"));
    }
    Ok(match r.trunc_i128() {
        Some(i) => ConstVal::Int(i),
        None => ConstVal::Float(Rat(r)),
    })
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
        (UnaryOp::Neg, ConstVal::Int(i)) => Ok(match i.checked_neg() {
            Some(n) => ConstVal::Int(n),
            None => ConstVal::Float(Rat(Ratio::from_i128(*i).neg())),
        }),
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
