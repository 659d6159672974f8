//! Go's rune classes, from tables Go itself produced: `strconv.IsPrint` ([`is_print`]),
//! `unicode.IsLetter` ([`is_letter`]) and `unicode.IsDigit` ([`is_digit`]), and the
//! rest of what package `unicode` offers ([`class`]), `unicode.SimpleFold` and
//! `strings.EqualFold` ([`equal_fold`]).
//!
//! Rust's `char` methods answer different questions: `is_alphabetic` is Unicode's
//! Alphabetic property (it takes `ͅ` U+0345 and `Ⅰ` U+2160, which Go rejects in an
//! identifier), `is_numeric` takes every number (`½`), and Rust has no IsPrint. So
//! `tests/runeclass/gen.go` asks Go about every rune and writes `runeclass_table.rs`:
//! each class as inclusive ranges, packed as LEB128 gaps and widths (1.4 KB for the
//! letters, where `[u32]` pairs would be 5.5 KB of what gzip cannot shrink much).
//! Lookups walk a table from its start, which is quick enough for the lexer's and the
//! quoter's non-ASCII runes; ASCII never gets there.

#[path = "runeclass_table.rs"]
mod table;

/// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and U+0020.
pub fn is_print(r: u32) -> bool {
    if r < 0x80 {
        return (0x20..0x7F).contains(&r);
    }
    contains(&table::PRINT, r)
}

/// `unicode.IsLetter`: categories Lu, Ll, Lt, Lm and Lo.
pub fn is_letter(r: u32) -> bool {
    if r < 0x80 {
        return (r | 0x20).wrapping_sub(u32::from(b'a')) < 26;
    }
    contains(&table::LETTER, r)
}

/// `unicode.IsDigit`: category Nd (the ASCII digits and those of other scripts).
pub fn is_digit(r: u32) -> bool {
    if r < 0x80 {
        return r.wrapping_sub(u32::from(b'0')) < 10;
    }
    contains(&table::DIGIT, r)
}

/// Package `unicode`'s class number `kind` (as `go/unicode.go` numbers them):
/// 0 IsLetter, 1 IsDigit, 2 IsSpace, 3 IsUpper, 4 IsLower, 5 IsPunct, 6 IsPrint,
/// 7 IsControl, 8 IsGraphic.
pub fn class(kind: i64, r: i64) -> bool {
    let Ok(r) = u32::try_from(r) else {
        return false;
    };
    match kind {
        0 => is_letter(r),
        1 => is_digit(r),
        // Go's IsSpace is Unicode's White_Space, as Rust's is_whitespace.
        2 => char::from_u32(r).is_some_and(char::is_whitespace),
        3 => contains(&table::UPPER, r),
        4 => contains(&table::LOWER, r),
        5 => contains(&table::PUNCT, r),
        6 => is_print(r),
        7 => r < 0x20 || (0x7F..0xA0).contains(&r),
        // Printable, or a space separator (Zs: White_Space but for the controls
        // and the line and paragraph separators).
        _ => is_print(r) || r > 0x85 && r != 0x2028 && r != 0x2029 && class(2, r.into()),
    }
}

/// `unicode.ToUpper(r)` (`upper`) or `ToLower(r)`: a value that is not a rune
/// stays as it is.
pub fn to_case(r: i64, upper: bool) -> i64 {
    match u32::try_from(r).ok().and_then(char::from_u32) {
        Some(c) => i64::from(u32::from(super::casemap::map_rune(c, upper))),
        None => r,
    }
}

/// `unicode.SimpleFold(r)`: the next rune of `r`'s case orbit.
pub fn simple_fold(r: i64) -> i64 {
    if let Some(&(_, f)) = table::FOLD.iter().find(|&&(x, _)| i64::from(x) == r) {
        return i64::from(f);
    }
    let lower = to_case(r, false);
    if lower != r {
        lower
    } else {
        to_case(r, true)
    }
}

/// `strings.EqualFold(s, t)`: equal under simple case folding, rune by rune (an
/// invalid byte being U+FFFD).
pub fn equal_fold(mut s: &[u8], mut t: &[u8]) -> bool {
    while !s.is_empty() && !t.is_empty() {
        let (a, n) = super::numfmt::decode_rune(s);
        let (b, m) = super::numfmt::decode_rune(t);
        s = &s[n..];
        t = &t[m..];
        let (lo, hi) = (i64::from(a.min(b)), i64::from(a.max(b)));
        let mut f = simple_fold(lo);
        while f != lo && f < hi {
            f = simple_fold(f);
        }
        if lo != hi && f != hi {
            return false;
        }
    }
    s.is_empty() && t.is_empty()
}

/// Whether `r` is in a range table as `tests/unicodetables/gen.go` writes them into
/// `go/unicode.go` (`unicode.Is`): the same gaps and widths as the tables here, each
/// number in base-32 digits of a 64-character alphabet whose upper half marks a
/// digit with more to follow. A table Go did not write reads as far as it makes
/// sense (a stray character ends it).
pub fn in_text_table(table: &[u8], r: i64) -> bool {
    let Ok(r) = u32::try_from(r) else {
        return false;
    };
    let mut chars = table.iter();
    let mut number = || {
        let mut value = 0u32;
        for &c in chars.by_ref() {
            let digit = match c {
                b'0'..=b'9' => c - b'0',
                b'A'..=b'Z' => c - b'A' + 10,
                b'a'..=b'z' => c - b'a' + 36,
                b'+' => 62,
                b'_' => 63,
                _ => return None,
            };
            value = value.checked_mul(32)? | u32::from(digit & 31);
            if digit < 32 {
                return Some(value);
            }
        }
        None
    };
    in_ranges(r, &mut number)
}

/// Whether `r` is in one of the packed ranges of `table`.
fn contains(table: &[u8], r: u32) -> bool {
    let mut bytes = table.iter();
    in_ranges(r, &mut || leb128(&mut bytes))
}

/// Whether `r` is in one of the inclusive ranges whose gaps (from the end of the
/// range before) and widths `number` reads in turn, in increasing order.
fn in_ranges(r: u32, number: &mut dyn FnMut() -> Option<u32>) -> bool {
    let mut hi = 0u32;
    while let (Some(gap), Some(width)) = (number(), number()) {
        let lo = hi.saturating_add(gap);
        if r < lo {
            return false;
        }
        hi = lo.saturating_add(width);
        if r <= hi {
            return true;
        }
    }
    false
}

/// The next unsigned LEB128 number from `bytes` (none at the end).
fn leb128(bytes: &mut std::slice::Iter<'_, u8>) -> Option<u32> {
    let mut value = 0u32;
    for shift in (0..35).step_by(7) {
        let b = *bytes.next()?;
        value |= u32::from(b & 0x7F) << shift;
        if b < 0x80 {
            return Some(value);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX_RUNE: u32 = 0x10FFFF;

    /// Every rune a class admits, counted by decoding: the count Go's generator wrote
    /// down. A wrong LEB128 reading, a shifted range or a lost last range all change it.
    #[test]
    fn each_table_admits_as_many_runes_as_go_counted() {
        let count = |f: fn(u32) -> bool| (0..=MAX_RUNE + 1).filter(|&r| f(r)).count();
        assert_eq!(count(is_print), table::PRINT_RUNES);
        assert_eq!(count(is_letter), table::LETTER_RUNES);
        assert_eq!(count(is_digit), table::DIGIT_RUNES);
        let count = |k| (0..=MAX_RUNE + 1).filter(|&r| class(k, r.into())).count();
        assert_eq!(count(3), table::UPPER_RUNES);
        assert_eq!(count(4), table::LOWER_RUNES);
        assert_eq!(count(5), table::PUNCT_RUNES);
    }

    /// The text tables of `go/unicode.go` and the byte tables here came from two
    /// generators: where they describe the same class they must admit the same runes.
    #[test]
    fn unicode_go_tables_agree_with_the_class_tables() {
        let text = include_str!("go/unicode.go");
        let all = text.split("const tableText = \"").nth(1).unwrap();
        let all = all.split('"').next().unwrap().as_bytes();
        let elems: Vec<&str> = text
            .split("var tables = [")
            .nth(1)
            .unwrap()
            .lines()
            .collect();
        let table = |name: &str| {
            let start = format!("var {name} = &tables[");
            let at = text.find(&start).unwrap() + start.len();
            let index: usize = text[at..].split(']').next().unwrap().parse().unwrap();
            let bounds = elems[1 + index].trim().trim_matches(|c| "{},".contains(c));
            let (lo, hi) = bounds.split_once(", ").unwrap();
            &all[lo.parse::<usize>().unwrap()..hi.parse::<usize>().unwrap()]
        };
        for (name, kind) in [("L", 0), ("Nd", 1), ("Lu", 3), ("Ll", 4), ("P", 5)] {
            let t = table(name);
            for r in 0..=MAX_RUNE + 1 {
                assert_eq!(
                    in_text_table(t, r.into()),
                    class(kind, r.into()),
                    "{name} {r:#x}"
                );
            }
        }
        assert!(!in_text_table(table("L"), -1));
        assert!(in_text_table(table("Han"), 0x4E16));
    }

    #[test]
    fn folding_as_go_folds() {
        // K, k and the Kelvin sign are one orbit; İ folds to nothing else.
        assert_eq!(simple_fold(0x4B), 0x6B);
        assert_eq!(simple_fold(0x6B), 0x212A);
        assert_eq!(simple_fold(0x212A), 0x4B);
        assert!(equal_fold("Straße".as_bytes(), "STRAẞE".as_bytes()));
        assert!(equal_fold("ſ".as_bytes(), "S".as_bytes()));
        assert!(!equal_fold("İ".as_bytes(), "i".as_bytes()));
        assert!(!equal_fold(b"ab", b"a"));
    }

    #[test]
    fn known_runes() {
        for (r, print, letter, digit) in [
            (0x20, true, false, false),
            (0x7E, true, false, false),
            (0x7F, false, false, false),
            (u32::from('_'), true, false, false),
            (u32::from('a'), true, true, false),
            (u32::from('Z'), true, true, false),
            (u32::from('7'), true, false, true),
            (0xA0, false, false, false),
            (0xAD, false, false, false),
            (0xBD, true, false, false),   // ½: a number, not a digit
            (0xE9, true, true, false),    // é
            (0x345, true, false, false),  // a combining mark Rust calls alphabetic
            (0x663, true, false, true),   // ٣ ARABIC-INDIC DIGIT THREE
            (0x2160, true, false, false), // Ⅰ ROMAN NUMERAL ONE: Nl
            (0x200B, false, false, false),
            (0x263A, true, false, false),
            (0x4E16, true, true, false), // 世
            (0xFEFF, false, false, false),
            (0xFFFD, true, false, false),
            (0x1F600, true, false, false),
            (0x1D7CE, true, false, true), // MATHEMATICAL BOLD DIGIT ZERO
            (0xE0001, false, false, false),
            (MAX_RUNE, false, false, false),
            (MAX_RUNE + 1, false, false, false),
        ] {
            assert_eq!(is_print(r), print, "IsPrint({r:#x})");
            assert_eq!(is_letter(r), letter, "IsLetter({r:#x})");
            assert_eq!(is_digit(r), digit, "IsDigit({r:#x})");
        }
    }
}
