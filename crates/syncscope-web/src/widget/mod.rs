//! The widget: one Yew component per live block, holding a [`Session`] of the engine.
//!
//! State changes happen in [`Widget::update`]; drawing is in `view.rs`. Every reader action is
//! one engine call (or a few); the views read the session afterwards. Nothing here panics on
//! the reader's input, the page's data or a link: failures become notices in the widget.

mod editor;
mod inspector;
mod link;
mod memory;
mod races;
mod run;
mod search;
mod view;

pub use editor::utf16_offset;
use link::location_hash;
pub use link::ShareState;
pub use run::{finish_text, Speed, RUN_LIMIT};
use search::FOLLOW_LIMIT;
pub use search::{FindProgress, FindState, Finder, OutcomesState};

use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use gosim::session::{CompileError, Detail, GStatusView, Goal, GoroutineView, ReadyCase, Session};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use crate::keys::{key_action, KeyAction, Target};
use crate::lanes::{substep_note, Point};
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
}

/// A message under the toolbar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
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
    /// One slice of an in-page search (the number is its `find_epoch`).
    FindSlice(u32),
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
}

pub struct Widget {
    id: String,
    original: String,
    options: Options,
    /// Why the block's options could not be used, if they could not.
    options_error: Option<String>,
    goal: Option<Goal>,
    /// The editor's text.
    draft: String,
    /// The code of `session` (or of `errors`, when it did not compile).
    compiled: String,
    session: Option<Session>,
    errors: Vec<CompileError>,
    /// Whether the compile waits for library packages to be fetched (`crate::library`).
    loading: bool,
    /// Whether the block's schedule is to be loaded once they are.
    schedule_after_load: bool,
    /// To send the fetched packages' message from `compile`.
    scope: yew::html::Scope<Widget>,
    seed: u64,
    seed_text: String,
    /// Every recorded step, including those Forward can redo.
    known: Vec<Point>,
    /// The goroutines at the current step (refreshed after every change).
    views: Vec<GoroutineView>,
    /// The goroutines whose next step reaches a select with several ready cases, and
    /// those cases, for the lanes' case chooser (found when no Run is going).
    cases: Vec<(u32, Vec<ReadyCase>)>,
    /// Bumped whenever the recorded steps are replaced (new code, seed, schedule), so that
    /// cached inspector state from another run is never used.
    epoch: u64,
    /// Inspector: primitives now and one step earlier (only with the inspector panel).
    prims: inspector::PrimState,
    /// Races reported at the last refresh, and the newest one's sentence when the last
    /// refresh found more than the one before (for the live region).
    races_seen: usize,
    new_race: Option<String>,
    run: Option<Timeout>,
    run_left: usize,
    speed: Speed,
    selected: Option<u32>,
    notice: Option<Notice>,
    live: String,
    live_flip: bool,
    find: FindState,
    /// The running search, if one is running.
    finder: Option<Finder>,
    /// Its last progress report.
    find_progress: Option<FindProgress>,
    /// Bumped at each search's start and end, so a stale worker message or timer is ignored.
    find_epoch: u32,
    /// The worker script's URL (the loader's `data-worker`), if the page has one.
    worker_url: Option<String>,
    /// The running search (`finder`) is "list outcomes", not "find it for me".
    listing: bool,
    /// The code as compiled was proven to keep the block's property goal.
    proven: bool,
    outcomes: OutcomesState,
    /// The loaded steps came from "find it for me" (reaching the goal then does not count as
    /// the reader's own solution).
    from_search: bool,
    reached: bool,
    solved: Solved,
    share: ShareState,
    share_timer: Option<Timeout>,
    /// Counts links opened with code, so that only the latest one's code is loaded.
    link_epoch: u32,
    keys_open: bool,
    /// The code editor is in editing mode: Tab types a tab there (see `editor.rs`).
    editing: bool,
    /// The Escape being handled ended editing mode, so it does not also leave the editor.
    escape_ended_editing: bool,
    /// Sync operations are expanded into their labelled sub-steps (the Expand toggle).
    expanded: bool,
    /// The reader's own edit, put aside when a link brought other code.
    own_code: Option<String>,
    root: NodeRef,
    editor: NodeRef,
    /// Scroll the widget into view after the next render (opened from a link).
    scroll_pending: bool,
    _key_guard: Option<EventListener>,
    _hash_listener: Option<EventListener>,
}

/// Whether the reader has reached the block's goal by their own steps: in an earlier visit
/// (stored in the browser), or in this one. Only the first is "solved before": reaching the
/// goal now must not say so (issue 17, stumble #3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Solved {
    before: bool,
    now: bool,
}

impl Solved {
    pub fn new(before: bool) -> Solved {
        Solved { before, now: false }
    }

    /// The reader reached the goal by their own steps; true when this is news to store.
    pub fn by_reader(&mut self) -> bool {
        let news = !self.before && !self.now;
        self.now = true;
        news
    }

    /// The card's note, if any.
    pub fn note(self) -> Option<&'static str> {
        if self.before {
            Some(" You have solved this one before.")
        } else if self.now {
            Some(" Solved by your own steps.")
        } else {
            None
        }
    }
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

fn point_of(event: &gosim::session::StepEvent) -> Point {
    Point {
        index: event.index,
        goroutine: event.goroutine,
        kind: event.kind,
        line: event.line,
        text: event.text.clone(),
        memory: event.memory.clone(),
        woke: event
            .woke
            .iter()
            .copied()
            .filter(|g| *g != event.goroutine)
            .collect(),
        label: event.label.clone(),
        substep: event.substep,
    }
}

/// The timeline's record of every recorded step (including those Forward can redo), with the
/// wake-ups the engine reports.
fn points_of(session: &Session) -> Vec<Point> {
    session.recorded_events().iter().map(point_of).collect()
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
        let goal = options.goal.clone();
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
            solved: Solved::new(
                !id.is_empty() && storage::get(&storage::solved_key(&id)).is_some(),
            ),
            id,
            draft: original.clone(),
            compiled: original.clone(),
            original,
            options,
            options_error,
            goal,
            session: None,
            errors: Vec::new(),
            loading: false,
            schedule_after_load: false,
            scope: ctx.link().clone(),
            seed,
            seed_text: seed.to_string(),
            known: Vec::new(),
            views: Vec::new(),
            cases: Vec::new(),
            epoch: 0,
            prims: Default::default(),
            races_seen: 0,
            new_race: None,
            run: None,
            run_left: 0,
            speed: Speed::Normal,
            selected: None,
            notice: None,
            live: String::new(),
            live_flip: false,
            find: FindState::Idle,
            finder: None,
            find_progress: None,
            find_epoch: 0,
            worker_url: props.host.get_attribute("data-worker"),
            listing: false,
            proven: false,
            outcomes: OutcomesState::Idle,
            from_search: false,
            reached: false,
            share: ShareState::Idle,
            share_timer: None,
            link_epoch: 0,
            keys_open: false,
            editing: false,
            escape_ended_editing: false,
            expanded,
            own_code: None,
            root: NodeRef::default(),
            editor: NodeRef::default(),
            scroll_pending: false,
            _key_guard: Some(key_guard),
            _hash_listener: hash_listener,
        };
        if widget.options_error.is_some() {
            return widget;
        }
        if widget.options.editable && !widget.id.is_empty() {
            widget.own_code = storage::get(&storage::aside_key(&widget.id));
            if let Some(saved) = storage::get(&storage::code_key(&widget.id)) {
                if saved != widget.original {
                    widget.draft = saved;
                    widget.say_notice(
                        "Your edited code is back (\u{201c}Reset code\u{201d} brings back the book\u{2019}s).",
                        false,
                    );
                }
            }
        }
        if !widget.open_link(ctx) {
            widget.compile();
            widget.load_block_schedule();
            widget.schedule_after_load = widget.loading;
        }
        if widget.own_code.as_deref() == Some(widget.draft.as_str()) {
            // The edit put aside is the one in the editor: nothing to bring back.
            widget.own_code = None;
            storage::remove(&storage::aside_key(&widget.id));
        }
        widget
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        match msg {
            Msg::Step => {
                self.stop_run();
                self.user_step(None);
            }
            Msg::StepGoroutine(gid) => {
                self.stop_run();
                self.user_step(Some(gid));
            }
            Msg::StepCase(gid, case) => {
                self.stop_run();
                self.user_step_with(Some(gid), Some(case));
            }
            Msg::Back => {
                self.stop_run();
                if let Some(s) = &mut self.session {
                    if s.back() {
                        let at = s.position();
                        self.after_jump();
                        self.say(format!("back to step {at}"));
                    } else {
                        self.say("already at the start".into());
                    }
                }
            }
            Msg::Forward => {
                self.stop_run();
                if self.can_forward() {
                    self.user_step(None);
                }
            }
            Msg::Home => {
                self.stop_run();
                if let Some(s) = &mut self.session {
                    s.goto(0);
                    self.after_jump();
                    self.say("back at the start".into());
                }
            }
            Msg::Reset => {
                self.stop_run();
                if let Some(s) = &mut self.session {
                    s.reset();
                    self.known.clear();
                    self.from_search = false;
                    self.notice = None;
                    self.after_jump();
                    self.say("reset to the start; the recorded steps are gone".into());
                }
            }
            Msg::Goto(n) => {
                self.stop_run();
                if let Some(s) = &mut self.session {
                    s.goto(n);
                    let at = s.position();
                    self.after_jump();
                    self.say(format!("at step {at}"));
                }
            }
            Msg::ToggleRun => {
                if self.run.is_some() {
                    self.stop_run();
                    self.say(format!("paused at step {}", self.position()));
                } else if self
                    .session
                    .as_ref()
                    .is_some_and(|s| s.finished().is_none())
                {
                    self.run_left = RUN_LIMIT;
                    self.notice = None;
                    self.schedule_tick(ctx, 0);
                }
            }
            Msg::Tick => self.tick(ctx),
            Msg::SetSpeed(name) => {
                if let Some(speed) = Speed::parse(&name) {
                    self.speed = speed;
                }
            }
            Msg::SeedInput(text) => self.seed_text = text,
            Msg::SeedApply => {
                self.stop_run();
                match self.seed_text.trim().parse::<u64>() {
                    Ok(seed) => {
                        self.seed = seed;
                        self.seed_text = seed.to_string();
                        self.compile();
                        self.say_notice(
                            &format!("New seed {seed}: the scheduler starts over."),
                            false,
                        );
                    }
                    Err(_) => self.say_notice(
                        "The seed must be a whole number from 0 to 18446744073709551615.",
                        true,
                    ),
                }
            }
            Msg::Draft(text) => {
                self.draft = text;
                self.save_draft();
            }
            Msg::Apply => {
                self.stop_run();
                self.compile();
                if self.loading {
                    // `compile` said what it is loading.
                } else if self.session.is_some() {
                    self.say_notice("The code is running from the start.", false);
                } else {
                    let n = self.errors.len();
                    let first = self
                        .errors
                        .first()
                        .map(|e| format!(": line {}: {}", e.line, e.message))
                        .unwrap_or_default();
                    self.say(format!(
                        "{n} compile error{}{first}",
                        if n == 1 { "" } else { "s" }
                    ));
                }
            }
            Msg::ResetCode => {
                self.stop_run();
                self.draft = self.original.clone();
                self.save_draft();
                self.compile();
                self.load_block_schedule();
                self.say_notice("The book\u{2019}s code is back.", false);
            }
            Msg::RestoreOwnCode => {
                storage::remove(&storage::aside_key(&self.id));
                if let Some(code) = self.own_code.take() {
                    self.stop_run();
                    self.draft = code;
                    self.save_draft();
                    self.compile();
                    self.say_notice("Your own edit is back.", false);
                }
            }
            Msg::Select(gid) => self.selected = Some(gid),
            Msg::Find => {
                self.stop_run();
                self.start_find(ctx);
            }
            Msg::FindSlice(epoch) => self.find_slice(ctx, epoch),
            Msg::FindReport(epoch, line) => self.find_report(ctx, epoch, &line),
            Msg::FindCancel => self.cancel_find_by_reader(),
            Msg::ListOutcomes => {
                self.stop_run();
                self.start_outcomes(ctx);
            }
            Msg::LoadSchedule(schedule) => {
                self.stop_run();
                if self.follow_schedule(&schedule, None) {
                    self.from_search = true;
                    self.say_notice(
                        "Loaded that outcome\u{2019}s schedule from the start: Step, Forward or Run walks it.",
                        false,
                    );
                }
            }
            Msg::Share => self.share(ctx),
            Msg::Shared(result) => {
                self.share = match result {
                    Ok(()) => {
                        self.say("link copied to the clipboard".into());
                        ShareState::Copied
                    }
                    Err(link) => {
                        self.say("copy the link shown below the toolbar".into());
                        ShareState::Manual(link)
                    }
                };
                self.share_timer = Some(later(ctx, 8_000, Msg::ShareIdle));
            }
            Msg::ShareFailed(why) => {
                self.say_notice(&format!("The link could not be made: {why}."), true)
            }
            Msg::ShareIdle => {
                if self.share == ShareState::Copied {
                    self.share = ShareState::Idle;
                }
            }
            Msg::HashChanged => {
                let hash = location_hash().unwrap_or_default();
                if self.id.is_empty() || linked_id(&hash).as_deref() != Some(self.id.as_str()) {
                    return false;
                }
                self.stop_run();
                if !self.open_link(ctx) {
                    self.compile();
                    self.load_block_schedule();
                }
            }
            Msg::LinkOpened(epoch, opened) => {
                // Only the latest link counts: an older one may finish inflating later.
                if epoch != self.link_epoch {
                    return false;
                }
                match opened {
                    Ok(state) => {
                        self.stop_run();
                        self.load_shared(state);
                    }
                    Err(why) => self.say_notice(
                        &format!("The link to this block could not be opened: {why}."),
                        true,
                    ),
                }
            }
            Msg::Key(event) => return self.key(ctx, event),
            Msg::EditorKey(event) => return self.editor_key(ctx, event),
            Msg::EditorMode(on) => {
                if self.editing == on {
                    return false;
                }
                self.set_editing(on);
            }
            Msg::ToggleKeys => self.keys_open = !self.keys_open,
            Msg::ToggleExpand => self.set_expanded(!self.expanded),
            Msg::LibraryLoaded(epoch, result) => {
                if epoch != self.epoch || !self.loading {
                    // Another compile came since; it loads what it needs itself.
                    return false;
                }
                self.compile_loaded();
                match result {
                    Ok(()) => {
                        self.notice = None;
                        if std::mem::take(&mut self.schedule_after_load) {
                            self.load_block_schedule();
                        }
                    }
                    // The reader's text stays in the editor; Run tries again.
                    Err(e) => self.say_notice(&format!("{e}: check the connection, then press \u{201c}Run code\u{201d} or reload the page."), true),
                }
            }
            Msg::FocusError(line, col) => {
                if let Some(editor) = self.editor.cast::<HtmlTextAreaElement>() {
                    let offset = utf16_offset(&self.draft, line, col);
                    let _ = editor.focus();
                    let _ = editor.set_selection_range(offset, offset);
                }
                return false;
            }
        }
        true
    }

    fn rendered(&mut self, _ctx: &Context<Self>, _first_render: bool) {
        if self.scroll_pending {
            self.scroll_pending = false;
            if let Some(root) = self.root.cast::<Element>() {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                root.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
        // The editor sits over the highlighted code; keep it from scrolling on its own.
        if let Some(editor) = self.editor.cast::<Element>() {
            editor.set_scroll_left(0);
            editor.set_scroll_top(0);
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        self.render(ctx)
    }
}

impl Widget {
    fn position(&self) -> usize {
        self.session.as_ref().map_or(0, Session::position)
    }

    /// The detail new steps are taken with.
    fn detail(&self) -> Detail {
        if self.expanded {
            Detail::SubSteps
        } else {
            Detail::Operations
        }
    }

    /// The goroutine stopped inside a sync operation, which must take the next step.
    fn held(&self) -> Option<u32> {
        self.session.as_ref().and_then(Session::held)
    }

    /// Why goroutine `gid` cannot be picked now although it could run: another goroutine is
    /// inside a sync operation, and a sub-step stop is no scheduling decision (the engine
    /// refuses the pick with its own sentence, which the notice then shows).
    fn waits_for_held(&self, gid: u32) -> Option<String> {
        let held = self.held()?;
        let runnable = self.views.iter().any(|g| {
            g.id == gid
                && matches!(
                    g.status,
                    gosim::session::GStatusView::Runnable | gosim::session::GStatusView::Running
                )
        });
        (held != gid && runnable)
            .then(|| format!("goroutine {held} is in the middle of a sync operation"))
    }

    /// Turns the sub-steps on or off. The recorded steps (those taken and those Forward can
    /// redo) are cut again at the new detail by replaying their schedule, so the timeline,
    /// Forward and the inspector all show one detail; the reader stays at the same state
    /// (counted in scheduling points, which both details share). Standing inside an operation
    /// when the sub-steps go off finishes that operation, as a link opened at it does.
    fn set_expanded(&mut self, on: bool) {
        self.expanded = on;
        let detail = self.detail();
        let Some(session) = &mut self.session else {
            self.say(format!("sub-steps {}", if on { "on" } else { "off" }));
            return;
        };
        if session.recorded_len() == 0 {
            session.set_detail(detail);
        } else {
            match session.recut(detail) {
                Ok(target) => self.rewalk(target),
                Err(why) => {
                    // Not expected (the schedule is the session's own); start over, cleanly.
                    self.say_notice(&format!("The steps could not be cut again: {why}."), true);
                    self.compile();
                    return;
                }
            }
        }
        let held = self.held();
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
        text.push_str(&format!(", at step {}", self.position()));
        if let Some(g) = held {
            text.push_str(&substep_note(g));
        }
        self.say(text);
    }

    fn can_forward(&self) -> bool {
        self.session
            .as_ref()
            .is_some_and(|s| s.position() < s.recorded_len())
    }

    fn say(&mut self, text: String) {
        self.live_flip = !self.live_flip;
        // A trailing no-break space on every other message makes a repeated message a change
        // that screen readers announce again.
        self.live = if self.live_flip {
            text
        } else {
            format!("{text}\u{a0}")
        };
    }

    fn say_notice(&mut self, text: &str, error: bool) {
        self.notice = Some(Notice {
            text: text.to_owned(),
            error,
        });
    }

    /// Compiles the editor's text into a fresh session (at step 0, with the current seed),
    /// first fetching the library packages it imports that the module left out: then the
    /// session comes with [`Msg::LibraryLoaded`].
    fn compile(&mut self) {
        self.compiled = self.draft.clone();
        self.known.clear();
        self.epoch += 1;
        self.cancel_find();
        self.find_epoch += 1;
        self.find = FindState::Idle;
        self.listing = false;
        self.proven = false;
        self.outcomes = OutcomesState::Idle;
        self.from_search = false;
        self.selected = None;
        let missing = crate::library::missing(&self.compiled);
        self.loading = !missing.is_empty();
        if self.loading {
            self.session = None;
            self.errors.clear();
            self.say_notice(&format!("Loading {}\u{2026}", missing.join(", ")), false);
            let epoch = self.epoch;
            self.scope.send_future(async move {
                Msg::LibraryLoaded(epoch, crate::library::load(missing).await)
            });
            self.refresh();
            return;
        }
        self.compile_loaded();
    }

    /// Compiles `compiled`, whose library packages are here (or could not be fetched: the
    /// import then fails to compile, naming the package).
    fn compile_loaded(&mut self) {
        self.loading = false;
        match Session::new(&self.compiled, self.seed) {
            Ok(mut session) => {
                if self.options.has(Panel::Memory) {
                    session.set_interface_steps(true);
                }
                session.set_detail(self.detail());
                self.session = Some(session);
                self.errors.clear();
            }
            Err(errors) => {
                self.session = None;
                self.errors = errors;
            }
        }
        self.refresh();
    }

    /// Rebuilds the timeline's record of the steps from the session's recorded events, and
    /// ends at step `target`.
    fn rewalk(&mut self, target: usize) {
        let Some(session) = &mut self.session else {
            return;
        };
        self.known = points_of(session);
        self.epoch += 1;
        session.goto(target);
        self.refresh();
    }

    /// After a jump (back, home, goto, reset): the record stays, the views change.
    fn after_jump(&mut self) {
        if let Some(s) = &self.session {
            if self.known.len() != s.recorded_len() {
                self.known = points_of(s);
            }
        }
        self.refresh();
    }

    fn refresh(&mut self) {
        self.views = self
            .session
            .as_ref()
            .map(Session::goroutines)
            .unwrap_or_default();
        let reached = self.proven
            || match (&self.session, &self.goal) {
                (Some(s), Some(goal)) => s.goal_reached(goal),
                _ => false,
            };
        if reached
            && !self.reached
            && !self.from_search
            && !self.id.is_empty()
            && self.solved.by_reader()
        {
            storage::set(&storage::solved_key(&self.id), "1");
        }
        self.reached = reached;
        let races = self
            .session
            .as_ref()
            .map(Session::races)
            .unwrap_or_default();
        self.new_race = if races.len() > self.races_seen {
            races.last().map(races::race_sentence)
        } else {
            None
        };
        self.races_seen = races.len();
        if self.options.has(Panel::Inspector) {
            self.refresh_prims();
        }
        self.refresh_cases();
    }

    /// Finds the select cases a reader may choose (see `cases`). Each goroutine costs one
    /// look-ahead step on a copy of the machine, so at most `CASE_PROBES` are asked, and
    /// none while Run goes (its ticks would pay for it at every step).
    fn refresh_cases(&mut self) {
        const CASE_PROBES: usize = 16;
        self.cases.clear();
        let Some(session) = self.session.as_ref().filter(|_| self.run.is_none()) else {
            return;
        };
        if session.finished().is_some() {
            return;
        }
        let runnable = self
            .views
            .iter()
            .filter(|g| matches!(g.status, GStatusView::Runnable | GStatusView::Running))
            .take(CASE_PROBES);
        for g in runnable {
            let ready = session.ready_cases(g.id);
            if !ready.is_empty() {
                self.cases.push((g.id, ready));
            }
        }
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
            KeyAction::Leave if std::mem::take(&mut self.escape_ended_editing) => {
                // The editor's Escape ended its editing mode; focus stays in the code.
                return false;
            }
            KeyAction::Leave if target == Target::TextField => {
                // Out of the editor (or the seed): the widget keeps the keyboard, so its keys
                // work; Escape again hands it back to the page.
                if let Some(root) = self.root.cast::<HtmlElement>() {
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
                self.keys_open = false;
                return true;
            }
        };
        Component::update(self, ctx, msg)
    }
}

#[cfg(test)]
mod tests {
    use super::Solved;

    #[test]
    fn solved_before_only_when_it_was() {
        // A fresh profile: the first solve is not "before".
        let mut fresh = Solved::new(false);
        assert_eq!(fresh.note(), None);
        assert!(fresh.by_reader(), "the first solve is stored");
        assert_eq!(fresh.note(), Some(" Solved by your own steps."));
        assert!(!fresh.by_reader(), "stored once");
        assert_eq!(fresh.note(), Some(" Solved by your own steps."));
        // A later visit.
        let mut again = Solved::new(true);
        assert_eq!(again.note(), Some(" You have solved this one before."));
        assert!(!again.by_reader());
        assert_eq!(again.note(), Some(" You have solved this one before."));
    }
}
