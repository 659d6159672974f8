//! The hub's state as the `/hub/stats` stream shows it (schema in demos/chat/README.md).
//!
//! The snapshot types and their JSON are `syncscope_wire::stats`'s, shared with the browser's
//! hub inspector.
//!
//! The hub task builds a [`HubStats`] snapshot (it alone can read its clients map) and
//! publishes it on a `tokio::sync::watch` channel: about once a second, and sooner
//! (at most every [`CHANGE_DEBOUNCE`]) when a client comes, goes, is evicted, joins,
//! leaves or changes nickname. A watch channel keeps only the newest snapshot, so a slow
//! stats reader skips snapshots instead of slowing the hub: the same rule as the chat
//! queues (the hub never waits for a reader), by a different mechanism.
//!
//! `/hub/stats` is Server-Sent Events (`text/event-stream`, one `stats` event per
//! snapshot): it is read-only, a browser's `EventSource` reconnects by itself, and it
//! needs no handshake of its own.

use std::time::Duration;

pub use syncscope_wire::stats::{ClientStats, HubStats, Limits, RoomStats};

/// Shortest gap between two snapshots published because something changed.
pub const CHANGE_DEBOUNCE: Duration = Duration::from_millis(100);
/// Longest gap between two snapshots (the "about once per second" heartbeat).
pub const HEARTBEAT: Duration = Duration::from_secs(1);

/// Turns running totals into per-second rates over windows of about a second.
#[derive(Debug, Default)]
pub struct RateMeter {
    window_start_ms: u64,
    start_total: u64,
    rate: f64,
}

impl RateMeter {
    /// Feeds the current total at `now_ms`; returns the rate over the last completed
    /// window (a window closes after a second).
    pub fn update(&mut self, total: u64, now_ms: u64) -> f64 {
        let span = now_ms.saturating_sub(self.window_start_ms);
        if span >= 1000 {
            self.rate = (total - self.start_total) as f64 * 1000.0 / span as f64;
            self.window_start_ms = now_ms;
            self.start_total = total;
        }
        self.rate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_meter_reports_per_second() {
        let mut m = RateMeter::default();
        assert_eq!(m.update(0, 0), 0.0);
        assert_eq!(m.update(5, 500), 0.0); // window still open
        assert_eq!(m.update(20, 1000), 20.0);
        assert_eq!(m.update(30, 3000), 5.0);
    }

    #[test]
    fn snapshot_serializes_with_documented_names() {
        let json: serde_json::Value = serde_json::from_str(&HubStats::default().to_json()).unwrap();
        for key in [
            "seq",
            "uptime_ms",
            "total_clients",
            "plain_clients",
            "rooms",
            "clients",
            "clients_truncated",
            "evictions",
            "messages_per_sec",
            "deliveries_per_sec",
            "messages_total",
            "deliveries_total",
            "shutting_down",
            "limits",
        ] {
            assert!(json.get(key).is_some(), "missing {key}");
        }
    }
}
