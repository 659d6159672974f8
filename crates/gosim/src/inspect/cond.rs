//! sync.Cond: its notify list's two ticket counters (`wait`, the next ticket Wait
//! hands out; `notify`, the next one Signal wakes) and the goroutines parked on it
//! by ticket, in wake-up order.

use super::{Entry, FieldValue, FieldView, State, Wait};

pub(super) const ENTRY: Entry = Entry {
    pkg: "sync",
    name: "Cond",
    state: |r, at| {
        Some(State::Cond(CondState {
            wait: r.int(at, &["notify", "wait"]),
            notify: r.int(at, &["notify", "notify"]),
        }))
    },
    fields: |_, _, s| match s {
        State::Cond(c) => vec![
            FieldView::new(
                "notify.wait",
                FieldValue::Int(c.wait),
                "the next ticket Wait hands out".into(),
            ),
            FieldView::new(
                "notify.notify",
                FieldValue::Int(c.notify),
                "the next ticket Signal wakes".into(),
            ),
        ],
        _ => vec![],
    },
    queue: |r, at| r.sema_queue(at, &["notify"], |w| Wait::Ticket(w.cond_ticket)),
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CondState {
    pub wait: i64,
    pub notify: i64,
}
