//! `theme/highlight.js`: the highlight.js mdBook runs on every page, cut down to the languages
//! the book's code blocks use.
//!
//! mdBook ships highlight.js 10.1.1 with 49 languages (137 KB) and runs it, with book.js,
//! before `DOMContentLoaded`, which is when the widget loader starts its first mount. The
//! book's blocks are `go`, `sh` and `text` (and blocks with no language, which book.js
//! leaves alone: it turns auto-detection off), so the same release of the same library,
//! from npm (`e2e/package.json` pins it), is assembled here with only its core and those
//! languages: 66 KB. Measured on the Mutex chapter with Lighthouse's mobile profile: the
//! script's long task went from 321 ms to 164 ms (its Total Blocking Time counts each
//! task's time over 50 ms).
//!
//! mdBook takes a book's `theme/highlight.js` in place of its own. The file is written by
//! the build (git-ignored) when npm's package is installed; without it mdBook's own is used,
//! which highlights the same blocks the same way.

use std::path::Path;

use crate::tools;

/// The languages the book's fenced blocks name (`go`, `sh` = bash, `text` = plaintext).
const LANGUAGES: &[&str] = &["go", "bash", "plaintext"];

/// Where mdBook looks for a book's own highlight.js.
const OUT: &str = "theme/highlight.js";

/// Writes [`OUT`] from `e2e/node_modules/highlight.js` when it is there; says whether it did.
pub fn write(root: &Path) -> Result<bool, String> {
    let lib = tools::node_modules(root).join("highlight.js").join("lib");
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))
    };
    let core = lib.join("core.js");
    if !core.is_file() {
        return Ok(false);
    }
    let out = root.join(OUT);
    let text = assemble(&read(&core)?, |name| {
        read(&lib.join("languages").join(format!("{name}.js")))
    })?;
    std::fs::write(&out, text).map_err(|e| format!("writing {}: {e}", out.display()))?;
    Ok(true)
}

/// One classic script: the CommonJS core as the global `hljs` (what book.js calls), then
/// each language registered under its own name (its aliases, `sh` and `text`, come with it).
fn assemble(
    core: &str,
    language: impl Fn(&str) -> Result<String, String>,
) -> Result<String, String> {
    let mut text = format!(
        "/* highlight.js 10.1.1 (BSD-3-Clause, https://highlightjs.org), written by `cargo \
         xtask build` from npm's package: the core and {} only (xtask/src/highlight.rs). */\n\
         var hljs = (function () {{ var module = {{ exports: {{}} }};\n{core}\nreturn module.exports; }})();\n",
        LANGUAGES.join(", ")
    );
    for name in LANGUAGES {
        text.push_str(&format!(
            "hljs.registerLanguage(\"{name}\", (function () {{ var module = {{ exports: {{}} }};\n{}\nreturn module.exports; }})());\n",
            language(name)?
        ));
    }
    text.push_str(&IN_SLICES.replace("WIDGET_CODE_DELAY_MS", &WIDGET_CODE_DELAY_MS.to_string()));
    Ok(text)
}

/// Makes `hljs.highlightBlock`, which book.js calls on every code block of the page in one
/// go while the page loads, queue the block instead and highlight the queue in slices of a
/// few milliseconds, each in a task of its own. In one go it was a single task of 160 ms and
/// more on Lighthouse's mobile profile (a 4x slower CPU), which counted fully against its
/// Total Blocking Time and delayed the widget module's start; colouring moves no text (the
/// blocks are monospace), so nothing shifts when it lands. A block inside a mounted widget
/// (whose fallback the widget hides) is skipped, and printing flushes the queue first.
/// A live block's fallback (inside a placeholder whose module was built) waits
/// [`WIDGET_CODE_DELAY_MS`] before it is queued: its widget usually mounts first and hides
/// it, and highlighting it (hljs compiles the Go grammar on first use) was main-thread
/// time the page's first widget waited behind on the phone profile. A fallback left on
/// screen (a widget that failed, or one not scrolled to yet) is coloured then. A block that
/// names no language (book.js passes every inline `code` too) is left alone: book.js gives
/// highlight.js an empty list of languages to guess from, so highlighting one only wrote the
/// same text back. Both measured on the phone profile, how-to-read page: highlighting
/// before the first widget went from 84-124 ms of the main thread to none (a trace), and
/// e2e/first-widget-probe.mjs (18 loads each, alternating, load average 8-9.5) from 2177 to
/// 1932 ms to the first widget, 1178 to 989 ms after the first paint (medians).
const IN_SLICES: &str = r#"(function () {
  var highlightNow = hljs.highlightBlock.bind(hljs);
  var queue = [];
  var later = [];
  var scheduled = false;
  function skip(block) {
    var widget = block.closest && block.closest(".gosim-widget");
    return widget !== null && widget !== undefined && widget.classList.contains("gosim-mounted");
  }
  function run(budget) {
    var end = performance.now() + budget;
    while (queue.length > 0 && performance.now() < end) {
      var block = queue.shift();
      if (!skip(block)) highlightNow(block);
    }
  }
  function slice() {
    scheduled = false;
    run(8);
    if (queue.length > 0) schedule();
  }
  function schedule() {
    if (!scheduled) {
      scheduled = true;
      setTimeout(slice, 0);
    }
  }
  function releaseLater() {
    queue = queue.concat(later);
    later = [];
  }
  hljs.highlightBlock = function (block) {
    if (!/(^|\s)language-\w/.test(block.className)) {
      return;
    }
    if (block.closest && block.closest('.gosim-widget[data-module="built"]')) {
      if (later.length === 0) {
        setTimeout(function () {
          releaseLater();
          schedule();
        }, WIDGET_CODE_DELAY_MS);
      }
      later.push(block);
      return;
    }
    queue.push(block);
    schedule();
  };
  window.addEventListener("beforeprint", function () {
    releaseLater();
    run(Infinity);
  });
})();
"#;

/// How long a live block's fallback code waits before it is highlighted (see [`IN_SLICES`]).
const WIDGET_CODE_DELAY_MS: u32 = 3000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_is_registered_after_the_core() {
        let text = assemble("module.exports = HLJS;", |name| {
            Ok(format!("module.exports = {name}Def;"))
        })
        .unwrap();
        let core = text.find("module.exports = HLJS;").unwrap();
        for name in LANGUAGES {
            let at = text
                .find(&format!("hljs.registerLanguage(\"{name}\""))
                .unwrap();
            assert!(at > core, "{name} registered before the core");
            assert!(text.contains(&format!("module.exports = {name}Def;")));
        }
        // The delay is written in, as a number.
        assert!(!text.contains("WIDGET_CODE_DELAY_MS"));
        assert!(text.contains(&format!("}}, {WIDGET_CODE_DELAY_MS});")));
        assert!(assemble("", |_| Err("missing".into())).is_err());
    }

    /// The book's fenced blocks name no language the file leaves out (a block in another
    /// language would be left plain, and highlight.js would warn in the console).
    #[test]
    fn the_book_uses_only_these_languages() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let mut stack = vec![root.join("src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "md") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for line in text.lines() {
                        let Some(info) = line.trim_start().strip_prefix("```") else {
                            continue;
                        };
                        let lang = info.split([' ', ',']).next().unwrap_or("");
                        assert!(
                            matches!(lang, "" | "go" | "sh" | "bash" | "text" | "plaintext"),
                            "{}: a ```{lang} block: add its language to LANGUAGES",
                            path.display()
                        );
                    }
                }
            }
        }
    }
}
