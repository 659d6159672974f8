//! Checks each live block with the engine itself, at build time, so a broken example
//! fails the author's build instead of the reader's page: the code must compile, a
//! starting schedule must fit the program, and an exercise's goal must be reachable.
//!
//! The search for a goal is the explorer's complete search, bounded: a goal it proves
//! unreachable (every schedule covered, none reaches it) is an error; when the bounds
//! cut the search short the block passes, because the goal may lie beyond them. A
//! property goal (`never-deadlock`, `never-race`, `always-output=...`) asks the reader
//! to fix the program, so the starting code must not already be proven to keep it.

use gosim::explore::Budget;
use gosim::session::{ProveResult, Session};
use syncscope_schema::Options;

/// Runs the search for a goal may spend at build time, per block.
const GOAL_SEARCH_RUNS: u64 = 3_000;

/// Runs the proof of a property goal may spend at build time, per block.
const PROOF_RUNS: u64 = 50_000;

/// Compiles the block and checks its schedule and goal; the error says what a reader
/// would have run into.
pub fn check_block(code: &str, options: &Options) -> Result<(), String> {
    let session = Session::new(code, options.seed.unwrap_or(0)).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        format!(
            "the live block does not compile (readers would see this):\n{}",
            lines.join("\n")
        )
    })?;
    if let Some(schedule) = &options.schedule {
        let mut replay = session.clone();
        replay
            .replay(schedule)
            .map_err(|why| format!("schedule `{schedule}` does not fit the program: {why}"))?;
    }
    if let Some(goal) = &options.goal {
        if goal.is_property() {
            // A property exercise asks the reader to fix the program: the starting
            // code must break the property in some schedule.
            let budget = Budget::new(10_000, PROOF_RUNS);
            if let Some(ProveResult::Proven { runs, states }) = session.prove(goal, budget) {
                return Err(format!(
                    "the goal `{}` already holds for the starting code: the complete search \
                     checked every schedule ({runs} runs, {states} states), so there is \
                     nothing to fix",
                    goal.kind()
                ));
            }
            return Ok(());
        }
        let found = session.find(goal, GOAL_SEARCH_RUNS);
        if found.schedule.is_none() && found.complete {
            return Err(format!(
                "the goal is proven unreachable: the complete search covered every \
                 schedule of the program ({} runs) and none reaches it",
                found.runs
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use syncscope_schema::{Detail, Goal, Panel};

    fn options(schedule: Option<&str>, goal: Option<Goal>) -> Options {
        Options {
            panels: vec![Panel::Code],
            schedule: schedule.map(String::from),
            goal,
            editable: true,
            seed: None,
            source: None,
            detail: Detail::Operations,
            memory: vec![],
        }
    }

    const DEADLOCK: &str = "package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n";
    const FINE: &str =
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n";

    #[test]
    fn compile_errors_fail_with_go_text() {
        let err = check_block(
            "package main\n\nfunc main() {\n\tx := 1\n}\n",
            &options(None, None),
        )
        .unwrap_err();
        assert!(
            err.contains("prog.go:4:2: declared and not used: x"),
            "{err}"
        );
    }

    #[test]
    fn reachable_goals_pass_and_unreachable_ones_fail() {
        assert!(check_block(DEADLOCK, &options(None, Some(Goal::Deadlock))).is_ok());
        let err = check_block(FINE, &options(None, Some(Goal::Deadlock))).unwrap_err();
        assert!(err.contains("proven unreachable"), "{err}");
        let out = Goal::Output("hi\n".into());
        assert!(check_block(FINE, &options(None, Some(out))).is_ok());
        // A program without shared memory can never race.
        let err = check_block(FINE, &options(None, Some(Goal::Race))).unwrap_err();
        assert!(err.contains("proven unreachable"), "{err}");
    }

    #[test]
    fn a_property_goal_needs_starting_code_that_breaks_it() {
        // The deadlocking program is something to fix; the fine one is not.
        assert!(check_block(DEADLOCK, &options(None, Some(Goal::NeverDeadlock))).is_ok());
        let err = check_block(FINE, &options(None, Some(Goal::NeverDeadlock))).unwrap_err();
        assert!(err.contains("already holds"), "{err}");
        let always = Goal::AlwaysOutput("hi\n".into());
        assert!(check_block(FINE, &options(None, Some(always))).is_err());
        let other = Goal::AlwaysOutput("bye\n".into());
        assert!(check_block(FINE, &options(None, Some(other))).is_ok());
    }

    #[test]
    fn schedules_must_fit() {
        let two = "package main\n\nfunc main() {\n\tdone := make(chan bool)\n\tgo func() { done <- true }()\n\t<-done\n}\n";
        assert!(check_block(two, &options(Some("1,2"), None)).is_ok());
        let err = check_block(two, &options(Some("g7"), None)).unwrap_err();
        assert!(err.contains("does not fit"), "{err}");
        let err = check_block(two, &options(Some("q1"), None)).unwrap_err();
        assert!(err.contains("bad schedule element"), "{err}");
    }
}
