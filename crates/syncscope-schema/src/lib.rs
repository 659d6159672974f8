//! The options of a live block, defined once for the three crates that use them.
//!
//! A live block's options are written by an author in a chapter (```` ```go live
//! panels=code,goroutines goal=deadlock ````), checked by the preprocessor
//! (`mdbook-syncscope`), carried to the page as the placeholder's `data-options` JSON, read
//! by the widget (`syncscope-web`), and partly handed to the engine (`gosim`'s session
//! evaluates the [`Goal`] and steps at the chosen [`Detail`]). This crate holds:
//!
//! - the types: [`Options`], [`Panel`], [`Goal`], [`Detail`];
//! - [`author`]: the spelling authors write (`goal=output="a b"`, `panels=code,goroutines`)
//!   and its error messages, which the preprocessor prefixes with chapter and line;
//! - `json` (feature `json`): the `data-options` form, [`Options::to_json`] and
//!   [`Options::from_json`].
//!
//! What a goal *means* (when a machine has reached it) belongs to the engine
//! (`gosim::session::goal_holds`); how the widget states it to the reader belongs to the
//! widget. Adding a goal kind is a variant here, its spelling in [`author`] and `json`, and
//! its meaning in the engine: the compiler points at every match that needs a new arm.

pub mod author;
#[cfg(feature = "json")]
mod json;

/// A panel of the widget, in the spelling authors use in `panels=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Panel {
    Code,
    Goroutines,
    Output,
    Timeline,
    Inspector,
    Explorer,
    /// Interface values as words (type word or itab, data word) and the itab cache.
    Memory,
}

impl Panel {
    /// Every panel, in the order the author's documentation lists them.
    pub const ALL: [Panel; 7] = [
        Panel::Code,
        Panel::Goroutines,
        Panel::Output,
        Panel::Timeline,
        Panel::Inspector,
        Panel::Explorer,
        Panel::Memory,
    ];

    /// The panel's name in `panels=` and in `data-options`.
    pub fn name(self) -> &'static str {
        match self {
            Panel::Code => "code",
            Panel::Goroutines => "goroutines",
            Panel::Output => "output",
            Panel::Timeline => "timeline",
            Panel::Inspector => "inspector",
            Panel::Explorer => "explorer",
            Panel::Memory => "memory",
        }
    }

    pub fn parse(name: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The panels of a block that names none. A goal brings the explorer too, which holds
    /// the "find it for me" button that searches for it.
    pub fn defaults(with_goal: bool) -> Vec<Panel> {
        let mut panels = vec![Panel::Code, Panel::Goroutines, Panel::Output];
        if with_goal {
            panels.push(Panel::Explorer);
        }
        panels
    }
}

/// How finely a step cuts the sync library's operations: the engine's setting, and the
/// detail a block opens at (`detail=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Detail {
    /// A step ends at each scheduling point of the model (each atomic operation of
    /// the sync library, a park, a wake-up): the granularity schedules are made of.
    #[default]
    Operations,
    /// Also stop at each labelled internal point of the sync library (fast-path CAS,
    /// spin, register as waiter, park, wake, handoff, ...). Such a stop is not a
    /// scheduling decision: the next step continues the same goroutine, so a
    /// schedule means the same run under either detail.
    SubSteps,
}

impl Detail {
    /// The spelling in `detail=` and in `data-options`.
    pub fn name(self) -> &'static str {
        match self {
            Detail::Operations => "operations",
            Detail::SubSteps => "substeps",
        }
    }

    pub fn parse(name: &str) -> Option<Detail> {
        [Detail::Operations, Detail::SubSteps]
            .into_iter()
            .find(|d| d.name() == name)
    }
}

/// An exercise goal: what the reader's schedule (or "find it for me") should make the
/// program do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Goal {
    /// Standard output equals this text exactly.
    Output(String),
    /// The run ends in `fatal error: all goroutines are asleep - deadlock!`.
    Deadlock,
    /// The run panics with this message (the text after `panic: `).
    Panic(String),
    /// When the program ends, this package variable prints (as `fmt.Print` shows it) as
    /// `value`.
    Var { name: String, value: String },
    /// Two different goroutines stand on these two (1-based) code lines at the same moment.
    Together([u32; 2]),
    /// The race detector reports a data race.
    Race,
    /// `main` returns while another goroutine is still blocked (on a channel, a lock, a
    /// Done that never closes; not asleep in `time.Sleep`): a leaked goroutine, the kind
    /// Go 1.27's goroutine-leak profile reports.
    Leak,
    /// A property of every schedule, proven by the explorer's complete search: no
    /// schedule deadlocks.
    NeverDeadlock,
    /// No schedule has a data race the detector reports.
    NeverRace,
    /// Every schedule ends normally having printed exactly this text.
    AlwaysOutput(String),
}

impl Goal {
    /// The goal's `kind` in `data-options` (and its first word in `goal=`).
    pub fn kind(&self) -> &'static str {
        match self {
            Goal::Output(_) => "output",
            Goal::Deadlock => "deadlock",
            Goal::Panic(_) => "panic",
            Goal::Var { .. } => "var",
            Goal::Together(_) => "together",
            Goal::Race => "race",
            Goal::Leak => "leak",
            Goal::NeverDeadlock => "never-deadlock",
            Goal::NeverRace => "never-race",
            Goal::AlwaysOutput(_) => "always-output",
        }
    }

    /// Whether the goal is a property of every schedule (proven by a complete search)
    /// rather than a state one schedule should reach.
    pub fn is_property(&self) -> bool {
        matches!(
            self,
            Goal::NeverDeadlock | Goal::NeverRace | Goal::AlwaysOutput(_)
        )
    }
}

/// What a widget is told about its block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Panels in on-screen order, never empty and without repeats.
    pub panels: Vec<Panel>,
    /// A schedule string to load on mount, replayed by the engine.
    pub schedule: Option<String>,
    /// The exercise goal, if the block is an exercise.
    pub goal: Option<Goal>,
    /// Whether the reader may edit the code.
    pub editable: bool,
    /// Seed for the engine's Go-like random scheduling policy.
    pub seed: Option<u64>,
    /// For `{{#gosim}}` blocks: the included file, relative to the book root (the code
    /// pane's caption).
    pub source: Option<String>,
    /// The detail the block opens at (the widget's Expand toggle pressed for `SubSteps`).
    pub detail: Detail,
    /// The variables the memory panel draws (`memory=err,s`), in order; empty: every
    /// local of the selected goroutine's current frame.
    pub memory: Vec<String>,
    /// For an edit exercise: the hidden solution, a Go file under `demos/` (relative to the
    /// book root). Its presence says the goal is reached by changing the code, not by
    /// choosing a schedule: the build checks that the solution reaches the goal and that no
    /// schedule of the starting code does, and the widget words the card as an edit.
    pub solution: Option<String>,
}

impl Options {
    pub fn has(&self, panel: Panel) -> bool {
        self.panels.contains(&panel)
    }

    /// Whether the block is an exercise the reader solves by editing the code (it names a
    /// hidden solution).
    pub fn is_edit_exercise(&self) -> bool {
        self.goal.is_some() && self.solution.is_some()
    }
}

impl Default for Options {
    fn default() -> Options {
        Options {
            panels: Panel::defaults(false),
            schedule: None,
            goal: None,
            editable: true,
            seed: None,
            source: None,
            detail: Detail::Operations,
            memory: Vec::new(),
            solution: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panel_names_round_trip() {
        for panel in Panel::ALL {
            assert_eq!(Panel::parse(panel.name()), Some(panel));
        }
        assert_eq!(Panel::parse("Code"), None);
    }

    #[test]
    fn detail_names_round_trip() {
        for detail in [Detail::Operations, Detail::SubSteps] {
            assert_eq!(Detail::parse(detail.name()), Some(detail));
        }
        assert_eq!(Detail::parse("sub"), None);
        assert_eq!(Detail::default(), Detail::Operations);
    }
}
