//! The hub's state as the `/hub/stats` stream shows it (schema in demos/chat/README.md).
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

use serde::{Deserialize, Serialize};

/// Shortest gap between two snapshots published because something changed.
pub const CHANGE_DEBOUNCE: Duration = Duration::from_millis(100);
/// Longest gap between two snapshots (the "about once per second" heartbeat).
pub const HEARTBEAT: Duration = Duration::from_secs(1);

/// One snapshot of the hub. Field names are the JSON names.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HubStats {
    /// Increases by one with every snapshot the hub publishes.
    pub seq: u64,
    /// Milliseconds since the hub started.
    pub uptime_ms: u64,
    /// Clients registered with the hub right now (both protocols).
    pub total_clients: usize,
    /// Of which speak the plain (gorilla home.html) protocol.
    pub plain_clients: usize,
    /// Every room with at least one member, by name.
    pub rooms: Vec<RoomStats>,
    /// Clients one by one, deepest queue first, then by id; at most
    /// `limits.stats_max_clients` of them (`clients_truncated` says when more exist).
    pub clients: Vec<ClientStats>,
    pub clients_truncated: bool,
    /// Clients the hub evicted so far because their send queue was full.
    pub evictions: u64,
    /// Chat messages (`say` and plain text) the hub received in the last second or so.
    pub messages_per_sec: f64,
    /// Events the hub put into client queues in the last second or so (one message to
    /// thirty clients is thirty deliveries).
    pub deliveries_per_sec: f64,
    /// Totals since start.
    pub messages_total: u64,
    pub deliveries_total: u64,
    /// Set on the last snapshot, published when the server shuts down.
    pub shutting_down: bool,
    /// The settings the inspector draws against (queue size, deadlines).
    pub limits: Limits,
}

/// One room.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomStats {
    pub name: String,
    pub clients: usize,
}

/// One client.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientStats {
    pub id: u64,
    pub nick: String,
    /// `plain` or `json`.
    pub protocol: String,
    pub rooms: Vec<String>,
    /// Messages waiting in this client's send queue (0..=queue_capacity); at capacity
    /// the next broadcast evicts the client.
    pub queue_depth: usize,
    pub queue_capacity: usize,
    /// The client's `slow` setting (ms per message; 0 = normal).
    pub slow_ms: u32,
}

/// The server's limits, repeated in every snapshot so a late subscriber has them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Limits {
    pub send_queue: usize,
    pub max_message_size: usize,
    pub ping_period_ms: u64,
    pub pong_wait_ms: u64,
    pub write_wait_ms: u64,
    pub rate_per_sec: f64,
    pub rate_burst: u32,
    pub stats_max_clients: usize,
    pub presence_limit: usize,
}

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
        let json = serde_json::to_value(HubStats::default()).unwrap();
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
