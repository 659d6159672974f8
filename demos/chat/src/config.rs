//! Every tunable of the server in one plain struct, [`Config`], and the command line that
//! fills it, [`Cli`].
//!
//! The defaults are gorilla/websocket's chat example's constants, so that the book can
//! say "same numbers": `writeWait` 10 s, `pongWait` 60 s, `pingPeriod` 54 s (nine
//! tenths of `pongWait`, so a ping always goes out before the peer's deadline),
//! `maxMessageSize` 512 bytes and a send buffer of 256 messages per client. Tests build a
//! `Config` directly (ping 200 ms, pong 400 ms, ...) instead of going through the CLI.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::Parser;

/// The server's settings. `Config::default()` is what `syncscope-chat` runs with when no
/// flag is given (except `addr`, which tests usually set to `127.0.0.1:0`).
#[derive(Debug, Clone)]
pub struct Config {
    /// Where to listen (gorilla's `-addr`). Port 0 picks a free port (tests).
    pub addr: SocketAddr,
    /// The built book, served as static files at `/`.
    pub book: PathBuf,
    /// How often the write task pings the peer (gorilla's `pingPeriod`).
    pub ping_period: Duration,
    /// How long the read task waits for the next pong before it gives up on the peer
    /// (gorilla's `pongWait`, the read deadline that only a pong pushes back).
    pub pong_wait: Duration,
    /// How long one write (a batch frame, a ping, a close) may take (gorilla's `writeWait`).
    pub write_wait: Duration,
    /// Largest message a client may send, in bytes; larger closes with 1009
    /// (gorilla's `maxMessageSize` / `SetReadLimit`).
    pub max_message_size: usize,
    /// Capacity of each client's send queue (gorilla's `make(chan []byte, 256)`).
    pub send_queue: usize,
    /// Origins allowed besides the same origin: full origins (`http://host:port`) or
    /// bare hosts (`host:port`), compared without regard to ASCII case.
    pub allowed_origins: Vec<String>,
    /// Messages per second a connection may send on average (token refill rate);
    /// 0 turns rate limiting off.
    pub rate_per_sec: f64,
    /// How many messages a connection may send in a burst (bucket size).
    pub rate_burst: u32,
    /// Upper bound on a graceful shutdown: queues drain and close frames go out within it.
    pub shutdown_timeout: Duration,
    /// The room everybody starts in; plain-protocol clients (gorilla's home.html) live
    /// only here.
    pub default_room: String,
    /// How many rooms one JSON client may be in at once.
    pub max_rooms_per_client: usize,
    /// How many clients `/hub/stats` lists one by one (the deepest queues first); the
    /// totals always count everybody.
    pub stats_max_clients: usize,
    /// Bytes tungstenite reserves for reading each connection. Small on purpose: chat
    /// messages are at most `max_message_size`, and idle connections should be cheap
    /// (gorilla's upgrader uses 1024).
    pub read_buffer_size: usize,
    /// Bytes tungstenite gathers before it writes to the socket (a frame is always
    /// flushed at once anyway, since the write task sends frame by frame).
    pub write_buffer_size: usize,
    /// The kernel send buffer (`SO_SNDBUF`) of each accepted socket, in bytes; `None`
    /// leaves Linux's autotuning, which on loopback grows to megabytes. Below the hub's
    /// queue sits this buffer: a client that stops reading is only noticed (its queue
    /// only starts to fill) once the kernel buffers are full, so a small value makes
    /// slow clients show up, and get evicted, sooner.
    pub tcp_send_buffer: Option<usize>,
    /// Rooms with more members than this get no `joined`/`left` events (`who` still
    /// works): presence costs one event per member per arrival, which for thousands of
    /// clients joining at once is a storm of millions of events. The default, 256, is
    /// one send queue: past that, an arrival burst can fill the queue of a member that
    /// has not started reading yet, and the hub evicts it (at 1,000 the 1,000-client
    /// test now and then saw up to an eighth of its clients evicted in the connect storm).
    pub presence_limit: usize,
    /// How long a client may take to send a request's headers; then the connection is
    /// closed. Without it, a client that sends headers a byte at a time holds a
    /// connection as long as it likes (slowloris).
    pub header_read_timeout: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 9999)),
            book: PathBuf::from("book"),
            ping_period: Duration::from_secs(54),
            pong_wait: Duration::from_secs(60),
            write_wait: Duration::from_secs(10),
            max_message_size: 512,
            send_queue: 256,
            allowed_origins: Vec::new(),
            rate_per_sec: 5.0,
            rate_burst: 10,
            shutdown_timeout: Duration::from_secs(5),
            default_room: "lobby".to_string(),
            max_rooms_per_client: 16,
            stats_max_clients: 200,
            read_buffer_size: 4096,
            write_buffer_size: 4096,
            tcp_send_buffer: None,
            presence_limit: 256,
            header_read_timeout: Duration::from_secs(10),
        }
    }
}

impl Config {
    /// Checks the relations between settings that would make the server misbehave.
    pub fn validate(&self) -> Result<(), String> {
        if self.ping_period >= self.pong_wait {
            // Gorilla's comment says the same: pings must be sent more often than the
            // peer's pong deadline, or every healthy client times out.
            return Err(format!(
                "ping period ({:?}) must be shorter than the pong wait ({:?})",
                self.ping_period, self.pong_wait
            ));
        }
        if self.header_read_timeout.is_zero() {
            return Err("the header timeout must be above zero".into());
        }
        if self.ping_period.is_zero() || self.write_wait.is_zero() {
            return Err("ping period and write wait must be above zero".into());
        }
        if self.send_queue == 0 {
            return Err("the send queue needs room for at least one message".into());
        }
        if self.max_message_size < 16 {
            return Err("a message limit under 16 bytes leaves no room for a JSON request".into());
        }
        if !(self.rate_per_sec >= 0.0 && self.rate_per_sec.is_finite()) {
            return Err("the rate must be a finite number, 0 or more".into());
        }
        if self.rate_per_sec > 0.0 && self.rate_burst == 0 {
            return Err("a rate limit needs a burst of at least 1".into());
        }
        if !crate::protocol::valid_room(&self.default_room) {
            return Err(format!("{:?} is not a valid room name", self.default_room));
        }
        Ok(())
    }
}

/// `syncscope-chat`'s command line. Durations take a unit: `54s`, `200ms`, `2m`
/// (a bare number means seconds).
#[derive(Debug, Parser)]
#[command(
    name = "syncscope-chat",
    version,
    about = "The syncscope chat demo: serves the built book at / and a hub-pattern chat at /ws",
    after_help = "Classroom on a LAN: syncscope-chat --addr 0.0.0.0:9999 --book book\n\
                  and give students http://<this machine's LAN address>:9999/"
)]
pub struct Cli {
    /// Address to listen on. Use 0.0.0.0:9999 to let other machines on the LAN in.
    #[arg(long, default_value = "127.0.0.1:9999")]
    pub addr: SocketAddr,
    /// Directory of the built book, served at /.
    #[arg(long, default_value = "book")]
    pub book: PathBuf,
    /// Send a ping this often (gorilla: pingPeriod).
    #[arg(long, default_value = "54s", value_parser = parse_duration)]
    pub ping_period: Duration,
    /// Drop a client that has not answered a ping within this time (gorilla: pongWait).
    #[arg(long, default_value = "60s", value_parser = parse_duration)]
    pub pong_wait: Duration,
    /// Give up on a write that takes longer than this (gorilla: writeWait).
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    pub write_wait: Duration,
    /// Largest message accepted, in bytes; larger closes the connection with 1009.
    #[arg(long, default_value_t = 512)]
    pub max_message_size: usize,
    /// Messages queued per client before the hub evicts it as too slow.
    #[arg(long, default_value_t = 256)]
    pub send_queue: usize,
    /// Also accept WebSocket handshakes whose Origin is this (repeat or comma-separate;
    /// `http://host:port` or `host:port`). Same-origin is always accepted.
    #[arg(long = "allow-origin", value_delimiter = ',')]
    pub allow_origin: Vec<String>,
    /// Average messages per second one connection may send (0 = no limit).
    #[arg(long, default_value_t = 5.0)]
    pub rate: f64,
    /// Messages one connection may send in a burst.
    #[arg(long, default_value_t = 10)]
    pub burst: u32,
    /// Longest a graceful shutdown (Ctrl-C) may take.
    #[arg(long, default_value = "5s", value_parser = parse_duration)]
    pub shutdown_timeout: Duration,
    /// The room everybody starts in (plain-protocol clients stay there).
    #[arg(long, default_value = "lobby")]
    pub default_room: String,
    /// Rooms one JSON client may be in at once.
    #[arg(long, default_value_t = 16)]
    pub max_rooms: usize,
    /// Clients listed one by one in /hub/stats (deepest queues first).
    #[arg(long, default_value_t = 200)]
    pub stats_max_clients: usize,
    /// Kernel send buffer per connection in bytes (default: the kernel's autotuning).
    /// Smaller makes a client that stops reading fill its queue, and be evicted, sooner.
    #[arg(long)]
    pub tcp_send_buffer: Option<usize>,
    /// Rooms bigger than this get no joined/left events (`who` still works).
    #[arg(long, default_value_t = 256)]
    pub presence_limit: usize,
    /// Close a connection whose request headers take longer than this to arrive.
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    pub header_timeout: Duration,
}

impl Cli {
    /// The validated [`Config`] these flags describe.
    pub fn into_config(self) -> Result<Config, String> {
        let config = Config {
            addr: self.addr,
            book: self.book,
            ping_period: self.ping_period,
            pong_wait: self.pong_wait,
            write_wait: self.write_wait,
            max_message_size: self.max_message_size,
            send_queue: self.send_queue,
            allowed_origins: self
                .allow_origin
                .into_iter()
                .map(|o| o.trim().to_string())
                .filter(|o| !o.is_empty())
                .collect(),
            rate_per_sec: self.rate,
            rate_burst: self.burst,
            shutdown_timeout: self.shutdown_timeout,
            default_room: self.default_room,
            max_rooms_per_client: self.max_rooms,
            stats_max_clients: self.stats_max_clients,
            tcp_send_buffer: self.tcp_send_buffer,
            presence_limit: self.presence_limit,
            header_read_timeout: self.header_timeout,
            ..Config::default()
        };
        config.validate()?;
        Ok(config)
    }
}

/// Parses `250ms`, `1.5s`, `2m`, `1h` or a bare number of seconds.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let value: f64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a duration (try 54s or 200ms)"))?;
    let seconds = match unit.trim() {
        "" | "s" => value,
        "ms" => value / 1000.0,
        "m" | "min" => value * 60.0,
        "h" => value * 3600.0,
        other => {
            return Err(format!(
                "unknown unit {other:?} in {text:?} (use ms, s, m or h)"
            ))
        }
    };
    Duration::try_from_secs_f64(seconds).map_err(|e| format!("{text:?}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_with_units() {
        assert_eq!(parse_duration("54s"), Ok(Duration::from_secs(54)));
        assert_eq!(parse_duration("200ms"), Ok(Duration::from_millis(200)));
        assert_eq!(parse_duration("1.5"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert!(parse_duration("fast").is_err());
        assert!(parse_duration("3 days").is_err());
    }

    #[test]
    fn defaults_are_gorillas_and_valid() {
        let c = Config::default();
        assert_eq!(c.ping_period, c.pong_wait * 9 / 10);
        assert_eq!((c.max_message_size, c.send_queue), (512, 256));
        assert_eq!(c.write_wait, Duration::from_secs(10));
        c.validate().unwrap();
    }

    #[test]
    fn ping_must_beat_the_pong_deadline() {
        let c = Config {
            ping_period: Duration::from_secs(60),
            ..Config::default()
        };
        assert!(c.validate().is_err());
    }

    #[test]
    fn cli_defaults_match_config_defaults() {
        let c = Cli::parse_from(["syncscope-chat"]).into_config().unwrap();
        let d = Config::default();
        assert_eq!(c.addr, d.addr);
        assert_eq!(c.ping_period, d.ping_period);
        assert_eq!(c.rate_per_sec, d.rate_per_sec);
        let c = Cli::parse_from([
            "x",
            "--allow-origin",
            "http://a:1,b:2",
            "--allow-origin",
            "c",
        ])
        .into_config()
        .unwrap();
        assert_eq!(c.allowed_origins, ["http://a:1", "b:2", "c"]);
    }
}
