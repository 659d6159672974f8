//! The hub's state as `/hub/stats` streams it (one JSON object per `stats` event; the shape
//! is documented in `demos/chat/README.md`), and what the hub inspector derives from it.
//!
//! The types are `syncscope_wire::stats`'s, shared with the server (whose own crate builds on
//! tokio and cannot be part of the wasm module). Every field has a default, so a newer server
//! with more fields, or an older one with fewer, still draws. What the inspector derives
//! from them comes as the extension traits [`ClientView`] and [`HubView`].

use syncscope_wire::number::fixed;
pub use syncscope_wire::stats::{ClientStats, HubStats, Limits, RoomStats};

/// Parses one `stats` event's data.
pub fn parse(data: &str) -> Result<HubStats, String> {
    HubStats::from_json(data).map_err(|e| format!("could not read the hub's stats: {e}"))
}

/// How full a send queue is, as the inspector colours it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// Under half full: the client keeps up.
    Calm,
    /// Half full or more: the client is falling behind.
    Filling,
    /// Nine tenths or more: the next few broadcasts may evict it.
    Danger,
}

impl Fill {
    pub fn class(self) -> &'static str {
        match self {
            Fill::Calm => "chat-q-calm",
            Fill::Filling => "chat-q-filling",
            Fill::Danger => "chat-q-danger",
        }
    }
}

/// What the inspector reads off one client's stats.
pub trait ClientView {
    /// The queue's capacity, falling back to the server's limit (and never 0, so drawing
    /// never divides by zero).
    fn capacity(&self, limits: &Limits) -> usize;
    /// Queued messages as a fraction of the capacity, in `[0, 1]`.
    fn fraction(&self, limits: &Limits) -> f64;
    fn fill(&self, limits: &Limits) -> Fill;
}

impl ClientView for ClientStats {
    fn capacity(&self, limits: &Limits) -> usize {
        [self.queue_capacity, limits.send_queue, 256]
            .into_iter()
            .find(|&c| c > 0)
            .unwrap_or(256)
    }

    fn fraction(&self, limits: &Limits) -> f64 {
        (self.queue_depth as f64 / self.capacity(limits) as f64).clamp(0.0, 1.0)
    }

    fn fill(&self, limits: &Limits) -> Fill {
        let f = self.fraction(limits);
        if f >= 0.9 {
            Fill::Danger
        } else if f >= 0.5 {
            Fill::Filling
        } else {
            Fill::Calm
        }
    }
}

/// What the inspector reads off a snapshot.
pub trait HubView {
    /// The client with this id, if the snapshot lists it.
    fn client(&self, id: u64) -> Option<&ClientStats>;
    /// Clients the inspector draws: `me` first (when listed), then the snapshot's order
    /// (deepest queue first), at most `max` in all, and how many were left out (including
    /// those the server itself left out of the snapshot).
    fn shown_clients(&self, me: Option<u64>, max: usize) -> (Vec<&ClientStats>, usize);
}

impl HubView for HubStats {
    fn client(&self, id: u64) -> Option<&ClientStats> {
        self.clients.iter().find(|c| c.id == id)
    }

    fn shown_clients(&self, me: Option<u64>, max: usize) -> (Vec<&ClientStats>, usize) {
        let mut shown: Vec<&ClientStats> = Vec::with_capacity(max.min(self.clients.len()));
        if let Some(mine) = me.and_then(|id| self.client(id)) {
            shown.push(mine);
        }
        for c in &self.clients {
            if shown.len() >= max {
                break;
            }
            if Some(c.id) != me {
                shown.push(c);
            }
        }
        shown.truncate(max);
        let hidden = self.total_clients.max(self.clients.len()) - shown.len();
        (shown, hidden)
    }
}

/// What changed between two snapshots that the inspector announces.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Change {
    /// Clients evicted in between.
    pub evicted: u64,
    /// Whether `me` was listed before and is gone now.
    pub me_gone: bool,
}

/// Compares consecutive snapshots (`prev` is `None` for the first).
pub fn change(prev: Option<&HubStats>, next: &HubStats, me: Option<u64>) -> Change {
    let Some(prev) = prev else {
        return Change::default();
    };
    Change {
        evicted: next.evictions.saturating_sub(prev.evictions),
        me_gone: me.is_some_and(|id| {
            prev.client(id).is_some() && next.client(id).is_none() && !next.clients_truncated
        }),
    }
}

/// `n` per second as the inspector prints it: whole numbers from 10 up, one decimal below.
pub fn rate_label(n: f64) -> String {
    if !n.is_finite() || n <= 0.0 {
        "0".to_string()
    } else if n >= 10.0 {
        format!("{}", n.round() as u64)
    } else {
        fixed(n, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The README's example snapshot, verbatim.
    const EXAMPLE: &str = r#"{
      "seq": 42, "uptime_ms": 81234, "total_clients": 3, "plain_clients": 1,
      "rooms": [{"name": "go", "clients": 1}, {"name": "lobby", "clients": 3}],
      "clients": [
        {"id": 3, "nick": "ada", "protocol": "json", "rooms": ["lobby", "go"],
         "queue_depth": 17, "queue_capacity": 256, "slow_ms": 300},
        {"id": 1, "nick": "guest-1", "protocol": "plain", "rooms": ["lobby"],
         "queue_depth": 0, "queue_capacity": 256, "slow_ms": 0}
      ],
      "clients_truncated": false, "evictions": 1,
      "messages_per_sec": 2.0, "deliveries_per_sec": 6.0,
      "messages_total": 120, "deliveries_total": 355, "shutting_down": false,
      "limits": {"send_queue": 256, "max_message_size": 512, "ping_period_ms": 54000,
                 "pong_wait_ms": 60000, "write_wait_ms": 10000, "rate_per_sec": 5.0,
                 "rate_burst": 10, "stats_max_clients": 200, "presence_limit": 1000}
    }"#;

    #[test]
    fn the_documented_snapshot_parses() {
        let s = parse(EXAMPLE).unwrap();
        assert_eq!(s.seq, 42);
        assert_eq!(s.total_clients, 3);
        assert_eq!(s.rooms[1].name, "lobby");
        assert_eq!(s.rooms[1].clients, 3);
        let ada = s.client(3).unwrap();
        assert_eq!(ada.rooms, ["lobby", "go"]);
        assert_eq!(ada.slow_ms, 300);
        assert_eq!(s.limits.ping_period_ms, 54_000);
        assert_eq!(s.messages_per_sec, 2.0);
        assert!(parse("{\"seq\":").is_err());
        assert!(parse("42").is_err());
        assert!(parse("{\"seq\":\"many\"}").is_err());
        // Missing fields take defaults: an older or newer server still draws.
        let bare = parse("{\"seq\":1,\"extra\":true}").unwrap();
        assert_eq!(bare.seq, 1);
        assert!(bare.clients.is_empty());
    }

    #[test]
    fn queue_fill_levels() {
        let limits = Limits {
            send_queue: 256,
            ..Limits::default()
        };
        let at = |depth| ClientStats {
            queue_depth: depth,
            queue_capacity: 256,
            ..ClientStats::default()
        };
        assert_eq!(at(0).fill(&limits), Fill::Calm);
        assert_eq!(at(127).fill(&limits), Fill::Calm);
        assert_eq!(at(128).fill(&limits), Fill::Filling);
        assert_eq!(at(230).fill(&limits), Fill::Filling);
        assert_eq!(at(230).fraction(&limits), 230.0 / 256.0);
        assert_eq!(at(231).fill(&limits), Fill::Danger);
        assert_eq!(at(256).fraction(&limits), 1.0);
        assert_eq!(at(999).fraction(&limits), 1.0);
        // A capacity of 0 falls back to the server's limit, then to gorilla's 256.
        let odd = ClientStats {
            queue_depth: 4,
            ..ClientStats::default()
        };
        assert_eq!(odd.capacity(&Limits::default()), 256);
        assert_eq!(
            odd.capacity(&Limits {
                send_queue: 8,
                ..Limits::default()
            }),
            8
        );
    }

    #[test]
    fn me_first_then_deepest_queues() {
        let s = parse(EXAMPLE).unwrap();
        let ids = |me, max| {
            let (shown, hidden) = s.shown_clients(me, max);
            (shown.iter().map(|c| c.id).collect::<Vec<_>>(), hidden)
        };
        assert_eq!(ids(Some(1), 10), (vec![1, 3], 1)); // total_clients says 3
        assert_eq!(ids(None, 10), (vec![3, 1], 1));
        assert_eq!(ids(Some(1), 1), (vec![1], 2));
        assert_eq!(ids(Some(99), 1), (vec![3], 2));
        assert_eq!(ids(Some(3), 0), (vec![], 3));
    }

    #[test]
    fn evictions_and_my_disappearance_are_noticed() {
        let before = parse(EXAMPLE).unwrap();
        let mut after = before.clone();
        after.evictions = 3;
        after.clients.retain(|c| c.id != 3);
        assert_eq!(change(None, &after, Some(3)), Change::default());
        assert_eq!(
            change(Some(&before), &after, Some(3)),
            Change {
                evicted: 2,
                me_gone: true
            }
        );
        assert!(!change(Some(&before), &after, Some(1)).me_gone);
        // A truncated list proves nothing about who is gone.
        after.clients_truncated = true;
        assert!(!change(Some(&before), &after, Some(3)).me_gone);
    }

    #[test]
    fn rates_print_short() {
        assert_eq!(rate_label(0.0), "0");
        assert_eq!(rate_label(f64::NAN), "0");
        assert_eq!(rate_label(2.0), "2.0");
        assert_eq!(rate_label(9.96), "10.0");
        assert_eq!(rate_label(248_000.4), "248000");
    }
}
