//! The load generator behind `chat-load`, also used by the integration tests.
//!
//! It opens `clients` connections to a running server (all in the default room), lets
//! `senders` of them send `messages` chat messages each, and has every client check what
//! it receives:
//!
//! * each message text is `L|<sender>|<seq>|<sent µs>|<padding>`; the send time is
//!   measured on one clock shared by all clients in this process, so the latency of a
//!   delivery is simply "now − sent";
//! * per sender, sequence numbers must arrive in order (`order_violations` counts any
//!   that go backwards or repeat); every client should get `senders × messages`.
//!
//! `slow` extra clients connect with a tiny TCP receive buffer and never read: the
//! server's queue for them fills and the hub evicts them, while the healthy clients'
//! latencies show whether anyone else noticed.
//!
//! Loopback only, bounded: the whole run stops at `timeout` whatever happens.

use std::fmt;
use std::time::Duration;

use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio::task::JoinHandle;
use tokio::time::{sleep_until, timeout_at, Instant};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::WebSocketStream;

use crate::protocol::{Protocol, SUBPROTOCOL};

/// A client connection as tokio-tungstenite gives it.
pub type ClientSocket = WebSocketStream<TcpStream>;

/// What to run.
#[derive(Debug, Clone)]
pub struct LoadConfig {
    /// `ws://127.0.0.1:9999/ws`.
    pub url: String,
    /// Healthy clients (they all receive; the first `senders` also send).
    pub clients: usize,
    pub senders: usize,
    /// Messages per sender.
    pub messages: usize,
    /// Pause between two messages of one sender (senders are spread over it). Zero: as
    /// fast as the socket takes them.
    pub interval: Duration,
    /// Extra bytes of padding per message.
    pub pad: usize,
    pub protocol: Protocol,
    /// The room to talk in (the server's default room; JSON only).
    pub room: String,
    /// Extra clients that never read (tiny receive buffer).
    pub slow: usize,
    /// Connections opened at once.
    pub connect_concurrency: usize,
    /// Pause between "everyone connected" and the first message, so the burst of
    /// `joined` events from the connect phase is over.
    pub settle: Duration,
    /// Hard limit for the whole run.
    pub timeout: Duration,
}

impl Default for LoadConfig {
    fn default() -> Self {
        LoadConfig {
            url: "ws://127.0.0.1:9999/ws".into(),
            clients: 100,
            senders: 10,
            messages: 100,
            interval: Duration::from_millis(10),
            pad: 0,
            protocol: Protocol::Json,
            room: "lobby".into(),
            slow: 0,
            connect_concurrency: 64,
            settle: Duration::from_millis(500),
            timeout: Duration::from_secs(120),
        }
    }
}

/// Latency percentiles, in microseconds.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Percentiles {
    pub p50: u32,
    pub p90: u32,
    pub p99: u32,
    pub max: u32,
}

impl Percentiles {
    /// From unsorted samples (sorted in place).
    pub fn of(samples: &mut [u32]) -> Percentiles {
        if samples.is_empty() {
            return Percentiles::default();
        }
        samples.sort_unstable();
        let at = |q: f64| samples[((samples.len() as f64 * q) as usize).min(samples.len() - 1)];
        Percentiles {
            p50: at(0.50),
            p90: at(0.90),
            p99: at(0.99),
            max: samples[samples.len() - 1],
        }
    }
}

/// What a run measured.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    pub clients: usize,
    pub senders: usize,
    pub messages_sent: u64,
    /// clients × senders × messages.
    pub expected: u64,
    pub delivered: u64,
    /// Healthy clients that received fewer than they should have.
    pub incomplete_clients: usize,
    /// Healthy clients whose connection ended before the run did.
    pub closed_early: usize,
    pub order_violations: u64,
    /// `error` events received (JSON), e.g. `rate_limited`.
    pub error_events: u64,
    pub connect_time: Duration,
    /// First message sent to last message received.
    pub elapsed: Duration,
    pub deliveries_per_sec: f64,
    pub latency: Percentiles,
}

impl LoadReport {
    /// Every healthy client got every message, in each sender's order.
    pub fn complete(&self) -> bool {
        self.delivered == self.expected
            && self.incomplete_clients == 0
            && self.order_violations == 0
            && self.closed_early == 0
    }
}

impl fmt::Display for LoadReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = |us: u32| f64::from(us) / 1000.0;
        writeln!(
            f,
            "clients {} (senders {}), connected in {:.2?}",
            self.clients, self.senders, self.connect_time
        )?;
        writeln!(
            f,
            "sent {} messages, delivered {}/{} ({} incomplete clients, {} closed early, {} order violations, {} error events)",
            self.messages_sent,
            self.delivered,
            self.expected,
            self.incomplete_clients,
            self.closed_early,
            self.order_violations,
            self.error_events
        )?;
        writeln!(
            f,
            "delivered {:.0} messages/s over {:.2?}",
            self.deliveries_per_sec, self.elapsed
        )?;
        write!(
            f,
            "latency ms: p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2}",
            ms(self.latency.p50),
            ms(self.latency.p90),
            ms(self.latency.p99),
            ms(self.latency.max)
        )
    }
}

/// Opens one client connection. `origin` sets the Origin header; `recv_buffer` shrinks
/// the TCP receive buffer (the slow clients).
pub async fn connect(
    url: &str,
    protocol: Protocol,
    origin: Option<&str>,
    recv_buffer: Option<u32>,
) -> Result<ClientSocket, tungstenite::Error> {
    let mut request = url.into_client_request()?;
    if protocol == Protocol::Json {
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            HeaderValue::from_static(SUBPROTOCOL),
        );
    }
    if let Some(origin) = origin {
        let value = HeaderValue::from_str(origin)
            .map_err(|e| tungstenite::Error::Io(std::io::Error::other(e)))?;
        request.headers_mut().insert("Origin", value);
    }
    let host = request.uri().host().unwrap_or("127.0.0.1").to_string();
    let port = request.uri().port_u16().unwrap_or(80);
    let addr = tokio::net::lookup_host((host.as_str(), port))
        .await?
        .next()
        .ok_or_else(|| std::io::Error::other(format!("{host} does not resolve")))?;
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    if let Some(size) = recv_buffer {
        socket.set_recv_buffer_size(size)?;
    }
    let tcp = socket.connect(addr).await?;
    tcp.set_nodelay(true)?;
    let (ws, _response) = tokio_tungstenite::client_async(request, tcp).await?;
    Ok(ws)
}

/// The text of message `seq` from `sender`, sent at `sent_us`.
fn payload(sender: usize, seq: usize, sent_us: u64, pad: usize) -> String {
    let mut text = format!("L|{sender}|{seq}|{sent_us}|");
    text.extend(std::iter::repeat_n('x', pad));
    text
}

/// Finds a load message in one received line: `(sender, seq, sent_us)`.
fn parse_line(line: &str, protocol: Protocol) -> Option<(usize, usize, u64)> {
    let text = match protocol {
        Protocol::Plain => line,
        Protocol::Json => {
            // Our payload has no characters JSON escapes, so the text field's raw bytes
            // are the text: no need to parse the whole event.
            if !line.starts_with(r#"{"type":"message""#) {
                return None;
            }
            let start = line.find(r#""text":"L|"#)? + r#""text":""#.len();
            let len = line[start..].find('"')?;
            &line[start..start + len]
        }
    };
    let mut parts = text.strip_prefix("L|")?.split('|');
    let sender = parts.next()?.parse().ok()?;
    let seq = parts.next()?.parse().ok()?;
    let sent_us = parts.next()?.parse().ok()?;
    Some((sender, seq, sent_us))
}

/// What one receiving client saw.
#[derive(Debug, Default)]
struct Received {
    count: u64,
    order_violations: u64,
    error_events: u64,
    closed_early: bool,
    /// When the last expected message arrived (µs since the run's epoch).
    last_us: u64,
    latencies_us: Vec<u32>,
}

/// Reads until it has all `expected` load messages (or the run's deadline), then hands
/// the stream back so the connection stays open until the whole run is over: clients
/// leaving one by one would make the server send everyone else `left` events while they
/// are still measuring.
async fn receive(
    mut stream: SplitStream<ClientSocket>,
    protocol: Protocol,
    senders: usize,
    expected: u64,
    epoch: Instant,
    deadline: Instant,
) -> (Received, SplitStream<ClientSocket>) {
    let mut got = Received {
        latencies_us: Vec::with_capacity(expected as usize),
        ..Received::default()
    };
    let mut next_seq = vec![0usize; senders];
    while got.count < expected {
        let message = match timeout_at(deadline, stream.next()).await {
            Err(_) => break, // the run's time is up
            Ok(Some(Ok(message))) => message,
            Ok(_) => {
                got.closed_early = true;
                break;
            }
        };
        let text = match message {
            Message::Text(text) => text,
            Message::Close(_) => {
                got.closed_early = true;
                break;
            }
            _ => continue, // pings are answered by tungstenite
        };
        let now_us = epoch.elapsed().as_micros() as u64;
        for line in text.split('\n') {
            let Some((sender, seq, sent_us)) = parse_line(line, protocol) else {
                if line.starts_with(r#"{"type":"error""#) {
                    got.error_events += 1;
                }
                continue;
            };
            if sender >= senders {
                continue;
            }
            if seq != next_seq[sender] {
                got.order_violations += 1;
            }
            next_seq[sender] = seq + 1;
            got.count += 1;
            got.last_us = now_us;
            got.latencies_us
                .push(now_us.saturating_sub(sent_us).min(u64::from(u32::MAX)) as u32);
        }
    }
    (got, stream)
}

/// Connected clients. Their connections stay open until the fleet is dropped.
pub struct Fleet {
    epoch: Instant,
    deadline: Instant,
    sinks: Vec<SplitSink<ClientSocket, Message>>,
    receivers: Vec<JoinHandle<(Received, SplitStream<ClientSocket>)>>,
    /// Receivers that are done, still connected.
    finished: Vec<SplitStream<ClientSocket>>,
    /// Held open, never read.
    _slow: Vec<ClientSocket>,
    pub connect_time: Duration,
}

/// Connects everyone (healthy clients first, then the slow ones) and starts the
/// receivers.
pub async fn connect_fleet(cfg: &LoadConfig) -> Result<Fleet, String> {
    let epoch = Instant::now();
    let deadline = epoch + cfg.timeout;
    let expected = (cfg.senders * cfg.messages) as u64;
    let mut connecting = std::pin::pin!(futures_util::stream::iter(0..cfg.clients)
        .map(|_| connect(&cfg.url, cfg.protocol, None, None))
        .buffered(cfg.connect_concurrency.max(1)));
    let mut sinks = Vec::new();
    let mut receivers = Vec::new();
    // Each client starts reading as soon as it is connected, not once all are: while a
    // thousand clients join, each join is announced to everyone already in the room,
    // and a client nobody reads from fills its socket and then its queue on the
    // server, which evicts it as slow (that made the 1,000-client test flaky).
    let mut i = 0;
    while let Some(result) = connecting.next().await {
        let socket = result.map_err(|e| format!("client {i}: {e}"))?;
        let (sink, stream) = socket.split();
        if i < cfg.senders {
            sinks.push(sink);
        }
        // Non-senders' sinks are dropped here; their connections stay open because the
        // stream half keeps the socket.
        receivers.push(tokio::spawn(receive(
            stream,
            cfg.protocol,
            cfg.senders,
            expected,
            epoch,
            deadline,
        )));
        i += 1;
    }
    let mut slow = Vec::new();
    for i in 0..cfg.slow {
        // 4 KiB asks for the smallest buffer the kernel allows.
        let socket = connect(&cfg.url, cfg.protocol, None, Some(4096))
            .await
            .map_err(|e| format!("slow client {i}: {e}"))?;
        slow.push(socket);
    }
    Ok(Fleet {
        epoch,
        deadline,
        sinks,
        receivers,
        finished: Vec::new(),
        _slow: slow,
        connect_time: epoch.elapsed(),
    })
}

/// Sends every message, waits for the receivers (until all is delivered or the run's
/// deadline) and measures. The connections stay open (drop the fleet to close them).
pub async fn send_and_measure(fleet: &mut Fleet, cfg: &LoadConfig) -> LoadReport {
    let (epoch, deadline, connect_time) = (fleet.epoch, fleet.deadline, fleet.connect_time);
    let sinks = std::mem::take(&mut fleet.sinks);
    let receivers = std::mem::take(&mut fleet.receivers);
    let _ = tokio::time::timeout_at(deadline, tokio::time::sleep(cfg.settle)).await;
    let senders = sinks.len();
    let start = Instant::now();
    let send_tasks: Vec<JoinHandle<(u64, u64)>> = sinks
        .into_iter()
        .enumerate()
        .map(|(s, mut sink)| {
            let cfg = cfg.clone();
            tokio::spawn(async move {
                // Spread the senders over one interval so they do not all fire at once.
                let offset = cfg.interval.mul_f64(s as f64 / senders.max(1) as f64);
                let mut sent = 0;
                let mut first_us = u64::MAX;
                for seq in 0..cfg.messages {
                    sleep_until(start + offset + cfg.interval * seq as u32).await;
                    if Instant::now() >= deadline {
                        break;
                    }
                    let sent_us = epoch.elapsed().as_micros() as u64;
                    first_us = first_us.min(sent_us);
                    let text = payload(s, seq, sent_us, cfg.pad);
                    let frame = match cfg.protocol {
                        Protocol::Plain => text,
                        Protocol::Json => crate::protocol::Request::Say {
                            room: cfg.room.clone(),
                            text,
                        }
                        .to_json(),
                    };
                    if timeout_at(deadline, sink.send(Message::text(frame)))
                        .await
                        .map_or(true, |r| r.is_err())
                    {
                        break;
                    }
                    sent += 1;
                }
                // The sink is dropped here; the receiver's stream half keeps the
                // connection open until it has seen everything.
                (sent, first_us)
            })
        })
        .collect();
    let mut messages_sent = 0;
    let mut first_us = u64::MAX;
    for task in send_tasks {
        if let Ok((sent, first)) = task.await {
            messages_sent += sent;
            first_us = first_us.min(first);
        }
    }
    let expected_each = (cfg.senders * cfg.messages) as u64;
    let mut report = LoadReport {
        clients: cfg.clients,
        senders,
        messages_sent,
        expected: expected_each * cfg.clients as u64,
        connect_time,
        ..LoadReport::default()
    };
    let mut latencies = Vec::new();
    let mut last_us = 0;
    for task in receivers {
        let Ok((got, stream)) = task.await else {
            report.closed_early += 1;
            report.incomplete_clients += 1;
            continue;
        };
        fleet.finished.push(stream);
        report.delivered += got.count;
        report.order_violations += got.order_violations;
        report.error_events += got.error_events;
        report.closed_early += usize::from(got.closed_early);
        report.incomplete_clients += usize::from(got.count < expected_each);
        last_us = last_us.max(got.last_us);
        latencies.extend(got.latencies_us);
    }
    let elapsed_us = last_us.saturating_sub(first_us.min(last_us));
    report.elapsed = Duration::from_micros(elapsed_us);
    report.deliveries_per_sec = if elapsed_us > 0 {
        report.delivered as f64 * 1e6 / elapsed_us as f64
    } else {
        0.0
    };
    report.latency = Percentiles::of(&mut latencies);
    report
}

/// [`connect_fleet`], [`send_and_measure`], then close every connection.
pub async fn run(cfg: &LoadConfig) -> Result<LoadReport, String> {
    let mut fleet = connect_fleet(cfg).await?;
    Ok(send_and_measure(&mut fleet, cfg).await)
}

/// Raises this process's open-files limit (soft) towards `want`, up to the hard limit;
/// returns the soft limit now in force. 10,000 connections need more than the usual
/// 1024 descriptors.
// `rlim_t` is u64 on Linux but not everywhere: keep the casts.
#[allow(clippy::unnecessary_cast)]
pub fn raise_open_files_limit(want: u64) -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit only read and write the struct we pass.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return 0;
        }
        if limit.rlim_cur < want as libc::rlim_t {
            let raised = libc::rlimit {
                rlim_cur: (want as libc::rlim_t).min(limit.rlim_max),
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit = raised;
            }
        }
    }
    limit.rlim_cur as u64
}

/// A process's resident memory in KiB (`VmRSS` in `/proc/<pid>/status`).
pub fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_parse_back_in_both_protocols() {
        let text = payload(3, 17, 123456, 5);
        assert_eq!(parse_line(&text, Protocol::Plain), Some((3, 17, 123456)));
        let event = crate::protocol::Event::Message {
            room: "lobby".into(),
            id: 9,
            nick: r#"a "text":"L|9|9|9|"#.into(),
            text,
            ts: 1,
        };
        assert_eq!(
            parse_line(&event.to_json(), Protocol::Json),
            Some((3, 17, 123456))
        );
        assert_eq!(parse_line(r#"{"type":"joined"}"#, Protocol::Json), None);
    }

    #[test]
    fn percentiles() {
        let mut v: Vec<u32> = (1..=100).rev().collect();
        let p = Percentiles::of(&mut v);
        assert_eq!((p.p50, p.p90, p.p99, p.max), (51, 91, 100, 100));
        assert_eq!(Percentiles::of(&mut []), Percentiles::default());
    }
}
