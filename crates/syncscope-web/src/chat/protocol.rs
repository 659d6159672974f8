//! The chat server's JSON protocol (`syncscope.chat.v1`, see `demos/chat/README.md`), as the
//! client speaks it: [`Request`]s out, [`Event`]s in.
//!
//! A frame from the server holds one or more events, one JSON object per line (the server's
//! write task batches whatever queued up while the socket was busy, as gorilla's writePump
//! does). [`parse_frame`] splits it and parses each line on its own, so one line the client
//! does not understand costs that line only.
//!
//! The types and their JSON are `syncscope_wire::chat`'s, shared with the server.
//!
//! The client checks room names and nicknames with the server's rules before sending
//! ([`check_room`], [`check_nick`]), so a typo is answered at once, in the form; the server
//! checks again and stays the authority.

pub use syncscope_wire::chat::{Event, Member, Request, DEFAULT_MAX_MESSAGE, SUBPROTOCOL};
use syncscope_wire::chat::{MAX_NICK_CHARS as NICK_MAX, MAX_ROOM_CHARS as ROOM_MAX};

use crate::quote::quote;

/// The room every client starts in.
pub const DEFAULT_ROOM: &str = "lobby";

/// Longest `slow` delay the server accepts, in milliseconds.
pub use syncscope_wire::chat::MAX_SLOW_MS as SLOW_MAX_MS;

/// Splits a frame into its lines and parses each; blank lines are skipped. A line that is
/// not an event the client knows becomes `Err` with the reason and the line's start.
pub fn parse_frame(frame: &str) -> Vec<Result<Event, String>> {
    frame
        .split('\n')
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            Event::from_json(line).map_err(|e| {
                let start: String = line.chars().take(60).collect();
                format!("could not read a server event ({e}): {start}")
            })
        })
        .collect()
}

/// Cleans a message the way the server will (newlines become spaces, both ends trimmed), so
/// the client can refuse an empty one before sending.
pub fn clean_text(text: &str) -> String {
    text.replace(['\n', '\r'], " ").trim().to_string()
}

/// A room name the server accepts: 1–32 of `A-Z a-z 0-9 _ - .`.
pub fn check_room(room: &str) -> Result<(), String> {
    check_length(room, ROOM_MAX, "a room needs a name", "room names")?;
    if let Some(bad) = room
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
    {
        return Err(format!(
            "room names use letters, digits, _ - and . only (not {})",
            quote(bad.encode_utf8(&mut [0; 4]), '\'')
        ));
    }
    Ok(())
}

/// A nickname the server accepts: 1–24 characters, no control characters. (Whether it is
/// taken only the server knows.)
pub fn check_nick(nick: &str) -> Result<(), String> {
    check_length(nick, NICK_MAX, "a nickname cannot be empty", "nicknames")?;
    if nick.chars().any(char::is_control) {
        return Err("nicknames cannot hold control characters".into());
    }
    Ok(())
}

/// The length rule room names and nicknames share: not empty (`empty` says so) and
/// at most `max` characters (`names` is what the message calls them).
fn check_length(name: &str, max: usize, empty: &str, names: &str) -> Result<(), String> {
    let n = name.chars().count();
    if n == 0 {
        return Err(empty.into());
    }
    if n > max {
        return Err(format!("{names} are at most {max} characters"));
    }
    Ok(())
}

/// Whether a request fits the server's message limit (the server closes the connection
/// with 1009 on a bigger one, so the client refuses it first).
pub fn fits(request: &Request, max_message_size: usize) -> bool {
    request.to_json().len() <= max_message_size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_the_servers_json() {
        assert_eq!(
            Request::Say {
                room: "go".into(),
                text: "who closes \"send\"?".into()
            }
            .to_json(),
            r#"{"type":"say","room":"go","text":"who closes \"send\"?"}"#
        );
        assert_eq!(
            Request::Slow { delay_ms: 300 }.to_json(),
            r#"{"type":"slow","delay_ms":300}"#
        );
        assert_eq!(
            Request::Nick { nick: "ada".into() }.to_json(),
            r#"{"type":"nick","nick":"ada"}"#
        );
        assert_eq!(
            Request::Who {
                room: "lobby".into()
            }
            .to_json(),
            r#"{"type":"who","room":"lobby"}"#
        );
        assert_eq!(
            Request::Leave { room: "go".into() }.to_json(),
            r#"{"type":"leave","room":"go"}"#
        );
    }

    #[test]
    fn a_batched_frame_is_one_event_per_line() {
        // The README's examples, batched the way the write task sends them.
        let frame = concat!(
            r#"{"type":"welcome","id":7,"nick":"guest-7","rooms":["lobby"],"max_message_size":512,"rate_per_sec":5.0,"rate_burst":10}"#,
            "\n",
            r#"{"type":"joined","room":"lobby","id":7,"nick":"guest-7"}"#,
            "\n",
            r#"{"type":"message","room":"go","id":3,"nick":"ada","text":"line one\nline two","ts":1767225600000}"#,
            "\n\n",
            r#"{"type":"who","room":"go","members":[{"id":1,"nick":"ada"},{"id":2,"nick":"bob"}]}"#,
        );
        let events: Vec<Event> = parse_frame(frame).into_iter().map(|e| e.unwrap()).collect();
        assert_eq!(events.len(), 4);
        assert_eq!(
            events[0],
            Event::Welcome {
                id: 7,
                nick: "guest-7".into(),
                rooms: vec!["lobby".into()],
                max_message_size: 512,
                rate_per_sec: 5.0,
                rate_burst: 10
            }
        );
        // A newline inside a message is escaped in JSON, so it does not split the frame.
        assert!(matches!(&events[2], Event::Message { text, ts, .. }
            if text == "line one\nline two" && *ts == 1_767_225_600_000));
        assert!(matches!(&events[3], Event::Who { members, .. }
            if members.len() == 2 && members[1].nick == "bob"));
    }

    #[test]
    fn a_bad_line_costs_only_that_line() {
        let frame = "{\"type\":\"slow\",\"delay_ms\":300}\nnot json\n{\"type\":\"mystery\"}\n{\"type\":\"left\",\"room\":\"go\",\"id\":2,\"nick\":\"bob\",\"reason\":\"evicted\"}";
        let parsed = parse_frame(frame);
        assert_eq!(parsed.len(), 4);
        assert_eq!(parsed[0], Ok(Event::Slow { delay_ms: 300 }));
        assert!(parsed[1].as_ref().unwrap_err().contains("not json"));
        assert!(parsed[2].is_err());
        assert!(matches!(&parsed[3], Ok(Event::Left { reason, .. }) if reason == "evicted"));
        assert!(parse_frame("").is_empty());
        assert!(parse_frame("\n \n").is_empty());
    }

    #[test]
    fn errors_and_nick_events_parse() {
        let parsed = parse_frame(
            "{\"type\":\"error\",\"code\":\"bad_json\",\"message\":\"not valid JSON\"}\r\n{\"type\":\"nick\",\"id\":3,\"old\":\"guest-3\",\"nick\":\"ada\"}",
        );
        assert_eq!(
            parsed[0],
            Ok(Event::Error {
                code: "bad_json".into(),
                message: "not valid JSON".into()
            })
        );
        assert_eq!(
            parsed[1],
            Ok(Event::Nick {
                id: 3,
                old: "guest-3".into(),
                nick: "ada".into()
            })
        );
    }

    #[test]
    fn text_is_cleaned_like_the_server_does() {
        assert_eq!(clean_text("  a\nb\r\n  "), "a b");
        assert_eq!(clean_text("\n\n"), "");
    }

    #[test]
    fn rooms_and_nicks_follow_the_servers_rules() {
        assert!(check_room("go-1.27_x").is_ok());
        assert!(check_room("").is_err());
        assert!(check_room("a b").is_err());
        assert!(check_room("<img>").is_err());
        assert!(check_room(&"r".repeat(32)).is_ok());
        assert!(check_room(&"r".repeat(33)).is_err());
        assert!(check_nick("Ada Lovelace").is_ok());
        assert!(check_nick("ünïcødé").is_ok());
        assert!(check_nick(&"é".repeat(24)).is_ok());
        assert!(check_nick(&"é".repeat(25)).is_err());
        assert!(check_nick("").is_err());
        assert!(check_nick("a\tb").is_err());
    }

    #[test]
    fn oversized_requests_are_caught_before_sending() {
        let say = |n| Request::Say {
            room: "lobby".into(),
            text: "x".repeat(n),
        };
        // {"type":"say","room":"lobby","text":""} is 39 bytes.
        assert!(fits(&say(512 - 39), 512));
        assert!(!fits(&say(512 - 38), 512));
    }
}
