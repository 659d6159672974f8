//! The formatting engine of Go's `fmt` package: `Sprintf`, `Sprint`, `Sprintln`,
//! and `Errorf`'s text with the operands its `%w` verbs wrap.
//!
//! The VM converts each operand into a [`FmtValue`] and calls [`sprintf`], [`errorf`],
//! [`sprint`] or [`sprintln`]; the result is the exact byte string Go 1.27 produces
//! (`Printf`, `Fprintf` etc. are thin layers the VM adds on top).
//!
//! # Supported
//!
//! Verbs `%v %+v %#v %T %t %d %b %o %O %x %X %c %q %U %e %E %f %F %g %G %s %p %w %%`,
//! flags `+ - # 0 space`, width and precision (literal, `*`, and explicit argument
//! indexes `%[2]d`, `%[1]*d`), and every error form: `%!d(string=hi)`,
//! `%!s(MISSING)`, `%!(EXTRA int=1, string=a)`, `%!(NOVERB)`, `%!z(int=5)`,
//! `%!(BADWIDTH)`, `%!(BADPREC)`, `%!d(BADINDEX)`. Widths and precisions above 10⁶
//! are rejected exactly as Go does (a literal one ends the format with
//! `%!(NOVERB)`, a `*` one gives `%!(BADWIDTH)`/`%!(BADPREC)`).
//!
//! # When methods are called
//!
//! This mirrors `fmt`'s `handleMethods`. For a [`FmtValue::WithMethods`] value:
//!
//! - For `%#v`, only `GoString()`, its text printed as it is (padded, truncated by a
//!   precision). Otherwise only for the verbs `v s x X q`. `%d` of a `Stringer` int
//!   prints the number; `%x` of an error hex-encodes `Error()`'s text.
//! - `Error()` wins over `String()` when both exist. The method's result is then
//!   formatted as a string with the same verb and flags (`%10v`, `%q` apply to it).
//! - At the top level (an operand) always; below it (slice/array elements, map keys
//!   and values, struct fields, interface contents, the target of a top-level
//!   pointer) only if the path from the operand never went through an
//!   *unexported* struct field: Go's reflection cannot `Interface()` such values, so
//!   e.g. a `time.Duration` in a lower-case field prints as a plain integer.
//! - Never while printing the operand of an error such as `%!d(main.T=...)`.
//! - If the method panics, Go prints `%!v(PANIC=String method: boom)` (verb, method
//!   name, `%v` of the panic value), except that a panic on a nil pointer receiver
//!   (`nil_receiver`) prints just `<nil>`.
//!
//! # Not supported
//!
//! `Formatter` (`Format` methods), complex numbers, and `%p` of slices and maps (prints `%!p(...)`). For maps
//! keyed by interfaces holding different dynamic types, Go orders the types by
//! the address of their runtime type descriptors; this engine orders them by type
//! name instead.

use std::cmp::Ordering;

pub use super::fmtvalue::{FmtValue, MethodHost, MethodKind};
use super::numfmt;

/// `fmt.Sprintf(format, args...)`.
pub fn sprintf(host: &mut dyn MethodHost, format: &[u8], args: &[FmtValue]) -> Vec<u8> {
    let mut p = Printer::new(host);
    p.do_printf(format, args);
    p.buf
}

/// `fmt.Errorf`'s formatting: the text, where `%w` of an error operand formats as `%v`,
/// and the operand index of each `%w` verb that had an operand (Go's `wrappedErrs`), in
/// increasing order (Go sorts them when explicit indexes reordered the operands; without
/// those the order is already increasing).
pub fn errorf(
    host: &mut dyn MethodHost,
    format: &[u8],
    args: &[FmtValue],
) -> (Vec<u8>, Vec<usize>) {
    let mut p = Printer::new(host);
    p.wrap_errs = true;
    p.do_printf(format, args);
    p.wrapped.sort_unstable();
    (p.buf, p.wrapped)
}

/// `fmt.Sprint(args...)`: operands formatted with `%v`, with a space between two
/// operands when neither is a string (by kind, so named string types count).
pub fn sprint(host: &mut dyn MethodHost, args: &[FmtValue]) -> Vec<u8> {
    let mut p = Printer::new(host);
    let mut prev_string = false;
    for (i, arg) in args.iter().enumerate() {
        let is_string = matches!(arg.unwrapped(), FmtValue::Str { .. });
        if i > 0 && !is_string && !prev_string {
            p.buf.push(b' ');
        }
        p.print_arg(arg, 'v');
        prev_string = is_string;
    }
    p.buf
}

/// `fmt.Sprintln(args...)`: operands formatted with `%v`, always separated by
/// spaces, followed by a newline.
pub fn sprintln(host: &mut dyn MethodHost, args: &[FmtValue]) -> Vec<u8> {
    let mut p = Printer::new(host);
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            p.buf.push(b' ');
        }
        p.print_arg(arg, 'v');
    }
    p.buf.push(b'\n');
    p.buf
}

/// What `%T` prints for an operand: its dynamic type, or `<nil>` for a nil interface.
pub fn type_string(v: &FmtValue) -> &str {
    v.type_name()
}

/// Go rejects widths, precisions and argument numbers beyond a million.
const MAX_NUM: i64 = 1_000_000;

/// The per-verb formatting state (Go's `fmtFlags` plus width and precision).
#[derive(Debug, Clone, Copy, Default)]
struct Flags {
    plus: bool,
    minus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    /// `%+v`: field names in structs.
    plus_v: bool,
    /// `%#v`: Go syntax.
    sharp_v: bool,
    wid: usize,
    wid_present: bool,
    prec: usize,
    prec_present: bool,
}

struct Printer<'h> {
    buf: Vec<u8>,
    f: Flags,
    host: &'h mut dyn MethodHost,
    /// Set while printing the operand of a `%!verb(type=value)` report; suppresses
    /// method calls (Go's `pp.erroring`).
    erroring: bool,
    /// An explicit argument index was used, so unused operands are not reported.
    reordered: bool,
    good_arg_num: bool,
    /// `fmt.Errorf`: `%w` takes an error operand (elsewhere `%w` is a bad verb).
    wrap_errs: bool,
    /// The operand index of each `%w` verb, in the format's order.
    wrapped: Vec<usize>,
}

fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// Parses a decimal number at `s[i..end]`; on overflow past [`MAX_NUM`] the whole
/// rest of the format is consumed, as Go does (which leads to `%!(NOVERB)`).
fn parse_num(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut is_num = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if num > MAX_NUM {
            return (0, false, end);
        }
        num = num * 10 + i64::from(s[i] - b'0');
        is_num = true;
        i += 1;
    }
    (num as usize, is_num, i)
}

/// Parses `[n]` at the start of `s`: (zero-based index, bytes consumed, ok).
fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (n, ok, newi) = parse_num(s, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (n as i64 - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// The integer operand of a `*` width or precision: (value, ok); an operand that is
/// there is used up (`arg_num` moves past it) whatever its type.
fn int_from_arg(args: &[FmtValue], arg_num: &mut usize) -> (i64, bool) {
    let Some(arg) = args.get(*arg_num) else {
        return (0, false);
    };
    *arg_num += 1;
    let (n, ok) = match arg.unwrapped() {
        FmtValue::Int { v, .. } => (*v, true),
        FmtValue::Uint { v, .. } => match i64::try_from(*v) {
            Ok(n) => (n, true),
            Err(_) => (0, false),
        },
        _ => (0, false),
    };
    if !(-MAX_NUM..=MAX_NUM).contains(&n) {
        return (0, false);
    }
    (n, ok)
}

/// Whether printing a map with these keys would order two of them by their dynamic
/// types: Go's `internal/fmtsort` compares interface values of different types by
/// the addresses of their type descriptors, which the engine cannot know, so the
/// caller refuses the print rather than guess an order.
pub fn keys_ordered_by_type(entries: &[(FmtValue, FmtValue)]) -> bool {
    let by_type = std::cell::Cell::new(false);
    let mut keys: Vec<&FmtValue> = entries.iter().map(|e| &e.0).collect();
    crate::sorting::sort_by(&mut keys, |a, b| {
        let o = compare_keys(a, b);
        if o.is_ne() && differ_in_type(a, b) {
            by_type.set(true);
        }
        o
    });
    by_type.get()
}

/// Whether `a` and `b` (keys of one map type) hold, at some interface position,
/// non-nil values of different dynamic types, where their comparison falls to the
/// type order.
fn differ_in_type(a: &FmtValue, b: &FmtValue) -> bool {
    use FmtValue as V;
    let (a, b) = (a.unwrapped(), b.unwrapped());
    match (a, b) {
        (V::NilInterface { .. }, _) | (_, V::NilInterface { .. }) => false,
        (V::Struct { fields: x, .. }, V::Struct { fields: y, .. })
            if a.type_name() == b.type_name() =>
        {
            x.iter()
                .zip(y.iter())
                .any(|((_, p), (_, q))| differ_in_type(p, q))
        }
        (V::Array { elems: x, .. }, V::Array { elems: y, .. })
            if a.type_name() == b.type_name() =>
        {
            x.iter().zip(y.iter()).any(|(p, q)| differ_in_type(p, q))
        }
        _ => a.type_name() != b.type_name(),
    }
}

/// Orders map keys like Go's `internal/fmtsort`.
fn compare_keys(a: &FmtValue, b: &FmtValue) -> Ordering {
    use FmtValue as V;
    let (a, b) = (a.unwrapped(), b.unwrapped());
    match (a, b) {
        (V::Int { v: x, ty: tx }, V::Int { v: y, ty: ty_ }) if tx == ty_ => x.cmp(y),
        (V::Uint { v: x, ty: tx }, V::Uint { v: y, ty: ty_ }) if tx == ty_ => x.cmp(y),
        (V::Str { s: x, ty: tx }, V::Str { s: y, ty: ty_ }) if tx == ty_ => x.cmp(y),
        (V::Bool { v: x, ty: tx }, V::Bool { v: y, ty: ty_ }) if tx == ty_ => x.cmp(y),
        (V::Float { v: x, ty: tx, .. }, V::Float { v: y, ty: ty_, .. }) if tx == ty_ => {
            // NaN sorts before everything; -0 and +0 are equal.
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => x.partial_cmp(y).unwrap_or(Ordering::Equal),
            }
        }
        (
            V::Pointer {
                addr: x, ty: tx, ..
            },
            V::Pointer {
                addr: y, ty: ty_, ..
            },
        )
        | (V::Chan { addr: x, ty: tx }, V::Chan { addr: y, ty: ty_ })
        | (V::Func { addr: x, ty: tx }, V::Func { addr: y, ty: ty_ })
            if tx == ty_ =>
        {
            x.cmp(y)
        }
        (
            V::Struct {
                fields: x, ty: tx, ..
            },
            V::Struct {
                fields: y, ty: ty_, ..
            },
        ) if tx == ty_ => x
            .iter()
            .zip(y.iter())
            .map(|((_, p), (_, q))| compare_keys(p, q))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal),
        (V::Array { elems: x, ty: tx }, V::Array { elems: y, ty: ty_ }) if tx == ty_ => x
            .iter()
            .zip(y.iter())
            .map(|(p, q)| compare_keys(p, q))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal),
        (
            V::Bytes {
                data: x, ty: tx, ..
            },
            V::Bytes {
                data: y, ty: ty_, ..
            },
        ) if tx == ty_ => x.cmp(y),
        // Interface keys: nil first, then by dynamic type (Go uses the type
        // descriptor's address; we use the name), then by value.
        (V::NilInterface { .. }, V::NilInterface { .. }) => Ordering::Equal,
        (V::NilInterface { .. }, _) => Ordering::Less,
        (_, V::NilInterface { .. }) => Ordering::Greater,
        _ => a.type_name().cmp(b.type_name()),
    }
}

impl<'h> Printer<'h> {
    fn new(host: &'h mut dyn MethodHost) -> Self {
        Printer {
            buf: Vec::new(),
            f: Flags::default(),
            host,
            erroring: false,
            reordered: false,
            good_arg_num: true,
            wrap_errs: false,
            wrapped: Vec::new(),
        }
    }

    // ----- padding -----------------------------------------------------------

    fn write_padding(&mut self, n: usize) {
        let b = if self.f.zero { b'0' } else { b' ' };
        self.buf.resize(self.buf.len() + n, b);
    }

    /// Writes `s` padded to the width (counted in runes).
    fn pad(&mut self, s: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(s);
            return;
        }
        let width = self.f.wid.saturating_sub(numfmt::rune_count(s));
        if self.f.minus {
            self.buf.extend_from_slice(s);
            self.write_padding(width);
        } else {
            self.write_padding(width);
            self.buf.extend_from_slice(s);
        }
    }

    /// Pads with spaces even when the `0` flag is set.
    fn pad_spaces(&mut self, s: &[u8]) {
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(s);
        self.f.zero = old;
    }

    // ----- primitive formatters (Go's `fmt` type) ----------------------------

    fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// Formats an integer held in 64 bits (`signed` reinterprets it as i64).
    fn fmt_integer(&mut self, u: u64, base: u64, signed: bool, verb: char, upper: bool) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative {
            (u as i64).unsigned_abs()
        } else {
            u
        };
        // The number of digits to print at least: the precision, or with the 0 flag
        // the width minus room for a sign.
        let mut prec = 0usize;
        if self.f.prec_present {
            prec = self.f.prec;
            // %.0d of 0 prints nothing but padding.
            if prec == 0 && u == 0 {
                let old = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = old;
                return;
            }
        } else if self.f.zero && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        let digits: &[u8; 16] = if upper {
            b"0123456789ABCDEF"
        } else {
            b"0123456789abcdef"
        };
        // Built back to front.
        let mut rev: Vec<u8> = Vec::with_capacity(prec.max(24));
        loop {
            rev.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while rev.len() < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                // Octal gets a leading 0 unless it already starts with one.
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => rev.extend_from_slice(if upper { b"X0" } else { b"x0" }),
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        // Zero padding was turned into precision above (or is overridden by an
        // explicit precision), so pad the rest with spaces.
        self.pad_spaces(&rev);
    }

    /// `%U`: `U+0041`, with `#` also the character.
    fn fmt_unicode(&mut self, u: u64) {
        let prec = if self.f.prec_present && self.f.prec > 4 {
            self.f.prec
        } else {
            4
        };
        let hex = format!("{u:X}");
        let mut s = Vec::with_capacity(prec + 10);
        s.extend_from_slice(b"U+");
        s.resize(s.len() + prec.saturating_sub(hex.len()), b'0');
        s.extend_from_slice(hex.as_bytes());
        if self.f.sharp && u <= u64::from(numfmt::MAX_RUNE) && numfmt::is_print(u as u32) {
            s.extend_from_slice(b" '");
            numfmt::push_rune(&mut s, u as u32);
            s.push(b'\'');
        }
        self.pad_spaces(&s);
    }

    fn rune_of(u: u64) -> u32 {
        if u > u64::from(numfmt::MAX_RUNE) {
            numfmt::RUNE_ERROR
        } else {
            u as u32
        }
    }

    /// `%c`.
    fn fmt_c(&mut self, u: u64) {
        let mut s = Vec::new();
        numfmt::push_rune(&mut s, Self::rune_of(u));
        self.pad(&s);
    }

    /// `%q` of an integer: a quoted rune literal.
    fn fmt_qc(&mut self, u: u64) {
        let r = i64::from(Self::rune_of(u));
        let s = if self.f.plus {
            numfmt::quote_rune_to_ascii(r)
        } else {
            numfmt::quote_rune(r)
        };
        self.pad(s.as_bytes());
    }

    /// Applies the precision to a string: at most `prec` runes.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if self.f.prec_present {
            let mut i = 0;
            for _ in 0..self.f.prec {
                if i >= s.len() {
                    break;
                }
                i += numfmt::decode_rune(&s[i..]).1.max(1);
            }
            &s[..i.min(s.len())]
        } else {
            s
        }
    }

    fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x`/`%X` of a string or byte slice; precision limits the bytes encoded.
    fn fmt_sbx(&mut self, s: &[u8], upper: bool) {
        let digits: &[u8; 16] = if upper {
            b"0123456789ABCDEF"
        } else {
            b"0123456789abcdef"
        };
        let mut length = s.len();
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        if length == 0 {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        let mut width = 2 * length;
        if self.f.space {
            if self.f.sharp {
                width *= 2;
            }
            width += length - 1;
        } else if self.f.sharp {
            width += 2;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        let x = if upper { b'X' } else { b'x' };
        if self.f.sharp {
            self.buf.extend_from_slice(&[b'0', x]);
        }
        for (i, &c) in s[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.extend_from_slice(&[b'0', x]);
                }
            }
            self.buf.push(digits[usize::from(c >> 4)]);
            self.buf.push(digits[usize::from(c & 15)]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    /// `%q` of a string: backquoted with `#` when possible, ASCII-only with `+`.
    fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && numfmt::can_backquote(s) {
            let mut q = Vec::with_capacity(s.len() + 2);
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
            self.pad(&q);
            return;
        }
        let q = if self.f.plus {
            numfmt::quote_to_ascii(s)
        } else {
            numfmt::quote(s)
        };
        self.pad(q.as_bytes());
    }

    /// Go's `fmt.fmtFloat`: sign handling, `#` trailing zeros, Inf/NaN padding.
    fn fmt_float(&mut self, v: f64, bits: u8, verb: u8, default_prec: i32) {
        let prec = if self.f.prec_present {
            self.f.prec as i32
        } else {
            default_prec
        };
        let s = numfmt::format_float(v, verb, prec, bits);
        // Always carry an explicit sign in num[0] while deciding.
        let mut num: Vec<u8> = Vec::with_capacity(s.len() + 8);
        if !s.starts_with('-') && !s.starts_with('+') {
            num.push(b'+');
        }
        num.extend_from_slice(s.as_bytes());
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num.get(1).is_some_and(|&c| c == b'I' || c == b'N') {
            // Infinities and NaN are never zero padded, and NaN has no sign unless
            // asked for.
            let old = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old;
            return;
        }
        if self.f.sharp && verb != b'b' {
            self.sharp_float(&mut num, verb, prec);
        }
        if self.f.plus || num[0] != b'+' {
            // Zero padding goes between the sign and the digits.
            if self.f.zero && self.f.wid_present && self.f.wid > num.len() {
                self.buf.push(num[0]);
                self.write_padding(self.f.wid - num.len());
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    /// The `#` flag on floats: always a decimal point, and for %g/%x keep trailing
    /// zeros up to the precision (6 if none). Counting quirks (such as the `x` of a
    /// hex float counting as a significant digit) follow Go.
    fn sharp_float(&mut self, num: &mut Vec<u8>, verb: u8, prec: i32) {
        let mut digits: i64 = match verb {
            b'v' | b'g' | b'G' | b'x' | b'X' => {
                if prec == -1 {
                    6
                } else {
                    i64::from(prec)
                }
            }
            _ => 0,
        };
        let mut tail: Vec<u8> = Vec::new();
        let mut has_point = false;
        let mut saw_nonzero = false;
        let mut i = 1;
        while i < num.len() {
            let c = num[i];
            match c {
                b'.' => has_point = true,
                b'p' | b'P' => {
                    tail.extend_from_slice(&num[i..]);
                    num.truncate(i);
                    break;
                }
                b'e' | b'E' if verb != b'x' && verb != b'X' => {
                    tail.extend_from_slice(&num[i..]);
                    num.truncate(i);
                    break;
                }
                _ => {
                    if c != b'0' {
                        saw_nonzero = true;
                    }
                    if saw_nonzero {
                        digits -= 1;
                    }
                }
            }
            i += 1;
        }
        if !has_point {
            // A lone 0 still counts as one digit.
            if num.len() == 2 && num[1] == b'0' {
                digits -= 1;
            }
            num.push(b'.');
        }
        while digits > 0 {
            num.push(b'0');
            digits -= 1;
        }
        num.extend_from_slice(&tail);
    }

    // ----- per-kind dispatch (Go's `pp` methods) ------------------------------

    /// `%!verb(type=value)`. `v` is the offending operand (None: a nil operand).
    fn bad_verb(&mut self, verb: char, v: Option<&FmtValue>) {
        self.erroring = true;
        self.buf.extend_from_slice(b"%!");
        self.push_char(verb);
        self.buf.push(b'(');
        match v {
            Some(v) => {
                self.buf.extend_from_slice(v.type_name().as_bytes());
                self.buf.push(b'=');
                self.print_value(v, 'v', 0, false);
            }
            None => self.buf.extend_from_slice(b"<nil>"),
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    fn push_char(&mut self, c: char) {
        let mut tmp = [0u8; 4];
        self.buf
            .extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
    }

    fn fmt_bool(&mut self, b: bool, verb: char, v: &FmtValue) {
        match verb {
            't' | 'v' => self.fmt_boolean(b),
            _ => self.bad_verb(verb, Some(v)),
        }
    }

    fn fmt_0x64(&mut self, u: u64, leading_0x: bool) {
        let old = self.f.sharp;
        self.f.sharp = leading_0x;
        self.fmt_integer(u, 16, false, 'v', false);
        self.f.sharp = old;
    }

    fn fmt_int_verb(&mut self, u: u64, signed: bool, verb: char, v: &FmtValue) {
        match verb {
            'v' if self.f.sharp_v && !signed => self.fmt_0x64(u, true),
            'v' | 'd' => self.fmt_integer(u, 10, signed, verb, false),
            'b' => self.fmt_integer(u, 2, signed, verb, false),
            'o' | 'O' => self.fmt_integer(u, 8, signed, verb, false),
            'x' => self.fmt_integer(u, 16, signed, verb, false),
            'X' => self.fmt_integer(u, 16, signed, verb, true),
            'c' => self.fmt_c(u),
            'q' => self.fmt_qc(u),
            'U' => self.fmt_unicode(u),
            _ => self.bad_verb(verb, Some(v)),
        }
    }

    fn fmt_float_verb(&mut self, x: f64, bits: u8, verb: char, v: &FmtValue) {
        match verb {
            'v' => self.fmt_float(x, bits, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float(x, bits, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt_float(x, bits, verb as u8, 6),
            'F' => self.fmt_float(x, bits, b'f', 6),
            _ => self.bad_verb(verb, Some(v)),
        }
    }

    /// Formats string contents; `v` is the operand for error reports (None when
    /// the string came from a method, where only valid verbs reach here).
    fn fmt_string(&mut self, s: &[u8], verb: char, v: Option<&FmtValue>) {
        match verb {
            'v' if self.f.sharp_v => self.fmt_q(s),
            'v' | 's' => self.fmt_s(s),
            'x' => self.fmt_sbx(s, false),
            'X' => self.fmt_sbx(s, true),
            'q' => self.fmt_q(s),
            _ => self.bad_verb(verb, v),
        }
    }

    /// Byte slices and arrays: text for `%s %q %x %X`, numbers for `%v %d`.
    fn fmt_bytes(&mut self, data: Option<&[u8]>, verb: char, ty: &str, depth: usize) {
        let bytes = data.unwrap_or(&[]);
        match verb {
            'v' | 'd' => {
                if !self.open_list(ty, data.is_none()) {
                    return;
                }
                for (i, &c) in bytes.iter().enumerate() {
                    self.list_sep(i);
                    if self.f.sharp_v {
                        self.fmt_0x64(u64::from(c), true);
                    } else {
                        self.fmt_integer(u64::from(c), 10, false, verb, false);
                    }
                }
                self.close_list();
            }
            's' => self.fmt_s(bytes),
            'x' => self.fmt_sbx(bytes, false),
            'X' => self.fmt_sbx(bytes, true),
            'q' => self.fmt_q(bytes),
            _ => {
                // Other verbs go element by element, like any slice.
                self.buf.push(b'[');
                for (i, &c) in bytes.iter().enumerate() {
                    if i > 0 {
                        self.buf.push(b' ');
                    }
                    let elem = FmtValue::Uint {
                        v: u64::from(c),
                        ty: "uint8".into(),
                    };
                    self.print_value(&elem, verb, depth + 1, false);
                }
                self.buf.push(b']');
            }
        }
    }

    /// Pointers, channels and funcs as addresses.
    fn fmt_pointer(&mut self, v: &FmtValue, verb: char) {
        // Go prints a func value as the address of its code in the binary (`0x49b6e0`,
        // the same on every run of one build): no address the engine makes up is it.
        if let FmtValue::Func { addr, .. } = v.unwrapped() {
            if *addr != 0 {
                self.host.refuse_because(
                    "printing a func value (Go prints where its code lies in the binary)",
                );
            }
        }
        let (u, ty) = match v.unwrapped() {
            FmtValue::Pointer { addr, ty, .. }
            | FmtValue::Chan { addr, ty }
            | FmtValue::Func { addr, ty } => (*addr, ty.clone()),
            // Go's `%p` also takes slices (their first element) and maps; only the
            // top-level operand reaches here with them, and only for `p`.
            FmtValue::Slice { addr, ty, .. }
            | FmtValue::Bytes {
                addr,
                ty,
                array: false,
                ..
            }
            | FmtValue::Map { addr, ty, .. }
                if verb == 'p' =>
            {
                (*addr, ty.clone())
            }
            _ => {
                self.bad_verb(verb, Some(v));
                return;
            }
        };
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.buf.push(b'(');
                    self.buf.extend_from_slice(ty.as_bytes());
                    self.buf.extend_from_slice(b")(");
                    if u == 0 {
                        self.buf.extend_from_slice(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.buf.push(b')');
                } else if u == 0 {
                    self.pad(b"<nil>");
                } else {
                    let sharp = self.f.sharp;
                    self.fmt_0x64(u, !sharp);
                }
            }
            'p' => {
                let sharp = self.f.sharp;
                self.fmt_0x64(u, !sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_int_verb(u, false, verb, v),
            _ => self.bad_verb(verb, Some(v)),
        }
    }

    /// Runs `Error()`/`String()` if Go's `handleMethods` would; true if it printed.
    fn handle_methods(&mut self, v: &FmtValue, verb: char) -> bool {
        let FmtValue::WithMethods {
            handle,
            has_error,
            has_string,
            has_gostring,
            nil_receiver,
            ..
        } = v
        else {
            return false;
        };
        if self.erroring {
            return false;
        }
        let (kind, name) = if self.f.sharp_v {
            if !*has_gostring {
                return false;
            }
            (MethodKind::GoString, "GoString")
        } else if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        } else if *has_error {
            (MethodKind::Error, "Error")
        } else if *has_string {
            (MethodKind::String, "String")
        } else {
            return false;
        };
        match self.host.call(*handle, kind) {
            Ok(s) if kind == MethodKind::GoString => self.fmt_s(&s),
            Ok(s) => self.fmt_string(&s, verb, None),
            Err(_) if *nil_receiver => self.buf.extend_from_slice(b"<nil>"),
            Err(panic) => {
                let old = self.f;
                self.f = Flags::default();
                self.buf.extend_from_slice(b"%!");
                self.push_char(verb);
                self.buf.extend_from_slice(b"(PANIC=");
                self.buf.extend_from_slice(name.as_bytes());
                self.buf.extend_from_slice(b" method: ");
                self.buf.extend_from_slice(panic.as_bytes());
                self.buf.push(b')');
                self.f = old;
            }
        }
        true
    }

    /// One operand (Go's `printArg`).
    fn print_arg(&mut self, arg: &FmtValue, verb: char) {
        if let FmtValue::Reflected(held) = arg {
            match (verb, held) {
                ('T', _) => self.fmt_s(b"reflect.Value"),
                (_, Some(v)) => self.print_arg(v, verb),
                (_, None) => self.buf.extend_from_slice(b"<invalid reflect.Value>"),
            }
            return;
        }
        if let FmtValue::NilInterface { .. } = arg {
            match verb {
                'T' | 'v' => self.pad(b"<nil>"),
                _ => self.bad_verb(verb, None),
            }
            return;
        }
        match verb {
            'T' => {
                let t = arg.type_name().to_string();
                self.fmt_s(t.as_bytes());
                return;
            }
            'p' => {
                self.fmt_pointer(arg, 'p');
                return;
            }
            _ => {}
        }
        // `%w` wraps an error operand in `fmt.Errorf`, whose methods then run as for
        // `%v` (but `%#w` without GoString prints the value with `w` itself, as Go
        // does); otherwise it is a bad verb for the operand as a whole, except that
        // an operand of type []byte goes element by element, as for other bad verbs.
        let mut method_verb = verb;
        if verb == 'w' && !self.erroring {
            let is_error = matches!(
                arg,
                FmtValue::WithMethods {
                    has_error: true,
                    ..
                }
            );
            let byte_slice =
                matches!(arg, FmtValue::Bytes { ty, array: false, .. } if &**ty == "[]uint8");
            if is_error && self.wrap_errs {
                method_verb = 'v';
            } else if !byte_slice {
                self.bad_verb('w', Some(arg));
                return;
            }
        }
        if let FmtValue::WithMethods { inner, .. } = arg {
            if !self.handle_methods(arg, method_verb) {
                self.print_value(inner, verb, 0, true);
            }
            return;
        }
        if let FmtValue::Bytes {
            ty,
            data,
            array: false,
            ..
        } = arg
        {
            // An operand of exact type []byte is special-cased by Go, which names
            // it `[]byte` (not `[]uint8`) under %#v.
            if &**ty == "[]uint8" {
                self.fmt_bytes(data.as_deref(), verb, "[]byte", 0);
                return;
            }
        }
        self.print_value(arg, verb, 0, true);
    }

    /// Go's `printValue`: `can_iface` is false below an unexported struct field.
    fn print_value(&mut self, v: &FmtValue, verb: char, depth: usize, can_iface: bool) {
        if let FmtValue::WithMethods { inner, .. } = v {
            if depth > 0 && can_iface && self.handle_methods(v, verb) {
                return;
            }
            self.print_value(inner, verb, depth, can_iface);
            return;
        }
        match v {
            FmtValue::Bool { v: b, .. } => self.fmt_bool(*b, verb, v),
            FmtValue::Int { v: i, .. } => self.fmt_int_verb(*i as u64, true, verb, v),
            FmtValue::Uint { v: u, .. } => self.fmt_int_verb(*u, false, verb, v),
            FmtValue::Float { v: x, bits, .. } => self.fmt_float_verb(*x, *bits, verb, v),
            FmtValue::Str { s, .. } => self.fmt_string(s, verb, Some(v)),
            FmtValue::Bytes { ty, data, .. } => {
                self.fmt_bytes(data.as_deref(), verb, ty, depth);
            }
            FmtValue::Map { ty, entries, .. } => {
                if !self.f.sharp_v {
                    self.buf.extend_from_slice(b"map");
                }
                if !self.open_list(ty, entries.is_none()) {
                    return;
                }
                let mut sorted: Vec<&(FmtValue, FmtValue)> = entries.iter().flatten().collect();
                crate::sorting::sort_by(&mut sorted, |a, b| compare_keys(&a.0, &b.0));
                for (i, (k, val)) in sorted.into_iter().enumerate() {
                    self.list_sep(i);
                    self.print_value(k, verb, depth + 1, can_iface);
                    self.buf.push(b':');
                    self.print_value(val, verb, depth + 1, can_iface);
                }
                self.close_list();
            }
            FmtValue::Struct {
                ty,
                fields,
                engine_layout,
            } => {
                if *engine_layout {
                    self.host.refuse(ty);
                }
                if self.f.sharp_v {
                    self.buf.extend_from_slice(ty.as_bytes());
                }
                self.buf.push(b'{');
                for (i, (name, fv)) in fields.iter().enumerate() {
                    self.list_sep(i);
                    if (self.f.plus_v || self.f.sharp_v) && !name.is_empty() {
                        self.buf.extend_from_slice(name.as_bytes());
                        self.buf.push(b':');
                    }
                    self.print_value(fv, verb, depth + 1, can_iface && is_exported(name));
                }
                self.buf.push(b'}');
            }
            FmtValue::NilInterface { ty } => {
                if depth == 0 {
                    // Only reachable for a top-level nil printed as an error operand.
                    self.buf.extend_from_slice(b"<nil>");
                } else if self.f.sharp_v {
                    self.buf.extend_from_slice(ty.as_bytes());
                    self.buf.extend_from_slice(b"(nil)");
                } else {
                    self.buf.extend_from_slice(b"<nil>");
                }
            }
            FmtValue::Array { ty, elems } => {
                self.print_elems(ty, Some(elems), verb, depth, can_iface);
            }
            FmtValue::Slice { ty, elems, .. } => {
                self.print_elems(ty, elems.as_deref(), verb, depth, can_iface);
            }
            FmtValue::Pointer { addr, target, .. } => {
                // Only a top-level pointer to a composite is followed (avoids loops).
                if depth == 0 && *addr != 0 {
                    if let Some(t) = target {
                        if matches!(
                            t.unwrapped(),
                            FmtValue::Struct { .. }
                                | FmtValue::Array { .. }
                                | FmtValue::Slice { .. }
                                | FmtValue::Map { .. }
                                | FmtValue::Bytes { .. }
                                | FmtValue::Refused(_)
                        ) {
                            self.buf.push(b'&');
                            self.print_value(t, verb, depth + 1, can_iface);
                            return;
                        }
                    }
                }
                self.fmt_pointer(v, verb);
            }
            FmtValue::Chan { .. } | FmtValue::Func { .. } => self.fmt_pointer(v, verb),
            FmtValue::Refused(why) => self.host.refuse_because(why),
            FmtValue::WithMethods { .. } => {}
            FmtValue::Reflected(Some(held)) => self.print_value(held, verb, depth, can_iface),
            FmtValue::Reflected(None) => self.buf.extend_from_slice(b"<invalid reflect.Value>"),
        }
    }

    /// Slices and arrays of non-byte elements.
    fn print_elems(
        &mut self,
        ty: &str,
        elems: Option<&[FmtValue]>,
        verb: char,
        depth: usize,
        can_iface: bool,
    ) {
        if !self.open_list(ty, elems.is_none()) {
            return;
        }
        for (i, e) in elems.unwrap_or(&[]).iter().enumerate() {
            self.list_sep(i);
            self.print_value(e, verb, depth + 1, can_iface);
        }
        self.close_list();
    }

    /// Opens a slice, array or map: `[` (after `map` for a map), or with `%#v` its
    /// type and `{`, or its type and `(nil)` for a nil one, which is then all there
    /// is to print (false).
    fn open_list(&mut self, ty: &str, is_nil: bool) -> bool {
        if !self.f.sharp_v {
            self.buf.push(b'[');
            return true;
        }
        self.buf.extend_from_slice(ty.as_bytes());
        if is_nil {
            self.buf.extend_from_slice(b"(nil)");
            return false;
        }
        self.buf.push(b'{');
        true
    }

    /// What goes before the `i`th element of a list or struct: nothing before the
    /// first, then `, ` with `%#v` and a space otherwise.
    fn list_sep(&mut self, i: usize) {
        if i > 0 {
            let sep: &[u8] = if self.f.sharp_v { b", " } else { b" " };
            self.buf.extend_from_slice(sep);
        }
    }

    /// Closes what [`Self::open_list`] opened.
    fn close_list(&mut self) {
        self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
    }

    /// Handles `[n]` at `format[i..]`, returning the new argument number and index.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// Go's `doPrintf`.
    fn do_printf(&mut self, format: &[u8], args: &[FmtValue]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // skip '%'
            self.f = Flags::default();
            while i < end {
                match format[i] {
                    b'#' => self.f.sharp = true,
                    // Zero padding only applies on the left.
                    b'0' => self.f.zero = !self.f.minus,
                    b'+' => self.f.plus = true,
                    b'-' => {
                        self.f.minus = true;
                        self.f.zero = false;
                    }
                    b' ' => self.f.space = true,
                    _ => break,
                }
                i += 1;
            }

            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());

            // Width.
            if i < end && format[i] == b'*' {
                i += 1;
                let (n, ok) = int_from_arg(args, &mut arg_num);
                self.f.wid_present = ok;
                if !ok {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if n < 0 {
                    self.f.minus = true;
                    self.f.zero = false;
                }
                self.f.wid = n.unsigned_abs() as usize;
                after_index = false;
            } else {
                let (n, ok, ni) = parse_num(format, i, end);
                self.f.wid = n;
                self.f.wid_present = ok;
                i = ni;
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }

            // Precision.
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (n, ok) = int_from_arg(args, &mut arg_num);
                    // A negative precision is as bad as a non-integer one.
                    self.f.prec_present = ok && n >= 0;
                    self.f.prec = if n < 0 { 0 } else { n as usize };
                    if !self.f.prec_present {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (n, ok, ni) = parse_num(format, i, end);
                    i = ni;
                    // "%.d" means precision 0.
                    self.f.prec = if ok { n } else { 0 };
                    self.f.prec_present = true;
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len());
            }

            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }

            let (verb, size) = if format[i] < 0x80 {
                (char::from(format[i]), 1)
            } else {
                let (r, w) = numfmt::decode_rune(&format[i..]);
                (char::from_u32(r).unwrap_or('\u{FFFD}'), w.max(1))
            };
            i += size;

            if verb == '%' {
                // %% takes no operand and ignores width and precision.
                self.buf.push(b'%');
            } else if !self.good_arg_num {
                self.buf.extend_from_slice(b"%!");
                self.push_char(verb);
                self.buf.extend_from_slice(b"(BADINDEX)");
            } else if arg_num >= args.len() {
                self.buf.extend_from_slice(b"%!");
                self.push_char(verb);
                self.buf.extend_from_slice(b"(MISSING)");
            } else {
                if verb == 'w' {
                    self.wrapped.push(arg_num);
                }
                // `%w` takes `%v`'s flags: it prints as `%v` when it wraps.
                if verb == 'v' || verb == 'w' {
                    self.f.sharp_v = self.f.sharp;
                    self.f.sharp = false;
                    self.f.plus_v = self.f.plus;
                    self.f.plus = false;
                }
                self.print_arg(&args[arg_num], verb);
                arg_num += 1;
            }
        }

        // Unused operands are reported unless indexes made usage unclear.
        if !self.reordered && arg_num < args.len() {
            self.f = Flags::default();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (k, arg) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                if let FmtValue::NilInterface { .. } = arg {
                    self.buf.extend_from_slice(b"<nil>");
                } else {
                    self.buf.extend_from_slice(arg.type_name().as_bytes());
                    self.buf.push(b'=');
                    self.print_arg(arg, 'v');
                }
            }
            self.buf.push(b')');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::fmtvalue::NoMethods;

    fn pf(format: &str, args: &[FmtValue]) -> String {
        String::from_utf8(sprintf(&mut NoMethods, format.as_bytes(), args)).unwrap()
    }

    // Expected values from go1.27.3.

    #[test]
    fn parses_numbers_like_go() {
        assert_eq!(parse_num(b"123d", 0, 4), (123, true, 3));
        assert_eq!(parse_num(b"d", 0, 1), (0, false, 0));
        // Overflow swallows the rest of the format.
        assert_eq!(parse_num(b"99999999d", 0, 9), (0, false, 9));
        assert_eq!(parse_arg_number(b"[2]d"), (1, 3, true));
        assert_eq!(parse_arg_number(b"[x]d"), (0, 3, false));
    }

    #[test]
    fn basics() {
        let args = [FmtValue::int(5), FmtValue::str("x")];
        assert_eq!(pf("%03d|%-3s|%q", &args), "005|x  |%!q(MISSING)");
        assert_eq!(pf("%v %v", &[FmtValue::nil()]), "<nil> %!v(MISSING)");
        assert_eq!(pf("%.2f", &[FmtValue::float(2.675)]), "2.67");
        assert_eq!(
            String::from_utf8(sprint(
                &mut NoMethods,
                &[FmtValue::int(1), FmtValue::int(2)]
            ))
            .unwrap(),
            "1 2"
        );
    }

    #[test]
    fn map_keys_sort_like_fmtsort() {
        let m = FmtValue::Map {
            ty: "map[float64]bool".into(),
            addr: 0,
            entries: Some(vec![
                (FmtValue::float(1.0), FmtValue::bool(true)),
                (FmtValue::float(f64::NAN), FmtValue::bool(false)),
                (FmtValue::float(-2.0), FmtValue::bool(true)),
            ]),
        };
        assert_eq!(pf("%v", &[m]), "map[NaN:false -2:true 1:true]");
    }
}
