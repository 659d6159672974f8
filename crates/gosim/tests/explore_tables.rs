//! The issue-16 programs (`benches/explore/`): each search must be complete with
//! exactly the outcomes the program can have, so a reduction that loses a behaviour
//! (the lost update's `n = 1`, a deadlock) fails here; and the search run in slices
//! through [`Prover::advance`] must give what one call gives.

use std::collections::BTreeSet;

use gosim::explore::{explore_with, prove, Budget, Phase, Property, Prover};
use support::outcome_texts;

mod support;

#[path = "../benches/explore/programs.rs"]
mod programs;

fn program(name: &str) -> std::rc::Rc<gosim::code::Program> {
    gosim::compile(&programs::source(name)).unwrap()
}

/// Complete exploration's outcomes, as `stdout` + first stderr line.
fn complete_outcomes(name: &str, max_runs: u64) -> (BTreeSet<String>, u64) {
    let ex = explore_with(program(name), Budget::new(10_000, max_runs));
    assert!(ex.complete, "{name}: not complete after {} runs", ex.runs);
    (outcome_texts(&ex), ex.runs)
}

/// Whether the benchmark program `name` can deadlock, searched in at most `max_runs`
/// runs.
fn never_deadlock(name: &str, max_runs: u64) -> gosim::explore::Proof {
    prove(
        program(name),
        &Property::NeverDeadlock,
        Budget::new(10_000, max_runs),
    )
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_lost_update_is_among_the_outcomes_of_a_complete_search() {
    let (outs, runs) = complete_outcomes("lost_update", 100_000);
    assert_eq!(outs, set(&["n = 1\n", "n = 2\n"]));
    // The probe covers it before the hunt goes on: fewer runs than loom's 90.
    assert!(runs < 90, "{runs} runs");
    let ex = explore_with(program("lost_update"), Budget::new(10_000, 100_000));
    assert!(
        ex.race.is_some(),
        "the race that needs memory steps is named"
    );
}

#[test]
fn two_counters_under_a_lock_always_reach_four() {
    let (outs, _) = complete_outcomes("counter2", 100_000);
    assert_eq!(outs, set(&["n = 4\n"]));
}

#[test]
fn a_producer_and_two_consumers_always_sum_to_ten() {
    // loom does not finish this one in five minutes (issue 16).
    let (outs, runs) = complete_outcomes("producer_consumers", 1_000_000);
    assert_eq!(outs, set(&["sum = 10\n"]));
    assert!(runs < 100_000, "{runs} runs");
}

#[test]
fn three_philosophers_fixed_by_lock_order_never_deadlock() {
    let proof = never_deadlock("philosophers3_fixed", 1_000_000);
    assert!(proof.proven, "not proven after {} runs", proof.runs);
    assert!(proof.counterexample.is_none());
    let broken = never_deadlock("philosophers3_deadlock", 1_000_000);
    assert!(!broken.proven);
    assert!(broken.counterexample.is_some());
}

#[test]
fn the_four_philosophers_deadlock_is_found_by_the_hunt_in_under_a_thousand_runs() {
    let proof = never_deadlock("philosophers4_deadlock", 100_000);
    assert!(proof.counterexample.is_some());
    assert!(proof.runs < 1_000, "{} runs", proof.runs);
}

#[test]
fn never_race_is_broken_by_the_lost_update_and_proven_for_the_locked_counter() {
    let budget = Budget::new(10_000, 100_000);
    let racy = prove(program("lost_update"), &Property::NeverRace, budget);
    assert!(racy.counterexample.is_some() && !racy.proven);
    let locked = prove(program("counter2"), &Property::NeverRace, budget);
    assert!(locked.proven, "not proven after {} runs", locked.runs);
    let always = prove(
        program("counter2"),
        &Property::AlwaysOutput(b"n = 4\n".to_vec()),
        budget,
    );
    assert!(always.proven);
    let lost = prove(
        program("lost_update"),
        &Property::AlwaysOutput(b"n = 2\n".to_vec()),
        budget,
    );
    assert!(lost.counterexample.is_some(), "n = 1 breaks it");
}

#[test]
fn a_search_in_slices_ends_as_one_call_does_and_reports_progress() {
    let budget = Budget::new(10_000, 1_000_000);
    let whole = explore_with(program("producer_consumers"), budget);
    let mut p = Prover::outcomes(program("producer_consumers"), budget);
    let mut last = p.progress();
    assert_eq!(last.phase, Phase::Hunt);
    let mut slices = 0;
    while !last.done {
        let now = p.advance(500);
        assert!(now.schedules >= last.schedules && now.states >= last.states);
        assert!(now.schedules <= last.schedules + 500);
        last = now;
        slices += 1;
    }
    assert!(slices > 3, "{slices} slices");
    assert!(last.complete);
    let sliced = p.exploration();
    assert_eq!(sliced.runs, whole.runs);
    assert_eq!(sliced.states, whole.states);
    assert_eq!(sliced.outcomes, whole.outcomes);
    assert!(sliced.complete && whole.complete);
}

const RW: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	x := 0
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.RLock()
			fmt.Print("r", x, " ")
			mu.RUnlock()
		}(i)
	}
	mu.Lock()
	x = 1
	fmt.Print("w ")
	mu.Unlock()
	wg.Wait()
	fmt.Println()
}
"#;
const COND: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			for ready == 0 {
				c.Wait()
			}
			fmt.Print(i, " ")
			mu.Unlock()
		}(i)
	}
	mu.Lock()
	ready = 1
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println()
}
"#;
const PRINT_ORDER: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		fmt.Print("a ")
		a.Unlock()
		b.Lock()
		fmt.Print("ab ")
		b.Unlock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		fmt.Print("b ")
		b.Unlock()
		a.Lock()
		fmt.Print("ba ")
		a.Unlock()
	}()
	wg.Wait()
	fmt.Println()
}
"#;
/// Goroutines running the same function that tell themselves apart only by what they
/// receive: symmetric until they print.
const SYMMETRIC_PRINTERS: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := <-ch
			mu.Lock()
			fmt.Print(v, " ")
			mu.Unlock()
		}()
	}
	for v := 1; v <= 3; v++ {
		ch <- v
	}
	wg.Wait()
	fmt.Println()
}
"#;

/// Outcomes of a complete search, folding uncontended sync operations or not.
fn outcomes_with(prog: std::rc::Rc<gosim::code::Program>, fuse: bool) -> (BTreeSet<String>, u64) {
    outcomes_reduced(prog, fuse, true)
}

/// Outcomes and states of a complete search, with the reductions chosen.
fn outcomes_reduced(
    prog: std::rc::Rc<gosim::code::Program>,
    fuse: bool,
    symmetry: bool,
) -> (BTreeSet<String>, u64) {
    let mut budget = Budget::new(10_000, 2_000_000);
    budget.fuse = fuse;
    budget.symmetry = symmetry;
    let ex = explore_with(prog, budget);
    assert!(
        ex.complete,
        "fuse {fuse}: not complete after {} runs",
        ex.runs
    );
    (outcome_texts(&ex), ex.states)
}

#[test]
fn folding_uncontended_sync_operations_loses_no_outcome() {
    // Programs whose outcomes depend on the order of sync operations: prints inside
    // and outside critical sections, an RWMutex's readers and writer, a Cond.
    let mut checked = 0;
    for name in [
        "lost_update",
        "counter2",
        "philosophers3_deadlock",
        "philosophers3_fixed",
        "producer_consumers",
    ] {
        let (fused, _) = outcomes_with(program(name), true);
        let (plain, _) = outcomes_with(program(name), false);
        assert_eq!(fused, plain, "{name}");
        checked += 1;
    }
    for src in [RW, COND, PRINT_ORDER] {
        let (fused, fused_states) = outcomes_with(gosim::compile(src).unwrap(), true);
        let (plain, plain_states) = outcomes_with(gosim::compile(src).unwrap(), false);
        assert_eq!(fused, plain, "{src}");
        assert!(fused.len() > 1, "{fused:?}");
        assert!(fused_states <= plain_states);
        checked += 1;
    }
    assert_eq!(checked, 8);
    // The deadlock is among the three philosophers' outcomes either way.
    let (outs, _) = outcomes_with(program("philosophers3_deadlock"), true);
    assert!(outs
        .iter()
        .any(|o| o.contains("all goroutines are asleep - deadlock!")));
}

#[test]
fn symmetry_reduction_loses_no_outcome_and_merges_states() {
    let mut merged = 0;
    for name in [
        "lost_update",
        "counter2",
        "counter3",
        "philosophers3_deadlock",
        "philosophers3_fixed",
        "producer_consumers",
    ] {
        let (on, on_states) = outcomes_reduced(program(name), true, true);
        let (off, off_states) = outcomes_reduced(program(name), true, false);
        assert_eq!(on, off, "{name}");
        // Where there is no symmetry to merge (each philosopher holds its own forks),
        // the two searches visit the same states in another order, and a state met again
        // with a sleep set the stored one does not cover is expanded once more: the three
        // philosophers went from 5,812 states either way to 5,813 with the reduction when
        // session 14 added a function to the runtime package (function ids order the
        // renamed goroutines). One state in a hundred is the slack; the symmetric
        // programs below must still merge.
        assert!(
            on_states <= off_states + off_states / 100,
            "{name}: {on_states} > {off_states}"
        );
        merged += usize::from(on_states < off_states);
    }
    assert!(merged >= 3, "the counters' workers are symmetric");
    for src in [RW, COND, PRINT_ORDER, SYMMETRIC_PRINTERS] {
        let (on, _) = outcomes_reduced(gosim::compile(src).unwrap(), true, true);
        let (off, _) = outcomes_reduced(gosim::compile(src).unwrap(), false, false);
        assert_eq!(on, off, "{src}");
        assert!(on.len() > 1, "{on:?}");
    }
    let (printers, _) = outcomes_reduced(gosim::compile(SYMMETRIC_PRINTERS).unwrap(), true, true);
    assert_eq!(printers.len(), 6, "every order of 1 2 3: {printers:?}");
}

#[test]
fn two_counters_complete_in_fewer_runs_than_loom_needs() {
    // loom 0.7 needs 90 executions for the same model; the persistent sets (main's
    // wg.Wait held while the workers' mutex steps run) and the probe before the hunt
    // bring the engine's count under it (87 when measured).
    let (_, runs) = complete_outcomes("counter2", 100_000);
    assert!(runs < 90, "{runs} runs");
}

#[test]
fn a_race_in_a_goroutine_that_could_be_held_is_still_found() {
    // main writes x before it waits, while the worker reads it under no lock: main's
    // step there touches shared plain memory, so main is never held out of the search
    // and the race is found.
    let src = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	x := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		fmt.Println(x)
		mu.Unlock()
	}()
	x = 1
	wg.Wait()
}
"#;
    let prog = gosim::compile(src).expect("compiles");
    let proof = prove(prog, &Property::NeverRace, Budget::new(10_000, 100_000));
    assert!(proof.counterexample.is_some(), "the race on x is found");
}
