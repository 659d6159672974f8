//! Starting and stopping the whole server: listener, hub task, HTTP service.
//!
//! [`start`] returns a [`RunningServer`] at once (tests bind `127.0.0.1:0` and read the
//! port from it); [`RunningServer::shutdown`] is the graceful stop that Ctrl-C triggers
//! in `main`:
//!
//! 1. stop accepting connections (hyper's graceful shutdown; plain HTTP requests in
//!    flight finish),
//! 2. the hub takes in what is already in its channels, then closes every client queue
//!    with reason 1001 ([`crate::hub`]),
//! 3. each write task sends what is left in its queue, then a 1001 close frame,
//! 4. wait for every connection task, at most `shutdown_timeout` in all.
//!
//! Upgraded WebSocket connections are not tracked by hyper's graceful shutdown (they
//! leave hyper once upgraded), which is why connection tasks run on our own
//! `TaskTracker`.

use std::io;
use std::net::SocketAddr;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::http::Request;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio::time::{timeout_at, Instant};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{debug, info, warn};

use crate::config::Config;
use crate::hub;
use crate::stats::HubStats;
use crate::web::{self, AppState};

/// A server that is accepting connections.
pub struct RunningServer {
    addr: SocketAddr,
    shutdown: CancellationToken,
    stats: watch::Receiver<Arc<HubStats>>,
    tracker: TaskTracker,
    hub_task: JoinHandle<()>,
    serve_task: JoinHandle<io::Result<()>>,
    shutdown_timeout: Duration,
}

/// How a graceful shutdown went.
#[derive(Debug, Clone, Copy)]
pub struct ShutdownReport {
    /// Every connection task ended (queues drained, close frames sent) in time.
    pub drained: bool,
    pub elapsed: Duration,
}

/// Binds `config.addr`, starts the hub and the HTTP service.
pub async fn start(config: Config) -> io::Result<RunningServer> {
    config
        .validate()
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let listener = TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    let shutdown_timeout = config.shutdown_timeout;
    let send_buffer = config.tcp_send_buffer;
    let config = Arc::new(config);
    let shutdown = CancellationToken::new();

    let (hub, inbox, handle, stats) = hub::new(config.clone());
    let hub_task = tokio::spawn(hub.run(inbox, shutdown.clone()));

    let tracker = TaskTracker::new();
    let header_read_timeout = config.header_read_timeout;
    let app = web::router(AppState {
        config,
        hub: handle,
        stats: stats.clone(),
        tracker: tracker.clone(),
        next_id: Arc::new(AtomicU64::new(1)),
    });
    let signal = shutdown.clone();
    let serve_task = tokio::spawn(accept_loop(
        listener,
        app,
        ConnSettings {
            send_buffer,
            header_read_timeout,
        },
        signal,
    ));
    info!(%addr, "listening");
    Ok(RunningServer {
        addr,
        shutdown,
        stats,
        tracker,
        hub_task,
        serve_task,
        shutdown_timeout,
    })
}

/// What every accepted connection is set up with.
#[derive(Debug, Clone, Copy)]
struct ConnSettings {
    send_buffer: Option<usize>,
    header_read_timeout: Duration,
}

/// Accepts connections until `stop` is cancelled and serves each with hyper's HTTP/1
/// (upgrades allowed, for `/ws`), then waits for plain HTTP requests in flight.
///
/// This is what `axum::serve` does, plus a timer: hyper's `header_read_timeout` only
/// works with one, and `axum::serve` sets none, so a client that sent its headers a byte
/// at a time kept its connection (and a file descriptor) for as long as it liked.
async fn accept_loop(
    listener: TcpListener,
    app: axum::Router,
    settings: ConnSettings,
    stop: CancellationToken,
) -> io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(settings.header_read_timeout);
    // Plain HTTP connections (not the upgraded ones, see the module docs).
    let connections = TaskTracker::new();
    loop {
        let (tcp, remote) = tokio::select! {
            _ = stop.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Out of file descriptors, say: not fatal, but do not spin on it.
                    warn!(%err, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        // Chat frames are small and latency matters more than packing: no Nagle delay.
        let _ = tcp.set_nodelay(true);
        if let Some(bytes) = settings.send_buffer {
            set_send_buffer(&tcp, bytes);
        }
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: Request<Incoming>| {
            // What `into_make_service_with_connect_info` does: handlers read the peer
            // address from the request's extensions.
            request.extensions_mut().insert(ConnectInfo(remote));
            let mut app = app.clone();
            async move { tower_service::Service::call(&mut app, request).await }
        });
        let connection = http
            .serve_connection(TokioIo::new(tcp), service)
            .with_upgrades();
        let stop = stop.clone();
        connections.spawn(async move {
            tokio::pin!(connection);
            let ended = tokio::select! {
                ended = connection.as_mut() => ended,
                _ = stop.cancelled() => {
                    // Finish the request in flight (if any), then close; an upgraded
                    // connection has already left hyper and is unaffected.
                    connection.as_mut().graceful_shutdown();
                    connection.await
                }
            };
            if let Err(err) = ended {
                debug!(%remote, %err, "HTTP connection ended with an error");
            }
        });
    }
    drop(listener);
    connections.close();
    connections.wait().await;
    Ok(())
}

/// `SO_SNDBUF` on an accepted socket (see [`Config::tcp_send_buffer`]).
fn set_send_buffer(tcp: &tokio::net::TcpStream, bytes: usize) {
    use std::os::fd::AsRawFd;
    let value = libc::c_int::try_from(bytes).unwrap_or(libc::c_int::MAX);
    // SAFETY: setsockopt reads `size_of::<c_int>()` bytes from a live local; the file
    // descriptor belongs to `tcp`, which outlives the call.
    let rc = unsafe {
        libc::setsockopt(
            tcp.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_SNDBUF,
            (&value as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    if rc != 0 {
        warn!(err = %io::Error::last_os_error(), "could not set SO_SNDBUF");
    }
}

impl RunningServer {
    /// The address actually bound (the real port when `config.addr` had port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `ws://addr/ws`.
    pub fn ws_url(&self) -> String {
        format!("ws://{}/ws", self.addr)
    }

    /// The newest hub snapshot.
    pub fn stats(&self) -> Arc<HubStats> {
        self.stats.borrow().clone()
    }

    /// A receiver of hub snapshots (what `/hub/stats` streams).
    pub fn stats_receiver(&self) -> watch::Receiver<Arc<HubStats>> {
        self.stats.clone()
    }

    /// Waits (at most `limit`) for a snapshot that satisfies `pred`.
    pub async fn wait_for_stats(
        &self,
        limit: Duration,
        pred: impl Fn(&HubStats) -> bool,
    ) -> Option<Arc<HubStats>> {
        let mut rx = self.stats.clone();
        let found = tokio::time::timeout(limit, rx.wait_for(|s| pred(s))).await;
        match found {
            Ok(Ok(s)) => Some(s.clone()),
            _ => None,
        }
    }

    /// A token that, when cancelled, starts the graceful shutdown (as Ctrl-C does).
    pub fn shutdown_token(&self) -> CancellationToken {
        self.shutdown.clone()
    }

    /// Graceful shutdown (see the module docs), bounded by `shutdown_timeout`.
    pub async fn shutdown(self) -> ShutdownReport {
        let started = Instant::now();
        let deadline = started + self.shutdown_timeout;
        self.shutdown.cancel();
        // The hub closes every queue with 1001 and returns at once.
        let _ = timeout_at(deadline, self.hub_task).await;
        self.tracker.close();
        let drained = timeout_at(deadline, self.tracker.wait()).await.is_ok();
        if !drained {
            warn!(
                left = self.tracker.len(),
                "shutdown timeout: some connections did not finish"
            );
        }
        match timeout_at(deadline, self.serve_task).await {
            Ok(Ok(Err(err))) => warn!(%err, "HTTP server stopped with an error"),
            Err(_) => warn!("HTTP side did not finish in time"),
            _ => {}
        }
        let report = ShutdownReport {
            drained,
            elapsed: started.elapsed(),
        };
        info!(?report, "shut down");
        report
    }
}
