//! sync.Once: `done` (set only after f returns) and the Mutex `m` that latecomers
//! wait on while f runs.

use super::{mutex, Entry, FieldValue, FieldView, MutexWord, State, Wait};

pub(super) const ENTRY: Entry = Entry {
    pkg: "sync",
    name: "Once",
    state: |r, at| {
        Some(State::Once(OnceState {
            done: r.int(at, &["done"]) != 0,
            m: mutex::word(r, at, &["m"]),
        }))
    },
    fields: |r, at, s| {
        let done = matches!(s, State::Once(o) if o.done);
        let mut fields = vec![FieldView::new(
            "done",
            FieldValue::Int(done.into()),
            if done {
                "f has returned: Do does nothing now".into()
            } else {
                "f has not finished yet".into()
            },
        )];
        fields.extend(mutex::fields(r, at, "m."));
        fields
    },
    queue: |r, at| r.sema_queue(at, &["m", "sema"], |_| Wait::Sema("Do")),
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OnceState {
    /// f has returned: every later Do returns at once.
    pub done: bool,
    /// The slow path's mutex, held while f runs.
    pub m: MutexWord,
}
