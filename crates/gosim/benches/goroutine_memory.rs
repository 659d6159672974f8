//! Bytes per idle goroutine: not a timing but a count (`cargo bench -p gosim --bench
//! goroutine_memory`).
//!
//! Method: a global allocator that counts the bytes currently allocated. The program
//! `blocked.go` is compiled with n = 0 and n = 10,000 workers (outside the count), and a
//! machine for each is stepped until every worker is parked in a channel receive. The
//! live bytes the machine holds at that point (allocations minus frees made while it
//! was built, so memory freed along the way is not counted, but spare Vec capacity is)
//! are compared: (bytes(10,000) - bytes(0)) / 10,000 is the cost of one idle goroutine,
//! including its share of the goroutine table, the channel's wait queue, the scheduler
//! queues and the recorded schedule. A clone of the machine (a snapshot) is counted the
//! same way.
//!
//! It also prints the bytes a finished session of the undo benchmark's programs holds
//! (machine, recorded steps and snapshots), the memory side of going back.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use common::{blocked_machine, blocked_program};

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        System.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        System.dealloc(p, l)
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        System.alloc_zeroed(l)
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        LIVE.fetch_add(new as isize - l.size() as isize, Ordering::Relaxed);
        System.realloc(p, l, new)
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

/// (bytes held by the stepped machine, bytes held by a clone of it).
fn measure(n: usize) -> (isize, isize) {
    let prog = blocked_program(n);
    let before = live();
    let m = blocked_machine(prog, n);
    let machine = live() - before;
    let before = live();
    let c = m.clone();
    let clone = live() - before;
    drop(c);
    drop(m);
    (machine, clone)
}

/// Bytes a finished [`gosim::session::Session`] of `src` holds: the machine, the
/// recorded steps and a snapshot every `SNAPSHOT_EVERY` steps (what going back costs in
/// memory). Returns (bytes, steps, bytes of one snapshot at the end, what is in it).
fn session_bytes(src: &str) -> (isize, usize, isize, String) {
    let before = live();
    let mut s = match gosim::session::Session::new(src, 0) {
        Ok(s) => s,
        Err(e) => panic!("an undo program does not compile: {e:?}"),
    };
    s.run(usize::MAX);
    let bytes = live() - before;
    // What one snapshot at the end costs, and the parts of it that grow with the run.
    let m = s.machine();
    let before = live();
    let c = m.clone();
    let snapshot = live() - before;
    drop(c);
    let mut parts = format!(
        "{} choices in the schedule, {} heap objects",
        m.chooser.trace.len(),
        m.heap.objects.len()
    );
    if let Some(r) = &m.race {
        let before = live();
        let c = r.clone();
        parts += &format!(", race detector state {} bytes", live() - before);
        drop(c);
    }
    (bytes, s.position(), snapshot, parts)
}

fn main() {
    const N: usize = 10_000;
    let (m0, c0) = measure(0);
    let (m1, c1) = measure(N);
    let per = (m1 - m0) as f64 / N as f64;
    let per_clone = (c1 - c0) as f64 / N as f64;
    println!("goroutine_memory: machine with 0 parked workers:      {m0} bytes (clone {c0})");
    println!("goroutine_memory: machine with {N} parked workers: {m1} bytes (clone {c1})");
    println!("goroutine_memory: {per:.0} bytes per idle goroutine ({per_clone:.0} in a clone)");
    for (name, src) in [
        ("undo_workers.go", include_str!("programs/undo_workers.go")),
        ("undo_compute.go", include_str!("programs/undo_compute.go")),
    ] {
        let (bytes, steps, snapshot, parts) = session_bytes(src);
        println!(
            "session_memory: {name} at its end ({steps} steps, a snapshot every {}): \
             {bytes} bytes, {:.0} per step; the last snapshot alone {snapshot} bytes \
             ({parts})",
            gosim::session::SNAPSHOT_EVERY,
            bytes as f64 / steps as f64
        );
    }
    println!(
        "goroutine_memory: size_of Goroutine = {} bytes, Frame = {}, Value = {}",
        std::mem::size_of::<gosim::vm::Goroutine>(),
        std::mem::size_of::<gosim::vm::Frame>(),
        std::mem::size_of::<gosim::value::Value>()
    );
}
