//! The block's options, as the preprocessor writes them into `data-options`.
//!
//! The shape is `Options` in `crates/mdbook-syncscope/src/options.rs` (its field names are the
//! contract). Parsing here is lenient about what it can safely ignore (a missing field takes
//! its default, an unknown field is skipped, so an older or newer preprocessor still works) and
//! strict about what it cannot show (an unknown panel, a malformed goal): those become an error
//! the widget displays instead of itself.

use gosim::session::Goal;

use crate::quote::quote;
use syncscope_wire::json::{self, Fields, Value};

/// A panel of the widget, in the spelling authors use in `panels=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Panel {
    Code,
    Goroutines,
    Output,
    Timeline,
    Inspector,
    Explorer,
}

impl Panel {
    pub const ALL: [Panel; 6] = [
        Panel::Code,
        Panel::Goroutines,
        Panel::Output,
        Panel::Timeline,
        Panel::Inspector,
        Panel::Explorer,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Panel::Code => "code",
            Panel::Goroutines => "goroutines",
            Panel::Output => "output",
            Panel::Timeline => "timeline",
            Panel::Inspector => "inspector",
            Panel::Explorer => "explorer",
        }
    }

    pub fn parse(name: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The heading the panel shows.
    pub fn title(self) -> &'static str {
        match self {
            Panel::Code => "Code",
            Panel::Goroutines => "Goroutines",
            Panel::Output => "Output",
            Panel::Timeline => "Timeline",
            Panel::Inspector => "Inspector",
            Panel::Explorer => "Explorer",
        }
    }
}

/// An exercise goal as the preprocessor serializes it (`{"kind": "...", ...}`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoalSpec {
    Output { text: String },
    Deadlock,
    Panic { message: String },
    Var { name: String, value: String },
    Together { lines: [u32; 2] },
    Race,
}

impl GoalSpec {
    /// Reads the goal from its JSON object (`kind` says which; unknown members are skipped).
    pub fn from_value(value: &Value) -> Result<GoalSpec, json::Error> {
        let f = Fields::new(value)?;
        let kind = f.str("kind", None)?;
        Ok(match kind.as_str() {
            "output" => GoalSpec::Output {
                text: f.str("text", None)?,
            },
            "deadlock" => GoalSpec::Deadlock,
            "panic" => GoalSpec::Panic {
                message: f.str("message", None)?,
            },
            "var" => GoalSpec::Var {
                name: f.str("name", None)?,
                value: f.str("value", None)?,
            },
            "together" => {
                let lines = f.get("lines").and_then(Value::as_array).unwrap_or(&[]);
                let line = |v: &Value| v.as_u64().and_then(|n| u32::try_from(n).ok());
                match lines {
                    [a, b] => match (line(a), line(b)) {
                        (Some(a), Some(b)) => GoalSpec::Together { lines: [a, b] },
                        _ => return Err(json::Error("`lines` must be two line numbers".into())),
                    },
                    _ => return Err(json::Error("`lines` must be two line numbers".into())),
                }
            }
            "race" => GoalSpec::Race,
            other => {
                return Err(json::Error(format!(
                    "unknown goal kind {}",
                    quote(other, '"')
                )))
            }
        })
    }

    /// The engine's form of the goal.
    pub fn to_engine(&self) -> Goal {
        match self {
            GoalSpec::Output { text } => Goal::Output(text.clone()),
            GoalSpec::Deadlock => Goal::Deadlock,
            GoalSpec::Panic { message } => Goal::Panic(message.clone()),
            GoalSpec::Var { name, value } => Goal::Var {
                name: name.clone(),
                value: value.clone(),
            },
            GoalSpec::Together { lines } => Goal::Together(*lines),
            GoalSpec::Race => Goal::Race,
        }
    }

    /// The exercise, as the card states it.
    pub fn describe(&self) -> String {
        match self {
            GoalSpec::Output { text } => {
                format!(
                    "Find a schedule that makes the program print exactly {}.",
                    quote(text, '"')
                )
            }
            GoalSpec::Deadlock => {
                "Find a schedule that makes the program deadlock (all goroutines asleep).".into()
            }
            GoalSpec::Panic { message } => {
                format!(
                    "Find a schedule that makes the program panic with {}.",
                    quote(message, '"')
                )
            }
            GoalSpec::Var { name, value } => format!(
                "Find a schedule after which the variable `{name}` holds {value} when the program ends."
            ),
            GoalSpec::Together { lines: [a, b] } => format!(
                "Bring two goroutines to lines {a} and {b} at the same moment."
            ),
            GoalSpec::Race => "Find a schedule in which the race detector reports a data race.".into(),
        }
    }

    /// Code lines the goal points at (marked in the code pane).
    pub fn marked_lines(&self) -> Vec<u32> {
        match self {
            GoalSpec::Together { lines } => lines.to_vec(),
            _ => vec![],
        }
    }
}

/// `data-options`, as the widget uses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Panels in screen order, never empty and without repeats.
    pub panels: Vec<Panel>,
    pub schedule: Option<String>,
    pub goal: Option<GoalSpec>,
    pub editable: bool,
    pub seed: Option<u64>,
    /// For `{{#gosim}}` blocks, the included demo file (shown as the code pane's caption).
    pub source: Option<String>,
    /// The block opens with sync operations expanded into their sub-steps (`detail=substeps`).
    pub substeps: bool,
}

impl Options {
    pub fn has(&self, panel: Panel) -> bool {
        self.panels.contains(&panel)
    }
}

impl Default for Options {
    fn default() -> Options {
        Options {
            panels: vec![Panel::Code, Panel::Goroutines, Panel::Output],
            schedule: None,
            goal: None,
            editable: true,
            seed: None,
            source: None,
            substeps: false,
        }
    }
}

/// Parses `data-options`. An absent or empty attribute means the defaults.
pub fn parse(json: Option<&str>) -> Result<Options, String> {
    let json = match json.map(str::trim) {
        None | Some("") => return Ok(Options::default()),
        Some(json) => json,
    };
    let malformed = |e: json::Error| format!("the block's options are malformed: {e}");
    let value = json::parse(json).map_err(malformed)?;
    let raw = Raw::read(&value).map_err(malformed)?;
    let defaults = Options::default();
    let goal = raw.goal;
    let panels = match raw.panels {
        None => {
            let mut panels = defaults.panels;
            if goal.is_some() {
                panels.push(Panel::Explorer);
            }
            panels
        }
        Some(names) => {
            let mut panels = Vec::new();
            for name in &names {
                let panel = Panel::parse(name)
                    .ok_or_else(|| format!("the block asks for an unknown panel `{name}`"))?;
                if !panels.contains(&panel) {
                    panels.push(panel);
                }
            }
            if panels.is_empty() {
                return Err("the block shows no panels".into());
            }
            panels
        }
    };
    if let Some(schedule) = &raw.schedule {
        check_schedule(schedule)?;
    }
    let substeps = match raw.detail.as_deref() {
        None | Some("operations") => false,
        Some("substeps") => true,
        Some(other) => return Err(format!("the block asks for an unknown detail `{other}`")),
    };
    Ok(Options {
        panels,
        schedule: raw.schedule.filter(|s| !s.is_empty()),
        goal,
        editable: raw.editable.unwrap_or(defaults.editable),
        seed: raw.seed,
        source: raw.source,
        substeps,
    })
}

/// The JSON as written; every field optional (absent or `null`) so that a missing one takes
/// its default.
struct Raw {
    panels: Option<Vec<String>>,
    schedule: Option<String>,
    goal: Option<GoalSpec>,
    editable: Option<bool>,
    seed: Option<u64>,
    source: Option<String>,
    detail: Option<String>,
}

impl Raw {
    fn read(value: &Value) -> Result<Raw, json::Error> {
        let f = Fields::new(value)?;
        // A member that is absent or `null` is `None`; otherwise it must read.
        let given = |name: &str| f.get(name).filter(|v| **v != Value::Null).is_some();
        let str = |name: &str| -> Result<Option<String>, json::Error> {
            given(name).then(|| f.str(name, None)).transpose()
        };
        Ok(Raw {
            panels: given("panels").then(|| f.strs("panels")).transpose()?,
            schedule: str("schedule")?,
            goal: f
                .get("goal")
                .filter(|v| **v != Value::Null)
                .map(GoalSpec::from_value)
                .transpose()?,
            editable: given("editable")
                .then(|| f.bool("editable", None))
                .transpose()?,
            seed: given("seed").then(|| f.u64("seed", None)).transpose()?,
            source: str("source")?,
            detail: str("detail")?,
        })
    }
}

/// Longest schedule string accepted from a page or a link.
pub const MAX_SCHEDULE_LEN: usize = 100_000;

/// Keeps out what could never be a schedule before it reaches the engine's parser: only ASCII
/// letters, digits and the separators `.` and `,`.
pub fn check_schedule(schedule: &str) -> Result<(), String> {
    if schedule.len() > MAX_SCHEDULE_LEN {
        return Err(format!(
            "the schedule is too long ({} characters)",
            schedule.len()
        ));
    }
    match schedule
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '.' || *c == ','))
    {
        Some(c) => Err(format!(
            "the schedule contains {}",
            quote(c.encode_utf8(&mut [0; 4]), '\'')
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preprocessors_json_parses() {
        let json = r#"{"panels":["code","goroutines","output","timeline"],"schedule":null,"goal":null,"editable":true,"seed":null,"source":null}"#;
        let options = parse(Some(json)).unwrap();
        assert_eq!(
            options.panels,
            [
                Panel::Code,
                Panel::Goroutines,
                Panel::Output,
                Panel::Timeline
            ]
        );
        assert!(options.editable);
        assert_eq!(options.goal, None);
        assert_eq!(options.seed, None);
    }

    #[test]
    fn every_field() {
        let json = r#"{"panels":["output","code"],"schedule":"g1.g2.c0","goal":{"kind":"var","name":"n","value":"3"},"editable":false,"seed":18446744073709551615,"source":"demos/x.go"}"#;
        let options = parse(Some(json)).unwrap();
        assert_eq!(options.panels, [Panel::Output, Panel::Code]);
        assert_eq!(options.schedule.as_deref(), Some("g1.g2.c0"));
        assert_eq!(
            options.goal,
            Some(GoalSpec::Var {
                name: "n".into(),
                value: "3".into()
            })
        );
        assert!(!options.editable);
        assert_eq!(options.seed, Some(u64::MAX));
        assert_eq!(options.source.as_deref(), Some("demos/x.go"));
        assert!(!options.substeps);
    }

    #[test]
    fn a_block_can_open_expanded() {
        let json = r#"{"panels":["code"],"schedule":null,"goal":null,"editable":true,"seed":null,"source":null,"detail":"substeps"}"#;
        assert!(parse(Some(json)).unwrap().substeps);
        assert!(!parse(Some(r#"{"detail":"operations"}"#)).unwrap().substeps);
        let err = parse(Some(r#"{"detail":"atoms"}"#)).unwrap_err();
        assert!(err.contains("unknown detail `atoms`"), "{err}");
    }

    #[test]
    fn missing_and_unknown_fields_are_tolerated() {
        assert_eq!(parse(None).unwrap(), Options::default());
        assert_eq!(parse(Some("  ")).unwrap(), Options::default());
        assert_eq!(parse(Some("{}")).unwrap(), Options::default());
        // `null` is as good as absent, as the preprocessor writes unset fields.
        assert_eq!(
            parse(Some(r#"{"panels":null,"editable":null,"detail":null}"#)).unwrap(),
            Options::default()
        );
        let options = parse(Some(r#"{"future":1,"goal":{"kind":"deadlock"}}"#)).unwrap();
        // A goal brings the explorer, as the preprocessor's default does.
        assert_eq!(
            options.panels,
            [
                Panel::Code,
                Panel::Goroutines,
                Panel::Output,
                Panel::Explorer
            ]
        );
    }

    #[test]
    fn bad_options_are_errors_not_panics() {
        for (json, expected) in [
            ("{", "malformed"),
            ("[]", "malformed"),
            ("null", "malformed"),
            ("[1]", "malformed"),
            // An array of the fields' values is not options.
            ("[null,null,null,null,null,null,null]", "malformed"),
            (r#"{"panels":"code"}"#, "malformed"),
            (r#"{"panels":["code","stack"]}"#, "unknown panel `stack`"),
            (r#"{"panels":[]}"#, "no panels"),
            (r#"{"goal":{"kind":"win"}}"#, "malformed"),
            (r#"{"goal":{"kind":"together","lines":[1]}}"#, "malformed"),
            (r#"{"seed":-1}"#, "malformed"),
            (r#"{"seed":1.5}"#, "malformed"),
            (r#"{"editable":"yes"}"#, "malformed"),
            (r#"{"source":7}"#, "malformed"),
            (r#"{"panels":["code",1]}"#, "malformed"),
            (r#"{"goal":"race"}"#, "malformed"),
            (r#"{"goal":{"text":"x"}}"#, "malformed"),
            (r#"{"goal":{"kind":"output"}}"#, "malformed"),
            (
                r#"{"goal":{"kind":"together","lines":[1,4294967296]}}"#,
                "malformed",
            ),
            (
                r#"{"goal":{"kind":"together","lines":[1,2,3]}}"#,
                "malformed",
            ),
            (r#"{"panels":["code"]} x"#, "malformed"),
            (r#"{"schedule":"g1 g2"}"#, "schedule contains ' '"),
            (r#"{"schedule":"é1"}"#, "schedule contains 'é'"),
        ] {
            let err = parse(Some(json)).unwrap_err();
            assert!(err.contains(expected), "{json}: {err}");
        }
    }

    #[test]
    fn repeated_panels_show_once() {
        let options = parse(Some(r#"{"panels":["code","code","output"]}"#)).unwrap();
        assert_eq!(options.panels, [Panel::Code, Panel::Output]);
    }

    #[test]
    fn goals_convert_to_the_engines() {
        let cases = [
            (
                r#"{"kind":"output","text":"a\nb\n"}"#,
                Goal::Output("a\nb\n".into()),
            ),
            (r#"{"kind":"deadlock"}"#, Goal::Deadlock),
            (
                r#"{"kind":"panic","message":"boom"}"#,
                Goal::Panic("boom".into()),
            ),
            (
                r#"{"kind":"var","name":"count","value":"2"}"#,
                Goal::Var {
                    name: "count".into(),
                    value: "2".into(),
                },
            ),
            (
                r#"{"kind":"together","lines":[7,12]}"#,
                Goal::Together([7, 12]),
            ),
            (r#"{"kind":"race"}"#, Goal::Race),
        ];
        for (json, engine) in cases.clone() {
            let spec = GoalSpec::from_value(&json::parse(json).unwrap()).unwrap();
            assert_eq!(spec.to_engine(), engine, "{json}");
            assert!(!spec.describe().is_empty());
        }
        let together = GoalSpec::from_value(&json::parse(cases[4].0).unwrap()).unwrap();
        assert_eq!(together.marked_lines(), [7, 12]);
    }

    #[test]
    fn panel_names_round_trip() {
        for panel in Panel::ALL {
            assert_eq!(Panel::parse(panel.name()), Some(panel));
        }
        assert_eq!(Panel::parse("Code"), None);
    }
}
