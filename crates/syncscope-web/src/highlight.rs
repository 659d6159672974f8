//! A small Go highlighter for the code pane.
//!
//! It emits highlight.js class names (`hljs-keyword`, `hljs-string`, ...), so the colours come
//! from the highlight stylesheet mdBook switches with the reader's theme, exactly like the
//! page's other code blocks. Tokens that span lines (block comments, raw strings) are cut at
//! line ends, because the pane renders one element per line.

use gosim::library::runeclass::{is_digit, is_letter};

/// A run of text with its highlight class (`None` for plain text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub class: Option<&'static str>,
    pub text: String,
}

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

const TYPES: &[&str] = &[
    "any",
    "bool",
    "byte",
    "comparable",
    "complex128",
    "complex64",
    "error",
    "float32",
    "float64",
    "int",
    "int16",
    "int32",
    "int64",
    "int8",
    "rune",
    "string",
    "uint",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
    "uintptr",
];

const BUILTINS: &[&str] = &[
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max",
    "min", "new", "panic", "print", "println", "real", "recover",
];

const LITERALS: &[&str] = &["true", "false", "nil", "iota"];

/// Splits `src` into lines of tokens. There is always one more line than `src` has `\n`s.
pub fn highlight(src: &str) -> Vec<Vec<Token>> {
    let mut lines: Vec<Vec<Token>> = vec![Vec::new()];
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut after_func = false;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let class: Option<&'static str>;
        if c == '\n' {
            lines.push(Vec::new());
            i += 1;
            continue;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            class = Some("hljs-comment");
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i = (i + 2).min(chars.len());
            class = Some("hljs-comment");
        } else if c == '"' || c == '\'' {
            i += 1;
            while i < chars.len() && chars[i] != c && chars[i] != '\n' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(chars.len());
            class = Some("hljs-string");
        } else if c == '`' {
            i += 1;
            while i < chars.len() && chars[i] != '`' {
                i += 1;
            }
            i = (i + 1).min(chars.len());
            class = Some("hljs-string");
        } else if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || chars[i] == '.' || chars[i] == '_')
            {
                i += 1;
            }
            class = Some("hljs-number");
        } else if is_letter(c as u32) || c == '_' {
            // Go's identifier characters (the engine's tables, not Rust's is_alphabetic).
            while i < chars.len()
                && (is_letter(chars[i] as u32) || is_digit(chars[i] as u32) || chars[i] == '_')
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let w = word.as_str();
            class = if after_func {
                Some("hljs-title")
            } else if KEYWORDS.contains(&w) {
                Some("hljs-keyword")
            } else if TYPES.contains(&w) {
                Some("hljs-type")
            } else if BUILTINS.contains(&w) && chars.get(i) == Some(&'(') {
                Some("hljs-built_in")
            } else if LITERALS.contains(&w) {
                Some("hljs-literal")
            } else {
                None
            };
            after_func = w == "func";
            push(&mut lines, class, &chars[start..i]);
            continue;
        } else {
            while i < chars.len() && is_plain(chars[i]) && !starts_token(&chars, i) {
                i += 1;
            }
            if i == start {
                i += 1;
            }
            class = None;
        }
        if !chars[start..i].iter().all(|c| c.is_whitespace()) {
            after_func = false;
        }
        push(&mut lines, class, &chars[start..i]);
    }
    lines
}

fn is_plain(c: char) -> bool {
    !(is_letter(c as u32)
        || is_digit(c as u32)
        || c == '_'
        || c == '\n'
        || c == '"'
        || c == '\''
        || c == '`')
}

fn starts_token(chars: &[char], i: usize) -> bool {
    chars[i] == '/' && matches!(chars.get(i + 1), Some('/' | '*'))
        || chars[i] == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)
}

/// Appends `text` to the last line, cutting it at line breaks.
fn push(lines: &mut Vec<Vec<Token>>, class: Option<&'static str>, text: &[char]) {
    for (n, part) in text.split(|&c| c == '\n').enumerate() {
        if n > 0 {
            lines.push(Vec::new());
        }
        if part.is_empty() {
            continue;
        }
        let line = lines.last_mut();
        if let Some(line) = line {
            let text: String = part.iter().collect();
            match line.last_mut() {
                Some(last) if last.class == class => last.text.push_str(&text),
                _ => line.push(Token { class, text }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(src: &str) -> Vec<Vec<(Option<&'static str>, String)>> {
        highlight(src)
            .into_iter()
            .map(|line| line.into_iter().map(|t| (t.class, t.text)).collect())
            .collect()
    }

    #[test]
    fn text_is_kept_exactly() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 2) // buffered\n\t/* a\n   b */ x := `raw\nstring` + 'c' + 1.5e3\n}\n";
        let lines = highlight(src);
        let joined: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|t| t.text.as_str()).collect())
            .collect();
        assert_eq!(joined.join("\n"), src);
        assert_eq!(lines.len(), src.matches('\n').count() + 1);
    }

    #[test]
    fn classes_are_highlight_js_names() {
        let lines = classes("func worker(ch chan<- int) {\n\tclose(ch) // done\n\tx := nil\n}");
        assert_eq!(lines[0][0], (Some("hljs-keyword"), "func".into()));
        assert_eq!(lines[0][2], (Some("hljs-title"), "worker".into()));
        assert!(lines[0].contains(&(Some("hljs-keyword"), "chan".into())));
        assert!(lines[0].contains(&(Some("hljs-type"), "int".into())));
        assert!(lines[1].contains(&(Some("hljs-built_in"), "close".into())));
        assert!(lines[1].contains(&(Some("hljs-comment"), "// done".into())));
        assert!(lines[2].contains(&(Some("hljs-literal"), "nil".into())));
    }

    #[test]
    fn multi_line_tokens_are_cut_per_line() {
        let lines = classes("a /* one\ntwo */ b `x\ny`");
        assert_eq!(lines[0][1], (Some("hljs-comment"), "/* one".into()));
        assert_eq!(lines[1][0], (Some("hljs-comment"), "two */".into()));
        assert_eq!(
            lines[1].last().unwrap(),
            &(Some("hljs-string"), "`x".into())
        );
        assert_eq!(lines[2][0], (Some("hljs-string"), "y`".into()));
    }

    #[test]
    fn random_text_round_trips() {
        const PIECES: &[&str] = &[
            "\"", "'", "`", "/", "*", "\\", "\n", " ", "\t", "a", "go", "func", "1", ".", "é",
            "世", "_", "(", "0x", "//", "/*", "*/",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..2_000 {
            let mut src = String::new();
            for _ in 0..(x % 40) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                src.push_str(PIECES[(x % PIECES.len() as u64) as usize]);
            }
            let lines = highlight(&src);
            let joined: Vec<String> = lines
                .iter()
                .map(|l| l.iter().map(|t| t.text.as_str()).collect())
                .collect();
            assert_eq!(joined.join("\n"), src);
        }
    }

    #[test]
    fn unterminated_things_do_not_panic() {
        for src in [
            "\"abc", "'", "`abc", "/* abc", "\"\\", "0x", ".5", "é世界", "a\\",
        ] {
            let lines = highlight(src);
            let joined: String = lines[0].iter().map(|t| t.text.as_str()).collect();
            assert_eq!(joined, src);
        }
    }
}
