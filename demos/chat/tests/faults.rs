//! What a careful user, a broken client or a classroom network does to the server
//! (issue 18): each test is one bug found by a probe or one fault, against a real server
//! on 127.0.0.1:0. Loopback only; every test is bounded in count and time.
//!
//! Some tests speak raw WebSocket over a `TcpStream` ([`RawWs`]): a well-behaved client
//! library cannot send an unmasked frame or a text frame that is not UTF-8.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use syncscope_chat::load::{self, ClientSocket};
use syncscope_chat::protocol::Protocol;
use syncscope_chat::{Config, RunningServer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::{timeout, Instant};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;

/// Tests that open hundreds of sockets or measure time take this lock, so they do not
/// skew each other.
static EXCLUSIVE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn config() -> Config {
    Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        rate_per_sec: 0.0,
        shutdown_timeout: Duration::from_secs(5),
        ..Config::default()
    }
}

async fn start(config: Config) -> RunningServer {
    syncscope_chat::start(config).await.expect("server starts")
}

async fn plain_client(server: &RunningServer) -> ClientSocket {
    load::connect(&server.ws_url(), Protocol::Plain, None, None)
        .await
        .expect("plain client connects")
}

/// A WebSocket spoken by hand: handshake, then frames built byte by byte.
struct RawWs {
    tcp: TcpStream,
    /// Bytes read past the handshake's response or a frame, not yet parsed.
    pending: Vec<u8>,
}

impl RawWs {
    async fn connect(server: &RunningServer) -> RawWs {
        let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
        let request = format!(
            "GET /ws HTTP/1.1\r\nHost: {}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
            server.addr()
        );
        tcp.write_all(request.as_bytes()).await.unwrap();
        let mut raw = RawWs {
            tcp,
            pending: Vec::new(),
        };
        let end = loop {
            if let Some(at) = raw.pending.windows(4).position(|w| w == b"\r\n\r\n") {
                break at + 4;
            }
            raw.fill().await.expect("handshake response");
        };
        let head = String::from_utf8_lossy(&raw.pending[..end]).into_owned();
        assert!(head.starts_with("HTTP/1.1 101"), "{head}");
        raw.pending.drain(..end);
        raw
    }

    /// Reads more bytes; `None` at end of stream.
    async fn fill(&mut self) -> Option<()> {
        let mut buf = [0u8; 4096];
        let n = timeout(Duration::from_secs(5), self.tcp.read(&mut buf))
            .await
            .expect("bytes within 5 s")
            .ok()?;
        (n > 0).then(|| self.pending.extend_from_slice(&buf[..n]))
    }

    /// One final frame; masked as a client must, or not (`mask: None`).
    async fn send(&mut self, opcode: u8, payload: &[u8], mask: Option<[u8; 4]>) {
        let mut frame = vec![0x80 | opcode];
        let mask_bit = if mask.is_some() { 0x80 } else { 0 };
        assert!(payload.len() < 126);
        frame.push(mask_bit | payload.len() as u8);
        match mask {
            Some(key) => {
                frame.extend_from_slice(&key);
                frame.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i % 4]));
            }
            None => frame.extend_from_slice(payload),
        }
        self.tcp.write_all(&frame).await.unwrap();
    }

    /// The next frame from the server (opcode, payload); `None` if the stream ends.
    async fn next(&mut self) -> Option<(u8, Vec<u8>)> {
        loop {
            if self.pending.len() >= 2 {
                let opcode = self.pending[0] & 0x0f;
                let (len, start) = match self.pending[1] & 0x7f {
                    126 if self.pending.len() >= 4 => (
                        u16::from_be_bytes([self.pending[2], self.pending[3]]) as usize,
                        4,
                    ),
                    126 | 127 => (usize::MAX, 0),
                    n => (n as usize, 2),
                };
                if len != usize::MAX && self.pending.len() >= start + len {
                    let payload = self.pending[start..start + len].to_vec();
                    self.pending.drain(..start + len);
                    return Some((opcode, payload));
                }
            }
            self.fill().await?;
        }
    }

    /// The code of the server's close frame, skipping other frames.
    async fn close_code(&mut self) -> Option<u16> {
        while let Some((opcode, payload)) = self.next().await {
            if opcode == 0x8 {
                return (payload.len() >= 2).then(|| u16::from_be_bytes([payload[0], payload[1]]));
            }
        }
        None
    }
}

/// Bug: 1,000 plain connections that close right after the handshake left 17-25 clients
/// registered (a ghost each time the hub took the unregister before the register). Now
/// both travel on one channel in the order sent: nobody stays, without a message having
/// to flush them out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_closing_right_after_the_handshake_leave_no_ghosts() {
    let _exclusive = EXCLUSIVE.lock().await;
    load::raise_open_files_limit(4096);
    let server = start(config()).await;
    let url = server.ws_url();
    let mut batches = Vec::new();
    for _ in 0..10 {
        let url = url.clone();
        batches.push(tokio::spawn(async move {
            for _ in 0..100 {
                let ws = load::connect(&url, Protocol::Plain, None, None)
                    .await
                    .expect("connects");
                drop(ws);
            }
        }));
    }
    for batch in batches {
        batch.await.unwrap();
    }
    let settled = server
        .wait_for_stats(Duration::from_secs(15), |s| {
            s.total_clients == 0 && s.rooms.is_empty()
        })
        .await;
    let last = server.stats();
    assert!(
        settled.is_some(),
        "ghosts: {} clients still registered, rooms {:?}",
        last.total_clients,
        last.rooms
    );
    server.shutdown().await;
}

/// Bug: a client's close frame was never answered (browsers saw 1006, wasClean=false).
/// RFC 6455 §5.5.1: the server echoes it; gorilla answers 1000.
#[tokio::test]
async fn a_clients_close_frame_is_answered() {
    let server = start(config()).await;
    for protocol in [Protocol::Plain, Protocol::Json] {
        let mut ws = load::connect(&server.ws_url(), protocol, None, None)
            .await
            .unwrap();
        ws.send(Message::Close(Some(CloseFrame {
            code: CloseCode::Normal,
            reason: "page closed".into(),
        })))
        .await
        .unwrap();
        let deadline = Instant::now() + Duration::from_secs(5);
        let answer = loop {
            match tokio::time::timeout_at(deadline, ws.next()).await {
                Ok(Some(Ok(Message::Close(frame)))) => break frame,
                Ok(Some(Ok(_))) => continue,
                other => panic!("{protocol:?}: expected the server's close frame, got {other:?}"),
            }
        };
        assert_eq!(
            answer.map(|f| u16::from(f.code)),
            Some(1000),
            "{protocol:?}"
        );
        // And the connection then ends cleanly (no reset without a closing handshake).
        assert!(matches!(
            timeout(Duration::from_secs(5), ws.next()).await,
            Ok(None)
        ));
    }
    server
        .wait_for_stats(Duration::from_secs(5), |s| s.total_clients == 0)
        .await
        .expect("both clients unregistered");
    server.shutdown().await;
}

/// Bug: invalid UTF-8 in a text frame dropped the sender without a close frame. RFC 6455
/// §7.4.1 gives it 1007.
#[tokio::test]
async fn invalid_utf8_closes_with_1007() {
    let server = start(config()).await;
    let mut raw = RawWs::connect(&server).await;
    raw.send(0x1, b"caf\xc3\x28", Some([1, 2, 3, 4])).await;
    assert_eq!(raw.close_code().await, Some(1007));
    server.shutdown().await;
}

/// Bug: an unmasked client frame (RFC 6455 §5.1: the server must close) got no close
/// code; it gets 1002, protocol error.
#[tokio::test]
async fn an_unmasked_client_frame_closes_with_1002() {
    let server = start(config()).await;
    let mut raw = RawWs::connect(&server).await;
    // First a good masked frame, to show the connection worked until then.
    raw.send(0x1, b"hello", Some([9, 8, 7, 6])).await;
    let (opcode, payload) = raw.next().await.expect("the echo of hello");
    assert_eq!((opcode, payload.as_slice()), (0x1, &b"hello"[..]));
    raw.send(0x1, b"naked", None).await;
    assert_eq!(raw.close_code().await, Some(1002));
    server.shutdown().await;
}

/// A raw HTTP request; the response's status code and head.
async fn http_request(server: &RunningServer, request: &str) -> (u16, String) {
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    tcp.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    let _ = timeout(Duration::from_secs(5), tcp.read_to_end(&mut response))
        .await
        .expect("response within 5 s");
    let response = String::from_utf8_lossy(&response).into_owned();
    let head = response.split("\r\n\r\n").next().unwrap_or("").to_string();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head)
}

async fn get(server: &RunningServer, path: &str) -> (u16, String) {
    http_request(
        server,
        &format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    )
    .await
}

/// A temporary built book.
struct Book(std::path::PathBuf);

impl Book {
    fn new(name: &str) -> Book {
        let dir = std::env::temp_dir().join(format!("syncscope-{name}-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("index.html"), "<h1>the book</h1>").unwrap();
        std::fs::write(dir.join("sub/page.html"), "<p>a page</p>").unwrap();
        Book(dir)
    }
}

impl Drop for Book {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Bug: a path segment of 256 bytes or more, or a path over 4,096 bytes, got 500
/// Internal Server Error (the file system's "name too long"). Any bad request is a 4xx.
#[tokio::test]
async fn long_paths_get_a_4xx_never_a_500() {
    let book = Book::new("long-paths");
    let server = start(Config {
        book: book.0.clone(),
        ..config()
    })
    .await;
    for (path, expected) in [
        (format!("/{}", "a".repeat(255)), 404),
        (format!("/{}", "a".repeat(256)), 404),
        (format!("/{}.html", "b".repeat(4000)), 404),
        (format!("/sub/{}", "c".repeat(300)), 404),
        ("/d".repeat(2100), 414),
        (format!("/{}", "e/".repeat(2100)), 414),
        (format!("/{}", "%41".repeat(300)), 404),
    ] {
        let (status, head) = get(&server, &path).await;
        assert_eq!(status, expected, "{} bytes: {head}", path.len());
    }
    server.shutdown().await;
}

/// Bug: a connection that sent its headers one byte at a time stayed open past 70 s.
/// Now the header read timeout closes it.
#[tokio::test]
async fn headers_sent_a_byte_at_a_time_are_cut_off() {
    let server = start(Config {
        header_read_timeout: Duration::from_millis(800),
        ..config()
    })
    .await;
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    let started = Instant::now();
    let request = b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: "
        .iter()
        .chain([b'y'; 200].iter());
    let mut closed = false;
    for byte in request {
        if tcp.write_all(&[*byte]).await.is_err() {
            closed = true;
            break;
        }
        // Anything from the server (end of stream, an error, a 408) means it gave up.
        let mut buf = [0u8; 512];
        if timeout(Duration::from_millis(50), tcp.read(&mut buf))
            .await
            .is_ok()
        {
            closed = true;
            break;
        }
        if started.elapsed() > Duration::from_secs(8) {
            break;
        }
    }
    assert!(
        closed,
        "still open after {:?} of one byte at a time",
        started.elapsed()
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    server.shutdown().await;
}

/// The same client with a message to say is still served when it sends everything at
/// once (the timeout only bites the slow).
#[tokio::test]
async fn a_normal_request_is_not_cut_off() {
    let book = Book::new("normal");
    let server = start(Config {
        book: book.0.clone(),
        header_read_timeout: Duration::from_millis(800),
        ..config()
    })
    .await;
    let (status, _) = get(&server, "/index.html").await;
    assert_eq!(status, 200);
    let mut ws = plain_client(&server).await;
    ws.send(Message::text("hi")).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1200)).await;
    ws.send(Message::text("still here")).await.unwrap();
    let mut seen = Vec::new();
    while seen.len() < 2 {
        if let Some(Ok(Message::Text(t))) =
            timeout(Duration::from_secs(5), ws.next()).await.unwrap()
        {
            seen.extend(t.split('\n').map(str::to_string));
        }
    }
    assert_eq!(seen, ["hi", "still here"]);
    server.shutdown().await;
}

/// Issue 18, change 1: gorilla's home.html sending 50 lines in a burst got 10 delivered
/// (the rest dropped silently). Now the reader is paced: all 50 arrive, in order, and
/// the room never sees them faster than the burst plus the rate.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plain_burst_is_paced_and_nothing_is_lost() {
    let _exclusive = EXCLUSIVE.lock().await;
    let (rate, burst) = (25.0, 10u32);
    let server = start(Config {
        rate_per_sec: rate,
        rate_burst: burst,
        ..config()
    })
    .await;
    let mut listener = plain_client(&server).await;
    let mut sender = plain_client(&server).await;
    server
        .wait_for_stats(Duration::from_secs(5), |s| s.total_clients == 2)
        .await
        .unwrap();
    let started = Instant::now();
    let lines: Vec<String> = (0..50).map(|i| format!("line {i}")).collect();
    // The burst, as fast as the client can write it (feed without flushing each).
    for line in &lines {
        sender.feed(Message::text(line.clone())).await.unwrap();
    }
    sender.flush().await.unwrap();
    let mut arrived: Vec<(String, Duration)> = Vec::new();
    while arrived.len() < lines.len() {
        let frame = timeout(Duration::from_secs(10), listener.next())
            .await
            .expect("the paced lines keep coming")
            .expect("still open")
            .expect("a frame");
        if let Message::Text(text) = frame {
            let at = started.elapsed();
            arrived.extend(text.split('\n').map(|l| (l.to_string(), at)));
        }
    }
    let texts: Vec<&str> = arrived.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, lines, "all 50, in order");
    // No faster than the rate: by the time line n arrived, at most burst + rate * t
    // tokens had been given out, so n < burst + rate * t (+1 for rounding).
    for (n, (_, at)) in arrived.iter().enumerate() {
        let allowed = f64::from(burst) + rate * at.as_secs_f64() + 1.0;
        assert!(
            (n as f64) < allowed,
            "line {n} arrived after {at:?}: faster than {rate}/s with bursts of {burst}"
        );
    }
    // And paced, not merely late: the last line needs (50 - burst) / rate seconds.
    let needed = Duration::from_secs_f64(f64::from(50 - burst) / rate);
    assert!(arrived[49].1 >= needed.mul_f64(0.95), "{:?}", arrived[49].1);
    server.shutdown().await;
}
