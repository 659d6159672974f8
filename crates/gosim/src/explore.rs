//! Runs a program under every schedule within bounds and collects the distinct
//! outcomes, each with a schedule that reproduces it.
//!
//! The search is a depth-first walk over the decision points the chooser reports:
//! each run forces a prefix of option indices, then takes the first option; the next
//! run increments the deepest decision that still has options left.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::choose::{Chooser, Policy, Schedule};
use crate::code::Program;
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
    /// Each outcome with the first schedule found that produces it.
    pub outcomes: BTreeMap<Outcome, Schedule>,
    pub runs: u64,
    /// False when the bounds cut the search short.
    pub complete: bool,
}

pub fn explore(prog: Rc<Program>, max_steps: u64, max_runs: u64) -> Exploration {
    let mut outcomes = BTreeMap::new();
    let mut prefix: Vec<u32> = vec![];
    let mut runs = 0;
    let mut complete = true;
    loop {
        if runs >= max_runs {
            complete = false;
            break;
        }
        runs += 1;
        let mut m = Machine::new(
            prog.clone(),
            Chooser::new(Policy::Explore(prefix.clone()), 0),
        );
        m.limits = Limits {
            max_steps,
            ..Limits::default()
        };
        let exit = m.run_to_end();
        let out = Outcome {
            stdout: m.stdout.clone(),
            stderr: String::from_utf8_lossy(&m.stderr)
                .lines()
                .next()
                .unwrap_or("")
                .to_string(),
            exit_code: match exit {
                Exit::Code(c) => Some(c),
                Exit::Limit(_) => None,
            },
        };
        if out.exit_code.is_none() {
            complete = false;
        }
        outcomes.entry(out).or_insert_with(|| m.chooser.schedule());
        // Next prefix: bump the deepest decision with options left.
        let branches = &m.chooser.branches;
        let mut next = None;
        for i in (0..branches.len()).rev() {
            let (taken, n) = branches[i];
            if taken + 1 < n {
                let mut p: Vec<u32> = branches[..i].iter().map(|b| b.0).collect();
                p.push(taken + 1);
                next = Some(p);
                break;
            }
        }
        match next {
            Some(p) => prefix = p,
            None => break,
        }
    }
    Exploration {
        outcomes,
        runs,
        complete,
    }
}
