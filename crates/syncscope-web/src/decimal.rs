//! Fixed-point text of a float (`{:.N}`) without Rust's float formatting.
//!
//! Rust's float formatting (`core::num::flt2dec`: Grisu with a Dragon fallback, ~25 KB of
//! wasm) is not in the module. The engine's `strconv.FormatFloat(v, 'f', N, 64)` is: for
//! finite values it prints what `format!("{v:.N}")` prints (the exact binary value rounded
//! half to even, a `-` for negative values and negative zero), which the tests check
//! against the standard library on many values.

/// `format!("{v:.places$}")` for finite `v` (em sizes, virtual durations, rates, queue
/// bars). Infinities and NaN print as Go prints them (`+Inf`, `NaN`); nothing panics.
pub fn fixed(v: f64, places: u32) -> String {
    gosim::library::numfmt::format_float(v, b'f', places as i32, 64)
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
