//! Stepping and running: one step (the scheduler's pick or the reader's, redoing a recorded
//! step that matches), its announcement, and Run's ticks at the chosen speed.

use gosim::session::{Finish, Session};
use yew::prelude::*;

use super::{later, point_of, points_of, Msg, Widget};
use crate::lanes::{announce, substep_note};

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

impl Widget {
    /// One step: the scheduler's pick (`None`) or the reader's. A recorded step that matches
    /// (a loaded schedule, or steps undone by Back) is redone rather than re-decided, so that
    /// Step and Run follow what was loaded. Returns whether a step was taken.
    pub(super) fn advance(&mut self, pick: Option<u32>) -> Result<bool, String> {
        let Some(session) = &mut self.session else {
            return Ok(false);
        };
        if session.finished().is_some() {
            return Ok(false);
        }
        let at = session.position();
        if at < session.recorded_len() {
            let next = self.known.get(at).map(|p| p.goroutine);
            if pick.is_none() || pick == next {
                session.forward();
                if self.known.len() != session.recorded_len() {
                    self.known = points_of(session);
                }
                return Ok(true);
            }
        }
        let event = match pick {
            None => match session.step() {
                Some(event) => event,
                None => return Ok(false),
            },
            Some(gid) => session.step_goroutine(gid)?,
        };
        self.known.truncate(event.index);
        self.known.push(point_of(&event));
        // A step of the reader's own: the path is no longer the loaded one.
        self.from_search = false;
        Ok(true)
    }

    /// A step the reader asked for, announced.
    pub(super) fn user_step(&mut self, pick: Option<u32>) {
        if self.session.is_none() {
            return;
        }
        if self.views.is_empty() {
            self.refresh();
        }
        match self.advance(pick) {
            Ok(true) => {
                self.notice = None;
                self.refresh();
                self.announce_step();
            }
            Ok(false) => {
                let text = self
                    .finished_text()
                    .unwrap_or_else(|| "nothing to do".into());
                self.say(text);
            }
            Err(why) => {
                self.refresh();
                self.say_notice(&why, true);
                self.say(why);
            }
        }
    }

    pub(super) fn finished_text(&self) -> Option<String> {
        self.session
            .as_ref()
            .and_then(Session::finished)
            .map(|f| finish_text(&f))
    }

    pub(super) fn announce_step(&mut self) {
        let at = self.position();
        let Some(point) = at.checked_sub(1).and_then(|i| self.known.get(i)) else {
            return;
        };
        let mut text = announce(point);
        if point.substep {
            text.push_str(&substep_note(point.goroutine));
        }
        if let Some(done) = self.finished_text() {
            text = format!("{text}; {done}");
        }
        if let Some(race) = &self.new_race {
            text = format!("{text}; data race detected: {race}");
        }
        if self.reached {
            text.push_str("; goal reached");
        }
        self.say(text);
    }

    pub(super) fn stop_run(&mut self) {
        self.run = None;
    }

    pub(super) fn schedule_tick(&mut self, ctx: &Context<Self>, delay: u32) {
        self.run = Some(later(ctx, delay, Msg::Tick));
    }

    /// One tick of Run: one step at the animated speeds, as many as fit in a few
    /// milliseconds at "instant". Never more, so the page keeps responding.
    pub(super) fn tick(&mut self, ctx: &Context<Self>) {
        if self.run.is_none() {
            return;
        }
        let started = now_ms();
        let was_reached = self.reached;
        let mut stop: Option<String> = None;
        loop {
            if self.run_left == 0 {
                stop = Some(format!(
                    "paused after {RUN_LIMIT} steps; press Run to go on"
                ));
                break;
            }
            match self.advance(None) {
                Ok(true) => self.run_left -= 1,
                Ok(false) | Err(_) => {
                    stop = Some(self.finished_text().unwrap_or_else(|| "stopped".into()));
                    break;
                }
            }
            if let Some(goal) = &self.goal {
                if !was_reached && self.session.as_ref().is_some_and(|s| s.goal_reached(goal)) {
                    stop = Some(format!("goal reached at step {}", self.position()));
                    break;
                }
            }
            if self.speed != Speed::Instant || now_ms() - started > TICK_BUDGET_MS {
                break;
            }
        }
        self.refresh();
        match stop {
            Some(text) => {
                self.run = None;
                if self.finished_text().is_none() && text.starts_with("paused") {
                    self.say_notice(&text, false);
                }
                self.say(format!("run stopped at step {}: {text}", self.position()));
            }
            None => {
                if self.speed == Speed::Slow {
                    self.announce_step();
                }
                self.schedule_tick(ctx, self.speed.delay_ms());
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
