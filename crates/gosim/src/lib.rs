//! gosim: a deterministic, steppable Go runtime for a Go subset.
//!
//! Layers, from source text to a running machine:
//! - [`syntax`]: lexer (with Go's automatic semicolons) and parser, producing an AST
//!   with spans.
//! - [`compile`]: type checking and code generation in one walk, producing a
//!   [`code::Program`]: stack-machine instructions per function.
//! - [`library`]: the standard library's one home: the importable packages (fmt,
//!   errors, strings, strconv, sort, time, sync), written in Go on top of runtime
//!   natives, and the Rust engines behind them (formatting, number text, rune
//!   classes, case mapping).
//! - [`vm`]: the [`vm::Machine`]: goroutines as plain data, heap, channels, select,
//!   the virtual clock and the runtime semaphore.
//! - [`choose`]: every nondeterministic decision, recorded as a replayable schedule.
//! - [`explore`]: runs every schedule within bounds and collects distinct outcomes.
//! - [`session`]: what a widget holds: stepping with exact back/forward, views, goals.
//! - [`inspect`]: the inside of every reachable channel and sync primitive.
//!
//! The whole machine is a plain Rust value: it can be cloned, hashed and compared, and
//! nothing in it depends on wall-clock time or host randomness.

pub mod choose;
pub mod code;
pub mod compile;
pub mod explore;
pub mod inspect;
pub mod library;
pub mod queue;
pub mod session;
pub mod sorting;
pub mod syntax;
pub mod types;
pub mod value;
pub mod vecmap;
pub mod vm;

use std::rc::Rc;

/// Marks a function id that names a runtime native rather than compiled code.
pub const NATIVE_BIT: u32 = 1 << 31;

pub use choose::{Chooser, Policy, Schedule};
pub use vm::{Event, Exit, Machine};

/// The result of running a program to its end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunResult {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The exit status the compiled Go program would have (0, 2), or 1 for a compile
    /// error; `None` when one of our limits stopped the run.
    pub exit_code: Option<i32>,
    pub schedule: Schedule,
}

impl RunResult {
    /// The first line of stderr (the stable part of a Go crash report).
    pub fn stderr_first_line(&self) -> String {
        String::from_utf8_lossy(&self.stderr)
            .lines()
            .next()
            .unwrap_or("")
            .to_string()
    }
}

/// Compiles a program (`prog.go`); an error is typed (file, line, column, Go's
/// message) and displays as Go's `prog.go:L:C: msg`.
pub fn compile(src: &str) -> Result<Rc<code::Program>, syntax::CompileError> {
    compile::compile(src).map(Rc::new)
}

/// Compiles and runs `src` to its end under the given policy and seed.
pub fn run(src: &str, policy: Policy, seed: u64) -> RunResult {
    match compile(src) {
        Err(e) => RunResult {
            stdout: vec![],
            stderr: format!("{e}\n").into_bytes(),
            exit_code: Some(1),
            schedule: Schedule::default(),
        },
        Ok(p) => run_program(p, policy, seed, vm::Limits::default()),
    }
}

pub fn run_program(
    p: Rc<code::Program>,
    policy: Policy,
    seed: u64,
    limits: vm::Limits,
) -> RunResult {
    let mut m = Machine::new(p, Chooser::new(policy, seed));
    m.limits = limits;
    let exit = m.run_to_end();
    RunResult {
        stdout: m.stdout.clone(),
        stderr: m.stderr.clone(),
        exit_code: match exit {
            Exit::Code(c) => Some(c),
            Exit::Limit(_) => None,
        },
        schedule: m.chooser.schedule(),
    }
}
