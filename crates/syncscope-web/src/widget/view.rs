//! Drawing the widget. Everything here reads the state; changes go through messages.
//!
//! Class names start with `gosim-` and are styled in `theme/gosim.css`; `data-testid`
//! attributes are the stable hooks for end-to-end tests (listed in the crate docs).

use gosim::session::{Detail, GStatusView, GoroutineView, ReadyCase, Session, VarView};
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::html::Scope;
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

use super::{FindState, Msg, OutcomesState, ShareState, Speed, Widget};
use crate::decimal::{fixed, trimmed3};
use crate::dom::{each, text_el};
use crate::highlight::highlight;
use crate::keys;
use crate::lanes::{self, colour_class, layout};
use crate::options::{code_spans, Goal, GoalText, Panel, PanelTitle};

/// Display columns a tab takes in the code pane (`tab-size` in gosim.css).
const TAB: usize = 4;

/// A message under the toolbar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// The view group of [`Widget`]: what the reader chose to see, and what the widget says
/// to them (the notice under the toolbar, the live region screen readers announce).
pub(super) struct ViewState {
    /// The goroutine the reader picked for the inspector and memory panels.
    pub(super) selected: Option<u32>,
    pub(super) keys_open: bool,
    /// Sync operations are expanded into their labelled sub-steps (the Expand toggle).
    pub(super) expanded: bool,
    pub(super) notice: Option<Notice>,
    /// The live region's text.
    pub(super) live: String,
    live_flip: bool,
    /// Scroll the widget into view after the next render (opened from a link).
    pub(super) scroll_pending: bool,
    /// The widget's root element.
    pub(super) root: NodeRef,
}

impl ViewState {
    pub(super) fn new(expanded: bool) -> ViewState {
        ViewState {
            selected: None,
            keys_open: false,
            expanded,
            notice: None,
            live: String::new(),
            live_flip: false,
            scroll_pending: false,
            root: NodeRef::default(),
        }
    }

    /// The detail new steps are taken with.
    pub(super) fn detail(&self) -> Detail {
        if self.expanded {
            Detail::SubSteps
        } else {
            Detail::Operations
        }
    }

    /// Announces `text` in the live region.
    pub(super) fn say(&mut self, text: String) {
        self.live_flip = !self.live_flip;
        // A trailing no-break space on every other message makes a repeated message a change
        // that screen readers announce again.
        self.live = if self.live_flip {
            text
        } else {
            format!("{text}\u{a0}")
        };
    }

    /// Shows `text` under the toolbar (as an error with `error`).
    pub(super) fn say_notice(&mut self, text: &str, error: bool) {
        self.notice = Some(Notice {
            text: text.to_owned(),
            error,
        });
    }

    /// After a render: scrolls the widget into view if a link asked for it.
    pub(super) fn scroll_if_pending(&mut self) {
        if !std::mem::take(&mut self.scroll_pending) {
            return;
        }
        if let Some(root) = self.root.cast::<Element>() {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            root.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}

fn status_name(status: GStatusView) -> &'static str {
    match status {
        GStatusView::Running => "running",
        GStatusView::Runnable => "runnable",
        GStatusView::Blocked => "blocked",
        GStatusView::Done => "done",
    }
}

pub(super) fn status_text(g: &GoroutineView) -> String {
    match (g.status, &g.wait_reason) {
        (GStatusView::Blocked, Some(reason)) => format!("blocked: {reason}"),
        (status, _) => status_name(status).to_owned(),
    }
}

/// The display column (0-based, tabs expanded) of a 1-based byte column on `line`.
pub fn display_col(line: &str, col: u32) -> usize {
    let byte = (col.max(1) as usize - 1).min(line.len());
    let mut width = 0;
    for (i, c) in line.char_indices() {
        if i >= byte {
            break;
        }
        width = if c == '\t' {
            (width / TAB + 1) * TAB
        } else {
            width + 1
        };
    }
    width
}

pub(super) fn vars_table(vars: &[VarView], empty: &str) -> Html {
    if vars.is_empty() {
        return muted(empty.to_owned().into());
    }
    html! {
        <table class="gosim-vars">
            <thead><tr><th scope="col">{"name"}</th><th scope="col">{"type"}</th><th scope="col">{"value"}</th></tr></thead>
            <tbody>
                { each(vars.len(), &|i| { let v = &vars[i]; html! {
                    <tr>
                        <td><code>{ v.name.clone() }</code></td>
                        <td><code>{ v.type_name.clone() }</code></td>
                        <td>{ text_el("code", "gosim-value", AttrValue::from(v.value.clone())) }</td>
                    </tr>
                }}) }
            </tbody>
        </table>
    }
}

/// A click handler that sends `make()`: one non-generic function for every plain button, so
/// the callback machinery is compiled once instead of once per closure type.
pub(super) fn click(link: &Scope<Widget>, make: fn() -> Msg) -> Callback<MouseEvent> {
    link.callback(move |_| make())
}

/// A click handler that sends `make(arg)` (a goroutine id, a step, a line and column):
/// every button with an argument shares this one closure type.
pub(super) fn click_with(
    link: &Scope<Widget>,
    arg: u64,
    make: fn(u64) -> Msg,
) -> Callback<MouseEvent> {
    link.callback(move |_| make(arg))
}

/// A click handler that moves to step `target`.
fn goto(link: &Scope<Widget>, target: usize) -> Callback<MouseEvent> {
    click_with(link, target as u64, |t| Msg::Goto(t as usize))
}

/// A key handler sending `make(event)`: the widget's and the editor's share one closure type.
fn on_key(link: &Scope<Widget>, make: fn(KeyboardEvent) -> Msg) -> Callback<KeyboardEvent> {
    link.callback(make)
}

/// `<p class="gosim-muted">text</p>`, the commonest element of the widget, built in one place.
#[inline(never)]
pub(super) fn muted(text: AttrValue) -> Html {
    text_el("p", "gosim-muted", AttrValue::from(text))
}

/// The `data-mark` of a timeline step: its mark's name in lower case.
fn mark_name(mark: lanes::Mark) -> &'static str {
    match mark {
        lanes::Mark::Step => "step",
        lanes::Mark::Block => "block",
        lanes::Mark::Read => "read",
        lanes::Mark::Write => "write",
        lanes::Mark::Sub => "sub",
    }
}

/// A toolbar button. All of them come from this one function (instead of one `html!`
/// expansion each, which the wasm module paid for nine times); attributes given as `None`
/// or `false` are left out, and the attribute order is the one `html!` gives a button that
/// spells its attributes out: the plain ones in this order, then `disabled`, then `class`.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn tool_button(
    class: &'static str,
    testid: &'static str,
    onclick: Callback<MouseEvent>,
    disabled: bool,
    pressed: Option<bool>,
    keys: Option<&'static str>,
    title: Option<&'static str>,
    expanded: Option<bool>,
    label: &'static str,
) -> Html {
    html! {
        <button type="button" class={class} data-testid={testid} {onclick} disabled={disabled}
            aria-pressed={pressed.map(|p| p.to_string())} aria-keyshortcuts={keys}
            title={title} aria-expanded={expanded.map(|e| e.to_string())}>
            { label }
        </button>
    }
}

impl Widget {
    /// The code line a goroutine's marker sits on: where it is, or where it will start.
    /// Once the program has ended, a goroutine a panic unwound has no frames: its marker
    /// stays where its last step was, not on its `go func()` line.
    fn marker_line(&self, g: &GoroutineView) -> Option<u32> {
        match (g.status, g.line) {
            (GStatusView::Done, _) => None,
            _ if self.run.ended() => {
                lanes::ended_marker_line(g.line, self.run.last_line_of(g.id), g.start_line)
            }
            (_, 0) => lanes::start_marker_line(g.start_line),
            (_, line) => Some(line),
        }
    }

    pub(super) fn render(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        if let Some(error) = &self.options_error {
            return html! {
                <div class="gosim-app gosim-broken" data-testid="widget-error">
                    <p class="gosim-notice gosim-error" role="alert">
                        { format!("This live block cannot start: {error}") }
                    </p>
                    <pre><code>{ self.original.clone() }</code></pre>
                </div>
            };
        }
        if !self.started {
            // Nothing yet: the placeholder's highlighted code stays until the program is
            // compiled and drawn (`Widget::start`). A shell drawn here made the browser lay
            // the widget out twice, which cost the phone profile more than it gave.
            return html! { <div class="gosim-starting"></div> };
        }
        let finished = self.run.ended();
        let label = if self.id.is_empty() {
            "Live Go program".to_owned()
        } else {
            format!("Live Go program {}", self.id)
        };
        let goal_outside = self.goal.target.is_some() && !self.options.has(Panel::Explorer);
        html! {
            <div class="gosim-app" ref={self.view.root.clone()} tabindex="0" role="group"
                aria-label={label} onkeydown={on_key(link, Msg::Key)}
                data-testid="widget" data-position={self.run.position().to_string()}
                data-detail={if self.view.expanded { "substeps" } else { "operations" }}
                data-held={self.run.held().map(|g| g.to_string())}
                data-finished={finished.to_string()}>
                { self.view_toolbar(ctx) }
                { self.view_notice(ctx) }
                { self.view_races() }
                if goal_outside { { self.view_goal() } }
                <div class="gosim-panels">
                    { each(self.options.panels.len(), &|i| self.view_panel(ctx, self.options.panels[i])) }
                </div>
                <div class="gosim-sr-only" role="status" aria-live="polite" data-testid="live-region">
                    { self.view.live.clone() }
                </div>
            </div>
        }
    }

    fn view_toolbar(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let session = self.run.session.as_ref();
        let running = self.ticks.timer.is_some();
        let finished = session.and_then(Session::finished).is_some();
        let can_step = session.is_some() && !finished;
        let can_back = session.is_some_and(|s| s.position() > 0);
        let can_forward = self.run.can_forward();
        let position = session.map_or(0, Session::position);
        let recorded = session.map_or(0, Session::recorded_len);
        let on_speed = link.callback(|e: Event| {
            Msg::SetSpeed(e.target_unchecked_into::<HtmlSelectElement>().value())
        });
        let on_seed_input = link.callback(|e: InputEvent| {
            Msg::SeedInput(e.target_unchecked_into::<HtmlInputElement>().value())
        });
        let on_seed_change = link.callback(|_: Event| Msg::SeedApply);
        let mut position_text = super::search::position_text(position, recorded);
        if let Some(g) = self.run.held() {
            position_text.push_str(&format!(" (inside goroutine {g}\u{2019}s sync operation)"));
        }
        html! {
            <>
            <div class="gosim-toolbar" role="group" aria-label="Stepping">
                { tool_button(
                    "gosim-btn gosim-primary", "step", click(link, || Msg::Step), !can_step,
                    None, Some("Space"), Some("One step; the scheduler picks (Space)"), None, "Step",
                ) }
                { tool_button(
                    "gosim-btn", "back", click(link, || Msg::Back), !can_back,
                    None, Some("Backspace"), Some("Undo one step (Backspace)"), None, "Back",
                ) }
                { tool_button(
                    "gosim-btn", "forward", click(link, || Msg::Forward), !can_forward,
                    None, None, Some("Redo the next recorded step"), None, "Forward",
                ) }
                { tool_button(
                    "gosim-btn", "run", click(link, || Msg::ToggleRun), !running && !can_step,
                    Some(running), Some("r"), Some("Run step after step until the program ends (r)"),
                    None, if running { "Pause" } else { "Run" },
                ) }
                <label class="gosim-field">
                    { text_el("span", "gosim-field-label", "speed".into()) }
                    <select data-testid="speed" onchange={on_speed}>
                        { each(Speed::ALL.len(), &|i| { let s = Speed::ALL[i]; html! {
                            <option value={s.name()} selected={s == self.ticks.speed}>{ s.label() }</option>
                        }}) }
                    </select>
                </label>
                { tool_button(
                    "gosim-btn gosim-toggle", "expand", click(link, || Msg::ToggleExpand), false,
                    Some(self.view.expanded), Some("e"),
                    Some("Expand Mutex, RWMutex, WaitGroup and Cond operations into their labelled sub-steps, or fold them again (e)"),
                    None, "Expand",
                ) }
                { tool_button(
                    "gosim-btn", "home", click(link, || Msg::Home), !can_back,
                    None, Some("Home"), Some("Back to the start, keeping the steps (Home)"), None, "Start",
                ) }
                { tool_button(
                    "gosim-btn", "reset", click(link, || Msg::Reset), recorded == 0,
                    None, None, Some("Back to the start and forget the steps"), None, "Reset",
                ) }
                <span class="gosim-position" data-testid="position">{ position_text }</span>
                <label class="gosim-field">
                    { text_el("span", "gosim-field-label", "seed".into()) }
                    <input type="text" inputmode="numeric" class="gosim-seed" data-testid="seed"
                        value={self.run.seed_text.clone()} oninput={on_seed_input}
                        onchange={on_seed_change} size="8"
                        aria-label="seed of the scheduler's random choices (Enter applies)" />
                </label>
                { tool_button(
                    "gosim-btn", "share", click(link, || Msg::Share),
                    self.run.session.is_none() || self.id.is_empty(),
                    None, None, Some("Copy a link to this block in its current state"), None, "Share",
                ) }
                { tool_button(
                    "gosim-btn", "keys", click(link, || Msg::ToggleKeys), false,
                    None, None, None, Some(self.view.keys_open), "Keys",
                ) }
            </div>
            { self.view_share() }
            if self.view.keys_open { { self.view_keys() } }
            </>
        }
    }

    fn view_share(&self) -> Html {
        match &self.share.state {
            ShareState::Idle => html! {},
            ShareState::Copied => html! {
                <p class="gosim-confirm" data-testid="share-status">
                    {"Link copied: it reopens this block in its current state."}
                </p>
            },
            ShareState::Manual(url) => html! {
                <p class="gosim-confirm" data-testid="share-status">
                    <label>
                        {"The clipboard is not available here; copy this link: "}
                        <input type="text" readonly=true class="gosim-share-url"
                            data-testid="share-url" value={url.clone()}
                            onfocus={Callback::from(|e: FocusEvent| {
                                e.target_unchecked_into::<HtmlInputElement>().select();
                            })} />
                    </label>
                </p>
            },
        }
    }

    fn view_keys(&self) -> Html {
        let editor = self.options.editable;
        html! {
            <div class="gosim-keys" data-testid="keys-help">
                { muted("While the widget has the keyboard:".into()) }
                <table>
                    <tbody>
                        { each(keys::HELP.len(), &|i| { let (key, what) = keys::HELP[i]; html! {
                            <tr><th scope="row"><kbd>{ key }</kbd></th><td>{ what }</td></tr>
                        }}) }
                        if editor {
                            { each(keys::EDITOR_HELP.len(), &|i| { let (key, what) = keys::EDITOR_HELP[i]; html! {
                                <tr><th scope="row"><kbd>{ key }</kbd></th><td>{ what }</td></tr>
                            }}) }
                        }
                    </tbody>
                </table>
            </div>
        }
    }

    fn view_notice(&self, ctx: &Context<Self>) -> Html {
        let own = self.editor.own_code.is_some().then(|| {
            html! {
                <button type="button" class="gosim-btn gosim-small" data-testid="restore-own-code"
                    onclick={click(ctx.link(), || Msg::RestoreOwnCode)}>
                    {"Back to my own edit"}
                </button>
            }
        });
        match &self.view.notice {
            Some(notice) => html! {
                <p class={classes!("gosim-notice", notice.error.then_some("gosim-error"))}
                    data-testid="notice">
                    { notice.text.clone() }{" "}{ own }
                </p>
            },
            None => html! { if let Some(own) = own { <p class="gosim-notice">{ own }</p> } },
        }
    }

    fn view_panel(&self, ctx: &Context<Self>, panel: Panel) -> Html {
        let body = match panel {
            Panel::Code => self.view_code(ctx),
            Panel::Goroutines => self.view_goroutines(ctx),
            Panel::Output => self.view_output(),
            Panel::Timeline => self.view_timeline(ctx),
            Panel::Inspector => self.view_inspector(ctx),
            Panel::Explorer => self.view_explorer(ctx),
            Panel::Memory => self.view_memory(),
        };
        html! {
            // Each widget's regions need names of their own (one "Code" per widget
            // would give a page many landmarks of the same name).
            <section class={classes!("gosim-panel", format!("gosim-panel-{}", panel.name()))}
                aria-label={if self.id.is_empty() { panel.title().to_owned() } else { format!("{} of {}", panel.title(), self.id) }}>
                <p class="gosim-panel-title" aria-hidden="true">{ panel.title() }</p>
                { body }
            </section>
        }
    }

    fn view_code(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let editable = self.options.editable;
        let edited = self.edited();
        let show_markers = !edited && self.run.session.is_some();
        let lines = highlight(&self.editor.draft);
        let texts: Vec<&str> = self.editor.draft.split('\n').collect();
        let last_line = self.run.last_step().map(|p| p.line);
        let goal_lines = self
            .goal
            .target
            .as_ref()
            .map(|g| g.marked_lines())
            .unwrap_or_default();
        let error_lines: Vec<u32> = if edited {
            Vec::new()
        } else {
            self.run.errors.iter().map(|e| e.line).collect()
        };
        let races = match &self.run.session {
            Some(s) if !edited => s.races(),
            _ => Vec::new(),
        };
        let race_lines = super::races::race_lines(&races);
        let gutter = each(lines.len(), &|i| {
            let n = i as u32 + 1;
            let here: Vec<&GoroutineView> = if show_markers {
                self.run
                    .views
                    .iter()
                    .filter(|g| self.marker_line(g) == Some(n))
                    .collect()
            } else {
                Vec::new()
            };
            html! {
                <div class="gosim-gutter-row">
                    if goal_lines.contains(&n) {
                        <span class="gosim-goal-mark" title="a line the goal names">{"◎"}</span>
                    }
                    if error_lines.contains(&n) {
                        <span class="gosim-error-mark" title="compile error">{"!"}</span>
                    }
                    if race_lines.contains(&n) {
                        <span class="gosim-race-mark" data-testid={format!("race-mark-{n}")}
                            title={super::races::race_line_title(&races, n)}>{"\u{26a0}"}</span>
                    }
                    { each(here.len(), &|i| self.view_marker(ctx, here[i])) }
                    { text_el("span", "gosim-lineno", AttrValue::from(n.to_string())) }
                </div>
            }
        });
        let code_lines = each(lines.len(), &|i| {
            let tokens = &lines[i];
            let n = i as u32 + 1;
            let here = show_markers
                && self
                    .run
                    .views
                    .iter()
                    .any(|g| self.marker_line(g) == Some(n));
            let marks = if edited {
                Vec::new()
            } else {
                self.run
                    .errors
                    .iter()
                    .filter(|e| e.line == n)
                    .map(|e| {
                        let col = display_col(texts.get(i).copied().unwrap_or(""), e.col);
                        html! {
                            <span class="gosim-errmark" style={format!("left: {col}ch")}
                                title={e.message.clone()}></span>
                        }
                    })
                    .collect()
            };
            let classes = classes!(
                "gosim-line",
                here.then_some("gosim-line-here"),
                (show_markers && last_line == Some(n)).then_some("gosim-line-last"),
                error_lines.contains(&n).then_some("gosim-line-error"),
                goal_lines.contains(&n).then_some("gosim-line-goal"),
                race_lines.contains(&n).then_some("gosim-line-race"),
            );
            html! {
                <div class={classes}>
                    { each(tokens.len(), &|i| { let t = &tokens[i]; match t.class {
                        Some(class) => text_el("span", class, AttrValue::from(t.text.clone())),
                        None => html! { { t.text.clone() } },
                    }}) }
                    { for marks }
                </div>
            }
        });
        let on_input = link.callback(|e: InputEvent| {
            Msg::Draft(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        });
        let customised = self.editor.draft != self.original;
        html! {
            <div class="gosim-code" data-testid="code">
                <div class="gosim-code-head">
                    if let Some(source) = &self.options.source {
                        { text_el("span", "gosim-muted", AttrValue::from(source.clone())) }
                    }
                    if edited {
                        <span class="gosim-badge" data-testid="edited">{"edited, not running yet"}</span>
                    } else if customised {
                        { text_el("span", "gosim-badge", "your version".into()) }
                    }
                    if editable {
                        <span class="gosim-code-actions">
                            <button type="button" class="gosim-btn gosim-small" data-testid="apply"
                                onclick={click(link, || Msg::Apply)}
                                aria-keyshortcuts="Control+Enter"
                                title="Check the code and run it from the start (Ctrl+Enter)">
                                {"Run code"}
                            </button>
                            <button type="button" class="gosim-btn gosim-small" data-testid="reset-code"
                                onclick={click(link, || Msg::ResetCode)} disabled={!customised}
                                title="Bring back the book's code (your edit is dropped)">
                                {"Reset code"}
                            </button>
                        </span>
                    }
                </div>
                <div class="gosim-code-grid">
                    <div class="gosim-gutter">{ gutter }</div>
                    <div class="gosim-code-scroll">
                        <div class="gosim-code-area">
                            <pre class="gosim-hl" aria-hidden={editable.to_string()}><code>{ code_lines }</code></pre>
                            if editable {
                                <textarea class="gosim-editor" ref={self.editor.node.clone()}
                                    data-testid="editor" aria-label="Go code (editable: Enter or a click starts editing, then Tab types a tab and Esc stops)"
                                    spellcheck="false" autocomplete="off" autocapitalize="off"
                                    wrap="off" value={self.editor.draft.clone()} oninput={on_input}
                                    data-editing={self.editor.editing.to_string()}
                                    onclick={click(link, || Msg::EditorMode(true))}
                                    onblur={link.callback(|_: FocusEvent| Msg::EditorMode(false))}
                                    onkeydown={on_key(link, Msg::EditorKey)}
                                    onscroll={Callback::from(super::editor::keep_unscrolled)} />
                            }
                        </div>
                    </div>
                </div>
                { self.view_errors(ctx) }
            </div>
        }
    }

    fn view_marker(&self, ctx: &Context<Self>, g: &GoroutineView) -> Html {
        let gid = g.id;
        let waits = self.run.waits_for_held(gid);
        let runnable = !self.run.ended()
            && waits.is_none()
            && matches!(g.status, GStatusView::Runnable | GStatusView::Running);
        let label = match (&waits, runnable) {
            (Some(why), _) => format!("goroutine {gid} ({}): waits, {why}", status_text(g)),
            (None, true) => format!("goroutine {gid} ({}): run it next", status_text(g)),
            (None, false) => format!("goroutine {gid} ({})", status_text(g)),
        };
        html! {
            <button type="button"
                class={classes!("gosim-marker", colour_class(gid), format!("gosim-{}", status_name(g.status)))}
                data-testid={format!("marker-{gid}")} aria-label={label.clone()} title={label}
                aria-disabled={(!runnable).to_string()}
                onclick={click_with(ctx.link(), gid.into(), |g| Msg::StepGoroutine(g as u32))}>
                { gid }
            </button>
        }
    }

    fn view_errors(&self, ctx: &Context<Self>) -> Html {
        if self.run.errors.is_empty() {
            return html! {};
        }
        let stale = self.edited();
        html! {
            <div class="gosim-errors" role="alert" data-testid="compile-errors">
                <p>{ if stale { "The last version did not compile:" } else { "The code does not compile:" } }</p>
                <ul>
                    { each(self.run.errors.len(), &|i| {
                        let e = &self.run.errors[i];
                        let (line, col) = (e.line, e.col);
                        html! {
                            <li>
                                <button type="button" class="gosim-linkish"
                                    onclick={click_with(ctx.link(), u64::from(line) << 32 | u64::from(col), |a| Msg::FocusError((a >> 32) as u32, a as u32))}
                                    title="Put the cursor there">
                                    { format!("line {line}:{col}") }
                                </button>
                                { ": " }{ text_el("span", "gosim-error-text", AttrValue::from(e.message.clone())) }
                            </li>
                        }
                    }) }
                </ul>
            </div>
        }
    }

    fn view_goroutines(&self, ctx: &Context<Self>) -> Html {
        if self.run.session.is_none() {
            return muted("No program is running: fix the code first.".into());
        }
        let finished = self.run.ended();
        let panicked = self.run.panicked();
        html! {
            <ul class="gosim-lanes" data-testid="goroutines">
                { each(self.run.views.len(), &|i| {
                    let g = &self.run.views[i];
                    let gid = g.id;
                    let waits = self.run.waits_for_held(gid);
                    let runnable = !finished
                        && waits.is_none()
                        && matches!(g.status, GStatusView::Runnable | GStatusView::Running);
                    let inside = self.run.held() == Some(gid);
                    let last = self
                        .run
                        .known
                        .iter()
                        .take(self.run.position())
                        .rev()
                        .find(|p| p.goroutine == gid);
                    let last_text = last.map(lanes::last_text);
                    let status = status_text(g);
                    // The button's name is its visible text plus this hint for screen
                    // readers (an aria-label would hide the visible words from them).
                    let hint = (waits.is_none() && runnable).then_some(if inside { "run it to go on" } else { "run it next" });
                    html! {
                        <li>
                            <button type="button"
                                class={classes!("gosim-lane", colour_class(gid), format!("gosim-{}", status_name(g.status)))}
                                data-testid={format!("lane-{gid}")}
                                data-status={status_name(g.status)}
                                aria-disabled={(!runnable).to_string()}
                                title={waits.clone()}
                                onclick={click_with(ctx.link(), gid.into(), |g| Msg::StepGoroutine(g as u32))}>
                                <span class="gosim-lane-head">
                                    { super::inspector::swatch(gid) }
                                    <span class="gosim-lane-name">{ format!("goroutine {gid}") }</span>
                                    { text_el("code", "gosim-lane-fn", AttrValue::from(g.function.clone())) }
                                </span>
                                <span class="gosim-lane-status">
                                    { lanes::place_text(
                                        &status,
                                        g.status == GStatusView::Done,
                                        g.line,
                                        self.run.last_line_of(gid),
                                        finished,
                                        panicked == Some(gid),
                                    ) }
                                </span>
                                if let Some(last) = last_text {
                                    <span class={classes!("gosim-lane-last", inside.then_some("gosim-lane-inside"))}>{ last }</span>
                                }
                                if inside {
                                    <span class="gosim-lane-held" data-testid={format!("lane-held-{gid}")}>
                                        {"inside a sync operation: it takes the next step"}
                                    </span>
                                }
                                if let Some(why) = &waits {
                                    <span class="gosim-lane-waits" data-testid={format!("lane-waits-{gid}")}>
                                        { format!("waits: {why}") }
                                    </span>
                                }
                                if let Some(parent) = g.created_by {
                                    <span class="gosim-lane-last">{ format!("started by goroutine {parent}") }</span>
                                }
                                if let Some(hint) = hint {
                                    <span class="gosim-sr-only">{ format!(": {hint}") }</span>
                                }
                            </button>
                            { self.view_case_chooser(ctx, gid) }
                        </li>
                    }
                }) }
            </ul>
        }
    }

    /// Under a lane whose next step reaches a select with several ready cases: one button
    /// per ready case, which runs the goroutine with that case firing (Go would pick one at
    /// random; here the reader may).
    fn view_case_chooser(&self, ctx: &Context<Self>, gid: u32) -> Html {
        let Some((_, ready)) = self.run.cases.iter().find(|(g, _)| *g == gid) else {
            return Html::default();
        };
        html! {
            <div class="gosim-cases" role="group" data-testid={format!("cases-{gid}")}
                 aria-label={format!("goroutine {gid}'s select: choose the case that fires")}>
                <span class="gosim-cases-note">{ "its select has ready cases; Go picks one at random. Run it with:" }</span>
                { each(ready.len(), &|j| {
                    let c = &ready[j];
                    html! {
                        <button type="button" class="gosim-case"
                            data-testid={format!("case-{gid}-{}", c.case)}
                            onclick={click_with(ctx.link(), u64::from(gid) << 32 | u64::from(c.case), |a| Msg::StepCase((a >> 32) as u32, a as u32))}>
                            { case_label(c, &self.run.compiled) }
                        </button>
                    }
                }) }
            </div>
        }
    }

    fn view_output(&self) -> Html {
        let Some(session) = &self.run.session else {
            return html! {
                <div class="gosim-output" data-testid="output">
                    { muted("(the program does not compile)".into()) }
                </div>
            };
        };
        let stdout = session.stdout();
        let stderr = session.stderr();
        let finish = session.finished();
        let clock = session.clock_ns();
        html! {
            <div class="gosim-output" data-testid="output">
                if stdout.is_empty() && stderr.is_empty() {
                    { muted("(nothing printed yet)".into()) }
                } else {
                    <pre class="gosim-out">{ stdout }{ text_el("span", "gosim-stderr", AttrValue::from(stderr)) }</pre>
                }
                if let Some(finish) = finish {
                    <p class={classes!("gosim-finish", (finish.exit_code != Some(0)).then_some("gosim-error"))}
                        data-testid="finish">
                        { match finish.exit_code {
                            Some(code) => format!("exit status {code}"),
                            None => format!("stopped: {}", finish.message),
                        } }
                    </p>
                }
                if clock > 0 {
                    { muted(format!("virtual time: {}", human_ns(clock)).into()) }
                }
            </div>
        }
    }

    fn view_timeline(&self, ctx: &Context<Self>) -> Html {
        if self.run.session.is_none() {
            return muted("No program is running.".into());
        }
        let gids: Vec<u32> = self.run.views.iter().map(|g| g.id).collect();
        let position = self.run.position();
        let l = layout(&self.run.known, position, &gids);
        let link = ctx.link();
        let rows = each(l.rows.len(), &|row| {
            let gid = &l.rows[row];
            let y = row as u32 * lanes::ROW_H + lanes::ROW_H / 2;
            html! {
                <g class={colour_class(*gid)}>
                    <line class="gosim-tl-row" x1={lanes::LABEL_W.to_string()} y1={y.to_string()}
                        x2={l.width.to_string()} y2={y.to_string()} />
                    <text class="gosim-tl-label" x="2" y={(y + 4).to_string()}>{ format!("g{gid}") }</text>
                </g>
            }
        });
        let blocked = each(l.blocked.len(), &|i| {
            let (gid, from, to) = &l.blocked[i];
            let row = l.rows.iter().position(|g| g == gid).unwrap_or(0) as u32;
            let y = row * lanes::ROW_H + lanes::ROW_H / 2;
            html! {
                <line class={classes!("gosim-tl-blocked", colour_class(*gid))}
                    x1={from.to_string()} y1={y.to_string()} x2={to.to_string()} y2={y.to_string()} />
            }
        });
        let links = each(l.links.len(), &|i| {
            let (x, y1, y2, gid) = &l.links[i];
            html! {
                <line class={classes!("gosim-tl-wake", colour_class(*gid))}
                    x1={x.to_string()} y1={y1.to_string()} x2={x.to_string()} y2={y2.to_string()} />
            }
        });
        let racing = match &self.run.session {
            Some(s) => super::races::race_points(&s.races(), &self.run.known, position),
            None => Vec::new(),
        };
        let dots = each(l.dots.len(), &|i| {
            let d = &l.dots[i];
            let target = d.index + 1;
            let class = classes!(
                "gosim-tl-dot",
                colour_class(d.goroutine),
                d.mark.class(),
                d.future.then_some("gosim-future"),
                racing.contains(&d.index).then_some("gosim-tl-race")
            );
            let testid = format!("timeline-point-{}", d.index);
            let onclick = goto(link, target);
            match d.mark {
                // Memory steps are small squares, so that the many reads and writes of a
                // racy loop do not drown the channel and lock steps.
                lanes::Mark::Read | lanes::Mark::Write => html! {
                    <rect {class} x={(d.x - 4).to_string()} y={(d.y - 4).to_string()}
                        width="8" height="8" data-testid={testid} data-mark={mark_name(d.mark)}
                        {onclick}>
                        <title>{ d.label.clone() }</title>
                    </rect>
                },
                // A sub-step stop is a small diamond: it sits between the steps the scheduler
                // decides, inside one goroutine's sync operation.
                lanes::Mark::Sub => html! {
                    <polygon {class}
                        points={format!("{},{} {},{} {},{} {},{}", d.x, d.y.saturating_sub(4), d.x + 4, d.y, d.x, d.y + 4, d.x.saturating_sub(4), d.y)}
                        data-testid={testid} data-mark="sub" {onclick}>
                        <title>{ d.label.clone() }</title>
                    </polygon>
                },
                _ => html! {
                    <circle {class} cx={d.x.to_string()} cy={d.y.to_string()} r="5"
                        data-testid={testid} data-mark={mark_name(d.mark)}
                        {onclick}>
                        <title>{ d.label.clone() }</title>
                    </circle>
                },
            }
        });
        let view_box = format!("0 0 {} {}", l.width, l.height);
        let summary = format!(
            "Timeline of {} recorded steps, one row per goroutine; the program is at step {position}. Click a step to go to it.",
            self.run.known.len()
        );
        html! {
            <div class="gosim-timeline" data-testid="timeline">
                if l.skipped > 0 {
                    { muted(format!("{} earlier steps are not drawn.", l.skipped).into()) }
                }
                <div class="gosim-timeline-scroll">
                    <svg class="gosim-tl" viewBox={view_box} role="img" aria-label={summary}
                        style={format!("width: {}em; height: {}em", fixed(f64::from(l.width) / 16.0, 3), fixed(f64::from(l.height) / 16.0, 3))}>
                        { rows }
                        { blocked }
                        { links }
                        <line class="gosim-tl-now" x1={l.now_x.to_string()} y1="0"
                            x2={l.now_x.to_string()} y2={l.height.to_string()} />
                        <rect class="gosim-tl-start" x={(lanes::LABEL_W - 6).to_string()} y="0"
                            width="6" height={l.height.to_string()}
                            data-testid="timeline-start"
                            onclick={goto(link, 0)}>
                            <title>{"the start: click to go back to it"}</title>
                        </rect>
                        { dots }
                    </svg>
                </div>
                <p class="gosim-muted gosim-legend">
                    {"dot: a step · ring: the goroutine blocked · dashed: blocked until its next step · short vertical line between two rows, in the waker's colour: woke that goroutine · full-height line: the step the program is at · small squares: a read (hollow) or write (filled) of shared memory · small diamond: a sub-step stop inside a sync operation (with Expand) · outlined in amber: the two accesses of a data race"}
                </p>
            </div>
        }
    }

    fn view_goal(&self) -> Html {
        let Some(spec) = &self.goal.target else {
            return html! {};
        };
        let edit = self.options.is_edit_exercise();
        let status = if self.goal.reached {
            "Goal reached at this step."
        } else {
            "Not reached yet."
        };
        let sentence = if edit {
            spec.describe_edit()
        } else {
            spec.describe()
        };
        html! {
            <div class="gosim-goal" data-testid="goal">
                { text_el("p", "gosim-goal-title", "Exercise".into()) }
                <p data-testid="goal-text" data-edit={edit.to_string()}>{ goal_sentence(&sentence) }</p>
                <p class={classes!("gosim-goal-status", self.goal.reached.then_some("gosim-reached"))}
                    data-testid="goal-status" data-reached={self.goal.reached.to_string()}
                    role="status">
                    { if self.goal.reached { "✓ " } else { "" } }{ status }
                    if let Some(note) = self.goal.solved.note() {
                        <span class="gosim-muted" data-testid="goal-solved">{ note }</span>
                    }
                </p>
                if matches!(spec, Goal::Race) {
                    <p class="gosim-muted" data-testid="goal-race">
                        { self.race_goal_text() }
                    </p>
                }
            </div>
        }
    }

    fn view_explorer(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let searching = self.search.searching();
        let outcomes = match &self.search.outcomes {
            OutcomesState::Idle => html! {},
            OutcomesState::Searching => {
                html! { <p class="gosim-muted" role="status">{"Listing the outcomes…"}</p> }
            }
            OutcomesState::Failed(why) => text_el("p", "gosim-error", AttrValue::from(why.clone())),
            OutcomesState::Cancelled(text) => html! {
                <p class="gosim-muted" data-testid="outcomes-cancelled">{ text.clone() }</p>
            },
            OutcomesState::Done {
                outcomes,
                runs,
                complete,
            } => html! {
                <div data-testid="outcome-list">
                    <p class="gosim-muted">{ format!(
                        "{} distinct outcome{} in {runs} runs{}.",
                        outcomes.len(),
                        if outcomes.len() == 1 { "" } else { "s" },
                        if *complete { ", every interleaving tried" } else { " (the search stopped at its bound; there may be more)" }
                    ) }</p>
                    <ol class="gosim-outcomes">
                        { each(outcomes.len(), &|i| {
                            let (outcome, schedule) = &outcomes[i];
                            let stdout = String::from_utf8_lossy(&outcome.stdout).into_owned();
                            let ending = match outcome.exit_code {
                                Some(0) => "exit status 0".to_owned(),
                                Some(code) => format!("{} (exit status {code})", outcome.stderr),
                                None => format!("stopped: {}", outcome.stderr),
                            };
                            let schedule = schedule.clone();
                            html! {
                                <li>
                                    if stdout.is_empty() {
                                        { muted("(prints nothing)".into()) }
                                    } else {
                                        { text_el("pre", "gosim-out", AttrValue::from(stdout)) }
                                    }
                                    <p class={classes!((outcome.exit_code != Some(0)).then_some("gosim-error"))}>{ ending }</p>
                                    <button type="button" class="gosim-btn gosim-small"
                                        data-testid={format!("outcome-load-{i}")}
                                        onclick={link.callback(move |_| Msg::LoadSchedule(schedule.clone()))}>
                                        {"Load this run"}
                                    </button>
                                </li>
                            }
                        }) }
                    </ol>
                </div>
            },
        };
        html! {
            <div class="gosim-explorer" data-testid="explorer">
                { self.view_goal() }
                <div class="gosim-explorer-actions">
                    if self.goal.target.is_some() {
                        <button type="button" class="gosim-btn gosim-primary" data-testid="find"
                            onclick={click(link, || Msg::Find)}
                            disabled={searching || self.run.session.is_none()}>
                            { match (&self.search.find, self.goal.target.as_ref().is_some_and(|g| g.is_property())) {
                                (FindState::Searching, _) => "Searching…",
                                (_, true) => "Check every schedule",
                                (_, false) => "Find it for me",
                            } }
                        </button>
                    }
                    if self.search.finder.is_some() {
                        <button type="button" class="gosim-btn" data-testid="find-cancel"
                            onclick={click(link, || Msg::FindCancel)}>
                            {"Cancel"}
                        </button>
                    }
                    <button type="button" class="gosim-btn" data-testid="outcomes"
                        onclick={click(link, || Msg::ListOutcomes)}
                        disabled={searching || self.run.session.is_none()}>
                        {"List outcomes"}
                    </button>
                </div>
                if self.search.finder.is_some() {
                    { self.view_find_progress() }
                }
                if let FindState::Done(text) = &self.search.find {
                    <p class="gosim-find-result" data-testid="find-result">{ text.clone() }</p>
                }
                { outcomes }
            </div>
        }
    }
}

impl Widget {
    /// The running search's progress bar and counts (they rise with each report).
    fn view_find_progress(&self) -> Html {
        let (value, text, schedules, states) = match &self.search.progress {
            Some(p) => (
                p.schedules.to_string(),
                p.text(),
                p.schedules.to_string(),
                p.states.to_string(),
            ),
            None => (
                "0".into(),
                "Starting the search…".into(),
                "0".into(),
                "0".into(),
            ),
        };
        let max = if self.search.in_page() {
            crate::job::PAGE_RUNS
        } else {
            crate::job::WORKER_RUNS
        };
        html! {
            <div class="gosim-find-progress" data-testid="find-progress"
                data-schedules={schedules} data-states={states}
                data-where={if self.search.in_page() { "page" } else { "worker" }}>
                <progress max={max.to_string()} value={value} aria-label="Search progress"></progress>
                <p class="gosim-muted" role="status" data-testid="find-counts">{ text }</p>
            </div>
        }
    }
}

/// A goal's sentence with its Markdown code spans drawn as `<code>`.
fn goal_sentence(text: &str) -> Html {
    let pieces = code_spans(text);
    each(pieces.len(), &|i| match pieces[i] {
        (true, code) => html! { <code>{ code.to_owned() }</code> },
        (false, words) => html! { { words.to_owned() } },
    })
}

/// Virtual time for people: `1.5s`, `250ms`, `3µs`.
/// A ready select case as the reader wrote it: `case <-closed (line 21)`, or by position
/// for a select in the library.
pub fn case_label(c: &ReadyCase, source: &str) -> String {
    let text = c
        .span
        .and_then(|(lo, hi)| source.get(lo as usize..hi as usize))
        .filter(|t| !t.contains('\n'));
    match text {
        Some(text) if c.line > 0 => format!("case {text} (line {})", c.line),
        _ => format!("case {} of the select", c.case + 1),
    }
}

pub fn human_ns(ns: i64) -> String {
    let abs = ns.unsigned_abs();
    if abs >= 1_000_000_000 {
        format!("{}s", trimmed3(ns as f64 / 1e9))
    } else if abs >= 1_000_000 {
        format!("{}ms", trimmed3(ns as f64 / 1e6))
    } else if abs >= 1_000 {
        format!("{}µs", trimmed3(ns as f64 / 1e3))
    } else {
        format!("{ns}ns")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_expand_tabs() {
        assert_eq!(display_col("\tx := 1", 2), 4);
        assert_eq!(display_col("\t\tx", 3), 8);
        assert_eq!(display_col("ab\tc", 4), 4);
        assert_eq!(display_col("é x", 4), 2);
        assert_eq!(display_col("abc", 1), 0);
        assert_eq!(display_col("abc", 0), 0);
        assert_eq!(display_col("abc", 99), 3);
    }

    #[test]
    fn virtual_time_reads_well() {
        assert_eq!(human_ns(1_500_000_000), "1.5s");
        assert_eq!(human_ns(250_000_000), "250ms");
        assert_eq!(human_ns(3_000), "3µs");
        assert_eq!(human_ns(12), "12ns");
        assert_eq!(human_ns(2_000_000_000), "2s");
    }
}
