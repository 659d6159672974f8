//! The channel card: the buffer slot by slot (oldest first), or a note that it has none.

use gosim::inspect::ChanState;
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

use super::{bits_text, Change};
use crate::dom::each;

/// Buffer slots drawn one by one; a bigger buffer shows these and a count of the rest.
const MAX_SLOTS: usize = 12;

pub(super) fn card(ch: &ChanState, c: &Change) -> Html {
    let cap = ch.cap as usize;
    let closed = ch.closed;
    let buffer = &ch.buffer;
    if cap == 0 {
        return html! {
            <p class="gosim-muted" data-testid="chan-buffer" data-len="0" data-cap="0">
                {"Unbuffered: no slots, a value passes straight from sender to receiver."}
                if closed { {" Closed."} }
            </p>
        };
    }
    let shown_full = buffer.len().min(MAX_SLOTS);
    let shown_empty = cap.saturating_sub(buffer.len()).min(MAX_SLOTS - shown_full);
    let hidden = cap - shown_full - shown_empty;
    let label = if buffer.is_empty() {
        format!("buffer: empty, {cap} free slot(s)")
    } else {
        format!(
            "buffer: {} of {cap} slots used, oldest first: {}",
            buffer.len(),
            buffer.join(", ")
        )
    };
    html! {
        <div class={classes!("gosim-buffer-box", c.buffer.then_some("gosim-changed"))}>
            <ol class="gosim-buffer" data-testid="chan-buffer" aria-label={AttrValue::from(label)}
                data-len={buffer.len().to_string()} data-cap={cap.to_string()}>
                { each(shown_full, &|i| html! {
                    <li class="gosim-slot gosim-slot-full"><code>{ buffer[i].clone() }</code></li>
                }) }
                { each(shown_empty, &|_| html! {
                    <li class="gosim-slot gosim-slot-empty" aria-label="free"></li>
                }) }
                if hidden > 0 {
                    <li class="gosim-slot-more">{ format!("+{hidden}") }</li>
                }
            </ol>
            { bits_text(match buffer.first() {
                    Some(v) if closed => format!("Closed: receives still take {v} first, then the rest in order."),
                    Some(v) => format!("Oldest first: the next receive takes {v}."),
                    None if closed => "Closed and empty: a receive gets the zero value at once.".to_owned(),
                    None => "Empty: a receive waits for a send.".to_owned(),
                }) }
        </div>
    }
}
