//! Drawing the inspector panel: a card per channel and sync primitive the program can reach
//! (`Session::primitives`), then the picked goroutine's frames and the package variables.
//!
//! A card shows the primitive's fields with raw value and meaning, the Mutex state word as
//! its bits, the WaitGroup word as counter and waiters, RWMutex's reader count with the
//! writer's announcement taken out, a channel's buffer slot by slot, the holder when the
//! steps tell it, and the queue of waiting goroutines in their colours. What the last step
//! changed is marked (class `gosim-changed`, `data-changed="true"`). The numbers come from
//! `prims.rs`; the layout is one column that wraps, so it fits a phone.

use gosim::inspect::{PrimitiveView, WaiterView};
use gosim::session::GStatusView;
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

use super::prims::{
    self, change, field, is_channel, mutex_bits, queue_groups, raw_int, waitgroup_state, Change,
    Holder, Holding, MutexBits, ReaderCount,
};
use super::view::{click_with, muted, status_text, vars_table};
use super::{Msg, Widget};
use crate::dom::{each, text_el};
use crate::lanes::colour_class;

/// Buffer slots drawn one by one; a bigger buffer shows these and a count of the rest.
const MAX_SLOTS: usize = 12;

#[inline(never)]
pub(super) fn swatch(gid: u32) -> Html {
    html! {
        <span class={classes!("gosim-swatch", colour_class(gid))} aria-hidden="true">{ gid }</span>
    }
}

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

/// The Mutex state word as four cells: waiter count, starving, woken, locked.
fn view_bits(label: &str, bits: MutexBits, changed: bool) -> Html {
    let bit = |b: bool| if b { "1" } else { "0" }.to_owned();
    html! {
        <div class={classes!("gosim-bits-box", changed.then_some("gosim-changed"))} data-testid="mutex-bits"
            data-state={bits.state.to_string()}>
            <p class="gosim-bits-head">
                <code>{ label.to_owned() }</code>{" = "}<code>{ bits.state }</code>
                {" = "}<code>{ bits.binary() }</code>
            </p>
            <div class="gosim-bits" role="img" aria-label={format!("{label}: {}", bits.describe())}>
                { bit_cell("waiters", bits.waiters.to_string(), "bits 3\u{2013}31", bits.waiters != 0, true) }
                { bit_cell("starving", bit(bits.starving), "bit 2", bits.starving, false) }
                { bit_cell("woken", bit(bits.woken), "bit 1", bits.woken, false) }
                { bit_cell("locked", bit(bits.locked), "bit 0", bits.locked, false) }
            </div>
            { bits_text(bits.describe()) }
        </div>
    }
}

fn view_waitgroup(p: &PrimitiveView, changed: bool) -> Html {
    let Some(state) = waitgroup_state(p) else {
        return html! {};
    };
    html! {
        <div class={classes!("gosim-bits-box", changed.then_some("gosim-changed"))} data-testid="waitgroup-state"
            data-counter={state.counter.to_string()} data-waiters={state.waiters.to_string()}>
            <div class="gosim-bits" role="img"
                aria-label={format!("state: counter {}, {} waiting in Wait", state.counter, state.waiters)}>
                { bit_cell("counter", state.counter.to_string(), "high 32 bits", state.counter != 0, true) }
                { bit_cell("waiters", state.waiters.to_string(), "low 32 bits", state.waiters != 0, true) }
            </div>
            { bits_text(match (state.counter, state.waiters) {
                    (0, _) => "The counter is zero: Wait returns at once.".to_owned(),
                    (n, 0) => format!("{n} Done call(s) to go; nobody waits yet."),
                    (n, w) => format!("{n} Done call(s) to go; {w} goroutine(s) wait for the last one."),
                }) }
        </div>
    }
}

fn view_reader_count(p: &PrimitiveView, changed: bool) -> Html {
    let Some(count) = field(p, "readerCount").and_then(|f| raw_int(&f.raw)) else {
        return html! {};
    };
    let wait = field(p, "readerWait")
        .and_then(|f| raw_int(&f.raw))
        .unwrap_or(0);
    let c = ReaderCount::of(count);
    html! {
        <div class={classes!("gosim-bits-box", changed.then_some("gosim-changed"))} data-testid="reader-count"
            data-readers={c.readers.to_string()} data-writer-announced={c.writer_announced.to_string()}>
            <p class="gosim-bits-head">
                <code>{"readerCount"}</code>{" = "}<code>{ count }</code>
                if c.writer_announced { {" = "}<code>{ c.formula() }</code> }
            </p>
            { bits_text(if c.writer_announced {
                    format!(
                        "A writer has announced itself (Lock took 2\u{b3}\u{2070} off the count, so new readers wait); {} reader(s) counted, {wait} of them still to leave before the writer goes on.",
                        c.readers
                    )
                } else {
                    format!("No writer: {} reader(s) counted.", c.readers)
                }) }
        </div>
    }
}

/// A Cond's notify list as tickets: Wait takes ticket `wait` and bumps it; Signal wakes the
/// holder of ticket `notify` and bumps it, so the tickets in between are the waiting ones.
fn view_cond(p: &PrimitiveView, changed: bool) -> Html {
    let num = |name: &str| field(p, name).and_then(|f| raw_int(&f.raw)).unwrap_or(0);
    let (wait, notify) = (num("notify.wait"), num("notify.notify"));
    html! {
        <p class={classes!("gosim-muted", "gosim-bits-text", changed.then_some("gosim-changed"))}
            data-testid="cond-tickets" data-wait={wait.to_string()} data-notify={notify.to_string()}>
            { prims::cond_summary(wait, notify) }
        </p>
    }
}

fn view_buffer(p: &PrimitiveView, changed: bool) -> Html {
    let cap = field(p, "cap")
        .and_then(|f| raw_int(&f.raw))
        .unwrap_or(0)
        .max(0) as usize;
    let closed = field(p, "closed").is_some_and(|f| f.raw == "true");
    if cap == 0 {
        return html! {
            <p class="gosim-muted" data-testid="chan-buffer" data-len="0" data-cap="0">
                {"Unbuffered: no slots, a value passes straight from sender to receiver."}
                if closed { {" Closed."} }
            </p>
        };
    }
    let shown_full = p.buffer.len().min(MAX_SLOTS);
    let shown_empty = cap
        .saturating_sub(p.buffer.len())
        .min(MAX_SLOTS - shown_full);
    let hidden = cap - shown_full - shown_empty;
    let label = if p.buffer.is_empty() {
        format!("buffer: empty, {cap} free slot(s)")
    } else {
        format!(
            "buffer: {} of {cap} slots used, oldest first: {}",
            p.buffer.len(),
            p.buffer.join(", ")
        )
    };
    html! {
        <div class={classes!("gosim-buffer-box", changed.then_some("gosim-changed"))}>
            <ol class="gosim-buffer" data-testid="chan-buffer" aria-label={label}
                data-len={p.buffer.len().to_string()} data-cap={cap.to_string()}>
                { each(shown_full, &|i| html! {
                    <li class="gosim-slot gosim-slot-full"><code>{ p.buffer[i].clone() }</code></li>
                }) }
                { each(shown_empty, &|_| html! {
                    <li class="gosim-slot gosim-slot-empty" aria-label="free"></li>
                }) }
                if hidden > 0 {
                    <li class="gosim-slot-more">{ format!("+{hidden}") }</li>
                }
            </ol>
            { bits_text(match p.buffer.first() {
                    Some(v) if closed => format!("Closed: receives still take {v} first, then the rest in order."),
                    Some(v) => format!("Oldest first: the next receive takes {v}."),
                    None if closed => "Closed and empty: a receive gets the zero value at once.".to_owned(),
                    None => "Empty: a receive waits for a send.".to_owned(),
                }) }
        </div>
    }
}

fn view_holder(p: &PrimitiveView, holding: Option<&Holding>) -> Html {
    let locked = mutex_bits(p).is_some_and(|b| b.locked);
    let queued_readers: Vec<u32> = p
        .queue
        .iter()
        .filter(|w| w.what == "RLock")
        .map(|w| w.goroutine)
        .collect();
    let writer = match holding.map(|h| &h.writer) {
        _ if !locked => None,
        Some(Holder::Goroutine(g)) => Some(*g),
        _ => None,
    };
    let who = match p.kind.as_str() {
        "sync.RWMutex" => "writer",
        "sync.Once" => "running f",
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
                    None => text_el("span", "gosim-muted", "not known (the step that locked it was jumped over; Go's Mutex does not record its owner)".into()),
                } }
            </p>
        }
    } else {
        html! {}
    };
    let reader_line = match (p.kind.as_str(), readers) {
        ("sync.RWMutex", Some(list)) if !list.is_empty() => html! {
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
            { text_el("span", "gosim-waiter-what", AttrValue::from(w.what.clone())) }
            if first { { text_el("span", "gosim-badge", "next".into()) } }
        </li>
    }
}

fn view_queue(p: &PrimitiveView, changed: bool) -> Html {
    let channel = is_channel(p);
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
                    if g.waiters.iter().any(|w| w.what != g.label) {
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
                let changed = c.fields.contains(&f.name);
                html! {
                    <div class={classes!("gosim-fieldrow", changed.then_some("gosim-changed"))}
                        data-testid="field" data-field={f.name.clone()} data-changed={changed.to_string()}>
                        <dt><code>{ f.name.clone() }</code></dt>
                        <dd>
                            { text_el("code", "gosim-field-raw", AttrValue::from(f.raw.clone())) }
                            { text_el("span", "gosim-field-meaning", AttrValue::from(f.meaning.clone())) }
                        </dd>
                    </div>
                }
            }) }
        </dl>
    }
}

fn view_primitive(
    i: usize,
    p: &PrimitiveView,
    before: Option<&[PrimitiveView]>,
    holding: Option<&Holding>,
) -> Html {
    let c = change(before, p);
    let word_changed = |name: &str| c.fields.iter().any(|f| f == name);
    let body = match p.kind.as_str() {
        "sync.Mutex" => html! {
            <>
            if let Some(bits) = mutex_bits(p) { { view_bits("state", bits, word_changed("state")) } }
            </>
        },
        "sync.RWMutex" => html! {
            <>
            { view_reader_count(p, word_changed("readerCount") || word_changed("readerWait")) }
            if let Some(bits) = mutex_bits(p) { { view_bits("w.state", bits, word_changed("w.state")) } }
            </>
        },
        "sync.Once" => {
            let done = field(p, "done").is_some_and(|f| f.raw != "0");
            html! {
                <>
                <p class={classes!("gosim-flag", done.then_some("gosim-flag-on"), word_changed("done").then_some("gosim-changed"))}
                    data-testid="once-done" data-done={done.to_string()}>
                    { if done { "done = 1: f has run; every later Do returns at once" } else { "done = 0: f has not finished" } }
                </p>
                if let Some(bits) = mutex_bits(p) {
                    if bits.state != 0 { { view_bits("m.state", bits, word_changed("m.state")) } }
                }
                </>
            }
        }
        "sync.WaitGroup" => view_waitgroup(p, word_changed("state")),
        "sync.Cond" => view_cond(
            p,
            word_changed("notify.wait") || word_changed("notify.notify"),
        ),
        _ if is_channel(p) => view_buffer(p, c.buffer),
        _ => html! {},
    };
    let kind_note = if c.new {
        Some("new")
    } else if c.any() {
        Some("changed")
    } else {
        None
    };
    html! {
        <article class={classes!("gosim-prim", c.any().then_some("gosim-prim-changed"))}
            data-testid={format!("primitive-{i}")} data-name={p.name.clone()} data-kind={p.kind.clone()}
            data-changed={c.any().to_string()} aria-label={format!("{} ({})", p.name, p.kind)}>
            <p class="gosim-prim-head">
                { text_el("code", "gosim-prim-name", AttrValue::from(p.name.clone())) }
                { text_el("span", "gosim-prim-kind", AttrValue::from(p.kind.clone())) }
                if let Some(note) = kind_note {
                    <span class="gosim-badge gosim-badge-changed">{ format!("{note} in the last step") }</span>
                }
            </p>
            { body }
            { view_holder(p, holding) }
            { view_fields(p, &c) }
            { view_queue(p, c.queue) }
        </article>
    }
}

impl Widget {
    pub(super) fn view_inspector(&self, ctx: &Context<Self>) -> Html {
        let Some(session) = &self.session else {
            return muted("No program is running.".into());
        };
        let last = self
            .position()
            .checked_sub(1)
            .and_then(|i| self.known.get(i))
            .map(|p| p.goroutine);
        let selected = self
            .selected
            .filter(|id| self.views.iter().any(|g| g.id == *id))
            .or(last)
            .or_else(|| self.views.first().map(|g| g.id));
        let chosen = self.views.iter().find(|g| Some(g.id) == selected);
        let globals = session.globals();
        let prims = &self.prims.now;
        let before = self.prims.before.as_deref();
        let holders = self.holders_now();
        html! {
            <div class="gosim-inspector" data-testid="inspector">
                <div class="gosim-prims" data-testid="primitives" data-count={prims.len().to_string()}>
                    { text_el("p", "gosim-frame-head", "Channels and sync primitives".into()) }
                    if prims.is_empty() {
                        { muted("None reachable now (from package variables or a running goroutine's locals).".into()) }
                    } else {
                        <div class="gosim-prim-list">
                            { each(prims.len(), &|i| {
                                let p = &prims[i];
                                view_primitive(i, p, before, holders.and_then(|h| h.get(&p.name)))
                            }) }
                        </div>
                    }
                </div>
                <div class="gosim-tabs" role="group" aria-label="goroutine to inspect">
                    { each(self.views.len(), &|i| {
                        let g = &self.views[i];
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
