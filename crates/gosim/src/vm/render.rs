//! Go values as text: `fmt`'s verbs, panic messages, `time.Duration`, quoting.
//!
//! Values are printed from their run-time shape plus their static type, the way `fmt`
//! walks values by reflection. `Error()` and `String()` methods are called (as Go's
//! fmt does for `%v`, `%s` and `%q`) by running them to completion on a scratch
//! goroutine.

use std::rc::Rc;

use super::{GStatus, Goroutine, Machine};
use crate::types::{ids, TypeId, TypeKind};
use crate::value::{Object, Value};

#[derive(Clone, Copy, Default)]
struct Spec {
    verb: u8,
    plus: bool,
    minus: bool,
    sharp: bool,
    zero: bool,
    space: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

impl Machine {
    /// `fmt.Sprintf`; in `errorf` mode `%w` formats like `%v`.
    pub(crate) fn sprintf(&mut self, format: &Value, args: &Value, errorf: bool) -> Vec<u8> {
        let f = format.as_bytes().to_vec();
        let args = self.slice_elems(args);
        let mut out = vec![];
        let mut ai = 0;
        let mut i = 0;
        while i < f.len() {
            let c = f[i];
            if c != b'%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            let mut sp = Spec::default();
            while i < f.len() {
                match f[i] {
                    b'+' => sp.plus = true,
                    b'-' => sp.minus = true,
                    b'#' => sp.sharp = true,
                    b'0' => sp.zero = true,
                    b' ' => sp.space = true,
                    _ => break,
                }
                i += 1;
            }
            let num = |i: &mut usize, ai: &mut usize, args: &[Value]| -> Option<usize> {
                if *i < f.len() && f[*i] == b'*' {
                    *i += 1;
                    let v = args.get(*ai).map(|a| inner(a).as_int()).unwrap_or(0);
                    *ai += 1;
                    return Some(v.clamp(0, 1_000_000) as usize);
                }
                let start = *i;
                while *i < f.len() && f[*i].is_ascii_digit() {
                    *i += 1;
                }
                if *i > start {
                    std::str::from_utf8(&f[start..*i])
                        .ok()?
                        .parse::<usize>()
                        .ok()
                        .map(|n| n.min(1_000_000))
                } else {
                    None
                }
            };
            sp.width = num(&mut i, &mut ai, &args);
            if i < f.len() && f[i] == b'.' {
                i += 1;
                sp.prec = Some(num(&mut i, &mut ai, &args).unwrap_or(0));
            }
            if i >= f.len() {
                out.extend_from_slice(b"%!(NOVERB)");
                break;
            }
            let verb = f[i];
            i += 1;
            if verb == b'%' {
                out.push(b'%');
                continue;
            }
            sp.verb = if verb == b'w' && errorf { b'v' } else { verb };
            match args.get(ai) {
                None => out.extend_from_slice(format!("%!{}(MISSING)", verb as char).as_bytes()),
                Some(a) => {
                    let s = self.format_arg(a, sp);
                    out.extend_from_slice(&s);
                }
            }
            ai += 1;
        }
        if ai < args.len() {
            out.extend_from_slice(b"%!(EXTRA ");
            for (k, a) in args[ai..].iter().enumerate() {
                if k > 0 {
                    out.extend_from_slice(b", ");
                }
                let t = self.type_name_of(a);
                out.extend_from_slice(t.as_bytes());
                out.push(b'=');
                let s = self.format_arg(
                    a,
                    Spec {
                        verb: b'v',
                        ..Spec::default()
                    },
                );
                out.extend_from_slice(&s);
            }
            out.push(b')');
        }
        out
    }

    /// `fmt.Sprint` / `fmt.Sprintln`.
    pub(crate) fn sprint(&mut self, args: &Value, ln: bool) -> Vec<u8> {
        let args = self.slice_elems(args);
        let mut out = vec![];
        for (i, a) in args.iter().enumerate() {
            let is_str = |v: &Value| matches!(v, Value::Iface(iv) if self.prog.types.underlying(iv.0) == ids::STRING);
            if i > 0 && (ln || (!is_str(a) && !is_str(&args[i - 1]))) {
                out.push(b' ');
            }
            let s = self.format_arg(
                a,
                Spec {
                    verb: b'v',
                    ..Spec::default()
                },
            );
            out.extend_from_slice(&s);
        }
        if ln {
            out.push(b'\n');
        }
        out
    }

    fn type_name_of(&self, a: &Value) -> String {
        match a {
            Value::Iface(iv) => self.prog.types.name(iv.0),
            _ => "<nil>".into(),
        }
    }

    fn format_arg(&mut self, a: &Value, sp: Spec) -> Vec<u8> {
        let (t, v) = match a {
            Value::Iface(iv) => (iv.0, iv.1.clone()),
            _ => {
                return match sp.verb {
                    b'T' | b'v' => pad(b"<nil>".to_vec(), sp),
                    _ => format!("%!{}(<nil>)", sp.verb as char).into_bytes(),
                };
            }
        };
        if sp.verb == b'T' {
            return pad(self.prog.types.name(t).into_bytes(), sp);
        }
        let body = self.format_value(t, &v, sp, 0, true);
        if matches!(
            sp.verb,
            b'v' | b's' | b'q' | b'x' | b'X' | b'd' | b't' | b'f' | b'g' | b'e' | b'c'
        ) && !is_numeric_padded(sp.verb)
        {
            return pad(body, sp);
        }
        body
    }

    /// Formats value `v` of static type `t`.
    fn format_value(&mut self, t: TypeId, v: &Value, sp: Spec, depth: u32, top: bool) -> Vec<u8> {
        if depth > 10 {
            return b"...".to_vec();
        }
        // Error() / String() methods, for the verbs fmt calls them for.
        if matches!(sp.verb, b'v' | b's' | b'q' | b'x' | b'X') && !sp.sharp {
            if let Some(s) = self.call_stringer(t, v) {
                return match sp.verb {
                    b'q' => quote(&s).into_bytes(),
                    b'x' => hex(&s, false, sp.space),
                    b'X' => hex(&s, true, sp.space),
                    _ => s,
                };
            }
        }
        let prog = self.prog.clone();
        let types = &prog.types;
        match types.ukind(t).clone() {
            TypeKind::Bool => match sp.verb {
                b'v' | b't' => v.as_bool().to_string().into_bytes(),
                _ => bad_verb(sp.verb, &types.name(t), v.as_bool().to_string()),
            },
            TypeKind::Int(k) => {
                let n = v.as_int();
                let unsigned = !k.signed();
                let txt = |n: i64| {
                    if unsigned {
                        (n as u64).to_string()
                    } else {
                        n.to_string()
                    }
                };
                match sp.verb {
                    b'v' | b'd' => int_pad(txt(n), sp),
                    b'c' => char::from_u32(n as u32)
                        .unwrap_or('\u{FFFD}')
                        .to_string()
                        .into_bytes(),
                    b'q' => {
                        format!("'{}'", char::from_u32(n as u32).unwrap_or('\u{FFFD}')).into_bytes()
                    }
                    b'x' | b'X' | b'o' | b'b' => {
                        let base = match sp.verb {
                            b'o' => 8,
                            b'b' => 2,
                            _ => 16,
                        };
                        let (neg, mag) = if !unsigned && n < 0 {
                            (true, n.unsigned_abs())
                        } else {
                            (false, n as u64)
                        };
                        let mut s = match base {
                            8 => format!("{mag:o}"),
                            2 => format!("{mag:b}"),
                            _ => format!("{mag:x}"),
                        };
                        if sp.verb == b'X' {
                            s = s.to_uppercase();
                        }
                        if sp.sharp {
                            s = match sp.verb {
                                b'x' => format!("0x{s}"),
                                b'X' => format!("0X{s}"),
                                b'o' => format!("0{s}"),
                                _ => s,
                            };
                        }
                        int_pad(if neg { format!("-{s}") } else { s }, sp)
                    }
                    b'U' => format!("U+{:04X}", n).into_bytes(),
                    b'f' | b'g' | b'e' | b's' | b't' => bad_verb(sp.verb, &types.name(t), txt(n)),
                    _ => bad_verb(sp.verb, &types.name(t), txt(n)),
                }
            }
            TypeKind::Float64 => {
                let f = v.as_f64();
                let s = match sp.verb {
                    b'v' | b'g' => match sp.prec {
                        Some(p) => format_g(f, p),
                        None => format_shortest(f, 21),
                    },
                    b'f' | b'F' => fixed(f, sp.prec.unwrap_or(6)),
                    b'e' => exp(f, sp.prec.unwrap_or(6)),
                    _ => return bad_verb(sp.verb, &types.name(t), format_shortest(f, 21)),
                };
                let s = if sp.plus && f >= 0.0 {
                    format!("+{s}")
                } else {
                    s
                };
                int_pad(s, sp)
            }
            TypeKind::String => {
                let b = v.as_bytes().to_vec();
                match sp.verb {
                    b'v' | b's' => match sp.prec {
                        Some(p) => String::from_utf8_lossy(&b)
                            .chars()
                            .take(p)
                            .collect::<String>()
                            .into_bytes(),
                        None => b,
                    },
                    b'q' => quote(&b).into_bytes(),
                    b'x' => hex(&b, false, sp.space),
                    b'X' => hex(&b, true, sp.space),
                    _ => bad_verb(
                        sp.verb,
                        &types.name(t),
                        String::from_utf8_lossy(&b).into_owned(),
                    ),
                }
            }
            TypeKind::Pointer(elem) => match v {
                Value::Nil => b"<nil>".to_vec(),
                Value::Ptr(r)
                    if top
                        && depth == 0
                        && matches!(
                            types.ukind(elem),
                            TypeKind::Struct(_)
                                | TypeKind::Array(..)
                                | TypeKind::Slice(_)
                                | TypeKind::Map(..)
                        ) =>
                {
                    // A pointer's root is on the heap, so no goroutine's frame is consulted.
                    let inner = self.load_ref(1, r).unwrap_or_default();
                    let mut out = b"&".to_vec();
                    out.extend(self.format_value(elem, &inner, sp, depth + 1, false));
                    out
                }
                _ => b"0xc000010000".to_vec(),
            },
            TypeKind::Struct(fields) => {
                let vals: Vec<Value> = match v {
                    Value::Agg(fs) => fs.to_vec(),
                    _ => vec![],
                };
                let mut out = b"{".to_vec();
                for (i, (f, fv)) in fields.iter().zip(vals.iter()).enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    if sp.plus {
                        out.extend_from_slice(f.name.as_bytes());
                        out.push(b':');
                    }
                    out.extend(self.format_field(f.ty, fv, sp, depth + 1, f.exported()));
                }
                out.push(b'}');
                out
            }
            TypeKind::Array(_, elem) => {
                let vals: Vec<Value> = match v {
                    Value::Agg(fs) => fs.to_vec(),
                    _ => vec![],
                };
                self.format_list(elem, &vals, sp, depth)
            }
            TypeKind::Slice(elem) => {
                let vals = self.slice_elems(v);
                if sp.verb == b's' && types.underlying(elem) == ids::UINT8 {
                    return vals.iter().map(|x| x.as_int() as u8).collect();
                }
                self.format_list(elem, &vals, sp, depth)
            }
            TypeKind::Map(kt, vt) => {
                let mut entries: Vec<(Value, Value)> = match v {
                    Value::Map(o) => match self.heap.get(*o) {
                        Object::Map(m) => m.entries.iter().flatten().cloned().collect(),
                        _ => vec![],
                    },
                    _ => vec![],
                };
                entries.sort_by(|a, b| sort_key_cmp(&a.0, &b.0));
                let mut out = b"map[".to_vec();
                for (i, (k, val)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    out.extend(self.format_field(kt, k, sp, depth + 1, true));
                    out.push(b':');
                    out.extend(self.format_field(vt, val, sp, depth + 1, true));
                }
                out.push(b']');
                out
            }
            TypeKind::Interface(_) => match v {
                Value::Iface(iv) => {
                    let (it, ivv) = (iv.0, iv.1.clone());
                    self.format_value(it, &ivv, sp, depth, false)
                }
                _ => b"<nil>".to_vec(),
            },
            TypeKind::Chan(..) | TypeKind::Func(_) => {
                if v.is_nil() {
                    if sp.verb == b'v' && types.signature(t).is_some() {
                        return b"<nil>".to_vec();
                    }
                    return b"<nil>".to_vec();
                }
                b"0xc000010000".to_vec()
            }
            _ => b"?".to_vec(),
        }
    }

    fn format_field(
        &mut self,
        t: TypeId,
        v: &Value,
        sp: Spec,
        depth: u32,
        exported: bool,
    ) -> Vec<u8> {
        if !exported {
            // fmt cannot call methods through unexported fields.
            let mut s2 = sp;
            s2.sharp = false;
            return self.format_value_no_methods(t, v, s2, depth);
        }
        self.format_value(t, v, sp, depth, false)
    }

    fn format_value_no_methods(&mut self, t: TypeId, v: &Value, sp: Spec, depth: u32) -> Vec<u8> {
        // Same as format_value but skipping the method check at this level only.
        let saved = sp.verb;
        let mut s = sp;
        s.verb = if saved == b'v' || saved == b's' {
            b'v'
        } else {
            saved
        };
        let prog = self.prog.clone();
        let types = &prog.types;
        if types.named(t).is_some() && !matches!(types.ukind(t), TypeKind::Interface(_)) {
            let u = types.underlying(t);
            return self.format_value(u, v, s, depth, false);
        }
        if let (TypeKind::Interface(_), Value::Iface(iv)) = (types.ukind(t), v) {
            let (it, ivv) = (iv.0, iv.1.clone());
            return self.format_value(it, &ivv, s, depth, false);
        }
        self.format_value(t, v, s, depth, false)
    }

    fn format_list(&mut self, elem: TypeId, vals: &[Value], sp: Spec, depth: u32) -> Vec<u8> {
        let mut out = b"[".to_vec();
        for (i, x) in vals.iter().enumerate() {
            if i > 0 {
                out.push(b' ');
            }
            let mut s2 = sp;
            s2.width = None;
            let cell = self.format_value(elem, x, s2, depth + 1, false);
            out.extend(if sp.width.is_some() {
                pad(cell, sp)
            } else {
                cell
            });
        }
        out.push(b']');
        out
    }

    /// Calls `Error()` or else `String()` if type `t` has one in its method set.
    fn call_stringer(&mut self, t: TypeId, v: &Value) -> Option<Vec<u8>> {
        let types = &self.prog.types;
        if types.is_interface(t) {
            return None;
        }
        for name in ["Error", "String"] {
            if let Some((func, (ptr, path))) = super::ops::find_method(types, t, name) {
                let is_ptr = matches!(types.kind(t), TypeKind::Pointer(_));
                if ptr && !is_ptr {
                    continue;
                }
                if !path.is_empty() {
                    continue;
                }
                if func & crate::NATIVE_BIT != 0 {
                    continue;
                }
                let recv = if !ptr && is_ptr {
                    match v {
                        Value::Ptr(r) => self.load_ref(1, r).ok()?,
                        Value::Nil => return Some(b"<nil>".to_vec()),
                        _ => return None,
                    }
                } else {
                    v.clone()
                };
                return self
                    .call_sync(func, vec![recv])
                    .map(|r| r.as_bytes().to_vec());
            }
        }
        None
    }

    /// Runs a Go function to completion on a scratch goroutine and returns its first
    /// result; `None` if it blocks, panics or runs too long.
    pub(crate) fn call_sync(&mut self, func: u32, args: Vec<Value>) -> Option<Value> {
        let gid = self.goroutines.len() as u32 + 1;
        let nargs = args.len() as u32;
        self.goroutines.push(Goroutine {
            id: gid,
            status: GStatus::Runnable,
            frames: vec![],
            stack: args,
            panic: None,
            ticket: 0,
            pending_panic: None,
            created_by: None,
            start_func: func,
            resume: None,
        });
        let saved_current = self.current;
        let saved_exit = self.exit.clone();
        self.scratch = Some(gid);
        self.enter(gid, func, nargs, None, false, false);
        let mut result = None;
        for _ in 0..1000 {
            let g = &self.goroutines[gid as usize - 1];
            if g.frames.is_empty() || g.status != GStatus::Runnable || self.exit.is_some() {
                break;
            }
            self.run(gid);
        }
        let g = &self.goroutines[gid as usize - 1];
        if g.frames.is_empty() && g.panic.is_none() && self.exit == saved_exit {
            result = g.stack.last().cloned();
        }
        self.exit = saved_exit;
        self.goroutines.pop();
        self.scratch = None;
        self.current = saved_current;
        self.runq.retain(|q| *q != gid);
        if self.runnext == Some(gid) {
            self.runnext = None;
        }
        result
    }

    /// What `panic: ...` prints for a panic value (Go's printpanicval).
    pub(crate) fn panic_text(&mut self, v: &Value) -> String {
        let Value::Iface(iv) = v else {
            return "nil".into();
        };
        let (t, inner) = (iv.0, iv.1.clone());
        if let Some(s) = self.call_stringer(t, &inner) {
            let s = String::from_utf8_lossy(&s).into_owned();
            // Go marks error values that are plain runtime errors the same way.
            if self.prog.types.name(t) == "runtime.rtError" && s.starts_with("runtime error:") {
                let _ = Rc::new(());
            }
            return s;
        }
        let types = &self.prog.types;
        let named = types.named(t).is_some();
        let base = match types.ukind(t) {
            TypeKind::String => {
                let s = String::from_utf8_lossy(inner.as_bytes()).into_owned();
                if named {
                    return format!("{}({})", types.name(t), quote(s.as_bytes()));
                }
                return s;
            }
            TypeKind::Int(k) => {
                if k.signed() {
                    inner.as_int().to_string()
                } else {
                    (inner.as_int() as u64).to_string()
                }
            }
            TypeKind::Float64 => crate::vm::render::format_print_float_pub(inner.as_f64()),
            TypeKind::Bool => inner.as_bool().to_string(),
            _ => return format!("({}) 0xc000010000", types.name(t)),
        };
        if named {
            format!("{}({base})", types.name(t))
        } else {
            base
        }
    }
}

fn inner(a: &Value) -> &Value {
    match a {
        Value::Iface(iv) => &iv.1,
        other => other,
    }
}

fn is_numeric_padded(verb: u8) -> bool {
    matches!(verb, b'd' | b'x' | b'X' | b'f' | b'g' | b'e' | b'o' | b'b')
}

fn bad_verb(verb: u8, tname: &str, text: String) -> Vec<u8> {
    format!("%!{}({}={})", verb as char, tname, text).into_bytes()
}

fn pad(s: Vec<u8>, sp: Spec) -> Vec<u8> {
    let w = sp.width.unwrap_or(0);
    let n = String::from_utf8_lossy(&s).chars().count();
    if n >= w {
        return s;
    }
    let fill = vec![if sp.zero && !sp.minus { b'0' } else { b' ' }; w - n];
    if sp.minus {
        [s, fill].concat()
    } else {
        [fill, s].concat()
    }
}

/// Pads a number, putting zero padding after the sign as Go does.
fn int_pad(s: String, sp: Spec) -> Vec<u8> {
    let s = if sp.plus && !s.starts_with('-') && !s.starts_with('+') {
        format!("+{s}")
    } else if sp.space && !s.starts_with('-') {
        format!(" {s}")
    } else {
        s
    };
    let w = sp.width.unwrap_or(0);
    if s.len() >= w {
        return s.into_bytes();
    }
    if sp.minus {
        return format!("{s:<w$}").into_bytes();
    }
    if sp.zero {
        let (sign, digits) = if s.starts_with(['-', '+', ' ']) {
            s.split_at(1)
        } else {
            ("", s.as_str())
        };
        return format!("{sign}{}{digits}", "0".repeat(w - s.len())).into_bytes();
    }
    format!("{s:>w$}").into_bytes()
}

fn hex(b: &[u8], upper: bool, space: bool) -> Vec<u8> {
    let parts: Vec<String> = b
        .iter()
        .map(|x| {
            if upper {
                format!("{x:02X}")
            } else {
                format!("{x:02x}")
            }
        })
        .collect();
    parts.join(if space { " " } else { "" }).into_bytes()
}

/// Go's strconv.Quote (printable Unicode kept, others escaped).
pub fn quote(b: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < b.len() {
        let (r, w) = super::ops::decode_one(&b[i..]);
        if r == 0xFFFD && w == 1 && !(b.len() >= i + 3 && &b[i..i + 3] == "\u{FFFD}".as_bytes()) {
            out.push_str(&format!("\\x{:02x}", b[i]));
            i += 1;
            continue;
        }
        let c = char::from_u32(r).unwrap_or('\u{FFFD}');
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_control() => {
                if (c as u32) < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", c as u32))
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32))
                }
            }
            c => out.push(c),
        }
        i += w.max(1);
    }
    out.push('"');
    out
}

/// Shortest float text, exponent form when the exponent is < -4 or >= `exp_limit`.
pub fn format_shortest(f: f64, exp_limit: i32) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let e = format!("{f:e}");
    let (mant, ex) = e.split_once('e').unwrap_or((&e, "0"));
    let ex: i32 = ex.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if ex < -4 || ex >= exp_limit {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        return format!(
            "{sign}{m}e{}{:02}",
            if ex < 0 { '-' } else { '+' },
            ex.abs()
        );
    }
    if ex >= 0 {
        let ex = ex as usize;
        if digits.len() > ex + 1 {
            format!("{sign}{}.{}", &digits[..ex + 1], &digits[ex + 1..])
        } else {
            format!("{sign}{}{}", digits, "0".repeat(ex + 1 - digits.len()))
        }
    } else {
        format!("{sign}0.{}{}", "0".repeat((-ex - 1) as usize), digits)
    }
}

fn fixed(f: f64, p: usize) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    format!("{f:.p$}")
}

fn exp(f: f64, p: usize) -> String {
    let s = format!("{f:.p$e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn format_g(f: f64, p: usize) -> String {
    let p = p.max(1);
    let s = format!("{:.*e}", p - 1, f);
    let (_, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    if e < -4 || e >= p as i32 {
        let t = exp(f, p - 1);
        let (m, rest) = t.split_once('e').unwrap_or((&t, ""));
        let m = if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.')
        } else {
            m
        };
        format!("{m}e{rest}")
    } else {
        let d = (p as i32 - 1 - e).max(0) as usize;
        let t = format!("{f:.d$}");
        if t.contains('.') {
            t.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            t
        }
    }
}

pub(crate) fn format_print_float_pub(f: f64) -> String {
    let s = format!("{:.6e}", f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let sign = if f.is_sign_negative() { "" } else { "+" };
    format!("{sign}{m}e{}{:03}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// fmt's map key order for the common key kinds.
fn sort_key_cmp(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => {
            x.0.partial_cmp(&y.0).unwrap_or(std::cmp::Ordering::Equal)
        }
        (Value::Str(x), Value::Str(y)) => x.cmp(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Agg(x), Value::Agg(y)) => {
            for (p, q) in x.iter().zip(y.iter()) {
                let o = sort_key_cmp(p, q);
                if o != std::cmp::Ordering::Equal {
                    return o;
                }
            }
            std::cmp::Ordering::Equal
        }
        (Value::Iface(x), Value::Iface(y)) => x.0.cmp(&y.0).then_with(|| sort_key_cmp(&x.1, &y.1)),
        _ => std::cmp::Ordering::Equal,
    }
}

/// Positions (operand indices) of the `%w` verbs in a format.
pub fn wrap_indices(f: &[u8]) -> Vec<usize> {
    let mut out = vec![];
    let mut arg = 0;
    let mut i = 0;
    while i < f.len() {
        if f[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        while i < f.len() && b"+-# 0123456789.".contains(&f[i]) {
            i += 1;
        }
        if i < f.len() && f[i] == b'*' {
            arg += 1;
            i += 1;
        }
        if i >= f.len() {
            break;
        }
        if f[i] == b'%' {
            i += 1;
            continue;
        }
        if f[i] == b'w' {
            out.push(arg);
        }
        arg += 1;
        i += 1;
    }
    out
}

/// `time.Duration.String`: `1h2m3.5s`, `1.5s`, `250ms`, `10µs`, `0s`.
pub fn duration_string(d: i64) -> String {
    if d == 0 {
        return "0s".into();
    }
    let neg = d < 0;
    let u = d.unsigned_abs();
    let sign = if neg { "-" } else { "" };
    let frac = |v: u64, unit: u64| -> String {
        let whole = v / unit;
        let rem = v % unit;
        if rem == 0 {
            return whole.to_string();
        }
        let width = (unit as f64).log10() as usize;
        let s = format!("{rem:0width$}");
        format!("{whole}.{}", s.trim_end_matches('0'))
    };
    if u < 1_000 {
        return format!("{sign}{u}ns");
    }
    if u < 1_000_000 {
        return format!("{sign}{}µs", frac(u, 1_000));
    }
    if u < 1_000_000_000 {
        return format!("{sign}{}ms", frac(u, 1_000_000));
    }
    let secs = u / 1_000_000_000;
    let ns = u % 1_000_000_000;
    let h = secs / 3600;
    let m = (secs % 3600) / 60;
    let s = secs % 60;
    let mut out = String::from(sign);
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if h > 0 || m > 0 {
        out.push_str(&format!("{m}m"));
    }
    out.push_str(&frac(s * 1_000_000_000 + ns, 1_000_000_000));
    out.push('s');
    out
}
