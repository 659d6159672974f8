//! The sync.RWMutex card: `readerCount` with the writer's announcement taken out (the engine's
//! [`ReaderCount`]), then the writers' Mutex `w`.

use gosim::inspect::{RWMutexState, ReaderCount};
use yew::prelude::*;

use super::{bits_text, mutex, Change};

pub(super) fn card(rw: &RWMutexState, c: &Change) -> Html {
    html! {
        <>
        { view_reader_count(&rw.readers, rw.reader_wait, c.field("readerCount") || c.field("readerWait")) }
        { mutex::view_bits("w.state", &rw.w, c.field("w.state")) }
        </>
    }
}

/// `2 − 2³⁰` for an announced writer and two readers; `2` without a writer.
fn formula(c: &ReaderCount) -> String {
    if c.writer_announced {
        format!("{} \u{2212} 2\u{b3}\u{2070}", c.readers)
    } else {
        c.readers.to_string()
    }
}

fn view_reader_count(c: &ReaderCount, wait: i64, changed: bool) -> Html {
    html! {
        <div class={classes!("gosim-bits-box", changed.then_some("gosim-changed"))} data-testid="reader-count"
            data-readers={c.readers.to_string()} data-writer-announced={c.writer_announced.to_string()}>
            <p class="gosim-bits-head">
                <code>{"readerCount"}</code>{" = "}<code>{ c.raw }</code>
                if c.writer_announced { {" = "}<code>{ formula(c) }</code> }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_formula_shows_the_announcement() {
        let c = ReaderCount::of(-(1 << 30) + 2);
        assert!(c.writer_announced);
        assert_eq!(c.readers, 2);
        assert_eq!(formula(&c), "2 \u{2212} 2\u{b3}\u{2070}");
        assert_eq!(formula(&ReaderCount::of(3)), "3");
    }
}
