//! Saturation search behind `chat-load --saturate`: the highest offered broadcast rate a
//! server sustains with every message delivered, in order, and the 99th-percentile
//! latency under a limit (100 ms in the README's table).
//!
//! A *trial* offers `rate` broadcasts per second for a fixed time: `senders` clients each
//! send one message every `interval`, spread evenly over the interval, and every client
//! (senders included) receives every message, so the server delivers `rate × clients`
//! messages per second. No sender sends more often than every 40 ms, the pace of the
//! issue's fixed-load runs, so a higher rate means more senders, as in a busier class.
//!
//! The search doubles the rate from a start value until a trial fails, then bisects
//! (geometrically) between the last rate that passed and the first that failed. Each
//! trial opens a fresh set of connections, so one failed trial's backlog cannot spill
//! into the next; the caller pauses between trials for the server to close them.
//!
//! The load generator runs on the same machine as the server and does real work per
//! delivery (it parses every line), so the figure is a property of the machine playing
//! both sides: compare servers measured the same way, never across machines.

use std::future::Future;
use std::time::Duration;

use crate::load::LoadReport;

/// The slowest a single sender goes: one message every 40 ms.
pub const MIN_SENDER_INTERVAL: Duration = Duration::from_millis(40);

/// How one trial offers `rate` broadcasts per second to `clients` clients for `length`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrialPlan {
    pub senders: usize,
    pub interval: Duration,
    pub messages: usize,
}

impl TrialPlan {
    /// As few senders as the 40 ms pace allows (at most every client), each sending at
    /// the interval that makes the total `rate`, for about `length`.
    pub fn new(clients: usize, rate: f64, length: Duration) -> TrialPlan {
        let clients = clients.max(1);
        let rate = rate.max(0.001);
        let per_sender_max = 1.0 / MIN_SENDER_INTERVAL.as_secs_f64();
        let senders = ((rate / per_sender_max).ceil() as usize).clamp(1, clients);
        let interval = Duration::from_secs_f64(senders as f64 / rate);
        let messages = ((length.as_secs_f64() / interval.as_secs_f64()).ceil() as usize).max(1);
        TrialPlan {
            senders,
            interval,
            messages,
        }
    }

    /// The broadcasts per second this plan really offers (`senders / interval`).
    pub fn offered_rate(&self) -> f64 {
        self.senders as f64 / self.interval.as_secs_f64()
    }
}

/// A trial passes when everything arrived, in order, and p99 stayed under the limit.
pub fn passes(report: &LoadReport, p99_limit: Duration) -> bool {
    report.complete() && u128::from(report.latency.p99) < p99_limit.as_micros()
}

/// One trial's rate and what it measured.
#[derive(Debug, Clone)]
pub struct Trial {
    pub rate: f64,
    pub passed: bool,
    pub report: LoadReport,
}

/// Doubles from `start` until a trial fails (or `max_rate` passes), then bisects
/// `refine` times. `run` performs one trial at a rate; `seen` is told of every trial.
/// Returns the best passing trial, if any passed.
pub async fn search<F, Fut>(
    start: f64,
    max_rate: f64,
    refine: usize,
    p99_limit: Duration,
    mut run: F,
    mut seen: impl FnMut(&Trial),
) -> Result<Option<Trial>, String>
where
    F: FnMut(f64) -> Fut,
    Fut: Future<Output = Result<LoadReport, String>>,
{
    let mut best: Option<Trial> = None;
    let mut failed_at: Option<f64> = None;
    let mut rate = start.max(0.001);
    let mut bisections = 0;
    loop {
        let report = run(rate).await?;
        let trial = Trial {
            rate,
            passed: passes(&report, p99_limit),
            report,
        };
        seen(&trial);
        if trial.passed {
            best = Some(trial);
        } else {
            failed_at = Some(rate);
        }
        let low = best.as_ref().map_or(0.0, |t| t.rate);
        rate = match failed_at {
            // Still climbing.
            None if rate * 2.0 <= max_rate => rate * 2.0,
            None => return Ok(best),
            Some(high) => {
                if bisections == refine || low == 0.0 {
                    return Ok(best);
                }
                bisections += 1;
                (low * high).sqrt()
            }
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::Percentiles;

    #[test]
    fn plans_keep_the_pace_and_offer_the_rate() {
        // 10 broadcasts/s: one sender every 100 ms.
        let p = TrialPlan::new(1000, 10.0, Duration::from_secs(3));
        assert_eq!(p.senders, 1);
        assert_eq!(p.interval, Duration::from_millis(100));
        assert_eq!(p.messages, 30);
        // 1,000/s needs 40 senders at 40 ms.
        let p = TrialPlan::new(1000, 1000.0, Duration::from_secs(2));
        assert_eq!(p.senders, 40);
        assert!((p.offered_rate() - 1000.0).abs() < 1e-6);
        assert!(p.interval >= MIN_SENDER_INTERVAL);
        // More than every client can offer at 40 ms: all send, faster.
        let p = TrialPlan::new(10, 1000.0, Duration::from_secs(1));
        assert_eq!(p.senders, 10);
        assert_eq!(p.interval, Duration::from_millis(10));
    }

    fn report(ok: bool, p99_ms: u32) -> LoadReport {
        LoadReport {
            expected: 10,
            delivered: if ok { 10 } else { 9 },
            latency: Percentiles {
                p99: p99_ms * 1000,
                ..Percentiles::default()
            },
            ..LoadReport::default()
        }
    }

    async fn run_search(capacity: f64, refine: usize) -> (Option<f64>, Vec<f64>) {
        let mut rates = Vec::new();
        let best = search(
            10.0,
            1e6,
            refine,
            Duration::from_millis(100),
            |rate| async move {
                // A fake server: p99 grows past the limit above its capacity.
                let p99 = if rate <= capacity { 50 } else { 150 };
                Ok(report(true, p99))
            },
            |t| rates.push(t.rate),
        )
        .await
        .unwrap();
        (best.map(|t| t.rate), rates)
    }

    #[tokio::test]
    async fn search_brackets_the_capacity() {
        let (best, rates) = run_search(300.0, 5).await;
        let best = best.expect("some rate passes");
        // Doubling: 10, 20, 40, 80, 160, 320 (fails), then five bisections.
        assert_eq!(&rates[..6], &[10.0, 20.0, 40.0, 80.0, 160.0, 320.0]);
        assert_eq!(rates.len(), 11);
        assert!(best <= 300.0 && best > 300.0 * 0.95, "best {best}");
    }

    #[tokio::test]
    async fn search_reports_none_when_nothing_passes_and_lost_messages_fail() {
        let (best, rates) = run_search(5.0, 5).await;
        assert_eq!(best, None);
        assert_eq!(rates, vec![10.0]);
        assert!(!passes(&report(false, 1), Duration::from_millis(100)));
        assert!(passes(&report(true, 99), Duration::from_millis(100)));
        assert!(!passes(&report(true, 100), Duration::from_millis(100)));
    }
}
