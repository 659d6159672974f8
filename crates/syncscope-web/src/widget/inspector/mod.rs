//! Drawing the inspector panel: a card per channel and sync primitive the program can reach
//! (`Session::primitives`), then the picked goroutine's frames and the package variables.
//!
//! The engine's views are typed (`gosim::inspect`): decoded words, typed queues, and the holder
//! of each lock as the session recorded it at the step that took it. This module only draws
//! them: the card's frame (name, type, holder, fields, queue, what the last step changed: class
//! `gosim-changed`, `data-changed="true"`) here, and each primitive's diagram in its own file
//! (`chan.rs`, `mutex.rs`, ...), picked by [`diagram`], the widget's registry of cards. The
//! layout is one column that wraps, so it fits a phone.

mod chan;
mod cond;
mod context;
mod errgroup;
mod mutex;
mod once;
mod rwmutex;
mod semaphore;
mod singleflight;
mod waitgroup;

use gosim::inspect::{FieldValue, Holder, Kind, PrimitiveView, State, Wait, WaiterView};
use gosim::session::GStatusView;
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

use super::view::{click_with, muted, status_text, vars_table};
use super::{Msg, Widget};
use crate::dom::{each, text_el};
use crate::lanes::colour_class;

/// The inspector's primitives at the current step and at the step before (for marking what
/// the last step changed), with the (session epoch, position) they were read at.
#[derive(Default)]
pub(super) struct PrimState {
    now: Vec<PrimitiveView>,
    before: Option<Vec<PrimitiveView>>,
    at: Option<(u64, usize)>,
}

/// The diagram a primitive's card shows above its fields: one file per primitive.
fn diagram(p: &PrimitiveView, c: &Change) -> Html {
    match &p.state {
        State::Chan(s) => chan::card(s, c),
        State::Mutex(s) => mutex::card(s, c),
        State::RWMutex(s) => rwmutex::card(s, c),
        State::WaitGroup(s) => waitgroup::card(s, c),
        State::Once(s) => once::card(s, c),
        State::Cond(s) => cond::card(s, c),
        // One field, listed below: nothing to draw.
        State::Atomic(_) => html! {},
        State::Context(s) => context::card(s, c),
        State::ErrGroup(s) => errgroup::card(s, c),
        State::Weighted(s) => semaphore::card(s, c),
        State::Flight(s) => singleflight::card(s, c),
    }
}

#[inline(never)]
pub(in crate::widget) fn swatch(gid: u32) -> Html {
    html! {
        <span class={classes!("gosim-swatch", colour_class(gid))} aria-hidden="true">{ gid }</span>
    }
}

/// One cell of a word drawn as its parts: name, value, bit positions.
fn bit_cell(name: &str, value: String, pos: &str, on: bool, wide: bool) -> Html {
    html! {
        <span class={classes!("gosim-bit", on.then_some("gosim-bit-on"), wide.then_some("gosim-bit-wide"))}>
            { text_el("span", "gosim-bit-name", AttrValue::from(name.to_owned())) }
            { text_el("span", "gosim-bit-val", AttrValue::from(value)) }
            { text_el("span", "gosim-bit-pos", AttrValue::from(pos.to_owned())) }
        </span>
    }
}

/// The grey sentence under a card's diagram that says what the numbers mean.
#[inline(never)]
fn bits_text(text: String) -> Html {
    text_el("p", "gosim-muted gosim-bits-text", AttrValue::from(text))
}

/// A field's value as the card writes it: a Mutex word with its bits (`5 (0b101)`), a packed
/// word in hexadecimal.
pub fn value_text(v: &FieldValue) -> String {
    match v {
        FieldValue::Int(n) => n.to_string(),
        FieldValue::MutexWord(w) => format!("{w} (0b{:b})", *w as u32),
        FieldValue::Hex(n) => format!("{n:#x}"),
        FieldValue::Bool(b) => b.to_string(),
        FieldValue::Text(t) => t.clone(),
    }
}

/// What a waiter waits to do: `send 3`, `receive (in a select)`, `Lock`, `ticket 2`.
pub fn wait_text(w: &Wait) -> String {
    match w {
        Wait::Receive { select: false } => "receive".into(),
        Wait::Receive { select: true } => "receive (in a select)".into(),
        Wait::Send {
            value,
            select: false,
        } => format!("send {value}"),
        Wait::Send {
            value,
            select: true,
        } => format!("send {value} (in a select)"),
        Wait::Sema(op) => (*op).to_owned(),
        Wait::Ticket(t) => format!("ticket {t}"),
        Wait::Acquire(n) => format!("Acquire {n}"),
    }
}

/// What a waiter waits for, without its own details (a send's value, a Cond ticket), so that
/// consecutive waiters of one kind form one group.
fn group_label(w: &Wait) -> String {
    match w {
        Wait::Receive { .. } => "receivers".into(),
        Wait::Send { .. } => "senders".into(),
        Wait::Ticket(_) => "Cond.Wait (by ticket)".into(),
        Wait::Sema(op) => (*op).to_owned(),
        Wait::Acquire(_) => "Acquire (weight)".into(),
    }
}

/// One run of a waiting queue that waits for the same thing, in queue order.
#[derive(Clone, Debug, PartialEq, Eq)]
struct QueueGroup<'a> {
    /// `receivers`, `senders`, `Lock`, `RLock`, `Wait`, `Cond.Wait` …
    label: String,
    waiters: Vec<&'a WaiterView>,
}

/// Splits a queue into runs of the same kind, keeping the engine's order (which is wake-up
/// order for the semaphore and notify-list queues, and arrival order for a channel's).
fn queue_groups(queue: &[WaiterView]) -> Vec<QueueGroup<'_>> {
    let mut groups: Vec<QueueGroup> = Vec::new();
    for w in queue {
        let label = group_label(&w.wait);
        match groups.last_mut() {
            Some(g) if g.label == label => g.waiters.push(w),
            _ => groups.push(QueueGroup {
                label,
                waiters: vec![w],
            }),
        }
    }
    groups
}

/// How a primitive differs from the step before.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Change {
    /// It was not there before the step (made, or newly reachable).
    new: bool,
    /// Names of the fields whose value changed.
    fields: Vec<String>,
    buffer: bool,
    queue: bool,
}

impl Change {
    fn any(&self) -> bool {
        self.new || !self.fields.is_empty() || self.buffer || self.queue
    }

    /// Whether the field called `name` changed.
    fn field(&self, name: &str) -> bool {
        self.fields.iter().any(|f| f == name)
    }
}

/// A channel's buffered values (none for other kinds).
fn buffer(p: &PrimitiveView) -> &[String] {
    match &p.state {
        State::Chan(c) => &c.buffer,
        _ => &[],
    }
}

/// What changed in `now` compared with `before` (the state one step earlier). Without a
/// `before` (at the start) nothing is marked.
fn change(before: Option<&[PrimitiveView]>, now: &PrimitiveView) -> Change {
    let Some(before) = before else {
        return Change::default();
    };
    let Some(old) = before
        .iter()
        .find(|q| q.name == now.name && q.type_name == now.type_name)
    else {
        return Change {
            new: true,
            ..Change::default()
        };
    };
    Change {
        new: false,
        fields: now
            .fields
            .iter()
            .filter(|f| old.field(&f.name).is_none_or(|o| o.value != f.value))
            .map(|f| f.name.clone())
            .collect(),
        buffer: buffer(old) != buffer(now),
        queue: old.queue != now.queue,
    }
}

/// Who holds a lock, as the session recorded it, and an RWMutex's readers.
fn view_holder(p: &PrimitiveView) -> Html {
    let holding = p.holding.as_ref();
    let locked = p.state.lock_word().is_some_and(|w| w.locked);
    let queued_readers: Vec<u32> = p
        .queue
        .iter()
        .filter(|w| w.wait == Wait::Sema("RLock"))
        .map(|w| w.goroutine)
        .collect();
    let writer = match holding.map(|h| &h.writer) {
        _ if !locked => None,
        Some(Holder::Goroutine(g)) => Some(*g),
        _ => None,
    };
    let who = match p.kind() {
        Kind::RWMutex => "writer",
        Kind::Once => "running f",
        _ => "held by",
    };
    let readers: Option<Vec<u32>> = holding.and_then(|h| h.readers.clone()).map(|list| {
        list.into_iter()
            .filter(|g| !queued_readers.contains(g))
            .collect()
    });
    let writer_line = if locked {
        html! {
            <p class="gosim-holder" data-testid="holder"
                data-goroutine={writer.map(|g| g.to_string()).unwrap_or_default()}>
                <span class="gosim-holder-label">{ format!("{who}: ") }</span>
                { match writer {
                    Some(g) => html! { <>{ swatch(g) }{ format!(" goroutine {g}") }</> },
                    None => text_el("span", "gosim-muted", "not known (it was locked before the inspector could see it; Go's Mutex does not record its owner)".into()),
                } }
            </p>
        }
    } else {
        html! {}
    };
    let reader_line = match (p.kind(), readers) {
        (Kind::RWMutex, Some(list)) if !list.is_empty() => html! {
            <p class="gosim-holder" data-testid="readers">
                { text_el("span", "gosim-holder-label", "readers holding: ".into()) }
                { each(list.len(), &|i| html! { <>{ swatch(list[i]) }{ format!(" goroutine {} ", list[i]) }</> }) }
            </p>
        },
        _ => html! {},
    };
    html! { <>{ writer_line }{ reader_line }</> }
}

fn view_waiter(w: &WaiterView, first: bool) -> Html {
    let gid = w.goroutine;
    html! {
        <li class={classes!("gosim-waiter", colour_class(gid))} data-testid="waiter"
            data-goroutine={gid.to_string()}>
            { swatch(gid) }
            <span class="gosim-waiter-name">{ format!("goroutine {gid}") }</span>
            { text_el("span", "gosim-waiter-what", AttrValue::from(wait_text(&w.wait))) }
            if first { { text_el("span", "gosim-badge", "next".into()) } }
        </li>
    }
}

fn view_queue(p: &PrimitiveView, changed: bool) -> Html {
    let channel = p.kind() == Kind::Chan;
    if p.queue.is_empty() {
        return html! {
            <p class={classes!("gosim-muted", changed.then_some("gosim-changed"))} data-testid="queue" data-len="0">
                {"No goroutine waits on it."}
            </p>
        };
    }
    let order = if channel {
        "in arrival order"
    } else {
        "in wake-up order"
    };
    let groups = queue_groups(&p.queue);
    html! {
        <div class={classes!("gosim-queue", changed.then_some("gosim-changed"))} data-testid="queue"
            data-len={p.queue.len().to_string()}>
            <p class="gosim-queue-head">{ format!("Waiting ({}), {order}:", p.queue.len()) }</p>
            { each(groups.len(), &|i| { let g = &groups[i]; html! {
                <div class="gosim-queue-group">
                    // A label that only repeats what each waiter says is left out.
                    if g.waiters.iter().any(|w| wait_text(&w.wait) != g.label) {
                        { text_el("p", "gosim-queue-label", AttrValue::from(g.label.clone())) }
                    }
                    <ol class="gosim-queue-list">
                        { each(g.waiters.len(), &|i| view_waiter(g.waiters[i], i == 0)) }
                    </ol>
                </div>
            }}) }
        </div>
    }
}

fn view_fields(p: &PrimitiveView, c: &Change) -> Html {
    html! {
        <dl class="gosim-fields">
            { each(p.fields.len(), &|i| {
                let f = &p.fields[i];
                let changed = c.field(&f.name);
                html! {
                    <div class={classes!("gosim-fieldrow", changed.then_some("gosim-changed"))}
                        data-testid="field" data-field={f.name.clone()} data-changed={changed.to_string()}>
                        <dt><code>{ f.name.clone() }</code></dt>
                        <dd>
                            { text_el("code", "gosim-field-raw", AttrValue::from(value_text(&f.value))) }
                            { text_el("span", "gosim-field-meaning", AttrValue::from(f.meaning.clone())) }
                        </dd>
                    </div>
                }
            }) }
        </dl>
    }
}

fn view_primitive(i: usize, p: &PrimitiveView, before: Option<&[PrimitiveView]>) -> Html {
    let c = change(before, p);
    let body = diagram(p, &c);
    let kind_note = if c.new {
        Some("new")
    } else if c.any() {
        Some("changed")
    } else {
        None
    };
    html! {
        <article class={classes!("gosim-prim", c.any().then_some("gosim-prim-changed"))}
            data-testid={format!("primitive-{i}")} data-name={p.name.clone()} data-kind={p.type_name.clone()}
            data-changed={c.any().to_string()} aria-label={format!("{} ({})", p.name, p.type_name)}>
            <p class="gosim-prim-head">
                { text_el("code", "gosim-prim-name", AttrValue::from(p.name.clone())) }
                { text_el("span", "gosim-prim-kind", AttrValue::from(p.type_name.clone())) }
                if let Some(note) = kind_note {
                    <span class="gosim-badge gosim-badge-changed">{ format!("{note} in the last step") }</span>
                }
            </p>
            { body }
            { view_holder(p) }
            { view_fields(p, &c) }
            { view_queue(p, c.queue) }
        </article>
    }
}

impl Widget {
    pub(super) fn view_inspector(&self, ctx: &Context<Self>) -> Html {
        let Some(session) = &self.run.session else {
            return muted("No program is running.".into());
        };
        let selected = self
            .run
            .inspected(self.view.selected)
            .or_else(|| self.run.views.first().map(|g| g.id));
        let chosen = self.run.views.iter().find(|g| Some(g.id) == selected);
        let globals = session.globals();
        let prims = &self.run.prims.now;
        let before = self.run.prims.before.as_deref();
        html! {
            <div class="gosim-inspector" data-testid="inspector">
                <div class="gosim-prims" data-testid="primitives" data-count={prims.len().to_string()}>
                    { text_el("p", "gosim-frame-head", "Channels and sync primitives".into()) }
                    if prims.is_empty() {
                        { muted("None reachable now (from package variables or a running goroutine's locals).".into()) }
                    } else {
                        <div class="gosim-prim-list">
                            { each(prims.len(), &|i| {
                                view_primitive(i, &prims[i], before)
                            }) }
                        </div>
                    }
                </div>
                <div class="gosim-tabs" role="group" aria-label="goroutine to inspect">
                    { each(self.run.views.len(), &|i| {
                        let g = &self.run.views[i];
                        let gid = g.id;
                        html! {
                            <button type="button"
                                class={classes!("gosim-tab", colour_class(gid))}
                                aria-pressed={(Some(gid) == selected).to_string()}
                                data-testid={format!("inspect-{gid}")}
                                onclick={click_with(ctx.link(), gid.into(), |g| Msg::Select(g as u32))}>
                                { format!("goroutine {gid}") }
                                if g.status == GStatusView::Done { {" (done)"} }
                            </button>
                        }
                    }) }
                </div>
                if let Some(g) = chosen {
                    if g.frames.is_empty() {
                        { muted(format!("goroutine {}: {}", g.id, status_text(g)).into()) }
                    }
                    { each(g.frames.len(), &|i| { let f = &g.frames[i]; html! {
                        <div class="gosim-frame">
                            <p class="gosim-frame-head"><code>{ f.function.clone() }</code>{ format!(" line {}", f.line) }</p>
                            { vars_table(&f.locals, "no local variables yet") }
                        </div>
                    }}) }
                }
                <div class="gosim-frame">
                    { text_el("p", "gosim-frame-head", "package variables".into()) }
                    { vars_table(&globals, "none") }
                </div>
            </div>
        }
    }
}

impl super::run::Run {
    /// Reads the inspector's primitives at the current step and at the step before (for
    /// marking what the last step changed). Who holds each lock comes with them: the session
    /// recorded it at the step that took it.
    pub(super) fn refresh_prims(&mut self) {
        let Some(session) = self.session.as_mut() else {
            self.prims = PrimState::default();
            return;
        };
        let p = session.position();
        if self.prims.at == Some((self.epoch, p)) {
            return;
        }
        let mut before = None;
        if p > 0 && self.prims.at == Some((self.epoch, p - 1)) {
            before = Some(std::mem::take(&mut self.prims.now));
        }
        let now = session.primitives();
        if before.is_none() && p > 0 && session.back() {
            before = Some(session.primitives());
            session.forward();
        }
        self.prims = PrimState {
            now,
            before,
            at: Some((self.epoch, p)),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support as support;
    use gosim::inspect::{FieldView, MutexWord};

    fn mutex(name: &str, state: i32) -> PrimitiveView {
        PrimitiveView {
            name: name.into(),
            type_name: "sync.Mutex".into(),
            state: State::Mutex(MutexWord::of(state)),
            fields: vec![
                FieldView {
                    name: "state".into(),
                    value: FieldValue::MutexWord(state),
                    meaning: String::new(),
                },
                FieldView {
                    name: "sema".into(),
                    value: FieldValue::Int(0),
                    meaning: String::new(),
                },
            ],
            queue: vec![],
            holding: None,
        }
    }

    fn waiter(goroutine: u32, wait: Wait) -> WaiterView {
        WaiterView { goroutine, wait }
    }

    #[test]
    fn values_and_waits_read_as_before() {
        assert_eq!(value_text(&FieldValue::MutexWord(5)), "5 (0b101)");
        assert_eq!(
            value_text(&FieldValue::MutexWord(-8)),
            "-8 (0b11111111111111111111111111111000)"
        );
        assert_eq!(value_text(&FieldValue::Hex(0x2_0000_0001)), "0x200000001");
        assert_eq!(value_text(&FieldValue::Int(-1_073_741_823)), "-1073741823");
        assert_eq!(value_text(&FieldValue::Bool(true)), "true");
        let send = Wait::Send {
            value: "7".into(),
            select: true,
        };
        assert_eq!(wait_text(&send), "send 7 (in a select)");
        assert_eq!(wait_text(&Wait::Receive { select: false }), "receive");
        assert_eq!(wait_text(&Wait::Ticket(2)), "ticket 2");
        assert_eq!(wait_text(&Wait::Sema("Lock (w)")), "Lock (w)");
    }

    #[test]
    fn queues_keep_order_and_group_runs() {
        let send = |v: &str, select| Wait::Send {
            value: v.into(),
            select,
        };
        let q = [
            waiter(4, Wait::Receive { select: false }),
            waiter(2, Wait::Receive { select: true }),
            waiter(3, send("7", false)),
            waiter(5, send("8", true)),
        ];
        let shape: Vec<(String, Vec<u32>)> = queue_groups(&q)
            .iter()
            .map(|g| {
                (
                    g.label.clone(),
                    g.waiters.iter().map(|w| w.goroutine).collect(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            [
                ("receivers".to_string(), vec![4, 2]),
                ("senders".to_string(), vec![3, 5])
            ]
        );
        // An RWMutex: writer, then readers, then queued writers; a kind that comes back later
        // is its own group, so the order on screen is the engine's.
        let q = [
            waiter(2, Wait::Sema("Lock (writer)")),
            waiter(3, Wait::Sema("RLock")),
            waiter(4, Wait::Sema("RLock")),
            waiter(5, Wait::Sema("Lock (w)")),
            waiter(6, Wait::Sema("RLock")),
        ];
        let labels: Vec<String> = queue_groups(&q).into_iter().map(|g| g.label).collect();
        assert_eq!(labels, ["Lock (writer)", "RLock", "Lock (w)", "RLock"]);
        let q = [waiter(3, Wait::Ticket(0)), waiter(2, Wait::Ticket(1))];
        assert_eq!(queue_groups(&q).len(), 1);
        assert!(queue_groups(&[]).is_empty());
    }

    #[test]
    fn changes_since_the_last_step() {
        let before = vec![mutex("mu", 0)];
        let now = mutex("mu", 1);
        let c = change(Some(&before), &now);
        assert_eq!(c.fields, ["state"]);
        assert!(!c.new && !c.queue && !c.buffer && c.any());
        assert!(!change(Some(&before), &mutex("mu", 0)).any());
        assert!(change(Some(&before), &mutex("other", 0)).new);
        assert!(!change(None, &now).any());
        let mut queued = mutex("mu", 9);
        queued.queue.push(waiter(2, Wait::Sema("Lock")));
        let c = change(Some(&[mutex("mu", 1)]), &queued);
        assert!(c.queue);
        assert_eq!(c.fields, ["state"]);
    }

    /// sync/atomic values change with each atomic step, and the change is marked.
    #[test]
    fn atomic_changes_are_marked() {
        let mut s = gosim::session::Session::new(support::ATOMICS, 1).unwrap();
        let view = |s: &gosim::session::Session, name: &str| {
            s.primitives().into_iter().find(|p| p.name == name).unwrap()
        };
        while view(&s, "hits").fields[0].value == FieldValue::Int(0) {
            s.step().unwrap();
        }
        let before = s.primitives();
        while view(&s, "ready").fields[0].value == FieldValue::Int(0) {
            s.step().unwrap();
        }
        let c = change(Some(&before), &view(&s, "ready"));
        assert_eq!(c.fields, ["v"]);
        assert!(!change(Some(&before), &view(&s, "hits")).any());
    }
}
