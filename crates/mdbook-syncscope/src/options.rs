//! The option syntax shared by live fences and `{{#gosim}}` directives.
//!
//! Options are whitespace-separated words. A word is either a flag (`readonly`) or
//! `key=value`. Quotes may appear anywhere in a word, as in a shell: `goal=output="a b"` and
//! `goal="output=a b"` are the same word. Inside double quotes `\"`, `\\`, `\n` and `\t` are
//! escapes; single quotes take everything literally. See the crate docs for the keys.
//!
//! Errors quote the offending text instead of giving a column, because the same options sit
//! at different places on the line in a fence and in a directive.

use serde::Serialize;

/// Every panel a widget can show, in the spelling authors use.
pub const PANELS: &[&str] = &[
    "code",
    "goroutines",
    "output",
    "timeline",
    "inspector",
    "explorer",
];

/// Panels shown when a block names none.
const DEFAULT_PANELS: &[&str] = &["code", "goroutines", "output"];

const KNOWN: &str = "panels, schedule, goal, id, seed, detail, readonly, editable";

/// What a widget is told about its block. Serialized as the `data-options` JSON; the widget
/// crate deserializes the same shape, so field names here are a contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Options {
    /// Panels in on-screen order.
    pub panels: Vec<String>,
    /// A schedule string to load on mount, replayed by the engine.
    pub schedule: Option<String>,
    /// The exercise goal, if the block is an exercise.
    pub goal: Option<Goal>,
    /// Whether the reader may edit the code (default true).
    pub editable: bool,
    /// Seed for the engine's Go-like random scheduling policy.
    pub seed: Option<u64>,
    /// For `{{#gosim}}` blocks: the included file, relative to the book root.
    pub source: Option<String>,
    /// `"substeps"` when the block opens with sync operations expanded into their labelled
    /// sub-steps (the widget's Expand toggle pressed). Left out of the JSON when not given, so
    /// blocks without it keep their exact `data-options`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<Detail>,
}

/// How finely the widget cuts sync operations when the block opens (`detail=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Detail {
    /// One step per scheduling point: the widget's default.
    Operations,
    /// Also a stop at each labelled point inside Mutex, RWMutex, WaitGroup and Cond
    /// operations, as the widget's Expand toggle gives.
    Substeps,
}

/// An exercise goal: what the reader (or "find it for me") must make the program do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Goal {
    /// Standard output equals `text` exactly.
    Output { text: String },
    /// The run ends with `fatal error: all goroutines are asleep - deadlock!`.
    Deadlock,
    /// The run panics with this message.
    Panic { message: String },
    /// A variable holds a value (as `fmt.Print` would show it) when the program ends.
    Var { name: String, value: String },
    /// Two goroutines stand on these two (1-based) code lines at the same moment.
    Together { lines: [u32; 2] },
    /// The race detector reports a data race.
    Race,
}

/// Options as written, before they are checked against the code: the block id is pulled out
/// because it goes in its own attribute.
#[derive(Debug, Default)]
pub struct Parsed {
    pub id: Option<String>,
    panels: Option<Vec<String>>,
    schedule: Option<String>,
    goal: Option<Goal>,
    editable: Option<bool>,
    seed: Option<u64>,
    detail: Option<Detail>,
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
            ("panels" | "schedule" | "goal" | "id" | "seed" | "detail", None) => {
                Err(format!("`{key}` needs a value: `{key}=...`"))
            }
            _ => Err(format!("unknown option `{key}` (known: {KNOWN})")),
        }
    }

    /// Checks what needs the code (goal line numbers) and fills in defaults.
    pub fn finish(self, code: &str, source: Option<String>) -> Result<Options, String> {
        if let Some(Goal::Together { lines }) = &self.goal {
            let count = code.lines().count();
            for line in lines {
                if *line as usize > count {
                    return Err(format!(
                        "goal together: line {line} is past the end of the code ({count} lines)"
                    ));
                }
            }
        }
        let panels = self.panels.unwrap_or_else(|| {
            let mut panels: Vec<String> = DEFAULT_PANELS.iter().map(|p| p.to_string()).collect();
            // The explorer holds the "find it for me" button that searches for the goal.
            if self.goal.is_some() {
                panels.push("explorer".into());
            }
            panels
        });
        Ok(Options {
            panels,
            schedule: self.schedule,
            goal: self.goal,
            editable: self.editable.unwrap_or(true),
            seed: self.seed,
            source,
            // `operations` is the widget's default, so only `substeps` needs saying.
            detail: self.detail.filter(|d| *d == Detail::Substeps),
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
    match value {
        "operations" => Ok(Detail::Operations),
        "substeps" => Ok(Detail::Substeps),
        _ => Err(format!(
            "detail must be `operations` or `substeps`, got `{value}`"
        )),
    }
}

fn parse_panels(value: &str) -> Result<Vec<String>, String> {
    let mut panels: Vec<String> = Vec::new();
    for panel in value.split(',') {
        if !PANELS.contains(&panel) {
            return Err(format!(
                "unknown panel `{panel}` (known: {})",
                PANELS.join(", ")
            ));
        }
        if panels.iter().any(|p| p == panel) {
            return Err(format!("panel `{panel}` is listed twice"));
        }
        panels.push(panel.to_owned());
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

/// `deadlock`, `race`, `output=TEXT`, `panic=MESSAGE`, `var=NAME:VALUE`, `together=L1,L2`.
pub fn parse_goal(value: &str) -> Result<Goal, String> {
    let (kind, arg) = match value.split_once('=') {
        Some((kind, arg)) => (kind, Some(arg)),
        None => (value, None),
    };
    const FORMS: &str =
        "deadlock, race, output=\"TEXT\", panic=\"MESSAGE\", var=NAME:VALUE, together=LINE,LINE";
    match (kind, arg) {
        ("deadlock", None) => Ok(Goal::Deadlock),
        ("race", None) => Ok(Goal::Race),
        ("output", Some(text)) => Ok(Goal::Output {
            text: text.to_owned(),
        }),
        ("panic", Some(message)) if !message.is_empty() => Ok(Goal::Panic {
            message: message.to_owned(),
        }),
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
                [a, b] if a != b => Ok(Goal::Together { lines: [a, b] }),
                [_, _] => Err(format!("goal together=`{spec}`: the two lines must differ")),
                _ => Err(format!(
                    "goal together=`{spec}`: expected exactly two line numbers"
                )),
            }
        }
        ("deadlock" | "race", Some(_)) => Err(format!("goal `{kind}` takes no value")),
        ("output" | "panic" | "var" | "together", _) => {
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
        assert_eq!(options.panels, ["code", "goroutines", "output"]);
        assert!(options.editable);
        assert_eq!(options.goal, None);
        // A goal brings the explorer, which holds "find it for me".
        assert_eq!(
            parse("goal=deadlock").unwrap().panels,
            ["code", "goroutines", "output", "explorer"]
        );
    }

    #[test]
    fn every_option() {
        let options =
            parse(r#"live panels=output,code schedule="1,1,2" goal=race readonly seed=7 id=x_1"#)
                .unwrap();
        assert_eq!(options.panels, ["output", "code"]);
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
            Ok(Goal::Output {
                text: "ping\npong\n".into()
            })
        );
        assert_eq!(
            parse_goal("panic=send on closed channel"),
            Ok(Goal::Panic {
                message: "send on closed channel".into()
            })
        );
        assert_eq!(
            parse_goal("var=count:3"),
            Ok(Goal::Var {
                name: "count".into(),
                value: "3".into()
            })
        );
        assert_eq!(
            parse_goal("together=3,7"),
            Ok(Goal::Together { lines: [3, 7] })
        );
    }

    #[test]
    fn bad_goals_say_what_is_wrong() {
        for (goal, expected) in [
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
        ] {
            let err = parse_goal(goal).unwrap_err();
            assert!(err.contains(expected), "{goal}: {err}");
        }
        let err = parse("goal=together=2,9").unwrap_err();
        assert!(
            err.contains("line 9 is past the end of the code (4 lines)"),
            "{err}"
        );
    }

    #[test]
    fn bad_options_say_what_is_wrong() {
        for (text, expected) in [
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
        ] {
            let err = parse(text).unwrap_err();
            assert!(err.contains(expected), "{text}: {err}");
        }
    }

    #[test]
    fn detail_opens_a_block_expanded() {
        assert_eq!(
            parse("detail=substeps").unwrap().detail,
            Some(Detail::Substeps)
        );
        // The default is not written out, and neither is its explicit spelling.
        assert_eq!(parse("").unwrap().detail, None);
        assert_eq!(parse("detail=operations").unwrap().detail, None);
        let json = serde_json::to_string(&parse("panels=code detail=substeps").unwrap()).unwrap();
        assert!(
            json.ends_with(r#","source":null,"detail":"substeps"}"#),
            "{json}"
        );
        for (text, expected) in [
            (
                "detail=sub",
                "detail must be `operations` or `substeps`, got `sub`",
            ),
            ("detail", "`detail` needs a value"),
            ("detail=substeps detail=operations", "given twice"),
        ] {
            let err = parse(text).unwrap_err();
            assert!(err.contains(expected), "{text}: {err}");
        }
    }

    #[test]
    fn options_serialize_to_the_documented_json() {
        let options = parse(r#"panels=code goal=var=n:3 seed=1"#).unwrap();
        assert_eq!(
            serde_json::to_string(&options).unwrap(),
            r#"{"panels":["code"],"schedule":null,"goal":{"kind":"var","name":"n","value":"3"},"editable":true,"seed":1,"source":null}"#
        );
        let goal = serde_json::to_string(&Goal::Together { lines: [1, 2] }).unwrap();
        assert_eq!(goal, r#"{"kind":"together","lines":[1,2]}"#);
    }
}
