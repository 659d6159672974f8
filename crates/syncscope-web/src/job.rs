//! "Find it for me" and "List outcomes" as searches run a slice at a time (issue 16): a
//! [`Job`] wraps the explorer's resumable [`Prover`] for one block's goal (or for every
//! outcome of its program), and each [`Job::slice`] runs a few hundred runs of it and says
//! where it is, as one line of text ([`Report`]).
//!
//! The job runs only in the search module (`generated/syncscope_search.js`, this crate
//! built with its `search` feature), never in the widget module, which carries the report
//! lines' reader alone. In a Web Worker (`theme/gosim-worker.js`, which loads the search
//! module and calls [`search_slices`]), the slices run back to back and each line is
//! posted to the page, which draws the progress bar and can end the search at any moment by
//! terminating the worker. Where no worker can start, the widget loads the search module in
//! the page and calls the same function, which then waits for the page's next task between
//! slices, so the page repaints and its buttons answer, and stops when the widget's callback
//! answers `false` (Cancel).
//!
//! The lines are plain text (`p sync 12 340 3`, `proven 412 97`, ...) rather than JavaScript
//! objects: one small encoder and parser in Rust, no per-field glue in the wasm module. The
//! outcome list's line carries its outcomes as JSON (through syncscope-wire's writer and
//! reader, which the module has anyway): `outcomes 57 1 [["a\n","",0,"g2.g1"],...]`.

use std::rc::Rc;

use gosim::explore::{Budget, Outcome, Phase, Progress, Property, Prover};
use gosim::session::{breaks, goal_holds, property_of, Goal};
use gosim::Machine;
use syncscope_wire::json;
#[cfg(feature = "search")]
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsValue;

/// Steps of one explored run (as `Session::find`'s).
pub const JOB_STEPS: u64 = 10_000;

/// Runs a search in a worker may take: large enough for the book's exercises to complete,
/// small enough that a search the reader forgets ends by itself.
pub const WORKER_RUNS: u64 = 200_000;

/// Runs an in-page search may take (no worker: the page's own thread pays for them).
pub const PAGE_RUNS: u64 = 20_000;

/// Runs per slice in a worker (one progress message each).
pub const WORKER_SLICE: u64 = 200;

/// Runs per slice in the page (one timer tick each: short, so the page stays responsive).
pub const PAGE_SLICE: u64 = 20;

/// What a slice says: where the search is, or its answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Report {
    /// Still searching: the phase (`hunt`, `sync`, `memory`, `again`), distinct states,
    /// schedules (runs and paths) and distinct outcomes so far.
    Progress {
        phase: String,
        states: u64,
        schedules: u64,
        outcomes: u64,
    },
    /// A schedule that reaches the goal, or breaks the goal's property, found after `runs`.
    Found { runs: u64, schedule: String },
    /// A property holds in every schedule: every one of `runs` distinct interleavings checked.
    Proven { runs: u64, states: u64 },
    /// A goal to reach that no schedule reaches (the search was complete).
    Unreachable { runs: u64 },
    /// Nothing found in `runs`, and the search was not complete.
    NotComplete { runs: u64 },
    /// Every distinct outcome the listing met, each with the first schedule that gave it,
    /// after `runs`; `complete` when the search covered every behaviour of the program.
    Outcomes {
        runs: u64,
        complete: bool,
        outcomes: Vec<(Outcome, String)>,
    },
    /// The search could not start (the code does not compile, the goal is missing).
    Failed(String),
}

impl Report {
    /// Whether this is the search's last report.
    pub fn is_final(&self) -> bool {
        !matches!(self, Report::Progress { .. })
    }

    /// The report as one line (see the module doc).
    pub fn encode(&self) -> String {
        match self {
            Report::Progress {
                phase,
                states,
                schedules,
                outcomes,
            } => format!("p {phase} {states} {schedules} {outcomes}"),
            Report::Found { runs, schedule } => format!("found {runs} {schedule}"),
            Report::Proven { runs, states } => format!("proven {runs} {states}"),
            Report::Unreachable { runs } => format!("unreachable {runs}"),
            Report::NotComplete { runs } => format!("incomplete {runs}"),
            Report::Outcomes {
                runs,
                complete,
                outcomes,
            } => {
                let mut line = format!("outcomes {runs} {} [", u8::from(*complete));
                for (i, (o, schedule)) in outcomes.iter().enumerate() {
                    if i > 0 {
                        line.push(',');
                    }
                    line.push('[');
                    json::write_str(&mut line, &String::from_utf8_lossy(&o.stdout));
                    line.push(',');
                    json::write_str(&mut line, &o.stderr);
                    match o.exit_code {
                        Some(code) => line.push_str(&format!(",{code},")),
                        None => line.push_str(",null,"),
                    }
                    json::write_str(&mut line, schedule);
                    line.push(']');
                }
                line.push(']');
                line
            }
            Report::Failed(why) => format!("failed {why}"),
        }
    }

    /// The outcome list's line after `outcomes `: runs, 0 or 1, the JSON list.
    fn decode_outcomes(rest: &str) -> Option<Report> {
        let (runs, rest) = rest.split_once(' ')?;
        let (complete, list) = rest.split_once(' ')?;
        let value = json::parse(list).ok()?;
        let mut outcomes = vec![];
        for item in value.as_array()? {
            let [stdout, stderr, exit, schedule] = item.as_array()? else {
                return None;
            };
            let exit_code = match exit {
                json::Value::Null => None,
                code => Some(i32::try_from(code.as_i64()?).ok()?),
            };
            let outcome = Outcome {
                stdout: stdout.as_str()?.as_bytes().to_vec(),
                stderr: stderr.as_str()?.to_owned(),
                exit_code,
            };
            outcomes.push((outcome, schedule.as_str()?.to_owned()));
        }
        Some(Report::Outcomes {
            runs: runs.parse().ok()?,
            complete: complete == "1",
            outcomes,
        })
    }

    /// Reads a line [`Report::encode`] wrote; anything else is a failure.
    pub fn decode(line: &str) -> Report {
        let (head, rest) = line.split_once(' ').unwrap_or((line, ""));
        let mut words = rest.split(' ');
        let mut num = || words.next().and_then(|w| w.parse::<u64>().ok());
        let report = match head {
            "p" => {
                let phase = rest.split(' ').next().unwrap_or("").to_owned();
                let mut nums = rest.split(' ').skip(1).map(|w| w.parse::<u64>().ok());
                match (nums.next(), nums.next(), nums.next()) {
                    (Some(Some(states)), Some(Some(schedules)), Some(Some(outcomes))) => {
                        Some(Report::Progress {
                            phase,
                            states,
                            schedules,
                            outcomes,
                        })
                    }
                    _ => None,
                }
            }
            "found" => num().map(|runs| Report::Found {
                runs,
                schedule: rest.split_once(' ').map_or("", |(_, s)| s).to_owned(),
            }),
            "proven" => match (num(), num()) {
                (Some(runs), Some(states)) => Some(Report::Proven { runs, states }),
                _ => None,
            },
            "unreachable" => num().map(|runs| Report::Unreachable { runs }),
            "incomplete" => num().map(|runs| Report::NotComplete { runs }),
            "outcomes" => Report::decode_outcomes(rest),
            "failed" => Some(Report::Failed(rest.to_owned())),
            _ => None,
        };
        report.unwrap_or_else(|| Report::Failed(format!("the search sent {line:?}")))
    }
}

fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Hunt => "hunt",
        Phase::Sync => "sync",
        Phase::Memory => "memory",
        Phase::Done => "done",
    }
}

enum Stage {
    /// The search for the goal (a state to reach, or a property's counterexample).
    Search(Prover<'static>),
    /// A property's counterexample was found with steps at synchronisations only: the
    /// same kind of run is found again with a session's steps, so the widget can replay
    /// it. `runs_before` counts the first search's runs.
    Again {
        prover: Prover<'static>,
        runs_before: u64,
    },
    /// "List outcomes": every distinct way the program can end.
    Outcomes(Prover<'static>),
    Done,
}

/// One block's "find it for me", a slice at a time.
pub struct Job {
    prog: Rc<gosim::code::Program>,
    property: Option<Property>,
    budget: Budget,
    stage: Stage,
}

/// The report of a search that is not done yet.
fn progress(p: &Progress) -> Report {
    Report::Progress {
        phase: phase_name(p.phase).into(),
        states: p.states,
        schedules: p.schedules,
        outcomes: p.outcomes as u64,
    }
}

impl Job {
    /// A search for `goal` in `code`, of at most `max_runs` runs.
    pub fn new(code: &str, goal: &Goal, max_runs: u64) -> Result<Job, String> {
        let prog = gosim::compile(code).map_err(|e| e.to_string())?;
        let budget = Budget::new(JOB_STEPS, max_runs);
        let property = property_of(goal);
        let prover = match &property {
            Some(p) => Prover::new(prog.clone(), p.clone(), budget),
            None => {
                let goal = goal.clone();
                let target = move |m: &Machine| goal_holds(m, &goal);
                Prover::reach(prog.clone(), budget, true, Box::new(target))
            }
        };
        Ok(Job {
            prog,
            property,
            budget,
            stage: Stage::Search(prover),
        })
    }

    /// A listing of every outcome of `code`, of at most `max_runs` runs.
    pub fn outcomes(code: &str, max_runs: u64) -> Result<Job, String> {
        let prog = gosim::compile(code).map_err(|e| e.to_string())?;
        let budget = Budget::new(JOB_STEPS, max_runs);
        Ok(Job {
            prog: prog.clone(),
            property: None,
            budget,
            stage: Stage::Outcomes(Prover::outcomes(prog, budget)),
        })
    }

    /// Runs up to `runs` more runs and reports.
    pub fn slice(&mut self, runs: u64) -> Report {
        match &mut self.stage {
            Stage::Outcomes(prover) => {
                let p = prover.advance(runs);
                if !p.done {
                    return progress(&p);
                }
                let e = prover.exploration();
                self.stage = Stage::Done;
                Report::Outcomes {
                    runs: e.runs,
                    complete: e.complete,
                    outcomes: e
                        .outcomes
                        .into_iter()
                        .map(|(o, s)| (o, s.to_string()))
                        .collect(),
                }
            }
            Stage::Search(prover) => {
                let p = prover.advance(runs);
                if !p.done {
                    return progress(&p);
                }
                let report = match &self.property {
                    None => {
                        let s = prover.search();
                        match s.found {
                            Some(schedule) => Report::Found {
                                runs: s.runs,
                                schedule: schedule.to_string(),
                            },
                            None if s.complete => Report::Unreachable { runs: s.runs },
                            None => Report::NotComplete { runs: s.runs },
                        }
                    }
                    Some(property) => {
                        let proof = prover.proof();
                        match proof.counterexample {
                            // The distinct interleavings: the complete phases' paths,
                            // not the hunt's runs.
                            None if proof.proven => Report::Proven {
                                runs: proof.paths,
                                states: proof.states,
                            },
                            None => Report::NotComplete { runs: proof.runs },
                            Some(schedule) if proof.memory_steps => Report::Found {
                                runs: proof.runs,
                                schedule: schedule.to_string(),
                            },
                            Some(_) => {
                                let property = property.clone();
                                let target = move |m: &Machine| breaks(m, &property);
                                self.stage = Stage::Again {
                                    prover: Prover::reach(
                                        self.prog.clone(),
                                        self.budget,
                                        true,
                                        Box::new(target),
                                    ),
                                    runs_before: proof.runs,
                                };
                                return Report::Progress {
                                    phase: "again".into(),
                                    states: proof.states,
                                    schedules: proof.runs,
                                    outcomes: p.outcomes as u64,
                                };
                            }
                        }
                    }
                };
                self.stage = Stage::Done;
                report
            }
            Stage::Again {
                prover,
                runs_before,
            } => {
                let p = prover.advance(runs);
                let runs_before = *runs_before;
                if !p.done {
                    return Report::Progress {
                        phase: "again".into(),
                        states: p.states,
                        schedules: runs_before + p.schedules,
                        outcomes: p.outcomes as u64,
                    };
                }
                let s = prover.search();
                self.stage = Stage::Done;
                match s.found {
                    Some(schedule) => Report::Found {
                        runs: runs_before + s.runs,
                        schedule: schedule.to_string(),
                    },
                    None => Report::NotComplete {
                        runs: runs_before + s.runs,
                    },
                }
            }
            Stage::Done => Report::Failed("the search has ended".into()),
        }
    }
}

/// What a search is asked to do: the one JavaScript object the widget hands
/// [`search_slices`] (posted to the worker as it is), its property names written once, here.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchArgs {
    /// The program.
    pub code: String,
    /// The block's `data-options` JSON (its goal).
    pub options: String,
    /// At most this many runs, in slices of `slice`.
    pub max_runs: u64,
    pub slice: u64,
    /// Where the lazily loaded library packages are (`library::base`).
    pub lib_base: Option<String>,
    /// List every outcome instead of searching for the goal.
    pub outcomes: bool,
    /// In the page's own thread (no worker): pause between slices, stop when told.
    pub in_page: bool,
}

impl SearchArgs {
    const NAMES: [&'static str; 7] = [
        "code", "options", "maxRuns", "slice", "libBase", "outcomes", "inPage",
    ];

    /// The object the widget sends (`search_slices`' first argument).
    pub fn to_js(&self) -> JsValue {
        let object = js_sys::Object::new();
        let values = [
            JsValue::from_str(&self.code),
            JsValue::from_str(&self.options),
            JsValue::from_f64(self.max_runs as f64),
            JsValue::from_f64(self.slice as f64),
            self.lib_base
                .as_deref()
                .map_or(JsValue::NULL, JsValue::from_str),
            JsValue::from_bool(self.outcomes),
            JsValue::from_bool(self.in_page),
        ];
        for (name, value) in Self::NAMES.iter().zip(values) {
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), &value);
        }
        object.into()
    }

    /// The object read back; what is missing or of another type reads as empty.
    pub fn from_js(object: &JsValue) -> SearchArgs {
        let [code, options, max_runs, slice, lib_base, outcomes, in_page] = Self::NAMES
            .map(|name| js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap_or_default());
        SearchArgs {
            code: code.as_string().unwrap_or_default(),
            options: options.as_string().unwrap_or_default(),
            max_runs: max_runs.as_f64().unwrap_or(0.0) as u64,
            slice: slice.as_f64().unwrap_or(0.0) as u64,
            lib_base: lib_base.as_string(),
            outcomes: outcomes.as_bool() == Some(true),
            in_page: in_page.as_bool() == Some(true),
        }
    }
}

/// The search module's entry point: searches `args.code` for the goal in `args.options`
/// (a block's `data-options` JSON), or with `args.outcomes` lists every outcome, at most
/// `args.max_runs` runs in slices of `args.slice`, calling `post` with each slice's report
/// line (see [`Report`]) until the last. With `args.in_page` (no worker: the page's own
/// thread) it waits for the page's next task between slices and ends early when `post`
/// returns `false`. `args` is a [`SearchArgs`] object.
// Only the search module exports it: an export keeps the explorer in whatever module has
// it, and neither the widget module nor the chat module carries the explorer (lib.rs).
#[cfg(feature = "search")]
#[wasm_bindgen]
pub async fn search_slices(args: JsValue, post: js_sys::Function) {
    let SearchArgs {
        code,
        options,
        max_runs,
        slice,
        lib_base,
        outcomes,
        in_page,
    } = SearchArgs::from_js(&args);
    // Whether the receiver wants more: only the page's callback ever says no.
    let say = |report: &Report| {
        post.call1(&JsValue::NULL, &JsValue::from_str(&report.encode()))
            .map_or(true, |answer| answer.as_bool() != Some(false))
    };
    // The worker's engine is an instance of its own: the library packages the module
    // leaves out are fetched here too (from the same files, so the browser's cache
    // usually answers) before the program compiles.
    crate::library::set_base(lib_base);
    if let Err(e) = crate::library::load(crate::library::missing(&code)).await {
        say(&Report::Failed(format!(
            "could not load a library package: {e}"
        )));
        return;
    }
    let (code, options) = (code.as_str(), options.as_str());
    let job = if outcomes {
        Job::outcomes(code, max_runs)
    } else {
        goal_job(code, options, max_runs)
    };
    let mut job = match job {
        Ok(job) => job,
        Err(e) => {
            say(&Report::Failed(e));
            return;
        }
    };
    loop {
        let report = job.slice(slice.max(1));
        if !say(&report) || report.is_final() {
            return;
        }
        if in_page {
            // A timer of 0 ms: the page paints and handles input before the next slice.
            gloo_timers::future::TimeoutFuture::new(0).await;
        }
    }
}

/// The search for the goal a block's `data-options` names.
#[cfg(feature = "search")]
fn goal_job(code: &str, options: &str, max_runs: u64) -> Result<Job, String> {
    let goal = match crate::options::parse(Some(options)) {
        Ok(o) => o.goal,
        Err(e) => return Err(e),
    };
    let goal = goal.ok_or("the block has no goal")?;
    Job::new(code, &goal, max_runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(job: &mut Job, slice: u64) -> (Report, Vec<u64>) {
        let mut seen = vec![];
        loop {
            let r = job.slice(slice);
            match r {
                Report::Progress { schedules, .. } => seen.push(schedules),
                r => return (r, seen),
            }
        }
    }

    const PHILOSOPHERS: &str = r#"package main

import "sync"

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		b.Lock()
		b.Unlock()
		a.Unlock()
	}()
	go func() {
		defer wg.Done()
		FIRST.Lock()
		SECOND.Lock()
		SECOND.Unlock()
		FIRST.Unlock()
	}()
	wg.Wait()
}
"#;

    #[test]
    fn a_lock_order_deadlock_is_found_and_loads() {
        let code = PHILOSOPHERS.replace("FIRST", "b").replace("SECOND", "a");
        let mut job = Job::new(&code, &Goal::NeverDeadlock, 20_000).unwrap();
        let (report, _) = run(&mut job, 5);
        let Report::Found { schedule, .. } = report else {
            panic!("{report:?}")
        };
        // The schedule replays in a session and ends in Go's deadlock.
        let mut session = gosim::session::Session::new(&code, 1).unwrap();
        session.replay(&schedule).unwrap();
        while session.finished().is_none() && session.step().is_some() {}
        assert!(session.goal_reached(&Goal::Deadlock), "{schedule}");
    }

    #[test]
    fn the_fixed_order_is_proven_in_slices_with_rising_counts() {
        let code = PHILOSOPHERS.replace("FIRST", "a").replace("SECOND", "b");
        let mut job = Job::new(&code, &Goal::NeverDeadlock, 20_000).unwrap();
        let (report, seen) = run(&mut job, 3);
        let Report::Proven { runs, .. } = report else {
            panic!("{report:?}")
        };
        assert!(runs > 3, "{runs}");
        assert!(seen.len() > 1, "{seen:?}");
        assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    }

    #[test]
    fn a_cut_search_is_not_a_proof() {
        let code = PHILOSOPHERS.replace("FIRST", "a").replace("SECOND", "b");
        let mut job = Job::new(&code, &Goal::NeverDeadlock, 4).unwrap();
        let (report, _) = run(&mut job, 1);
        assert_eq!(report, Report::NotComplete { runs: 4 });
    }

    #[test]
    fn outcomes_are_listed_in_slices_and_completely() {
        // Two goroutines print in either order: two outcomes, and the search is complete.
        let code = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdone := make(chan bool)\n\tgo func() { fmt.Println(\"a\"); done <- true }()\n\tfmt.Println(\"b\")\n\t<-done\n}\n";
        let mut job = Job::outcomes(code, 20_000).unwrap();
        let (report, _) = run(&mut job, 1);
        let Report::Outcomes {
            complete, outcomes, ..
        } = report
        else {
            panic!("{report:?}")
        };
        assert!(complete);
        let printed: Vec<&[u8]> = outcomes.iter().map(|(o, _)| o.stdout.as_slice()).collect();
        assert_eq!(printed, [&b"a\nb\n"[..], &b"b\na\n"[..]]);
        // Each schedule replays to its outcome.
        for (o, schedule) in &outcomes {
            let mut s = gosim::session::Session::new(code, 1).unwrap();
            s.replay(schedule).unwrap();
            while s.finished().is_none() && s.step().is_some() {}
            assert_eq!(s.stdout().as_bytes(), o.stdout.as_slice(), "{schedule}");
        }
    }

    #[test]
    fn reports_survive_their_lines() {
        for r in [
            Report::Progress {
                phase: "sync".into(),
                states: 12,
                schedules: 340,
                outcomes: 3,
            },
            Report::Found {
                runs: 7,
                schedule: "g2.g1.c1".into(),
            },
            Report::Found {
                runs: 1,
                schedule: String::new(),
            },
            Report::Proven {
                runs: 412,
                states: 97,
            },
            Report::Unreachable { runs: 5 },
            Report::NotComplete { runs: 9 },
            Report::Failed("3:1: syntax error".into()),
            Report::Outcomes {
                runs: 57,
                complete: true,
                outcomes: vec![
                    (
                        Outcome {
                            stdout: b"a \"b\"\n\tc\n".to_vec(),
                            stderr: String::new(),
                            exit_code: Some(0),
                        },
                        "g2.g1".into(),
                    ),
                    (
                        Outcome {
                            stdout: vec![],
                            stderr: "fatal error: all goroutines are asleep - deadlock!".into(),
                            exit_code: None,
                        },
                        String::new(),
                    ),
                ],
            },
            Report::Outcomes {
                runs: 3,
                complete: false,
                outcomes: vec![],
            },
        ] {
            assert_eq!(Report::decode(&r.encode()), r);
        }
        assert!(matches!(Report::decode("p sync x"), Report::Failed(_)));
    }
}
