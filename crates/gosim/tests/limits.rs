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

/// An 8 MB heap limit, so that the tests below pass it in a few megabytes.
fn small_heap() -> Limits {
    Limits {
        max_heap_words: 1 << 20,
        ..Limits::default()
    }
}

const STOPPED_8MB: &str = "stopped: the program's heap grew past 8 MB (the memory limit)";

/// Runs `body` (the statements of `main`, after `imports`) under an 8 MB limit and
/// asserts that it stops at the heap limit before printing "end". Each program would
/// need tens of megabytes of the host, in values the heap's word count leaves out.
fn stops_at_heap_limit(imports: &str, decls: &str, body: &str) {
    let src = format!(
        "package main\n\nimport (\n{imports}\n)\n\n{decls}\n\nfunc main() {{\n{body}\n\tfmt.Println(\"end\")\n}}\n"
    );
    let (exit, out) = run(&src, small_heap());
    assert!(
        matches!(&exit, Exit::Limit(m) if m == STOPPED_8MB),
        "{exit:?} {out}\n{src}"
    );
    assert!(!out.contains("end"), "{out}");
}

#[test]
fn strings_kept_count_against_the_heap_limit() {
    // 200 strings of 256 KiB, made by `+` of a long operand and by a native.
    stops_at_heap_limit(
        "\t\"fmt\"\n\t\"strings\"",
        "",
        "\tbase := strings.Repeat(\"x\", 1<<18)\n\tvar keep []string\n\tfor i := 0; i < 200; i++ {\n\t\tkeep = append(keep, base+fmt.Sprint(i))\n\t}\n\tfmt.Println(len(keep))",
    );
    stops_at_heap_limit(
        "\t\"fmt\"\n\t\"strings\"",
        "",
        "\tvar keep []string\n\tfor i := 0; i < 200; i++ {\n\t\tkeep = append(keep, strings.Repeat(\"y\", 1<<18))\n\t}\n\tfmt.Println(len(keep))",
    );
    // Short concatenations (the interpreter's fast path), many of them.
    stops_at_heap_limit(
        "\t\"fmt\"",
        "",
        "\tkeep := make([]string, 20000)\n\ts := \"\"\n\tfor i := 0; i < 1000; i++ {\n\t\ts += \"0123456789\"\n\t}\n\tfor i := range keep {\n\t\tkeep[i] = s + \"!\"\n\t}\n\tfmt.Println(len(keep))",
    );
    // string(b) of a byte slice, and a string's slices (the engine copies them).
    stops_at_heap_limit(
        "\t\"fmt\"",
        "",
        "\tb := make([]byte, 1<<16)\n\tvar keep []string\n\tfor i := 0; i < 300; i++ {\n\t\tkeep = append(keep, string(b))\n\t}\n\tfmt.Println(len(keep))",
    );
    stops_at_heap_limit(
        "\t\"fmt\"\n\t\"strings\"",
        "",
        "\ts := strings.Repeat(\"z\", 1<<16)\n\tvar keep []string\n\tfor i := 0; i < 1000; i++ {\n\t\tkeep = append(keep, s[i:])\n\t}\n\tfmt.Println(len(keep))",
    );
}

#[test]
fn array_and_struct_values_count_against_the_heap_limit() {
    // Deep recursion with a big frame: the goroutine's stack.
    stops_at_heap_limit(
        "\t\"fmt\"",
        "func f(n int) int {\n\tvar a [4096]int\n\ta[n%4096] = n\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn f(n-1) + a[n%4096]\n}",
        "\tfmt.Println(f(2000))",
    );
    // The same array passed down by value.
    stops_at_heap_limit(
        "\t\"fmt\"",
        "func g(a [4096]int, n int) int {\n\tif n == 0 {\n\t\treturn a[0]\n\t}\n\treturn g(a, n-1)\n}",
        "\tvar a [4096]int\n\tfmt.Println(g(a, 2000))",
    );
    // Goroutines each holding an array.
    stops_at_heap_limit(
        "\t\"fmt\"\n\t\"time\"",
        "",
        "\tfor i := 0; i < 500; i++ {\n\t\tgo func() {\n\t\t\tvar a [1 << 12]int\n\t\t\ta[1] = i\n\t\t\ttime.Sleep(time.Hour)\n\t\t\tfmt.Println(a[1])\n\t\t}()\n\t}\n\ttime.Sleep(time.Second)",
    );
    // Arrays behind pointers, in map values, in a channel's buffer, in closures.
    stops_at_heap_limit(
        "\t\"fmt\"",
        "",
        "\tvar keep []*[1 << 12]int\n\tfor i := 0; i < 500; i++ {\n\t\tkeep = append(keep, new([1 << 12]int))\n\t}\n\tfmt.Println(len(keep))",
    );
    stops_at_heap_limit(
        "\t\"fmt\"",
        "type Big struct{ a [1024]int }",
        "\tm := map[int]Big{}\n\tfor i := 0; i < 2000; i++ {\n\t\tm[i] = Big{}\n\t}\n\tfmt.Println(len(m))",
    );
    stops_at_heap_limit(
        "\t\"fmt\"",
        "type Big struct{ a [1024]int }",
        "\tc := make(chan Big, 100000)\n\tvar b Big\n\tfor i := 0; i < 2000; i++ {\n\t\tb.a[0] = i\n\t\tc <- b\n\t}\n\tfmt.Println(len(c))",
    );
    stops_at_heap_limit(
        "\t\"fmt\"",
        "",
        "\tvar fs []func() int\n\tfor i := 0; i < 2000; i++ {\n\t\tvar a [1024]int\n\t\ta[0] = i\n\t\tfs = append(fs, func() int { return a[0] })\n\t}\n\tfmt.Println(len(fs))",
    );
}

#[test]
fn a_string_shared_by_many_values_is_counted_once() {
    // 200,000 references to one 1 MB string: Go holds 1 MB and 3.2 MB of string
    // headers; counted per holder it would be 200 GB, past the default 512 MB.
    let src = r#"package main

import (
	"fmt"
	"strings"
)

type T struct {
	s string
	a [8]int
}

func main() {
	s := strings.Repeat("x", 1<<20)
	var keep []string
	var any []interface{}
	var ts []T
	for i := 0; i < 200000; i++ {
		keep = append(keep, s)
		if i%10 == 0 {
			any = append(any, s)
			ts = append(ts, T{s: s})
		}
	}
	fmt.Println(len(keep), len(any), len(ts), len(keep[199999]))
}
"#;
    let (exit, out) = run(src, Limits::default());
    assert_eq!(exit, Exit::Code(0), "{out}");
    assert_eq!(out, "200000 20000 20000 1048576\n");
}
