//! What the engine's session tests (and the widget's engine contract) share: the
//! programs several of them step (a starving Mutex, contended ones) and the helpers
//! that step a session and read the inspector's typed views.
//!
//! Each test file that needs it says `mod support;` (Cargo builds every file in
//! `tests/` as its own crate), so a helper one file leaves unused is not dead code.
#![allow(dead_code, unused_macros)]

use gosim::inspect::PrimitiveView;
use gosim::session::Session;

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

/// g2 locks while main holds the mutex, so it queues; main's Unlock (after a 1 ms
/// sleep: not more than the threshold) wakes it, and it wins the competition.
pub const CONTEND: &str = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex

func main() {
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("g2 has it")
		mu.Unlock()
		done <- true
	}()
	time.Sleep(time.Millisecond)
	mu.Unlock()
	<-done
}
"#;

/// Main holds a mutex of its own while a worker queues on it, then lets go: with
/// sub-steps the worker's wake-up is a stop inside its Lock (also stepped by the
/// widget's engine contract, `syncscope-web/tests/engine_contract.rs`).
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

/// The inspector's view of the primitive the program calls `name`.
pub fn view(s: &Session, name: &str) -> PrimitiveView {
    s.primitives()
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is not listed: {:?}", s.primitives()))
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
