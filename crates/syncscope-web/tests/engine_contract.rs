//! What the widget relies on from `gosim::session`, checked against the real engine, so that a
//! change of meaning there shows up here rather than as a confusing widget.

use gosim::session::{Detail, GStatusView, Goal, Session};
use support::WORKER_WAITS;
use syncscope_web::share::SharedState;

// The engine's own test support: the programs both crates' tests step.
#[path = "../../gosim/tests/support/mod.rs"]
mod support;

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
        substeps: false,
        sub: 0,
    }
    // No code, so nothing for the browser to deflate.
    .fragment(None);
    let state = SharedState::decode(&link).unwrap().unwrap().state;

    let mut t = Session::new(HANDOFF, state.seed.unwrap()).unwrap();
    t.replay(&state.schedule).unwrap();
    while t.position() < state.step && t.step().is_some() {}
    t.goto(state.step);
    assert_eq!(t.position(), s.position());
    assert_eq!(snapshot(&t), snapshot(&s));
}

/// Opens a link the way the widget does: replay its schedule and follow the run to its end,
/// then go to the linked scheduling point (and the sub-step stops into its operation).
fn reopen(src: &str, link: &str) -> Session {
    let state = SharedState::decode(link).unwrap().unwrap().state;
    let mut t = Session::new(src, state.seed.unwrap()).unwrap();
    if state.substeps {
        t.set_detail(Detail::SubSteps);
    }
    t.replay(&state.schedule).unwrap();
    while t.step().is_some() {}
    let at = t.position_of_operation(state.step, state.sub);
    t.goto(at);
    t
}

fn share(s: &Session) -> String {
    SharedState {
        id: "contended".into(),
        step: s.operation_position(),
        seed: Some(s.seed()),
        schedule: s.schedule(),
        code: None,
        substeps: s.detail() == Detail::SubSteps,
        sub: s.events().iter().rev().take_while(|e| e.substep).count(),
    }
    .fragment(None)
}

/// A link taken with sub-steps on, even inside a sync operation, reopens at the same state,
/// the same position and with the same goroutine held; one taken between operations also
/// reopens at the same state with sub-steps off (where positions differ but states agree).
#[test]
fn a_shared_state_with_sub_steps_reopens_exactly() {
    let mut s = Session::new(WORKER_WAITS, 5).unwrap();
    s.set_detail(Detail::SubSteps);
    let stop = loop {
        let e = s.step().expect("the worker's wake-up is a sub-step stop");
        if e.substep {
            break e;
        }
    };
    assert!(stop.label.is_some());
    assert_eq!(s.held(), Some(stop.goroutine));
    let link = share(&s);
    assert!(link.contains("&d=substeps&sub=1"), "{link}");
    let t = reopen(WORKER_WAITS, &link);
    assert_eq!(t.position(), s.position());
    assert_eq!(t.held(), s.held());
    assert_eq!(snapshot(&t), snapshot(&s));
    assert_eq!(t.events(), s.events());

    // One step on, the operation ends at a scheduling point: no `sub`, and the same state
    // under either detail.
    s.step().unwrap();
    assert_eq!(s.held(), None);
    let link = share(&s);
    assert!(!link.contains("sub="), "{link}");
    let t = reopen(WORKER_WAITS, &link);
    assert_eq!(t.position(), s.position());
    assert_eq!(snapshot(&t), snapshot(&s));
    let plain = reopen(WORKER_WAITS, &link.replace("&d=substeps", ""));
    assert_eq!(plain.operation_position(), s.operation_position());
    assert!(plain.position() < s.position());
    assert_eq!(snapshot(&plain), snapshot(&s));
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
