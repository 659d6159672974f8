//! The standard library's one home: the packages a program may import, written in
//! Go and compiled with the program (bodiless functions are natives of the runtime,
//! see `vm::natives`, one file per package), and the Rust engines those natives and
//! the rest of the engine share.
//!
//! - [`PACKAGES`]: every importable package, its Go file under `go/` and its imports.
//! - [`fmtvalue`]: the value description the VM builds for formatting.
//! - [`fmt`]: the `fmt` package's formatting engine (Printf/Print/Println).
//! - [`numfmt`]: `strconv`'s number formatting, parsing and quoting.
//! - [`runeclass`]: Go's IsPrint, IsLetter and IsDigit, from tables Go produced.
//! - [`casemap`]: `strings.ToUpper`/`ToLower` with Go's per-rune case mapping.
//!
//! The natives themselves stay in `vm/natives/`: they act on the machine's private
//! state (goroutines, timers, the semaphore table), which only the VM may touch.
//!
//! Keeping the library in Go means the algorithms a reader studies (a Mutex's state
//! word, a WaitGroup's counter) run as the same kind of steppable code as their own.
//!
//! The files are embedded with their comments and indentation taken out at compile
//! time (see [`strip`]): the comments are for whoever maintains the library, and the
//! widget's wasm module carries every byte of the text to each reader. Every newline
//! stays, so line numbers in tracebacks (`sync.go:123`) still match the files here.

pub mod casemap;
pub mod fmt;
pub mod fmtvalue;
pub mod lazy;
pub mod numfmt;
pub mod runeclass;
pub mod std_paths;
pub mod timefmt;

mod strip;

use std::cell::RefCell;

pub use strip::strip;

/// A library file's text as the compiler gets it: [`strip`]ped at compile time.
macro_rules! library_file {
    ($path:literal) => {{
        const SRC: &[u8] = include_bytes!($path);
        const LEN: usize = strip(SRC, &mut []);
        const OUT: [u8; LEN] = {
            let mut out = [0u8; LEN];
            strip(SRC, &mut out);
            out
        };
        const TEXT: &str = match std::str::from_utf8(&OUT) {
            Ok(text) => text,
            Err(_) => panic!("a library file is not UTF-8"),
        };
        TEXT
    }};
}

/// One importable package.
struct Package {
    /// Its import path.
    path: &'static str,
    /// Its file, relative to this directory (for the test that compares the file
    /// with what the compiler gets).
    #[cfg_attr(not(test), allow(dead_code))]
    file: &'static str,
    /// Its Go source as the compiler gets it; `None` when it is loaded at run time (see
    /// [`lazy`] and [`register`]).
    source: Option<&'static str>,
    /// The library packages it imports (they must be compiled first).
    deps: &'static [&'static str],
}

macro_rules! package {
    ($path:literal, $file:literal, $deps:expr) => {
        Package {
            path: $path,
            file: $file,
            // A lazily loaded package's text is left out of the `lazy-library` build (the
            // branch not taken in this constant leaves nothing in the binary).
            source: if cfg!(feature = "lazy-library") && lazy::is_lazy($path) {
                None
            } else {
                Some(library_file!($file))
            },
            deps: $deps,
        }
    };
}

/// Every importable package: the one list of the library.
const PACKAGES: &[Package] = &[
    package!("runtime", "go/runtime.go", &[]),
    package!("errors", "go/errors.go", &[]),
    package!("io", "go/io.go", &["errors"]),
    package!("os", "go/os.go", &["io"]),
    package!("math", "go/math.go", &[]),
    package!("unicode/utf8", "go/utf8.go", &[]),
    package!("internal/ziggurat", "go/ziggurat.go", &["math"]),
    package!("math/rand", "go/rand.go", &["internal/ziggurat"]),
    package!("math/rand/v2", "go/randv2.go", &["internal/ziggurat"]),
    package!("fmt", "go/fmt.go", &["errors", "io"]),
    package!("unicode", "go/unicode.go", &[]),
    package!("iter", "go/iter.go", &[]),
    package!(
        "strings",
        "go/strings.go",
        &["errors", "io", "iter", "unicode", "unicode/utf8"]
    ),
    package!(
        "bytes",
        "go/bytes.go",
        &["errors", "io", "iter", "strings", "unicode", "unicode/utf8"]
    ),
    package!(
        "bufio",
        "go/bufio.go",
        &["bytes", "errors", "io", "unicode/utf8"]
    ),
    package!("strconv", "go/strconv.go", &["errors", "unicode/utf8"]),
    package!("sort", "go/sort.go", &[]),
    package!("path", "go/path.go", &["errors", "unicode/utf8"]),
    package!("hash", "go/hash.go", &["io"]),
    package!("hash/fnv", "go/fnv.go", &["hash"]),
    package!("encoding/base64", "go/base64.go", &["strconv"]),
    package!("unsafe", "go/unsafe.go", &[]),
    package!("cmp", "go/cmp.go", &[]),
    package!("slices", "go/slices.go", &["cmp", "iter", "sort"]),
    package!("maps", "go/maps.go", &["iter"]),
    package!("time", "go/time.go", &[]),
    package!("sync", "go/sync.go", &[]),
    package!("sync/atomic", "go/atomic.go", &[]),
    package!(
        "context",
        "go/context.go",
        &["errors", "sync", "sync/atomic", "time"]
    ),
    package!("container/list", "go/list.go", &[]),
    package!("log", "go/log.go", &["fmt", "io", "os"]),
    package!("container/heap", "go/heap.go", &["sort"]),
    package!("flag", "go/flag.go", &["os", "time"]),
    package!("reflect", "go/reflect.go", &["strconv"]),
    package!(
        "encoding/json",
        "go/json.go",
        &[
            "bytes",
            "encoding/base64",
            "errors",
            "io",
            "reflect",
            "sort",
            "strconv",
            "time",
            "unicode",
            "unicode/utf8"
        ]
    ),
    package!(
        "golang.org/x/sync/singleflight",
        "go/singleflight.go",
        &["errors", "fmt", "runtime", "sync"]
    ),
    package!(
        "golang.org/x/sync/semaphore",
        "go/semaphore.go",
        &["container/list", "context", "sync"]
    ),
    package!(
        "golang.org/x/sync/errgroup",
        "go/errgroup.go",
        &["context", "fmt", "sync"]
    ),
];

fn package(path: &str) -> Option<&'static Package> {
    PACKAGES.iter().find(|p| p.path == path)
}

/// The import path of the package named `name` (a type's package as the type table keeps it:
/// `atomic` for sync/atomic), for reflect's `PkgPath`: `main` and `""` (predeclared) are
/// their own, a library package's is found in [`PACKAGES`]. `None` when two library
/// packages share the name (math/rand and math/rand/v2 are both `rand`) or none has it.
pub fn import_path_of(name: &str) -> Option<&'static str> {
    match name {
        "" => return Some(""),
        "main" => return Some("main"),
        _ => {}
    }
    let mut found = None;
    for p in PACKAGES {
        let mut parts = p.path.rsplit('/');
        let last = parts.next().unwrap_or("");
        // A major-version suffix is not the package's name: math/rand/v2 is `rand`.
        let own = if last.len() > 1
            && last.starts_with('v')
            && last[1..].bytes().all(|b| b.is_ascii_digit())
        {
            parts.next().unwrap_or(last)
        } else {
            last
        };
        if own == name {
            if found.is_some() {
                return None;
            }
            found = Some(p.path);
        }
    }
    found
}

/// The Go source of an importable package, if there is one and it is here (embedded, or
/// loaded and [`register`]ed).
pub fn source(path: &str) -> Option<&'static str> {
    let p = package(path)?;
    p.source.or_else(|| {
        LOADED.with(|loaded| {
            loaded
                .borrow()
                .iter()
                .find(|(q, _)| *q == p.path)
                .map(|(_, text)| *text)
        })
    })
}

/// Whether a program may import `path`: a library package (its text here or not) that
/// is not one of the library's own `internal/` packages, which Go does not have.
pub fn is_importable(path: &str) -> bool {
    !path.starts_with("internal/") && package(path).is_some()
}

thread_local! {
    /// The lazily loaded packages' texts, once registered: kept for the page's life (a
    /// few per page, each leaked once so that it lives as long as the embedded ones).
    static LOADED: RefCell<Vec<(&'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Gives the library the text of a lazily loaded package (as `cargo xtask build` wrote
/// it). Ignored for a path that is not a library package or whose text is already here.
pub fn register(path: &str, text: String) {
    let Some(p) = package(path) else {
        return;
    };
    if source(path).is_some() {
        return;
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    LOADED.with(|loaded| loaded.borrow_mut().push((p.path, text)));
}

/// The library packages program `src` needs, its imports' dependencies included, whose
/// text is not here yet, in dependency order: what to fetch before compiling it. Empty
/// when it does not parse (compiling it reports why).
pub fn missing(src: &str) -> Vec<&'static str> {
    let Ok(file) = crate::syntax::parse(src) else {
        return Vec::new();
    };
    let mut needed = Vec::new();
    for imp in file.imports.iter().filter(|imp| is_importable(&imp.path)) {
        with_deps(&imp.path, &mut needed);
    }
    needed.retain(|path| source(path).is_none());
    needed
}

/// Appends `path` and its dependencies to `out` in dependency order, once each.
pub fn with_deps(path: &str, out: &mut Vec<&'static str>) {
    let Some(p) = package(path) else {
        return;
    };
    for d in p.deps {
        with_deps(d, out);
    }
    if !out.contains(&p.path) {
        out.push(p.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stripped(src: &str) -> String {
        let mut out = vec![0u8; strip(src.as_bytes(), &mut [])];
        let n = strip(src.as_bytes(), &mut out);
        assert_eq!(n, out.len());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_lazy_package_is_a_package_with_its_file() {
        for (path, file) in lazy::LAZY {
            let p = package(path).unwrap_or_else(|| panic!("{path} is not in PACKAGES"));
            assert_eq!(p.file, *file, "{path}");
            for d in p.deps {
                // A core package may not need a lazy one: the core is always there.
                assert!(
                    !lazy::is_lazy(p.path) || package(d).is_some(),
                    "{path}: {d} unknown"
                );
            }
        }
        for p in PACKAGES {
            if !lazy::is_lazy(p.path) {
                for d in p.deps {
                    assert!(
                        !lazy::is_lazy(d),
                        "core package {} imports lazy {d}",
                        p.path
                    );
                }
            }
        }
        assert!(!lazy::is_lazy("fmt") && lazy::is_lazy("reflect"));
    }

    #[test]
    fn comments_and_indentation_go_and_newlines_stay() {
        let src = "package p\n\n// A doc comment.\n// Two lines.\nfunc f() int {\n\tx := 1 // why\n\t\treturn x   \n}\n";
        assert_eq!(
            stripped(src),
            "package p\n\n\n\nfunc f() int {\nx := 1\nreturn x\n}\n"
        );
    }

    #[test]
    fn literals_are_copied_as_they_are() {
        let src = "s := \"a // not a comment \\\" // still not\" // gone\n\
                   r := '\\'' // gone\n\
                   q := '/'\n\
                   raw := `line // kept\n\t  indented /* kept */`\n\
                   u := \"é  ü\" /* gone */ + \"x\"\n";
        assert_eq!(
            stripped(src),
            "s := \"a // not a comment \\\" // still not\"\n\
             r := '\\''\n\
             q := '/'\n\
             raw := `line // kept\n\t  indented /* kept */`\n\
             u := \"é  ü\" + \"x\"\n"
        );
    }

    #[test]
    fn a_general_comment_keeps_its_newlines_or_becomes_a_space() {
        assert_eq!(stripped("a/*x*/b\n"), "a b\n");
        assert_eq!(stripped("a /* one\ntwo */ b\n"), "a\nb\n");
        assert_eq!(stripped("/* head */ x\n"), "x\n");
        // Unterminated literals and comments end the text without a panic.
        assert_eq!(stripped("s := \"open"), "s := \"open");
        assert_eq!(stripped("x /* open"), "x");
    }

    /// Tracebacks name lines of the files in `go/`: every line must stay where it was.
    #[test]
    fn every_library_line_stays_on_its_line() {
        for p in PACKAGES {
            let path = p.path;
            let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("src/library")
                .join(p.file);
            let original = std::fs::read_to_string(&file).unwrap();
            let text = source(path).unwrap();
            assert!(text.len() < original.len(), "{path} was not stripped");
            assert!(!text.contains("//"), "{path} kept a comment");
            let ours: Vec<&str> = text.split('\n').collect();
            let theirs: Vec<&str> = original.split('\n').collect();
            assert_eq!(ours.len(), theirs.len(), "{path}: line count changed");
            for (i, (a, b)) in ours.iter().zip(&theirs).enumerate() {
                // The library has no `//` or double blanks inside its literals, so
                // this simpler rule gives the same text there.
                let code: Vec<&str> = b.split("//").next().unwrap().split_whitespace().collect();
                assert_eq!(*a, code.join(" "), "{path}:{}", i + 1);
            }
        }
    }
}
