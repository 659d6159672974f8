//! Run-time refusals: what the engine cannot model stops the program with
//! `not supported here: ...` (no exit code, nothing a Go program could produce)
//! instead of an answer Go would not give.

use gosim::{run, Policy};

fn refusal(src: &str) -> String {
    let r = run(src, Policy::GoLike, 1);
    assert_eq!(r.exit_code, None, "expected a refusal, got a run: {r:?}");
    String::from_utf8_lossy(&r.stderr).into_owned()
}

/// What running `src` printed to stdout (before a refusal, if it is refused).
fn stdout_of(src: &str) -> String {
    String::from_utf8_lossy(&run(src, Policy::GoLike, 1).stdout).into_owned()
}

/// Fails unless running `src` crashes (exit code 2) with `first` as its stderr's first line.
#[track_caller]
fn assert_crashes(src: &str, first: &str) {
    let r = run(src, Policy::GoLike, 1);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.exit_code, Some(2), "{stderr}");
    assert_eq!(stderr.lines().next(), Some(first), "{stderr}");
}

/// Fails unless running `src` is refused with `not supported here: {what}`.
#[track_caller]
fn assert_refused(src: &str, what: &str) {
    let err = refusal(src);
    let want = format!("not supported here: {what}");
    assert!(err.contains(&want), "{src}\nwant {want}\ngot {err}");
}

/// Fails unless running `src` prints `printed` to stdout and then is refused with
/// `not supported here: {what}`: the refusal comes where Go's run would differ, no sooner.
#[track_caller]
fn assert_refused_after(src: &str, what: &str, printed: &str) {
    assert_refused(src, what);
    assert_eq!(stdout_of(src), printed, "{src}");
}

#[test]
fn goexit_on_the_main_goroutine_is_refused() {
    assert_refused(
        "package main\n\nimport \"runtime\"\n\nfunc main() {\n\tdefer func() {}()\n\truntime.Goexit()\n}\n",
        "runtime.Goexit on the main goroutine",
    );
}

#[test]
fn goexit_while_panicking_is_refused() {
    assert_refused(
        "package main\n\nimport \"runtime\"\n\nfunc main() {\n\tdone := make(chan bool)\n\tgo func() {\n\t\tdefer close(done)\n\t\tdefer runtime.Goexit()\n\t\tpanic(1)\n\t}()\n\t<-done\n}\n",
        "runtime.Goexit while panicking",
    );
}

/// A singleflight panicError's text carries Go's stack trace, which the engine
/// cannot reproduce: printing it is refused, while the crash report (whose first
/// line alone is Go's) still shows `panic: VALUE`.
#[test]
fn a_singleflight_panic_error_text_is_refused_but_its_crash_is_reported() {
    let printed = "package main\n\nimport (\n\t\"fmt\"\n\n\t\"golang.org/x/sync/singleflight\"\n)\n\nfunc main() {\n\tvar g singleflight.Group\n\tdefer func() { fmt.Println(recover()) }()\n\tg.Do(\"k\", func() (any, error) { panic(\"boom\") })\n}\n";
    assert_refused(
        printed,
        "the stack trace in a singleflight panic's error text",
    );
    let crash = printed.replace(
        "\tdefer func() { fmt.Println(recover()) }()\n",
        "\tfmt.Print()\n",
    );
    assert_crashes(&crash, "panic: boom");
}

/// Printing a whole runtime.MemStats would show Go's allocator figures, which the
/// engine leaves out: fmt stops with a refusal rather than print the one field kept.
#[test]
fn printing_a_memstats_is_refused() {
    for verb in ["%v", "%+v", "%#v", "%s"] {
        assert_refused(
            &format!(
                "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {{\n\tvar m runtime.MemStats\n\truntime.ReadMemStats(&m)\n\tfmt.Printf(\"{verb}\\n\", &m)\n}}\n"
            ),
            "printing a runtime.MemStats",
        );
    }
}

/// A named zone needs the zone database (and daylight-saving rules) the engine
/// lacks: LoadLocation refuses it by name rather than guess an offset, while UTC,
/// Local and "" load (corpus `time_parse_loadlocation`, `time_parse_locations`).
#[test]
fn a_zone_from_the_database_is_refused_by_name() {
    assert_refused(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tloc, err := time.LoadLocation(\"America/New_York\")\n\tfmt.Println(loc, err)\n}\n",
        "time.LoadLocation(\"America/New_York\"): the zone database",
    );
}

/// A `strings.Repeat` longer than the engine's memory limit (but short of Go's
/// overflow panic) stops the run with the limit's message, never a shorter string.
#[test]
fn a_repeat_past_the_memory_limit_stops_the_run() {
    let err = refusal(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\ts := strings.Repeat(\"ab\", 1<<40)\n\tfmt.Println(len(s))\n}\n",
    );
    assert!(err.contains("(the memory limit)"), "{err}");
}

/// Strings live outside the heap's word count, so a string doubled in a loop once grew
/// until the host ran out of memory (10 GB before a 3,000-step limit): a concatenation
/// past the memory limit now stops the run with the limit's message.
#[test]
fn a_concatenation_past_the_memory_limit_stops_the_run() {
    let src = "package main\n\nfunc main() {\n\ts := \"ab\"\n\tfor i := 0; i < 100; i++ {\n\t\ts += s\n\t}\n\tprintln(len(s))\n}\n";
    let err = refusal(src);
    assert!(err.contains("(the memory limit)"), "{err}");
    // Under the limit, a long concatenation is made whole.
    let src = "package main\n\nfunc main() {\n\ts := \"ab\"\n\tfor i := 0; i < 20; i++ {\n\t\ts = s + s\n\t}\n\tprintln(len(s), s[len(s)-3:])\n}\n";
    let r = gosim::run(src, Policy::GoLike, 1);
    assert_eq!(r.exit_code, Some(0));
    assert_eq!(String::from_utf8_lossy(&r.stderr), "2097152 bab\n");
}

/// Deferred calls live outside the heap's word count: a loop that defers without end
/// once grew the host's memory by gigabytes before the step limit. One function's
/// pending defers are now bounded by a limit of ours.
#[test]
fn deferring_without_end_stops_at_a_limit() {
    let err = refusal("package main\n\nfunc main() {\n\tfor {\n\t\tdefer func() {}()\n\t}\n}\n");
    assert!(
        err.contains("stopped: one function deferred more than 1048576 calls"),
        "{err}"
    );
}

/// fmt's tree of a value stops 24 levels down: a deeper value is refused, never printed cut
/// off. A map or slice that holds itself is one (Go's fmt follows it until the stack
/// overflows, `fatal error: stack overflow`; the engine once printed
/// `map[0:map[0:...map[0:<nil>]...]]`, a wrong answer); a literal nested 30 deep is another
/// (go1.27.3 prints all 30 levels of `[[...[42]...]]`).
#[test]
fn printing_a_value_nested_too_deep_is_refused() {
    let deep = format!(
        "fmt.Println({}int{}42{})",
        "[]".repeat(30),
        "{".repeat(30),
        "}".repeat(30)
    );
    for (make, print) in [
        ("m := map[int]any{}\n\tm[0] = m", "fmt.Println(m)"),
        ("s := []any{0}\n\ts[0] = s", "fmt.Printf(\"%v\\n\", s)"),
        (
            "m := map[string]any{}\n\tm[\"a\"] = []any{1, m}",
            "fmt.Println(len(fmt.Sprint(m)))",
        ),
        ("", deep.as_str()),
    ] {
        let src =
            format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\t{make}\n\t{print}\n}}\n");
        assert_refused(&src, "printing a value nested more than 24 levels deep");
    }
}

/// A `make` longer than the engine holds but within Go's 2^48-byte address space
/// (go101's `make([]byte, 1 << 31)` prints 2147483648) stops the run with a limit,
/// never Go's `makeslice: len out of range`; a negative length is still Go's panic.
#[test]
fn a_make_past_the_engine_bound_stops_the_run() {
    let err = refusal(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tbs := make([]byte, 1<<31)\n\tfmt.Println(len(bs))\n}\n",
    );
    assert!(
        err.contains("stopped: make of a slice of 2147483648 elements"),
        "{err}"
    );
    assert_crashes(
        "package main\n\nimport \"fmt\"\n\nvar n = -1\n\nfunc main() {\n\tfmt.Println(len(make([]int, n)))\n}\n",
        "panic: runtime error: makeslice: len out of range",
    );
}

/// An array inside a larger value (a package variable, a struct field, an array
/// element) cannot be sliced in place: a slice made from a copy would not see the
/// array's later writes, nor the array the slice's (Go prints `[9 0 0 0]` for the
/// first program). Refused at run time rather than answered wrong; a local array,
/// which lives in a cell of its own, slices in place (corpus `slices_of_arrays`).
#[test]
fn slicing_an_array_inside_a_larger_value_is_refused() {
    let cases = [
        (
            "var g [4]int\n\nfunc main() {\n\ts := g[:]\n\ts[0] = 9\n\tfmt.Println(g)\n}\n",
            "slicing a package-level array",
        ),
        (
            "type T struct {\n\tn int\n\ta [4]int\n}\n\nfunc main() {\n\tvar t T\n\tu := t.a[1:]\n\tu[0] = 7\n\tfmt.Println(t.a)\n}\n",
            "slicing an array inside a struct or another array",
        ),
        (
            "func main() {\n\tvar m [2][3]int\n\tw := m[1][:]\n\tw[2] = 4\n\tfmt.Println(m)\n}\n",
            "slicing an array inside a struct or another array",
        ),
    ];
    for (body, what) in cases {
        assert_refused(&format!("package main\n\nimport \"fmt\"\n\n{body}"), what);
    }
}

/// Go prints a map's keys of different dynamic types in the order of their type
/// descriptors' addresses in the binary (internal/fmtsort), which the engine cannot
/// know: the print is refused. Keys of one dynamic type (and nil) still print, sorted.
#[test]
fn printing_a_map_whose_keys_differ_in_type_is_refused() {
    let err = refusal(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(map[any]int{1: 1, \"a\": 2})\n}\n",
    );
    assert!(
        err.contains("not supported here: printing a map whose keys differ in dynamic type"),
        "{err}"
    );
    assert_eq!(
        stdout_of("package main\n\nimport \"fmt\"\n\ntype P struct {\n\ta any\n\tb int\n}\n\nfunc main() {\n\tfmt.Println(map[any]int{2: 1, nil: 0, 1: 2}, map[P]int{{1, 2}: 1, {1, 1}: 2})\n}\n"),
        "map[<nil>:0 1:2 2:1] map[{1 1}:2 {1 2}:1]\n"
    );
    let err = refusal(
        "package main\n\nimport \"fmt\"\n\ntype P struct {\n\ta any\n\tb int\n}\n\nfunc main() {\n\tfmt.Printf(\"%v\", map[P]int{{1, 2}: 1, {\"x\", 1}: 2})\n}\n",
    );
    assert!(err.contains("keys differ in dynamic type"), "{err}");
}

/// A pointer below the top level prints as an address, except under a bad verb, where
/// fmt prints its target (`{%!s(*map[interface {}]int=&map[...])}`): a map in it whose
/// keys differ in type is refused only then (go1.27.3 prints `{0xc...}` for `%v`).
#[test]
fn a_map_behind_a_nested_pointer_is_refused_only_when_printed() {
    let src = "package main\n\nimport \"fmt\"\n\ntype box struct{ m *map[any]int }\n\nfunc main() {\n\tm := map[any]int{1: 1, \"a\": 2}\n\tfmt.Printf(\"%v\\n\", box{&m})\n\tfmt.Printf(\"%s\\n\", box{&m})\n}\n";
    let err = refusal(src);
    assert!(err.contains("keys differ in dynamic type"), "{err}");
    let out = stdout_of(src);
    assert!(out.starts_with("{0xc") && out.ends_with("}\n"), "{out}");
}

/// fmt sorts a map's keys field by field; the engine's time.Time has other fields than
/// Go's, so two time keys could print in another order than Go's: refused. One key has
/// no order to get wrong, and time values elsewhere print through their String method.
#[test]
fn printing_a_map_keyed_by_a_modelled_library_struct_is_refused() {
    assert_refused(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)\n\tfmt.Println(map[time.Time]int{t: 1, t.Add(time.Hour): 2})\n}\n",
        "printing a map keyed by time.Time",
    );
    assert_refused(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\ntype K struct {\n\tat time.Time\n\tn  int\n}\n\nfunc main() {\n\tt := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)\n\tfmt.Println(len(fmt.Sprint(map[K]bool{{t, 1}: true, {t, 2}: false})))\n}\n",
        "printing a map keyed by time.Time",
    );
    assert_eq!(
        stdout_of("package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)\n\tfmt.Println(map[time.Time]int{t: 1}, t)\n}\n"),
        "map[2024-01-02 03:04:05 +0000 UTC:1] 2024-01-02 03:04:05 +0000 UTC\n"
    );
}

/// `*os.File` has Close, as in Go, so it is an io.Closer; closing a standard file
/// (Go's later writes to it then fail) is not modelled and is refused when called.
#[test]
fn closing_stdout_is_refused() {
    assert_refused(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tvar w io.WriteCloser = os.Stdout\n\tfmt.Println(w.Close())\n\tfmt.Println(\"after\")\n}\n",
        "closing /dev/stdout",
    );
}

/// A value method called through an interface holding a nil pointer: Go's compiler
/// turns the call into a direct one (a nil dereference) when it sees the concrete
/// type, in a local set once or after inlining the callee, and reaches
/// `runtime.panicwrap` otherwise. Outside a parameter of a function Go cannot
/// inline (it has a `defer`) the engine cannot tell which, so it refuses.
#[test]
fn a_value_method_on_a_nil_pointer_through_a_local_interface_is_refused() {
    let local = "package main\n\ntype T struct{ n int }\n\nfunc (t T) N() int { return t.n }\n\ntype I interface{ N() int }\n\nfunc main() {\n\tvar p *T\n\tvar i I = p\n\tprintln(i.N())\n}\n";
    let what = "a value method called through an interface holding a nil pointer";
    assert_refused(local, what);
    // The same call on the parameter of a small function Go inlines.
    let inlined = local.replace(
        "func main() {\n\tvar p *T\n\tvar i I = p\n\tprintln(i.N())\n}",
        "func get(i I) int { return i.N() }\n\nfunc main() {\n\tvar p *T\n\tprintln(get(p))\n}",
    );
    assert_refused(&inlined, what);
    // With a `defer` Go keeps the call through the interface: its message.
    let kept = inlined.replace(
        "{ return i.N() }",
        "{\n\tdefer func() {}()\n\treturn i.N()\n}",
    );
    assert_crashes(
        &kept,
        "panic: value method main.T.N called using nil *T pointer",
    );
    // A method value bound there: Go panics when it is called, not when bound.
    let bound = kept.replace(
        "return i.N()\n}",
        "f := i.N\n\tprintln(\"bound\")\n\treturn f()\n}",
    );
    assert_refused(
        &bound,
        "a method value of an interface holding a nil pointer",
    );
}

/// fmt walks into the fields of a struct it has no method for: a library type the
/// engine models its own way (sync.Mutex without Go's `noCopy` and inner mutex,
/// atomic.Int64 without its `noCopy` and `align64`, strings.Builder without its
/// `addr`) would print fields Go's does not have. Printing them is refused, here
/// through a struct of the program's own whose unexported field fmt cannot ask for
/// methods, and as a direct operand; `%T` reads no field and still prints.
#[test]
fn printing_the_fields_of_a_modelled_library_type_is_refused() {
    let cases = [
        (
            "\"sync\"",
            "type C struct {\n\tmu sync.Mutex\n\tn  int\n}",
            "C{}",
            "%+v",
            "sync.Mutex",
            "main.C",
        ),
        (
            "\"sync\"",
            "",
            "sync.WaitGroup{}",
            "%#v",
            "sync.WaitGroup",
            "sync.WaitGroup",
        ),
        (
            "\"sync/atomic\"",
            "",
            "new(atomic.Int64)",
            "%v",
            "atomic.Int64",
            "*atomic.Int64",
        ),
        (
            "\"strings\"",
            "",
            "strings.Builder{}",
            "%v",
            "strings.Builder",
            "strings.Builder",
        ),
        (
            "\"time\"",
            "type T struct{ at time.Time }",
            "T{}",
            "%v",
            "time.Time",
            "main.T",
        ),
    ];
    for (import, decl, operand, verb, ty, type_name) in cases {
        let src = format!(
            "package main\n\nimport (\n\t\"fmt\"\n\t{import}\n)\n\n{decl}\n\nfunc main() {{\n\tfmt.Printf(\"%T\\n\", {operand})\n\tfmt.Printf(\"{verb}\\n\", {operand})\n}}\n"
        );
        let err = refusal(&src);
        let want = format!("not supported here: printing the fields of {ty} ");
        assert!(err.contains(&want), "{src}\nwant {want}\ngot {err}");
        assert_eq!(stdout_of(&src), format!("{type_name}\n"), "{src}");
    }
}

/// The capacity of `[]byte(s)`/`[]rune(s)` of a non-constant string where the engine
/// cannot follow Go's escape analysis (a helper's result, which inlining may keep on
/// the caller's stack; an argument; an inline conversion): `cap`, slicing past the
/// length, an append that outgrows the length and reflect's `Cap` are refused.
#[test]
fn an_undecided_string_conversion_capacity_is_refused_where_it_matters() {
    let what = "the capacity of []byte(s) or []rune(s) of a non-constant string";
    let helpers = "func conv(s string) []byte { return []byte(s) }\n\
                   func runes(s string) []rune { return []rune(s) }\n\
                   func show(b []byte) { fmt.Println(cap(b)) }\n";
    for body in [
        "fmt.Println(cap(conv(s)))",
        "fmt.Println(cap(runes(s)))",
        "show([]byte(s))",
        "fmt.Println(cap([]byte(s)))",
        "b := conv(s)\n\tfmt.Println(len(b[:4]))",
        "b := conv(s)\n\tb = append(b, '!')\n\tfmt.Println(string(b))",
        "r := runes(s)\n\tr = append(r, []rune(s)...)\n\tfmt.Println(len(r))",
        "fmt.Println(reflect.ValueOf(conv(s)).Cap())",
    ] {
        let src = format!(
            "package main\n\nimport (\n\t\"fmt\"\n\t\"reflect\"\n\t\"strings\"\n)\n\n\
             var _ = reflect.TypeOf\n\n{helpers}\nfunc main() {{\n\ts := strings.Repeat(\"ab\", 1)\n\t{body}\n}}\n"
        );
        assert_refused(&src, what);
    }
}

/// The capacity after `append` where Go 1.27 decides it by what the engine does not
/// follow: inlining (a helper returning the slice, one storing it), the slice pass's
/// stack buffer moved to the heap at a transition (a range, a return, an alias), a
/// closure's capture, `defer`, a library call, a struct field, a slice emptied and
/// grown again in the same call (Go's one buffer a call). Each shape's `cap` differs
/// from the heap or stack model somewhere (checked with go1.27.3), so it is refused,
/// as are slicing past the length and reflect's `Cap`; the same shapes without `cap`
/// run (corpus `append_vague_shapes_run`).
#[test]
fn an_undecided_append_capacity_is_refused_where_it_matters() {
    let what = "the capacity of a slice grown by append here";
    let helpers = "type bag struct{ items []int }\n\
                   var saved [][]int\n\
                   func build(n int) []int {\n\tvar s []int\n\tfor i := 0; i < n; i++ {\n\t\ts = append(s, i)\n\t}\n\treturn s\n}\n\
                   func one() []int {\n\tvar s []int\n\ts = append(s, 1)\n\treturn s\n}\n\
                   func named(n int) (s []int) {\n\tfor i := 0; i < n; i++ {\n\t\ts = append(s, i)\n\t}\n\treturn\n}\n\
                   func remember(s []int) { saved = append(saved, s) }\n\
                   func total(s []int) int {\n\tt := 0\n\tfor _, v := range s {\n\t\tt += v\n\t}\n\treturn t\n}\n\
                   func show(s []int) { fmt.Println(len(s), cap(s)) }\n";
    for body in [
        "fmt.Println(cap(build(3)))",
        "fmt.Println(cap(one()))",
        "fmt.Println(cap(named(1)))",
        "var s []int\n\ts = append(s, 1)\n\tremember(s)\n\tfmt.Println(cap(s))",
        "var s []int\n\tfor i := 0; i < 3; i++ {\n\t\ts = append(s, i)\n\t}\n\tfmt.Println(total(s), cap(s))",
        "var s []int\n\tfor i := 0; i < 3; i++ {\n\t\ts = append(s, i)\n\t}\n\tfor range s {\n\t}\n\tfmt.Println(cap(s))",
        "var s []int\n\tfor i := 0; i < 3; i++ {\n\t\ts = append(s, i)\n\t}\n\tt := s\n\tfmt.Println(len(t), cap(s))",
        "var s []int\n\tadd := func(v int) { s = append(s, v) }\n\tadd(1)\n\tfmt.Println(cap(s))",
        "var s []int\n\ts = append(s, 1, 2)\n\tdefer show(s)",
        "var s []int\n\ts = append(s, 3, 1, 2)\n\tsort.Ints(s)\n\tfmt.Println(cap(s))",
        "var b bag\n\tb.items = append(b.items, 1)\n\tfmt.Println(cap(b.items))",
        "for i := 0; i < 2; i++ {\n\t\tvar s []int\n\t\ts = append(s, i)\n\t\tfmt.Println(cap(s))\n\t}",
        "var s []int\n\ts = append(s, 1)\n\ts = nil\n\ts = append(s, 1)\n\tfmt.Println(cap(s))",
        "s := build(3)\n\tfmt.Println(len(s[:4]))",
        "fmt.Println(reflect.ValueOf(build(3)).Cap())",
    ] {
        let src = format!(
            "package main\n\nimport (\n\t\"fmt\"\n\t\"reflect\"\n\t\"sort\"\n)\n\n\
             var _ = reflect.TypeOf\nvar _ = sort.Ints\n\n{helpers}\nfunc main() {{\n\t{body}\n}}\n"
        );
        assert_refused(&src, what);
    }
}

/// A String method that asks a server goroutine over a channel (The Way to Go's
/// conc_access.go): Go's fmt waits for the answer; the engine, which runs the method
/// inside one step, refuses instead of printing a `%!v(PANIC=...)` Go never printed.
#[test]
fn a_string_method_that_blocks_under_fmt_is_refused() {
    let src = "package main\n\nimport \"fmt\"\n\ntype P struct{ ask chan chan string }\n\nfunc (p P) String() string {\n\tr := make(chan string)\n\tp.ask <- r\n\treturn <-r\n}\n\nfunc main() {\n\tp := P{make(chan chan string)}\n\tgo func() {\n\t\tfor r := range p.ask {\n\t\t\tr <- \"Smith\"\n\t\t}\n\t}()\n\tfmt.Println(\"before\")\n\tfmt.Println(p)\n}\n";
    assert_refused_after(
        src,
        "a String or Error method that blocks, called by fmt or panic",
        "before\n",
    );
}

/// A func value printed by fmt (`%v`, `%p`, inside a struct): Go prints the address of
/// its code in the binary, the same on every run of one build, which no address the
/// engine makes up can be. A nil func and a func's `%T` print as Go prints them.
#[test]
fn printing_a_func_value_is_refused() {
    let what = "printing a func value (Go prints where its code lies in the binary)";
    let head = "package main\n\nimport \"fmt\"\n\nfunc hello() {}\n\ntype H struct{ f func() }\n\nfunc main() {\n\tvar nf func()\n\tfmt.Println(nf == nil, nf, H{})\n\tfmt.Printf(\"%T\\n\", hello)\n\t";
    for tail in [
        "fmt.Println(hello)",
        "fmt.Printf(\"%p\\n\", hello)",
        "fmt.Printf(\"%v\\n\", H{hello})",
        "_ = fmt.Sprint([]func(){hello})",
    ] {
        let src = format!("{head}{tail}\n}}\n");
        assert_refused_after(&src, what, "true <nil> {<nil>}\nfunc()\n");
    }
}

/// Runs `f` on a thread with the wasm module's 1 MiB stack, so that a test fails (the
/// process aborts) when the engine recurses on the host's stack for the program.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("no panic")
}

/// A String or Error method that formats its own receiver recurses through fmt without
/// end (Go dies of a stack overflow); each level is a nested run of the engine on the
/// host's stack, which once overflowed it and took the page down. The nesting is now
/// bounded and refused.
#[test]
fn a_method_printing_its_own_receiver_is_refused() {
    for src in [
        "package main\n\nimport \"fmt\"\n\ntype E struct{}\n\nfunc (e E) Error() string { return fmt.Sprint(e) }\n\nfunc main() {\n\tfmt.Println(E{})\n}\n",
        "package main\n\nimport \"fmt\"\n\ntype S int\n\nfunc (s S) String() string { return fmt.Sprintf(\"%v\", s) }\n\nfunc main() {\n\tfmt.Println(S(1))\n}\n",
    ] {
        let err = on_small_stack(move || refusal(src));
        assert!(
            err.contains("not supported here: String or Error methods nested more than"),
            "{err}"
        );
    }
    // Nesting within the bound still prints as Go does.
    let src = "package main\n\nimport \"fmt\"\n\ntype S int\n\nfunc (s S) String() string {\n\tif s == 0 {\n\t\treturn \"0\"\n\t}\n\treturn fmt.Sprint(s-1) + \"+\"\n}\n\nfunc main() {\n\tfmt.Println(S(20))\n}\n";
    let out = on_small_stack(move || stdout_of(src));
    assert_eq!(out, format!("0{}\n", "+".repeat(20)));
}

/// Go's stack grows to 1 GB, millions of frames: a call chain past the engine's
/// call-depth limit may still end (Rosetta Code's Hofstadter Q recursed 200,000 deep
/// and printed its answer), so the engine stops at its limit and says what Go does if
/// the recursion never ends, rather than claiming Go's `fatal error: stack overflow`.
#[test]
fn a_call_chain_past_the_depth_limit_stops_at_a_limit_not_a_stack_overflow() {
    for src in [
        "package main\n\nfunc f(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn f(n-1) + 1\n}\n\nfunc main() {\n\tprintln(f(200000))\n}\n",
        "package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tprintln(f(0))\n}\n",
    ] {
        let r = gosim::run(src, Policy::GoLike, 1);
        let err = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.exit_code, None, "a limit, not an exit: {err}");
        assert!(
            err.contains("stopped: goroutine 1 is 100000 calls deep (the call-depth limit: "),
            "{err}"
        );
        assert!(!err.contains("fatal error"), "{err}");
    }
}
/// Standard input is empty, so Scan and Scanln end at their first operand; Go reads a
/// named type (or a Scanner) through reflect or its method, which the engine's Scan
/// does not do, so it refuses rather than guess what Go would report.
#[test]
fn scanning_into_a_named_type_is_refused() {
    let src = "package main\n\nimport \"fmt\"\n\ntype Celsius float64\n\nfunc main() {\n\tvar s string\n\tfmt.Println(fmt.Scanln(&s))\n\tvar c Celsius\n\tfmt.Println(fmt.Scan(&c))\n}\n";
    assert_refused_after(src, "fmt.Scan into a *main.Celsius", "0 EOF\n");
}

#[test]
fn reading_an_environment_variable_every_process_has_is_refused() {
    // Go's run sees its shell's PATH; the engine has no environment. A variable of
    // the program's own is simply unset, as in a fresh run.
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Printf(\"%q\\n\", os.Getenv(\"MY_APP_DEBUG\"))\n\tfmt.Println(os.Getenv(\"PATH\") != \"\")\n}\n";
    assert_refused_after(
        src,
        "reading the environment variable PATH (the engine runs with no environment)",
        "\"\"\n",
    );
    for key in ["HOME", "GOROOT", "LC_ALL"] {
        let src = format!("package main\n\nimport \"os\"\n\nfunc main() {{\n\t_, ok := os.LookupEnv(\"{key}\")\n\tprintln(ok)\n}}\n");
        assert_refused(&src, &format!("reading the environment variable {key}"));
    }
}

#[test]
fn comparing_interfaces_holding_pointers_to_zero_size_values_is_refused() {
    // Go prints true true, then true: both escape to the heap, where every
    // zero-size value has one address (a stack pair would compare false).
    let src = "package main\n\nimport \"fmt\"\n\ntype token struct{}\n\nvar sink []any\n\nfunc main() {\n\tvar i, j any = new(token), new(token)\n\tsink = append(sink, i, j)\n\tfmt.Println(i == i, i != nil)\n\tfmt.Println(i == j)\n}\n";
    assert_refused_after(
        src,
        "comparing pointers to zero-size values (Go's answer depends on its escape analysis)",
        "true true\n",
    );
}

/// io.Copy into a bytes.Buffer or bufio.Writer, or from a bufio.Reader, goes through
/// the type's ReadFrom or WriteTo, whose reads and writes are sized by Go's buffer
/// internals the engine's types do not keep: refused where Go would call them.
#[test]
fn io_copy_through_a_buffered_library_type_is_refused() {
    let prog = |dst: &str, src: &str| {
        format!("package main\n\nimport (\n\t\"bufio\"\n\t\"bytes\"\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n\t\"strings\"\n)\n\ntype plain struct{{ r io.Reader }}\n\nfunc (p plain) Read(b []byte) (int, error) {{ return p.r.Read(b) }}\n\nvar _ = bufio.NewReader\nvar _ = os.Stdout\n\nfunc main() {{\n\tvar buf bytes.Buffer\n\tn, err := io.Copy({dst}, {src})\n\tfmt.Println(n, err, buf.Len())\n}}\n")
    };
    let user = "plain{strings.NewReader(\"abc\")}";
    assert_refused(
        &prog("&buf", user),
        "bytes.Buffer.ReadFrom (or io.Copy into a bytes.Buffer)",
    );
    assert_refused(
        &prog("bufio.NewWriter(os.Stdout)", user),
        "bufio.Writer.ReadFrom (or io.Copy into a bufio.Writer)",
    );
    assert_refused(
        &prog("os.Stdout", "bufio.NewReader(strings.NewReader(\"abc\"))"),
        "bufio.Reader.WriteTo (or io.Copy from a bufio.Reader)",
    );
    // A source with WriteTo is asked first: Buffer's ReadFrom is never reached.
    assert_eq!(
        stdout_of(&prog("&buf", "strings.NewReader(\"abc\")")),
        "3 <nil> 3\n"
    );
}

/// encoding/json where Go 1.27 answers with its new encoder's own messages, or where
/// what Go does hangs on internals the engine does not share: each stops by name, after
/// what came before it was printed.
#[test]
fn json_refuses_what_it_does_not_imitate() {
    let json = |body: &str| {
        format!(
            "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"time\"\n)\n\nvar _ = time.Now\n\ntype Node struct {{\n\tNext *Node\n}}\n\ntype Q struct {{\n\tI int `json:\",string\"`\n}}\n\nfunc main() {{\n\tfmt.Println(\"before\")\n{body}\n}}\n"
        )
    };
    // Go: `json: unsupported value: jsontext: object member name must be a string ...`.
    assert_refused_after(
        &json("\tfmt.Println(json.Marshal(map[bool]int{true: 1}))"),
        "json.Marshal of a map with bool keys",
        "before\n",
    );
    // A cycle: Go reports it with a message of its own after 1000 levels.
    assert_refused_after(
        &json("\tn := &Node{}\n\tn.Next = n\n\tfmt.Println(json.Marshal(n))"),
        "json.Marshal of a value nested more than 1000 pointers deep (a cycle?)",
        "before\n",
    );
    // Go 1.27's wording of a misused `,string` carries the inner error.
    assert_refused_after(
        &json("\tvar q Q\n\tfmt.Println(json.Unmarshal([]byte(`{\"I\":12}`), &q))"),
        "json's ,string option on a value that is not a quoted scalar",
        "before\n",
    );
    // The engine's time.Time has no MarshalText, so a map keyed by it is not Go's.
    assert_refused_after(
        &json("\tfmt.Println(json.Marshal(map[time.Time]int{{}: 1}))"),
        "json.Marshal of a map with time.Time keys",
        "before\n",
    );
    // A library struct's fields are the engine's, not Go's.
    assert_refused_after(
        &json("\tfmt.Println(json.Marshal(struct{ T *time.Timer }{time.NewTimer(time.Hour)}))"),
        "json.Marshal of a time.Timer",
        "before\n",
    );
}

/// A slice Unmarshal grows has Go's length but a capacity Go chooses by a rule of its
/// own: cap is refused, the elements and len are kept, appends by the variable go on.
#[test]
fn json_grown_slices_have_a_vague_capacity() {
    let src = "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar s []int\n\tjson.Unmarshal([]byte(`[1, 2, 3]`), &s)\n\ts = append(s, 4)\n\tfmt.Println(s, len(s))\n\tfmt.Println(cap(s))\n}\n";
    assert_refused(
        src,
        "the capacity of a slice grown by append here (Go's depends on its escape analysis, inlining and stack buffers)",
    );
    assert_eq!(stdout_of(src), "[1 2 3 4] 4\n");
}
