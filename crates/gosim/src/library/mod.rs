//! The library packages a program may import, written in Go and compiled with the
//! program (bodiless functions are natives of the runtime, see `vm::natives`).
//!
//! Keeping the library in Go means the algorithms a reader studies (a Mutex's state
//! word, a WaitGroup's counter) run as the same kind of steppable code as their own.

/// The Go source of an importable package, if there is one.
pub fn source(path: &str) -> Option<&'static str> {
    Some(match path {
        "runtime" => include_str!("go/runtime.go"),
        "errors" => include_str!("go/errors.go"),
        "fmt" => include_str!("go/fmt.go"),
        "strings" => include_str!("go/strings.go"),
        "strconv" => include_str!("go/strconv.go"),
        "sort" => include_str!("go/sort.go"),
        "time" => include_str!("go/time.go"),
        "sync" => include_str!("go/sync.go"),
        "sync/atomic" => include_str!("go/atomic.go"),
        _ => return None,
    })
}

/// Packages a package imports (they must be compiled first).
fn deps(path: &str) -> &'static [&'static str] {
    match path {
        "fmt" => &["errors"],
        "strconv" => &["errors"],
        _ => &[],
    }
}

/// Appends `path` and its dependencies to `out` in dependency order, once each.
pub fn with_deps(path: &str, out: &mut Vec<&'static str>) {
    for d in deps(path) {
        with_deps(d, out);
    }
    if let Some(p) = [
        "runtime",
        "errors",
        "fmt",
        "strings",
        "strconv",
        "sort",
        "time",
        "sync",
        "sync/atomic",
    ]
    .iter()
    .find(|p| **p == path)
    {
        if !out.contains(p) {
            out.push(p);
        }
    }
}
