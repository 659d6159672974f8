//! `gosim`: run, trace, replay and explore Go programs on the deterministic engine.
//!
//! Exit codes are those of the compiled Go program: 0, or 2 for an unrecovered panic
//! or a fatal error; 1 for a compile error; 3 when one of the engine's limits stopped
//! the run; 64 for a usage error. With `--race`, data races are reported on stderr as
//! `go run -race` reports them, and a racy run that ends normally exits with 66.

use std::io::Write;
use std::process::ExitCode;

use gosim::{Chooser, Machine, Policy, Schedule};

const USAGE: &str = "usage:
  gosim run FILE.go [--seed N] [--random] [--race]
  gosim trace FILE.go [--seed N] [--race]
  gosim replay FILE.go SCHEDULE
  gosim explore FILE.go [--max-steps K] [--max-runs N] [--max-states S] [--hunt N]
  gosim disasm FILE.go [FUNC]";

/// The step limit of `run`, `trace` and `replay`.
const CLI_MAX_STEPS: u64 = 50_000_000;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match real_main(&args) {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::from(64)
        }
    }
}

fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn num(args: &[String], name: &str, default: u64) -> Result<u64, String> {
    match flag(args, name) {
        Some(v) => v
            .parse()
            .map_err(|_| format!("{name} wants a number, got {v:?}")),
        None => Ok(default),
    }
}

fn real_main(args: &[String]) -> Result<u8, String> {
    let (Some(cmd), Some(file)) = (args.first(), args.get(1)) else {
        return Err(USAGE.into());
    };
    let src =
        std::fs::read_to_string(file).map_err(|e| format!("gosim: cannot read {file}: {e}"))?;
    let prog = match gosim::compile(&src) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return Ok(1);
        }
    };
    let seed = num(args, "--seed", 1)?;
    let out = std::io::stdout();
    match cmd.as_str() {
        "run" | "trace" | "replay" => {
            let policy = match cmd.as_str() {
                "replay" => {
                    let s: Schedule = args.get(2).ok_or(USAGE)?.parse()?;
                    Policy::Replay(s.0)
                }
                _ if args.iter().any(|a| a == "--random") => Policy::Random,
                _ => Policy::GoLike,
            };
            let replaying = matches!(policy, Policy::Replay(_));
            let mut m = Machine::new(prog, Chooser::new(policy, seed));
            // Schedules from `explore` (and from a session) count each shared memory
            // access as a step.
            m.memory_steps = replaying;
            if args.iter().any(|a| a == "--race") {
                m.enable_race_detector(true);
            }
            // The page's step limit keeps a session's recorded history small; the
            // command line records nothing per step (`run` drops the schedule as it
            // goes), so a program that sends a few million values finishes here, as
            // it does in Go. The instruction limit still stops a runaway loop.
            m.limits.max_steps = CLI_MAX_STEPS;
            let mut printed = 0;
            while !m.is_done() {
                let ev = m.step();
                if cmd == "run" && m.chooser.trace.len() >= 1 << 16 {
                    m.chooser.trace.clear();
                }
                let mut o = out.lock();
                let _ = o.write_all(&m.stdout[printed..]);
                printed = m.stdout.len();
                if cmd == "trace" {
                    if let Some(ev) = ev {
                        let _ = writeln!(
                            o,
                            "[g{} line {}] {:?}: {}",
                            ev.goroutine, ev.line, ev.kind, ev.text
                        );
                    }
                }
            }
            let _ = out.lock().flush();
            let _ = std::io::stderr().write_all(&m.stderr);
            if let Some(e) = &m.chooser.replay_error {
                eprintln!("gosim: {e}");
            }
            if cmd == "trace" {
                eprintln!("schedule: {}", m.chooser.schedule());
            }
            Ok(match m.exit {
                Some(gosim::Exit::Code(c)) => c as u8,
                _ => 3,
            })
        }
        "explore" => {
            let mut budget = gosim::explore::Budget::new(
                num(args, "--max-steps", 10_000)?,
                num(args, "--max-runs", 1_000)?,
            );
            budget.max_states = num(args, "--max-states", budget.max_states)?;
            // `--hunt N`: N runs of the hunt (over synchronisation steps, which take
            // half of the budget's session-grain figure).
            budget.hunt_runs = num(args, "--hunt", budget.hunt_runs / 2)?.saturating_mul(2);
            let started = std::time::Instant::now();
            let ex = gosim::explore::explore_with(prog, budget);
            let elapsed = started.elapsed();
            let mut o = out.lock();
            let _ = writeln!(
                o,
                "{} distinct outcome(s) in {} run(s), {} state(s), {} step(s), {:.3} s: {}",
                ex.outcomes.len(),
                ex.runs,
                ex.states,
                ex.steps,
                elapsed.as_secs_f64(),
                if ex.complete {
                    "complete (every schedule covered)"
                } else {
                    "not complete (the search was cut short)"
                }
            );
            if let Some(race) = &ex.race {
                let _ = writeln!(
                    o,
                    "the program has a data race (schedule {race}; `gosim run --race` \
                     reports it): the outcomes come from a search with every shared \
                     memory access a step"
                );
            }
            for (i, (oc, sched)) in ex.outcomes.iter().enumerate() {
                let _ = writeln!(
                    o,
                    "--- outcome {} (exit {}) schedule: {}",
                    i + 1,
                    oc.exit_code
                        .map(|c| c.to_string())
                        .unwrap_or("limit".into()),
                    sched
                );
                let _ = o.write_all(&oc.stdout);
                if !oc.stderr.is_empty() {
                    let _ = writeln!(o, "stderr: {}", oc.stderr);
                }
            }
            Ok(0)
        }
        "disasm" => {
            // The compiled instructions of the user's functions (or of the one named), for
            // work on the compiler and the interpreter loop.
            let listing = gosim::code::disasm::disassemble(&prog, args.get(2).map(String::as_str));
            let _ = out.lock().write_all(listing.as_bytes());
            Ok(0)
        }
        _ => Err(USAGE.into()),
    }
}
