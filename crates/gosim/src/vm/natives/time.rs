//! time's natives: the virtual clock, sleeping, and the timers behind
//! `time.After`, `Timer` and `Ticker`; calendar and layouts through
//! `library::timefmt`.

use super::*;
use crate::library::timefmt;

/// The natives of package `time`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        // ParseDuration's work: the duration and "" or Go's message (the Go side wraps
        // it with the quoted input, as Go's parseDurationError does).
        "time.parseDuration" => |_, _, a| {
            let (d, msg) = match parse_duration(a[0].as_bytes()) {
                Ok(d) => (d, String::new()),
                Err(msg) => (0, msg),
            };
            Return(vec![Value::Int(d), go_string(msg)])
        },
        "time.quote" => |_, _, a| Return(vec![go_string(timefmt::quote(a[0].as_bytes()))]),
        "time.Sleep" => |m, gid, a| {
            let d = a[0].as_int();
            let ticket = m.park(gid, "sleep");
            let seq = m.next_seq;
            m.next_seq += 1;
            m.timers.push(crate::vm::Timer {
                when: m.clock + d.max(0),
                seq,
                origin: m.clock,
                kind: TimerKind::Wake { gid, ticket },
            });
            NativeResult::Flow(Flow::Blocked("sleep".into()))
        },
        "time.nanotime" => |m, _, _| Return(vec![Value::Int(m.read_clock())]),
        "time.unixNano" => {
            |m, _, _| Return(vec![Value::Int(crate::vm::EPOCH_UNIX_NS + m.read_clock())])
        }
        "time.startTimer" => |m, _, a| {
            // (chan, delay, period) -> timer id
            let Value::Chan(o) = a[0] else {
                return Return(vec![Value::Int(0)]);
            };
            if let Object::Chan(c) = m.heap.get_mut(o) {
                c.timer = true;
            }
            let seq = m.next_seq;
            m.next_seq += 1;
            m.timers.push(crate::vm::Timer {
                when: m.clock + a[1].as_int().max(0),
                seq,
                origin: m.clock,
                kind: TimerKind::Send {
                    chan: o,
                    period: a[2].as_int(),
                    id: seq,
                },
            });
            Return(vec![Value::Int(seq as i64)])
        },
        "time.startFuncTimer" => start_func_timer,
        "time.stopTimer" => stop_timer,
        "time.durationString" => |_, _, a| {
            Return(vec![go_string(crate::vm::render::duration_string(
                a[0].as_int(),
            ))])
        },
        "time.name" => |_, _, a| {
            Return(vec![go_string(timefmt::name(
                matches!(a[0], Value::Bool(true)),
                a[1].as_int(),
            ))])
        },
        "time.date" => |_, _, a| {
            let mut f = [0; 7];
            for (x, v) in f.iter_mut().zip(&a) {
                *x = v.as_int();
            }
            let (sec, nsec) = timefmt::date(f);
            Return(vec![Value::Int(sec), Value::Int(nsec)])
        },
        "time.civil" => |_, _, a| {
            let c = timefmt::civil(a[0].as_int());
            Return(
                [c.year, c.month, c.day, c.yday, c.wday]
                    .map(Value::Int)
                    .to_vec(),
            )
        },
        "time.format" => |_, _, a| {
            Return(vec![Value::bytes(&timefmt::format(
                a[0].as_int(),
                a[1].as_int(),
                a[2].as_bytes(),
                a[3].as_bytes(),
                a[4].as_int(),
            ))])
        },
        "time.timeString" => |_, _, a| {
            Return(vec![Value::bytes(&timefmt::string(
                a[0].as_int(),
                a[1].as_int(),
                a[2].as_int(),
                a[3].as_bytes(),
                a[4].as_int(),
            ))])
        },
        "time.parse" => parse,
        "time.unsupported" => unsupported,
        "time.seeds" => |m, gid, _| Return(vec![Value::Bool(seeds(m, gid))]),
        "time.rem" => |_, _, a| {
            Return(vec![Value::Int(timefmt::rem(
                a[0].as_int(),
                a[1].as_int(),
                a[2].as_int(),
            ))])
        },
        _ => missing,
    }
}

/// `startFuncTimer(f, d)`: arms a timer that starts `f` in its own goroutine.
fn start_func_timer(m: &mut Machine, gid: u32, a: Vec<Value>) -> NativeResult {
    let seq = m.next_seq;
    m.next_seq += 1;
    let armed = m.race.as_mut().map(|r| r.arm_timer(gid));
    m.timers.push(crate::vm::Timer {
        when: m.clock + a[1].as_int().max(0),
        seq,
        origin: m.clock,
        kind: TimerKind::Func {
            func: a[0].clone(),
            id: seq,
            armed,
        },
    });
    Return(vec![Value::Int(seq as i64)])
}

/// `stopTimer(c, id)`: takes timer `id` off the clock and empties its channel `c`
/// (nil for a func timer), so no stale value is received after Stop or Reset, as
/// Go 1.23's synchronous timer channels promise. True when the timer was pending:
/// not fired yet, or fired with its value still unreceived.
fn stop_timer(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    let id = a[1].as_int() as u64;
    let before = m.timers.len();
    m.timers.retain(|t| match t.kind {
        TimerKind::Send { id: i, .. } | TimerKind::Func { id: i, .. } => i != id,
        TimerKind::Wake { .. } => true,
    });
    let mut pending = m.timers.len() < before;
    if let Value::Chan(o) = a[0] {
        if let Object::Chan(c) = m.heap.get_mut(o) {
            if c.buf.pop_front().is_some() {
                pending = true;
                if let Some(race) = m.race.as_mut() {
                    race.pop_buffered(o);
                }
            }
        }
    }
    Return(vec![Value::Bool(pending)])
}

/// Go's `time.ParseDuration` grammar, `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+` (or a lone
/// "0"), with its limits: the whole must fit in an int64 of nanoseconds, and a
/// fraction is scaled through a float64 as Go does, so the nanoseconds agree.
fn parse_duration(s: &[u8]) -> Result<i64, String> {
    const LIMIT: u64 = 1 << 63;
    let invalid = || Err("invalid duration".to_string());
    let (neg, mut rest) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if rest == b"0" {
        return Ok(0);
    }
    if rest.is_empty() {
        return invalid();
    }
    let digits = |r: &[u8]| r.iter().take_while(|c| c.is_ascii_digit()).count();
    let mut total: u64 = 0;
    while !rest.is_empty() {
        if !(rest[0] == b'.' || rest[0].is_ascii_digit()) {
            return invalid();
        }
        // The whole part: an overflow is an invalid duration.
        let n = digits(rest);
        let mut whole: u64 = 0;
        for &c in &rest[..n] {
            whole = match whole.checked_mul(10).map(|x| x + u64::from(c - b'0')) {
                Some(x) if x <= LIMIT => x,
                _ => return invalid(),
            };
        }
        rest = &rest[n..];
        // The fraction: digits past what fits are read and ignored.
        let (mut frac, mut scale, mut had_frac) = (0u64, 1f64, false);
        if rest.first() == Some(&b'.') {
            rest = &rest[1..];
            let k = digits(rest);
            had_frac = k > 0;
            let mut full = false;
            for &c in &rest[..k] {
                if full {
                    continue;
                }
                match frac.checked_mul(10).map(|x| x + u64::from(c - b'0')) {
                    Some(x) if frac <= (LIMIT - 1) / 10 && x <= LIMIT => {
                        frac = x;
                        scale *= 10.0;
                    }
                    _ => full = true,
                }
            }
            rest = &rest[k..];
        }
        if n == 0 && !had_frac {
            return invalid();
        }
        let u = rest
            .iter()
            .take_while(|&&c| c != b'.' && !c.is_ascii_digit())
            .count();
        if u == 0 {
            return Err("missing unit in duration".to_string());
        }
        let unit: u64 = match &rest[..u] {
            b"ns" => 1,
            b"us" | [0xc2, 0xb5, b's'] | [0xce, 0xbc, b's'] => 1_000,
            b"ms" => 1_000_000,
            b"s" => 1_000_000_000,
            b"m" => 60_000_000_000,
            b"h" => 3_600_000_000_000,
            other => {
                return Err(format!(
                    "unknown unit {} in duration",
                    timefmt::quote(other)
                ))
            }
        };
        rest = &rest[u..];
        if whole > LIMIT / unit {
            return invalid();
        }
        let mut v = whole * unit;
        if frac > 0 {
            v += (frac as f64 * (unit as f64 / scale)) as u64;
            if v > LIMIT {
                return invalid();
            }
        }
        total += v;
        if total > LIMIT {
            return invalid();
        }
    }
    if neg {
        return Ok((total as i64).wrapping_neg());
    }
    if total > LIMIT - 1 {
        return invalid();
    }
    Ok(total as i64)
}

/// `parse(layout, value)`: `timefmt::parse`'s answer as `go/time.go`'s `parse`
/// returns it (sec, nsec, zone kind, zone name, offset, and for kind -1 the
/// ParseError's element fields and message).
fn parse(_: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    use timefmt::ParsedZone;
    let empty = || Value::bytes(b"");
    match timefmt::parse(a[0].as_bytes(), a[1].as_bytes()) {
        Ok(p) => {
            let (kind, offset) = match p.zone {
                ParsedZone::Default => (0, 0),
                ParsedZone::Utc => (1, 0),
                ParsedZone::Offset(off) => (2, off),
                ParsedZone::Name(off) => (3, off),
            };
            Return(vec![
                Value::Int(p.sec),
                Value::Int(p.nsec),
                Value::Int(kind),
                Value::bytes(&p.zone_name),
                Value::Int(offset),
                empty(),
                empty(),
                empty(),
            ])
        }
        Err(e) => Return(vec![
            Value::Int(0),
            Value::Int(0),
            Value::Int(-1),
            empty(),
            Value::Int(0),
            Value::bytes(&e.layout_elem),
            Value::bytes(&e.value_elem),
            Value::bytes(&e.message),
        ]),
    }
}

/// Whether the result of the `time.Time` method running on `gid` (the frame below the
/// native's caller) goes straight, through conversions only, into a random source's
/// seed: `rand.Seed(time.Now().UnixNano())`, `rand.NewSource(...)`, `rand.NewPCG(...)`.
/// Go's Seed does nothing since 1.24 and a seeded source draws numbers any seed could
/// give, so such a use shows nothing of the wall clock.
fn seeds(m: &Machine, gid: u32) -> bool {
    let Some(g) = m.goroutine(gid) else {
        return false;
    };
    let Some(caller) = g.frames.len().checked_sub(2).and_then(|i| g.frames.get(i)) else {
        return false;
    };
    let Some(code) = m.prog.funcs.get(caller.func as usize).map(|f| &f.code) else {
        return false;
    };
    let next = code
        .iter()
        .skip(caller.pc as usize)
        .find(|op| !matches!(op, crate::code::Op::Convert(_)));
    let Some(crate::code::Op::Call {
        kind: crate::code::CallKind::Static(f),
        nargs: 1 | 2,
    }) = next
    else {
        return false;
    };
    m.prog.funcs.get(*f as usize).is_some_and(|f| {
        f.file != crate::code::FileId::User
            && matches!(
                f.name.as_str(),
                "rand.Seed" | "rand.NewSource" | "rand.NewPCG"
            )
    })
}
