//! The sync models as a reader steps them: Mutex starvation reached on the virtual
//! clock, spinning under GOMAXPROCS, and sync operations expanded into the model's
//! labelled sub-steps (with undo and replay kept exact).

mod support;

use gosim::session::{Detail, Session};
use support::{mutex_state, session, step_until, HITS, STARVE, WORKER_WAITS};

#[test]
fn starvation_mode_is_reached_on_the_virtual_clock() {
    let mut s = Session::new(STARVE, 1).unwrap();
    // The waiter registers and parks at time 0: state = 1 locked + 8 (one waiter).
    step_until(&mut s, 50, |s| mutex_state(s) == 9);
    assert_eq!(s.clock_ns(), 0);
    // After main's 2 ms sleep and Unlock, the woken waiter loses to main's relock (the
    // mutex is still in normal mode) and, having waited 2 ms > 1 ms, sets the starving
    // bit on its next CAS: locked | starving | one waiter = 13.
    step_until(&mut s, 50, |s| mutex_state(s) & 4 != 0);
    assert_eq!(mutex_state(&s), 13);
    assert_eq!(s.clock_ns(), 2_000_000);
    // Its next step parks it again, at the front of the queue (it waited before).
    assert_eq!(s.step().unwrap().text, "blocked: sync.Mutex.Lock");
    let mu = s.primitives().into_iter().find(|p| p.name == "mu").unwrap();
    assert_eq!(
        mu.fields[0].meaning,
        "locked, starving; 1 waiter(s) counted"
    );
    assert_eq!(mu.queue.len(), 1);
    assert_eq!(mu.queue[0].goroutine, 2);
    // Main's next Unlock hands the mutex over instead of waking the waiter to compete.
    let ev = loop {
        let ev = s.step().unwrap();
        if ev.text.contains("handoff") {
            break ev;
        }
    };
    assert_eq!(ev.goroutine, 1);
    assert_eq!(ev.text, "handoff to goroutine 2");
    assert_eq!(ev.woke, vec![2]);
    assert_eq!(s.clock_ns(), 4_000_000);
    // While starving, main's own Lock cannot barge: it queues behind (2 waiters, the
    // handed-off one still counted), and the waiter prints first.
    step_until(&mut s, 50, |s| s.stdout() == "waiter got the lock\n");
    while s.step().is_some() {}
    assert_eq!(s.stdout(), "waiter got the lock\ndone\n");
    // Going back to just before the handoff reproduces the state exactly: Unlock has
    // cleared the locked bit, the starving bit and the waiter stay (12).
    s.goto(ev.index);
    assert_eq!(mutex_state(&s), 12);
    assert!(s.forward());
    assert_eq!(s.events().last().unwrap().text, "handoff to goroutine 2");
}

/// Every step to the end: (goroutine, label, sub-step?, text).
fn all_steps(s: &mut Session) -> Vec<(u32, Option<String>, bool, String)> {
    let mut out = vec![];
    while let Some(e) = s.step() {
        out.push((e.goroutine, e.label, e.substep, e.text));
    }
    out
}

/// The labels of goroutine `g`'s steps, in order.
fn labels_of(steps: &[(u32, Option<String>, bool, String)], g: u32) -> Vec<&str> {
    steps
        .iter()
        .filter(|s| s.0 == g)
        .filter_map(|s| s.1.as_deref())
        .collect()
}

/// The sub-steps of a Lock that finds the mutex held, up to its wake-up.
const QUEUE_AND_WAKE: [&str; 4] = [
    "fast-path CAS",
    "register as waiter",
    "park on sema (FIFO: at the back)",
    "wake: compete with running goroutines",
];

#[test]
fn sub_steps_label_a_contended_lock_and_its_wake_up() {
    let mut s = session(WORKER_WAITS, 1, Detail::SubSteps);
    let steps = all_steps(&mut s);
    assert_eq!(
        labels_of(&steps, 2),
        [
            &QUEUE_AND_WAKE[..],
            &["compete: CAS to take the lock", "fast-path add"],
        ]
        .concat()
    );
    assert_eq!(
        labels_of(&steps, 1),
        [
            "fast-path CAS",
            "fast-path add",
            "wake: take a waiter off the count, set mutexWoken",
            "wake the queue's head",
        ]
    );
    // The texts carry the state word's values.
    assert!(steps
        .iter()
        .any(|s| s.3 == "register as waiter: CAS 1 → 9 succeeded"));
    assert!(steps
        .iter()
        .any(|s| s.3 == "compete: CAS to take the lock: CAS 2 → 1 succeeded"));
    assert!(steps
        .iter()
        .any(|s| s.3 == "park on sema (FIFO: at the back): blocked: sync.Mutex.Lock"));
    // Only the wake-up stop is a sub-step stop here; the rest end at atomics.
    let stops: Vec<&str> = steps.iter().filter(|s| s.2).map(|s| s.3.as_str()).collect();
    assert_eq!(stops, ["wake: compete with running goroutines"]);
    assert_eq!(s.stdout(), "worker has it\n");
}

#[test]
fn sub_steps_label_starvation_and_handoff() {
    let mut s = session(STARVE, 1, Detail::SubSteps);
    let steps = all_steps(&mut s);
    assert_eq!(
        labels_of(&steps, 2),
        [
            &QUEUE_AND_WAKE[..],
            &[
                "compete and lose, enter starvation: register as waiter again",
                "park on sema (LIFO: at the front)",
                // go-facts §0 semrelease1 step 7: the unlocker yields, so the waiter runs
                // at once; it is the last waiter, so it leaves starvation mode as it takes
                // over.
                "handoff: take ownership, leave starvation",
                "fast-path add",
            ],
        ]
        .concat()
    );
    let main = labels_of(&steps, 1);
    assert!(main.contains(&"starvation mode: hand off to the queue's head"));
    // The handoff yields: the waiter's step comes right after main's handoff step.
    let handoff = steps
        .iter()
        .position(|s| s.1.as_deref() == Some("starvation mode: hand off to the queue's head"))
        .expect("main hands off");
    assert_eq!(steps[handoff + 1].0, 2, "the new owner runs next");
    assert!(steps.iter().any(|s| s.3
        == "compete and lose, enter starvation: register as waiter again: CAS 3 → 13 succeeded"));
    assert_eq!(s.stdout(), "waiter got the lock\ndone\n");
}

#[test]
fn the_default_detail_is_one_step_per_scheduling_point_without_labels() {
    let mut s = Session::new(WORKER_WAITS, 1).unwrap();
    let steps = all_steps(&mut s);
    assert!(steps.iter().all(|s| s.1.is_none() && !s.2));
    assert!(steps
        .iter()
        .any(|s| s.3 == "atomic compare-and-swap (failed)"));
    let mut sub = session(WORKER_WAITS, 1, Detail::SubSteps);
    let sub_steps = all_steps(&mut sub);
    // Sub-steps add only the stops, never a scheduling decision.
    let stops = sub_steps.iter().filter(|s| s.2).count();
    assert_eq!(sub_steps.len(), steps.len() + stops);
    assert_eq!(sub.schedule(), s.schedule());
}

#[test]
fn undo_and_redo_are_exact_with_sub_steps() {
    let mut s = session(STARVE, 1, Detail::SubSteps);
    let mut states = vec![(mutex_state(&s), s.goroutines())];
    while s.step().is_some() {
        states.push((mutex_state(&s), s.goroutines()));
    }
    let events = s.events();
    for k in (0..states.len()).rev() {
        s.goto(k);
        assert_eq!((mutex_state(&s), s.goroutines()), states[k], "step {k}");
    }
    while s.forward() {}
    assert_eq!(s.events(), events);
}

/// g2 waits on a Cond; main signals it while still holding the lock.
const COND: &str = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex
var c = sync.NewCond(&mu)
var ready bool

func main() {
	done := make(chan bool)
	go func() {
		mu.Lock()
		for !ready {
			c.Wait()
		}
		fmt.Println("ready")
		mu.Unlock()
		done <- true
	}()
	time.Sleep(time.Millisecond)
	mu.Lock()
	ready = true
	c.Signal()
	mu.Unlock()
	<-done
}
"#;

#[test]
fn a_goroutine_inside_a_sub_step_must_finish_it_first() {
    let mut s = session(COND, 1, Detail::SubSteps);
    // Run main until its Signal has made g2 runnable.
    let sig = loop {
        let e = s.step().unwrap();
        if e.text.starts_with("Signal") {
            break e;
        }
    };
    assert_eq!(sig.woke, vec![2]);
    // g2 wakes in Cond.Wait and stops before relocking; main could run, but not now.
    let e = s.step_goroutine(2).unwrap();
    assert_eq!(e.label.as_deref(), Some("relock after Cond.Wait"));
    assert!(e.substep);
    assert_eq!(s.held(), Some(2));
    let before = s.recorded_len();
    let why = s.step_goroutine(1).unwrap_err();
    assert_eq!(
        why,
        "goroutine 2 is in the middle of a sync operation (step it to finish)"
    );
    assert_eq!(s.recorded_len(), before);
    // Going on, g2 finds main still holding the lock and queues.
    let e = s.step_goroutine(2).unwrap();
    assert_eq!(e.text, "fast-path CAS: CAS 0 → 1 failed (found 1)");
    assert_eq!(s.held(), None);
    let labels: Vec<String> = std::iter::from_fn(|| s.step())
        .filter(|e| e.goroutine == 2)
        .filter_map(|e| e.label)
        .collect();
    assert_eq!(labels[0], "register as waiter");
    assert_eq!(s.stdout(), "ready\n");
    // The waiter's first steps: its ticket, then the park on the notify list.
    s.goto(0);
    let first: Vec<String> = std::iter::from_fn(|| s.step())
        .filter(|e| e.goroutine == 2)
        .filter_map(|e| e.label)
        .take(3)
        .collect();
    assert_eq!(first, ["fast-path CAS", "take a ticket", "fast-path add"],);
}

#[test]
fn undo_across_a_change_of_detail_is_exact() {
    let mut s = Session::new(STARVE, 1).unwrap();
    for _ in 0..6 {
        s.step();
    }
    s.set_detail(Detail::SubSteps);
    while s.step().is_some() {}
    let events = s.events();
    let out = s.stdout();
    s.set_detail(Detail::Operations);
    s.goto(3);
    while s.forward() {}
    assert_eq!(s.events(), events);
    assert_eq!(s.stdout(), out);
}

#[test]
fn schedules_recorded_with_sub_steps_replay_under_either_detail() {
    // A schedule that is not the Go-like one: g2 is picked by hand early.
    let mut s = session(STARVE, 7, Detail::SubSteps);
    s.step();
    s.step_goroutine(2).unwrap();
    while s.step().is_some() {}
    let sched = s.schedule();
    let out = s.stdout();
    let ops = s.operation_position();
    for detail in [Detail::SubSteps, Detail::Operations] {
        let mut r = session(STARVE, 7, detail);
        r.replay(&sched).unwrap();
        while r.step().is_some() {}
        assert_eq!(r.stdout(), out);
        assert_eq!(r.schedule(), sched);
        assert_eq!(r.operation_position(), ops);
    }
    // replay_to counts scheduling points, so both details stop in the same state.
    let short = "g1.g2";
    let mut a = Session::new(STARVE, 7).unwrap();
    a.replay_to(short, 16).unwrap();
    let mut b = session(STARVE, 7, Detail::SubSteps);
    b.replay_to(short, 16).unwrap();
    assert_eq!(a.operation_position(), 16);
    assert_eq!(b.operation_position(), 16);
    assert!(b.position() > 16, "sub-step stops are extra positions");
    assert_eq!(mutex_state(&a), mutex_state(&b));
    assert_eq!(a.goroutines(), b.goroutines());
}

/// Two goroutines lock while main holds the mutex; main then unlocks. The number of
/// Ps comes first in the source: `NPROCS` is replaced per test.
const SPIN: &str = r#"package main

import (
	"fmt"
	"runtime"
	"sync"
)

var mu sync.Mutex

func main() {
	runtime.GOMAXPROCS(NPROCS)
	done := make(chan bool)
	mu.Lock()
	for i := 0; i < 2; i++ {
		go func() {
			mu.Lock()
			fmt.Println("locked")
			mu.Unlock()
			done <- true
		}()
	}
	mu.Unlock()
	<-done
	<-done
	fmt.Println(runtime.GOMAXPROCS(0))
}
"#;

/// SPIN on `procs` Ps at the given detail, stepped by hand until main has started
/// both goroutines and g2 has blocked on the mutex; g2's step texts.
fn g2_parked(procs: u32, detail: Detail) -> (Session, Vec<String>) {
    let mut s = session(&SPIN.replace("NPROCS", &procs.to_string()), 1, detail);
    start_both(&mut s);
    let g2 = run_until_blocked(&mut s, 2);
    (s, g2)
}

/// Steps goroutine `g` by hand until it blocks; returns its step texts.
fn run_until_blocked(s: &mut Session, g: u32) -> Vec<String> {
    let mut out = vec![];
    loop {
        let e = s.step_goroutine(g).unwrap();
        let blocked = e.text.contains("blocked:");
        out.push(e.text);
        if blocked {
            return out;
        }
    }
}

/// Steps main until it has started both goroutines.
fn start_both(s: &mut Session) {
    while s.goroutines().len() < 3 {
        s.step_goroutine(1).unwrap();
    }
}

fn spins(texts: &[String]) -> usize {
    texts.iter().filter(|t| t.starts_with("spin")).count()
}

#[test]
fn spin_rule_one_p_never_spins_and_more_spin_four_times() {
    // GOMAXPROCS 1 (the default): "more than 1 CPU" fails, so g2 never spins.
    // GOMAXPROCS 4, main and g3 runnable on other Ps: g2 may spin, but only
    // active_spin (4) times before it registers as a waiter and parks.
    for (procs, want_spins) in [(1, 0), (4, 4)] {
        let (mut s, g2) = g2_parked(procs, Detail::Operations);
        assert_eq!(spins(&g2), want_spins, "GOMAXPROCS {procs}: {g2:?}");
        assert_eq!(g2.last().unwrap(), "blocked: sync.Mutex.Lock");
        while s.step().is_some() {}
        assert_eq!(s.stdout(), format!("locked\nlocked\n{procs}\n"));
    }
}

#[test]
fn spin_rule_local_run_queue_must_be_empty() {
    // GOMAXPROCS 2: with main and g3 both runnable, one of them waits in g2's local
    // run queue, so g2 does not spin. Once g2 has parked, g3 sees only main
    // running (on the other P) and spins.
    let (mut s, g2) = g2_parked(2, Detail::Operations);
    assert_eq!(spins(&g2), 0, "{g2:?}");
    let g3 = run_until_blocked(&mut s, 3);
    assert_eq!(spins(&g3), 4, "{g3:?}");
}

#[test]
fn spin_rule_another_p_must_be_running() {
    // GOMAXPROCS 4; main waits on done while holding the mutex, so it runs on no P.
    // g2 spins while g3 is runnable (on another P); g3, locking after g2 has
    // parked, finds no other P running and parks at once.
    let src = SPIN
        .replace("NPROCS", "4")
        .replace("\tmu.Unlock()\n\t<-done", "\t<-done\n\tmu.Unlock()");
    let mut s = Session::new(&src, 1).unwrap();
    start_both(&mut s);
    run_until_blocked(&mut s, 1);
    let g2 = run_until_blocked(&mut s, 2);
    assert_eq!(spins(&g2), 4, "g3 is running on another P: {g2:?}");
    let g3 = run_until_blocked(&mut s, 3);
    assert_eq!(spins(&g3), 0, "nobody else runs: {g3:?}");
}

#[test]
fn a_spinning_waiter_sets_mutex_woken_so_unlock_wakes_nobody() {
    let (mut s, _) = g2_parked(4, Detail::Operations);
    // g3: fast path fails, then its first spin sets mutexWoken (a waiter is queued).
    let e = s.step_goroutine(3).unwrap();
    assert_eq!(e.text, "atomic compare-and-swap (failed)");
    let e = s.step_goroutine(3).unwrap();
    assert_eq!(e.text, "atomic compare-and-swap (succeeded)");
    assert_eq!(mutex_state(&s), 1 | 2 | 8);
    let e = s.step_goroutine(3).unwrap();
    assert!(e.text.starts_with("spin"), "{}", e.text);
    // Main unlocks: the woken bit is set, so it wakes nobody.
    let e = s.step_goroutine(1).unwrap();
    assert_eq!(e.text, "atomic add");
    assert_eq!(mutex_state(&s), 2 | 8);
    assert!(e.woke.is_empty());
    // g3 leaves its spin and takes the lock without parking, clearing woken.
    let e = s.step_goroutine(3).unwrap();
    assert_eq!(e.text, "atomic compare-and-swap (succeeded)");
    assert_eq!(mutex_state(&s), 1 | 8);
    let g2 = s.goroutines().into_iter().find(|g| g.id == 2).unwrap();
    assert_eq!(g2.wait_reason.as_deref(), Some("sync.Mutex.Lock"));
    // With sub-steps, the same run names these points.
    let (mut t, _) = g2_parked(4, Detail::SubSteps);
    let labels: Vec<String> = (0..3)
        .map(|_| t.step_goroutine(3).unwrap().label.unwrap())
        .collect();
    assert_eq!(labels, ["fast-path CAS", "spin: set mutexWoken", "spin"]);
    let e = t.step_goroutine(1).unwrap();
    assert_eq!(e.label.as_deref(), Some("fast-path add"));
    let e = t.step_goroutine(1).unwrap();
    assert_eq!(e.label.as_deref(), Some("no wake: mutexWoken is set"));
    assert!(e.substep);
}

/// STARVE with four Ps and a third goroutine, g3, that locks once; with `wait`, g3
/// first waits for main to close a channel just before its second Unlock (at 4 ms,
/// when the waiter has waited long enough to starve the mutex), so g3 is runnable
/// but has not run when that Unlock hands the mutex to the waiter. (Not a sleep
/// that ends at 4 ms too: of two timers due at once the one armed first fires
/// first, and its goroutine runs before the other fires.)
fn starve3(wait: bool) -> Session {
    let (g3_wait, release) = if wait {
        ("<-start", "\t\tif i == 1 {\n\t\t\tclose(start)\n\t\t}\n")
    } else {
        ("", "")
    };
    let src = STARVE
        .replace("\"time\"", "\"runtime\"\n\t\"time\"")
        .replace(
            "\tdone := make(chan bool)\n",
            "\truntime.GOMAXPROCS(4)\n\tdone := make(chan bool)\n\tstart := make(chan bool)\n",
        )
        .replace(
            "\tfor i := 0; i < 3; i++ {\n",
            &format!("\tgo func() {{\n\t\t{g3_wait}\n\t\tmu.Lock()\n\t\tmu.Unlock()\n\t}}()\n\tfor i := 0; i < 3; i++ {{\n"),
        )
        .replace(
            "\t\ttime.Sleep(2 * time.Millisecond)\n\t\tmu.Unlock()\n",
            &format!("\t\ttime.Sleep(2 * time.Millisecond)\n{release}\t\tmu.Unlock()\n"),
        );
    let src = if wait {
        src
    } else {
        src.replace("\tstart := make(chan bool)\n", "")
    };
    Session::new(&src, 1).unwrap()
}

/// Steps the lowest-numbered runnable goroutine other than g3 (or lets the clock
/// move when none can run) until `pred` holds.
fn step_without_g3(s: &mut Session, pred: impl Fn(&Session) -> bool) {
    for _ in 0..200 {
        if pred(s) {
            return;
        }
        let pick = s.held().or_else(|| {
            s.goroutines()
                .iter()
                .find(|g| g.id != 3 && s.machine().why_not_runnable(g.id).is_none())
                .map(|g| g.id)
        });
        match pick {
            Some(g) => {
                s.step_goroutine(g).unwrap();
            }
            None => {
                s.step().unwrap();
            }
        }
    }
    panic!("not reached");
}

#[test]
fn spin_rule_never_in_starvation_mode() {
    // Control: while the mutex is merely locked (main holds it, g2 runnable), g3
    // spins the full four times.
    let mut s = starve3(false);
    step_without_g3(&mut s, |s| s.goroutines().len() == 3 && mutex_state(s) == 1);
    assert_eq!(spins(&run_until_blocked(&mut s, 3)), 4);
    // Now let g2 take the mutex by handoff in starvation mode (state 13: locked,
    // starving, main waiting) and lock from g3 while g2 runs: no spinning at all.
    let mut s = starve3(true);
    step_without_g3(&mut s, |s| {
        mutex_state(s) == 13
            && s.clock_ns() == 4_000_000
            && s.events().last().is_some_and(|e| e.goroutine == 2)
    });
    assert!(s.stdout().is_empty());
    assert_eq!(s.clock_ns(), 4_000_000);
    let g3 = run_until_blocked(&mut s, 3);
    assert_eq!(spins(&g3), 0, "{g3:?}");
    while s.step().is_some() {}
    assert_eq!(s.stdout(), "waiter got the lock\ndone\n");
}

#[test]
fn x_plus_plus_is_a_load_step_and_a_store_step_under_either_detail() {
    // The memory steps of a session already split `hits++` on a shared variable: the
    // load is one step, the add and store the next (so an update can be lost).
    for detail in [Detail::Operations, Detail::SubSteps] {
        let mut s = session(HITS, 1, detail);
        let texts: Vec<String> = std::iter::from_fn(|| s.step())
            .filter(|e| e.goroutine == 1 && e.line == 13)
            .map(|e| e.text)
            .collect();
        assert_eq!(texts, ["read hits", "write hits"], "{detail:?}");
    }
}

#[test]
fn sub_steps_label_waitgroup_and_rwmutex_operations() {
    let src = r#"package main

import (
	"fmt"
	"sync"
)

var rw sync.RWMutex

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	rw.RLock()
	go func() {
		defer wg.Done()
		rw.Lock()
		fmt.Println("writer")
		rw.Unlock()
	}()
	rw.RUnlock()
	wg.Wait()
	wg.Wait()
}
"#;
    let mut s = session(src, 1, Detail::SubSteps);
    // Main adds, read-locks and starts the writer; the writer, stepped by hand,
    // announces itself and parks waiting for main's read lock to go.
    while s.goroutines().len() < 2 {
        s.step_goroutine(1).unwrap();
    }
    let writer: Vec<String> = std::iter::from_fn(|| {
        let e = s.step_goroutine(2).unwrap();
        (!e.text.contains("blocked")).then_some(e.label.unwrap_or_default())
    })
    .collect();
    assert_eq!(
        writer,
        [
            "fast-path CAS",
            "announce the writer (readerCount-max)",
            "count the readers to wait for (readerWait+r)",
        ]
    );
    let g2 = s.goroutines().into_iter().find(|g| g.id == 2).unwrap();
    assert_eq!(g2.wait_reason.as_deref(), Some("sync.RWMutex.Lock"));
    let rest: Vec<(u32, String)> = std::iter::from_fn(|| s.step())
        .filter_map(|e| e.label.map(|l| (e.goroutine, l)))
        .collect();
    let main: Vec<&str> = rest
        .iter()
        .filter(|r| r.0 == 1)
        .map(|r| r.1.as_str())
        .collect();
    assert!(
        main.starts_with(&[
            "reader leaves (readerCount-1)",
            "departing reader (readerWait-1)",
            "last departing reader wakes the writer",
        ]),
        "{main:?}"
    );
    assert!(
        main.ends_with(&["counter is 0: return at once"]),
        "{main:?}"
    );
    assert!(rest.contains(&(2, "writer leaves (readerCount+max)".into())));
    assert!(rest.contains(&(2, "add to the counter".into())));
    assert_eq!(s.stdout(), "writer\n");
}

/// root -> child, both with their Done made: main cancels root.
const CANCEL_TREE: &str = r#"package main

import (
	"context"
	"fmt"
)

func main() {
	root, cancel := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	defer cancelChild()
	done := child.Done()
	fmt.Println("cancel")
	cancel()
	<-done
	fmt.Println(child.Err())
}
"#;

#[test]
fn sub_steps_label_a_cancel_down_the_tree() {
    let mut s = session(CANCEL_TREE, 1, Detail::SubSteps);
    let steps = all_steps(&mut s);
    assert_eq!(s.stdout(), "cancel\ncontext canceled\n");
    let from = steps
        .iter()
        .position(|s| s.3 == "print \"cancel\"")
        .unwrap();
    let to = steps
        .iter()
        .position(|s| s.3 == "receive from closed channel")
        .unwrap();
    let labels: Vec<&str> = steps[from..to]
        .iter()
        .filter_map(|s| s.1.as_deref())
        .collect();
    assert_eq!(
        labels,
        [
            // root: lock, err and cause, its done (made by child's propagateCancel)
            "fast-path CAS",
            "cancel: canceled already? load err",
            "cancel: store err",
            "cancel: cause stored; load done",
            "cancel: close done",
            // its one child, under root's lock
            "cancel: next child, in the map's order",
            "fast-path CAS",
            "cancel: canceled already? load err",
            "cancel: store err",
            "cancel: cause stored; load done",
            "cancel: close done",
            "fast-path add",
            // root's unlock, then out of Background, which keeps no children
            "fast-path add",
            "cancel: remove from the parent's children",
        ]
    );
    // Sub-step stops only where no runtime call ends the step.
    let stops: Vec<&str> = steps.iter().filter(|s| s.2).map(|s| s.3.as_str()).collect();
    assert_eq!(
        stops,
        [
            "cancel: next child, in the map's order",
            "cancel: remove from the parent's children"
        ]
    );
    // Operations mode: the same run, the same schedule, no labels.
    let mut ops = Session::new(CANCEL_TREE, 1).unwrap();
    let plain = all_steps(&mut ops);
    assert!(plain.iter().all(|s| s.1.is_none() && !s.2));
    assert_eq!(plain.len() + stops.len(), steps.len());
    assert_eq!(ops.schedule(), s.schedule());
}

/// The x/sync models' own sub-step labels (sync's Mutex and WaitGroup ones left out),
/// in order, with the goroutine of each.
fn xsync_labels(src: &str) -> Vec<(u32, String)> {
    let mut s = session(src, 1, Detail::SubSteps);
    all_steps(&mut s)
        .into_iter()
        .filter_map(|(g, l, _, _)| Some((g, l?)))
        .filter(|(_, l)| {
            [
                "Go:",
                "done:",
                "TryGo:",
                "errOnce",
                "Acquire:",
                "notifyWaiters:",
                "doCall",
            ]
            .iter()
            .any(|p| l.starts_with(p))
        })
        .collect()
}

#[test]
fn sub_steps_label_the_xsync_models() {
    let sem = r#"package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	ctx := context.Background()
	sem := semaphore.NewWeighted(10)
	sem.Acquire(ctx, 9)
	go func() {
		sem.Acquire(ctx, 5)
		sem.Release(5)
	}()
	time.Sleep(time.Millisecond)
	sem.Release(2)
	sem.Release(7)
	time.Sleep(time.Millisecond)
	fmt.Println("ok")
}
"#;
    let errgroup = r#"package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	g.SetLimit(1)
	g.Go(func() error { return errors.New("boom") })
	g.Go(func() error { return errors.New("late") })
	fmt.Println(g.Wait(), context.Cause(ctx))
}
"#;
    let flight = r#"package main

import (
	"fmt"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	ch := g.DoChan("k", func() (any, error) { return 1, nil })
	fmt.Println((<-ch).Val)
	func() {
		defer func() { fmt.Println("recovered", recover() != nil) }()
		g.Do("p", func() (any, error) { panic("boom") })
	}()
}
"#;
    let owned = |v: &[(u32, &str)]| -> Vec<(u32, String)> {
        v.iter().map(|(g, l)| (*g, l.to_string())).collect()
    };
    // Release(2) leaves 3 free for a front waiter of 5: notifyWaiters stops at it;
    // Release(7) grants it.
    assert_eq!(
        xsync_labels(sem),
        owned(&[
            (2, "Acquire: queued; wait for ready or ctx.Done"),
            (1, "notifyWaiters: the front waiter does not fit: stop"),
            (1, "notifyWaiters: grant the front waiter, close its ready"),
        ])
    );
    // A limit of 1: main's second Go waits for the first task's token; boom wins the
    // errOnce, late's error is dropped without it.
    assert_eq!(
        xsync_labels(errgroup),
        owned(&[
            (1, "Go: take a token (send on sem)"),
            (1, "Go: take a token (send on sem)"),
            (2, "errOnce won: this is the group's error"),
            (2, "done: give the token back (receive from sem)"),
            (3, "done: give the token back (receive from sem)"),
        ])
    );
    // DoChan's call returns: only the outer defer has work, then the send. Do's call
    // panics: the inner defer recovers it, the outer one raises it again in main.
    assert_eq!(
        xsync_labels(flight),
        owned(&[
            (
                2,
                "doCall, outer defer: lock, wg.Done, delete the key, hand out"
            ),
            (2, "doCall: send the Result on a DoChan channel"),
            (1, "doCall, inner defer: fn did not return: recover"),
            (
                1,
                "doCall, outer defer: lock, wg.Done, delete the key, hand out"
            ),
        ])
    );
    // The outputs are Go's (x/sync v0.19.0, go1.27.3), under either detail.
    for (src, out) in [
        (sem, "ok\n"),
        (errgroup, "boom boom\n"),
        (flight, "1\nrecovered true\n"),
    ] {
        for detail in [Detail::Operations, Detail::SubSteps] {
            let mut s = session(src, 1, detail);
            while s.step().is_some() {}
            assert_eq!(s.stdout(), out);
        }
    }
}
