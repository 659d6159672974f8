//! The rules that keep the layers apart across crates (ARCHITECTURE.md, "Invariants"),
//! checked by reading the sources, so that a change that breaks one fails
//! `cargo test` with the file and line instead of waiting for a reviewer. The engine's
//! own layering inside `crates/gosim` is checked by `crates/gosim/tests/layers.rs`.
//!
//! A check reads code lines only: comments are cut off, and a file's `#[cfg(test)]`
//! module (by the workspace's convention, at the end of the file) is not code that
//! ships.

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    fn repo() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask sits in the repository")
            .to_path_buf()
    }

    /// Every `.rs` file under `dir` (relative to the repository), or `dir` itself.
    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        if dir.is_file() {
            out.push(dir.to_path_buf());
            return;
        }
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// The shipping code lines under `dirs` for which `bad` holds, as `file:line: text`.
    fn offending(dirs: &[&str], bad: impl Fn(&str) -> bool) -> Vec<String> {
        let mut files = vec![];
        for dir in dirs {
            rust_files(&repo().join(dir), &mut files);
        }
        assert!(!files.is_empty(), "no sources under {dirs:?}");
        let mut found = vec![];
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (i, line) in text.lines().enumerate() {
                if line.trim_start().starts_with("#[cfg(test)]") {
                    break;
                }
                let code = line.split("//").next().unwrap_or("");
                if bad(code) {
                    found.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
                }
            }
        }
        found
    }

    /// The names in a crate manifest's `[dependencies]` table.
    fn dependencies(manifest: &str) -> Vec<String> {
        let text = std::fs::read_to_string(repo().join(manifest)).unwrap();
        let mut in_deps = false;
        let mut names = vec![];
        for line in text.lines() {
            let line = line.trim();
            if line.starts_with('[') {
                in_deps = line == "[dependencies]";
            } else if in_deps && !line.is_empty() && !line.starts_with('#') {
                if let Some((name, _)) = line.split_once('=') {
                    names.push(name.trim().to_string());
                }
            }
        }
        names
    }

    #[test]
    fn the_engine_depends_on_no_web_json_or_widget_code() {
        let deps = dependencies("crates/gosim/Cargo.toml");
        let web = [
            "yew",
            "web-sys",
            "wasm-bindgen",
            "js-sys",
            "serde_json",
            "syncscope-wire",
        ];
        let bad: Vec<_> = deps.iter().filter(|d| web.contains(&d.as_str())).collect();
        assert!(bad.is_empty(), "crates/gosim depends on {bad:?}");
        assert!(
            !deps.is_empty(),
            "the manifest reader found no dependencies"
        );
    }

    #[test]
    fn only_syncscope_wire_knows_the_chat_json() {
        let found = offending(&["demos/chat/src", "crates/syncscope-web/src"], |code| {
            code.contains("serde_json") || code.contains("serde::")
        });
        assert!(
            found.is_empty(),
            "chat JSON read or written outside syncscope-wire:\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn the_widget_never_parses_engine_text() {
        // What the inspector cards, lanes and race notes draw comes typed from the
        // engine: splitting or parsing its text would tie the widget to wording.
        let found = offending(
            &[
                "crates/syncscope-web/src/widget/inspector",
                "crates/syncscope-web/src/widget/races.rs",
                "crates/syncscope-web/src/lanes.rs",
            ],
            |code| {
                [
                    ".parse",
                    "split_once(",
                    "strip_prefix(",
                    "split(' ')",
                    "split_whitespace(",
                ]
                .iter()
                .any(|p| code.contains(p))
            },
        );
        assert!(
            found.is_empty(),
            "the widget parses text the engine wrote:\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn a_broken_rule_is_reported_with_its_place() {
        // The checker itself: a forbidden word in a shipping line is found, the same
        // word in a comment or in the test module is not.
        let dir = std::env::temp_dir().join(format!("xtask-invariants-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("probe.rs");
        std::fs::write(
            &file,
            "fn a() { x.split_once(' '); }\n// y.split_once(' ')\n#[cfg(test)]\nmod t { fn b() { z.split_once(' '); } }\n",
        )
        .unwrap();
        let found = offending(&[file.to_str().unwrap()], |c| c.contains("split_once("));
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].ends_with(":1: fn a() { x.split_once(' '); }"),
            "{found:?}"
        );
    }
}
