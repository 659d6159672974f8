//! The semaphore.Weighted card: the tokens as a row (lent out, free), then the head-of-line
//! block in words when the front waiter does not fit while tokens sit free (the engine's
//! [`WeightedState`]; the queue itself, with each waiter's weight, is the frame's).

use gosim::inspect::WeightedState;
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

use super::{bits_text, Change};
use crate::dom::text_el;

pub(super) fn card(s: &WeightedState, c: &Change) -> Html {
    let head = s.head_of_line().and_then(|a| a.goroutine);
    html! {
        <div class={classes!("gosim-bits-box", c.field("cur").then_some("gosim-changed"))}
            data-testid="semaphore-state" data-size={s.size.to_string()} data-cur={s.cur.to_string()}
            data-waiters={s.waiters.len().to_string()}
            data-blocked-by={head.map(|g| g.to_string()).unwrap_or_default()}>
            { text_el("p", "gosim-tokens", AttrValue::from(tokens(s))) }
            { bits_text(summary(s)) }
        </div>
    }
}

/// The tokens drawn one character each (lent out filled, free hollow) when they fit on a line.
fn tokens(s: &WeightedState) -> String {
    let (cur, free) = (s.cur.max(0) as usize, s.free().max(0) as usize);
    if cur + free > 32 {
        return format!("{cur} lent out, {free} free");
    }
    "\u{25a0}".repeat(cur) + &"\u{25a1}".repeat(free)
}

/// The queue in one sentence: who blocks the line, and who waits behind although it fits.
fn summary(s: &WeightedState) -> String {
    let free = s.free();
    let Some(front) = s.waiters.first() else {
        return format!("{free} of {} token(s) free; nobody is queued.", s.size);
    };
    let who = |g: Option<u32>| g.map_or("a goroutine".into(), |g| format!("goroutine {g}"));
    if s.head_of_line().is_none() {
        return format!(
            "{} wants {} at the front: it is granted as soon as it fits.",
            who(front.goroutine),
            front.n
        );
    }
    let behind: Vec<String> = s.waiters[1..]
        .iter()
        .filter(|w| w.n <= free)
        .map(|w| format!("{} (wants {})", who(w.goroutine), w.n))
        .collect();
    let mut text = format!(
        "Head-of-line block: {} wants {} with {free} free, and nobody behind it is served first.",
        who(front.goroutine),
        front.n
    );
    if !behind.is_empty() {
        text += &format!(" Waiting although it would fit: {}.", behind.join(", "));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use gosim::inspect::Acquirer;

    fn sem(size: i64, cur: i64, waiters: &[(i64, u32)]) -> WeightedState {
        WeightedState {
            size,
            cur,
            waiters: waiters
                .iter()
                .map(|&(n, g)| Acquirer {
                    n,
                    goroutine: Some(g),
                })
                .collect(),
        }
    }

    #[test]
    fn the_head_of_the_line_is_named_with_those_it_holds_back() {
        let s = sem(10, 9, &[(5, 2), (1, 3)]);
        assert_eq!(tokens(&s), "■■■■■■■■■□");
        assert_eq!(
            summary(&s),
            "Head-of-line block: goroutine 2 wants 5 with 1 free, and nobody behind it is served first. Waiting although it would fit: goroutine 3 (wants 1)."
        );
        assert_eq!(
            summary(&sem(4, 0, &[])),
            "4 of 4 token(s) free; nobody is queued."
        );
        // Nothing free: the front waits for tokens, not because of the line.
        assert!(summary(&sem(4, 4, &[(1, 2)])).ends_with("as soon as it fits."));
        assert_eq!(tokens(&sem(100, 40, &[])), "40 lent out, 60 free");
    }
}
