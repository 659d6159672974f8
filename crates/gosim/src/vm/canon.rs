//! A 128-bit hash of a machine's state for the explorer's visited set, blind to what
//! cannot change the program's future.
//!
//! [`Machine`]'s own `Hash` covers everything that compares equal; this one leaves out
//! what only records the path that led to a state:
//! - goroutine tickets (a counter bumped at every park and wake-up): a queued waiter,
//!   a sleeping goroutine's timer and a channel waiter are hashed with whether their
//!   ticket is still the goroutine's current one and it is parked (exactly the test
//!   every use of a ticket makes; a new ticket is always fresh), not with the number;
//! - timer sequence numbers and `next_seq`: timers are hashed in firing order (by time,
//!   then sequence), which is all the sequence numbers decide;
//! - the collector's pacing counters and free list (`allocs_since_gc`, `words`,
//!   `collections`, `free`): they decide only when a collection runs and which ids
//!   later allocations get, and no behaviour but a `%p` print depends on a heap id;
//!   likewise the memory measure's (`made`, `measure_at`: `vm::hostmem`), which
//!   decide only when the machine is measured against the heap limit;
//! - the step and instruction counters and the chooser (the schedule so far), but
//!   not what they decide: the work not yet charged to the clock while a timer
//!   waits (`work() - charged`, see [`Machine::charge_cpu_time`]) says when the
//!   clock next moves by itself, so two states owing different amounts can wake a
//!   sleeper at different points of the same schedule; it is hashed. (With no timer
//!   pending it is 0 after every step.) With more than one P, so is how far the
//!   running goroutine is into its turn (`instructions - turn.1`), which decides
//!   when it is preempted to the back of the run queue, hashed then too.
//!
//! The scheduler's `current`, `runnext` and run queue decide only which option comes
//! first, not which exist, so they are left out too, except with more than one P
//! (a contended Lock's spin check reads the run queue).
//!
//! Heap objects are hashed only when reachable (from package variables, goroutine
//! stacks, frames and panics, timers and semaphore queues), in the order a walk from
//! those roots first meets them, and every heap id is hashed as its number in that
//! order: garbage not yet collected and the order in which objects were allocated
//! leave no trace. The race detector's state is left out (its clocks record the
//! path; the explorer checks for races between pairs of steps instead, see
//! `explore::race_between`), so real ids are never hashed.
//!
//! Collisions: the hash is two SipHash-1-3 (std's `DefaultHasher`) streams with
//! different leading salts, 128 bits together. Among n states the chance of any
//! collision is about n²/2¹²⁹: below 10⁻²⁴ for the explorer's cap of 10⁷ states.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use super::{GStatus, Goroutine, Machine, TimerKind};
use crate::value::{Callee, ChanWaiter, Closure, Object, PendingCall, Ref, Root, Value};

/// The bytes of a state, gathered, then fed to two independent 64-bit SipHash
/// streams at once (the second salted). A state is hashed in thousands of writes of
/// a few bytes each, and SipHash's cost per call dwarfs its cost per byte. Buffered,
/// a search of a program importing strings (whose unicode package keeps some 70
/// range tables in its variables, about 5 KB of a 6 KB state) took 0.113 s instead
/// of about 0.2 s (`gosim explore`, 580 states, best of 5; 0.070 s before unicode
/// had tables), and one without strings 0.037 s instead of 0.042 s.
#[derive(Default)]
struct Hasher128(Vec<u8>);

impl Hasher for Hasher128 {
    fn write(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }
    fn finish(&self) -> u64 {
        let mut a = DefaultHasher::new();
        a.write(&self.0);
        a.finish()
    }
}

impl Hasher128 {
    fn finish128(&self) -> u128 {
        let mut b = DefaultHasher::new();
        0x5eed_u32.hash(&mut b);
        b.write(&self.0);
        (u128::from(self.finish()) << 64) | u128::from(b.finish())
    }
}

/// The walk that numbers heap objects in the order the roots reach them.
struct Labels<'a> {
    m: &'a Machine,
    /// New number of each object (`u32::MAX`: not met yet).
    number: Vec<u32>,
    /// Objects met, in order; those from `done` on are still to be hashed.
    order: Vec<u32>,
    done: usize,
    /// Hash real ids too (the race detector's state names them).
    raw: bool,
    /// The number each goroutine id is hashed as (`ranks[gid - 1]`; see
    /// [`Machine::symmetric_hash`]); empty: ids as they are.
    ranks: &'a [u32],
}

impl Labels<'_> {
    /// Goroutine `gid` as hashed: its rank under the symmetry, or itself.
    fn gid(&self, gid: u32) -> u32 {
        match self.ranks.get((gid as usize).wrapping_sub(1)) {
            Some(r) => r + 1,
            None => gid,
        }
    }

    fn id(&mut self, id: u32, h: &mut Hasher128) {
        let Some(n) = self.number.get_mut(id as usize) else {
            (u32::MAX, id).hash(h);
            return;
        };
        if *n == u32::MAX {
            *n = self.order.len() as u32;
            self.order.push(id);
        }
        n.hash(h);
        if self.raw {
            id.hash(h);
        }
    }

    fn r#ref(&mut self, r: &Ref, h: &mut Hasher128) {
        match r.root {
            Root::Heap(id) => {
                0u8.hash(h);
                self.id(id, h);
            }
            other => other.hash(h),
        }
        r.path.hash(h);
    }

    fn closure(&mut self, c: &Closure, h: &mut Hasher128) {
        c.func.hash(h);
        c.captures.len().hash(h);
        for &id in &c.captures {
            self.id(id, h);
        }
        match &c.recv {
            Some(v) => {
                1u8.hash(h);
                self.value(v, h);
            }
            None => 0u8.hash(h),
        }
    }

    fn call(&mut self, c: &PendingCall, h: &mut Hasher128) {
        match &c.callee {
            Callee::Func(f) => (0u8, f).hash(h),
            Callee::Native(f) => (1u8, f).hash(h),
            Callee::Nil => 3u8.hash(h),
            Callee::Closure(cl) => {
                2u8.hash(h);
                self.closure(cl, h);
            }
        }
        self.values(&c.args, h);
    }

    fn values(&mut self, vs: &[Value], h: &mut Hasher128) {
        vs.len().hash(h);
        for v in vs {
            self.value(v, h);
        }
    }

    fn value(&mut self, v: &Value, h: &mut Hasher128) {
        std::mem::discriminant(v).hash(h);
        match v {
            Value::Nil => {}
            Value::Bool(b) => b.hash(h),
            Value::Int(i) => i.hash(h),
            Value::Float(f) => f.hash(h),
            Value::Str(s) => s.hash(h),
            Value::Agg(vs) | Value::Tuple(vs) => self.values(vs, h),
            Value::Ptr(r) => self.r#ref(r, h),
            Value::Slice(s) => {
                self.id(s.arr, h);
                (s.off, s.len, s.cap).hash(h);
            }
            Value::Map(id) | Value::Chan(id) => self.id(*id, h),
            Value::Func(c) => self.closure(c, h),
            Value::Iface(iv) => {
                iv.0.hash(h);
                self.value(&iv.1, h);
            }
            Value::Call(c) => self.call(c, h),
        }
    }

    fn waiter(&mut self, w: &ChanWaiter, h: &mut Hasher128) {
        self.gid(w.gid).hash(h);
        self.m.ticket_live(w.gid, w.ticket).hash(h);
        w.select_case.hash(h);
        self.value(&w.value, h);
        w.want_ok.hash(h);
    }

    /// Hashes every object met and not yet hashed (which may meet more).
    fn drain(&mut self, h: &mut Hasher128) {
        while self.done < self.order.len() {
            let id = self.order[self.done];
            self.done += 1;
            let m = self.m;
            let o = m.heap.get(id);
            std::mem::discriminant(o).hash(h);
            match o {
                Object::Cell(v) => self.value(v, h),
                Object::Array(vs) => self.values(vs, h),
                Object::Map(mo) => {
                    mo.entries.len().hash(h);
                    for e in &mo.entries {
                        match e {
                            Some((k, v)) => {
                                1u8.hash(h);
                                self.value(k, h);
                                self.value(v, h);
                            }
                            None => 0u8.hash(h),
                        }
                    }
                }
                Object::Chan(c) => {
                    (c.cap, c.closed, c.elem_type).hash(h);
                    self.value(&c.elem_zero, h);
                    c.buf.len().hash(h);
                    for v in c.buf.iter() {
                        self.value(v, h);
                    }
                    c.recvq.len().hash(h);
                    for w in c.recvq.iter() {
                        self.waiter(w, h);
                    }
                    c.sendq.len().hash(h);
                    for w in c.sendq.iter() {
                        self.waiter(w, h);
                    }
                }
                Object::Free => {}
            }
        }
    }
}

impl Machine {
    /// Whether goroutine `gid` still waits in the parking episode `ticket`.
    fn ticket_live(&self, gid: u32, ticket: u64) -> bool {
        self.goroutine(gid)
            .is_some_and(|g| g.ticket == ticket && matches!(g.status, GStatus::Blocked(_)))
    }

    /// The state's canonical 128-bit hash (see the module doc for what it leaves out).
    pub fn canonical_hash(&self) -> u128 {
        self.hash_renamed(&[])
    }

    /// The canonical hash up to a renaming of goroutines (symmetry reduction, see the
    /// module doc), with the renaming used: `ranks[gid - 1] + 1` is the number goroutine
    /// `gid` was hashed as. Without `symmetric` (or with more than one P, whose run
    /// queue order is hashed), every goroutine keeps its id.
    pub fn symmetric_hash(&self, symmetric: bool) -> (u128, Vec<u32>) {
        let n = self.goroutines.len();
        if !symmetric || self.gomaxprocs > 1 {
            return (self.canonical_hash(), (0..n as u32).collect());
        }
        // Sorted by a signature blind to ids (main stays first: its exit ends the
        // program), ties by id: a deterministic order, which is all soundness needs
        // (the full hash below renames every id consistently, so equal hashes mean
        // states equal up to that renaming); a signature that told more apart would
        // only merge fewer states.
        let mut keyed: Vec<(bool, u64, u32)> = self
            .goroutines
            .iter()
            .map(|g| (g.id != 1, signature(g), g.id))
            .collect();
        keyed.sort_unstable();
        let mut ranks = vec![0u32; n];
        for (rank, k) in keyed.iter().enumerate() {
            if let Some(r) = ranks.get_mut(k.2 as usize - 1) {
                *r = rank as u32;
            }
        }
        (self.hash_renamed(&ranks), ranks)
    }

    /// The canonical hash with goroutine ids renamed by `ranks` (empty: none renamed),
    /// goroutines hashed in the order of their new numbers.
    fn hash_renamed(&self, ranks: &[u32]) -> u128 {
        // Room for a small program's whole state at once: growing the buffer by
        // doubling was a tenth of the hashing time (counter3).
        let mut h = Hasher128(Vec::with_capacity(4096));
        let mut l = Labels {
            m: self,
            number: vec![u32::MAX; self.heap.objects.len()],
            order: Vec::with_capacity(self.heap.objects.len()),
            done: 0,
            raw: false,
            ranks,
        };
        l.values(&self.globals, &mut h);
        l.drain(&mut h);
        let mut order: Vec<&Goroutine> = self.goroutines.iter().collect();
        if !ranks.is_empty() {
            crate::sorting::sort_by(&mut order, |a, b| l.gid(a.id).cmp(&l.gid(b.id)));
        }
        for g in order {
            let Goroutine {
                id,
                queued: _,
                status,
                frames,
                stack,
                panic,
                ticket: _,
                pending_panic,
                created_by,
                start_func,
                start_method_value,
                created_in,
                resume,
            } = g;
            (
                l.gid(*id),
                status,
                pending_panic,
                created_by.map(|c| l.gid(c)),
                start_func,
                start_method_value,
                created_in,
            )
                .hash(&mut h);
            frames.len().hash(&mut h);
            for f in frames {
                (f.func, f.pc, f.base, f.is_deferred, f.discard_results).hash(&mut h);
                f.defers.len().hash(&mut h);
                for d in &f.defers {
                    l.call(d, &mut h);
                }
            }
            l.values(stack, &mut h);
            match panic {
                Some(p) => {
                    (1u8, p.recovered, p.runtime_error).hash(&mut h);
                    l.value(&p.value, &mut h);
                    p.earlier.len().hash(&mut h);
                    for (v, r) in &p.earlier {
                        l.value(v, &mut h);
                        r.hash(&mut h);
                    }
                }
                None => 0u8.hash(&mut h),
            }
            match resume {
                Some(v) => {
                    1u8.hash(&mut h);
                    l.value(v, &mut h);
                }
                None => 0u8.hash(&mut h),
            }
            l.drain(&mut h);
        }
        self.clock.hash(&mut h);
        let mut timers: Vec<&super::Timer> = self.timers.iter().collect();
        crate::sorting::sort_by(&mut timers, |x, y| (x.when, x.seq).cmp(&(y.when, y.seq)));
        timers.len().hash(&mut h);
        for t in timers {
            (t.when, t.origin).hash(&mut h);
            match &t.kind {
                TimerKind::Wake { gid, ticket } => {
                    (0u8, l.gid(*gid), self.ticket_live(*gid, *ticket)).hash(&mut h)
                }
                TimerKind::Send { chan, period, id } => {
                    (1u8, period, id).hash(&mut h);
                    l.id(*chan, &mut h);
                }
                TimerKind::Func { func, id, armed } => {
                    // The armed clock is the race detector's (left out, see below).
                    (2u8, id, armed.is_some()).hash(&mut h);
                    l.value(func, &mut h);
                }
            }
        }
        l.drain(&mut h);
        // Semaphore queues by their address as renumbered (sorted that way, so the
        // order of the real ids does not show), empty queues left out.
        let mut sema: Vec<(Hasher128, &crate::queue::Deque<super::SemaWaiter>)> = Vec::new();
        for (addr, q) in self.sema.iter() {
            if q.iter().all(|w| !self.ticket_live(w.gid, w.ticket)) {
                continue;
            }
            let mut ah = Hasher128::default();
            l.r#ref(addr, &mut ah);
            sema.push((ah, q));
        }
        l.drain(&mut h);
        let mut keyed: Vec<(u64, &crate::queue::Deque<super::SemaWaiter>)> =
            sema.into_iter().map(|(ah, q)| (ah.finish(), q)).collect();
        crate::sorting::sort_by(&mut keyed, |x, y| x.0.cmp(&y.0));
        keyed.len().hash(&mut h);
        for (k, q) in keyed {
            k.hash(&mut h);
            for w in q.iter().filter(|w| self.ticket_live(w.gid, w.ticket)) {
                (l.gid(w.gid), w.cond_ticket).hash(&mut h);
            }
        }
        self.stdout.hash(&mut h);
        self.stderr.hash(&mut h);
        self.exit.hash(&mut h);
        // The race detector's clocks are left out: they record the path (which
        // goroutine learnt of which event), and the explorer's race check does not
        // need them to match (see `explore::race_between`). Whether a race has been
        // reported is kept: a search stops there.
        (self.race.is_some(), self.races().len()).hash(&mut h);
        self.memory_steps.hash(&mut h);
        self.hold.map(|(g, slice)| (l.gid(g), slice)).hash(&mut h);
        self.gomaxprocs.hash(&mut h);
        self.clock_debt().hash(&mut h);
        self.clock_watch().hash(&mut h);
        if self.gomaxprocs > 1 {
            (self.current, self.runnext, &self.runq).hash(&mut h);
            let (g, since) = self.turn;
            (l.gid(g), self.instructions.saturating_sub(since)).hash(&mut h);
        }
        h.finish128()
    }
}

/// A goroutine's place in the symmetric order: what it runs and where, and its
/// stack's plain values (numbers, strings, kinds of the rest), nothing that names an
/// id. Cheap, and equal for the counter's workers at the same point of their loops.
fn signature(g: &Goroutine) -> u64 {
    let mut h = DefaultHasher::new();
    (
        &g.status,
        g.start_func,
        g.start_method_value,
        g.created_in,
        &g.pending_panic,
        g.panic.is_some(),
        g.resume.is_some(),
    )
        .hash(&mut h);
    g.frames.len().hash(&mut h);
    for f in &g.frames {
        (
            f.func,
            f.pc,
            f.base,
            f.is_deferred,
            f.discard_results,
            f.defers.len(),
        )
            .hash(&mut h);
    }
    g.stack.len().hash(&mut h);
    for v in &g.stack {
        std::mem::discriminant(v).hash(&mut h);
        match v {
            Value::Bool(b) => b.hash(&mut h),
            Value::Int(i) => i.hash(&mut h),
            Value::Str(s) => s.hash(&mut h),
            _ => {}
        }
    }
    h.finish()
}

impl Machine {
    /// Whether the explorer may merge states up to a renaming of goroutines: not when
    /// the program keeps a goroutine id in a value (a range-over-func loop's frame
    /// token), which the renaming would not reach. (Nothing else shows an id to the
    /// program: Go has no goroutine ids, and gosim no `runtime.Stack`.)
    pub fn symmetry_applies(&self) -> bool {
        !self.prog.funcs.iter().any(|f| {
            f.code
                .iter()
                .any(|op| matches!(op, crate::code::Op::FrameToken))
        })
    }
}
