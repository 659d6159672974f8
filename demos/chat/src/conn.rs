//! One WebSocket connection: a read task and a write task, gorilla's readPump and
//! writePump (client.go).
//!
//! | gorilla (Go)                                  | here (Rust)                                 |
//! |-----------------------------------------------|---------------------------------------------|
//! | `serveWs`: upgrade, register, `go` both pumps | [`start`]: split, register, spawn both tasks |
//! | `readPump`, the only reader                   | [`read_pump`], owns the stream half         |
//! | `writePump`, the only writer                  | [`write_pump`], owns the sink half          |
//! | `SetReadLimit(maxMessageSize)`                | tungstenite's `max_message_size`; 1009      |
//! | gorilla's close codes 1007, 1002              | read errors mapped in [`close_code_for`]    |
//! | answering the peer's close frame              | one more poll flushes tungstenite's answer  |
//! | `SetReadDeadline(now+pongWait)`, pong resets  | `timeout_at(deadline)`, a pong moves it     |
//! | `ticker := time.NewTicker(pingPeriod)`        | `interval(ping_period)` in the write task   |
//! | `SetWriteDeadline(now+writeWait)`             | `timeout(write_wait, sink.send(..))`        |
//! | `n := len(c.send)`: drain into one frame      | `queue.len()`: drain into one frame, `\n`   |
//! | `c.hub.broadcast <- message` (may wait)       | `hub.broadcast.send(..).await` (may wait)   |
//! | readPump's defer: unregister, `conn.Close()`  | unregister, then wake the write task        |
//! | writePump's defer: `conn.Close()`             | dropping the sink and waking the read task  |
//!
//! One writer: the write task is the only code that writes frames, pings and close
//! frames included (gorilla's chat also sends pings from writePump; the many "concurrent
//! write to websocket connection" panics people report come from a second writer). The
//! one thing written from elsewhere is tungstenite's automatic reply to a client's ping,
//! which it sends from inside the shared, locked stream, never concurrently.
//!
//! Closing: the two tasks hold the two halves of the socket, so the TCP connection
//! closes when both have ended. Each task wakes the other when it ends (two cancellation
//! tokens), which is what `conn.Close()` does to the other pump in Go.

use std::fmt::Display;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket};
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use tokio::sync::mpsc;
use tokio::time::{interval_at, timeout, timeout_at, Instant, MissedTickBehavior};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{debug, info};

use crate::config::Config;
use crate::hub::{
    close_code, ClientId, CloseSlot, FromClient, HubHandle, Inbound, Registration, ToHub,
};
use crate::protocol::{gorilla_clean, parse_request, Protocol, Reject, Request};
use crate::ratelimit::TokenBucket;

/// Everything a new connection needs from the server.
pub struct ConnContext {
    pub id: ClientId,
    pub protocol: Protocol,
    pub remote: SocketAddr,
    pub config: Arc<Config>,
    pub hub: HubHandle,
    /// Both tasks are spawned here, so a graceful shutdown can wait for them.
    pub tracker: TaskTracker,
}

/// gorilla's `serveWs` after the upgrade: make the client's queue, register with the
/// hub, start both pumps.
pub async fn start(socket: WebSocket, ctx: ConnContext) {
    let ConnContext {
        id,
        protocol,
        remote,
        config,
        hub,
        tracker,
    } = ctx;
    info!(id, %remote, ?protocol, "connected");
    // gorilla: send: make(chan []byte, 256). The Sender goes to the hub, the Receiver to
    // the write task; nobody else ever holds either.
    let (send, queue) = mpsc::channel(config.send_queue);
    let close = CloseSlot::default();
    let reader_done = CancellationToken::new();
    let writer_done = CancellationToken::new();
    let slow = SlowKnob::default();
    let (sink, stream) = socket.split();

    tracker.spawn(write_pump(
        sink,
        queue,
        close.clone(),
        WriteTiming {
            ping_period: config.ping_period,
            write_wait: config.write_wait,
        },
        slow.clone(),
        reader_done.clone(),
        writer_done.clone(),
    ));
    let registration = Registration {
        id,
        protocol,
        send,
        close: close.clone(),
    };
    if hub.inbox.send(ToHub::Register(registration)).await.is_err() {
        // The hub has stopped: the server is shutting down. The Registration (and with
        // it the queue's only Sender) was dropped, so the write task closes with 1001.
        close.set(close_code::GOING_AWAY);
        reader_done.cancel();
        return;
    }
    tracker.spawn(read_pump(
        stream,
        ReadContext {
            id,
            protocol,
            config,
            hub,
            slow,
        },
        close,
        reader_done,
        writer_done,
    ));
}

/// The `slow` request's setting, shared by the read task (which sets it) and the write
/// task (which obeys it): milliseconds to wait before each message, 0 for none.
#[derive(Debug, Clone, Default)]
pub struct SlowKnob(Arc<AtomicU32>);

impl SlowKnob {
    pub fn set(&self, delay_ms: u32) {
        self.0.store(delay_ms, Ordering::Relaxed);
    }

    pub fn delay(&self) -> Duration {
        Duration::from_millis(u64::from(self.0.load(Ordering::Relaxed)))
    }
}

/// The write task's deadlines.
#[derive(Debug, Clone, Copy)]
pub struct WriteTiming {
    pub ping_period: Duration,
    pub write_wait: Duration,
}

/// gorilla's writePump: the only writer. Sends what the hub queues (batched), pings on
/// a timer, and the close frame at the end. Generic over the sink so unit tests can
/// watch the frames it produces.
pub async fn write_pump<S>(
    mut sink: S,
    mut queue: mpsc::Receiver<Utf8Bytes>,
    close: CloseSlot,
    timing: WriteTiming,
    slow: SlowKnob,
    reader_done: CancellationToken,
    writer_done: CancellationToken,
) where
    S: Sink<Message> + Unpin,
    S::Error: Display,
{
    // gorilla: defer conn.Close(). Ending this task wakes the read task, which then drops
    // its half of the socket.
    let _wake_reader = writer_done.drop_guard();
    let mut ping = interval_at(Instant::now() + timing.ping_period, timing.ping_period);
    ping.set_missed_tick_behavior(MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            message = queue.recv() => {
                let Some(first) = message else {
                    // gorilla: `if !ok { c.conn.WriteMessage(websocket.CloseMessage, ...) }`.
                    // The hub closed the queue; everything queued before has been sent.
                    send_close(&mut sink, close.get(), timing.write_wait).await;
                    return;
                };
                // Once the hub has closed the queue (evicted, shutdown) the knob is
                // off: what is left goes out at once, then the close frame.
                let delay = if close.get().is_none() { slow.delay() } else { Duration::ZERO };
                let frame = if delay.is_zero() {
                    batch(first, &mut queue)
                } else {
                    // "Make my client slow": one message per delay, no batching, so the
                    // queue fills up as a slow reader's would.
                    tokio::select! {
                        _ = tokio::time::sleep(delay) => {}
                        _ = reader_done.cancelled() => continue,
                    }
                    first
                };
                if !write(&mut sink, Message::Text(frame), timing.write_wait).await {
                    return;
                }
            }
            _ = ping.tick() => {
                if !write(&mut sink, Message::Ping(Default::default()), timing.write_wait).await {
                    return;
                }
            }
            _ = reader_done.cancelled() => {
                // The read side is over. If it left a reason (1009), send it; otherwise
                // the peer is gone or silent and there is nobody to say goodbye to.
                if let Some(code) = close.get() {
                    send_close(&mut sink, Some(code), timing.write_wait).await;
                }
                return;
            }
        }
    }
}

/// gorilla's batching: after taking one message, also take the ones already waiting
/// (`len(c.send)` of them, counted once, so a busy hub cannot keep this loop going) and
/// send them all as one text frame, separated by `\n`. Fewer frames and system calls
/// when a client falls behind; a single message is sent as it is, without copying.
pub fn batch(first: Utf8Bytes, queue: &mut mpsc::Receiver<Utf8Bytes>) -> Utf8Bytes {
    let waiting = queue.len();
    if waiting == 0 {
        return first;
    }
    let mut text = String::with_capacity(first.len() * (waiting + 1) + waiting);
    text.push_str(&first);
    for _ in 0..waiting {
        match queue.try_recv() {
            Ok(next) => {
                text.push('\n');
                text.push_str(&next);
            }
            Err(_) => break,
        }
    }
    Utf8Bytes::from(text)
}

/// One write with gorilla's write deadline; `false` means give up on the connection.
async fn write<S>(sink: &mut S, message: Message, write_wait: Duration) -> bool
where
    S: Sink<Message> + Unpin,
    S::Error: Display,
{
    match timeout(write_wait, sink.send(message)).await {
        Ok(Ok(())) => true,
        Ok(Err(err)) => {
            debug!(%err, "write failed");
            false
        }
        Err(_) => {
            debug!(?write_wait, "write deadline passed");
            false
        }
    }
}

/// The close frame: with a code when the server has a reason, empty (as gorilla's)
/// when it has none.
async fn send_close<S>(sink: &mut S, code: Option<u16>, write_wait: Duration)
where
    S: Sink<Message> + Unpin,
    S::Error: Display,
{
    let frame = code.map(|code| CloseFrame {
        code,
        reason: Utf8Bytes::from_static(match code {
            close_code::GOING_AWAY => "server shutting down",
            close_code::EVICTED => "too slow: send queue full",
            close_code::TOO_BIG => "message too big",
            close_code::INVALID_DATA => "text frame is not UTF-8",
            close_code::PROTOCOL_ERROR => "protocol error",
            _ => "",
        }),
    });
    write(sink, Message::Close(frame), write_wait).await;
}

/// What the read task needs besides the socket.
pub struct ReadContext {
    pub id: ClientId,
    pub protocol: Protocol,
    pub config: Arc<Config>,
    pub hub: HubHandle,
    pub slow: SlowKnob,
}

/// gorilla's readPump: the only reader. Enforces the pong deadline and the size limit,
/// applies the rate limit (plain clients are paced, JSON clients refused with an error),
/// turns frames into hub messages and passes them on.
pub async fn read_pump<St>(
    mut stream: St,
    ctx: ReadContext,
    close: CloseSlot,
    reader_done: CancellationToken,
    writer_done: CancellationToken,
) where
    St: Stream<Item = Result<Message, axum::Error>> + Unpin,
{
    let ReadContext {
        id,
        protocol,
        config,
        hub,
        slow,
    } = ctx;
    // gorilla: SetReadDeadline(time.Now().Add(pongWait)). Only a pong moves it: a client
    // that chats but never answers pings is still dropped.
    let mut deadline = Instant::now() + config.pong_wait;
    let mut bucket = TokenBucket::new(
        config.rate_per_sec,
        config.rate_burst,
        std::time::Instant::now(),
    );
    // One `rate_limited` error per burst of excess, not one per refused message.
    let mut told_rate_limited = false;
    loop {
        if protocol == Protocol::Plain && config.rate_per_sec > 0.0 {
            // Pacing (see `ratelimit`): over the rate, the next frame stays in the
            // socket until there is a token for it. The sender's TCP window fills and
            // its writes wait; nothing is dropped, and the room still sees at most
            // the rate.
            let wait = bucket.wait(std::time::Instant::now());
            if !wait.is_zero() {
                tokio::select! {
                    _ = writer_done.cancelled() => break,
                    _ = tokio::time::sleep(wait) => {}
                }
            }
        }
        let next = tokio::select! {
            _ = writer_done.cancelled() => break,
            next = timeout_at(deadline, stream.next()) => next,
        };
        let message = match next {
            Err(_) => {
                info!(id, "no pong within the pong wait: dropping");
                break;
            }
            Ok(None) => break,
            Ok(Some(Err(err))) => {
                // tungstenite reports what was wrong but sends no close frame for it;
                // the write task sends the code recorded here (RFC 6455 §7.4.1).
                if let Some(code) = close_code_for(err) {
                    info!(id, code, "protocol error: closing");
                    close.set(code);
                }
                break;
            }
            Ok(Some(Ok(message))) => message,
        };
        let text = match message {
            Message::Pong(_) => {
                // gorilla: SetPongHandler(... SetReadDeadline(now + pongWait)).
                deadline = Instant::now() + config.pong_wait;
                continue;
            }
            // tungstenite queues the pong reply by itself.
            Message::Ping(_) => continue,
            Message::Close(_) => {
                // RFC 6455 §5.5.1: answer the client's close frame. tungstenite has
                // already queued the answer (echoing the client's code); it goes out on
                // the stream's next poll, which then ends the stream. Without this poll
                // the answer was never flushed and browsers saw 1006, wasClean=false.
                let _ = timeout(config.write_wait, stream.next()).await;
                break;
            }
            Message::Text(text) => text,
            // gorilla's readPump does not look at the frame type, and its writePump sends
            // everything as text: binary that is UTF-8 is treated as text; other binary
            // cannot be sent on as text and is dropped (plain) or refused (JSON).
            Message::Binary(bytes) => match Utf8Bytes::try_from(bytes) {
                Ok(text) if protocol == Protocol::Plain => text,
                _ => {
                    if protocol == Protocol::Json {
                        let reject = Reject::new("binary_unsupported", "send text frames");
                        if !pass_on(&hub, id, Inbound::Reject(reject), &writer_done).await {
                            break;
                        }
                    }
                    continue;
                }
            },
        };
        // Plain clients were paced above, so they always find a token here (a plain
        // frame that arrived without one was still waiting in the socket).
        if !bucket.try_take(std::time::Instant::now()) && protocol == Protocol::Json {
            // Over the limit: refused with an `error` event, once per burst.
            if !told_rate_limited {
                told_rate_limited = true;
                let reject = Reject::new(
                    "rate_limited",
                    format!(
                        "slow down: {} messages per second, bursts of {}; messages over the limit are refused",
                        config.rate_per_sec, config.rate_burst
                    ),
                );
                if !pass_on(&hub, id, Inbound::Reject(reject), &writer_done).await {
                    break;
                }
            }
            continue;
        }
        told_rate_limited = false;
        let what = match protocol {
            Protocol::Plain => Inbound::Plain(gorilla_clean(&text)),
            Protocol::Json => match parse_request(&text) {
                Ok(request) => {
                    if let Request::Slow { delay_ms } = request {
                        slow.set(delay_ms);
                    }
                    Inbound::Request(request)
                }
                Err(reject) => Inbound::Reject(reject),
            },
        };
        if !pass_on(&hub, id, what, &writer_done).await {
            break;
        }
    }
    // gorilla's defer: c.hub.unregister <- c; c.conn.Close(). A send error means the hub
    // has already stopped (shutdown), which is fine. The same channel as the register
    // (sent before this task started), so the hub sees them in that order.
    let _ = hub.inbox.send(ToHub::Unregister(id)).await;
    reader_done.cancel();
    debug!(id, "read task done");
}

/// gorilla: `c.hub.broadcast <- message`. Waits while the hub's channel is full (the
/// back-pressure of Go's unbuffered send), unless the connection is closing.
async fn pass_on(
    hub: &HubHandle,
    id: ClientId,
    what: Inbound,
    writer_done: &CancellationToken,
) -> bool {
    tokio::select! {
        _ = writer_done.cancelled() => false,
        sent = hub.inbox.send(ToHub::From(FromClient { id, what })) => sent.is_ok(),
    }
}

/// The close code a read error deserves (RFC 6455 §7.4.1), or `None` when the peer is
/// gone (I/O error, reset) and there is nobody to tell: 1009 for a message over
/// `max_message_size` (gorilla's SetReadLimit), 1007 for a text frame that is not UTF-8,
/// 1002 for a broken frame (unmasked, reserved bits, bad opcode...).
fn close_code_for(err: axum::Error) -> Option<u16> {
    use tokio_tungstenite::tungstenite::Error as WsError;
    let err = err.into_inner().downcast::<WsError>().ok()?;
    match *err {
        WsError::Capacity(_) => Some(close_code::TOO_BIG),
        WsError::Utf8(_) => Some(close_code::INVALID_DATA),
        WsError::Protocol(_) => Some(close_code::PROTOCOL_ERROR),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::sink;

    #[test]
    fn batch_joins_what_is_waiting_with_newlines() {
        let (tx, mut rx) = mpsc::channel(8);
        for m in ["b", "c"] {
            tx.try_send(Utf8Bytes::from(m)).unwrap();
        }
        assert_eq!(batch(Utf8Bytes::from("a"), &mut rx).as_str(), "a\nb\nc");
        assert_eq!(batch(Utf8Bytes::from("d"), &mut rx).as_str(), "d");
    }

    /// The write task over a sink that records frames: queued messages come out as one
    /// batch, then the hub's close reason as a close frame.
    #[tokio::test(start_paused = true)]
    async fn write_pump_batches_pings_and_closes() {
        let (frames_tx, mut frames) = futures_channel_like();
        let (send, queue) = mpsc::channel(256);
        for m in ["one", "two", "three"] {
            send.try_send(Utf8Bytes::from(m)).unwrap();
        }
        let close = CloseSlot::default();
        let timing = WriteTiming {
            ping_period: Duration::from_secs(54),
            write_wait: Duration::from_secs(10),
        };
        let task = tokio::spawn(write_pump(
            frames_tx,
            queue,
            close.clone(),
            timing,
            SlowKnob::default(),
            CancellationToken::new(),
            CancellationToken::new(),
        ));
        assert_eq!(
            frames.recv().await,
            Some(Message::Text("one\ntwo\nthree".into()))
        );
        // Virtual time: the first ping goes out after the ping period.
        tokio::time::sleep(Duration::from_secs(55)).await;
        assert_eq!(frames.recv().await, Some(Message::Ping(Default::default())));
        close.set(close_code::GOING_AWAY);
        send.try_send(Utf8Bytes::from("last")).unwrap();
        drop(send);
        assert_eq!(frames.recv().await, Some(Message::Text("last".into())));
        match frames.recv().await {
            Some(Message::Close(Some(frame))) => assert_eq!(frame.code, 1001),
            other => panic!("expected a 1001 close, got {other:?}"),
        }
        task.await.unwrap();
    }

    /// A sink that forwards into an unbounded tokio channel.
    fn futures_channel_like() -> (
        impl Sink<Message, Error = String> + Unpin,
        mpsc::UnboundedReceiver<Message>,
    ) {
        let (tx, rx) = mpsc::unbounded_channel();
        let sink = sink::unfold(tx, |tx, message: Message| async move {
            tx.send(message).map_err(|e| e.to_string())?;
            Ok::<_, String>(tx)
        });
        (Box::pin(sink), rx)
    }
}
