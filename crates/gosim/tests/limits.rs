//! The engine's limits stop a run where the host would run out before Go does, with
//! a `stopped: ...` message (never one of Go's panics, which would be a wrong answer).

use gosim::vm::Limits;
use gosim::{Chooser, Exit, Machine, Policy};

fn run(src: &str, limits: Limits) -> (Exit, String) {
    let prog = gosim::compile(src).expect("compiles");
    let mut m = Machine::new(prog, Chooser::new(Policy::GoLike, 0));
    m.limits = limits;
    let exit = m.run_to_end();
    (exit, String::from_utf8_lossy(&m.stdout).into_owned())
}

#[test]
fn a_huge_slice_of_zero_size_elements_is_a_limit_not_a_panic() {
    // Go makes it (no memory is needed) and prints "made"; its length is past the
    // 2^48 bytes that would make Go panic for any other element.
    let src = r#"package main

import "fmt"

func main() {
	s := make([]struct{}, 1<<50)
	fmt.Println("made", len(s))
}
"#;
    let (exit, out) = run(src, Limits::default());
    assert!(
        matches!(&exit, Exit::Limit(m) if m.contains("make of a slice")),
        "{exit:?} {out}"
    );
}
