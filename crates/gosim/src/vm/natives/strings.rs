//! strings' natives: searching, counting, case mapping and folding, trimming space,
//! repeating, replacing and splitting, all on the string's bytes (an invalid byte is
//! a rune of its own, U+FFFD, as Go decodes it; never a lossy conversion).

use super::*;
use crate::library::numfmt::decode_rune;
use crate::library::runeclass;

/// The natives of package `strings`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "strings.Index" => |_, _, a| int(find(a[0].as_bytes(), a[1].as_bytes())),
        "strings.LastIndex" => |_, _, a| {
            let (h, n) = (a[0].as_bytes(), a[1].as_bytes());
            int((0..=h.len().saturating_sub(n.len()))
                .rev()
                .find(|&i| h.len() >= n.len() && h[i..].starts_with(n))
                .map_or(-1, |i| i as i64))
        },
        "strings.Count" => |_, _, a| int(count(a[0].as_bytes(), a[1].as_bytes()) as i64),
        "strings.EqualFold" => |_, _, a| {
            Return(vec![Value::Bool(runeclass::equal_fold(
                a[0].as_bytes(),
                a[1].as_bytes(),
            ))])
        },
        "strings.ToUpper" => |_, _, a| {
            Return(vec![Value::bytes(&crate::library::casemap::map_string(
                a[0].as_bytes(),
                true,
            ))])
        },
        "strings.ToLower" => |_, _, a| {
            Return(vec![Value::bytes(&crate::library::casemap::map_string(
                a[0].as_bytes(),
                false,
            ))])
        },
        "strings.TrimSpace" => |_, _, a| {
            let s = a[0].as_bytes();
            let runes = runes(s);
            let keep = |&&(r, _, _): &&(u32, usize, usize)| !runeclass::class(2, r.into());
            let start = runes.iter().find(keep).map_or(s.len(), |r| r.1);
            let end = runes.iter().rev().find(keep).map_or(start, |r| r.2);
            Return(vec![Value::bytes(&s[start..end])])
        },
        "strings.Repeat" => |m, _, a| {
            let (s, n) = (a[0].as_bytes(), a[1].as_int());
            if n < 0 {
                return NativeResult::Flow(Flow::Panic(go_string(
                    "strings: negative Repeat count",
                )));
            }
            let Some(len) = (s.len() as i64).checked_mul(n) else {
                return NativeResult::Flow(Flow::Panic(go_string(
                    "strings: Repeat output length overflow",
                )));
            };
            // A string past the memory limit stops the run, as the heap's growth does
            // (strings live outside the heap's word count, so this is the one check).
            if let Some(stop) = m.check_heap_for((len as u64).div_ceil(8)) {
                return NativeResult::Flow(stop);
            }
            Return(vec![Value::bytes(&s.repeat(n as usize))])
        },
        "strings.Replace" => |_, _, a| {
            let s = a[0].as_bytes();
            Return(vec![Value::bytes(&replace(
                s,
                a[1].as_bytes(),
                a[2].as_bytes(),
                a[3].as_int(),
            ))])
        },
        "strings.Fields" => |m, _, a| {
            let s = a[0].as_bytes();
            let mut parts = Vec::new();
            let mut start = None;
            for (r, at, _) in runes(s) {
                let space = runeclass::class(2, r.into());
                match (space, start) {
                    (false, None) => start = Some(at),
                    (true, Some(st)) => {
                        parts.push(Value::bytes(&s[st..at]));
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(st) = start {
                parts.push(Value::bytes(&s[st..]));
            }
            let n = parts.len() as u32;
            Return(vec![m.new_slice(parts, n)])
        },
        "strings.genSplit" => |m, _, a| {
            let parts = split(
                a[0].as_bytes(),
                a[1].as_bytes(),
                a[2].as_int() as usize,
                a[3].as_int(),
            );
            let Some((parts, cap)) = parts else {
                return Return(vec![Value::Nil]);
            };
            let parts: Vec<Value> = parts.into_iter().map(Value::bytes).collect();
            Return(vec![m.new_slice(parts, cap as u32)])
        },
        _ => missing,
    }
}

fn int(n: i64) -> NativeResult {
    Return(vec![Value::Int(n)])
}

/// The runes of `s` as Go's range decodes them: (rune, start, end).
fn runes(s: &[u8]) -> Vec<(u32, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (r, n) = decode_rune(&s[i..]);
        out.push((r, i, i + n));
        i += n;
    }
    out
}

/// The first index of `n` in `h`, or -1.
fn find(h: &[u8], n: &[u8]) -> i64 {
    if n.is_empty() {
        return 0;
    }
    h.windows(n.len())
        .position(|w| w == n)
        .map_or(-1, |i| i as i64)
}

/// Go's `Count`: non-overlapping matches, or the rune count plus one for "".
fn count(mut h: &[u8], n: &[u8]) -> usize {
    if n.is_empty() {
        return runes(h).len() + 1;
    }
    let mut c = 0;
    while let Ok(i) = usize::try_from(find(h, n)) {
        c += 1;
        h = &h[i + n.len()..];
    }
    c
}

/// Go's `Replace`: the first `n` non-overlapping matches (all when `n < 0`); an empty
/// `old` matches at the start and after each rune.
fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    let m = count(s, old);
    if old == new || n == 0 || m == 0 {
        return s.to_vec();
    }
    let n = if n < 0 || (m as i64) < n {
        m
    } else {
        n as usize
    };
    let mut out = Vec::with_capacity(s.len());
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += decode_rune(&s[start..]).1;
            }
        } else {
            j += find(&s[start..], old) as usize;
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    out
}

/// Go's `genSplit`: the parts and the capacity of the slice Go returns (`None` for
/// the nil slice of `n == 0`).
fn split<'a>(mut s: &'a [u8], sep: &[u8], keep: usize, n: i64) -> Option<(Vec<&'a [u8]>, usize)> {
    if n == 0 {
        return None;
    }
    if sep.is_empty() {
        let all = runes(s);
        let n = if n < 0 || n as usize > all.len() {
            all.len()
        } else {
            n as usize
        };
        let mut parts: Vec<&[u8]> = all
            .iter()
            .take(n.saturating_sub(1))
            .map(|&(_, a, b)| &s[a..b])
            .collect();
        if n > 0 {
            let from = all[n - 1].1;
            parts.push(&s[from..]);
        }
        return Some((parts, n));
    }
    let n = if n < 0 {
        count(s, sep) + 1
    } else {
        (n as usize).min(s.len() + 1)
    };
    let mut parts = Vec::new();
    while parts.len() + 1 < n {
        let Ok(m) = usize::try_from(find(s, sep)) else {
            break;
        };
        parts.push(&s[..m + keep]);
        s = &s[m + sep.len()..];
    }
    parts.push(s);
    Some((parts, n))
}
