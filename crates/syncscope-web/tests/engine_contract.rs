//! What the widget relies on from `gosim::session`, checked against the real engine, so that a
//! change of meaning there shows up here rather than as a confusing widget.

use gosim::session::{GStatusView, Goal, Session};
use syncscope_web::share::SharedState;

const HANDOFF: &str = "package main

import \"fmt\"

func main() {
\tch := make(chan string)
\tgo func() {
\t\tfmt.Println(\"worker: sending\")
\t\tch <- \"hello\"
\t\tfmt.Println(\"worker: sent\")
\t}()
\tmsg := <-ch
\tfmt.Println(\"main: received\", msg)
}
";

const MAYBE_DEADLOCK: &str = "package main

func main() {
\tch := make(chan int)
\tgo func() {
\t\tselect {
\t\tcase ch <- 1:
\t\tdefault:
\t\t}
\t}()
\t<-ch
}
";

fn snapshot(s: &Session) -> (String, Vec<(u32, GStatusView, u32)>) {
    (
        s.stdout(),
        s.goroutines()
            .iter()
            .map(|g| (g.id, g.status, g.line))
            .collect(),
    )
}

/// A share link stores the seed, the schedule and the step; reopening it (replay, then step
/// to the position) must give the same state, whatever mix of reader picks and scheduler
/// steps led there.
#[test]
fn a_shared_state_reopens_exactly() {
    let mut s = Session::new(HANDOFF, 7).unwrap();
    s.step().unwrap();
    s.step_goroutine(2).unwrap();
    s.step_goroutine(2).unwrap();
    s.step_goroutine(1).unwrap();
    let link = SharedState {
        id: "handoff".into(),
        step: s.position(),
        seed: Some(7),
        schedule: s.schedule(),
        code: None,
    }
    .encode();
    let state = SharedState::decode(&link).unwrap().unwrap();

    let mut t = Session::new(HANDOFF, state.seed.unwrap()).unwrap();
    t.replay(&state.schedule).unwrap();
    while t.position() < state.step && t.step().is_some() {}
    t.goto(state.step);
    assert_eq!(t.position(), s.position());
    assert_eq!(snapshot(&t), snapshot(&s));
}

/// "Find it for me": the schedule found, replayed and followed until the goal holds, reaches
/// it; going to step 0 keeps the steps for Forward.
#[test]
fn a_found_schedule_reaches_the_goal_and_can_be_walked() {
    let s = Session::new(MAYBE_DEADLOCK, 1).unwrap();
    let found = s.find(&Goal::Deadlock, 1_000);
    let schedule = found.schedule.expect("a deadlocking schedule exists");
    let mut t = s.clone();
    t.replay(&schedule).unwrap();
    let mut n = 0;
    while !t.goal_reached(&Goal::Deadlock) && n < 10_000 && t.step().is_some() {
        n += 1;
    }
    assert!(t.goal_reached(&Goal::Deadlock));
    let end = t.position();
    t.goto(0);
    assert_eq!(t.recorded_len(), end);
    while t.forward() {}
    assert_eq!(t.position(), end);
    assert!(t.goal_reached(&Goal::Deadlock));
}

/// Back and forward are exact, and a refused pick keeps the redo list.
#[test]
fn back_forward_and_refused_picks() {
    let mut s = Session::new(HANDOFF, 3).unwrap();
    s.run(4);
    let at4 = snapshot(&s);
    let events = s.events().to_vec();
    assert!(s.back());
    assert!(s.back());
    assert_eq!(s.recorded_len(), 4);
    // Goroutine 9 does not exist: refused, and the two undone steps stay redoable.
    assert!(s.step_goroutine(9).is_err());
    assert_eq!(s.recorded_len(), 4);
    assert!(s.forward());
    assert!(s.forward());
    assert_eq!(snapshot(&s), at4);
    assert_eq!(s.events().to_vec(), events);
}

/// Schedules from a page or a link are checked before the engine parses them.
#[test]
fn odd_schedules_are_errors_not_panics() {
    let mut s = Session::new(HANDOFF, 1).unwrap();
    for schedule in ["1,1,2", "g", "x1", "g99", "c5.c5.c5"] {
        if syncscope_web::options::check_schedule(schedule).is_ok() {
            let _ = s.replay(schedule);
        }
    }
    assert!(syncscope_web::options::check_schedule("é1").is_err());
}
