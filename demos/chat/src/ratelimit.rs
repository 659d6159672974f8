//! A per-connection token bucket (gorilla's example has none; a classroom needs one so
//! that one student holding down Enter cannot flood thirty screens).
//!
//! The bucket holds up to `burst` tokens and refills at `rate` tokens per second; each
//! message takes one. The read task owns its connection's bucket, so no locking is
//! needed. What happens to a message without a token is the read task's business: the
//! JSON protocol refuses it with an `error` event (`rate_limited`), which its client
//! shows; the plain protocol (home.html, which can show no error) is *paced*: the read
//! task asks [`TokenBucket::wait`] how long until the next token and stops reading the
//! socket that long, so the excess waits in the kernel's buffers, TCP pushes back on the
//! sender, and nothing is lost.

use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct TokenBucket {
    rate: f64,
    burst: f64,
    tokens: f64,
    last: Instant,
}

impl TokenBucket {
    /// A full bucket. `rate == 0.0` means unlimited.
    pub fn new(rate: f64, burst: u32, now: Instant) -> Self {
        TokenBucket {
            rate,
            burst: f64::from(burst),
            tokens: f64::from(burst),
            last: now,
        }
    }

    /// Takes one token if there is one; `false` means "over the limit".
    pub fn try_take(&mut self, now: Instant) -> bool {
        if self.rate <= 0.0 {
            return true;
        }
        self.refill(now);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// How long from `now` until a token is there (zero if one is there now).
    pub fn wait(&mut self, now: Instant) -> Duration {
        if self.rate <= 0.0 {
            return Duration::ZERO;
        }
        self.refill(now);
        if self.tokens >= 1.0 {
            Duration::ZERO
        } else {
            // Rounded up to the next microsecond, so that after the wait the token is
            // really there (a wait that ends a hair early would find 0.9999 tokens).
            Duration::from_micros(((1.0 - self.tokens) / self.rate * 1e6).ceil() as u64)
        }
    }

    fn refill(&mut self, now: Instant) {
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.last = now;
        self.tokens = (self.tokens + elapsed * self.rate).min(self.burst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_refill() {
        let t0 = Instant::now();
        let mut b = TokenBucket::new(2.0, 3, t0);
        assert!((0..3).all(|_| b.try_take(t0)));
        assert!(!b.try_take(t0));
        // Half a second at 2/s gives one token back.
        let t1 = t0 + Duration::from_millis(500);
        assert!(b.try_take(t1));
        assert!(!b.try_take(t1));
        // A long pause refills only up to the burst.
        let t2 = t1 + Duration::from_secs(100);
        assert!((0..3).all(|_| b.try_take(t2)));
        assert!(!b.try_take(t2));
    }

    #[test]
    fn wait_says_when_the_next_token_comes() {
        let t0 = Instant::now();
        let mut b = TokenBucket::new(4.0, 2, t0);
        assert_eq!(b.wait(t0), Duration::ZERO);
        assert!(b.try_take(t0) && b.try_take(t0));
        assert_eq!(b.wait(t0), Duration::from_millis(250));
        let t1 = t0 + Duration::from_millis(100);
        assert_eq!(b.wait(t1), Duration::from_millis(150));
        let t2 = t1 + b.wait(t1);
        assert_eq!(b.wait(t2), Duration::ZERO);
        assert!(b.try_take(t2));
    }

    #[test]
    fn zero_rate_is_unlimited() {
        let t0 = Instant::now();
        let mut b = TokenBucket::new(0.0, 0, t0);
        assert!((0..10_000).all(|_| b.try_take(t0)));
    }
}
