//! Run-time refusals: what the engine cannot model stops the program with
//! `not supported here: ...` (no exit code, nothing a Go program could produce)
//! instead of an answer Go would not give.

use gosim::{run, Policy};

fn refusal(src: &str) -> String {
    let r = run(src, Policy::GoLike, 1);
    assert_eq!(r.exit_code, None, "expected a refusal, got a run: {r:?}");
    String::from_utf8_lossy(&r.stderr).into_owned()
}

#[test]
fn goexit_on_the_main_goroutine_is_refused() {
    let err = refusal(
        "package main\n\nimport \"runtime\"\n\nfunc main() {\n\tdefer func() {}()\n\truntime.Goexit()\n}\n",
    );
    assert!(
        err.contains("not supported here: runtime.Goexit on the main goroutine"),
        "{err}"
    );
}

#[test]
fn goexit_while_panicking_is_refused() {
    let err = refusal(
        "package main\n\nimport \"runtime\"\n\nfunc main() {\n\tdone := make(chan bool)\n\tgo func() {\n\t\tdefer close(done)\n\t\tdefer runtime.Goexit()\n\t\tpanic(1)\n\t}()\n\t<-done\n}\n",
    );
    assert!(
        err.contains("not supported here: runtime.Goexit while panicking"),
        "{err}"
    );
}
