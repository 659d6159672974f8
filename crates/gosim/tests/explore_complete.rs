//! "Complete" is a promise: every behaviour was covered. The explorer interleaves
//! synchronisation, not a program's own reads and writes, so it may make that promise
//! only for a program without data races (Go's DRF-SC): these tests fail if a racy
//! program's outcomes are called complete while one of them is missing, or if the race
//! check makes every search incomplete.

use gosim::explore::explore;

/// Two goroutines increment `n` without a lock: `n = 1` (a lost update) is possible
/// (the explorer's own benchmark program).
const LOST_UPDATE: &str = include_str!("../benches/explore/lost_update.go");

/// Two senders race only for the channel: two orders, both seen, nothing else.
const TWO_SENDERS: &str = r#"package main

import "fmt"

func main() {
	c := make(chan string)
	go func() { c <- "a" }()
	go func() { c <- "b" }()
	fmt.Println(<-c, <-c)
}
"#;

#[test]
fn a_lost_update_is_found_or_the_search_is_not_complete() {
    let prog = gosim::compile(LOST_UPDATE).unwrap();
    let ex = explore(prog, 10_000, 1_000);
    let lost = ex.outcomes.iter().any(|(o, _)| o.stdout == b"n = 1\n");
    assert!(
        lost || !ex.complete,
        "complete with {} outcome(s) but without the lost update",
        ex.outcomes.len()
    );
    assert!(
        ex.race.is_some(),
        "the race that makes it incomplete is named"
    );
}

#[test]
fn a_race_free_program_is_still_explored_completely() {
    let prog = gosim::compile(TWO_SENDERS).unwrap();
    let ex = explore(prog, 10_000, 1_000);
    let outs: Vec<&[u8]> = ex.outcomes.iter().map(|(o, _)| &o.stdout[..]).collect();
    assert_eq!(outs, [&b"a b\n"[..], &b"b a\n"[..]]);
    assert!(ex.complete, "a race-free program's search finishes");
    assert!(ex.race.is_none());
}
