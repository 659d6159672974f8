//! The library packages the widget's wasm module leaves out and fetches when a program
//! imports one (the `lazy-library` feature; the CLI, the tests and the preprocessor embed
//! every package). `cargo xtask build` writes each one, [`strip`](super::strip)ped, to
//! `src/generated/lib/<import path>.go` (xtask includes this file by path, so it must stay
//! free of `crate::` paths).
//!
//! The core, embedded in every build, is what most of the book's chapters import: of the 11
//! chapters with live blocks, fmt and sync are in every one and time in 9, with fmt's
//! imports errors and io, and runtime (every program gets it). The rest is in at most 3
//! chapters (context and sync/atomic in 3, reflect and each x/sync package in one) or only
//! in programs a reader writes (strings, bufio, ...), and would cost every reader its text.
//! (To count: for each `src/**/*.md`, the imports of its `{{#gosim demos/...}}` files.)
//!
//! Measured with `cargo xtask build` (the widget module gzipped): see
//! `crates/syncscope-web/src/lib.rs`.

/// Each lazily loaded package: its import path and its file under `go/`. The path's
/// dependencies (`PACKAGES` in the parent module) are loaded with it.
pub const LAZY: &[(&str, &str)] = &[
    ("os", "go/os.go"),
    ("sync/atomic", "go/atomic.go"),
    ("context", "go/context.go"),
    ("math", "go/math.go"),
    ("unicode/utf8", "go/utf8.go"),
    ("internal/ziggurat", "go/ziggurat.go"),
    ("math/rand", "go/rand.go"),
    ("math/rand/v2", "go/randv2.go"),
    ("unicode", "go/unicode.go"),
    ("iter", "go/iter.go"),
    ("strings", "go/strings.go"),
    ("bytes", "go/bytes.go"),
    ("bufio", "go/bufio.go"),
    ("strconv", "go/strconv.go"),
    ("sort", "go/sort.go"),
    ("container/list", "go/list.go"),
    ("log", "go/log.go"),
    ("container/heap", "go/heap.go"),
    ("flag", "go/flag.go"),
    ("reflect", "go/reflect.go"),
    ("encoding/json", "go/json.go"),
    ("golang.org/x/sync/singleflight", "go/singleflight.go"),
    ("golang.org/x/sync/semaphore", "go/semaphore.go"),
    ("golang.org/x/sync/errgroup", "go/errgroup.go"),
    ("cmp", "go/cmp.go"),
    ("slices", "go/slices.go"),
    ("maps", "go/maps.go"),
    ("path", "go/path.go"),
    ("hash", "go/hash.go"),
    ("hash/fnv", "go/fnv.go"),
    ("encoding/base64", "go/base64.go"),
];

/// Whether `path` is in [`LAZY`] (a `const fn`, so the library's table can leave the text
/// out at compile time).
pub const fn is_lazy(path: &str) -> bool {
    let mut i = 0;
    while i < LAZY.len() {
        if same(LAZY[i].0.as_bytes(), path.as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
