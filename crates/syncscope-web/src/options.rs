//! The block's options as the widget uses them: `data-options` read through
//! `syncscope-schema` (the types, and the JSON the preprocessor writes), then the checks and
//! the words that belong to the widget: a schedule that could never be one is refused before
//! the engine sees it, a goal is stated to the reader, a panel has a heading.

use crate::quote::quote;

pub use syncscope_schema::{Goal, Options, Panel};

/// Parses `data-options`. An absent or empty attribute means the defaults; an error is shown
/// instead of the widget.
pub fn parse(json: Option<&str>) -> Result<Options, String> {
    let options = Options::from_json(json)?;
    if let Some(schedule) = &options.schedule {
        check_schedule(schedule)?;
    }
    Ok(options)
}

/// The heading a panel shows.
pub trait PanelTitle {
    fn title(self) -> &'static str;
}

impl PanelTitle for Panel {
    fn title(self) -> &'static str {
        match self {
            Panel::Code => "Code",
            Panel::Goroutines => "Goroutines",
            Panel::Output => "Output",
            Panel::Timeline => "Timeline",
            Panel::Inspector => "Inspector",
            Panel::Explorer => "Explorer",
            Panel::Memory => "Memory",
        }
    }
}

/// How the exercise card shows a goal.
pub trait GoalText {
    /// The exercise, as the card states it.
    fn describe(&self) -> String;
    /// The exercise of an edit exercise (the block names a hidden solution): the reader
    /// changes the code until a run reaches the goal.
    fn describe_edit(&self) -> String;
    /// Code lines the goal points at (marked in the code pane).
    fn marked_lines(&self) -> Vec<u32>;
}

impl GoalText for Goal {
    fn describe(&self) -> String {
        match self {
            Goal::Output(text) => {
                format!(
                    "Find a schedule that makes the program print exactly {}.",
                    quote(text, '"')
                )
            }
            Goal::Deadlock => {
                "Find a schedule that makes the program deadlock (all goroutines asleep).".into()
            }
            Goal::Panic(message) => {
                format!(
                    "Find a schedule that makes the program panic with {}.",
                    quote(message, '"')
                )
            }
            Goal::Var { name, value } => format!(
                "Find a schedule after which the variable `{name}` holds {value} when the program ends."
            ),
            Goal::Together([a, b]) => format!(
                "Bring two goroutines to lines {a} and {b} at the same moment."
            ),
            Goal::Race => "Find a schedule in which the race detector reports a data race.".into(),
            Goal::Leak => {
                "Find a schedule in which main returns while another goroutine is still blocked (a leak).".into()
            }
            Goal::NeverDeadlock => {
                "Change the program so that no schedule deadlocks: the page checks every one.".into()
            }
            Goal::NeverRace => {
                "Change the program so that no schedule has a data race: the page checks every one.".into()
            }
            Goal::AlwaysOutput(text) => format!(
                "Change the program so that every schedule prints exactly {}: the page checks every one.",
                quote(text, '"')
            ),
        }
    }

    fn describe_edit(&self) -> String {
        let what = match self {
            Goal::Output(text) => format!("the program prints exactly {}", quote(text, '"')),
            Goal::Deadlock => "the program deadlocks (all goroutines asleep)".into(),
            Goal::Panic(message) => format!("the program panics with {}", quote(message, '"')),
            Goal::Var { name, value } => {
                format!("the variable `{name}` holds {value} when the program ends")
            }
            Goal::Together([a, b]) => {
                format!("two goroutines can stand on lines {a} and {b} at the same moment")
            }
            Goal::Race => "the race detector reports a data race".into(),
            Goal::Leak => "main returns while another goroutine is still blocked (a leak)".into(),
            // A property goal is an edit already: its sentence says so.
            Goal::NeverDeadlock | Goal::NeverRace | Goal::AlwaysOutput(_) => {
                return self.describe()
            }
        };
        format!("Edit the code so that {what}, then press \u{201c}Run code\u{201d} and Run it: no schedule of the book\u{2019}s code does.")
    }

    fn marked_lines(&self) -> Vec<u32> {
        match self {
            Goal::Together(lines) => lines.to_vec(),
            _ => vec![],
        }
    }
}

/// A goal sentence cut at its Markdown code spans: `(is_code, text)` pieces, so the card
/// draws `` `n` `` as `<code>n</code>` instead of showing the backticks (issue 17, stumble
/// #4). A backtick with no partner stays as written.
pub fn code_spans(text: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(len) = rest[open + 1..].find('`') else {
            break;
        };
        if open > 0 {
            out.push((false, &rest[..open]));
        }
        out.push((true, &rest[open + 1..open + 1 + len]));
        rest = &rest[open + 2 + len..];
    }
    if !rest.is_empty() {
        out.push((false, rest));
    }
    out
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
        let json = r#"{"panels":["code","goroutines","output","timeline"],"schedule":"g1.g2","goal":null,"editable":true,"seed":null,"source":null}"#;
        let options = parse(Some(json)).unwrap();
        assert!(options.has(Panel::Timeline));
        assert_eq!(options.schedule.as_deref(), Some("g1.g2"));
        assert_eq!(parse(None).unwrap(), Options::default());
    }

    #[test]
    fn bad_options_are_errors_not_panics() {
        for (json, expected) in [
            ("{", "malformed"),
            (r#"{"panels":["code","stack"]}"#, "unknown panel `stack`"),
            (r#"{"schedule":"g1 g2"}"#, "schedule contains ' '"),
            (r#"{"schedule":"é1"}"#, "schedule contains 'é'"),
        ] {
            let err = parse(Some(json)).unwrap_err();
            assert!(err.contains(expected), "{json}: {err}");
        }
    }

    #[test]
    fn goals_are_stated_for_the_reader() {
        let goals = [
            Goal::Output("a\nb\n".into()),
            Goal::Deadlock,
            Goal::Panic("boom".into()),
            Goal::Var {
                name: "count".into(),
                value: "2".into(),
            },
            Goal::Together([7, 12]),
            Goal::Race,
            Goal::Leak,
        ];
        for goal in &goals {
            assert!(!goal.describe().is_empty());
        }
        assert_eq!(
            goals[0].describe(),
            "Find a schedule that makes the program print exactly \"a\\nb\\n\"."
        );
        assert_eq!(goals[4].marked_lines(), [7, 12]);
        assert_eq!(
            goals[6].describe(),
            "Find a schedule in which main returns while another goroutine is still blocked (a leak)."
        );
        let var = Goal::Var {
            name: "n".into(),
            value: "1".into(),
        };
        assert_eq!(
            code_spans(&var.describe()),
            [
                (false, "Find a schedule after which the variable "),
                (true, "n"),
                (false, " holds 1 when the program ends.")
            ]
        );
        assert_eq!(code_spans("a `b"), [(false, "a `b")]);
        assert_eq!(code_spans("`x``y`"), [(true, "x"), (true, "y")]);
        assert_eq!(code_spans(""), []);
        assert!(goals[1].marked_lines().is_empty());
    }

    #[test]
    fn edit_exercises_ask_for_an_edit() {
        assert_eq!(
            Goal::Panic("boom".into()).describe_edit(),
            "Edit the code so that the program panics with \"boom\", then press \u{201c}Run code\u{201d} and Run it: no schedule of the book\u{2019}s code does."
        );
        assert!(Goal::Output("x".into())
            .describe_edit()
            .starts_with("Edit the code so that the program prints exactly \"x\""));
        assert_eq!(
            Goal::NeverDeadlock.describe_edit(),
            Goal::NeverDeadlock.describe()
        );
    }

    #[test]
    fn every_panel_has_a_title() {
        let titles: Vec<&str> = Panel::ALL.iter().map(|p| p.title()).collect();
        assert_eq!(
            titles,
            [
                "Code",
                "Goroutines",
                "Output",
                "Timeline",
                "Inspector",
                "Explorer",
                "Memory"
            ]
        );
    }
}
