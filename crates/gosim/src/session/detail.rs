//! Switching detail with steps recorded: the record cut again at the other detail,
//! and positions counted in scheduling points (what a share link carries).

use super::{Detail, Session, StepEvent};

impl Session {
    /// Sub-step stops at the end of the steps taken so far: how far into a sync
    /// operation the current step stands (0 between operations).
    pub fn stops_into_operation(&self) -> usize {
        self.records[..self.position]
            .iter()
            .rev()
            .take_while(|r| r.event.substep)
            .count()
    }

    /// Where the state `ops` scheduling points and `sub` sub-step stops into the next
    /// operation from the start stands among the recorded steps (as far as those
    /// stops were recorded and really are sub-step stops). With fewer recorded
    /// scheduling points than `ops`, it is the end of the record.
    pub fn position_of_operation(&self, ops: usize, sub: usize) -> usize {
        let substep = |at: usize| self.records.get(at).map(|r| r.event.substep);
        let mut done = 0;
        let mut at = 0;
        while done < ops && at < self.records.len() {
            done += usize::from(substep(at) == Some(false));
            at += 1;
        }
        let mut extra = 0;
        while extra < sub && substep(at) == Some(true) {
            at += 1;
            extra += 1;
        }
        at
    }

    /// Cuts every recorded step (taken, and redoable by forward) again at `detail`,
    /// by replaying the record's schedule, and returns the position matching the
    /// current one: the same number of scheduling points, and the same stops into the
    /// current operation (with sub-steps off, the end of that operation). The session
    /// is left at the record's end, with `detail` for new steps.
    pub fn recut(&mut self, detail: Detail) -> Result<usize, String> {
        let ops = self.operation_position();
        let sub = self.stops_into_operation();
        self.goto(self.recorded_len());
        let end_ops = self.operation_position();
        let schedule = self.schedule();
        self.set_detail(detail);
        self.replay_to(&schedule, end_ops)?;
        Ok(match detail {
            Detail::SubSteps => self.position_of_operation(ops, sub),
            Detail::Operations => self.position_of_operation(ops + usize::from(sub > 0), 0),
        })
    }

    /// Goes to the last recorded step and takes one more; `None` when the program
    /// has ended.
    pub fn goto_end_and_step(&mut self) -> Option<StepEvent> {
        self.goto(self.recorded_len());
        self.step()
    }
}
