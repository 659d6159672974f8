//! When to try the server again after a connection is lost: exponential backoff with a cap
//! and jitter.
//!
//! Thirty students' browsers lose the teacher's laptop at the same moment (it sleeps, the
//! server restarts). Without jitter they would all come back in the same millisecond, again
//! and again; the jitter spreads each wave over ±20 % of the delay. The random number comes
//! from the caller (the browser's `Math.random`), so the schedule itself is a pure function
//! that tests can pin down.

/// The first retry's delay, in milliseconds.
pub const BASE_MS: u32 = 500;
/// No retry waits longer than this.
pub const CAP_MS: u32 = 30_000;
/// How far jitter moves a delay, as a fraction of it (either way).
const JITTER: f64 = 0.2;

/// The delay before retry number `attempt` (0 for the first retry after a loss), without
/// jitter: 0.5 s, 1 s, 2 s, … doubling up to 30 s.
pub fn nominal_ms(attempt: u32) -> u32 {
    // 2^6 × 500 ms already passes the cap; clamping the exponent keeps the shift in range.
    let factor = 1u32 << attempt.min(16);
    BASE_MS.saturating_mul(factor).min(CAP_MS)
}

/// The delay with jitter: `random` in `[0, 1)` moves it within ±20 %. Out-of-range or
/// non-finite `random` values are clamped, never trusted.
pub fn delay_ms(attempt: u32, random: f64) -> u32 {
    let r = if random.is_finite() {
        random.clamp(0.0, 1.0)
    } else {
        0.5
    };
    let scale = 1.0 - JITTER + 2.0 * JITTER * r;
    (f64::from(nominal_ms(attempt)) * scale).round() as u32
}

/// How long, in whole seconds rounded up, the status line should say the wait is.
pub fn seconds_label(ms: u32) -> u32 {
    ms.div_ceil(1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_from_half_a_second_up_to_the_cap() {
        let schedule: Vec<u32> = (0..9).map(nominal_ms).collect();
        assert_eq!(
            schedule,
            [500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]
        );
        // Huge attempt counts (a tab left open for days) stay at the cap, without overflow.
        assert_eq!(nominal_ms(40), CAP_MS);
        assert_eq!(nominal_ms(u32::MAX), CAP_MS);
    }

    #[test]
    fn jitter_stays_within_twenty_percent() {
        assert_eq!(delay_ms(0, 0.5), 500);
        assert_eq!(delay_ms(0, 0.0), 400);
        assert_eq!(delay_ms(3, 0.999_999), 4_800);
        assert_eq!(delay_ms(10, 0.0), 24_000);
        assert_eq!(delay_ms(10, 1.0), 36_000);
        // Nonsense from the caller is clamped.
        assert_eq!(delay_ms(1, f64::NAN), 1_000);
        assert_eq!(delay_ms(1, -3.0), 800);
        assert_eq!(delay_ms(1, 7.0), 1_200);
    }

    #[test]
    fn labels_round_up() {
        assert_eq!(seconds_label(400), 1);
        assert_eq!(seconds_label(1_000), 1);
        assert_eq!(seconds_label(1_001), 2);
        assert_eq!(seconds_label(0), 0);
    }
}
