//! Runs a program under its schedules and collects the distinct outcomes, or looks for
//! a state meeting a predicate, each with a schedule that reproduces it.
//!
//! Two phases:
//!
//! 1. **Bug hunting** ([`search`] only): a stateless depth-first walk with iterative
//!    deviation bounding (0, 1, 2, ... departures from the Go-like choice, as CHESS
//!    bounds preemptions), each run replayed from a fresh machine. It finds shallow
//!    bugs (the four philosophers' deadlock) in a few hundred runs, but never claims
//!    completeness.
//! 2. **Proof** ([`explore`], and [`search`] when phase 1 found nothing): a stateful
//!    depth-first search over the machine's states. The machine is a value, so a
//!    branch clones the state at the decision point instead of replaying the prefix.
//!    Each state is entered in a visited set under its canonical 128-bit hash
//!    ([`Machine::canonical_hash`]: tickets, timer sequence numbers and collector
//!    counters left out) together with its sleep set, and the walk reduces the
//!    interleavings with **sleep sets** (Godefroid 1996; the partial-order part of
//!    Flanagan and Godefroid's DPOR): after exploring goroutine A's step from a state,
//!    the siblings' subtrees do not take A's step first while only steps independent of
//!    it have happened, because that order was covered through A. Independence comes
//!    from what each step touched ([`crate::vm::footprint`]): two steps commute when
//!    neither writes what the other reads or writes (channels, memory locations, sync
//!    words and semaphore addresses, maps, the output, the clock, the goroutine table).
//!
//! Why the combination is sound: sleep sets alone prune transitions, never states:
//! every state reachable in the program is still visited (Godefroid's thesis, Thm
//! 5.2), so every terminal state (outcome, deadlock) and every state a goal predicate
//! holds in is found. With a visited set, a state met again with sleep set S after
//! being entered with S' needs only the transitions in S' \ S (asleep then, awake
//! now), after which its entry becomes S ∩ S'; it is cut only when S' ⊆ S (Godefroid's
//! state-matching rule for sleep sets). Full DPOR (backtracking only at races) is not
//! combined with the visited set here: that combination needs the dependencies of
//! the cut subtree (Yang et al. 2008), which this walk does not keep, so it would miss
//! schedules.
//!
//! Completeness: the walk claims `complete` only when it ran to the end within its
//! budgets, no run hit a limit, and every shared memory access was a step of its own
//! (`Machine::memory_steps` is always on here, so a lost update `n++` is found).
//!
//! Memory is bounded by `max_states` (the visited set holds 16 bytes of hash plus a
//! usually empty sleep set per state, about 50 bytes with the table's overhead: 50 MB
//! at the default million) and `max_stack` (the depth-first stack keeps one machine
//! per branch point of the current path that still has a sibling to try, 2,000 by
//! default: a few MB for the book's programs); when either is full the walk stops and
//! says it is not complete. (A worker that reads a captured variable 9,000 times in a
//! loop, beside two others, is such a program: every read is a step.)

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use crate::choose::{Choice, Chooser, Policy, Schedule};
use crate::code::Program;
use crate::value::Value;
use crate::vm::footprint::Footprint;
use crate::vm::{Exit, Limits, Machine};

/// One distinct way a program can end.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    /// The first line of stderr.
    pub stderr: String,
    pub exit_code: Option<i32>,
}

impl Outcome {
    fn of(m: &Machine) -> Outcome {
        Outcome {
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
        }
    }
}

#[derive(Clone, Debug)]
pub struct Exploration {
    /// Each outcome with the first schedule found that produces it, in ascending
    /// order of outcome.
    pub outcomes: Vec<(Outcome, Schedule)>,
    /// Paths the search followed to their end (a finished program, a state already
    /// explored, or a state whose every step was covered elsewhere): what a stateless
    /// search with the same reductions would have run from the start.
    pub runs: u64,
    /// Paths cut because they reached a state already explored.
    pub pruned: u64,
    /// Distinct states visited.
    pub states: u64,
    /// Steps executed in all.
    pub steps: u64,
    /// True only when every behaviour of the program was covered: the search ran to
    /// its end within its budgets, no run hit a limit, and every shared memory access
    /// was scheduled. Every outcome the program can have is then in `outcomes`.
    pub complete: bool,
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
    /// Runs of phase 1 plus paths of phase 2 (see [`Exploration::runs`]).
    pub runs: u64,
    /// Distinct states phase 2 visited.
    pub states: u64,
    /// True when the search covered every reachable state: with `found` empty, no
    /// schedule reaches the target (a proof, not just "not found").
    pub complete: bool,
}

/// How far a search may go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// Steps in one run (deeper runs stop with a limit, and the search is then not
    /// complete).
    pub max_steps: u64,
    /// Runs (phase 1) or paths (phase 2, see [`Exploration::runs`]).
    pub max_runs: u64,
    /// Distinct states kept in the visited set (the memory bound).
    pub max_states: u64,
    /// Runs of the deviation-bounded first phase (part of `max_runs`).
    pub hunt_runs: u64,
    /// States kept on the depth-first stack (each a whole machine: the other memory
    /// bound). A path with more branch points than this stops the search.
    pub max_stack: u64,
}

impl Budget {
    /// `max_runs` in all, a quarter of them (at most [`HUNT_RUNS`]) for the first
    /// phase, and a million states.
    pub fn new(max_steps: u64, max_runs: u64) -> Budget {
        Budget {
            max_steps,
            max_runs,
            max_states: 1_000_000,
            hunt_runs: HUNT_RUNS.min(max_runs / 4),
            max_stack: 2_000,
        }
    }
}

/// States met so far by the bug hunt: hash of the machine -> the decisions that first
/// led there, kept as their hash and how many of them deviate (a whole path per state
/// made the table quadratic in a run's length). The table is keyed by the hash as a
/// `Value::Int` and holds an index into `paths`: the same `HashMap<Value, usize>` as the
/// Go-map index (`value::MapObj::index`), so the wasm carries one copy of that code.
#[derive(Default)]
struct Seen {
    index: HashMap<Value, usize>,
    paths: Vec<(u64, usize)>,
}

impl Seen {
    /// Whether `m` is a state first met along another path that had at least as
    /// much of the deviation budget left (so this run can stop).
    fn met_elsewhere(&mut self, m: &Machine) -> bool {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        m.hash(&mut h);
        let key = Value::Int(h.finish() as i64);
        let mut ph = std::collections::hash_map::DefaultHasher::new();
        let mut deviations = 0;
        for b in &m.chooser.branches {
            b.0.hash(&mut ph);
            deviations += usize::from(b.0 != 0);
        }
        let path = (ph.finish(), deviations);
        match self.index.get(&key).map(|&i| &mut self.paths[i]) {
            Some(first) if first.0 == path.0 => false,
            Some(first) if first.1 <= path.1 => true,
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
    let mut m = explore_machine(prog, max_steps, race);
    m.chooser.policy = Policy::Explore(prefix.to_vec());
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

/// A transition out of a state: the goroutine that steps and the decisions it makes
/// on the way (select cases, map starts), which together decide the step.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Step {
    gid: u32,
    choices: Vec<Choice>,
}

/// A state on the depth-first stack.
struct Node {
    m: Machine,
    /// Steps not to take here (with what they touch), growing as siblings are done.
    sleep: Vec<(Step, Footprint)>,
    /// The forced decisions of the next step to try from here, if any is left.
    next: Option<Vec<u32>>,
    /// Met again: only these steps are still to be taken.
    only: Option<Vec<Step>>,
    /// Whether some step from here led on (else this node ends a path).
    led_on: bool,
    /// How many decisions of `path` lead here.
    depth: usize,
}

/// The decisions to force for the next way of taking a step after one that made
/// `branches` decisions; `None` when every way has been tried.
fn next_within(branches: &[(u32, u32)]) -> Option<Vec<u32>> {
    let i = branches.iter().rposition(|(taken, n)| taken + 1 < *n)?;
    let mut p: Vec<u32> = branches[..i].iter().map(|b| b.0).collect();
    p.push(branches[i].0 + 1);
    Some(p)
}

/// What the stateful walk reports to its caller after each state.
enum Visit {
    Go,
    Stop,
}

/// Totals of a stateful walk.
struct Walked {
    runs: u64,
    pruned: u64,
    states: u64,
    steps: u64,
    /// The walk covered every reachable state.
    complete: bool,
}

fn explore_machine(prog: &Rc<Program>, max_steps: u64, race: bool) -> Machine {
    let mut m = Machine::new(prog.clone(), Chooser::new(Policy::Explore(vec![]), 0));
    if race {
        m.enable_race_detector(false);
    }
    // Always: a search that does not schedule the program's own memory accesses
    // cannot see a lost update, so it could not call its outcomes complete.
    m.memory_steps = true;
    m.limits = Limits {
        max_steps,
        ..Limits::default()
    };
    m
}

/// The stateful depth-first walk with sleep sets and a visited set (see the module
/// doc). `visit` sees every state the walk enters, the start included, with the
/// decisions that led there; it is a `dyn` so that the wasm carries one copy of the
/// walk.
///
/// The stack keeps a machine only where a sibling step is still to be tried: a state
/// with one way on is dropped as soon as its step is taken, so long stretches where
/// one goroutine runs cost nothing. The path's decisions are kept once, in `path`,
/// not in each machine (each would otherwise hold its own copy of the whole path).
fn stateful(
    prog: &Rc<Program>,
    budget: Budget,
    race: bool,
    visit: &mut dyn FnMut(&Machine, &[Choice]) -> Visit,
) -> Walked {
    let mut w = Walked {
        runs: 0,
        pruned: 0,
        states: 0,
        steps: 0,
        complete: false,
    };
    let start = explore_machine(prog, budget.max_steps, race);
    if let Visit::Stop = visit(&start, &[]) {
        return w;
    }
    let mut limited = matches!(start.exit, Some(Exit::Limit(_)));
    if start.is_done() {
        w.runs = 1;
        w.complete = !limited;
        return w;
    }
    // Hash of a state -> the sleep set it was entered with (sorted), as in Godefroid's
    // state matching.
    let mut visited: HashMap<u128, Vec<Step>> = HashMap::new();
    visited.insert(start.canonical_hash(), vec![]);
    w.states = 1;
    let mut path: Vec<Choice> = Vec::new();
    let mut stack = vec![Node {
        m: start,
        sleep: vec![],
        next: Some(vec![]),
        only: None,
        led_on: false,
        depth: 0,
    }];
    loop {
        let depth_now = stack.len() as u64;
        let Some(top) = stack.last_mut() else { break };
        if w.runs >= budget.max_runs
            || w.states >= budget.max_states
            || depth_now > budget.max_stack
        {
            return w;
        }
        let Some(prefix) = top.next.take() else {
            if !top.led_on {
                w.runs += 1;
            }
            stack.pop();
            continue;
        };
        let mut child = top.m.clone();
        child.chooser.policy = Policy::Explore(prefix);
        child.chooser.branches.clear();
        child.chooser.trace.clear();
        child.footprint = Some(Box::default());
        let Some(ev) = child.step() else {
            continue;
        };
        w.steps += 1;
        top.next = next_within(&child.chooser.branches);
        let step = Step {
            gid: ev.goroutine,
            choices: child
                .chooser
                .trace
                .iter()
                .filter(|c| !matches!(c, Choice::Goroutine(_)))
                .copied()
                .collect(),
        };
        let mut touched = child.footprint.take().map(|b| *b).unwrap_or_default();
        if child.is_done() {
            touched.global = true;
        }
        if top.sleep.iter().any(|(s, _)| *s == step)
            || top.only.as_ref().is_some_and(|o| !o.contains(&step))
        {
            continue;
        }
        top.led_on = true;
        // The child sleeps on every step asleep here that commutes with this one.
        let mut sleep: Vec<(Step, Footprint)> = top
            .sleep
            .iter()
            .filter(|(s, f)| s.gid != step.gid && !f.conflicts(&touched))
            .cloned()
            .collect();
        top.sleep.push((step, touched));
        let depth = top.depth;
        if top.next.is_none() && top.only.is_none() {
            // No sibling left to try from here: the state is not needed any more.
            stack.pop();
        }
        path.truncate(depth);
        path.append(&mut child.chooser.trace);
        if let Visit::Stop = visit(&child, &path) {
            return w;
        }
        if child.is_done() {
            limited |= matches!(child.exit, Some(Exit::Limit(_)));
            w.runs += 1;
            continue;
        }
        let mut keys: Vec<Step> = sleep.iter().map(|(s, _)| s.clone()).collect();
        keys.sort();
        let hash = child.canonical_hash();
        let only = match visited.get_mut(&hash) {
            None => {
                visited.insert(hash, keys);
                w.states += 1;
                None
            }
            Some(stored) if stored.iter().all(|s| keys.binary_search(s).is_ok()) => {
                w.pruned += 1;
                w.runs += 1;
                continue;
            }
            Some(stored) => {
                // Asleep when first met but awake now: only those remain.
                let todo: Vec<Step> = stored
                    .iter()
                    .filter(|s| keys.binary_search(s).is_err())
                    .cloned()
                    .collect();
                stored.retain(|s| keys.binary_search(s).is_ok());
                sleep.retain(|(s, _)| stored.binary_search(s).is_ok());
                Some(todo)
            }
        };
        stack.push(Node {
            m: child,
            sleep,
            next: Some(vec![]),
            only,
            led_on: false,
            depth: path.len(),
        });
    }
    w.complete = !limited;
    w
}

/// Searches for a run in which `target` holds after some step (checked after every
/// step, so a momentary state such as two goroutines on two lines counts): first the
/// deviation-bounded bug hunt, then, if that found nothing, the stateful search,
/// whose `complete` with nothing found proves that no schedule reaches the target.
/// With `race`, the runs are configured as a [`crate::session::Session`]'s machine
/// is: the data race detector on. Shared memory accesses are steps either way.
pub fn search(
    prog: Rc<Program>,
    max_steps: u64,
    max_runs: u64,
    race: bool,
    mut target: impl FnMut(&Machine) -> bool,
) -> Search {
    search_with(prog, Budget::new(max_steps, max_runs), race, &mut target)
}

/// Runs of the bug hunt before the stateful search starts (the four philosophers'
/// deadlock takes under 800).
const HUNT_RUNS: u64 = 2_000;

/// [`search`] with a full [`Budget`], once for every kind of target.
pub fn search_with(
    prog: Rc<Program>,
    budget: Budget,
    race: bool,
    target: &mut dyn FnMut(&Machine) -> bool,
) -> Search {
    let mut found = None;
    let mut steps = 0;
    let (runs, _) = walk(
        &prog,
        budget.max_steps,
        budget.hunt_runs,
        race,
        &mut |m, seen| {
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
            RunEnd::Next
        },
    );
    if found.is_some() {
        return Search {
            found,
            steps,
            runs,
            states: 0,
            complete: false,
        };
    }
    let rest = Budget {
        max_runs: budget.max_runs.saturating_sub(runs),
        ..budget
    };
    let w = stateful(&prog, rest, race, &mut |m, path| {
        if target(m) {
            found = Some(Schedule(path.to_vec()));
            steps = m.steps;
            return Visit::Stop;
        }
        Visit::Go
    });
    Search {
        complete: found.is_none() && w.complete,
        found,
        steps,
        runs: runs + w.runs,
        states: w.states,
    }
}

/// Every distinct outcome of the program, by the stateful search.
pub fn explore(prog: Rc<Program>, max_steps: u64, max_runs: u64) -> Exploration {
    explore_with(prog, Budget::new(max_steps, max_runs))
}

/// [`explore`] with a full [`Budget`]: `hunt_runs` go to the deviation-bounded walk, which spreads a small budget over the whole program,
/// the rest to the stateful search, which alone can say the outcomes are complete.
pub fn explore_with(prog: Rc<Program>, budget: Budget) -> Exploration {
    let mut outcomes: Vec<(Outcome, Schedule)> = Vec::new();
    // Kept sorted by outcome (a sorted vector costs the wasm module far less code
    // than a map would).
    let mut note = |m: &Machine, path: &[Choice]| {
        let out = Outcome::of(m);
        if let Err(i) = outcomes.binary_search_by(|(o, _)| o.cmp(&out)) {
            outcomes.insert(i, (out, Schedule(path.to_vec())));
        }
    };
    let mut pruned = 0;
    let (runs, _) = walk(
        &prog,
        budget.max_steps,
        budget.hunt_runs,
        false,
        &mut |m, seen| {
            while m.step().is_some() {
                if !m.is_done() && seen.met_elsewhere(m) {
                    pruned += 1;
                    return RunEnd::Next;
                }
            }
            note(m, &m.chooser.trace);
            RunEnd::Next
        },
    );
    let rest = Budget {
        max_runs: budget.max_runs.saturating_sub(runs),
        ..budget
    };
    let w = stateful(&prog, rest, false, &mut |m, path| {
        if m.is_done() {
            note(m, path);
        }
        Visit::Go
    });
    Exploration {
        outcomes,
        runs: runs + w.runs,
        pruned: pruned + w.pruned,
        states: w.states,
        steps: w.steps,
        complete: w.complete,
    }
}

/// A property of every run, which a complete search proves (the goal kinds
/// `never-deadlock`, `never-race` and `always-output=...`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Property {
    /// No schedule ends in `fatal error: all goroutines are asleep - deadlock!`.
    NeverDeadlock,
    /// The race detector reports no data race under any schedule.
    NeverRace,
    /// Every run ends normally (exit 0) having printed exactly this.
    AlwaysOutput(Vec<u8>),
}

/// What [`prove`] established.
#[derive(Clone, Debug)]
pub struct Proof {
    /// A schedule that breaks the property, if one was found.
    pub counterexample: Option<Schedule>,
    /// The step at which that schedule breaks it (for `Session::replay_to`).
    pub steps: u64,
    pub runs: u64,
    pub states: u64,
    /// True when the property holds in every schedule: no counterexample, and the
    /// search covered every reachable state.
    pub proven: bool,
}

/// Looks for a schedule that breaks `property`; with none found by a complete
/// search, the property is proven.
pub fn prove(prog: Rc<Program>, property: &Property, budget: Budget) -> Proof {
    let deadlock = |m: &Machine| {
        m.is_done()
            && m.stderr
                .starts_with(b"fatal error: all goroutines are asleep - deadlock!")
    };
    let s = match property {
        Property::NeverDeadlock => search_with(prog, budget, false, &mut |m| deadlock(m)),
        Property::NeverRace => search_with(prog, budget, true, &mut |m| !m.races().is_empty()),
        Property::AlwaysOutput(text) => search_with(prog, budget, false, &mut |m| {
            m.is_done() && (m.stdout != *text || m.exit != Some(Exit::Code(0)))
        }),
    };
    Proof {
        proven: s.found.is_none() && s.complete,
        counterexample: s.found,
        steps: s.steps,
        runs: s.runs,
        states: s.states,
    }
}
