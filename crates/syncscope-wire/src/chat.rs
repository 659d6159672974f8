//! The chat's JSON protocol (`syncscope.chat.v1`, see `demos/chat/README.md`): what a
//! client sends ([`Request`]) and what the server sends ([`Event`]), each one JSON object
//! with a `type` member first.
//!
//! Both ends use these types: the server writes events and reads requests, the browser
//! client writes requests and reads events. Reading is lenient where the client must cope
//! with an older or newer server (unknown members are skipped; `rooms`, `max_message_size`,
//! `rate_per_sec`, `rate_burst`, `reason` and `ts` have defaults), strict elsewhere (a
//! missing id or a string where a number belongs is an error, never a guess).

use crate::json::{self, Error, Fields, ObjectWriter, Value};

/// The server's message limit when `welcome` does not say.
pub const DEFAULT_MAX_MESSAGE: usize = 512;

/// The WebSocket subprotocol that selects the JSON protocol; the server echoes it in
/// `Sec-WebSocket-Protocol` when the client asks for it.
pub const SUBPROTOCOL: &str = "syncscope.chat.v1";
/// Longest nickname, in characters.
pub const MAX_NICK_CHARS: usize = 24;
/// Longest room name, in characters.
pub const MAX_ROOM_CHARS: usize = 32;
/// Longest artificial delay a client may ask for with `slow`, in milliseconds.
pub const MAX_SLOW_MS: u32 = 10_000;

/// A room name: 1 to [`MAX_ROOM_CHARS`] characters from `[A-Za-z0-9_.-]`, so that it is
/// safe to show anywhere and cannot impersonate text around it.
pub fn valid_room(room: &str) -> bool {
    !room.is_empty()
        && room.chars().count() <= MAX_ROOM_CHARS
        && room
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// A nickname: 1 to [`MAX_NICK_CHARS`] characters, no surrounding whitespace, no control
/// characters (newlines included).
pub fn valid_nick(nick: &str) -> bool {
    let n = nick.chars().count();
    n > 0 && n <= MAX_NICK_CHARS && nick == nick.trim() && !nick.chars().any(char::is_control)
}

/// What a JSON client sends. (The server checks the values: see
/// `syncscope_chat::protocol::parse_request`.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// `{"type":"join","room":"go"}`: enter a room (others there see `joined`).
    Join { room: String },
    /// `{"type":"leave","room":"go"}`: leave a room (others there see `left`).
    Leave { room: String },
    /// `{"type":"say","room":"go","text":"hi"}`: send a message to a room one is in.
    Say { room: String, text: String },
    /// `{"type":"nick","nick":"ada"}`: change one's nickname (unique on the server).
    Nick { nick: String },
    /// `{"type":"who","room":"go"}`: ask who is in a room.
    Who { room: String },
    /// `{"type":"slow","delay_ms":300}`: the classroom knob "make my client slow". A
    /// browser always reads its socket, so the slowness is made on the server: this
    /// connection's write task then sends one message per `delay_ms` (no batching), its
    /// queue fills when the room talks faster than that, and the hub evicts it. 0 turns
    /// it off.
    Slow { delay_ms: u32 },
}

impl Request {
    /// The request as the one line of JSON the server reads.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut o = ObjectWriter::new(&mut out);
        match self {
            Request::Join { room } => o.str("type", "join").str("room", room),
            Request::Leave { room } => o.str("type", "leave").str("room", room),
            Request::Say { room, text } => o.str("type", "say").str("room", room).str("text", text),
            Request::Nick { nick } => o.str("type", "nick").str("nick", nick),
            Request::Who { room } => o.str("type", "who").str("room", room),
            Request::Slow { delay_ms } => o.str("type", "slow").u64("delay_ms", (*delay_ms).into()),
        }
        .end();
        out
    }
}

/// A room member, as `who` lists them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub id: u64,
    pub nick: String,
}

/// What the server sends.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// First event on a JSON connection: who you are and what the server allows.
    Welcome {
        id: u64,
        nick: String,
        rooms: Vec<String>,
        max_message_size: usize,
        /// The pacing: messages per second allowed on average (0: no limit), after a
        /// burst of `rate_burst`. A JSON client over it has messages refused with an
        /// `error` event (`rate_limited`); a plain client is paced instead (the server
        /// stops reading its socket until it may send again), so it loses nothing.
        rate_per_sec: f64,
        rate_burst: u32,
    },
    /// Someone (maybe you) entered `room`.
    Joined { room: String, id: u64, nick: String },
    /// Someone (maybe you) left `room`; `reason` is `leave`, `quit` or `evicted`.
    Left {
        room: String,
        id: u64,
        nick: String,
        reason: String,
    },
    /// A chat message. `ts` is the server's clock when the hub handled it (Unix ms).
    Message {
        room: String,
        id: u64,
        nick: String,
        text: String,
        ts: u64,
    },
    /// Client `id` is now called `nick` (it was `old`).
    Nick { id: u64, old: String, nick: String },
    /// The members of `room`, by id.
    Who { room: String, members: Vec<Member> },
    /// Your connection's write task now waits `delay_ms` before each message.
    Slow { delay_ms: u32 },
    /// A request was refused; the connection stays open.
    Error { code: String, message: String },
}

impl Event {
    /// The event as one line of JSON (JSON escapes newlines inside strings, so a server
    /// frame can batch several events one per line).
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut o = ObjectWriter::new(&mut out);
        match self {
            Event::Welcome {
                id,
                nick,
                rooms,
                max_message_size,
                rate_per_sec,
                rate_burst,
            } => o
                .str("type", "welcome")
                .u64("id", *id)
                .str("nick", nick)
                .strs("rooms", rooms)
                .u64("max_message_size", *max_message_size as u64)
                .f64("rate_per_sec", *rate_per_sec)
                .u64("rate_burst", (*rate_burst).into()),
            Event::Joined { room, id, nick } => o
                .str("type", "joined")
                .str("room", room)
                .u64("id", *id)
                .str("nick", nick),
            Event::Left {
                room,
                id,
                nick,
                reason,
            } => o
                .str("type", "left")
                .str("room", room)
                .u64("id", *id)
                .str("nick", nick)
                .str("reason", reason),
            Event::Message {
                room,
                id,
                nick,
                text,
                ts,
            } => o
                .str("type", "message")
                .str("room", room)
                .u64("id", *id)
                .str("nick", nick)
                .str("text", text)
                .u64("ts", *ts),
            Event::Nick { id, old, nick } => o
                .str("type", "nick")
                .u64("id", *id)
                .str("old", old)
                .str("nick", nick),
            Event::Who { room, members } => {
                o.str("type", "who")
                    .str("room", room)
                    .list("members", members, |out, m| {
                        ObjectWriter::new(out)
                            .u64("id", m.id)
                            .str("nick", &m.nick)
                            .end();
                    })
            }
            Event::Slow { delay_ms } => o.str("type", "slow").u64("delay_ms", (*delay_ms).into()),
            Event::Error { code, message } => o
                .str("type", "error")
                .str("code", code)
                .str("message", message),
        }
        .end();
        out
    }

    /// Reads one event (one line of a server frame).
    pub fn from_json(text: &str) -> Result<Event, Error> {
        let value = json::parse(text)?;
        let f = Fields::new(&value)?;
        let kind = f.str("type", None)?;
        let event = match kind.as_str() {
            "welcome" => Event::Welcome {
                id: f.u64("id", None)?,
                nick: f.str("nick", None)?,
                rooms: f.strs("rooms")?,
                max_message_size: f.usize("max_message_size", Some(DEFAULT_MAX_MESSAGE))?,
                rate_per_sec: f.f64("rate_per_sec", Some(0.0))?,
                rate_burst: f.u32("rate_burst", Some(0))?,
            },
            "joined" => Event::Joined {
                room: f.str("room", None)?,
                id: f.u64("id", None)?,
                nick: f.str("nick", None)?,
            },
            "left" => Event::Left {
                room: f.str("room", None)?,
                id: f.u64("id", None)?,
                nick: f.str("nick", None)?,
                reason: f.str("reason", Some(""))?,
            },
            "message" => Event::Message {
                room: f.str("room", None)?,
                id: f.u64("id", None)?,
                nick: f.str("nick", None)?,
                text: f.str("text", None)?,
                ts: f.u64("ts", Some(0))?,
            },
            "nick" => Event::Nick {
                id: f.u64("id", None)?,
                old: f.str("old", None)?,
                nick: f.str("nick", None)?,
            },
            "who" => Event::Who {
                room: f.str("room", None)?,
                members: match f.get("members") {
                    None => return Err(Error("missing field `members`".into())),
                    Some(_) => f.list("members", member)?,
                },
            },
            "slow" => Event::Slow {
                delay_ms: f.u32("delay_ms", None)?,
            },
            "error" => Event::Error {
                code: f.str("code", None)?,
                message: f.str("message", None)?,
            },
            other => {
                // Quoted as JSON, not with `{:?}`: Rust's Debug escaping brings Unicode
                // tables into the wasm module.
                let mut quoted = String::from("unknown event type ");
                json::write_str(&mut quoted, other);
                return Err(Error(quoted));
            }
        };
        Ok(event)
    }
}

fn member(value: &Value) -> Result<Member, Error> {
    let f = Fields::new(value)?;
    Ok(Member {
        id: f.u64("id", None)?,
        nick: f.str("nick", None)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_event() -> Vec<Event> {
        vec![
            Event::Welcome {
                id: 7,
                nick: "guest-7".into(),
                rooms: vec!["lobby".into(), "go".into()],
                max_message_size: 512,
                rate_per_sec: 5.0,
                rate_burst: 10,
            },
            Event::Joined {
                room: "lobby".into(),
                id: 7,
                nick: "guest-7".into(),
            },
            Event::Left {
                room: "go".into(),
                id: 2,
                nick: "bob".into(),
                reason: "evicted".into(),
            },
            Event::Message {
                room: "go".into(),
                id: u64::MAX,
                nick: "ädä 😀".into(),
                text: "line one\nline \"two\"\t\\ \u{1}".into(),
                ts: 1_767_225_600_000,
            },
            Event::Nick {
                id: 3,
                old: "guest-3".into(),
                nick: "ada".into(),
            },
            Event::Who {
                room: "go".into(),
                members: vec![
                    Member {
                        id: 1,
                        nick: "ada".into(),
                    },
                    Member {
                        id: 2,
                        nick: "bob".into(),
                    },
                ],
            },
            Event::Who {
                room: "empty".into(),
                members: vec![],
            },
            Event::Slow { delay_ms: 300 },
            Event::Error {
                code: "bad_json".into(),
                message: "not valid JSON".into(),
            },
        ]
    }

    #[test]
    fn events_round_trip() {
        for event in every_event() {
            let json = event.to_json();
            assert!(!json.contains('\n'), "{json}");
            assert_eq!(Event::from_json(&json), Ok(event), "{json}");
        }
    }

    #[test]
    fn events_have_the_documented_text() {
        let texts: Vec<String> = every_event().iter().map(Event::to_json).collect();
        assert_eq!(
            texts[0],
            r#"{"type":"welcome","id":7,"nick":"guest-7","rooms":["lobby","go"],"max_message_size":512,"rate_per_sec":5.0,"rate_burst":10}"#
        );
        assert_eq!(
            texts[3],
            r#"{"type":"message","room":"go","id":18446744073709551615,"nick":"ädä 😀","text":"line one\nline \"two\"\t\\ \u0001","ts":1767225600000}"#
        );
        assert_eq!(
            texts[5],
            r#"{"type":"who","room":"go","members":[{"id":1,"nick":"ada"},{"id":2,"nick":"bob"}]}"#
        );
        assert_eq!(texts[6], r#"{"type":"who","room":"empty","members":[]}"#);
        assert_eq!(texts[7], r#"{"type":"slow","delay_ms":300}"#);
    }

    #[test]
    fn requests_have_the_documented_text() {
        for (request, text) in [
            (
                Request::Say {
                    room: "go".into(),
                    text: "who closes \"send\"?".into(),
                },
                r#"{"type":"say","room":"go","text":"who closes \"send\"?"}"#,
            ),
            (
                Request::Join { room: "go".into() },
                r#"{"type":"join","room":"go"}"#,
            ),
            (
                Request::Leave { room: "go".into() },
                r#"{"type":"leave","room":"go"}"#,
            ),
            (
                Request::Nick {
                    nick: "é\u{7}".into(),
                },
                "{\"type\":\"nick\",\"nick\":\"é\\u0007\"}",
            ),
            (
                Request::Who {
                    room: "lobby".into(),
                },
                r#"{"type":"who","room":"lobby"}"#,
            ),
            (
                Request::Slow { delay_ms: 300 },
                r#"{"type":"slow","delay_ms":300}"#,
            ),
        ] {
            assert_eq!(request.to_json(), text);
        }
    }

    #[test]
    fn reading_is_lenient_where_servers_differ() {
        // Members in any order, unknown ones skipped, defaults for the optional ones.
        assert_eq!(
            Event::from_json(r#"{"nick":"g","extra":{"x":[1]},"id":1,"type":"welcome"}"#),
            Ok(Event::Welcome {
                id: 1,
                nick: "g".into(),
                rooms: vec![],
                max_message_size: DEFAULT_MAX_MESSAGE,
                rate_per_sec: 0.0,
                rate_burst: 0
            })
        );
        assert_eq!(
            Event::from_json(r#"{"type":"left","room":"go","id":2,"nick":"bob"}"#),
            Ok(Event::Left {
                room: "go".into(),
                id: 2,
                nick: "bob".into(),
                reason: String::new()
            })
        );
    }

    #[test]
    fn wrong_events_are_errors() {
        for bad in [
            "",
            "not json",
            "[]",
            "{}",
            r#"{"type":"mystery"}"#,
            r#"{"type":7}"#,
            r#"{"type":"joined","room":"go","nick":"a"}"#,
            r#"{"type":"joined","room":"go","id":"1","nick":"a"}"#,
            r#"{"type":"joined","room":"go","id":-1,"nick":"a"}"#,
            r#"{"type":"joined","room":"go","id":1.5,"nick":"a"}"#,
            r#"{"type":"who","room":"go"}"#,
            r#"{"type":"who","room":"go","members":[{"id":1}]}"#,
            r#"{"type":"who","room":"go","members":{}}"#,
            r#"{"type":"slow","delay_ms":4294967296}"#,
            r#"{"type":"welcome","id":1,"nick":"g","rooms":[1]}"#,
            r#"{"type":"slow","delay_ms":1}x"#,
        ] {
            assert!(Event::from_json(bad).is_err(), "{bad}");
        }
    }
}
