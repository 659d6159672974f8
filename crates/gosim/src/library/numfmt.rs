//! Number and quoting primitives shared by `fmt` and `strconv`.
//!
//! Everything here reproduces the observable output of Go's `strconv` package
//! (as of go1.27) byte for byte:
//!
//! - [`format_float`] is `strconv.FormatFloat` for the formats `'b' 'e' 'E' 'f' 'g' 'G'
//!   'x' 'X'`. Precision `-1` selects the shortest decimal string that parses back to
//!   the same value *at the given bit size* (so a `float32` 0.1 prints as `0.1`).
//!   Decimal digits come from the `floatconv` crate (shortest round-trip, or exact
//!   round-half-even), the same digits Go produces; this module only rearranges them
//!   into Go's layouts.
//! - [`format_int`] / [`format_uint`] / [`itoa`] are `strconv.FormatInt` & co. for
//!   bases 2..=36 (lower-case digits).
//! - [`quote`], [`quote_to_ascii`], [`quote_rune`], [`quote_rune_to_ascii`] and
//!   [`can_backquote`] follow `strconv.Quote*`: Go strings are byte strings, so
//!   invalid UTF-8 bytes become `\xNN` escapes.
//! - [`is_print`] is exactly `strconv.IsPrint` (see `runeclass`).
//! - [`parse_int`], [`parse_uint`], [`atoi`], [`parse_float`] and [`parse_bool`] return
//!   Go's values and a [`NumError`] whose `Display` is Go's error text, e.g.
//!   `strconv.Atoi: parsing "x": invalid syntax`.
//!
//! Nothing in this module panics, whatever the input.

use std::fmt;

/// The replacement character Go yields for invalid UTF-8 (`utf8.RuneError`).
pub const RUNE_ERROR: u32 = 0xFFFD;
/// The largest valid Unicode code point (`utf8.MaxRune`).
pub const MAX_RUNE: u32 = 0x10FFFF;

// ---------------------------------------------------------------------------
// UTF-8, with Go's decoding rules
// ---------------------------------------------------------------------------

/// Decodes the first rune of `s` the way Go's `utf8.DecodeRune` does: any invalid,
/// overlong, surrogate or truncated encoding yields `(RUNE_ERROR, 1)`, so every bad
/// byte is consumed on its own. An empty input yields `(RUNE_ERROR, 0)`.
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (u32::from(b0), 1);
    }
    let (extra, min, init) = match b0 {
        0xC2..=0xDF => (1, 0x80, u32::from(b0 & 0x1F)),
        0xE0..=0xEF => (2, 0x800, u32::from(b0 & 0x0F)),
        0xF0..=0xF4 => (3, 0x10000, u32::from(b0 & 0x07)),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() <= extra {
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &c in &s[1..=extra] {
        if c & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | u32::from(c & 0x3F);
    }
    if r < min || r > MAX_RUNE || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, extra + 1)
}

/// Number of runes in `s` as Go's `utf8.RuneCount` counts them (each invalid byte is
/// one rune).
pub fn rune_count(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        let (_, w) = decode_rune(&s[i..]);
        i += w.max(1);
        n += 1;
    }
    n
}

/// Appends the UTF-8 encoding of `r`; like Go's `utf8.AppendRune`, surrogates and
/// values above [`MAX_RUNE`] are encoded as U+FFFD.
pub fn push_rune(out: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// Whether `r` is a valid Unicode scalar value (`utf8.ValidRune`).
fn valid_rune(r: u32) -> bool {
    r <= MAX_RUNE && !(0xD800..=0xDFFF).contains(&r)
}

// ---------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `strconv.FormatUint(v, base)`. Go panics on a base outside 2..=36; this function
/// never panics and falls back to base 10 instead, so callers that must reproduce the
/// panic have to check the base themselves.
pub fn format_uint(v: u64, base: u32) -> String {
    let base = if (2..=36).contains(&base) { base } else { 10 };
    let mut buf = [0u8; 64];
    let mut i = buf.len();
    let mut u = v;
    loop {
        i -= 1;
        buf[i] = DIGITS[(u % u64::from(base)) as usize];
        u /= u64::from(base);
        if u == 0 {
            break;
        }
    }
    String::from_utf8_lossy(&buf[i..]).into_owned()
}

/// `strconv.FormatInt(v, base)`; see [`format_uint`] for the base fallback.
pub fn format_int(v: i64, base: u32) -> String {
    if v < 0 {
        format!("-{}", format_uint(v.unsigned_abs(), base))
    } else {
        format_uint(v as u64, base)
    }
}

/// `strconv.Itoa`.
pub fn itoa(v: i64) -> String {
    format_int(v, 10)
}

// ---------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------

/// A non-negative decimal `0.d₁d₂…dₙ × 10^dp` with no trailing zero digits; zero is
/// represented by no digits and `dp == 0`. This is the form every Go float layout
/// (%e, %f, %g) is derived from; the digits come from [`floatconv`], which rounds
/// exactly as Go's `strconv` does.
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

impl Digits {
    fn nd(&self) -> i64 {
        self.d.len() as i64
    }

    fn from(digits: floatconv::Digits) -> Digits {
        Digits {
            d: digits.digits,
            dp: i64::from(digits.point),
        }
    }

    /// Shortest digits that round-trip at the given size; when several of that length
    /// do, the one nearest the exact value (ties to even), as Go picks.
    fn shortest(a: f64, bits: u8) -> Digits {
        Digits::from(if bits == 32 {
            floatconv::Digits::shortest_f32(a as f32)
        } else {
            floatconv::Digits::shortest(a)
        })
    }

    /// `n >= 1` significant digits, correctly rounded (ties to even on exact halves).
    fn significant(a: f64, n: usize) -> Digits {
        Digits::from(floatconv::Digits::significant(a, n.max(1)))
    }

    /// Rounded to `frac` digits after the decimal point.
    fn fractional(a: f64, frac: usize) -> Digits {
        Digits::from(floatconv::Digits::fixed(a, frac))
    }

    fn digit(&self, i: i64) -> u8 {
        if i >= 0 && i < self.nd() {
            self.d[i as usize]
        } else {
            b'0'
        }
    }
}

/// Layout `d.ddde±dd` with `prec` digits after the point (Go's `%e`).
fn layout_e(out: &mut String, digs: &Digits, prec: i64, e: char) {
    out.push(char::from(digs.digit(0)));
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(char::from(digs.digit(i)));
        }
    }
    let exp = if digs.d.is_empty() { 0 } else { digs.dp - 1 };
    out.push(e);
    push_exponent(out, exp);
}

/// A signed exponent with at least two digits, as Go writes it after `e` or `p`.
fn push_exponent(out: &mut String, exp: i64) {
    out.push(if exp < 0 { '-' } else { '+' });
    if exp.unsigned_abs() < 10 {
        out.push('0');
    }
    out.push_str(&exp.unsigned_abs().to_string());
}

/// Layout `ddd.ddd` with `prec` digits after the point (Go's `%f`).
fn layout_f(out: &mut String, digs: &Digits, prec: i64) {
    if digs.dp > 0 {
        for i in 0..digs.dp {
            out.push(char::from(digs.digit(i)));
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 0..prec {
            out.push(char::from(digs.digit(digs.dp + i)));
        }
    }
}

/// Splits a float into Go's (mantissa, unbiased exponent) pair for the given size:
/// the value is `mant × 2^(exp − mantbits)`, with the implicit bit made explicit.
fn float_parts(v: f64, bits: u8) -> (u64, i64, u32) {
    let (raw, mantbits, expbits, bias) = if bits == 32 {
        (u64::from((v as f32).to_bits()), 23u32, 8u32, -127i64)
    } else {
        (v.to_bits(), 52, 11, -1023)
    };
    let mut exp = ((raw >> mantbits) & ((1 << expbits) - 1)) as i64;
    let mut mant = raw & ((1u64 << mantbits) - 1);
    if exp == 0 {
        exp = 1; // denormal: no implicit bit, smallest exponent
    } else {
        mant |= 1u64 << mantbits;
    }
    exp += bias;
    (mant, exp, mantbits)
}

/// `%b`: decimal mantissa, `p`, binary exponent (`4503599627370496p-52`).
fn layout_b(out: &mut String, v: f64, bits: u8) {
    let (mant, exp, mantbits) = float_parts(v, bits);
    out.push_str(&mant.to_string());
    out.push('p');
    let e = exp - i64::from(mantbits);
    if e >= 0 {
        out.push('+');
    }
    out.push_str(&e.to_string());
}

/// `%x`: hexadecimal mantissa `0x1.8p+01`; the leading digit is 1 (0 for zero), the
/// fraction is shortest when `prec < 0` and otherwise rounded half-to-even to `prec`
/// hex digits.
fn layout_x(out: &mut String, v: f64, prec: i64, upper: bool, bits: u8) {
    let (mut mant, mut exp, mantbits) = float_parts(v, bits);
    if mant == 0 {
        exp = 0;
    }
    // Put the leading 1 bit at position 60, leaving 15 hex digits below it.
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1u64 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            // Rounding carried into a new leading bit.
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    out.push('0');
    out.push(if upper { 'X' } else { 'x' });
    out.push(char::from(b'0' + ((mant >> 60) & 1) as u8));
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push('.');
        while mant != 0 {
            out.push(char::from(hex[((mant >> 60) & 15) as usize]));
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push('.');
        for _ in 0..prec {
            out.push(char::from(hex[((mant >> 60) & 15) as usize]));
            mant <<= 4;
        }
    }
    out.push(if upper { 'P' } else { 'p' });
    push_exponent(out, exp);
}

/// `strconv.FormatFloat(v, fmt, prec, bits)`.
///
/// `fmt` is one of `b e E f g G x X`; any other byte yields `%` followed by that byte,
/// as in Go. `bits` is 32 or 64 (anything else is treated as 64); with 32 the value is
/// first rounded to `float32`. `prec < 0` means "shortest round-trip".
pub fn format_float(v: f64, fmt: u8, prec: i32, bits: u8) -> String {
    let bits = if bits == 32 { 32 } else { 64 };
    let v = if bits == 32 { f64::from(v as f32) } else { v };
    if v.is_nan() {
        return "NaN".to_string();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf" } else { "-Inf" }.to_string();
    }
    let mut out = String::new();
    if v.is_sign_negative() {
        out.push('-');
    }
    let a = v.abs();
    let prec = i64::from(prec);
    let shortest = prec < 0;
    match fmt {
        b'b' => layout_b(&mut out, a, bits),
        b'x' | b'X' => layout_x(&mut out, a, prec, fmt == b'X', bits),
        b'e' | b'E' => {
            let e = char::from(fmt);
            if shortest {
                let digs = Digits::shortest(a, bits);
                layout_e(&mut out, &digs, digs.nd() - 1, e);
            } else {
                let digs = Digits::significant(a, (prec + 1) as usize);
                layout_e(&mut out, &digs, prec, e);
            }
        }
        b'f' => {
            if shortest {
                let digs = Digits::shortest(a, bits);
                layout_f(&mut out, &digs, (digs.nd() - digs.dp).max(0));
            } else {
                let digs = Digits::fractional(a, prec as usize);
                layout_f(&mut out, &digs, prec);
            }
        }
        b'g' | b'G' => {
            let e = if fmt == b'G' { 'E' } else { 'e' };
            let (digs, prec) = if shortest {
                let digs = Digits::shortest(a, bits);
                let n = digs.nd();
                (digs, n)
            } else {
                let p = prec.max(1);
                (Digits::significant(a, p as usize), p)
            };
            let nd = digs.nd();
            // Go picks %e when the exponent is < -4 or >= the precision; a precision
            // larger than the digits actually needed only counts as far as those
            // digits reach, and shortest output uses a fixed threshold of 6 (1e+06).
            let mut eprec = prec;
            if eprec > nd && nd >= digs.dp {
                eprec = nd;
            }
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                layout_e(&mut out, &digs, prec.min(nd) - 1, e);
            } else {
                let p = if prec > digs.dp { nd } else { prec };
                layout_f(&mut out, &digs, (p - digs.dp).max(0));
            }
        }
        other => {
            return format!("%{}", char::from(other));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Quoting
// ---------------------------------------------------------------------------

pub use super::runeclass::is_print;

fn push_hex(out: &mut String, v: u32, digits: u32) {
    for i in (0..digits).rev() {
        out.push(char::from(DIGITS[((v >> (4 * i)) & 15) as usize]));
    }
}

/// Appends one rune in its escaped form, as Go does inside a quoted literal whose
/// delimiter is `q`.
fn push_escaped_rune(out: &mut String, r: u32, q: char, ascii_only: bool) {
    if r == q as u32 || r == u32::from(b'\\') {
        out.push('\\');
        out.push(char::from_u32(r).unwrap_or('\u{FFFD}'));
        return;
    }
    let printable = if ascii_only {
        r < 0x80 && is_print(r)
    } else {
        is_print(r)
    };
    if printable {
        out.push(char::from_u32(r).unwrap_or('\u{FFFD}'));
        return;
    }
    match r {
        0x07 => out.push_str("\\a"),
        0x08 => out.push_str("\\b"),
        0x0C => out.push_str("\\f"),
        0x0A => out.push_str("\\n"),
        0x0D => out.push_str("\\r"),
        0x09 => out.push_str("\\t"),
        0x0B => out.push_str("\\v"),
        _ if r < 0x20 || r == 0x7F => {
            out.push_str("\\x");
            push_hex(out, r, 2);
        }
        _ => {
            let r = if valid_rune(r) { r } else { RUNE_ERROR };
            if r < 0x10000 {
                out.push_str("\\u");
                push_hex(out, r, 4);
            } else {
                out.push_str("\\U");
                push_hex(out, r, 8);
            }
        }
    }
}

fn quote_with(s: &[u8], ascii_only: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if w == 1 && r == RUNE_ERROR {
            // A byte that is not valid UTF-8 is shown as itself.
            out.push_str("\\x");
            push_hex(&mut out, u32::from(s[i]), 2);
            i += 1;
            continue;
        }
        push_escaped_rune(&mut out, r, '"', ascii_only);
        i += w;
    }
    out.push('"');
    out
}

/// `strconv.Quote`: a double-quoted Go literal; printable runes (per [`is_print`])
/// are kept, others escaped as `\a \b \f \n \r \t \v`, `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN`, and invalid UTF-8 bytes as `\xNN`.
pub fn quote(s: &[u8]) -> String {
    quote_with(s, false)
}

/// `strconv.QuoteToASCII`: like [`quote`] but every non-ASCII rune is escaped.
pub fn quote_to_ascii(s: &[u8]) -> String {
    quote_with(s, true)
}

fn quote_rune_with(r: i64, ascii_only: bool) -> String {
    let r = u32::try_from(r)
        .ok()
        .filter(|&r| valid_rune(r))
        .unwrap_or(RUNE_ERROR);
    let mut out = String::from("'");
    push_escaped_rune(&mut out, r, '\'', ascii_only);
    out.push('\'');
    out
}

/// `strconv.QuoteRune`: a single-quoted rune literal; invalid runes (negative,
/// surrogates, above U+10FFFF) become U+FFFD.
pub fn quote_rune(r: i64) -> String {
    quote_rune_with(r, false)
}

/// `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(r: i64) -> String {
    quote_rune_with(r, true)
}

/// `strconv.CanBackquote`: whether `s` can be written as a raw string literal
/// (no control characters other than tab, no backquote, no DEL, no BOM, valid UTF-8).
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        i += w.max(1);
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < 0x20 && r != u32::from(b'\t')) || r == u32::from(b'`') || r == 0x7F {
            return false;
        }
    }
    true
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

/// Why a `strconv` parse failed (the `Err` of Go's `*strconv.NumError`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumErrorKind {
    /// `strconv.ErrSyntax`: "invalid syntax".
    Syntax,
    /// `strconv.ErrRange`: "value out of range".
    Range,
    /// "invalid base N".
    Base(i64),
    /// "invalid bit size N".
    BitSize(i64),
}

/// Go's `*strconv.NumError`; `Display` gives exactly its `Error()` text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    /// The failing function: "ParseInt", "ParseUint", "Atoi", "ParseFloat", "ParseBool".
    pub func: &'static str,
    /// The input, as given.
    pub num: Vec<u8>,
    /// The reason.
    pub err: NumErrorKind,
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "strconv.{}: parsing {}: ", self.func, quote(&self.num))?;
        match &self.err {
            NumErrorKind::Syntax => f.write_str("invalid syntax"),
            NumErrorKind::Range => f.write_str("value out of range"),
            NumErrorKind::Base(b) => write!(f, "invalid base {b}"),
            NumErrorKind::BitSize(b) => write!(f, "invalid bit size {b}"),
        }
    }
}

impl std::error::Error for NumError {}

fn num_err(func: &'static str, s: &[u8], err: NumErrorKind) -> NumError {
    NumError {
        func,
        num: s.to_vec(),
        err,
    }
}

/// Go's rule for `_` in numeric literals accepted with base 0: an underscore must sit
/// between digits, or between a base prefix and a digit.
fn underscore_ok(s: &[u8]) -> bool {
    let mut s = s;
    if let Some(b'+' | b'-') = s.first() {
        s = &s[1..];
    }
    // 'd' = digit or prefix seen last, 'u' = underscore, 's' = start, 'o' = other.
    let mut saw = b's';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(s[1] | 0x20, b'b' | b'o' | b'x') {
        i = 2;
        saw = b'd';
        hex = s[1] | 0x20 == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&(c | 0x20))) {
            saw = b'd';
        } else if c == b'_' {
            if saw != b'd' {
                return false;
            }
            saw = b'u';
        } else {
            if saw == b'u' {
                return false;
            }
            saw = b'o';
        }
    }
    saw != b'u'
}

/// `strconv.ParseUint(s, base, bitSize)`. On a range error the value is the largest
/// one of that size, as in Go.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> Result<u64, (u64, NumError)> {
    const F: &str = "ParseUint";
    if s.is_empty() {
        return Err((0, num_err(F, s, NumErrorKind::Syntax)));
    }
    let base0 = base == 0;
    let mut digits = s;
    let base: u64 = if (2..=36).contains(&base) {
        base as u64
    } else if base == 0 {
        if s[0] == b'0' {
            if s.len() >= 3 && matches!(s[1] | 0x20, b'b' | b'o' | b'x') {
                digits = &s[2..];
                match s[1] | 0x20 {
                    b'b' => 2,
                    b'o' => 8,
                    _ => 16,
                }
            } else {
                digits = &s[1..];
                8
            }
        } else {
            10
        }
    } else {
        return Err((0, num_err(F, s, NumErrorKind::Base(base))));
    };
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    if !(1..=64).contains(&bit_size) {
        return Err((0, num_err(F, s, NumErrorKind::BitSize(bit_size))));
    }
    let max_val: u64 = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut n: u64 = 0;
    let mut underscores = false;
    for &c in digits {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => u64::from(c - b'0'),
            b'a'..=b'z' | b'A'..=b'Z' => u64::from((c | 0x20) - b'a' + 10),
            _ => return Err((0, num_err(F, s, NumErrorKind::Syntax))),
        };
        if d >= base {
            return Err((0, num_err(F, s, NumErrorKind::Syntax)));
        }
        match n.checked_mul(base).and_then(|m| m.checked_add(d)) {
            Some(m) if m <= max_val => n = m,
            _ => return Err((max_val, num_err(F, s, NumErrorKind::Range))),
        }
    }
    if underscores && !underscore_ok(s) {
        return Err((0, num_err(F, s, NumErrorKind::Syntax)));
    }
    Ok(n)
}

/// `strconv.ParseInt(s, base, bitSize)`. On a range error the value is clamped to
/// the size's limit, as in Go.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> Result<i64, (i64, NumError)> {
    const F: &str = "ParseInt";
    if s.is_empty() {
        return Err((0, num_err(F, s, NumErrorKind::Syntax)));
    }
    let (neg, body) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let un = match parse_uint(body, base, bit_size) {
        Ok(u) => u,
        Err((u, e)) if e.err == NumErrorKind::Range => u,
        Err((_, mut e)) => {
            e.func = F;
            e.num = s.to_vec();
            return Err((0, e));
        }
    };
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    let cutoff: u64 = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return Err(((cutoff - 1) as i64, num_err(F, s, NumErrorKind::Range)));
    }
    if neg && un > cutoff {
        return Err((
            (cutoff as i64).wrapping_neg(),
            num_err(F, s, NumErrorKind::Range),
        ));
    }
    let n = un as i64;
    Ok(if neg { n.wrapping_neg() } else { n })
}

/// `strconv.Atoi`: `ParseInt(s, 10, 0)` reporting itself as "Atoi".
pub fn atoi(s: &[u8]) -> Result<i64, (i64, NumError)> {
    parse_int(s, 10, 0).map_err(|(v, mut e)| {
        e.func = "Atoi";
        (v, e)
    })
}

/// `strconv.ParseBool`.
pub fn parse_bool(s: &[u8]) -> Result<bool, NumError> {
    match s {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => Ok(false),
        _ => Err(num_err("ParseBool", s, NumErrorKind::Syntax)),
    }
}

/// `strconv.ParseFloat(s, bitSize)` for decimal input: optional sign, digits with an
/// optional point and exponent, `_` separators (Go's underscore rule), and the words
/// `inf`, `infinity` (optionally signed) and `nan`, case-insensitively. Overflow gives
/// ±Inf with a range error, as in Go. Hexadecimal floats (`0x1p-2`) are not
/// supported and report a syntax error.
pub fn parse_float(s: &[u8], bit_size: i64) -> Result<f64, (f64, NumError)> {
    const F: &str = "ParseFloat";
    let syntax = || Err((0.0, num_err(F, s, NumErrorKind::Syntax)));
    let (neg, body, signed) = match s.first() {
        Some(b'+') => (false, &s[1..], true),
        Some(b'-') => (true, &s[1..], true),
        _ => (false, s, false),
    };
    let lower: Vec<u8> = body.iter().map(u8::to_ascii_lowercase).collect();
    if lower == b"inf" || lower == b"infinity" {
        return Ok(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == b"nan" && !signed {
        return Ok(f64::NAN);
    }
    if lower.starts_with(b"0x") {
        return parse_hex_float(s, &body[2..], neg, bit_size);
    }
    // Validate Go's decimal grammar, then let the correctly rounded parser of
    // `decimal` do the conversion on the underscore-free text.
    let mut clean = String::new();
    if neg {
        clean.push('-');
    }
    let mut i = 0;
    let mut mant_digits = 0;
    let mut seen_point = false;
    let mut underscores = false;
    while i < body.len() {
        match body[i] {
            c @ b'0'..=b'9' => {
                mant_digits += 1;
                clean.push(char::from(c));
            }
            b'.' if !seen_point => {
                seen_point = true;
                clean.push('.');
            }
            b'_' => underscores = true,
            _ => break,
        }
        i += 1;
    }
    if mant_digits == 0 {
        return syntax();
    }
    if i < body.len() && body[i] | 0x20 == b'e' {
        clean.push('e');
        i += 1;
        if i < body.len() && matches!(body[i], b'+' | b'-') {
            clean.push(char::from(body[i]));
            i += 1;
        }
        let mut exp_digits = 0;
        while i < body.len() && (body[i].is_ascii_digit() || body[i] == b'_') {
            if body[i] == b'_' {
                underscores = true;
            } else {
                exp_digits += 1;
                clean.push(char::from(body[i]));
            }
            i += 1;
        }
        if exp_digits == 0 {
            return syntax();
        }
    }
    if i != body.len() || (underscores && !underscore_ok(s)) {
        return syntax();
    }
    let v = if bit_size == 32 {
        floatconv::parse_f32(clean.as_bytes()).map(f64::from)
    } else {
        floatconv::parse_f64(clean.as_bytes())
    };
    match v {
        Some(v) if v.is_infinite() => Err((v, num_err(F, s, NumErrorKind::Range))),
        Some(v) => Ok(v),
        None => syntax(),
    }
}

/// `ParseFloat` of a hexadecimal float (`0x1.8p3`): hex digits with at most one point,
/// then a mandatory binary exponent `p±N`; `s` is the whole text (for the error and the
/// underscore check), `body` what follows `0x`.
fn parse_hex_float(
    s: &[u8],
    body: &[u8],
    neg: bool,
    bit_size: i64,
) -> Result<f64, (f64, NumError)> {
    const F: &str = "ParseFloat";
    let syntax = || Err((0.0, num_err(F, s, NumErrorKind::Syntax)));
    // The mantissa's first 60 significant bits, then whether any dropped bit was set.
    let (mut mant, mut exp, mut sticky) = (0u64, 0i64, false);
    let (mut digits, mut seen_point, mut underscores) = (0, false, false);
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            b'.' if !seen_point => {
                seen_point = true;
                i += 1;
                continue;
            }
            b'_' => {
                underscores = true;
                i += 1;
                continue;
            }
            _ => break,
        };
        digits += 1;
        if mant >> 56 == 0 {
            mant = mant << 4 | u64::from(d);
            if seen_point {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_point {
                exp += 4;
            }
        }
        i += 1;
    }
    if digits == 0 || i >= body.len() || body[i] | 0x20 != b'p' {
        return syntax();
    }
    i += 1;
    let exp_neg = body.get(i) == Some(&b'-');
    if matches!(body.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    let (mut e, mut exp_digits) = (0i64, 0);
    while i < body.len() && (body[i].is_ascii_digit() || body[i] == b'_') {
        if body[i] == b'_' {
            underscores = true;
        } else {
            e = (e * 10 + i64::from(body[i] - b'0')).min(1 << 20);
            exp_digits += 1;
        }
        i += 1;
    }
    if exp_digits == 0 || i != body.len() || (underscores && !underscore_ok(s)) {
        return syntax();
    }
    exp += if exp_neg { -e } else { e };
    // A set dropped bit lies below the kept ones: one more bit, set, makes the rounding
    // see "a little more" without ever making a halfway case.
    if sticky {
        mant = mant << 1 | 1;
        exp -= 1;
    }
    let exp = exp.clamp(-100_000, 100_000) as i32;
    let v = floatconv::from_binary(mant, exp, bit_size == 32);
    let v = if neg { -v } else { v };
    if v.is_infinite() {
        return Err((v, num_err(F, s, NumErrorKind::Range)));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from go1.27.3.

    #[test]
    fn decodes_like_go() {
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune(b"\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode_rune(b"\xe2\x82"), (RUNE_ERROR, 1)); // truncated
        assert_eq!(rune_count(b"a\xff\xc3\xa9"), 3);
    }

    #[test]
    fn printability_matches_strconv() {
        for (r, want) in [
            (0x20, true),
            (0x7E, true),
            (0x7F, false),
            (0xA0, false),
            (0xAD, false),
            (0xE9, true),
            (0x200B, false),
            (0x263A, true),
            (0xFEFF, false),
            (0xFFFD, true),
            (0x1F600, true),
            (0xE0001, false),
            (0x10FFFF, false),
        ] {
            assert_eq!(is_print(r), want, "{r:#x}");
        }
    }

    #[test]
    fn float_layouts() {
        assert_eq!(format_float(1e6, b'g', -1, 64), "1e+06");
        assert_eq!(format_float(100.0, b'g', -1, 64), "100");
        assert_eq!(format_float(f64::from(0.1f32), b'g', -1, 32), "0.1");
        assert_eq!(format_float(-0.0, b'f', -1, 64), "-0");
        assert_eq!(format_float(2.5, b'f', 0, 64), "2");
        assert_eq!(format_float(1.0, b'e', 3, 64), "1.000e+00");
        assert_eq!(format_float(3.0, b'x', -1, 64), "0x1.8p+01");
        assert_eq!(format_float(1.0, b'b', -1, 64), "4503599627370496p-52");
        assert_eq!(format_float(f64::NAN, b'f', 2, 64), "NaN");
        assert_eq!(format_float(1.0, b'z', 2, 64), "%z");
    }

    #[test]
    fn ints_and_quotes() {
        assert_eq!(format_int(-255, 16), "-ff");
        assert_eq!(format_uint(35, 36), "z");
        assert_eq!(quote(b"a\n\xff\"\xc3\xa9"), "\"a\\n\\xff\\\"\u{e9}\"");
        assert_eq!(quote_to_ascii("é".as_bytes()), "\"\\u00e9\"");
        assert_eq!(quote_rune(-1), "'\u{fffd}'");
        assert_eq!(quote_rune(i64::from(b'\'')), "'\\''");
        assert!(!can_backquote(b"a`b"));
    }
}
