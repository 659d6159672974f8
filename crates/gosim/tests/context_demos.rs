//! The context chapter's exercises (`src/context/index.md`, programs in
//! `demos/context/`): each goal must be found by the search a reader's "find it for me"
//! runs, with the run budget the book's build allows. The build's own check passes a goal
//! the bounded search did not rule out, so without this test an exercise whose goal lies
//! beyond the budget would reach readers unsolvable by the search.

use gosim::session::{Goal, Session};

/// The build's budget per block (`mdbook-syncscope`'s `GOAL_SEARCH_RUNS`).
const RUNS: u64 = 3_000;

fn demo(name: &str) -> String {
    let path = format!("{}/../../demos/context/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Finds `goal` in `name` and checks that the default run does not meet it already
/// (an exercise must ask for something).
fn exercise(name: &str, goal: Goal, default_output: &str) {
    let src = demo(name);
    let r = gosim::run(&src, gosim::Policy::GoLike, 1);
    assert_eq!(String::from_utf8_lossy(&r.stdout), default_output, "{name}");
    let session = Session::new(&src, 0).expect("compiles");
    let found = session.find(&goal, RUNS);
    assert!(
        found.schedule.is_some(),
        "{name}: goal not found in {} runs",
        found.runs
    );
}

#[test]
fn the_cancellation_can_arrive_first() {
    exercise(
        "first_wins.go",
        Goal::Output("canceled: context canceled\n".into()),
        "result: 42\n",
    );
}

#[test]
fn the_deadline_can_be_missed() {
    exercise(
        "deadline_miss.go",
        Goal::Output("gave up: context deadline exceeded\n".into()),
        "report ready\n",
    );
}

#[test]
fn the_workers_can_be_left_waiting() {
    exercise("leak.go", Goal::Deadlock, "42 <nil>\nworkers stopped\n");
}
