//! The data race detector against Go's own: every program in `tests/race/` was
//! built with `go build -race` (go1.27.3; `tests/race/regen.sh` records the verdict
//! and the lines of each report in the `.expect` files). The engine, with its
//! detector on, must reach the same verdict (exit status 66 for a racy run, 0 for a
//! clean one) and report the race between the same two lines as Go's first report.

use std::path::Path;

use gosim::{Chooser, Exit, Machine, Policy};

struct Expect {
    exit: i32,
    /// Access lines of Go's reports, two per report.
    lines: Vec<u32>,
}

fn parse(text: &str) -> Expect {
    let mut e = Expect {
        exit: -1,
        lines: vec![],
    };
    for l in text.lines() {
        if let Some(v) = l.strip_prefix("exit: ") {
            e.exit = v.trim().parse().expect("exit status");
        } else if let Some(v) = l.strip_prefix("access: ") {
            e.lines.push(v.trim().parse().expect("line"));
        }
    }
    e
}

#[test]
fn verdicts_and_lines_match_go_race() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/race");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .expect("race dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    programs.sort();
    let racy = programs
        .iter()
        .filter(|p| p.to_string_lossy().contains("racy_"))
        .count();
    assert!(racy >= 10 && programs.len() - racy >= 10, "10 of each kind");
    let mut failures = vec![];
    for p in &programs {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let src = std::fs::read_to_string(p).unwrap();
        let want = parse(&std::fs::read_to_string(p.with_extension("expect")).unwrap());
        let prog = gosim::compile(&src).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut m = Machine::new(prog, Chooser::new(Policy::GoLike, 1));
        m.enable_race_detector(true);
        let exit = m.run_to_end();
        let got_exit = match exit {
            Exit::Code(c) => c,
            Exit::Limit(l) => panic!("{name}: {l}"),
        };
        if got_exit != want.exit {
            failures.push(format!("{name}: exit {got_exit}, Go -race {}", want.exit));
            continue;
        }
        if let [a, b, ..] = want.lines[..] {
            let pair = (a.min(b), a.max(b));
            let ours: Vec<(u32, u32)> = m
                .races()
                .iter()
                .map(|r| {
                    let (x, y) = (r.current.line, r.previous.line);
                    (x.min(y), x.max(y))
                })
                .collect();
            if !ours.contains(&pair) {
                failures.push(format!(
                    "{name}: Go reports lines {pair:?}; the engine reports {ours:?}"
                ));
            }
        }
        let stderr = String::from_utf8_lossy(&m.stderr);
        if want.exit == 66 {
            assert!(
                stderr.starts_with("==================\nWARNING: DATA RACE\n"),
                "{name}: {stderr}"
            );
            assert!(stderr.contains("Found "), "{name}: {stderr}");
        } else {
            assert!(!stderr.contains("DATA RACE"), "{name}: {stderr}");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn without_the_detector_output_is_plain_go() {
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/race/racy_counter.go"),
    )
    .unwrap();
    let r = gosim::run(&src, Policy::GoLike, 1);
    assert_eq!(r.exit_code, Some(0));
    assert!(r.stderr.is_empty());
}
