//! What the inspector's primitive cards need from the engine's views, worked out as plain data:
//! the Mutex state word split into its bits, the WaitGroup state split into counter and waiters,
//! RWMutex's reader count with the writer's announcement taken out, waiting queues grouped the
//! way a reader scans them, what changed in the last step, and who holds each lock.
//!
//! Everything here is a pure function of [`PrimitiveView`]s (no DOM, no session), so it is
//! tested natively; `inspector.rs` only draws the results.

use gosim::inspect::{PrimitiveView, WaiterView};

/// Go's `rwmutexMaxReaders`: `RWMutex.Lock` subtracts it from `readerCount` to announce a
/// pending writer, and `Unlock` adds it back.
pub const MAX_READERS: i64 = 1 << 30;

/// The fields of a `sync.Mutex` state word (`state int32`): bit 0 locked, bit 1 woken, bit 2
/// starving, the waiter count above bit 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MutexBits {
    pub state: i32,
    pub locked: bool,
    pub woken: bool,
    pub starving: bool,
    pub waiters: i32,
}

impl MutexBits {
    pub fn of(state: i32) -> MutexBits {
        MutexBits {
            state,
            locked: state & 1 != 0,
            woken: state & 2 != 0,
            starving: state & 4 != 0,
            waiters: state >> 3,
        }
    }

    /// The word in binary with the three flag bits set apart: `0b10|0|1|1` is two waiters,
    /// not starving, woken, locked.
    pub fn binary(&self) -> String {
        let bit = |b: bool| if b { '1' } else { '0' };
        format!(
            "0b{:b}|{}|{}|{}",
            self.waiters,
            bit(self.starving),
            bit(self.woken),
            bit(self.locked)
        )
    }

    /// The state in words, for screen readers and the card's summary.
    pub fn describe(&self) -> String {
        let mut parts = vec![if self.locked { "locked" } else { "unlocked" }.to_string()];
        if self.woken {
            parts.push("woken (a waiter is awake and trying, so Unlock wakes no other)".into());
        }
        if self.starving {
            parts.push("starvation mode (ownership is handed to the first waiter)".into());
        }
        parts.push(match self.waiters {
            0 => "no waiters counted".into(),
            1 => "1 waiter counted".into(),
            n => format!("{n} waiters counted"),
        });
        parts.join(", ")
    }
}

/// The integer at the start of a field's raw text (`3`, `-1073741823`, `5 (0b101)`, `0x1f`).
pub fn raw_int(raw: &str) -> Option<i64> {
    let head = raw.split_whitespace().next()?;
    let (negative, digits) = match head.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, head),
    };
    let value = match digits.strip_prefix("0x") {
        Some(hex) => i64::from_str_radix(hex, 16).ok()?,
        None => digits.parse::<i64>().ok()?,
    };
    Some(if negative { -value } else { value })
}

/// A field of `p` by name.
pub fn field<'a>(p: &'a PrimitiveView, name: &str) -> Option<&'a gosim::inspect::FieldView> {
    p.fields.iter().find(|f| f.name == name)
}

/// Whether `p` is a channel: the engine lists a channel with `cap`, `len` and `closed`
/// (its kind is Go's name for the type, which for a named channel type need not say `chan`).
pub fn is_channel(p: &PrimitiveView) -> bool {
    ["cap", "len", "closed"]
        .iter()
        .all(|name| field(p, name).is_some())
}

/// The name of the Mutex state word inside a primitive: its own for a Mutex, the writers' mutex
/// `w` for an RWMutex, the slow path's `m` for a Once.
pub fn lock_word(kind: &str) -> Option<&'static str> {
    match kind {
        "sync.Mutex" => Some("state"),
        "sync.RWMutex" => Some("w.state"),
        "sync.Once" => Some("m.state"),
        _ => None,
    }
}

/// The lock word of `p`, split into bits, if it has one.
pub fn mutex_bits(p: &PrimitiveView) -> Option<MutexBits> {
    let name = lock_word(&p.kind)?;
    let raw = raw_int(&field(p, name)?.raw)?;
    Some(MutexBits::of(raw as i32))
}

/// RWMutex's `readerCount`, read: whether a writer has announced itself (the count is below
/// zero by [`MAX_READERS`]) and how many readers it counts (holding or waiting to hold).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReaderCount {
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

    /// `2 − 2³⁰` for an announced writer and two readers; `2` without a writer.
    pub fn formula(&self) -> String {
        if self.writer_announced {
            format!("{} \u{2212} 2\u{b3}\u{2070}", self.readers)
        } else {
            self.readers.to_string()
        }
    }
}

/// The WaitGroup state word (`state int64`): the counter in the high 32 bits, the number of
/// goroutines in Wait in the low bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WaitGroupState {
    pub counter: i32,
    pub waiters: i64,
}

pub fn waitgroup_state(p: &PrimitiveView) -> Option<WaitGroupState> {
    if p.kind != "sync.WaitGroup" {
        return None;
    }
    let state = raw_int(&field(p, "state")?.raw)?;
    Some(WaitGroupState {
        counter: (state >> 32) as i32,
        waiters: state & 0x7fff_ffff,
    })
}

/// A Cond's tickets in words: which ones were handed out and not yet signalled, and which
/// one Signal wakes next. `wait` and `notify` are the notify list's two counters.
pub fn cond_summary(wait: i64, notify: i64) -> String {
    match wait - notify {
        _ if wait == 0 => "No ticket handed out yet: nobody has called Wait.".into(),
        n if n <= 0 => format!(
            "Tickets handed out: {wait}, all signalled: Signal has nobody to wake."
        ),
        1 => format!("Ticket {notify} is waiting: Signal wakes it."),
        n => format!(
            "Tickets {notify}\u{2013}{} are waiting ({n}); Signal wakes ticket {notify} first, Broadcast all of them.",
            wait - 1
        ),
    }
}

/// One run of a waiting queue that waits for the same thing, in queue order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueueGroup<'a> {
    /// `receivers`, `senders`, `Lock`, `RLock`, `Wait`, `Cond.Wait` …
    pub label: String,
    pub waiters: Vec<&'a WaiterView>,
}

/// What a waiter waits for, without its own details (a send's value, a Cond ticket), so that
/// consecutive waiters of one kind form one group.
fn group_label(what: &str) -> String {
    if what.starts_with("receive") {
        "receivers".into()
    } else if what.starts_with("send") {
        "senders".into()
    } else if what.starts_with("ticket") {
        "Cond.Wait (by ticket)".into()
    } else {
        what.to_string()
    }
}

/// Splits a queue into runs of the same kind, keeping the engine's order (which is wake-up
/// order for the semaphore and notify-list queues, and arrival order for a channel's).
pub fn queue_groups(queue: &[WaiterView]) -> Vec<QueueGroup<'_>> {
    let mut groups: Vec<QueueGroup> = Vec::new();
    for w in queue {
        let label = group_label(&w.what);
        match groups.last_mut() {
            Some(g) if g.label == label => g.waiters.push(w),
            _ => groups.push(QueueGroup {
                label,
                waiters: vec![w],
            }),
        }
    }
    groups
}

/// How a primitive differs from the step before.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Change {
    /// It was not there before the step (made, or newly reachable).
    pub new: bool,
    /// Names of the fields whose raw value changed.
    pub fields: Vec<String>,
    pub buffer: bool,
    pub queue: bool,
}

impl Change {
    pub fn any(&self) -> bool {
        self.new || !self.fields.is_empty() || self.buffer || self.queue
    }
}

/// The same primitive (by name and kind) in another step's list.
fn find<'a>(list: &'a [PrimitiveView], p: &PrimitiveView) -> Option<&'a PrimitiveView> {
    list.iter().find(|q| q.name == p.name && q.kind == p.kind)
}

/// What changed in `now` compared with `before` (the state one step earlier). Without a
/// `before` (at the start) nothing is marked.
pub fn change(before: Option<&[PrimitiveView]>, now: &PrimitiveView) -> Change {
    let Some(before) = before else {
        return Change::default();
    };
    let Some(old) = find(before, now) else {
        return Change {
            new: true,
            ..Change::default()
        };
    };
    Change {
        new: false,
        fields: now
            .fields
            .iter()
            .filter(|f| field(old, &f.name).is_none_or(|o| o.raw != f.raw))
            .map(|f| f.name.clone())
            .collect(),
        buffer: old.buffer != now.buffer,
        queue: old.queue != now.queue,
    }
}

/// Who holds a lock, as far as the steps seen tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Holder {
    Nobody,
    Goroutine(u32),
    /// Locked, but the step that locked it was not watched (a long jump); Go's Mutex does not
    /// record its owner, so the inspector does not guess.
    Unknown,
}

/// The holders of one primitive: the writer (a Mutex's only holder) and an RWMutex's counted
/// readers (`None` when not known).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holding {
    pub writer: Holder,
    pub readers: Option<Vec<u32>>,
}

/// Holders by primitive name, at one step: a short list (a program has a handful of
/// primitives) searched by name. A `BTreeMap` here brought its own copy of the B-tree code
/// for this key and value type into the wasm module.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Holders(Vec<(String, Holding)>);

impl Holders {
    pub fn new() -> Holders {
        Holders(Vec::new())
    }

    /// The holding of the primitive called `name`, when known.
    pub fn get(&self, name: &str) -> Option<&Holding> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, h)| h)
    }

    /// Records `holding` for `name`, replacing what was recorded for it.
    fn set(&mut self, name: &str, holding: Holding) {
        match self.0.iter_mut().find(|(n, _)| n == name) {
            Some((_, h)) => *h = holding,
            None => self.0.push((name.to_owned(), holding)),
        }
    }
}

#[cfg(test)]
impl std::ops::Index<&str> for Holders {
    type Output = Holding;

    fn index(&self, name: &str) -> &Holding {
        self.get(name).expect("a primitive with holders")
    }
}

/// The holders after a step of goroutine `gid` that took the primitives from `before` to
/// `after`, given those before it (`None`: not known).
///
/// The rules follow Go's algorithms: the locked bit of a Mutex is only ever set by the
/// goroutine acquiring it (the fast path's compare-and-swap, the slow path's, or a starving
/// hand-off's add, each in the acquirer's own step), and cleared by Unlock; an RWMutex reader
/// count goes up by one in RLock and down by one in RUnlock, in the reader's own step, while
/// the writer's announcement moves it by 2³⁰ and leaves the number of readers alone.
pub fn next_holders(
    prev: Option<&Holders>,
    before: &[PrimitiveView],
    after: &[PrimitiveView],
    gid: u32,
) -> Holders {
    let mut out = Holders::new();
    for p in after {
        let Some(bits) = mutex_bits(p) else {
            continue;
        };
        let old = find(before, p);
        let known = prev.and_then(|h| h.get(&p.name));
        let old_bits = old.and_then(mutex_bits);
        let writer = match (old_bits.map(|b| b.locked), bits.locked) {
            (_, false) => Holder::Nobody,
            (Some(false), true) => Holder::Goroutine(gid),
            (Some(true), true) => known.map_or(Holder::Unknown, |h| h.writer.clone()),
            (None, true) => Holder::Unknown,
        };
        let readers = if p.kind == "sync.RWMutex" {
            let count = |q: &PrimitiveView| {
                field(q, "readerCount")
                    .and_then(|f| raw_int(&f.raw))
                    .map(|c| ReaderCount::of(c).readers)
            };
            match (old.and_then(count), count(p)) {
                (_, Some(0)) => Some(Vec::new()),
                (Some(a), Some(b)) => known.and_then(|h| h.readers.clone()).map(|mut list| {
                    if b == a + 1 {
                        list.push(gid);
                    } else if b + 1 == a {
                        if let Some(i) = list.iter().position(|g| *g == gid) {
                            list.remove(i);
                        }
                    }
                    list
                }),
                _ => None,
            }
            // A list that no longer matches the count is not trusted.
            .filter(|list| count(p) == Some(list.len() as i64))
        } else {
            None
        };
        out.set(&p.name, Holding { writer, readers });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use gosim::inspect::FieldView;

    fn f(name: &str, raw: &str) -> FieldView {
        FieldView {
            name: name.into(),
            raw: raw.into(),
            meaning: String::new(),
        }
    }

    fn mutex(name: &str, state: i32) -> PrimitiveView {
        PrimitiveView {
            name: name.into(),
            kind: "sync.Mutex".into(),
            fields: vec![
                f("state", &format!("{state} (0b{:b})", state as u32)),
                f("sema", "0"),
            ],
            buffer: vec![],
            queue: vec![],
        }
    }

    fn rw(name: &str, w_state: i32, count: i64, wait: i64) -> PrimitiveView {
        PrimitiveView {
            name: name.into(),
            kind: "sync.RWMutex".into(),
            fields: vec![
                f("w.state", &format!("{w_state} (0b{:b})", w_state as u32)),
                f("w.sema", "0"),
                f("readerCount", &count.to_string()),
                f("readerWait", &wait.to_string()),
            ],
            buffer: vec![],
            queue: vec![],
        }
    }

    fn waiter(goroutine: u32, what: &str) -> WaiterView {
        WaiterView {
            goroutine,
            what: what.into(),
        }
    }

    #[test]
    fn mutex_state_bits() {
        // 2 waiters, starving, not woken, locked: 0b10_1_0_1 = 21.
        let b = MutexBits::of(21);
        assert!(b.locked && !b.woken && b.starving);
        assert_eq!(b.waiters, 2);
        assert_eq!(b.binary(), "0b10|1|0|1");
        assert_eq!(
            b.describe(),
            "locked, starvation mode (ownership is handed to the first waiter), 2 waiters counted"
        );
        let b = MutexBits::of(2);
        assert_eq!(b.binary(), "0b0|0|1|0");
        assert_eq!(
            b.describe(),
            "unlocked, woken (a waiter is awake and trying, so Unlock wakes no other), no waiters counted"
        );
        assert_eq!(MutexBits::of(9).describe(), "locked, 1 waiter counted");
        assert_eq!(mutex_bits(&mutex("mu", 11)).map(|b| b.waiters), Some(1));
    }

    #[test]
    fn channels_are_known_by_their_fields() {
        let ch = PrimitiveView {
            name: "jobs".into(),
            kind: "main.Queue".into(),
            fields: vec![f("cap", "2"), f("len", "0"), f("closed", "false")],
            buffer: vec![],
            queue: vec![],
        };
        assert!(is_channel(&ch));
        assert!(!is_channel(&mutex("mu", 0)));
    }

    #[test]
    fn raw_values_parse() {
        assert_eq!(raw_int("5 (0b101)"), Some(5));
        assert_eq!(raw_int("-1073741823"), Some(-1_073_741_823));
        assert_eq!(raw_int("0x200000001"), Some(0x2_0000_0001));
        assert_eq!(raw_int("true"), None);
        assert_eq!(raw_int(""), None);
    }

    #[test]
    fn reader_count_takes_out_the_writers_announcement() {
        let c = ReaderCount::of(-MAX_READERS + 2);
        assert!(c.writer_announced);
        assert_eq!(c.readers, 2);
        assert_eq!(c.formula(), "2 \u{2212} 2\u{b3}\u{2070}");
        let c = ReaderCount::of(3);
        assert!(!c.writer_announced);
        assert_eq!((c.readers, c.formula().as_str()), (3, "3"));
    }

    #[test]
    fn waitgroup_state_splits() {
        let wg = PrimitiveView {
            name: "wg".into(),
            kind: "sync.WaitGroup".into(),
            fields: vec![f("state", "0x200000001"), f("counter", "2")],
            buffer: vec![],
            queue: vec![],
        };
        assert_eq!(
            waitgroup_state(&wg),
            Some(WaitGroupState {
                counter: 2,
                waiters: 1
            })
        );
        assert_eq!(waitgroup_state(&mutex("mu", 0)), None);
    }

    #[test]
    fn cond_tickets_read_well() {
        assert_eq!(
            cond_summary(0, 0),
            "No ticket handed out yet: nobody has called Wait."
        );
        assert_eq!(
            cond_summary(3, 0),
            "Tickets 0\u{2013}2 are waiting (3); Signal wakes ticket 0 first, Broadcast all of them."
        );
        assert_eq!(cond_summary(4, 3), "Ticket 3 is waiting: Signal wakes it.");
        assert_eq!(
            cond_summary(3, 3),
            "Tickets handed out: 3, all signalled: Signal has nobody to wake."
        );
    }

    #[test]
    fn queues_keep_order_and_group_runs() {
        let q = [
            waiter(4, "receive"),
            waiter(2, "receive (in a select)"),
            waiter(3, "send 7"),
            waiter(5, "send 8 (in a select)"),
        ];
        let groups = queue_groups(&q);
        let shape: Vec<(&str, Vec<u32>)> = groups
            .iter()
            .map(|g| {
                (
                    g.label.as_str(),
                    g.waiters.iter().map(|w| w.goroutine).collect(),
                )
            })
            .collect();
        assert_eq!(shape, [("receivers", vec![4, 2]), ("senders", vec![3, 5])]);
        // An RWMutex: writer, then readers, then queued writers; a kind that comes back later
        // is its own group, so the order on screen is the engine's.
        let q = [
            waiter(2, "Lock (writer)"),
            waiter(3, "RLock"),
            waiter(4, "RLock"),
            waiter(5, "Lock (w)"),
            waiter(6, "RLock"),
        ];
        let labels: Vec<String> = queue_groups(&q).into_iter().map(|g| g.label).collect();
        assert_eq!(labels, ["Lock (writer)", "RLock", "Lock (w)", "RLock"]);
        let q = [waiter(3, "ticket 0"), waiter(2, "ticket 1")];
        assert_eq!(queue_groups(&q).len(), 1);
        assert!(queue_groups(&[]).is_empty());
    }

    #[test]
    fn changes_since_the_last_step() {
        let before = vec![mutex("mu", 0)];
        let now = mutex("mu", 1);
        let c = change(Some(&before), &now);
        assert_eq!(c.fields, ["state"]);
        assert!(!c.new && !c.queue && !c.buffer && c.any());
        assert!(!change(Some(&before), &mutex("mu", 0)).any());
        assert!(change(Some(&before), &mutex("other", 0)).new);
        assert!(!change(None, &now).any());
        let mut queued = mutex("mu", 9);
        queued.queue.push(waiter(2, "Lock"));
        let c = change(Some(&[mutex("mu", 1)]), &queued);
        assert!(c.queue);
        assert_eq!(c.fields, ["state"]);
    }

    #[test]
    fn the_locking_goroutine_holds_the_mutex() {
        let start = Holders::new();
        let h1 = next_holders(Some(&start), &[mutex("mu", 0)], &[mutex("mu", 1)], 2);
        assert_eq!(h1["mu"].writer, Holder::Goroutine(2));
        // Goroutine 3 queues (the waiter count goes up): 2 still holds it.
        let h2 = next_holders(Some(&h1), &[mutex("mu", 1)], &[mutex("mu", 9)], 3);
        assert_eq!(h2["mu"].writer, Holder::Goroutine(2));
        // Unlock by 2 clears the bit; 3 then locks in its own step.
        let h3 = next_holders(Some(&h2), &[mutex("mu", 9)], &[mutex("mu", 0)], 2);
        assert_eq!(h3["mu"].writer, Holder::Nobody);
        let h4 = next_holders(Some(&h3), &[mutex("mu", 0)], &[mutex("mu", 1)], 3);
        assert_eq!(h4["mu"].writer, Holder::Goroutine(3));
        // Without the earlier steps, a lock held all along has an unknown holder.
        let h = next_holders(None, &[mutex("mu", 1)], &[mutex("mu", 1)], 3);
        assert_eq!(h["mu"].writer, Holder::Unknown);
        // A primitive that just appeared (a new name) is not credited to the step.
        let h = next_holders(Some(&start), &[], &[mutex("mu", 1)], 3);
        assert_eq!(h["mu"].writer, Holder::Unknown);
    }

    #[test]
    fn readers_are_counted_by_their_own_steps() {
        let h0 = Holders::new();
        let h1 = next_holders(Some(&h0), &[rw("rw", 0, 0, 0)], &[rw("rw", 0, 0, 0)], 1);
        assert_eq!(h1["rw"].readers, Some(vec![]));
        let h2 = next_holders(Some(&h1), &[rw("rw", 0, 0, 0)], &[rw("rw", 0, 1, 0)], 2);
        let h3 = next_holders(Some(&h2), &[rw("rw", 0, 1, 0)], &[rw("rw", 0, 2, 0)], 3);
        assert_eq!(h3["rw"].readers, Some(vec![2, 3]));
        // A writer locks w and announces itself: the readers stay counted.
        let h4 = next_holders(Some(&h3), &[rw("rw", 0, 2, 0)], &[rw("rw", 1, 2, 0)], 4);
        let h5 = next_holders(
            Some(&h4),
            &[rw("rw", 1, 2, 0)],
            &[rw("rw", 1, 2 - MAX_READERS, 2)],
            4,
        );
        assert_eq!(h5["rw"].writer, Holder::Goroutine(4));
        assert_eq!(h5["rw"].readers, Some(vec![2, 3]));
        // Reader 2 leaves.
        let h6 = next_holders(
            Some(&h5),
            &[rw("rw", 1, 2 - MAX_READERS, 2)],
            &[rw("rw", 1, 1 - MAX_READERS, 1)],
            2,
        );
        assert_eq!(h6["rw"].readers, Some(vec![3]));
        // Unknown history: unknown readers until the count is back to zero.
        let h = next_holders(None, &[rw("rw", 0, 1, 0)], &[rw("rw", 0, 2, 0)], 5);
        assert_eq!(h["rw"].readers, None);
        let h = next_holders(Some(&h), &[rw("rw", 0, 2, 0)], &[rw("rw", 0, 0, 0)], 5);
        assert_eq!(h["rw"].readers, Some(vec![]));
    }

    /// sync/atomic values are listed with their one field, which moves with each atomic step.
    #[test]
    fn atomics_are_inspected() {
        let src = "package main

import \"sync/atomic\"

var hits atomic.Int64
var ready atomic.Bool

func main() {
\thits.Add(5)
\tready.Store(true)
}
";
        let mut s = gosim::session::Session::new(src, 1).unwrap();
        let view = |s: &gosim::session::Session, name: &str| {
            s.primitives().into_iter().find(|p| p.name == name).unwrap()
        };
        assert_eq!(view(&s, "hits").kind, "atomic.Int64");
        assert_eq!(view(&s, "hits").fields[0].raw, "0");
        while view(&s, "hits").fields[0].raw == "0" {
            s.step().unwrap();
        }
        let before = s.primitives();
        assert_eq!(view(&s, "hits").fields[0].raw, "5");
        assert_eq!(view(&s, "ready").fields[0].raw, "0");
        while view(&s, "ready").fields[0].raw == "0" {
            s.step().unwrap();
        }
        let ready = view(&s, "ready");
        assert_eq!(ready.kind, "atomic.Bool");
        assert!(ready.fields[0].meaning.starts_with("true"));
        let c = change(Some(&before), &ready);
        assert_eq!(c.fields, ["v"]);
        assert!(!change(Some(&before), &view(&s, "hits")).any());
    }

    /// The holders walked step by step with sub-steps shown agree, at every scheduling point,
    /// with those walked without them, and a sub-step stop never moves a lock: what the
    /// inspector shows does not depend on the Expand toggle.
    #[test]
    fn holders_agree_with_and_without_sub_steps() {
        let src = "package main

import (
\t\"fmt\"
\t\"sync\"
\t\"time\"
)

var mu sync.Mutex

func main() {
\tdone := make(chan bool)
\tmu.Lock()
\tgo func() {
\t\tmu.Lock()
\t\tfmt.Println(\"waiter: got the lock\")
\t\tmu.Unlock()
\t\tdone <- true
\t}()
\ttime.Sleep(100 * time.Microsecond)
\tfor round := 1; round <= 3; round++ {
\t\tmu.Unlock()
\t\tmu.Lock()
\t}
\tmu.Unlock()
\t<-done
}
";
        use gosim::session::{Detail, Session};
        // (holder of mu, sub-step stop?) after each step.
        let walk = |detail: Detail| {
            let mut s = Session::new(src, 4).unwrap();
            s.set_detail(detail);
            let mut holders = Some(Holders::new());
            let mut before = s.primitives();
            let mut out = vec![];
            while let Some(e) = s.step() {
                let after = s.primitives();
                let h = next_holders(holders.as_ref(), &before, &after, e.goroutine);
                out.push((h.get("mu").map(|h| h.writer.clone()), e.substep));
                holders = Some(h);
                before = after;
            }
            out
        };
        let ops = walk(Detail::Operations);
        let sub = walk(Detail::SubSteps);
        let stops = sub.iter().filter(|(_, stop)| *stop).count();
        assert!(stops > 0, "the waiter's wake-up is a stop");
        assert_eq!(sub.len(), ops.len() + stops);
        let at_points: Vec<_> = sub.iter().filter(|(_, stop)| !stop).cloned().collect();
        assert_eq!(at_points, ops);
        for pair in sub.windows(2) {
            if pair[1].1 {
                assert_eq!(pair[1].0, pair[0].0, "a stop moved the lock");
            }
        }
        assert!(ops.iter().any(|(h, _)| *h == Some(Holder::Goroutine(2))));
        assert!(ops.iter().all(|(h, _)| *h != Some(Holder::Unknown)));
    }

    /// Three goroutines contend for one Mutex in the real engine, stepped by hand: the holder
    /// follows the lock from goroutine to goroutine, and the queue lists the waiters in the
    /// order the semaphore wakes them.
    #[test]
    fn holders_and_queue_follow_the_engine() {
        let src = "package main

import \"sync\"

var mu sync.Mutex
var wg sync.WaitGroup

func work() {
\tmu.Lock()
\tmu.Unlock()
\twg.Done()
}

func main() {
\twg.Add(2)
\tmu.Lock()
\tgo work()
\tgo work()
\twg.Wait()
\tmu.Unlock()
}
";
        let mut s = gosim::session::Session::new(src, 1).unwrap();
        let mut holders = Some(Holders::new());
        let mut before = s.primitives();
        let mut step = |s: &mut gosim::session::Session, gid: u32| {
            s.step_goroutine(gid).unwrap();
            let after = s.primitives();
            holders = Some(next_holders(holders.as_ref(), &before, &after, gid));
            before = after;
            holders.clone().unwrap()
        };
        let mu = |s: &gosim::session::Session| {
            s.primitives().into_iter().find(|p| p.name == "mu").unwrap()
        };
        // main: wg.Add(2), mu.Lock(), go work() twice; each is one step.
        let mut h = Holders::new();
        for _ in 0..4 {
            h = step(&mut s, 1);
        }
        assert_eq!(h["mu"].writer, Holder::Goroutine(1));
        // Goroutine 3, then 2, queue on the locked mutex.
        while mu(&s).queue.is_empty() {
            h = step(&mut s, 3);
        }
        while mu(&s).queue.len() < 2 {
            h = step(&mut s, 2);
        }
        let waiting: Vec<u32> = mu(&s).queue.iter().map(|w| w.goroutine).collect();
        assert_eq!(waiting, [3, 2]);
        assert_eq!(queue_groups(&mu(&s).queue).len(), 1);
        assert_eq!(mutex_bits(&mu(&s)).map(|b| b.waiters), Some(2));
        assert_eq!(h["mu"].writer, Holder::Goroutine(1));
        // main blocks in wg.Wait: it still holds the mutex (Go does not release it).
        while s.goroutines()[0].status != gosim::session::GStatusView::Blocked {
            h = step(&mut s, 1);
        }
        assert_eq!(h["mu"].writer, Holder::Goroutine(1));
        assert!(
            waitgroup_state(&s.primitives().into_iter().find(|p| p.name == "wg").unwrap())
                .is_some_and(|w| w.counter == 2 && w.waiters == 1)
        );
    }
}
