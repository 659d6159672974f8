//! The inspector's typed views: decoded words, typed queues, and the holder of each
//! lock as the session records it at the step that took it (no replay to learn it).

use gosim::inspect::{FieldValue, Holder, Kind, State, Wait};
use gosim::session::{Detail, Session};
use support::{queue, session, step_until, view, STARVE};

#[macro_use]
mod support;

fn writer(s: &Session, name: &str) -> Holder {
    view(s, name).holding.expect("a lock has a holding").writer
}

#[test]
fn the_mutex_word_is_decoded_through_a_starving_handoff() {
    let mut s = Session::new(STARVE, 1).unwrap();
    let word = |s: &Session| view(s, "mu").state.lock_word().unwrap();
    step_until(&mut s, 100, |s| word(s).starving);
    let starved = s.position();
    // Locked by main, starving, g2 counted: 1 | 4 | 1<<3.
    let w = word(&s);
    assert_eq!(
        (w.state, w.locked, w.woken, w.waiters),
        (13, true, false, 1)
    );
    assert_eq!(view(&s, "mu").fields[0].value, FieldValue::MutexWord(13));
    assert_eq!(writer(&s, "mu"), Holder::Goroutine(1));
    // The handoff: Unlock clears the locked bit and hands the semaphore to g2; g2's
    // own step then takes ownership (and, the last waiter, leaves starvation).
    let handoff = loop {
        let ev = s.step().unwrap();
        if ev.text == "handoff to goroutine 2" {
            break ev.index;
        }
    };
    let w = word(&s);
    assert!(!w.locked && w.starving, "{w:?}");
    assert_eq!(writer(&s, "mu"), Holder::Nobody);
    step_until(&mut s, 20, |s| word(s).locked);
    let taker = s.events().last().unwrap().goroutine;
    assert_eq!(
        taker, 2,
        "the handed-off goroutine takes it in its own step"
    );
    assert_eq!(writer(&s, "mu"), Holder::Goroutine(2));
    let w = word(&s);
    // Go's handoff add: mutexLocked - 1<<mutexWaiterShift, minus mutexStarving when
    // g2 was the only waiter; main may have queued meanwhile (one more waiter).
    assert_eq!(w.state & 3, 1, "locked, not woken: {w:?}");
    assert_eq!(w.starving, w.waiters > 0, "{w:?}");
    // Back to the handoff (main's Unlock has cleared the bit) and before it (main
    // holds it): read from the record.
    s.goto(handoff);
    assert_eq!(writer(&s, "mu"), Holder::Nobody);
    s.goto(starved);
    assert_eq!(writer(&s, "mu"), Holder::Goroutine(1));
}

const OTHER: &str = r#"package main

import "sync"

var mu sync.Mutex
var counter int

func main() {
	done := make(chan bool)
	go func() {
		mu.Lock()
		for i := 0; i < 1500; i++ {
			counter++
		}
		mu.Unlock()
		done <- true
	}()
	<-done
	mu.Lock()
	mu.Unlock()
}
"#;

#[test]
fn the_holder_is_the_goroutine_whose_step_took_the_lock() {
    let mut s = Session::new(OTHER, 1).unwrap();
    assert_eq!(writer(&s, "mu"), Holder::Nobody);
    step_until(&mut s, 50, |s| {
        view(s, "mu").state.lock_word().is_some_and(|w| w.locked)
    });
    let took = s.position();
    assert_eq!(s.events().last().unwrap().goroutine, 2);
    assert_eq!(writer(&s, "mu"), Holder::Goroutine(2));
    // Deep in g2's critical section: thousands of memory steps later (the widget once
    // replayed at most 2,000 steps to learn this).
    step_until(&mut s, 10_000, |s| s.position() > took + 2_500);
    let deep = s.position();
    assert_eq!(writer(&s, "mu"), Holder::Goroutine(2));
    // goto back and forth: the holder comes from the record, not from a replay.
    s.goto(0);
    assert_eq!(writer(&s, "mu"), Holder::Nobody);
    s.goto(deep);
    assert_eq!(writer(&s, "mu"), Holder::Goroutine(2));
    s.goto(took - 1);
    assert_eq!(writer(&s, "mu"), Holder::Nobody);
    // A session reopened from the schedule (a share link) knows it too.
    let schedule = s.schedule();
    let mut t = Session::new(OTHER, 1).unwrap();
    t.replay_to(&schedule, deep).unwrap();
    assert_eq!(writer(&t, "mu"), Holder::Goroutine(2));
    // Then main takes it.
    while s.step().is_some() {
        if view(&s, "mu").state.lock_word().unwrap().locked {
            let g = s.events().last().unwrap().goroutine;
            if g == 1 {
                assert_eq!(writer(&s, "mu"), Holder::Goroutine(1));
                return;
            }
        }
    }
    panic!("main never took the lock");
}

const READERS: &str = r#"package main

import (
	"sync"
	"time"
)

var rw sync.RWMutex

func main() {
	ready := make(chan bool)
	release := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			rw.RLock()
			ready <- true
			<-release
			rw.RUnlock()
		}()
	}
	<-ready
	<-ready
	go func() {
		time.Sleep(time.Millisecond)
		close(release)
	}()
	rw.Lock()
	rw.Unlock()
}
"#;

#[test]
fn readers_and_the_writer_of_an_rwmutex_are_recorded() {
    let mut s = Session::new(READERS, 1).unwrap();
    let count = |s: &Session| view(s, "rw").state.reader_count().unwrap();
    step_until(&mut s, 200, |s| count(s).readers == 2);
    let holding = view(&s, "rw").holding.unwrap();
    let mut readers = holding.readers.unwrap();
    readers.sort();
    assert_eq!(readers, [2, 3]);
    assert_eq!(holding.writer, Holder::Nobody);
    // Main announces itself as a writer: the count drops by 2^30, the readers stay.
    step_until(&mut s, 200, |s| count(s).writer_announced);
    let c = count(&s);
    assert_eq!(c.raw, c.readers - (1 << 30));
    assert_eq!(writer(&s, "rw"), Holder::Goroutine(1));
    let State::RWMutex(rw) = view(&s, "rw").state else {
        panic!()
    };
    assert!(rw.w.locked);
    assert_eq!(rw.reader_wait, 0, "counted in the writer's next step");
    // The writer waits for the readers on writerSem.
    step_until(&mut s, 200, |s| !view(s, "rw").queue.is_empty());
    let v = view(&s, "rw");
    assert_eq!(v.kind(), Kind::RWMutex);
    assert_eq!(v.queue[0].goroutine, 1);
    assert_eq!(v.queue[0].wait, Wait::Sema("Lock (writer)"));
    assert!(matches!(v.state, State::RWMutex(rw) if rw.reader_wait == 2));
    // The readers leave one by one, each in its own step.
    step_until(&mut s, 200, |s| count(s).readers == 1);
    let left = s.events().last().unwrap().goroutine;
    let holding = view(&s, "rw").holding.unwrap();
    assert_eq!(holding.readers.unwrap(), [5 - left]);
    assert_eq!(holding.writer, Holder::Goroutine(1));
}

/// The holders read at every scheduling point with sub-steps shown are those read
/// without them, and a sub-step stop never moves a lock: what the inspector shows
/// does not depend on the Expand toggle.
#[test]
fn holders_agree_with_and_without_sub_steps() {
    let src = "package main

import (
\t\"fmt\"
\t\"sync\"
\t\"time\"
)

var mu sync.Mutex

func main() {
\tdone := make(chan bool)
\tmu.Lock()
\tgo func() {
\t\tmu.Lock()
\t\tfmt.Println(\"waiter: got the lock\")
\t\tmu.Unlock()
\t\tdone <- true
\t}()
\ttime.Sleep(100 * time.Microsecond)
\tfor round := 1; round <= 3; round++ {
\t\tmu.Unlock()
\t\tmu.Lock()
\t}
\tmu.Unlock()
\t<-done
}
";
    let walk = |detail: Detail| {
        let mut s = session(src, 4, detail);
        let mut out = vec![];
        while let Some(e) = s.step() {
            out.push((writer(&s, "mu"), e.substep));
        }
        out
    };
    let ops = walk(Detail::Operations);
    let sub = walk(Detail::SubSteps);
    let stops = sub.iter().filter(|(_, stop)| *stop).count();
    assert!(stops > 0, "the waiter's wake-up is a stop");
    assert_eq!(sub.len(), ops.len() + stops);
    let at_points: Vec<_> = sub.iter().filter(|(_, stop)| !stop).cloned().collect();
    assert_eq!(at_points, ops);
    for pair in sub.windows(2) {
        if pair[1].1 {
            assert_eq!(pair[1].0, pair[0].0, "a stop moved the lock");
        }
    }
    assert!(ops.iter().any(|(h, _)| *h == Holder::Goroutine(2)));
    assert!(ops.iter().all(|(h, _)| *h != Holder::Unknown));
}

/// sync/atomic values are listed with their one field, as a number.
#[test]
fn atomics_are_inspected_as_numbers() {
    let mut s = Session::new(support::ATOMICS, 1).unwrap();
    let hits = view(&s, "hits");
    assert_eq!(
        (hits.kind(), hits.type_name.as_str()),
        (Kind::Atomic, "atomic.Int64")
    );
    assert_eq!(hits.fields[0].value, FieldValue::Int(0));
    assert!(hits.holding.is_none());
    step_until(&mut s, 50, |s| {
        view(s, "ready").fields[0].value == FieldValue::Int(1)
    });
    assert_eq!(view(&s, "hits").fields[0].value, FieldValue::Int(5));
    assert!(view(&s, "ready").fields[0].meaning.starts_with("true"));
}

/// Background -> root (WithCancel) -> mid (WithCancel) -> tagged (WithValue) -> leaf
/// (WithCancel): g2 waits on mid's Done; nobody asks for leaf's. Go prints
/// `context canceled context canceled`.
const CONTEXT_TREE: &str = r#"package main

import (
	"context"
	"fmt"
	"time"
)

type key string

var (
	root, mid, tagged, leaf context.Context
	cancelRoot              context.CancelFunc
)

func main() {
	var cancelMid, cancelLeaf context.CancelFunc
	root, cancelRoot = context.WithCancel(context.Background())
	mid, cancelMid = context.WithCancel(root)
	defer cancelMid()
	tagged = context.WithValue(mid, key("user"), "gopher")
	leaf, cancelLeaf = context.WithCancel(tagged)
	defer cancelLeaf()
	done := make(chan bool)
	go func() {
		<-mid.Done()
		done <- true
	}()
	time.Sleep(time.Millisecond) // g2 is waiting on mid.Done() when the clock moves
	fmt.Println("tree built")
	cancelRoot()
	<-done
	fmt.Println(leaf.Err(), context.Cause(leaf))
}
"#;

fn ctx(s: &Session, name: &str) -> gosim::inspect::ContextState {
    state_of!(s, name, Context)
}

fn link_names(links: &Option<Vec<gosim::inspect::Link>>) -> Vec<&str> {
    links.iter().flatten().map(|l| l.name.as_str()).collect()
}

#[test]
fn a_cancel_travels_down_the_context_tree() {
    use gosim::inspect::{CtxKind, Done};
    let mut s = Session::new(CONTEXT_TREE, 1).unwrap();
    step_until(&mut s, 500, |s| {
        s.stdout().contains("tree built") && !view(s, "mid").queue.is_empty()
    });
    let (root, mid, tagged, leaf) = (
        ctx(&s, "root"),
        ctx(&s, "mid"),
        ctx(&s, "tagged"),
        ctx(&s, "leaf"),
    );
    assert_eq!(
        [root.kind, mid.kind, tagged.kind, leaf.kind],
        [
            CtxKind::Cancel,
            CtxKind::Cancel,
            CtxKind::Value,
            CtxKind::Cancel
        ]
    );
    assert_eq!(view(&s, "root").type_name, "context.cancelCtx");
    // Parents, by the variables that reach them; children skip the valueCtx, since
    // leaf registered with mid found through tagged.Value(&cancelCtxKey).
    let parent = |c: &gosim::inspect::ContextState| c.parent.clone().unwrap();
    assert_eq!(parent(&root).kind, CtxKind::Background);
    assert_eq!(parent(&root).name, "context.Background");
    assert!(!parent(&root).shown);
    assert_eq!(
        [parent(&mid).name, parent(&tagged).name, parent(&leaf).name],
        ["root", "mid", "tagged"]
    );
    assert!(parent(&leaf).shown);
    assert_eq!(link_names(&root.children), ["mid"]);
    assert_eq!(link_names(&mid.children), ["leaf"]);
    assert_eq!(link_names(&leaf.children), Vec::<&str>::new());
    assert_eq!(tagged.children, None);
    // root's done was made by mid's propagateCancel, mid's by g2; nobody asked leaf.
    assert_eq!(
        [root.done, mid.done, tagged.done, leaf.done],
        [
            Some(Done::Open),
            Some(Done::Open),
            None,
            Some(Done::NotMade)
        ]
    );
    assert_eq!(queue(&s, "mid"), [(2, Wait::Receive { select: false })]);
    assert_eq!((root.err.as_deref(), leaf.cause.as_deref()), (None, None));
    assert_eq!(
        (tagged.key.as_deref(), tagged.value.as_deref()),
        (Some("user"), Some("gopher"))
    );
    assert_eq!(
        view(&s, "root").field("err").unwrap().value,
        FieldValue::Text("<nil>".into())
    );

    step_until(&mut s, 500, |s| s.stdout().contains("context canceled"));
    for name in ["root", "mid", "leaf"] {
        let c = ctx(&s, name);
        assert_eq!(c.err.as_deref(), Some("context canceled"), "{name}'s err");
        assert_eq!(
            c.cause.as_deref(),
            Some("context canceled"),
            "{name}'s cause"
        );
        assert_eq!(c.children, Some(vec![]), "{name}'s children");
    }
    assert_eq!(
        [
            ctx(&s, "root").done,
            ctx(&s, "mid").done,
            ctx(&s, "leaf").done
        ],
        [
            Some(Done::Closed),
            Some(Done::Closed),
            Some(Done::SharedClosed)
        ]
    );
    assert!(view(&s, "mid").queue.is_empty());
    assert_eq!(
        view(&s, "leaf").field("done").unwrap().value,
        FieldValue::Bool(true)
    );
}

#[test]
fn a_timer_context_shows_its_deadline_until_the_timer_fires() {
    use gosim::inspect::{CtxKind, Done};
    let src = "package main

import (
\t\"context\"
\t\"fmt\"
\t\"time\"
)

var ctx context.Context

func main() {
\tvar cancel context.CancelFunc
\tctx, cancel = context.WithTimeout(context.Background(), time.Hour)
\tdefer cancel()
\t<-ctx.Done()
\tfmt.Println(ctx.Err())
}
";
    let mut s = Session::new(src, 1).unwrap();
    step_until(&mut s, 500, |s| {
        s.primitives()
            .iter()
            .any(|p| p.name == "ctx" && !p.queue.is_empty())
    });
    let c = ctx(&s, "ctx");
    assert_eq!(
        (c.kind, c.done, c.timer_set),
        (CtxKind::Timer, Some(Done::Open), true)
    );
    assert_eq!(view(&s, "ctx").type_name, "context.timerCtx");
    let deadline = view(&s, "ctx").field("deadline").unwrap().clone();
    assert_eq!(
        deadline.value,
        FieldValue::Text("+1h0m0s on the run's clock".into())
    );
    assert_eq!(deadline.meaning, "the timer fires in 1h0m0s");
    step_until(&mut s, 500, |s| s.stdout().contains("deadline"));
    let c = ctx(&s, "ctx");
    assert_eq!(c.err.as_deref(), Some("context deadline exceeded"));
    assert_eq!((c.done, c.timer_set), (Some(Done::Closed), false));
}

#[test]
fn contexts_in_no_variable_are_shown_through_their_links() {
    let src = "package main

import \"context\"

type key int

func main() {
\tleaf, cancel := context.WithCancel(context.WithValue(context.Background(), key(1), 2))
\tcancel()
\t_ = leaf
}
";
    let mut s = Session::new(src, 1).unwrap();
    step_until(&mut s, 500, |s| {
        s.primitives().iter().any(|p| p.name == "g1: leaf")
    });
    let v = ctx(&s, "parent of g1: leaf");
    assert_eq!(v.kind, gosim::inspect::CtxKind::Value);
    assert_eq!(v.value.as_deref(), Some("2"));
    assert_eq!(
        ctx(&s, "g1: leaf").parent.unwrap().name,
        "parent of g1: leaf"
    );
}

fn weighted(s: &Session, name: &str) -> gosim::inspect::WeightedState {
    state_of!(s, name, Weighted)
}

/// Size 10, main holds 9; g2 queues for 5, then g3 for 1, which would fit but waits
/// behind g2 (go-facts.md §8: notifyWaiters stops at the first waiter that does not fit).
const SEMAPHORE_HOL: &str = r#"package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/semaphore"
)

var sem = semaphore.NewWeighted(10)

func main() {
	ctx := context.Background()
	sem.Acquire(ctx, 9)
	go func() {
		sem.Acquire(ctx, 5)
		fmt.Println("big")
		sem.Release(5)
	}()
	time.Sleep(time.Millisecond)
	go func() {
		sem.Acquire(ctx, 1)
		fmt.Println("small")
		sem.Release(1)
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("queued", sem.TryAcquire(1))
	sem.Release(9)
	time.Sleep(time.Millisecond)
}
"#;

#[test]
fn a_semaphore_queue_shows_its_head_of_line_block() {
    use gosim::inspect::Acquirer;
    let mut s = Session::new(SEMAPHORE_HOL, 1).unwrap();
    step_until(&mut s, 500, |s| s.stdout().contains("queued"));
    assert_eq!(s.stdout(), "queued false\n");
    let w = weighted(&s, "sem");
    assert_eq!(view(&s, "sem").type_name, "semaphore.Weighted");
    assert_eq!((w.size, w.cur, w.free()), (10, 9, 1));
    assert_eq!(
        w.waiters,
        [
            Acquirer {
                n: 5,
                goroutine: Some(2)
            },
            Acquirer {
                n: 1,
                goroutine: Some(3)
            }
        ]
    );
    assert_eq!(w.head_of_line().map(|a| a.goroutine), Some(Some(2)));
    assert_eq!(
        queue(&s, "sem"),
        [(2, Wait::Acquire(5)), (3, Wait::Acquire(1))]
    );
    assert_eq!(
        view(&s, "sem").field("cur").unwrap().value,
        FieldValue::Int(9)
    );
    // Release(9): notifyWaiters grants 5 to g2 (closing its ready channel is a step),
    // then 1 to g3, in one call.
    step_until(&mut s, 500, |s| weighted(s, "sem").cur != 9);
    let w = weighted(&s, "sem");
    assert_eq!((w.cur, w.waiters.len()), (5, 1));
    assert_eq!(w.waiters[0].goroutine, Some(3));
    assert_eq!(w.head_of_line(), None, "1 fits in the 5 free");
    s.step().unwrap();
    let w = weighted(&s, "sem");
    assert_eq!((w.cur, w.waiters.len()), (6, 0));
    step_until(&mut s, 500, |s| s.finished().is_some());
    // Both are woken by the one Release; which prints first is the scheduler's pick.
    assert!(s.stdout().starts_with("queued false\n"));
    assert!(s.stdout().contains("big\n") && s.stdout().contains("small\n"));
    assert_eq!(weighted(&s, "sem").cur, 0);
}

fn errgroup(s: &Session, name: &str) -> gosim::inspect::ErrGroupState {
    state_of!(s, name, ErrGroup)
}

/// A limit of 2: one task waits for the context, one fails with boom after a
/// millisecond, and main's third Go waits for a token meanwhile. Go prints
/// `boom context canceled boom`.
const ERRGROUP_FIRST: &str = r#"package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

var (
	g   *errgroup.Group
	ctx context.Context
)

func main() {
	g, ctx = errgroup.WithContext(context.Background())
	g.SetLimit(2)
	g.Go(func() error {
		<-ctx.Done()
		return nil
	})
	g.Go(func() error {
		time.Sleep(time.Millisecond)
		return errors.New("boom")
	})
	g.Go(func() error { return fmt.Errorf("late") })
	err := g.Wait()
	fmt.Println(err, ctx.Err(), context.Cause(ctx))
}
"#;

#[test]
fn an_errgroup_shows_its_limit_first_error_and_canceled_context() {
    use gosim::inspect::Derived;
    let mut s = Session::new(ERRGROUP_FIRST, 1).unwrap();
    let queued = |s: &Session| {
        s.primitives()
            .iter()
            .any(|p| p.name == "g" && !p.queue.is_empty())
    };
    step_until(&mut s, 500, queued);
    let g = errgroup(&s, "g");
    assert_eq!(
        (g.running, g.limit, g.tokens, g.err.as_deref()),
        (2, Some(2), 2, None)
    );
    let fresh = Derived {
        err: None,
        cause: None,
    };
    assert_eq!(g.ctx, Some(fresh));
    assert_eq!(queue(&s, "g"), [(1, Wait::Sema("Go: wait for a token"))]);
    // boom wins the errOnce and cancels the context with itself as the cause.
    step_until(&mut s, 500, |s| errgroup(s, "g").err.is_some());
    let g = errgroup(&s, "g");
    assert_eq!(g.err.as_deref(), Some("boom"));
    // g.err is stored before cancel runs: for a moment the error is in and the
    // context still open.
    assert_eq!(g.ctx.as_ref().and_then(|c| c.err.as_deref()), None);
    step_until(&mut s, 50, |s| {
        errgroup(s, "g").ctx.is_some_and(|c| c.cause.is_some())
    });
    let g = errgroup(&s, "g");
    let canceled = Derived {
        err: Some("context canceled".into()),
        cause: Some("boom".into()),
    };
    assert_eq!(g.ctx, Some(canceled.clone()));
    step_until(&mut s, 500, |s| s.finished().is_some());
    assert_eq!(s.stdout(), "boom context canceled boom\n");
    let g = errgroup(&s, "g");
    // late's error is dropped: the first error stays.
    assert_eq!(
        (g.running, g.tokens, g.err.as_deref()),
        (0, 0, Some("boom"))
    );
    assert_eq!(g.ctx, Some(canceled));
}

fn flight(s: &Session, name: &str) -> gosim::inspect::FlightState {
    state_of!(s, name, Flight)
}

/// Two DoChan calls and a Do for one key while fn waits for release: one call, led by
/// DoChan's goroutine (g2), with a duplicate on a channel and one parked in Do (g3).
/// Go prints `Do: 42 <nil> true` and `{42 <nil> true} {42 <nil> true}` (in an order
/// the schedule picks).
const SINGLEFLIGHT_SHARED: &str = r#"package main

import (
	"fmt"
	"time"

	"golang.org/x/sync/singleflight"
)

var (
	g       singleflight.Group
	release = make(chan struct{})
)

func main() {
	fn := func() (any, error) {
		<-release
		return 42, nil
	}
	ch1 := g.DoChan("k", fn)
	ch2 := g.DoChan("k", fn)
	done := make(chan bool)
	go func() {
		v, err, shared := g.Do("k", fn)
		fmt.Println("Do:", v, err, shared)
		done <- true
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("waiting")
	close(release)
	time.Sleep(time.Millisecond)
	fmt.Println(<-ch1, <-ch2)
	<-done
}
"#;

#[test]
fn a_singleflight_call_is_shared_by_its_duplicates() {
    use gosim::inspect::{Delivery, FlightCall};
    let mut s = Session::new(SINGLEFLIGHT_SHARED, 1).unwrap();
    step_until(&mut s, 500, |s| s.stdout().contains("waiting"));
    let waiting = Delivery {
        receiver: None,
        sent: None,
    };
    assert_eq!(
        flight(&s, "g").calls,
        [FlightCall {
            key: "k".into(),
            in_map: true,
            leader: Some(2),
            done: false,
            dups: 2,
            waiting: vec![3],
            chans: vec![waiting.clone(), waiting],
            result: None,
        }]
    );
    assert_eq!(queue(&s, "g"), [(3, Wait::Sema("Do (a duplicate)"))]);
    assert_eq!(view(&s, "g").field("m").unwrap().value, FieldValue::Int(1));
    // After release: doCall takes the key out of m, then sends one Result per channel,
    // while the leader is still in doCall.
    step_until(&mut s, 500, |s| {
        flight(s, "g")
            .calls
            .first()
            .is_some_and(|c| c.chans.iter().all(|d| d.sent.is_some()))
    });
    let c = &flight(&s, "g").calls[0];
    assert_eq!((c.in_map, c.done, c.leader), (false, true, Some(2)));
    assert_eq!(c.result.as_deref(), Some("42 <nil>"));
    assert_eq!(c.chans[1].sent.as_deref(), Some("{42 <nil> true}"));
    assert!(c.waiting.is_empty());
    assert_eq!(view(&s, "g").field("m").unwrap().value, FieldValue::Int(0));
    step_until(&mut s, 500, |s| s.finished().is_some());
    assert!(flight(&s, "g").calls.is_empty());
    assert!(s.stdout().contains("{42 <nil> true} {42 <nil> true}\n"));
}
