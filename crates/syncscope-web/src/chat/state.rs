//! What the chat client knows, updated event by event: who it is, which rooms it is in,
//! which room it is looking at, and the message list.
//!
//! Pure data, so the whole conversation logic is tested natively; the component only feeds
//! it server events and draws it. Every line keeps the server's text as a plain string: the
//! view puts it in the page as text, never as HTML.

use std::collections::VecDeque;

use super::protocol::{Event, DEFAULT_MAX_MESSAGE, DEFAULT_ROOM};

/// Lines kept in the message list; older ones are dropped (a classroom can chat for hours).
pub const LOG_LIMIT: usize = 500;

/// What a line of the list is, which sets its look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Someone said something.
    Chat,
    /// Someone came, went, was evicted or renamed.
    Presence,
    /// An answer to `who`, a `slow` confirmation, a connection note.
    Info,
    /// A request the server refused, or a frame the client could not read.
    Error,
}

/// One line of the message list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// A number unique within the list (Yew's key).
    pub seq: u64,
    pub kind: Kind,
    /// The room it belongs to; `None` for lines shown in every room.
    pub room: Option<String>,
    /// Who said it (chat lines).
    pub nick: String,
    pub text: String,
    /// Whether this client said it.
    pub mine: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChatState {
    /// The server's id for this connection, once `welcome` came.
    pub me: Option<u64>,
    pub nick: String,
    /// Rooms this client is in, in the order it joined them.
    pub rooms: Vec<String>,
    /// The room the reader is looking at and speaks in.
    pub current: String,
    pub max_message_size: usize,
    /// The `slow` setting the server confirmed.
    pub slow_ms: u32,
    pub log: VecDeque<Line>,
    next_seq: u64,
}

impl Default for ChatState {
    fn default() -> Self {
        ChatState {
            me: None,
            nick: String::new(),
            rooms: Vec::new(),
            current: DEFAULT_ROOM.to_string(),
            max_message_size: DEFAULT_MAX_MESSAGE,
            slow_ms: 0,
            log: VecDeque::new(),
            next_seq: 0,
        }
    }
}

impl ChatState {
    /// Adds a line, dropping the oldest beyond [`LOG_LIMIT`].
    pub fn push(&mut self, kind: Kind, room: Option<&str>, nick: &str, text: &str, mine: bool) {
        self.log.push_back(Line {
            seq: self.next_seq,
            kind,
            room: room.map(str::to_string),
            nick: nick.to_string(),
            text: text.to_string(),
            mine,
        });
        self.next_seq += 1;
        while self.log.len() > LOG_LIMIT {
            self.log.pop_front();
        }
    }

    /// A note from the client itself (connection changes), shown in every room.
    pub fn note(&mut self, kind: Kind, text: &str) {
        self.push(kind, None, "", text, false);
    }

    /// A new connection starts from nothing but the message list: the server will say who
    /// we are and where we are in `welcome`.
    pub fn reset_connection(&mut self) {
        self.me = None;
        self.rooms.clear();
        self.slow_ms = 0;
    }

    /// Lines for the room being looked at.
    pub fn visible(&self) -> impl Iterator<Item = &Line> {
        self.log
            .iter()
            .filter(|l| l.room.as_deref().is_none_or(|r| r == self.current))
    }

    fn is_me(&self, id: u64) -> bool {
        self.me == Some(id)
    }

    /// Applies one server event.
    pub fn apply(&mut self, event: Event) {
        match event {
            Event::Welcome {
                id,
                nick,
                rooms,
                max_message_size,
                ..
            } => {
                self.me = Some(id);
                self.nick = nick;
                self.max_message_size = max_message_size;
                self.rooms = rooms;
                if !self.rooms.contains(&self.current) {
                    self.current = self
                        .rooms
                        .first()
                        .cloned()
                        .unwrap_or_else(|| DEFAULT_ROOM.to_string());
                }
                let text = format!("connected as {}", self.nick);
                self.note(Kind::Info, &text);
            }
            Event::Joined { room, id, nick } => {
                if self.is_me(id) {
                    if !self.rooms.contains(&room) {
                        self.rooms.push(room.clone());
                    }
                    self.current = room.clone();
                    self.push(Kind::Presence, Some(&room), "", "you joined", true);
                } else {
                    let text = format!("{nick} joined");
                    self.push(Kind::Presence, Some(&room), &nick, &text, false);
                }
            }
            Event::Left {
                room,
                id,
                nick,
                reason,
            } => {
                let why = match reason.as_str() {
                    "evicted" => " (evicted: their send queue was full)",
                    "quit" => " (disconnected)",
                    _ => "",
                };
                if self.is_me(id) {
                    self.rooms.retain(|r| *r != room);
                    if self.current == room {
                        self.current = self
                            .rooms
                            .first()
                            .cloned()
                            .unwrap_or_else(|| DEFAULT_ROOM.to_string());
                    }
                    let text = format!("you left {room}{why}");
                    self.push(Kind::Presence, None, "", &text, true);
                } else {
                    let text = format!("{nick} left{why}");
                    self.push(Kind::Presence, Some(&room), &nick, &text, false);
                }
            }
            Event::Message {
                room,
                id,
                nick,
                text,
                ..
            } => {
                let mine = self.is_me(id);
                self.push(Kind::Chat, Some(&room), &nick, &text, mine);
            }
            Event::Nick { id, old, nick } => {
                let mine = self.is_me(id);
                if mine {
                    self.nick = nick.clone();
                }
                let text = format!("{old} is now {nick}");
                self.push(Kind::Presence, None, "", &text, mine);
            }
            Event::Who { room, members } => {
                let names: Vec<&str> = members.iter().map(|m| m.nick.as_str()).collect();
                let text = if names.is_empty() {
                    format!("nobody is in {room}")
                } else {
                    format!("in {room}: {}", names.join(", "))
                };
                self.push(Kind::Info, None, "", &text, false);
            }
            Event::Slow { delay_ms } => {
                self.slow_ms = delay_ms;
                let text = if delay_ms == 0 {
                    "your client is fast again".to_string()
                } else {
                    format!("the server now sends you one message per {delay_ms} ms")
                };
                self.note(Kind::Info, &text);
            }
            Event::Error { code, message } => {
                let text = format!("{message} ({code})");
                self.note(Kind::Error, &text);
            }
        }
    }
}

/// What the status line says about a close code the server sent (see the server's README).
pub fn close_reason(code: Option<u16>) -> &'static str {
    match code {
        Some(1001) => "the server is shutting down",
        Some(1008) => "the hub evicted this client: its send queue was full",
        Some(1009) => "the message was too big for the server",
        Some(1000) => "the connection was closed",
        _ => "the connection was lost",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chat::protocol::{parse_frame, Member};

    fn welcomed() -> ChatState {
        let mut s = ChatState::default();
        s.apply(Event::Welcome {
            id: 7,
            nick: "guest-7".into(),
            rooms: vec!["lobby".into()],
            max_message_size: 512,
            rate_per_sec: 5.0,
            rate_burst: 10,
        });
        s
    }

    #[test]
    fn a_conversation() {
        let mut s = welcomed();
        assert_eq!(s.me, Some(7));
        assert_eq!(s.current, "lobby");
        for event in parse_frame(concat!(
            r#"{"type":"joined","room":"go","id":7,"nick":"guest-7"}"#,
            "\n",
            r#"{"type":"joined","room":"go","id":3,"nick":"ada"}"#,
            "\n",
            r#"{"type":"message","room":"go","id":3,"nick":"ada","text":"hi","ts":1}"#,
            "\n",
            r#"{"type":"message","room":"lobby","id":1,"nick":"bob","text":"elsewhere","ts":2}"#,
            "\n",
            r#"{"type":"nick","id":7,"old":"guest-7","nick":"eve"}"#,
            "\n",
            r#"{"type":"message","room":"go","id":7,"nick":"eve","text":"mine","ts":3}"#,
        )) {
            s.apply(event.unwrap());
        }
        assert_eq!(s.rooms, ["lobby", "go"]);
        assert_eq!(s.current, "go", "joining a room shows it");
        assert_eq!(s.nick, "eve");
        let texts: Vec<&str> = s.visible().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "connected as guest-7",
                "you joined",
                "ada joined",
                "hi",
                "guest-7 is now eve",
                "mine"
            ]
        );
        assert!(s.visible().last().unwrap().mine);
        s.current = "lobby".into();
        assert!(s.visible().any(|l| l.text == "elsewhere"));
        assert!(!s.visible().any(|l| l.text == "hi"));
    }

    #[test]
    fn leaving_and_evictions() {
        let mut s = welcomed();
        s.apply(Event::Joined {
            room: "go".into(),
            id: 7,
            nick: "guest-7".into(),
        });
        s.apply(Event::Left {
            room: "go".into(),
            id: 4,
            nick: "slowpoke".into(),
            reason: "evicted".into(),
        });
        assert_eq!(
            s.visible().last().unwrap().text,
            "slowpoke left (evicted: their send queue was full)"
        );
        s.apply(Event::Left {
            room: "go".into(),
            id: 7,
            nick: "guest-7".into(),
            reason: "leave".into(),
        });
        assert_eq!(s.rooms, ["lobby"]);
        assert_eq!(s.current, "lobby", "leaving the shown room shows another");
        assert_eq!(s.visible().last().unwrap().text, "you left go");
    }

    #[test]
    fn who_slow_and_errors_are_notes() {
        let mut s = welcomed();
        s.apply(Event::Who {
            room: "lobby".into(),
            members: vec![
                Member {
                    id: 1,
                    nick: "ada".into(),
                },
                Member {
                    id: 7,
                    nick: "guest-7".into(),
                },
            ],
        });
        s.apply(Event::Slow { delay_ms: 300 });
        s.apply(Event::Error {
            code: "nick_taken".into(),
            message: "that nickname is taken".into(),
        });
        let last: Vec<(Kind, &str)> = s
            .visible()
            .skip(1)
            .map(|l| (l.kind, l.text.as_str()))
            .collect();
        assert_eq!(
            last,
            [
                (Kind::Info, "in lobby: ada, guest-7"),
                (
                    Kind::Info,
                    "the server now sends you one message per 300 ms"
                ),
                (Kind::Error, "that nickname is taken (nick_taken)"),
            ]
        );
        assert_eq!(s.slow_ms, 300);
    }

    #[test]
    fn the_list_is_bounded_and_keys_stay_unique() {
        let mut s = ChatState::default();
        for i in 0..LOG_LIMIT + 10 {
            s.push(Kind::Chat, Some("lobby"), "a", &i.to_string(), false);
        }
        assert_eq!(s.log.len(), LOG_LIMIT);
        assert_eq!(s.log.front().unwrap().text, "10");
        assert_eq!(s.log.front().unwrap().seq, 10);
    }

    #[test]
    fn a_new_connection_forgets_rooms_but_keeps_the_list() {
        let mut s = welcomed();
        s.apply(Event::Slow { delay_ms: 100 });
        s.reset_connection();
        assert_eq!(s.me, None);
        assert!(s.rooms.is_empty());
        assert_eq!(s.slow_ms, 0);
        assert_eq!(s.log.len(), 2);
    }

    #[test]
    fn close_codes_are_explained() {
        assert!(close_reason(Some(1008)).contains("evicted"));
        assert!(close_reason(Some(1001)).contains("shutting down"));
        assert_eq!(close_reason(None), "the connection was lost");
    }
}
