//! The block's goal as the widget tracks it: whether the current state reaches it, whether a
//! search proved it (a property goal), and whether the reader reached it by their own steps
//! (stored, so that a later visit says "solved before").

use gosim::session::{Goal, Session};

use crate::storage;

/// The goal group of [`super::Widget`].
pub(super) struct GoalState {
    /// The block's goal, if it has one.
    pub(super) target: Option<Goal>,
    /// The current state reaches it (or it was proven).
    pub(super) reached: bool,
    /// The code as compiled was proven to keep the block's property goal.
    pub(super) proven: bool,
    /// The loaded steps came from "find it for me" (or a listing, a link, the block's own
    /// schedule): reaching the goal then does not count as the reader's own solution.
    pub(super) from_search: bool,
    pub(super) solved: Solved,
}

impl GoalState {
    pub(super) fn new(target: Option<Goal>, solved_before: bool) -> GoalState {
        GoalState {
            target,
            reached: false,
            proven: false,
            from_search: false,
            solved: Solved::new(solved_before),
        }
    }

    /// Whether the goal holds at the session's current state (or was proven), noting (and
    /// storing, for block `id`) a first solve by the reader's own steps.
    pub(super) fn refresh(&mut self, session: Option<&Session>, id: &str) {
        let reached = self.proven
            || match (session, &self.target) {
                (Some(s), Some(goal)) => s.goal_reached(goal),
                _ => false,
            };
        if reached
            && !self.reached
            && !self.from_search
            && !id.is_empty()
            && self.solved.by_reader()
        {
            storage::set(&storage::solved_key(id), "1");
        }
        self.reached = reached;
    }
}

/// Whether the reader has reached the block's goal by their own steps: in an earlier visit
/// (stored in the browser), or in this one. Only the first is "solved before": reaching the
/// goal now must not say so (issue 17, stumble #3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Solved {
    before: bool,
    now: bool,
}

impl Solved {
    pub fn new(before: bool) -> Solved {
        Solved { before, now: false }
    }

    /// The reader reached the goal by their own steps; true when this is news to store.
    pub fn by_reader(&mut self) -> bool {
        let news = !self.before && !self.now;
        self.now = true;
        news
    }

    /// The card's note, if any.
    pub fn note(self) -> Option<&'static str> {
        if self.before {
            Some(" You have solved this one before.")
        } else if self.now {
            Some(" Solved by your own steps.")
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Solved;

    #[test]
    fn solved_before_only_when_it_was() {
        // A fresh profile: the first solve is not "before".
        let mut fresh = Solved::new(false);
        assert_eq!(fresh.note(), None);
        assert!(fresh.by_reader(), "the first solve is stored");
        assert_eq!(fresh.note(), Some(" Solved by your own steps."));
        assert!(!fresh.by_reader(), "stored once");
        assert_eq!(fresh.note(), Some(" Solved by your own steps."));
        // A later visit.
        let mut again = Solved::new(true);
        assert_eq!(again.note(), Some(" You have solved this one before."));
        assert!(!again.by_reader());
        assert_eq!(again.note(), Some(" You have solved this one before."));
    }
}
