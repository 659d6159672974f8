//! "Find it for me" (the explorer's search for the block's goal), the list of outcomes, and
//! following a schedule (found, listed, or the block's own) as steps Forward and Run walk.
//! Both searches are [`crate::job::Job`]s, run by the search module's `search_slices`
//! (`generated/syncscope_search.js`, built from this crate's `search` feature): in a Web
//! Worker when one starts, else in the page, where the same function yields to the page
//! between slices. Either way this module only reads the report lines, so the explorer's
//! code is not in the widget module (see lib.rs: it saves about 12 KiB gzipped on every
//! chapter's first download).

use std::cell::Cell;
use std::rc::Rc;

use gosim::explore::Outcome;
use gosim::session::{Goal, Session};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Context;

use super::{races, Msg, Widget};
use crate::job::{Report, SearchArgs, PAGE_RUNS, PAGE_SLICE, WORKER_RUNS, WORKER_SLICE};
use crate::options::{check_schedule, Options};

/// Steps a loaded schedule is followed past its last decision (to its end or its goal).
pub(super) const FOLLOW_LIMIT: usize = 10_000;

/// The explorer's search for the goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindState {
    Idle,
    Searching,
    Done(String),
}

/// Where a running search is (its last progress report), for the progress bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindProgress {
    pub phase: String,
    pub states: u64,
    pub schedules: u64,
    pub outcomes: u64,
}

impl FindProgress {
    /// The progress bar's words: what the counts mean and which phase the search is in.
    pub fn text(&self) -> String {
        let phase = match self.phase.as_str() {
            "hunt" => "looking for a quick bug",
            "sync" => "checking every order of the synchronisations",
            "memory" => "checking every order of the memory accesses too",
            "again" => "finding the schedule again, step by step",
            _ => "searching",
        };
        format!(
            "{} schedules, {} states, {} outcome{} so far ({phase})",
            grouped(self.schedules),
            grouped(self.states),
            grouped(self.outcomes),
            if self.outcomes == 1 { "" } else { "s" },
        )
    }
}

/// A search that is running.
pub enum Finder {
    Worker(WorkerSearch),
    /// In the page: the search module's `search_slices` running here.
    Page(PageSearch),
}

/// A search running in the page: the flag that tells it to stop (it is read by the
/// callback `search_slices` posts each line through) and that callback.
pub struct PageSearch {
    stopped: Rc<Cell<bool>>,
    _post: Closure<dyn FnMut(JsValue) -> bool>,
}

/// Loads the search module in the page with `import()` (wasm-bindgen has no expression
/// for it, so it is a small function built once) and runs its `search_slices` on `args`
/// (a [`SearchArgs`] object) with the callback `post`; the promise settles when the
/// search ends.
const IMPORT_AND_SEARCH: &str = "return import(new URL(url, document.baseURI).href)\
    .then(async (m) => { await m.default(); return m.search_slices(args, post); })";

/// The search module's glue, which sits beside the worker script (`generated/`).
fn search_module_url(worker_url: &str) -> String {
    match worker_url.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/syncscope_search.js"),
        None => "syncscope_search.js".to_owned(),
    }
}

/// A worker running a search, with the handlers it calls (kept alive while it runs).
pub struct WorkerSearch {
    worker: web_sys::Worker,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// `1234567` -> `1,234,567`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A complete proof of a property goal, in a learner's words.
pub fn proven_text(goal: &Goal, runs: u64) -> String {
    let what = match goal {
        Goal::NeverDeadlock => "No schedule deadlocks",
        Goal::NeverRace => "No schedule has a data race",
        _ => "Every schedule prints the expected output",
    };
    format!(
        "{what}: every one of the {} distinct interleavings checked.",
        grouped(runs)
    )
}

/// A search for a counterexample that stopped before it covered every schedule.
pub fn not_complete_text(runs: u64) -> String {
    format!(
        "Checked {} schedules; the search is not complete.",
        grouped(runs)
    )
}

/// The explorer's list of outcomes.
#[derive(Clone, Debug)]
pub enum OutcomesState {
    Idle,
    Searching,
    Done {
        outcomes: Vec<(Outcome, String)>,
        runs: u64,
        complete: bool,
    },
    Failed(String),
    /// The reader cancelled the listing.
    Cancelled(String),
}

/// What "find it for me" says it found. A schedule lists only the scheduling decisions
/// (steps where more than one goroutine could go, select cases, map starts), so it is
/// shorter than the steps that walk it; the sentence says what each number counts (issue 17,
/// stumble #7: "step 0 of 18" beside a 12-entry schedule).
pub fn found_text(runs: u64, schedule: &str, steps: usize) -> String {
    let decisions = schedule.split('.').filter(|d| !d.is_empty()).count();
    let schedule_text = if decisions == 0 {
        "with no decisions (the Go-like order gets there)".to_owned()
    } else {
        format!(
            "{schedule} ({decisions} decision{}: one for each step where more than one goroutine could go, or a select or map had a choice)",
            if decisions == 1 { "" } else { "s" }
        )
    };
    format!(
        "Found after {runs} run{}: the schedule {schedule_text} is loaded from the start. It takes {steps} step{} (the steps with nothing to decide are not in the schedule); Step, Forward or Run walks them, and the goal is reached at step {steps}.",
        if runs == 1 { "" } else { "s" },
        if steps == 1 { "" } else { "s" },
    )
}

/// The toolbar's position: the step the program is at and, when Forward can redo more, how
/// many steps are recorded (steps, not the schedule's decisions).
pub fn position_text(position: usize, recorded: usize) -> String {
    if recorded > position {
        format!("step {position} of {recorded} recorded steps")
    } else {
        format!("step {position}")
    }
}

/// The search group of [`Widget`]: "find it for me" and the outcome listing, which share
/// one running search at a time.
pub(super) struct Search {
    pub(super) find: FindState,
    /// The running search, if one is running.
    pub(super) finder: Option<Finder>,
    /// Its last progress report.
    pub(super) progress: Option<FindProgress>,
    /// Bumped at each search's start and end, so a stale worker message or timer is ignored.
    pub(super) epoch: u32,
    /// The worker script's URL (the loader's `data-worker`), if the page has one.
    pub(super) worker_url: Option<String>,
    /// The running search (`finder`) is "list outcomes", not "find it for me".
    pub(super) listing: bool,
    pub(super) outcomes: OutcomesState,
}

impl Search {
    pub(super) fn new(worker_url: Option<String>) -> Search {
        Search {
            find: FindState::Idle,
            finder: None,
            progress: None,
            epoch: 0,
            worker_url,
            listing: false,
            outcomes: OutcomesState::Idle,
        }
    }

    /// A search ("find it for me", or with `listing` the outcome listing) begins.
    fn begin(&mut self, listing: bool) {
        self.epoch += 1;
        self.listing = listing;
        self.progress = None;
    }

    /// Whether either search runs (the buttons wait meanwhile).
    pub(super) fn searching(&self) -> bool {
        self.find == FindState::Searching || matches!(self.outcomes, OutcomesState::Searching)
    }

    /// Whether the running search runs in the page (no worker).
    pub(super) fn in_page(&self) -> bool {
        matches!(self.finder, Some(Finder::Page(..)))
    }

    /// Stops a running search (terminating its worker), if there is one.
    pub(super) fn cancel(&mut self) {
        match self.finder.take() {
            Some(Finder::Worker(w)) => w.worker.terminate(),
            Some(Finder::Page(p)) => p.stopped.set(true),
            None => {}
        }
        self.progress = None;
    }

    /// Stops a running search and ignores whatever it still sends.
    fn stop(&mut self) {
        self.cancel();
        self.epoch += 1;
    }

    /// New code: no search and no answer of an earlier one.
    pub(super) fn reset(&mut self) {
        self.stop();
        self.find = FindState::Idle;
        self.listing = false;
        self.outcomes = OutcomesState::Idle;
    }

    /// The Cancel button: stops the search and says how far it got, in the words returned;
    /// `None` when no search runs.
    pub(super) fn cancel_by_reader(&mut self) -> Option<String> {
        self.finder.as_ref()?;
        let schedules = self.progress.as_ref().map_or(0, |p| p.schedules);
        self.stop();
        let what = if self.listing { "Listing" } else { "Search" };
        let text = format!(
            "{what} cancelled after {} schedule{}.",
            grouped(schedules),
            if schedules == 1 { "" } else { "s" }
        );
        if std::mem::take(&mut self.listing) {
            self.outcomes = OutcomesState::Cancelled(text.clone());
        } else {
            self.find = FindState::Done(text.clone());
        }
        Some(text)
    }

    fn show_progress(&mut self, report: Report) {
        if let Report::Progress {
            phase,
            states,
            schedules,
            outcomes,
        } = report
        {
            self.progress = Some(FindProgress {
                phase,
                states,
                schedules,
                outcomes,
            });
        }
    }

    /// A worker running [`crate::job::search_slices`] on `code`, posting each report line
    /// back as [`Msg::FindReport`]; `None` when none can start here.
    fn start_worker(
        &self,
        ctx: &Context<Widget>,
        code: &str,
        options: &Options,
    ) -> Option<WorkerSearch> {
        if !cfg!(target_arch = "wasm32") {
            return None;
        }
        let url = self.worker_url.as_deref()?;
        let worker_options = web_sys::WorkerOptions::new();
        worker_options.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options(url, &worker_options).ok()?;
        let report = self.reporter(ctx);
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                report(e.data().as_string().unwrap_or_default());
            });
        let report = self.reporter(ctx);
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            e.prevent_default();
            report("broken".into());
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let message = self.arguments(code, options, WORKER_RUNS, WORKER_SLICE);
        if worker.post_message(&message.to_js()).is_err() {
            worker.terminate();
            return None;
        }
        Some(WorkerSearch {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Sends a report line to this widget as [`Msg::FindReport`], tagged with this
    /// search's epoch (a line from a search since replaced is then dropped): what the
    /// worker's handlers and the page's callback each do with a line.
    fn reporter(&self, ctx: &Context<Widget>) -> impl Fn(String) + 'static {
        let (link, epoch) = (ctx.link().clone(), self.epoch);
        move |line| link.send_message(Msg::FindReport(epoch, line))
    }

    /// What `search_slices` is asked (the worker's message): the code, the block's
    /// options, the runs and the runs per slice, the library's URL, and whether to list.
    fn arguments(&self, code: &str, options: &Options, runs: u64, slice: u64) -> SearchArgs {
        SearchArgs {
            code: code.to_owned(),
            options: options.to_json(),
            max_runs: runs,
            slice,
            lib_base: crate::library::base(),
            outcomes: self.listing,
            in_page: false,
        }
    }

    /// The search module loaded in the page, running `search_slices` on `code` with a
    /// pause between slices and each report line sent back as [`Msg::FindReport`]; `None`
    /// when the page has no search module to load.
    fn start_page(
        &self,
        ctx: &Context<Widget>,
        code: &str,
        options: &Options,
    ) -> Option<PageSearch> {
        if !cfg!(target_arch = "wasm32") {
            return None;
        }
        let url = search_module_url(self.worker_url.as_deref()?);
        let stopped = Rc::new(Cell::new(false));
        let report = self.reporter(ctx);
        let flag = stopped.clone();
        // Returns false once the search is cancelled, which ends `search_slices`.
        let post = Closure::<dyn FnMut(JsValue) -> bool>::new(move |line: JsValue| {
            if flag.get() {
                return false;
            }
            report(line.as_string().unwrap_or_default());
            true
        });
        let args = SearchArgs {
            in_page: true,
            ..self.arguments(code, options, PAGE_RUNS, PAGE_SLICE)
        };
        let run = js_sys::Function::new_with_args("url, args, post", IMPORT_AND_SEARCH);
        let report = self.reporter(ctx);
        let flag = stopped.clone();
        let url = JsValue::from_str(&url);
        match run.call3(&JsValue::NULL, &url, &args.to_js(), post.as_ref()) {
            Ok(promise) => {
                let promise = js_sys::Promise::from(promise);
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
                        if !flag.get() {
                            let why = e
                                .dyn_ref::<js_sys::Error>()
                                .map_or_else(|| format!("{e:?}"), |e| String::from(e.message()));
                            let failed =
                                Report::Failed(format!("the search module could not load: {why}"));
                            report(failed.encode());
                        }
                    }
                });
            }
            Err(_) => return None,
        }
        Some(PageSearch {
            stopped,
            _post: post,
        })
    }
}

impl Widget {
    /// Loads the block's own `schedule=` option, if it has one, as steps Forward and Run walk.
    pub(super) fn load_block_schedule(&mut self) {
        let Some(schedule) = self.options.schedule.clone() else {
            return;
        };
        if self.run.compiled != self.original {
            return;
        }
        if self.follow_schedule(&schedule, None) {
            self.goal.from_search = true;
            self.view.say_notice(
                "This block comes with a schedule: Step, Forward or Run walks it; clicking a goroutine takes another path.",
                false,
            );
        }
    }

    /// Replays `schedule` from the start and follows it to the program's end (or until the
    /// goal holds, with `goal`), then goes back to step 0 with the steps recorded for Forward.
    /// False (with a notice) when the schedule does not fit the program.
    pub(super) fn follow_schedule(&mut self, schedule: &str, goal: Option<&Goal>) -> bool {
        // Reaching the goal along a loaded path is not the reader's own solution.
        self.goal.from_search = true;
        let Some(session) = &mut self.run.session else {
            return false;
        };
        if let Err(e) = check_schedule(schedule) {
            self.view
                .say_notice(&format!("The schedule cannot be loaded: {e}."), true);
            return false;
        }
        if let Err(e) = session.replay(schedule) {
            self.run.forget_steps();
            self.refresh();
            self.view
                .say_notice(&format!("The schedule cannot be loaded: {e}."), true);
            return false;
        }
        let mut n = 0;
        while n < FOLLOW_LIMIT
            && session.finished().is_none()
            && !goal.is_some_and(|g| session.goal_reached(g))
            && session.step().is_some()
        {
            n += 1;
        }
        self.run.known.clear();
        self.rewalk(0);
        true
    }

    /// Starts "find it for me": in a Web Worker when one starts, else in the page, a
    /// slice per timer tick (see [`crate::job`]).
    pub(super) fn start_find(&mut self, ctx: &Context<Self>) {
        self.search.cancel();
        let Some(goal) = self.goal.target.clone() else {
            self.search.find = FindState::Idle;
            return;
        };
        if self.run.session.is_none() {
            self.search.find = FindState::Done("Fix the code first: it does not compile.".into());
            return;
        }
        self.search.find = FindState::Searching;
        self.launch(ctx, Some(goal));
    }

    /// Starts "list outcomes", in a worker or the page as "find it for me" does.
    pub(super) fn start_outcomes(&mut self, ctx: &Context<Self>) {
        self.search.cancel();
        if self.search.find == FindState::Searching {
            self.search.find = FindState::Idle;
        }
        if self.run.session.is_none() {
            self.search.outcomes =
                OutcomesState::Failed("Fix the code first: it does not compile.".into());
            return;
        }
        self.search.outcomes = OutcomesState::Searching;
        self.launch(ctx, None);
    }

    /// Runs the search for `goal` (the outcome listing when there is none) in a worker, or
    /// in the page when none starts.
    fn launch(&mut self, ctx: &Context<Self>, goal: Option<Goal>) {
        self.search.begin(goal.is_none());
        self.view.say(
            if goal.is_some() {
                "searching the interleavings\u{2026}"
            } else {
                "listing the outcomes\u{2026}"
            }
            .into(),
        );
        if let Some(worker) = self
            .search
            .start_worker(ctx, &self.run.compiled, &self.options)
        {
            self.search.finder = Some(Finder::Worker(worker));
            return;
        }
        self.start_in_page(ctx);
    }

    /// The search in the page, when no worker could start (or the worker failed): the
    /// search module loaded here, its slices run between the page's own tasks.
    pub(super) fn start_in_page(&mut self, ctx: &Context<Self>) {
        self.search.cancel();
        match self
            .search
            .start_page(ctx, &self.run.compiled, &self.options)
        {
            Some(page) => self.search.finder = Some(Finder::Page(page)),
            None => self.end_find(Report::Failed(
                "the search cannot run on this page (no search module)".into(),
            )),
        }
    }

    /// A line from the worker.
    pub(super) fn find_report(&mut self, ctx: &Context<Self>, epoch: u32, line: &str) {
        if epoch != self.search.epoch || self.search.finder.is_none() {
            return;
        }
        if line.starts_with("broken") && matches!(self.search.finder, Some(Finder::Worker(_))) {
            // The worker could not load the module: search in the page instead.
            self.start_in_page(ctx);
            return;
        }
        let report = Report::decode(line);
        if report.is_final() {
            self.end_find(report);
        } else {
            self.search.show_progress(report);
        }
    }

    /// The outcome listing's answer.
    fn end_outcomes(&mut self, report: Report) {
        self.search.outcomes = match report {
            Report::Outcomes {
                runs,
                complete,
                outcomes,
            } => {
                self.view.say(format!(
                    "{} outcome{} found",
                    outcomes.len(),
                    if outcomes.len() == 1 { "" } else { "s" }
                ));
                OutcomesState::Done {
                    outcomes,
                    runs,
                    complete,
                }
            }
            Report::Failed(why) => OutcomesState::Failed(format!("No listing this time: {why}.")),
            _ => OutcomesState::Failed("The listing ended without a list.".into()),
        };
    }

    /// The search's answer, in words, with a found schedule loaded.
    fn end_find(&mut self, report: Report) {
        self.search.stop();
        if std::mem::take(&mut self.search.listing) {
            return self.end_outcomes(report);
        }
        let Some(goal) = self.goal.target.clone() else {
            self.search.find = FindState::Idle;
            return;
        };
        let property = goal.is_property();
        let text = match report {
            Report::Found { runs, schedule } if property => {
                let (what, follow) = match &goal {
                    Goal::NeverDeadlock => ("deadlocks", Some(Goal::Deadlock)),
                    Goal::NeverRace => ("has a data race", Some(Goal::Race)),
                    _ => ("does not print the expected output", None),
                };
                if self.follow_schedule(&schedule, follow.as_ref()) {
                    format!(
                        "Found a schedule that {what}, after {} schedule{}: it is loaded from the start ({schedule}). Step, Forward or Run walks it ({} steps); then change the code so that no schedule does.",
                        grouped(runs),
                        if runs == 1 { "" } else { "s" },
                        self.run.known.len()
                    )
                } else {
                    "Found a schedule that breaks the goal, but it could not be loaded.".into()
                }
            }
            Report::Found { runs, schedule } => {
                if self.follow_schedule(&schedule, Some(&goal)) {
                    self.goal.from_search = true;
                    found_text(runs, &schedule, self.run.known.len())
                } else {
                    "Found a schedule, but it could not be loaded.".into()
                }
            }
            Report::Proven { runs, .. } => {
                self.goal.proven = true;
                self.refresh();
                proven_text(&goal, runs)
            }
            Report::NotComplete { runs } if property => not_complete_text(runs),
            Report::NotComplete { runs } => format!(
                "Not found in {} runs (the search stops there). Try stepping by hand.",
                grouped(runs)
            ),
            Report::Unreachable { runs } if self.options.is_edit_exercise() => format!(
                "No schedule of this code reaches the goal: all {} runs were tried. Change the code.",
                grouped(runs)
            ),
            Report::Unreachable { runs } => format!(
                "No schedule reaches the goal: all {} runs were tried. Has the code been changed?",
                grouped(runs)
            ),
            Report::Failed(why) => format!("No search this time: {why}."),
            Report::Progress { .. } | Report::Outcomes { .. } => return,
        };
        self.view.say(text.clone());
        self.search.find = FindState::Done(text);
    }

    /// The race goal's line on the exercise card.
    pub(super) fn race_goal_text(&self) -> String {
        let races = self
            .run
            .session
            .as_ref()
            .map(Session::races)
            .unwrap_or_default();
        match races.first() {
            None => "No race reported yet: the detector watches every read and write; find an order of steps in which two goroutines touch the same variable without anything ordering them.".into(),
            Some(r) => format!("Reported: {} (see the race note above).", races::race_sentence(r)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_numbers_say_what_they_count() {
        let text = found_text(7, "g2.g1.c1.g3", 18);
        assert!(text.contains("g2.g1.c1.g3 (4 decisions"), "{text}");
        assert!(text.contains("It takes 18 steps"), "{text}");
        assert!(text.contains("goal is reached at step 18"), "{text}");
        assert!(text.starts_with("Found after 7 runs"), "{text}");
        let none = found_text(1, "", 1);
        assert!(none.contains("with no decisions"), "{none}");
        assert!(none.contains("It takes 1 step "), "{none}");
        assert_eq!(position_text(0, 18), "step 0 of 18 recorded steps");
        assert_eq!(position_text(18, 18), "step 18");
    }

    #[test]
    fn proofs_in_a_learners_words() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(412), "412");
        assert_eq!(grouped(3000), "3,000");
        assert_eq!(grouped(1234567), "1,234,567");
        assert_eq!(
            proven_text(&Goal::NeverDeadlock, 412),
            "No schedule deadlocks: every one of the 412 distinct interleavings checked."
        );
        assert_eq!(
            not_complete_text(3000),
            "Checked 3,000 schedules; the search is not complete."
        );
    }
}
