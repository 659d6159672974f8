//! Runs a program under every schedule within bounds and collects the distinct
//! outcomes, each with a schedule that reproduces it.
//!
//! The search is a depth-first walk over the decision points the chooser reports:
//! each run forces a prefix of option indices, then takes the first option; the next
//! run increments the deepest decision that still has options left.
//!
//! Runs that reach a state already met by another path are cut short: in this order
//! of search, every schedule from that state has been tried by the time another path
//! leads to it, so going on could only find outcomes already found. States are
//! compared by their hash after each step, together with the decisions that led
//! there, so the re-runs that walk the same path to a state are not cut.
//!
//! [`explore`] schedules synchronisation (channels, sync, output, goroutine starts),
//! not a program's own reads and writes of shared memory. That covers every behaviour
//! only of a program without data races (the DRF-SC guarantee of Go's memory model):
//! two goroutines doing an unsynchronised `n++` can lose an update, which no
//! interleaving of whole statements shows. So before it calls its outcomes complete,
//! `explore` asks [`search`] in race mode (memory accesses as steps, the race detector
//! on) for any run with a race; only when that search finishes without one is the
//! exploration complete. A "complete" that missed an outcome is the one answer this
//! module must never give.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use crate::choose::{Chooser, Policy, Schedule};
use crate::code::Program;
use crate::value::Value;
use crate::vm::{Exit, Limits, Machine};

/// One distinct way a program can end.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    /// The first line of stderr.
    pub stderr: String,
    pub exit_code: Option<i32>,
}

#[derive(Clone, Debug)]
pub struct Exploration {
    /// Each outcome with the first schedule found that produces it, in ascending
    /// order of outcome.
    pub outcomes: Vec<(Outcome, Schedule)>,
    pub runs: u64,
    /// Runs cut short because they reached a state already explored.
    pub pruned: u64,
    /// False when the bounds cut the search short, or when the program has a data
    /// race (see `race`).
    pub complete: bool,
    /// A schedule (with memory accesses as steps) that reaches a data race, when the
    /// check for one found it: the outcomes above then need not be all there are.
    pub race: Option<Schedule>,
}

/// What [`search`] found.
#[derive(Clone, Debug)]
pub struct Search {
    /// The decisions, from the start, of a run that reached the target.
    pub found: Option<Schedule>,
    /// How many steps from the start that run took to reach it (the steps after the
    /// last decision make none, so replaying the schedule and then stepping on
    /// reaches the target).
    pub steps: u64,
    pub runs: u64,
    /// False when the bounds cut the search short before it found anything.
    pub complete: bool,
}

/// States met so far: hash of the machine -> the decisions that first led there.
/// The table is keyed by the hash as a `Value::Int` and holds an index into the list
/// of paths: the same `HashMap<Value, usize>` as the Go-map index
/// (`value::MapObj::index`), so the wasm carries one copy of the hash-table code.
#[derive(Default)]
struct Seen {
    index: HashMap<Value, usize>,
    paths: Vec<Vec<u32>>,
}

fn deviations(path: &[u32]) -> usize {
    path.iter().filter(|c| **c != 0).count()
}

impl Seen {
    /// Whether `m` is a state first met along another path that had at least as
    /// much of the deviation budget left (so this run can stop).
    fn met_elsewhere(&mut self, m: &Machine) -> bool {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        m.hash(&mut h);
        let key = Value::Int(h.finish() as i64);
        let path: Vec<u32> = m.chooser.branches.iter().map(|b| b.0).collect();
        match self.index.get(&key).map(|&i| &mut self.paths[i]) {
            Some(first) if *first == path => false,
            Some(first) if deviations(first) <= deviations(&path) => true,
            Some(first) => {
                *first = path;
                false
            }
            None => {
                self.index.insert(key, self.paths.len());
                self.paths.push(path);
                false
            }
        }
    }
}

fn fresh_machine(prog: &Rc<Program>, prefix: &[u32], max_steps: u64, race: bool) -> Machine {
    let mut m = Machine::new(
        prog.clone(),
        Chooser::new(Policy::Explore(prefix.to_vec()), 0),
    );
    if race {
        // As a reader's session runs: races detected, shared memory accesses are steps.
        m.enable_race_detector(false);
        m.memory_steps = true;
    }
    m.limits = Limits {
        max_steps,
        ..Limits::default()
    };
    m
}

/// The prefix of forced choices for the next run after one that made `branches`
/// decisions, staying within `bound` deviations (decisions other than the first
/// option); `None` when every such run has been tried. The flag says whether some
/// run was left out only because of the bound.
fn next_prefix(branches: &[(u32, u32)], bound: u32) -> (Option<Vec<u32>>, bool) {
    let mut skipped = false;
    for i in (0..branches.len()).rev() {
        let (taken, n) = branches[i];
        if taken + 1 >= n {
            continue;
        }
        let deviations = branches[..i].iter().filter(|b| b.0 != 0).count() as u32 + 1;
        if deviations > bound {
            skipped = true;
            continue;
        }
        let mut p: Vec<u32> = branches[..i].iter().map(|b| b.0).collect();
        p.push(taken + 1);
        return (Some(p), skipped);
    }
    (None, skipped)
}

/// How one run of the walk ended.
enum RunEnd {
    /// Go on with the next schedule.
    Next,
    /// The caller has what it wanted.
    Stop,
}

/// The walk shared by [`explore`] and [`search`]: depth-first over schedules with at
/// most 0, then 1, then 2, ... deviations from the Go-like first choice, so that a
/// bounded budget of runs is spread over the whole program rather than spent on the
/// last few decisions (as in CHESS's preemption bounding). Returns the number of
/// runs and whether every schedule was covered. `run` is a `dyn`: one copy of the
/// walk in the wasm, whatever closures call it.
fn walk(
    prog: &Rc<Program>,
    max_steps: u64,
    max_runs: u64,
    race: bool,
    run: &mut dyn FnMut(&mut Machine, &mut Seen) -> RunEnd,
) -> (u64, bool) {
    let mut runs = 0;
    let mut bound = 0;
    loop {
        let mut seen = Seen::default();
        let mut prefix: Vec<u32> = vec![];
        let mut bounded = false;
        loop {
            if runs >= max_runs {
                return (runs, false);
            }
            runs += 1;
            let mut m = fresh_machine(prog, &prefix, max_steps, race);
            if let RunEnd::Stop = run(&mut m, &mut seen) {
                return (runs, false);
            }
            let (next, skipped) = next_prefix(&m.chooser.branches, bound);
            bounded |= skipped;
            match next {
                Some(p) => prefix = p,
                None => break,
            }
        }
        if !bounded {
            return (runs, true);
        }
        bound += 1;
    }
}

/// Depth-first search for a run in which `target` holds after some step (checked
/// after every step, so a momentary state such as two goroutines on two lines counts).
/// With `race`, the runs are configured as a [`crate::session::Session`]'s machine is:
/// the data race detector on and every shared memory access a step of its own.
pub fn search(
    prog: Rc<Program>,
    max_steps: u64,
    max_runs: u64,
    race: bool,
    mut target: impl FnMut(&Machine) -> bool,
) -> Search {
    search_dyn(prog, max_steps, max_runs, race, &mut target)
}

/// [`search`]'s body, once for every kind of target.
fn search_dyn(
    prog: Rc<Program>,
    max_steps: u64,
    max_runs: u64,
    race: bool,
    target: &mut dyn FnMut(&Machine) -> bool,
) -> Search {
    let mut found = None;
    let mut steps = 0;
    let mut limited = false;
    let (runs, complete) = walk(&prog, max_steps, max_runs, race, &mut |m, seen| {
        if target(m) {
            found = Some(m.chooser.schedule());
            return RunEnd::Stop;
        }
        let mut n = 0;
        while m.step().is_some() {
            n += 1;
            if target(m) {
                found = Some(m.chooser.schedule());
                steps = n;
                return RunEnd::Stop;
            }
            if !m.is_done() && seen.met_elsewhere(m) {
                break;
            }
        }
        limited |= matches!(m.exit, Some(Exit::Limit(_)));
        RunEnd::Next
    });
    Search {
        complete: complete && !limited,
        found,
        steps,
        runs,
    }
}

pub fn explore(prog: Rc<Program>, max_steps: u64, max_runs: u64) -> Exploration {
    let mut outcomes: Vec<(Outcome, Schedule)> = Vec::new();
    let mut pruned = 0;
    let mut limited = false;
    let (runs, complete) = walk(&prog, max_steps, max_runs, false, &mut |m, seen| {
        while m.step().is_some() {
            if !m.is_done() && seen.met_elsewhere(m) {
                pruned += 1;
                return RunEnd::Next;
            }
        }
        let out = Outcome {
            stdout: m.stdout.clone(),
            stderr: String::from_utf8_lossy(&m.stderr)
                .lines()
                .next()
                .unwrap_or("")
                .to_string(),
            exit_code: match &m.exit {
                Some(Exit::Code(c)) => Some(*c),
                _ => None,
            },
        };
        limited |= out.exit_code.is_none();
        // Kept sorted by outcome (a sorted vector costs the wasm module far less code
        // than a map would).
        if let Err(i) = outcomes.binary_search_by(|(o, _)| o.cmp(&out)) {
            outcomes.insert(i, (out, m.chooser.schedule()));
        }
        RunEnd::Next
    });
    // Complete only for a program shown race-free (see the module's doc): a race
    // means interleavings inside statements this walk never tried.
    let mut race = None;
    let complete = complete && !limited && {
        // Memory accesses as steps make many more decision points than the walk
        // above had, so the check gets four times its runs (measured: for two senders
        // on a channel the walk needs 297 runs, the race-mode check more than 1,000
        // and fewer than 3,000).
        let found = search(prog, max_steps, max_runs.saturating_mul(4), true, |m| {
            !m.races().is_empty()
        });
        race = found.found;
        race.is_none() && found.complete
    };
    Exploration {
        outcomes,
        runs,
        pruned,
        complete,
        race,
    }
}
