//! The multi-precision [`Decimal`], and decimal text to the nearest `float64` or
//! `float32`, correctly rounded (ties to even).
//!
//! Parsing keeps the decimal digits, multiplies or divides them by powers of two until
//! the value is in [1/2, 1), then takes the mantissa's bits and rounds on the digits
//! left over. [`crate::digits`] uses the same shifts the other way round.

/// How many significant digits are kept; any beyond are only remembered as nonzero
/// ([`Decimal::trunc`]), which is enough to round correctly: a float64 halfway
/// point has at most 767 significant digits.
const MAX_DIGITS: usize = 800;

/// A nonnegative value `0.d[0]d[1]... × 10^dp`, digits as numbers 0-9, no trailing
/// zero digits; no digits at all is zero.
#[derive(Clone)]
pub(crate) struct Decimal {
    pub(crate) d: Vec<u8>,
    pub(crate) dp: i32,
    /// Nonzero digits were dropped after `d`: the value is a little more than shown.
    pub(crate) trunc: bool,
}

impl Decimal {
    /// The integer `n`, exactly.
    pub(crate) fn from_u64(mut n: u64) -> Decimal {
        let mut d = Vec::new();
        while n > 0 {
            d.push((n % 10) as u8);
            n /= 10;
        }
        d.reverse();
        let mut dec = Decimal {
            dp: d.len() as i32,
            d,
            trunc: false,
        };
        dec.trim();
        dec
    }

    pub(crate) fn trim(&mut self) {
        while self.d.last() == Some(&0) {
            self.d.pop();
        }
    }

    /// Divides by `2^k`, `1 <= k <= 60`.
    pub(crate) fn shr(&mut self, k: u32) {
        let mut r = 0;
        let mut n: u64 = 0;
        // Take digits until the quotient's first digit is nonzero.
        while n >> k == 0 {
            if r < self.d.len() {
                n = n * 10 + self.d[r] as u64;
            } else if n == 0 {
                return; // zero stays zero
            } else {
                n *= 10;
            }
            r += 1;
        }
        self.dp -= r as i32 - 1;
        let mask = (1u64 << k) - 1;
        let mut w = 0;
        while r < self.d.len() {
            let c = self.d[r] as u64;
            r += 1;
            self.d[w] = (n >> k) as u8;
            w += 1;
            n = (n & mask) * 10 + c;
        }
        self.d.truncate(w);
        while n > 0 {
            if self.d.len() < MAX_DIGITS {
                self.d.push((n >> k) as u8);
            } else if n >> k != 0 {
                self.trunc = true;
            }
            n = (n & mask) * 10;
        }
        self.trim();
    }

    /// Multiplies by `2^k`, `1 <= k <= 60`.
    pub(crate) fn shl(&mut self, k: u32) {
        // 2^k has at most k/3 + 1 digits, so the product at most that many more.
        let mut out = vec![0u8; self.d.len() + k as usize / 3 + 2];
        let mut w = out.len();
        let mut carry: u64 = 0;
        for &c in self.d.iter().rev() {
            let v = ((c as u64) << k) + carry;
            w -= 1;
            out[w] = (v % 10) as u8;
            carry = v / 10;
        }
        while carry > 0 {
            w -= 1;
            out[w] = (carry % 10) as u8;
            carry /= 10;
        }
        self.dp += (out.len() - w - self.d.len()) as i32;
        out.drain(..w);
        if out.len() > MAX_DIGITS {
            self.trunc |= out[MAX_DIGITS..].iter().any(|&c| c != 0);
            out.truncate(MAX_DIGITS);
        }
        self.d = out;
        self.trim();
    }
}

/// Reads `[+-]digits[.digits][(e|E)[+-]digits]` (a point with digits on at least one
/// side); `None` for anything else.
fn read(s: &[u8]) -> Option<(bool, Decimal)> {
    let (neg, mut i) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let mut dec = Decimal {
        d: Vec::new(),
        dp: 0,
        trunc: false,
    };
    let mut digits = 0;
    let mut point = false;
    while i < s.len() {
        match s[i] {
            b'.' if !point => point = true,
            c @ b'0'..=b'9' => {
                digits += 1;
                let c = c - b'0';
                if dec.d.is_empty() && c == 0 {
                    // A leading zero: only moves the point when after it.
                    if point {
                        dec.dp -= 1;
                    }
                } else {
                    if dec.d.len() < MAX_DIGITS {
                        dec.d.push(c);
                    } else if c != 0 {
                        dec.trunc = true;
                    }
                    if !point {
                        dec.dp += 1;
                    }
                }
            }
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if i < s.len() && s[i] | 0x20 == b'e' {
        i += 1;
        let neg_exp = match s.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i32 = 0;
        while i < s.len() && s[i].is_ascii_digit() {
            // Past 10^6 the value is zero or infinite anyway.
            e = (e * 10 + (s[i] - b'0') as i32).min(1_000_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        dec.dp = dec.dp.saturating_add(if neg_exp { -e } else { e });
    }
    if i != s.len() {
        return None;
    }
    dec.trim();
    Some((neg, dec))
}

/// The bits of the float nearest to `dec` with `mbits` mantissa bits (52 or 23) and
/// exponent bias `bias` (1023 or 127), without the sign.
pub(crate) fn round(mut dec: Decimal, mbits: u32, bias: i32) -> u64 {
    let inf = ((2 * bias + 1) as u64) << mbits;
    if dec.d.is_empty() || dec.dp < -330 {
        return 0;
    }
    if dec.dp > 310 {
        return inf;
    }
    // Bring the value into [1/2, 1) as 0.d × 2^exp.
    let mut exp: i32 = 0;
    while dec.dp > 0 {
        let k = (4 * dec.dp as u32).min(60);
        dec.shr(k);
        exp += k as i32;
    }
    while dec.dp < 0 {
        let k = (3 * dec.dp.unsigned_abs()).min(60);
        dec.shl(k);
        exp -= k as i32;
    }
    while dec.d[0] < 5 {
        dec.shl(1);
        exp -= 1;
    }
    // Now the value is 1.x × 2^(exp-1).
    let mut e = exp - 1;
    if e > bias {
        return inf;
    }
    let min_exp = 1 - bias;
    if e < min_exp {
        // Subnormal: scale down to the smallest exponent.
        let mut k = (min_exp - e) as u32;
        e = min_exp;
        while k > 0 && !dec.d.is_empty() {
            let step = k.min(60);
            dec.shr(step);
            k -= step;
        }
    }
    // The mantissa, implicit bit included, is the integer part of 0.d × 2^(mbits+1).
    let mut k = mbits + 1;
    while k > 0 && !dec.d.is_empty() {
        let step = k.min(60);
        dec.shl(step);
        k -= step;
    }
    let mut m: u64 = 0;
    for i in 0..dec.dp.max(0) as usize {
        m = m * 10 + dec.d.get(i).copied().unwrap_or(0) as u64;
    }
    // The digits after the point; when the point is further left than the first
    // digit, what is left is below a tenth, so less than half.
    let rest = match dec.dp {
        dp if dp < 0 => &[][..],
        dp => dec.d.get(dp as usize..).unwrap_or(&[]),
    };
    let up = match rest.first() {
        Some(&c) if c > 5 => true,
        Some(5) => rest.len() > 1 || dec.trunc || m & 1 == 1,
        _ => false,
    };
    if up {
        m += 1;
        if m == 1 << (mbits + 1) {
            m >>= 1;
            e += 1;
            if e > bias {
                return inf;
            }
        }
    }
    if m < 1 << mbits {
        // Subnormal (or zero): exponent field 0.
        return m;
    }
    (((e + bias) as u64) << mbits) | (m & ((1 << mbits) - 1))
}

/// The `float64` nearest to the decimal number `s` (see [`read`] for the syntax);
/// `None` when `s` is not one. Too large a value gives an infinity.
pub fn parse_f64(s: &[u8]) -> Option<f64> {
    let (neg, dec) = read(s)?;
    Some(f64::from_bits(round(dec, 52, 1023) | (neg as u64) << 63))
}

/// The `float32` nearest to the decimal number `s` (rounded once, straight from the
/// decimal, as Go's `ParseFloat(s, 32)` does).
pub fn parse_f32(s: &[u8]) -> Option<f32> {
    let (neg, dec) = read(s)?;
    Some(f32::from_bits(
        round(dec, 23, 127) as u32 | (neg as u32) << 31,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::Lcg;

    /// Checks one text against Rust's parser, which rounds correctly too.
    fn check(s: &str) {
        let want64: f64 = s.parse().unwrap();
        let got64 = parse_f64(s.as_bytes()).unwrap();
        assert_eq!(got64.to_bits(), want64.to_bits(), "f64 {s}");
        let want32: f32 = s.parse().unwrap();
        let got32 = parse_f32(s.as_bytes()).unwrap();
        assert_eq!(got32.to_bits(), want32.to_bits(), "f32 {s}");
    }

    #[test]
    fn plain_texts() {
        for s in [
            "0",
            "-0",
            "0.0",
            "1",
            "+1",
            "-1",
            ".5",
            "5.",
            "0.1",
            "3.14159",
            "1e10",
            "1E-10",
            "123456789012345678901234567890",
            "0.000000000000000000000000000123",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "2.2250738585072014e-308",
            "2.2250738585072011e-308",
            "4.9e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-400",
            "3.4028235e38",
            "3.4028236e38",
            "1.17549435e-38",
            "1.4e-45",
            "7.0e-46",
            "7.1e-46",
            "0e999999999",
            "9007199254740993",
            "9007199254740992.5",
            "9007199254740993.0000000001",
            "1e23",
            "8.589973e9",
            "0.30000000000000004",
            "100000000000000000000000e-23",
        ] {
            check(s);
        }
    }

    #[test]
    fn random_floats() {
        let mut rng = Lcg(99);
        for _ in 0..20_000 {
            let bits = rng.next();
            let x = f64::from_bits(bits);
            if x.is_finite() {
                // The shortest text and a longer one, close to a rounding boundary.
                check(&format!("{x:e}"));
                check(&format!("{x:.25e}"));
            }
            let f = f32::from_bits(bits as u32);
            if f.is_finite() {
                check(&format!("{f:e}"));
                check(&format!("{:.12e}", f as f64));
            }
        }
    }

    /// `odd × 2^p` written out exactly (as `odd·5^-p` and a negative exponent when p
    /// is negative).
    fn exact(odd: u128, p: i32) -> String {
        if p >= 0 {
            format!("{}", odd << p)
        } else {
            format!("{}e-{}", odd * 5u128.pow(p.unsigned_abs()), -p)
        }
    }

    #[test]
    fn exact_halfway_points_round_to_even() {
        let mut rng = Lcg(5);
        for _ in 0..2_000 {
            // Halfway between two float64s: a 53-bit mantissa and a half.
            let m = (rng.next() >> 11) | 1 << 52;
            check(&exact(2 * m as u128 + 1, (rng.next() % 52) as i32 - 31));
            // Halfway between two float32s.
            let m = (rng.next() >> 40) | 1 << 23;
            check(&exact(2 * m as u128 + 1, (rng.next() % 60) as i32 - 40));
        }
        check("9007199254740993"); // 2^53 + 1: halfway, to even (down)
        check("9007199254740995"); // 2^53 + 3: halfway, to even (up)
    }

    #[test]
    fn long_inputs_and_bad_text() {
        let long = format!("0.{}1", "0".repeat(1000));
        check(&long);
        let many = format!("1{}e-1000", "3".repeat(1200));
        check(&many);
        let halfway_tail = format!("9007199254740992.5{}1", "0".repeat(900));
        check(&halfway_tail);
        for bad in [
            "", "-", ".", "e5", "1e", "1e+", "1..2", "1.2.3", "0x10", "inf", "1 ", "١",
        ] {
            assert_eq!(parse_f64(bad.as_bytes()), None, "{bad:?}");
        }
    }
}
