//! Goroutines that scale (issue 15): the Go-like scheduler finds its pick without
//! listing every runnable goroutine. These tests check that the quick pick is the
//! same goroutine the full search would choose (the full search runs under a Replay
//! policy with an empty schedule, which continues Go-like), and that 100,000 parked
//! goroutines run on the command line's limits.

use gosim::{Policy, Schedule};

const CHAIN: &str = include_str!("../benches/programs/chain.go");

/// Programs whose run order depends on runnext, the run queue and preemption.
const PROGRAMS: &[&str] = &[
    r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 3000; j++ {
				mu.Lock()
				total += j % (i + 1)
				mu.Unlock()
			}
			fmt.Println("done", i)
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
"#,
    r#"package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	c := make(chan int, 3)
	for i := 0; i < 20; i++ {
		go func() {
			for k := 0; k < 5; k++ {
				c <- i*10 + k
				runtime.Gosched()
			}
		}()
	}
	go func() {
		time.Sleep(time.Millisecond)
		fmt.Println("sleeper")
	}()
	sum := 0
	for n := 0; n < 100; n++ {
		v := <-c
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println(sum)
	time.Sleep(2 * time.Millisecond)
}
"#,
];

#[test]
fn the_quick_pick_is_the_full_searchs_pick() {
    let chain = CHAIN.replace("const n = 10000\n", "const n = 300\n");
    for src in PROGRAMS.iter().copied().chain([chain.as_str()]) {
        let quick = gosim::run(src, Policy::GoLike, 7);
        let full = gosim::run(src, Policy::Replay(vec![]), 7);
        assert_eq!(quick.exit_code, Some(0), "{}", quick.stderr_first_line());
        assert_eq!(quick.stdout, full.stdout);
        assert_eq!(quick.schedule, full.schedule);
        assert!(quick.schedule != Schedule::default() || src.contains("const n"));
    }
}

#[test]
fn a_hundred_thousand_goroutines_run_on_the_default_limits() {
    let src = CHAIN.replace("const n = 10000\n", "const n = 100000\n");
    let r = gosim::run(&src, Policy::GoLike, 0);
    assert_eq!(r.exit_code, Some(0), "{}", r.stderr_first_line());
    assert_eq!(String::from_utf8_lossy(&r.stdout), "100001\n");
}
