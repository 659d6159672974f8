//! The two wire protocols spoken at `/ws`, and nothing else: no sockets, no hub.
//!
//! * **Plain** (no subprotocol requested): exactly gorilla's home.html protocol. A
//!   client sends text frames; the server turns every `\n` into a space, trims
//!   whitespace at both ends ([`gorilla_clean`], gorilla's readPump) and broadcasts the
//!   result verbatim; a frame the server sends may carry several messages separated by
//!   `\n` (gorilla's writePump batching).
//! * **JSON** (the client asks for [`SUBPROTOCOL`]): every message is one JSON object
//!   with a `type` field. Client requests ([`Request`]): `join`, `leave`, `say`, `nick`,
//!   `who`, and the classroom knob `slow`. Server events ([`Event`]): `welcome`,
//!   `joined`, `left`, `message`, `nick`, `who`, `slow`, `error`. A server frame may also hold several events, one JSON object per
//!   line (JSON escapes newlines inside strings, so a line is always one event).
//!
//! The request and event types, their JSON, the subprotocol name and the limits on
//! nicknames and rooms are `syncscope_wire::chat`'s, shared with the browser client, so
//! the format is defined in one place; requests are read with the same crate's JSON
//! reader (`syncscope_wire::json`). Only the server's checks and error events live here.
//!
//! Requests are dispatched on their `type` ([`parse_request`]): the `type` is read
//! first, then the fields that type needs, so an unknown type and a missing field get
//! different, precise error events.

pub use syncscope_wire::chat::{
    valid_nick, valid_room, Event, Member, Request, MAX_NICK_CHARS, MAX_ROOM_CHARS, MAX_SLOW_MS,
    SUBPROTOCOL,
};
use syncscope_wire::json::{self, Value};

/// Which protocol one connection speaks (fixed at the handshake).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// gorilla's home.html protocol: verbatim text, one room.
    Plain,
    /// [`SUBPROTOCOL`]: typed JSON requests and events, rooms, nicknames.
    Json,
}

/// Why a request was refused; sent back as an `error` event. `code` is stable (clients
/// may match on it), `message` is for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reject {
    pub code: &'static str,
    pub message: String,
}

impl Reject {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Reject {
            code,
            message: message.into(),
        }
    }
}

/// The refusal as the `error` event the client gets.
impl From<&Reject> for Event {
    fn from(reject: &Reject) -> Event {
        Event::Error {
            code: reject.code.to_string(),
            message: reject.message.clone(),
        }
    }
}

/// What gorilla's readPump does to every incoming message before broadcasting it:
/// newlines become spaces (a message must not split into two lines of a batch), then
/// whitespace is trimmed at both ends. Rust's `trim` and Go's `bytes.TrimSpace` agree on
/// what whitespace is (Unicode's White_Space property).
pub fn gorilla_clean(text: &str) -> String {
    text.replace('\n', " ").trim().to_string()
}

/// Reads one JSON request: first its `type`, then (by type) the fields it needs.
pub fn parse_request(text: &str) -> Result<Request, Reject> {
    let value =
        json::parse(text).map_err(|e| Reject::new("bad_json", format!("not valid JSON: {e}")))?;
    if !matches!(value, Value::Object(_)) {
        return Err(Reject::new(
            "bad_request",
            "a request must be a JSON object",
        ));
    }
    let fields = &value;
    let kind = match fields.get("type") {
        Some(Value::String(kind)) => kind.as_str(),
        Some(_) => return Err(Reject::new("bad_request", "\"type\" must be a string")),
        None => {
            return Err(Reject::new(
                "bad_request",
                "a request needs a \"type\" field",
            ))
        }
    };
    let field = |name: &str| -> Result<String, Reject> {
        match fields.get(name) {
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(Reject::new(
                "bad_request",
                format!("\"{name}\" must be a string in a {kind:?} request"),
            )),
            None => Err(Reject::new(
                "bad_request",
                format!("a {kind:?} request needs a \"{name}\" field"),
            )),
        }
    };
    let room = || -> Result<String, Reject> {
        let room = field("room")?;
        if valid_room(&room) {
            Ok(room)
        } else {
            Err(Reject::new(
                "bad_room",
                format!("room names are 1-{MAX_ROOM_CHARS} characters of A-Z a-z 0-9 _ - ."),
            ))
        }
    };
    match kind {
        "join" => Ok(Request::Join { room: room()? }),
        "leave" => Ok(Request::Leave { room: room()? }),
        "who" => Ok(Request::Who { room: room()? }),
        "say" => {
            let room = room()?;
            // Same cleaning as the plain protocol, so a JSON message shows as one line
            // to home.html users in the shared room.
            let text = gorilla_clean(&field("text")?);
            if text.is_empty() {
                return Err(Reject::new("empty", "nothing to say"));
            }
            Ok(Request::Say { room, text })
        }
        "nick" => {
            let nick = field("nick")?.trim().to_string();
            if !valid_nick(&nick) {
                return Err(Reject::new(
                    "bad_nick",
                    format!("nicknames are 1-{MAX_NICK_CHARS} characters, no control characters"),
                ));
            }
            Ok(Request::Nick { nick })
        }
        "slow" => match fields.get("delay_ms").and_then(Value::as_u64) {
            Some(ms) if ms <= u64::from(MAX_SLOW_MS) => Ok(Request::Slow {
                delay_ms: ms as u32,
            }),
            _ => Err(Reject::new(
                "bad_request",
                format!("a \"slow\" request needs \"delay_ms\" from 0 to {MAX_SLOW_MS}"),
            )),
        },
        other => Err(Reject::new(
            "unknown_type",
            format!("unknown request type {other:?} (join, leave, say, nick, who, slow)"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_matches_gorilla() {
        assert_eq!(gorilla_clean("  hello\nworld \t"), "hello world");
        assert_eq!(gorilla_clean("\n\n"), "");
        assert_eq!(gorilla_clean("a\r\nb"), "a\r b");
        // U+00A0 and U+0085 are spaces for Go's TrimSpace too.
        assert_eq!(gorilla_clean("\u{a0}x\u{85}"), "x");
    }

    #[test]
    fn requests_dispatch_on_type() {
        assert_eq!(
            parse_request(r#"{"type":"say","room":"go","text":" hi\nthere "}"#),
            Ok(Request::Say {
                room: "go".into(),
                text: "hi there".into()
            })
        );
        assert_eq!(
            parse_request(r#"{"type":"nick","nick":" ada "}"#),
            Ok(Request::Nick { nick: "ada".into() })
        );
        assert_eq!(
            parse_request(r#"{"room":"x","type":"join"}"#),
            Ok(Request::Join { room: "x".into() })
        );
        assert_eq!(
            parse_request(r#"{"type":"slow","delay_ms":250}"#),
            Ok(Request::Slow { delay_ms: 250 })
        );
    }

    #[test]
    fn bad_requests_get_precise_codes() {
        let code = |s: &str| parse_request(s).unwrap_err().code;
        assert_eq!(code("{not json"), "bad_json");
        assert_eq!(code("[1,2]"), "bad_request");
        assert_eq!(code(r#"{"room":"x"}"#), "bad_request");
        assert_eq!(code(r#"{"type":"dance"}"#), "unknown_type");
        assert_eq!(code(r#"{"type":"join"}"#), "bad_request");
        assert_eq!(code(r#"{"type":"join","room":"a b"}"#), "bad_room");
        assert_eq!(code(r#"{"type":"say","room":"a","text":"  "}"#), "empty");
        assert_eq!(code(r#"{"type":"nick","nick":"a\u0007"}"#), "bad_nick");
        assert_eq!(code(r#"{"type":"slow","delay_ms":-1}"#), "bad_request");
        assert_eq!(code(r#"{"type":"slow","delay_ms":99999}"#), "bad_request");
    }

    #[test]
    fn events_are_one_line_with_a_type() {
        let e = Event::Message {
            room: "lobby".into(),
            id: 3,
            nick: "ada".into(),
            text: "two\nlines".into(),
            ts: 1,
        };
        let json = e.to_json();
        assert!(!json.contains('\n'));
        assert!(json.starts_with(r#"{"type":"message","#), "{json}");
        assert_eq!(Event::from_json(&json), Ok(e));
    }
}
