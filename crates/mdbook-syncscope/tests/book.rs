//! The preprocessor over a temporary book on disk: once through the library API, and once
//! through a real `mdbook build` that runs this crate's binary, the way the book is built.
//!
//! The mdbook test needs mdbook 0.5. It uses `$SYNCSCOPE_MDBOOK` (which `cargo xtask test`
//! sets after installing the pinned version) or else `mdbook` on PATH, and skips with a
//! message when neither exists, so a bare `cargo test` on a fresh machine still passes.

use std::path::{Path, PathBuf};
use std::process::Command;

use mdbook_preprocessor::book::{Book, BookItem, Chapter};
use mdbook_preprocessor::config::Config;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use mdbook_syncscope::Syncscope;

const CHAPTER: &str = r#"# Channels

Some text.

```go live panels=code,output goal=output="ping\n" readonly
package main

import "fmt"

func main() {
	fmt.Println("ping") // <b> & 'quotes' "too"
}
```

{{#gosim demos/ch/handoff.go schedule=1,2 id=handoff}}

```go
// plain Go stays plain
```
"#;

const DEMO: &str =
    "package main\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\t<-ch\n}\n";

/// A scratch directory removed when the test ends (even when it fails).
struct TempBook {
    root: PathBuf,
}

impl TempBook {
    fn new(name: &str, chapters: &[(&str, &str)]) -> TempBook {
        let root =
            std::env::temp_dir().join(format!("mdbook-syncscope-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("src")).unwrap();
        std::fs::create_dir_all(root.join("demos/ch")).unwrap();
        std::fs::write(root.join("demos/ch/handoff.go"), DEMO).unwrap();
        let binary = env!("CARGO_BIN_EXE_mdbook-syncscope");
        std::fs::write(
            root.join("book.toml"),
            format!(
                "[book]\ntitle = \"test\"\n\n[preprocessor.syncscope]\ncommand = '{binary}'\nbefore = [\"links\"]\n"
            ),
        )
        .unwrap();
        let mut summary = String::from("# Summary\n\n");
        for (file, content) in chapters {
            summary.push_str(&format!("- [{file}]({file})\n"));
            std::fs::write(root.join("src").join(file), content).unwrap();
        }
        std::fs::write(root.join("src/SUMMARY.md"), summary).unwrap();
        TempBook { root }
    }

    /// The book as mdBook would hand it over, built with the library types.
    fn load(&self, chapters: &[(&str, &str)]) -> Book {
        let mut book = Book::new();
        for (file, content) in chapters {
            book.push_item(Chapter::new(file, content.to_string(), *file, vec![]));
        }
        book
    }
}

impl Drop for TempBook {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn run_library(book: &TempBook, chapters: &[(&str, &str)]) -> Result<Book, String> {
    let config: Config = std::fs::read_to_string(book.root.join("book.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let ctx = PreprocessorContext::new(book.root.clone(), config, "html".into());
    Syncscope
        .run(&ctx, book.load(chapters))
        .map_err(|e| e.to_string())
}

fn chapter_content(book: &Book, index: usize) -> &str {
    match &book.items[index] {
        BookItem::Chapter(chapter) => &chapter.content,
        other => panic!("expected a chapter, got {other:?}"),
    }
}

#[test]
fn library_rewrites_fences_and_includes() {
    let chapters = [("ch.md", CHAPTER)];
    let temp = TempBook::new("lib", &chapters);
    let book = run_library(&temp, &chapters).unwrap();
    let out = chapter_content(&book, 0);

    assert_eq!(out.matches("<div class=\"gosim-widget\"").count(), 2);
    assert!(out.contains("data-id=\"ch-1\""), "{out}");
    assert!(out.contains("data-id=\"handoff\""));
    assert!(out.contains(r#""source":"demos/ch/handoff.go""#));
    assert!(out.contains(r#""schedule":"1,2""#));
    assert!(out.contains(r#""goal":{"kind":"output","text":"ping\n"}"#));
    // The include's code is inlined as the fallback fence.
    assert!(out.contains("```go\npackage main\n\nfunc main() {\n\tch := make(chan int)"));
    assert!(out.contains("```go\n// plain Go stays plain\n```"));
    assert!(!out.contains("{{#gosim"));
}

#[test]
fn library_reports_chapter_line_and_problem() {
    let bad = "# Bad\n\nIntro.\n\n{{#gosim demos/ch/nope.go}}\n";
    let chapters = [("good.md", CHAPTER), ("bad.md", bad)];
    let temp = TempBook::new("lib-err", &chapters);
    let err = run_library(&temp, &chapters).unwrap_err();
    assert!(
        err.starts_with("src/bad.md:5: cannot read `demos/ch/nope.go`"),
        "{err}"
    );
}

/// The mdbook to run, or `None` to skip.
fn mdbook() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SYNCSCOPE_MDBOOK") {
        return Some(PathBuf::from(path));
    }
    let on_path = Command::new("mdbook").arg("--version").output();
    if on_path.is_ok_and(|o| o.status.success()) {
        return Some(PathBuf::from("mdbook"));
    }
    eprintln!("skipping: no mdbook on PATH and SYNCSCOPE_MDBOOK unset (cargo xtask test sets it)");
    None
}

fn mdbook_build(mdbook: &Path, root: &Path) -> std::process::Output {
    Command::new(mdbook)
        .arg("build")
        .current_dir(root)
        .output()
        .expect("mdbook runs")
}

#[test]
fn mdbook_build_renders_placeholders_around_highlighted_code() {
    let Some(mdbook) = mdbook() else { return };
    let chapters = [("ch.md", CHAPTER)];
    let temp = TempBook::new("mdbook", &chapters);
    let output = mdbook_build(&mdbook, &temp.root);
    assert!(
        output.status.success(),
        "mdbook build failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let html = std::fs::read_to_string(temp.root.join("book/ch.html")).unwrap();

    let widgets: Vec<&str> = html.split("<div class=\"gosim-widget\"").skip(1).collect();
    assert_eq!(widgets.len(), 2, "{html}");

    // Attributes survive mdBook's HTML pass and decode to exactly what the author wrote.
    let first = widgets[0];
    let code = attribute(first, "data-code");
    assert_eq!(
        code,
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"ping\") // <b> & 'quotes' \"too\"\n}\n"
    );
    let options: serde_json::Value =
        serde_json::from_str(&attribute(first, "data-options")).unwrap();
    assert_eq!(options["panels"], serde_json::json!(["code", "output"]));
    assert_eq!(options["editable"], false);
    assert_eq!(options["goal"]["text"], "ping\n");
    assert_eq!(attribute(first, "data-module"), "missing");

    // The fallback is mdBook's own highlighted block, inside the placeholder.
    let inner = &first[..first.find("</div>").unwrap()];
    assert!(
        inner.contains("<pre><code class=\"language-go\">"),
        "{inner}"
    );

    let second = widgets[1];
    assert_eq!(attribute(second, "data-id"), "handoff");
    assert_eq!(attribute(second, "data-code"), DEMO);
}

#[test]
fn mdbook_build_fails_on_a_malformed_block() {
    let Some(mdbook) = mdbook() else { return };
    let bad = "# Bad\n\n```go live goal=deadlok\nx\n```\n";
    let chapters = [("bad.md", bad)];
    let temp = TempBook::new("mdbook-err", &chapters);
    let output = mdbook_build(&mdbook, &temp.root);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("src/bad.md:3: unknown goal `deadlok`"),
        "{stderr}"
    );
}

/// The decoded value of `name` in the start tag at the beginning of `tag`.
fn attribute(tag: &str, name: &str) -> String {
    let needle = format!(" {name}=");
    let start = tag
        .find(&needle)
        .unwrap_or_else(|| panic!("no {name} in {tag}"))
        + needle.len();
    let quote = tag[start..].chars().next().unwrap();
    let value = &tag[start + 1..];
    let end = value.find(quote).unwrap();
    decode_entities(&value[..end])
}

fn decode_entities(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..].find(';').unwrap() + amp;
        let entity = &rest[amp + 1..semi];
        let decoded = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ if entity.starts_with("#x") => {
                char::from_u32(u32::from_str_radix(&entity[2..], 16).unwrap()).unwrap()
            }
            _ if entity.starts_with('#') => char::from_u32(entity[1..].parse().unwrap()).unwrap(),
            _ => panic!("unexpected entity &{entity};"),
        };
        out.push(decoded);
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out
}
