//! Property tests for the checker and the VM: whatever the program, compiling and running
//! it never panics, and a run is a function of (program, policy, seed).
//!
//! Two sources of programs:
//! - [`mutated_corpus`]: the differential corpus (`tests/corpus/*.go`) with a few
//!   token-level edits each (tokens deleted, duplicated or swapped, identifiers renamed,
//!   integer literals set to edge values, operators exchanged, braces dropped, format
//!   strings replaced), so that many mutants still compile and then misbehave at run
//!   time in new ways.
//! - [`generated_programs`]: a small generator of well-typed programs (goroutines,
//!   channels, select, closures, slices, maps, structs, integer arithmetic with division
//!   and shifts, defer/recover, panics, sync.Mutex and sync.WaitGroup, timers), which
//!   must all compile, so the VM gets deep coverage rather than compile errors.
//!
//! Each compiled program is run under small limits with several policies, twice each
//! (the results must be identical), replayed from its recorded schedule, stepped by
//! hand with a snapshot taken half-way (the snapshot must finish exactly like the
//! original), and explored briefly.
//!
//! The default case counts keep a debug `cargo test` short. `GOSIM_FUZZ_CASES=N` runs N
//! cases in each of the two fuzzers instead (for long local runs, in release mode).
//! Inputs that once broke something live in `fuzz-corpus/vm/` and are replayed by
//! [`regression_corpus`].

use std::hash::{Hash, Hasher};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use gosim::code::Program;
use gosim::explore::explore;
use gosim::syntax::lexer::lex;
use gosim::vm::Limits;
use gosim::{Chooser, Machine, Policy, RunResult};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// Small limits: every run stops quickly, whatever the program does. The time slice is
/// small so that `max_steps * slice` bounds the instructions of a run.
fn limits() -> Limits {
    Limits {
        max_steps: 2000,
        max_instructions: 200_000,
        max_goroutines: 100,
        max_heap_words: 1 << 16,
        max_frames: 400,
        slice: 100,
        quantum: 1000,
    }
}

fn case_count(default: u32) -> u32 {
    std::env::var("GOSIM_FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// Counts what the fuzzers did, for the summary line each test prints.
#[derive(Default)]
struct Stats {
    cases: AtomicU64,
    compiled: AtomicU64,
    vm_runs: AtomicU64,
    /// How the Go-like runs ended: exit 0, exit 2 (panic, fatal error), a limit.
    ended: [AtomicU64; 3],
}

impl Stats {
    fn report(&self, what: &str) {
        let cases = self.cases.load(Ordering::Relaxed);
        let compiled = self.compiled.load(Ordering::Relaxed);
        let ended: Vec<u64> = self
            .ended
            .iter()
            .map(|e| e.load(Ordering::Relaxed))
            .collect();
        println!(
            "{what}: {cases} executions (inputs), {compiled} compiled ({:.1}%), {} VM runs; \
             Go-like runs: {} exit 0, {} exit 2, {} stopped by a limit",
            100.0 * compiled as f64 / cases.max(1) as f64,
            self.vm_runs.load(Ordering::Relaxed),
            ended[0],
            ended[1],
            ended[2],
        );
    }
}

/// Runs `f`, turning a panic into a test failure that names the input.
fn no_panic<T>(what: &str, src: &str, f: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|e| {
        let msg = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        TestCaseError::fail(format!(
            "the library panicked in {what}: {msg}\n--- program ---\n{src}"
        ))
    })
}

fn run_once(prog: &Rc<Program>, policy: Policy, seed: u64) -> RunResult {
    gosim::run_program(prog.clone(), policy, seed, limits())
}

fn hash_of(m: &Machine) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    m.hash(&mut h);
    h.finish()
}

/// Compiles `src` and, if it compiles, checks every run property. Returns whether it
/// compiled.
fn check_program(src: &str, seed: u64, stats: &Stats) -> Result<bool, TestCaseError> {
    let done = stats.cases.fetch_add(1, Ordering::Relaxed) + 1;
    if done.is_multiple_of(10_000) {
        eprintln!("... {done} inputs");
    }
    // A stack overflow aborts the process before any report: keep the input at hand.
    if let Ok(path) = std::env::var("GOSIM_FUZZ_LAST") {
        let _ = std::fs::write(path, src);
    }
    let compiled = no_panic("compile", src, || gosim::compile(src))?;
    let again = no_panic("compile", src, || gosim::compile(src))?;
    prop_assert_eq!(
        compiled.as_ref().err(),
        again.as_ref().err(),
        "compiling twice gave different errors"
    );
    let prog = match compiled {
        Ok(p) => p,
        Err(e) => {
            // A compile error is placed in the program (the library always compiles),
            // at a line the program has.
            prop_assert!(
                e.file == "prog.go" && e.line >= 1 && e.col >= 1,
                "compile error without a place in the program: {e}"
            );
            prop_assert!(
                e.line as usize <= src.lines().count() + 1,
                "compile error past the program's end: {e}"
            );
            return Ok(false);
        }
    };
    stats.compiled.fetch_add(1, Ordering::Relaxed);

    // Same policy and seed, same result.
    let policies = [
        (Policy::GoLike, seed),
        (Policy::Random, seed),
        (Policy::Random, seed ^ 0x5eed),
        (Policy::RoundRobin, seed),
    ];
    let mut golike = None;
    let mut random = None;
    for (policy, s) in policies {
        let a = no_panic(&format!("run {policy:?}"), src, || {
            run_once(&prog, policy.clone(), s)
        })?;
        let b = no_panic(&format!("run {policy:?}"), src, || {
            run_once(&prog, policy.clone(), s)
        })?;
        stats.vm_runs.fetch_add(2, Ordering::Relaxed);
        prop_assert_eq!(&a, &b, "two runs under {:?} seed {} differ", policy, s);
        match policy {
            Policy::GoLike => {
                let i = match a.exit_code {
                    Some(0) => 0,
                    Some(_) => 1,
                    None => 2,
                };
                stats.ended[i].fetch_add(1, Ordering::Relaxed);
                golike = Some(a)
            }
            Policy::Random if random.is_none() => random = Some(a),
            _ => {}
        }
    }

    // The recorded schedule reproduces the run.
    if let Some(r) = &random {
        let replayed = no_panic("replay", src, || {
            run_once(&prog, Policy::Replay(r.schedule.0.clone()), 0)
        })?;
        stats.vm_runs.fetch_add(1, Ordering::Relaxed);
        prop_assert_eq!(
            (&r.stdout, &r.stderr, r.exit_code),
            (&replayed.stdout, &replayed.stderr, replayed.exit_code),
            "replaying schedule {} does not reproduce the run",
            r.schedule
        );
    }

    // Step by hand; a snapshot taken half-way finishes exactly like the original.
    no_panic("stepping", src, || -> Result<(), TestCaseError> {
        let mut m = Machine::new(prog.clone(), Chooser::new(Policy::Random, seed));
        m.limits = limits();
        let mut n = 0u64;
        let mut snapshot = None;
        while !m.is_done() {
            if n == (seed % 64) {
                prop_assert_eq!(hash_of(&m), hash_of(&m.clone()));
                snapshot = Some((m.clone(), vec![]));
            }
            let ev = m.step();
            if let Some((_, evs)) = &mut snapshot {
                evs.push(ev);
            }
            n += 1;
        }
        if let Some((mut c, evs)) = snapshot {
            let mut again = vec![];
            while !c.is_done() {
                again.push(c.step());
            }
            prop_assert!(c == m, "a snapshot finished differently from the original");
            prop_assert_eq!(&c.stdout, &m.stdout);
            prop_assert_eq!(&c.stderr, &m.stderr);
            prop_assert_eq!(evs, again, "a snapshot produced different events");
        }
        // Manual scheduling: always run the newest runnable goroutine.
        let mut m = Machine::new(prog.clone(), Chooser::new(Policy::GoLike, seed));
        m.limits = limits();
        for _ in 0..limits().max_steps + 2 {
            if m.is_done() {
                break;
            }
            match m.runnable().last() {
                Some(&g) => {
                    prop_assert!(m.step_goroutine(g).is_ok(), "goroutine {} refused", g);
                }
                None => {
                    m.step();
                }
            }
            // Views the widget reads while stepping.
            for g in m.goroutines.iter().map(|g| g.id).collect::<Vec<_>>() {
                let _ = m.traceback(g);
            }
        }
        let _ = m.step_goroutine(0);
        let _ = m.step_goroutine(u32::MAX);
        Ok(())
    })??;
    stats.vm_runs.fetch_add(3, Ordering::Relaxed);

    // A short exploration (its limits are the default ones but for the step count, so
    // only programs that ended quickly under the Go-like policy are explored).
    if golike.is_some_and(|r| r.exit_code.is_some()) {
        let e = no_panic("explore", src, || explore(prog.clone(), 30, 3))?;
        stats.vm_runs.fetch_add(e.runs, Ordering::Relaxed);
        prop_assert!(!e.outcomes.is_empty());
    }
    Ok(true)
}

// ---------------------------------------------------------------------------------
// Part (a): token-level mutations of the corpus.

/// One token and the text (spaces, newlines, comments) before it.
#[derive(Clone, Debug)]
struct Piece {
    gap: String,
    text: String,
}

struct Tokenized {
    pieces: Vec<Piece>,
    tail: String,
    idents: Vec<String>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn load_corpus() -> Vec<(String, Tokenized)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let src = std::fs::read_to_string(&p).expect("corpus program");
            (p.display().to_string(), tokenize(&src))
        })
        .collect()
}

fn tokenize(src: &str) -> Tokenized {
    let mut pieces = vec![];
    let mut idents = vec![];
    let mut end = 0usize;
    for t in lex(src).tokens {
        let (lo, hi) = (t.span.lo as usize, t.span.hi as usize);
        let Some(text) = src.get(lo..hi) else {
            continue;
        };
        // Semicolons the lexer inserted at newlines belong to the gap.
        if text.trim().is_empty() || text.starts_with("//") || text.starts_with("/*") || lo < end {
            continue;
        }
        if let gosim::syntax::lexer::Tok::Ident(name) = &t.tok {
            if !idents.contains(name) {
                idents.push(name.clone());
            }
        }
        pieces.push(Piece {
            gap: src[end..lo].to_string(),
            text: text.to_string(),
        });
        end = hi;
    }
    Tokenized {
        pieces,
        tail: src[end..].to_string(),
        idents,
    }
}

const EDGE_INTS: &[&str] = &[
    "0",
    "-1",
    "1",
    "2",
    "-2",
    "7",
    "63",
    "64",
    "65",
    "-64",
    "255",
    "256",
    "1 << 31",
    "1 << 32",
    "1 << 62",
    "1<<63 - 1",
    "-1 << 63",
    "100000",
    "0x7fffffff",
    "'\\xff'",
];

const BINARY_OPS: &[&str] = &[
    "+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=",
    "&&", "||",
];

const ASSIGN_OPS: &[&str] = &[
    "=", ":=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^=", "&^=",
];

const EDGE_STRINGS: &[&str] = &[
    "\"\"",
    "\"%\"",
    "\"%d%d%d\\n\"",
    "\"%[3]v %[0]d %[-1]d\"",
    "\"%!\"",
    "\"%-010.3x|%+q|%#v\"",
    "\"%T %p %v\\n\"",
    "\"%*d %.*f\"",
    "\"%.1000f\"",
    "\"%9999999999d\"",
    "\"%s %s %s %s %s\"",
    "\"\\xff\\xfe\"",
    "\"é日本\"",
    "\"%c %U %b %o %e %g\"",
    "\"%08.3v %x %X\"",
];

const BUILTIN_NAMES: &[&str] = &[
    "nil", "len", "cap", "panic", "close", "recover", "append", "make", "new", "copy", "delete",
    "min", "max", "iota", "true", "false", "string", "int", "byte", "rune", "any", "error", "_",
    "main", "fmt", "print", "println", "uint8", "int64", "float64",
];

const INSERTS: &[&str] = &[
    "go ",
    "defer ",
    "<-",
    "*",
    "&",
    "-",
    "!",
    "^",
    "0",
    "nil",
    ",",
    ")",
    "(",
    "]",
    "[",
    "{",
    "}",
    ";",
    "return",
    "break",
    "continue",
    "...",
    ".",
    "chan ",
    "close(ch)",
    "panic(1)",
    "[]int{}",
    "map[int]int{}",
    "x",
    "_",
    "\n",
    "var",
    ":=",
    "=",
];

fn is_int_literal(t: &str) -> bool {
    t.as_bytes().first().is_some_and(|b| b.is_ascii_digit())
        && !t.contains('.')
        && !t.contains(['e', 'p'])
        || t.starts_with("0x")
}

/// Applies the edits; the index arguments are reduced modulo whatever they index.
fn mutate(t: &Tokenized, ops: &[(u8, u16, u16)]) -> String {
    let mut p = t.pieces.clone();
    let nearest = |p: &Vec<Piece>, from: usize, pred: &dyn Fn(&str) -> bool| -> Option<usize> {
        let n = p.len();
        (0..n).map(|k| (from + k) % n).find(|&i| pred(&p[i].text))
    };
    for &(op, a, b) in ops {
        if p.is_empty() {
            break;
        }
        let n = p.len();
        let i = a as usize % n;
        let j = b as usize % n;
        // Edits that mostly keep a program well-typed come up more often.
        match op % 24 {
            0 => {
                let gap = p.remove(i).gap;
                if let Some(next) = p.get_mut(i) {
                    next.gap.insert_str(0, &gap);
                }
            }
            1 => {
                let mut dup = p[i].clone();
                dup.gap = " ".into();
                p.insert(i + 1, dup);
            }
            2 => {
                let (ti, tj) = (p[i].text.clone(), p[j].text.clone());
                p[i].text = tj;
                p[j].text = ti;
            }
            3..=5 => {
                let is_ident = |s: &str| t.idents.iter().any(|x| x == s);
                if let Some(k) = nearest(&p, i, &is_ident) {
                    p[k].text = t.idents[b as usize % t.idents.len()].clone();
                }
            }
            6..=10 => {
                if let Some(k) = nearest(&p, i, &is_int_literal) {
                    p[k].text = EDGE_INTS[b as usize % EDGE_INTS.len()].into();
                }
            }
            11..=14 => {
                let is_op = |s: &str| BINARY_OPS.contains(&s);
                if let Some(k) = nearest(&p, i, &is_op) {
                    p[k].text = BINARY_OPS[b as usize % BINARY_OPS.len()].into();
                }
            }
            15 => {
                let is_op = |s: &str| ASSIGN_OPS.contains(&s);
                if let Some(k) = nearest(&p, i, &is_op) {
                    p[k].text = ASSIGN_OPS[b as usize % ASSIGN_OPS.len()].into();
                }
            }
            16 => {
                let is_brace = |s: &str| s == "{" || s == "}";
                if let Some(k) = nearest(&p, i, &is_brace) {
                    p[k].text.clear();
                }
            }
            17..=20 => {
                let is_str = |s: &str| s.starts_with('"') || s.starts_with('`');
                if let Some(k) = nearest(&p, i, &is_str) {
                    p[k].text = EDGE_STRINGS[b as usize % EDGE_STRINGS.len()].into();
                }
            }
            21 => {
                let is_ident = |s: &str| t.idents.iter().any(|x| x == s);
                if let Some(k) = nearest(&p, i, &is_ident) {
                    p[k].text = BUILTIN_NAMES[b as usize % BUILTIN_NAMES.len()].into();
                }
            }
            _ => {
                p.insert(
                    i,
                    Piece {
                        gap: " ".into(),
                        text: INSERTS[b as usize % INSERTS.len()].into(),
                    },
                );
            }
        }
    }
    let mut out = String::new();
    for piece in &p {
        out.push_str(&piece.gap);
        out.push_str(&piece.text);
    }
    out.push_str(&t.tail);
    out
}

#[test]
fn mutated_corpus() {
    let corpus = load_corpus();
    assert!(corpus.len() >= 90, "corpus has {} programs", corpus.len());
    let stats = Stats::default();
    let mut runner = TestRunner::new(Config {
        cases: case_count(160),
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (
        0..corpus.len(),
        prop::collection::vec((any::<u8>(), any::<u16>(), any::<u16>()), 1..4),
        any::<u64>(),
    );
    let result = runner.run(&strategy, |(which, ops, seed)| {
        let src = mutate(&corpus[which].1, &ops);
        check_program(&src, seed, &stats).map(|_| ())
    });
    stats.report("mutated_corpus");
    if let Err(e) = result {
        panic!("{e}");
    }
    let compiled = stats.compiled.load(Ordering::Relaxed);
    assert!(
        compiled * 10 >= stats.cases.load(Ordering::Relaxed),
        "under 10% of the mutants compiled: the mutations are too destructive"
    );
}

/// Every corpus program unchanged; the compile_* ones must not compile.
#[test]
fn unmutated_corpus() {
    let stats = Stats::default();
    for (name, t) in load_corpus() {
        let src = mutate(&t, &[]);
        let compiled = check_program(&src, 1, &stats).unwrap_or_else(|e| panic!("{name}: {e}"));
        if name.contains("compile_") {
            assert!(!compiled, "{name} compiled");
        }
    }
    stats.report("unmutated_corpus");
}

// ---------------------------------------------------------------------------------
// Part (b): a generator of well-typed programs.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ty {
    Int,
    Bool,
    Str,
    Slice,
    Map,
    Chan,
    Func,
    Ptr,
    Any,
}

/// Writes a program from a list of choices; an exhausted list always chooses 0, which
/// is the simplest option everywhere, so shrinking the list simplifies the program.
struct Gen<'a> {
    choices: &'a [u32],
    pos: usize,
    out: String,
    indent: usize,
    scopes: Vec<Vec<(String, Ty)>>,
    next_id: u32,
    loops: u32,
    /// Statements still allowed (keeps programs small).
    budget: u32,
    /// Top-level functions written so far: `f0(a, b int) int`, ...
    funcs: u32,
}

impl Gen<'_> {
    fn pick(&mut self, n: u32) -> u32 {
        let v = self.choices.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        if n == 0 {
            0
        } else {
            v % n
        }
    }

    fn chance(&mut self, one_in: u32) -> bool {
        self.pick(one_in) == one_in - 1
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}{}", self.next_id)
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push('\t');
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn declare(&mut self, name: &str, ty: Ty) {
        if let Some(s) = self.scopes.last_mut() {
            s.push((name.to_string(), ty));
        }
        self.line(&format!("_ = {name}"));
    }

    fn vars(&self, ty: Ty) -> Vec<String> {
        self.scopes
            .iter()
            .flatten()
            .filter(|(_, t)| *t == ty)
            .map(|(n, _)| n.clone())
            .collect()
    }

    fn var(&mut self, ty: Ty) -> Option<String> {
        let vs = self.vars(ty);
        if vs.is_empty() {
            return None;
        }
        let i = self.pick(vs.len() as u32) as usize;
        Some(vs[i].clone())
    }

    /// A non-constant int expression `f` builds on a variable of type `ty`, or a plain
    /// int variable when there is none (the picks happen in the same order either way).
    fn on_var(&mut self, ty: Ty, f: impl FnOnce(&mut Self, String) -> String) -> (String, bool) {
        match self.var(ty) {
            Some(v) => (f(self, v), false),
            None => (self.int_var(), false),
        }
    }

    /// An int variable; the globals make sure there always is one.
    fn int_var(&mut self) -> String {
        self.var(Ty::Int).unwrap_or_else(|| "g0".into())
    }

    fn small_lit(&mut self) -> String {
        const LITS: &[&str] = &[
            "1",
            "0",
            "2",
            "3",
            "-1",
            "7",
            "10",
            "63",
            "64",
            "(1 << 62)",
            "(-1 << 63)",
            "(1<<63 - 1)",
            "255",
            "-7",
        ];
        LITS[self.pick(LITS.len() as u32) as usize].into()
    }

    /// An int expression and whether it is a constant.
    fn int_expr(&mut self, depth: u32) -> (String, bool) {
        if depth == 0 {
            return if self.pick(3) == 0 {
                (self.int_var(), false)
            } else {
                (self.small_lit(), true)
            };
        }
        let d = depth - 1;
        match self.pick(19) {
            0 => (self.int_var(), false),
            1 => (self.small_lit(), true),
            2..=5 => {
                const OPS: &[&str] = &["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>"];
                let op = OPS[self.pick(OPS.len() as u32) as usize];
                let (mut l, lc) = self.int_expr(d);
                let (mut r, mut rc) = self.int_expr(d);
                if lc && rc {
                    // Two constants would make a constant expression that may overflow.
                    l = self.int_var();
                }
                if rc && matches!(op, "/" | "%") {
                    r = ["3", "-1", "7", "2"][self.pick(4) as usize].into();
                }
                if rc && matches!(op, "<<" | ">>") {
                    r = ["1", "63", "64", "0", "5"][self.pick(5) as usize].into();
                }
                if matches!(op, "<<" | ">>") && !rc && self.pick(2) == 0 {
                    // Mostly keep shift counts in range; sometimes let them be anything.
                    r = format!("({r} & 63)");
                    rc = false;
                }
                let _ = rc;
                (format!("({l} {op} {r})"), false)
            }
            6 => {
                // Negating a constant could overflow at compile time.
                let (e, c) = self.int_expr(d);
                let e = if !c && (e.starts_with('(') || e.starts_with(|c: char| c.is_alphabetic()))
                {
                    e
                } else {
                    self.int_var()
                };
                let op = ["-", "^"][self.pick(2) as usize];
                (format!("{op}{e}"), false)
            }
            7 => self.on_var(Ty::Slice, |g, s| {
                let f = ["len", "cap"][g.pick(2) as usize];
                format!("{f}({s})")
            }),
            8 => self.on_var(Ty::Slice, |g, s| {
                let i = g.index_expr(d);
                format!("{s}[{i}]")
            }),
            9 => self.on_var(Ty::Map, |g, m| {
                let (k, _) = g.int_expr(d);
                if g.pick(2) == 0 {
                    format!("len({m})")
                } else {
                    format!("{m}[{k}]")
                }
            }),
            10 => self.on_var(Ty::Func, |g, f| {
                let (a, _) = g.int_expr(d);
                format!("{f}({a})")
            }),
            11 if self.funcs > 0 => {
                let f = self.pick(self.funcs);
                let (a, _) = self.int_expr(d);
                let (b, _) = self.int_expr(d);
                (format!("f{f}({a}, {b})"), false)
            }
            12 => self.on_var(Ty::Chan, |g, c| {
                if g.pick(3) == 0 {
                    format!("<-{c}")
                } else {
                    format!("len({c}) + cap({c})")
                }
            }),
            13 => self.on_var(Ty::Ptr, |g, p| {
                let f = ["x", "y"][g.pick(2) as usize];
                format!("{p}.{f}")
            }),
            14 => {
                let f = ["min", "max"][self.pick(2) as usize];
                let v = self.int_var();
                let (b, _) = self.int_expr(d);
                (format!("{f}({v}, {b})"), false)
            }
            15 => self.on_var(Ty::Any, |_, a| format!("{a}.(int)")),
            16 => self.on_var(Ty::Str, |g, s| {
                if g.pick(2) == 0 {
                    format!("len({s})")
                } else {
                    let i = g.index_expr(d);
                    format!("int({s}[{i}])")
                }
            }),
            17 => (format!("rec({})", self.int_var()), false),
            _ => {
                // Conversions that wrap (only of non-constants: a constant that does
                // not fit is a compile error).
                const CONV: &[&str] = &["int8", "uint8", "int16", "uint32", "uint", "int64"];
                let t = CONV[self.pick(CONV.len() as u32) as usize];
                let v = self.int_var();
                (format!("int({t}({v}))"), false)
            }
        }
    }

    /// An index: a negative constant index would be a compile error.
    fn index_expr(&mut self, depth: u32) -> String {
        match self.int_expr(depth) {
            (_, true) => self.int_var(),
            (e, false) => e,
        }
    }

    fn bool_expr(&mut self, depth: u32) -> String {
        match self.pick(if depth == 0 { 2 } else { 5 }) {
            0 => {
                const CMP: &[&str] = &["<", "<=", "==", "!=", ">", ">="];
                let op = CMP[self.pick(CMP.len() as u32) as usize];
                let v = self.int_var();
                let (e, _) = self.int_expr(depth.saturating_sub(1));
                format!("{v} {op} {e}")
            }
            1 => self.var(Ty::Bool).unwrap_or_else(|| "true".into()),
            2 => format!("!({})", self.bool_expr(depth - 1)),
            3 => {
                let op = ["&&", "||"][self.pick(2) as usize];
                let a = self.bool_expr(depth - 1);
                let b = self.bool_expr(depth - 1);
                format!("({a}) {op} ({b})")
            }
            _ => match self.var(Ty::Ptr) {
                Some(p) => format!("{p} == nil"),
                None => "false".into(),
            },
        }
    }

    fn str_expr(&mut self, depth: u32) -> String {
        match self.pick(4) {
            0 => "\"s\"".into(),
            1 => self.var(Ty::Str).unwrap_or_else(|| "\"t\"".into()),
            2 => {
                let (a, _) = self.int_expr(depth);
                let (b, _) = self.int_expr(depth);
                let f = ["%d", "%v|%x", "%03d %q", "%T %5.2v", "%v %v %v"][self.pick(5) as usize];
                format!("fmt.Sprintf(\"{f}\", {a}, {b})")
            }
            _ => {
                let a = self.var(Ty::Str).unwrap_or_else(|| "\"u\"".into());
                let (b, _) = self.int_expr(depth);
                format!("{a} + fmt.Sprint({b})")
            }
        }
    }

    /// Any printable expression.
    fn print_arg(&mut self) -> String {
        match self.pick(8) {
            0 | 1 => self.int_expr(2).0,
            2 => self.str_expr(1),
            3 => self.bool_expr(1),
            4 => self.var(Ty::Slice).unwrap_or_else(|| "g0".into()),
            5 => self.var(Ty::Map).unwrap_or_else(|| "g0".into()),
            6 => self.var(Ty::Any).unwrap_or_else(|| "nil".into()),
            _ => match self.var(Ty::Ptr) {
                Some(p) => format!("*{p}"),
                None => "g0".into(),
            },
        }
    }

    fn body(&mut self, depth: u32, is_loop: bool) {
        self.indent += 1;
        self.scopes.push(vec![]);
        if is_loop {
            self.loops += 1;
        }
        let n = 1 + self.pick(4);
        for _ in 0..n {
            self.stmt(depth);
        }
        if is_loop {
            self.loops -= 1;
        }
        self.scopes.pop();
        self.indent -= 1;
    }

    /// A function literal body: loops outside it do not count inside.
    fn func_body(
        &mut self,
        head: &str,
        first: Option<&str>,
        depth: u32,
        ret: bool,
        params: &[(&str, Ty)],
    ) {
        let saved = self.loops;
        self.loops = 0;
        self.line(&format!("{head} {{"));
        self.indent += 1;
        if let Some(l) = first {
            self.line(l);
        }
        self.scopes
            .push(params.iter().map(|(n, t)| (n.to_string(), *t)).collect());
        for (n, _) in params {
            self.line(&format!("_ = {n}"));
        }
        let n = 1 + self.pick(3);
        for _ in 0..n {
            self.stmt(depth);
        }
        if ret {
            let (e, _) = self.int_expr(2);
            self.line(&format!("return {e}"));
        }
        self.scopes.pop();
        self.indent -= 1;
        self.loops = saved;
    }

    fn stmt(&mut self, depth: u32) {
        if self.budget == 0 {
            return;
        }
        self.budget -= 1;
        let leaf = depth == 0;
        let k = self.pick(if leaf { 20 } else { 34 });
        match k {
            0 => {
                let v = self.int_var();
                let (e, _) = self.int_expr(2);
                self.line(&format!("{v} = {e}"));
            }
            1 => {
                let v = self.fresh("v");
                let (e, _) = self.int_expr(2);
                self.line(&format!("{v} := {e}"));
                self.declare(&v, Ty::Int);
            }
            2 => {
                let args: Vec<String> = (0..1 + self.pick(3)).map(|_| self.print_arg()).collect();
                if self.chance(3) {
                    // Odd formats: wrong verbs, widths, argument indexes, missing args.
                    let f = EDGE_STRINGS[self.pick(EDGE_STRINGS.len() as u32) as usize];
                    self.line(&format!("fmt.Printf({f}, {})", args.join(", ")));
                } else {
                    self.line(&format!("fmt.Println({})", args.join(", ")));
                }
            }
            3 => {
                let v = self.int_var();
                const OPS: &[&str] = &["+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "^=", "|="];
                let op = OPS[self.pick(OPS.len() as u32) as usize];
                let (e, c) = self.int_expr(1);
                let e = if c && matches!(op, "/=" | "%=") {
                    self.int_var()
                } else if c && matches!(op, "<<=" | ">>=") {
                    "3".into()
                } else {
                    e
                };
                self.line(&format!("{v} {op} {e}"));
            }
            4 => match self.var(Ty::Slice) {
                Some(s) => {
                    let (e, _) = self.int_expr(1);
                    self.line(&format!("{s} = append({s}, {e})"));
                }
                None => {
                    let s = self.fresh("s");
                    let (e, _) = self.int_expr(1);
                    if self.pick(2) == 0 {
                        self.line(&format!("{s} := []int{{{e}, 2, 3}}"));
                    } else {
                        let n = self.int_var();
                        let mask = if self.chance(3) { "" } else { " & 15" };
                        self.line(&format!("{s} := make([]int, {n}{mask})"));
                    }
                    self.declare(&s, Ty::Slice);
                }
            },
            5 => match self.var(Ty::Slice) {
                Some(s) => {
                    let i = self.index_expr(1);
                    let (e, _) = self.int_expr(1);
                    match self.pick(3) {
                        0 => self.line(&format!("{s}[{i}] = {e}")),
                        1 => self.line(&format!("{s} = {s}[{i}:]")),
                        _ => self.line(&format!("copy({s}, {s}[{i}:])")),
                    }
                }
                None => self.stmt(depth),
            },
            6 => match self.var(Ty::Map) {
                Some(m) => {
                    let (k, _) = self.int_expr(1);
                    let (e, _) = self.int_expr(1);
                    match self.pick(3) {
                        0 => self.line(&format!("{m}[{k}] = {e}")),
                        1 => self.line(&format!("delete({m}, {k})")),
                        _ => {
                            let (v, ok) = (self.fresh("v"), self.fresh("ok"));
                            self.line(&format!("{v}, {ok} := {m}[{k}]"));
                            self.declare(&v, Ty::Int);
                            self.declare(&ok, Ty::Bool);
                        }
                    }
                }
                None => {
                    let m = self.fresh("m");
                    if self.chance(5) {
                        self.line(&format!("var {m} map[int]int"));
                    } else {
                        self.line(&format!("{m} := map[int]int{{1: 2}}"));
                    }
                    self.declare(&m, Ty::Map);
                }
            },
            7 => match self.var(Ty::Chan) {
                Some(c) => match self.pick(5) {
                    0 | 1 => {
                        let (e, _) = self.int_expr(1);
                        self.line(&format!("{c} <- {e}"));
                    }
                    2 => {
                        let v = self.int_var();
                        self.line(&format!("{v} = <-{c}"));
                    }
                    3 => {
                        let (v, ok) = (self.fresh("v"), self.fresh("ok"));
                        self.line(&format!("{v}, {ok} := <-{c}"));
                        self.declare(&v, Ty::Int);
                        self.declare(&ok, Ty::Bool);
                    }
                    _ if self.chance(3) => self.line(&format!("close({c})")),
                    _ => {
                        // A receive that cannot block.
                        let v = self.int_var();
                        self.line(&format!("select {{\ncase {v} = <-{c}:\ndefault:\n}}"));
                    }
                },
                None => {
                    let c = self.fresh("c");
                    match self.pick(8) {
                        0 | 1 => self.line(&format!("{c} := make(chan int)")),
                        2 => self.line(&format!("var {c} chan int")),
                        _ => {
                            let n = 1 + self.pick(4);
                            self.line(&format!("{c} := make(chan int, {n})"))
                        }
                    }
                    self.declare(&c, Ty::Chan);
                }
            },
            8 => {
                let s = self.fresh("t");
                let e = self.str_expr(1);
                self.line(&format!("{s} := {e}"));
                self.declare(&s, Ty::Str);
            }
            9 => {
                let p = self.fresh("p");
                if self.chance(4) {
                    self.line(&format!("var {p} *pt"));
                } else {
                    let (e, _) = self.int_expr(1);
                    self.line(&format!("{p} := &pt{{x: {e}}}"));
                }
                self.declare(&p, Ty::Ptr);
            }
            10 => match self.var(Ty::Ptr) {
                Some(p) => {
                    let (e, _) = self.int_expr(1);
                    match self.pick(3) {
                        0 => self.line(&format!("{p}.y = {e}")),
                        1 => self.line(&format!("*{p} = pt{{{e}, {e}}}")),
                        _ => self.line(&format!("{p} = nil")),
                    }
                }
                None => self.stmt(depth),
            },
            11 => {
                let a = self.fresh("a");
                let e = if self.pick(2) == 0 {
                    self.int_expr(1).0
                } else {
                    self.str_expr(0)
                };
                self.line(&format!("var {a} any = {e}"));
                self.declare(&a, Ty::Any);
            }
            12 => self.line("runtime.Gosched()"),
            13 => {
                let (e, _) = self.int_expr(1);
                self.line(&format!(
                    "time.Sleep(time.Duration({e} & 7) * time.Millisecond)"
                ));
            }
            14 => {
                if self.loops > 0 {
                    let w = ["break", "continue"][self.pick(2) as usize];
                    let c = self.bool_expr(1);
                    self.line(&format!("if {c} {{"));
                    self.line(&format!("\t{w}"));
                    self.line("}");
                } else {
                    self.line("g1++");
                }
            }
            15 => self.line("mu.Lock(); g1++; mu.Unlock()"),
            16 => {
                let f = self.fresh("fn");
                self.func_body(
                    &format!("{f} := func(a int) int"),
                    None,
                    0,
                    true,
                    &[("a", Ty::Int)],
                );
                self.line("}");
                self.declare(&f, Ty::Func);
            }
            17 => {
                let a = self.var(Ty::Any).unwrap_or_else(|| "any(g0)".into());
                let v = self.fresh("x");
                self.line(&format!("switch {v} := {a}.(type) {{"));
                self.line("case int:");
                self.line(&format!("\t_ = {v} + 1"));
                self.line("case string:");
                self.line(&format!("\t_ = len({v})"));
                self.line("default:");
                self.line(&format!("\t_ = {v}"));
                self.line("}");
            }
            18 if self.chance(3) => {
                let (e, _) = self.int_expr(1);
                if self.pick(2) == 0 {
                    self.line(&format!("panic({e})"));
                } else {
                    self.line(&format!("panic(fmt.Sprint(\"boom \", {e}))"));
                }
            }
            19 => {
                let (e, _) = self.int_expr(1);
                self.line(&format!("defer fmt.Println(\"deferred\", {e})"));
            }
            // Compound statements from here on.
            20 => {
                let c = self.bool_expr(2);
                self.line(&format!("if {c} {{"));
                self.body(depth - 1, false);
                if self.pick(2) == 0 {
                    self.line("} else {");
                    self.body(depth - 1, false);
                }
                self.line("}");
            }
            21 => {
                let i = self.fresh("i");
                let n = 1 + self.pick(5);
                self.line(&format!("for {i} := 0; {i} < {n}; {i}++ {{"));
                self.scopes.push(vec![(i.clone(), Ty::Int)]);
                self.line(&format!("\t_ = {i}"));
                self.body(depth - 1, true);
                self.scopes.pop();
                self.line("}");
            }
            22 => match (self.var(Ty::Slice), self.var(Ty::Map)) {
                (Some(s), _) if self.pick(2) == 0 => {
                    let (i, v) = (self.fresh("i"), self.fresh("v"));
                    self.line(&format!("for {i}, {v} := range {s} {{"));
                    self.scopes
                        .push(vec![(i.clone(), Ty::Int), (v.clone(), Ty::Int)]);
                    self.line(&format!("\t_, _ = {i}, {v}"));
                    self.body(depth - 1, true);
                    self.scopes.pop();
                    self.line("}");
                }
                (_, Some(m)) => {
                    let (k, v) = (self.fresh("k"), self.fresh("v"));
                    self.line(&format!("for {k}, {v} := range {m} {{"));
                    self.scopes
                        .push(vec![(k.clone(), Ty::Int), (v.clone(), Ty::Int)]);
                    self.line(&format!("\t_, _ = {k}, {v}"));
                    self.body(depth - 1, true);
                    self.scopes.pop();
                    self.line("}");
                }
                _ => {
                    let i = self.fresh("i");
                    self.line(&format!("for {i} := range 3 {{"));
                    self.scopes.push(vec![(i.clone(), Ty::Int)]);
                    self.line(&format!("\t_ = {i}"));
                    self.body(depth - 1, true);
                    self.scopes.pop();
                    self.line("}");
                }
            },
            23 | 24 => {
                // A goroutine, often tracked by the WaitGroup.
                let tracked = self.pick(2) == 0;
                if tracked {
                    self.line("wg.Add(1)");
                }
                let first = tracked.then_some("defer wg.Done()");
                self.func_body("go func()", first, depth - 1, false, &[]);
                self.line("}()");
            }
            25 => {
                if self.funcs > 0 {
                    let f = self.pick(self.funcs);
                    let (a, _) = self.int_expr(1);
                    self.line(&format!("go f{f}({a}, 1)"));
                } else {
                    self.line("go rec(3)");
                }
            }
            26 => self.line("wg.Wait()"),
            27 | 28 => {
                self.line("select {");
                let n = 1 + self.pick(3);
                for _ in 0..n {
                    let c = self.var(Ty::Chan).unwrap_or_else(|| "cnil".into());
                    match self.pick(4) {
                        0 => {
                            let v = self.fresh("v");
                            self.line(&format!("case {v} := <-{c}:"));
                            self.scopes.push(vec![]);
                            self.indent += 1;
                            self.declare(&v, Ty::Int);
                            self.indent -= 1;
                            self.body(depth - 1, false);
                            self.scopes.pop();
                        }
                        1 => {
                            let (e, _) = self.int_expr(1);
                            self.line(&format!("case {c} <- {e}:"));
                            self.body(depth - 1, false);
                        }
                        2 => {
                            let (e, _) = self.int_expr(1);
                            self.line(&format!(
                                "case <-time.After(time.Duration({e} & 3) * time.Millisecond):"
                            ));
                            self.body(depth - 1, false);
                        }
                        _ => {
                            self.line(&format!("case <-{c}:"));
                            self.body(depth - 1, false);
                        }
                    }
                }
                if self.pick(3) == 0 {
                    self.line("default:");
                    self.body(depth - 1, false);
                }
                self.line("}");
            }
            29 => {
                let first = "defer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(\"recovered:\", r)\n\t\t}\n\t}()";
                self.func_body("func()", Some(first), depth - 1, false, &[]);
                self.line("}()");
            }
            30 => {
                self.line("mu.Lock()");
                self.body(depth - 1, false);
                self.line("mu.Unlock()");
            }
            31 => match self.var(Ty::Chan) {
                Some(c) => {
                    let v = self.fresh("v");
                    self.line(&format!("for {v} := range {c} {{"));
                    self.scopes.push(vec![(v.clone(), Ty::Int)]);
                    self.line(&format!("\t_ = {v}"));
                    self.body(depth - 1, true);
                    self.scopes.pop();
                    self.line("}");
                }
                None => self.stmt(depth),
            },
            32 => {
                let v = self.int_var();
                self.line(&format!("switch {v} % 3 {{"));
                self.line("case 0:");
                self.body(depth - 1, false);
                self.line("case 1, -1:");
                self.body(depth - 1, false);
                self.line("default:");
                self.body(depth - 1, false);
                self.line("}");
            }
            _ => {
                let (e, _) = self.int_expr(1);
                let f = self.fresh("fn");
                self.line(&format!("{f} := func(a int) int {{"));
                self.indent += 1;
                self.line("_ = a");
                self.line(&format!("return a * {e}"));
                self.indent -= 1;
                self.line("}");
                self.declare(&f, Ty::Func);
            }
        }
    }
}

/// A complete, well-typed program from the choices.
fn generate(choices: &[u32]) -> String {
    let mut g = Gen {
        choices,
        pos: 0,
        out: String::new(),
        indent: 0,
        scopes: vec![vec![("g0".into(), Ty::Int), ("g1".into(), Ty::Int)]],
        next_id: 0,
        loops: 0,
        budget: 40,
        funcs: 0,
    };
    g.out.push_str(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n\t\"sync\"\n\t\"time\"\n)\n\n\
         type pt struct{ x, y int }\n\n\
         var (\n\tg0   = 1\n\tg1   int\n\tcnil chan int\n\tmu   sync.Mutex\n\twg   sync.WaitGroup\n)\n\n\
         func rec(n int) int {\n\tif n <= 0 {\n\t\treturn 0\n\t}\n\treturn rec(n-1) + 1\n}\n\n",
    );
    // Top-level functions see only the globals and their parameters.
    let nfuncs = g.pick(3);
    for i in 0..nfuncs {
        let globals = g.scopes[0].clone();
        let saved = std::mem::replace(&mut g.scopes, vec![globals]);
        g.budget = g.budget.saturating_sub(2);
        g.func_body(
            &format!("func f{i}(a, b int) int"),
            None,
            1,
            true,
            &[("a", Ty::Int), ("b", Ty::Int)],
        );
        g.line("}");
        g.out.push('\n');
        g.scopes = saved;
        g.funcs += 1;
    }
    g.line("func main() {");
    g.indent = 1;
    g.scopes.push(vec![]);
    g.line("x0 := 1");
    g.declare("x0", Ty::Int);
    g.line("_ = time.Millisecond");
    while g.budget > 0 && g.pos < g.choices.len() {
        g.stmt(3);
    }
    g.line("fmt.Println(\"end\", g0, g1, x0, runtime.NumGoroutine())");
    g.indent = 0;
    g.line("}");
    g.out
}

#[test]
fn generated_programs() {
    let stats = Stats::default();
    let mut runner = TestRunner::new(Config {
        cases: case_count(160),
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (prop::collection::vec(any::<u32>(), 0..300), any::<u64>());
    let result = runner.run(&strategy, |(choices, seed)| {
        let src = generate(&choices);
        let compiled = check_program(&src, seed, &stats)?;
        prop_assert!(
            compiled,
            "a generated program does not compile: {}\n--- program ---\n{src}",
            gosim::compile(&src)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        );
        Ok(())
    });
    stats.report("generated_programs");
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Writes generated programs to `$GOSIM_FUZZ_DUMP` (a directory) to check them with the
/// real Go toolchain; does nothing otherwise.
#[test]
fn dump_generated_programs() {
    let Ok(dir) = std::env::var("GOSIM_FUZZ_DUMP") else {
        return;
    };
    let mut runner = TestRunner::deterministic();
    let strategy = prop::collection::vec(any::<u32>(), 0..300);
    for i in 0..200 {
        let choices = strategy.new_tree(&mut runner).expect("a value").current();
        let d = Path::new(&dir).join(format!("p{i:03}"));
        std::fs::create_dir_all(&d).expect("dump directory");
        std::fs::write(d.join("main.go"), generate(&choices)).expect("dump file");
    }
}

/// Replays the saved inputs. Each must go through every check without a panic; files
/// named `valid_*` must also compile.
#[test]
fn regression_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz-corpus/vm");
    let stats = Stats::default();
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("corpus directory") {
        let path = entry.expect("corpus entry").path();
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !name.ends_with(".go") {
            continue;
        }
        for seed in [0, 1, 7] {
            let compiled =
                check_program(&src, seed, &stats).unwrap_or_else(|e| panic!("{name}: {e}"));
            if name.starts_with("valid_") {
                assert!(
                    compiled,
                    "{name} does not compile: {:?}",
                    gosim::compile(&src).err()
                );
            }
        }
        seen += 1;
    }
    assert!(seen > 0, "no corpus files in {}", dir.display());
    stats.report("regression_corpus");
}
