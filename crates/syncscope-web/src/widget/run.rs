//! Stepping and running: the program's state ([`Run`]: its session and the record of its
//! steps), one step (the scheduler's pick or the reader's, redoing a recorded step that
//! matches), its announcement, and Run's ticks ([`Ticks`]) at the chosen speed.

use gloo_timers::callback::Timeout;
use gosim::session::{
    CompileError, Detail, Finish, GStatusView, GoroutineView, ReadyCase, Session, StepEvent,
};
use yew::prelude::*;

use super::{inspector, later, races, Msg, Widget};
use crate::lanes::{announce, substep_note, Point};

/// Steps one press of Run may take before it pauses (the engine has its own, larger limits).
pub const RUN_LIMIT: usize = 20_000;

/// Milliseconds of work per tick of an instant run, so the page stays responsive.
pub(super) const TICK_BUDGET_MS: f64 = 12.0;

/// How fast Run goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    Slow,
    Normal,
    Fast,
    Instant,
}

impl Speed {
    pub const ALL: [Speed; 4] = [Speed::Slow, Speed::Normal, Speed::Fast, Speed::Instant];

    pub fn name(self) -> &'static str {
        match self {
            Speed::Slow => "slow",
            Speed::Normal => "normal",
            Speed::Fast => "fast",
            Speed::Instant => "instant",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Speed::Slow => "slow (2 steps/s)",
            Speed::Normal => "normal (5 steps/s)",
            Speed::Fast => "fast (20 steps/s)",
            Speed::Instant => "instant",
        }
    }

    pub(super) fn delay_ms(self) -> u32 {
        match self {
            Speed::Slow => 500,
            Speed::Normal => 200,
            Speed::Fast => 50,
            Speed::Instant => 0,
        }
    }

    pub fn parse(name: &str) -> Option<Speed> {
        Speed::ALL.into_iter().find(|s| s.name() == name)
    }
}

pub(super) fn now_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now()
    } else {
        0.0
    }
}

/// What the live region and the status say about an ended run.
pub fn finish_text(finish: &Finish) -> String {
    match finish.exit_code {
        Some(0) => "the program exited (exit status 0)".into(),
        Some(code) if finish.message.is_empty() => {
            format!("the program exited with status {code}")
        }
        Some(code) => format!("{} (exit status {code})", finish.message),
        None => format!("stopped: {}", finish.message),
    }
}

/// The run group of [`Widget`]: the program as compiled, its session and what the panels
/// read from it after every change.
pub(super) struct Run {
    /// The code of `session` (or of `errors`, when it did not compile).
    pub(super) compiled: String,
    pub(super) session: Option<Session>,
    pub(super) errors: Vec<CompileError>,
    /// Whether the compile waits for library packages to be fetched (`crate::library`).
    pub(super) loading: bool,
    /// Whether the block's schedule is to be loaded once they are.
    pub(super) schedule_after_load: bool,
    pub(super) seed: u64,
    /// The seed field's text (applied on Enter).
    pub(super) seed_text: String,
    /// Every recorded step, including those Forward can redo.
    pub(super) known: Vec<Point>,
    /// The goroutines at the current step (refreshed after every change).
    pub(super) views: Vec<GoroutineView>,
    /// The goroutines whose next step reaches a select with several ready cases, and
    /// those cases, for the lanes' case chooser (found when no Run is going).
    pub(super) cases: Vec<(u32, Vec<ReadyCase>)>,
    /// Bumped whenever the recorded steps are replaced (new code, seed, schedule), so that
    /// cached inspector state from another run is never used.
    pub(super) epoch: u64,
    /// Inspector: primitives now and one step earlier (only with the inspector panel).
    pub(super) prims: inspector::PrimState,
    /// Races reported at the last refresh, and the newest one's sentence when the last
    /// refresh found more than the one before (for the live region).
    pub(super) races_seen: usize,
    pub(super) new_race: Option<String>,
}

/// What [`Run::advance_with`] did.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Stepped {
    /// Nothing: no session, the program ended, or no goroutine could go.
    Nothing,
    /// Redid the recorded step.
    Redone,
    /// Took a new step (the recorded ones after it are dropped).
    New,
}

fn point_of(event: &StepEvent) -> Point {
    Point {
        index: event.index,
        goroutine: event.goroutine,
        kind: event.kind,
        line: event.line,
        text: event.text.clone(),
        memory: event.memory.clone(),
        woke: event
            .woke
            .iter()
            .copied()
            .filter(|g| *g != event.goroutine)
            .collect(),
        label: event.label.clone(),
        substep: event.substep,
    }
}

/// The timeline's record of every recorded step (including those Forward can redo), with the
/// wake-ups the engine reports.
fn points_of(session: &Session) -> Vec<Point> {
    session.recorded_events().iter().map(point_of).collect()
}

impl Run {
    pub(super) fn new(code: String, seed: u64) -> Run {
        Run {
            compiled: code,
            session: None,
            errors: Vec::new(),
            loading: false,
            schedule_after_load: false,
            seed,
            seed_text: seed.to_string(),
            known: Vec::new(),
            views: Vec::new(),
            cases: Vec::new(),
            epoch: 0,
            prims: Default::default(),
            races_seen: 0,
            new_race: None,
        }
    }

    pub(super) fn position(&self) -> usize {
        self.session.as_ref().map_or(0, Session::position)
    }

    /// The goroutine stopped inside a sync operation, which must take the next step.
    pub(super) fn held(&self) -> Option<u32> {
        self.session.as_ref().and_then(Session::held)
    }

    pub(super) fn can_forward(&self) -> bool {
        self.session
            .as_ref()
            .is_some_and(|s| s.position() < s.recorded_len())
    }

    /// The program has ended.
    pub(super) fn ended(&self) -> bool {
        self.session.as_ref().and_then(Session::finished).is_some()
    }

    pub(super) fn finished_text(&self) -> Option<String> {
        self.session
            .as_ref()
            .and_then(Session::finished)
            .map(|f| finish_text(&f))
    }

    /// The step that led to the current state, if any.
    pub(super) fn last_step(&self) -> Option<&Point> {
        self.position()
            .checked_sub(1)
            .and_then(|i| self.known.get(i))
    }

    /// The line of goroutine `gid`'s last step up to the current one (with a line).
    pub(super) fn last_line_of(&self, gid: u32) -> Option<u32> {
        self.known
            .iter()
            .take(self.position())
            .rev()
            .find(|p| p.goroutine == gid && p.line > 0)
            .map(|p| p.line)
    }

    /// The goroutine whose step ended the program with a panic, if it ended so.
    pub(super) fn panicked(&self) -> Option<u32> {
        let finish = self.session.as_ref().and_then(Session::finished)?;
        if !finish.message.starts_with("panic:") {
            return None;
        }
        self.last_step().map(|p| p.goroutine)
    }

    /// The goroutine a panel shows: the reader's choice while it lives, else the one that
    /// took the last step.
    pub(super) fn inspected(&self, selected: Option<u32>) -> Option<u32> {
        selected
            .filter(|id| self.views.iter().any(|g| g.id == *id))
            .or(self.last_step().map(|p| p.goroutine))
    }

    /// Why goroutine `gid` cannot be picked now although it could run: another goroutine is
    /// inside a sync operation, and a sub-step stop is no scheduling decision (the engine
    /// refuses the pick with its own sentence, which the notice then shows).
    pub(super) fn waits_for_held(&self, gid: u32) -> Option<String> {
        let held = self.held()?;
        let runnable = self.views.iter().any(|g| {
            g.id == gid && matches!(g.status, GStatusView::Runnable | GStatusView::Running)
        });
        (held != gid && runnable)
            .then(|| format!("goroutine {held} is in the middle of a sync operation"))
    }

    /// New code to run: the record and any cached view of the old one are dropped.
    pub(super) fn start(&mut self, code: String) {
        self.compiled = code;
        self.known.clear();
        self.epoch += 1;
    }

    /// A session for `compiled` (whose library packages are here), or its compile errors.
    pub(super) fn compile(&mut self, interface_steps: bool, detail: Detail) {
        self.loading = false;
        match Session::new(&self.compiled, self.seed) {
            Ok(mut session) => {
                if interface_steps {
                    session.set_interface_steps(true);
                }
                session.set_detail(detail);
                self.session = Some(session);
                self.errors.clear();
            }
            Err(errors) => {
                self.session = None;
                self.errors = errors;
            }
        }
    }

    /// Back at step 0 with nothing recorded.
    pub(super) fn forget_steps(&mut self) {
        if let Some(session) = &mut self.session {
            session.reset();
        }
        self.known.clear();
        self.epoch += 1;
    }

    /// Rebuilds the timeline's record of the steps from the session's recorded events, and
    /// goes to step `target`. False when there is no session.
    pub(super) fn rewalk(&mut self, target: usize) -> bool {
        let Some(session) = &mut self.session else {
            return false;
        };
        self.known = points_of(session);
        self.epoch += 1;
        session.goto(target);
        true
    }

    /// After a jump (back, home, goto, reset): the record stays, unless the session's
    /// changed.
    pub(super) fn sync_known(&mut self) {
        if let Some(s) = &self.session {
            if self.known.len() != s.recorded_len() {
                self.known = points_of(s);
            }
        }
    }

    /// One step: the scheduler's pick (`pick` `None`) or the reader's, with the select case
    /// they chose for it, if any. A recorded step that matches (a loaded schedule, or steps
    /// undone by Back) is redone rather than re-decided, so that Step and Run follow what was
    /// loaded; a chosen case is always a new step (the recorded one may have taken another).
    pub(super) fn advance_with(
        &mut self,
        pick: Option<u32>,
        case: Option<u32>,
    ) -> Result<Stepped, String> {
        let Some(session) = &mut self.session else {
            return Ok(Stepped::Nothing);
        };
        if session.finished().is_some() {
            return Ok(Stepped::Nothing);
        }
        let at = session.position();
        if at < session.recorded_len() && case.is_none() {
            let next = self.known.get(at).map(|p| p.goroutine);
            if pick.is_none() || pick == next {
                session.forward();
                if self.known.len() != session.recorded_len() {
                    self.known = points_of(session);
                }
                return Ok(Stepped::Redone);
            }
        }
        let event = match pick {
            None => match session.step() {
                Some(event) => event,
                None => return Ok(Stepped::Nothing),
            },
            Some(gid) => match case {
                Some(case) => session.step_goroutine_case(gid, case)?,
                None => session.step_goroutine(gid)?,
            },
        };
        self.known.truncate(event.index);
        self.known.push(point_of(&event));
        Ok(Stepped::New)
    }

    /// The goroutines at the current step, and the race the last change found, if it found
    /// one.
    pub(super) fn refresh_views(&mut self) {
        self.views = self
            .session
            .as_ref()
            .map(Session::goroutines)
            .unwrap_or_default();
        let races = self
            .session
            .as_ref()
            .map(Session::races)
            .unwrap_or_default();
        self.new_race = if races.len() > self.races_seen {
            races.last().map(races::race_sentence)
        } else {
            None
        };
        self.races_seen = races.len();
    }

    /// Finds the select cases a reader may choose (see `cases`). Each goroutine costs one
    /// look-ahead step on a copy of the machine, so at most `CASE_PROBES` are asked, and
    /// none while Run goes (`running`: its ticks would pay for it at every step).
    pub(super) fn refresh_cases(&mut self, running: bool) {
        const CASE_PROBES: usize = 16;
        self.cases.clear();
        let Some(session) = self.session.as_ref().filter(|_| !running) else {
            return;
        };
        if session.finished().is_some() {
            return;
        }
        let runnable = self
            .views
            .iter()
            .filter(|g| matches!(g.status, GStatusView::Runnable | GStatusView::Running))
            .take(CASE_PROBES);
        for g in runnable {
            let ready = session.ready_cases(g.id);
            if !ready.is_empty() {
                self.cases.push((g.id, ready));
            }
        }
    }
}

/// The ticks group of [`Widget`]: Run's timer (while it goes), the steps it may still take
/// and its speed.
pub(super) struct Ticks {
    pub(super) timer: Option<Timeout>,
    pub(super) left: usize,
    pub(super) speed: Speed,
}

impl Default for Ticks {
    fn default() -> Ticks {
        Ticks {
            timer: None,
            left: 0,
            speed: Speed::Normal,
        }
    }
}

impl Ticks {
    pub(super) fn running(&self) -> bool {
        self.timer.is_some()
    }

    pub(super) fn stop(&mut self) {
        self.timer = None;
    }

    /// The next tick in `delay` milliseconds.
    pub(super) fn schedule(&mut self, ctx: &Context<Widget>, delay: u32) {
        self.timer = Some(later(ctx, delay, Msg::Tick));
    }
}

impl Widget {
    /// One step: the scheduler's pick (`None`) or the reader's, with the select case they
    /// chose, if any (see [`Run::advance_with`]). Returns whether a step was taken.
    pub(super) fn advance_with(
        &mut self,
        pick: Option<u32>,
        case: Option<u32>,
    ) -> Result<bool, String> {
        let stepped = self.run.advance_with(pick, case)?;
        if stepped == Stepped::New {
            // A step of the reader's own: the path is no longer the loaded one.
            self.goal.from_search = false;
        }
        Ok(stepped != Stepped::Nothing)
    }

    /// A step the reader asked for, announced.
    pub(super) fn user_step(&mut self, pick: Option<u32>) {
        self.user_step_with(pick, None);
    }

    /// A step the reader asked for, with the select case they chose, announced.
    pub(super) fn user_step_with(&mut self, pick: Option<u32>, case: Option<u32>) {
        if self.run.session.is_none() {
            return;
        }
        if self.run.views.is_empty() {
            self.refresh();
        }
        match self.advance_with(pick, case) {
            Ok(true) => {
                self.view.notice = None;
                self.refresh();
                self.announce_step();
            }
            Ok(false) => {
                let text = self
                    .run
                    .finished_text()
                    .unwrap_or_else(|| "nothing to do".into());
                self.view.say(text);
            }
            Err(why) => {
                self.refresh();
                self.view.say_notice(&why, true);
                self.view.say(why);
            }
        }
    }

    pub(super) fn announce_step(&mut self) {
        let Some(point) = self.run.last_step() else {
            return;
        };
        let mut text = announce(point);
        if point.substep {
            text.push_str(&substep_note(point.goroutine));
        }
        if let Some(done) = self.run.finished_text() {
            text = format!("{text}; {done}");
        }
        if let Some(race) = &self.run.new_race {
            text = format!("{text}; data race detected: {race}");
        }
        if self.goal.reached {
            text.push_str("; goal reached");
        }
        self.view.say(text);
    }

    /// One tick of Run: one step at the animated speeds, as many as fit in a few
    /// milliseconds at "instant". Never more, so the page keeps responding.
    pub(super) fn tick(&mut self, ctx: &Context<Self>) {
        if !self.ticks.running() {
            return;
        }
        let started = now_ms();
        let was_reached = self.goal.reached;
        let mut stop: Option<String> = None;
        loop {
            if self.ticks.left == 0 {
                stop = Some(format!(
                    "paused after {RUN_LIMIT} steps; press Run to go on"
                ));
                break;
            }
            match self.advance_with(None, None) {
                Ok(true) => self.ticks.left -= 1,
                Ok(false) | Err(_) => {
                    stop = Some(self.run.finished_text().unwrap_or_else(|| "stopped".into()));
                    break;
                }
            }
            if let Some(goal) = &self.goal.target {
                if !was_reached
                    && self
                        .run
                        .session
                        .as_ref()
                        .is_some_and(|s| s.goal_reached(goal))
                {
                    stop = Some(format!("goal reached at step {}", self.run.position()));
                    break;
                }
            }
            if self.ticks.speed != Speed::Instant || now_ms() - started > TICK_BUDGET_MS {
                break;
            }
        }
        self.refresh();
        match stop {
            Some(text) => {
                self.ticks.stop();
                self.run.refresh_cases(false);
                if self.run.finished_text().is_none() && text.starts_with("paused") {
                    self.view.say_notice(&text, false);
                }
                self.view.say(format!(
                    "run stopped at step {}: {text}",
                    self.run.position()
                ));
            }
            None => {
                if self.ticks.speed == Speed::Slow {
                    self.announce_step();
                }
                self.ticks.schedule(ctx, self.ticks.speed.delay_ms());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speeds_round_trip() {
        for speed in Speed::ALL {
            assert_eq!(Speed::parse(speed.name()), Some(speed));
        }
        assert_eq!(Speed::parse("warp"), None);
    }

    #[test]
    fn finishes_read_well() {
        let f = |code, message: &str| Finish {
            exit_code: code,
            message: message.into(),
        };
        assert_eq!(
            finish_text(&f(Some(0), "")),
            "the program exited (exit status 0)"
        );
        assert_eq!(
            finish_text(&f(Some(2), "panic: boom")),
            "panic: boom (exit status 2)"
        );
        assert_eq!(
            finish_text(&f(None, "step limit reached")),
            "stopped: step limit reached"
        );
    }
}
