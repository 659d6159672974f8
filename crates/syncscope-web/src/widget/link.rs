//! Share links: the state a link carries (code, seed, schedule, step counted in scheduling
//! points), copying it, and opening one (the reader's own edit put aside first).

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::{Msg, Widget, FOLLOW_LIMIT};
use crate::share::{linked_id, Link, SharedState};
use crate::storage;

/// The share button's confirmation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ShareState {
    #[default]
    Idle,
    Copied,
    /// The clipboard refused; the link is shown to copy by hand.
    Manual(String),
}

/// The share group of [`Widget`]: the Share button's confirmation, and which opened link's
/// code is the one to load.
#[derive(Default)]
pub(super) struct Share {
    pub(super) state: ShareState,
    /// Puts a "copied" confirmation away again.
    timer: Option<Timeout>,
    /// Counts links opened with code, so that only the latest one's code is loaded.
    pub(super) link_epoch: u32,
}

impl Share {
    /// The link was copied (or, failing that, is to be shown for copying by hand); `timer`
    /// will put a confirmation away. Returns what to announce.
    pub(super) fn shared(&mut self, result: Result<(), String>, timer: Timeout) -> &'static str {
        self.timer = Some(timer);
        match result {
            Ok(()) => {
                self.state = ShareState::Copied;
                "link copied to the clipboard"
            }
            Err(link) => {
                self.state = ShareState::Manual(link);
                "copy the link shown below the toolbar"
            }
        }
    }

    /// The confirmation's time is up (a link to copy by hand stays).
    pub(super) fn idle(&mut self) {
        if self.state == ShareState::Copied {
            self.state = ShareState::Idle;
        }
    }
}

pub(super) fn location_hash() -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.location().hash().ok()
}

impl Widget {
    /// Opens the state the page's URL links this block to: at once when the link carries no
    /// code, else when the browser has inflated the code (`Msg::LinkOpened`; meanwhile the
    /// caller opens the block as usual, so it is live at once, and `load_shared` puts aside
    /// whatever the reader typed in between). False when the block has to open as usual.
    pub(super) fn open_link(&mut self, ctx: &Context<Self>) -> bool {
        let Some(link) = self.linked_state() else {
            return false;
        };
        // A link still inflating is overtaken by this one.
        self.share.link_epoch += 1;
        if link.deflated_code.is_none() {
            self.load_shared(link.state);
            return true;
        }
        let epoch = self.share.link_epoch;
        let scope = ctx.link().clone();
        wasm_bindgen_futures::spawn_local(async move {
            let opened = link.open().await;
            // The library packages the link's code imports come first, so that its replay
            // follows its compile at once (a failed fetch leaves the import's error).
            if let Some(code) = opened.as_ref().ok().and_then(|s| s.code.as_deref()) {
                let missing = crate::library::missing(code);
                if !missing.is_empty() {
                    let _ = crate::library::load(missing).await;
                }
            }
            scope.send_message(Msg::LinkOpened(epoch, opened));
        });
        false
    }

    /// The link the page's URL fragment makes to this block, if it does. A damaged link to
    /// this block leaves a notice saying why it was not restored.
    pub(super) fn linked_state(&mut self) -> Option<Link> {
        let hash = location_hash()?;
        if self.id.is_empty() || linked_id(&hash).as_deref() != Some(self.id.as_str()) {
            return None;
        }
        match SharedState::decode(&hash) {
            Ok(state) => state,
            Err(why) => {
                self.view.say_notice(
                    &format!("The link to this block could not be opened: {why}."),
                    true,
                );
                None
            }
        }
    }

    /// Puts the reader's edit aside (in memory and in storage) before a link replaces it.
    pub(super) fn set_aside(&mut self) {
        if !self.id.is_empty() {
            storage::set(&storage::aside_key(&self.id), &self.editor.draft);
        }
        self.editor.own_code = Some(self.editor.draft.clone());
    }

    /// The state a share link restores.
    pub(super) fn shared_state(&self) -> Option<SharedState> {
        let session = self.run.session.as_ref()?;
        Some(SharedState {
            id: self.id.clone(),
            // Scheduling points, not positions: sub-step stops are no decisions, and the link
            // must mean the same state whatever detail reopens it.
            step: session.operation_position(),
            seed: Some(self.run.seed),
            schedule: session.schedule(),
            code: (self.run.compiled != self.original).then(|| self.run.compiled.clone()),
            substeps: self.view.expanded,
            sub: session.stops_into_operation(),
        })
    }

    pub(super) fn share(&mut self, ctx: &Context<Self>) {
        let Some(state) = self.shared_state() else {
            return;
        };
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let Ok(href) = location.href() else {
            return;
        };
        let base = href.split('#').next().unwrap_or(&href).to_owned();
        let clipboard = window.navigator().clipboard();
        let link = ctx.link().clone();
        // The browser compresses edited code asynchronously.
        wasm_bindgen_futures::spawn_local(async move {
            let fragment = match state.encode().await {
                Ok(fragment) => fragment,
                Err(why) => {
                    link.send_message(Msg::ShareFailed(why));
                    return;
                }
            };
            let url = format!("{base}{fragment}");
            if clipboard.is_undefined() {
                link.send_message(Msg::Shared(Err(url)));
                return;
            }
            let result = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&url)).await;
            link.send_message(Msg::Shared(result.map(|_| ()).map_err(|_| url)));
        });
    }

    /// Opens the state of a share link: its code (if any), seed, schedule and step.
    pub(super) fn load_shared(&mut self, state: SharedState) {
        if let Some(code) = state.code {
            if self.options.editable {
                if self.editor.draft != self.original && self.editor.draft != code {
                    self.set_aside();
                }
                self.editor.draft = code;
            } else {
                self.view.say_notice(
                    "This block is read-only, so the link\u{2019}s code was left out.",
                    true,
                );
            }
        } else if self.editor.draft != self.original {
            self.set_aside();
            self.editor.draft = self.original.clone();
        }
        if let Some(seed) = state.seed {
            self.run.seed = seed;
            self.run.seed_text = seed.to_string();
        }
        self.view.expanded = state.substeps;
        self.compile();
        self.goal.from_search = true;
        self.view.scroll_pending = true;
        if self.run.session.is_none() {
            return;
        }
        if !state.schedule.is_empty() && !self.follow_schedule(&state.schedule, None) {
            return;
        }
        let mut target = 0;
        if let Some(session) = &mut self.run.session {
            // The link counts scheduling points; make sure the record reaches its step (and
            // the sub-step stops into the operation it stood in), then find that position.
            let mut ops = session
                .recorded_events()
                .iter()
                .filter(|e| !e.substep)
                .count();
            let mut n = 0;
            // Inside an operation, its stops come before the next scheduling point.
            let wanted = state.step + usize::from(state.sub > 0);
            while ops < wanted && n < FOLLOW_LIMIT {
                let Some(event) = session.goto_end_and_step() else {
                    break;
                };
                ops += usize::from(!event.substep);
                n += 1;
            }
            target = session.position_of_operation(state.step, state.sub);
        }
        self.rewalk(target);
        let at = self.run.position();
        self.view
            .say_notice(&format!("Opened from a shared link, at step {at}."), false);
        self.view
            .say(format!("opened from a shared link at step {at}"));
    }
}
