//! Who holds each lock, recorded at the step that took it.
//!
//! Go's Mutex does not record its owner, so the session watches: after every step it
//! reads each reachable lock's word ([`super::locks`]) and compares it with the
//! [`Ledger`] of the step before. The rules follow Go's algorithms: a Mutex's locked
//! bit is only ever set by the goroutine acquiring it (the fast path's
//! compare-and-swap, the slow path's, or a starving hand-off's add, each in the
//! acquirer's own step) and cleared by Unlock; an RWMutex reader count goes up by one
//! in RLock and down by one in RUnlock, in the reader's own step, while the writer's
//! announcement moves it by 2³⁰ and leaves the number of readers alone. A ledger per
//! recorded step lets going back show the holders at once, with no replay.

use super::{MutexWord, ReaderCount};
use crate::value::Ref;
use crate::vm::Machine;

/// Who holds a lock.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Holder {
    Nobody,
    Goroutine(u32),
    /// Locked before the session could see it taken (a lock first reached already
    /// held, e.g. a copied Mutex).
    Unknown,
}

/// The holders of one lock: the writer (a Mutex's only holder; for a Once, the
/// goroutine running f) and an RWMutex's counted readers (`None` when not known, and
/// for other kinds).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Holding {
    pub writer: Holder,
    pub readers: Option<Vec<u32>>,
}

/// One lock as last seen.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Seen {
    place: Ref,
    word: MutexWord,
    readers: Option<ReaderCount>,
    holding: Holding,
}

/// Every reachable lock's word and holders after one step. A short list searched by
/// place (a program has a handful of locks).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ledger(Vec<Seen>);

impl Ledger {
    /// The holding recorded for the lock at `place` (nobody, for one never seen).
    pub fn holding(&self, place: &Ref) -> Holding {
        self.find(place)
            .map(|s| s.holding.clone())
            .unwrap_or(Holding {
                writer: Holder::Nobody,
                readers: None,
            })
    }

    fn find(&self, place: &Ref) -> Option<&Seen> {
        self.0.iter().find(|s| s.place == *place)
    }

    /// The ledger after a step of goroutine `gid` took the machine from the state
    /// `self` describes to `m`'s.
    pub fn after_step(&self, m: &Machine, gid: u32) -> Ledger {
        let mut out = Vec::new();
        for (place, state) in super::locks(m) {
            let Some(word) = state.lock_word() else {
                continue;
            };
            let readers = state.reader_count();
            let old = self.find(&place);
            let writer = match (old.map(|o| o.word.locked), word.locked) {
                (_, false) => Holder::Nobody,
                (Some(false), true) => Holder::Goroutine(gid),
                (Some(true), true) => old.map_or(Holder::Unknown, |o| o.holding.writer.clone()),
                (None, true) => Holder::Unknown,
            };
            let reader_list = readers.and_then(|now| {
                let before = old.and_then(|o| o.readers.map(|c| c.readers));
                match (before, now.readers) {
                    (_, 0) => Some(Vec::new()),
                    (Some(a), b) => old.and_then(|o| o.holding.readers.clone()).map(|mut list| {
                        if b == a + 1 {
                            list.push(gid);
                        } else if b + 1 == a {
                            if let Some(i) = list.iter().position(|g| *g == gid) {
                                list.remove(i);
                            }
                        }
                        list
                    }),
                    (None, _) => None,
                }
                // A list that no longer matches the count is not trusted.
                .filter(|list| list.len() as i64 == now.readers)
            });
            out.push(Seen {
                place,
                word,
                readers,
                holding: Holding {
                    writer,
                    readers: reader_list,
                },
            });
        }
        Ledger(out)
    }
}
