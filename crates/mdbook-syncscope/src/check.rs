//! Checks each live block with the engine itself, at build time, so a broken example
//! fails the author's build instead of the reader's page: the code must compile, a
//! starting schedule must fit the program, and an exercise's goal must be reachable.
//!
//! The search for a goal is the explorer's complete search, bounded: a goal it proves
//! unreachable (every schedule covered, none reaches it) is an error; when the bounds
//! cut the search short the block passes, because the goal may lie beyond them. A
//! property goal (`never-deadlock`, `never-race`, `always-output=...`) asks the reader
//! to fix the program, so the starting code must not already be proven to keep it.
//!
//! An edit exercise (`solution=FILE`) turns the check around: the reader reaches the goal
//! by changing the code, so no schedule of the starting code may reach it (a property goal:
//! the starting code must not be proven, as above), and the hidden solution must compile
//! and reach it (a property goal: be proven by the complete search).

use gosim::explore::Budget;
use gosim::session::{ProveResult, Session};
use syncscope_schema::{Goal, Options};

/// Runs the search for a goal may spend at build time, per block.
const GOAL_SEARCH_RUNS: u64 = 3_000;

/// Runs the proof of a property goal may spend at build time, per block.
const PROOF_RUNS: u64 = 50_000;

/// Compiles the block and checks its schedule and goal; the error says what a reader
/// would have run into. `solution` is the hidden solution's code, for an edit exercise.
pub fn check_block(code: &str, options: &Options, solution: Option<&str>) -> Result<(), String> {
    let session = compile(code, options.seed.unwrap_or(0), "the live block")?;
    if let Some(schedule) = &options.schedule {
        let mut replay = session.clone();
        replay
            .replay(schedule)
            .map_err(|why| format!("schedule `{schedule}` does not fit the program: {why}"))?;
    }
    let Some(goal) = &options.goal else {
        return Ok(());
    };
    if goal.is_property() {
        // A property exercise asks the reader to fix the program: the starting code must
        // break the property in some schedule.
        if let Some(ProveResult::Proven { runs, states }) = session.prove(goal, proof_budget()) {
            return Err(format!(
                "the goal `{}` already holds for the starting code: the complete search \
                 checked every schedule ({runs} runs, {states} states), so there is \
                 nothing to fix",
                goal.kind()
            ));
        }
    } else if solution.is_some() {
        // An edit exercise: choosing a schedule must not be enough.
        let found = session.find(goal, GOAL_SEARCH_RUNS);
        if let Some(schedule) = found.schedule {
            return Err(format!(
                "the starting code already reaches the goal with the schedule `{schedule}`: \
                 an edit exercise (`solution=`) must need an edit (without `solution=` it \
                 is a scheduling exercise)"
            ));
        }
    } else {
        let found = session.find(goal, GOAL_SEARCH_RUNS);
        if found.schedule.is_none() && found.complete {
            return Err(format!(
                "the goal is proven unreachable: the complete search covered every \
                 schedule of the program ({} runs) and none reaches it",
                found.runs
            ));
        }
    }
    match solution {
        Some(solution) => check_solution(solution, goal),
        None => Ok(()),
    }
}

/// The hidden solution of an edit exercise must compile and reach the goal (or, for a
/// property goal, be proven to keep it).
fn check_solution(code: &str, goal: &Goal) -> Result<(), String> {
    let session = compile(code, 0, "the solution")?;
    if goal.is_property() {
        return match session.prove(goal, proof_budget()) {
            Some(ProveResult::Proven { .. }) => Ok(()),
            Some(ProveResult::Counterexample { schedule, .. }) => Err(format!(
                "the solution does not keep the goal `{}`: the schedule `{schedule}` breaks it",
                goal.kind()
            )),
            _ => Err(format!(
                "the solution could not be proven to keep the goal `{}` within the build's \
                 search bounds",
                goal.kind()
            )),
        };
    }
    let found = session.find(goal, GOAL_SEARCH_RUNS);
    if found.schedule.is_some() {
        return Ok(());
    }
    Err(if found.complete {
        format!(
            "the solution never reaches the goal: the complete search covered every schedule \
             ({} runs)",
            found.runs
        )
    } else {
        format!(
            "the solution does not reach the goal in {} runs",
            found.runs
        )
    })
}

fn proof_budget() -> Budget {
    Budget::new(10_000, PROOF_RUNS)
}

fn compile(code: &str, seed: u64, what: &str) -> Result<Session, String> {
    Session::new(code, seed).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        format!(
            "{what} does not compile (readers would see this):\n{}",
            lines.join("\n")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use syncscope_schema::{Detail, Goal, Panel};

    fn check_block_(code: &str, options: &Options) -> Result<(), String> {
        check_block(code, options, None)
    }

    /// The check of `code` in a block with `goal` and no schedule.
    fn with_goal(code: &str, goal: Goal) -> Result<(), String> {
        check_block_(code, &options(None, Some(goal)))
    }

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
            solution: None,
        }
    }

    const DEADLOCK: &str = "package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n";
    const FINE: &str =
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n";

    #[test]
    fn compile_errors_fail_with_go_text() {
        let err = check_block_(
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
        assert!(with_goal(DEADLOCK, Goal::Deadlock).is_ok());
        let err = with_goal(FINE, Goal::Deadlock).unwrap_err();
        assert!(err.contains("proven unreachable"), "{err}");
        let out = Goal::Output("hi\n".into());
        assert!(with_goal(FINE, out).is_ok());
        // A program without shared memory can never race.
        let err = with_goal(FINE, Goal::Race).unwrap_err();
        assert!(err.contains("proven unreachable"), "{err}");
    }

    #[test]
    fn a_property_goal_needs_starting_code_that_breaks_it() {
        // The deadlocking program is something to fix; the fine one is not.
        assert!(with_goal(DEADLOCK, Goal::NeverDeadlock).is_ok());
        let err = with_goal(FINE, Goal::NeverDeadlock).unwrap_err();
        assert!(err.contains("already holds"), "{err}");
        let always = Goal::AlwaysOutput("hi\n".into());
        assert!(with_goal(FINE, always).is_err());
        let other = Goal::AlwaysOutput("bye\n".into());
        assert!(with_goal(FINE, other).is_ok());
    }

    #[test]
    fn schedules_must_fit() {
        let two = "package main\n\nfunc main() {\n\tdone := make(chan bool)\n\tgo func() { done <- true }()\n\t<-done\n}\n";
        assert!(check_block_(two, &options(Some("1,2"), None)).is_ok());
        let err = check_block_(two, &options(Some("g7"), None)).unwrap_err();
        assert!(err.contains("does not fit"), "{err}");
        let err = check_block_(two, &options(Some("q1"), None)).unwrap_err();
        assert!(err.contains("bad schedule element"), "{err}");
    }

    const NIL_ERR: &str = "package main\n\nimport \"fmt\"\n\ntype E struct{}\n\nfunc (*E) Error() string { return \"e\" }\n\nfunc main() {\n\tvar p *E\n\tvar err error\n\t_ = p\n\tfmt.Println(err != nil)\n}\n";

    fn edit(goal: Goal) -> Options {
        Options {
            solution: Some("demos/x/fix.go".into()),
            ..options(None, Some(goal))
        }
    }

    #[test]
    fn an_edit_exercise_needs_an_edit_and_a_solution_that_reaches_the_goal() {
        let goal = Goal::Output("true\n".into());
        let fixed = NIL_ERR.replace("var err error\n\t_ = p", "var err error = p");
        assert!(check_block(NIL_ERR, &edit(goal.clone()), Some(&fixed)).is_ok());
        // The solution must reach it.
        let err = check_block(NIL_ERR, &edit(goal.clone()), Some(NIL_ERR)).unwrap_err();
        assert!(err.contains("the solution never reaches the goal"), "{err}");
        let err = check_block(NIL_ERR, &edit(goal.clone()), Some("package main\n")).unwrap_err();
        assert!(err.starts_with("the solution does not compile"), "{err}");
        // The starting code must not: a schedule alone is not an edit.
        let err = check_block(&fixed, &edit(goal), Some(&fixed)).unwrap_err();
        assert!(err.contains("already reaches the goal"), "{err}");
        // Without `solution=` the unreachable goal is the author's mistake.
        let err =
            check_block_(NIL_ERR, &options(None, Some(Goal::Output("true\n".into())))).unwrap_err();
        assert!(err.contains("proven unreachable"), "{err}");
    }

    #[test]
    fn a_property_exercises_solution_must_be_proven() {
        assert!(check_block(DEADLOCK, &edit(Goal::NeverDeadlock), Some(FINE)).is_ok());
        let err = check_block(DEADLOCK, &edit(Goal::NeverDeadlock), Some(DEADLOCK)).unwrap_err();
        assert!(
            err.contains("does not keep the goal `never-deadlock`"),
            "{err}"
        );
    }
}
