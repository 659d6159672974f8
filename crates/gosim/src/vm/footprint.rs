//! What one step touches, for the explorer's partial-order reduction.
//!
//! While [`Machine::footprint`] is `Some`, every operation that reads or writes
//! something another goroutine could also reach records it here: a channel, a memory
//! location (package variables and heap objects, the same locations the race detector
//! tracks, plus the sync words and semaphore addresses that atomics, the runtime
//! semaphore and notify lists use), a map, the output, the virtual clock and timers,
//! the goroutine table (`go`) and the set of live goroutines (which decides whether a
//! memory access is a step of its own). A goroutine's own frames and stack are private
//! and never recorded. Anything the recording does not understand makes the step
//! touch *everything* (`global`), so a dependency can be over-stated but never missed:
//! two steps are independent only when neither is global and they share no resource
//! that one of them writes.

use crate::value::{Ref, Root};

/// A shared thing a step reads or writes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Resource {
    /// A channel (its buffer, queues, closed flag).
    Chan(u32),
    /// Memory: a package variable or heap object, or a part of one (the path).
    /// Atomics, semaphores and notify lists name their word this way too, so a plain
    /// access and an atomic one on the same word conflict.
    Loc(Ref),
    /// A map object.
    Map(u32),
    /// Standard output and standard error: their order is observable.
    Output,
    /// The virtual clock and the timer list.
    Clock,
    /// The goroutine table (`go` hands out the next goroutine id).
    Spawn,
    /// How many goroutines are alive (`runtime.NumGoroutine`).
    Alive,
    /// Whether two or more goroutines are alive: a memory access is a step of its own
    /// only then, so the `go` or exit that changes this conflicts with every access.
    Company,
}

/// Everything one step read or wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Footprint {
    /// The step may have touched anything (program end, a spin check that reads the
    /// scheduler, a library call the recorder does not classify).
    pub global: bool,
    /// Each resource once, with whether it was written.
    pub items: Vec<(Resource, bool)>,
    /// The plain memory accesses among them (not atomics, semaphores or other sync
    /// words): what the explorer's race check compares.
    pub memory: Vec<(Resource, bool)>,
}

/// Whether two memory references can name overlapping memory: the same root and one
/// path a prefix of the other (a whole struct and one of its fields overlap; two
/// different fields do not).
fn overlap(a: &Resource, b: &Resource) -> bool {
    match (a, b) {
        (Resource::Loc(x), Resource::Loc(y)) => {
            let n = x.path.len().min(y.path.len());
            x.root == y.root && x.path[..n] == y.path[..n]
        }
        _ => a == b,
    }
}

impl Footprint {
    /// Whether two resources can name the same thing (see `overlap`).
    pub fn overlaps(a: &Resource, b: &Resource) -> bool {
        overlap(a, b)
    }

    pub fn add(&mut self, r: Resource, write: bool) {
        if self.global {
            return;
        }
        if let Some(e) = self.items.iter_mut().find(|e| e.0 == r) {
            e.1 |= write;
            return;
        }
        self.items.push((r, write));
    }

    /// Whether the two steps may not commute (conservatively: true when unsure).
    pub fn conflicts(&self, o: &Footprint) -> bool {
        if self.global || o.global {
            return true;
        }
        self.items
            .iter()
            .any(|(a, wa)| o.items.iter().any(|(b, wb)| (*wa || *wb) && overlap(a, b)))
    }
}

/// How a library native touches shared state, by its name; `None` for natives that
/// only compute on their arguments.
pub(crate) enum NativeTouch {
    /// Reads (false) or writes (true) the word its first argument points at.
    Word(bool),
    Output,
    /// Reads (false) or writes (true) the clock and timers.
    Clock(bool),
    Alive,
    Everything,
}

pub(crate) fn classify_native(name: &str) -> Option<NativeTouch> {
    let (pkg, f) = name.split_once('.').unwrap_or(("", name));
    Some(match (pkg, f) {
        ("fmt", "write") => NativeTouch::Output,
        ("fmt", _) | ("strings", _) | ("strconv", _) => return None,
        // seeds reads only the program's code.
        ("time", "durationString" | "seeds") => return None,
        ("time", "nanotime" | "unixNano") | ("sync", "nanotime") => NativeTouch::Clock(false),
        ("time", _) => NativeTouch::Clock(true),
        ("runtime", "NumGoroutine") => NativeTouch::Alive,
        ("sync", "load32" | "load64") => NativeTouch::Word(false),
        ("atomic", f) if f.starts_with("load") => NativeTouch::Word(false),
        ("atomic", "sameType") => return None,
        ("sync", "label" | "substep") => return None,
        ("sync", "fatal") => NativeTouch::Output,
        ("sync", f)
            if f.starts_with("cas")
                || f.starts_with("add")
                || f.starts_with("store")
                || f.starts_with("notifyList")
                || f.starts_with("semacquire")
                || f.starts_with("semrelease")
                || f.starts_with("race") =>
        {
            NativeTouch::Word(true)
        }
        ("atomic", _) => NativeTouch::Word(true),
        // Spinning reads the scheduler's state; GOMAXPROCS changes it; Gosched
        // reorders the run queue that the spin check reads; sort and errors write
        // through pointers without the access hooks: all conservatively global.
        _ => NativeTouch::Everything,
    })
}

impl super::Machine {
    /// Records that the step touches `r` (a no-op unless the explorer asked).
    #[inline]
    pub(crate) fn touch(&mut self, r: impl FnOnce() -> Resource, write: bool) {
        if let Some(fp) = self.footprint.as_mut() {
            fp.add(r(), write);
        }
    }

    /// Records that the step may have touched anything.
    pub(crate) fn touch_everything(&mut self) {
        if let Some(fp) = self.footprint.as_mut() {
            fp.global = true;
        }
    }

    /// Records what native `id` touches, given its arguments.
    pub(crate) fn touch_native(&mut self, id: u32, args: &[crate::value::Value]) {
        if self.footprint.is_none() {
            return;
        }
        let Some(n) = self.prog.natives.get(id as usize) else {
            return self.touch_everything();
        };
        // With one P, canSpin is false whatever the scheduler holds (it reads the
        // run queue only with more): it touches nothing. A GOMAXPROCS call, which
        // would change that, touches everything itself.
        if self.gomaxprocs <= 1 && n.name == "sync.canSpin" {
            return;
        }
        match classify_native(&n.name) {
            None => {}
            Some(NativeTouch::Output) => self.touch(|| Resource::Output, true),
            Some(NativeTouch::Clock(w)) => self.touch(|| Resource::Clock, w),
            Some(NativeTouch::Alive) => self.touch(|| Resource::Alive, false),
            Some(NativeTouch::Everything) => self.touch_everything(),
            // The race annotations take their object as an `any`: its pointer names it.
            Some(NativeTouch::Word(w)) => match args.first().map(|a| match a {
                crate::value::Value::Iface(iv) => &iv.1,
                other => other,
            }) {
                Some(crate::value::Value::Ptr(r)) => {
                    // A compare-and-swap that will fail only reads its word (it fails
                    // exactly when the word differs from `old`, read here first).
                    let w = w
                        && !(n.name.starts_with("sync.cas")
                            && args.get(1).is_some_and(|old| {
                                self.read_ref(r)
                                    .is_some_and(|cur| cur.as_int() != old.as_int())
                            }));
                    let r = (**r).clone();
                    self.touch(|| Resource::Loc(r), w)
                }
                _ => self.touch_everything(),
            },
        }
    }

    /// Records a change in the number of live goroutines (called after a `go` adds
    /// one, and as one finishes, before it is marked dead). Near two, the change may
    /// also flip [`Resource::Company`].
    pub(crate) fn touch_alive_count(&mut self) {
        if self.footprint.is_none() {
            return;
        }
        self.touch(|| Resource::Alive, true);
        let live = self
            .goroutines
            .iter()
            .filter(|g| g.status != super::GStatus::Dead)
            .count();
        // Crossing between one and two live goroutines: a `go` counts after adding
        // its goroutine (1 -> 2 leaves 2 live) and an exit before marking its
        // goroutine dead (2 -> 1 finds 2 live), so a count of two is exactly a
        // crossing.
        if live == 2 {
            self.touch(|| Resource::Company, true);
        }
    }

    /// Records a memory access (any code's, the library's included).
    pub(crate) fn touch_loc(&mut self, loc: &super::race::Loc, write: bool) {
        if self.footprint.is_none() {
            return;
        }
        match loc {
            super::race::Loc::Mem(r) if matches!(r.root, Root::Local(_)) => {}
            super::race::Loc::Mem(r) => {
                let r = Resource::Loc(r.clone());
                self.touch_memory(r, write)
            }
            super::race::Loc::Map(o) => self.touch_memory(Resource::Map(*o), write),
        }
    }

    fn touch_memory(&mut self, r: Resource, write: bool) {
        if let Some(fp) = self.footprint.as_mut() {
            match fp.memory.iter_mut().find(|e| e.0 == r) {
                Some(e) => e.1 |= write,
                None => fp.memory.push((r.clone(), write)),
            }
            fp.add(r, write);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Path;

    fn loc(root: u32, path: &[u32]) -> Resource {
        Resource::Loc(Ref {
            root: Root::Heap(root),
            path: Path::from(path),
        })
    }

    #[test]
    fn reads_commute_and_a_write_conflicts_with_an_overlapping_access() {
        let mut r1 = Footprint::default();
        r1.add(loc(1, &[0]), false);
        let mut r2 = Footprint::default();
        r2.add(loc(1, &[0]), false);
        assert!(!r1.conflicts(&r2));
        let mut w = Footprint::default();
        w.add(loc(1, &[]), true);
        assert!(
            w.conflicts(&r1),
            "a write to the whole object overlaps a field"
        );
        let mut other_field = Footprint::default();
        other_field.add(loc(1, &[1]), true);
        assert!(!other_field.conflicts(&r1));
        let mut p1 = Footprint::default();
        p1.add(Resource::Output, true);
        let mut p2 = p1.clone();
        assert!(p1.conflicts(&p2), "two prints never commute");
        p2 = Footprint::default();
        p2.add(loc(7, &[0]), true);
        assert!(!p1.conflicts(&p2), "a print and an unrelated lock do");
        p2.global = true;
        assert!(p1.conflicts(&p2));
    }
}
