//! Fixed-point text of a float (`{:.N}`) and short decimal helpers, done with integers.
//!
//! Rust's float formatting (`core::num::flt2dec`: Grisu with a Dragon fallback, ~25 KB of
//! wasm) is only worth its size where shortest round-trip digits are needed. The widget only
//! ever prints a few fixed decimals (em sizes, virtual durations, rates, queue bars), and
//! those are exact arithmetic on the float's mantissa and exponent: [`fixed`] prints exactly
//! what `format!("{v:.places$}")` prints (the exact binary value rounded half to even), which
//! the tests check against the standard library on many values.

/// `format!("{v:.places$}")` for finite `v` with `|v| < 2^64` and `places <= 3`, the only
/// values the widget prints. Outside that range the text is wrong but nothing panics.
pub fn fixed(v: f64, places: u32) -> String {
    let bits = v.to_bits();
    let exp = (bits >> 52 & 0x7ff) as i32;
    let low = bits & ((1 << 52) - 1);
    // v = m * 2^e exactly.
    let (m, e) = if exp == 0 {
        (low, -1074)
    } else {
        (low | 1 << 52, exp - 1075)
    };
    let unit = 10u64.pow(places.min(3));
    let (int, frac) = if e >= 0 {
        // An integer: no fraction to round (and below 2^64, e <= 11).
        (m << e.min(11), 0)
    } else {
        // m * unit < 2^63 (m < 2^53, unit <= 1000); drop the -e low bits rounding half to
        // even, as flt2dec does on the exact value.
        let scaled = m * unit;
        let shift = e.unsigned_abs();
        let q = if shift >= 64 {
            0 // below half a unit of the last place
        } else {
            let q = scaled >> shift;
            let rest = scaled - (q << shift);
            let half = 1 << (shift - 1);
            q + u64::from(rest > half || rest == half && q & 1 == 1)
        };
        (q / unit, q % unit)
    };
    let mut text = String::new();
    if bits >> 63 != 0 {
        text.push('-');
    }
    text += &int.to_string();
    if unit > 1 {
        text.push('.');
        // "1" then the digits: the leading zeros come for free.
        text += &(unit + frac).to_string()[1..];
    }
    text
}

/// [`fixed`] to 3 places without trailing zeros (and without a bare point): `1.5`, `250`.
pub fn trimmed3(v: f64) -> String {
    let text = fixed(v, 3);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(v: f64, places: u32) {
        assert_eq!(
            fixed(v, places),
            format!("{v:.*}", places as usize),
            "{:e} ({:#x}) to {places}",
            v,
            v.to_bits()
        );
    }

    #[test]
    fn ties_round_half_to_even_like_std() {
        for v in [
            0.125, 0.375, 0.0625, 1.0625, 0.25, 0.75, 2.5, 0.5, 1.5, 0.0005, 9.95, 9.96,
        ] {
            for places in 0..=3 {
                same(v, places);
                same(-v, places);
            }
        }
        assert_eq!(fixed(0.125, 2), "0.12");
        assert_eq!(fixed(0.375, 2), "0.38");
        assert_eq!(fixed(2.5, 0), "2");
        assert_eq!(fixed(12.5, 3), "12.500");
        assert_eq!(fixed(9.96, 1), "10.0");
    }

    #[test]
    fn edges() {
        for v in [
            0.0,
            -0.0,
            f64::MIN_POSITIVE,
            5e-324,
            1.0,
            4503599627370495.5,
            9007199254740993.0,
            1.8e19,
            18446744073709549568.0,
        ] {
            for places in 0..=3 {
                same(v, places);
            }
        }
    }

    #[test]
    fn many_values_match_std() {
        // A fixed xorshift: reproducible, covers every exponent below 2^64.
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let exp = (x >> 52) % (1023 + 64);
            let v = f64::from_bits(exp << 52 | x & ((1 << 52) - 1));
            same(v, (x % 4) as u32);
            // Small integers over powers of ten and 16: what the callers divide.
            let n = (x >> 20) % 5_000_000;
            same(n as f64 / 1e3, 3);
            same(n as f64 / 16.0, 3);
            same(n as f64 / 1e4, 1);
        }
    }

    #[test]
    fn trimmed() {
        let old = |v: f64| {
            let text = format!("{v:.3}");
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        };
        for v in [1.5, 250.0, 0.0004, 2.0005, 2.0015, 100.0, 1e15, 0.1] {
            assert_eq!(trimmed3(v), old(v), "{v}");
        }
        assert_eq!(trimmed3(1.5), "1.5");
        assert_eq!(trimmed3(250.0), "250");
        assert_eq!(trimmed3(100.0), "100");
    }
}
