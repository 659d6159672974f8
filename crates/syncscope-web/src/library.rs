//! Loading the library packages the widget module leaves out (gosim's `lazy-library`
//! feature, see `gosim::library::lazy`): before compiling, the widget asks [`missing`] which
//! of a program's packages (with their imports) are not here, [`load`]s them from the files
//! `cargo xtask build` wrote beside the module (`generated/lib/<import path>.go`) and gives
//! them to the engine. Each file is fetched once per page, however many widgets need it
//! (a shared future per path); a failed fetch is forgotten, so the next Run tries again.
//!
//! Without the feature (native tests, the preprocessor) every package is embedded and
//! [`missing`] is always empty.

use std::cell::RefCell;
use std::collections::HashMap;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

type Fetch = Shared<LocalBoxFuture<'static, Result<String, String>>>;

thread_local! {
    /// Where the package files are (an absolute URL ending in `/`): the loader passes it
    /// in the placeholder's `data-lib`, since only it knows the site's root.
    static BASE: RefCell<Option<String>> = const { RefCell::new(None) };
    static FETCHES: RefCell<HashMap<&'static str, Fetch>> = RefCell::new(HashMap::new());
}

/// Remembers where the package files are (from a placeholder's `data-lib`).
pub fn set_base(url: Option<String>) {
    if let Some(url) = url.filter(|u| !u.is_empty()) {
        BASE.with(|b| *b.borrow_mut() = Some(url));
    }
}

/// Where the package files are, as [`set_base`] was told (for a worker's engine).
pub fn base() -> Option<String> {
    BASE.with(|b| b.borrow().clone())
}

/// The packages `src` needs that are not here yet, in dependency order.
pub fn missing(src: &str) -> Vec<&'static str> {
    gosim::library::missing(src)
}

/// Fetches `paths` (at most once each per page) and registers them with the engine. The
/// error names the first package that could not be fetched and why.
pub async fn load(paths: Vec<&'static str>) -> Result<(), String> {
    let fetches: Vec<(&'static str, Fetch)> = paths.iter().map(|&p| (p, fetch_once(p))).collect();
    let mut failed = None;
    for (path, fetch) in fetches {
        match fetch.await {
            Ok(text) => gosim::library::register(path, text),
            Err(e) => {
                FETCHES.with(|f| f.borrow_mut().remove(path));
                failed.get_or_insert(e);
            }
        }
    }
    failed.map_or(Ok(()), Err)
}

fn fetch_once(path: &'static str) -> Fetch {
    FETCHES.with(|f| {
        f.borrow_mut()
            .entry(path)
            .or_insert_with(|| fetch(path).boxed_local().shared())
            .clone()
    })
}

async fn fetch(path: &'static str) -> Result<String, String> {
    let base = BASE
        .with(|b| b.borrow().clone())
        .unwrap_or_else(|| "generated/lib/".into());
    let url = format!("{base}{path}.go");
    let failed = |why: &str| format!("the {path} package could not be loaded ({why})");
    let window = web_sys::window().ok_or_else(|| failed("no window"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| failed("the network request failed"))?
        .dyn_into()
        .map_err(|_| failed("no response"))?;
    if !response.ok() {
        return Err(failed(&format!("{url} answered {}", response.status())));
    }
    let text = JsFuture::from(response.text().map_err(|_| failed("unreadable response"))?)
        .await
        .map_err(|_| failed("the download broke off"))?
        .as_string()
        .ok_or_else(|| failed("not text"))?;
    // A server that answers every path with a page (200 and HTML) must not reach the
    // compiler as Go.
    if !text.trim_start().starts_with("package ") {
        return Err(failed(&format!("{url} is not a Go file")));
    }
    Ok(text)
}
