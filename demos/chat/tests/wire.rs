//! The wire format did not move when it left serde: `syncscope_wire`'s hand-written JSON is
//! compared, byte for byte, with what serde_json writes for serde derives of the same types
//! (the definitions the server used before, repeated here as mirrors), over many generated
//! values: every control character, non-ASCII text, and floats across `f64`'s range.

use serde::Serialize;
use syncscope_chat::protocol::{Event, Member, Request};
use syncscope_chat::stats::{ClientStats, HubStats, Limits, RoomStats};

#[derive(Serialize)]
struct MemberMirror {
    id: u64,
    nick: String,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum EventMirror {
    Welcome {
        id: u64,
        nick: String,
        rooms: Vec<String>,
        max_message_size: usize,
        rate_per_sec: f64,
        rate_burst: u32,
    },
    Joined {
        room: String,
        id: u64,
        nick: String,
    },
    Left {
        room: String,
        id: u64,
        nick: String,
        reason: String,
    },
    Message {
        room: String,
        id: u64,
        nick: String,
        text: String,
        ts: u64,
    },
    Nick {
        id: u64,
        old: String,
        nick: String,
    },
    Who {
        room: String,
        members: Vec<MemberMirror>,
    },
    Slow {
        delay_ms: u32,
    },
    Error {
        code: String,
        message: String,
    },
}

/// The client's requests, as the browser client's serde derive wrote them.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum RequestMirror {
    Join { room: String },
    Leave { room: String },
    Say { room: String, text: String },
    Nick { nick: String },
    Who { room: String },
    Slow { delay_ms: u32 },
}

#[derive(Serialize)]
struct HubStatsMirror {
    seq: u64,
    uptime_ms: u64,
    total_clients: usize,
    plain_clients: usize,
    rooms: Vec<RoomMirror>,
    clients: Vec<ClientMirror>,
    clients_truncated: bool,
    evictions: u64,
    messages_per_sec: f64,
    deliveries_per_sec: f64,
    messages_total: u64,
    deliveries_total: u64,
    shutting_down: bool,
    limits: LimitsMirror,
}

#[derive(Serialize)]
struct RoomMirror {
    name: String,
    clients: usize,
}

#[derive(Serialize)]
struct ClientMirror {
    id: u64,
    nick: String,
    protocol: String,
    rooms: Vec<String>,
    queue_depth: usize,
    queue_capacity: usize,
    slow_ms: u32,
}

#[derive(Serialize)]
struct LimitsMirror {
    send_queue: usize,
    max_message_size: usize,
    ping_period_ms: u64,
    pong_wait_ms: u64,
    write_wait_ms: u64,
    rate_per_sec: f64,
    rate_burst: u32,
    stats_max_clients: usize,
    presence_limit: usize,
}

/// A small deterministic generator (xorshift), so a failure reproduces.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn int(&mut self) -> u64 {
        match self.below(4) {
            0 => self.below(10),
            1 => u64::MAX - self.below(3),
            _ => self.next() >> self.below(64),
        }
    }

    fn float(&mut self) -> f64 {
        match self.below(6) {
            // Any bit pattern: NaN, infinities, subnormals, huge and tiny values.
            0 => f64::from_bits(self.next()),
            1 => self.below(1000) as f64 / 10.0,
            2 => self.below(1 << 20) as f64 * 10f64.powi(self.below(40) as i32 - 20),
            3 => [0.0, -0.0, 1e16, 1e15, 1e-5, 1e-4, 1e-6, 123456.789][self.below(8) as usize],
            _ => self.below(100_000) as f64 / 7.0,
        }
    }

    fn text(&mut self) -> String {
        const PIECES: &[&str] = &[
            "a", "Z", " ", "\"", "\\", "/", "\n", "\r", "\t", "é", "中", "😀", "\u{7f}",
            "\u{2028}", "\u{feff}", "'", "<b>", "&amp;",
        ];
        let n = self.below(12);
        (0..n)
            .map(|_| {
                if self.below(4) == 0 {
                    // Every control character, one at a time.
                    char::from(self.below(0x20) as u8).to_string()
                } else {
                    PIECES[self.below(PIECES.len() as u64) as usize].to_string()
                }
            })
            .collect()
    }

    fn texts(&mut self) -> Vec<String> {
        (0..self.below(4)).map(|_| self.text()).collect()
    }
}

fn event_pair(g: &mut Gen) -> (Event, EventMirror) {
    let (id, nick, room, text) = (g.int(), g.text(), g.text(), g.text());
    match g.below(8) {
        0 => {
            let (rooms, size, rate, burst) =
                (g.texts(), g.int() as usize, g.float(), g.int() as u32);
            (
                Event::Welcome {
                    id,
                    nick: nick.clone(),
                    rooms: rooms.clone(),
                    max_message_size: size,
                    rate_per_sec: rate,
                    rate_burst: burst,
                },
                EventMirror::Welcome {
                    id,
                    nick,
                    rooms,
                    max_message_size: size,
                    rate_per_sec: rate,
                    rate_burst: burst,
                },
            )
        }
        1 => (
            Event::Joined {
                room: room.clone(),
                id,
                nick: nick.clone(),
            },
            EventMirror::Joined { room, id, nick },
        ),
        2 => (
            Event::Left {
                room: room.clone(),
                id,
                nick: nick.clone(),
                reason: text.clone(),
            },
            EventMirror::Left {
                room,
                id,
                nick,
                reason: text,
            },
        ),
        3 => {
            let ts = g.int();
            (
                Event::Message {
                    room: room.clone(),
                    id,
                    nick: nick.clone(),
                    text: text.clone(),
                    ts,
                },
                EventMirror::Message {
                    room,
                    id,
                    nick,
                    text,
                    ts,
                },
            )
        }
        4 => (
            Event::Nick {
                id,
                old: text.clone(),
                nick: nick.clone(),
            },
            EventMirror::Nick {
                id,
                old: text,
                nick,
            },
        ),
        5 => {
            let members: Vec<(u64, String)> =
                (0..g.below(4)).map(|_| (g.int(), g.text())).collect();
            (
                Event::Who {
                    room: room.clone(),
                    members: members
                        .iter()
                        .map(|(id, nick)| Member {
                            id: *id,
                            nick: nick.clone(),
                        })
                        .collect(),
                },
                EventMirror::Who {
                    room,
                    members: members
                        .into_iter()
                        .map(|(id, nick)| MemberMirror { id, nick })
                        .collect(),
                },
            )
        }
        6 => {
            let delay_ms = g.int() as u32;
            (Event::Slow { delay_ms }, EventMirror::Slow { delay_ms })
        }
        _ => (
            Event::Error {
                code: room.clone(),
                message: text.clone(),
            },
            EventMirror::Error {
                code: room,
                message: text,
            },
        ),
    }
}

#[test]
fn events_are_written_as_serde_json_wrote_them() {
    let mut g = Gen(0x9e37_79b9_7f4a_7c15);
    for _ in 0..5000 {
        let (event, mirror) = event_pair(&mut g);
        let json = event.to_json();
        assert_eq!(json, serde_json::to_string(&mirror).unwrap());
        // And the client reads back what it was sent, whenever JSON can carry it (a NaN
        // or infinite rate is written as `null`, as serde_json writes it).
        if !matches!(&event, Event::Welcome { rate_per_sec, .. } if !rate_per_sec.is_finite()) {
            assert_eq!(Event::from_json(&json), Ok(event), "{json}");
        }
    }
}

#[test]
fn requests_are_written_as_the_client_wrote_them_and_the_server_reads_them() {
    let mut g = Gen(0x2545_f491_4f6c_dd1d);
    for _ in 0..3000 {
        let (room, text) = (g.text(), g.text());
        let delay_ms = g.int() as u32;
        let (request, mirror) = match g.below(6) {
            0 => (
                Request::Join { room: room.clone() },
                RequestMirror::Join { room },
            ),
            1 => (
                Request::Leave { room: room.clone() },
                RequestMirror::Leave { room },
            ),
            2 => (
                Request::Say {
                    room: room.clone(),
                    text: text.clone(),
                },
                RequestMirror::Say { room, text },
            ),
            3 => (
                Request::Nick { nick: text.clone() },
                RequestMirror::Nick { nick: text },
            ),
            4 => (
                Request::Who { room: room.clone() },
                RequestMirror::Who { room },
            ),
            _ => (Request::Slow { delay_ms }, RequestMirror::Slow { delay_ms }),
        };
        let json = request.to_json();
        assert_eq!(json, serde_json::to_string(&mirror).unwrap());
        // The server's reader accepts it whenever the values pass its checks.
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(value.get("type").is_some());
    }
    assert_eq!(
        syncscope_chat::protocol::parse_request(
            &Request::Say {
                room: "go".into(),
                text: "é \"q\"".into()
            }
            .to_json()
        ),
        Ok(Request::Say {
            room: "go".into(),
            text: "é \"q\"".into()
        })
    );
}

#[test]
fn floats_are_written_as_serde_json_writes_them() {
    let mut g = Gen(0xdead_beef_cafe_f00d);
    for _ in 0..100_000 {
        let x = g.float();
        let mut ours = String::new();
        syncscope_wire::json::write_f64(&mut ours, x);
        assert_eq!(ours, serde_json::to_string(&x).unwrap(), "{x:e}");
    }
}

#[test]
fn snapshots_are_written_as_serde_json_wrote_them() {
    let mut g = Gen(0x0123_4567_89ab_cdef);
    for _ in 0..500 {
        let rooms: Vec<(String, usize)> = (0..g.below(3))
            .map(|_| (g.text(), g.int() as usize))
            .collect();
        let clients: Vec<ClientStats> = (0..g.below(3))
            .map(|_| ClientStats {
                id: g.int(),
                nick: g.text(),
                protocol: g.text(),
                rooms: g.texts(),
                queue_depth: g.int() as usize,
                queue_capacity: g.int() as usize,
                slow_ms: g.int() as u32,
            })
            .collect();
        let stats = HubStats {
            seq: g.int(),
            uptime_ms: g.int(),
            total_clients: g.int() as usize,
            plain_clients: g.int() as usize,
            rooms: rooms
                .iter()
                .map(|(name, clients)| RoomStats {
                    name: name.clone(),
                    clients: *clients,
                })
                .collect(),
            clients: clients.clone(),
            clients_truncated: g.below(2) == 0,
            evictions: g.int(),
            messages_per_sec: g.float(),
            deliveries_per_sec: g.float(),
            messages_total: g.int(),
            deliveries_total: g.int(),
            shutting_down: g.below(2) == 0,
            limits: Limits {
                send_queue: g.int() as usize,
                max_message_size: g.int() as usize,
                ping_period_ms: g.int(),
                pong_wait_ms: g.int(),
                write_wait_ms: g.int(),
                rate_per_sec: g.float(),
                rate_burst: g.int() as u32,
                stats_max_clients: g.int() as usize,
                presence_limit: g.int() as usize,
            },
        };
        let l = &stats.limits;
        let mirror = HubStatsMirror {
            seq: stats.seq,
            uptime_ms: stats.uptime_ms,
            total_clients: stats.total_clients,
            plain_clients: stats.plain_clients,
            rooms: rooms
                .into_iter()
                .map(|(name, clients)| RoomMirror { name, clients })
                .collect(),
            clients: clients
                .into_iter()
                .map(|c| ClientMirror {
                    id: c.id,
                    nick: c.nick,
                    protocol: c.protocol,
                    rooms: c.rooms,
                    queue_depth: c.queue_depth,
                    queue_capacity: c.queue_capacity,
                    slow_ms: c.slow_ms,
                })
                .collect(),
            clients_truncated: stats.clients_truncated,
            evictions: stats.evictions,
            messages_per_sec: stats.messages_per_sec,
            deliveries_per_sec: stats.deliveries_per_sec,
            messages_total: stats.messages_total,
            deliveries_total: stats.deliveries_total,
            shutting_down: stats.shutting_down,
            limits: LimitsMirror {
                send_queue: l.send_queue,
                max_message_size: l.max_message_size,
                ping_period_ms: l.ping_period_ms,
                pong_wait_ms: l.pong_wait_ms,
                write_wait_ms: l.write_wait_ms,
                rate_per_sec: l.rate_per_sec,
                rate_burst: l.rate_burst,
                stats_max_clients: l.stats_max_clients,
                presence_limit: l.presence_limit,
            },
        };
        assert_eq!(stats.to_json(), serde_json::to_string(&mirror).unwrap());
    }
}

/// A random JSON value as serde_json builds it (numbers of every kind, strings from
/// `Gen::text`, nesting to a few levels; keys unique, since serde_json keeps the last of
/// a repeated key and syncscope-wire the first, a difference requests never rely on).
fn json_value(g: &mut Gen, depth: u32) -> serde_json::Value {
    use serde_json::Value as J;
    match g.below(if depth >= 3 { 5 } else { 7 }) {
        0 => J::Null,
        1 => J::Bool(g.below(2) == 0),
        2 => J::from(g.int()),
        3 => J::from(-(g.below(1 << 40) as i64)),
        4 => match serde_json::Number::from_f64(g.float()) {
            Some(n) => J::Number(n),
            None => J::String(g.text()),
        },
        5 => J::Array((0..g.below(4)).map(|_| json_value(g, depth + 1)).collect()),
        _ => J::Object(
            (0..g.below(4))
                .map(|i| (format!("{}{i}", g.text()), json_value(g, depth + 1)))
                .collect(),
        ),
    }
}

/// Whether syncscope-wire's value is serde_json's (numbers by their value).
fn same_value(ours: &syncscope_wire::json::Value, theirs: &serde_json::Value) -> bool {
    use serde_json::Value as J;
    use syncscope_wire::json::Value as W;
    match (ours, theirs) {
        (W::Null, J::Null) => true,
        (W::Bool(a), J::Bool(b)) => a == b,
        (W::String(a), J::String(b)) => a == b,
        (W::Number(text), J::Number(n)) => {
            if let Some(u) = n.as_u64() {
                ours.as_u64() == Some(u)
            } else if let Some(i) = n.as_i64() {
                ours.as_i64() == Some(i)
            } else {
                // serde_json's default float reader is not correctly rounded (it can be
                // one unit in the last place off, e.g. 7.754378077617491e-286); the
                // standard library's is, and so is ours.
                let exact = text.parse::<f64>().ok();
                let theirs = n.as_f64().unwrap_or(f64::NAN);
                ours.as_f64().map(f64::to_bits) == exact.map(f64::to_bits)
                    && exact.is_some_and(|x| x.to_bits().abs_diff(theirs.to_bits()) <= 1)
            }
        }
        (W::Array(a), J::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_value(x, y))
        }
        (W::Object(a), J::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(k, v)| b.get(k).is_some_and(|w| same_value(v, w)))
        }
        _ => false,
    }
}

/// The server reads requests with syncscope-wire's JSON reader now (one reader for both
/// ends). It must agree with serde_json, which the server used before, on what is JSON
/// and what it means: generated documents, then the same documents broken (cut short,
/// a byte changed, a byte inserted), plus hand-picked malformed texts.
#[test]
fn the_wire_reader_agrees_with_serde_json() {
    let mut g = Gen(0x5851_f42d_4c95_7f2d);
    const NOISE: &[&str] = &[
        "\"", "\\", "{", "}", "[", "]", ",", ":", "-", "0", "1", ".", "e", "E", "+", "t", "n", " ",
        "\u{1}", "\\u", "\\ud800", "é", "\t",
    ];
    let mut texts: Vec<String> = [
        "",
        " ",
        "{",
        "}",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\":1,}",
        "[1,]",
        "[,1]",
        "01",
        "-",
        "1.",
        ".5",
        "1e",
        "1e+",
        "+1",
        "tru",
        "nul",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\ud800\"",
        "\"\\udc00\\ud800\"",
        "\"\\ud83d\\ude00\"",
        "\"a\nb\"",
        "\"\u{1f}\"",
        "1 2",
        "[1] x",
        "{\"type\":\"say\"} {}",
        "NaN",
        "Infinity",
        "-0",
        "1e400",
        "-1e400",
        "4.9e-324",
        "18446744073709551616",
        "\u{feff}{}",
        "{\"a\":1}\u{a0}",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    texts.push(format!("{}1{}", "[".repeat(127), "]".repeat(127)));
    texts.push(format!("{}1{}", "[".repeat(128), "]".repeat(128)));
    texts.push(format!("{}1{}", "[".repeat(129), "]".repeat(129)));
    for _ in 0..4000 {
        let value = json_value(&mut g, 0);
        let text = serde_json::to_string(&value).unwrap();
        texts.push(text.clone());
        let chars: Vec<char> = text.chars().collect();
        let at = g.below(chars.len() as u64 + 1) as usize;
        let noise = NOISE[g.below(NOISE.len() as u64) as usize];
        let broken: String = match g.below(3) {
            0 => chars[..at].iter().collect(),
            1 => chars[..at]
                .iter()
                .copied()
                .chain(noise.chars())
                .chain(chars[(at + 1).min(chars.len())..].iter().copied())
                .collect(),
            _ => chars[..at]
                .iter()
                .copied()
                .chain(noise.chars())
                .chain(chars[at..].iter().copied())
                .collect(),
        };
        texts.push(broken);
    }
    let mut accepted = 0;
    for text in &texts {
        let ours = syncscope_wire::json::parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => {
                accepted += 1;
                assert!(same_value(a, b), "{text:?}: {a:?} vs {b:?}");
            }
            (Err(_), Err(_)) => {}
            _ => panic!("{text:?}: syncscope-wire {ours:?}, serde_json {theirs:?}"),
        }
    }
    // Both kinds were really tried.
    assert!(
        accepted > 4000 && accepted < texts.len() - 1000,
        "{accepted}"
    );
}
