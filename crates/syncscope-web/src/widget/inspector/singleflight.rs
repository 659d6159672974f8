//! The singleflight.Group card: one line per call (its key, its leader, who joined and
//! how), then each DoChan channel and what it holds (the engine's [`FlightState`]).

use gosim::inspect::{Delivery, FlightCall, FlightState};
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

use super::{bits_text, Change};
use crate::dom::{each, text_el};

pub(super) fn card(s: &FlightState, c: &Change) -> Html {
    if s.calls.is_empty() {
        return bits_text("No call in flight: the next Do for a key runs its function.".into());
    }
    html! {
        <ul class={classes!("gosim-flights", c.any().then_some("gosim-changed"))} data-testid="flight-calls"
            data-calls={s.calls.len().to_string()}>
            { each(s.calls.len(), &|i| {
                let call = &s.calls[i];
                html! {
                    <li data-testid="flight-call" data-key={call.key.clone()} data-dups={call.dups.to_string()}>
                        { text_el("p", "", AttrValue::from(call_text(call))) }
                        { each(call.chans.len(), &|j| text_el("p", "gosim-muted", AttrValue::from(chan_text(j, &call.chans[j])))) }
                    </li>
                }
            }) }
        </ul>
    }
}

/// A call in one sentence: key, leader, duplicates, and where its result is.
fn call_text(c: &FlightCall) -> String {
    let leader = c
        .leader
        .map_or(String::new(), |g| format!(", run by goroutine {g}"));
    let forgotten = if c.in_map { "" } else { " (no longer in m)" };
    let key = crate::quote::quote(&c.key, '"');
    let mut text = format!("{key}{forgotten}{leader}: {} duplicate(s)", c.dups);
    if !c.waiting.is_empty() {
        let gs: Vec<String> = c.waiting.iter().map(u32::to_string).collect();
        text += &format!(", goroutine(s) {} waiting in Do", gs.join(", "));
    }
    text += &match &c.result {
        Some(r) => format!("; done: {r}, shared with every caller."),
        None => "; running.".into(),
    };
    text
}

/// A DoChan channel: who receives from it and what it holds.
fn chan_text(i: usize, d: &Delivery) -> String {
    let held = match &d.sent {
        Some(r) => format!("holds {r}"),
        None => "empty".into(),
    };
    match d.receiver {
        Some(g) => format!("DoChan channel {}: {held}; goroutine {g} receives", i + 1),
        None => format!("DoChan channel {}: {held}", i + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_says_who_leads_and_who_joined() {
        let mut c = FlightCall {
            key: "k".into(),
            in_map: true,
            leader: Some(2),
            done: false,
            dups: 2,
            waiting: vec![3],
            chans: vec![],
            result: None,
        };
        assert_eq!(
            call_text(&c),
            "\"k\", run by goroutine 2: 2 duplicate(s), goroutine(s) 3 waiting in Do; running."
        );
        c.in_map = false;
        c.waiting.clear();
        c.result = Some("42 <nil>".into());
        assert_eq!(
            call_text(&c),
            "\"k\" (no longer in m), run by goroutine 2: 2 duplicate(s); done: 42 <nil>, shared with every caller."
        );
        let sent = Delivery {
            receiver: Some(1),
            sent: Some("{42 <nil> true}".into()),
        };
        assert_eq!(
            chan_text(0, &sent),
            "DoChan channel 1: holds {42 <nil> true}; goroutine 1 receives"
        );
    }
}
