//! Exact rationals for untyped float constants: [`Nat`], an unsigned big integer, and
//! [`Ratio`], a signed fraction of two of them kept in lowest terms.
//!
//! Hand-written in place of num-bigint and num-rational (a project rule asks why): the
//! constants of a Go program are a few words long, but num-bigint carries Karatsuba and
//! Toom-3 multiplication, Burnikel-Ziegler division and the trait machinery of
//! num-traits/-integer/-rational for every size. Measured on the widget module (session
//! 10, bindgen output with names after wasm-opt -O2 -g, bodies gzipped alone): num-bigint
//! 134 functions, 30.2 KB raw, 10.7 KB gzipped, num-rational, -integer and -traits 2.4 KB
//! more. This file does what the constants need with schoolbook algorithms: add, subtract,
//! multiply, Knuth's long division (Algorithm D), Euclid's gcd, shifts, powers, and the
//! correctly rounded conversion to float64. The numbers stay below
//! `constant::MAX_RAT_BITS` (65,536 bits together), where quadratic algorithms are quick.
//! The tests check every operation against num-bigint and num-rational, which remain
//! dev-dependencies for that alone.

use std::cmp::Ordering;

/// An unsigned integer as base-2^32 digits, least significant first, with no zero digit
/// at the top (zero is no digits), so that `==` is equality of values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Nat(Vec<u32>);

impl Nat {
    fn trimmed(mut d: Vec<u32>) -> Nat {
        while d.last() == Some(&0) {
            d.pop();
        }
        Nat(d)
    }

    pub fn from_u128(mut v: u128) -> Nat {
        let mut d = Vec::new();
        while v != 0 {
            d.push(v as u32);
            v >>= 32;
        }
        Nat(d)
    }

    pub fn one() -> Nat {
        Nat(vec![1])
    }

    pub fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn is_one(&self) -> bool {
        self.0 == [1]
    }

    /// The number of bits up to the highest one (0 for zero).
    pub fn bits(&self) -> u64 {
        match self.0.last() {
            Some(top) => self.0.len() as u64 * 32 - top.leading_zeros() as u64,
            None => 0,
        }
    }

    pub fn to_u128(&self) -> Option<u128> {
        if self.0.len() > 4 {
            return None;
        }
        Some(
            self.0
                .iter()
                .rev()
                .fold(0u128, |acc, &d| (acc << 32) | d as u128),
        )
    }

    /// `self * m + a`, in place (reading digits one at a time).
    pub fn mul_add_small(&mut self, m: u32, a: u32) {
        let mut carry = a as u64;
        for d in &mut self.0 {
            let t = *d as u64 * m as u64 + carry;
            *d = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
        if m == 0 {
            *self = Nat::trimmed(std::mem::take(&mut self.0));
        }
    }

    pub fn add(&self, other: &Nat) -> Nat {
        let (long, short) = if self.0.len() >= other.0.len() {
            (self, other)
        } else {
            (other, self)
        };
        let mut out = Vec::with_capacity(long.0.len() + 1);
        let mut carry = 0u64;
        for (i, &d) in long.0.iter().enumerate() {
            let t = d as u64 + *short.0.get(i).unwrap_or(&0) as u64 + carry;
            out.push(t as u32);
            carry = t >> 32;
        }
        if carry != 0 {
            out.push(carry as u32);
        }
        Nat(out)
    }

    /// `self - other`, for `self >= other`.
    pub fn sub(&self, other: &Nat) -> Nat {
        let mut out = Vec::with_capacity(self.0.len());
        let mut borrow = 0i64;
        for (i, &d) in self.0.iter().enumerate() {
            let t = d as i64 - *other.0.get(i).unwrap_or(&0) as i64 - borrow;
            out.push(t as u32);
            borrow = (t < 0) as i64;
        }
        Nat::trimmed(out)
    }

    pub fn mul(&self, other: &Nat) -> Nat {
        if self.is_zero() || other.is_zero() {
            return Nat::default();
        }
        let mut out = vec![0u32; self.0.len() + other.0.len()];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in other.0.iter().enumerate() {
                let t = a as u64 * b as u64 + out[i + j] as u64 + carry;
                out[i + j] = t as u32;
                carry = t >> 32;
            }
            out[i + other.0.len()] = carry as u32;
        }
        Nat::trimmed(out)
    }

    pub fn shl(&self, n: u64) -> Nat {
        if self.is_zero() {
            return Nat::default();
        }
        let (words, bits) = ((n / 32) as usize, (n % 32) as u32);
        let mut out = vec![0u32; words];
        let mut carry = 0u32;
        for &d in &self.0 {
            out.push(if bits == 0 { d } else { (d << bits) | carry });
            carry = if bits == 0 { 0 } else { d >> (32 - bits) };
        }
        out.push(carry);
        Nat::trimmed(out)
    }

    pub fn shr(&self, n: u64) -> Nat {
        let words = (n / 32) as usize;
        if words >= self.0.len() {
            return Nat::default();
        }
        let bits = (n % 32) as u32;
        let src = &self.0[words..];
        let out = (0..src.len())
            .map(|i| {
                let hi = src.get(i + 1).copied().unwrap_or(0) as u64;
                (((hi << 32) | src[i] as u64) >> bits) as u32
            })
            .collect();
        Nat::trimmed(out)
    }

    /// The quotient and remainder of `self / d` (`d` not zero): Knuth's Algorithm D, the
    /// divisor shifted so that its top digit has its high bit set, each quotient digit
    /// estimated from the top two digits and corrected at most twice, then once more by
    /// adding back.
    pub fn div_rem(&self, d: &Nat) -> (Nat, Nat) {
        if self.cmp(d) == Ordering::Less {
            return (Nat::default(), self.clone());
        }
        if d.0.len() == 1 {
            let v = d.0[0] as u64;
            let mut q = vec![0u32; self.0.len()];
            let mut r = 0u64;
            for i in (0..self.0.len()).rev() {
                let t = (r << 32) | self.0[i] as u64;
                q[i] = (t / v) as u32;
                r = t % v;
            }
            return (Nat::trimmed(q), Nat::from_u128(r as u128));
        }
        let s = d.0[d.0.len() - 1].leading_zeros() as u64;
        let vn = d.shl(s).0;
        let mut un = self.shl(s).0;
        un.push(0);
        let n = vn.len();
        let m = un.len() - n;
        let (vtop, vnext) = (vn[n - 1] as u64, vn[n - 2] as u64);
        let mut q = vec![0u32; m];
        for j in (0..m).rev() {
            let top = ((un[j + n] as u64) << 32) | un[j + n - 1] as u64;
            let (mut qhat, mut rhat) = (top / vtop, top % vtop);
            while qhat >> 32 != 0 || qhat * vnext > ((rhat << 32) | un[j + n - 2] as u64) {
                qhat -= 1;
                rhat += vtop;
                if rhat >> 32 != 0 {
                    break;
                }
            }
            // Subtract qhat times the divisor from the window un[j..=j+n].
            let mut k = 0i64;
            for i in 0..n {
                let p = qhat * vn[i] as u64;
                let t = un[i + j] as i64 - k - (p & 0xffff_ffff) as i64;
                un[i + j] = t as u32;
                k = (p >> 32) as i64 - (t >> 32);
            }
            let t = un[j + n] as i64 - k;
            un[j + n] = t as u32;
            if t < 0 {
                // qhat was one too large: add the divisor back.
                qhat -= 1;
                let mut carry = 0u64;
                for i in 0..n {
                    let t = un[i + j] as u64 + vn[i] as u64 + carry;
                    un[i + j] = t as u32;
                    carry = t >> 32;
                }
                un[j + n] = un[j + n].wrapping_add(carry as u32);
            }
            q[j] = qhat as u32;
        }
        un.truncate(n);
        (Nat::trimmed(q), Nat::trimmed(un).shr(s))
    }

    fn gcd(&self, other: &Nat) -> Nat {
        let (mut a, mut b) = (self.clone(), other.clone());
        while !b.is_zero() {
            let r = a.div_rem(&b).1;
            a = std::mem::replace(&mut b, r);
        }
        a
    }

    /// `base` to the power `e`, by squaring.
    pub fn pow(base: u32, mut e: u64) -> Nat {
        let (mut acc, mut sq) = (Nat::one(), Nat::from_u128(base as u128));
        while e != 0 {
            if e & 1 == 1 {
                acc = acc.mul(&sq);
            }
            e >>= 1;
            if e != 0 {
                sq = sq.mul(&sq);
            }
        }
        acc
    }
}

impl PartialOrd for Nat {
    fn partial_cmp(&self, other: &Nat) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Nat {
    fn cmp(&self, other: &Nat) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

/// A signed fraction in lowest terms with a positive denominator; zero is `0/1` and not
/// negative, so that `==` is equality of values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ratio {
    neg: bool,
    num: Nat,
    den: Nat,
}

impl Ratio {
    /// `±num/den` in lowest terms (`den` not zero).
    pub fn new(neg: bool, num: Nat, den: Nat) -> Ratio {
        if num.is_zero() {
            return Ratio::from_int(false, Nat::default());
        }
        let g = if den.is_one() {
            Nat::one()
        } else {
            num.gcd(&den)
        };
        let (num, den) = if g.is_one() {
            (num, den)
        } else {
            (num.div_rem(&g).0, den.div_rem(&g).0)
        };
        Ratio { neg, num, den }
    }

    pub fn from_int(neg: bool, num: Nat) -> Ratio {
        let neg = neg && !num.is_zero();
        Ratio {
            neg,
            num,
            den: Nat::one(),
        }
    }

    pub fn from_i128(i: i128) -> Ratio {
        Ratio::from_int(i < 0, Nat::from_u128(i.unsigned_abs()))
    }

    /// A float64's exact value (NaN and the infinities have none: zero).
    pub fn from_f64(f: f64) -> Ratio {
        if !f.is_finite() {
            return Ratio::from_i128(0);
        }
        let bits = f.to_bits();
        let (exp, frac) = ((bits >> 52) & 0x7ff, bits & ((1 << 52) - 1));
        let (m, e) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | 1 << 52, exp as i64 - 1075)
        };
        if m == 0 {
            return Ratio::from_i128(0);
        }
        // An odd mantissa over a power of two is in lowest terms.
        let tz = m.trailing_zeros();
        let (m, e) = (Nat::from_u128((m >> tz) as u128), e + tz as i64);
        let neg = f < 0.0;
        if e >= 0 {
            Ratio::from_int(neg, m.shl(e as u64))
        } else {
            Ratio {
                neg,
                num: m,
                den: Nat::one().shl(e.unsigned_abs()),
            }
        }
    }

    pub fn is_zero(&self) -> bool {
        self.num.is_zero()
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    pub fn is_integer(&self) -> bool {
        self.den.is_one()
    }

    pub fn numer(&self) -> &Nat {
        &self.num
    }

    pub fn denom(&self) -> &Nat {
        &self.den
    }

    pub fn abs(&self) -> Ratio {
        Ratio {
            neg: false,
            ..self.clone()
        }
    }

    pub fn neg(&self) -> Ratio {
        Ratio {
            neg: !self.neg && !self.is_zero(),
            ..self.clone()
        }
    }

    /// The integer part, rounded toward zero, if it fits an `i128`.
    pub fn trunc_i128(&self) -> Option<i128> {
        let q = self.num.div_rem(&self.den).0.to_u128()?;
        if self.neg {
            0i128.checked_sub_unsigned(q)
        } else {
            i128::try_from(q).ok()
        }
    }

    pub fn add(&self, other: &Ratio) -> Ratio {
        let a = self.num.mul(&other.den);
        let b = other.num.mul(&self.den);
        let den = self.den.mul(&other.den);
        if self.neg == other.neg {
            Ratio::new(self.neg, a.add(&b), den)
        } else if a >= b {
            Ratio::new(self.neg, a.sub(&b), den)
        } else {
            Ratio::new(other.neg, b.sub(&a), den)
        }
    }

    pub fn sub(&self, other: &Ratio) -> Ratio {
        self.add(&other.neg())
    }

    pub fn mul(&self, other: &Ratio) -> Ratio {
        Ratio::new(
            self.neg != other.neg,
            self.num.mul(&other.num),
            self.den.mul(&other.den),
        )
    }

    /// `self / other`, for `other` not zero.
    pub fn div(&self, other: &Ratio) -> Ratio {
        Ratio::new(
            self.neg != other.neg,
            self.num.mul(&other.den),
            self.den.mul(&other.num),
        )
    }

    /// The nearest float64, ties to even (±Inf past the largest, ±0 below half the
    /// smallest subnormal). The quotient is taken with 55 or 56 bits and a sticky bit for
    /// the remainder, which is all rounding needs.
    pub fn to_f64(&self) -> f64 {
        if self.is_zero() {
            return 0.0;
        }
        let shift = 55 - (self.num.bits() as i64 - self.den.bits() as i64);
        let (q, r) = if shift >= 0 {
            self.num.shl(shift as u64).div_rem(&self.den)
        } else {
            self.num.div_rem(&self.den.shl(shift.unsigned_abs()))
        };
        // num/den is in [2^(b-1), 2^(b+1)) for b the bit lengths' difference, so q is in
        // [2^54, 2^56): it fits a u128 with room to shift.
        let q = q.to_u128().unwrap_or(0);
        let qbits = 128 - q.leading_zeros() as i64;
        // q's bit i weighs 2^(i - shift): keep the bits from 2^low up, `low` the lowest bit
        // of a 53-bit mantissa, or of the smallest subnormal.
        let low = (qbits - 1 - shift - 52).max(-1074);
        let drop = low + shift;
        let sign = if self.neg { -1.0 } else { 1.0 };
        if drop > 64 {
            return sign * 0.0;
        }
        let (mut m, rest) = (q >> drop, q & ((1u128 << drop) - 1));
        let half = 1u128 << (drop - 1);
        if rest > half || (rest == half && (!r.is_zero() || m & 1 == 1)) {
            m += 1;
        }
        if m == 0 {
            return sign * 0.0;
        }
        let top = 127 - m.leading_zeros() as i64;
        if top + low > 1023 {
            return sign * f64::INFINITY;
        }
        let bits = if top + low >= -1022 {
            // A carry can make m 2^53: its top bit is then the exponent's, and the
            // mantissa's 52 bits are zero.
            let mant = (m << (52 - top.min(52))) >> (top - top.min(52));
            (((top + low + 1023) as u64) << 52) | (mant as u64 & ((1 << 52) - 1))
        } else {
            // Subnormal: m counts units of 2^-1074 (2^52 of them is the smallest normal).
            (m << (low + 1074)) as u64
        };
        sign * f64::from_bits(bits)
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Ratio) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Ratio) -> Ordering {
        let sign = |r: &Ratio| match (r.neg, r.is_zero()) {
            (true, _) => -1,
            (false, true) => 0,
            (false, false) => 1,
        };
        let by_sign = sign(self).cmp(&sign(other));
        if by_sign != Ordering::Equal || self.is_zero() {
            return by_sign;
        }
        let mag = self.num.mul(&other.den).cmp(&other.num.mul(&self.den));
        if self.neg {
            mag.reverse()
        } else {
            mag
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::{BigInt, BigUint, Sign};
    use num_rational::BigRational;
    use num_traits::ToPrimitive;
    use proptest::prelude::*;

    fn big(n: &Nat) -> BigUint {
        BigUint::new(n.0.clone())
    }

    fn nat(digits: &[u32]) -> Nat {
        Nat::trimmed(digits.to_vec())
    }

    fn rat_of(neg: bool, num: &[u32], den: &[u32]) -> (Ratio, BigRational) {
        let (n, d) = (nat(num), nat(den));
        let d = if d.is_zero() { Nat::one() } else { d };
        let sign = if neg { Sign::Minus } else { Sign::Plus };
        let theirs = BigRational::new(BigInt::from_biguint(sign, big(&n)), BigInt::from(big(&d)));
        (Ratio::new(neg, n, d), theirs)
    }

    /// Ours written as theirs, to compare: same value and same lowest terms.
    fn as_theirs(r: &Ratio) -> BigRational {
        let sign = if r.neg { Sign::Minus } else { Sign::Plus };
        BigRational::new_raw(
            BigInt::from_biguint(sign, big(&r.num)),
            BigInt::from(big(&r.den)),
        )
    }

    /// Digit vectors with many zero and all-ones digits, where carries and Algorithm D's
    /// corrections happen.
    fn digits(max: usize) -> impl Strategy<Value = Vec<u32>> {
        prop::collection::vec(
            prop_oneof![
                Just(0u32),
                Just(u32::MAX),
                Just(1u32),
                Just(0x8000_0000u32),
                any::<u32>()
            ],
            0..max,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn nat_arithmetic_agrees_with_num_bigint(a in digits(9), b in digits(7), s in 0u64..100) {
            let (x, y) = (nat(&a), nat(&b));
            prop_assert_eq!(big(&x.add(&y)), big(&x) + big(&y));
            prop_assert_eq!(big(&x.mul(&y)), big(&x) * big(&y));
            prop_assert_eq!(x.cmp(&y), big(&x).cmp(&big(&y)));
            if x >= y {
                prop_assert_eq!(big(&x.sub(&y)), big(&x) - big(&y));
            }
            if !y.is_zero() {
                let (q, r) = x.div_rem(&y);
                prop_assert_eq!(big(&q), big(&x) / big(&y));
                prop_assert_eq!(big(&r), big(&x) % big(&y));
            }
            prop_assert_eq!(big(&x.shl(s)), big(&x) << s);
            prop_assert_eq!(big(&x.shr(s)), big(&x) >> s);
            prop_assert_eq!(x.bits(), big(&x).bits());
            prop_assert_eq!(x.to_u128(), big(&x).to_u128());
        }

        #[test]
        fn ratio_arithmetic_agrees_with_num_rational(
            an: bool, a in digits(4), ad in digits(3), bn: bool, b in digits(4), bd in digits(3)
        ) {
            let (x, tx) = rat_of(an, &a, &ad);
            let (y, ty) = rat_of(bn, &b, &bd);
            prop_assert_eq!(as_theirs(&x), tx.clone());
            prop_assert_eq!(as_theirs(&x.add(&y)), &tx + &ty);
            prop_assert_eq!(as_theirs(&x.sub(&y)), &tx - &ty);
            prop_assert_eq!(as_theirs(&x.mul(&y)), &tx * &ty);
            if !y.is_zero() {
                prop_assert_eq!(as_theirs(&x.div(&y)), &tx / &ty);
            }
            prop_assert_eq!(x.cmp(&y), tx.cmp(&ty));
            prop_assert_eq!(x.trunc_i128(), tx.trunc().numer().to_i128());
            prop_assert_eq!(x.to_f64().to_bits(), tx.to_f64().unwrap().to_bits());
        }

        #[test]
        fn float_round_trips_and_rounds_as_num_rational(bits: u64, num in digits(40), den in digits(40), neg: bool) {
            let f = f64::from_bits(bits);
            if f.is_finite() {
                let r = Ratio::from_f64(f);
                prop_assert_eq!(as_theirs(&r), BigRational::from_float(f).unwrap());
                prop_assert_eq!(r.to_f64().to_bits(), (f + 0.0).to_bits());
            }
            // Huge and tiny values: overflow to infinity, subnormals, underflow to zero.
            let (x, tx) = rat_of(neg, &num, &den);
            prop_assert_eq!(x.to_f64().to_bits(), tx.to_f64().unwrap().to_bits());
        }
    }

    #[test]
    fn long_division_adds_back_when_the_estimate_is_one_too_large() {
        // Hacker's Delight's cases where the estimated quotient digit survives the
        // two-digit test and the multiply-subtract goes negative.
        for (u, v) in [
            (
                &[0, 0, 0x8000_0000, 0x7fff_ffff][..],
                &[1, 0, 0x8000_0000][..],
            ),
            (
                &[0, 0xffff_fffe, 0, 0x8000_0000],
                &[0xffff_ffff, 0, 0x8000_0000],
            ),
            (&[3, 0, 0x8000_0000], &[1, 0, 0x2000_0000]),
        ] {
            let (q, r) = nat(u).div_rem(&nat(v));
            assert_eq!(big(&q), big(&nat(u)) / big(&nat(v)), "{u:x?} / {v:x?}");
            assert_eq!(big(&r), big(&nat(u)) % big(&nat(v)), "{u:x?} % {v:x?}");
        }
    }

    #[test]
    fn powers_and_digits() {
        assert_eq!(big(&Nat::pow(10, 40)), BigUint::from(10u32).pow(40));
        assert_eq!(big(&Nat::pow(7, 0)), BigUint::from(1u32));
        let mut n = Nat::default();
        for c in "340282366920938463463374607431768211457".bytes() {
            n.mul_add_small(10, (c - b'0') as u32);
        }
        assert_eq!(n.to_u128(), None);
        assert_eq!(
            n.sub(&Nat::one()).sub(&Nat::one()).to_u128(),
            Some(u128::MAX)
        );
    }

    #[test]
    fn halfway_cases_round_to_even() {
        // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2: even wins; 2^53 + 3 goes up.
        let r = Ratio::from_i128((1 << 53) + 1);
        assert_eq!(r.to_f64(), 9007199254740992.0);
        let r = Ratio::from_i128((1 << 53) + 3);
        assert_eq!(r.to_f64(), 9007199254740996.0);
        // Half the smallest subnormal is zero; a hair more is the smallest subnormal.
        let half = Ratio::new(false, Nat::one(), Nat::one().shl(1075));
        assert_eq!(half.to_f64(), 0.0);
        let more = half.add(&Ratio::new(false, Nat::one(), Nat::one().shl(1200)));
        assert_eq!(more.to_f64(), f64::from_bits(1));
        assert_eq!(
            Ratio::from_int(false, Nat::one().shl(1024)).to_f64(),
            f64::INFINITY
        );
    }
}
