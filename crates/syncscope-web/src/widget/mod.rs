//! The widget: one Yew component per live block, holding a [`Session`] of the engine.
//!
//! State changes happen in [`Widget::update`]; drawing is in `view.rs`. Every reader action is
//! one engine call (or a few); the views read the session afterwards. Nothing here panics on
//! the reader's input, the page's data or a link: failures become notices in the widget.

mod inspector;
mod prims;
mod races;
mod view;

use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use gosim::explore::Outcome;
use gosim::inspect::PrimitiveView;
use gosim::session::{CompileError, Detail, Finish, Goal, GoroutineView, Session};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use crate::keys::{key_action, KeyAction, Target};
use crate::lanes::{announce, substep_note, Point};
use crate::options::{check_schedule, Options, Panel};
use crate::share::{linked_id, position_of, Link, SharedState};
use crate::storage;
use prims::{next_holders, Holders};

/// Steps one press of Run may take before it pauses (the engine has its own, larger limits).
pub const RUN_LIMIT: usize = 20_000;
/// Runs "find it for me" and "list outcomes" may try.
/// (Each run is at most 10,000 steps and the search is one synchronous call: the bound keeps
/// the page's pause short.)
pub const SEARCH_RUNS: u64 = 1_000;
/// Steps of one explored run.
const SEARCH_STEPS: u64 = 10_000;
/// Steps a loaded schedule is followed past its last decision (to its end or its goal).
const FOLLOW_LIMIT: usize = 10_000;
/// Milliseconds of work per tick of an instant run, so the page stays responsive.
const TICK_BUDGET_MS: f64 = 12.0;
/// Steps the inspector re-walks (after a jump forward or a loaded schedule) to learn who holds
/// each lock; beyond it, a lock taken in the skipped steps shows its holder as not known.
const HOLDER_WALK: usize = 2_000;

/// The inspector's primitives at the current step and at the step before (for marking what
/// the last step changed), with the (session epoch, position) they were read at.
#[derive(Default)]
struct PrimState {
    now: Vec<PrimitiveView>,
    before: Option<Vec<PrimitiveView>>,
    at: Option<(u64, usize)>,
}

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

/// How fast Run goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    Slow,
    Normal,
    Fast,
    Instant,
}

impl Speed {
    pub const ALL: [Speed; 4] = [Speed::Slow, Speed::Normal, Speed::Fast, Speed::Instant];

    pub fn name(self) -> &'static str {
        match self {
            Speed::Slow => "slow",
            Speed::Normal => "normal",
            Speed::Fast => "fast",
            Speed::Instant => "instant",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Speed::Slow => "slow (2 steps/s)",
            Speed::Normal => "normal (5 steps/s)",
            Speed::Fast => "fast (20 steps/s)",
            Speed::Instant => "instant",
        }
    }

    fn delay_ms(self) -> u32 {
        match self {
            Speed::Slow => 500,
            Speed::Normal => 200,
            Speed::Fast => 50,
            Speed::Instant => 0,
        }
    }

    pub fn parse(name: &str) -> Option<Speed> {
        Speed::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// A message under the toolbar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// The explorer's search for the goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindState {
    Idle,
    Searching,
    Done(String),
}

/// The explorer's list of outcomes.
#[derive(Clone, Debug)]
pub enum OutcomesState {
    Idle,
    Searching,
    Done {
        outcomes: Vec<(Outcome, String)>,
        runs: u64,
        complete: bool,
    },
    Failed(String),
}

/// The share button's confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareState {
    Idle,
    Copied,
    /// The clipboard refused; the link is shown to copy by hand.
    Manual(String),
}

pub enum Msg {
    Step,
    StepGoroutine(u32),
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
    FindNow,
    ListOutcomes,
    ListOutcomesNow,
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
    ToggleKeys,
    ToggleExpand,
    FocusError(u32, u32),
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
    seed: u64,
    seed_text: String,
    /// Every recorded step, including those Forward can redo.
    known: Vec<Point>,
    /// The goroutines at the current step (refreshed after every change).
    views: Vec<GoroutineView>,
    /// Bumped whenever the recorded steps are replaced (new code, seed, schedule), so that
    /// cached inspector state from another run is never used.
    epoch: u64,
    /// Inspector: primitives now and one step earlier (only with the inspector panel).
    prims: PrimState,
    /// Inspector: who holds each lock after step `i` (index `i`; 0 = the start), as far as
    /// watched steps tell; `None` where the steps were not watched.
    holders: Vec<Option<Holders>>,
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
    outcomes: OutcomesState,
    /// The loaded steps came from "find it for me" (reaching the goal then does not count as
    /// the reader's own solution).
    from_search: bool,
    reached: bool,
    solved: bool,
    share: ShareState,
    share_timer: Option<Timeout>,
    /// Counts links opened with code, so that only the latest one's code is loaded.
    link_epoch: u32,
    /// A search waiting for the "searching" state to paint (cancelled when dropped).
    deferred: Option<Timeout>,
    keys_open: bool,
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

fn now_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now()
    } else {
        0.0
    }
}

fn location_hash() -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.location().hash().ok()
}

fn point_of(event: &gosim::session::StepEvent) -> Point {
    Point {
        index: event.index,
        goroutine: event.goroutine,
        kind: format!("{:?}", event.kind),
        line: event.line,
        text: event.text.clone(),
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

/// Sub-step stops at the end of `events` (the steps up to the current one): how far into a
/// sync operation the current step stands (0 between operations).
fn stops_into_operation(events: &[gosim::session::StepEvent]) -> usize {
    events.iter().rev().take_while(|e| e.substep).count()
}

/// Whether each recorded step (including those Forward can redo) is a sub-step stop.
fn substep_flags(session: &Session) -> Vec<bool> {
    session
        .recorded_events()
        .iter()
        .map(|e| e.substep)
        .collect()
}

/// The timeline's record of every recorded step (including those Forward can redo), with the
/// wake-ups the engine reports.
fn points_of(session: &Session) -> Vec<Point> {
    session.recorded_events().iter().map(point_of).collect()
}

/// What the live region and the status say about an ended run.
pub fn finish_text(finish: &Finish) -> String {
    match finish.exit_code {
        Some(0) => "the program exited (exit status 0)".into(),
        Some(code) if finish.message.is_empty() => {
            format!("the program exited with status {code}")
        }
        Some(code) => format!("{} (exit status {code})", finish.message),
        None => format!("stopped: {}", finish.message),
    }
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
            solved: !id.is_empty() && storage::get(&storage::solved_key(&id)).is_some(),
            id,
            draft: original.clone(),
            compiled: original.clone(),
            original,
            options,
            options_error,
            goal,
            session: None,
            errors: Vec::new(),
            seed,
            seed_text: seed.to_string(),
            known: Vec::new(),
            views: Vec::new(),
            epoch: 0,
            prims: PrimState::default(),
            holders: Vec::new(),
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
            outcomes: OutcomesState::Idle,
            from_search: false,
            reached: false,
            share: ShareState::Idle,
            share_timer: None,
            link_epoch: 0,
            deferred: None,
            keys_open: false,
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
                    self.holders.truncate(1);
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
                if self.session.is_some() {
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
                self.find = FindState::Searching;
                self.say("searching the interleavings\u{2026}".into());
                // Let the "searching" state paint before the (synchronous) search.
                self.deferred = Some(later(ctx, 30, Msg::FindNow));
            }
            Msg::FindNow => self.find_now(),
            Msg::ListOutcomes => {
                self.stop_run();
                self.outcomes = OutcomesState::Searching;
                self.say("listing the outcomes\u{2026}".into());
                self.deferred = Some(later(ctx, 30, Msg::ListOutcomesNow));
            }
            Msg::ListOutcomesNow => self.list_outcomes_now(),
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
            Msg::ToggleKeys => self.keys_open = !self.keys_open,
            Msg::ToggleExpand => self.set_expanded(!self.expanded),
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

/// The UTF-16 offset in `text` of a 1-based line and (byte) column, as Go reports them; for
/// placing the editor's caret. Out-of-range positions clamp to the line's or text's end.
pub fn utf16_offset(text: &str, line: u32, col: u32) -> u32 {
    let mut offset = 0usize;
    for (n, l) in text.split('\n').enumerate() {
        if n + 1 == line as usize {
            let byte = (col.max(1) as usize - 1).min(l.len());
            let byte = (0..=byte)
                .rev()
                .find(|&b| l.is_char_boundary(b))
                .unwrap_or(0);
            offset += l[..byte].encode_utf16().count();
            return u32::try_from(offset).unwrap_or(u32::MAX);
        }
        offset += l.encode_utf16().count() + 1;
    }
    u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX)
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
            match recut(session, detail) {
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
            "sub-steps on: Mutex, RWMutex, WaitGroup and Cond operations stop at their labelled points".to_owned()
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

    fn edited(&self) -> bool {
        self.draft != self.compiled
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

    fn save_draft(&mut self) {
        if self.id.is_empty() || !self.options.editable {
            return;
        }
        let key = storage::code_key(&self.id);
        if self.draft == self.original {
            storage::remove(&key);
        } else if !storage::set(&key, &self.draft) {
            self.say_notice(
                "This browser does not let the page keep your edit; copy it somewhere before leaving.",
                true,
            );
        }
    }

    /// Compiles the editor's text into a fresh session (at step 0, with the current seed).
    fn compile(&mut self) {
        self.compiled = self.draft.clone();
        self.known.clear();
        self.epoch += 1;
        self.holders.clear();
        self.find = FindState::Idle;
        self.outcomes = OutcomesState::Idle;
        self.from_search = false;
        self.selected = None;
        match Session::new(&self.compiled, self.seed) {
            Ok(mut session) => {
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

    /// Loads the block's own `schedule=` option, if it has one, as steps Forward and Run walk.
    fn load_block_schedule(&mut self) {
        let Some(schedule) = self.options.schedule.clone() else {
            return;
        };
        if self.compiled != self.original {
            return;
        }
        if self.follow_schedule(&schedule, None) {
            self.from_search = true;
            self.say_notice(
                "This block comes with a schedule: Step, Forward or Run walks it; clicking a goroutine takes another path.",
                false,
            );
        }
    }

    /// Replays `schedule` from the start and follows it to the program's end (or until the
    /// goal holds, with `goal`), then goes back to step 0 with the steps recorded for Forward.
    /// False (with a notice) when the schedule does not fit the program.
    fn follow_schedule(&mut self, schedule: &str, goal: Option<&Goal>) -> bool {
        // Reaching the goal along a loaded path is not the reader's own solution.
        self.from_search = true;
        let Some(session) = &mut self.session else {
            return false;
        };
        if let Err(e) = check_schedule(schedule) {
            self.say_notice(&format!("The schedule cannot be loaded: {e}."), true);
            return false;
        }
        if let Err(e) = session.replay(schedule) {
            session.reset();
            self.known.clear();
            self.epoch += 1;
            self.holders.clear();
            self.refresh();
            self.say_notice(&format!("The schedule cannot be loaded: {e}."), true);
            return false;
        }
        let mut n = 0;
        while n < FOLLOW_LIMIT
            && session.finished().is_none()
            && !goal.is_some_and(|g| session.goal_reached(g))
            && session.step().is_some()
        {
            n += 1;
        }
        self.known.clear();
        self.rewalk(0);
        true
    }

    /// Rebuilds the timeline's record of the steps from the session's recorded events, and
    /// ends at step `target`.
    fn rewalk(&mut self, target: usize) {
        let Some(session) = &mut self.session else {
            return;
        };
        self.known = points_of(session);
        self.epoch += 1;
        self.holders.clear();
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
        let reached = match (&self.session, &self.goal) {
            (Some(s), Some(goal)) => s.goal_reached(goal),
            _ => false,
        };
        if reached && !self.reached && !self.from_search && !self.solved && !self.id.is_empty() {
            self.solved = true;
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
    }

    /// Reads the inspector's primitives at the current step and the step before, and extends
    /// the record of lock holders up to here (walking the steps it has not watched, when there
    /// are not too many).
    fn refresh_prims(&mut self) {
        let Some(session) = self.session.as_mut() else {
            self.prims = PrimState::default();
            self.holders.clear();
            return;
        };
        let p = session.position();
        if self.holders.is_empty() {
            self.holders.push(Some(Holders::new()));
        }
        if self.prims.at == Some((self.epoch, p)) {
            return;
        }
        let mut before = None;
        if p > 0 && self.prims.at == Some((self.epoch, p - 1)) {
            before = Some(std::mem::take(&mut self.prims.now));
        }
        let mut now = None;
        let covered = self.holders.len() - 1;
        if covered < p && (before.is_none() || covered + 1 < p) && p - covered <= HOLDER_WALK {
            session.goto(covered);
            let mut prev = session.primitives();
            for i in covered..p {
                if !session.forward() {
                    break;
                }
                let next = session.primitives();
                let gid = self.known.get(i).map_or(0, |pt| pt.goroutine);
                let held = next_holders(self.holders[i].as_ref(), &prev, &next, gid);
                self.holders.push(Some(held));
                if i + 1 == p {
                    before = Some(prev);
                    now = Some(next);
                    break;
                }
                prev = next;
            }
            session.goto(p);
        }
        let now = now.unwrap_or_else(|| session.primitives());
        if before.is_none() && p > 0 && session.back() {
            before = Some(session.primitives());
            session.forward();
        }
        if self.holders.len() < p {
            self.holders.resize(p, None);
        }
        if self.holders.len() == p {
            let held = before.as_ref().map(|b| {
                let gid = self.known.get(p - 1).map_or(0, |pt| pt.goroutine);
                next_holders(self.holders[p - 1].as_ref(), b, &now, gid)
            });
            self.holders.push(held);
        }
        self.prims = PrimState {
            now,
            before,
            at: Some((self.epoch, p)),
        };
    }

    /// Who holds each lock at the current step, when the watched steps tell.
    fn holders_now(&self) -> Option<&Holders> {
        self.holders.get(self.position()).and_then(Option::as_ref)
    }

    /// One step: the scheduler's pick (`None`) or the reader's. A recorded step that matches
    /// (a loaded schedule, or steps undone by Back) is redone rather than re-decided, so that
    /// Step and Run follow what was loaded. Returns whether a step was taken.
    fn advance(&mut self, pick: Option<u32>) -> Result<bool, String> {
        let Some(session) = &mut self.session else {
            return Ok(false);
        };
        if session.finished().is_some() {
            return Ok(false);
        }
        let at = session.position();
        if at < session.recorded_len() {
            let next = self.known.get(at).map(|p| p.goroutine);
            if pick.is_none() || pick == next {
                session.forward();
                if self.known.len() != session.recorded_len() {
                    self.known = points_of(session);
                }
                return Ok(true);
            }
        }
        let event = match pick {
            None => match session.step() {
                Some(event) => event,
                None => return Ok(false),
            },
            Some(gid) => session.step_goroutine(gid)?,
        };
        self.known.truncate(event.index);
        self.known.push(point_of(&event));
        self.holders.truncate(event.index + 1);
        // A step of the reader's own: the path is no longer the loaded one.
        self.from_search = false;
        Ok(true)
    }

    /// A step the reader asked for, announced.
    fn user_step(&mut self, pick: Option<u32>) {
        if self.session.is_none() {
            return;
        }
        if self.views.is_empty() {
            self.refresh();
        }
        match self.advance(pick) {
            Ok(true) => {
                self.notice = None;
                self.refresh();
                self.announce_step();
            }
            Ok(false) => {
                let text = self
                    .finished_text()
                    .unwrap_or_else(|| "nothing to do".into());
                self.say(text);
            }
            Err(why) => {
                self.refresh();
                self.say_notice(&why, true);
                self.say(why);
            }
        }
    }

    fn finished_text(&self) -> Option<String> {
        self.session
            .as_ref()
            .and_then(Session::finished)
            .map(|f| finish_text(&f))
    }

    fn announce_step(&mut self) {
        let at = self.position();
        let Some(point) = at.checked_sub(1).and_then(|i| self.known.get(i)) else {
            return;
        };
        let mut text = announce(point.goroutine, &point.text, &point.kind, point.line);
        if point.substep {
            text.push_str(&substep_note(point.goroutine));
        }
        if let Some(done) = self.finished_text() {
            text = format!("{text}; {done}");
        }
        if let Some(race) = &self.new_race {
            text = format!("{text}; data race detected: {race}");
        }
        if self.reached {
            text.push_str("; goal reached");
        }
        self.say(text);
    }

    /// The race goal's line on the exercise card.
    fn race_goal_text(&self) -> String {
        let races = self
            .session
            .as_ref()
            .map(Session::races)
            .unwrap_or_default();
        match races.first() {
            None => "No race reported yet: the detector watches every read and write; find an order of steps in which two goroutines touch the same variable without anything ordering them.".into(),
            Some(r) => format!("Reported: {} (see the race note above).", races::race_sentence(r)),
        }
    }

    fn stop_run(&mut self) {
        self.run = None;
    }

    fn schedule_tick(&mut self, ctx: &Context<Self>, delay: u32) {
        self.run = Some(later(ctx, delay, Msg::Tick));
    }

    /// One tick of Run: one step at the animated speeds, as many as fit in a few
    /// milliseconds at "instant". Never more, so the page keeps responding.
    fn tick(&mut self, ctx: &Context<Self>) {
        if self.run.is_none() {
            return;
        }
        let started = now_ms();
        let was_reached = self.reached;
        let mut stop: Option<String> = None;
        loop {
            if self.run_left == 0 {
                stop = Some(format!(
                    "paused after {RUN_LIMIT} steps; press Run to go on"
                ));
                break;
            }
            match self.advance(None) {
                Ok(true) => self.run_left -= 1,
                Ok(false) | Err(_) => {
                    stop = Some(self.finished_text().unwrap_or_else(|| "stopped".into()));
                    break;
                }
            }
            if let Some(goal) = &self.goal {
                if !was_reached && self.session.as_ref().is_some_and(|s| s.goal_reached(goal)) {
                    stop = Some(format!("goal reached at step {}", self.position()));
                    break;
                }
            }
            if self.speed != Speed::Instant || now_ms() - started > TICK_BUDGET_MS {
                break;
            }
        }
        self.refresh();
        match stop {
            Some(text) => {
                self.run = None;
                if self.finished_text().is_none() && text.starts_with("paused") {
                    self.say_notice(&text, false);
                }
                self.say(format!("run stopped at step {}: {text}", self.position()));
            }
            None => {
                if self.speed == Speed::Slow {
                    self.announce_step();
                }
                self.schedule_tick(ctx, self.speed.delay_ms());
            }
        }
    }

    fn find_now(&mut self) {
        let Some(goal) = self.goal.clone() else {
            self.find = FindState::Idle;
            return;
        };
        let Some(session) = &self.session else {
            self.find = FindState::Done("Fix the code first: it does not compile.".into());
            return;
        };
        let result = session.find(&goal, SEARCH_RUNS);
        let text = match (&result.schedule, &result.note) {
            (_, Some(note)) => format!("No search this time: {note}."),
            (Some(schedule), _) => {
                if self.follow_schedule(schedule, Some(&goal)) {
                    self.from_search = true;
                    let at = self.known.len();
                    format!(
                        "Found after {} run{}: the schedule {} is loaded from the start. Step, Forward or Run walks it; the goal is reached at step {at}.",
                        result.runs,
                        if result.runs == 1 { "" } else { "s" },
                        if schedule.is_empty() { "(no decisions)" } else { schedule.as_str() }
                    )
                } else {
                    "Found a schedule, but it could not be loaded.".into()
                }
            }
            (None, None) if result.complete => format!(
                "No schedule reaches the goal: all {} runs were tried. Has the code been changed?",
                result.runs
            ),
            (None, None) => format!(
                "Not found in {} runs (the search stops there). Try stepping by hand.",
                result.runs
            ),
        };
        self.say(text.clone());
        self.find = FindState::Done(text);
    }

    fn list_outcomes_now(&mut self) {
        if self.session.is_none() {
            self.outcomes =
                OutcomesState::Failed("Fix the code first: it does not compile.".into());
            return;
        }
        let program = match gosim::compile(&self.compiled) {
            Ok(program) => program,
            Err(e) => {
                self.outcomes = OutcomesState::Failed(e);
                return;
            }
        };
        let exploration = gosim::explore::explore(program, SEARCH_STEPS, SEARCH_RUNS);
        let outcomes: Vec<(Outcome, String)> = exploration
            .outcomes
            .into_iter()
            .map(|(o, s)| (o, s.to_string()))
            .collect();
        self.say(format!(
            "{} outcome{} found",
            outcomes.len(),
            if outcomes.len() == 1 { "" } else { "s" }
        ));
        self.outcomes = OutcomesState::Done {
            outcomes,
            runs: exploration.runs,
            complete: exploration.complete,
        };
    }

    /// Opens the state the page's URL links this block to: at once when the link carries no
    /// code, else when the browser has inflated the code (`Msg::LinkOpened`; meanwhile the
    /// caller opens the block as usual, so it is live at once, and `load_shared` puts aside
    /// whatever the reader typed in between). False when the block has to open as usual.
    fn open_link(&mut self, ctx: &Context<Self>) -> bool {
        let Some(link) = self.linked_state() else {
            return false;
        };
        // A link still inflating is overtaken by this one.
        self.link_epoch += 1;
        if link.deflated_code.is_none() {
            self.load_shared(link.state);
            return true;
        }
        let epoch = self.link_epoch;
        let scope = ctx.link().clone();
        wasm_bindgen_futures::spawn_local(async move {
            scope.send_message(Msg::LinkOpened(epoch, link.open().await));
        });
        false
    }

    /// The link the page's URL fragment makes to this block, if it does. A damaged link to
    /// this block leaves a notice saying why it was not restored.
    fn linked_state(&mut self) -> Option<Link> {
        let hash = location_hash()?;
        if self.id.is_empty() || linked_id(&hash).as_deref() != Some(self.id.as_str()) {
            return None;
        }
        match SharedState::decode(&hash) {
            Ok(state) => state,
            Err(why) => {
                self.say_notice(
                    &format!("The link to this block could not be opened: {why}."),
                    true,
                );
                None
            }
        }
    }

    /// Puts the reader's edit aside (in memory and in storage) before a link replaces it.
    fn set_aside(&mut self) {
        if !self.id.is_empty() {
            storage::set(&storage::aside_key(&self.id), &self.draft);
        }
        self.own_code = Some(self.draft.clone());
    }

    /// The state a share link restores.
    fn shared_state(&self) -> Option<SharedState> {
        let session = self.session.as_ref()?;
        Some(SharedState {
            id: self.id.clone(),
            // Scheduling points, not positions: sub-step stops are no decisions, and the link
            // must mean the same state whatever detail reopens it.
            step: session.operation_position(),
            seed: Some(self.seed),
            schedule: session.schedule(),
            code: (self.compiled != self.original).then(|| self.compiled.clone()),
            substeps: self.expanded,
            sub: stops_into_operation(&session.events()),
        })
    }

    fn share(&mut self, ctx: &Context<Self>) {
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
    fn load_shared(&mut self, state: SharedState) {
        if let Some(code) = state.code {
            if self.options.editable {
                if self.draft != self.original && self.draft != code {
                    self.set_aside();
                }
                self.draft = code;
            } else {
                self.say_notice(
                    "This block is read-only, so the link\u{2019}s code was left out.",
                    true,
                );
            }
        } else if self.draft != self.original {
            self.set_aside();
            self.draft = self.original.clone();
        }
        if let Some(seed) = state.seed {
            self.seed = seed;
            self.seed_text = seed.to_string();
        }
        self.expanded = state.substeps;
        self.compile();
        self.from_search = true;
        self.scroll_pending = true;
        if self.session.is_none() {
            return;
        }
        if !state.schedule.is_empty() && !self.follow_schedule(&state.schedule, None) {
            return;
        }
        let mut target = 0;
        if let Some(session) = &mut self.session {
            // The link counts scheduling points; make sure the record reaches its step (and
            // the sub-step stops into the operation it stood in), then find that position.
            let mut flags = substep_flags(session);
            let mut ops = flags.iter().filter(|s| !**s).count();
            let mut n = 0;
            // Inside an operation, its stops come before the next scheduling point.
            let wanted = state.step + usize::from(state.sub > 0);
            while ops < wanted && n < FOLLOW_LIMIT {
                let Some(event) = session.goto_end_and_step() else {
                    break;
                };
                ops += usize::from(!event.substep);
                flags.push(event.substep);
                n += 1;
            }
            target = position_of(&flags, state.step, state.sub);
        }
        self.rewalk(target);
        let at = self.position();
        self.say_notice(&format!("Opened from a shared link, at step {at}."), false);
        self.say(format!("opened from a shared link at step {at}"));
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

    /// Keys inside the code editor: Tab types a tab (Esc, then Tab, leaves the editor), and
    /// Ctrl+Enter (or Cmd+Enter) applies the edit.
    fn editor_key(&mut self, ctx: &Context<Self>, event: KeyboardEvent) -> bool {
        let key = event.key();
        if key == "Enter" && (event.ctrl_key() || event.meta_key()) {
            event.prevent_default();
            return Component::update(self, ctx, Msg::Apply);
        }
        if key == "Tab" && !event.shift_key() && !event.ctrl_key() && !event.alt_key() {
            if let Some(editor) = self.editor.cast::<HtmlTextAreaElement>() {
                event.prevent_default();
                let value = editor.value();
                let mut units: Vec<u16> = value.encode_utf16().collect();
                let len = units.len() as u32;
                let start = editor
                    .selection_start()
                    .ok()
                    .flatten()
                    .unwrap_or(len)
                    .min(len);
                let end = editor
                    .selection_end()
                    .ok()
                    .flatten()
                    .unwrap_or(start)
                    .clamp(start, len);
                units.splice(start as usize..end as usize, [u16::from(b'\t')]);
                let text = String::from_utf16_lossy(&units);
                editor.set_value(&text);
                let _ = editor.set_selection_range(start + 1, start + 1);
                self.draft = text;
                self.save_draft();
                return true;
            }
        }
        false
    }
}

/// Cuts every recorded step of `session` (taken, and redoable by Forward) again at `detail`,
/// by replaying the record's schedule, and returns the position matching the current one:
/// the same number of scheduling points, and the same stops into the current operation
/// (with sub-steps off, the end of that operation). The session is left at the record's end.
fn recut(session: &mut Session, detail: Detail) -> Result<usize, String> {
    let ops = session.operation_position();
    let sub = stops_into_operation(&session.events());
    let end = session.recorded_len();
    session.goto(end);
    let end_ops = session.operation_position();
    let schedule = session.schedule();
    session.set_detail(detail);
    session.replay_to(&schedule, end_ops)?;
    let flags = substep_flags(session);
    Ok(match detail {
        Detail::SubSteps => position_of(&flags, ops, sub),
        Detail::Operations => position_of(&flags, ops + usize::from(sub > 0), 0),
    })
}

/// Helpers the widget wants from a session.
trait SessionExt {
    /// Goes to the last recorded step and takes one more; `None` when the program has ended.
    fn goto_end_and_step(&mut self) -> Option<gosim::session::StepEvent>;
}

impl SessionExt for Session {
    fn goto_end_and_step(&mut self) -> Option<gosim::session::StepEvent> {
        let end = self.recorded_len();
        self.goto(end);
        self.step()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_offsets_follow_go_columns() {
        let text = "ab\n\tcd\né世x\n";
        assert_eq!(utf16_offset(text, 1, 1), 0);
        assert_eq!(utf16_offset(text, 1, 3), 2);
        assert_eq!(utf16_offset(text, 2, 2), 4);
        // Go's columns count bytes: x is at byte column 6 of line 3.
        assert_eq!(utf16_offset(text, 3, 6), 9);
        // Inside a character: the start of that character.
        assert_eq!(utf16_offset(text, 3, 3), 8);
        assert_eq!(utf16_offset(text, 2, 99), 6);
        assert_eq!(utf16_offset(text, 99, 1), 11);
        assert_eq!(utf16_offset(text, 0, 0), 11);
    }

    /// Main holds a mutex while a worker queues on it, then lets go.
    const CONTENDED: &str = "package main

import (
\t\"fmt\"
\t\"sync\"
\t\"time\"
)

func main() {
\tvar mu sync.Mutex
\tdone := make(chan bool)
\tmu.Lock()
\tgo func() {
\t\tmu.Lock()
\t\tfmt.Println(\"worker has it\")
\t\tmu.Unlock()
\t\tdone <- true
\t}()
\ttime.Sleep(time.Millisecond)
\tmu.Unlock()
\t<-done
}
";

    fn state(s: &Session) -> (String, Vec<GoroutineView>, Option<u32>) {
        (s.stdout(), s.goroutines(), s.held())
    }

    #[test]
    fn expanding_keeps_the_state_and_the_redo_list() {
        let mut s = Session::new(CONTENDED, 3).unwrap();
        while s.step().is_some() {}
        let end = state(&s);
        let ops_total = s.operation_position();
        s.goto(6);
        let at6 = state(&s);
        // On: same state, more positions, and Forward still walks to the same end.
        let target = recut(&mut s, Detail::SubSteps).unwrap();
        s.goto(target);
        assert_eq!(state(&s), at6);
        assert_eq!(s.operation_position(), 6);
        assert!(s.recorded_len() > ops_total, "sub-step stops were recorded");
        assert!(s.recorded_events().iter().any(|e| e.label.is_some()));
        while s.forward() {}
        assert_eq!(state(&s), end);
        // Inside an operation (a stop), on again: the very same stop.
        s.goto(0);
        while s.held().is_none() {
            s.forward();
        }
        let stop = (s.position(), state(&s));
        let target = recut(&mut s, Detail::SubSteps).unwrap();
        s.goto(target);
        assert_eq!((s.position(), state(&s)), stop);
        // Off from inside: the operation is finished, nothing is held, no labels are left.
        let ops = s.operation_position();
        let target = recut(&mut s, Detail::Operations).unwrap();
        s.goto(target);
        assert_eq!(s.held(), None);
        assert_eq!(s.position(), ops + 1);
        assert!(s
            .recorded_events()
            .iter()
            .all(|e| e.label.is_none() && !e.substep));
        assert_eq!(s.recorded_len(), ops_total);
        while s.forward() {}
        assert_eq!(state(&s), end);
    }

    #[test]
    fn stops_into_an_operation_are_counted_from_the_end() {
        let mut s = Session::new(CONTENDED, 3).unwrap();
        s.set_detail(Detail::SubSteps);
        assert_eq!(stops_into_operation(&s.events()), 0);
        while s.held().is_none() {
            s.step().unwrap();
        }
        assert_eq!(stops_into_operation(&s.events()), 1);
        assert_eq!(
            substep_flags(&s).iter().filter(|f| **f).count(),
            1,
            "one stop so far"
        );
    }

    #[test]
    fn speeds_round_trip() {
        for speed in Speed::ALL {
            assert_eq!(Speed::parse(speed.name()), Some(speed));
        }
        assert_eq!(Speed::parse("warp"), None);
    }

    #[test]
    fn finishes_read_well() {
        let f = |code, message: &str| Finish {
            exit_code: code,
            message: message.into(),
        };
        assert_eq!(
            finish_text(&f(Some(0), "")),
            "the program exited (exit status 0)"
        );
        assert_eq!(
            finish_text(&f(Some(2), "panic: boom")),
            "panic: boom (exit status 2)"
        );
        assert_eq!(
            finish_text(&f(None, "step limit reached")),
            "stopped: step limit reached"
        );
    }
}
