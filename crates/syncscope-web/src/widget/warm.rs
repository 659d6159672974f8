//! The warm-up: what a widget's first mount computes, minus the drawing, for a worker to run
//! before the page mounts its first widget (`theme/gosim-warm.js`).
//!
//! Why it exists. Chrome compiles a wasm function on its first call, on the thread that calls
//! it ("lazy compilation"), and the compiled code belongs to the module, which every instance
//! shares in every thread of the page. A first mount calls about 1,700 of the module's
//! functions (the parser, the compiler, the VM, the views' reads): measured on the budgets
//! test's phone profile (Chromium 156, CPU slowed 4x, `e2e/trace-probe.mjs`), their lazy
//! compilation was 331 ms of the page's main thread before the first widget was live
//! (`wasm.CompileLazy` trace events, 2026-12-07). A worker that compiles the module, hands it
//! to the page and then runs this on the page's first block does most of that compiling on
//! another core while the page is still parsing and laying out; the page's mount then finds
//! the code compiled. Only the drawing (Yew and web-sys) is left out: it needs a document.
//!
//! Nothing here touches the DOM or storage, and any failure only means a colder mount.

use crate::highlight::highlight;
use crate::options::{self, Panel};

/// Runs the work of a mount of `code` with its placeholder's `options` (the `data-options`
/// JSON), without drawing: the library check, the compile into a session at step 0, the
/// goroutine views, the inspector's primitives, the select cases and the code's highlighting.
pub fn warm_up(code: &str, options: Option<&str>) {
    let options = options::parse(options).unwrap_or_default();
    // A block that imports a package the module leaves out waits for its fetch at mount;
    // its compile is not warmed (the worker would fetch the package for nothing).
    if !crate::library::missing(code).is_empty() {
        return;
    }
    let mut run = super::run::Run::new(code.to_owned(), options.seed.unwrap_or(1));
    run.compile(options.has(Panel::Memory), options.detail);
    run.refresh_views();
    run.refresh_prims();
    run.refresh_cases(false);
    let _ = highlight(code);
}

#[cfg(test)]
mod tests {
    use super::warm_up;

    /// The warm-up runs on whatever the page's first block holds, and its options: a program
    /// that runs, one that does not compile, text that is not Go and options that do not parse
    /// all leave it without a panic (a panic would end the worker's instance early, and the
    /// page's mount would find less compiled).
    #[test]
    fn any_block_warms_without_a_panic() {
        let ping = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan string)\n\tgo func() { ch <- \"ping\" }()\n\tfmt.Println(<-ch)\n}\n";
        warm_up(ping, None);
        warm_up(
            ping,
            Some(r#"{"panels":["inspector","memory"],"detail":"substeps","seed":7}"#),
        );
        warm_up("package main\n\nfunc main() { x := 1 }\n", None);
        warm_up("not go at all {{{", Some("not json"));
        warm_up("", None);
    }
}
