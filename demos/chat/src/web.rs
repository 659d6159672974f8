//! The HTTP side: which URL does what.
//!
//! * `/ws` — the chat (gorilla's `serveWs`): Origin check, then the upgrade. Asking for
//!   the `syncscope.chat.v1` subprotocol selects the JSON protocol; no subprotocol means
//!   gorilla's plain protocol.
//! * `/hub/stats` — Server-Sent Events, one `stats` event per hub snapshot.
//! * `/chat-plain.html` — a tiny page that speaks the plain protocol the way gorilla's
//!   home.html does, to check it by hand.
//! * everything else — the built book, as static files (tower-http's `ServeDir`), so one
//!   port gives the book and the live chat. Compressed (gzip or brotli, whichever the
//!   browser prefers: tower-http's `CompressionLayer`) and with caching headers
//!   ([`cache_control`]): mdBook's fingerprinted files (`book-a1b2c3d4.js`) are cached
//!   for good, everything else revalidates (a `304` when unchanged). A path no file can
//!   have (over 4,096 bytes, or a segment over 255: Linux's limits) is a `4xx`, never
//!   the `500` that the file system's "name too long" used to become.
//!
//! Every response carries [`SERVER_HEADER`]: the book's chat widget reads it (with a `HEAD`
//! of its own page) to learn that this page came from a chat server, so it connects to
//! `/ws` here; a page from a static host has no such header and the widget stays offline
//! without a failed connection attempt.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use futures_util::Stream;
use tokio::sync::watch;
use tokio_util::task::TaskTracker;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tracing::warn;

use crate::config::Config;
use crate::conn::{self, ConnContext};
use crate::hub::HubHandle;
use crate::origin;
use crate::protocol::{Protocol, SUBPROTOCOL};
use crate::stats::HubStats;

/// The response header that says "this page came from syncscope-chat"; its value is the
/// JSON protocol's subprotocol name.
pub const SERVER_HEADER: &str = "x-syncscope-chat";

/// The page served at `/chat-plain.html`.
pub const PLAIN_PAGE: &str = include_str!("../static/chat-plain.html");

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub hub: HubHandle,
    pub stats: watch::Receiver<Arc<HubStats>>,
    pub tracker: TaskTracker,
    pub next_id: Arc<AtomicU64>,
}

/// The whole site.
pub fn router(state: AppState) -> Router {
    // Compression only where it pays: the book's files. Not `/ws` (a 101 has no body)
    // nor `/hub/stats` (an event stream must not sit in a compressor's buffer).
    let book = Router::new()
        .fallback(serve_book)
        .layer(CompressionLayer::new())
        .with_state(state.clone());
    Router::new()
        .route("/ws", get(chat_socket))
        .route("/hub/stats", get(hub_stats))
        .route("/chat-plain.html", get(|| async { Html(PLAIN_PAGE) }))
        .fallback_service(book)
        .layer(axum::middleware::map_response(mark_response))
        .with_state(state)
}

/// Longest request path the book server looks up, in bytes (Linux's `PATH_MAX`).
pub const MAX_PATH_BYTES: usize = 4096;
/// Longest path segment that can name a file, in bytes (Linux's `NAME_MAX`).
pub const MAX_SEGMENT_BYTES: usize = 255;

/// The book's files: `ServeDir`, with our own answer to the errors it would turn into a
/// `500` (a name too long for the file system is "no such file", not a server fault) and
/// with [`cache_control`].
async fn serve_book(State(state): State<AppState>, request: Request) -> Response {
    let path = request.uri().path();
    if path.len() > MAX_PATH_BYTES {
        return (StatusCode::URI_TOO_LONG, "URI Too Long\n").into_response();
    }
    if path
        .split('/')
        .any(|segment| segment.len() > MAX_SEGMENT_BYTES)
    {
        return (StatusCode::NOT_FOUND, "Not Found\n").into_response();
    }
    let cache = cache_control(path);
    match ServeDir::new(&state.config.book).try_call(request).await {
        Ok(response) => {
            let mut response = response.map(Body::new);
            if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
                response
                    .headers_mut()
                    .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            }
            response
        }
        Err(err) if is_missing(&err) => (StatusCode::NOT_FOUND, "Not Found\n").into_response(),
        Err(err) => {
            warn!(%err, "could not read a book file");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "could not read the file\n",
            )
                .into_response()
        }
    }
}

/// Errors that mean "there is no such file" to a reader of the book.
fn is_missing(err: &std::io::Error) -> bool {
    use std::io::ErrorKind;
    matches!(
        err.kind(),
        ErrorKind::NotFound
            | ErrorKind::PermissionDenied
            | ErrorKind::NotADirectory
            | ErrorKind::IsADirectory
            | ErrorKind::InvalidFilename
            | ErrorKind::InvalidInput
    )
}

/// `Cache-Control` for a book path. mdBook puts a hash of a file's contents in the names
/// of the files it fingerprints (`book-a1b2c3d4.js`, `chrome-0f1e2d3c.css`): a new build
/// gives a new name, so such a file can be kept for good. Anything else (the HTML pages,
/// files copied as they are) may change under the same name: `no-cache` makes the
/// browser ask each time, and an unchanged file costs a `304` with no body.
pub fn cache_control(path: &str) -> &'static str {
    if is_fingerprinted(path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// Whether the last segment looks like `name-<8 or more hex digits>.ext` (and is not a
/// page: HTML always revalidates).
fn is_fingerprinted(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or("");
    let Some((stem, ext)) = file.rsplit_once('.') else {
        return false;
    };
    if ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("htm") {
        return false;
    }
    let Some((_, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    hash.len() >= 8 && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Adds [`SERVER_HEADER`] to a response.
async fn mark_response(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(SERVER_HEADER, HeaderValue::from_static(SUBPROTOCOL));
    response
}

/// `/ws`: refuse foreign origins (403, before any upgrade), pick the protocol, then hand
/// the socket to [`conn::start`].
async fn chat_socket(
    State(state): State<AppState>,
    ConnectInfo(remote): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    if !origin::allowed(&headers, &state.config.allowed_origins) {
        warn!(%remote, origin = ?headers.get(header::ORIGIN), "refused WebSocket: foreign origin");
        return (StatusCode::FORBIDDEN, "Forbidden: origin not allowed\n").into_response();
    }
    let config = &state.config;
    let upgrade = upgrade
        // Echoed back only when the client asked for it.
        .protocols([SUBPROTOCOL])
        // gorilla: SetReadLimit(maxMessageSize). A frame can't be bigger than a message.
        .max_message_size(config.max_message_size)
        .max_frame_size(config.max_message_size)
        .read_buffer_size(config.read_buffer_size)
        .write_buffer_size(config.write_buffer_size);
    let protocol = if upgrade.selected_protocol().is_some() {
        Protocol::Json
    } else {
        Protocol::Plain
    };
    let ctx = ConnContext {
        id: state.next_id.fetch_add(1, Ordering::Relaxed),
        protocol,
        remote,
        config: state.config.clone(),
        hub: state.hub.clone(),
        tracker: state.tracker.clone(),
    };
    upgrade
        .on_failed_upgrade(move |err| warn!(%remote, %err, "WebSocket upgrade failed"))
        .on_upgrade(move |socket| conn::start(socket, ctx))
}

/// `/hub/stats`: the hub's snapshots as Server-Sent Events, the current one first. Ends
/// after the shutdown snapshot (or when the hub is gone). Same origin rule as `/ws`;
/// allowed cross-origin readers get a CORS header so an `EventSource` may read it.
async fn hub_stats(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if !origin::allowed(&headers, &state.config.allowed_origins) {
        return (StatusCode::FORBIDDEN, "Forbidden: origin not allowed\n").into_response();
    }
    let mut response = Sse::new(snapshots(state.stats.clone()))
        .keep_alive(KeepAlive::default())
        .into_response();
    if let Some(origin) = headers.get(header::ORIGIN) {
        let h = response.headers_mut();
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin.clone());
        h.insert(header::VARY, HeaderValue::from_static("Origin"));
    }
    response
}

/// The watch channel as a stream of SSE events: the current snapshot, then each newer
/// one (a slow reader skips to the newest, it never holds the hub up).
fn snapshots(
    rx: watch::Receiver<Arc<HubStats>>,
) -> impl Stream<Item = Result<SseEvent, Infallible>> {
    futures_util::stream::unfold((rx, true, false), |(mut rx, first, ended)| async move {
        if ended || (!first && rx.changed().await.is_err()) {
            return None;
        }
        let snapshot = rx.borrow_and_update().clone();
        let event = SseEvent::default().event("stats").data(snapshot.to_json());
        Some((Ok(event), (rx, false, snapshot.shutting_down)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_fingerprinted_assets_are_immutable() {
        let immutable = "public, max-age=31536000, immutable";
        assert_eq!(cache_control("/book-a1b2c3d4.js"), immutable);
        assert_eq!(cache_control("/css/chrome-0F1E2D3C.css"), immutable);
        assert_eq!(cache_control("/index.html"), "no-cache");
        assert_eq!(cache_control("/mutex-deadbeef.html"), "no-cache");
        assert_eq!(
            cache_control("/generated/syncscope_web_bg.wasm"),
            "no-cache"
        );
        assert_eq!(cache_control("/fonts/open-sans-v17.woff2"), "no-cache");
        assert_eq!(cache_control("/"), "no-cache");
    }
}
