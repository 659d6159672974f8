//! The hub's state as `/hub/stats` streams it: one [`HubStats`] JSON object per `stats`
//! event (the shape is documented in `demos/chat/README.md`). The server writes it, the
//! browser's hub inspector reads it.
//!
//! Reading is lenient: every member has a default, so a newer server with more members,
//! or an older one with fewer, still draws; a member of the wrong type is an error.

use crate::json::{self, Error, Fields, ObjectWriter, Value};

/// One snapshot of the hub. Field names are the JSON names, written in this order.
#[derive(Debug, Clone, Default, PartialEq)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoomStats {
    pub name: String,
    pub clients: usize,
}

/// One client.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
#[derive(Debug, Clone, Default, PartialEq)]
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

impl HubStats {
    /// The snapshot as one line of JSON (the data of one `stats` event).
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut o = ObjectWriter::new(&mut out);
        o.u64("seq", self.seq)
            .u64("uptime_ms", self.uptime_ms)
            .u64("total_clients", self.total_clients as u64)
            .u64("plain_clients", self.plain_clients as u64);
        o.list("rooms", &self.rooms, |out, r| {
            ObjectWriter::new(out)
                .str("name", &r.name)
                .u64("clients", r.clients as u64)
                .end();
        })
        .list("clients", &self.clients, |out, c| {
            ObjectWriter::new(out)
                .u64("id", c.id)
                .str("nick", &c.nick)
                .str("protocol", &c.protocol)
                .strs("rooms", &c.rooms)
                .u64("queue_depth", c.queue_depth as u64)
                .u64("queue_capacity", c.queue_capacity as u64)
                .u64("slow_ms", c.slow_ms.into())
                .end();
        });
        o.bool("clients_truncated", self.clients_truncated)
            .u64("evictions", self.evictions)
            .f64("messages_per_sec", self.messages_per_sec)
            .f64("deliveries_per_sec", self.deliveries_per_sec)
            .u64("messages_total", self.messages_total)
            .u64("deliveries_total", self.deliveries_total)
            .bool("shutting_down", self.shutting_down);
        let l = &self.limits;
        ObjectWriter::new(o.key("limits"))
            .u64("send_queue", l.send_queue as u64)
            .u64("max_message_size", l.max_message_size as u64)
            .u64("ping_period_ms", l.ping_period_ms)
            .u64("pong_wait_ms", l.pong_wait_ms)
            .u64("write_wait_ms", l.write_wait_ms)
            .f64("rate_per_sec", l.rate_per_sec)
            .u64("rate_burst", l.rate_burst.into())
            .u64("stats_max_clients", l.stats_max_clients as u64)
            .u64("presence_limit", l.presence_limit as u64)
            .end();
        o.end();
        out
    }

    /// Reads one snapshot.
    pub fn from_json(text: &str) -> Result<HubStats, Error> {
        let value = json::parse(text)?;
        let f = Fields::new(&value)?;
        Ok(HubStats {
            seq: f.u64("seq", Some(0))?,
            uptime_ms: f.u64("uptime_ms", Some(0))?,
            total_clients: f.usize("total_clients", Some(0))?,
            plain_clients: f.usize("plain_clients", Some(0))?,
            rooms: f.list("rooms", room)?,
            clients: f.list("clients", client)?,
            clients_truncated: f.bool("clients_truncated", Some(false))?,
            evictions: f.u64("evictions", Some(0))?,
            messages_per_sec: f.f64("messages_per_sec", Some(0.0))?,
            deliveries_per_sec: f.f64("deliveries_per_sec", Some(0.0))?,
            messages_total: f.u64("messages_total", Some(0))?,
            deliveries_total: f.u64("deliveries_total", Some(0))?,
            shutting_down: f.bool("shutting_down", Some(false))?,
            limits: match f.get("limits") {
                None => Limits::default(),
                Some(v) => limits(v)?,
            },
        })
    }
}

fn room(value: &Value) -> Result<RoomStats, Error> {
    let f = Fields::new(value)?;
    Ok(RoomStats {
        name: f.str("name", Some(""))?,
        clients: f.usize("clients", Some(0))?,
    })
}

fn client(value: &Value) -> Result<ClientStats, Error> {
    let f = Fields::new(value)?;
    Ok(ClientStats {
        id: f.u64("id", Some(0))?,
        nick: f.str("nick", Some(""))?,
        protocol: f.str("protocol", Some(""))?,
        rooms: f.strs("rooms")?,
        queue_depth: f.usize("queue_depth", Some(0))?,
        queue_capacity: f.usize("queue_capacity", Some(0))?,
        slow_ms: f.u32("slow_ms", Some(0))?,
    })
}

fn limits(value: &Value) -> Result<Limits, Error> {
    let f = Fields::new(value)?;
    Ok(Limits {
        send_queue: f.usize("send_queue", Some(0))?,
        max_message_size: f.usize("max_message_size", Some(0))?,
        ping_period_ms: f.u64("ping_period_ms", Some(0))?,
        pong_wait_ms: f.u64("pong_wait_ms", Some(0))?,
        write_wait_ms: f.u64("write_wait_ms", Some(0))?,
        rate_per_sec: f.f64("rate_per_sec", Some(0.0))?,
        rate_burst: f.u32("rate_burst", Some(0))?,
        stats_max_clients: f.usize("stats_max_clients", Some(0))?,
        presence_limit: f.usize("presence_limit", Some(0))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> HubStats {
        HubStats {
            seq: 42,
            uptime_ms: 81_234,
            total_clients: 3,
            plain_clients: 1,
            rooms: vec![
                RoomStats {
                    name: "go".into(),
                    clients: 1,
                },
                RoomStats {
                    name: "lobby".into(),
                    clients: 3,
                },
            ],
            clients: vec![ClientStats {
                id: 3,
                nick: "ada \"the\" 1st".into(),
                protocol: "json".into(),
                rooms: vec!["lobby".into(), "go".into()],
                queue_depth: 17,
                queue_capacity: 256,
                slow_ms: 300,
            }],
            clients_truncated: false,
            evictions: 1,
            messages_per_sec: 2.0,
            deliveries_per_sec: 6.5,
            messages_total: 120,
            deliveries_total: 355,
            shutting_down: true,
            limits: Limits {
                send_queue: 256,
                max_message_size: 512,
                ping_period_ms: 54_000,
                pong_wait_ms: 60_000,
                write_wait_ms: 10_000,
                rate_per_sec: 5.0,
                rate_burst: 10,
                stats_max_clients: 200,
                presence_limit: 1000,
            },
        }
    }

    #[test]
    fn a_snapshot_has_the_documented_text_and_reads_back() {
        let json = sample().to_json();
        assert_eq!(
            json,
            concat!(
                r#"{"seq":42,"uptime_ms":81234,"total_clients":3,"plain_clients":1,"#,
                r#""rooms":[{"name":"go","clients":1},{"name":"lobby","clients":3}],"#,
                r#""clients":[{"id":3,"nick":"ada \"the\" 1st","protocol":"json","rooms":["lobby","go"],"queue_depth":17,"queue_capacity":256,"slow_ms":300}],"#,
                r#""clients_truncated":false,"evictions":1,"messages_per_sec":2.0,"deliveries_per_sec":6.5,"#,
                r#""messages_total":120,"deliveries_total":355,"shutting_down":true,"#,
                r#""limits":{"send_queue":256,"max_message_size":512,"ping_period_ms":54000,"pong_wait_ms":60000,"write_wait_ms":10000,"rate_per_sec":5.0,"rate_burst":10,"stats_max_clients":200,"presence_limit":1000}}"#
            )
        );
        assert_eq!(HubStats::from_json(&json), Ok(sample()));
        assert_eq!(
            HubStats::from_json(&HubStats::default().to_json()),
            Ok(HubStats::default())
        );
    }

    #[test]
    fn missing_members_take_defaults_and_wrong_ones_are_errors() {
        let bare = HubStats::from_json(r#"{"seq":1,"extra":true,"clients":[{"id":4}]}"#).unwrap();
        assert_eq!(bare.seq, 1);
        assert_eq!(bare.clients[0].id, 4);
        assert_eq!(bare.clients[0].nick, "");
        assert_eq!(bare.limits, Limits::default());
        for bad in [
            "{\"seq\":",
            "42",
            "{\"seq\":\"many\"}",
            "{\"rooms\":{}}",
            "{\"rooms\":[1]}",
            "{\"limits\":[]}",
            "{\"limits\":{\"rate_per_sec\":\"x\"}}",
            "{\"shutting_down\":1}",
        ] {
            assert!(HubStats::from_json(bad).is_err(), "{bad}");
        }
    }
}
