//! The engine's layers only point down (ARCHITECTURE.md): `code/` is a leaf that
//! imports neither the compiler nor the VM, and the VM never imports the compiler.
//! This reads the sources, so a `use` that breaks a rule fails here by file and line.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether `code` names module `m` through the crate root: `crate::m` followed by
/// anything but more of a name (`crate::m::x`, `crate::m;`, `crate::m as y`, `crate::m}`).
fn names_through_root(code: &str, m: &str) -> bool {
    let needle = format!("crate::{m}");
    code.match_indices(&needle).any(|(at, _)| {
        !code[at + needle.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
    })
}

/// The lines of the files under `src/<dir>` that name one of the `forbidden` modules
/// through the crate root (`crate::m`, or `m` inside a `crate::{...}` group, on one line
/// or over several).
fn offending_lines(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    let mut files = vec![];
    rust_files(&root, &mut files);
    assert!(!files.is_empty(), "no sources under {}", root.display());
    let mut found = vec![];
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // Inside a `crate::{` group that has not closed yet.
        let mut in_group = false;
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let opens = code.contains("crate::{");
            let grouped = in_group || opens;
            let hit = forbidden.iter().any(|m| {
                names_through_root(code, m)
                    || (grouped
                        && code
                            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                            .any(|w| w == *m))
            });
            if hit {
                found.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
            }
            if grouped {
                in_group = !code.contains("};");
            }
        }
    }
    found
}

/// The matcher itself: each form of naming a module, and names that only start alike.
#[test]
fn the_matcher_sees_every_form_of_a_use() {
    for line in [
        "use crate::compile::zero_value;",
        "use crate::compile;",
        "use crate::compile as c;",
        "use crate::{compile, vm};",
        "let x = crate::compile::f();",
    ] {
        assert!(
            names_through_root(line, "compile") || line.contains("crate::{"),
            "{line}"
        );
    }
    assert!(!names_through_root("use crate::compiled::x;", "compile"));
    assert!(!names_through_root(
        "use crate::vm::compile_state;",
        "compile"
    ));
}

#[test]
fn code_imports_neither_the_compiler_nor_the_vm() {
    let found = offending_lines("code", &["compile", "vm"]);
    assert!(
        found.is_empty(),
        "code/ must stay a leaf:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_vm_never_imports_the_compiler() {
    let found = offending_lines("vm", &["compile"]);
    assert!(
        found.is_empty(),
        "the VM imports the compiler:\n{}",
        found.join("\n")
    );
}
