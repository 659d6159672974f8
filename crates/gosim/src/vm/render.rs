//! Runtime texts that are not `fmt`'s: panic messages (Go's `printpanicval`), the
//! float format of `print`/`panic`, `time.Duration`'s text, and the `%w` positions
//! `fmt.Errorf` needs. Everything `fmt` prints goes through [`super::fmtbridge`] and the
//! engine in [`crate::library::fmt`].

use super::{GStatus, Goroutine, Machine};
use crate::types::TypeKind;
use crate::value::Value;

/// How deeply fmt's calls of String/Error methods may nest. Each level is a nested run
/// of the interpreter on the host's stack; a method that formats its own receiver
/// (`func (e E) Error() string { return fmt.Sprint(e) }`) recurses without end, which
/// Go ends with `fatal error: stack overflow` after a gigabyte of stack. A method's
/// run is undone when it fails (fmt catches panics), so the engine refuses instead.
pub(crate) const MAX_METHOD_NESTING: u32 = 50;

impl Machine {
    /// Runs a Go method (`Error`, `String`) to completion on a scratch goroutine and
    /// returns its first result, or the text of its panic (`%v` of the panic value).
    /// A method that blocks or runs too long counts as a panic with our own message.
    pub(crate) fn call_method_sync(
        &mut self,
        func: u32,
        args: Vec<Value>,
    ) -> Result<Value, String> {
        if self.scratch_depth >= MAX_METHOD_NESTING {
            if self.exit.is_none() {
                self.refuse(&format!(
                    "String or Error methods nested more than {MAX_METHOD_NESTING} deep \
                     (a method that prints its own receiver recurses without end)"
                ));
            }
            return Err("gosim: methods nested too deep".into());
        }
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
            start_method_value: false,
            queued: 0,
            created_in: 0,
            resume: None,
        });
        self.nrunnable += 1;
        let saved_current = self.current;
        let saved_exit = self.exit.clone();
        let saved_stderr = self.stderr.len();
        let saved_scratch = self.scratch.replace(gid);
        // User code runs here without the access hooks: the step may touch anything.
        self.touch_everything();
        self.enter(gid, func, nargs, None, false, false);
        self.scratch_depth += 1;
        let mut panicked: Option<Value> = None;
        for _ in 0..1000 {
            let g = &self.goroutines[gid as usize - 1];
            if let Some(p) = &g.panic {
                panicked = Some(p.value.clone());
            }
            if g.frames.is_empty() || g.status != GStatus::Runnable || self.exit.is_some() {
                break;
            }
            self.run(gid);
        }
        self.scratch_depth -= 1;
        let g = &self.goroutines[gid as usize - 1];
        if let Some(p) = &g.panic {
            panicked = Some(p.value.clone());
        }
        let result = if g.frames.is_empty() && g.panic.is_none() && self.exit == saved_exit {
            Ok(g.stack.last().cloned().unwrap_or_default())
        } else {
            Err(panicked)
        };
        // Whatever the method did to the program's end (a panic that killed it) is undone:
        // fmt catches panics in methods; a refusal inside one still stops the program.
        let refused = self.exit != saved_exit && matches!(self.exit, Some(super::Exit::Limit(_)));
        if !refused {
            self.exit = saved_exit;
            self.stderr.truncate(saved_stderr);
        }
        if self
            .goroutines
            .pop()
            .is_some_and(|g| g.status == GStatus::Runnable)
        {
            self.nrunnable -= 1;
        }
        self.scratch = saved_scratch;
        self.current = saved_current;
        self.runq.retain(|q| *q != gid);
        if self.runnext == Some(gid) {
            self.runnext = None;
        }
        result.map_err(|p| match p {
            Some(v) => self.panic_value_text(&v),
            None => {
                // Go's fmt would wait for the method (a String that asks a server goroutine
                // over a channel); the engine runs it to its end inside one step, so it
                // refuses rather than print a panic Go never had.
                if self.exit.is_none() {
                    self.refuse("a String or Error method that blocks, called by fmt or panic");
                }
                "gosim: the method blocked or ran too long".into()
            }
        })
    }

    /// `%v` of a panic value, as fmt prints it inside `%!v(PANIC=String method: ...)`.
    fn panic_value_text(&mut self, v: &Value) -> String {
        let args = self.new_slice(vec![v.clone()], 1);
        // Refused formatting cannot stop the program here: leave the text out.
        String::from_utf8_lossy(&self.go_sprint(&args, false).unwrap_or_default()).into_owned()
    }

    /// What `panic: ...` prints for a panic value (Go's `printpanicval`): an error's
    /// `Error()`, a Stringer's `String()`, a basic value as `print` shows it (with the
    /// type around it when the type is named), anything else as `(T) address`.
    pub(crate) fn panic_text(&mut self, v: &Value) -> String {
        let Value::Iface(iv) = v else {
            return "nil".into();
        };
        let (t, inner) = (iv.0, iv.1.clone());
        for name in ["Error", "String"] {
            if self.has_string_method(t, name) {
                if let Ok(Some((func, recv))) =
                    self.resolve_method(t, &inner, name, super::exec::Through::Surely)
                {
                    if let Ok(s) = self.call_method_sync(func, vec![recv]) {
                        return String::from_utf8_lossy(s.as_bytes()).into_owned();
                    }
                }
            }
        }
        let types = &self.prog.types;
        let named = types.named(t).is_some();
        let base = match types.ukind(t) {
            TypeKind::String => {
                let s = String::from_utf8_lossy(inner.as_bytes()).into_owned();
                if named {
                    return format!(
                        "{}({})",
                        types.name(t),
                        crate::library::numfmt::quote(s.as_bytes())
                    );
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
            TypeKind::Float64 => super::ops::format_print_float(inner.as_f64()),
            TypeKind::Float32 => crate::library::numfmt::format_float(inner.as_f64(), b'g', -1, 32),
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
