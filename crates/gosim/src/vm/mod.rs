//! The machine: goroutines, heap, channels, timers and the interpreter loop.
//!
//! A [`Machine`] is one plain value. [`Machine::step`] lets one goroutine run until it
//! has carried out its next scheduling operation (a channel operation, a `go`, a sync
//! or time operation, or its exit), then returns an [`Event`] describing it. Which
//! goroutine runs, which ready select case fires and where map iteration starts are all
//! decided by the [`crate::choose::Chooser`], so a run is fully determined by the program
//! and the chooser's decisions.

mod canon;
mod chan;
mod exec;
mod fmtbridge;
pub mod footprint;
pub mod fuse;
mod gc;
mod goexit;
mod hostmem;
mod iface_steps;
pub mod itab;
mod natives;
mod ops;
pub mod race;
pub mod render;

use crate::queue::Deque;
use std::rc::Rc;

use crate::choose::{Choice, Chooser};
use crate::code::Program;
use crate::syntax::Span;
use crate::value::{Heap, PendingCall, Ref, Value};
use crate::vecmap::VecMap;

/// Go's wall clock at the start of every run: 2009-11-10 23:00:00 UTC, as on the Go
/// playground. The virtual clock counts nanoseconds from here.
pub const EPOCH_UNIX_NS: i64 = 1_257_894_000_000_000_000;

/// Seconds from January 1 of year 1 to the Unix epoch: the origin of `time.Time`.
const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum GStatus {
    Runnable,
    /// Parked; the reason is Go's wait reason (`chan receive`, `sleep`, ...).
    Blocked(String),
    Dead,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Frame {
    pub func: u32,
    pub pc: u32,
    /// Index of slot 0 in the goroutine's stack.
    pub base: u32,
    pub defers: Vec<PendingCall>,
    /// This frame runs a deferred call (recover() works here while panicking).
    pub is_deferred: bool,
    /// Results of a call are dropped (a `go`/deferred call's results are discarded).
    pub discard_results: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PanicState {
    pub value: Value,
    pub recovered: bool,
    /// Go-style text of a runtime error (`runtime error: ...`), if it is one.
    pub runtime_error: bool,
    /// Earlier panics this one replaced while they were unwinding, oldest first, each
    /// with whether it had been recovered (Go prints those with ` [recovered]`).
    pub earlier: Vec<(Value, bool)>,
    /// The goroutine's frame count while the deferred call this panic started is on
    /// top (0 before the first): only that call may recover it, and only its return
    /// goes on unwinding (a deferred call run by a normal return inside it does not).
    pub frame: u32,
    /// This is `runtime.Goexit` unwinding the goroutine, not a panic: recover sees
    /// nothing, and the goroutine ends when no deferred call is left.
    pub goexit: bool,
    /// The panic or Goexit that was running the deferred call in which this one
    /// started: if this one is recovered while that call is still on the stack, the
    /// outer one goes on once the call returns (see `vm::goexit`).
    pub outer: Option<Box<PanicState>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Goroutine {
    pub id: u32,
    /// How many times its id is in the run queue (kept by `runq_push` and
    /// `runq_remove`), so that taking it off the queue costs nothing when it is not
    /// there: a scan of a 100,000-entry queue per step made long chains quadratic.
    pub(crate) queued: u32,
    pub status: GStatus,
    pub frames: Vec<Frame>,
    pub stack: Vec<Value>,
    pub panic: Option<PanicState>,
    /// Distinguishes this blocking episode from earlier ones (stale queue entries).
    pub ticket: u64,
    /// A panic to raise as soon as it runs again (a sender woken by `close`).
    pub pending_panic: Option<String>,
    /// Where `go` started it (for tracebacks: `created by main.main`).
    pub created_by: Option<u32>,
    /// The function it was started with.
    pub start_func: u32,
    /// It was started on a method value (`f := s.run; go f()`): before it runs, Go
    /// names it by the method's `-fm` wrapper, `main.(*S).run-fm`.
    pub start_method_value: bool,
    /// The function whose `go` statement started it (Go's `created by NAME`).
    pub created_in: u32,
    /// State of a sync operation that parked mid-way (resumed by re-running the op).
    pub resume: Option<Value>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TimerKind {
    /// Wake a sleeping goroutine.
    Wake { gid: u32, ticket: u64 },
    /// Send the time on a channel (`time.After`, timers, tickers); `period` re-arms.
    Send { chan: u32, period: i64, id: u64 },
    /// Start `func` in a goroutine of its own (`time.AfterFunc`). `armed` is the
    /// arming goroutine's vector clock when the race detector is on: Go's runtime
    /// orders the arming (its `racerelease` on the timer) before the function.
    Func {
        func: Value,
        id: u64,
        armed: Option<race::VClock>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Timer {
    pub when: i64,
    pub seq: u64,
    /// The virtual instant it was first armed (a ticker keeps its first arming's):
    /// timers due together that were armed at the same instant fire in one pass.
    pub origin: i64,
    pub kind: TimerKind,
}

/// Limits that stop a runaway program with a clear message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Limits {
    pub max_steps: u64,
    pub max_instructions: u64,
    pub max_goroutines: u32,
    pub max_heap_words: u64,
    pub max_frames: u32,
    /// Instructions one goroutine may run in one step before it is preempted.
    pub slice: u32,
    /// Instructions a goroutine may run in one turn (from being switched in until it
    /// blocks or yields, across as many steps as its sync operations cut it into)
    /// before the Go-like scheduler puts it at the back of the run queue, as Go's
    /// sysmon preempts a goroutine that has run for 10ms. Without it a goroutine
    /// polling an atomic or a `select` with `default` keeps the one modelled P forever.
    pub quantum: u64,
}

/// The virtual time a full [`Limits::quantum`] of work stands for.
const QUANTUM_NS: i64 = 1_000_000;

/// The work a step stands for beyond its instructions: each ends at a sync operation
/// (a channel, lock or atomic operation), which costs Go tens of nanoseconds where an
/// instruction costs about one, so a goroutine polling an atomic moves the clock too.
const STEP_WORK: u64 = 100;

impl Limits {
    /// The goroutine limit in the page (a session keeps snapshots of the whole
    /// machine, so it stays ten times lower than the command line's default).
    pub const PAGE_GOROUTINES: u32 = 10_000;
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_steps: 1_000_000,
            max_instructions: 2_000_000_000,
            max_goroutines: 200_000,
            max_heap_words: 64 << 20,
            max_frames: 100_000,
            slice: 20_000,
            quantum: 1_000_000,
        }
    }
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Exit {
    /// `main` returned (status 0) or the program died (status 2), as Go's binary exits.
    Code(i32),
    /// A limit of ours stopped it (not something Go would do).
    Limit(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    Send,
    Recv,
    Close,
    Select,
    Go,
    Block,
    Sleep,
    Sync,
    Exit,
    Preempt,
    Wake,
    Panic,
    /// Output written by `fmt.Print*` (a scheduling point, so the order of output
    /// from different goroutines can be chosen).
    Print,
    /// A read or write of shared memory (with [`Machine::memory_steps`]).
    Memory,
    ProgramEnd,
}

impl EventKind {
    /// The kind's name (`Send`, `Block`, `ProgramEnd`), for a step without a text
    /// of its own.
    pub fn name(self) -> &'static str {
        match self {
            EventKind::Send => "Send",
            EventKind::Recv => "Recv",
            EventKind::Close => "Close",
            EventKind::Select => "Select",
            EventKind::Go => "Go",
            EventKind::Block => "Block",
            EventKind::Sleep => "Sleep",
            EventKind::Sync => "Sync",
            EventKind::Exit => "Exit",
            EventKind::Preempt => "Preempt",
            EventKind::Wake => "Wake",
            EventKind::Panic => "Panic",
            EventKind::Print => "Print",
            EventKind::Memory => "Memory",
            EventKind::ProgramEnd => "ProgramEnd",
        }
    }
}

/// A memory step's access (with [`Machine::memory_steps`]): which variable, and the
/// value it read or wrote, as `%v` prints it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MemoryAccess {
    pub write: bool,
    /// Go's expression for the location: `counter`, `c.n`, `grid[2]`; empty when no
    /// variable the reader named holds it (an element reached through a slice).
    pub variable: String,
    /// The value read, or the value written, when the location has a type the
    /// view can print (not for a map entry).
    pub value: Option<String>,
}

/// What one step did.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Event {
    pub goroutine: u32,
    pub kind: EventKind,
    /// Line in prog.go (0 when none applies).
    pub line: u32,
    pub span: Span,
    pub text: String,
}

impl Event {
    /// The step that ends the program, at no position: `goroutine` 0 when the machine
    /// itself ends it (a limit, a deadlock).
    pub(crate) fn program_end(goroutine: u32, text: impl Into<String>) -> Event {
        Event {
            goroutine,
            kind: EventKind::ProgramEnd,
            line: 0,
            span: Span::default(),
            text: text.into(),
        }
    }
}

/// How finely a step cuts the sync library's operations (defined with the live-block
/// options in `syncscope-schema`, since a block says which detail it opens at).
pub use syncscope_schema::Detail;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SemaWaiter {
    pub gid: u32,
    pub ticket: u64,
    /// For a `sync.Cond` waiter (a notifyList queue): its notify ticket.
    pub cond_ticket: u32,
}

#[derive(Clone, Debug)]
pub struct Machine {
    pub prog: Rc<Program>,
    pub goroutines: Vec<Goroutine>,
    pub heap: Heap,
    pub globals: Vec<Value>,
    /// Virtual nanoseconds since [`EPOCH_UNIX_NS`].
    pub clock: i64,
    pub timers: Vec<Timer>,
    pub next_seq: u64,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub exit: Option<Exit>,
    /// The goroutine that ran last (Go keeps running it until it blocks).
    pub current: Option<u32>,
    /// Go's `runnext`: a goroutine just made ready runs next.
    pub runnext: Option<u32>,
    pub runq: Deque<u32>,
    /// How many goroutines have status `Runnable` (kept at every status change), so
    /// that a step need not count them: with 100,000 goroutines a count per step made
    /// a run quadratic in their number.
    pub(crate) nrunnable: u32,
    pub chooser: Chooser,
    /// Runtime semaphore queues keyed by the address of the counter.
    pub sema: VecMap<Ref, Deque<SemaWaiter>>,
    pub steps: u64,
    pub instructions: u64,
    pub limits: Limits,
    natives: Rc<[natives::NativeFn]>,
    /// The scratch goroutine running a String/Error method for fmt, if any.
    pub(crate) scratch: Option<u32>,
    /// How many String/Error methods fmt is running inside one another (each on its
    /// own scratch goroutine, each a Rust call deeper): bounded by
    /// [`render::MAX_METHOD_NESTING`] so that a method that prints its own receiver
    /// cannot overflow the host's stack.
    pub(crate) scratch_depth: u32,
    /// The data race detector, when enabled (see [`race`]).
    pub race: Option<Box<race::RaceState>>,
    /// Print each race as `go run -race` does, and exit with status 66 at the end.
    pub race_print: bool,
    /// Make every read or write of shared memory by the reader's code its own step
    /// while two or more goroutines are alive (`x++` is then a read step and a write
    /// step, so an update can be lost by scheduling).
    pub memory_steps: bool,
    /// The memory access that ends the current step, once its instruction is done.
    pub(crate) pending_access: Option<String>,
    /// What the last step's memory access touched (set with `pending_access`, cleared
    /// when a step starts): read by the session for [`crate::session::StepEvent`].
    pub last_access: Option<MemoryAccess>,
    /// How finely steps cut sync operations (see [`Detail`]).
    pub detail: Detail,
    /// A goroutine stopped at a sub-step and the time slice it has left: the next
    /// step continues it without a scheduling decision.
    pub hold: Option<(u32, u32)>,
    /// With [`Detail::SubSteps`]: the label the sync library gave the operation it is
    /// about to do (taken by that operation when it ends the step).
    pub(crate) pending_label: Option<String>,
    /// The sub-step label of the step just taken, if it had one.
    pub step_label: Option<String>,
    /// The select the step just taken ran when several of its cases were ready: its
    /// index in `prog.selects` and the ready case positions (cleared when a step
    /// starts). The session's look-ahead ([`crate::session::Session::ready_cases`])
    /// reads it to offer the reader the choice.
    pub last_select: Option<(u32, Vec<u32>)>,
    /// `runtime.GOMAXPROCS`: how many Ps the model pretends to have. It decides only
    /// whether a contended Mutex may spin (go-facts.md section 1); goroutines still
    /// run one at a time. 0 until the program sets it (the machine's setting, which
    /// only a real machine knows: `runtime.GOMAXPROCS` refuses to show it), which the
    /// model treats as 1, so nothing spins unless a program asks.
    pub gomaxprocs: u32,
    /// How many times the program has called runtime.GC: a sync.Pool empties into its
    /// victim cache at each (the engine's own paced collections leave pools alone, as a
    /// small Go program's heap rarely triggers one).
    pub gc_calls: u32,
    /// The itab cache, filled by assertions and type switches to non-empty interfaces
    /// (see [`itab`]; not part of the state's identity).
    pub itabs: itab::ItabCache,
    /// The state of the generator behind math/rand's top-level functions (Go seeds
    /// them at random, so any sequence is Go's): a splitmix64 counter that starts at
    /// the same value in every run and lives in the machine, so going back, a replayed
    /// schedule or a share link draws the same numbers again.
    pub rand: u64,
    /// With [`Detail::SubSteps`]: also stop after each interface operation in the
    /// reader's code (see [`iface_steps`]); set for blocks that show the memory
    /// panel, before their first step. Configuration, like `detail`.
    pub iface_steps: bool,
    /// While the explorer asks (`Some`), what the current step touches (see
    /// [`footprint`]); not part of the state (neither compared nor hashed).
    pub footprint: Option<Box<footprint::Footprint>>,
    /// The goroutine whose turn it is (0 for none) and the instruction count when
    /// the turn began (see [`Limits::quantum`]); like `instructions`, not part of
    /// the state.
    pub turn: (u32, u64),
    /// The work (see [`Machine::work`]) up to which the clock has been charged for
    /// what ran while timers wait (see [`Machine::charge_cpu_time`]); not part of
    /// the state itself, but what is still owed is ([`Machine::clock_debt`]).
    pub charged: u64,
    /// The running step moved the clock by reading it (see [`Machine::read_clock`]):
    /// timers that brought due fire when the step ends. Not part of the state (reset
    /// every step).
    pub clock_read: bool,
    /// How the program watches the clock (see [`Machine::read_clock`]); its part in
    /// the state is [`Machine::clock_watch`].
    pub watch: ClockWatch,
}

/// A program's reads of a clock that stands still: how many in a row found it where
/// the last one left it, the instant that read returned, and the work done by then.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClockWatch {
    reads: u32,
    at: i64,
    work: u64,
}

/// Reads in a row of a clock that stands still after which a program is taken to be
/// spinning until it moves (see [`Machine::read_clock`]).
const SPIN_READS: u32 = 1000;

/// The least a read moves a watched clock by: about what Go spends on `time.Now` and
/// a loop's test around it.
const SPIN_READ_NS: i64 = 50;

impl PartialEq for Machine {
    fn eq(&self, o: &Machine) -> bool {
        self.goroutines == o.goroutines
            && self.heap == o.heap
            && self.globals == o.globals
            && self.clock == o.clock
            && self.timers == o.timers
            && self.stdout == o.stdout
            && self.exit == o.exit
            && self.runq == o.runq
            && self.runnext == o.runnext
            && self.sema == o.sema
            && self.race == o.race
            && self.memory_steps == o.memory_steps
            && self.hold == o.hold
            && self.gomaxprocs == o.gomaxprocs
            && self.gc_calls == o.gc_calls
            && self.rand == o.rand
            && self.clock_debt() == o.clock_debt()
            && self.clock_watch() == o.clock_watch()
    }
}

impl std::hash::Hash for Machine {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.goroutines.hash(h);
        self.heap.hash(h);
        self.globals.hash(h);
        self.clock.hash(h);
        self.timers.hash(h);
        self.stdout.hash(h);
        self.exit.hash(h);
        self.sema.hash(h);
        self.race.hash(h);
        self.hold.hash(h);
        self.gomaxprocs.hash(h);
        self.gc_calls.hash(h);
        self.rand.hash(h);
        self.clock_debt().hash(h);
        self.clock_watch().hash(h);
    }
}

impl Machine {
    pub fn new(prog: Rc<Program>, chooser: Chooser) -> Machine {
        let globals = prog
            .globals
            .iter()
            .map(|g| crate::value::zero_value(&prog.types, g.ty))
            .collect();
        let natives = natives::resolve(&prog);
        let mut m = Machine {
            prog: prog.clone(),
            goroutines: vec![],
            heap: Heap::default(),
            globals,
            clock: 0,
            timers: vec![],
            next_seq: 1,
            stdout: vec![],
            stderr: vec![],
            exit: None,
            current: None,
            runnext: None,
            runq: Deque::default(),
            nrunnable: 0,
            chooser,
            sema: VecMap::new(),
            steps: 0,
            instructions: 0,
            limits: Limits::default(),
            natives,
            scratch: None,
            scratch_depth: 0,
            race: None,
            race_print: false,
            memory_steps: false,
            pending_access: None,
            last_access: None,
            detail: Detail::Operations,
            hold: None,
            pending_label: None,
            step_label: None,
            last_select: None,
            gomaxprocs: 0,
            gc_calls: 0,
            turn: (0, 0),
            charged: 0,
            clock_read: false,
            watch: ClockWatch::default(),
            itabs: itab::ItabCache::at_startup(&prog.types, &prog.static_itabs),
            rand: 0x2009_1110_2300_0000,
            iface_steps: false,
            footprint: None,
        };
        let entry = prog.entry;
        m.spawn(entry, vec![], None);
        m.current = Some(1);
        m.runq.clear();
        m.goroutines[0].queued = 0;
        m.runnext = None;
        m
    }

    /// Starts a goroutine running `func` with `args` (for a closure, the captured
    /// cells are placed by the call sequence).
    /// `created_by`: the goroutine and the function whose `go` statement started it.
    fn spawn(&mut self, func: u32, args: Vec<Value>, created_by: Option<(u32, u32)>) -> u32 {
        let id = self.goroutines.len() as u32 + 1;
        let mut g = Goroutine {
            id,
            status: GStatus::Runnable,
            frames: vec![],
            stack: vec![],
            panic: None,
            ticket: 0,
            pending_panic: None,
            created_by: created_by.map(|(g, _)| g),
            start_func: func,
            start_method_value: false,
            queued: 0,
            created_in: created_by.map_or(0, |(_, f)| f),
            resume: None,
        };
        g.stack.extend(args);
        self.goroutines.push(g);
        self.nrunnable += 1;
        id
    }

    pub fn goroutine(&self, id: u32) -> Option<&Goroutine> {
        self.goroutines.get(id.wrapping_sub(1) as usize)
    }

    fn g(&mut self, id: u32) -> &mut Goroutine {
        &mut self.goroutines[id as usize - 1]
    }

    pub fn is_done(&self) -> bool {
        self.exit.is_some()
    }

    /// Goroutines that can run now, in id order.
    pub fn runnable(&self) -> Vec<u32> {
        self.goroutines
            .iter()
            .filter(|g| g.status == GStatus::Runnable)
            .map(|g| g.id)
            .collect()
    }

    /// Marks a parked goroutine runnable (Go's `ready`: it goes to `runnext`).
    pub(crate) fn ready(&mut self, gid: u32) {
        let g = self.g(gid);
        if g.status == GStatus::Dead {
            return;
        }
        let was_runnable = g.status == GStatus::Runnable;
        g.status = GStatus::Runnable;
        g.ticket += 1;
        if !was_runnable {
            self.nrunnable += 1;
        }
        if let Some(prev) = self.runnext.replace(gid) {
            if prev != gid {
                self.runq_push(prev);
            }
        }
    }

    /// The running goroutine gives up the rest of its turn, as Go's `Gosched` and
    /// `goyield` do: it stays runnable but goes to the back of the run queue, so that
    /// the Go-like order runs `runnext` (a goroutine just readied, such as the waiter a
    /// starving Mutex hands itself to) and everyone queued before it first.
    pub(crate) fn yield_turn(&mut self, gid: u32) {
        if self.current == Some(gid) {
            self.current = None;
        }
        if self.runnext == Some(gid) {
            self.runnext = None;
        }
        self.runq_remove(gid);
        self.runq_push(gid);
    }

    /// Parks the goroutine with a wait reason; returns the ticket of this episode.
    pub(crate) fn park(&mut self, gid: u32, reason: &str) -> u64 {
        let g = self.g(gid);
        g.ticket += 1;
        let was_runnable = g.status == GStatus::Runnable;
        g.status = GStatus::Blocked(reason.to_string());
        if was_runnable {
            self.nrunnable -= 1;
        }
        if self.current == Some(gid) {
            self.current = None;
        }
        self.g(gid).ticket
    }

    /// Picks the goroutine to run next under the chooser's policy; advances the virtual
    /// clock when every goroutine is blocked and a timer is pending.
    fn pick(&mut self) -> Option<u32> {
        loop {
            if self.nrunnable > 0 && self.chooser.takes_first() {
                if let Some(gid) = self.pick_first() {
                    return Some(gid);
                }
            }
            let runnable = self.runnable();
            if !runnable.is_empty() {
                // The Go-like default order: the current goroutine, then runnext, then
                // the run queue, then anything else runnable in id order.
                // Membership goes through binary search in `runnable` (in id order) and
                // a flag per runnable goroutine: with thousands of runnable goroutines
                // (a program that starts 10,000), `Vec::contains` here made every step
                // quadratic in their number. (Not hash sets: no hash-table code for
                // `u32` in the widget's wasm.)
                let is_runnable = |g: &u32| runnable.binary_search(g).ok();
                let mut placed = vec![false; runnable.len()];
                let mut order: Vec<u32> = Vec::with_capacity(runnable.len());
                let candidates = self.current.iter().chain(&self.runnext).chain(&self.runq);
                for g in candidates.chain(&runnable) {
                    if let Some(i) = is_runnable(g) {
                        if !std::mem::replace(&mut placed[i], true) {
                            order.push(*g);
                        }
                    }
                }
                let gid = self.chooser.choose_goroutine(&order);
                if self.runnext == Some(gid) {
                    self.runnext = None;
                }
                self.runq_remove(gid);
                if let Some(c) = self.current {
                    if c != gid && is_runnable(&c).is_some() && !self.runq.contains(&c) {
                        self.runq_push(c);
                    }
                }
                self.current = Some(gid);
                return Some(gid);
            }
            if !self.fire_timers() {
                return None;
            }
        }
    }

    /// Puts `gid` at the back of the run queue.
    pub(crate) fn runq_push(&mut self, gid: u32) {
        self.runq.push_back(gid);
        if let Some(g) = self.goroutines.get_mut(gid as usize - 1) {
            g.queued += 1;
        }
    }

    /// Takes every entry of `gid` off the run queue (no scan when it has none).
    pub(crate) fn runq_remove(&mut self, gid: u32) {
        let slot = (gid as usize).wrapping_sub(1);
        if self.goroutines.get(slot).is_some_and(|g| g.queued == 0) {
            return;
        }
        self.runq.retain(|q| *q != gid);
        if let Some(g) = self.goroutines.get_mut(slot) {
            g.queued = 0;
        }
    }

    /// [`Machine::pick`] for a chooser that takes the Go-like first choice: the
    /// first runnable of the current goroutine, `runnext` and the run queue, found
    /// without listing every runnable goroutine, so a step costs the same with ten
    /// goroutines or 100,000. `None` (nothing changed) when the first runnable
    /// goroutine is in none of them, for the full search.
    fn pick_first(&mut self) -> Option<u32> {
        let runnable = |m: &Machine, g: u32| {
            m.goroutine(g)
                .is_some_and(|x| x.status == GStatus::Runnable)
        };
        let gid = if let Some(c) = self.current.filter(|&c| runnable(self, c)) {
            c
        } else if let Some(n) = self.runnext.filter(|&n| runnable(self, n)) {
            n
        } else {
            // Entries that are no longer runnable stay queued (the full search skips
            // them too); the first runnable one is taken.
            *self.runq.iter().find(|&&q| runnable(self, q))?
        };
        if self.nrunnable > 1 {
            self.chooser.record_first(gid);
        }
        if self.runnext == Some(gid) {
            self.runnext = None;
        }
        if self.runq.front() == Some(&gid) {
            self.runq.pop_front();
            self.g(gid).queued -= 1;
        } else {
            self.runq_remove(gid);
        }
        if let Some(c) = self.current {
            if c != gid && runnable(self, c) && self.g(c).queued == 0 {
                self.runq_push(c);
            }
        }
        self.current = Some(gid);
        Some(gid)
    }

    /// Advances the clock to the earliest timer and fires the timers due then, in the
    /// order they were armed, until one makes a goroutine runnable: the rest wait until
    /// every goroutine is blocked again. Two timers due at the same virtual instant but
    /// armed at different ones stand for two that real Go fires apart (the one armed
    /// later started later, after more wake-up latency: ten 10 ms sleeps end after one
    /// 100 ms sleep begun with them), so the goroutine the first one wakes runs before
    /// the second fires. Timers armed at the same instant for the same delay are
    /// microseconds apart in Go, closer than its timer wake-up, so its runtime runs them
    /// in one pass, each wake-up taking `runnext` from the one before: the goroutine the
    /// last one wakes runs first, then the others in firing order (two goroutines that
    /// each sleep a second and send: the one that slept last is received first). A
    /// ticker keeps the place of its first arming: its period does not drift.
    /// Returns false when there is no timer.
    fn fire_timers(&mut self) -> bool {
        let Some(when) = self.timers.iter().map(|t| t.when).min() else {
            return false;
        };
        if when > self.clock {
            self.clock = when;
        }
        self.charged = self.work();
        self.fire_due_timers();
        true
    }

    /// Fires the timers due by now, as [`Machine::fire_timers`] does, until one makes
    /// one more goroutine runnable than there was: the first due (by time, then arming
    /// order) together with every other due then that was armed at the same instant.
    fn fire_due_timers(&mut self) {
        self.touch_everything();
        let before = self.nrunnable;
        while self.nrunnable == before {
            let Some(i) = (0..self.timers.len())
                .filter(|&i| self.timers[i].when <= self.clock)
                .min_by_key(|&i| (self.timers[i].when, self.timers[i].seq))
            else {
                break;
            };
            let (when, origin) = (self.timers[i].when, self.timers[i].origin);
            let t = self.timers.remove(i);
            self.fire_timer(t);
            while let Some(j) = (0..self.timers.len())
                .filter(|&j| self.timers[j].when == when && self.timers[j].origin == origin)
                .min_by_key(|&j| self.timers[j].seq)
            {
                let t = self.timers.remove(j);
                self.fire_timer(t);
            }
        }
    }

    /// Carries out one timer that has come due: wakes its sleeper, sends the time on
    /// its channel (re-arming a ticker) or starts its function.
    fn fire_timer(&mut self, t: Timer) {
        match t.kind {
            TimerKind::Wake { gid, ticket } => {
                if self
                    .goroutine(gid)
                    .is_some_and(|g| g.ticket == ticket && matches!(g.status, GStatus::Blocked(_)))
                {
                    self.ready(gid);
                }
            }
            TimerKind::Func { func, armed, .. } => self.start_timer_func(func, armed),
            TimerKind::Send { chan, period, id } => {
                let now = self.time_value();
                self.chan_try_send_nonblocking(chan, now);
                if period > 0 {
                    self.timers.push(Timer {
                        when: t.when + period,
                        seq: t.seq,
                        origin: t.origin,
                        kind: TimerKind::Send { chan, period, id },
                    });
                }
            }
        }
    }

    /// A `time.Time` value for the current virtual instant: seconds and nanoseconds
    /// since January 1 of year 1, the monotonic reading, the Local flag and the mark of a
    /// clock reading (see `library/go/time.go`).
    pub(crate) fn time_value(&self) -> Value {
        let unix = EPOCH_UNIX_NS + self.clock;
        Value::Agg(
            vec![
                Value::Int(UNIX_TO_INTERNAL + unix.div_euclid(1_000_000_000)),
                Value::Int(unix.rem_euclid(1_000_000_000)),
                Value::Int(self.clock + 1),
                // In Local, as Go's Now is (no other zone).
                Value::Int(1),
                Value::Nil,
                // Read from the clock: what shows its date is refused (time.go).
                Value::Int(1),
            ]
            .into_boxed_slice(),
        )
    }

    /// A func timer fired: its function starts in a new goroutine, as Go's `goFunc`
    /// does (no `created by` line: the timer, not a goroutine, started it).
    fn start_timer_func(&mut self, func: Value, armed: Option<race::VClock>) {
        if self.goroutines.len() as u32 >= self.limits.max_goroutines {
            return;
        }
        let Value::Func(c) = &func else {
            return;
        };
        let call = Value::Call(Rc::new(PendingCall {
            callee: crate::value::Callee::Closure(c.clone()),
            args: vec![],
        }));
        let id = self.spawn(c.func, vec![call], None);
        if let (Some(race), Some(clock)) = (self.race.as_mut(), armed) {
            race.on_timer_go(id, &clock);
        }
        if let Some(prev) = self.runnext.replace(id) {
            self.runq_push(prev);
        }
    }

    /// Runs one step: picks a goroutine and runs it to its next scheduling operation.
    /// Returns `None` when the program has already ended.
    pub fn step(&mut self) -> Option<Event> {
        if self.exit.is_some() {
            return None;
        }
        self.steps += 1;
        if self.steps > self.limits.max_steps {
            return Some(self.stop_limit(format!(
                "stopped: the program ran more than {} steps (the step limit)",
                self.limits.max_steps
            )));
        }
        self.step_label = None;
        self.last_access = None;
        self.last_select = None;
        // A goroutine stopped at a sub-step goes on: that stop was no scheduling point.
        let held = self.hold.map(|(g, _)| g).filter(|g| {
            self.goroutine(*g)
                .is_some_and(|x| x.status == GStatus::Runnable)
        });
        let gid = match held {
            Some(g) => g,
            None => {
                self.hold = None;
                let Some(gid) = self.pick() else {
                    return Some(self.deadlock());
                };
                gid
            }
        };
        if self.turn.0 != gid {
            self.turn = (gid, self.instructions);
        }
        let ev = self.run(gid);
        self.charge_cpu_time();
        self.end_turn_if_due(gid);
        self.pending_label = None;
        self.declare_deadlock_if_asleep();
        self.gc_if_due();
        Some(ev)
    }

    /// Ends `gid`'s turn when it blocked or yielded, and preempts it when it has
    /// run for [`Limits::quantum`] instructions while another goroutine waits to
    /// run (never in the middle of a sub-step): it goes to the back of the run
    /// queue, as a goroutine Go's sysmon preempts goes to the global queue.
    fn end_turn_if_due(&mut self, gid: u32) {
        let running = self.current == Some(gid)
            && self
                .goroutine(gid)
                .is_some_and(|g| g.status == GStatus::Runnable);
        if !running {
            self.turn = (0, 0);
        } else if self.hold.is_none()
            && self.nrunnable > 1
            && self.instructions - self.turn.1 >= self.limits.quantum
        {
            self.yield_turn(gid);
            self.turn = (0, 0);
        }
    }

    /// What the program has done so far, in instructions (see [`STEP_WORK`]).
    fn work(&self) -> u64 {
        self.instructions + self.steps * STEP_WORK
    }

    /// The work done since the clock was last charged: with a timer pending, what
    /// moves the clock next (see [`Machine::charge_cpu_time`]); 0 after a step
    /// with none. Part of the state (compared and hashed): it decides when a
    /// sleeper wakes.
    pub(crate) fn clock_debt(&self) -> u64 {
        self.work().saturating_sub(self.charged)
    }

    /// Go's clock runs while goroutines compute; here it otherwise stands still
    /// until every goroutine blocks, so a goroutine polling a flag that a sleeper
    /// will set (spinning, or yielding with `Gosched`) would wait forever. While a
    /// timer is pending, each [`Limits::quantum`] of work moves the clock by
    /// [`QUANTUM_NS`] (about what Go spends on as much) and fires what came due,
    /// so the sleeper wakes as in Go. It runs after every step, and most steps have
    /// no timer pending: that case is one test and one store, inlined into
    /// [`Machine::step`], the rest out of line.
    #[inline]
    fn charge_cpu_time(&mut self) {
        if self.timers.is_empty() {
            // Work done with nothing waiting on the clock is not owed to it later.
            self.charged = self.work();
            self.clock_read = false;
        } else {
            self.charge_timers_pending();
        }
    }

    /// [`Machine::charge_cpu_time`] with a timer pending.
    #[inline(never)]
    fn charge_timers_pending(&mut self) {
        let work = self.work();
        let read = std::mem::take(&mut self.clock_read);
        if self.hold.is_some() {
            return;
        }
        if work - self.charged >= self.limits.quantum {
            self.charged = work;
            self.clock += QUANTUM_NS;
            self.fire_due_timers();
        } else if read && self.timers.iter().any(|t| t.when <= self.clock) {
            self.fire_due_timers();
        }
    }

    /// The clock as a program reads it (`time.Now`, `time.Since`).
    ///
    /// The clock moves when goroutines sleep, and with work while a timer waits
    /// ([`Machine::charge_cpu_time`]); otherwise two reads see the same instant, as
    /// with Go's fake clock (the playground's, which the corpus's expected outputs come
    /// from). A goroutine spinning until `time.Since(start)` passes a bound, with
    /// nothing asleep, would then read the same instant forever, where with Go's real
    /// clock the loop ends. So after [`SPIN_READS`] reads in a row that found the
    /// clock where the last one left it, each read moves it by the work done since
    /// the previous one (at the timers' rate, about a nanosecond an instruction), at
    /// least [`SPIN_READ_NS`]; timers that brings due fire when the step ends.
    pub(crate) fn read_clock(&mut self) -> i64 {
        let work = self.work();
        if self.watch.at != self.clock {
            self.watch.reads = 0;
        }
        if self.watch.reads >= SPIN_READS {
            let spent = work.saturating_sub(self.watch.work);
            let ns =
                u128::from(spent) * QUANTUM_NS as u128 / u128::from(self.limits.quantum.max(1));
            let ns = i64::try_from(ns).unwrap_or(i64::MAX).max(SPIN_READ_NS);
            self.clock = self.clock.saturating_add(ns);
            self.clock_read = true;
        } else {
            self.watch.reads += 1;
        }
        self.watch.at = self.clock;
        self.watch.work = work;
        self.clock
    }

    /// The part of [`Machine::watch`] that decides what later reads return, for
    /// comparing and hashing states: the reads in a row of a clock standing still and,
    /// once the next read moves it, the work done since the last one.
    pub(crate) fn clock_watch(&self) -> (u32, u64) {
        let reads = if self.watch.at == self.clock {
            self.watch.reads
        } else {
            0
        };
        let spent = if reads >= SPIN_READS {
            self.work().saturating_sub(self.watch.work)
        } else {
            0
        };
        (reads, spent)
    }

    /// Ends the run with Go's deadlock error as soon as the step just taken left every
    /// goroutine asleep for good: none runnable and no timer that could wake one (a
    /// channel timer could; a sleeper's timer whose goroutine has since been woken
    /// and parked again could not). Waiting for the next step to find out would show
    /// a finished program as still running for one more click.
    fn declare_deadlock_if_asleep(&mut self) {
        if self.exit.is_some()
            || self
                .goroutines
                .iter()
                .any(|g| g.status == GStatus::Runnable)
        {
            return;
        }
        let wakes_someone = |t: &Timer| match t.kind {
            TimerKind::Wake { gid, ticket } => self
                .goroutine(gid)
                .is_some_and(|g| g.ticket == ticket && matches!(g.status, GStatus::Blocked(_))),
            // A channel timer can wake a receiver; a func timer starts a goroutine.
            TimerKind::Send { .. } | TimerKind::Func { .. } => true,
        };
        if !self.timers.iter().any(wakes_someone) {
            self.deadlock();
        }
    }

    /// The goroutine stopped at a sub-step, which must be the next to run.
    pub fn held(&self) -> Option<u32> {
        self.hold.map(|(g, _)| g)
    }

    /// Like [`Machine::step`] but runs the named goroutine (manual scheduling). Fails
    /// with the reason when it cannot run.
    pub fn step_goroutine(&mut self, gid: u32) -> Result<Event, String> {
        if let Some(why) = self.why_not_runnable(gid) {
            return Err(why);
        }
        if self.held() == Some(gid) {
            return self.step().ok_or_else(|| "the program has ended".into());
        }
        self.hold = None;
        self.step_label = None;
        self.last_access = None;
        self.last_select = None;
        self.steps += 1;
        // Only a real choice goes in the schedule: with one runnable goroutine the
        // scheduler decides nothing (`Chooser::choose_goroutine` records nothing either),
        // and a recorded non-choice would shift every later decision on replay.
        let runnable = self
            .goroutines
            .iter()
            .filter(|g| g.status == GStatus::Runnable)
            .count();
        if runnable > 1 {
            self.chooser.record(Choice::Goroutine(gid));
        }
        if self.runnext == Some(gid) {
            self.runnext = None;
        }
        self.runq_remove(gid);
        if let Some(c) = self.current {
            if c != gid
                && self
                    .goroutine(c)
                    .is_some_and(|g| g.status == GStatus::Runnable)
                && !self.runq.contains(&c)
            {
                self.runq_push(c);
            }
        }
        self.current = Some(gid);
        let ev = self.run(gid);
        self.pending_label = None;
        self.declare_deadlock_if_asleep();
        self.gc_if_due();
        Ok(ev)
    }

    /// Why goroutine `gid` cannot be the next to run, or `None` if it can.
    pub fn why_not_runnable(&self, gid: u32) -> Option<String> {
        if self.exit.is_some() {
            return Some("the program has ended".into());
        }
        match self.goroutine(gid).map(|g| &g.status) {
            _ if self.scratch == Some(gid) => Some(format!("there is no goroutine {gid}")),
            None => Some(format!("there is no goroutine {gid}")),
            Some(GStatus::Dead) => Some(format!("goroutine {gid} has finished")),
            Some(GStatus::Blocked(r)) => Some(format!("goroutine {gid} is blocked ({r})")),
            Some(GStatus::Runnable) => match self.held() {
                Some(h)
                    if h != gid
                        && self
                            .goroutine(h)
                            .is_some_and(|x| x.status == GStatus::Runnable) =>
                {
                    Some(format!(
                        "goroutine {h} is in the middle of a sync operation (step it to finish)"
                    ))
                }
                _ => None,
            },
        }
    }

    /// The goroutine id used for running a method for `fmt`, while one runs.
    pub fn scratch_id(&self) -> Option<u32> {
        self.scratch
    }

    /// The value a pointer refers to, if it refers to a live heap object.
    pub fn read_ref(&self, r: &Ref) -> Option<Value> {
        match r.root {
            crate::value::Root::Heap(_) => self.load_ref(0, r).ok(),
            _ => None,
        }
    }

    /// Turns the data race detector on (before the first step); with `print`, races
    /// are reported on stderr as `go run -race` reports them.
    pub fn enable_race_detector(&mut self, print: bool) {
        self.race = Some(Box::default());
        self.race_print = print;
    }

    /// The races found so far.
    pub fn races(&self) -> &[race::RaceReport] {
        self.race
            .as_ref()
            .map(|r| r.reports.as_slice())
            .unwrap_or(&[])
    }

    /// Runs until the program ends; returns the exit.
    pub fn run_to_end(&mut self) -> Exit {
        while self.exit.is_none() {
            self.step();
        }
        self.exit.clone().unwrap_or(Exit::Code(0))
    }

    /// Stops the run with `not supported here: {what}`, as the compiler's refusals read:
    /// what the engine cannot do at run time ends the program rather than going on to a
    /// wrong answer (a panic would not do: a deferred recover could swallow it).
    pub(crate) fn refuse(&mut self, what: &str) -> exec::Flow {
        self.stop_limit(format!("not supported here: {what}"));
        exec::Flow::End
    }

    fn stop_limit(&mut self, msg: String) -> Event {
        self.touch_everything();
        self.stderr.extend_from_slice(msg.as_bytes());
        self.stderr.push(b'\n');
        self.exit = Some(Exit::Limit(msg.clone()));
        Event::program_end(0, msg)
    }

    /// Every goroutine is asleep: Go's fatal error, with each goroutine's wait reason.
    fn deadlock(&mut self) -> Event {
        self.touch_everything();
        let mut msg = String::from("fatal error: all goroutines are asleep - deadlock!\n");
        for g in &self.goroutines {
            if let GStatus::Blocked(r) = &g.status {
                msg.push_str(&format!("\ngoroutine {} [{}]:\n", g.id, r));
                msg.push_str(&self.traceback(g.id));
            }
        }
        self.stderr.extend_from_slice(msg.as_bytes());
        self.exit = Some(Exit::Code(2));
        Event::program_end(0, "fatal error: all goroutines are asleep - deadlock!")
    }

    /// A short traceback: one line per frame, innermost first.
    pub fn traceback(&self, gid: u32) -> String {
        let mut s = String::new();
        if let Some(g) = self.goroutine(gid) {
            for f in g.frames.iter().rev() {
                let func = &self.prog.funcs[f.func as usize];
                if func.name == "runtime.main" {
                    continue;
                }
                let pc = f.pc.saturating_sub(1) as usize;
                let span = func.spans.get(pc).copied().unwrap_or_default();
                let line = self.prog.line_of(func.file, span);
                let file = match func.file {
                    crate::code::FileId::User => "prog.go".to_string(),
                    crate::code::FileId::Lib(i) => format!(
                        "{}.go",
                        self.prog
                            .lib_sources
                            .get(i as usize)
                            .map(|l| l.0.as_str())
                            .unwrap_or("lib")
                    ),
                };
                s.push_str(&format!("{}(...)\n\t{}:{}\n", func.name, file, line));
            }
            if let Some(c) = g.created_by {
                s.push_str(&format!(
                    "created by {} in goroutine {}\n",
                    self.prog
                        .funcs
                        .get(g.created_in as usize)
                        .map(|f| f.name.as_str())
                        .unwrap_or("?"),
                    c
                ));
            }
        }
        s
    }
}
