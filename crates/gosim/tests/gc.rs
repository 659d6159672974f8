//! The garbage collector: garbage is reclaimed, live data is kept, and the heap
//! limit still stops a program whose live data keeps growing.

use gosim::vm::Limits;
use gosim::{Chooser, Machine, Policy};

const CHURN: &str = r#"package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	keep := map[int][]int{}
	var list *node
	total := 0
	for i := 0; i < 20000; i++ {
		tmp := make([]int, 50) // garbage after this iteration
		tmp[0] = i
		total += tmp[0]
		if i%1000 == 0 {
			keep[i] = []int{i, i + 1}
			list = &node{i, list}
		}
		ch := make(chan int, 1)
		ch <- i
		<-ch
	}
	n := 0
	for p := list; p != nil; p = p.next {
		n += p.val
	}
	fmt.Println(total, len(keep), keep[5000], n)
}
"#;

fn machine(src: &str, heap_words: u64) -> Machine {
    let prog = gosim::compile(src).expect("compiles");
    let mut m = Machine::new(prog, Chooser::new(Policy::GoLike, 0));
    m.limits = Limits {
        max_heap_words: heap_words,
        ..Limits::default()
    };
    m
}

#[test]
fn garbage_is_collected_and_live_data_survives() {
    // 20,000 slices of 50 ints are about 2 million words of garbage: far more than
    // the limit, so the run only finishes if garbage is reclaimed.
    let mut m = machine(CHURN, 300_000);
    m.run_to_end();
    assert_eq!(
        String::from_utf8_lossy(&m.stdout),
        "199990000 20 [5000 5001] 190000\n",
        "stderr: {}",
        String::from_utf8_lossy(&m.stderr)
    );
    assert!(m.heap.collections > 0, "the collector ran");
    assert!(m.heap.words < 300_000);
}

#[test]
fn collection_keeps_runs_deterministic() {
    let mut a = machine(CHURN, 300_000);
    let mut b = machine(CHURN, 300_000);
    a.run_to_end();
    b.run_to_end();
    assert_eq!(a.heap, b.heap);
    assert_eq!(a.steps, b.steps);
}

#[test]
fn growing_live_data_still_hits_the_limit() {
    let src = r#"package main

func main() {
	var all [][]int
	for {
		all = append(all, make([]int, 1000))
	}
}
"#;
    let mut m = machine(src, 200_000);
    let exit = m.run_to_end();
    assert!(
        matches!(&exit, gosim::Exit::Limit(msg) if msg.contains("memory limit")),
        "{exit:?}"
    );
}
