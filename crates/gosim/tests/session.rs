//! The stepping session the widgets use: exact back and forward, replay of schedule
//! strings, goroutine/frame/variable views, goals and the search for them.

use gosim::inspect::{FieldValue, Holder, Kind, State, Wait};
use gosim::session::{Detail, GStatusView, Goal, GoroutineView, Session, SNAPSHOT_EVERY};
use support::{lcg_next, runnable, session, HITS, WORKER_WAITS};

mod support;

const PING: &str = r#"package main

import "fmt"

var total int

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ch {
			total += v
		}
		done <- true
	}()
	for i := 1; i <= 3; i++ {
		ch <- i
	}
	close(ch)
	<-done
	fmt.Println("total", total)
}
"#;

const DEADLOCKABLE: &str = r#"package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		select {
		case v := <-ch:
			fmt.Println("got", v)
		default:
			fmt.Println("nothing yet")
		}
		done <- true
	}()
	ch <- 1
	<-done
}
"#;

fn run_all(s: &mut Session) -> usize {
    s.run(100_000)
}

/// A fresh session of `src` replayed to the step where the search (at most
/// `max_runs` runs) found `goal`, which must be reachable; the goal holds there.
fn reach(src: &str, goal: &Goal, max_runs: u64) -> Session {
    let f = Session::new(src, 0).unwrap().find(goal, max_runs);
    let sched = f
        .schedule
        .unwrap_or_else(|| panic!("{goal:?} is reachable"));
    let mut r = Session::new(src, 0).unwrap();
    r.replay_to(&sched, f.steps).unwrap();
    assert!(r.goal_reached(goal), "{goal:?} holds where it was found");
    r
}

#[test]
fn compile_errors_carry_line_and_column() {
    let errs = Session::new("package main\n\nfunc main() {\n\tx := 1\n}\n", 0).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!((errs[0].line, errs[0].col), (4, 2));
    assert_eq!(errs[0].message, "declared and not used: x");
    assert_eq!(errs[0].to_string(), "prog.go:4:2: declared and not used: x");
}

#[test]
fn stepping_to_the_end_matches_a_plain_run() {
    let mut s = Session::new(PING, 1).unwrap();
    let n = run_all(&mut s);
    assert!(n > 5, "only {n} steps");
    assert_eq!(s.stdout(), "total 6\n");
    let f = s.finished().expect("finished");
    assert_eq!(f.exit_code, Some(0));
    assert_eq!(f.message, "");
    assert_eq!(s.position(), n);
    assert_eq!(s.events().len(), n);
    assert!(s.step().is_none(), "no step after the end");
}

#[test]
fn back_and_forward_are_exact() {
    let mut s = Session::new(PING, 3).unwrap();
    let mut states = vec![(s.stdout(), s.goroutines(), s.schedule())];
    while s.step().is_some() {
        states.push((s.stdout(), s.goroutines(), s.schedule()));
    }
    let n = s.position();
    // Walk all the way back, checking every state on the way.
    for k in (0..n).rev() {
        assert!(s.back());
        assert_eq!(s.position(), k);
        assert_eq!(
            (s.stdout(), s.goroutines(), s.schedule()),
            states[k],
            "state after going back to step {k}"
        );
    }
    assert!(!s.back(), "nothing before the start");
    // And forward again over the recorded steps.
    for (k, state) in states.iter().enumerate().skip(1) {
        assert!(s.forward());
        assert_eq!(s.position(), k);
        assert_eq!(&(s.stdout(), s.goroutines(), s.schedule()), state);
    }
    assert!(!s.forward());
}

#[test]
fn a_new_step_after_back_drops_the_redo_list() {
    let mut s = Session::new(PING, 0).unwrap();
    s.run(6);
    s.goto(2);
    assert_eq!(s.recorded_len(), 6);
    assert_eq!(s.recorded_events().len(), 6);
    assert_eq!(s.events().len(), 2);
    s.step();
    assert_eq!(s.position(), 3);
    assert_eq!(s.recorded_len(), 3);
    assert!(!s.forward());
}

#[test]
fn manual_picks_are_replayed_by_going_back() {
    let mut s = Session::new(DEADLOCKABLE, 0).unwrap();
    // Start the goroutine, then run it first: it takes the select's default, and
    // the program deadlocks.
    s.step().unwrap();
    let runnable: Vec<u32> = s
        .goroutines()
        .iter()
        .filter(|g| matches!(g.status, GStatusView::Runnable | GStatusView::Running))
        .map(|g| g.id)
        .collect();
    assert!(runnable.contains(&2), "goroutines: {:?}", s.goroutines());
    s.step_goroutine(2).unwrap();
    run_all(&mut s);
    let end = (s.stdout(), s.stderr(), s.schedule());
    s.goto(0);
    s.goto(s.recorded_len());
    assert_eq!((s.stdout(), s.stderr(), s.schedule()), end);
}

#[test]
fn blocked_goroutines_refuse_with_the_reason_and_keep_the_redo_list() {
    let mut s = Session::new(PING, 0).unwrap();
    // main runs until it blocks sending on ch (the receiver has not run yet).
    while s
        .goroutines()
        .first()
        .is_some_and(|g| g.status != GStatusView::Blocked)
    {
        s.step().unwrap();
    }
    let main = &s.goroutines()[0];
    assert_eq!(main.wait_reason.as_deref(), Some("chan send"));
    assert_eq!(main.line, 17, "main waits on `ch <- i`");
    s.step();
    s.back();
    let before = s.recorded_len();
    let err = s.step_goroutine(1).unwrap_err();
    assert_eq!(err, "goroutine 1 is blocked (chan send)");
    assert_eq!(s.recorded_len(), before);
    assert!(s.step_goroutine(99).is_err());
}

#[test]
fn replay_reproduces_a_schedule_string() {
    let mut a = Session::new(DEADLOCKABLE, 11).unwrap();
    run_all(&mut a);
    let sched = a.schedule();
    let mut b = Session::new(DEADLOCKABLE, 999).unwrap();
    b.replay(&sched).unwrap();
    run_all(&mut b);
    assert_eq!((b.stdout(), b.stderr()), (a.stdout(), a.stderr()));
    assert!(b.replay("g9.g9.g9").is_err());
    assert!(b.replay("nonsense").is_err());
}

#[test]
fn going_back_far_in_a_long_run_works() {
    let src = r#"package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3000; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
}
"#;
    let mut s = Session::new(src, 5).unwrap();
    run_all(&mut s);
    let n = s.position();
    assert!(n > 4 * SNAPSHOT_EVERY, "a long run: {n} steps");
    assert_eq!(s.stdout(), "4498500\n");
    let mid = n / 2 + 3;
    s.goto(mid);
    let at_mid = (s.goroutines(), s.stdout());
    s.goto(n);
    assert_eq!(s.stdout(), "4498500\n");
    s.goto(mid);
    assert_eq!((s.goroutines(), s.stdout()), at_mid);
    // The sum so far is visible as main's local.
    let main = &s.goroutines()[0];
    let sum = main.frames[0]
        .locals
        .iter()
        .find(|v| v.name == "sum")
        .expect("sum is a local of main");
    assert_eq!(sum.type_name, "int");
    assert!(sum.value.parse::<i64>().is_ok(), "{sum:?}");
}

#[test]
fn views_show_frames_locals_and_globals_as_go_prints_them() {
    let src = r#"package main

import "fmt"

type Point struct {
	X, Y int
}

var origin = Point{1, 2}

func show(p Point, names []string) {
	ch := make(chan int)
	go func() { ch <- 1 }()
	<-ch
	fmt.Println(p, names)
}

func main() {
	m := map[string]int{"b": 2, "a": 1}
	show(Point{3, 4}, []string{"x", "y"})
	fmt.Println(m)
}
"#;
    let mut s = Session::new(src, 0).unwrap();
    // Run until show's goroutine exists and main is blocked in show.
    while s.goroutines().len() < 2 {
        s.step().unwrap();
    }
    let g = s.goroutines();
    let main = &g[0];
    assert_eq!(main.function, "main.show");
    assert_eq!(
        main.frames
            .iter()
            .map(|f| f.function.as_str())
            .collect::<Vec<_>>(),
        ["main.show", "main.main"]
    );
    let show = &main.frames[0];
    let p = show.locals.iter().find(|v| v.name == "p").unwrap();
    assert_eq!(
        (p.type_name.as_str(), p.value.as_str()),
        ("main.Point", "{3 4}")
    );
    let names = show.locals.iter().find(|v| v.name == "names").unwrap();
    assert_eq!(names.value, "[x y]");
    let m = main.frames[1]
        .locals
        .iter()
        .find(|v| v.name == "m")
        .unwrap();
    assert_eq!(m.value, "map[a:1 b:2]");
    assert_eq!(g[1].created_by, Some(1));
    assert_eq!(g[1].function, "main.show.func1");
    assert_eq!(g[1].start_line, 13, "the closure's `go func()` line");
    let globals = s.globals();
    assert_eq!(globals.len(), 1, "{globals:?}");
    assert_eq!(globals[0].name, "origin");
    assert_eq!(globals[0].value, "{1 2}");
}

#[test]
fn goals_are_checked_and_found() {
    let s = Session::new(DEADLOCKABLE, 0).unwrap();
    assert!(!s.goal_reached(&Goal::Deadlock));
    let mut r = reach(DEADLOCKABLE, &Goal::Deadlock, 500);
    run_all(&mut r);
    assert!(r.goal_reached(&Goal::Deadlock), "stderr: {}", r.stderr());
    assert_eq!(
        r.finished().unwrap().message,
        "fatal error: all goroutines are asleep - deadlock!"
    );

    // Output goals: the one way that does not deadlock.
    let f = s.find(&Goal::Output("got 1\n".into()), 500);
    let mut r = Session::new(DEADLOCKABLE, 0).unwrap();
    r.replay(&f.schedule.expect("reachable")).unwrap();
    run_all(&mut r);
    assert_eq!(r.stdout(), "got 1\n");
    // An unreachable output: the search covers everything and says so.
    let f = s.find(&Goal::Output("never\n".into()), 500);
    assert_eq!(f.schedule, None);
    assert!(f.complete);
    // No data race anywhere: the search covers every schedule and finds none.
    let none = s.find(&Goal::Race, 500);
    assert_eq!(none.schedule, None);
    assert!(none.complete);
}

#[test]
fn together_and_var_goals() {
    // Main on line 13 while the goroutine is on line 10.
    let mut r = reach(HITS, &Goal::Together([13, 10]), 200);
    assert!(r.goal_reached(&Goal::Together([13, 10])));
    let var_goal = Goal::Var {
        name: "hits".into(),
        value: "2".into(),
    };
    assert!(!r.goal_reached(&var_goal));
    run_all(&mut r);
    assert!(r.goal_reached(&var_goal));
    assert!(!r.goal_reached(&Goal::Var {
        name: "hits".into(),
        value: "3".into()
    }));
}

#[test]
fn panics_are_goals_too() {
    let src = "package main\n\nfunc main() {\n\tvar m map[string]int\n\tm[\"a\"] = 1\n}\n";
    let mut s = Session::new(src, 0).unwrap();
    run_all(&mut s);
    let f = s.finished().unwrap();
    assert_eq!(f.exit_code, Some(2));
    assert_eq!(f.message, "panic: assignment to entry in nil map");
    assert!(s.goal_reached(&Goal::Panic("assignment to entry in nil map".into())));
    assert!(!s.goal_reached(&Goal::Panic("something else".into())));
}

#[test]
fn inspector_shows_channels_and_sync_primitives_with_their_queues() {
    let src = r#"package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex

type store struct {
	wg   sync.WaitGroup
	jobs chan int
}

func main() {
	s := &store{jobs: make(chan int, 2)}
	s.jobs <- 1
	s.jobs <- 2
	mu.Lock()
	for i := 0; i < 2; i++ {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			mu.Lock()
			mu.Unlock()
		}()
	}
	go func() { s.jobs <- 3 }()
	for len(s.jobs) > 0 {
		fmt.Println(<-s.jobs)
		break
	}
	mu.Unlock()
	s.wg.Wait()
}
"#;
    let mut s = Session::new(src, 0).unwrap();
    // Run until both workers wait on the mutex and the third sender is queued.
    let mut guard = 0;
    loop {
        let g = s.goroutines();
        let lock_waiters = g
            .iter()
            .filter(|g| g.wait_reason.as_deref() == Some("sync.Mutex.Lock"))
            .count();
        let sender_waits = g
            .iter()
            .any(|g| g.wait_reason.as_deref() == Some("chan send"));
        if lock_waiters == 2 && sender_waits {
            break;
        }
        // Keep main from running ahead: pick the others first.
        let next = g
            .iter()
            .rev()
            .find(|g| matches!(g.status, GStatusView::Runnable | GStatusView::Running))
            .map(|g| g.id)
            .expect("someone can run");
        s.step_goroutine(next).unwrap();
        guard += 1;
        assert!(guard < 200, "never reached the state: {:?}", s.goroutines());
    }
    let prims = s.primitives();
    let names: Vec<&str> = prims.iter().map(|p| p.name.as_str()).collect();
    let mutex = prims.iter().find(|p| p.name == "mu").expect("{names:?}");
    assert_eq!(mutex.kind(), Kind::Mutex);
    assert_eq!(mutex.type_name, "sync.Mutex");
    assert_eq!(mutex.fields[0].name, "state");
    // Locked, and two waiters counted above bit 3: 1 + 2<<3 = 17.
    assert_eq!(mutex.fields[0].value, FieldValue::MutexWord(17));
    let word = mutex.state.lock_word().unwrap();
    assert!(word.locked && !word.woken && !word.starving && word.waiters == 2);
    assert!(mutex.fields[0].meaning.contains("locked"));
    // Main locked it, in its own step.
    assert_eq!(mutex.holding.as_ref().unwrap().writer, Holder::Goroutine(1));
    assert_eq!(
        mutex.queue.iter().map(|w| w.goroutine).collect::<Vec<_>>(),
        [2, 3],
        "FIFO queue on the semaphore"
    );
    let jobs = prims
        .iter()
        .find(|p| p.name.ends_with("s.jobs"))
        .unwrap_or_else(|| panic!("{names:?}"));
    assert_eq!(jobs.type_name, "chan int");
    let State::Chan(c) = &jobs.state else {
        panic!("{jobs:?}")
    };
    assert_eq!(c.buffer, ["1", "2"]);
    assert_eq!((c.cap, c.closed), (2, false));
    assert_eq!(jobs.queue.len(), 1);
    assert_eq!(
        jobs.queue[0].wait,
        Wait::Send {
            value: "3".into(),
            select: false
        }
    );
    assert!(jobs.holding.is_none());
    let wg = prims
        .iter()
        .find(|p| p.kind() == Kind::WaitGroup)
        .unwrap_or_else(|| panic!("{names:?}"));
    assert_eq!(wg.fields[1].value, FieldValue::Int(2), "{:?}", wg.fields);
    assert!(matches!(wg.state, State::WaitGroup(w) if w.counter == 2 && w.waiters == 0));
}

#[test]
fn races_are_found_reported_and_searchable() {
    let src = HITS;
    let mut s = Session::new(src, 0).unwrap();
    run_all(&mut s);
    // The output stays what `go run` prints; the race is reported beside it.
    assert_eq!(s.stdout(), "2\n");
    assert_eq!(s.finished().unwrap().exit_code, Some(0));
    let races = s.races();
    assert_eq!(races.len(), 1, "{races:?}");
    let mut lines = [races[0].current.line, races[0].previous.line];
    lines.sort();
    assert_eq!(lines, [10, 13]);
    let text = s.race_text(0).unwrap();
    assert!(
        text.starts_with("==================\nWARNING: DATA RACE\n"),
        "{text}"
    );
    assert!(s.goal_reached(&Goal::Race));
    let f = Session::new(src, 0).unwrap().find(&Goal::Race, 100);
    assert!(f.schedule.is_some());
}

#[test]
fn shared_memory_accesses_are_steps_so_updates_can_be_lost() {
    // Two goroutines each add one to `counter` under a WaitGroup.
    let src = include_str!("race/racy_counter.go");
    // Both goroutines read 0 before either writes: the classic lost update.
    let mut r = reach(src, &Goal::Output("1\n".into()), 2_000);
    run_all(&mut r);
    assert_eq!(r.stdout(), "1\n");
    let kinds: Vec<String> = r
        .events()
        .iter()
        .filter(|e| e.kind == gosim::vm::EventKind::Memory)
        .map(|e| e.text.clone())
        .collect();
    assert!(kinds.contains(&"read counter".to_string()), "{kinds:?}");
    assert!(kinds.contains(&"write counter".to_string()), "{kinds:?}");
    // And the straightforward run still prints 2.
    let mut plain = Session::new(src, 0).unwrap();
    run_all(&mut plain);
    assert_eq!(plain.stdout(), "2\n");
}

#[test]
fn steps_say_whom_they_woke() {
    let mut s = Session::new(PING, 0).unwrap();
    let mut woke_main = false;
    while let Some(ev) = s.step() {
        // The goroutine receiving from ch wakes main, blocked sending on it.
        if ev.goroutine == 2 && ev.woke.contains(&1) {
            woke_main = true;
        }
        assert!(!ev.woke.contains(&ev.goroutine));
    }
    assert!(woke_main, "{:?}", s.events());
}

/// Two producers and a select loop that sets drained channels to nil (the channels
/// chapter's `nil-merge` block): goroutine picks and select cases interleave.
const NIL_MERGE: &str = r#"package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		a <- 1
		a <- 2
		close(a)
	}()
	go func() {
		b <- 10
		close(b)
	}()
	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			fmt.Println("a", v)
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			fmt.Println("b", v)
			sum += v
		}
	}
	fmt.Println("sum:", sum)
}
"#;

/// What a share link must reproduce: the output, every goroutine's place, the clock.
fn state_of(s: &Session) -> String {
    let gs: Vec<String> = s
        .goroutines()
        .iter()
        .map(|g| format!("{}:{:?}:{}:{:?}", g.id, g.status, g.line, g.wait_reason))
        .collect();
    format!("{:?}|{}|{}", gs, s.stdout(), s.clock_ns())
}

/// A share link is (schedule, step). Steps taken by the reader's hand, including picks of
/// the only runnable goroutine, must not add decisions the scheduler never makes, or the
/// link opens a different state (or fails to load). Walks mixing Step, lane picks and
/// Back, over every seed of a small generator, must all reopen exactly.
#[test]
fn share_links_reopen_mixed_manual_and_scheduler_walks() {
    for (name, src) in [("nil-merge", NIL_MERGE), ("ping", PING)] {
        for walk in 0u64..60 {
            let mut s = Session::new(src, 7).unwrap();
            let mut r = lcg_next(walk);
            for _ in 0..14 {
                r = lcg_next(r);
                let runnable = runnable(&s);
                match (r >> 33) % 4 {
                    0 => {
                        s.step();
                    }
                    1 => {
                        s.back();
                    }
                    _ if !runnable.is_empty() => {
                        let g = runnable[((r >> 40) as usize) % runnable.len()];
                        s.step_goroutine(g).unwrap();
                    }
                    _ => {}
                }
            }
            let (schedule, at, want) = (s.schedule(), s.position(), state_of(&s));
            let mut t = Session::new(src, 7).unwrap();
            t.replay_to(&schedule, at)
                .unwrap_or_else(|e| panic!("{name} walk {walk}: {schedule}: {e}"));
            assert_eq!(t.position(), at, "{name} walk {walk}: {schedule}");
            assert_eq!(state_of(&t), want, "{name} walk {walk}: {schedule}");
        }
    }
}

/// The deadlock traceback's `created by` names the function that ran the `go`
/// statement, not the function the goroutine runs (checked against go1.27.3, whose
/// goroutine ids are ours plus 3: it starts three runtime goroutines first).
#[test]
fn tracebacks_name_the_function_that_ran_go() {
    let src = r#"package main

type Hub struct{ ch chan int }

func (h *Hub) start() {
	go h.run()
}

func (h *Hub) run() {
	h.ch <- 1
}

func main() {
	h := &Hub{ch: make(chan int)}
	h.start()
	go func() {
		go func() { select {} }()
		h.ch <- 2
	}()
	select {}
}
"#;
    let mut s = Session::new(src, 1).unwrap();
    run_all(&mut s);
    let err = s.stderr();
    assert!(
        err.starts_with("fatal error: all goroutines are asleep - deadlock!"),
        "{err}"
    );
    for line in [
        "created by main.(*Hub).start in goroutine 1",
        "created by main.main in goroutine 1",
        "created by main.main.func1 in goroutine 3",
    ] {
        assert!(err.contains(line), "missing {line:?} in\n{err}");
    }
    assert!(!err.contains("created by main.(*Hub).run"), "{err}");
}

/// Snapshots are kept without the decision trace, which is rebuilt when one is restored:
/// after any jump, back or forward and across many snapshots, `schedule()` must be exactly
/// what it was when that step was first reached, manual picks included.
#[test]
fn schedules_stay_exact_across_snapshot_jumps() {
    let src = r#"package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 300; i++ {
			a <- i
		}
	}()
	go func() {
		for i := 0; i < 300; i++ {
			b <- i
		}
	}()
	n := 0
	for i := 0; i < 600; i++ {
		select {
		case v := <-a:
			n += v
		case v := <-b:
			n -= v
		}
	}
	fmt.Println(n)
}
"#;
    let mut s = Session::new(src, 3).unwrap();
    let mut at = vec![s.schedule()];
    let mut r: u64 = 12345;
    while at.len() < 1500 {
        r = lcg_next(r);
        let runnable = runnable(&s);
        let stepped = if (r >> 35).is_multiple_of(3) && !runnable.is_empty() {
            s.step_goroutine(runnable[(r >> 40) as usize % runnable.len()])
                .is_ok()
        } else {
            s.step().is_some()
        };
        if !stepped {
            break;
        }
        at.push(s.schedule());
    }
    assert!(
        at.len() > 1000,
        "the run is long enough to cross many snapshots"
    );
    let last = at.len() - 1;
    for k in [last, 0, 700, 64, 63, 65, 1200, 5, 999, last, 128, 1000, 1] {
        let k = k.min(last);
        s.goto(k);
        assert_eq!(s.position(), k);
        assert_eq!(s.schedule(), at[k], "schedule after goto({k})");
    }
    // And the schedule at a mid step reopens that step's state in a fresh session.
    s.goto(700);
    let mut t = Session::new(src, 3).unwrap();
    t.replay_to(&s.schedule(), 700).unwrap();
    assert_eq!(t.goroutines().len(), s.goroutines().len());
    assert_eq!(format!("{:?}", t.globals()), format!("{:?}", s.globals()));
    assert_eq!(t.position(), 700);
}

// Switching detail with steps recorded (the widget's Expand toggle).

fn state(s: &Session) -> (String, Vec<GoroutineView>, Option<u32>) {
    (s.stdout(), s.goroutines(), s.held())
}

#[test]
fn expanding_keeps_the_state_and_the_redo_list() {
    let mut s = Session::new(WORKER_WAITS, 3).unwrap();
    while s.step().is_some() {}
    let end = state(&s);
    let ops_total = s.operation_position();
    s.goto(6);
    let at6 = state(&s);
    // On: same state, more positions, and Forward still walks to the same end.
    let target = s.recut(Detail::SubSteps).unwrap();
    s.goto(target);
    assert_eq!(state(&s), at6);
    assert_eq!(s.operation_position(), 6);
    assert!(s.recorded_len() > ops_total, "sub-step stops were recorded");
    assert!(s.recorded_events().iter().any(|e| e.label.is_some()));
    while s.forward() {}
    assert_eq!(state(&s), end);
    // Inside an operation (a stop), on again: the very same stop.
    s.goto(0);
    while s.held().is_none() {
        s.forward();
    }
    let stop = (s.position(), state(&s));
    let target = s.recut(Detail::SubSteps).unwrap();
    s.goto(target);
    assert_eq!((s.position(), state(&s)), stop);
    // Off from inside: the operation is finished, nothing is held, no labels are left.
    let ops = s.operation_position();
    let target = s.recut(Detail::Operations).unwrap();
    s.goto(target);
    assert_eq!(s.held(), None);
    assert_eq!(s.position(), ops + 1);
    assert!(s
        .recorded_events()
        .iter()
        .all(|e| e.label.is_none() && !e.substep));
    assert_eq!(s.recorded_len(), ops_total);
    while s.forward() {}
    assert_eq!(state(&s), end);
}

#[test]
fn stops_into_an_operation_are_counted_from_the_end() {
    let mut s = session(WORKER_WAITS, 3, Detail::SubSteps);
    assert_eq!(s.stops_into_operation(), 0);
    while s.held().is_none() {
        s.step().unwrap();
    }
    assert_eq!(s.stops_into_operation(), 1);
    assert_eq!(
        s.recorded_events().iter().filter(|e| e.substep).count(),
        1,
        "one stop so far"
    );
    // The position of that state counted in operations and stops, and one further.
    let ops = s.operation_position();
    assert_eq!(s.position_of_operation(ops, 1), s.position());
    assert_eq!(s.position_of_operation(ops, 0), s.position() - 1);
    assert_eq!(s.position_of_operation(ops + 99, 0), s.recorded_len());
}

/// Before a goroutine runs code of its own, its lane is named as Go's traceback names it
/// (go1.27.3 with GOMAXPROCS=1 and GOTRACEBACK=all, panicking before any of them ran):
/// `go close(c)` starts in the compiler's `gowrapN` closures (one
/// counter per function, shared with `deferwrapN`, skipping a plain `f()`), a method
/// value in its `-fm` wrapper; a closure in a closure counts on its own.
#[test]
fn goroutines_started_on_builtins_and_method_values_bear_gos_names() {
    let src = r#"package main

type S struct{ c chan int }

func (s *S) run() { <-s.c }

func main() {
	c := make(chan int)
	defer close(c)
	s := &S{c}
	f := s.run
	go f()
	go s.run()
	go close(c)
	go func() {
		go close(make(chan int))
	}()
	select {}
}
"#;
    let mut s = Session::new(src, 0).unwrap();
    while s.goroutines().len() < 5 {
        s.step().unwrap();
    }
    let names: Vec<(u32, String)> = s
        .goroutines()
        .iter()
        .map(|g| (g.id, g.function.clone()))
        .collect();
    let name = |id: u32| names.iter().find(|n| n.0 == id).map(|n| n.1.as_str());
    assert_eq!(name(2), Some("main.(*S).run-fm"), "{names:?}");
    assert_eq!(name(4), Some("main.main.gowrap3"), "{names:?}");
    // The builtin's goroutine stands on its `go` line until it runs.
    let g4 = s.goroutines().into_iter().find(|g| g.id == 4).unwrap();
    assert_eq!(g4.start_line, 14);
    // Run the closure until it has started its own goroutine.
    while s.goroutines().len() < 6 {
        s.step_goroutine(5).unwrap();
    }
    let g6 = s.goroutines().into_iter().find(|g| g.id == 6).unwrap();
    assert_eq!(g6.function, "main.main.func1.gowrap1");
}

/// The step that leaves every goroutine blocked ends the run with Go's deadlock error
/// (go1.27.3: `fatal error: all goroutines are asleep - deadlock!`, exit 2) at once: no
/// extra click is needed to learn that nothing can run. A sleeper is not asleep for good
/// (its timer wakes it), so a program whose only other goroutine sleeps goes on.
#[test]
fn a_deadlock_is_declared_by_the_step_that_makes_it() {
    let src = r#"package main

import "time"

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(time.Millisecond)
		<-ch
	}()
	<-ch
}
"#;
    let mut s = Session::new(src, 0).unwrap();
    let mut last_blocked_at = None;
    for i in 1..=20 {
        s.step().unwrap();
        let g = s.goroutines();
        let all_blocked = g
            .iter()
            .all(|g| !matches!(g.status, GStatusView::Runnable | GStatusView::Running));
        if s.finished().is_some() {
            break;
        }
        if all_blocked {
            // main waits on ch while goroutine 2 sleeps: its timer will wake it.
            assert!(
                g.iter().any(|g| g.wait_reason.as_deref() == Some("sleep")),
                "step {i}: every goroutine blocked and none asleep on a timer, yet no deadlock: {g:?}"
            );
        }
        last_blocked_at = Some(i);
    }
    let finish = s.finished().expect("the program deadlocks");
    assert_eq!(finish.exit_code, Some(2));
    assert_eq!(
        finish.message,
        "fatal error: all goroutines are asleep - deadlock!"
    );
    assert!(last_blocked_at.is_some());
    // Back and forward over the last step keep the same ending.
    let at = s.position();
    assert!(s.back());
    assert!(s.finished().is_none());
    assert!(s.forward());
    assert_eq!(s.position(), at);
    assert!(s.finished().is_some());
}

/// A memory step says which variable it touched, as Go writes the location (`total`,
/// `c.n` through the pointer `c`, `p.x` of a captured struct), and the value it read or
/// wrote there, so a reader can follow a lost update value by value.
#[test]
fn memory_steps_carry_the_variable_and_its_value() {
    let src = r#"package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) inc() { c.n++ }

type Point struct{ x, y int }

var total int

func main() {
	c := &Counter{}
	var p Point
	done := make(chan bool)
	go func() {
		total++
		c.inc()
		p.x = 7
		done <- true
	}()
	total += 2
	c.inc()
	<-done
	fmt.Println(total, c.n, p.x)
}
"#;
    let mut s = Session::new(src, 0).unwrap();
    run_all(&mut s);
    assert_eq!(s.stdout(), "3 2 7\n");
    let memory: Vec<(String, bool, String, Option<String>)> = s
        .events()
        .into_iter()
        .filter_map(|e| {
            let m = e.memory?;
            Some((e.text, m.write, m.variable, m.value))
        })
        .collect();
    assert!(!memory.is_empty(), "no memory steps");
    for (text, write, variable, _) in &memory {
        let verb = if *write { "write" } else { "read" };
        assert_eq!(text, &format!("{verb} {variable}"));
    }
    // Values follow the program: each write of `total` is its read plus 1 or 2, and
    // the last write leaves the printed value.
    let total: Vec<(bool, i64)> = memory
        .iter()
        .filter(|m| m.2 == "total")
        .map(|m| (m.1, m.3.as_deref().unwrap().parse().unwrap()))
        .collect();
    assert_eq!(total.len(), 4, "{memory:?}");
    assert_eq!(total.iter().filter(|t| t.0).count(), 2);
    assert_eq!(total[0], (false, 0), "{memory:?}");
    assert_eq!(total.last().unwrap(), &(true, 3), "{memory:?}");
    let cn: Vec<(bool, Option<&str>)> = memory
        .iter()
        .filter(|m| m.2 == "c.n")
        .map(|m| (m.1, m.3.as_deref()))
        .collect();
    assert_eq!(cn.len(), 4, "c.n through the pointer c: {memory:?}");
    assert_eq!(cn.last().unwrap(), &(true, Some("2")), "{memory:?}");
    assert!(
        memory
            .iter()
            .any(|m| m.2 == "p.x" && m.1 && m.3.as_deref() == Some("7")),
        "{memory:?}"
    );
    // Other steps carry no access.
    assert!(s
        .events()
        .iter()
        .all(|e| e.memory.is_some() == (e.kind == gosim::vm::EventKind::Memory)));
}

/// g2 waits on a Done that nobody closes; whether it is parked before main returns is
/// a scheduling choice.
const LEAKY: &str = r#"package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = cancel
	ready := make(chan bool)
	go func() {
		ready <- true
		<-ctx.Done()
	}()
	<-ready
	fmt.Println("returning")
}
"#;

#[test]
fn a_leak_is_a_goroutine_still_blocked_when_main_returns() {
    let s = Session::new(LEAKY, 0).unwrap();
    let f = s.find(&Goal::Leak, 500);
    let mut r = Session::new(LEAKY, 0).unwrap();
    r.replay(&f.schedule.expect("a schedule leaks g2")).unwrap();
    run_all(&mut r);
    assert_eq!(r.finished().unwrap().exit_code, Some(0));
    assert!(r.goal_reached(&Goal::Leak));
    // Not yet: while main runs, a blocked goroutine is no leak.
    assert!(!Session::new(LEAKY, 0).unwrap().goal_reached(&Goal::Leak));

    // Canceled and waited for: no schedule leaks (context's locks make too many
    // schedules to try them all, so only the runs made are known clean).
    let fixed = LEAKY
        .replace("_ = cancel", "done := make(chan bool)")
        .replace("<-ctx.Done()\n", "<-ctx.Done()\n\t\tdone <- true\n")
        .replace("<-ready\n", "<-ready\n\tcancel()\n\t<-done\n");
    let none = Session::new(&fixed, 0).unwrap().find(&Goal::Leak, 2_000);
    assert_eq!(none.schedule, None);
    assert!(none.runs > 100, "{}", none.runs);

    // A sleeper is woken by its timer: no leak either.
    let sleeper = "package main\n\nimport \"time\"\n\nfunc main() {\n\tgo func() { time.Sleep(time.Hour) }()\n\ttime.Sleep(time.Millisecond)\n}\n";
    let none = Session::new(sleeper, 0).unwrap().find(&Goal::Leak, 500);
    assert_eq!((none.schedule, none.complete), (None, true));
}

const TWO_READY: &str = r#"package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	b <- 2
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	}
}
"#;

/// Steps goroutine 1 until its next step reaches a select with a choice of cases.
fn to_the_select(s: &mut Session) -> Vec<gosim::session::ReadyCase> {
    for _ in 0..20 {
        let ready = s.ready_cases(1);
        if !ready.is_empty() {
            return ready;
        }
        s.step_goroutine(1).expect("main runs");
    }
    panic!("never reached a select with two ready cases");
}

#[test]
fn the_reader_chooses_which_ready_select_case_fires() {
    for seed in 1..9 {
        for (case, want) in [(0, "a 1\n"), (1, "b 2\n")] {
            let mut s = Session::new(TWO_READY, seed).unwrap();
            let ready = to_the_select(&mut s);
            let lines: Vec<(u32, u32)> = ready.iter().map(|c| (c.case, c.line)).collect();
            assert_eq!(lines, [(0, 11), (1, 13)], "seed {seed}");
            let (lo, hi) = ready[1].span.unwrap();
            assert_eq!(&TWO_READY[lo as usize..hi as usize], "v := <-b");
            assert!(s.step_goroutine_case(1, 5).is_err());
            s.step_goroutine_case(1, case).unwrap();
            s.run(100);
            assert_eq!(s.stdout(), want, "seed {seed}, case {case}");
            let schedule = s.schedule();
            assert!(schedule.contains(&format!("c{case}")), "{schedule}");
            // Undo and redo keep the choice; so does a replay of the schedule.
            while s.back() {}
            s.goto(usize::MAX);
            assert_eq!(s.stdout(), want);
            let mut again = Session::new(TWO_READY, seed + 100).unwrap();
            again.replay(&schedule).unwrap();
            again.run(100);
            assert_eq!(again.stdout(), want, "replayed {schedule}");
        }
    }
}

#[test]
fn no_choice_is_offered_without_two_ready_cases() {
    let mut s = Session::new(PING, 1).unwrap();
    for _ in 0..40 {
        for g in s.goroutines() {
            assert!(s.ready_cases(g.id).is_empty());
        }
        if s.step().is_none() {
            break;
        }
    }
}
