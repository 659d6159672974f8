//! syncscope-chat: gorilla/websocket's chat example rebuilt on axum + tokio, as the
//! book's live demo. One process serves the built book at `/`, the chat at `/ws` (JSON
//! rooms and nicknames, or gorilla's plain protocol so its home.html works unchanged)
//! and the hub's live state at `/hub/stats`.
//!
//! Where gorilla's pieces live:
//! * hub.go `Hub`, `run` → [`hub`] (one task owns the clients; mpsc channels)
//! * client.go `readPump`, `writePump`, `serveWs` → [`conn`]
//! * main.go (`-addr`, routes) → [`web`], [`server`], `src/main.rs`
//! * home.html → `static/chat-plain.html` (our own page, same protocol)
//!
//! The rest: [`config`] (every constant, with gorilla's defaults), [`protocol`] (the two
//! wire protocols), [`origin`] (the handshake's Origin check), [`ratelimit`],
//! [`stats`] (the `/hub/stats` schema), [`load`] (the load generator and test client),
//! [`lan`] (which address to give students), [`saturate`] (the saturation search).

pub mod config;
pub mod conn;
pub mod hub;
pub mod lan;
pub mod load;
pub mod origin;
pub mod protocol;
pub mod ratelimit;
pub mod saturate;
pub mod server;
pub mod stats;
pub mod web;

pub use config::Config;
pub use server::{start, RunningServer, ShutdownReport};
