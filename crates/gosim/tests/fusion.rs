//! Superinstructions change speed and nothing else.
//!
//! Every corpus program, every benchmark program and every Go program of the book is
//! run twice, once as compiled and once with its fused-run table emptied (so each
//! instruction runs on its own), and the two runs must be the same event for event:
//! same goroutine, kind, line and text at every step, the same instruction count,
//! output and exit. The runs use the default schedule and a random one, with the race
//! detector and memory steps (which turn the slice runs off) and without, and with
//! short time slices so that preemption often falls inside a fused run, which is
//! where a wrong budget check would show.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use gosim::{Chooser, Machine, Policy};

/// Every `.go` file of the corpus, the benchmarks and the book's demos.
fn programs() -> Vec<PathBuf> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![here.join("tests/corpus"), here.join("benches/programs")];
    let demos = here.join("../../demos");
    if let Ok(entries) = std::fs::read_dir(&demos) {
        for e in entries.flatten() {
            if e.path().is_dir() {
                dirs.push(e.path());
            }
        }
    }
    let mut files = vec![];
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "go") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

#[derive(Clone, Copy, Debug)]
struct Mode {
    policy_random: bool,
    seed: u64,
    race: bool,
    memory_steps: bool,
    slice: u32,
}

/// The run's events (one line each), then its output, exit and instruction count.
fn trace(prog: Rc<gosim::code::Program>, mode: Mode, max_steps: usize) -> Vec<String> {
    let policy = if mode.policy_random {
        Policy::Random
    } else {
        Policy::GoLike
    };
    let mut m = Machine::new(prog, Chooser::new(policy, mode.seed));
    m.limits.slice = mode.slice;
    if mode.race {
        m.enable_race_detector(false);
    }
    m.memory_steps = mode.memory_steps;
    let mut out = vec![];
    while !m.is_done() && out.len() < max_steps {
        match m.step() {
            Some(ev) => out.push(format!(
                "g{} {:?} line {} {}",
                ev.goroutine, ev.kind, ev.line, ev.text
            )),
            None => out.push("none".into()),
        }
    }
    out.push(format!(
        "stdout {:?}\nstderr {:?}\nexit {:?}\ninstructions {} steps {}",
        String::from_utf8_lossy(&m.stdout),
        String::from_utf8_lossy(&m.stderr),
        m.exit,
        m.instructions,
        m.steps
    ));
    out
}

#[test]
fn fused_and_unfused_runs_are_the_same_event_for_event() {
    let modes = [
        Mode {
            policy_random: false,
            seed: 1,
            race: false,
            memory_steps: false,
            slice: 20_000,
        },
        Mode {
            policy_random: true,
            seed: 7,
            race: false,
            memory_steps: false,
            slice: 5,
        },
        Mode {
            policy_random: true,
            seed: 3,
            race: false,
            memory_steps: false,
            slice: 3,
        },
        Mode {
            policy_random: false,
            seed: 1,
            race: true,
            memory_steps: true,
            slice: 20_000,
        },
    ];
    let mut compared = 0;
    let mut fused_programs = 0;
    for path in programs() {
        let src = std::fs::read_to_string(&path).expect("readable");
        let Ok(prog) = gosim::compile(&src) else {
            continue;
        };
        if prog
            .funcs
            .iter()
            .any(|f| f.fused.iter().any(|r| *r != gosim::code::fuse::Fused::None))
        {
            fused_programs += 1;
        }
        let mut plain = (*prog).clone();
        for f in &mut plain.funcs {
            f.fused = vec![gosim::code::fuse::Fused::None; f.code.len()];
        }
        let plain = Rc::new(plain);
        // With tiny slices nearly every step is a preemption, so those runs compare a
        // prefix (thousands of preemptions, which is what they are there for); the
        // big benchmarks too. The rest run whole.
        let big = path.to_string_lossy().contains("benches/programs");
        for mode in modes {
            let max_steps = if big || mode.slice < 100 {
                3_000
            } else {
                200_000
            };
            let a = trace(prog.clone(), mode, max_steps);
            let b = trace(plain.clone(), mode, max_steps);
            if a != b {
                let at = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(0);
                panic!(
                    "{} ({mode:?}) differs at step {at}:\n  fused:   {:?}\n  unfused: {:?}",
                    path.display(),
                    a.get(at),
                    b.get(at)
                );
            }
            compared += 1;
        }
    }
    // The corpus alone is well over a hundred programs; most have something to fuse.
    assert!(compared > 400, "only {compared} runs compared");
    assert!(fused_programs > 100, "only {fused_programs} programs fused");
}
