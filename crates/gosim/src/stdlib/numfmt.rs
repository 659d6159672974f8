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
//! - [`is_print`] is exactly `strconv.IsPrint` (Unicode 17.0.0, the tables of
//!   go1.27): the range table below was produced by asking the Go toolchain for
//!   every code point, so no approximation is involved.
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
    let mut exp = if digs.d.is_empty() { 0 } else { digs.dp - 1 };
    out.push(e);
    if exp < 0 {
        out.push('-');
        exp = -exp;
    } else {
        out.push('+');
    }
    // Go always prints at least two exponent digits.
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
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
    if exp < 0 {
        out.push('-');
        exp = -exp;
    } else {
        out.push('+');
    }
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
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

/// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and U+0020.
pub fn is_print(r: u32) -> bool {
    // PRINT_RANGES is a flat list of inclusive [lo, hi] pairs, sorted.
    let pairs = PRINT_RANGES.len() / 2;
    let (mut lo, mut hi) = (0usize, pairs);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if PRINT_RANGES[2 * mid + 1] < r {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo < pairs && PRINT_RANGES[2 * lo] <= r
}

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

/// Inclusive `[lo, hi]` ranges of the code points `strconv.IsPrint` accepts,
/// flattened. Generated by querying `strconv.IsPrint` for every code point with
/// go1.27.3 (Unicode 17.0.0).
#[rustfmt::skip]
static PRINT_RANGES: &[u32] = &[
    0x0020, 0x007E, 0x00A1, 0x00AC, 0x00AE, 0x0377, 0x037A, 0x037F,
    0x0384, 0x038A, 0x038C, 0x038C, 0x038E, 0x03A1, 0x03A3, 0x052F,
    0x0531, 0x0556, 0x0559, 0x058A, 0x058D, 0x058F, 0x0591, 0x05C7,
    0x05D0, 0x05EA, 0x05EF, 0x05F4, 0x0606, 0x061B, 0x061D, 0x06DC,
    0x06DE, 0x070D, 0x0710, 0x074A, 0x074D, 0x07B1, 0x07C0, 0x07FA,
    0x07FD, 0x082D, 0x0830, 0x083E, 0x0840, 0x085B, 0x085E, 0x085E,
    0x0860, 0x086A, 0x0870, 0x088F, 0x0897, 0x08E1, 0x08E3, 0x0983,
    0x0985, 0x098C, 0x098F, 0x0990, 0x0993, 0x09A8, 0x09AA, 0x09B0,
    0x09B2, 0x09B2, 0x09B6, 0x09B9, 0x09BC, 0x09C4, 0x09C7, 0x09C8,
    0x09CB, 0x09CE, 0x09D7, 0x09D7, 0x09DC, 0x09DD, 0x09DF, 0x09E3,
    0x09E6, 0x09FE, 0x0A01, 0x0A03, 0x0A05, 0x0A0A, 0x0A0F, 0x0A10,
    0x0A13, 0x0A28, 0x0A2A, 0x0A30, 0x0A32, 0x0A33, 0x0A35, 0x0A36,
    0x0A38, 0x0A39, 0x0A3C, 0x0A3C, 0x0A3E, 0x0A42, 0x0A47, 0x0A48,
    0x0A4B, 0x0A4D, 0x0A51, 0x0A51, 0x0A59, 0x0A5C, 0x0A5E, 0x0A5E,
    0x0A66, 0x0A76, 0x0A81, 0x0A83, 0x0A85, 0x0A8D, 0x0A8F, 0x0A91,
    0x0A93, 0x0AA8, 0x0AAA, 0x0AB0, 0x0AB2, 0x0AB3, 0x0AB5, 0x0AB9,
    0x0ABC, 0x0AC5, 0x0AC7, 0x0AC9, 0x0ACB, 0x0ACD, 0x0AD0, 0x0AD0,
    0x0AE0, 0x0AE3, 0x0AE6, 0x0AF1, 0x0AF9, 0x0AFF, 0x0B01, 0x0B03,
    0x0B05, 0x0B0C, 0x0B0F, 0x0B10, 0x0B13, 0x0B28, 0x0B2A, 0x0B30,
    0x0B32, 0x0B33, 0x0B35, 0x0B39, 0x0B3C, 0x0B44, 0x0B47, 0x0B48,
    0x0B4B, 0x0B4D, 0x0B55, 0x0B57, 0x0B5C, 0x0B5D, 0x0B5F, 0x0B63,
    0x0B66, 0x0B77, 0x0B82, 0x0B83, 0x0B85, 0x0B8A, 0x0B8E, 0x0B90,
    0x0B92, 0x0B95, 0x0B99, 0x0B9A, 0x0B9C, 0x0B9C, 0x0B9E, 0x0B9F,
    0x0BA3, 0x0BA4, 0x0BA8, 0x0BAA, 0x0BAE, 0x0BB9, 0x0BBE, 0x0BC2,
    0x0BC6, 0x0BC8, 0x0BCA, 0x0BCD, 0x0BD0, 0x0BD0, 0x0BD7, 0x0BD7,
    0x0BE6, 0x0BFA, 0x0C00, 0x0C0C, 0x0C0E, 0x0C10, 0x0C12, 0x0C28,
    0x0C2A, 0x0C39, 0x0C3C, 0x0C44, 0x0C46, 0x0C48, 0x0C4A, 0x0C4D,
    0x0C55, 0x0C56, 0x0C58, 0x0C5A, 0x0C5C, 0x0C5D, 0x0C60, 0x0C63,
    0x0C66, 0x0C6F, 0x0C77, 0x0C8C, 0x0C8E, 0x0C90, 0x0C92, 0x0CA8,
    0x0CAA, 0x0CB3, 0x0CB5, 0x0CB9, 0x0CBC, 0x0CC4, 0x0CC6, 0x0CC8,
    0x0CCA, 0x0CCD, 0x0CD5, 0x0CD6, 0x0CDC, 0x0CDE, 0x0CE0, 0x0CE3,
    0x0CE6, 0x0CEF, 0x0CF1, 0x0CF3, 0x0D00, 0x0D0C, 0x0D0E, 0x0D10,
    0x0D12, 0x0D44, 0x0D46, 0x0D48, 0x0D4A, 0x0D4F, 0x0D54, 0x0D63,
    0x0D66, 0x0D7F, 0x0D81, 0x0D83, 0x0D85, 0x0D96, 0x0D9A, 0x0DB1,
    0x0DB3, 0x0DBB, 0x0DBD, 0x0DBD, 0x0DC0, 0x0DC6, 0x0DCA, 0x0DCA,
    0x0DCF, 0x0DD4, 0x0DD6, 0x0DD6, 0x0DD8, 0x0DDF, 0x0DE6, 0x0DEF,
    0x0DF2, 0x0DF4, 0x0E01, 0x0E3A, 0x0E3F, 0x0E5B, 0x0E81, 0x0E82,
    0x0E84, 0x0E84, 0x0E86, 0x0E8A, 0x0E8C, 0x0EA3, 0x0EA5, 0x0EA5,
    0x0EA7, 0x0EBD, 0x0EC0, 0x0EC4, 0x0EC6, 0x0EC6, 0x0EC8, 0x0ECE,
    0x0ED0, 0x0ED9, 0x0EDC, 0x0EDF, 0x0F00, 0x0F47, 0x0F49, 0x0F6C,
    0x0F71, 0x0F97, 0x0F99, 0x0FBC, 0x0FBE, 0x0FCC, 0x0FCE, 0x0FDA,
    0x1000, 0x10C5, 0x10C7, 0x10C7, 0x10CD, 0x10CD, 0x10D0, 0x1248,
    0x124A, 0x124D, 0x1250, 0x1256, 0x1258, 0x1258, 0x125A, 0x125D,
    0x1260, 0x1288, 0x128A, 0x128D, 0x1290, 0x12B0, 0x12B2, 0x12B5,
    0x12B8, 0x12BE, 0x12C0, 0x12C0, 0x12C2, 0x12C5, 0x12C8, 0x12D6,
    0x12D8, 0x1310, 0x1312, 0x1315, 0x1318, 0x135A, 0x135D, 0x137C,
    0x1380, 0x1399, 0x13A0, 0x13F5, 0x13F8, 0x13FD, 0x1400, 0x167F,
    0x1681, 0x169C, 0x16A0, 0x16F8, 0x1700, 0x1715, 0x171F, 0x1736,
    0x1740, 0x1753, 0x1760, 0x176C, 0x176E, 0x1770, 0x1772, 0x1773,
    0x1780, 0x17DD, 0x17E0, 0x17E9, 0x17F0, 0x17F9, 0x1800, 0x180D,
    0x180F, 0x1819, 0x1820, 0x1878, 0x1880, 0x18AA, 0x18B0, 0x18F5,
    0x1900, 0x191E, 0x1920, 0x192B, 0x1930, 0x193B, 0x1940, 0x1940,
    0x1944, 0x196D, 0x1970, 0x1974, 0x1980, 0x19AB, 0x19B0, 0x19C9,
    0x19D0, 0x19DA, 0x19DE, 0x1A1B, 0x1A1E, 0x1A5E, 0x1A60, 0x1A7C,
    0x1A7F, 0x1A89, 0x1A90, 0x1A99, 0x1AA0, 0x1AAD, 0x1AB0, 0x1ADD,
    0x1AE0, 0x1AEB, 0x1B00, 0x1B4C, 0x1B4E, 0x1BF3, 0x1BFC, 0x1C37,
    0x1C3B, 0x1C49, 0x1C4D, 0x1C8A, 0x1C90, 0x1CBA, 0x1CBD, 0x1CC7,
    0x1CD0, 0x1CFA, 0x1D00, 0x1F15, 0x1F18, 0x1F1D, 0x1F20, 0x1F45,
    0x1F48, 0x1F4D, 0x1F50, 0x1F57, 0x1F59, 0x1F59, 0x1F5B, 0x1F5B,
    0x1F5D, 0x1F5D, 0x1F5F, 0x1F7D, 0x1F80, 0x1FB4, 0x1FB6, 0x1FC4,
    0x1FC6, 0x1FD3, 0x1FD6, 0x1FDB, 0x1FDD, 0x1FEF, 0x1FF2, 0x1FF4,
    0x1FF6, 0x1FFE, 0x2010, 0x2027, 0x2030, 0x205E, 0x2070, 0x2071,
    0x2074, 0x208E, 0x2090, 0x209C, 0x20A0, 0x20C1, 0x20D0, 0x20F0,
    0x2100, 0x218B, 0x2190, 0x2429, 0x2440, 0x244A, 0x2460, 0x2B73,
    0x2B76, 0x2CF3, 0x2CF9, 0x2D25, 0x2D27, 0x2D27, 0x2D2D, 0x2D2D,
    0x2D30, 0x2D67, 0x2D6F, 0x2D70, 0x2D7F, 0x2D96, 0x2DA0, 0x2DA6,
    0x2DA8, 0x2DAE, 0x2DB0, 0x2DB6, 0x2DB8, 0x2DBE, 0x2DC0, 0x2DC6,
    0x2DC8, 0x2DCE, 0x2DD0, 0x2DD6, 0x2DD8, 0x2DDE, 0x2DE0, 0x2E5D,
    0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x2FFF,
    0x3001, 0x303F, 0x3041, 0x3096, 0x3099, 0x30FF, 0x3105, 0x312F,
    0x3131, 0x318E, 0x3190, 0x31E5, 0x31EF, 0x321E, 0x3220, 0xA48C,
    0xA490, 0xA4C6, 0xA4D0, 0xA62B, 0xA640, 0xA6F7, 0xA700, 0xA7DC,
    0xA7F1, 0xA82C, 0xA830, 0xA839, 0xA840, 0xA877, 0xA880, 0xA8C5,
    0xA8CE, 0xA8D9, 0xA8E0, 0xA953, 0xA95F, 0xA97C, 0xA980, 0xA9CD,
    0xA9CF, 0xA9D9, 0xA9DE, 0xA9FE, 0xAA00, 0xAA36, 0xAA40, 0xAA4D,
    0xAA50, 0xAA59, 0xAA5C, 0xAAC2, 0xAADB, 0xAAF6, 0xAB01, 0xAB06,
    0xAB09, 0xAB0E, 0xAB11, 0xAB16, 0xAB20, 0xAB26, 0xAB28, 0xAB2E,
    0xAB30, 0xAB6B, 0xAB70, 0xABED, 0xABF0, 0xABF9, 0xAC00, 0xD7A3,
    0xD7B0, 0xD7C6, 0xD7CB, 0xD7FB, 0xF900, 0xFA6D, 0xFA70, 0xFAD9,
    0xFB00, 0xFB06, 0xFB13, 0xFB17, 0xFB1D, 0xFB36, 0xFB38, 0xFB3C,
    0xFB3E, 0xFB3E, 0xFB40, 0xFB41, 0xFB43, 0xFB44, 0xFB46, 0xFDCF,
    0xFDF0, 0xFE19, 0xFE20, 0xFE52, 0xFE54, 0xFE66, 0xFE68, 0xFE6B,
    0xFE70, 0xFE74, 0xFE76, 0xFEFC, 0xFF01, 0xFFBE, 0xFFC2, 0xFFC7,
    0xFFCA, 0xFFCF, 0xFFD2, 0xFFD7, 0xFFDA, 0xFFDC, 0xFFE0, 0xFFE6,
    0xFFE8, 0xFFEE, 0xFFFC, 0xFFFD, 0x10000, 0x1000B, 0x1000D, 0x10026,
    0x10028, 0x1003A, 0x1003C, 0x1003D, 0x1003F, 0x1004D, 0x10050, 0x1005D,
    0x10080, 0x100FA, 0x10100, 0x10102, 0x10107, 0x10133, 0x10137, 0x1018E,
    0x10190, 0x1019C, 0x101A0, 0x101A0, 0x101D0, 0x101FD, 0x10280, 0x1029C,
    0x102A0, 0x102D0, 0x102E0, 0x102FB, 0x10300, 0x10323, 0x1032D, 0x1034A,
    0x10350, 0x1037A, 0x10380, 0x1039D, 0x1039F, 0x103C3, 0x103C8, 0x103D5,
    0x10400, 0x1049D, 0x104A0, 0x104A9, 0x104B0, 0x104D3, 0x104D8, 0x104FB,
    0x10500, 0x10527, 0x10530, 0x10563, 0x1056F, 0x1057A, 0x1057C, 0x1058A,
    0x1058C, 0x10592, 0x10594, 0x10595, 0x10597, 0x105A1, 0x105A3, 0x105B1,
    0x105B3, 0x105B9, 0x105BB, 0x105BC, 0x105C0, 0x105F3, 0x10600, 0x10736,
    0x10740, 0x10755, 0x10760, 0x10767, 0x10780, 0x10785, 0x10787, 0x107B0,
    0x107B2, 0x107BA, 0x10800, 0x10805, 0x10808, 0x10808, 0x1080A, 0x10835,
    0x10837, 0x10838, 0x1083C, 0x1083C, 0x1083F, 0x10855, 0x10857, 0x1089E,
    0x108A7, 0x108AF, 0x108E0, 0x108F2, 0x108F4, 0x108F5, 0x108FB, 0x1091B,
    0x1091F, 0x10939, 0x1093F, 0x10959, 0x10980, 0x109B7, 0x109BC, 0x109CF,
    0x109D2, 0x10A03, 0x10A05, 0x10A06, 0x10A0C, 0x10A13, 0x10A15, 0x10A17,
    0x10A19, 0x10A35, 0x10A38, 0x10A3A, 0x10A3F, 0x10A48, 0x10A50, 0x10A58,
    0x10A60, 0x10A9F, 0x10AC0, 0x10AE6, 0x10AEB, 0x10AF6, 0x10B00, 0x10B35,
    0x10B39, 0x10B55, 0x10B58, 0x10B72, 0x10B78, 0x10B91, 0x10B99, 0x10B9C,
    0x10BA9, 0x10BAF, 0x10C00, 0x10C48, 0x10C80, 0x10CB2, 0x10CC0, 0x10CF2,
    0x10CFA, 0x10D27, 0x10D30, 0x10D39, 0x10D40, 0x10D65, 0x10D69, 0x10D85,
    0x10D8E, 0x10D8F, 0x10E60, 0x10E7E, 0x10E80, 0x10EA9, 0x10EAB, 0x10EAD,
    0x10EB0, 0x10EB1, 0x10EC2, 0x10EC7, 0x10ED0, 0x10ED8, 0x10EFA, 0x10F27,
    0x10F30, 0x10F59, 0x10F70, 0x10F89, 0x10FB0, 0x10FCB, 0x10FE0, 0x10FF6,
    0x11000, 0x1104D, 0x11052, 0x11075, 0x1107F, 0x110BC, 0x110BE, 0x110C2,
    0x110D0, 0x110E8, 0x110F0, 0x110F9, 0x11100, 0x11134, 0x11136, 0x11147,
    0x11150, 0x11176, 0x11180, 0x111DF, 0x111E1, 0x111F4, 0x11200, 0x11211,
    0x11213, 0x11241, 0x11280, 0x11286, 0x11288, 0x11288, 0x1128A, 0x1128D,
    0x1128F, 0x1129D, 0x1129F, 0x112A9, 0x112B0, 0x112EA, 0x112F0, 0x112F9,
    0x11300, 0x11303, 0x11305, 0x1130C, 0x1130F, 0x11310, 0x11313, 0x11328,
    0x1132A, 0x11330, 0x11332, 0x11333, 0x11335, 0x11339, 0x1133B, 0x11344,
    0x11347, 0x11348, 0x1134B, 0x1134D, 0x11350, 0x11350, 0x11357, 0x11357,
    0x1135D, 0x11363, 0x11366, 0x1136C, 0x11370, 0x11374, 0x11380, 0x11389,
    0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7, 0x113C0,
    0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113D5,
    0x113D7, 0x113D8, 0x113E1, 0x113E2, 0x11400, 0x1145B, 0x1145D, 0x11461,
    0x11480, 0x114C7, 0x114D0, 0x114D9, 0x11580, 0x115B5, 0x115B8, 0x115DD,
    0x11600, 0x11644, 0x11650, 0x11659, 0x11660, 0x1166C, 0x11680, 0x116B9,
    0x116C0, 0x116C9, 0x116D0, 0x116E3, 0x11700, 0x1171A, 0x1171D, 0x1172B,
    0x11730, 0x11746, 0x11800, 0x1183B, 0x118A0, 0x118F2, 0x118FF, 0x11906,
    0x11909, 0x11909, 0x1190C, 0x11913, 0x11915, 0x11916, 0x11918, 0x11935,
    0x11937, 0x11938, 0x1193B, 0x11946, 0x11950, 0x11959, 0x119A0, 0x119A7,
    0x119AA, 0x119D7, 0x119DA, 0x119E4, 0x11A00, 0x11A47, 0x11A50, 0x11AA2,
    0x11AB0, 0x11AF8, 0x11B00, 0x11B09, 0x11B60, 0x11B67, 0x11BC0, 0x11BE1,
    0x11BF0, 0x11BF9, 0x11C00, 0x11C08, 0x11C0A, 0x11C36, 0x11C38, 0x11C45,
    0x11C50, 0x11C6C, 0x11C70, 0x11C8F, 0x11C92, 0x11CA7, 0x11CA9, 0x11CB6,
    0x11D00, 0x11D06, 0x11D08, 0x11D09, 0x11D0B, 0x11D36, 0x11D3A, 0x11D3A,
    0x11D3C, 0x11D3D, 0x11D3F, 0x11D47, 0x11D50, 0x11D59, 0x11D60, 0x11D65,
    0x11D67, 0x11D68, 0x11D6A, 0x11D8E, 0x11D90, 0x11D91, 0x11D93, 0x11D98,
    0x11DA0, 0x11DA9, 0x11DB0, 0x11DDB, 0x11DE0, 0x11DE9, 0x11EE0, 0x11EF8,
    0x11F00, 0x11F10, 0x11F12, 0x11F3A, 0x11F3E, 0x11F5A, 0x11FB0, 0x11FB0,
    0x11FC0, 0x11FF1, 0x11FFF, 0x12399, 0x12400, 0x1246E, 0x12470, 0x12474,
    0x12480, 0x12543, 0x12F90, 0x12FF2, 0x13000, 0x1342F, 0x13440, 0x13455,
    0x13460, 0x143FA, 0x14400, 0x14646, 0x16100, 0x16139, 0x16800, 0x16A38,
    0x16A40, 0x16A5E, 0x16A60, 0x16A69, 0x16A6E, 0x16ABE, 0x16AC0, 0x16AC9,
    0x16AD0, 0x16AED, 0x16AF0, 0x16AF5, 0x16B00, 0x16B45, 0x16B50, 0x16B59,
    0x16B5B, 0x16B61, 0x16B63, 0x16B77, 0x16B7D, 0x16B8F, 0x16D40, 0x16D79,
    0x16E40, 0x16E9A, 0x16EA0, 0x16EB8, 0x16EBB, 0x16ED3, 0x16F00, 0x16F4A,
    0x16F4F, 0x16F87, 0x16F8F, 0x16F9F, 0x16FE0, 0x16FE4, 0x16FF0, 0x16FF6,
    0x17000, 0x18CD5, 0x18CFF, 0x18D1E, 0x18D80, 0x18DF2, 0x1AFF0, 0x1AFF3,
    0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B132, 0x1B132,
    0x1B150, 0x1B152, 0x1B155, 0x1B155, 0x1B164, 0x1B167, 0x1B170, 0x1B2FB,
    0x1BC00, 0x1BC6A, 0x1BC70, 0x1BC7C, 0x1BC80, 0x1BC88, 0x1BC90, 0x1BC99,
    0x1BC9C, 0x1BC9F, 0x1CC00, 0x1CCFC, 0x1CD00, 0x1CEB3, 0x1CEBA, 0x1CED0,
    0x1CEE0, 0x1CEF0, 0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46, 0x1CF50, 0x1CFC3,
    0x1D000, 0x1D0F5, 0x1D100, 0x1D126, 0x1D129, 0x1D172, 0x1D17B, 0x1D1EA,
    0x1D200, 0x1D245, 0x1D2C0, 0x1D2D3, 0x1D2E0, 0x1D2F3, 0x1D300, 0x1D356,
    0x1D360, 0x1D378, 0x1D400, 0x1D454, 0x1D456, 0x1D49C, 0x1D49E, 0x1D49F,
    0x1D4A2, 0x1D4A2, 0x1D4A5, 0x1D4A6, 0x1D4A9, 0x1D4AC, 0x1D4AE, 0x1D4B9,
    0x1D4BB, 0x1D4BB, 0x1D4BD, 0x1D4C3, 0x1D4C5, 0x1D505, 0x1D507, 0x1D50A,
    0x1D50D, 0x1D514, 0x1D516, 0x1D51C, 0x1D51E, 0x1D539, 0x1D53B, 0x1D53E,
    0x1D540, 0x1D544, 0x1D546, 0x1D546, 0x1D54A, 0x1D550, 0x1D552, 0x1D6A5,
    0x1D6A8, 0x1D7CB, 0x1D7CE, 0x1DA8B, 0x1DA9B, 0x1DA9F, 0x1DAA1, 0x1DAAF,
    0x1DF00, 0x1DF1E, 0x1DF25, 0x1DF2A, 0x1E000, 0x1E006, 0x1E008, 0x1E018,
    0x1E01B, 0x1E021, 0x1E023, 0x1E024, 0x1E026, 0x1E02A, 0x1E030, 0x1E06D,
    0x1E08F, 0x1E08F, 0x1E100, 0x1E12C, 0x1E130, 0x1E13D, 0x1E140, 0x1E149,
    0x1E14E, 0x1E14F, 0x1E290, 0x1E2AE, 0x1E2C0, 0x1E2F9, 0x1E2FF, 0x1E2FF,
    0x1E4D0, 0x1E4F9, 0x1E5D0, 0x1E5FA, 0x1E5FF, 0x1E5FF, 0x1E6C0, 0x1E6DE,
    0x1E6E0, 0x1E6F5, 0x1E6FE, 0x1E6FF, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB,
    0x1E7ED, 0x1E7EE, 0x1E7F0, 0x1E7FE, 0x1E800, 0x1E8C4, 0x1E8C7, 0x1E8D6,
    0x1E900, 0x1E94B, 0x1E950, 0x1E959, 0x1E95E, 0x1E95F, 0x1EC71, 0x1ECB4,
    0x1ED01, 0x1ED3D, 0x1EE00, 0x1EE03, 0x1EE05, 0x1EE1F, 0x1EE21, 0x1EE22,
    0x1EE24, 0x1EE24, 0x1EE27, 0x1EE27, 0x1EE29, 0x1EE32, 0x1EE34, 0x1EE37,
    0x1EE39, 0x1EE39, 0x1EE3B, 0x1EE3B, 0x1EE42, 0x1EE42, 0x1EE47, 0x1EE47,
    0x1EE49, 0x1EE49, 0x1EE4B, 0x1EE4B, 0x1EE4D, 0x1EE4F, 0x1EE51, 0x1EE52,
    0x1EE54, 0x1EE54, 0x1EE57, 0x1EE57, 0x1EE59, 0x1EE59, 0x1EE5B, 0x1EE5B,
    0x1EE5D, 0x1EE5D, 0x1EE5F, 0x1EE5F, 0x1EE61, 0x1EE62, 0x1EE64, 0x1EE64,
    0x1EE67, 0x1EE6A, 0x1EE6C, 0x1EE72, 0x1EE74, 0x1EE77, 0x1EE79, 0x1EE7C,
    0x1EE7E, 0x1EE7E, 0x1EE80, 0x1EE89, 0x1EE8B, 0x1EE9B, 0x1EEA1, 0x1EEA3,
    0x1EEA5, 0x1EEA9, 0x1EEAB, 0x1EEBB, 0x1EEF0, 0x1EEF1, 0x1F000, 0x1F02B,
    0x1F030, 0x1F093, 0x1F0A0, 0x1F0AE, 0x1F0B1, 0x1F0BF, 0x1F0C1, 0x1F0CF,
    0x1F0D1, 0x1F0F5, 0x1F100, 0x1F1AD, 0x1F1E6, 0x1F202, 0x1F210, 0x1F23B,
    0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265, 0x1F300, 0x1F6D8,
    0x1F6DC, 0x1F6EC, 0x1F6F0, 0x1F6FC, 0x1F700, 0x1F7D9, 0x1F7E0, 0x1F7EB,
    0x1F7F0, 0x1F7F0, 0x1F800, 0x1F80B, 0x1F810, 0x1F847, 0x1F850, 0x1F859,
    0x1F860, 0x1F887, 0x1F890, 0x1F8AD, 0x1F8B0, 0x1F8BB, 0x1F8C0, 0x1F8C1,
    0x1F8D0, 0x1F8D8, 0x1F900, 0x1FA57, 0x1FA60, 0x1FA6D, 0x1FA70, 0x1FA7C,
    0x1FA80, 0x1FA8A, 0x1FA8E, 0x1FAC6, 0x1FAC8, 0x1FAC8, 0x1FACD, 0x1FADC,
    0x1FADF, 0x1FAEA, 0x1FAEF, 0x1FAF8, 0x1FB00, 0x1FB92, 0x1FB94, 0x1FBFA,
    0x20000, 0x2A6DF, 0x2A700, 0x2B81D, 0x2B820, 0x2CEAD, 0x2CEB0, 0x2EBE0,
    0x2EBF0, 0x2EE5D, 0x2F800, 0x2FA1D, 0x30000, 0x3134A, 0x31350, 0x33479,
    0xE0100, 0xE01EF,
];

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
