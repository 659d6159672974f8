//! `time`'s calendar and layouts: the civil date of an instant, the instant of a
//! date (with Go's normalization of out-of-range fields), and `Time.Format`'s layout
//! language (reference time `Mon Jan 2 15:04:05 MST 2006`), for UTC only, which is
//! every zone a program in the page has (`time.Local` is UTC, as on the playground).
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
    /// A numeric offset; `Z` forms print `Z` for UTC. The text is the form written
    /// for a zero offset.
    Offset(&'static str),
    /// Fractional seconds: separator, digit count, and whether trailing zeros go
    /// (`.999`) or stay (`.000`).
    Frac(u8, usize, bool),
}

/// The numeric zone forms, longest first within each family, with what each prints
/// for UTC.
const OFFSETS: [(&str, &str); 10] = [
    ("-070000", "+000000"),
    ("-07:00:00", "+00:00:00"),
    ("-0700", "+0000"),
    ("-07:00", "+00:00"),
    ("-07", "+00"),
    ("Z070000", "Z"),
    ("Z07:00:00", "Z"),
    ("Z0700", "Z"),
    ("Z07:00", "Z"),
    ("Z07", "Z"),
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
                .find(|(form, _)| at(i, form))
                .map(|(form, utc)| (form.len(), Std::Offset(utc))),
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

/// `Time.Format(layout)` for the UTC instant `sec` seconds after January 1 of year 1
/// plus `nsec` nanoseconds. Literal text is copied byte for byte.
pub fn format(sec: i64, nsec: i64, layout: &[u8]) -> Vec<u8> {
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
            Std::Tz => out.push_str("UTC"),
            Std::Offset(utc) => out.push_str(utc),
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

/// `time.Time.String`'s text: Go's `2006-01-02 15:04:05.999999999 -0700 MST` and,
/// for a time with a monotonic reading, ` m=±S.NNNNNNNNN`.
pub fn string(sec: i64, nsec: i64, mono: i64) -> Vec<u8> {
    let mut out = format(sec, nsec, b"2006-01-02 15:04:05.999999999 -0700 MST");
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
        let f = |l: &str| String::from_utf8(format(START, 5_000_000, l.as_bytes())).unwrap();
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
