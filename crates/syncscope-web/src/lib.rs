//! `syncscope-web`: the live widget of the syncscope book, one wasm module for the whole site.
//!
//! `theme/gosim-loader.js` imports `generated/syncscope_web.js` (this crate after
//! wasm-bindgen `--target web`), calls its default `init()` once, then [`mount`] on each
//! `<div class="gosim-widget">` placeholder as it scrolls into view. Each mount starts a Yew
//! app ([`widget::Widget`]) in a child `<div class="gosim-root">` of the placeholder; it reads
//! `data-id`, `data-code` and `data-options` (the `Options` JSON of `syncscope-schema`).
//! The loader adds `data-worker`, the URL of `gosim-worker.js`, the module worker that runs
//! "find it for me" off the page's thread (see [`job`]); without it the search runs in the page.
//!
//! Modules: [`decimal`] and [`quote`] (fixed decimals and quoted text without core's float and
//! Unicode tables), [`dom`] (element builders the views share), [`options`] (the placeholder's options), [`share`] (share links in the URL
//! fragment), [`keys`] (the keyboard), [`lanes`] (goroutine colours, timeline geometry),
//! [`highlight`] (Go highlighting with highlight.js class names), [`storage`] (edits and
//! solved goals in `localStorage`), [`widget`] (the component). All but `widget` are pure and
//! tested natively: `cargo test -p syncscope-web`. [`chat`] is the hub chapter's chat client
//! and hub inspector, mounted by [`chat::mount_chat`] on `.chat-widget` placeholders.
//!
//! # Two modules from one crate, and the size budget
//!
//! The crate is built three times (xtask/src/widget.rs): with the `widget` feature into
//! `generated/syncscope_web.js` (exports [`mount`]; every chapter loads it), with `chat`
//! into `generated/syncscope_chat.js` (exports [`chat::mount_chat`]; only the hub chapter
//! loads it, beside the first) and with `search` into `generated/syncscope_search.js`
//! (exports [`job::search_slices`]; the search worker loads it). The build fails when the
//! widget module passes its budget (`GZIP_BUDGET` in xtask/src/widget.rs, 450 KiB
//! gzipped); the design goal is 350 KiB, which the budgets report checks. Measured with `cargo xtask build` (gzip -9, after wasm-opt):
//!
//! - One module for both: 372.5 KiB. Where its bytes were (the bindgen output with function
//!   names, each crate's code gzipped alone, before wasm-opt): the engine 150 KB (compiler
//!   56, VM 39, parser 25, library 9), the widget 34, **the chat client 13 plus its wire
//!   JSON 5, gloo-net's WebSocket 1.5 and futures' channels 1**, Yew 17, core and alloc
//!   generics 63, hashbrown 7; the data segment 53 KB gzipped, of which the library's Go
//!   text is 14 (already stripped of comments and indentation at compile time, newlines kept
//!   for traceback line numbers: `crates/gosim/src/library/mod.rs`) and panic locations'
//!   file paths about 2.
//! - Split (this layout): the widget module 346.7 KiB, the chat module 96 KiB. The chat
//!   chapter downloads both (it has live blocks too); every other chapter saves 26 KiB, and
//!   what the chat client grows by no longer counts against the widget's budget.
//! - Later growth (reflect and its natives, the memory panel, timefmt, the unicode tables,
//!   strings/bytes/bufio/rand/flag/log in Go) brought the widget module to 384.3 KiB.
//! - The lazily loaded library ([`library`], `gosim::library::lazy`): the Go packages few
//!   chapters import are files beside the module, fetched when a program imports one.
//!   Leaving out 18 (reflect, strings, bufio, x/sync, ...; 20.8 KiB gzipped as files):
//!   384.3 -> 373.3 KiB (less than the files weigh: gzip had shared much of their text with
//!   the rest). Also context, sync/atomic and os (3 of the 11 chapters with live blocks
//!   import context or sync/atomic), and the B-tree sets of `compile/initorder.rs` and the
//!   itab cache's map as `VecMap`s (each B-tree key type brought its own copy of the tree's
//!   code): 373.3 -> 365.8 KiB (24.5 KiB gzipped as files, 21 packages).
//! - Not done, measured or weighed: the natives of lazily loaded packages stay in the module
//!   (reflect's: about 3 KB gzipped, measured alone); the profile (`wasm-release`: opt-level
//!   "z", fat LTO, one codegen unit, panic=abort) and wasm-opt's flags were already tuned
//!   (see `WASM_OPT_LEVEL` in xtask/src/widget.rs, with figures). Where the rest is (the
//!   rustc output with names, each group's code gzipped alone): the engine 162 KB (compiler
//!   expressions 27, parser 21, VM loop 16, statements 13), the widget 41 (views 17,
//!   inspector 9), closures (`core::ops::function`) 12, B-trees 6 (9 before), Yew 14, hashbrown 7; the
//!   data segment 50 KB gzipped, of which the core library's Go text is about 10.
//! - Measured in session 8 (408.6 KiB; each figure gzipped, after wasm-opt with xtask's
//!   flags but before its layout step, from a module of 425,028 bytes): the explorer
//!   (`gosim::explore`'s `Prover` and `explore`, the state hash, [`job`]) costs 12.4 KB.
//!   Building the widget module without it (no in-page search, no in-page outcome list, no
//!   `search_slices` export) measured 412,590 bytes. The next step to the goal is thus a
//!   third module, `search`, that the worker (`theme/gosim-worker.js`) loads instead of
//!   this one, with "list outcomes" and the no-worker fallback going through it too; the
//!   search is already message-based, the outcome list is not yet. Not worth doing, by
//!   measure: shorter panic-location paths (149 paths, 8.3 KB raw, gzip already shares
//!   their prefixes: under 1 KB), another allocator than dlmalloc (2.8 KB gzipped in all),
//!   and Yew's callbacks (they already share one closure type each: `widget/view.rs`). Two
//!   hashbrown copies are linked, std's and indexmap's (through Yew), which this crate
//!   cannot change.
//! - Measured in session 10 (453.7 KiB; the bindgen output with names after wasm-opt -O2 -g,
//!   each group's function bodies gzipped alone): num-bigint (the compiler's exact untyped
//!   constants, `gosim::compile::constant`) 134 functions, 30.2 KB raw, 10.7 KB gzipped, a
//!   third of it Karatsuba/Toom-3 multiplication and Burnikel-Ziegler division that Go
//!   constants of a few words never reach; num-rational, -integer and -traits 2.4 KB more.
//!   The explorer (`gosim::explore`, the state hash, [`job`]) 23.5 KB raw, 11.3 KB gzipped.
//!   Neither weighs on the first widget's time on the phone profile, which is main-thread
//!   work (the first mount: compiling the engine's wasm functions on their first call, the
//!   program, the first render) and waiting behind the page's other tasks, not the
//!   download: so the explorer stayed in this module then.
//! - Session 11: the breadth work of session 10 (goto, method expressions, float32,
//!   declaration order, unsafe's sizes, map keys by `==`, the persistent-set check, ...)
//!   took the module to 468.8 KiB, over its budget; no single function stood out (`twiggy
//!   diff` against the module before it: +38 KB raw across about 140 new functions, the
//!   largest a deep clone of a constant expression's AST, `Expr`/`Stmt::clone`, 4 KB,
//!   only to word an overflow error, now worded without the clone). The explorer then
//!   moved out, into a third module: this crate built with `search` into
//!   `generated/syncscope_search.js`, which only the search worker loads (or the page, by
//!   `import()`, where no worker starts; [`widget`]'s search). The widget module keeps the
//!   report lines' reader ([`job::Report`]). 468.8 -> 448.8 KiB gzipped (`cargo xtask
//!   build`; 449.7 with the session's other merges); the search module, fetched the first time a reader asks for a search, is
//!   the engine and the explorer without the views and Yew.
//! - Session 13: num-bigint and num-rational (with num-integer and num-traits) gave way to
//!   the schoolbook big numbers of `gosim::compile::constant`'s `rational` module (Knuth's
//!   division, Euclid's gcd, the float64 rounding; checked against num-bigint in its
//!   tests): 454.8 -> 440.2 KiB gzipped (`cargo xtask build`; the search module 332.1
//!   KiB after).
//!
//! # Hooks for end-to-end tests (`data-testid`)
//!
//! | test id | element |
//! |---|---|
//! | `widget` | the widget's root (focusable; `data-position` = steps taken, `data-finished` = `true`/`false`), once its program is compiled (the first render, two tasks earlier, is empty) |
//! | `widget-error` | shown instead of the widget when `data-options` is unusable |
//! | `step`, `back`, `forward`, `run`, `home`, `reset`, `share`, `keys` | toolbar buttons (`run` reads "Run" or "Pause", `aria-pressed` while running) |
//! | `speed`, `seed` | the speed `<select>` and the seed `<input>` (change applies) |
//! | `position` | "step N" / "step N of M" |
//! | `notice` | the message line under the toolbar (`gosim-error` class for errors) |
//! | `share-status`, `share-url` | the "link copied" confirmation / the link to copy by hand |
//! | `keys-help` | the key list (after `keys`) |
//! | `code`, `editor`, `apply`, `reset-code`, `edited` | code pane, its textarea (editable blocks; `data-editing`: in editing mode, where Tab types a tab), "Run code", "Reset code", the "edited" badge |
//! | `marker-<gid>` | goroutine `gid`'s marker in the code gutter (click: run it next) |
//! | `compile-errors` | the list of compile errors |
//! | `cases-<gid>`, `case-<gid>-<n>` | under goroutine `gid`'s lane when its next step reaches a `select` with several ready cases: the group, and the button that runs it with case `n` (0-based) firing |
//! | `goroutines`, `lane-<gid>` | the lanes list and goroutine `gid`'s lane (a button: click runs it next; `aria-disabled="true"` and `data-status` when it cannot run) |
//! | `output`, `finish` | the output pane and its "exit status" line |
//! | `timeline`, `timeline-point-<i>`, `timeline-start` | the timeline, step `i`'s point (0-based; click goes to just after it), the start |
//! | `inspector`, `inspect-<gid>` | the inspector and its goroutine buttons |
//! | `explorer`, `goal`, `goal-text`, `goal-status`, `goal-solved`, `find`, `find-result`, `outcomes`, `outcome-list`, `outcome-load-<i>` | explorer panel, exercise card, its sentence, its status (`data-reached`), the solved note, "find it for me", its result, "list outcomes" and its list |
//! | `find-progress`, `find-counts`, `find-cancel` | a running search's progress bar (`data-schedules`, `data-states`, `data-where` = `worker`/`page`), its counts in words, its Cancel button |
//! | `restore-own-code` | after a link replaced the reader's edit: bring it back |
//! | `live-region` | the `aria-live` region announcing each step |
//!
//! The placeholder gets the class `gosim-mounted` from the loader once [`mount`] returns.

pub mod chat;
pub mod decimal;
pub mod deflate;
pub mod dom;
pub mod highlight;
pub mod job;
pub mod keys;
pub mod lanes;
pub mod library;
pub mod options;
pub mod quote;
pub mod share;
pub mod storage;
pub mod widget;

// The engine's test support (crates/gosim/tests/support): the programs both crates'
// tests step.
#[cfg(test)]
#[path = "../../gosim/tests/support/mod.rs"]
mod test_support;

#[cfg(feature = "widget")]
use std::rc::Rc;
#[cfg(feature = "widget")]
use std::sync::Once;

#[cfg(feature = "widget")]
use wasm_bindgen::prelude::*;

/// The note every mounted widget gets if the module panics (it then stops: `panic = "abort"`).
#[cfg(feature = "widget")]
const CRASH_NOTE: &str =
    "The live widgets on this page stopped after an internal error. Reload the page to start them again.";

/// Whether a panic hook is set (by [`install_panic_hook`], or silently by [`warm_up`]).
#[cfg(feature = "widget")]
static PANIC_HOOK: Once = Once::new();

/// Installs, once, a panic hook that logs the panic (as yew's default does) and puts a visible
/// note in every widget on the page: after a panic the wasm module is dead, and the reader
/// should know why the buttons no longer answer.
#[cfg(feature = "widget")]
fn install_panic_hook() {
    PANIC_HOOK.call_once(|| {
        yew::set_custom_panic_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let Ok(widgets) = document.query_selector_all(".gosim-widget.gosim-mounted") else {
                return;
            };
            for i in 0..widgets.length() {
                let Some(widget) = widgets.item(i) else {
                    continue;
                };
                if let Ok(note) = document.create_element("p") {
                    note.set_class_name("gosim-note gosim-crash");
                    let _ = note.set_attribute("role", "alert");
                    note.set_text_content(Some(CRASH_NOTE));
                    let _ = widget.insert_before(&note, widget.first_child().as_ref());
                }
            }
        }));
    });
}

/// Whether the placeholder already holds a mounted root (`selector` finds it): a
/// second mount of the same placeholder does nothing.
pub(crate) fn has_root(element: &web_sys::Element, selector: &str) -> bool {
    element.query_selector(selector).ok().flatten().is_some()
}

/// A new `<div class={class}>` appended to the placeholder, for Yew to render into.
pub(crate) fn append_root(
    element: &web_sys::Element,
    class: &str,
) -> Result<web_sys::Element, wasm_bindgen::JsValue> {
    let document = element
        .owner_document()
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("the placeholder is not in a document"))?;
    let root = document.create_element("div")?;
    root.set_class_name(class);
    element.append_child(&root)?;
    Ok(root)
}

/// The warm-up worker's entry (`theme/gosim-warm.js`): the work of the page's first mount, so
/// that the functions it calls are compiled when the page's own mount calls them (see
/// `widget::warm_up`). When the worker gives one, the whole mount into `host`, a placeholder
/// in the stand-in document the worker builds (a worker has no DOM): the compile, the views
/// and the drawing (Yew's and the widget's views: about 700 functions, 80 ms of the page's
/// thread on the budgets test's phone profile). A panic there (the stand-in lacking
/// something) only ends the worker's own instance, silently: the panic hook is set before
/// `mount` sets the page's. The mount is skipped with no `host`, or for a block that imports
/// a package the module leaves out (its mount would fetch the package a second time, beside
/// the page's own fetch); then only the work without drawing is done
/// (`widget::warm_up`). Returns the mount's promise, or nothing when it was skipped.
#[cfg(feature = "widget")]
#[wasm_bindgen]
pub fn warm_up(
    code: &str,
    options: Option<String>,
    host: Option<web_sys::Element>,
) -> Result<Option<js_sys::Promise>, JsValue> {
    let Some(host) = host.filter(|_| library::missing(code).is_empty()) else {
        widget::warm_up(code, options.as_deref());
        return Ok(None);
    };
    PANIC_HOOK.call_once(|| yew::set_custom_panic_hook(Box::new(|_| {})));
    mount(host).map(Some)
}

/// Starts a widget in `element`, a `.gosim-widget` placeholder. Bad data in the placeholder is
/// shown inside the widget; only a broken page (no document to create elements in) is an
/// error for the loader. The promise resolves once the widget's program is compiled and
/// drawn (`widget::Widget::start`), and the
/// loader mounts the next placeholder only then, so the first widget's later tasks never
/// wait behind another widget's.
#[cfg(feature = "widget")]
#[wasm_bindgen]
pub fn mount(element: web_sys::Element) -> Result<js_sys::Promise, JsValue> {
    install_panic_hook();
    if has_root(&element, ":scope > .gosim-root") {
        return Ok(js_sys::Promise::resolve(&JsValue::UNDEFINED));
    }
    let mut resolve = None;
    let started = js_sys::Promise::new(&mut |done, _| resolve = Some(done));
    let id = element.get_attribute("data-id").unwrap_or_default();
    let code = element.get_attribute("data-code").unwrap_or_default();
    let options = options::parse(element.get_attribute("data-options").as_deref());
    library::set_base(element.get_attribute("data-lib"));
    let root = append_root(&element, "gosim-root")?;
    // The library packages the block imports that the module left out (`library`) are
    // fetched first, so that the widget compiles, loads the block's schedule and opens a
    // link to it at once, as for any block. Should a fetch fail, the widget says so.
    let missing = library::missing(&code);
    let props = widget::Props {
        host: element,
        id: id.into(),
        code: code.into(),
        options: Rc::new(options),
        started: widget::Started(resolve),
    };
    if missing.is_empty() {
        yew::Renderer::<widget::Widget>::with_root_and_props(root, props).render();
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = library::load(missing).await;
            yew::Renderer::<widget::Widget>::with_root_and_props(root, props).render();
        });
    }
    Ok(started)
}
