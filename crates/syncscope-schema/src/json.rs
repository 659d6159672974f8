//! The `data-options` JSON: how the preprocessor hands a block's options to the widget.
//!
//! ```text
//! {"panels":["code","goroutines"],"schedule":null,"goal":{"kind":"var","name":"n","value":"3"},
//!  "editable":true,"seed":null,"source":null,"detail":"substeps"}
//! ```
//!
//! Every member is written, `null` when unset, except `detail`, which follows `source` only
//! for `substeps` (so blocks without it kept their exact `data-options` when it came). Goals
//! are objects tagged by `kind`: `output` (`text`), `deadlock`, `panic` (`message`), `var`
//! (`name`, `value`), `together` (`lines`: two numbers), `race`. The text is byte for byte
//! what serde_json wrote for the preprocessor's types before this crate.
//!
//! Reading is lenient about what it can safely ignore (a missing or `null` member takes its
//! default, an unknown member is skipped, a repeated panel shows once, so an older or newer
//! preprocessor still works) and strict about what it cannot show (an unknown panel, a
//! malformed goal): those are errors the widget displays instead of itself.

use syncscope_wire::json::{self, Fields, ObjectWriter, Value};

use crate::{Detail, Goal, Options, Panel};

impl Options {
    /// The options as `data-options` JSON.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        let names: Vec<String> = self.panels.iter().map(|p| p.name().to_owned()).collect();
        object.strs("panels", &names);
        optional_str(&mut object, "schedule", self.schedule.as_deref());
        let goal = object.key("goal");
        match &self.goal {
            Some(g) => write_goal(goal, g),
            None => goal.push_str("null"),
        }
        object.bool("editable", self.editable);
        match self.seed {
            Some(seed) => {
                object.u64("seed", seed);
            }
            None => object.key("seed").push_str("null"),
        }
        optional_str(&mut object, "source", self.source.as_deref());
        if self.detail != Detail::Operations {
            object.str("detail", self.detail.name());
        }
        if !self.memory.is_empty() {
            object.strs("memory", &self.memory);
        }
        if let Some(solution) = &self.solution {
            object.str("solution", solution);
        }
        object.end();
        out
    }

    /// Reads `data-options`. An absent or empty attribute means the defaults; the error
    /// says what is wrong, in words for the reader.
    pub fn from_json(text: Option<&str>) -> Result<Options, String> {
        let text = match text.map(str::trim) {
            None | Some("") => return Ok(Options::default()),
            Some(text) => text,
        };
        let malformed = |e: json::Error| format!("the block's options are malformed: {e}");
        let value = json::parse(text).map_err(malformed)?;
        let raw = Raw::read(&value).map_err(malformed)?;
        let defaults = Options::default();
        let panels = match raw.panels {
            None => Panel::defaults(raw.goal.is_some()),
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
        let detail = match raw.detail.as_deref() {
            None => Detail::Operations,
            Some(name) => Detail::parse(name)
                .ok_or_else(|| format!("the block asks for an unknown detail `{name}`"))?,
        };
        Ok(Options {
            panels,
            schedule: raw.schedule.filter(|s| !s.is_empty()),
            goal: raw.goal,
            editable: raw.editable.unwrap_or(defaults.editable),
            seed: raw.seed,
            source: raw.source,
            detail,
            memory: raw.memory.unwrap_or_default(),
            solution: raw.solution,
        })
    }
}

fn optional_str(object: &mut ObjectWriter, name: &str, value: Option<&str>) {
    match value {
        Some(value) => {
            object.str(name, value);
        }
        None => object.key(name).push_str("null"),
    }
}

fn write_goal(out: &mut String, goal: &Goal) {
    let mut object = ObjectWriter::new(out);
    object.str("kind", goal.kind());
    match goal {
        Goal::Output(text) | Goal::AlwaysOutput(text) => {
            object.str("text", text);
        }
        Goal::Panic(message) => {
            object.str("message", message);
        }
        Goal::Var { name, value } => {
            object.str("name", name).str("value", value);
        }
        Goal::Together([a, b]) => {
            object.key("lines").push_str(&format!("[{a},{b}]"));
        }
        Goal::Deadlock | Goal::Race | Goal::Leak | Goal::NeverDeadlock | Goal::NeverRace => {}
    }
    object.end();
}

/// Reads a goal from its JSON object (`kind` says which; unknown members are skipped).
fn read_goal(value: &Value) -> Result<Goal, json::Error> {
    let f = Fields::new(value)?;
    let kind = f.str("kind", None)?;
    Ok(match kind.as_str() {
        "output" => Goal::Output(f.str("text", None)?),
        "deadlock" => Goal::Deadlock,
        "panic" => Goal::Panic(f.str("message", None)?),
        "var" => Goal::Var {
            name: f.str("name", None)?,
            value: f.str("value", None)?,
        },
        "together" => {
            let lines = f.get("lines").and_then(Value::as_array).unwrap_or(&[]);
            let line = |v: &Value| v.as_u64().and_then(|n| u32::try_from(n).ok());
            match lines {
                [a, b] => match (line(a), line(b)) {
                    (Some(a), Some(b)) => Goal::Together([a, b]),
                    _ => return Err(json::Error("`lines` must be two line numbers".into())),
                },
                _ => return Err(json::Error("`lines` must be two line numbers".into())),
            }
        }
        "race" => Goal::Race,
        "leak" => Goal::Leak,
        "never-deadlock" => Goal::NeverDeadlock,
        "never-race" => Goal::NeverRace,
        "always-output" => Goal::AlwaysOutput(f.str("text", None)?),
        other => {
            let mut quoted = String::new();
            json::write_str(&mut quoted, other);
            return Err(json::Error(format!("unknown goal kind {quoted}")));
        }
    })
}

/// The JSON as written; every member optional (absent or `null`) so that a missing one takes
/// its default.
struct Raw {
    panels: Option<Vec<String>>,
    schedule: Option<String>,
    goal: Option<Goal>,
    editable: Option<bool>,
    seed: Option<u64>,
    source: Option<String>,
    detail: Option<String>,
    memory: Option<Vec<String>>,
    solution: Option<String>,
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
                .map(read_goal)
                .transpose()?,
            editable: given("editable")
                .then(|| f.bool("editable", None))
                .transpose()?,
            seed: given("seed").then(|| f.u64("seed", None)).transpose()?,
            source: str("source")?,
            detail: str("detail")?,
            memory: given("memory").then(|| f.strs("memory")).transpose()?,
            solution: str("solution")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::author::{split_words, Parsed};

    fn parse(json: Option<&str>) -> Result<Options, String> {
        Options::from_json(json)
    }

    /// Options as an author's words give them (the code has four lines).
    fn authored(text: &str) -> Options {
        Parsed::from_words(&split_words(text).unwrap())
            .unwrap()
            .finish("a\nb\nc\nd\n", None)
            .unwrap()
    }

    #[test]
    fn options_serialize_to_the_documented_json() {
        let options = authored(r#"panels=code goal=var=n:3 seed=1"#);
        assert_eq!(
            options.to_json(),
            r#"{"panels":["code"],"schedule":null,"goal":{"kind":"var","name":"n","value":"3"},"editable":true,"seed":1,"source":null}"#
        );
        let options = Options {
            goal: Some(Goal::Together([1, 2])),
            ..Options::default()
        };
        assert!(
            options
                .to_json()
                .contains(r#""goal":{"kind":"together","lines":[1,2]}"#),
            "{}",
            options.to_json()
        );
    }

    #[test]
    fn memory_variables_round_trip_and_are_left_out_when_none() {
        let options = authored("panels=code,memory memory=err,p");
        assert_eq!(options.panels, [Panel::Code, Panel::Memory]);
        assert_eq!(options.memory, ["err", "p"]);
        let json = options.to_json();
        assert!(json.contains(r#""memory":["err","p"]"#), "{json}");
        assert_eq!(Options::from_json(Some(&json)).unwrap(), options);
        assert!(!authored("panels=code").to_json().contains("memory"));
    }

    #[test]
    fn a_solution_marks_an_edit_exercise_and_round_trips() {
        let options = authored(r#"goal=panic="boom" solution=demos/x/fix.go"#);
        assert!(options.is_edit_exercise());
        let json = options.to_json();
        assert!(json.ends_with(r#","solution":"demos/x/fix.go"}"#), "{json}");
        assert_eq!(Options::from_json(Some(&json)).unwrap(), options);
        assert!(!authored("goal=deadlock").is_edit_exercise());
        assert!(!authored("goal=deadlock").to_json().contains("solution"));
    }

    #[test]
    fn detail_is_written_only_for_substeps() {
        let json = authored("panels=code detail=substeps").to_json();
        assert!(
            json.ends_with(r#","source":null,"detail":"substeps"}"#),
            "{json}"
        );
        assert!(!authored("detail=operations").to_json().contains("detail"));
    }

    /// The exact text serde_json wrote for the preprocessor's options before this crate:
    /// pages built since then carry the same `data-options`.
    #[test]
    fn the_json_is_what_serde_wrote() {
        for (words, json) in [
            (
                "",
                r#"{"panels":["code","goroutines","output"],"schedule":null,"goal":null,"editable":true,"seed":null,"source":null}"#,
            ),
            (
                r#"panels=output,code,timeline,inspector schedule=g1.g2.c0 goal=output="a \"b\"\n\tc é\\" readonly seed=18446744073709551615"#,
                r#"{"panels":["output","code","timeline","inspector"],"schedule":"g1.g2.c0","goal":{"kind":"output","text":"a \"b\"\n\tc é\\"},"editable":false,"seed":18446744073709551615,"source":null}"#,
            ),
            (
                "goal=deadlock",
                r#"{"panels":["code","goroutines","output","explorer"],"schedule":null,"goal":{"kind":"deadlock"},"editable":true,"seed":null,"source":null}"#,
            ),
            (
                r#"goal="panic=send on closed channel" detail=substeps"#,
                r#"{"panels":["code","goroutines","output","explorer"],"schedule":null,"goal":{"kind":"panic","message":"send on closed channel"},"editable":true,"seed":null,"source":null,"detail":"substeps"}"#,
            ),
            (
                "goal=together=4,2 panels=explorer",
                r#"{"panels":["explorer"],"schedule":null,"goal":{"kind":"together","lines":[4,2]},"editable":true,"seed":null,"source":null}"#,
            ),
            (
                "goal=race",
                r#"{"panels":["code","goroutines","output","explorer"],"schedule":null,"goal":{"kind":"race"},"editable":true,"seed":null,"source":null}"#,
            ),
        ] {
            assert_eq!(authored(words).to_json(), json, "{words}");
            // And the widget reads back what the preprocessor wrote.
            assert_eq!(parse(Some(json)), Ok(authored(words)), "{json}");
        }
        let with_source = Parsed::from_words(&[])
            .unwrap()
            .finish("", Some("demos/a \"b\".go".into()))
            .unwrap();
        assert!(with_source
            .to_json()
            .ends_with(r#""source":"demos/a \"b\".go"}"#));
        assert_eq!(parse(Some(&with_source.to_json())), Ok(with_source));
    }

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
            Some(Goal::Var {
                name: "n".into(),
                value: "3".into()
            })
        );
        assert!(!options.editable);
        assert_eq!(options.seed, Some(u64::MAX));
        assert_eq!(options.source.as_deref(), Some("demos/x.go"));
        assert_eq!(options.detail, Detail::Operations);
    }

    #[test]
    fn a_block_can_open_expanded() {
        let json = r#"{"panels":["code"],"schedule":null,"goal":null,"editable":true,"seed":null,"source":null,"detail":"substeps"}"#;
        assert_eq!(parse(Some(json)).unwrap().detail, Detail::SubSteps);
        assert_eq!(
            parse(Some(r#"{"detail":"operations"}"#)).unwrap().detail,
            Detail::Operations
        );
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
        // An empty schedule is none.
        assert_eq!(parse(Some(r#"{"schedule":""}"#)).unwrap().schedule, None);
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
    fn every_goal_reads_back() {
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
            (r#"{"kind":"leak"}"#, Goal::Leak),
        ];
        for (json, goal) in cases {
            assert_eq!(
                read_goal(&json::parse(json).unwrap()),
                Ok(goal.clone()),
                "{json}"
            );
            let mut written = String::new();
            write_goal(&mut written, &goal);
            assert_eq!(written, json);
        }
    }
}
