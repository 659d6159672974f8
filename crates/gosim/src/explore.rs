//! Runs a program under its schedules and collects the distinct outcomes, looks for
//! a state meeting a predicate, or proves a property of every run, each answer with a
//! schedule that reproduces it.
//!
//! Everything here is one resumable search, the [`Prover`]: a caller that must stay
//! responsive (a Web Worker with a progress bar) calls [`Prover::advance`] with a
//! budget of runs at a time and reads [`Progress`] in between; [`explore`], [`search`]
//! and [`prove`] run it to the end. It goes through up to three phases (phase 2 or
//! 3 begins with a probe of [`PROBE_PATHS`] paths in the middle of phase 1, and goes
//! on from there after it, see "The probe" below):
//!
//! 1. **Bug hunting**: a stateless depth-first walk with iterative deviation bounding
//!    (0, 1, 2, ... departures from the Go-like choice, as CHESS bounds preemptions),
//!    each run replayed from a fresh machine. It finds shallow bugs (the four
//!    philosophers' deadlock) in a few hundred runs and spreads a small budget over
//!    the whole program, but never claims completeness.
//! 2. **Synchronisation-grained proof**: a stateful depth-first search whose steps are
//!    the program's synchronisation operations (channels, sync, output, `go`, exits,
//!    time slices): a program's own reads and writes of shared memory run inside the
//!    step that leads up to the next synchronisation, and the race detector watches
//!    every one of them. For a program without data races that covers every
//!    behaviour: Go's memory model promises sequential consistency to data-race-free
//!    programs (DRF-SC), and in a race-free run each access can be moved, without
//!    changing anything, to just before its goroutine's next synchronisation (an
//!    access of another goroutine in between would be unordered with it: a race).
//!    And if any run has a race, one of these runs shows one (CHESS's argument: the
//!    first race of a run, after a race-free prefix put in this form). So the phase is
//!    complete when it finishes without the detector reporting a race.
//! 3. **Memory-grained proof**, only when phase 1 or 2 met a race: the same search with
//!    every shared memory access a step of its own (`Machine::memory_steps`), so
//!    a lost update `n++` is among the outcomes.
//!
//! The stateful phases branch by cloning the machine at each decision point instead
//! of replaying the prefix, keep a visited set under the canonical 128-bit state hash
//! ([`Machine::canonical_hash`]: tickets, timer sequence numbers, collector counters
//! and garbage left out, heap ids renumbered from the roots, and the race detector's
//! clocks renamed by rank, so paths that converge meet), and prune orders with
//! **sleep sets** (Godefroid 1996): after exploring goroutine A's step from a state,
//! the siblings' subtrees do not take A's step first while only steps independent of
//! it have happened, because that order was covered through A. Independence comes
//! from what each step touched ([`crate::vm::footprint`]): two steps commute when
//! neither writes what the other reads or writes (channels, memory locations, sync
//! words and semaphore addresses, maps, the output, the clock, the goroutine table).
//! Sleep sets prune transitions, never states: every reachable state is still visited
//! (Godefroid's thesis, Thm 5.2), so every terminal state and every state a goal
//! holds in is found. With the visited set, a state met again with sleep set S after
//! being entered with S' needs only the transitions in S' \ S, after which its entry
//! becomes S ∩ S'; it is cut only when S' ⊆ S (Godefroid's state-matching rule).
//!
//! **Folding uncontended sync operations.** The faithful `sync` library makes every
//! CAS, add, load and semaphore operation inside `Lock`, `Unlock`, `Wait`, ... a
//! step of its own. When a state is entered, every step out of it is computed (each
//! goroutine's, on a clone, with what it touched); then, if some goroutine g is
//! inside an operation on a primitive P (the receiver of its outermost frame in
//! package sync), entered that operation by a step that touched only memory, sync
//! words and a reading of the clock, and its next step stays inside the operation and
//! touches nothing but P's words (and its own boxed locals, and the clock, read),
//! while no other goroutine's next step touches P at all, only g's step is taken
//! (`fusable`). Why nothing is lost: take any run through such a state s. The other
//! goroutines' steps between s and the first step of another goroutine that touches
//! P (call it v) touch nothing g's operation touches (not P; not the memory g
//! accessed on its way in, which in a race-free program another goroutine can only
//! reach after synchronising with g, and g's next synchronisation is on P; not the
//! clock's value, which moves only when nobody can run). So they commute with g's
//! whole operation so far, and the run is equivalent (the same Mazurkiewicz trace:
//! the same final state, outputs and races) to one that takes them before g entered
//! the operation, where the search branched fully; from there on, in every state
//! where v is enabled, v's step touches P and the rule does not apply, so every
//! position of v among g's remaining steps is tried. (A racy program's second search
//! has every memory access a step of its own, so g's entering step touches only P.)
//! The race check below still compares every pair of sibling steps, fused or not,
//! and a pair of racing steps of other goroutines stays enabled across g's folded
//! steps, which touch no memory of theirs. The rule reads more than the state
//! (whether g's entering step was clean), so that bit goes into the visited set's
//! key (`fusion_key`: nearly always empty). It is off for a search for a target
//! state, whose target could hold between two folded steps. The cross-check in
//! `tests/explore_tables.rs` runs the benchmark programs with and without it and
//! compares their outcomes.
//!
//! Within a state, the steps are tried round-robin from the goroutine after the one
//! that just stepped: any order covers the same states, and this one reaches states
//! where every goroutine is part-way through sooner (and let the sleep sets prune
//! more: counter3 86,801 paths against 104,987 in the Go-like order, before the
//! reductions below).
//!
//! **Symmetry.** Goroutines have no identity a Go program can see (no goroutine ids,
//! and gosim has no `runtime.Stack`), so two states that differ only by a renaming of
//! goroutines have the same futures up to that renaming: the same outputs, exit codes,
//! deadlocks and races. The visited set keys states by
//! [`Machine::symmetric_hash`]: goroutines sorted by a signature blind to ids (what
//! they run, where, and their stack's plain values; main always first, since its
//! return ends the program), then the canonical hash with every goroutine id renamed
//! by its place in that order, wherever one appears (the goroutine table, `created_by`,
//! channel and semaphore queues in their order, timers, a held sub-step). Equal keys
//! mean states equal up to that renaming, whatever the signature (a weaker signature
//! only merges fewer states); the sleep set stored with a state is kept in renamed
//! ids, so a state met again as a permutation of one explored is compared with it
//! goroutine for goroutine (Godefroid's matching rule holds through the isomorphism,
//! which maps every transition and its footprint). The race check is unaffected: a
//! racing pair in a state not visited is the image of a racing pair in the state that
//! was. Off when a program keeps a goroutine id in a value (a range-over-func loop's
//! frame token, [`Machine::symmetry_applies`]), with more than one P (the run queue
//! order is hashed), and for target searches (a target may name a goroutine). The
//! counters' workers are symmetric (counter3: 15,356 states against 98,897); the
//! philosophers, who differ by their forks, are not.
//!
//! **Goroutine exits.** When a goroutine other than main is about to end and its
//! step, taken alone, touched nothing but the count of live goroutines, nobody can
//! read that count (the program never calls `runtime.NumGoroutine`) and, at
//! synchronisation grain, nobody reads whether two goroutines live (only memory steps
//! do), that step is the only one taken (`lone_exit`, with folding). It is a
//! persistent set of one: the exit commutes with every other step (no step reads
//! what it writes), no other goroutine can disable it (goroutines park only
//! themselves), and it cannot lie on a cycle (the live count falls). A run that
//! leaves the goroutine unfinished ends in a program end (main returning, `os.Exit`,
//! a fatal error), not a deadlock (the goroutine is runnable), and the same run after
//! the exit ends with the same output and exit code; races between other goroutines
//! stay enabled across it (it touches no memory).
//!
//! **Held goroutines (persistent sets).** Where no step is folded, the walk may still
//! take the steps of only some goroutines G (`persistent`): those of one goroutine if
//! possible, else of all runnable goroutines but one. G qualifies when the other
//! goroutines H (the rest, blocked ones included), run from here with G held still,
//! in every interleaving of theirs (followed on clones to its end, within
//! [`HELD_STEPS`] steps in all, else G does not qualify), never make a select or map
//! decision, start a goroutine, end the program, touch shared plain memory (only the
//! private cells of their own sync frames; not checked at memory grain, where a race is
//! known already) or take a step that conflicts with a next step of G. Then the next
//! steps of G form a *persistent set* (Godefroid 1996, Def. 4.1): every sequence of
//! steps from here that avoids them consists of H's steps only (a goroutine of G
//! cannot move without taking its next step), and each of those commutes with every
//! step of G (their footprints do not conflict, and since H writes nothing a step of
//! G reads, G's steps read, do and touch the same after any of H's steps). Why nothing
//! is lost, by induction on the length of a path w from a visited state s to a target
//! r (a finished program, a deadlock, or a state where two steps that touch the same
//! plain memory, one writing, are both enabled: the race check's pairs):
//! - if w contains a step t of G, the first one commutes with every step before it,
//!   so t followed by the rest of w reaches r from t(s), which the walk visits, by a
//!   shorter path;
//! - otherwise w is H's alone. r is then no finished program and no deadlock: G's
//!   steps are still enabled there (H's steps cannot disable them), and H cannot end
//!   the program. Nor is r a racing pair of H's: H touches no shared plain memory.
//!   A pair with one step of G and one of H is ruled out likewise, and a pair of G's
//!   two next steps is already enabled at s, where the race check compares every pair
//!   of sibling steps (before any reduction) in a state they touch the same as at r.
//!
//! Sleep sets do not change which states a persistent-set search visits (Godefroid's
//! Thm 5.2, the argument cited above), nor does the visited set (a state met again was
//! expanded, with the same persistent set, the first time; the argument above is on
//! path length, so it holds with cycles). The set is a function of the state: G is
//! the first that qualifies in the order of the symmetry renaming, so states equal up
//! to a renaming of goroutines take sets equal up to it. This is what keeps main's
//! `wg.Wait` from branching against every step of the workers' mutex operations
//! (counter2: 361 states -> 220). Off for target searches (with folding): a target may
//! hold in a state the reduced search skips. The check is the costly part of a state
//! (it steps clones), so it fails fast: the held-out runs are followed depth first, a
//! goroutine's own next step before the others' (a goroutine that touches shared
//! memory does so within a step or two of its own), and a failing run is remembered
//! while the candidates of one state are tried (a run of goroutines S that breaks a
//! condition of its own is a held-out run of every candidate that holds none of S;
//! one that conflicts with g's next step, of every such candidate that holds g), so
//! the answer is that of the whole tree (counter3: 0.90 s CPU -> 0.71 s). `tests/explore_tables.rs` compares the
//! outcomes with all of these reductions on and off.
//!
//! **The probe.** For a question about every run (outcomes, a property), the stateful
//! search starts with at most [`PROBE_PATHS`] paths, after [`FIRST_HUNT_RUNS`] runs of
//! the hunt (none: see there): a small program (the lost update, two counters) is
//! then covered without the hunt. Otherwise the hunt runs on
//! to its budget and the stateful search goes on where it stopped (its visited set
//! and stack kept; switched to memory grain if the hunt met a race), so no path is run
//! twice. A target search (the widget's "find it for me") hunts first, whole.
//!
//! **What a run is.** [`Exploration::runs`] counts runs of the bug hunt (each a whole
//! execution from the start) plus paths of the stateful phases, each a maximal path
//! from the start: it ends at a finished program, at a state already explored (with
//! a sleep set that covers what is left), or at a state whose every step was covered
//! by a sibling (all asleep). Every such path counts as one, however short, whether or
//! not it reached the program's end: each is a distinct prefix the search executed,
//! and a stateless search with the same reductions would run at least one whole
//! execution through each (more where the visited set cut a subtree), so the count is
//! a lower bound of that search's executions and compares with loom's executions,
//! which are whole runs. Paths cut by the visited set are most of them (in counter2
//! all but one: every finished run ends in the same state, met first by one path).
//! The work per path is smaller than an execution's (each state is computed once, by
//! cloning). The steps [`persistent`] takes on clones to decide are no paths and are
//! not counted as runs.
//!
//! A search with `session` grain ([`search`] with `race`, the widget's goals) runs
//! machines configured as a [`crate::session::Session`]'s is (memory steps and the
//! detector on) in every phase, so its states and schedules are the reader's.
//!
//! **Footprint details.** Whether two goroutines live ([`Resource::Company`]) is read
//! only by memory accesses at memory or session grain (only there can an access be a
//! step), and written only by the `go` or exit that makes the count cross two.
//!
//! Memory is bounded by [`Budget::max_states`] (the visited set holds 16 bytes of
//! hash plus a usually empty sleep set per state, about 60 bytes with the table's
//! overhead: 60 MB at the default million), [`Budget::max_stack`] (the depth-first
//! stack keeps one machine per branch point of the current path that still has a
//! sibling to try) and [`MAX_HELD_WORDS`] (the size of those machines, which grows
//! with the program's goroutines); when any is full the search stops and says it is
//! not complete.

use std::collections::HashMap;
use std::rc::Rc;

use crate::choose::{Choice, Chooser, Policy, Schedule};
use crate::code::Program;
use crate::value::Value;
use crate::vm::footprint::{Footprint, Resource};
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
    /// order of outcome. A schedule is for a machine without memory steps unless
    /// `race` is set (then the later ones may be for one with them, see
    /// [`Proof::memory_steps`]).
    pub outcomes: Vec<(Outcome, Schedule)>,
    /// Runs of the bug hunt plus paths of the stateful phases (a path ends at a
    /// finished program, a state already explored, or a state whose every step was
    /// covered elsewhere: what a stateless search with the same reductions would have
    /// run from the start).
    pub runs: u64,
    /// Paths cut because they reached a state already explored.
    pub pruned: u64,
    /// Distinct states the stateful phases visited.
    pub states: u64,
    /// Steps executed in all.
    pub steps: u64,
    /// True only when every behaviour of the program was covered: the search ran to
    /// its end within its budgets, no run hit a limit, and either no run has a data
    /// race or every shared memory access was scheduled. Every outcome the program
    /// can have is then in `outcomes`.
    pub complete: bool,
    /// A schedule (without memory steps) that reaches a data race, when the search
    /// met one: the outcomes then come from a search with memory accesses as steps.
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
    /// Runs of the hunt plus paths of the stateful phases (see [`Exploration::runs`]).
    pub runs: u64,
    /// Distinct states the stateful phases visited.
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
    /// Runs and paths in all (see [`Exploration::runs`]).
    pub max_runs: u64,
    /// Distinct states kept in the visited set (the memory bound).
    pub max_states: u64,
    /// Runs of the deviation-bounded first phase (part of `max_runs`) at session
    /// grain; a hunt over synchronisation steps takes half as many.
    pub hunt_runs: u64,
    /// States kept on the depth-first stack (each a whole machine: the other memory
    /// bound). A path with more branch points than this stops the search.
    pub max_stack: u64,
    /// Fold the internal steps of uncontended sync operations in the stateful
    /// phases (see the module doc); never for a search for a target state, whose
    /// target may hold between two of those steps.
    pub fuse: bool,
    /// Merge states equal up to a renaming of goroutines in the stateful phases (see
    /// the module doc); never for a search for a target state, which may name a
    /// goroutine.
    pub symmetry: bool,
}

/// Runs of the bug hunt before the stateful search starts, at session grain (every
/// shared memory access a decision: the four philosophers' deadlock takes 1,824); a
/// hunt over synchronisation steps takes half of it (there the deadlock takes 797),
/// so a small program's proof is not dominated by the hunt.
const HUNT_RUNS: u64 = 2_000;

/// Runs of the hunt before the probe: none. Both orders, measured (`loom-compare
/// --gosim-only`): with 20 hunt runs first (the Go-like run and its shallowest
/// departures), the three philosophers' deadlock is found at run 19, but counter2
/// completes in 20 + 87 = 107 runs, more than loom's 90; with the probe first, counter2
/// completes in 87 and the deadlock is found at run 119 (the probe's 100 paths, then
/// the hunt's 19th run; loom: 1,662), the four philosophers' at 818 (loom: 669,743).
/// The hunt's runs cannot stand in for the stateful search's paths: a run takes one
/// step out of each state it passes, and the visited set may hold only states whose
/// every step was taken (an entry there stands for the whole subtree below it), so
/// after a hunt the search would run the same paths again. The probe first meets both
/// of the figures (fewer executions than loom; the four philosophers' deadlock
/// in under 1,000 runs) and costs the three philosophers' deadlock 100 runs.
const FIRST_HUNT_RUNS: u64 = 0;

/// Paths of the stateful search tried after the hunt's first [`FIRST_HUNT_RUNS`] runs
/// and before the rest of it (not for a target search, which hunts first): a small
/// program's whole state space is covered in fewer, and then the hunt never goes on
/// (the lost update: 38, the counter with two goroutines: 87, under loom's 90); a
/// larger one pays this much before the hunt (the three philosophers' deadlock at run
/// 119, the four philosophers' at 818; with 200 paths they were 219 and 918). The
/// paths are not lost: the search goes on from where it stopped once the hunt is done.
const PROBE_PATHS: u64 = 100;

impl Budget {
    /// `max_runs` in all, a quarter of them (at most 2,000) for the first phase, a
    /// million states and a stack of 2,000 machines.
    pub fn new(max_steps: u64, max_runs: u64) -> Budget {
        Budget {
            max_steps,
            max_runs,
            max_states: 1_000_000,
            hunt_runs: HUNT_RUNS.min(max_runs / 4),
            max_stack: 2_000,
            fuse: true,
            symmetry: true,
        }
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
    /// The step at which that schedule breaks it (for `Session::replay_to` when
    /// `memory_steps` is set).
    pub steps: u64,
    /// Whether the counterexample's decisions are for a machine whose shared memory
    /// accesses are steps (a [`crate::session::Session`]'s), or for one whose are not.
    pub memory_steps: bool,
    /// Runs of the hunt plus paths of the stateful phases (see [`Exploration::runs`]).
    pub runs: u64,
    /// Paths of the stateful phases alone: the distinct interleavings a complete
    /// proof covered (the hunt's runs repeat some of them).
    pub paths: u64,
    pub states: u64,
    /// True when the property holds in every schedule: no counterexample, and the
    /// search covered every reachable behaviour.
    pub proven: bool,
}

/// Where a [`Prover`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The deviation-bounded bug hunt.
    Hunt,
    /// The stateful search over synchronisation steps, race detector on.
    Sync,
    /// The stateful search with every shared memory access a step.
    Memory,
    /// Finished: see [`Progress::complete`].
    Done,
}

/// How far a [`Prover`] has come, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub phase: Phase,
    /// Distinct states visited by the stateful phases.
    pub states: u64,
    /// Runs and paths so far (see [`Exploration::runs`]); at most the budget's
    /// `max_runs`.
    pub schedules: u64,
    /// Distinct outcomes found so far.
    pub outcomes: usize,
    /// The search has ended: with an answer found, every behaviour covered, or the
    /// budget spent.
    pub done: bool,
    /// Every behaviour was covered (only with `done`).
    pub complete: bool,
    /// A target or a counterexample was found (only with `done`).
    pub found: bool,
}

/// How a machine is configured for a search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grain {
    /// Steps are synchronisation operations; the race detector on (phase 1 and 2).
    Sync,
    /// Every shared memory access a step; the detector off (phase 3: a race is
    /// known already, and leaving its clocks out lets more states meet).
    Memory,
    /// A session's machine: memory steps and the detector on.
    Session,
}

fn machine(prog: &Rc<Program>, max_steps: u64, grain: Grain) -> Machine {
    let mut m = Machine::new(prog.clone(), Chooser::new(Policy::Explore(vec![]), 0));
    if grain != Grain::Memory {
        m.enable_race_detector(false);
    }
    m.memory_steps = grain != Grain::Sync;
    m.limits = Limits {
        max_steps,
        ..Limits::default()
    };
    m
}

/// What the caller asks.
enum Question<'a> {
    /// Every outcome.
    Outcomes,
    /// A state in which the target holds (checked after every step).
    Target(Box<dyn FnMut(&Machine) -> bool + 'a>),
    /// A run that breaks the property.
    Property(Property),
}

fn deadlocked(m: &Machine) -> bool {
    m.is_done()
        && m.stderr
            .starts_with(b"fatal error: all goroutines are asleep - deadlock!")
}

impl Question<'_> {
    /// Whether `m` answers the question (a target reached, the property broken).
    fn hit(&mut self, m: &Machine) -> bool {
        match self {
            Question::Outcomes => false,
            Question::Target(t) => t(m),
            Question::Property(Property::NeverDeadlock) => deadlocked(m),
            Question::Property(Property::NeverRace) => !m.races().is_empty(),
            Question::Property(Property::AlwaysOutput(text)) => {
                m.is_done() && (m.stdout != *text || m.exit != Some(Exit::Code(0)))
            }
        }
    }
}

/// A search that can be run a slice at a time: [`Prover::advance`] runs up to a given
/// number of runs and returns [`Progress`]; the results ([`Prover::proof`],
/// [`Prover::exploration`], [`Prover::search`]) can be read at any time and are final
/// once `done`. A Web Worker holds one and advances it between messages, so a
/// search can report progress and be cancelled (by dropping it).
pub struct Prover<'a> {
    prog: Rc<Program>,
    budget: Budget,
    question: Question<'a>,
    /// Session grain in every phase (a widget's goal), instead of sync then memory.
    session: bool,
    phase: Phase,
    hunt: Hunt,
    dfs: Option<Dfs>,
    /// Runs and steps of finished phases.
    runs_before: u64,
    steps_before: u64,
    pruned_before: u64,
    states_before: u64,
    outcomes: Vec<(Outcome, Schedule)>,
    found: Option<(Schedule, u64, bool)>,
    race: Option<Schedule>,
    complete: bool,
    /// The probe ([`PROBE_PATHS`]) is still to come after the hunt's first
    /// [`FIRST_HUNT_RUNS`] runs.
    probe_pending: bool,
    /// The stateful search is in its probe, in the middle of the hunt.
    probing: bool,
    /// [`FIRST_HUNT_RUNS`] (a field, so that a different setting is one line away).
    first_hunt_runs: u64,
}

impl<'a> Prover<'a> {
    fn with(prog: Rc<Program>, question: Question<'a>, budget: Budget, session: bool) -> Self {
        Prover {
            prog,
            budget,
            session,
            phase: Phase::Hunt,
            hunt: Hunt::default(),
            dfs: None,
            runs_before: 0,
            steps_before: 0,
            pruned_before: 0,
            states_before: 0,
            outcomes: Vec::new(),
            found: None,
            race: None,
            complete: false,
            // Not for a target search (the widget's "find it for me"): the hunt
            // comes first and whole there.
            probe_pending: !matches!(question, Question::Target(_)),
            question,
            probing: false,
            first_hunt_runs: FIRST_HUNT_RUNS,
        }
    }

    /// A search that proves `property` of every run or finds a run that breaks it.
    pub fn new(prog: Rc<Program>, property: Property, budget: Budget) -> Self {
        Prover::with(prog, Question::Property(property), budget, false)
    }

    /// A search for every outcome of the program.
    pub fn outcomes(prog: Rc<Program>, budget: Budget) -> Self {
        Prover::with(prog, Question::Outcomes, budget, false)
    }

    /// A search for a state in which `target` holds, checked after every step. With
    /// `session`, machines are configured as a [`crate::session::Session`]'s (memory
    /// steps, race detector), so the schedule found replays in a session.
    pub fn reach(
        prog: Rc<Program>,
        budget: Budget,
        session: bool,
        target: Box<dyn FnMut(&Machine) -> bool + 'a>,
    ) -> Self {
        Prover::with(prog, Question::Target(target), budget, session)
    }

    /// Runs and paths so far.
    fn runs(&self) -> u64 {
        self.runs_before + self.hunt.runs + self.dfs.as_ref().map_or(0, |d| d.runs)
    }

    /// Where the search is now.
    pub fn progress(&self) -> Progress {
        Progress {
            phase: self.phase,
            states: self.states_before + self.dfs.as_ref().map_or(0, |d| d.states),
            schedules: self.runs(),
            outcomes: self.outcomes.len(),
            done: self.phase == Phase::Done,
            complete: self.complete,
            found: self.found.is_some(),
        }
    }

    /// Runs at most `budget_runs` more runs (or paths) of the search and says where
    /// it is. Call again until [`Progress::done`].
    pub fn advance(&mut self, budget_runs: u64) -> Progress {
        let stop_at = self
            .runs()
            .saturating_add(budget_runs)
            .min(self.budget.max_runs);
        while self.phase != Phase::Done && self.runs() < stop_at {
            match self.phase {
                Phase::Hunt => self.hunt_one(),
                Phase::Sync | Phase::Memory => self.dfs_slice(stop_at),
                Phase::Done => {}
            }
        }
        if self.phase != Phase::Done && self.runs() >= self.budget.max_runs {
            // Budget spent: not complete.
            self.finish(false);
        }
        self.progress()
    }

    fn finish(&mut self, complete: bool) {
        self.complete = complete;
        self.phase = Phase::Done;
        if let Some(d) = self.dfs.take() {
            self.runs_before += d.runs;
            self.steps_before += d.steps;
            self.pruned_before += d.pruned;
            self.states_before += d.states;
        }
    }

    /// The grain of the stateful phase that comes after the hunt.
    fn first_grain(&self) -> Grain {
        if self.session {
            Grain::Session
        } else if self.race.is_some() {
            Grain::Memory
        } else {
            Grain::Sync
        }
    }

    fn start_dfs(&mut self, grain: Grain) {
        if let Some(d) = self.dfs.take() {
            self.runs_before += d.runs;
            self.steps_before += d.steps;
            self.pruned_before += d.pruned;
            self.states_before += d.states;
        }
        self.phase = if grain == Grain::Sync {
            Phase::Sync
        } else {
            Phase::Memory
        };
        let target = matches!(self.question, Question::Target(_));
        let fuse = self.budget.fuse && !target;
        let symmetry = self.budget.symmetry && !target;
        self.dfs = Some(Dfs::new(&self.prog, self.budget, grain, fuse, symmetry));
    }

    /// One run of the bug hunt.
    fn hunt_one(&mut self) {
        let limit = if self.session {
            self.budget.hunt_runs
        } else {
            self.budget.hunt_runs / 2
        };
        if self.probe_pending
            && self.hunt.runs >= self.first_hunt_runs.min(limit)
            && !self.hunt.exhausted
        {
            // The probe, then the rest of the hunt.
            self.probe_pending = false;
            self.probing = true;
            let g = self.first_grain();
            return self.start_dfs(g);
        }
        if self.hunt.runs >= limit || self.hunt.exhausted {
            self.probe_pending = false;
            let g = self.first_grain();
            match self.dfs.as_ref().map(|d| d.grain) {
                // The search the probe began goes on, unless the hunt met a race
                // that the probe's synchronisation-grained search had not.
                Some(have) if !(have == Grain::Sync && g == Grain::Memory) => {
                    self.phase = if have == Grain::Sync {
                        Phase::Sync
                    } else {
                        Phase::Memory
                    };
                }
                _ => self.start_dfs(g),
            }
            return;
        }
        let grain = if self.session {
            Grain::Session
        } else {
            Grain::Sync
        };
        let mut m = self
            .hunt
            .next_machine(&self.prog, self.budget.max_steps, grain);
        let mut n = 0;
        let hit = loop {
            if self.question.hit(&m) {
                break true;
            }
            if self.race.is_none() && !m.races().is_empty() {
                self.race = Some(m.chooser.schedule());
            }
            if m.step().is_none() {
                break false;
            }
            n += 1;
            self.hunt.steps += 1;
            if !m.is_done() && self.hunt.seen.met_elsewhere(&m) {
                self.hunt.pruned += 1;
                break self.question.hit(&m);
            }
        };
        if hit {
            self.found = Some((m.chooser.schedule(), n, grain != Grain::Sync));
            self.finish(false);
            return;
        }
        if m.is_done() {
            note_outcome(&mut self.outcomes, &m, &m.chooser.trace);
        }
        self.hunt.after_run(&m);
    }

    /// Part of a stateful phase, up to `stop_at` runs in all.
    fn dfs_slice(&mut self, stop_at: u64) {
        let before = self.runs_before + self.hunt.runs;
        let stop_at = if self.probing {
            let paths = self.runs() - self.hunt.runs;
            if paths >= PROBE_PATHS {
                // The probe did not finish: hunt, then go on.
                self.probing = false;
                self.phase = Phase::Hunt;
                return;
            }
            stop_at.min(before + PROBE_PATHS - (self.runs_before))
        } else {
            stop_at
        };
        let Some(dfs) = self.dfs.as_mut() else {
            return self.finish(false);
        };
        let grain = dfs.grain;
        let question = &mut self.question;
        let outcomes = &mut self.outcomes;
        let race = &mut self.race;
        let mut found: Option<(Schedule, u64)> = None;
        let mut race_now = false;
        let status = dfs.advance(
            stop_at.saturating_sub(before),
            &self.budget,
            &mut |m, path| {
                if question.hit(m) {
                    found = Some((Schedule(path.to_vec()), m.steps));
                    return Visit::Stop;
                }
                if grain == Grain::Sync && !m.races().is_empty() {
                    // Not race-free: DRF-SC does not apply, memory steps needed.
                    if race.is_none() {
                        *race = Some(Schedule(path.to_vec()));
                    }
                    race_now = true;
                    return Visit::Stop;
                }
                if m.is_done() {
                    note_outcome(outcomes, m, path);
                }
                Visit::Go
            },
        );
        if let Some((s, steps)) = found {
            self.found = Some((s, steps, grain != Grain::Sync));
            return self.finish(false);
        }
        if race_now {
            return self.start_dfs(Grain::Memory);
        }
        match status {
            DfsStatus::Paused => {}
            DfsStatus::Finished => self.finish(true),
            DfsStatus::Cut => self.finish(false),
        }
    }

    /// The answer to [`Prover::new`]'s question (final once done).
    pub fn proof(&self) -> Proof {
        let p = self.progress();
        Proof {
            counterexample: self.found.as_ref().map(|f| f.0.clone()),
            steps: self.found.as_ref().map_or(0, |f| f.1),
            memory_steps: self.found.as_ref().is_some_and(|f| f.2),
            runs: p.schedules,
            paths: p.schedules - self.hunt.runs,
            states: p.states,
            proven: self.found.is_none() && p.done && self.complete,
        }
    }

    /// The answer to [`Prover::outcomes`]'s question (final once done).
    pub fn exploration(&self) -> Exploration {
        let p = self.progress();
        Exploration {
            outcomes: self.outcomes.clone(),
            runs: p.schedules,
            pruned: self.pruned_before
                + self.hunt.pruned
                + self.dfs.as_ref().map_or(0, |d| d.pruned),
            states: p.states,
            steps: self.steps_before + self.hunt.steps + self.dfs.as_ref().map_or(0, |d| d.steps),
            complete: p.done && self.complete,
            race: self.race.clone(),
        }
    }

    /// The answer to [`Prover::reach`]'s question (final once done).
    pub fn search(&self) -> Search {
        let p = self.progress();
        Search {
            found: self.found.as_ref().map(|f| f.0.clone()),
            steps: self.found.as_ref().map_or(0, |f| f.1),
            runs: p.schedules,
            states: p.states,
            complete: self.found.is_none() && p.done && self.complete,
        }
    }

    /// Runs the search to its end.
    fn run(mut self) -> Self {
        while !self.advance(u64::MAX).done {}
        self
    }
}

/// Keeps `outcomes` sorted by outcome (a sorted vector costs the wasm module far less
/// code than a map would), with the first schedule found for each.
fn note_outcome(outcomes: &mut Vec<(Outcome, Schedule)>, m: &Machine, path: &[Choice]) {
    let out = Outcome::of(m);
    if let Err(i) = outcomes.binary_search_by(|(o, _)| o.cmp(&out)) {
        outcomes.insert(i, (out, Schedule(path.to_vec())));
    }
}

/// Every distinct outcome of the program (see the module doc for when the list is
/// complete).
pub fn explore(prog: Rc<Program>, max_steps: u64, max_runs: u64) -> Exploration {
    explore_with(prog, Budget::new(max_steps, max_runs))
}

/// [`explore`] with a full [`Budget`].
pub fn explore_with(prog: Rc<Program>, budget: Budget) -> Exploration {
    Prover::outcomes(prog, budget).run().exploration()
}

/// Searches for a run in which `target` holds after some step (checked after every
/// step, so a momentary state such as two goroutines on two lines counts): first the
/// deviation-bounded bug hunt, then the stateful search, whose `complete` with
/// nothing found proves that no schedule reaches the target. With `race`, the runs
/// are configured as a [`crate::session::Session`]'s machine is (the race detector on,
/// every shared memory access a step); without, steps are synchronisations and a
/// target is checked at their ends (memory accesses become steps only if a race is
/// found).
pub fn search(
    prog: Rc<Program>,
    max_steps: u64,
    max_runs: u64,
    race: bool,
    mut target: impl FnMut(&Machine) -> bool,
) -> Search {
    search_with(prog, Budget::new(max_steps, max_runs), race, &mut target)
}

/// [`search`] with a full [`Budget`].
pub fn search_with(
    prog: Rc<Program>,
    budget: Budget,
    race: bool,
    target: &mut dyn FnMut(&Machine) -> bool,
) -> Search {
    Prover::reach(prog, budget, race, Box::new(target))
        .run()
        .search()
}

/// Looks for a schedule that breaks `property`; with none found by a complete
/// search, the property is proven.
pub fn prove(prog: Rc<Program>, property: &Property, budget: Budget) -> Proof {
    Prover::new(prog, property.clone(), budget).run().proof()
}

/// The stateless deviation-bounded walk, one run at a time.
#[derive(Default)]
struct Hunt {
    bound: u32,
    prefix: Vec<u32>,
    seen: Seen,
    /// Some run of this bound's pass was left out because of the bound.
    bounded: bool,
    /// Every schedule has been run (the walk has nothing left).
    exhausted: bool,
    runs: u64,
    steps: u64,
    pruned: u64,
}

impl Hunt {
    fn next_machine(&mut self, prog: &Rc<Program>, max_steps: u64, grain: Grain) -> Machine {
        self.runs += 1;
        let mut m = machine(prog, max_steps, grain);
        m.chooser.policy = Policy::Explore(self.prefix.clone());
        m
    }

    /// Moves on to the next schedule after a run that made `m`'s decisions: depth
    /// first within the bound, then the next bound with an empty seen-table.
    fn after_run(&mut self, m: &Machine) {
        let (next, skipped) = next_prefix(&m.chooser.branches, self.bound);
        self.bounded |= skipped;
        match next {
            Some(p) => self.prefix = p,
            None if self.bounded => {
                self.bound += 1;
                self.bounded = false;
                self.prefix.clear();
                self.seen = Seen::default();
            }
            None => self.exhausted = true,
        }
    }
}

/// States met so far by the bug hunt: canonical hash of the machine -> the decisions
/// that first led there, kept as their hash and how many of them deviate (a whole
/// path per state made the table quadratic in a run's length).
#[derive(Default)]
struct Seen {
    index: HashMap<Value, usize>,
    paths: Vec<(u64, usize)>,
}

impl Seen {
    /// Whether `m` is a state first met along another path that had at least as
    /// much of the deviation budget left (so this run can stop).
    fn met_elsewhere(&mut self, m: &Machine) -> bool {
        use std::hash::{Hash, Hasher};
        // Keyed as a `Value::Int` in the same `HashMap<Value, usize>` as the Go-map
        // index (`value::MapObj::index`), so the wasm carries one copy of that code.
        let key = Value::Int(m.canonical_hash() as i64);
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

/// A transition out of a state: the goroutine that steps and the decisions it makes
/// on the way (select cases, map starts), which together decide the step.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Step {
    gid: u32,
    choices: Vec<Choice>,
}

/// A step out of a state, computed when the state is entered: the step, the forced
/// decisions that took it, what it touched and the machine after it.
struct Child {
    step: Step,
    prefix: Vec<u32>,
    touched: Footprint,
    m: Machine,
    /// The machine's size, estimated ([`Machine::size_estimate`]): counted in
    /// [`Dfs::held`] while the child waits on the stack.
    words: u64,
}

/// The most words the machines waiting on the depth-first stack may hold (128 MB
/// at two words a value). [`Budget::max_stack`] counts states, whose size grows with
/// the program: a thousand goroutines each waiting to step made a thousand clones of
/// a thousand-goroutine machine per state, and the search took a gigabyte before
/// that bound was met.
const MAX_HELD_WORDS: u64 = 1 << 24;

/// A state on the depth-first stack.
struct Node {
    /// Steps not to take here (with what they touch), growing as siblings are done.
    sleep: Vec<(Step, Footprint)>,
    /// The steps still to try from here, the next one last.
    children: Vec<Child>,
    /// Met again: only these steps are still to be taken.
    only: Option<Vec<Step>>,
    /// Whether some step from here led on (else this node ends a path).
    led_on: bool,
    /// How many decisions of `path` lead here.
    depth: usize,
    /// For each goroutine that has stepped on the path here, whether its last step
    /// touched only memory, sync words and a reading of the clock ([`entering_ok`]).
    entered: Vec<(u32, bool)>,
}

/// Whether frame `f` of `m` runs a function of package sync.
fn in_sync(m: &Machine, f: &crate::vm::Frame) -> bool {
    let func = &m.prog.funcs[f.func as usize];
    matches!(func.file, crate::code::FileId::Lib(i)
        if m.prog.lib_sources.get(i as usize).is_some_and(|l| l.0 == "sync"))
}

/// The sync operation goroutine `gid` of `m` is inside, named by its receiver: the
/// outermost frame of a function of package sync, when its receiver (slot 0, or the
/// heap cell slot 0 points at when the receiver was moved to the heap) is a pointer
/// to a package variable or heap object. `None` when the goroutine is in no sync
/// function, or the function has no such receiver (the functions `OnceFunc` returns).
fn sync_receiver(m: &Machine, gid: u32) -> Option<crate::value::Ref> {
    let g = m.goroutine(gid)?;
    let f = g.frames.iter().find(|f| in_sync(m, f))?;
    let func = &m.prog.funcs[f.func as usize];
    let mut v = g.stack.get(f.base as usize)?.clone();
    if func.boxed_params.contains(&0) {
        let Value::Ptr(cell) = &v else { return None };
        v = m.read_ref(cell)?;
    }
    match v {
        Value::Ptr(r) if !matches!(r.root, crate::value::Root::Local(_)) => Some((*r).clone()),
        _ => None,
    }
}

/// The heap cells of the variables of goroutine `gid`'s sync frames that were moved
/// to the heap (a receiver a method takes the address of): private to the operation.
fn sync_cells(m: &Machine, gid: u32) -> Vec<crate::value::Root> {
    let mut cells = Vec::new();
    let Some(g) = m.goroutine(gid) else {
        return cells;
    };
    for f in g.frames.iter().filter(|f| in_sync(m, f)) {
        let func = &m.prog.funcs[f.func as usize];
        let boxed = func
            .boxed_params
            .iter()
            .copied()
            .chain(func.slot_names.iter().filter(|s| s.boxed).map(|s| s.slot));
        for slot in boxed {
            if let Some(Value::Ptr(r)) = g.stack.get((f.base + slot) as usize) {
                if matches!(r.root, crate::value::Root::Heap(_)) {
                    cells.push(r.root);
                }
            }
        }
    }
    cells
}

/// What the fusion rule reads beyond the state itself, folded into the visited set's
/// key so that a state met again is expanded the same way: the goroutines inside a
/// sync operation that they entered by a step touching more than memory. Zero (the
/// key alone) when there are none, as nearly always.
fn fusion_key(m: &Machine, entered: &[(u32, bool)], ranks: &[u32]) -> u128 {
    use std::hash::{Hash, Hasher};
    let mut unclean: Vec<u32> = entered
        .iter()
        .filter(|e| !e.1 && sync_receiver(m, e.0).is_some())
        .map(|e| rename(ranks, e.0))
        .collect();
    if unclean.is_empty() {
        return 0;
    }
    unclean.sort_unstable();
    let mut a = std::collections::hash_map::DefaultHasher::new();
    let mut b = std::collections::hash_map::DefaultHasher::new();
    ("fusion", 1u8, &unclean).hash(&mut a);
    ("fusion", 2u8, &unclean).hash(&mut b);
    (u128::from(a.finish()) << 64) | u128::from(b.finish())
}

/// Whether any code of `prog` calls the native `name` or takes it as a function value
/// (natives are declared for every package loaded, called or not).
fn calls_native(prog: &Program, name: &str) -> bool {
    use crate::code::{CallKind, Op};
    let Some(k) = prog.natives.iter().position(|n| n.name == name) else {
        return false;
    };
    let k = k as u32;
    let value = k | crate::NATIVE_BIT;
    prog.funcs.iter().any(|f| {
        f.code.iter().any(|op| match op {
            Op::Call { kind, .. } | Op::Pack { kind, .. } => *kind == CallKind::Native(k),
            Op::Closure { func, .. } => *func == value,
            _ => false,
        })
    }) || prog
        .consts
        .iter()
        .any(|c| matches!(c, Value::Func(cl) if cl.func == value))
}

/// The one child to take when some goroutine other than main is about to end and
/// nothing can tell when it did: its step, taken alone, touched only the count of live
/// goroutines, which nobody reads (no `runtime.NumGoroutine` in the program) and, at
/// synchronisation grain, whether two goroutines live (read only by memory steps).
/// See the module doc ("Goroutine exits") for why no behaviour is lost.
fn lone_exit(children: &[Child], grain: Grain, alive_read: bool) -> Option<usize> {
    if children.len() < 2 {
        return None;
    }
    children.iter().position(|c| {
        c.step.gid != 1
            && c.step.choices.is_empty()
            && !c.touched.global
            && c.m
                .goroutine(c.step.gid)
                .is_some_and(|g| g.status == crate::vm::GStatus::Dead)
            && c.touched.items.iter().all(|(r, _)| match r {
                Resource::Alive => !alive_read,
                Resource::Company => grain == Grain::Sync,
                _ => false,
            })
    })
}

/// Goroutine `gid`'s number in the renaming `ranks` ([`Machine::symmetric_hash`]).
fn rename(ranks: &[u32], gid: u32) -> u32 {
    ranks
        .get((gid as usize).wrapping_sub(1))
        .map_or(gid, |r| r + 1)
}

/// The goroutine whose number in the renaming `ranks` is `n`.
fn unrename(ranks: &[u32], n: u32) -> u32 {
    ranks
        .iter()
        .position(|&r| r + 1 == n)
        .map_or(n, |i| i as u32 + 1)
}

/// Whether `r` is a part of the object `p` points at (its root, `p`'s path a prefix).
fn within(r: &Resource, p: &crate::value::Ref) -> bool {
    match r {
        Resource::Loc(x) => {
            x.root == p.root && x.path.len() >= p.path.len() && x.path[..p.path.len()] == p.path[..]
        }
        _ => false,
    }
}

/// Whether a step that brought its goroutine into a sync operation touched nothing
/// but memory (plain, atomic and sync words; in a race-free program another
/// goroutine's conflicting access is ordered after it through a synchronisation) and
/// a reading of the clock (which cannot move while that goroutine is runnable).
fn entering_ok(f: &Footprint) -> bool {
    !f.global
        && f.items.iter().all(|(r, w)| match r {
            Resource::Loc(_) | Resource::Map(_) => true,
            Resource::Clock | Resource::Company => !w,
            _ => false,
        })
}

/// The fusion rule: the one child to take from `m` instead of all of them, when some
/// goroutine g is inside an operation on a sync primitive P (its receiver), entered it
/// by a step that touched nothing else but memory ([`entering_ok`]), and its next step
/// (a) stays inside that operation, (b) touches nothing but P's words and a reading of
/// the clock, and (c) no other goroutine's next step touches P at all. See the module
/// doc for why no outcome, deadlock or race is lost.
fn fusable(m: &Machine, children: &[Child], entered: &[(u32, bool)]) -> Option<usize> {
    if children.len() < 2 {
        return None;
    }
    'candidates: for (i, c) in children.iter().enumerate() {
        let g = c.step.gid;
        if !c.step.choices.is_empty()
            || c.touched.global
            || !entered.iter().any(|e| e.0 == g && e.1)
        {
            continue;
        }
        let Some(p) = sync_receiver(m, g) else {
            continue;
        };
        if sync_receiver(&c.m, g).as_ref() != Some(&p) {
            continue;
        }
        let cells = sync_cells(m, g);
        let only_p = c.touched.items.iter().all(|(r, w)| match r {
            Resource::Loc(x) if cells.contains(&x.root) => true,
            Resource::Clock | Resource::Company => !w,
            r => within(r, &p),
        });
        if !only_p {
            continue;
        }
        let whole = Resource::Loc(p.clone());
        for o in children {
            if o.step.gid == g {
                continue;
            }
            if o.touched.global
                || o.touched
                    .items
                    .iter()
                    .any(|(r, _)| within(r, &p) || Footprint::overlaps(r, &whole))
            {
                continue 'candidates;
            }
        }
        return Some(i);
    }
    None
}

/// How many steps of the held-out goroutines' own runs [`persistent`] takes before
/// giving up.
const HELD_STEPS: usize = 48;

/// A persistent set smaller than every step: the goroutines whose steps alone are
/// taken from `m` (the others are held), or `None`. A set G of runnable goroutines
/// qualifies when every run of the other goroutines (H: the rest, blocked ones
/// included) from `m` with G held still, followed to its end within [`HELD_STEPS`]
/// steps in all, has no step that makes a select or map decision, starts a goroutine, ends
/// the program, touches shared plain memory (only the private cells of its own sync
/// frames; not needed at memory grain, where races are known already), or conflicts
/// with a next step of G. Tried first: G one goroutine, in the order of the renaming
/// `ranks` (so states equal up to a renaming of goroutines take the same set); then G
/// all runnable goroutines but one. See the module doc ("Held goroutines") for why no
/// outcome, deadlock or race is lost.
fn persistent(m: &Machine, children: &[Child], ranks: &[u32], grain: Grain) -> Option<Vec<u32>> {
    let mut gids: Vec<u32> = children.iter().map(|c| c.step.gid).collect();
    gids.sort_by_key(|&g| rename(ranks, g));
    gids.dedup();
    if gids.len() < 2 {
        return None;
    }
    let mut fails = Vec::new();
    for &g in &gids {
        if held_commute(m, children, &[g], grain, &mut fails) {
            return Some(vec![g]);
        }
    }
    if gids.len() > 2 {
        for &h in &gids {
            let g: Vec<u32> = gids.iter().copied().filter(|&x| x != h).collect();
            if held_commute(m, children, &g, grain, &mut fails) {
                return Some(g);
            }
        }
    }
    None
}

/// A run of held-out goroutines that broke [`persistent`]'s conditions, kept across
/// the candidates tried at one state: the goroutines that stepped on it, and the
/// goroutine of the held set whose next step the last one conflicted with (`None`:
/// the step broke a condition of its own, whatever is held). The same run is one of
/// the held-out runs of every candidate G that holds none of those goroutines (and,
/// for a conflict, holds that one), so G fails too: [`held_commute`] would meet the
/// run, or give up on its step bound first (the run is within that bound).
type HeldFail = (Vec<u32>, Option<u32>);

/// Whether every run of the goroutines not in `g` from `parent` (`children`: the
/// steps out of it), with those in `g` held still, meets [`persistent`]'s conditions.
/// The runs are followed depth first, a goroutine's own next step before the others'
/// (a goroutine that breaks a condition usually does so alone, within a few steps),
/// and every run that fails is added to `fails`. The answer does not depend on the
/// order: true exactly when the tree of runs has at most [`HELD_STEPS`] steps and none
/// breaks a condition.
fn held_commute(
    parent: &Machine,
    children: &[Child],
    g: &[u32],
    grain: Grain,
    fails: &mut Vec<HeldFail>,
) -> bool {
    if fails
        .iter()
        .any(|(run, by)| run.iter().all(|x| !g.contains(x)) && by.is_none_or(|b| g.contains(&b)))
    {
        return false;
    }
    let mine: Vec<(u32, &Footprint)> = children
        .iter()
        .filter(|c| g.contains(&c.step.gid))
        .map(|c| (c.step.gid, &c.touched))
        .collect();
    let goroutines = parent.goroutines.len();
    // One step of goroutine `x` (taken with the goroutines `run` stepping, `x` last)
    // to `after`, touching `f`; `Err` records why it fails.
    let check = |x: u32,
                 cells: &[crate::value::Root],
                 after: &Machine,
                 f: &Footprint,
                 choices: bool|
     -> Result<(), Option<u32>> {
        let own = !choices
            && !f.global
            && !after.is_done()
            && after.goroutines.len() == goroutines
            && (grain == Grain::Memory || {
                // Plain memory: only the cells of x's own sync frames (private to the
                // operation), so no step of a held run can be half of a race.
                let later = sync_cells(after, x);
                f.memory.iter().all(|(r, _)| {
                    matches!(r, Resource::Loc(l)
                        if cells.contains(&l.root) || later.contains(&l.root))
                })
            });
        if !own {
            return Err(None);
        }
        match mine.iter().find(|o| o.1.conflicts(f)) {
            Some(o) => Err(Some(o.0)),
            None => Ok(()),
        }
    };
    /// A state of the tree: the machine, the goroutines still to step from it (the
    /// next last), and the goroutines that stepped on the way from `parent`.
    struct Held<'m> {
        m: std::borrow::Cow<'m, Machine>,
        todo: Vec<u32>,
        run: Vec<u32>,
    }
    let runnable = |m: &Machine, first: u32| -> Vec<u32> {
        let mut r: Vec<u32> = m
            .goroutines
            .iter()
            .filter(|x| !g.contains(&x.id) && x.status == crate::vm::GStatus::Runnable)
            .map(|x| x.id)
            .collect();
        // Popped from the back: the goroutine that just stepped goes on first.
        if let Some(i) = r.iter().position(|&x| x == first) {
            let x = r.remove(i);
            r.push(x);
        }
        r
    };
    let mut stack: Vec<Held> = Vec::new();
    for c in children.iter().filter(|c| !g.contains(&c.step.gid)) {
        let x = c.step.gid;
        let cells = sync_cells(parent, x);
        if let Err(by) = check(x, &cells, &c.m, &c.touched, !c.step.choices.is_empty()) {
            fails.push((vec![x], by));
            return false;
        }
        stack.push(Held {
            todo: runnable(&c.m, x),
            m: std::borrow::Cow::Borrowed(&c.m),
            run: vec![x],
        });
    }
    // Every interleaving of the held-out goroutines, as a tree (no state hashing: it
    // cost more than it saved), up to HELD_STEPS steps in all.
    let mut steps = 0;
    while let Some(top) = stack.last_mut() {
        let Some(x) = top.todo.pop() else {
            stack.pop();
            continue;
        };
        steps += 1;
        if steps > HELD_STEPS {
            return false;
        }
        let mut run = top.run.clone();
        if !run.contains(&x) {
            run.push(x);
        }
        let cells = sync_cells(&top.m, x);
        let mut next = if top.todo.is_empty() {
            let Some(last) = stack.pop() else { break };
            last.m.into_owned()
        } else {
            top.m.as_ref().clone()
        };
        next.footprint = Some(Box::default());
        let stepped = then_step(
            &mut next,
            &Step {
                gid: x,
                choices: vec![],
            },
        );
        let f = next.footprint.take().map(|b| *b).unwrap_or_default();
        let verdict = if stepped {
            check(x, &cells, &next, &f, false)
        } else {
            Err(None)
        };
        if let Err(by) = verdict {
            fails.push((run, by));
            return false;
        }
        stack.push(Held {
            todo: runnable(&next, x),
            m: std::borrow::Cow::Owned(next),
            run,
        });
    }
    true
}

/// The race check that lets the visited set ignore the race detector's clocks: when
/// the step just taken from `top` (`child`, goroutine `step.gid`) and an earlier
/// sibling touch the same shared memory, one writing, runs the two one after the
/// other in both orders, detector on, and returns a machine that reports a race.
///
/// Why this finds a race whenever the program has one, although a state reached
/// again along another path (with other clocks) is not explored again: take a run's
/// first race, at access b, with the earlier access a. Everything that happens after
/// a and is ordered after it (happens-before) can be moved after b without changing
/// what any step reads (nothing in it conflicts with anything before b: that would be
/// an earlier race), so some reachable state has a's step and b's step both enabled,
/// touching the same memory. Every reachable state is visited, and at every visited
/// state every enabled step is tried, so that pair is met here. Whether the two are
/// ordered depends only on what happens between them (happens-before runs forward in
/// time), not on the path to the state, so the detector reports them whatever path
/// the walk took there.
fn race_between(
    parent: &Machine,
    siblings: &[Child],
    child: &Machine,
    step: &Step,
    memory: &[(Resource, bool)],
) -> Option<Machine> {
    if !child.races().is_empty() {
        return None;
    }
    for Child {
        step: other,
        prefix: other_prefix,
        touched,
        ..
    } in siblings
    {
        if other.gid == step.gid || !memory_conflicts(memory, &touched.memory) {
            continue;
        }
        // This step, then the other.
        let mut m = child.clone();
        if then_step(&mut m, other) && !m.races().is_empty() {
            return Some(m);
        }
        // The other, then this one.
        let mut m = parent.clone();
        m.chooser.policy = Policy::Explore(other_prefix.clone());
        m.chooser.branches.clear();
        m.chooser.trace.clear();
        if m.step().is_some() && then_step(&mut m, step) && !m.races().is_empty() {
            return Some(m);
        }
    }
    None
}

/// Whether two steps' plain memory accesses overlap with one of them a write.
fn memory_conflicts(a: &[(Resource, bool)], b: &[(Resource, bool)]) -> bool {
    let fa = Footprint {
        global: false,
        items: a.to_vec(),
        memory: vec![],
    };
    let fb = Footprint {
        global: false,
        items: b.to_vec(),
        memory: vec![],
    };
    fa.conflicts(&fb)
}

/// Takes `step` (its goroutine, with its select and map decisions) from `m`; false
/// when that step cannot be taken there.
fn then_step(m: &mut Machine, step: &Step) -> bool {
    if m.is_done() {
        return false;
    }
    m.chooser.policy = Policy::Explore(vec![]);
    m.chooser.forced = step
        .choices
        .iter()
        .rev()
        .copied()
        .chain(std::iter::once(Choice::Goroutine(step.gid)))
        .collect();
    let before = m.chooser.trace.len();
    let Some(ev) = m.step() else { return false };
    let choices: Vec<Choice> = m.chooser.trace[before..]
        .iter()
        .filter(|c| !matches!(c, Choice::Goroutine(_)))
        .copied()
        .collect();
    m.chooser.forced.clear();
    ev.goroutine == step.gid && choices == step.choices
}

/// The decisions to force for the next way of taking a step after one that made
/// `branches` decisions; `None` when every way has been tried.
fn next_within(branches: &[(u32, u32)]) -> Option<Vec<u32>> {
    let i = branches.iter().rposition(|(taken, n)| taken + 1 < *n)?;
    let mut p: Vec<u32> = branches[..i].iter().map(|b| b.0).collect();
    p.push(branches[i].0 + 1);
    Some(p)
}

/// What the stateful walk's caller says after each state.
enum Visit {
    Go,
    Stop,
}

/// Why [`Dfs::advance`] returned.
enum DfsStatus {
    /// The run budget of this slice is spent; call again.
    Paused,
    /// Every reachable state was visited, and no run hit a limit.
    Finished,
    /// Stopped for good: the caller said stop, a bound was reached or a run hit a
    /// limit (then the walk is not complete).
    Cut,
}

/// The stateful depth-first walk with sleep sets and a visited set (see the module
/// doc), resumable: its stack and visited set are kept between slices.
///
/// The stack keeps a machine only where a sibling step is still to be tried: a state
/// with one way on is dropped as soon as its step is taken, so long stretches where
/// one goroutine runs cost nothing. The path's decisions are kept once, in `path`,
/// not in each machine (each would otherwise hold its own copy of the whole path).
struct Dfs {
    grain: Grain,
    /// Fold the internal steps of uncontended sync operations (see [`fusable`]).
    fuse: bool,
    /// Merge states equal up to a renaming of goroutines (see the module doc).
    symmetry: bool,
    /// The program can read the number of live goroutines (`runtime.NumGoroutine`).
    alive_read: bool,
    /// The start, until the first slice visits it.
    start: Option<Machine>,
    /// Hash of a state -> the sleep set it was entered with (sorted), as in
    /// Godefroid's state matching.
    visited: HashMap<u128, Vec<Step>>,
    path: Vec<Choice>,
    stack: Vec<Node>,
    /// The words of the machines waiting on `stack`, estimated (at most
    /// [`MAX_HELD_WORDS`]: the walk stops there, not complete).
    held: u64,
    /// Some run hit a limit (steps, goroutines): the walk cannot be complete.
    limited: bool,
    runs: u64,
    pruned: u64,
    states: u64,
    steps: u64,
}

impl Dfs {
    fn new(prog: &Rc<Program>, budget: Budget, grain: Grain, fuse: bool, symmetry: bool) -> Dfs {
        let start = machine(prog, budget.max_steps, grain);
        Dfs {
            grain,
            fuse,
            symmetry: symmetry && start.symmetry_applies(),
            alive_read: calls_native(prog, "runtime.NumGoroutine"),
            start: Some(start),
            visited: HashMap::new(),
            path: Vec::new(),
            stack: Vec::new(),
            held: 0,
            limited: false,
            runs: 0,
            pruned: 0,
            states: 0,
            steps: 0,
        }
    }

    /// Every step out of `m` (each goroutine, each way of its select and map
    /// decisions), run on clones of it, with what each touched; then the race check
    /// between siblings (see [`race_between`]) and the fusion rule (see [`fusable`]).
    /// `Err` when `visit` said stop at a racy machine, or when the children would take
    /// the machines held past [`MAX_HELD_WORDS`].
    fn expand(
        &mut self,
        m: &Machine,
        depth: usize,
        entered: &[(u32, bool)],
        last: u32,
        ranks: &[u32],
        visit: &mut dyn FnMut(&Machine, &[Choice]) -> Visit,
    ) -> Result<Vec<Child>, ()> {
        let mut children: Vec<Child> = Vec::new();
        let mut held = 0;
        let mut next = Some(vec![]);
        while let Some(prefix) = next.take() {
            let mut child = m.clone();
            child.chooser.policy = Policy::Explore(prefix.clone());
            child.chooser.branches.clear();
            child.chooser.trace.clear();
            child.footprint = Some(Box::default());
            let Some(ev) = child.step() else {
                break;
            };
            self.steps += 1;
            next = next_within(&child.chooser.branches);
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
            if self.grain != Grain::Memory && !touched.memory.is_empty() {
                if let Some(racy) = race_between(m, &children, &child, &step, &touched.memory) {
                    let mut p = self.path[..depth].to_vec();
                    p.extend_from_slice(&racy.chooser.trace);
                    if let Visit::Stop = visit(&racy, &p) {
                        return Err(());
                    }
                }
            }
            let words = child.size_estimate();
            held += words;
            if self.held + held > MAX_HELD_WORDS {
                return Err(());
            }
            children.push(Child {
                step,
                prefix,
                touched,
                m: child,
                words,
            });
        }
        if self.fuse {
            if let Some(i) = lone_exit(&children, self.grain, self.alive_read) {
                let only = children.swap_remove(i);
                children = vec![only];
            } else if let Some(i) = fusable(m, &children, entered) {
                let only = children.swap_remove(i);
                children = vec![only];
            } else if let Some(g) = persistent(m, &children, ranks, self.grain) {
                children.retain(|c| g.contains(&c.step.gid));
            }
        }
        // Round-robin first: the goroutine after the one that just stepped, then the
        // next, ..., the one that just stepped last (then by the order the steps were
        // found). Any order covers the same states; this one reaches the interleavings
        // where every goroutine is part-way through (the philosophers' deadlock) in the
        // first few paths rather than after every tail of the Go-like run.
        children.sort_by_key(|c| c.step.gid.wrapping_sub(last).wrapping_sub(1));
        // Taken from the back.
        children.reverse();
        self.held += children.iter().map(|c| c.words).sum::<u64>();
        Ok(children)
    }

    /// Walks on until `max_runs` paths (of this walk) are done or the walk ends.
    /// `visit` sees every state the walk enters, the start included, with the
    /// decisions that led there; it is a `dyn` so that the wasm carries one copy of
    /// the walk.
    fn advance(
        &mut self,
        max_runs: u64,
        budget: &Budget,
        visit: &mut dyn FnMut(&Machine, &[Choice]) -> Visit,
    ) -> DfsStatus {
        if let Some(start) = self.start.take() {
            if let Visit::Stop = visit(&start, &[]) {
                return DfsStatus::Cut;
            }
            self.limited |= matches!(start.exit, Some(Exit::Limit(_)));
            if start.is_done() {
                self.runs = 1;
                return self.end();
            }
            let (hash, ranks) = start.symmetric_hash(self.symmetry);
            self.visited.insert(hash, vec![]);
            self.states = 1;
            let Ok(children) = self.expand(&start, 0, &[], 0, &ranks, visit) else {
                return DfsStatus::Cut;
            };
            self.stack.push(Node {
                sleep: vec![],
                children,
                only: None,
                led_on: false,
                depth: 0,
                entered: vec![],
            });
        }
        loop {
            let depth_now = self.stack.len() as u64;
            let Some(top) = self.stack.last_mut() else {
                return self.end();
            };
            if self.states >= budget.max_states || depth_now > budget.max_stack {
                return DfsStatus::Cut;
            }
            if self.runs >= max_runs {
                return DfsStatus::Paused;
            }
            let Some(Child {
                step,
                touched,
                m: mut child,
                words,
                ..
            }) = top.children.pop()
            else {
                if !top.led_on {
                    self.runs += 1;
                }
                self.stack.pop();
                continue;
            };
            self.held -= words;
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
            let last = step.gid;
            let mut entered = top.entered.clone();
            let clean = entering_ok(&touched);
            match entered.iter_mut().find(|e| e.0 == step.gid) {
                Some(e) => e.1 = clean,
                None => entered.push((step.gid, clean)),
            }
            top.sleep.push((step, touched));
            let depth = top.depth;
            if top.children.is_empty() {
                // No sibling left to try from here: the state is not needed any more.
                self.stack.pop();
            }
            self.path.truncate(depth);
            self.path.append(&mut child.chooser.trace);
            if let Visit::Stop = visit(&child, &self.path) {
                return DfsStatus::Cut;
            }
            if child.is_done() {
                self.limited |= matches!(child.exit, Some(Exit::Limit(_)));
                self.runs += 1;
                continue;
            }
            // The visited set speaks of goroutines by their numbers in the renaming
            // (identity without symmetry), so a state met again as a permutation of
            // one explored is compared with it goroutine for goroutine.
            let (hash, ranks) = child.symmetric_hash(self.symmetry);
            let renamed = |s: &Step| Step {
                gid: rename(&ranks, s.gid),
                choices: s.choices.clone(),
            };
            let mut keys: Vec<Step> = sleep.iter().map(|(s, _)| renamed(s)).collect();
            keys.sort();
            let hash = hash ^ fusion_key(&child, &entered, &ranks);
            let only = match self.visited.get_mut(&hash) {
                None => {
                    self.visited.insert(hash, keys);
                    self.states += 1;
                    None
                }
                Some(stored) if stored.iter().all(|s| keys.binary_search(s).is_ok()) => {
                    self.pruned += 1;
                    self.runs += 1;
                    continue;
                }
                Some(stored) => {
                    // Asleep when first met but awake now: only those remain.
                    let back = |s: &Step| Step {
                        gid: unrename(&ranks, s.gid),
                        choices: s.choices.clone(),
                    };
                    let todo: Vec<Step> = stored
                        .iter()
                        .filter(|s| keys.binary_search(s).is_err())
                        .map(back)
                        .collect();
                    stored.retain(|s| keys.binary_search(s).is_ok());
                    sleep.retain(|(s, _)| stored.binary_search(&renamed(s)).is_ok());
                    Some(todo)
                }
            };
            let depth = self.path.len();
            let Ok(children) = self.expand(&child, depth, &entered, last, &ranks, visit) else {
                return DfsStatus::Cut;
            };
            self.stack.push(Node {
                sleep,
                children,
                only,
                led_on: false,
                depth,
                entered,
            });
        }
    }

    fn end(&mut self) -> DfsStatus {
        if self.limited {
            DfsStatus::Cut
        } else {
            DfsStatus::Finished
        }
    }
}
