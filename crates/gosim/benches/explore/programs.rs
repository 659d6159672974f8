//! The explorer's benchmark programs by name, for the tests (`tests/explore*.rs`) and
//! the loom comparison (`loom-compare/`), which include this file as a module.
//!
//! A family of sizes is one Go file whose size is a `const` line that [`source`]
//! rewrites: `counter3` is `counter.go` with `const workers = 3`,
//! `philosophers4_fixed` is `philosophers.go` with `const n = 4` and
//! `const ordered = true`. (Shell: `sed 's/^const workers = 2$/const workers = 3/'
//! counter.go`.)

/// Every benchmark program's name.
#[allow(dead_code)]
pub const NAMES: [&str; 9] = [
    "lost_update",
    "counter2",
    "counter3",
    "counter4",
    "philosophers3_deadlock",
    "philosophers3_fixed",
    "philosophers4_deadlock",
    "philosophers4_fixed",
    "producer_consumers",
];

/// The Go source of the benchmark program `name`; panics on an unknown name.
pub fn source(name: &str) -> String {
    let counter = include_str!("counter.go");
    let philosophers = include_str!("philosophers.go");
    match name {
        "lost_update" => include_str!("lost_update.go").to_string(),
        "producer_consumers" => include_str!("producer_consumers.go").to_string(),
        _ => {
            if let Some(k) = name.strip_prefix("counter") {
                return set(
                    counter,
                    "const workers = 2",
                    &format!("const workers = {k}"),
                );
            }
            let rest = name
                .strip_prefix("philosophers")
                .unwrap_or_else(|| panic!("no benchmark program {name}"));
            let (k, kind) = rest
                .split_once('_')
                .unwrap_or_else(|| panic!("no benchmark program {name}"));
            let src = set(philosophers, "const n = 3", &format!("const n = {k}"));
            match kind {
                "deadlock" => src,
                "fixed" => set(&src, "const ordered = false", "const ordered = true"),
                _ => panic!("no benchmark program {name}"),
            }
        }
    }
}

/// `src` with its line `line` replaced by `with` (which must be there).
fn set(src: &str, line: &str, with: &str) -> String {
    assert!(
        src.lines().any(|l| l == line),
        "benchmark source lacks `{line}`"
    );
    src.lines()
        .map(|l| if l == line { with } else { l })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
