//! The itab cache fills as Go's does: on the first assertion or type switch case of a
//! (non-empty interface, concrete type) pair, negative answers included, and later
//! lookups of the same pair are hits.

use gosim::{Chooser, Machine, Policy};

const PROG: &str = r#"package main

import "fmt"

type Shape interface{ Area() int; Name() string }
type Named interface{ Name() string }
type Rect struct{ w, h int }

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }

type Dot struct{}

func (Dot) Name() string { return "dot" }

func main() {
	vals := []any{Rect{2, 3}, Dot{}, Rect{1, 1}, Dot{}, 7}
	for _, v := range vals {
		if s, ok := v.(Shape); ok {
			fmt.Println(s.Area())
		}
		switch v.(type) {
		case any:
		}
		_ = v
	}
	var any1 any = Dot{}
	_ = any1.(Named)
}
"#;

fn names(m: &Machine) -> Vec<String> {
    let t = &m.prog.types;
    m.itabs
        .entries()
        .map(|e| {
            let fun: Vec<String> = e.fun.iter().map(|f| f.name.to_string()).collect();
            format!(
                "{} {} [{}] {:?}",
                t.name(e.inter),
                t.name(e.concrete),
                fun.join(","),
                e.missing.as_deref()
            )
        })
        .collect()
}

#[test]
fn assertions_fill_the_cache_with_hits_misses_and_negative_entries() {
    let prog = gosim::compile(PROG).expect("compiles");
    let mut m = Machine::new(prog, Chooser::new(Policy::GoLike, 0));
    m.run_to_end();
    assert_eq!(String::from_utf8_lossy(&m.stdout), "6\n1\n");
    let mut got = names(&m);
    got.sort();
    assert_eq!(
        got,
        [
            "main.Named main.Dot [Name] None",
            "main.Shape int [] Some(\"Area\")",
            "main.Shape main.Dot [] Some(\"Area\")",
            "main.Shape main.Rect [Area,Name] None",
        ]
    );
    // Five Shape assertions over three concrete types: three misses, two hits; then
    // one miss for (Named, Dot). `any` cases and targets need no itab.
    assert_eq!((m.itabs.misses, m.itabs.hits), (4, 2));
}

#[test]
fn a_clone_shares_the_table_and_stays_equal() {
    let prog = gosim::compile(PROG).expect("compiles");
    let mut a = Machine::new(prog.clone(), Chooser::new(Policy::GoLike, 0));
    let mut b = Machine::new(prog, Chooser::new(Policy::GoLike, 0));
    a.run_to_end();
    b.run_to_end();
    assert!(a == b);
    assert_eq!(names(&a), names(&b));
}
