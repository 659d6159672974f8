//! The sync.WaitGroup card: the state word as counter and waiters (the engine's
//! [`WaitGroupWord`]).

use gosim::inspect::WaitGroupWord;
use yew::prelude::*;

use super::{bit_cell, bits_text, Change};

pub(super) fn card(w: &WaitGroupWord, c: &Change) -> Html {
    html! {
        <div class={classes!("gosim-bits-box", c.field("state").then_some("gosim-changed"))} data-testid="waitgroup-state"
            data-counter={w.counter.to_string()} data-waiters={w.waiters.to_string()}>
            <div class="gosim-bits" role="img"
                aria-label={format!("state: counter {}, {} waiting in Wait", w.counter, w.waiters)}>
                { bit_cell("counter", w.counter.to_string(), "high 32 bits", w.counter != 0, true) }
                { bit_cell("waiters", w.waiters.to_string(), "low 32 bits", w.waiters != 0, true) }
            </div>
            { bits_text(match (w.counter, w.waiters) {
                    (0, _) => "The counter is zero: Wait returns at once.".to_owned(),
                    (n, 0) => format!("{n} Done call(s) to go; nobody waits yet."),
                    (n, w) => format!("{n} Done call(s) to go; {w} goroutine(s) wait for the last one."),
                }) }
        </div>
    }
}
