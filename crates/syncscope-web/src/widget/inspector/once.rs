//! The sync.Once card: the `done` flag, and the slow path's Mutex while anyone has used it.

use gosim::inspect::OnceState;
use yew::prelude::*;

use super::{mutex, Change};

pub(super) fn card(o: &OnceState, c: &Change) -> Html {
    let done = o.done;
    html! {
        <>
        <p class={classes!("gosim-flag", done.then_some("gosim-flag-on"), c.field("done").then_some("gosim-changed"))}
            data-testid="once-done" data-done={done.to_string()}>
            { if done { "done = 1: f has run; every later Do returns at once" } else { "done = 0: f has not finished" } }
        </p>
        if o.m.state != 0 { { mutex::view_bits("m.state", &o.m, c.field("m.state")) } }
        </>
    }
}
