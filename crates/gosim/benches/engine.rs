//! Timings of the engine through its public API (`cargo bench -p gosim --bench engine`).
//!
//! Each program in `benches/programs/` is compiled once, checked to print what Go
//! prints, then run to completion under the Go-like policy for every iteration. The
//! same `fib.go`, `sieve.go` and `pingpong.go` built with the real Go toolchain give the
//! "compiled Go" baseline (see `benches/README.md`).
//!
//! The undo benchmarks run a [`Session`] of a program to its end (over 10,000 steps)
//! and time `goto(k)` back to earlier steps: first a sweep over every step that is
//! farthest from its snapshot (the worst case for each snapshot), printed as a summary,
//! then criterion timings of a few of those targets. Three programs: `undo_workers.go`
//! (channels, a mutex and a map: short steps, as in the book's examples),
//! `undo_compute.go` (computing between channel operations: long steps) and
//! `undo_spin.go` (pure computation: nearly every step is a whole time slice, the most
//! interpreting a step can do, so replaying from a snapshot costs the most).
//!
//! Every timing is thread CPU time, not wall time: the machines this runs on are shared,
//! and on a loaded machine wall time says more about the neighbours than about the
//! engine (the Go baseline is likewise the binary's task-clock).

mod common;

use std::hint::black_box;
use std::time::Duration;

use common::{blocked_machine, blocked_program, compile, limits};
use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion};
use gosim::session::{Session, SNAPSHOT_EVERY};
use gosim::Policy;

const FIB: &str = include_str!("programs/fib.go");
const SIEVE: &str = include_str!("programs/sieve.go");
const IFACE_CALLS: &str = include_str!("programs/iface_calls.go");
const PINGPONG: &str = include_str!("programs/pingpong.go");
const CHAIN: &str = include_str!("programs/chain.go");
const UNDO_WORKERS: &str = include_str!("programs/undo_workers.go");
const UNDO_COMPUTE: &str = include_str!("programs/undo_compute.go");
const UNDO_SPIN: &str = include_str!("programs/undo_spin.go");

/// CPU time this thread has used, in nanoseconds, from the thread CPU-time clock
/// (exact to the nanosecond, unlike `/proc/thread-self/schedstat`, which the kernel only
/// brings up to date at scheduler ticks). Elsewhere than 64-bit Linux, wall time since the
/// first call stands in.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_ns() -> u64 {
    /// `struct timespec` on 64-bit Linux.
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    extern "C" {
        // From the C library std already links.
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the call's duration.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    ts.sec as u64 * 1_000_000_000 + ts.nsec as u64
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_ns() -> u64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_nanos() as u64
}

/// A criterion measurement of thread CPU time (see [`thread_cpu_ns`]).
struct CpuTime;

/// Criterion's duration formatter, borrowed from its wall-time measurement: both count
/// nanoseconds.
static WALL: WallTime = WallTime;

impl Measurement for CpuTime {
    type Intermediate = u64;
    type Value = Duration;

    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, start: u64) -> Duration {
        Duration::from_nanos(thread_cpu_ns().saturating_sub(start))
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, v: &Duration) -> f64 {
        v.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter()
    }
}

type Group<'a> = BenchmarkGroup<'a, CpuTime>;

/// Compiles `src`, checks its output once, and benches running it to the end.
fn bench_program(g: &mut Group, name: &str, src: &str, expect: &str) {
    let prog = compile(src);
    let r = gosim::run_program(prog.clone(), Policy::GoLike, 0, limits());
    assert_eq!(r.exit_code, Some(0), "{name}: {}", r.stderr_first_line());
    assert_eq!(String::from_utf8_lossy(&r.stdout), expect, "{name}");
    g.bench_function(name, |b| {
        b.iter(|| gosim::run_program(black_box(prog.clone()), Policy::GoLike, 0, limits()))
    });
}

fn run(c: &mut Criterion<CpuTime>) {
    let mut g = c.benchmark_group("run");
    g.sample_size(10);
    // Expected outputs are what the Go-built binaries print.
    bench_program(&mut g, "fib27", FIB, "196418\n");
    bench_program(&mut g, "sieve_1e6", SIEVE, "78498\n");
    bench_program(&mut g, "iface_calls_400k", IFACE_CALLS, "3800000\n");
    bench_program(&mut g, "pingpong_100k", PINGPONG, "1250025000\n");
    // Each step's cost must not grow with the number of goroutines (issue 15): the
    // chain's time grows linearly from 10,000 to 100,000.
    for n in [10_000, 100_000] {
        let src = CHAIN.replace("const n = 10000\n", &format!("const n = {n}\n"));
        bench_program(&mut g, &format!("chain_{n}"), &src, &format!("{}\n", n + 1));
    }
    g.finish();
}

fn compile_time(c: &mut Criterion<CpuTime>) {
    c.bench_function("compile/fib", |b| b.iter(|| compile(black_box(FIB))));
}

fn clone_machine(c: &mut Criterion<CpuTime>) {
    let m = blocked_machine(blocked_program(100), 100);
    c.bench_function("clone/100_blocked_goroutines", |b| {
        b.iter(|| black_box(&m).clone())
    });
}

/// A session of `src` run to its end, checked against Go's output.
fn finished_session(name: &str, src: &str, expect: &str) -> Session {
    let mut s = match Session::new(src, 0) {
        Ok(s) => s,
        Err(e) => panic!("{name} does not compile: {e:?}"),
    };
    s.run(usize::MAX);
    let fin = s.finished();
    assert_eq!(
        fin.as_ref().and_then(|f| f.exit_code),
        Some(0),
        "{name}: {fin:?}"
    );
    assert_eq!(s.stdout(), expect, "{name}");
    assert!(
        s.position() >= 10_000,
        "{name} took only {} steps",
        s.position()
    );
    s
}

/// Going back from the end of a finished session: a sweep over every step that is
/// `SNAPSHOT_EVERY - 1` steps past its snapshot (the farthest, hence the slowest, target
/// of each snapshot), printed as worst / median, then criterion timings of three
/// targets: near the start, the middle, and the sweep's worst.
fn undo_program(c: &mut Criterion<CpuTime>, name: &str, src: &str, expect: &str) {
    let mut s = finished_session(name, src, expect);
    let end = s.position();
    let mut times: Vec<(u64, usize)> = vec![];
    for k in (SNAPSHOT_EVERY - 1..end).step_by(SNAPSHOT_EVERY) {
        s.goto(end);
        let t = thread_cpu_ns();
        s.goto(k);
        times.push((thread_cpu_ns() - t, k));
        assert_eq!(s.position(), k);
    }
    // Going forward again is the same kind of work (a snapshot and a replay).
    s.goto(end);
    assert_eq!(
        s.stdout(),
        expect,
        "{name}: the output after going back and forth"
    );
    times.sort_unstable();
    let (worst, worst_k) = times[times.len() - 1];
    let (median, _) = times[times.len() / 2];
    println!(
        "undo/{name}: {end} steps; goto(k) from the end to {} targets k = {}, {}, ...: \
         worst {:.3} ms (k = {worst_k}), median {:.3} ms (CPU time)",
        times.len(),
        SNAPSHOT_EVERY - 1,
        2 * SNAPSHOT_EVERY - 1,
        worst as f64 / 1e6,
        median as f64 / 1e6,
    );
    let mid = (end / 2) / SNAPSHOT_EVERY * SNAPSHOT_EVERY + SNAPSHOT_EVERY - 1;
    let mut g = c.benchmark_group(format!("undo_{name}"));
    g.sample_size(10);
    // The sweep's worst can be one of the other two targets; criterion wants
    // distinct names, so each target is timed once.
    let mut targets = vec![SNAPSHOT_EVERY - 1, mid, worst_k];
    targets.sort_unstable();
    targets.dedup();
    for k in targets {
        g.bench_function(format!("goto_{k}_from_{end}"), |b| {
            b.iter_custom(|iters| {
                let mut total = 0;
                for _ in 0..iters {
                    s.goto(end);
                    let t = thread_cpu_ns();
                    s.goto(black_box(k));
                    total += thread_cpu_ns() - t;
                }
                Duration::from_nanos(total)
            })
        });
    }
    g.finish();
}

fn undo(c: &mut Criterion<CpuTime>) {
    // Expected outputs are what the Go-built binaries print.
    undo_program(c, "workers", UNDO_WORKERS, "332833500 1000\n");
    undo_program(c, "compute", UNDO_COMPUTE, "339 3001\n");
    undo_program(c, "spin", UNDO_SPIN, "true 384687\n");
}

criterion_group! {
    name = benches;
    // Short warm-up and measurement so that the whole suite takes a few minutes.
    config = Criterion::default()
        .with_measurement(CpuTime)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = run, clone_machine, compile_time, undo
}
criterion_main!(benches);
