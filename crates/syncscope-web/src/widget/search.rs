//! "Find it for me" (the explorer's search for the block's goal), the list of outcomes, and
//! following a schedule (found, listed, or the block's own) as steps Forward and Run walk.

use gosim::explore::Outcome;
use gosim::session::{Goal, Session};

use super::{races, Widget};
use crate::options::check_schedule;

/// Runs "find it for me" and "list outcomes" may try.
/// (Each run is at most 10,000 steps and the search is one synchronous call: the bound keeps
/// the page's pause short.)
pub const SEARCH_RUNS: u64 = 1_000;

/// Steps of one explored run.
pub(super) const SEARCH_STEPS: u64 = 10_000;

/// Steps a loaded schedule is followed past its last decision (to its end or its goal).
pub(super) const FOLLOW_LIMIT: usize = 10_000;

/// The explorer's search for the goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindState {
    Idle,
    Searching,
    Done(String),
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
}

impl Widget {
    /// Loads the block's own `schedule=` option, if it has one, as steps Forward and Run walk.
    pub(super) fn load_block_schedule(&mut self) {
        let Some(schedule) = self.options.schedule.clone() else {
            return;
        };
        if self.compiled != self.original {
            return;
        }
        if self.follow_schedule(&schedule, None) {
            self.from_search = true;
            self.say_notice(
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
        self.from_search = true;
        let Some(session) = &mut self.session else {
            return false;
        };
        if let Err(e) = check_schedule(schedule) {
            self.say_notice(&format!("The schedule cannot be loaded: {e}."), true);
            return false;
        }
        if let Err(e) = session.replay(schedule) {
            session.reset();
            self.known.clear();
            self.epoch += 1;
            self.refresh();
            self.say_notice(&format!("The schedule cannot be loaded: {e}."), true);
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
        self.known.clear();
        self.rewalk(0);
        true
    }

    pub(super) fn find_now(&mut self) {
        let Some(goal) = self.goal.clone() else {
            self.find = FindState::Idle;
            return;
        };
        let Some(session) = &self.session else {
            self.find = FindState::Done("Fix the code first: it does not compile.".into());
            return;
        };
        let result = session.find(&goal, SEARCH_RUNS);
        let text = match (&result.schedule, &result.note) {
            (_, Some(note)) => format!("No search this time: {note}."),
            (Some(schedule), _) => {
                if self.follow_schedule(schedule, Some(&goal)) {
                    self.from_search = true;
                    let at = self.known.len();
                    format!(
                        "Found after {} run{}: the schedule {} is loaded from the start. Step, Forward or Run walks it; the goal is reached at step {at}.",
                        result.runs,
                        if result.runs == 1 { "" } else { "s" },
                        if schedule.is_empty() { "(no decisions)" } else { schedule.as_str() }
                    )
                } else {
                    "Found a schedule, but it could not be loaded.".into()
                }
            }
            (None, None) if result.complete => format!(
                "No schedule reaches the goal: all {} runs were tried. Has the code been changed?",
                result.runs
            ),
            (None, None) => format!(
                "Not found in {} runs (the search stops there). Try stepping by hand.",
                result.runs
            ),
        };
        self.say(text.clone());
        self.find = FindState::Done(text);
    }

    pub(super) fn list_outcomes_now(&mut self) {
        if self.session.is_none() {
            self.outcomes =
                OutcomesState::Failed("Fix the code first: it does not compile.".into());
            return;
        }
        let program = match gosim::compile(&self.compiled) {
            Ok(program) => program,
            Err(e) => {
                self.outcomes = OutcomesState::Failed(e.to_string());
                return;
            }
        };
        let exploration = gosim::explore::explore(program, SEARCH_STEPS, SEARCH_RUNS);
        let outcomes: Vec<(Outcome, String)> = exploration
            .outcomes
            .into_iter()
            .map(|(o, s)| (o, s.to_string()))
            .collect();
        self.say(format!(
            "{} outcome{} found",
            outcomes.len(),
            if outcomes.len() == 1 { "" } else { "s" }
        ));
        self.outcomes = OutcomesState::Done {
            outcomes,
            runs: exploration.runs,
            complete: exploration.complete,
        };
    }

    /// The race goal's line on the exercise card.
    pub(super) fn race_goal_text(&self) -> String {
        let races = self
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
