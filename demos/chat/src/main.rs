//! `syncscope-chat`: the book and the live chat on one port (gorilla's main.go).
//!
//! Parses the flags ([`syncscope_chat::config::Cli`]), starts the server, tells the
//! teacher which address to give students, and on Ctrl-C (or SIGTERM, which is what a
//! supervisor such as `cargo xtask serve` sends) shuts down gracefully: every client gets
//! what was queued for it, then a 1001 close frame.

use std::process::ExitCode;

use clap::Parser;
use syncscope_chat::config::Cli;
use syncscope_chat::{lan, load, server};
use tracing::{info, warn};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let config = match Cli::parse().into_config() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("syncscope-chat: {err}");
            return ExitCode::from(2);
        }
    };
    // A classroom is thirty sockets; a load test is thousands. Ask for room.
    load::raise_open_files_limit(65_536);
    if !config.book.join("index.html").is_file() {
        warn!(
            book = %config.book.display(),
            "no built book here (no index.html): build it first (mdbook build); /ws, /hub/stats and /chat-plain.html work anyway"
        );
    }
    let server = match server::start(config).await {
        Ok(server) => server,
        Err(err) => {
            eprintln!("syncscope-chat: cannot start: {err}");
            return ExitCode::FAILURE;
        }
    };
    let addr = server.addr();
    if addr.ip().is_unspecified() {
        let addresses = lan::ipv4_addresses();
        if addresses.is_empty() {
            info!("listening on every interface, port {}", addr.port());
        }
        for (interface, ip) in addresses {
            info!(%interface, "students open http://{ip}:{}/", addr.port());
        }
    } else {
        info!("open http://{addr}/ (chat test page: http://{addr}/chat-plain.html)");
    }
    wait_for_stop_signal().await;
    info!("stopping: draining queues, sending close frames (1001)");
    let report = server.shutdown().await;
    if report.drained {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

async fn wait_for_stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
