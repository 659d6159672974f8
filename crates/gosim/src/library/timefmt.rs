//! `time`'s calendar and layouts: the civil date of an instant, the instant of a
//! date (with Go's normalization of out-of-range fields), `Time.Format`'s layout
//! language (reference time `Mon Jan 2 15:04:05 MST 2006`) and `time.Parse`'s reading
//! of the same layouts ([`parse`], with Go's `ParseError` texts). Zones are fixed
//! offsets: UTC, `time.Local` (UTC under the name "Local", as in a container whose
//! /etc/localtime is UTC and on the playground) and `time.FixedZone`s; the caller
//! passes the zone's name and offset and the instant already moved by the offset.
//!
//! Here in Rust rather than in `go/time.go` because the Go text ships in the wasm
//! module as text: the layout scanner alone would be some 4 KB of Go.
//!
//! Instants are seconds since January 1 of year 1, 00:00:00 UTC (Go's internal
//! origin), as `go/time.go` keeps them. The day arithmetic is the well-known
//! era-based conversion (400-year eras of 146097 days, years counted from March).

/// Seconds from January 1 of year 1 to January 1, 1970.
pub const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

const DAYS_TO_UNIX: i128 = (UNIX_TO_INTERNAL / 86400) as i128;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// Days from January 1 of year 1 to `year`-`month`-`day` (`month` in 1..=12; `day`
/// may run past either end of the month).
fn days_from_civil(year: i128, month: i128, day: i128) -> i128 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468 + DAYS_TO_UNIX
}

/// The calendar facts of an instant: what `Time.Date`, `YearDay` and `Weekday` give.
#[derive(Clone, Copy)]
pub struct Civil {
    pub year: i64,
    /// 1..=12.
    pub month: i64,
    pub day: i64,
    /// 1..=366.
    pub yday: i64,
    /// 0 (Sunday)..=6.
    pub wday: i64,
    /// Seconds into the day.
    pub secs: i64,
}

/// The civil date of `sec` seconds after January 1 of year 1.
pub fn civil(sec: i64) -> Civil {
    let days = (sec as i128).div_euclid(86400);
    let secs = (sec as i128).rem_euclid(86400) as i64;
    let z = days - DAYS_TO_UNIX + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i128::from(month <= 2);
    Civil {
        year: year as i64,
        month: month as i64,
        day: day as i64,
        yday: (days - days_from_civil(year, 1, 1) + 1) as i64,
        // January 1 of year 1 was a Monday.
        wday: (days + 1).rem_euclid(7) as i64,
        secs,
    }
}

/// Moves whole `base`s from `lo` into `hi` so that `0 <= lo < base`, as Go's `Date`
/// normalizes each field into the next larger one.
fn norm(hi: i128, lo: i128, base: i128) -> (i128, i128) {
    (hi + lo.div_euclid(base), lo.rem_euclid(base))
}

/// `time.Date`'s instant (seconds since year 1 and nanoseconds), every field
/// normalized as Go does: October 32 is November 1, minute -1 is the hour before.
pub fn date(f: [i64; 7]) -> (i64, i64) {
    let [year, month, day, hour, min, sec, nsec] = f.map(i128::from);
    let (year, m) = norm(year, month - 1, 12);
    let (sec, nsec) = norm(sec, nsec, 1_000_000_000);
    let (min, sec) = norm(min, sec, 60);
    let (hour, min) = norm(hour, min, 60);
    let (day, hour) = norm(day, hour, 24);
    let days = days_from_civil(year, m + 1, day);
    let abs = days * 86400 + hour * 3600 + min * 60 + sec;
    (abs as i64, nsec as i64)
}

/// Month `n`'s or weekday `n`'s English name, or Go's `%!Month(13)` for a value out
/// of range (the number as unsigned, as Go prints it).
pub fn name(weekday: bool, n: i64) -> String {
    let (names, first, kind): (&[&str], i64, &str) = if weekday {
        (&DAYS, 0, "Weekday")
    } else {
        (&MONTHS, 1, "Month")
    };
    match usize::try_from(n - first).ok().and_then(|i| names.get(i)) {
        Some(s) => (*s).to_string(),
        None => {
            let mut out = String::from("%!");
            out.push_str(kind);
            out.push('(');
            // Go prints the value as unsigned.
            out.push_str(&(n as u64).to_string());
            out.push(')');
            out
        }
    }
}

/// Appends `n` in decimal, zero-padded to `width` digits (after any minus sign).
fn push_int(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        out.push('-');
    }
    let digits = n.unsigned_abs().to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

/// One element of a layout: a piece of the reference time, or a run of literal text.
#[derive(Clone, Copy, PartialEq)]
enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    /// A zone name (`MST`).
    Tz,
    /// A numeric offset, by its layout form (`-07:00`, `Z0700`, ...); `Z` forms
    /// print `Z` for UTC.
    Offset(&'static str),
    /// Fractional seconds: separator, digit count, and whether trailing zeros go
    /// (`.999`) or stay (`.000`).
    Frac(u8, usize, bool),
}

/// The numeric zone forms, longest first within each family.
const OFFSETS: [&str; 10] = [
    "-070000",
    "-07:00:00",
    "-0700",
    "-07:00",
    "-07",
    "Z070000",
    "Z07:00:00",
    "Z0700",
    "Z07:00",
    "Z07",
];

/// The first element of `layout` that is not literal text: its offset, its length
/// and what it is; `None` when the rest is all literal.
fn next_std(layout: &[u8]) -> Option<(usize, usize, Std)> {
    let at = |i: usize, s: &str| layout[i..].starts_with(s.as_bytes());
    for i in 0..layout.len() {
        let next = layout.get(i + 1).copied().unwrap_or(0);
        let found = match layout[i] {
            b'J' if at(i, "January") => Some((7, Std::LongMonth)),
            b'J' if at(i, "Jan") && !starts_lower(&layout[i + 3..]) => Some((3, Std::Month)),
            b'M' if at(i, "Monday") => Some((6, Std::LongWeekDay)),
            b'M' if at(i, "Mon") && !starts_lower(&layout[i + 3..]) => Some((3, Std::WeekDay)),
            b'M' if at(i, "MST") => Some((3, Std::Tz)),
            b'0' if (b'1'..=b'6').contains(&next) => Some((
                2,
                [
                    Std::ZeroMonth,
                    Std::ZeroDay,
                    Std::ZeroHour12,
                    Std::ZeroMinute,
                    Std::ZeroSecond,
                    Std::Year,
                ][usize::from(next - b'1')],
            )),
            b'0' if at(i, "002") => Some((3, Std::ZeroYearDay)),
            b'1' if next == b'5' => Some((2, Std::Hour)),
            b'1' => Some((1, Std::NumMonth)),
            b'2' if at(i, "2006") => Some((4, Std::LongYear)),
            b'2' => Some((1, Std::Day)),
            // `_2006` is a literal `_` and the year.
            b'_' if at(i, "_2006") => return Some((i + 1, 4, Std::LongYear)),
            b'_' if next == b'2' => Some((2, Std::UnderDay)),
            b'_' if at(i, "__2") => Some((3, Std::UnderYearDay)),
            b'3' => Some((1, Std::Hour12)),
            b'4' => Some((1, Std::Minute)),
            b'5' => Some((1, Std::Second)),
            b'P' if next == b'M' => Some((2, Std::PM)),
            b'p' if next == b'm' => Some((2, Std::Pm)),
            b'-' | b'Z' => OFFSETS
                .iter()
                .find(|form| at(i, form))
                .map(|form| (form.len(), Std::Offset(form))),
            sep @ (b'.' | b',') if next == b'0' || next == b'9' => {
                let run = layout[i + 1..].iter().take_while(|&&c| c == next).count();
                let after = layout.get(i + 1 + run).copied().unwrap_or(0);
                (!after.is_ascii_digit()).then_some((1 + run, Std::Frac(sep, run, next == b'9')))
            }
            _ => None,
        };
        if let Some((len, std)) = found {
            return Some((i, len, std));
        }
    }
    None
}

fn starts_lower(s: &[u8]) -> bool {
    s.first().is_some_and(u8::is_ascii_lowercase)
}

/// `Time.Format(layout)` for the wall clock `sec` seconds after January 1 of year 1
/// (the instant moved by the zone's `offset`) plus `nsec` nanoseconds, in the zone
/// named `zone`. Literal text is copied byte for byte.
pub fn format(sec: i64, nsec: i64, layout: &[u8], zone: &[u8], offset: i64) -> Vec<u8> {
    let c = civil(sec);
    let (hour, min, s) = (c.secs / 3600, c.secs / 60 % 60, c.secs % 60);
    let mut out = String::new();
    let mut bytes = Vec::new();
    let mut rest = layout;
    while let Some((i, len, std)) = next_std(rest) {
        bytes.extend_from_slice(&rest[..i]);
        rest = &rest[i + len..];
        let month = MONTHS[c.month as usize - 1];
        let day = DAYS[c.wday as usize];
        match std {
            Std::LongMonth => out.push_str(month),
            Std::Month => out.push_str(&month[..3]),
            Std::NumMonth => push_int(&mut out, c.month, 0),
            Std::ZeroMonth => push_int(&mut out, c.month, 2),
            Std::LongWeekDay => out.push_str(day),
            Std::WeekDay => out.push_str(&day[..3]),
            Std::Day => push_int(&mut out, c.day, 0),
            Std::UnderDay => {
                if c.day < 10 {
                    out.push(' ');
                }
                push_int(&mut out, c.day, 0);
            }
            Std::ZeroDay => push_int(&mut out, c.day, 2),
            Std::UnderYearDay => {
                if c.yday < 100 {
                    out.push(' ');
                }
                if c.yday < 10 {
                    out.push(' ');
                }
                push_int(&mut out, c.yday, 0);
            }
            Std::ZeroYearDay => push_int(&mut out, c.yday, 3),
            Std::Hour => push_int(&mut out, hour, 2),
            Std::Hour12 | Std::ZeroHour12 => {
                let h = if hour % 12 == 0 { 12 } else { hour % 12 };
                push_int(&mut out, h, if std == Std::Hour12 { 0 } else { 2 });
            }
            Std::Minute => push_int(&mut out, min, 0),
            Std::ZeroMinute => push_int(&mut out, min, 2),
            Std::Second => push_int(&mut out, s, 0),
            Std::ZeroSecond => push_int(&mut out, s, 2),
            Std::LongYear => push_int(&mut out, c.year, 4),
            Std::Year => push_int(&mut out, c.year.abs() % 100, 2),
            Std::PM => out.push_str(if hour >= 12 { "PM" } else { "AM" }),
            Std::Pm => out.push_str(if hour >= 12 { "pm" } else { "am" }),
            Std::Tz if !zone.is_empty() => bytes.extend_from_slice(zone),
            // A zone with no name prints as -0700 does.
            Std::Tz => push_offset(&mut out, offset, "-0700"),
            Std::Offset(form) => push_offset(&mut out, offset, form),
            Std::Frac(sep, digits, trim) => {
                let mut f = String::new();
                push_int(&mut f, nsec, 9);
                f.truncate(digits.min(9));
                if trim {
                    f.truncate(f.trim_end_matches('0').len());
                }
                if !f.is_empty() {
                    out.push(char::from(sep));
                    out.push_str(&f);
                }
            }
        }
        bytes.extend_from_slice(out.as_bytes());
        out.clear();
    }
    bytes.extend_from_slice(rest);
    bytes
}

/// Appends `offset` seconds as layout form `form` writes a zone offset: `Z` for UTC
/// in the `Z` forms, else the sign, hours, and minutes and seconds as the form has
/// them (the sign is the minutes' sign, as Go decides it).
fn push_offset(out: &mut String, offset: i64, form: &str) {
    if offset == 0 && form.starts_with('Z') {
        out.push('Z');
        return;
    }
    let colons = form.bytes().filter(|&c| c == b':').count();
    let colon = colons > 0;
    let digits = form.len() - 1 - colons;
    let mut zone = offset / 60;
    let mut abs = offset;
    if zone < 0 {
        out.push('-');
        zone = -zone;
        abs = -abs;
    } else {
        out.push('+');
    }
    push_int(out, zone / 60, 2);
    if digits > 2 {
        if colon {
            out.push(':');
        }
        push_int(out, zone % 60, 2);
    }
    if digits > 4 {
        if colon {
            out.push(':');
        }
        push_int(out, abs % 60, 2);
    }
}

/// `time.Time.String`'s text: Go's `2006-01-02 15:04:05.999999999 -0700 MST` and,
/// for a time with a monotonic reading, ` m=±S.NNNNNNNNN`.
pub fn string(sec: i64, nsec: i64, mono: i64, zone: &[u8], offset: i64) -> Vec<u8> {
    let mut out = format(
        sec,
        nsec,
        b"2006-01-02 15:04:05.999999999 -0700 MST",
        zone,
        offset,
    );
    if mono != 0 {
        let mut m = String::from(if mono < 0 { " m=-" } else { " m=+" });
        let u = mono.unsigned_abs();
        m.push_str(&(u / 1_000_000_000).to_string());
        m.push('.');
        push_int(&mut m, (u % 1_000_000_000) as i64, 9);
        out.extend_from_slice(m.as_bytes());
    }
    out
}

/// The remainder of the instant (`sec`, `nsec`) divided by `d` > 0, counted from
/// January 1 of year 1 as Go's `Truncate` and `Round` count.
pub fn rem(sec: i64, nsec: i64, d: i64) -> i64 {
    let total = i128::from(sec) * 1_000_000_000 + i128::from(nsec);
    total.rem_euclid(i128::from(d.max(1))) as i64
}

/// The zone a parsed value named, as `time.Parse` goes on to place the time.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum ParsedZone {
    /// None: the time is in the default location (UTC for `Parse`).
    Default,
    /// `Z` or `UTC`: UTC whatever the location.
    Utc,
    /// A numeric offset in seconds (with the name a `MST` element gave, if any).
    Offset(i64),
    /// A zone abbreviation only, with the offset Go gives it when the location
    /// does not know it (hours after `GMT`, else 0).
    Name(i64),
}

/// What `time.Parse` read: the date and clock as if in UTC, and the zone.
pub struct Parsed {
    pub sec: i64,
    pub nsec: i64,
    pub zone: ParsedZone,
    pub zone_name: Vec<u8>,
}

/// A `time.ParseError`'s fields beyond the layout and value: the layout element and
/// the value text it failed on, and the message (empty for `cannot parse`, else
/// Go's text after the quoted value, such as `: month out of range`).
#[derive(Debug, PartialEq)]
pub struct ParseFailure {
    pub layout_elem: Vec<u8>,
    pub value_elem: Vec<u8>,
    pub message: Vec<u8>,
}

fn failure(layout_elem: &[u8], value_elem: &[u8], message: &str) -> ParseFailure {
    ParseFailure {
        layout_elem: layout_elem.to_vec(),
        value_elem: value_elem.to_vec(),
        message: message.as_bytes().to_vec(),
    }
}

/// The time package's quoting (not strconv's): a control byte or any byte of a
/// non-ASCII rune is written `\xhh`; `"` and `\` are escaped.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for &b in s {
        if !(b' '..0x80).contains(&b) {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\x");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        } else {
            if b == b'"' || b == b'\\' {
                out.push('\\');
            }
            out.push(char::from(b));
        }
    }
    out.push('"');
    out
}

/// Go's `skip`: `prefix` taken off `value`, a run of spaces in the prefix matching
/// any run (of at least one, unless the value has run out) in the value.
fn skip<'a>(mut value: &'a [u8], mut prefix: &[u8]) -> Option<&'a [u8]> {
    let cut = |s: &'a [u8]| &s[s.iter().take_while(|&&c| c == b' ').count()..];
    while let Some(&p) = prefix.first() {
        if p == b' ' {
            if value.first().is_some_and(|&c| c != b' ') {
                return None;
            }
            prefix = &prefix[prefix.iter().take_while(|&&c| c == b' ').count()..];
            value = cut(value);
            continue;
        }
        if value.first() != Some(&p) {
            return None;
        }
        prefix = &prefix[1..];
        value = &value[1..];
    }
    Some(value)
}

/// Go's `leadingInt`: the leading decimal digits of `s` (none read is an error, as
/// is a value past 2^63) and the rest.
fn leading_int(s: &[u8]) -> Option<(i64, &[u8])> {
    let n = s.iter().take_while(|c| c.is_ascii_digit()).count();
    let mut x: i64 = 0;
    for &c in &s[..n] {
        x = x.checked_mul(10)?.checked_add(i64::from(c - b'0'))?;
    }
    Some((x, &s[n..]))
}

/// Go's `atoi` in package time: an optional sign, then only digits.
fn atoi(s: &[u8]) -> Option<i64> {
    let (neg, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (x, rest) = leading_int(s)?;
    (rest.is_empty()).then_some(if neg { -x } else { x })
}

/// Go's `getnum` (`width` 2) and `getnum3` (`width` 3): one up to `width` digits, all
/// of them when `fixed`.
fn getnum(s: &[u8], width: usize, fixed: bool) -> Option<(i64, &[u8])> {
    let n = s
        .iter()
        .take(width)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if n == 0 || fixed && n != width {
        return None;
    }
    let x = s[..n].iter().fold(0, |x, &c| x * 10 + i64::from(c - b'0'));
    Some((x, &s[n..]))
}

/// Go's `lookup`: the first name in `names` (cut to `len`, if given) that starts
/// `value`, ASCII letters matched in either case.
fn lookup<'a>(names: &[&str], len: Option<usize>, value: &'a [u8]) -> Option<(i64, &'a [u8])> {
    for (i, name) in names.iter().enumerate() {
        let name = &name.as_bytes()[..len.unwrap_or(name.len())];
        if value.len() >= name.len()
            && value.iter().zip(name).all(|(&a, &b)| {
                a == b || (a | 0x20) == (b | 0x20) && (a | 0x20).is_ascii_lowercase()
            })
        {
            return Some((i as i64, &value[name.len()..]));
        }
    }
    None
}

/// Go's `parseNanoseconds`: `value[0]` a `.` or `,`, then the digits up to byte
/// `n` (ten at most) as nanoseconds; `Err(true)` for a negative count (a range
/// error), `Err(false)` for a bad one.
fn nanoseconds(value: &[u8], n: usize) -> Result<i64, bool> {
    if !matches!(value.first(), Some(b'.' | b',')) {
        return Err(false);
    }
    let n = n.min(10);
    let ns = atoi(&value[1..n]).ok_or(false)?;
    if ns < 0 {
        return Err(true);
    }
    Ok(ns * 10i64.pow((10 - n) as u32))
}

/// Go's `parseSignedOffset`: the length of a sign and an hour count up to 23 at the
/// start of `value`, or 0.
fn signed_offset(value: &[u8]) -> usize {
    if !matches!(value.first(), Some(b'-' | b'+')) {
        return 0;
    }
    match leading_int(&value[1..]) {
        Some((x, rest)) if rest.len() < value.len() - 1 && x <= 23 => value.len() - rest.len(),
        _ => 0,
    }
}

/// Go's `parseTimeZone`: the length of the zone abbreviation starting `value`.
fn zone_len(value: &[u8]) -> Option<usize> {
    if value.len() < 3 {
        return None;
    }
    if value.starts_with(b"ChST") || value.starts_with(b"MeST") {
        return Some(4);
    }
    if value.starts_with(b"GMT") {
        return Some(
            3 + if value.len() > 3 {
                signed_offset(&value[3..])
            } else {
                0
            },
        );
    }
    if matches!(value[0], b'+' | b'-') {
        return Some(signed_offset(value)).filter(|&n| n > 0);
    }
    let upper = value
        .iter()
        .take(6)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    match upper {
        3 => Some(3),
        4 if value[3] == b'T' || value.starts_with(b"WITA") => Some(4),
        5 if value[4] == b'T' => Some(5),
        _ => None,
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in the months before month `m` (1..=13) of a common year.
const DAYS_BEFORE: [i64; 13] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

fn days_in(month: i64, year: i64) -> i64 {
    if month == 2 && is_leap(year) {
        return 29;
    }
    DAYS_BEFORE[month as usize] - DAYS_BEFORE[month as usize - 1]
}

/// `time.Parse`'s reading of `value` by `layout`, as Go 1.27 reads it: the same
/// elements, defaults, ranges and error texts.
pub fn parse(layout: &[u8], value: &[u8]) -> Result<Parsed, ParseFailure> {
    let (mut lay, mut val) = (layout, value);
    let (mut am, mut pm) = (false, false);
    let (mut year, mut month, mut day, mut yday) = (0i64, -1i64, -1i64, -1i64);
    let (mut hour, mut min, mut sec, mut nsec) = (0i64, 0i64, 0i64, 0i64);
    let (mut utc, mut offset) = (false, None);
    let mut zone_name: &[u8] = b"";
    loop {
        let (i, len, std) = match next_std(lay) {
            Some((i, len, std)) => (i, len, Some(std)),
            None => (lay.len(), 0, None),
        };
        let (prefix, stdstr) = (&lay[..i], &lay[i..i + len]);
        val = skip(val, prefix).ok_or_else(|| failure(prefix, val, ""))?;
        let Some(std) = std else {
            if !val.is_empty() {
                let msg = String::from(": extra text: ") + &quote(val);
                return Err(failure(b"", val, &msg));
            }
            break;
        };
        lay = &lay[i + len..];
        let hold = val;
        let mut range: Option<&str> = None;
        // What follows the element's value, or None for a bad value.
        let got: Option<&[u8]> = match std {
            Std::Year => (val.len() >= 2)
                .then(|| atoi(&val[..2]))
                .flatten()
                .map(|y| {
                    year = if y >= 69 { y + 1900 } else { y + 2000 };
                    &val[2..]
                }),
            Std::LongYear => (val.len() >= 4 && val[0].is_ascii_digit())
                .then(|| atoi(&val[..4]))
                .flatten()
                .map(|y| {
                    year = y;
                    &val[4..]
                }),
            Std::Month | Std::LongMonth => {
                let len = (std == Std::Month).then_some(3);
                lookup(&MONTHS, len, val).map(|(m, rest)| {
                    month = m + 1;
                    rest
                })
            }
            Std::NumMonth | Std::ZeroMonth => {
                getnum(val, 2, std == Std::ZeroMonth).map(|(m, rest)| {
                    month = m;
                    if !(1..=12).contains(&m) {
                        range = Some("month");
                    }
                    rest
                })
            }
            Std::WeekDay | Std::LongWeekDay => {
                let len = (std == Std::WeekDay).then_some(3);
                lookup(&DAYS, len, val).map(|(_, rest)| rest)
            }
            Std::Day | Std::UnderDay | Std::ZeroDay => {
                if std == Std::UnderDay && val.first() == Some(&b' ') {
                    val = &val[1..];
                }
                getnum(val, 2, std == Std::ZeroDay).map(|(d, rest)| {
                    day = d;
                    rest
                })
            }
            Std::UnderYearDay | Std::ZeroYearDay => {
                for _ in 0..2 {
                    if std == Std::UnderYearDay && val.first() == Some(&b' ') {
                        val = &val[1..];
                    }
                }
                getnum(val, 3, std == Std::ZeroYearDay).map(|(d, rest)| {
                    yday = d;
                    rest
                })
            }
            Std::Hour | Std::Hour12 | Std::ZeroHour12 => getnum(val, 2, std == Std::ZeroHour12)
                .map(|(h, rest)| {
                    hour = h;
                    if h >= if std == Std::Hour { 24 } else { 13 } {
                        range = Some("hour");
                    }
                    rest
                }),
            Std::Minute | Std::ZeroMinute => {
                getnum(val, 2, std == Std::ZeroMinute).map(|(m, rest)| {
                    min = m;
                    if m >= 60 {
                        range = Some("minute");
                    }
                    rest
                })
            }
            Std::Second | Std::ZeroSecond => match getnum(val, 2, std == Std::ZeroSecond) {
                None => None,
                Some((s, rest)) if s >= 60 => {
                    sec = s;
                    range = Some("second");
                    Some(rest)
                }
                Some((s, mut rest)) => {
                    sec = s;
                    // A fraction the layout does not ask for is read anyway, unless
                    // the layout's next element is a fraction.
                    let frac_next = matches!(next_std(lay), Some((_, _, Std::Frac(..))));
                    if rest.len() >= 2
                        && matches!(rest[0], b'.' | b',')
                        && rest[1].is_ascii_digit()
                        && !frac_next
                    {
                        let n = 2 + rest[2..].iter().take_while(|c| c.is_ascii_digit()).count();
                        match nanoseconds(rest, n) {
                            Ok(ns) => nsec = ns,
                            Err(true) => range = Some("fractional second"),
                            Err(false) => {}
                        }
                        rest = &rest[n..];
                    }
                    Some(rest)
                }
            },
            Std::PM | Std::Pm => {
                let (p, a): (&[u8], &[u8]) = if std == Std::PM {
                    (b"PM", b"AM")
                } else {
                    (b"pm", b"am")
                };
                match val.get(..2) {
                    Some(x) if x == p => {
                        pm = true;
                        Some(&val[2..])
                    }
                    Some(x) if x == a => {
                        am = true;
                        Some(&val[2..])
                    }
                    _ => None,
                }
            }
            Std::Offset(form) if form.starts_with('Z') && val.first() == Some(&b'Z') => {
                utc = true;
                Some(&val[1..])
            }
            Std::Offset(form) => match parse_offset(form, val, &mut range) {
                Some((Some(off), rest)) => {
                    offset = Some(off);
                    Some(rest)
                }
                Some((None, rest)) if range.is_some() => Some(rest),
                _ => None,
            },
            Std::Tz if val.starts_with(b"UTC") => {
                utc = true;
                Some(&val[3..])
            }
            Std::Tz => zone_len(val).map(|n| {
                zone_name = &val[..n];
                &val[n..]
            }),
            Std::Frac(_, digits, false) => {
                let n = 1 + digits;
                if val.len() < n {
                    None
                } else {
                    match nanoseconds(val, n) {
                        Ok(ns) => {
                            nsec = ns;
                            Some(&val[n..])
                        }
                        Err(true) => {
                            range = Some("fractional second");
                            Some(&val[n..])
                        }
                        Err(false) => None,
                    }
                }
            }
            Std::Frac(_, _, true) => {
                if val.len() < 2 || !matches!(val[0], b'.' | b',') || !val[1].is_ascii_digit() {
                    Some(val)
                } else {
                    let n = 1 + val[1..].iter().take_while(|c| c.is_ascii_digit()).count();
                    match nanoseconds(val, n) {
                        Ok(ns) => nsec = ns,
                        Err(true) => range = Some("fractional second"),
                        Err(false) => return Err(failure(stdstr, hold, "")),
                    }
                    Some(&val[n..])
                }
            }
        };
        if let Some(what) = range {
            let rest = got.unwrap_or(val);
            return Err(failure(stdstr, rest, &format!(": {what} out of range")));
        }
        val = got.ok_or_else(|| failure(stdstr, hold, ""))?;
    }
    if pm && hour < 12 {
        hour += 12;
    } else if am && hour == 12 {
        hour = 0;
    }
    let fail = |msg: &str| Err(failure(b"", val, msg));
    if yday >= 0 {
        let (mut m, mut d) = (0, 0);
        if is_leap(year) {
            if yday == 31 + 29 {
                (m, d) = (2, 29);
            } else if yday > 31 + 29 {
                yday -= 1;
            }
        }
        if !(1..=365).contains(&yday) {
            return fail(": day-of-year out of range");
        }
        if m == 0 {
            m = (yday - 1) / 31 + 1;
            if DAYS_BEFORE[m as usize] < yday {
                m += 1;
            }
            d = yday - DAYS_BEFORE[m as usize - 1];
        }
        if month >= 0 && month != m {
            return fail(": day-of-year does not match month");
        }
        month = m;
        if day >= 0 && day != d {
            return fail(": day-of-year does not match day");
        }
        day = d;
    } else {
        month = month.max(1);
        if day < 0 {
            day = 1;
        }
    }
    if day < 1 || day > days_in(month, year) {
        return fail(": day out of range");
    }
    let (sec, nsec) = date([year, month, day, hour, min, sec, nsec]);
    // UTC named wins over an offset, an offset over a name alone (Go marks "no
    // offset" with -1, so an offset of -1s counts as none).
    let zone = match offset {
        _ if utc => ParsedZone::Utc,
        Some(off) if off != -1 => ParsedZone::Offset(off),
        _ if !zone_name.is_empty() => {
            // An abbreviation alone: GMT+3 is three hours east, any other zero.
            let mut off = 0;
            if zone_name.len() > 3 && zone_name.starts_with(b"GMT") {
                off = atoi(&zone_name[3..]).unwrap_or(0) * 3600;
            }
            ParsedZone::Name(off)
        }
        _ => ParsedZone::Default,
    };
    Ok(Parsed {
        sec,
        nsec,
        zone,
        zone_name: zone_name.to_vec(),
    })
}

/// A numeric zone offset in layout form `form` at the start of `value`: its seconds
/// east of UTC (None for bad digits or sign) and the rest, or None when the value is
/// too short or lacks a colon. An hour past 24 or a minute or second past 60 is a
/// range error (Go takes 24 and 60, which some write).
fn parse_offset<'a>(
    form: &str,
    value: &'a [u8],
    range: &mut Option<&str>,
) -> Option<(Option<i64>, &'a [u8])> {
    let body = &form.as_bytes()[1..];
    if value.len() < body.len() + 1 {
        return None;
    }
    // Where the form has a colon, the value must too.
    for (i, &c) in body.iter().enumerate() {
        if c == b':' && value[1 + i] != b':' {
            return None;
        }
    }
    let field = |at: usize| getnum(&value[at..at + 2], 2, true).map(|(x, _)| x);
    let colon = usize::from(form.contains(':'));
    // Go reads the minutes only if the hours were good, the seconds only if both were.
    let hr = field(1);
    let mm = if body.len() > 2 {
        hr.and(field(3 + colon))
    } else {
        hr.and(Some(0))
    };
    let ss = if body.len() > 5 {
        mm.and(field(5 + 2 * colon))
    } else {
        mm.and(Some(0))
    };
    let good = ss.is_some();
    let (hr, mm, ss) = (hr.unwrap_or(0), mm.unwrap_or(0), ss.unwrap_or(0));
    if hr > 24 {
        *range = Some("time zone offset hour");
    }
    if mm > 60 {
        *range = Some("time zone offset minute");
    }
    if ss > 60 {
        *range = Some("time zone offset second");
    }
    let off = (hr * 60 + mm) * 60 + ss;
    let rest = &value[1 + body.len()..];
    let off = match value[0] {
        _ if !good => None,
        b'+' => Some(off),
        b'-' => Some(-off),
        _ => None,
    };
    Some((off, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The playground's start: 2009-11-10 23:00:00 UTC, a Tuesday, day 314.
    const START: i64 = UNIX_TO_INTERNAL + 1_257_894_000;

    #[test]
    fn civil_and_date_agree() {
        let c = civil(START);
        assert_eq!(
            (c.year, c.month, c.day, c.yday, c.wday),
            (2009, 11, 10, 314, 2)
        );
        assert_eq!(date([2009, 11, 10, 23, 0, 0, 0]), (START, 0));
        // Go's normalization: month 14 of 2009 is February 2010, day 0 the last of
        // the month before, a negative nanosecond count borrows a second.
        assert_eq!(
            date([2009, 14, 1, 0, 0, 0, 0]),
            date([2010, 2, 1, 0, 0, 0, 0])
        );
        assert_eq!(
            date([2024, 3, 0, 0, 0, 0, 0]),
            date([2024, 2, 29, 0, 0, 0, 0])
        );
        assert_eq!(date([2000, 1, 1, 0, 0, 0, -1]).1, 999_999_999);
        assert_eq!(civil(0).wday, 1);
    }

    #[test]
    fn layouts() {
        let f =
            |l: &str| String::from_utf8(format(START, 5_000_000, l.as_bytes(), b"UTC", 0)).unwrap();
        assert_eq!(f("2006-01-02T15:04:05Z07:00"), "2009-11-10T23:00:00Z");
        assert_eq!(
            f("Mon Jan _2 15:04:05 MST 2006"),
            "Tue Nov 10 23:00:00 UTC 2009"
        );
        assert_eq!(f("3:04PM"), "11:00PM");
        assert_eq!(f(".000 .999 ,9"), ".005 .005 ");
        assert_eq!(f("Monday January 2 __2 002"), "Tuesday November 10 314 314");
        assert_eq!(f("Janx Month"), "Janx Month");
        assert_eq!(name(false, 13), "%!Month(13)");
    }
}
