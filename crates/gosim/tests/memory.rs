//! The memory view and the interface sub-steps (issue 14): interface values as Go lays
//! them out (a nil `*MyErr` in an `error` is two words, the itab set and the data
//! nil), the data word's places, and with Expand on, an assertion's `getitab` as a
//! cache miss and then a hit, with runs the same under either detail.

use gosim::inspect::memory::{DataWord, Place, Shortcut, Words};
use gosim::session::{Detail, Session, StepEvent};
use support::session;

mod support;

const NILERR: &str = r#"package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func find() error {
	var p *MyErr
	return p
}

func main() {
	err := find()
	fmt.Println(err != nil)
}
"#;

/// Steps `s` until `done` holds, at most `n` steps.
fn step_until(s: &mut Session, n: usize, done: impl Fn(&Session) -> bool) {
    for _ in 0..n {
        if done(s) {
            return;
        }
        assert!(s.step().is_some(), "the program ended first");
    }
    assert!(done(s), "not reached in {n} steps");
}

#[test]
fn a_nil_pointer_in_an_error_is_two_words_with_the_itab_set() {
    let mut s = Session::new(NILERR, 1).unwrap();
    let names = vec!["err".to_string()];
    step_until(&mut s, 20, |s| !s.stdout().is_empty());
    assert_eq!(s.stdout(), "true\n");
    let view = s.memory(1, &names);
    assert_eq!(view.vars.len(), 1);
    let v = &view.vars[0];
    assert_eq!(v.type_name, "error");
    let Words::Iface { tab, data } = &v.words else {
        panic!("error is an iface: {:?}", v.words);
    };
    let tab = tab.as_ref().expect("the itab word is set");
    assert_eq!(tab.inter, "error");
    assert_eq!(tab.concrete, "*main.MyErr");
    assert_eq!(tab.fun.len(), 1);
    assert_eq!(tab.fun[0].method, "Error");
    assert_eq!(tab.fun[0].func, "main.(*MyErr).Error");
    // A conversion written in the program: the compiler built its itab, and it is in
    // the runtime's table from startup (Go's itabsinit), before any lookup.
    assert!(tab.cached && tab.from_binary);
    assert_eq!((view.hits, view.misses), (0, 0));
    assert!(
        matches!(data, DataWord::Direct { nil: true, .. }),
        "{data:?}"
    );
    assert!(!v.words.is_nil());
}

const PLACES: &str = r#"package main

import "fmt"

type pt struct{ x, y int }

func main() {
	var a any = 7
	var b any = 1000
	var c any = ""
	var d any = true
	var e any = struct{}{}
	var f any = pt{1, 2}
	var g any
	var h any = &pt{}
	fmt.Println(a, b, c, d, e, f, g, h)
}
"#;

#[test]
fn the_data_word_points_where_go_would() {
    let mut s = Session::new(PLACES, 1).unwrap();
    step_until(&mut s, 40, |s| !s.stdout().is_empty());
    let view = s.memory(1, &[]);
    let word = |name: &str| {
        let v = view.vars.iter().find(|v| v.name == name).unwrap();
        match &v.words {
            Words::Eface { data, .. } => data.clone(),
            other => panic!("{name} is an eface: {other:?}"),
        }
    };
    let place = |name: &str| match word(name) {
        DataWord::Indirect { place, .. } => place,
        other => panic!("{name}: {other:?}"),
    };
    assert_eq!(place("a"), Place::Copy(Some(Shortcut::StaticUint64s(7))));
    assert_eq!(place("b"), Place::Copy(None));
    assert_eq!(place("c"), Place::Copy(Some(Shortcut::ZeroVal)));
    assert_eq!(place("d"), Place::StaticUint64s(1));
    assert_eq!(place("e"), Place::ZeroBase);
    assert_eq!(place("f"), Place::Copy(None));
    assert_eq!(word("g"), DataWord::Nil);
    assert!(matches!(word("h"), DataWord::Direct { nil: false, .. }));
}

const ASSERT: &str = r#"package main

import "fmt"

type Named interface{ Name() string }

type Dot struct{}

func (Dot) Name() string { return "dot" }

func main() {
	var v any = Dot{}
	n1, ok1 := v.(Named)
	n2, ok2 := v.(Named)
	fmt.Println(n1.Name(), ok1, n2.Name(), ok2)
}
"#;

/// A session of `src` at the given detail, with the interface sub-steps on or off.
fn iface_session(src: &str, seed: u64, detail: Detail, iface: bool) -> Session {
    let mut s = session(src, seed, detail);
    s.set_interface_steps(iface);
    s
}

/// Steps the session to its end; the steps taken.
fn steps_to_end(s: &mut Session) -> Vec<StepEvent> {
    std::iter::from_fn(|| s.finished().is_none().then(|| s.step()).flatten()).collect()
}

/// The labels of the `getitab` sub-steps among `steps`.
fn getitab_labels(steps: Vec<StepEvent>) -> Vec<String> {
    steps
        .into_iter()
        .filter_map(|e| e.label.filter(|l| l.starts_with("getitab")))
        .collect()
}

fn run_labels(detail: Detail, iface: bool) -> (Vec<Option<String>>, Vec<String>, String) {
    let mut s = iface_session(ASSERT, 1, detail, iface);
    let (labels, texts) = steps_to_end(&mut s)
        .into_iter()
        .map(|ev| (ev.label, ev.text))
        .unzip();
    (labels, texts, s.schedule())
}

#[test]
fn an_assertion_to_an_interface_misses_the_itab_cache_then_hits() {
    let (labels, texts, sched) = run_labels(Detail::SubSteps, true);
    let getitab: Vec<&str> = labels
        .iter()
        .flatten()
        .map(|l| l.as_str())
        .filter(|l| l.starts_with("getitab"))
        .collect();
    assert_eq!(getitab, ["getitab: cache miss", "getitab: cache hit"]);
    let miss = texts.iter().find(|t| t.contains("cache miss")).unwrap();
    assert!(
        miss.contains("merge walk of 1 interface method sorted by name with the 1 method of main.Dot: implements"),
        "{miss}"
    );
    assert!(labels.iter().flatten().any(|l| l == "convert to interface"));
    assert!(texts.iter().any(|t| t.contains(
        "load tab.fun[0] (Name: method 0 of main.Named's 1 method in name order) = main.Dot.Name"
    )));
    // Operations mode: no interface stops, and the same schedule.
    let (ops, _, ops_sched) = run_labels(Detail::Operations, true);
    assert!(ops.iter().all(|l| l.is_none()));
    assert!(ops.len() < labels.len());
    assert_eq!(ops_sched, sched);
    // Without the memory panel's switch, Expand leaves interface operations alone.
    let (plain, _, _) = run_labels(Detail::SubSteps, false);
    assert_eq!(plain.len(), ops.len());
}

// The same assertions in a program that also converts a Dot to a Named where the
// compiler sees it (a package variable's initial value): Go builds that itab into the
// binary and adds it at startup, so the first assertion already hits. (Checked against
// go1.27.3 by dumping the runtime's itab table from an init function:
// (main.Named, main.Dot) is there with the conversion, and absent with `= nil`.)
const ASSERT_AFTER_CONVERSION: &str = r#"package main

import "fmt"

type Named interface{ Name() string }

type Sized interface{ Size() int }

type Dot struct{}

func (Dot) Name() string { return "dot" }

func (Dot) Size() int { return 1 }

var fallback Named = Dot{}

func main() {
	var v any = Dot{}
	n1, ok1 := v.(Named)
	s, ok2 := v.(Sized)
	fmt.Println(n1, ok1, s, ok2, fallback.Name())
}
"#;

#[test]
fn the_itabs_the_compiler_built_are_in_the_cache_from_the_start() {
    let mut s = Session::new(ASSERT_AFTER_CONVERSION, 1).unwrap();
    let start = s.memory(1, &[]);
    let pairs: Vec<(&str, &str, bool)> = start
        .itabs
        .iter()
        .map(|i| (i.inter.as_str(), i.concrete.as_str(), i.from_binary))
        .collect();
    assert_eq!(pairs, [("main.Named", "main.Dot", true)]);
    assert_eq!((start.hits, start.misses), (0, 0));
    s.set_interface_steps(true);
    s.set_detail(Detail::SubSteps);
    let getitab = getitab_labels(steps_to_end(&mut s));
    assert_eq!(s.stdout(), "{} true {} true dot\n");
    // Named: built by the compiler, a hit at once; Sized: no static conversion, a miss.
    assert_eq!(getitab, ["getitab: cache hit", "getitab: cache miss"]);
    let end = s.memory(1, &[]);
    assert_eq!((end.hits, end.misses), (1, 1));
    assert!(end
        .itabs
        .iter()
        .any(|i| i.inter == "main.Sized" && !i.from_binary));
}

const SWITCH: &str = r#"package main

import (
	"fmt"
	"sync"
)

type Named interface{ Name() string }
type Dot struct{}

func (Dot) Name() string { return "dot" }

func kind(v any) string {
	switch v.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case Named:
		return "named"
	}
	return "other"
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	out := []string{}
	for _, v := range []any{1, Dot{}, "s", nil, Dot{}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			out = append(out, kind(v))
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(out)
}
"#;

#[test]
fn interface_substeps_change_no_run_and_undo_stays_exact() {
    let run = |detail| {
        let mut s = iface_session(SWITCH, 3, detail, true);
        let n = steps_to_end(&mut s).len();
        (s.stdout(), s.schedule(), n, s)
    };
    let (out_ops, sched_ops, n_ops, _) = run(Detail::Operations);
    let (out_sub, sched_sub, n_sub, mut s) = run(Detail::SubSteps);
    assert_eq!(out_ops, out_sub);
    assert_eq!(sched_ops, sched_sub);
    assert!(n_sub > n_ops + 10, "{n_sub} vs {n_ops}");
    let texts: Vec<String> = s.recorded_events().iter().map(|e| e.text.clone()).collect();
    assert!(texts
        .iter()
        .any(|t| t == "type switch case: case int: compare the type (int) with int: match"));
    assert!(texts
        .iter()
        .any(|t| t == "type switch case: case nil: the interface is nil: match"));
    // Undo to the middle and redo: the same steps again.
    let all = s.recorded_events();
    s.goto(all.len() / 2);
    s.goto(all.len());
    assert_eq!(s.recorded_events(), all);
    // A replay of the schedule in operations mode gives the same output.
    let mut r = Session::new(SWITCH, 3).unwrap();
    r.replay(&sched_sub).unwrap();
    while r.finished().is_none() && r.step().is_some() {}
    assert_eq!(r.stdout(), out_ops);
}

const NOMETHODS: &str = r#"package main

import "fmt"

type Named interface{ Name() string }

type ids []int

func main() {
	for _, v := range []any{[]int{1}, ids{2}, []int{3}} {
		_, ok := v.(Named)
		fmt.Println(ok)
	}
}
"#;

#[test]
fn a_type_without_methods_is_answered_without_a_cache_entry() {
    let mut s = iface_session(NOMETHODS, 1, Detail::SubSteps, true);
    let labels = getitab_labels(steps_to_end(&mut s));
    assert_eq!(s.stdout(), "false\nfalse\nfalse\n");
    // []int has no uncommon section: no entry; the named ids does get one (negative).
    assert_eq!(
        labels,
        [
            "getitab: no method table",
            "getitab: cache miss",
            "getitab: no method table"
        ]
    );
    let view = s.memory(1, &[]);
    assert_eq!(view.itabs.len(), 1);
    assert_eq!(view.itabs[0].concrete, "main.ids");
    assert_eq!(view.itabs[0].missing.as_deref(), Some("Name"));
    assert!(view.itabs[0].fun.is_empty());
}

/// Each of the interfaces chapter's programs, with Expand and the interface sub-steps
/// on, stops at sub-steps the chapter describes (a conversion, an assertion, a type
/// switch case or a call through an itab), each labelled.
#[test]
fn the_chapter_programs_stop_at_labelled_interface_substeps() {
    for f in ["assert", "switch", "dispatch", "words"] {
        let src = std::fs::read_to_string(format!("../../demos/interfaces/{f}.go")).unwrap();
        let mut s = iface_session(&src, 0, Detail::SubSteps, true);
        let mut stops = 0;
        for ev in steps_to_end(&mut s) {
            if ev.substep {
                assert!(!ev.text.is_empty(), "{f}: a sub-step without words");
                stops += 1;
            }
        }
        assert!(stops > 0, "{f}: no interface sub-step");
    }
}

/// The reflect chapter's settability demo in the memory panel: each `reflect.Value` as
/// its three words, the flag word decoded, so CanSet can be read off the bits.
#[test]
fn reflect_values_show_their_flag_words_in_the_memory_view() {
    let src = std::fs::read_to_string("../../demos/reflect/settable.go").unwrap();
    let mut s = Session::new(&src, 0).unwrap();
    let names: Vec<String> = ["byValue", "viaPtr", "unexported", "elem"]
        .iter()
        .map(|n| n.to_string())
        .collect();
    step_until(&mut s, 10_000, |s| s.stdout().contains("ValueOf(p)"));
    let view = s.memory(1, &names);
    let flags: Vec<(String, u64, bool)> = view
        .vars
        .iter()
        .map(|v| match &v.words {
            Words::Reflect(r) => (v.name.clone(), r.flag.word, r.flag.can_set()),
            other => panic!("{} is not drawn as a reflect.Value: {other:?}", v.name),
        })
        .collect();
    // The chapter's table: ValueOf(p) 0x99 (struct, indir), ValueOf(&p).Elem() 0x199
    // (and addr), Field(1) 0x1b8 (string, stickyRO: read-only), Index(1) 0x182.
    assert_eq!(
        flags,
        [
            ("byValue".to_string(), 0x99, false),
            ("viaPtr".to_string(), 0x199, true),
            ("unexported".to_string(), 0x1b8, false),
            ("elem".to_string(), 0x182, true),
        ]
    );
}
