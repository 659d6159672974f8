//! `cargo xtask`: the one entry point for working on syncscope.
//!
//! ```text
//! cargo xtask serve [--port N]     install what is missing, build, serve the book on localhost
//!                                  (and the chat demo server on 127.0.0.1:9999)
//! cargo xtask build                release site into book/
//! cargo xtask test                 every check CI runs, in CI's order, then the budgets report
//! cargo xtask e2e                  the browser tests alone, over an already built book
//! cargo xtask regen-corpus [FILT]  regenerate the engine's expected outputs with real Go
//! ```
//!
//! Every command first installs what a fresh Debian/Ubuntu machine with rustup lacks
//! (see [`tools`]), prints each external command before running it, and stops at the first
//! failure with a non-zero exit code.
//!
//! Adding a command: add a variant to [`Command`], a line to [`USAGE`], a match arm in
//! [`Command::parse`] and a handler function below `main`.

mod chat;
mod corpus;
mod e2e;
mod highlight;
mod invariants;
mod tools;
mod wasm;
mod widget;
mod xsync;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use tools::{cargo, Tools};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--port N]       install missing tools, build, and serve the book at http://localhost:3000,
                         with the chat demo server at 127.0.0.1:9999 (Ctrl-C stops both)
  build                  build the release site into book/
  test                   fmt, clippy, tests, wasm builds of the engine and the widget, book build,
                         browser tests, budgets report (what CI runs)
  e2e                    the browser tests alone, over the book `build` made (installs Chromium,
                         Node.js and the npm packages when missing)
  regen-corpus [FILTER]  regenerate the engine corpus with the real Go toolchain (needs `go`)
  help                   print this message
";

/// The default port of `cargo xtask serve` (mdBook's own default).
const DEFAULT_PORT: u16 = 3000;

enum Command {
    Serve { port: u16 },
    Build,
    Test,
    E2e,
    RegenCorpus { filter: Option<String> },
    Help,
}

impl Command {
    fn parse(args: &[String]) -> Result<Command, String> {
        let rest = args.get(1..).unwrap_or_default();
        match args.first().map(String::as_str) {
            None | Some("help" | "-h" | "--help") => Ok(Command::Help),
            Some("serve") => {
                let mut port = DEFAULT_PORT;
                let mut it = rest.iter();
                while let Some(arg) = it.next() {
                    match arg.as_str() {
                        "--port" | "-p" => {
                            let value = it.next().ok_or("--port needs a value")?;
                            port = value
                                .parse()
                                .map_err(|_| format!("--port: not a port number: {value}"))?;
                        }
                        other => return Err(format!("serve: unexpected argument `{other}`")),
                    }
                }
                Ok(Command::Serve { port })
            }
            Some("build") => no_args("build", rest).map(|()| Command::Build),
            Some("test") => no_args("test", rest).map(|()| Command::Test),
            Some("e2e") => no_args("e2e", rest).map(|()| Command::E2e),
            Some("regen-corpus") => match rest {
                [] => Ok(Command::RegenCorpus { filter: None }),
                [filter] => Ok(Command::RegenCorpus {
                    filter: Some(filter.clone()),
                }),
                _ => Err("regen-corpus takes at most one FILTER argument".into()),
            },
            Some(other) => Err(format!("unknown command `{other}`")),
        }
    }
}

fn no_args(command: &str, rest: &[String]) -> Result<(), String> {
    match rest.first() {
        None => Ok(()),
        Some(arg) => Err(format!("{command}: unexpected argument `{arg}`")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match Command::parse(&args) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = repo_root();
    let result = match command {
        Command::Help => {
            print!("{USAGE}");
            Ok(())
        }
        Command::Serve { port } => serve(&root, port),
        Command::Build => build(&root),
        Command::Test => test(&root),
        Command::E2e => e2e_alone(&root),
        Command::RegenCorpus { filter } => corpus::regen(&root, filter.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root. xtask lives in `<root>/xtask`, and cargo tells us where that is at
/// compile time, so this works from any working directory.
fn repo_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .expect("xtask/ has a parent directory")
        .to_path_buf()
}

/// `cargo xtask serve`: everything an author needs to read and edit the book live.
fn serve(root: &Path, port: u16) -> Result<(), String> {
    let tools = Tools::ensure(root)?;
    // The widget module first, so that the first page load finds it. mdbook serve does not
    // rebuild it: after changing crates/syncscope-web or crates/gosim, run serve again (or
    // `cargo xtask build`).
    let stats = widget::build(root, widget::Optimize::No)?;
    println!("widget module: {stats}");
    // The chat demo (demos/chat): its chapter's client connects to it. It serves book/ as
    // mdbook serve rebuilds it, and /ws for the chat.
    let chat = chat::ChatServer::start(root, port)?;
    if chat.is_some() {
        println!("chat server at http://{} (WebSocket /ws)", chat::ADDR);
    }
    println!("\nserving the book at http://localhost:{port} (Ctrl-C stops it)\n");
    let served = tools
        .mdbook(root)
        .args(["serve", "--port", &port.to_string()])
        .run();
    // Ctrl-C has already stopped both; this is for mdbook stopping on its own.
    if let Some(chat) = chat {
        chat.stop();
    }
    served
}

/// `cargo xtask build`: the release site in `book/`, as the Pages workflow publishes it.
fn build(root: &Path) -> Result<(), String> {
    let tools = Tools::ensure(root)?;
    let module = widget::build(root, widget::Optimize::IfAvailable)?;
    module.within_budget()?;
    tools.mdbook(root).arg("build").run()?;
    let stats = BookStats::collect(&root.join("book"))?;
    println!("\nsite built in {}: {stats}", root.join("book").display());
    println!("widget module: {module}");
    Ok(())
}

/// One named check of `cargo xtask test`.
struct Stage {
    title: &'static str,
    run: fn(&Path, &mut Context) -> Result<(), String>,
}

/// What earlier stages hand to later ones.
#[derive(Default)]
struct Context {
    tools: Option<Tools>,
    module: Option<widget::ModuleStats>,
}

impl Context {
    fn tools(&self) -> &Tools {
        self.tools.as_ref().expect("the tools stage runs first")
    }
}

const STAGES: &[Stage] = &[
    Stage {
        title: "install missing tools (rustfmt, clippy, wasm32 target, mdbook, preprocessor)",
        run: |root, cx| {
            cx.tools = Some(Tools::ensure(root)?);
            Ok(())
        },
    },
    Stage {
        title: "cargo fmt --all --check",
        run: |root, _| cargo(root).args(["fmt", "--all", "--check"]).run(),
    },
    Stage {
        title: "cargo clippy --workspace --all-targets -- -D warnings",
        run: |root, _| {
            cargo(root)
                .args([
                    "clippy",
                    "--workspace",
                    "--all-targets",
                    "--",
                    "-D",
                    "warnings",
                ])
                .run()
        },
    },
    Stage {
        title: "cargo test --workspace",
        // The preprocessor's end-to-end test skips itself when mdbook is missing; here the
        // tools stage has installed it, so a skip would hide a real gap: make it an error.
        run: |root, cx| {
            cargo(root)
                .args(["test", "--workspace"])
                .env("SYNCSCOPE_MDBOOK", cx.tools().mdbook_path())
                .run()
        },
    },
    Stage {
        title: "engine for wasm32 (cargo build -p gosim --lib --target wasm32-unknown-unknown --profile wasm-release)",
        run: |root, _| {
            cargo(root)
                .args(["build", "-p", "gosim", "--lib", "--target", tools::WASM_TARGET])
                .args(["--profile", "wasm-release"])
                .run()
        },
    },
    Stage {
        // Before the book: the preprocessor records in each page whether the module exists
        // (`data-module`). The size is measured here and checked against the budget; the time
        // is the stage's like any other. wasm-opt runs as for the published site, so the
        // browser tests load what readers get.
        title: "widget module (syncscope-web for wasm32 + wasm-bindgen + wasm-opt into src/generated/, size budget)",
        run: |root, cx| {
            let module = widget::build(root, widget::Optimize::IfAvailable)?;
            println!("widget module: {module}");
            module.within_budget()?;
            cx.module = Some(module);
            Ok(())
        },
    },
    Stage {
        title: "book (mdbook build, with the syncscope preprocessor)",
        run: |root, cx| cx.tools().mdbook(root).arg("build").run(),
    },
    Stage {
        title: "browser tests (e2e/: every page in headless Chromium, the widget's controls, themes, keys; screenshots)",
        run: |root, _| e2e::run(root),
    },
];

/// `cargo xtask test`: the stages above in order, stopping at the first failure.
fn test(root: &Path) -> Result<(), String> {
    let started = Instant::now();
    let mut cx = Context::default();
    let mut passed = 0;
    for (i, stage) in STAGES.iter().enumerate() {
        println!("\n==> [{}/{}] {}", i + 1, STAGES.len(), stage.title);
        let stage_started = Instant::now();
        if let Err(message) = (stage.run)(root, &mut cx) {
            eprintln!(
                "\nFAILED: stage {} of {}: {}\n  {message}",
                i + 1,
                STAGES.len(),
                stage.title
            );
            println!("\n{passed} passed, 1 failed");
            // Everything is reported; exit here so the count stays the last line.
            std::process::exit(1);
        }
        println!("--- ok ({})", human(stage_started.elapsed()));
        passed += 1;
    }

    println!("\n==> report");
    let stats = BookStats::collect(&root.join("book"))?;
    println!("book: {stats}");
    match &cx.module {
        Some(module) => println!("widget wasm: {module}"),
        None => println!("widget wasm: not built"),
    }
    println!("{}", e2e::Budgets::collect(root, cx.module.as_ref()));
    println!("total time: {}", human(started.elapsed()));
    println!("\n{passed} passed, 0 failed");
    Ok(())
}

/// `cargo xtask e2e`: the browser stage by itself, then the budgets it measured.
fn e2e_alone(root: &Path) -> Result<(), String> {
    let started = Instant::now();
    e2e::run(root)?;
    println!("\n{}", e2e::Budgets::collect(root, None));
    println!("browser tests took {}", human(started.elapsed()));
    Ok(())
}

/// A few numbers about a built book, for the closing report.
struct BookStats {
    pages: usize,
    widgets: usize,
}

impl BookStats {
    fn collect(book_dir: &Path) -> Result<BookStats, String> {
        let mut stats = BookStats {
            pages: 0,
            widgets: 0,
        };
        stats.walk(book_dir, book_dir)?;
        Ok(stats)
    }

    fn walk(&mut self, dir: &Path, book_dir: &Path) -> Result<(), String> {
        let entries =
            std::fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                self.walk(&path, book_dir)?;
                continue;
            }
            let relative = path.strip_prefix(book_dir).unwrap_or(&path);
            // index.html repeats the first chapter; the others are mdBook's own pages.
            let generated = ["index.html", "print.html", "toc.html", "404.html"];
            let is_chapter = path.extension().is_some_and(|ext| ext == "html")
                && !generated.iter().any(|name| relative == Path::new(name));
            if is_chapter {
                let html = std::fs::read_to_string(&path)
                    .map_err(|e| format!("reading {}: {e}", path.display()))?;
                self.pages += 1;
                self.widgets += html.matches("class=\"gosim-widget\"").count();
            }
        }
        Ok(())
    }
}

impl std::fmt::Display for BookStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} pages, {} live widgets", self.pages, self.widgets)
    }
}

/// `83.2s` / `2m05s`: short enough for a stage footer.
fn human(elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64();
    if secs < 60.0 {
        format!("{secs:.1}s")
    } else {
        format!("{}m{:02}s", elapsed.as_secs() / 60, elapsed.as_secs() % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        Command::parse(&args)
    }

    #[test]
    fn parses_commands_and_rejects_strays() {
        assert!(matches!(parse(&[]), Ok(Command::Help)));
        assert!(matches!(parse(&["test"]), Ok(Command::Test)));
        assert!(matches!(parse(&["e2e"]), Ok(Command::E2e)));
        assert!(parse(&["e2e", "--headed"]).is_err());
        assert!(matches!(
            parse(&["serve"]),
            Ok(Command::Serve { port: 3000 })
        ));
        assert!(matches!(
            parse(&["serve", "--port", "8080"]),
            Ok(Command::Serve { port: 8080 })
        ));
        assert!(matches!(
            parse(&["regen-corpus", "select"]),
            Ok(Command::RegenCorpus { filter: Some(f) }) if f == "select"
        ));
        assert!(parse(&["test", "--fast"]).is_err());
        assert!(parse(&["serve", "--port", "http"]).is_err());
        assert!(parse(&["regen-corpus", "a", "b"]).is_err());
        assert!(parse(&["deploy"]).is_err());
    }

    #[test]
    fn durations_read_well() {
        assert_eq!(human(Duration::from_millis(1234)), "1.2s");
        assert_eq!(human(Duration::from_secs(125)), "2m05s");
    }
}
