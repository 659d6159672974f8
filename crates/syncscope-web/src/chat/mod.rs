//! The live chat of the hub chapter: a client for the `syncscope-chat` server
//! (`demos/chat`) and a live inspector of its hub.
//!
//! The chapter places `<div class="chat-widget" data-fallback="#…">` in the page; the loader
//! (`theme/gosim-loader.js`) calls [`mount_chat`] on it. Without a chat server (a static copy
//! of the book, or the server down) the widget says so and links to the in-page hub, a Go
//! program running in the engine like any other live block.
//!
//! Modules: [`protocol`] (the JSON protocol), [`state`] (the conversation), [`stats`] (the
//! hub's snapshots), [`backoff`] (when to reconnect), [`address`] (server URLs) are pure and
//! tested natively; [`view`] draws with Yew (its escaping is tested natively too); `app` is
//! the component.

pub mod address;
mod app;
pub mod backoff;
pub mod protocol;
pub mod state;
pub mod stats;
pub mod view;

use wasm_bindgen::prelude::*;

/// Starts the chat in `element`, a `.chat-widget` placeholder (once; a second call does
/// nothing). `data-fallback` names the in-page hub to point to when there is no server.
#[cfg_attr(feature = "chat", wasm_bindgen)]
pub fn mount_chat(element: web_sys::Element) -> Result<(), JsValue> {
    if crate::has_root(&element, ":scope > .chat-root") {
        return Ok(());
    }
    let fallback = element
        .get_attribute("data-fallback")
        .unwrap_or_else(|| "#the-hub-in-your-browser".to_string());
    let root = crate::append_root(&element, "chat-root")?;
    let props = app::Props {
        fallback: fallback.into(),
    };
    yew::Renderer::<app::ChatApp>::with_root_and_props(root, props).render();
    Ok(())
}
