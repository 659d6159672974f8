//! The decimal digits of a float: shortest round-trip, or exactly rounded.
//!
//! Every finite float is `m × 2^e` for integers `m` and `e`, so its exact decimal value
//! is finite: [`exact`] computes it with the shifts of [`Decimal`]. Rounding that exact
//! value is then plain digit work (ties to even, as Go's `strconv` and C's `printf` do).
//! The shortest digits are found by trying lengths 1, 2, … and, at each, the two
//! candidates of that length around the value (the nearer first), keeping the first
//! that reads back as the same float: the reading is the correctly rounded parser of
//! [`crate::decimal`], so "reads back" means exactly what it means to Go, Rust and
//! serde_json, halfway cases and the narrower gap below a power of two included.

use crate::decimal::{round, Decimal};

/// Decimal digits `0.d₁d₂…dₙ × 10^point`: ASCII digits, the first nonzero and the last
/// nonzero; zero has no digits and `point` 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digits {
    pub digits: Vec<u8>,
    pub point: i32,
}

/// The width of a float format: mantissa bits (without the implicit one) and bias.
#[derive(Clone, Copy)]
struct Format {
    mbits: u32,
    bias: i32,
}

const F64: Format = Format {
    mbits: 52,
    bias: 1023,
};
const F32: Format = Format {
    mbits: 23,
    bias: 127,
};

impl Format {
    /// `(m, e)` with `|x| = m × 2^e`, from the bits without the sign.
    fn split(self, bits: u64) -> (u64, i32) {
        let fraction = bits & ((1 << self.mbits) - 1);
        let biased = (bits >> self.mbits) as i32;
        let shift = self.bias + self.mbits as i32;
        if biased == 0 {
            (fraction, 1 - shift)
        } else {
            (fraction | 1 << self.mbits, biased - shift)
        }
    }
}

/// `m × 2^e`, exactly.
fn exact(m: u64, mut e: i32) -> Decimal {
    let mut dec = Decimal::from_u64(m);
    while e > 0 {
        let k = e.min(60);
        dec.shl(k as u32);
        e -= k;
    }
    while e < 0 {
        let k = (-e).min(60);
        dec.shr(k as u32);
        e += k;
    }
    dec
}

/// The float nearest to `m × 2^e` (ties to even): a float64, or with `single` a float32
/// (returned as the float64 of the same value). Exponents far outside the floats' range
/// give zero or infinity.
pub fn from_binary(m: u64, e: i32, single: bool) -> f64 {
    let fmt = if single { F32 } else { F64 };
    // Beyond these, m × 2^e (m < 2^64) is below half the smallest subnormal or above
    // the largest float; clamping keeps the exact expansion short.
    let bits = round(exact(m, e.clamp(-1300, 1100)), fmt.mbits, fmt.bias);
    if single {
        f64::from(f32::from_bits(bits as u32))
    } else {
        f64::from_bits(bits)
    }
}

impl Decimal {
    /// Keeps the first `n >= 1` digits and adds one unit in the last of them.
    fn truncate_up(&mut self, n: usize) {
        self.d.truncate(n);
        self.trunc = false;
        loop {
            match self.d.last_mut() {
                Some(9) => {
                    self.d.pop();
                }
                Some(c) => {
                    *c += 1;
                    return;
                }
                None => {
                    // All nines: 0.999… becomes 1.0 one place up.
                    self.d.push(1);
                    self.dp += 1;
                    return;
                }
            }
        }
    }

    /// Keeps the first `n` digits, dropping the rest.
    fn truncate_down(&mut self, n: usize) {
        self.d.truncate(n);
        self.trunc = false;
        self.trim();
        if self.d.is_empty() {
            self.dp = 0;
        }
    }

    /// Rounds to `n` significant digits (counted from the first digit; `n <= 0` keeps
    /// none), ties to even.
    fn round_to(&mut self, n: i64) {
        if n < 0 {
            // The first digit is two or more places below the last kept one.
            self.truncate_down(0);
            return;
        }
        let n = n as usize;
        let Some(&next) = self.d.get(n) else {
            return;
        };
        let up = match next {
            6.. => true,
            5 => {
                let exactly_half = n + 1 == self.d.len() && !self.trunc;
                let odd = n > 0 && self.d[n - 1] % 2 == 1;
                !exactly_half || odd
            }
            _ => false,
        };
        if up && n > 0 {
            self.truncate_up(n);
        } else if up {
            // Rounding 0.5… (or more) to no digits: one unit at the place above.
            self.d.clear();
            self.d.push(1);
            self.dp += 1;
        } else {
            self.truncate_down(n);
        }
    }

    fn into_digits(self) -> Digits {
        if self.d.is_empty() {
            return Digits {
                digits: Vec::new(),
                point: 0,
            };
        }
        Digits {
            digits: self.d.iter().map(|&c| b'0' + c).collect(),
            point: self.dp,
        }
    }
}

/// The shortest digits that `fmt`'s parser reads back as the float `bits` (no sign).
fn shortest(bits: u64, fmt: Format) -> Digits {
    let (m, e) = fmt.split(bits);
    let x = exact(m, e);
    let reads_back = |d: &Decimal| round(d.clone(), fmt.mbits, fmt.bias) == bits;
    // `x` itself always reads back, so the search ends at its own length at the latest
    // (17 digits for a float64 and 9 for a float32 are always enough).
    for n in 1..x.d.len() {
        let mut near = x.clone();
        near.round_to(n as i64);
        if reads_back(&near) {
            return near.into_digits();
        }
        // The candidate of the same length on the other side of `x`.
        let mut other = x.clone();
        if near.d.len() <= n && near.d[..] == x.d[..near.d.len()] && near.dp == x.dp {
            other.truncate_up(n);
        } else {
            other.truncate_down(n);
        }
        if reads_back(&other) {
            return other.into_digits();
        }
    }
    x.into_digits()
}

impl Digits {
    /// The shortest digits that read back as `x` (as a float64), the nearest such when
    /// there are several, ties to even. The sign is ignored; infinities and NaN give no
    /// digits.
    pub fn shortest(x: f64) -> Digits {
        if !x.is_finite() {
            return Digits::shortest(0.0);
        }
        shortest(x.abs().to_bits(), F64)
    }

    /// The shortest digits that read back as `x` as a float32 (`0.1f32` is `1`, point 0,
    /// though its value is 0.100000001490116…).
    pub fn shortest_f32(x: f32) -> Digits {
        if !x.is_finite() {
            return Digits::shortest(0.0);
        }
        shortest(u64::from(x.abs().to_bits()), F32)
    }

    /// `x`'s exact value rounded to `n` significant digits, ties to even (`n = 0` rounds
    /// to zero). Trailing zeros are dropped: `significant(0.5, 3)` is `5`, point 0.
    pub fn significant(x: f64, n: usize) -> Digits {
        Digits::exactly(x, |_| n as i64)
    }

    /// `x`'s exact value rounded to `frac` digits after the decimal point, ties to even.
    pub fn fixed(x: f64, frac: usize) -> Digits {
        Digits::exactly(x, |point| i64::from(point) + frac as i64)
    }

    /// The exact value, rounded to the number of digits `keep(point)` says.
    fn exactly(x: f64, keep: impl Fn(i32) -> i64) -> Digits {
        if !x.is_finite() {
            return Digits::shortest(0.0);
        }
        let (m, e) = F64.split(x.abs().to_bits());
        let mut dec = exact(m, e);
        let n = keep(dec.dp);
        dec.round_to(n);
        dec.into_digits()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::Lcg;

    /// Rust's formatting is the reference (the library is correctly rounded too):
    /// `{:e}` gives shortest digits, `{:.Ne}` and `{:.N}` exact rounding.
    fn from_sci(s: &str) -> Digits {
        let (mantissa, exp) = s.split_once('e').unwrap();
        let exp: i32 = exp.parse().unwrap();
        let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            return Digits { digits, point: 0 };
        }
        Digits {
            digits,
            point: exp + 1,
        }
    }

    fn from_fixed(s: &str) -> Digits {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
        let mut point = int.len() as i32;
        while digits.first() == Some(&b'0') {
            digits.remove(0);
            point -= 1;
        }
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            point = 0;
        }
        Digits { digits, point }
    }

    /// Our shortest digits against Rust's `{:e}`: the same length, and where the two
    /// differ (both read back), ours must be the correctly rounded one of that length:
    /// the nearer neighbour, or the even one on a tie, where Rust may pick the other.
    fn shortest_ok(x: f64, got: &Digits, rust: &Digits) {
        assert_eq!(
            got.digits.len(),
            rust.digits.len(),
            "{x:e}: {got:?} vs {rust:?}"
        );
        if got != rust {
            let n = got.digits.len() - 1;
            let rounded = from_sci(&format!("{x:.n$e}"));
            assert_eq!(got, &rounded, "{x:e}: not the correctly rounded candidate");
        }
    }

    fn interesting() -> Vec<f64> {
        let mut xs = vec![
            0.0,
            -0.0,
            1.0,
            0.1,
            0.2,
            0.3,
            0.5,
            1.5,
            2.5,
            100.0,
            123456.789,
            1e21,
            1e22,
            1e23,
            5e-324,
            1e-323,
            2.2250738585072014e-308,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            9007199254740993.0,
            0.30000000000000004,
            2f64.powi(-1074),
            2f64.powi(1023),
            2f64.powi(-1022),
            1.0 / 3.0,
            2.0 / 3.0,
            299792458.0,
            6.02214076e23,
            1.602176634e-19,
        ];
        for p in -30..30 {
            xs.push(10f64.powi(p));
            xs.push(2f64.powi(p * 30));
        }
        let mut rng = Lcg(7);
        for _ in 0..30_000 {
            let x = f64::from_bits(rng.next());
            if x.is_finite() {
                xs.push(x);
            }
        }
        xs
    }

    #[test]
    fn shortest_matches_rust_up_to_the_nearer_neighbour() {
        for x in interesting() {
            shortest_ok(x, &Digits::shortest(x), &from_sci(&format!("{x:e}")));
        }
    }

    #[test]
    fn shortest_f32_matches_rust() {
        let mut rng = Lcg(11);
        let mut xs = vec![
            0.1f32,
            1.0,
            3.4028235e38,
            1e-45,
            f32::MIN_POSITIVE,
            16_777_216.0,
        ];
        for _ in 0..30_000 {
            xs.push(f32::from_bits(rng.next() as u32));
        }
        for x in xs.into_iter().filter(|x| x.is_finite()) {
            let got = Digits::shortest_f32(x);
            let rust = from_sci(&format!("{x:e}"));
            assert_eq!(got.digits.len(), rust.digits.len(), "{x:e}");
            if got != rust {
                let n = got.digits.len() - 1;
                assert_eq!(got, from_sci(&format!("{:.n$e}", f64::from(x))), "{x:e}");
            }
        }
    }

    #[test]
    fn ties_between_two_shortest_candidates_go_to_the_even_one() {
        // Floats near 2e15 are 0.25 apart, so …897.25 is exact and both …897.2 and
        // …897.3 read back as it, each 0.05 away: a tie, which goes to the even digit
        // (Rust's `{:e}` takes the upper one here; Go and serde_json the even one).
        let x = 2_032_535_925_247_897.0 + 0.25;
        assert_eq!(Digits::shortest(x).digits, b"20325359252478972");
        let x = 2_032_535_925_247_897.0 + 0.75;
        assert_eq!(Digits::shortest(x).digits, b"20325359252478978");
        // Not a tie: 1e23 is not a float; the nearest is 9.999999999999999161…e22, and
        // "1e23" reads back as it.
        assert_eq!(Digits::shortest(1e23).digits, b"1");
        assert_eq!(Digits::shortest(1e23).point, 24);
    }

    #[test]
    fn significant_and_fixed_match_rust() {
        for x in interesting().into_iter().take(5_000) {
            for n in [1usize, 2, 3, 6, 10, 17, 20, 40, 800] {
                let rust = from_sci(&format!("{x:.*e}", n - 1));
                assert_eq!(Digits::significant(x, n), rust, "{x:e} to {n} digits");
            }
            for frac in [0usize, 1, 2, 3, 6, 10, 20, 330, 1100] {
                let rust = from_fixed(&format!("{:.frac$}", x.abs()));
                assert_eq!(Digits::fixed(x, frac), rust, "{x:e} to {frac} places");
            }
        }
    }

    #[test]
    fn exact_halves_round_to_even() {
        for (x, frac, want) in [
            (0.5, 0, ""),
            (1.5, 0, "2"),
            (2.5, 0, "2"),
            (0.125, 2, "12"),
            (0.375, 2, "38"),
            (0.7, 0, "1"),
            (0.05, 0, ""),
            (9.5, 0, "1"),
        ] {
            let got = Digits::fixed(x, frac);
            assert_eq!(got.digits, want.as_bytes(), "{x} to {frac} places");
        }
        assert_eq!(Digits::fixed(9.5, 0).point, 2); // 10
        assert_eq!(Digits::significant(0.5, 0).digits, b"");
    }

    #[test]
    fn binary_values_round_to_the_nearest_float() {
        assert_eq!(from_binary(1, -2, false), 0.25);
        assert_eq!(from_binary(3, 0, false), 3.0);
        assert_eq!(from_binary(0, 5, false), 0.0);
        // 2^53 + 1 is halfway between two float64s: to even (down); + 3: up.
        assert_eq!(from_binary((1 << 53) + 1, 0, false), 9007199254740992.0);
        assert_eq!(from_binary((1 << 53) + 3, 0, false), 9007199254740996.0);
        assert_eq!(from_binary(1, -1074, false), 5e-324);
        assert_eq!(from_binary(1, -1075, false), 0.0); // half the smallest: to even, 0
        assert_eq!(from_binary(3, -1076, false), 5e-324); // 0.75 of it: up
        assert_eq!(from_binary(1, 1024, false), f64::INFINITY);
        assert_eq!(from_binary(u64::MAX, 960, false), f64::INFINITY);
        assert_eq!(from_binary(1, i32::MIN, false), 0.0);
        assert_eq!(from_binary((1 << 24) + 1, 0, true), 16777216.0);
        assert_eq!(from_binary(1, 128, true), f64::INFINITY);
        let mut rng = Lcg(3);
        for _ in 0..2_000 {
            let m = rng.next() >> (rng.next() % 64);
            let e = (rng.next() % 200) as i32 - 100;
            let want = (m as f64) * 2f64.powi(e); // m as f64 rounds once; exact scaling
            if m < 1 << 53 {
                assert_eq!(from_binary(m, e, false), want, "{m} × 2^{e}");
            }
        }
    }

    #[test]
    fn non_finite_and_zero_have_no_digits() {
        for x in [0.0, -0.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let zero = Digits {
                digits: Vec::new(),
                point: 0,
            };
            assert_eq!(Digits::shortest(x), zero);
            assert_eq!(Digits::significant(x, 5), zero);
            assert_eq!(Digits::fixed(x, 5), zero);
        }
    }
}
