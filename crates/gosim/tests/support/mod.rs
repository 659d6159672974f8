//! What the engine's tests (and the widget's engine contract) share: the programs
//! several of them step (a starving Mutex, a contended one, a racy counter), the
//! helpers that build and step a session and read the inspector's typed views, and
//! an exploration's outcomes as text.
//!
//! Each test file that needs it says `mod support;` (Cargo builds every file in
//! `tests/` as its own crate), so a helper one file leaves unused is not dead code.
#![allow(dead_code, unused_macros)]

use std::collections::BTreeSet;

use gosim::explore::Exploration;
use gosim::inspect::{PrimitiveView, Wait};
use gosim::session::{Detail, GStatusView, Session};

/// g1 holds the lock across a 2 ms sleep three times; g2 waits for it. The virtual
/// clock makes g2's wait longer than starvationThresholdNs (1 ms), so g2 turns the
/// mutex to starvation mode and then gets it by handoff.
pub const STARVE: &str = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex

func main() {
	done := make(chan bool)
	go func() {
		mu.Lock()
		fmt.Println("waiter got the lock")
		mu.Unlock()
		done <- true
	}()
	for i := 0; i < 3; i++ {
		mu.Lock()
		time.Sleep(2 * time.Millisecond)
		mu.Unlock()
	}
	<-done
	fmt.Println("done")
}
"#;

/// Main holds a mutex of its own while a worker (g2) queues on it, then lets go after
/// a 1 ms sleep (not more than the starvation threshold): the woken worker wins the
/// competition. With sub-steps its wake-up is a stop inside its Lock (also stepped by
/// the widget's engine contract, `syncscope-web/tests/engine_contract.rs`).
pub const WORKER_WAITS: &str = "package main

import (
\t\"fmt\"
\t\"sync\"
\t\"time\"
)

func main() {
\tvar mu sync.Mutex
\tdone := make(chan bool)
\tmu.Lock()
\tgo func() {
\t\tmu.Lock()
\t\tfmt.Println(\"worker has it\")
\t\tmu.Unlock()
\t\tdone <- true
\t}()
\ttime.Sleep(time.Millisecond)
\tmu.Unlock()
\t<-done
}
";

/// main and a goroutine each do `hits++` on a package variable, with no
/// synchronisation: a data race and, with the load and the store as separate steps,
/// a lost update. Main's `hits++` is on line 13, the goroutine's on line 10.
pub const HITS: &str = r#"package main

import "fmt"

var hits int

func main() {
	done := make(chan bool)
	go func() {
		hits++
		done <- true
	}()
	hits++
	<-done
	fmt.Println(hits)
}
"#;

/// Two sync/atomic package variables, each changed by one atomic operation (the
/// inspector lists them as numbers; also stepped by the widget's inspector tests).
pub const ATOMICS: &str = "package main

import \"sync/atomic\"

var hits atomic.Int64
var ready atomic.Bool

func main() {
\thits.Add(5)
\tready.Store(true)
}
";

/// A session of `src` (which must compile) stepping at the given detail.
pub fn session(src: &str, seed: u64, detail: Detail) -> Session {
    let mut s = Session::new(src, seed).unwrap();
    s.set_detail(detail);
    s
}

/// The inspector's view of the primitive the program calls `name`.
pub fn view(s: &Session, name: &str) -> PrimitiveView {
    s.primitives()
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is not listed: {:?}", s.primitives()))
}

/// The queue of the primitive the program calls `name`: (goroutine, what it waits for).
pub fn queue(s: &Session, name: &str) -> Vec<(u32, Wait)> {
    view(s, name)
        .queue
        .into_iter()
        .map(|w| (w.goroutine, w.wait))
        .collect()
}

/// The typed state of the primitive the program calls `name`, which must be of the
/// given `State` variant: `state_of!(s, "sem", Weighted)` is its `WeightedState`.
macro_rules! state_of {
    ($s:expr, $name:expr, $variant:ident) => {
        match support::view($s, $name).state {
            gosim::inspect::State::$variant(x) => x,
            other => panic!("{} is not a {}: {other:?}", $name, stringify!($variant)),
        }
    };
}

/// The state word of the Mutex the program calls `mu`, as the engine decodes it.
pub fn mutex_state(s: &Session) -> i32 {
    view(s, "mu")
        .state
        .lock_word()
        .expect("a Mutex has a lock word")
        .state
}

/// Steps until `pred` holds for the session; fails after `max` steps.
pub fn step_until(s: &mut Session, max: usize, pred: impl Fn(&Session) -> bool) {
    for _ in 0..max {
        if pred(s) {
            return;
        }
        assert!(s.step().is_some(), "the program ended first");
    }
    panic!("not reached in {max} steps");
}

/// Steps the session to its end, calling `watch` after each step; fails if the
/// program has not ended after `max` steps.
pub fn run_watching(s: &mut Session, max: usize, mut watch: impl FnMut(&Session)) {
    for _ in 0..max {
        if s.finished().is_some() {
            return;
        }
        s.step();
        watch(s);
    }
    assert!(
        s.finished().is_some(),
        "the program should end in {max} steps"
    );
}

/// The ids of the goroutines that are runnable now (not the running one).
pub fn runnable(s: &Session) -> Vec<u32> {
    s.goroutines()
        .iter()
        .filter(|g| g.status == GStatusView::Runnable)
        .map(|g| g.id)
        .collect()
}

/// The next state of a 64-bit linear congruential generator (Knuth's MMIX constants):
/// the tests' random walks are fixed by their seeds, so a failure is reproducible.
pub fn lcg_next(r: u64) -> u64 {
    r.wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407)
}

/// An exploration's outcomes, each as its stdout followed by its first stderr line.
pub fn outcome_texts(ex: &Exploration) -> BTreeSet<String> {
    ex.outcomes
        .iter()
        .map(|(o, _)| String::from_utf8_lossy(&o.stdout).into_owned() + &o.stderr)
        .collect()
}
