//! A stepping session: what a widget holds for one live block.
//!
//! A [`Session`] owns a compiled program and a [`Machine`], and adds what a reader needs
//! on top of single steps: going back and forward through the steps taken so far
//! (exactly, not approximately), replaying a schedule string, views of goroutines,
//! frames and variables rendered as Go prints them, exercise goals, and a search for a
//! schedule that reaches a goal.
//!
//! Going back works by snapshots plus replay: every [`SNAPSHOT_EVERY`] steps the
//! session keeps a clone of the machine, and each step remembers the decisions made in
//! it. Reaching step *n* clones the nearest snapshot at or before *n* and re-runs the
//! remaining steps with their recorded decisions forced, so any step of a long run is
//! at most `SNAPSHOT_EVERY` steps of work away.
//!
//! A session can also expand sync operations into the model's internal steps
//! ([`Session::set_detail`] with [`Detail::SubSteps`]): each step then says, in
//! [`StepEvent::label`], which point of Go's algorithm it reached (fast-path CAS,
//! register as waiter, park on sema, handoff, ...). Those extra stops are not
//! scheduling decisions, so a schedule and a `replay_to` step count (take it from
//! [`Session::operation_position`], e.g. for a share link) mean the same run under
//! either detail; each recorded step keeps its own detail, so going back and
//! forward stays exact when the reader switches.

use std::rc::Rc;

use crate::choose::{Choice, Chooser, Policy, Schedule};
use crate::code::{FileId, Program};
use crate::explore::{prove, search, Budget, Property};
use crate::inspect::Ledger;
use crate::types::TypeId;
use crate::vm::{EventKind, Exit, GStatus, Machine};

pub use crate::vm::Detail;

mod detail;

/// Steps between two kept snapshots of the machine.
pub const SNAPSHOT_EVERY: usize = 64;

/// Steps a replayed schedule may take before the session gives up on it.
const REPLAY_LIMIT: usize = 200_000;

pub use crate::syntax::CompileError;

/// A ready case of a select the reader may choose ([`Session::ready_cases`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadyCase {
    /// Its position in the select (what the schedule records as `c<case>`).
    pub case: u32,
    /// Its line in the reader's code (0 for a select inside the library).
    pub line: u32,
    /// Its communication's byte range in the reader's code, to quote it.
    pub span: Option<(u32, u32)>,
}

/// One step as the reader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepEvent {
    /// 0-based: the first step taken is step 0.
    pub index: usize,
    pub goroutine: u32,
    pub kind: EventKind,
    /// Line in the reader's code (0 when none applies, e.g. the program's end).
    pub line: u32,
    pub text: String,
    /// Goroutines this step made runnable again (a receiver handed a value, a waiter
    /// woken by Unlock or Done, a sleeper whose time came).
    pub woke: Vec<u32>,
    /// With [`Detail::SubSteps`]: the model's name for what this step did inside a
    /// sync operation (`fast-path CAS`, `register as waiter`, `handoff`, ...).
    pub label: Option<String>,
    /// True when the step stopped inside a sync operation (at a sub-step): the same
    /// goroutine must take the next step, which is no scheduling decision.
    pub substep: bool,
    /// A memory step's variable and the value it read or wrote (`text` says
    /// `read c.n`; this adds `0`).
    pub memory: Option<crate::vm::MemoryAccess>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GStatusView {
    /// The goroutine that ran the last step and can go on.
    Running,
    Runnable,
    Blocked,
    Done,
}

/// A variable and its value, rendered as `fmt`'s `%v` would print it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VarView {
    pub name: String,
    pub type_name: String,
    pub value: String,
}

/// One call frame in the reader's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameView {
    /// Go's name for the function: `main.main`, `main.worker`, `main.main.func1`.
    pub function: String,
    pub line: u32,
    pub locals: Vec<VarView>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoroutineView {
    pub id: u32,
    pub status: GStatusView,
    /// Go's wait reason while blocked: `chan receive`, `sleep`, `sync.Mutex.Lock`, ...
    pub wait_reason: Option<String>,
    /// The line it is on in the reader's code (0 before it has started or when done).
    pub line: u32,
    /// The innermost function of the reader's code it is in.
    pub function: String,
    /// Frames in the reader's code, innermost first.
    pub frames: Vec<FrameView>,
    /// The goroutine whose `go` statement started it.
    pub created_by: Option<u32>,
    /// The line of the function it started with (where it stands before it runs).
    pub start_line: u32,
}

/// How the program ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finish {
    /// The exit status of the compiled Go program; `None` when one of our limits
    /// stopped the run.
    pub exit_code: Option<i32>,
    /// The first line of what Go prints on stderr (`panic: boom`, `fatal error: ...`),
    /// or our limit's message; empty for a normal exit.
    pub message: String,
}

/// An exercise goal, defined with the other live-block options in `syncscope-schema`
/// (which has no dependencies of its own); what each goal means for a machine is
/// [`goal_holds`].
pub use syncscope_schema::Goal;

/// What a search for a goal found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindResult {
    /// A schedule that reaches the goal from the start, if one was found.
    pub schedule: Option<String>,
    /// The step (counted from the start) at which that schedule reaches the goal:
    /// give both to [`Session::replay_to`].
    pub steps: usize,
    pub runs: u64,
    /// True when every schedule within the bounds was tried.
    pub complete: bool,
    /// Why the search could not be made, when it could not.
    pub note: Option<String>,
}

/// What one recorded step needs to be re-run exactly.
#[derive(Clone, Debug)]
struct StepRecord {
    event: StepEvent,
    /// The goroutine the reader picked, or `None` when the scheduler picked.
    manual: Option<u32>,
    /// The decisions recorded during the step (without the reader's own pick).
    choices: Vec<Choice>,
    /// Whether the reader's pick went into the schedule (only a pick among several
    /// runnable goroutines is a decision).
    picked: bool,
    /// The detail the step was taken with (a redo must cut it the same way).
    detail: Detail,
    /// Who holds each lock after the step (shared with the step before when the
    /// step moved no lock).
    locks: Rc<Ledger>,
}

/// A live block's program, its current state and its history.
#[derive(Clone, Debug)]
pub struct Session {
    prog: Rc<Program>,
    seed: u64,
    machine: Machine,
    /// Every step taken, including steps undone by `back` (the redo list).
    records: Vec<StepRecord>,
    /// How many of `records` the current machine has taken.
    position: usize,
    /// Machine states at steps 0, SNAPSHOT_EVERY, 2*SNAPSHOT_EVERY, ... kept without
    /// their decision trace (which grows with the run: copying it into every snapshot
    /// made a session's memory grow with the square of its length); the trace is
    /// rebuilt from `records` when a snapshot is restored.
    snapshots: Vec<Machine>,
    /// How finely new steps cut sync operations.
    detail: Detail,
    /// Who holds each lock at the start, and whether the program has locks to watch
    /// (it imports sync).
    start_locks: Rc<Ledger>,
    watch_locks: bool,
}

impl Session {
    /// Compiles `src` and prepares a machine at its first step. The seed drives the
    /// Go-like scheduler's random decisions (select among ready cases, map order).
    pub fn new(src: &str, seed: u64) -> Result<Session, Vec<CompileError>> {
        let prog = crate::compile(src).map_err(|e| vec![e])?;
        let mut machine = Machine::new(prog.clone(), Chooser::new(Policy::GoLike, seed));
        // Races are found in every session; they are reported beside the output
        // (not in it), so the output stays what `go run` prints. Reads and writes of
        // shared memory are steps, so a reader can interleave them by hand.
        machine.enable_race_detector(false);
        machine.memory_steps = true;
        let watch_locks = (0..prog.types.len() as TypeId)
            .any(|t| prog.types.named(t).is_some_and(|n| &*n.pkg == "sync"));
        let start_locks = Rc::new(Ledger::default().after_step(&machine, 0));
        machine.limits.max_goroutines = crate::vm::Limits::PAGE_GOROUTINES;
        Ok(Session {
            start_locks,
            watch_locks,
            prog,
            seed,
            snapshots: vec![machine.clone()],
            machine,
            records: vec![],
            position: 0,
            detail: Detail::Operations,
        })
    }

    /// Sets how finely the steps taken from now on cut sync operations: one step per
    /// scheduling point of the model ([`Detail::Operations`], the default) or also
    /// one per labelled internal point ([`Detail::SubSteps`]). Steps already taken
    /// keep their own detail, so back, forward and goto stay exact; a schedule
    /// string means the same run under either detail (sub-steps are not decisions).
    pub fn set_detail(&mut self, detail: Detail) {
        self.detail = detail;
        self.machine.detail = detail;
    }

    /// Makes [`Detail::SubSteps`] also stop after each interface operation in the
    /// reader's code (a conversion, an assertion, a type switch case, a call through
    /// an interface: see `vm::iface_steps`), as a block with the memory panel shows
    /// them. It applies to the whole session, so it starts the session again.
    pub fn set_interface_steps(&mut self, on: bool) {
        for m in &mut self.snapshots {
            m.iface_steps = on;
        }
        self.records.clear();
        self.snapshots.truncate(1);
        self.reset();
    }

    pub fn detail(&self) -> Detail {
        self.detail
    }

    /// The steps up to the current one that ended at a scheduling point (every step
    /// but sub-step stops): the count [`Session::replay_to`] and
    /// [`FindResult::steps`] use, whatever the detail.
    pub fn operation_position(&self) -> usize {
        self.records[..self.position]
            .iter()
            .filter(|r| !r.event.substep)
            .count()
    }

    /// The goroutine stopped inside a sync operation, which must take the next step.
    pub fn held(&self) -> Option<u32> {
        self.machine.held()
    }

    pub fn source(&self) -> &str {
        &self.prog.source
    }

    /// The machine at the current step (read-only: change it through the session).
    pub fn machine(&self) -> &Machine {
        &self.machine
    }

    pub fn position(&self) -> usize {
        self.position
    }

    /// Steps taken so far plus the steps `forward` can redo.
    pub fn recorded_len(&self) -> usize {
        self.records.len()
    }

    /// Every recorded step, including those `forward` can redo.
    pub fn recorded_events(&self) -> Vec<StepEvent> {
        self.records.iter().map(|r| r.event.clone()).collect()
    }

    /// The steps up to the current one.
    pub fn events(&self) -> Vec<StepEvent> {
        self.records[..self.position]
            .iter()
            .map(|r| r.event.clone())
            .collect()
    }

    /// Forgets the steps after the current one: the reader has taken another path.
    fn branch(&mut self) {
        self.records.truncate(self.position);
        self.snapshots.truncate(self.position / SNAPSHOT_EVERY + 1);
    }

    /// The goroutines blocked now (to tell which ones a step wakes).
    fn blocked_now(&self) -> Vec<u32> {
        self.machine
            .goroutines
            .iter()
            .filter(|g| matches!(g.status, GStatus::Blocked(_)))
            .map(|g| g.id)
            .collect()
    }

    fn after_step(
        &mut self,
        manual: Option<u32>,
        trace_before: usize,
        blocked_before: Vec<u32>,
        ev: crate::vm::Event,
    ) -> StepEvent {
        let trace = &self.machine.chooser.trace;
        // The reader's pick is in the trace only when it was a real choice.
        let picked = manual.is_some()
            && matches!(trace.get(trace_before), Some(Choice::Goroutine(g)) if Some(*g) == manual);
        let skip = usize::from(picked);
        let choices = trace
            .get(trace_before + skip..)
            .map(|c| c.to_vec())
            .unwrap_or_default();
        let woke = blocked_before
            .iter()
            .copied()
            .filter(|g| {
                self.machine
                    .goroutine(*g)
                    .is_some_and(|x| x.status == GStatus::Runnable)
            })
            .collect();
        let memory = if ev.kind == EventKind::Memory {
            self.machine.last_access.clone()
        } else {
            None
        };
        let event = StepEvent {
            index: self.position,
            goroutine: ev.goroutine,
            kind: ev.kind,
            line: ev.line,
            text: ev.text,
            woke,
            label: self.machine.step_label.clone(),
            substep: self.machine.held().is_some(),
            memory,
        };
        let before = self.locks_at(self.position);
        let locks = if self.watch_locks {
            let after = before.after_step(&self.machine, ev.goroutine);
            if after == *before {
                before
            } else {
                Rc::new(after)
            }
        } else {
            before
        };
        self.records.push(StepRecord {
            event: event.clone(),
            manual,
            choices,
            picked,
            detail: self.machine.detail,
            locks,
        });
        self.position += 1;
        if self.position.is_multiple_of(SNAPSHOT_EVERY) {
            self.push_snapshot();
        }
        event
    }

    /// Runs one step with the scheduler's pick; `None` once the program has ended.
    pub fn step(&mut self) -> Option<StepEvent> {
        if self.machine.is_done() {
            return None;
        }
        self.branch();
        let before = self.machine.chooser.trace.len();
        let blocked = self.blocked_now();
        let ev = self.machine.step()?;
        Some(self.after_step(None, before, blocked, ev))
    }

    /// Runs one step of goroutine `gid`; fails with the reason when it cannot run.
    pub fn step_goroutine(&mut self, gid: u32) -> Result<StepEvent, String> {
        if self.machine.is_done() {
            return Err("the program has ended".into());
        }
        // Check before branching, so that a refused pick keeps the redo list.
        if let Some(why) = self.machine.why_not_runnable(gid) {
            return Err(why);
        }
        if self.machine.held() == Some(gid) {
            // Finishing a sync operation stopped at a sub-step is no decision.
            return self.step().ok_or_else(|| "the program has ended".into());
        }
        self.branch();
        let before = self.machine.chooser.trace.len();
        let blocked = self.blocked_now();
        let ev = self.machine.step_goroutine(gid)?;
        Ok(self.after_step(Some(gid), before, blocked, ev))
    }

    /// The select cases the reader may choose from when goroutine `gid` runs next: empty
    /// unless its next step reaches a `select` with two or more ready cases (Go would
    /// pick one at random). Found by taking that step on a copy of the machine, since
    /// which cases are ready depends on the code the step runs before the select.
    pub fn ready_cases(&self, gid: u32) -> Vec<ReadyCase> {
        let Some((probe, idx, ready)) = self.probe_select(gid) else {
            return vec![];
        };
        let file = probe
            .goroutine(gid)
            .and_then(|g| g.frames.last())
            .and_then(|f| self.prog.funcs.get(f.func as usize))
            .map(|f| f.file);
        let Some(select) = self.prog.selects.get(idx as usize) else {
            return vec![];
        };
        let user = file == Some(FileId::User);
        ready
            .into_iter()
            .filter_map(|case| {
                let c = select.cases.get(case as usize)?;
                Some(ReadyCase {
                    case,
                    line: if user {
                        self.prog.line_of(FileId::User, c.span)
                    } else {
                        0
                    },
                    span: user.then_some((c.span.lo, c.span.hi)),
                })
            })
            .collect()
    }

    /// Goroutine `gid`'s next step taken on a copy of the machine, when it ran a select
    /// with several ready cases: the copy, the select's index and the ready cases.
    fn probe_select(&self, gid: u32) -> Option<(Machine, u32, Vec<u32>)> {
        // Most programs have no select at all: then no copy of the machine is made.
        if self.prog.selects.is_empty()
            || self.machine.is_done()
            || self.machine.why_not_runnable(gid).is_some()
        {
            return None;
        }
        let mut probe = self.machine.clone();
        probe.chooser.trace.clear();
        probe.step_goroutine(gid).ok()?;
        let (idx, ready) = probe.last_select.take()?;
        Some((probe, idx, ready))
    }

    /// Runs one step of goroutine `gid` whose select takes case `case` (one of
    /// [`Session::ready_cases`]): the reader's choice of the case Go would pick at
    /// random. The choice is recorded (`c1` in the schedule), so undo, redo and share
    /// links keep it.
    pub fn step_goroutine_case(&mut self, gid: u32, case: u32) -> Result<StepEvent, String> {
        let Some((probe, _, ready)) = self.probe_select(gid) else {
            return Err("its next step runs no select with a choice of cases".into());
        };
        if !ready.contains(&case) {
            return Err(format!("case {case} of that select is not ready"));
        }
        // The step's other decisions (a map's start, made before the select) stay what
        // the probe drew, which is what the seeded scheduler draws again.
        let choices: Vec<Choice> = probe
            .chooser
            .trace
            .iter()
            .filter(|c| !matches!(c, Choice::Goroutine(_)))
            .map(|c| match c {
                Choice::Case(_) => Choice::Case(case),
                other => *other,
            })
            .collect();
        self.machine.chooser.force(&choices);
        let result = self.step_goroutine(gid);
        self.machine.chooser.forced.clear();
        result
    }

    /// Re-runs recorded step `i` on the current machine (which must be at step `i`).
    fn redo(&mut self, i: usize) {
        let rec = &self.records[i];
        self.machine.chooser.force(&rec.choices);
        self.machine.detail = rec.detail;
        let manual = rec.manual;
        match manual {
            Some(g) => {
                let _ = self.machine.step_goroutine(g);
            }
            None => {
                let _ = self.machine.step();
            }
        }
        self.machine.chooser.forced.clear();
        self.machine.detail = self.detail;
        self.position = i + 1;
        if self.position.is_multiple_of(SNAPSHOT_EVERY)
            && self.snapshots.len() == self.position / SNAPSHOT_EVERY
        {
            self.push_snapshot();
        }
    }

    /// Keeps the machine at the current step (a multiple of `SNAPSHOT_EVERY`) as a
    /// snapshot, without its decision trace.
    fn push_snapshot(&mut self) {
        let trace = std::mem::take(&mut self.machine.chooser.trace);
        self.snapshots.push(self.machine.clone());
        self.machine.chooser.trace = trace;
    }

    /// The decision trace a machine has after `at` recorded steps: a prefix of the
    /// current trace when going back, extended by the recorded steps' decisions when
    /// going forward.
    fn trace_at(&self, at: usize) -> Vec<Choice> {
        let mut trace = self.machine.chooser.trace.clone();
        if at <= self.position {
            let len: usize = self.records[at..self.position]
                .iter()
                .map(|r| r.choices.len() + usize::from(r.picked))
                .sum();
            trace.truncate(trace.len().saturating_sub(len));
        } else {
            for r in &self.records[self.position..at] {
                if let (true, Some(g)) = (r.picked, r.manual) {
                    trace.push(Choice::Goroutine(g));
                }
                trace.extend_from_slice(&r.choices);
            }
        }
        trace
    }

    /// Moves to step `n` (0 = the start) of the recorded steps; `n` beyond them stops
    /// at the last one.
    pub fn goto(&mut self, n: usize) {
        let n = n.min(self.records.len());
        if n == self.position {
            return;
        }
        if n < self.position || n - self.position > SNAPSHOT_EVERY {
            let k = (n / SNAPSHOT_EVERY).min(self.snapshots.len() - 1);
            if n < self.position || k * SNAPSHOT_EVERY > self.position {
                let at = k * SNAPSHOT_EVERY;
                let trace = self.trace_at(at);
                self.machine = self.snapshots[k].clone();
                self.machine.chooser.trace = trace;
                self.machine.detail = self.detail;
                self.position = at;
            }
        }
        while self.position < n {
            self.redo(self.position);
        }
    }

    /// Undoes one step; false at the start.
    pub fn back(&mut self) -> bool {
        if self.position == 0 {
            return false;
        }
        self.goto(self.position - 1);
        true
    }

    /// Redoes a step undone by [`Session::back`]; false when there is none.
    pub fn forward(&mut self) -> bool {
        if self.position >= self.records.len() {
            return false;
        }
        self.redo(self.position);
        true
    }

    /// Back to the start, forgetting every step.
    pub fn reset(&mut self) {
        self.machine = self.snapshots[0].clone();
        self.machine.detail = self.detail;
        self.position = 0;
        self.branch();
    }

    /// Takes up to `max_steps` scheduler-picked steps; returns how many were taken.
    pub fn run(&mut self, max_steps: usize) -> usize {
        let mut n = 0;
        while n < max_steps && self.step().is_some() {
            n += 1;
        }
        n
    }

    /// Resets, then follows `schedule` (as [`Session::schedule`] writes it) until its
    /// decisions are used up. The reader goes on from there.
    pub fn replay(&mut self, schedule: &str) -> Result<(), String> {
        let wanted: Schedule = schedule.parse()?;
        self.reset();
        let mut steps = 0;
        while self.machine.chooser.trace.len() < wanted.0.len() && !self.machine.is_done() {
            let at = self.machine.chooser.trace.len();
            // A goroutine pick is made by the reader's hand (step_goroutine) when the
            // schedule names one and the goroutine can run; select cases and map starts
            // inside the step are forced.
            self.machine.chooser.force(&wanted.0[at..]);
            let before = self.machine.chooser.trace.len();
            let blocked = self.blocked_now();
            let ev = self.machine.step();
            self.machine.chooser.forced.clear();
            let Some(ev) = ev else { break };
            self.after_step(None, before, blocked, ev);
            steps += 1;
            if steps > REPLAY_LIMIT {
                return Err(format!(
                    "the schedule did not finish within {REPLAY_LIMIT} steps"
                ));
            }
        }
        let got = &self.machine.chooser.trace;
        let n = wanted.0.len().min(got.len());
        if let Some(i) = (0..n).find(|&i| got[i] != wanted.0[i]) {
            return Err(format!(
                "the schedule does not fit this program: decision {} should be {} but was {}",
                i + 1,
                wanted.0[i],
                got[i]
            ));
        }
        if got.len() < wanted.0.len() {
            return Err(format!(
                "the program ended after {} of the schedule's {} decisions",
                got.len(),
                wanted.0.len()
            ));
        }
        Ok(())
    }

    /// [`Session::replay`], then steps on (with the scheduler's picks) until step
    /// `steps` or the program's end: what a share link or a found goal reopens.
    /// Steps are counted as [`Session::operation_position`] counts them, so the same
    /// state is reached with sub-steps on or off.
    pub fn replay_to(&mut self, schedule: &str, steps: usize) -> Result<(), String> {
        self.replay(schedule)?;
        let mut done = self.operation_position();
        while done < steps {
            match self.step() {
                Some(ev) => done += usize::from(!ev.substep),
                None => break,
            }
        }
        // Finish an operation the replay stopped inside of.
        while self.machine.held().is_some() && self.step().is_some() {}
        Ok(())
    }

    /// The decisions of the steps so far, as a replayable schedule string.
    pub fn schedule(&self) -> String {
        self.machine.chooser.schedule().to_string()
    }

    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.machine.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.machine.stderr).into_owned()
    }

    /// Virtual nanoseconds since the program started.
    pub fn clock_ns(&self) -> i64 {
        self.machine.clock
    }

    pub fn finished(&self) -> Option<Finish> {
        let exit = self.machine.exit.as_ref()?;
        let first = String::from_utf8_lossy(&self.machine.stderr)
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        Some(match exit {
            Exit::Code(c) => Finish {
                exit_code: Some(*c),
                message: first,
            },
            Exit::Limit(msg) => Finish {
                exit_code: None,
                message: msg.clone(),
            },
        })
    }

    /// Every goroutine, in id order.
    pub fn goroutines(&self) -> Vec<GoroutineView> {
        let m = &self.machine;
        m.goroutines
            .iter()
            .filter(|g| m.scratch_id() != Some(g.id))
            .map(|g| {
                let (status, wait_reason) = match &g.status {
                    GStatus::Runnable if m.current == Some(g.id) && !m.is_done() => {
                        (GStatusView::Running, None)
                    }
                    GStatus::Runnable => (GStatusView::Runnable, None),
                    GStatus::Blocked(r) => (GStatusView::Blocked, Some(r.clone())),
                    GStatus::Dead => (GStatusView::Done, None),
                };
                let frames = self.frames(g.id);
                let (line, function) = match frames.first() {
                    Some(f) => (f.line, f.function.clone()),
                    None => (
                        0,
                        m.prog
                            .funcs
                            .get(g.start_func as usize)
                            .map(|f| {
                                let fm = if g.start_method_value { "-fm" } else { "" };
                                format!("{}{fm}", f.name)
                            })
                            .unwrap_or_default(),
                    ),
                };
                let start_line = m
                    .prog
                    .funcs
                    .get(g.start_func as usize)
                    .filter(|f| f.file == FileId::User)
                    .map(|f| m.prog.line_of(f.file, f.span))
                    .unwrap_or(0);
                GoroutineView {
                    id: g.id,
                    status,
                    wait_reason,
                    line,
                    function,
                    frames,
                    created_by: g.created_by,
                    start_line,
                }
            })
            .collect()
    }

    /// The frames of goroutine `gid` that run the reader's code, innermost first.
    fn frames(&self, gid: u32) -> Vec<FrameView> {
        let m = &self.machine;
        user_frames(m, gid)
            .into_iter()
            .map(|(function, line, vars)| FrameView {
                function,
                line,
                locals: vars
                    .into_iter()
                    .map(|(name, ty, value)| VarView {
                        name,
                        type_name: m.prog.types.name(ty),
                        value: m.value_text(ty, &value),
                    })
                    .collect(),
            })
            .collect()
    }

    /// Every local of type `reflect.Value` in the live goroutines' frames (goroutine
    /// id, variable name), decoded word by word for a memory view: type, data and
    /// Go's flag bits (see [`crate::inspect::reflect_value`]).
    pub fn reflect_values(&self) -> Vec<(u32, String, crate::inspect::ReflectValueView)> {
        let m = &self.machine;
        let mut out = vec![];
        for g in &m.goroutines {
            for (_, _, vars) in user_frames(m, g.id) {
                for (name, ty, value) in vars {
                    if let Some(view) = crate::inspect::reflect_value(m, ty, &value) {
                        out.push((g.id, name, view));
                    }
                }
            }
        }
        out
    }

    /// Interface values as Go lays them out, for the memory panel (see
    /// [`crate::inspect::memory`]): the variables named in `names`, looked up in
    /// goroutine `gid`'s frames from the innermost out and then among the package
    /// variables, in the order given; with no names, every local of its innermost
    /// frame in the reader's code. Names not in scope are left out.
    pub fn memory(&self, gid: u32, names: &[String]) -> crate::inspect::memory::MemoryView {
        let m = &self.machine;
        let frames = user_frames(&self.machine, gid);
        let globals = m
            .prog
            .globals
            .iter()
            .zip(&m.globals)
            .filter(|(g, _)| g.user)
            .map(|(g, v)| (g.name.clone(), g.ty, v.clone()))
            .collect::<Vec<_>>();
        let vars: Vec<_> = if names.is_empty() {
            frames.into_iter().next().map(|f| f.2).unwrap_or_default()
        } else {
            // The innermost frame first; within a frame the latest declaration (the
            // one that shadows the others).
            names
                .iter()
                .filter_map(|n| {
                    frames
                        .iter()
                        .find_map(|f| f.2.iter().rev().find(|v| &v.0 == n))
                        .or_else(|| globals.iter().find(|v| &v.0 == n))
                        .cloned()
                })
                .collect()
        };
        crate::inspect::memory::memory(m, &vars)
    }

    /// The data races found so far (each pair of sites once), in Go's words.
    pub fn races(&self) -> Vec<crate::vm::race::RaceReport> {
        self.machine.races().to_vec()
    }

    /// Go's `-race` report for race `i` of [`Session::races`].
    pub fn race_text(&self, i: usize) -> Option<String> {
        let m = &self.machine;
        let race = m.race.as_ref()?;
        let r = race.reports.get(i)?;
        Some(crate::vm::race::report_text(r, &race.created, &|g| {
            m.goroutine(g).is_some_and(|x| x.status != GStatus::Dead)
        }))
    }

    /// Every channel and sync primitive the program can reach now, with its fields
    /// and waiting goroutines (see [`crate::inspect`]).
    /// Each lock's view says who holds it, as recorded at the step that took it.
    pub fn primitives(&self) -> Vec<crate::inspect::PrimitiveView> {
        crate::inspect::primitives_with(&self.machine, Some(&self.locks_at(self.position)))
    }

    /// Who holds each lock after `at` recorded steps.
    fn locks_at(&self, at: usize) -> Rc<Ledger> {
        match at.checked_sub(1).and_then(|i| self.records.get(i)) {
            Some(r) => r.locks.clone(),
            None => self.start_locks.clone(),
        }
    }

    /// The reader's package variables.
    pub fn globals(&self) -> Vec<VarView> {
        let m = &self.machine;
        m.prog
            .globals
            .iter()
            .zip(&m.globals)
            .filter(|(g, _)| g.user)
            .map(|(g, v)| VarView {
                name: g.name.clone(),
                type_name: m.prog.types.name(g.ty),
                value: m.value_text(g.ty, v),
            })
            .collect()
    }

    /// Whether the current state reaches `goal`.
    pub fn goal_reached(&self, goal: &Goal) -> bool {
        goal_holds(&self.machine, goal)
    }

    /// Searches the program's schedules (from the start) for one that reaches `goal`,
    /// trying at most `max_runs` runs of at most 10,000 steps each.
    pub fn find(&self, goal: &Goal, max_runs: u64) -> FindResult {
        let s = search(self.prog.clone(), 10_000, max_runs, true, |m| {
            goal_holds(m, goal)
        });
        FindResult {
            schedule: s.found.map(|s| s.to_string()),
            steps: s.steps as usize,
            runs: s.runs,
            complete: s.complete,
            note: None,
        }
    }

    /// Proves a property goal (`never-deadlock`, `never-race`, `always-output=...`) of
    /// every schedule of the program with the explorer's complete search; `None` for
    /// a goal that is not a property. A counterexample comes with a schedule this
    /// session replays (`replay_to(schedule, steps)`). For a search run in slices (a
    /// worker), use [`property_of`] and [`crate::explore::Prover`] directly.
    pub fn prove(&self, goal: &Goal, budget: Budget) -> Option<ProveResult> {
        let property = property_of(goal)?;
        let proof = prove(self.prog.clone(), &property, budget);
        Some(match proof.counterexample {
            None if proof.proven => ProveResult::Proven {
                runs: proof.runs,
                states: proof.states,
            },
            None => ProveResult::NotComplete { runs: proof.runs },
            Some(schedule) if proof.memory_steps => ProveResult::Counterexample {
                schedule: schedule.to_string(),
                steps: proof.steps as usize,
                runs: proof.runs,
            },
            Some(_) => {
                // Found with steps at synchronisations only: find the same kind of
                // run again with a session's steps, so the reader can replay it.
                let again = search(
                    self.prog.clone(),
                    budget.max_steps,
                    budget.max_runs,
                    true,
                    |m| breaks(m, &property),
                );
                match again.found {
                    Some(schedule) => ProveResult::Counterexample {
                        schedule: schedule.to_string(),
                        steps: again.steps as usize,
                        runs: proof.runs + again.runs,
                    },
                    None => ProveResult::NotComplete { runs: proof.runs },
                }
            }
        })
    }

    /// The seed the session's scheduler was made with.
    pub fn seed(&self) -> u64 {
        self.seed
    }
}

/// A frame that runs the reader's code: its function's name, its current line and
/// its declared locals (name, type, value).
type UserFrame = (String, u32, Vec<(String, TypeId, crate::value::Value)>);

/// The frames of goroutine `gid` that run the reader's code, innermost first.
fn user_frames(m: &Machine, gid: u32) -> Vec<UserFrame> {
    let Some(g) = m.goroutine(gid) else {
        return vec![];
    };
    if g.status == GStatus::Dead {
        return vec![];
    }
    let mut out = vec![];
    for f in g.frames.iter().rev() {
        let Some(func) = m.prog.funcs.get(f.func as usize) else {
            continue;
        };
        if func.file != FileId::User || func.name == "runtime.main" {
            continue;
        }
        let pc = f.pc.saturating_sub(1) as usize;
        let span = func.spans.get(pc).copied().unwrap_or(func.span);
        let line = m.prog.line_of(func.file, span);
        let mut locals = vec![];
        for s in &func.slot_names {
            if s.decl > span.lo {
                continue;
            }
            let Some(raw) = g.stack.get((f.base + s.slot) as usize) else {
                continue;
            };
            let value = if s.boxed {
                match raw {
                    crate::value::Value::Ptr(r) => match m.read_ref(r) {
                        Some(v) => v,
                        None => continue,
                    },
                    // Not declared yet: its cell does not exist.
                    _ => continue,
                }
            } else {
                raw.clone()
            };
            locals.push((s.name.clone(), s.ty, value));
        }
        out.push((func.name.clone(), line, locals));
    }
    out
}

/// What [`Session::prove`] established.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProveResult {
    /// Every schedule keeps the property: the search covered every behaviour.
    Proven { runs: u64, states: u64 },
    /// This schedule breaks it, at this step (give both to [`Session::replay_to`]).
    Counterexample {
        schedule: String,
        steps: usize,
        runs: u64,
    },
    /// No counterexample in `runs` runs, but the search was cut short: not a proof.
    NotComplete { runs: u64 },
}

/// The explorer's property for a property goal (see [`Goal::is_property`]).
pub fn property_of(goal: &Goal) -> Option<Property> {
    Some(match goal {
        Goal::NeverDeadlock => Property::NeverDeadlock,
        Goal::NeverRace => Property::NeverRace,
        Goal::AlwaysOutput(text) => Property::AlwaysOutput(text.as_bytes().to_vec()),
        _ => return None,
    })
}

/// Whether machine `m` breaks `property` (as the explorer decides it): the target of a
/// search that finds a counterexample again at a session's grain.
pub fn breaks(m: &Machine, property: &Property) -> bool {
    match property {
        Property::NeverDeadlock => goal_holds(m, &Goal::Deadlock),
        Property::NeverRace => !m.races().is_empty(),
        Property::AlwaysOutput(text) => {
            m.is_done() && (m.stdout != *text || m.exit != Some(Exit::Code(0)))
        }
    }
}

/// Whether machine `m` has reached `goal` (see [`Goal`] for each meaning).
pub fn goal_holds(m: &Machine, goal: &Goal) -> bool {
    let first_err = || {
        String::from_utf8_lossy(&m.stderr)
            .lines()
            .next()
            .unwrap_or("")
            .to_string()
    };
    match goal {
        Goal::Output(text) => m.is_done() && m.stdout == text.as_bytes(),
        Goal::Deadlock => {
            m.is_done() && first_err() == "fatal error: all goroutines are asleep - deadlock!"
        }
        Goal::Panic(msg) => {
            let line = first_err();
            m.is_done()
                && (line == format!("panic: {msg}")
                    || line.starts_with(&format!("panic: {msg} ["))
                    || line == *msg)
        }
        Goal::Var { name, value } => {
            m.is_done()
                && m.prog
                    .globals
                    .iter()
                    .zip(&m.globals)
                    .any(|(g, v)| g.user && g.name == *name && m.value_text(g.ty, v) == *value)
        }
        Goal::Together([a, b]) => {
            let lines: Vec<u32> = m
                .goroutines
                .iter()
                .filter(|g| g.status != GStatus::Dead)
                .map(|g| m.position(g.id).0)
                .collect();
            if a == b {
                lines.iter().filter(|l| *l == a).count() >= 2
            } else {
                lines.contains(a) && lines.contains(b)
            }
        }
        Goal::Race => !m.races().is_empty(),
        // A property of every schedule holds in no single state: see `Session::prove`.
        Goal::NeverDeadlock | Goal::NeverRace | Goal::AlwaysOutput(_) => false,
        // main returned (status 0, or 66 when the race detector reported) and some other
        // goroutine is parked for good: nothing can wake it once the program is over.
        // A sleeper is not counted: its timer would have woken it.
        Goal::Leak => {
            matches!(m.exit, Some(Exit::Code(0 | 66)))
                && m.goroutines.iter().any(|g| {
                    g.id != 1
                        && m.scratch_id() != Some(g.id)
                        && matches!(&g.status, GStatus::Blocked(why) if why != "sleep")
                })
        }
    }
}
