//! The sync.Mutex card: the state word as its four parts (waiter count, starving, woken,
//! locked), drawn from the engine's decoded [`MutexWord`]. RWMutex and Once draw their inner
//! Mutex with [`view_bits`] too.

use gosim::inspect::MutexWord;
use yew::prelude::*;

use super::{bit_cell, bits_text, Change};

pub(super) fn card(w: &MutexWord, c: &Change) -> Html {
    view_bits("state", w, c.field("state"))
}

/// The word in binary with the three flag bits set apart: `0b10|0|1|1` is two waiters, not
/// starving, woken, locked.
pub(super) fn binary(w: &MutexWord) -> String {
    let bit = |b: bool| if b { '1' } else { '0' };
    format!(
        "0b{:b}|{}|{}|{}",
        w.waiters,
        bit(w.starving),
        bit(w.woken),
        bit(w.locked)
    )
}

/// The state in words, for screen readers and the card's summary.
pub(super) fn describe(w: &MutexWord) -> String {
    let mut parts = vec![if w.locked { "locked" } else { "unlocked" }.to_string()];
    if w.woken {
        parts.push("woken (a waiter is awake and trying, so Unlock wakes no other)".into());
    }
    if w.starving {
        parts.push("starvation mode (ownership is handed to the first waiter)".into());
    }
    parts.push(match w.waiters {
        0 => "no waiters counted".into(),
        1 => "1 waiter counted".into(),
        n => format!("{n} waiters counted"),
    });
    parts.join(", ")
}

/// The Mutex state word named `label` as four cells: waiter count, starving, woken, locked.
pub(super) fn view_bits(label: &str, w: &MutexWord, changed: bool) -> Html {
    let bit = |b: bool| if b { "1" } else { "0" }.to_owned();
    html! {
        <div class={classes!("gosim-bits-box", changed.then_some("gosim-changed"))} data-testid="mutex-bits"
            data-state={w.state.to_string()}>
            <p class="gosim-bits-head">
                <code>{ label.to_owned() }</code>{" = "}<code>{ w.state }</code>
                {" = "}<code>{ binary(w) }</code>
            </p>
            <div class="gosim-bits" role="img" aria-label={format!("{label}: {}", describe(w))}>
                { bit_cell("waiters", w.waiters.to_string(), "bits 3\u{2013}31", w.waiters != 0, true) }
                { bit_cell("starving", bit(w.starving), "bit 2", w.starving, false) }
                { bit_cell("woken", bit(w.woken), "bit 1", w.woken, false) }
                { bit_cell("locked", bit(w.locked), "bit 0", w.locked, false) }
            </div>
            { bits_text(describe(w)) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutex_words_read_well() {
        // 2 waiters, starving, not woken, locked: 0b10_1_0_1 = 21.
        let w = MutexWord::of(21);
        assert_eq!(binary(&w), "0b10|1|0|1");
        assert_eq!(
            describe(&w),
            "locked, starvation mode (ownership is handed to the first waiter), 2 waiters counted"
        );
        let w = MutexWord::of(2);
        assert_eq!(binary(&w), "0b0|0|1|0");
        assert_eq!(
            describe(&w),
            "unlocked, woken (a waiter is awake and trying, so Unlock wakes no other), no waiters counted"
        );
        assert_eq!(describe(&MutexWord::of(9)), "locked, 1 waiter counted");
    }
}
