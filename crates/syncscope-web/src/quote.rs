//! Quoted text as Rust's `{:?}` writes it, without core's Unicode tables.
//!
//! `format!("{s:?}")` brings `char::escape_debug` and with it core's printable and
//! grapheme-extend tables into the wasm module. Messages here quote a string or a character
//! the same way with [`quote`]: ASCII exactly as `{:?}` does, other characters escaped as
//! `\u{…}` when they are not printable by Go's `strconv.IsPrint` table (which the engine
//! already carries, and which has the same definition as Rust's: letters, marks, numbers,
//! punctuation, symbols) or are combining marks of the main combining blocks. The tests
//! check that against `{:?}` over every character.

use gosim::library::numfmt::is_print;

/// Combining marks `{:?}` escapes (they would join the quote): the combining blocks.
const COMBINING: [(u32, u32); 8] = [
    (0x300, 0x36f),
    (0x483, 0x489),
    (0x1ab0, 0x1aff),
    (0x1dc0, 0x1dff),
    (0x20d0, 0x20ff),
    (0xfe00, 0xfe0f),
    (0xfe20, 0xfe2f),
    (0xe0100, 0xe01ef),
];

/// `s` between `delim`s, escaped as `{:?}` does: `quote("a\n", '"')` is `"a\n"` in quotes,
/// `quote("'", '\'')` is `'\''` (the form `{:?}` gives a `char`).
pub fn quote(s: &str, delim: char) -> String {
    let mut out = String::from(delim);
    for c in s.chars() {
        let code = u32::from(c);
        let escape = match c {
            '\0' => '0',
            '\t' => 't',
            '\r' => 'r',
            '\n' => 'n',
            '\\' => '\\',
            _ if c == delim => c,
            ' '..='~' => {
                out.push(c);
                continue;
            }
            _ if code >= 0x80
                && is_print(code)
                && !COMBINING.iter().any(|&(lo, hi)| lo <= code && code <= hi) =>
            {
                out.push(c);
                continue;
            }
            _ => {
                // `\u{hex}`, lower case, no leading zeros.
                out.push_str("\\u{");
                let digits = (32 - code.leading_zeros()).div_ceil(4).max(1);
                for i in (0..digits).rev() {
                    out.extend(char::from_digit(code >> (4 * i) & 15, 16));
                }
                out.push('}');
                continue;
            }
        };
        out.push('\\');
        out.push(escape);
    }
    out.push(delim);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_debug_on_ascii_and_common_text() {
        for s in [
            "",
            "a\nb\n",
            "tab\there \"quoted\" it's \\ back\r\0",
            "\u{7}\u{1b}\u{7f}\u{85}\u{a0}\u{ad}\u{200b}\u{feff}\u{2028}\u{e000}",
            "café e\u{301} ❤\u{fe0f} Grüße 日本語 ĳ Ω 😀 \u{10ffff}",
            "runtime error: index out of range [0] with length 0",
        ] {
            assert_eq!(quote(s, '"'), format!("{s:?}"));
        }
        for c in [
            ' ', 'g', 'é', '\'', '"', '\\', '\n', '\u{301}', '\u{200b}', '日',
        ] {
            assert_eq!(quote(&c.to_string(), '\''), format!("{c:?}"));
        }
        assert_eq!(quote("x\"y", '"'), r#""x\"y""#);
        assert_eq!(quote("'", '\''), r"'\''");
    }

    /// Every character, alone in a string and as a char: the only differences from `{:?}`
    /// are combining marks of other scripts (Rust's grapheme-extend table, which this
    /// leaves out), printed as themselves.
    #[test]
    fn like_debug_on_every_character_but_rare_marks() {
        let mut differ = 0;
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let s = c.to_string();
            for (ours, std) in [
                (quote(&s, '"'), format!("{s:?}")),
                (quote(&s, '\''), format!("{c:?}")),
            ] {
                if ours != std {
                    assert!(c >= '\u{591}', "{c:?}");
                    assert_eq!(
                        std,
                        format!("{}\\u{{{:x}}}{}", &std[..1], c as u32, &std[..1])
                    );
                    assert_eq!(ours, format!("{}{c}{}", &std[..1], &std[..1]));
                    differ += 1;
                }
            }
        }
        assert!(differ <= 2 * 1600, "{differ}");
    }
}
