//! The widget: one Yew component per live block, holding a [`Session`] of the engine.
//!
//! State changes happen in [`Widget::update`]; drawing is in `view.rs`. Every reader action is
//! one engine call (or a few); the views read the session afterwards. Nothing here panics on
//! the reader's input, the page's data or a link: failures become notices in the widget.

mod editor;
mod goal;
mod inspector;
mod link;
mod memory;
mod races;
mod run;
mod search;
mod view;
mod warm;

pub use warm::warm_up;

pub use editor::utf16_offset;
use link::location_hash;
pub use link::ShareState;
pub use run::{finish_text, Speed, RUN_LIMIT};
use search::FOLLOW_LIMIT;
pub use search::{FindProgress, FindState, Finder, OutcomesState};

use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use gosim::session::Detail;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::keys::{key_action, KeyAction, Target};
use crate::lanes::substep_note;
use crate::options::{Options, Panel};
use crate::share::{linked_id, SharedState};
use crate::storage;

#[derive(Clone, PartialEq, Properties)]
pub struct Props {
    /// The placeholder element the widget lives in (for the keyboard guard and scrolling).
    pub host: Element,
    pub id: AttrValue,
    /// The book's code for the block.
    pub code: AttrValue,
    /// `data-options`, parsed (or why it could not be).
    pub options: Rc<Result<Options, String>>,
    /// Called once the widget is live: compiled and drawn (`mount`'s promise).
    pub started: Started,
}

/// The function a widget calls once it is live (see [`Props::started`]). Props compare
/// equal whatever it is: it is called once, and a new one changes nothing drawn.
#[derive(Clone, Default)]
pub struct Started(pub Option<js_sys::Function>);

impl PartialEq for Started {
    fn eq(&self, _: &Started) -> bool {
        true
    }
}

pub enum Msg {
    Step,
    StepGoroutine(u32),
    /// Step this goroutine, its select taking this case (the reader's choice).
    StepCase(u32, u32),
    Back,
    Forward,
    Home,
    Reset,
    ToggleRun,
    Tick,
    SetSpeed(String),
    SeedInput(String),
    SeedApply,
    Draft(String),
    Apply,
    ResetCode,
    RestoreOwnCode,
    Goto(usize),
    Select(u32),
    Find,
    /// A report line from the search's worker (the number is its `find_epoch`).
    FindReport(u32, String),
    FindCancel,
    ListOutcomes,
    LoadSchedule(String),
    Share,
    Shared(Result<(), String>),
    /// The browser could not compress the link's code.
    ShareFailed(String),
    ShareIdle,
    HashChanged,
    /// A link's code is inflated (the number says which link: see `Widget::link_epoch`).
    LinkOpened(u32, Result<SharedState, String>),
    Key(KeyboardEvent),
    EditorKey(KeyboardEvent),
    /// The code editor's editing mode on (a click) or off (it lost focus).
    EditorMode(bool),
    ToggleKeys,
    ToggleExpand,
    FocusError(u32, u32),
    /// The library packages the code imports were fetched (or not), for the compile of
    /// this epoch.
    LibraryLoaded(u64, Result<(), String>),
    /// The first compile and its render, a task after the first render (see
    /// [`Widget::start`]).
    Start,
}

/// One live block. Its state is grouped by concern; each group's type lives in the file of
/// that concern, with the methods that touch only that group.
pub struct Widget {
    id: String,
    /// The book's code for the block.
    original: String,
    options: Options,
    /// Why the block's options could not be used, if they could not.
    options_error: Option<String>,
    /// To send the fetched packages' message from `compile`.
    scope: yew::html::Scope<Widget>,
    /// The program: its code as compiled, the session, the recorded steps and what the
    /// panels read from them (`run.rs`).
    run: run::Run,
    /// Run's timer, steps left and speed (`run.rs`).
    ticks: run::Ticks,
    /// "Find it for me" and the outcome listing (`search.rs`).
    search: search::Search,
    /// The block's goal and whether (and how) it is reached (`goal.rs`).
    goal: goal::GoalState,
    /// The code editor: the reader's draft and its editing mode (`editor.rs`).
    editor: editor::Editor,
    /// Share links: the button's confirmation and the links being opened (`link.rs`).
    share: link::Share,
    /// What the reader chose to see, and what the widget says to them (`view.rs`).
    view: view::ViewState,
    /// Whether the program was compiled once (or is being, its packages loading): until
    /// then the widget draws nothing (see [`Widget::start`]).
    started: bool,
    /// The timer of [`Msg::Start`] (dropping it cancels it).
    start_timer: Option<Timeout>,
    /// Called after the first render with the program (`mount`'s promise resolves).
    on_started: Option<js_sys::Function>,
    _key_guard: Option<EventListener>,
    _hash_listener: Option<EventListener>,
}

/// A fresh seed when the block names none: Go's scheduler is not reproducible either.
fn random_seed() -> u64 {
    if cfg!(target_arch = "wasm32") {
        (js_sys::Math::random() * 1_000_000.0) as u64
    } else {
        1
    }
}

/// A timer that sends `msg` after `ms` milliseconds: every timer of the widget is this one
/// closure type (one wasm-bindgen closure and its shims in the module, not one per message).
fn later(ctx: &Context<Widget>, ms: u32, msg: Msg) -> Timeout {
    let link = ctx.link().clone();
    Timeout::new(ms, move || link.send_message(msg))
}

/// Sends `msg` in a task of its own that runs ahead of the page's other waiting tasks where
/// the browser has `scheduler.postTask` (priority "user-blocking"), else after a zero
/// timeout (returned: dropping it cancels it). The first mount's later tasks go this way:
/// behind a zero timeout they waited for whatever the page had queued meanwhile (mdBook's
/// scripts, highlight.js's slices), which is time the first widget is not live.
fn soon(ctx: &Context<Widget>, msg: Msg) -> Option<Timeout> {
    let get = |on: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(on, &wasm_bindgen::JsValue::from_str(name))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let scheduler = web_sys::window().and_then(|w| get(&w, "scheduler"));
    let post = scheduler
        .as_ref()
        .and_then(|s| get(s, "postTask"))
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Some(scheduler), Some(post)) = (scheduler, post) else {
        return Some(later(ctx, 0, msg));
    };
    let link = ctx.link().clone();
    let task = wasm_bindgen::closure::Closure::once_into_js(move || link.send_message(msg));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &wasm_bindgen::JsValue::from_str("priority"),
        &wasm_bindgen::JsValue::from_str("user-blocking"),
    );
    let _ = post.call2(&scheduler, &task, &options);
    None
}

impl Component for Widget {
    type Message = Msg;
    type Properties = Props;

    fn create(ctx: &Context<Self>) -> Self {
        let props = ctx.props();
        let (options, options_error) = match props.options.as_ref() {
            Ok(options) => (options.clone(), None),
            Err(e) => (Options::default(), Some(e.clone())),
        };
        let id = props.id.to_string();
        let original = props.code.to_string();
        let seed = options.seed.unwrap_or_else(random_seed);
        let expanded = options.detail == Detail::SubSteps;
        let link = ctx.link().clone();
        let key_guard = EventListener::new(&props.host, "keydown", |event| {
            // The widget's keys (and typing in its editor) must not turn pages or open
            // mdBook's search.
            event.stop_propagation();
        });
        let hash_listener = if cfg!(target_arch = "wasm32") {
            web_sys::window().map(|window| {
                let link = link.clone();
                EventListener::new(&window, "hashchange", move |_| {
                    link.send_message(Msg::HashChanged)
                })
            })
        } else {
            None
        };
        let mut widget = Widget {
            goal: goal::GoalState::new(
                options.goal.clone(),
                !id.is_empty() && storage::get(&storage::solved_key(&id)).is_some(),
            ),
            id,
            editor: editor::Editor::new(original.clone()),
            run: run::Run::new(original.clone(), seed),
            original,
            options,
            options_error,
            scope: ctx.link().clone(),
            ticks: run::Ticks::default(),
            search: search::Search::new(props.host.get_attribute("data-worker")),
            share: link::Share::default(),
            view: view::ViewState::new(expanded),
            started: false,
            start_timer: None,
            on_started: props.started.0.clone(),
            _key_guard: Some(key_guard),
            _hash_listener: hash_listener,
        };
        if widget.options_error.is_some() {
            widget.started = true;
            return widget;
        }
        if widget.options.editable && !widget.id.is_empty() {
            widget.editor.own_code = storage::get(&storage::aside_key(&widget.id));
            if let Some(saved) = storage::get(&storage::code_key(&widget.id)) {
                if saved != widget.original {
                    widget.editor.draft = saved;
                    widget.view.say_notice(
                        "Your edited code is back (\u{201c}Reset code\u{201d} brings back the book\u{2019}s).",
                        false,
                    );
                }
            }
        }
        widget
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        match msg {
            Msg::Step => {
                self.ticks.stop();
                self.user_step(None);
            }
            Msg::StepGoroutine(gid) => {
                self.ticks.stop();
                self.user_step(Some(gid));
            }
            Msg::StepCase(gid, case) => {
                self.ticks.stop();
                self.user_step_with(Some(gid), Some(case));
            }
            Msg::Back => {
                self.ticks.stop();
                if let Some(s) = &mut self.run.session {
                    if s.back() {
                        let at = s.position();
                        self.after_jump();
                        self.view.say(format!("back to step {at}"));
                    } else {
                        self.view.say("already at the start".into());
                    }
                }
            }
            Msg::Forward => {
                self.ticks.stop();
                if self.run.can_forward() {
                    self.user_step(None);
                }
            }
            Msg::Home => {
                self.ticks.stop();
                if let Some(s) = &mut self.run.session {
                    s.goto(0);
                    self.after_jump();
                    self.view.say("back at the start".into());
                }
            }
            Msg::Reset => {
                self.ticks.stop();
                if let Some(s) = &mut self.run.session {
                    s.reset();
                    self.run.known.clear();
                    self.goal.from_search = false;
                    self.view.notice = None;
                    self.after_jump();
                    self.view
                        .say("reset to the start; the recorded steps are gone".into());
                }
            }
            Msg::Goto(n) => {
                self.ticks.stop();
                if let Some(s) = &mut self.run.session {
                    s.goto(n);
                    let at = s.position();
                    self.after_jump();
                    self.view.say(format!("at step {at}"));
                }
            }
            Msg::ToggleRun => {
                if self.ticks.timer.is_some() {
                    self.ticks.stop();
                    self.view
                        .say(format!("paused at step {}", self.run.position()));
                } else if self
                    .run
                    .session
                    .as_ref()
                    .is_some_and(|s| s.finished().is_none())
                {
                    self.ticks.left = RUN_LIMIT;
                    self.view.notice = None;
                    self.ticks.schedule(ctx, 0);
                }
            }
            Msg::Tick => self.tick(ctx),
            Msg::SetSpeed(name) => {
                if let Some(speed) = Speed::parse(&name) {
                    self.ticks.speed = speed;
                }
            }
            Msg::SeedInput(text) => self.run.seed_text = text,
            Msg::SeedApply => {
                self.ticks.stop();
                match self.run.seed_text.trim().parse::<u64>() {
                    Ok(seed) => {
                        self.run.seed = seed;
                        self.run.seed_text = seed.to_string();
                        self.compile();
                        self.view.say_notice(
                            &format!("New seed {seed}: the scheduler starts over."),
                            false,
                        );
                    }
                    Err(_) => self.view.say_notice(
                        "The seed must be a whole number from 0 to 18446744073709551615.",
                        true,
                    ),
                }
            }
            Msg::Draft(text) => {
                self.editor.draft = text;
                self.save_draft();
            }
            Msg::Apply => {
                self.ticks.stop();
                self.compile();
                if self.run.loading {
                    // `compile` said what it is loading.
                } else if self.run.session.is_some() {
                    self.view
                        .say_notice("The code is running from the start.", false);
                } else {
                    let n = self.run.errors.len();
                    let first = self
                        .run
                        .errors
                        .first()
                        .map(|e| format!(": line {}: {}", e.line, e.message))
                        .unwrap_or_default();
                    self.view.say(format!(
                        "{n} compile error{}{first}",
                        if n == 1 { "" } else { "s" }
                    ));
                }
            }
            Msg::ResetCode => {
                self.ticks.stop();
                self.editor.draft = self.original.clone();
                self.save_draft();
                self.compile();
                self.load_block_schedule();
                self.view
                    .say_notice("The book\u{2019}s code is back.", false);
            }
            Msg::RestoreOwnCode => {
                storage::remove(&storage::aside_key(&self.id));
                if let Some(code) = self.editor.own_code.take() {
                    self.ticks.stop();
                    self.editor.draft = code;
                    self.save_draft();
                    self.compile();
                    self.view.say_notice("Your own edit is back.", false);
                }
            }
            Msg::Select(gid) => self.view.selected = Some(gid),
            Msg::Find => {
                self.ticks.stop();
                self.start_find(ctx);
            }
            Msg::FindReport(epoch, line) => self.find_report(ctx, epoch, &line),
            Msg::FindCancel => {
                if let Some(text) = self.search.cancel_by_reader() {
                    self.view.say(text);
                }
            }
            Msg::ListOutcomes => {
                self.ticks.stop();
                self.start_outcomes(ctx);
            }
            Msg::LoadSchedule(schedule) => {
                self.ticks.stop();
                if self.follow_schedule(&schedule, None) {
                    self.goal.from_search = true;
                    self.view.say_notice(
                        "Loaded that outcome\u{2019}s schedule from the start: Step, Forward or Run walks it.",
                        false,
                    );
                }
            }
            Msg::Share => self.share(ctx),
            Msg::Shared(result) => {
                let said = self.share.shared(result, later(ctx, 8_000, Msg::ShareIdle));
                self.view.say(said.into());
            }
            Msg::ShareFailed(why) => self
                .view
                .say_notice(&format!("The link could not be made: {why}."), true),
            Msg::ShareIdle => self.share.idle(),
            Msg::HashChanged => {
                let hash = location_hash().unwrap_or_default();
                if self.id.is_empty() || linked_id(&hash).as_deref() != Some(self.id.as_str()) {
                    return false;
                }
                self.ticks.stop();
                if !self.open_link(ctx) {
                    self.compile();
                    self.load_block_schedule();
                }
            }
            Msg::LinkOpened(epoch, opened) => {
                // Only the latest link counts: an older one may finish inflating later.
                if epoch != self.share.link_epoch {
                    return false;
                }
                match opened {
                    Ok(state) => {
                        self.ticks.stop();
                        self.load_shared(state);
                    }
                    Err(why) => self.view.say_notice(
                        &format!("The link to this block could not be opened: {why}."),
                        true,
                    ),
                }
            }
            Msg::Key(event) => return self.key(ctx, event),
            Msg::EditorKey(event) => return self.editor_key(ctx, event),
            Msg::EditorMode(on) => {
                if self.editor.editing == on {
                    return false;
                }
                self.set_editing(on);
            }
            Msg::ToggleKeys => self.view.keys_open = !self.view.keys_open,
            Msg::ToggleExpand => self.set_expanded(!self.view.expanded),
            Msg::LibraryLoaded(epoch, result) => {
                if epoch != self.run.epoch || !self.run.loading {
                    // Another compile came since; it loads what it needs itself.
                    return false;
                }
                self.compile_loaded();
                match result {
                    Ok(()) => {
                        self.view.notice = None;
                        if std::mem::take(&mut self.run.schedule_after_load) {
                            self.load_block_schedule();
                        }
                    }
                    // The reader's text stays in the editor; Run tries again.
                    Err(e) => self.view.say_notice(&format!("{e}: check the connection, then press \u{201c}Run code\u{201d} or reload the page."), true),
                }
            }
            Msg::FocusError(line, col) => {
                self.editor.focus_at(line, col);
                return false;
            }
            Msg::Start => {
                self.start_timer = None;
                if self.started {
                    // The reader compiled already (Run code, a seed, a link).
                    return false;
                }
                self.start(ctx);
                // Drawn in the same task: with the page's first mount warmed up in a worker
                // (lib.rs's `warm_up`), compiling and drawing together take about 100 ms on
                // the phone profile, and a task of its own for the drawing made the first
                // widget live 50-70 ms later (e2e/first-widget-ab.mjs, 20 pairs), with no
                // change in Lighthouse's Total Blocking Time on the Mutex chapter.
                self.start_timer = None;
            }
        }
        true
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        if first_render && !self.started {
            self.start_timer = soon(ctx, Msg::Start);
        }
        if self.started {
            if let Some(done) = self.on_started.take() {
                let _ = done.call0(&wasm_bindgen::JsValue::UNDEFINED);
            }
        }
        self.view.scroll_if_pending();
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        self.render(ctx)
    }
}

impl Widget {
    /// The first compile (or the share link's state), in a task of its own after the first
    /// render. A mount used to be one task: compiling the program (and, for the page's first
    /// widget, parsing fmt, sync and time and compiling the engine's wasm functions on their
    /// first call) and drawing it, 275-435 ms on Lighthouse's mobile profile, nearly all of
    /// the page's Total Blocking Time. Now the first task draws nothing (the placeholder's
    /// code stays) and this one compiles the program and draws it, so the browser can take
    /// input between them (a third task drew it until the warm-up worker took the lazy
    /// compiling off this thread). The widget's root, with the `widget` test id, exists only
    /// from that render on: the tests' (and the budgets report's) signal that the widget is
    /// live. (Drawing a shell first, code and toolbar, was measured: the
    /// widget was laid out twice and went live some 400 ms later on the phone profile.)
    fn start(&mut self, ctx: &Context<Self>) {
        self.started = true;
        if !self.open_link(ctx) {
            self.compile();
            self.load_block_schedule();
            self.run.schedule_after_load = self.run.loading;
        }
        if self.editor.own_code.as_deref() == Some(self.editor.draft.as_str()) {
            // The edit put aside is the one in the editor: nothing to bring back.
            self.editor.own_code = None;
            storage::remove(&storage::aside_key(&self.id));
        }
    }

    /// Turns the sub-steps on or off. The recorded steps (those taken and those Forward can
    /// redo) are cut again at the new detail by replaying their schedule, so the timeline,
    /// Forward and the inspector all show one detail; the reader stays at the same state
    /// (counted in scheduling points, which both details share). Standing inside an operation
    /// when the sub-steps go off finishes that operation, as a link opened at it does.
    fn set_expanded(&mut self, on: bool) {
        self.view.expanded = on;
        let detail = self.view.detail();
        let Some(session) = &mut self.run.session else {
            self.view
                .say(format!("sub-steps {}", if on { "on" } else { "off" }));
            return;
        };
        if session.recorded_len() == 0 {
            session.set_detail(detail);
        } else {
            match session.recut(detail) {
                Ok(target) => self.rewalk(target),
                Err(why) => {
                    // Not expected (the schedule is the session's own); start over, cleanly.
                    self.view
                        .say_notice(&format!("The steps could not be cut again: {why}."), true);
                    self.compile();
                    return;
                }
            }
        }
        let held = self.run.held();
        let mut text = if on {
            let mut on = "sub-steps on: Mutex, RWMutex, WaitGroup and Cond operations stop at their labelled points".to_owned();
            if self.options.has(Panel::Memory) {
                on.push_str(
                    ", and so does each interface conversion, assertion, type switch case and call",
                );
            }
            on
        } else {
            "sub-steps off: one step per scheduling point".to_owned()
        };
        text.push_str(&format!(", at step {}", self.run.position()));
        if let Some(g) = held {
            text.push_str(&substep_note(g));
        }
        self.view.say(text);
    }

    /// Compiles the editor's text into a fresh session (at step 0, with the current seed),
    /// first fetching the library packages it imports that the module left out: then the
    /// session comes with [`Msg::LibraryLoaded`].
    fn compile(&mut self) {
        self.started = true;
        self.run.start(self.editor.draft.clone());
        self.search.reset();
        self.goal.proven = false;
        self.goal.from_search = false;
        self.view.selected = None;
        let missing = crate::library::missing(&self.run.compiled);
        self.run.loading = !missing.is_empty();
        if self.run.loading {
            self.run.session = None;
            self.run.errors.clear();
            self.view
                .say_notice(&format!("Loading {}\u{2026}", missing.join(", ")), false);
            let epoch = self.run.epoch;
            self.scope.send_future(async move {
                Msg::LibraryLoaded(epoch, crate::library::load(missing).await)
            });
            self.refresh();
            return;
        }
        self.compile_loaded();
    }

    /// Compiles `run.compiled`, whose library packages are here (or could not be fetched:
    /// the import then fails to compile, naming the package).
    fn compile_loaded(&mut self) {
        self.run
            .compile(self.options.has(Panel::Memory), self.view.detail());
        self.refresh();
    }

    /// Rebuilds the timeline's record of the steps from the session's recorded events, and
    /// ends at step `target`.
    fn rewalk(&mut self, target: usize) {
        if self.run.rewalk(target) {
            self.refresh();
        }
    }

    /// After a jump (back, home, goto, reset): the record stays, the views change.
    fn after_jump(&mut self) {
        self.run.sync_known();
        self.refresh();
    }

    fn refresh(&mut self) {
        self.run.refresh_views();
        self.goal.refresh(self.run.session.as_ref(), &self.id);
        if self.options.has(Panel::Inspector) {
            self.run.refresh_prims();
        }
        self.run.refresh_cases(self.ticks.running());
    }

    fn key(&mut self, ctx: &Context<Self>, event: KeyboardEvent) -> bool {
        let target = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .map(|el| match el.tag_name().to_ascii_lowercase().as_str() {
                "textarea" | "input" | "select" => Target::TextField,
                "button" | "summary" | "a" | "details" => Target::Control,
                _ => Target::Other,
            })
            .unwrap_or(Target::Other);
        let modified = event.ctrl_key() || event.alt_key() || event.meta_key();
        let Some(action) = key_action(&event.key(), modified, target) else {
            return false;
        };
        event.prevent_default();
        let msg = match action {
            KeyAction::Step => Msg::Step,
            KeyAction::StepGoroutine(g) => Msg::StepGoroutine(g),
            KeyAction::Back => Msg::Back,
            KeyAction::Run => Msg::ToggleRun,
            KeyAction::Home => Msg::Home,
            KeyAction::Expand => Msg::ToggleExpand,
            KeyAction::Leave if std::mem::take(&mut self.editor.escape_ended) => {
                // The editor's Escape ended its editing mode; focus stays in the code.
                return false;
            }
            KeyAction::Leave if target == Target::TextField => {
                // Out of the editor (or the seed): the widget keeps the keyboard, so its keys
                // work; Escape again hands it back to the page.
                if let Some(root) = self.view.root.cast::<HtmlElement>() {
                    let _ = root.focus();
                }
                return false;
            }
            KeyAction::Leave => {
                let active = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok());
                if let Some(active) = active {
                    let _ = active.blur();
                }
                self.view.keys_open = false;
                return true;
            }
        };
        Component::update(self, ctx, msg)
    }
}
