//! Helpers shared by the benchmark targets.

use std::rc::Rc;

use gosim::code::Program;
use gosim::vm::{GStatus, Limits};
use gosim::{Chooser, Machine, Policy};

pub const BLOCKED: &str = include_str!("../programs/blocked.go");

/// Limits high enough for every benchmark program to finish.
pub fn limits() -> Limits {
    Limits {
        max_steps: u64::MAX,
        max_instructions: u64::MAX,
        max_goroutines: u32::MAX,
        ..Limits::default()
    }
}

pub fn compile(src: &str) -> Rc<Program> {
    match gosim::compile(src) {
        Ok(p) => p,
        Err(e) => panic!("benchmark program does not compile: {e}"),
    }
}

/// `blocked.go` with `n` workers.
pub fn blocked_program(n: usize) -> Rc<Program> {
    compile(&BLOCKED.replace("const n = 100\n", &format!("const n = {n}\n")))
}

/// A machine running `blocked.go` (compiled with `n` workers), stepped until all `n`
/// workers exist and are parked on channels.
pub fn blocked_machine(prog: Rc<Program>, n: usize) -> Machine {
    let mut m = Machine::new(prog, Chooser::new(Policy::GoLike, 0));
    m.limits = limits();
    let parked = |m: &Machine| {
        m.goroutines
            .iter()
            .filter(|g| g.id != 1 && matches!(g.status, GStatus::Blocked(_)))
            .count()
    };
    while parked(&m) < n {
        assert!(m.step().is_some(), "the program ended early");
    }
    assert_eq!(m.goroutines.len(), n + 1);
    m
}
