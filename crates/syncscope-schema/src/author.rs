//! The option syntax authors write, shared by live fences and `{{#gosim}}` directives.
//!
//! Options are whitespace-separated words. A word is either a flag (`readonly`) or
//! `key=value`. Quotes may appear anywhere in a word, as in a shell: `goal=output="a b"` and
//! `goal="output=a b"` are the same word. Inside double quotes `\"`, `\\`, `\n` and `\t` are
//! escapes; single quotes take everything literally. The keys are documented in the
//! preprocessor's crate docs (`mdbook-syncscope`).
//!
//! Errors quote the offending text instead of giving a column, because the same options sit
//! at different places on the line in a fence and in a directive; the preprocessor puts the
//! chapter and line in front (`src/channels/index.md:42: unknown option \`pannels\` ...`).

use crate::{Detail, Goal, Options, Panel};

const KNOWN: &str =
    "panels, schedule, goal, id, seed, detail, memory, solution, readonly, editable";

/// Options as written, before they are checked against the code: the block id is pulled out
/// because it goes in its own attribute.
#[derive(Debug, Default)]
pub struct Parsed {
    pub id: Option<String>,
    panels: Option<Vec<Panel>>,
    schedule: Option<String>,
    goal: Option<Goal>,
    editable: Option<bool>,
    seed: Option<u64>,
    detail: Option<Detail>,
    memory: Option<Vec<String>>,
    solution: Option<String>,
}

impl Parsed {
    /// Parses option words. `live` is accepted (and ignored) so that a fence may say
    /// ` ```go live ... ` as well as ` ```go,live ... `.
    pub fn from_words(words: &[String]) -> Result<Parsed, String> {
        let mut parsed = Parsed::default();
        for word in words {
            let (key, value) = match word.split_once('=') {
                Some((key, value)) => (key, Some(value)),
                None => (word.as_str(), None),
            };
            parsed.apply(key, value)?;
        }
        Ok(parsed)
    }

    fn apply(&mut self, key: &str, value: Option<&str>) -> Result<(), String> {
        match (key, value) {
            ("live", None) => Ok(()),
            ("readonly" | "editable", None) => {
                let editable = key == "editable";
                match self.editable {
                    Some(before) if before != editable => {
                        Err("`readonly` and `editable` contradict each other".into())
                    }
                    _ => {
                        self.editable = Some(editable);
                        Ok(())
                    }
                }
            }
            ("readonly" | "editable" | "live", Some(_)) => {
                Err(format!("`{key}` is a flag and takes no value"))
            }
            ("panels", Some(v)) => set(&mut self.panels, key, parse_panels(v)?),
            ("schedule", Some(v)) => set(&mut self.schedule, key, parse_schedule(v)?),
            ("goal", Some(v)) => set(&mut self.goal, key, parse_goal(v)?),
            ("id", Some(v)) => set(&mut self.id, key, parse_id(v)?),
            ("seed", Some(v)) => {
                let seed = v
                    .parse()
                    .map_err(|_| format!("seed must be a non-negative integer, got `{v}`"))?;
                set(&mut self.seed, key, seed)
            }
            ("detail", Some(v)) => set(&mut self.detail, key, parse_detail(v)?),
            ("memory", Some(v)) => set(&mut self.memory, key, parse_memory(v)?),
            ("solution", Some(v)) => set(&mut self.solution, key, parse_solution(v)?),
            (
                "panels" | "schedule" | "goal" | "id" | "seed" | "detail" | "memory" | "solution",
                None,
            ) => Err(format!("`{key}` needs a value: `{key}=...`")),
            _ => Err(format!("unknown option `{key}` (known: {KNOWN})")),
        }
    }

    /// Checks what needs the code (goal line numbers) and fills in defaults.
    pub fn finish(self, code: &str, source: Option<String>) -> Result<Options, String> {
        if let Some(Goal::Together(lines)) = &self.goal {
            let count = code.lines().count();
            for line in lines {
                if *line as usize > count {
                    return Err(format!(
                        "goal together: line {line} is past the end of the code ({count} lines)"
                    ));
                }
            }
        }
        if self.solution.is_some() && self.goal.is_none() {
            return Err("`solution=` belongs to an exercise: give the block a `goal=` too".into());
        }
        let panels = self
            .panels
            .unwrap_or_else(|| Panel::defaults(self.goal.is_some()));
        Ok(Options {
            panels,
            schedule: self.schedule,
            goal: self.goal,
            editable: self.editable.unwrap_or(true),
            seed: self.seed,
            source,
            detail: self.detail.unwrap_or_default(),
            memory: self.memory.unwrap_or_default(),
            solution: self.solution,
        })
    }
}

fn set<T>(slot: &mut Option<T>, key: &str, value: T) -> Result<(), String> {
    if slot.is_some() {
        return Err(format!("option `{key}` is given twice"));
    }
    *slot = Some(value);
    Ok(())
}

/// How finely the widget cuts sync operations when the block opens: `operations` (one step
/// per scheduling point, the default) or `substeps` (also a stop at each labelled point inside
/// Mutex, RWMutex, WaitGroup and Cond operations).
fn parse_detail(value: &str) -> Result<Detail, String> {
    Detail::parse(value)
        .ok_or_else(|| format!("detail must be `operations` or `substeps`, got `{value}`"))
}

/// An edit exercise's hidden solution: a `.go` file under `demos/`, relative to the book
/// root (the preprocessor reads it; whether it exists is its business).
fn parse_solution(value: &str) -> Result<String, String> {
    let inside = value.starts_with("demos/")
        && value.ends_with(".go")
        && value
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..");
    if inside {
        Ok(value.to_owned())
    } else {
        Err(format!(
            "solution `{value}` must be a .go file under demos/ (relative to the book root)"
        ))
    }
}

/// The memory panel's variables: Go identifiers separated by commas.
fn parse_memory(value: &str) -> Result<Vec<String>, String> {
    value
        .split(',')
        .map(|name| {
            let mut chars = name.chars();
            let ident = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && chars.all(|c| c.is_alphanumeric() || c == '_');
            if ident {
                Ok(name.to_owned())
            } else {
                Err(format!("memory: `{name}` is not a variable name"))
            }
        })
        .collect()
}

#[cfg(test)]
mod memory_tests {
    #[test]
    fn memory_names_must_be_identifiers() {
        assert_eq!(super::parse_memory("err,s").unwrap(), ["err", "s"]);
        assert!(super::parse_memory("err,").is_err());
        assert!(super::parse_memory("1x").is_err());
        assert!(super::parse_memory("a.b").is_err());
    }
}

fn parse_panels(value: &str) -> Result<Vec<Panel>, String> {
    let mut panels: Vec<Panel> = Vec::new();
    for name in value.split(',') {
        let Some(panel) = Panel::parse(name) else {
            let known: Vec<&str> = Panel::ALL.iter().map(|p| p.name()).collect();
            return Err(format!(
                "unknown panel `{name}` (known: {})",
                known.join(", ")
            ));
        };
        if panels.contains(&panel) {
            return Err(format!("panel `{name}` is listed twice"));
        }
        panels.push(panel);
    }
    Ok(panels)
}

/// The schedule's grammar belongs to the engine; here we only keep out what could never be
/// one (empty, whitespace, control characters), so typos in quoting surface at build time.
fn parse_schedule(value: &str) -> Result<String, String> {
    if value.is_empty() {
        return Err("schedule is empty".into());
    }
    if let Some(c) = value.chars().find(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "schedule contains {c:?}; write it without spaces, e.g. schedule=1,1,2"
        ));
    }
    Ok(value.to_owned())
}

fn parse_id(value: &str) -> Result<String, String> {
    let valid = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if valid {
        Ok(value.to_owned())
    } else {
        Err(format!(
            "id `{value}` must be non-empty and use only letters, digits, `-` and `_`"
        ))
    }
}

/// `deadlock`, `race`, `leak`, `never-deadlock`, `never-race`, `always-output=TEXT`, `output=TEXT`, `panic=MESSAGE`, `var=NAME:VALUE`, `together=L1,L2`.
pub fn parse_goal(value: &str) -> Result<Goal, String> {
    let (kind, arg) = match value.split_once('=') {
        Some((kind, arg)) => (kind, Some(arg)),
        None => (value, None),
    };
    const FORMS: &str =
        "deadlock, race, leak, never-deadlock, never-race, always-output=\"TEXT\", output=\"TEXT\", panic=\"MESSAGE\", var=NAME:VALUE, together=LINE,LINE";
    match (kind, arg) {
        ("deadlock", None) => Ok(Goal::Deadlock),
        ("race", None) => Ok(Goal::Race),
        ("leak", None) => Ok(Goal::Leak),
        ("never-deadlock", None) => Ok(Goal::NeverDeadlock),
        ("never-race", None) => Ok(Goal::NeverRace),
        ("always-output", Some(text)) => Ok(Goal::AlwaysOutput(text.to_owned())),
        ("output", Some(text)) => Ok(Goal::Output(text.to_owned())),
        ("panic", Some(message)) if !message.is_empty() => Ok(Goal::Panic(message.to_owned())),
        ("var", Some(spec)) => {
            let (name, value) = spec
                .split_once(':')
                .ok_or_else(|| format!("goal var=`{spec}`: expected var=NAME:VALUE"))?;
            if !is_go_identifier(name) {
                return Err(format!("goal var: `{name}` is not a Go identifier"));
            }
            Ok(Goal::Var {
                name: name.to_owned(),
                value: value.to_owned(),
            })
        }
        ("together", Some(spec)) => {
            let lines: Vec<&str> = spec.split(',').collect();
            let parsed: Vec<u32> = lines
                .iter()
                .map(|l| l.parse::<u32>().ok().filter(|&n| n > 0))
                .collect::<Option<_>>()
                .ok_or_else(|| {
                    format!("goal together=`{spec}`: expected two line numbers, e.g. together=7,12")
                })?;
            match parsed[..] {
                [a, b] if a != b => Ok(Goal::Together([a, b])),
                [_, _] => Err(format!("goal together=`{spec}`: the two lines must differ")),
                _ => Err(format!(
                    "goal together=`{spec}`: expected exactly two line numbers"
                )),
            }
        }
        ("deadlock" | "race" | "leak" | "never-deadlock" | "never-race", Some(_)) => {
            Err(format!("goal `{kind}` takes no value"))
        }
        ("output" | "panic" | "var" | "together" | "always-output", _) => {
            Err(format!("goal `{kind}` needs a value (goal forms: {FORMS})"))
        }
        _ => Err(format!("unknown goal `{value}` (goal forms: {FORMS})")),
    }
}

fn is_go_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// Splits option text into words, removing quotes and applying escapes (see module docs).
pub fn split_words(text: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some((_, '\'')) => break,
                        Some((_, c)) => word.push(c),
                        None => return Err(unterminated(text, at)),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some((_, '"')) => break,
                        Some((_, '\\')) => match chars.next() {
                            Some((_, 'n')) => word.push('\n'),
                            Some((_, 't')) => word.push('\t'),
                            Some((_, c @ ('"' | '\\'))) => word.push(c),
                            Some((_, other)) => {
                                return Err(format!(
                                    "unknown escape `\\{other}` in a quoted value (use \\n, \\t, \\\" or \\\\)",
                                ))
                            }
                            None => return Err(unterminated(text, at)),
                        },
                        Some((_, c)) => word.push(c),
                        None => return Err(unterminated(text, at)),
                    }
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

fn unterminated(text: &str, at: usize) -> String {
    let rest = &text[at..];
    let shown: String = rest.chars().take(24).collect();
    let more = if shown.len() < rest.len() { "…" } else { "" };
    format!("unterminated quote: `{shown}{more}` is never closed")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        split_words(text).unwrap()
    }

    /// `read` refuses each text with an error that contains the expected words.
    fn refuses<T: std::fmt::Debug>(
        read: impl Fn(&str) -> Result<T, String>,
        cases: &[(&str, &str)],
    ) {
        for (text, expected) in cases {
            let err = read(text).unwrap_err();
            assert!(err.contains(expected), "{text}: {err}");
        }
    }

    fn parse(text: &str) -> Result<Options, String> {
        Parsed::from_words(&split_words(text)?)?.finish("a\nb\nc\nd\n", None)
    }

    #[test]
    fn words_split_on_whitespace_and_join_quoted_parts() {
        assert_eq!(words("  a  b\tc "), ["a", "b", "c"]);
        assert_eq!(words(r#"goal=output="a b""#), ["goal=output=a b"]);
        assert_eq!(words(r#""goal=output=a b""#), ["goal=output=a b"]);
        assert_eq!(words(r#"x="""#), ["x="]);
        assert_eq!(words("x='a \"b\" \\n'"), ["x=a \"b\" \\n"]);
    }

    #[test]
    fn double_quotes_take_escapes() {
        assert_eq!(words(r#"x="1\n2\t\"q\" \\""#), ["x=1\n2\t\"q\" \\"]);
        let err = split_words(r#"x="\q""#).unwrap_err();
        assert!(err.contains("unknown escape `\\q`"), "{err}");
    }

    #[test]
    fn unterminated_quotes_show_where_they_start() {
        let err = split_words(r#"panels=code goal="output=hi"#).unwrap_err();
        assert_eq!(err, "unterminated quote: `\"output=hi` is never closed");
        let err = split_words("a 'bcdefghijklmnopqrstuvwxyz").unwrap_err();
        assert_eq!(
            err,
            "unterminated quote: `'bcdefghijklmnopqrstuvwx…` is never closed"
        );
    }

    #[test]
    fn defaults() {
        let options = parse("").unwrap();
        assert_eq!(
            options.panels,
            [Panel::Code, Panel::Goroutines, Panel::Output]
        );
        assert!(options.editable);
        assert_eq!(options.goal, None);
        // A goal brings the explorer, which holds "find it for me".
        assert_eq!(
            parse("goal=deadlock").unwrap().panels,
            [
                Panel::Code,
                Panel::Goroutines,
                Panel::Output,
                Panel::Explorer
            ]
        );
    }

    #[test]
    fn a_solution_is_a_go_file_under_demos_and_needs_a_goal() {
        let options = parse("goal=panic=boom solution=demos/a/fix.go").unwrap();
        assert_eq!(options.solution.as_deref(), Some("demos/a/fix.go"));
        for bad in ["demos/../x.go", "src/x.go", "demos/x.rs", "demos//x.go"] {
            let err = parse(&format!("goal=deadlock solution={bad}")).unwrap_err();
            assert!(
                err.contains("must be a .go file under demos/"),
                "{bad}: {err}"
            );
        }
        let err = parse("solution=demos/a/fix.go").unwrap_err();
        assert!(err.contains("give the block a `goal=`"), "{err}");
        assert!(parse("goal=deadlock solution").is_err());
    }

    #[test]
    fn the_leak_goal_is_spelled_leak_and_takes_no_value() {
        assert_eq!(parse("live goal=leak").unwrap().goal, Some(Goal::Leak));
        assert_eq!(parse_goal("leak"), Ok(Goal::Leak));
        assert_eq!(
            parse_goal("leak=1"),
            Err("goal `leak` takes no value".to_string())
        );
    }

    #[test]
    fn every_option() {
        let options =
            parse(r#"live panels=output,code schedule="1,1,2" goal=race readonly seed=7 id=x_1"#)
                .unwrap();
        assert_eq!(options.panels, [Panel::Output, Panel::Code]);
        assert_eq!(options.schedule.as_deref(), Some("1,1,2"));
        assert_eq!(options.goal, Some(Goal::Race));
        assert!(!options.editable);
        assert_eq!(options.seed, Some(7));
    }

    #[test]
    fn goals() {
        assert_eq!(parse_goal("deadlock"), Ok(Goal::Deadlock));
        assert_eq!(
            parse_goal("output=ping\npong\n"),
            Ok(Goal::Output("ping\npong\n".into()))
        );
        assert_eq!(
            parse_goal("panic=send on closed channel"),
            Ok(Goal::Panic("send on closed channel".into()))
        );
        assert_eq!(
            parse_goal("var=count:3"),
            Ok(Goal::Var {
                name: "count".into(),
                value: "3".into()
            })
        );
        assert_eq!(parse_goal("together=3,7"), Ok(Goal::Together([3, 7])));
        assert_eq!(parse_goal("never-deadlock"), Ok(Goal::NeverDeadlock));
        assert_eq!(parse_goal("never-race"), Ok(Goal::NeverRace));
        assert_eq!(
            parse_goal("always-output=n = 4\n"),
            Ok(Goal::AlwaysOutput("n = 4\n".into()))
        );
        assert!(parse_goal("never-deadlock=x").is_err());
        assert!(parse_goal("always-output").is_err());
    }

    #[test]
    fn bad_goals_say_what_is_wrong() {
        refuses(
            parse_goal,
            &[
                ("deadlok", "unknown goal `deadlok`"),
                ("deadlock=1", "takes no value"),
                ("output", "needs a value"),
                ("panic=", "needs a value"),
                ("var=count", "expected var=NAME:VALUE"),
                ("var=1x:3", "not a Go identifier"),
                ("together=3", "exactly two line numbers"),
                ("together=3,x", "expected two line numbers"),
                ("together=0,2", "expected two line numbers"),
                ("together=2,2", "must differ"),
            ],
        );
        let err = parse("goal=together=2,9").unwrap_err();
        assert!(
            err.contains("line 9 is past the end of the code (4 lines)"),
            "{err}"
        );
    }

    #[test]
    fn bad_options_say_what_is_wrong() {
        refuses(
            parse,
            &[
                ("pannels=code", "unknown option `pannels`"),
                ("panels=code,stack", "unknown panel `stack`"),
                ("panels=code,code", "listed twice"),
                ("panels", "needs a value"),
                ("readonly=yes", "is a flag"),
                ("readonly editable", "contradict"),
                ("seed=-1", "non-negative integer"),
                ("id=a/b", "only letters, digits"),
                ("schedule=\"1, 2\"", "without spaces"),
                ("goal=race goal=deadlock", "given twice"),
            ],
        );
    }

    #[test]
    fn detail_opens_a_block_expanded() {
        assert_eq!(parse("detail=substeps").unwrap().detail, Detail::SubSteps);
        // The default, and its explicit spelling.
        assert_eq!(parse("").unwrap().detail, Detail::Operations);
        assert_eq!(
            parse("detail=operations").unwrap().detail,
            Detail::Operations
        );
        refuses(
            parse,
            &[
                (
                    "detail=sub",
                    "detail must be `operations` or `substeps`, got `sub`",
                ),
                ("detail", "`detail` needs a value"),
                ("detail=substeps detail=operations", "given twice"),
            ],
        );
    }

    #[test]
    fn unknown_options_name_the_known_ones() {
        // The preprocessor prints this after `src/<chapter>.md:<line>: `.
        assert_eq!(
            parse("pannels=code").unwrap_err(),
            "unknown option `pannels` (known: panels, schedule, goal, id, seed, detail, memory, solution, readonly, editable)"
        );
        assert_eq!(
            parse("panels=code,stack").unwrap_err(),
            "unknown panel `stack` (known: code, goroutines, output, timeline, inspector, explorer, memory)"
        );
    }
}
