//! Differential tests: every program in `tests/corpus/` against what the real Go 1.27.3
//! toolchain printed for it (the `.expect` files, made by `cargo xtask regen-corpus`).
//!
//! A deterministic program must give Go's stdout, first stderr line and exit code under
//! the default (Go-like) schedule. For a schedule-dependent program, every outcome Go
//! showed must be among the outcomes the explorer finds.
//!
//! `NOT_YET` names the programs the engine does not match yet. The test fails when any
//! other program differs, and also when a listed program starts to match, so the list
//! can only shrink and never hides a regression.
//!
//! `CORPUS_ONLY=word,word2 cargo test -p gosim --test corpus` checks only the programs
//! whose name holds one of the words.

use std::collections::BTreeSet;
use std::path::Path;

use gosim::explore::{explore, Outcome};
use gosim::Policy;

/// Programs the engine does not match yet (each is a known gap, not a skipped test).
const NOT_YET: &[&str] = &[];

/// A program's `.expect` file (the format is `corpus-expect`'s, the same reader
/// `cargo xtask regen-corpus` checks what it writes with), as the explorer's outcomes.
struct Expect {
    schedule_dependent: bool,
    outcomes: Vec<Outcome>,
}

fn parse_expect(text: &str) -> Result<Expect, String> {
    let e = corpus_expect::parse_expect(text)?;
    Ok(Expect {
        schedule_dependent: e.schedule_dependent,
        outcomes: e
            .outcomes
            .into_iter()
            .map(|o| Outcome {
                stdout: o.stdout.into_bytes(),
                stderr: o.stderr,
                exit_code: Some(o.exit),
            })
            .collect(),
    })
}

/// Checks one program; `Err` says how it differs from Go.
fn check(path: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let expect = parse_expect(
        &std::fs::read_to_string(path.with_extension("expect")).map_err(|e| e.to_string())?,
    )
    .map_err(|e| format!("bad .expect file: {e}"))?;
    if expect.outcomes.is_empty() {
        return Err("no outcome in .expect".into());
    }
    if let Some(want) = refusal(&src) {
        return check_refused(&src, &want, &expect);
    }
    if expect.schedule_dependent {
        let prog = gosim::compile(&src).map_err(|e| e.to_string())?;
        let found: BTreeSet<Outcome> = explore(prog, 20_000, 2_000)
            .outcomes
            .into_iter()
            .map(|(o, _)| o)
            .collect();
        for o in &expect.outcomes {
            if !found.contains(o) {
                return Err(format!(
                    "Go's outcome {:?} (exit {:?}) is not among the {} the explorer found",
                    String::from_utf8_lossy(&o.stdout),
                    o.exit_code,
                    found.len()
                ));
            }
        }
        return Ok(());
    }
    let r = gosim::run(&src, Policy::GoLike, 1);
    let got = Outcome {
        stdout: r.stdout.clone(),
        stderr: r.stderr_first_line(),
        exit_code: r.exit_code,
    };
    let want = &expect.outcomes[0];
    if &got == want {
        return Ok(());
    }
    Err(format!(
        "exit {:?} (Go: {:?}); stderr {:?} (Go: {:?}); stdout {:?} (Go: {:?})",
        got.exit_code,
        want.exit_code,
        got.stderr,
        want.stderr,
        String::from_utf8_lossy(&got.stdout),
        String::from_utf8_lossy(&want.stdout)
    ))
}

/// The refusal a `// gosim: refused L:C: message` marker among the first 5 lines
/// names, as the engine must print it (`prog.go:L:C: message`).
fn refusal(src: &str) -> Option<String> {
    src.lines()
        .take(5)
        .find_map(|l| l.trim().strip_prefix("// gosim: refused "))
        .map(|rest| format!("prog.go:{rest}"))
}

/// A program that is valid Go (Go built and ran it: exit 0, no compile error) but uses
/// what the engine cannot give must be refused with exactly `want`: by the compiler,
/// or, when it compiles (a refusal only a run can tell, `time.Now().Year()`), by the
/// run, stopped at `want`'s line and column in the reader's code (the call it was in).
fn check_refused(src: &str, want: &str, expect: &Expect) -> Result<(), String> {
    if expect.outcomes.iter().any(|o| o.exit_code != Some(0)) {
        return Err("a refused program must be one Go runs (exit 0)".into());
    }
    let prog = match gosim::compile(src) {
        Ok(prog) => prog,
        Err(got) if got.to_string().trim_end() == want => return Ok(()),
        Err(got) => return Err(format!("refused with {:?}, not {want:?}", got.to_string())),
    };
    let mut m = gosim::Machine::new(prog, gosim::Chooser::new(Policy::GoLike, 1));
    let exit = m.run_to_end();
    // The refusal comes where Go's run would differ, no sooner: what was printed
    // before it is the start of what Go printed.
    if !expect
        .outcomes
        .iter()
        .any(|o| o.stdout.starts_with(&m.stdout))
    {
        return Err(format!(
            "printed {:?} before its refusal, which Go did not",
            String::from_utf8_lossy(&m.stdout)
        ));
    }
    let got = match (&exit, refusal_site(&m)) {
        (gosim::Exit::Limit(msg), Some(at)) => format!("prog.go:{at}: {msg}"),
        _ => format!(
            "ran to {exit:?}, stderr {:?}",
            String::from_utf8_lossy(&m.stderr)
        ),
    };
    if got == want {
        Ok(())
    } else {
        Err(format!("refused with {got:?}, not {want:?}"))
    }
}

/// Where a run-time refusal stopped: the call the running goroutine's innermost frame
/// of the reader's code was making, as `LINE:COL`.
fn refusal_site(m: &gosim::Machine) -> Option<String> {
    let g = m.goroutine(m.current?)?;
    g.frames.iter().rev().find_map(|f| {
        let func = m.prog.funcs.get(f.func as usize)?;
        if func.file != gosim::code::FileId::User || func.name == "runtime.main" {
            return None;
        }
        let pc = f.pc.saturating_sub(1) as usize;
        let span = func.spans.get(pc).copied().unwrap_or(func.span);
        let (line, col) = m.prog.source_map.line_col(span.lo);
        Some(format!("{line}:{col}"))
    })
}

#[test]
fn corpus_matches_real_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    programs.sort();
    // `CORPUS_ONLY=a,b` checks only the programs whose name holds `a` or `b` (while
    // working on a few); the full run, which CI makes, must find the whole corpus.
    if let Ok(words) = std::env::var("CORPUS_ONLY") {
        programs.retain(|p| {
            let name = p.file_stem().unwrap_or_default().to_string_lossy();
            words.split(',').any(|w| name.contains(w))
        });
        assert!(
            !programs.is_empty(),
            "no corpus program name holds {words:?}"
        );
    }
    assert!(
        programs.len() >= 60 || std::env::var("CORPUS_ONLY").is_ok(),
        "the corpus has {} programs",
        programs.len()
    );
    let mut regressions = vec![];
    let mut newly_passing = vec![];
    let mut passed = 0;
    for p in &programs {
        let name = p
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let listed = NOT_YET.contains(&name.as_str());
        match check(p) {
            Ok(()) => {
                passed += 1;
                if listed {
                    newly_passing.push(name);
                }
            }
            Err(why) if !listed => regressions.push(format!("{name}: {why}")),
            Err(_) => {}
        }
    }
    println!(
        "corpus: {passed} of {} programs match real Go; {} known gaps",
        programs.len(),
        NOT_YET.len()
    );
    assert!(
        regressions.is_empty(),
        "programs that no longer match real Go:\n{}",
        regressions.join("\n")
    );
    assert!(
        newly_passing.is_empty(),
        "these now match real Go: remove them from NOT_YET: {newly_passing:?}"
    );
}
