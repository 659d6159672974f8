//! The explorer's benchmark programs (`crates/gosim/benches/explore/`, by name through
//! its `programs.rs`: `counter3` is `counter.go` with `const workers = 3`) written a
//! second time as loom 0.7 models, and one command that runs both tools on each and
//! prints, side by side, how many executions each needed and how long it took.
//!
//! ```sh
//! cargo run --release --manifest-path crates/gosim/benches/loom-compare/Cargo.toml            # loom capped at 300 s a program
//! cargo run --release --manifest-path crates/gosim/benches/loom-compare/Cargo.toml -- --quick # loom capped at 10 s
//! cargo run --release --manifest-path crates/gosim/benches/loom-compare/Cargo.toml -- counter3 # one program
//! cargo run --release --manifest-path crates/gosim/benches/loom-compare/Cargo.toml -- --gosim-only # gosim alone
//! ```
//!
//! What is counted:
//! - **loom**: executions, each a whole run of the model from its start to its end,
//!   under loom's default, exhaustive setting (no preemption bound). The count is of
//!   calls of the model closure. For a deadlocking model loom stops at the first
//!   deadlock (it panics): the count is then the execution that found it.
//! - **gosim**: runs as `gosim explore` counts them (`Exploration::runs`): runs of the
//!   deviation-bounded hunt (each a whole execution) plus paths of the stateful search,
//!   each a maximal path from the start to a finished program, a state already
//!   explored or a state whose every step was covered by a sibling. For a deadlocking
//!   program, the runs until `prove(NeverDeadlock)` found the deadlock.
//!
//! Time is wall time, and in brackets CPU time (user plus system, from `getrusage`: the
//! search's thread for gosim, the child process for loom), since the machine these
//! figures come from is shared and wall time there measures the neighbours too; the
//! load average is printed at the end. loom runs with a time cap (`max_duration`, checked every 1,000
//! executions); a model that reaches it is reported as not complete.
//!
//! Each loom model runs in a child process of this program (`--loom-child NAME SECS`):
//! loom reports a deadlock by a panic that cannot unwind out of its scheduler.
//!
//! This crate is a workspace of its own: `cargo xtask test`, CI and the wasm build never
//! build loom.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex as StdMutex;
use std::time::{Duration, Instant};

use loom::sync::atomic::AtomicUsize;
use loom::sync::{Arc, Condvar, Mutex};
use loom::thread;

/// The Go programs by name (one file per family, its size set by a `const` line).
#[path = "../../explore/programs.rs"]
mod programs;

/// Executions of the current loom model (calls of its closure).
static EXECUTIONS: AtomicU64 = AtomicU64::new(0);
/// Distinct final values the current model reached (for the lost update).
static SEEN: StdMutex<BTreeSet<usize>> = StdMutex::new(BTreeSet::new());

/// `n` threads, each taking the lock twice to add one (the Go program's goroutines and
/// WaitGroup become threads and joins).
fn counter(n: usize) {
    EXECUTIONS.fetch_add(1, Ordering::Relaxed);
    let count = Arc::new(Mutex::new(0));
    let handles: Vec<_> = (0..n)
        .map(|_| {
            let count = count.clone();
            thread::spawn(move || {
                for _ in 0..2 {
                    *count.lock().unwrap() += 1;
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(*count.lock().unwrap(), 2 * n);
}

/// Two threads doing `n++` as a load and a store (what the Go statement compiles to),
/// on an atomic so that loom schedules both accesses instead of stopping at the race.
fn lost_update() {
    EXECUTIONS.fetch_add(1, Ordering::Relaxed);
    let n = Arc::new(AtomicUsize::new(0));
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let n = n.clone();
            thread::spawn(move || {
                let v = n.load(loom::sync::atomic::Ordering::SeqCst);
                n.store(v + 1, loom::sync::atomic::Ordering::SeqCst);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let last = n.load(loom::sync::atomic::Ordering::SeqCst);
    SEEN.lock().unwrap().insert(last);
}

/// `n` philosophers, each taking its left then its right fork, or (`ordered`) the lower
/// numbered fork first.
fn philosophers(n: usize, ordered: bool) {
    EXECUTIONS.fetch_add(1, Ordering::Relaxed);
    let forks: Arc<Vec<Mutex<()>>> = Arc::new((0..n).map(|_| Mutex::new(())).collect());
    let handles: Vec<_> = (0..n)
        .map(|i| {
            let forks = forks.clone();
            thread::spawn(move || {
                let (mut first, mut second) = (i, (i + 1) % n);
                if ordered && first > second {
                    std::mem::swap(&mut first, &mut second);
                }
                let a = forks[first].lock().unwrap();
                let b = forks[second].lock().unwrap();
                drop(b);
                drop(a);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}

/// Go's buffered channel as loom can model it: a queue under a mutex with two
/// condition variables, capacity 2, and a closed flag.
struct Chan {
    state: Mutex<(std::collections::VecDeque<i32>, bool)>,
    not_full: Condvar,
    not_empty: Condvar,
}

impl Chan {
    fn send(&self, v: i32) {
        let mut s = self.state.lock().unwrap();
        while s.0.len() == 2 {
            s = self.not_full.wait(s).unwrap();
        }
        s.0.push_back(v);
        self.not_empty.notify_one();
    }

    fn close(&self) {
        self.state.lock().unwrap().1 = true;
        self.not_empty.notify_all();
    }

    fn recv(&self) -> Option<i32> {
        let mut s = self.state.lock().unwrap();
        loop {
            if let Some(v) = s.0.pop_front() {
                self.not_full.notify_one();
                return Some(v);
            }
            if s.1 {
                return None;
            }
            s = self.not_empty.wait(s).unwrap();
        }
    }
}

/// A producer sending 1..=4 on a channel of capacity 2 to two consumers that add what
/// they receive under a mutex; the sum is always 10.
fn producer_consumers() {
    EXECUTIONS.fetch_add(1, Ordering::Relaxed);
    let ch = Arc::new(Chan {
        state: Mutex::new((std::collections::VecDeque::new(), false)),
        not_full: Condvar::new(),
        not_empty: Condvar::new(),
    });
    let sum = Arc::new(Mutex::new(0));
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let (ch, sum) = (ch.clone(), sum.clone());
            thread::spawn(move || {
                while let Some(v) = ch.recv() {
                    *sum.lock().unwrap() += v;
                }
            })
        })
        .collect();
    for i in 1..=4 {
        ch.send(i);
    }
    ch.close();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(*sum.lock().unwrap(), 10);
}

/// How one tool's search of one program ended.
struct Result {
    executions: u64,
    seconds: f64,
    /// User plus system CPU time.
    cpu: f64,
    /// "complete", "deadlock found", "not complete", ...
    verdict: String,
}

/// Runs one loom model in this process (the child's side of [`run_loom`]) and prints
/// `RESULT <executions> <seconds> <verdict>`. A deadlock panics inside loom's
/// scheduler, where the panic cannot unwind and the process aborts: the panic hook
/// prints the line first.
/// User plus system CPU time, in seconds, of this thread (`RUSAGE_THREAD`) or of the
/// finished child processes (`RUSAGE_CHILDREN`).
fn cpu_seconds(who: libc::c_int) -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(who, &mut u) };
    let t = |v: libc::timeval| v.tv_sec as f64 + v.tv_usec as f64 / 1e6;
    t(u.ru_utime) + t(u.ru_stime)
}

fn loom_child(model: fn(), cap: Duration) {
    let start = Instant::now();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info.to_string();
        let verdict = if msg.contains("deadlock") {
            "deadlock found".to_string()
        } else {
            format!("failed: {}", msg.lines().last().unwrap_or(""))
        };
        println!(
            "RESULT {} {:.3} {verdict}",
            EXECUTIONS.load(Ordering::Relaxed),
            start.elapsed().as_secs_f64()
        );
    }));
    let mut builder = loom::model::Builder::new();
    builder.max_duration = Some(cap);
    builder.checkpoint_interval = 1_000;
    builder.check(model);
    let verdict = if start.elapsed() >= cap {
        "not complete (time cap)".to_string()
    } else {
        "complete".to_string()
    };
    let seen = SEEN.lock().unwrap().clone();
    let verdict = if seen.is_empty() {
        verdict
    } else {
        let finals: Vec<String> = seen.iter().map(|v| format!("n = {v}")).collect();
        format!("{verdict}, {}", finals.join(" and "))
    };
    println!(
        "RESULT {} {:.3} {verdict}",
        EXECUTIONS.load(Ordering::Relaxed),
        start.elapsed().as_secs_f64()
    );
}

/// Runs loom on the model of `file` in a child process (see [`loom_child`]).
fn run_loom(file: &str, cap: Duration) -> Result {
    let cpu_before = cpu_seconds(libc::RUSAGE_CHILDREN);
    let out = std::process::Command::new(std::env::current_exe().expect("own path"))
        .args(["--loom-child", file, &cap.as_secs().to_string()])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let Some(line) = text.lines().find_map(|l| l.strip_prefix("RESULT ")) else {
        return Result {
            executions: 0,
            seconds: 0.0,
            cpu: 0.0,
            verdict: format!("no result ({})", out.status),
        };
    };
    let mut parts = line.splitn(3, ' ');
    Result {
        cpu: cpu_seconds(libc::RUSAGE_CHILDREN) - cpu_before,
        executions: parts.next().and_then(|n| n.parse().ok()).unwrap_or(0),
        seconds: parts.next().and_then(|n| n.parse().ok()).unwrap_or(0.0),
        verdict: parts.next().unwrap_or("").to_string(),
    }
}

fn run_gosim(file: &str, deadlock: bool) -> Result {
    let prog = gosim::compile(&programs::source(file)).expect("compiles");
    let budget = gosim::explore::Budget::new(10_000, 3_000_000);
    let start = Instant::now();
    let cpu_before = cpu_seconds(libc::RUSAGE_THREAD);
    if deadlock {
        let proof = gosim::explore::prove(prog, &gosim::explore::Property::NeverDeadlock, budget);
        let seconds = start.elapsed().as_secs_f64();
        let cpu = cpu_seconds(libc::RUSAGE_THREAD) - cpu_before;
        let verdict = match (&proof.counterexample, proof.proven) {
            (Some(_), _) => "deadlock found".to_string(),
            (None, true) => "complete, no deadlock".to_string(),
            (None, false) => "not complete".to_string(),
        };
        return Result {
            executions: proof.runs,
            seconds,
            cpu,
            verdict,
        };
    }
    let ex = gosim::explore::explore_with(prog, budget);
    let seconds = start.elapsed().as_secs_f64();
    let cpu = cpu_seconds(libc::RUSAGE_THREAD) - cpu_before;
    let outs: Vec<String> = ex
        .outcomes
        .iter()
        .map(|(o, _)| {
            let text = String::from_utf8_lossy(&o.stdout).trim().to_string();
            if text.is_empty() {
                o.stderr.clone()
            } else {
                text
            }
        })
        .collect();
    let verdict = if ex.complete {
        format!("complete, {} state(s): {}", ex.states, outs.join(" and "))
    } else {
        "not complete".to_string()
    };
    Result {
        executions: ex.runs,
        seconds,
        cpu,
        verdict,
    }
}

type Program = (&'static str, &'static str, fn(), bool);

const PROGRAMS: [Program; 9] = [
    ("lost update (two n++)", "lost_update", lost_update, false),
    ("counter, 2 goroutines", "counter2", || counter(2), false),
    ("counter, 3 goroutines", "counter3", || counter(3), false),
    ("counter, 4 goroutines", "counter4", || counter(4), false),
    (
        "3 philosophers, deadlocking",
        "philosophers3_deadlock",
        || philosophers(3, false),
        true,
    ),
    (
        "3 philosophers, fixed",
        "philosophers3_fixed",
        || philosophers(3, true),
        false,
    ),
    (
        "4 philosophers, deadlocking",
        "philosophers4_deadlock",
        || philosophers(4, false),
        true,
    ),
    (
        "4 philosophers, fixed",
        "philosophers4_fixed",
        || philosophers(4, true),
        false,
    ),
    (
        "producer, 2 consumers",
        "producer_consumers",
        producer_consumers,
        false,
    ),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--loom-child") {
        let file = args.get(1).cloned().unwrap_or_default();
        let secs = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(300);
        if let Some(p) = PROGRAMS.iter().find(|p| p.1 == file) {
            loom_child(p.2, Duration::from_secs(secs));
        }
        return;
    }
    let quick = args.iter().any(|a| a == "--quick");
    let gosim_only = args.iter().any(|a| a == "--gosim-only");
    let only: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let cap = Duration::from_secs(if quick { 10 } else { 300 });
    println!(
        "| program | loom executions | loom time (CPU) | loom | gosim runs | gosim time (CPU) | gosim |"
    );
    println!("|---|---|---|---|---|---|---|");
    for (name, file, _, deadlock) in PROGRAMS {
        if !only.is_empty() && !only.iter().any(|o| o.as_str() == file) {
            continue;
        }
        let g = run_gosim(file, deadlock);
        let l = if gosim_only {
            Result {
                executions: 0,
                seconds: 0.0,
                cpu: 0.0,
                verdict: "not run".to_string(),
            }
        } else {
            run_loom(file, cap)
        };
        println!(
            "| {name} (`{file}`) | {} | {:.2} s ({:.2} s) | {} | {} | {:.2} s ({:.2} s) | {} |",
            l.executions, l.seconds, l.cpu, l.verdict, g.executions, g.seconds, g.cpu, g.verdict
        );
    }
    println!("\nloom capped at {} s a program", cap.as_secs());
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        println!("load average at the end: {}", load.trim());
    }
}
