//! The compile-only warm-up: the work of a widget's first mount without its drawing, which the
//! warm-up worker (`theme/gosim-warm.js`, through the crate's `warm_up`) runs when it does not
//! run the block's whole mount.
//!
//! Why a warm-up at all. Chrome compiles a wasm function on its first call, on the thread that
//! calls it ("lazy compilation"), and the compiled code belongs to the module, which every
//! instance shares in every thread of the page. A first mount calls about 1,700 of the module's
//! functions (the parser, the compiler, the VM, the views' reads): measured on the budgets
//! test's phone profile (Chromium 156, CPU slowed 4x, `e2e/trace-probe.mjs`), their lazy
//! compilation was 331 ms of the page's main thread before the first widget was live
//! (`wasm.CompileLazy` trace events, 2026-12-07). A worker that compiles the module, hands it
//! to the page and then runs the page's first block does most of that compiling on another
//! core while the page is still parsing and laying out; the page's mount then finds the code
//! compiled.
//!
//! Mostly the worker runs the block's whole mount, drawing included, in a stand-in document
//! (`crate::warm_up`), and that mount does all of this itself. This is for when that mount is
//! skipped: no stand-in was given, or the block imports a package the module leaves out (its
//! mount would fetch the package a second time, beside the page's own fetch). Such a block's
//! compile stops at that import, so the parser, the highlighter and the views' paths for a
//! program with errors are what it warms.
//!
//! Nothing here touches the DOM or storage, and any failure only means a colder mount.

use super::run::Run;
use crate::highlight::highlight;
use crate::options::{self, Panel};

/// Runs the work of a mount of `code` with its placeholder's `options` (the `data-options`
/// JSON), without drawing: the compile into a session at step 0, the goroutine views, the
/// inspector's primitives, the select cases and the code's highlighting.
pub fn warm_up(code: &str, options: Option<&str>) {
    warmed(code, options);
}

/// [`warm_up`]'s work, and the run it leaves (what the tests look at).
fn warmed(code: &str, options: Option<&str>) -> Run {
    let options = options::parse(options).unwrap_or_default();
    let mut run = Run::new(code.to_owned(), options.seed.unwrap_or(1));
    run.compile(options.has(Panel::Memory), options.detail);
    run.refresh_views();
    run.refresh_prims();
    run.refresh_cases(false);
    let _ = highlight(code);
    run
}

#[cfg(test)]
mod tests {
    use super::warmed;
    use gosim::session::Detail;

    const PING: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan string)\n\tgo func() { ch <- \"ping\" }()\n\tfmt.Println(<-ch)\n}\n";

    /// The warm-up does a mount's work as the mount would, on the block's options: a session
    /// at step 0 with the block's seed and detail, and main's view.
    #[test]
    fn a_block_is_compiled_with_its_options_and_viewed() {
        let plain = warmed(PING, None);
        let session = plain.session.as_ref().expect("the ping block compiles");
        assert_eq!((session.seed(), session.detail()), (1, Detail::Operations));
        assert_eq!(plain.views.len(), 1, "main's view");
        let options = r#"{"panels":["inspector","memory"],"detail":"substeps","seed":7}"#;
        let tuned = warmed(PING, Some(options));
        let session = tuned.session.as_ref().expect("the ping block compiles");
        assert_eq!((session.seed(), session.detail()), (7, Detail::SubSteps));
    }

    /// The warm-up runs on whatever the page's first block holds: a program that does not
    /// compile, text that is not Go and options that do not parse end with the compile's
    /// errors, not a panic (which would end the worker's instance early, and the page's mount
    /// would find less compiled).
    #[test]
    fn a_block_that_does_not_compile_ends_with_its_errors() {
        let unused = warmed("package main\n\nfunc main() { x := 1 }\n", None);
        assert!(unused.session.is_none());
        let messages: Vec<&str> = unused.errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(messages, ["declared and not used: x"]);
        for (code, options) in [("not go at all {{{", Some("not json")), ("", None)] {
            let run = warmed(code, options);
            assert!(run.session.is_none() && !run.errors.is_empty(), "{code:?}");
            assert!(run.views.is_empty(), "{code:?}");
        }
    }
}
