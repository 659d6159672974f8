//! A Mutex waiter's wait is measured from the first time it parked, even when that was
//! at virtual time 0. Go's monotonic clock never reads 0, and `lockSlow` takes a
//! `waitStartTime` of 0 to mean "has not waited yet"; the engine's clock does start at 0,
//! so `sync.nanotime` must not return it. These tests fail if a waiter that first parks
//! at time 0 restarts its wait on every wake-up.

mod support;

use gosim::session::Session;
use support::{mutex_state, run_watching, view};

/// main holds the lock in rounds of 400 µs and relocks at once after each Unlock, so the
/// woken waiter loses every round while the mutex is in normal mode. Its wait at the
/// wake-ups is 0.4, 0.8 and 1.2 ms: only the third is over the 1 ms threshold.
const ROUNDS: &str = r#"package main

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
		fmt.Println("waiter: got the lock")
		mu.Unlock()
		done <- true
	}()
	for round := 1; round <= 4; round++ {
		time.Sleep(400 * time.Microsecond)
		mu.Unlock()
		mu.Lock()
		fmt.Println("main: round", round)
	}
	mu.Unlock()
	<-done
}
"#;

#[test]
fn a_waiter_parked_at_time_zero_starves_after_one_millisecond() {
    let mut s = Session::new(ROUNDS, 1).unwrap();
    let mut starving_at = None;
    run_watching(&mut s, 500, |s| {
        if starving_at.is_none() && mutex_state(s) & 4 != 0 {
            starving_at = Some(s.clock_ns());
        }
    });
    // The third wake-up (1.2 ms after the waiter first parked at 0) sets the bit; a
    // restarted wait would never exceed 0.4 ms and the bit would never be set.
    assert_eq!(starving_at, Some(1_200_000));
}

#[test]
fn a_waiter_that_lost_requeues_at_the_front() {
    // Two waiters park at time 0 (g2, then g3). After main's Unlock wakes g2 and main
    // relocks, g2 parks again: it has waited before, so it goes in front of g3.
    let src = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex

func main() {
	done := make(chan bool)
	mu.Lock()
	for i := 2; i <= 3; i++ {
		go func() {
			mu.Lock()
			fmt.Println("goroutine", i)
			mu.Unlock()
			done <- true
		}()
		time.Sleep(100 * time.Microsecond)
	}
	mu.Unlock()
	mu.Lock()
	time.Sleep(100 * time.Microsecond)
	mu.Unlock()
	<-done
	<-done
}
"#;
    let mut s = Session::new(src, 1).unwrap();
    // The queue orders seen, without repeats: parked in arrival order, g2 taken off by
    // the wake-up, then g2 back in front.
    let mut orders: Vec<Vec<u32>> = Vec::new();
    run_watching(&mut s, 500, |s| {
        let order: Vec<u32> = view(s, "mu").queue.iter().map(|w| w.goroutine).collect();
        if orders.last() != Some(&order) {
            orders.push(order);
        }
    });
    let woken = orders
        .iter()
        .position(|o| o == &[3])
        .expect("g2 is woken while g3 stays parked");
    assert_eq!(
        orders.get(woken + 1),
        Some(&vec![2, 3]),
        "g2 lost to main's relock and must requeue in front of g3: {orders:?}"
    );
}
