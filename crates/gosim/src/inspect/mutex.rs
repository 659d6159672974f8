//! sync.Mutex: Go's state word (`state int32`: bit 0 locked, bit 1 woken, bit 2
//! starving, the waiter count above bit 3, as `library/go/sync.go` keeps it) and the
//! semaphore its waiters park on. RWMutex and Once read their inner Mutex here too.

use super::{At, Entry, FieldValue, FieldView, Reader, State, Wait};

pub(super) const ENTRY: Entry = Entry {
    pkg: "sync",
    name: "Mutex",
    state: |r, at| Some(State::Mutex(word(r, at, &[]))),
    fields: |r, at, _| fields(r, at, ""),
    queue: |r, at| r.sema_queue(at, &["sema"], |_| Wait::Sema("Lock")),
};

/// A Mutex state word, decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MutexWord {
    /// The word as Go holds it.
    pub state: i32,
    pub locked: bool,
    /// A waiter is awake and competing, so Unlock wakes no other.
    pub woken: bool,
    /// Starvation mode: Unlock hands the mutex to the first waiter.
    pub starving: bool,
    /// Goroutines counted as waiting (bits 3 and up).
    pub waiters: i32,
}

impl MutexWord {
    pub fn of(state: i32) -> MutexWord {
        MutexWord {
            state,
            locked: state & 1 != 0,
            woken: state & 2 != 0,
            starving: state & 4 != 0,
            waiters: state >> 3,
        }
    }
}

/// The Mutex at `path` below `at` (`&[]`: `at` itself), decoded.
pub(super) fn word(r: &Reader, at: &At, path: &[&str]) -> MutexWord {
    let mut state = path.to_vec();
    state.push("state");
    MutexWord::of(r.int(at, &state) as i32)
}

/// The `state` and `sema` fields of the Mutex at `prefix` below `at` (`""` for `at`
/// itself, `"w."` for an RWMutex's writer mutex).
pub(super) fn fields(r: &Reader, at: &At, prefix: &str) -> Vec<FieldView> {
    let path: Vec<&str> = prefix.split('.').filter(|s| !s.is_empty()).collect();
    let w = word(r, at, &path);
    let mut sema = path.clone();
    sema.push("sema");
    let mut bits = vec![];
    if w.locked {
        bits.push("locked");
    }
    if w.woken {
        bits.push("woken");
    }
    if w.starving {
        bits.push("starving");
    }
    vec![
        FieldView::new(
            &format!("{prefix}state"),
            FieldValue::MutexWord(w.state),
            if bits.is_empty() && w.waiters == 0 {
                "unlocked, no waiters".into()
            } else {
                format!(
                    "{}{}{} waiter(s) counted",
                    bits.join(", "),
                    if bits.is_empty() { "" } else { "; " },
                    w.waiters
                )
            },
        ),
        FieldView::new(
            &format!("{prefix}sema"),
            FieldValue::Int(r.int(at, &sema)),
            "wake-ups not yet taken by a waiter".into(),
        ),
    ]
}
