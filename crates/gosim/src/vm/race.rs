//! The data race detector: happens-before by vector clocks, as Go's `-race` decides it.
//!
//! Every goroutine carries a vector clock. Synchronisation moves clocks between
//! goroutines the way Go's memory model says it orders events:
//! - `go f()` happens before `f` starts;
//! - a send happens before the matching receive completes; for an unbuffered channel
//!   the receive also happens before the send completes; for a channel of capacity C,
//!   the k-th receive happens before the (k+C)-th send completes; a close happens
//!   before a receive that sees the channel closed;
//! - every sync/atomic operation acquires and releases a clock kept for its address,
//!   as Go's atomics are sequentially consistent;
//! - package sync makes the edges Go's sync package annotates for its detector:
//!   Unlock releases to the next Lock; RUnlock to the next writer (readers are not
//!   ordered with each other); Done to Wait's return; Once's f to every later Do.
//!   The atomics inside sync's own algorithms make no edges of their own.
//!
//! Memory accesses by the reader's code to anything two goroutines can share (package
//! variables, variables that escaped to the heap, what pointers point at, slice
//! elements, maps) are checked against the last write and the reads since: two
//! accesses, at least one a write, with neither happening before the other, are a
//! race. A location is a root plus a field/element path; a whole-value access
//! conflicts with an access to any part of it. Maps are one location, as in Go.

use std::collections::BTreeMap;

use super::MemoryAccess;
use crate::types::{TypeId, TypeKind};
use crate::value::{Path, Ref, Root};
use crate::vecmap::VecMap;

/// A vector clock, indexed by goroutine id (slot 0 is unused).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct VClock(Vec<u32>);

impl VClock {
    fn get(&self, g: u32) -> u32 {
        self.0.get(g as usize).copied().unwrap_or(0)
    }
    fn set(&mut self, g: u32, v: u32) {
        if self.0.len() <= g as usize {
            self.0.resize(g as usize + 1, 0);
        }
        self.0[g as usize] = v;
    }
    fn join(&mut self, o: &VClock) {
        if self.0.len() < o.0.len() {
            self.0.resize(o.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a = (*a).max(*b);
        }
    }
}

/// The happens-before annotations Go's sync package makes for its race detector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Annotation {
    /// Take in everything released at the address.
    Acquire,
    /// Make the address's clock this goroutine's (Unlock).
    Release,
    /// Add this goroutine's clock to the address's (RUnlock, Done).
    ReleaseMerge,
}

/// Where an access happened, for the report.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Site {
    pub goroutine: u32,
    pub write: bool,
    /// Go's name of the function (`main.main.func1`).
    pub function: String,
    pub line: u32,
}

/// One data race: the access that found it and the earlier one it conflicts with.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RaceReport {
    pub current: Site,
    pub previous: Site,
    /// What was accessed, as the reader would name it when known (`counter`).
    pub what: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Access {
    site: Site,
    /// The accessing goroutine's own clock component at the access.
    epoch: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
struct Shadow {
    write: Option<Access>,
    /// The latest read by each goroutine since the last write.
    reads: Vec<Access>,
}

/// A memory location: a root and the field/element path below it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Loc {
    Mem(Ref),
    Map(u32),
}

/// Where a goroutine was started, for the report's "created at".
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Creation {
    pub parent: u32,
    pub function: String,
    pub line: u32,
}

/// The detector's whole state; part of the machine, so cloned with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct RaceState {
    clocks: Vec<VClock>,
    /// Clocks of synchronising addresses (atomics, semaphores, notify lists).
    sync: VecMap<Ref, VClock>,
    /// Per channel: clocks of buffered values (oldest first), of the last C
    /// receives (a ring), the counts of completed sends and receives, and the
    /// closer's clock.
    chans: VecMap<u32, ChanClocks>,
    /// Per memory location: its last write and the reads since. A `BTreeMap`, not a
    /// `VecMap`: a run can touch a million locations (every element of a big slice),
    /// in any order, and a sorted vector's insertion would make that quadratic.
    shadow: BTreeMap<Loc, Shadow>,
    pub reports: Vec<RaceReport>,
    /// (line, line) pairs already reported: Go reports each pair of sites once.
    reported: Vec<(u32, u32)>,
    pub created: VecMap<u32, Creation>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
struct ChanClocks {
    buffered: crate::queue::Deque<VClock>,
    ring: Vec<VClock>,
    sends: u64,
    recvs: u64,
    close: Option<VClock>,
}

impl RaceState {
    /// A quick estimate of the words the detector holds (the explorer's memory
    /// bound, `Machine::size_estimate`): its clocks, one slot per goroutine each, so
    /// a thousand goroutines' clocks hold a million slots.
    pub fn size_estimate(&self) -> u64 {
        let clocks: usize = self.clocks.iter().map(|c| 2 + c.0.len()).sum();
        (clocks as u64) / 2 + 8 * (self.sync.len() + self.chans.len() + self.shadow.len()) as u64
    }

    fn clock_mut(&mut self, g: u32) -> &mut VClock {
        if self.clocks.len() <= g as usize {
            self.clocks.resize(g as usize + 1, VClock::default());
        }
        let c = &mut self.clocks[g as usize];
        if c.get(g) == 0 {
            c.set(g, 1);
        }
        c
    }

    fn clock(&mut self, g: u32) -> VClock {
        self.clock_mut(g).clone()
    }

    fn tick(&mut self, g: u32) {
        let c = self.clock_mut(g);
        let v = c.get(g);
        c.set(g, v + 1);
    }

    fn acquire(&mut self, g: u32, from: &VClock) {
        self.clock_mut(g).join(from);
    }

    /// `go`: the child starts with everything its parent has done.
    pub fn on_go(&mut self, parent: u32, child: u32, creation: Creation) {
        let c = self.clock(parent);
        self.acquire(child, &c);
        self.tick(parent);
        self.created.insert(child, creation);
    }

    /// A timer is armed: the clock its function's goroutine will start from.
    pub fn arm_timer(&mut self, g: u32) -> VClock {
        let c = self.clock(g);
        self.tick(g);
        c
    }

    /// A func timer's goroutine starts with what its arming goroutine had done then.
    pub fn on_timer_go(&mut self, child: u32, armed: &VClock) {
        self.acquire(child, armed);
    }

    /// An atomic, semaphore or notify-list operation on `addr`: acquire what earlier
    /// operations there released, then release.
    pub fn on_sync(&mut self, g: u32, addr: &Ref) {
        let s = self.sync.get_or_default(addr.clone()).clone();
        self.acquire(g, &s);
        let mine = self.clock(g);
        self.sync.get_or_default(addr.clone()).join(&mine);
        self.tick(g);
    }

    /// An explicit edge from the sync package (see [`Annotation`]).
    pub fn annotate(&mut self, g: u32, addr: &Ref, how: Annotation) {
        match how {
            Annotation::Acquire => {
                let s = self.sync.get(addr).cloned().unwrap_or_default();
                self.acquire(g, &s);
            }
            Annotation::Release => {
                let mine = self.clock(g);
                self.sync.insert(addr.clone(), mine);
                self.tick(g);
            }
            Annotation::ReleaseMerge => {
                let mine = self.clock(g);
                self.sync.get_or_default(addr.clone()).join(&mine);
                self.tick(g);
            }
        }
    }

    /// A send completes on channel `ch` of capacity `cap` (`sender` is `None` for a
    /// timer). Returns the clock the value carries to its receiver.
    pub fn on_send(&mut self, sender: Option<u32>, ch: u32, cap: u32) -> VClock {
        let Some(s) = sender else {
            self.chans.get_or_default(ch).sends += 1;
            return VClock::default();
        };
        let cc = self.chans.get_or_default(ch);
        let n = cc.sends;
        cc.sends += 1;
        if cap > 0 && n >= cap as u64 {
            // The (n-C)-th receive happens before this send completes.
            if let Some(r) = cc.ring.get((n % cap as u64) as usize).cloned() {
                self.acquire(s, &r);
            }
        }
        let msg = self.clock(s);
        self.tick(s);
        msg
    }

    /// A receive completes with a value that carried `msg`.
    pub fn on_recv(&mut self, receiver: u32, ch: u32, cap: u32, msg: &VClock) {
        self.acquire(receiver, msg);
        let mine = self.clock(receiver);
        let cc = self.chans.get_or_default(ch);
        let k = cc.recvs;
        cc.recvs += 1;
        if cap > 0 {
            let i = (k % cap as u64) as usize;
            if cc.ring.len() <= i {
                cc.ring.resize(i + 1, VClock::default());
            }
            cc.ring[i] = mine;
        }
        self.tick(receiver);
    }

    /// On an unbuffered channel the receive also happens before the send completes.
    pub fn on_rendezvous(&mut self, sender: Option<u32>, receiver: u32) {
        if let Some(s) = sender {
            let r = self.clock(receiver);
            self.acquire(s, &r);
        }
    }

    pub fn push_buffered(&mut self, ch: u32, msg: VClock) {
        self.chans.get_or_default(ch).buffered.push_back(msg);
    }

    pub fn pop_buffered(&mut self, ch: u32) -> VClock {
        self.chans
            .get_or_default(ch)
            .buffered
            .pop_front()
            .unwrap_or_default()
    }

    pub fn on_close(&mut self, g: u32, ch: u32) {
        let c = self.clock(g);
        self.chans.get_or_default(ch).close = Some(c);
        self.tick(g);
    }

    /// A receive that found the channel closed.
    pub fn on_recv_closed(&mut self, g: u32, ch: u32) {
        if let Some(c) = self.chans.get(&ch).and_then(|c| c.close.clone()) {
            self.acquire(g, &c);
        }
    }

    /// Checks and records one access to `loc`.
    pub fn on_access(&mut self, loc: Loc, site: Site, what: &str) {
        let g = site.goroutine;
        let me = self.clock(g);
        let epoch = me.get(g);
        let happened_before =
            |a: &Access| a.site.goroutine == g || a.epoch <= me.get(a.site.goroutine);
        // A whole value conflicts with its parts and the other way round: check the
        // location's ancestors and descendants too.
        let related: Vec<Loc> = match &loc {
            Loc::Map(_) => vec![loc.clone()],
            Loc::Mem(r) => {
                let mut out = vec![];
                for k in 0..=r.path.len() {
                    out.push(Loc::Mem(Ref {
                        root: r.root,
                        path: Path::from(&r.path[..k]),
                    }));
                }
                let lo = Loc::Mem(r.clone());
                for (l, _) in self.shadow.range(lo..) {
                    match l {
                        Loc::Mem(x) if x.root == r.root && x.path.starts_with(&r.path) => {
                            if x.path.len() > r.path.len() {
                                out.push(l.clone());
                            }
                        }
                        _ => break,
                    }
                }
                out
            }
        };
        let mut conflict: Option<Site> = None;
        for l in &related {
            let Some(sh) = self.shadow.get(l) else {
                continue;
            };
            if let Some(w) = &sh.write {
                if !happened_before(w) {
                    conflict = Some(w.site.clone());
                    break;
                }
            }
            if site.write {
                if let Some(r) = sh.reads.iter().find(|r| !happened_before(r)) {
                    conflict = Some(r.site.clone());
                    break;
                }
            }
        }
        if let Some(prev) = conflict {
            let key = (site.line.min(prev.line), site.line.max(prev.line));
            if !self.reported.contains(&key) {
                self.reported.push(key);
                self.reports.push(RaceReport {
                    current: site.clone(),
                    previous: prev,
                    what: what.to_string(),
                });
            }
        }
        let access = Access { site, epoch };
        let sh = self.shadow.entry(loc).or_default();
        if access.site.write {
            sh.write = Some(access);
            sh.reads.clear();
        } else {
            sh.reads.retain(|r| r.site.goroutine != g);
            sh.reads.push(access);
        }
    }

    /// Forgets the shadow of the heap objects one collection freed (their ids may be
    /// reused), in one pass over the shadow memory rather than one per object.
    /// `freed` is in descending id order, as the collector sweeps.
    pub fn forget_objects(&mut self, freed: &[u32]) {
        let gone = |o: &u32| freed.binary_search_by(|x| o.cmp(x)).is_ok();
        let dead = |l: &Loc| match l {
            Loc::Mem(r) => matches!(&r.root, Root::Heap(o) if gone(o)),
            Loc::Map(m) => gone(m),
        };
        if self.shadow.keys().any(dead) {
            // Rebuilt by insertion in key order rather than with `retain`: a
            // `BTreeMap`'s removal code (merging and stealing between nodes) is
            // several kilobytes of wasm that nothing else needs.
            for (l, s) in std::mem::take(&mut self.shadow) {
                if !dead(&l) {
                    self.shadow.entry(l).or_insert(s);
                }
            }
        }
        for o in freed {
            self.chans.remove(o);
        }
        self.sync
            .retain(|r, _| !matches!(&r.root, Root::Heap(o) if gone(o)));
    }
}

/// Go's report for one race, as `go run -race` prints it (addresses are not real).
pub fn report_text(
    r: &RaceReport,
    created: &VecMap<u32, Creation>,
    running: &dyn Fn(u32) -> bool,
) -> String {
    let kind = |s: &Site| if s.write { "Write" } else { "Read" };
    let mut t = String::from("==================\nWARNING: DATA RACE\n");
    t.push_str(&format!(
        "{} at 0x00c000012000 by goroutine {}:\n  {}()\n      prog.go:{}\n\n",
        kind(&r.current),
        r.current.goroutine,
        r.current.function,
        r.current.line
    ));
    t.push_str(&format!(
        "Previous {} at 0x00c000012000 by goroutine {}:\n  {}()\n      prog.go:{}\n",
        kind(&r.previous).to_ascii_lowercase(),
        r.previous.goroutine,
        r.previous.function,
        r.previous.line
    ));
    for g in [r.current.goroutine, r.previous.goroutine] {
        if let Some(c) = created.get(&g) {
            t.push_str(&format!(
                "\nGoroutine {g} ({}) created at:\n  {}()\n      prog.go:{}\n",
                if running(g) { "running" } else { "finished" },
                c.function,
                c.line
            ));
        }
    }
    t.push_str("==================\n");
    t
}

impl super::Machine {
    /// The function and line goroutine `gid` is at, if it runs the reader's code.
    fn user_site(&self, gid: u32, write: bool) -> Option<Site> {
        let g = self.goroutine(gid)?;
        let f = g.frames.last()?;
        let func = self.prog.funcs.get(f.func as usize)?;
        if func.file != crate::code::FileId::User {
            return None;
        }
        let span = func
            .spans
            .get(f.pc.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(func.span);
        Some(Site {
            goroutine: gid,
            write,
            function: func.name.clone(),
            line: self.prog.line_of(func.file, span),
        })
    }

    /// Records an access by the reader's code (library code is trusted, as the Go
    /// race detector trusts its runtime).
    ///
    /// `loc` is built only when accesses are being tracked (race detector or memory
    /// steps on): with both off, as in plain runs, an access costs one test and no
    /// allocation.
    #[inline]
    pub(crate) fn race_access(&mut self, gid: u32, loc: impl FnOnce() -> Loc, write: bool) {
        if (self.race.is_none() && !self.memory_steps) || self.scratch == Some(gid) {
            return;
        }
        self.race_access_at(gid, loc(), write);
    }

    /// [`Machine::race_access`] once tracking is known to be on.
    #[inline(never)]
    fn race_access_at(&mut self, gid: u32, loc: Loc, write: bool) {
        if self.footprint.is_some() {
            self.touch_loc(&loc, write);
            // Whether this access is a step depends on how many goroutines live
            // (only when accesses can be steps at all).
            if self.memory_steps {
                self.touch(|| super::footprint::Resource::Company, false);
            }
        }
        if let Loc::Mem(r) = &loc {
            match r.root {
                Root::Local(_) => return,
                Root::Global(i) => {
                    if !self.prog.globals.get(i as usize).is_some_and(|g| g.user) {
                        return;
                    }
                }
                Root::Heap(_) => {}
            }
        }
        let Some(site) = self.user_site(gid, write) else {
            return;
        };
        // The variable as the race report names it (the variable, not the field).
        let variable = match &loc {
            Loc::Mem(Ref {
                root: Root::Global(i),
                ..
            }) => self
                .prog
                .globals
                .get(*i as usize)
                .map(|g| (g.name.clone(), g.ty)),
            Loc::Mem(r) => self.heap_var(gid, r),
            Loc::Map(_) => None,
        };
        let what = match (&loc, &variable) {
            (Loc::Map(_), _) => "a map".into(),
            (_, Some((name, _))) => name.clone(),
            _ => String::new(),
        };
        if self.memory_steps
            && self
                .goroutines
                .iter()
                .filter(|g| g.status != super::GStatus::Dead)
                .count()
                >= 2
        {
            let verb = if write { "write" } else { "read" };
            // The step names the location itself (`c.n`), with the value now there:
            // the value just read, or the one just written.
            let access = match (&loc, &variable) {
                (Loc::Mem(r), Some((name, ty))) => {
                    match self.access_path(name, *ty, r.path.as_slice()) {
                        Some((expr, t)) => MemoryAccess {
                            write,
                            value: self.load_ref(gid, r).ok().map(|v| self.value_text(t, &v)),
                            variable: expr,
                        },
                        None => MemoryAccess {
                            write,
                            variable: name.clone(),
                            value: None,
                        },
                    }
                }
                _ => MemoryAccess {
                    write,
                    variable: what.clone(),
                    value: None,
                },
            };
            self.pending_access = Some(if access.variable.is_empty() {
                format!("{verb} shared memory")
            } else {
                format!("{verb} {}", access.variable)
            });
            self.last_access = Some(access);
        }
        let Some(race) = self.race.as_mut() else {
            return;
        };
        let before = race.reports.len();
        race.on_access(loc, site, &what);
        if self.race_print && race.reports.len() > before {
            let report = race.reports[before].clone();
            let created = race.created.clone();
            let goroutines = &self.goroutines;
            let text = report_text(&report, &created, &|g| {
                goroutines
                    .get(g as usize - 1)
                    .is_some_and(|x| x.status != super::GStatus::Dead)
            });
            self.stderr.extend_from_slice(text.as_bytes());
        }
    }

    /// Go's expression for the part `path` of variable `name` of type `ty` (`c.n`,
    /// `grid[2]`) and that part's type; `None` for a path through anything else.
    fn access_path(&self, name: &str, ty: TypeId, path: &[u32]) -> Option<(String, TypeId)> {
        let mut expr = name.to_owned();
        let mut t = ty;
        for &i in path {
            match self.prog.types.ukind(t) {
                TypeKind::Struct(fields) => {
                    let f = fields.get(i as usize)?;
                    expr.push('.');
                    expr.push_str(&f.name);
                    t = f.ty;
                }
                TypeKind::Array(_, elem) => {
                    expr.push_str(&format!("[{i}]"));
                    t = *elem;
                }
                _ => return None,
            }
        }
        Some((expr, t))
    }

    /// The name and type of the variable whose heap cell `r` is in, when the current
    /// frame has it in a named slot (an escaped local or a captured variable), or of
    /// what a named pointer in the frame points to (`c` in `c.n++` with `c *Counter`:
    /// Go writes the same `c.n` through the pointer).
    fn heap_var(&self, gid: u32, r: &Ref) -> Option<(String, TypeId)> {
        let g = self.goroutine(gid)?;
        let f = g.frames.last()?;
        let func = self.prog.funcs.get(f.func as usize)?;
        let slot = |s: &crate::code::SlotName| match g.stack.get((f.base + s.slot) as usize) {
            Some(crate::value::Value::Ptr(p))
                if p.root == r.root && p.path.as_slice().is_empty() =>
            {
                Some(p)
            }
            _ => None,
        };
        let cell = func
            .slot_names
            .iter()
            .find_map(|s| (s.boxed && slot(s).is_some()).then(|| (s.name.clone(), s.ty)));
        cell.or_else(|| {
            func.slot_names.iter().find_map(|s| {
                let TypeKind::Pointer(elem) = self.prog.types.ukind(s.ty) else {
                    return None;
                };
                let raw = g.stack.get((f.base + s.slot) as usize)?;
                // A boxed pointer variable's own value is in its cell.
                let value = match (s.boxed, raw) {
                    (true, crate::value::Value::Ptr(cell)) => self.read_ref(cell)?,
                    (true, _) => return None,
                    (false, v) => v.clone(),
                };
                match value {
                    crate::value::Value::Ptr(p)
                        if p.root == r.root && p.path.as_slice().is_empty() =>
                    {
                        Some((s.name.clone(), *elem))
                    }
                    _ => None,
                }
            })
        })
    }

    /// A synchronising operation on `addr` (atomics, semaphores, notify lists).
    pub(crate) fn race_sync(&mut self, gid: u32, addr: &crate::value::Value) {
        if self.scratch == Some(gid) {
            return;
        }
        if let (Some(race), crate::value::Value::Ptr(r)) = (self.race.as_mut(), addr) {
            race.on_sync(gid, r);
        }
    }

    /// An annotation from package sync on the object `addr` points to (an `any`
    /// holding a pointer).
    pub(crate) fn race_annotate(&mut self, gid: u32, addr: &crate::value::Value, how: Annotation) {
        if self.scratch == Some(gid) {
            return;
        }
        let p = match addr {
            crate::value::Value::Iface(iv) => &iv.1,
            other => other,
        };
        if let (Some(race), crate::value::Value::Ptr(r)) = (self.race.as_mut(), p) {
            race.annotate(gid, r, how);
        }
    }

    /// Go's `-race` ending: `Found N data race(s)` and exit status 66.
    pub(crate) fn race_finish(&mut self) {
        if !self.race_print {
            return;
        }
        let n = self.races().len();
        if n > 0 {
            self.stderr
                .extend_from_slice(format!("Found {n} data race(s)\n").as_bytes());
            if self.exit == Some(super::Exit::Code(0)) {
                self.exit = Some(super::Exit::Code(66));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(g: u32) -> Site {
        Site {
            goroutine: g,
            write: true,
            function: "main.main".into(),
            line: 1,
        }
    }

    #[test]
    fn forgetting_objects_drops_only_their_shadow() {
        let mut r = RaceState::default();
        let heap = |o: u32, i: u32| {
            Loc::Mem(Ref {
                root: Root::Heap(o),
                path: Path::from(&[i][..]),
            })
        };
        for o in 1..=4 {
            r.on_access(heap(o, 0), site(1), "x");
            r.on_access(heap(o, 2), site(1), "x");
            r.on_access(Loc::Map(o), site(1), "m");
        }
        r.on_access(Loc::Mem(Ref::global(3)), site(1), "g");
        r.forget_objects(&[4, 1]);
        let left: Vec<&Loc> = r.shadow.keys().collect();
        let want = [
            heap(2, 0),
            heap(2, 2),
            heap(3, 0),
            heap(3, 2),
            Loc::Mem(Ref::global(3)),
            Loc::Map(2),
            Loc::Map(3),
        ];
        let mut want: Vec<&Loc> = want.iter().collect();
        want.sort();
        assert_eq!(left, want);
        // Nothing of theirs left: forgetting again changes nothing.
        let before = r.clone();
        r.forget_objects(&[4, 1]);
        assert_eq!(r, before);
    }
}
