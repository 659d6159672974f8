//! What the server's test files share: a loopback test server and a plain client, and
//! the lock that keeps tests which load the CPU or measure time from running at once.
//! Each test file says `mod support;` (Cargo builds every file in `tests/` as its own
//! crate), so a helper one file leaves unused is not dead code there.
#![allow(dead_code)]

use std::time::Duration;

use syncscope_chat::load::{self, ClientSocket};
use syncscope_chat::protocol::Protocol;
use syncscope_chat::{Config, RunningServer};

/// Tests that load the CPU (1,000 clients, timed rounds) or measure time (the pong
/// deadline, latency percentiles) take this lock, so they never run at the same time as
/// each other: one would skew the other's timings. (A tokio mutex works across the
/// tests' separate runtimes.)
pub static EXCLUSIVE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A test server: loopback, free port, no rate limit unless a test sets one.
pub fn config() -> Config {
    Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        rate_per_sec: 0.0,
        shutdown_timeout: Duration::from_secs(5),
        ..Config::default()
    }
}

pub async fn start(config: Config) -> RunningServer {
    syncscope_chat::start(config).await.expect("server starts")
}

/// A client of gorilla's plain protocol (one line per message).
pub async fn plain_client(server: &RunningServer) -> ClientSocket {
    load::connect(&server.ws_url(), Protocol::Plain, None, None)
        .await
        .expect("plain client connects")
}
