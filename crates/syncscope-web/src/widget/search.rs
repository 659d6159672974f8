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
                    found_text(result.runs, schedule, self.known.len())
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
}
