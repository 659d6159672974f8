//! sync.RWMutex: the writers' Mutex `w`, `readerCount` (readers holding or waiting,
//! minus Go's `rwmutexMaxReaders` while a writer is pending or active) and
//! `readerWait` (the readers a pending writer still waits for), and three queues:
//! the writer on `writerSem`, readers on `readerSem`, writers on `w`.

use super::{mutex, At, Entry, FieldValue, FieldView, MutexWord, Reader, State, Wait};

/// Go's `rwmutexMaxReaders` (`library/go/sync.go`): Lock subtracts it from
/// `readerCount` to announce a pending writer, and Unlock adds it back.
pub const MAX_READERS: i64 = 1 << 30;

pub(super) const ENTRY: Entry = Entry {
    pkg: "sync",
    name: "RWMutex",
    state: |r, at| Some(State::RWMutex(state(r, at))),
    fields,
    queue: |r, at| {
        let mut queue = r.sema_queue(at, &["writerSem"], |_| Wait::Sema("Lock (writer)"));
        queue.extend(r.sema_queue(at, &["readerSem"], |_| Wait::Sema("RLock")));
        queue.extend(r.sema_queue(at, &["w", "sema"], |_| Wait::Sema("Lock (w)")));
        queue
    },
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RWMutexState {
    /// The writers' mutex: held by the writer (or the one about to be).
    pub w: MutexWord,
    pub readers: ReaderCount,
    /// `readerWait`: readers the pending writer still waits for.
    pub reader_wait: i64,
}

/// `readerCount`, read: whether a writer has announced itself (the count is below
/// zero by [`MAX_READERS`]) and how many readers it counts (holding or waiting).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ReaderCount {
    /// The word as Go holds it.
    pub raw: i64,
    pub writer_announced: bool,
    pub readers: i64,
}

impl ReaderCount {
    pub fn of(raw: i64) -> ReaderCount {
        let writer_announced = raw < 0;
        ReaderCount {
            raw,
            writer_announced,
            readers: if writer_announced {
                raw + MAX_READERS
            } else {
                raw
            },
        }
    }
}

fn state(r: &Reader, at: &At) -> RWMutexState {
    RWMutexState {
        w: mutex::word(r, at, &["w"]),
        readers: ReaderCount::of(r.int(at, &["readerCount"])),
        reader_wait: r.int(at, &["readerWait"]),
    }
}

fn fields(r: &Reader, at: &At, s: &State) -> Vec<FieldView> {
    let State::RWMutex(s) = s else {
        return vec![];
    };
    let c = s.readers;
    let mut fields = mutex::fields(r, at, "w.");
    fields.push(FieldView::new(
        "readerCount",
        FieldValue::Int(c.raw),
        if c.writer_announced {
            format!(
                "a writer is pending or active; {} reader(s) hold or wait",
                c.readers
            )
        } else {
            format!("{} reader(s) hold it; no writer", c.readers)
        },
    ));
    fields.push(FieldView::new(
        "readerWait",
        FieldValue::Int(s.reader_wait),
        format!("readers the writer still waits for: {}", s.reader_wait),
    ));
    fields
}
