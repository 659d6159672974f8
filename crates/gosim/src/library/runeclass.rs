//! Go's rune classes, from tables Go itself produced: `strconv.IsPrint` ([`is_print`]),
//! `unicode.IsLetter` ([`is_letter`]) and `unicode.IsDigit` ([`is_digit`]).
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

/// Whether `r` is in one of the packed ranges of `table`.
fn contains(table: &[u8], r: u32) -> bool {
    let mut bytes = table.iter();
    let mut hi = 0u32;
    while let (Some(gap), Some(width)) = (leb128(&mut bytes), leb128(&mut bytes)) {
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
