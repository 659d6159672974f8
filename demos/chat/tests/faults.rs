//! What a careful user, a broken client or a classroom network does to the server
//! (issue 18): each test is one bug found by a probe or one fault, against a real server
//! on 127.0.0.1:0. Loopback only; every test is bounded in count and time.
//!
//! Some tests speak raw WebSocket over a `TcpStream` ([`RawWs`]): a well-behaved client
//! library cannot send an unmasked frame or a text frame that is not UTF-8.

mod support;

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use support::{config, plain_client, start, EXCLUSIVE};
use syncscope_chat::load;
use syncscope_chat::protocol::Protocol;
use syncscope_chat::{Config, RunningServer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::{timeout, Instant};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;

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

/// A raw HTTP response: status, lower-cased head, body bytes.
async fn http_raw(server: &RunningServer, request: &str) -> (u16, String, Vec<u8>) {
    let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
    tcp.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    let _ = timeout(Duration::from_secs(5), tcp.read_to_end(&mut response))
        .await
        .expect("response within 5 s");
    let end = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response head");
    let head = String::from_utf8_lossy(&response[..end]).to_ascii_lowercase();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response[end + 4..].to_vec();
    let body = if header(&head, "transfer-encoding") == Some("chunked") {
        dechunk(&body)
    } else {
        body
    };
    (status, head, body)
}

/// The body of a `Transfer-Encoding: chunked` response (compressed responses have no
/// length up front).
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let line_end = raw
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("chunk size");
        let size_text = String::from_utf8_lossy(&raw[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16)
            .expect("hex chunk size");
        raw = &raw[line_end + 2..];
        if size == 0 {
            return body;
        }
        body.extend_from_slice(&raw[..size]);
        raw = &raw[size + 2..];
    }
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
        .map(str::trim)
}

/// Issue 17: the chat server sent the wasm uncompressed and uncacheable. Now the book's
/// files go out with gzip or brotli (whichever the browser accepts) and with
/// Cache-Control: fingerprinted names for good, everything else revalidated.
#[tokio::test]
async fn the_book_is_served_compressed_and_cacheable() {
    let book = Book::new("compressed");
    // Something like a wasm module: compressible, but not trivially.
    let module: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 29) as u8 + b'a')
        .collect();
    std::fs::create_dir_all(book.0.join("generated")).unwrap();
    std::fs::write(book.0.join("generated/module_bg.wasm"), &module).unwrap();
    std::fs::write(book.0.join("book-a1b2c3d4.js"), "let x = 1;\n".repeat(500)).unwrap();
    let server = start(Config {
        book: book.0.clone(),
        ..config()
    })
    .await;
    let request = |path: &str, extra: &str| {
        format!("GET {path} HTTP/1.1\r\nHost: x\r\n{extra}Connection: close\r\n\r\n")
    };

    let (status, head, body) = http_raw(
        &server,
        &request("/generated/module_bg.wasm", "Accept-Encoding: gzip, br\r\n"),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(header(&head, "content-encoding"), Some("br"), "{head}");
    assert_eq!(header(&head, "cache-control"), Some("no-cache"), "{head}");
    let mut unpacked = Vec::new();
    brotli_decompressor::BrotliDecompress(&mut body.as_slice(), &mut unpacked).unwrap();
    assert_eq!(unpacked, module);
    assert!(body.len() < module.len() / 2, "{} bytes", body.len());

    let (_, head, body) = http_raw(
        &server,
        &request("/generated/module_bg.wasm", "Accept-Encoding: gzip\r\n"),
    )
    .await;
    assert_eq!(header(&head, "content-encoding"), Some("gzip"), "{head}");
    let mut unpacked = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&body[..]), &mut unpacked)
        .unwrap();
    assert_eq!(unpacked, module);

    // No Accept-Encoding: the file as it is.
    let (_, head, body) = http_raw(&server, &request("/generated/module_bg.wasm", "")).await;
    assert_eq!(header(&head, "content-encoding"), None, "{head}");
    assert_eq!(body, module);

    // A fingerprinted file is kept for good; a page revalidates.
    let (_, head, _) = http_raw(
        &server,
        &request("/book-a1b2c3d4.js", "Accept-Encoding: gzip\r\n"),
    )
    .await;
    assert_eq!(
        header(&head, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(header(&head, "content-encoding"), Some("gzip"));
    let (_, head, _) = http_raw(&server, &request("/index.html", "")).await;
    assert_eq!(header(&head, "cache-control"), Some("no-cache"), "{head}");
    // Revalidating an unchanged page costs a 304 without a body.
    let etag = header(&head, "etag").expect("an etag").to_string();
    let (status, head, body) = http_raw(
        &server,
        &request("/index.html", &format!("If-None-Match: {etag}\r\n")),
    )
    .await;
    assert_eq!(status, 304, "{head}");
    assert!(body.is_empty());
    assert_eq!(header(&head, "cache-control"), Some("no-cache"), "{head}");
    server.shutdown().await;
}

// ---- Faults a classroom network produces (issue 18, part 3) ----
//
// A client that vanishes without a close frame (no FIN, no pong) is
// `silent_client_is_dropped_after_the_pong_deadline` in tests/chat.rs: its slot is freed
// after the pong wait and the healthy client is unaffected.

/// A client that reads one byte a second: its queue fills, the hub evicts it (1008)
/// without waiting for it, and a normal client in the same room gets every message.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_reading_one_byte_a_second_is_evicted_and_nobody_waits() {
    let _exclusive = EXCLUSIVE.lock().await;
    let server = start(Config {
        send_queue: 256,
        tcp_send_buffer: Some(4096),
        ..config()
    })
    .await;
    let mut trickle = RawWs::connect(&server).await;
    let mut normal = plain_client(&server).await;
    // The sender is in the room too: it reads (and drops) what comes back, or its own
    // queue would fill and it would be evicted.
    let (mut sender, mut echoes) = plain_client(&server).await.split();
    let echo_task = tokio::spawn(async move {
        loop {
            match echoes.next().await {
                Some(Ok(Message::Close(frame))) => return format!("closed: {frame:?}"),
                Some(Ok(_)) => {}
                other => return format!("ended: {other:?}"),
            }
        }
    });
    server
        .wait_for_stats(Duration::from_secs(5), |s| s.total_clients == 3)
        .await
        .unwrap();
    let trickler = tokio::spawn(async move {
        let mut byte = [0u8; 1];
        let started = Instant::now();
        // One byte a second, at most 15 s; it ends when the server closes.
        while started.elapsed() < Duration::from_secs(15) {
            match trickle.tcp.read(&mut byte).await {
                Ok(0) | Err(_) => return true,
                Ok(_) => tokio::time::sleep(Duration::from_secs(1)).await,
            }
        }
        false
    });
    let text = "x".repeat(400);
    let count = 3000;
    let reader = tokio::spawn(async move {
        let mut got = 0;
        while got < count {
            match timeout(Duration::from_secs(10), normal.next()).await {
                Ok(Some(Ok(Message::Text(t)))) => got += t.split('\n').count(),
                Ok(Some(Ok(_))) => {}
                _ => break,
            }
        }
        got
    });
    let started = Instant::now();
    // Fast, but at a pace the normal (debug-built) reader keeps up with.
    for i in 0..count {
        if let Err(err) = sender.feed(Message::text(text.clone())).await {
            panic!("sender: {err} after {i}; {}", echo_task.await.unwrap());
        }
        if i % 50 == 49 {
            sender.flush().await.unwrap();
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    sender.flush().await.unwrap();
    let evicted = server
        .wait_for_stats(Duration::from_secs(10), |s| s.evictions >= 1)
        .await
        .expect("the trickling client is evicted");
    assert_eq!(evicted.evictions, 1, "only the slow one");
    assert_eq!(
        reader.await.unwrap(),
        count,
        "the normal client got everything"
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the room did not wait for the slow reader"
    );
    // The trickler would take minutes to read down to the close frame: stop it.
    trickler.abort();
    drop(sender);
    server.shutdown().await;
}

/// Resident memory of this process, in bytes (Linux).
fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd").map_or(0, |d| d.count())
}

/// 1,000 connect/disconnect cycles (each sends a line, some leave with a close frame,
/// some just drop the socket): afterwards nobody is registered, the file descriptors
/// are back, and resident memory is where it was after a first warm-up round (a leak
/// of one connection's buffers, about 10 KB, would show as 10 MB).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_connect_disconnect_cycles_give_everything_back() {
    let _exclusive = EXCLUSIVE.lock().await;
    load::raise_open_files_limit(4096);
    let server = start(config()).await;
    let url = server.ws_url();
    let round = |url: String| async move {
        let mut tasks = Vec::new();
        for t in 0..10u32 {
            let url = url.clone();
            tasks.push(tokio::spawn(async move {
                for i in 0..100u32 {
                    let mut ws = load::connect(&url, Protocol::Plain, None, None)
                        .await
                        .expect("connects");
                    ws.send(Message::text(format!("hello {t} {i}")))
                        .await
                        .unwrap();
                    if i % 2 == 0 {
                        let _ = ws.close(None).await;
                        // Read to the end, so the close handshake completes.
                        while let Ok(Some(Ok(_))) = timeout(Duration::from_secs(2), ws.next()).await
                        {
                        }
                    }
                }
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
    };
    round(url.clone()).await;
    server
        .wait_for_stats(Duration::from_secs(10), |s| s.total_clients == 0)
        .await
        .expect("everyone gone after the warm-up");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (fds_before, rss_before) = (open_fds(), resident_bytes());
    round(url.clone()).await;
    let after = server
        .wait_for_stats(Duration::from_secs(10), |s| s.total_clients == 0)
        .await
        .expect("everyone gone after 1,000 cycles");
    assert!(after.rooms.is_empty(), "{:?}", after.rooms);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (fds_after, rss_after) = (open_fds(), resident_bytes());
    assert!(
        fds_after <= fds_before + 2,
        "file descriptors: {fds_before} before, {fds_after} after"
    );
    let grown = rss_after.saturating_sub(rss_before);
    assert!(
        grown < 6 << 20,
        "resident memory grew by {} KB over 1,000 cycles ({} KB before)",
        grown >> 10,
        rss_before >> 10
    );
    server.shutdown().await;
}

/// Path traversal, plain and percent-encoded, never leaves the book.
#[tokio::test]
async fn path_traversal_stays_inside_the_book() {
    let book = Book::new("traversal");
    // A file beside the book, which no request may reach.
    let secret = book.0.with_extension("secret");
    std::fs::write(&secret, "TOP SECRET").unwrap();
    let name = secret.file_name().unwrap().to_string_lossy().into_owned();
    let server = start(Config {
        book: book.0.clone(),
        ..config()
    })
    .await;
    for path in [
        format!("/../{name}"),
        format!("/sub/../../{name}"),
        format!("/%2e%2e/{name}"),
        format!("/%2E%2E/{name}"),
        format!("/sub/%2e%2e/%2e%2e/{name}"),
        format!("/..%2f{name}"),
        format!("/sub/..%2f..%2f{name}"),
        format!("/%2e%2e%2f{name}"),
        format!("/..%5c{name}"),
        format!("/.%2e/{name}"),
        format!("/%252e%252e/{name}"),
        "/../../../../../../etc/passwd".to_string(),
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd".to_string(),
    ] {
        let (status, head, body) = http_raw(
            &server,
            &format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
        )
        .await;
        let body = String::from_utf8_lossy(&body);
        assert!((400..500).contains(&status), "{path}: {status}\n{head}");
        assert!(
            !body.contains("TOP SECRET") && !body.contains("root:"),
            "{path} leaked a file"
        );
    }
    // Inside the book, `..` that stays inside is fine.
    let (status, _, body) = http_raw(
        &server,
        "GET /sub/../sub/page.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert!(status == 200 || status == 404, "{status}");
    if status == 200 {
        assert!(String::from_utf8_lossy(&body).contains("a page"));
    }
    server.shutdown().await;
    let _ = std::fs::remove_file(&secret);
}

/// An oversized HTTP header gets a 4xx (431 or 400), never a 500 and never a hang; the
/// server serves the next request normally.
#[tokio::test]
async fn an_oversized_header_gets_a_4xx() {
    let book = Book::new("big-header");
    let server = start(Config {
        book: book.0.clone(),
        ..config()
    })
    .await;
    for size in [64 << 10, 1 << 20] {
        let mut tcp = TcpStream::connect(server.addr()).await.unwrap();
        let head = format!(
            "GET /index.html HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\nConnection: close\r\n\r\n",
            "b".repeat(size)
        );
        // The server may answer and close before it has read everything we send.
        let _ = tcp.write_all(head.as_bytes()).await;
        let mut response = Vec::new();
        let _ = timeout(Duration::from_secs(5), tcp.read_to_end(&mut response))
            .await
            .expect("an answer within 5 s");
        let text = String::from_utf8_lossy(&response);
        let status: u16 = text
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        assert!(
            status == 431 || status == 400 || (size < 100_000 && status == 200),
            "{size} bytes of header: {}",
            text.lines().next().unwrap_or("(no response)")
        );
    }
    let (status, _) = get(&server, "/index.html").await;
    assert_eq!(status, 200);
    server.shutdown().await;
}

/// The real binary stopped with SIGTERM in the middle of a broadcast to 1,000 clients:
/// every client gets the same unbroken run of messages from the first (what the hub had
/// taken in, whole lines, none skipped), then a 1001 close frame.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_during_a_broadcast_drains_then_closes_with_1001() {
    let _exclusive = EXCLUSIVE.lock().await;
    load::raise_open_files_limit(4096);
    let book = Book::new("sigterm");
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_syncscope-chat"))
        .args(["--addr", "127.0.0.1:0", "--rate", "0", "--book"])
        .arg(&book.0)
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("the server binary starts");
    // Its log says where it listens: "open http://127.0.0.1:PORT/".
    let mut out = tokio::io::BufReader::new(child.stdout.take().unwrap());
    let addr = timeout(Duration::from_secs(20), async {
        let mut line = String::new();
        loop {
            line.clear();
            if tokio::io::AsyncBufReadExt::read_line(&mut out, &mut line)
                .await
                .unwrap()
                == 0
            {
                panic!("the server exited before listening");
            }
            if let Some(at) = line.find("open http://") {
                let rest = &line[at + "open http://".len()..];
                return rest[..rest.find('/').unwrap()].to_string();
            }
        }
    })
    .await
    .expect("the server says where it listens");
    // Keep draining its log so it never blocks on a full pipe.
    tokio::spawn(async move {
        let mut sink = Vec::new();
        let _ = out.read_to_end(&mut sink).await;
    });
    let url = format!("ws://{addr}/ws");
    let clients = 1000;
    let fleet = futures_util::future::join_all((0..clients).map(|_| {
        let url = url.clone();
        async move { load::connect(&url, Protocol::Plain, None, None).await }
    }))
    .await;
    let mut readers = Vec::new();
    for ws in fleet {
        let mut ws = ws.expect("client connects");
        readers.push(tokio::spawn(async move {
            let mut lines: Vec<String> = Vec::new();
            loop {
                match timeout(Duration::from_secs(20), ws.next()).await {
                    Ok(Some(Ok(Message::Text(t)))) => {
                        lines.extend(t.split('\n').map(str::to_string))
                    }
                    Ok(Some(Ok(Message::Close(frame)))) => {
                        return (lines, frame.map(|f| u16::from(f.code)))
                    }
                    Ok(Some(Ok(_))) => {}
                    _ => return (lines, None),
                }
            }
        }));
    }
    let mut sender = load::connect(&url, Protocol::Plain, None, None)
        .await
        .unwrap();
    let pid = child.id().expect("running") as i32;
    let mut sent = 0;
    let started = Instant::now();
    while sent < 2000 {
        if sender
            .send(Message::text(format!("m{sent}")))
            .await
            .is_err()
        {
            break;
        }
        sent += 1;
        if sent == 40 {
            // Mid-broadcast: the first lines are still being fanned out.
            // SAFETY: kill(2) with a pid we spawned and still own.
            assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
        }
        if sent > 40 && started.elapsed() > Duration::from_secs(5) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let status = timeout(Duration::from_secs(20), child.wait())
        .await
        .expect("the server exits after SIGTERM")
        .unwrap();
    assert!(status.success(), "graceful exit: {status}");
    let mut runs = std::collections::BTreeMap::new();
    for reader in readers {
        let (lines, code) = reader.await.unwrap();
        assert_eq!(
            code,
            Some(1001),
            "closed with 1001 after {} lines",
            lines.len()
        );
        for (i, line) in lines.iter().enumerate() {
            assert_eq!(
                line,
                &format!("m{i}"),
                "whole lines, in order, none skipped"
            );
        }
        *runs.entry(lines.len()).or_insert(0) += 1;
    }
    // Everyone got the same messages: those the hub took in before it stopped.
    assert_eq!(runs.len(), 1, "different runs per client: {runs:?}");
    let got = *runs.keys().next().unwrap();
    assert!((1..=sent).contains(&got), "{got} of {sent}");
}
