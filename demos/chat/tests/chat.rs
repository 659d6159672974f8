//! Load and fault tests against a real server on 127.0.0.1:0 (loopback only; every test
//! is bounded in count and time and stops by itself).
//!
//! Timing rules, so these pass on a busy 2-core CI machine in debug builds: wait for
//! *states* (hub snapshots, frames) with generous limits instead of sleeping fixed
//! times, and assert no absolute speed. The one relative timing claim (a slow client
//! does not hurt the others' p99 by more than 2x) compares medians of alternating rounds
//! with a floor, see `slow_client_is_evicted_without_hurting_the_others`.

mod support;

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use support::{config, plain_client, start, EXCLUSIVE};
use syncscope_chat::load::{self, ClientSocket, LoadConfig};
use syncscope_chat::protocol::{Event, Protocol};
use syncscope_chat::{Config, RunningServer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::{timeout, Instant};
use tokio_tungstenite::tungstenite::{Error as WsError, Message};

async fn json_client(server: &RunningServer) -> JsonClient {
    let ws = load::connect(&server.ws_url(), Protocol::Json, None, None)
        .await
        .expect("JSON client connects");
    JsonClient {
        ws,
        backlog: Default::default(),
    }
}

/// The next frame that is not a ping/pong, within 5 s.
async fn next_frame(ws: &mut ClientSocket) -> Message {
    loop {
        let frame = timeout(Duration::from_secs(5), ws.next())
            .await
            .expect("a frame within 5 s")
            .expect("connection still open")
            .expect("a valid frame");
        if !matches!(frame, Message::Ping(_) | Message::Pong(_)) {
            return frame;
        }
    }
}

/// A JSON client that keeps the events of a batch frame it has not looked at yet.
struct JsonClient {
    ws: ClientSocket,
    backlog: std::collections::VecDeque<Event>,
}

impl JsonClient {
    async fn send(&mut self, message: Message) -> Result<(), WsError> {
        self.ws.send(message).await
    }

    /// Reads events (one per line, several per frame) until one satisfies `pred`;
    /// events before it are skipped, events after it in the same frame are kept.
    async fn next(&mut self, pred: impl Fn(&Event) -> bool) -> Event {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            while let Some(event) = self.backlog.pop_front() {
                if pred(&event) {
                    return event;
                }
            }
            assert!(Instant::now() < deadline, "no matching event within 5 s");
            let Message::Text(text) = next_frame(&mut self.ws).await else {
                continue;
            };
            for line in text.split('\n') {
                let event = Event::from_json(line).expect("every line is an event");
                self.backlog.push_back(event);
            }
        }
    }
}

/// The close code of the first close frame, reading past anything else (5 s).
async fn close_code(ws: &mut ClientSocket) -> Option<u16> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match tokio::time::timeout_at(deadline, ws.next()).await {
            Ok(Some(Ok(Message::Close(frame)))) => return frame.map(|f| u16::from(f.code)),
            Ok(Some(Ok(_))) => continue,
            other => panic!("expected a close frame, got {other:?}"),
        }
    }
}

fn say(room: &str, text: &str) -> Message {
    Message::text(serde_json::json!({"type": "say", "room": room, "text": text}).to_string())
}

/// Requirement (a): 1,000 concurrent clients each receive every broadcast, in each
/// sender's order, nothing lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_clients_get_every_broadcast_in_order() {
    let _exclusive = EXCLUSIVE.lock().await;
    let limit = load::raise_open_files_limit(4096);
    assert!(
        limit >= 2100,
        "need ~2,100 open files (1,000 clients + 1,000 server sockets), have {limit}"
    );
    let server = start(config()).await;
    let cfg = LoadConfig {
        url: server.ws_url(),
        clients: 1000,
        senders: 10,
        messages: 20,
        interval: Duration::from_millis(25),
        settle: Duration::from_millis(200),
        timeout: Duration::from_secs(40),
        ..LoadConfig::default()
    };
    let mut fleet = load::connect_fleet(&cfg)
        .await
        .expect("all clients connect");
    // Everyone registered and the connect phase's presence events are out of the queues.
    server
        .wait_for_stats(Duration::from_secs(20), |s| {
            s.total_clients == 1000 && s.clients.iter().all(|c| c.queue_depth == 0)
        })
        .await
        .expect("1,000 clients registered, queues empty");
    let report = load::send_and_measure(&mut fleet, &cfg).await;
    eprintln!("{report}");
    assert_eq!(report.messages_sent, 200);
    assert_eq!(report.expected, 200_000);
    assert_eq!(report.delivered, report.expected, "nothing lost");
    assert_eq!(report.order_violations, 0, "each sender's order kept");
    assert_eq!(report.closed_early, 0);
    // Every client still connected (the fleet is alive): nobody was evicted.
    let stats = server
        .wait_for_stats(Duration::from_secs(5), |s| s.messages_total == 200)
        .await
        .expect("the hub counted 200 messages");
    assert_eq!((stats.evictions, stats.total_clients), (0, 1000));
    drop(fleet);
    server.shutdown().await;
}

/// Requirement (b): a client that never reads is evicted, and the others' p99 latency
/// stays within 2x of the same run without it.
///
/// Robustness: three rounds of each kind, alternating (baseline, slow, baseline, ...),
/// each on a fresh set of clients; the medians of the rounds' p99s are compared, with a
/// 50 ms floor so that scheduler noise on a small baseline cannot fail it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_client_is_evicted_without_hurting_the_others() {
    let _exclusive = EXCLUSIVE.lock().await;
    load::raise_open_files_limit(1024);
    // Loopback's autotuned kernel buffers would swallow megabytes before the slow
    // client's queue even starts to fill; 16 KiB makes it fill within a round.
    let server = start(Config {
        tcp_send_buffer: Some(16 * 1024),
        ..config()
    })
    .await;
    let round = |slow: usize| LoadConfig {
        url: server.ws_url(),
        clients: 40,
        senders: 4,
        messages: 150,
        interval: Duration::from_millis(4),
        // Big messages fill the slow client's socket buffers sooner.
        pad: 400,
        slow,
        settle: Duration::from_millis(100),
        timeout: Duration::from_secs(20),
        ..LoadConfig::default()
    };
    let mut base_p99 = Vec::new();
    let mut slow_p99 = Vec::new();
    for r in 0..4 {
        for slow in [0, 1] {
            let evictions_before = server.stats().evictions;
            let report = load::run(&round(slow)).await.expect("round runs");
            eprintln!("round {r}, slow clients {slow}: {report}");
            assert!(
                report.complete(),
                "healthy clients got everything: {report}"
            );
            if slow == 1 {
                let evicted = server
                    .wait_for_stats(Duration::from_secs(10), |s| s.evictions > evictions_before)
                    .await;
                assert!(
                    evicted.is_some(),
                    "the slow client was evicted in round {r}"
                );
                slow_p99.push(report.latency.p99);
            } else {
                base_p99.push(report.latency.p99);
            }
            // Next round starts from an empty hub.
            server
                .wait_for_stats(Duration::from_secs(10), |s| s.total_clients == 0)
                .await
                .expect("round's clients gone");
        }
    }
    // The best of the interleaved rounds on each side: on a shared machine (CI, or a
    // laptop compiling in the background) other work only ever adds latency, so the
    // minimum is the figure least disturbed by it, while a slow client that really hurt
    // the others would raise every round with it, the best one included.
    let best = |v: &[u32]| v.iter().copied().min().unwrap_or(u32::MAX);
    let (base, slow) = (best(&base_p99), best(&slow_p99));
    eprintln!("best p99: {base} us without, {slow} us with a slow client");
    assert!(
        slow <= (2 * base).max(50_000),
        "p99 with a slow client {slow} us > 2 x {base} us (floor 50 ms)"
    );
    server.shutdown().await;
}

/// Requirement (c): a message over the limit closes the connection with 1009; one at the
/// limit is fine.
#[tokio::test]
async fn oversized_message_closes_with_1009() {
    let server = start(config()).await;
    let mut ws = json_client(&server).await;
    ws.next(|e| matches!(e, Event::Welcome { .. })).await;
    // Exactly 512 bytes: accepted.
    let head = r#"{"type":"say","room":"lobby","text":""#;
    let text = "x".repeat(512 - head.len() - 2);
    let exact = format!("{head}{text}\"}}");
    assert_eq!(exact.len(), 512);
    ws.send(Message::text(exact)).await.unwrap();
    ws.next(|e| matches!(e, Event::Message { text: t, .. } if *t == text))
        .await;
    // 513 bytes: closed with 1009.
    ws.send(Message::text("y".repeat(513))).await.unwrap();
    assert_eq!(close_code(&mut ws.ws).await, Some(1009));
    server
        .wait_for_stats(Duration::from_secs(5), |s| s.total_clients == 0)
        .await
        .expect("client unregistered");
    server.shutdown().await;
}

/// Requirement (d): malformed JSON gets an `error` event and the connection stays open.
#[tokio::test]
async fn malformed_json_gets_an_error_and_the_connection_stays() {
    let server = start(config()).await;
    let mut ws = json_client(&server).await;
    ws.next(|e| matches!(e, Event::Welcome { .. })).await;
    for (bad, code) in [
        ("{\"type\": \"say\", oops", "bad_json"),
        (r#"{"type":"dance"}"#, "unknown_type"),
        (r#"{"type":"say","room":"lobby"}"#, "bad_request"),
    ] {
        ws.send(Message::text(bad)).await.unwrap();
        let event = ws.next(|e| matches!(e, Event::Error { .. })).await;
        assert!(
            matches!(&event, Event::Error { code: c, .. } if c == code),
            "{bad}: {event:?}"
        );
    }
    // Still open and working.
    ws.send(say("lobby", "still here")).await.unwrap();
    ws.next(|e| matches!(e, Event::Message { text, .. } if text == "still here"))
        .await;
    let stats = server
        .wait_for_stats(Duration::from_secs(5), |s| s.messages_total == 1)
        .await
        .expect("stats show the message");
    assert_eq!(stats.total_clients, 1);
    server.shutdown().await;
}

/// Requirement (e): a foreign Origin gets 403 before any upgrade; the same origin and
/// allow-listed origins pass.
#[tokio::test]
async fn foreign_origin_gets_403() {
    let server = start(Config {
        allowed_origins: vec!["http://teacher.example:8080".into()],
        ..config()
    })
    .await;
    let url = server.ws_url();
    match load::connect(&url, Protocol::Json, Some("http://evil.example"), None).await {
        Err(WsError::Http(response)) => assert_eq!(response.status(), 403),
        other => panic!("expected 403, got {:?}", other.map(|_| "a connection")),
    }
    let same = format!("http://{}", server.addr());
    load::connect(&url, Protocol::Json, Some(&same), None)
        .await
        .expect("same origin passes");
    load::connect(
        &url,
        Protocol::Plain,
        Some("http://teacher.example:8080"),
        None,
    )
    .await
    .expect("allow-listed origin passes");
    // The stats stream follows the same rule.
    let (status, _) = http_get(&server, "/hub/stats", Some("http://evil.example")).await;
    assert!(status.contains(" 403 "), "{status}");
    server.shutdown().await;
}

/// Requirement (f): a client that never answers pings is dropped after the pong
/// deadline; one that answers stays.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_client_is_dropped_after_the_pong_deadline() {
    let _exclusive = EXCLUSIVE.lock().await;
    let server = start(Config {
        ping_period: Duration::from_millis(200),
        pong_wait: Duration::from_millis(400),
        ..config()
    })
    .await;
    // Never polled: tokio-tungstenite answers pings only while reading, so this client
    // never pongs.
    let connected = Instant::now();
    let mut silent = plain_client(&server).await;
    // Reads all the time, so it answers every ping.
    let mut healthy = json_client(&server).await;
    let reader = tokio::spawn(async move {
        let mut frames = 0;
        while let Ok(Some(Ok(_))) = timeout(Duration::from_secs(3), healthy.ws.next()).await {
            frames += 1;
        }
        (frames, healthy)
    });
    server
        .wait_for_stats(Duration::from_secs(5), |s| s.total_clients == 2)
        .await
        .expect("both registered");
    let dropped = server
        .wait_for_stats(Duration::from_secs(5), |s| s.total_clients == 1)
        .await
        .expect("the silent client is dropped");
    let after = connected.elapsed();
    assert!(
        after >= Duration::from_millis(400),
        "dropped after {after:?}, before the deadline"
    );
    assert_eq!(
        dropped.clients[0].protocol, "json",
        "the healthy client is the one left"
    );
    // Several ping periods later the healthy client is still there.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(server.stats().total_clients, 1);
    // The silent client's connection is gone: reading it now ends (after any pings the
    // server sent before giving up).
    let ended = timeout(Duration::from_secs(5), async {
        while let Some(Ok(Message::Ping(_))) = silent.next().await {}
    })
    .await;
    assert!(ended.is_ok(), "the silent client's connection was closed");
    server.shutdown().await;
    let (frames, _healthy) = reader.await.unwrap();
    assert!(frames > 0);
}

/// Requirement (g): without a subprotocol the server speaks gorilla's home.html
/// protocol: verbatim text (newlines to spaces, trimmed), everyone in one room,
/// newline-separated batches, no JSON.
#[tokio::test]
async fn plain_clients_talk_like_gorillas_home_html() {
    let server = start(config()).await;
    let mut a = plain_client(&server).await;
    let mut b = plain_client(&server).await;
    server
        .wait_for_stats(Duration::from_secs(5), |s| s.plain_clients == 2)
        .await
        .unwrap();
    a.send(Message::text("  hello\nworld \t")).await.unwrap();
    assert_eq!(next_frame(&mut a).await, Message::text("hello world"));
    assert_eq!(next_frame(&mut b).await, Message::text("hello world"));
    // A burst: whatever frames it arrives in, splitting them on '\n' gives every
    // message once, in order (gorilla's writePump batches what is queued into one frame).
    for i in 0..50 {
        a.send(Message::text(format!("m{i}"))).await.unwrap();
    }
    let mut lines = Vec::new();
    while lines.len() < 50 {
        let Message::Text(text) = next_frame(&mut b).await else {
            panic!("plain clients get text frames only");
        };
        lines.extend(text.split('\n').map(str::to_string));
    }
    let expected: Vec<String> = (0..50).map(|i| format!("m{i}")).collect();
    assert_eq!(lines, expected);
    // A JSON client joining the room sends no presence event to plain clients, and its
    // messages reach them as "nick: text".
    let mut j = json_client(&server).await;
    j.next(|e| matches!(e, Event::Welcome { .. })).await;
    j.send(Message::text(r#"{"type":"nick","nick":"ada"}"#))
        .await
        .unwrap();
    j.send(say("lobby", "hi from json")).await.unwrap();
    assert_eq!(next_frame(&mut b).await, Message::text("ada: hi from json"));
    // Plain messages reach JSON clients as message events.
    a.send(Message::text("hi from plain")).await.unwrap();
    let event = j
        .next(|e| matches!(e, Event::Message { text, .. } if text == "hi from plain"))
        .await;
    assert!(matches!(event, Event::Message { nick, .. } if nick.starts_with("guest-")));
    server.shutdown().await;
}

/// Requirement (h): Ctrl-C's graceful shutdown delivers what was queued, then closes
/// every connection with 1001, within the shutdown timeout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_drains_then_closes_with_1001() {
    let server = start(config()).await;
    let mut j = json_client(&server).await;
    let mut p = plain_client(&server).await;
    j.next(|e| matches!(e, Event::Welcome { .. })).await;
    server
        .wait_for_stats(Duration::from_secs(5), |s| s.total_clients == 2)
        .await
        .unwrap();
    j.send(say("lobby", "last words")).await.unwrap();
    server
        .wait_for_stats(Duration::from_secs(5), |s| s.messages_total == 1)
        .await
        .expect("the hub took the message");
    let report = server.shutdown().await;
    assert!(report.drained, "{report:?}");
    assert!(report.elapsed < Duration::from_secs(5));
    assert_eq!(
        next_frame(&mut p).await,
        Message::text("guest-1: last words")
    );
    assert_eq!(close_code(&mut p).await, Some(1001));
    j.next(|e| matches!(e, Event::Message { text, .. } if text == "last words"))
        .await;
    assert_eq!(close_code(&mut j.ws).await, Some(1001));
}

/// The classroom knob: a client that asks to be slow fills its queue and is evicted
/// with 1008, while the sender is untouched.
#[tokio::test]
async fn slow_knob_gets_a_client_evicted_with_1008() {
    let _exclusive = EXCLUSIVE.lock().await;
    let server = start(config()).await;
    let mut slowpoke = json_client(&server).await;
    let mut talker = json_client(&server).await;
    slowpoke.next(|e| matches!(e, Event::Welcome { .. })).await;
    slowpoke
        .send(Message::text(r#"{"type":"slow","delay_ms":200}"#))
        .await
        .unwrap();
    slowpoke
        .next(|e| matches!(e, Event::Slow { delay_ms: 200 }))
        .await;
    for i in 0..300 {
        talker.send(say("lobby", &format!("t{i}"))).await.unwrap();
    }
    let stats = server
        .wait_for_stats(Duration::from_secs(10), |s| s.evictions == 1)
        .await
        .expect("the slow client is evicted");
    assert_eq!(stats.total_clients, 1);
    // The talker hears of the eviction (a `left` event, somewhere among its own
    // messages), then gets all 300 of them.
    talker
        .next(|e| matches!(e, Event::Left { reason, .. } if reason == "evicted"))
        .await;
    talker
        .next(|e| matches!(e, Event::Message { text, .. } if text == "t299"))
        .await;
    // Evicted, the knob is off: the write task sends what it had, then 1008.
    assert_eq!(close_code(&mut slowpoke.ws).await, Some(1008));
    server.shutdown().await;
}

/// Rooms and nicknames end to end over the JSON protocol.
#[tokio::test]
async fn json_rooms_and_nicknames() {
    let server = start(config()).await;
    let mut a = json_client(&server).await;
    let mut b = json_client(&server).await;
    a.next(|e| matches!(e, Event::Welcome { .. })).await;
    b.next(|e| matches!(e, Event::Welcome { .. })).await;
    a.send(Message::text(r#"{"type":"nick","nick":"ada"}"#))
        .await
        .unwrap();
    b.next(|e| matches!(e, Event::Nick { nick, .. } if nick == "ada"))
        .await;
    a.send(Message::text(r#"{"type":"join","room":"go"}"#))
        .await
        .unwrap();
    b.send(Message::text(r#"{"type":"join","room":"go"}"#))
        .await
        .unwrap();
    a.next(|e| matches!(e, Event::Joined { room, nick, .. } if room == "go" && nick.starts_with("guest-"))).await;
    b.send(Message::text(r#"{"type":"who","room":"go"}"#))
        .await
        .unwrap();
    let who = b.next(|e| matches!(e, Event::Who { .. })).await;
    let Event::Who { members, .. } = who else {
        unreachable!()
    };
    assert_eq!(members.len(), 2);
    assert_eq!(members[0].nick, "ada");
    b.send(say("go", "hello go")).await.unwrap();
    a.next(
        |e| matches!(e, Event::Message { room, text, .. } if room == "go" && text == "hello go"),
    )
    .await;
    b.send(Message::text(r#"{"type":"leave","room":"go"}"#))
        .await
        .unwrap();
    a.next(|e| matches!(e, Event::Left { room, reason, .. } if room == "go" && reason == "leave"))
        .await;
    b.send(say("go", "gone")).await.unwrap();
    let err = b.next(|e| matches!(e, Event::Error { .. })).await;
    assert!(matches!(err, Event::Error { code, .. } if code == "not_in_room"));
    server.shutdown().await;
}

/// The rate limit for JSON clients: over it they get one `rate_limited` error per burst
/// and the excess is refused. (Plain clients are paced instead: see
/// `tests/faults.rs`, `a_plain_burst_is_paced_and_nothing_is_lost`.)
#[tokio::test]
async fn rate_limit_refuses_the_excess() {
    let server = start(Config {
        rate_per_sec: 1.0,
        rate_burst: 3,
        ..config()
    })
    .await;
    let mut j = json_client(&server).await;
    j.next(|e| matches!(e, Event::Welcome { .. })).await;
    for i in 0..6 {
        j.send(say("lobby", &format!("n{i}"))).await.unwrap();
    }
    let mut got = Vec::new();
    let mut errors = 0;
    while got.len() < 3 || errors < 1 {
        let e = j
            .next(|e| matches!(e, Event::Message { .. } | Event::Error { .. }))
            .await;
        match e {
            Event::Message { text, .. } => got.push(text),
            Event::Error { code, .. } => {
                assert_eq!(code, "rate_limited");
                errors += 1;
            }
            _ => unreachable!(),
        }
    }
    assert_eq!(got, ["n0", "n1", "n2"]);
    assert_eq!(errors, 1);
    server.shutdown().await;
}

/// One port: the book's files at `/`, the plain test page, and the stats stream.
#[tokio::test]
async fn serves_the_book_the_test_page_and_stats() {
    let book = std::env::temp_dir().join(format!("syncscope-chat-book-{}", std::process::id()));
    std::fs::create_dir_all(&book).unwrap();
    std::fs::write(book.join("index.html"), "<h1>the book</h1>").unwrap();
    let server = start(Config {
        book: book.clone(),
        ..config()
    })
    .await;
    let (status, body) = http_get(&server, "/", None).await;
    assert!(status.contains(" 200 "), "{status}");
    assert!(body.contains("<h1>the book</h1>"));
    let (status, body) = http_get(&server, "/chat-plain.html", None).await;
    assert!(
        status.contains(" 200 ") && body.contains("new WebSocket"),
        "{status}"
    );
    let (status, _) = http_get(&server, "/missing.html", None).await;
    assert!(status.contains(" 404 "), "{status}");

    let _client = json_client(&server).await;
    server
        .wait_for_stats(Duration::from_secs(5), |s| s.total_clients == 1)
        .await
        .unwrap();
    let first = first_sse_event(&server).await;
    let stats = syncscope_chat::stats::HubStats::from_json(&first).unwrap();
    assert_eq!(stats.total_clients, 1);
    assert_eq!(stats.rooms[0].name, "lobby");
    assert_eq!(stats.clients[0].queue_capacity, 256);
    assert_eq!(stats.limits.max_message_size, 512);
    server.shutdown().await;
    std::fs::remove_dir_all(&book).ok();
}

/// Every response says it came from the chat server (the book's chat widget looks for it
/// with a HEAD of its own page); the value is the JSON subprotocol.
#[tokio::test]
async fn responses_carry_the_server_marker() {
    let book = std::env::temp_dir().join(format!("syncscope-chat-mark-{}", std::process::id()));
    std::fs::create_dir_all(&book).unwrap();
    std::fs::write(book.join("index.html"), "<h1>the book</h1>").unwrap();
    let server = start(Config {
        book: book.clone(),
        ..config()
    })
    .await;
    for (method, path) in [
        ("HEAD", "/index.html"),
        ("GET", "/"),
        ("GET", "/missing.html"),
    ] {
        let mut tcp = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            server.addr()
        );
        tcp.write_all(request.as_bytes()).await.unwrap();
        let mut response = Vec::new();
        timeout(Duration::from_secs(5), tcp.read_to_end(&mut response))
            .await
            .expect("response within 5 s")
            .unwrap();
        let response = String::from_utf8_lossy(&response).to_ascii_lowercase();
        let head = response.split("\r\n\r\n").next().unwrap_or("");
        assert!(
            head.lines()
                .any(|l| l == "x-syncscope-chat: syncscope.chat.v1"),
            "{method} {path}: {head}"
        );
    }
    server.shutdown().await;
    std::fs::remove_dir_all(&book).ok();
}

/// A minimal HTTP/1.1 GET (status line, body) over a raw socket.
async fn http_get(server: &RunningServer, path: &str, origin: Option<&str>) -> (String, String) {
    let mut tcp = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
    let origin = origin
        .map(|o| format!("Origin: {o}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {}\r\n{origin}Connection: close\r\n\r\n",
        server.addr()
    );
    tcp.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    timeout(Duration::from_secs(5), tcp.read_to_end(&mut response))
        .await
        .expect("response within 5 s")
        .unwrap();
    let response = String::from_utf8_lossy(&response).into_owned();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (
        head.lines().next().unwrap_or("").to_string(),
        body.to_string(),
    )
}

/// The `data:` of the first `stats` event of `/hub/stats`.
async fn first_sse_event(server: &RunningServer) -> String {
    let mut tcp = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
    let request = format!(
        "GET /hub/stats HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n",
        server.addr()
    );
    tcp.write_all(request.as_bytes()).await.unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    timeout(Duration::from_secs(5), async {
        loop {
            let n = tcp.read(&mut buf).await.unwrap();
            assert!(n > 0, "stream ended early");
            seen.extend_from_slice(&buf[..n]);
            let text = String::from_utf8_lossy(&seen);
            if let Some(at) = text.find("event: stats\ndata: ") {
                let rest = &text[at + "event: stats\ndata: ".len()..];
                if let Some(end) = rest.find('\n') {
                    return rest[..end].to_string();
                }
            }
        }
    })
    .await
    .expect("a stats event within 5 s")
}
