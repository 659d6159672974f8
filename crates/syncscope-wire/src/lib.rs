//! The chat demo's wire format, defined once for both ends: the server (`demos/chat`) and
//! the browser client in the widget module (`crates/syncscope-web/src/chat`).
//!
//! - [`chat`]: the `syncscope.chat.v1` requests and events on `/ws`.
//! - [`stats`]: the hub snapshots on `/hub/stats`.
//! - [`json`]: the small JSON reader and writer under both (no serde: see its docs).
//! - [`number`]: fixed-point text of a number, for the chat's labels.
//!
//! The protocol's constants (subprotocol name, nickname and room limits) live in [`chat`]
//! and nowhere else.
//!
//! The text written is exactly what serde_json wrote for these types before (the server's
//! tests compare the two), so clients of either era understand each other.

pub mod chat;
pub mod json;
pub mod number;
pub mod stats;
