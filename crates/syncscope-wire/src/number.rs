//! Numbers as the chat's labels show them (`4.2 msg/s`, a queue bar's `37.5%`), from the
//! wire crate rather than the Go engine: the chat's client needs no Go formatting, and
//! Rust's own float formatting (`core::num::flt2dec`, about 25 KB of wasm) stays out of
//! the widget module. The digits come from `floatconv`, which this crate already uses for
//! JSON numbers.

use floatconv::Digits;

/// `format!("{x:.places$}")` for finite `x`: the exact binary value rounded half to
/// even, with a `-` for negative values and negative zero. NaN and the infinities print
/// as `NaN`, `inf` and `-inf`, as Rust prints them; nothing panics.
pub fn fixed(x: f64, places: u32) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let Digits { digits, point } = Digits::fixed(x, places as usize);
    // Digit `i` of 0.d₀d₁… × 10^point: zeros before the first and after the last.
    let digit = |i: i64| -> char {
        usize::try_from(i)
            .ok()
            .and_then(|i| digits.get(i))
            .map_or('0', |&d| char::from(d))
    };
    let point = i64::from(point);
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if point <= 0 {
        out.push('0');
    } else {
        out.extend((0..point).map(digit));
    }
    if places > 0 {
        out.push('.');
        out.extend((0..i64::from(places)).map(|k| digit(point + k)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_is_rusts_fixed_formatting() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut values = vec![
            0.0, -0.0, 0.05, 0.15, 0.25, 0.35, -0.04, 9.95, 99.95, 37.5, 1e21, 123.456, 0.5, 1.5,
            2.5, 1e-9, 4.2, 100.0,
        ];
        for _ in 0..20_000 {
            let bits = next();
            values.push(match bits % 4 {
                0 => f64::from_bits(next()),
                1 => (next() % 100_000) as f64 / 100.0,
                2 => (next() % 1000) as f64 / 7.0,
                _ => (next() % 1_000_000) as f64 * 1e-3,
            });
        }
        for x in values {
            if !x.is_finite() {
                continue;
            }
            for places in [0, 1, 2, 3] {
                assert_eq!(
                    fixed(x, places),
                    format!("{x:.*}", places as usize),
                    "{x:e} to {places}"
                );
            }
        }
        assert_eq!(fixed(f64::NAN, 1), "NaN");
        assert_eq!(fixed(f64::INFINITY, 1), "inf");
        assert_eq!(fixed(f64::NEG_INFINITY, 0), "-inf");
    }
}
