//! sync.WaitGroup: the state word (`state int64`: the counter in the high 32 bits,
//! the goroutines in Wait in the low bits) and the semaphore Wait parks on.

use super::{Entry, FieldValue, FieldView, State, Wait};

pub(super) const ENTRY: Entry = Entry {
    pkg: "sync",
    name: "WaitGroup",
    state: |r, at| Some(State::WaitGroup(WaitGroupWord::of(r.int(at, &["state"])))),
    fields: |_, _, s| match s {
        State::WaitGroup(w) => vec![
            FieldView::new(
                "state",
                FieldValue::Hex(w.state),
                format!("counter {}, {} waiter(s)", w.counter, w.waiters),
            ),
            FieldView::new(
                "counter",
                FieldValue::Int(w.counter.into()),
                "goroutines still to call Done".into(),
            ),
        ],
        _ => vec![],
    },
    queue: |r, at| r.sema_queue(at, &["sema"], |_| Wait::Sema("Wait")),
};

/// A WaitGroup state word, decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WaitGroupWord {
    /// The word as Go holds it.
    pub state: i64,
    /// Done calls still to come.
    pub counter: i32,
    /// Goroutines in Wait.
    pub waiters: i64,
}

impl WaitGroupWord {
    pub fn of(state: i64) -> WaitGroupWord {
        WaitGroupWord {
            state,
            counter: (state >> 32) as i32,
            waiters: state & 0x7fff_ffff,
        }
    }
}
