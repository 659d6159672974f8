//! The inspector's typed views: decoded words, typed queues, and the holder of each
//! lock as the session records it at the step that took it (no replay to learn it).

use gosim::inspect::{FieldValue, Holder, Kind, State, Wait, WaiterView};
use gosim::session::{Detail, Session};
use support::{step_until, view, STARVE};

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
        let mut s = Session::new(src, 4).unwrap();
        s.set_detail(detail);
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
    let src = "package main

import \"sync/atomic\"

var hits atomic.Int64
var ready atomic.Bool

func main() {
\thits.Add(5)
\tready.Store(true)
}
";
    let mut s = Session::new(src, 1).unwrap();
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
    match view(s, name).state {
        State::Context(c) => c,
        other => panic!("{name} is not a context: {other:?}"),
    }
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
    assert_eq!(
        view(&s, "mid").queue,
        [WaiterView {
            goroutine: 2,
            wait: Wait::Receive { select: false }
        }]
    );
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
