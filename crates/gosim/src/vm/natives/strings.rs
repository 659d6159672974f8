//! strings' natives: searching, case mapping, trimming, repeating, replacing,
//! counting and splitting.

use super::*;

/// The natives of package `strings`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "strings.Contains" => |_, _, a| {
            Return(vec![Value::Bool(
                find(a[0].as_bytes(), a[1].as_bytes()).is_some(),
            )])
        },
        "strings.Index" => |_, _, a| {
            Return(vec![Value::Int(
                find(a[0].as_bytes(), a[1].as_bytes())
                    .map(|i| i as i64)
                    .unwrap_or(-1),
            )])
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
        "strings.TrimSpace" => |_, _, a| Return(vec![go_string(lossy_string(&a[0]).trim())]),
        "strings.Repeat" => |_, _, a| {
            let n = a[1].as_int();
            if n < 0 {
                return NativeResult::Flow(Flow::Panic(go_string(
                    "strings: negative Repeat count",
                )));
            }
            Return(vec![Value::bytes(
                &a[0].as_bytes().repeat(n.min(1 << 24) as usize),
            )])
        },
        "strings.Replace" => |_, _, a| {
            let (src, old, new, n) = (
                lossy_string(&a[0]),
                lossy_string(&a[1]),
                lossy_string(&a[2]),
                a[3].as_int(),
            );
            let out = if n < 0 {
                src.replace(&old, &new)
            } else {
                src.replacen(&old, &new, n as usize)
            };
            Return(vec![go_string(out)])
        },
        "strings.Count" => |_, _, a| {
            let (x, sub) = (lossy_string(&a[0]), lossy_string(&a[1]));
            let n = if sub.is_empty() {
                x.chars().count() + 1
            } else {
                x.matches(&sub).count()
            };
            Return(vec![Value::Int(n as i64)])
        },
        "strings.splitN" => |m, _, a| {
            let (x, sep) = (lossy_string(&a[0]), lossy_string(&a[1]));
            let parts: Vec<Value> = if sep.is_empty() {
                x.chars().map(|c| go_string(c.to_string())).collect()
            } else {
                x.split(&sep).map(go_string).collect()
            };
            let n = parts.len() as u32;
            Return(vec![m.new_slice(parts, n)])
        },
        "strings.Fields" => |m, _, a| {
            let x = lossy_string(&a[0]);
            let parts: Vec<Value> = x.split_whitespace().map(go_string).collect();
            let n = parts.len() as u32;
            Return(vec![if n == 0 {
                m.new_slice(vec![], 0)
            } else {
                m.new_slice(parts, n)
            }])
        },
        _ => missing,
    }
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}
