//! Sub-steps for interface operations (go-facts.md §10): with [`Detail::SubSteps`] and
//! [`Machine::iface_steps`] on (a block that shows the memory panel), a conversion to
//! an interface, a type assertion, a type switch case and a method call through an
//! interface in the reader's code each stop once, after the instruction, with what
//! the runtime did in words: the words a conversion wrote, the one compare of a type
//! word or itab, `getitab`'s cache hit or miss (and the merge walk a miss runs), the
//! `tab.fun` entry a call loads.
//!
//! The stop is the mechanism the sync library's `substep` marker uses (`hold`: the
//! same goroutine goes on with what was left of its time slice), so it is never a
//! scheduling decision and a run is the same under either detail. Library code
//! (fmt's type switches, errors' assertions) never stops.

use super::{Event, EventKind, Machine};
use crate::code::{CallKind, FileId, Func, Op};
use crate::inspect::memory::{self, DataWord, Place, Shortcut};
use crate::session::Detail;
use crate::types::{ids::UNTYPED_NIL, TypeId, TypeKind, TypeTable};
use crate::value::Value;

/// What an interface instruction found before it ran.
pub(super) struct Probe {
    op: ProbeOp,
    /// The interface value the instruction reads (or the value it converts).
    operand: Value,
    hits: u64,
    misses: u64,
}

enum ProbeOp {
    Convert(TypeId),
    Assert {
        ty: TypeId,
        iface: TypeId,
    },
    Case(TypeId),
    /// The method name's id and the call's static interface type, when recorded.
    Call(u32, Option<TypeId>),
}

impl Machine {
    /// The probe of `op` when it is an interface instruction in the reader's code that
    /// should stop as a sub-step.
    pub(super) fn iface_probe(&self, gid: u32, op: &Op, func: &Func) -> Option<Probe> {
        if !self.iface_steps
            || self.detail != Detail::SubSteps
            || func.file != FileId::User
            || self.scratch == Some(gid)
        {
            return None;
        }
        let stack = &self.goroutines.get(gid as usize - 1)?.stack;
        let (op, operand) = match op {
            Op::ToIface(t) => (ProbeOp::Convert(*t), stack.last()?.clone()),
            Op::Assert { ty, iface, .. } => (
                ProbeOp::Assert {
                    ty: *ty,
                    iface: *iface,
                },
                stack.last()?.clone(),
            ),
            Op::TypeIs(t) => (ProbeOp::Case(*t), stack.last()?.clone()),
            Op::Call {
                kind: CallKind::Iface(name),
                nargs,
            } => (
                ProbeOp::Call(
                    *name,
                    self.goroutines[gid as usize - 1]
                        .frames
                        .last()
                        .and_then(|f| self.prog.iface_call(f.func, f.pc.saturating_sub(1))),
                ),
                stack
                    .get(stack.len().checked_sub(*nargs as usize)?)?
                    .clone(),
            ),
            _ => return None,
        };
        Some(Probe {
            op,
            operand,
            hits: self.itabs.hits,
            misses: self.itabs.misses,
        })
    }

    /// Ends the step after a probed instruction that completed: a sub-step stop.
    pub(super) fn iface_substep(&mut self, gid: u32, p: Probe, budget: u32) -> Event {
        let (label, text) = self.describe(&p);
        self.pending_label = None;
        self.hold = Some((gid, budget));
        self.step_label = Some(label.to_string());
        self.event(gid, EventKind::Sync, format!("{label}: {text}"))
    }

    fn describe(&self, p: &Probe) -> (&'static str, String) {
        let types = &self.prog.types;
        let held = match &p.operand {
            Value::Iface(iv) => Some(iv.0),
            _ => None,
        };
        let lookup = if self.itabs.misses > p.misses {
            Some(false)
        } else if self.itabs.hits > p.hits {
            Some(true)
        } else {
            None
        };
        match p.op {
            ProbeOp::Convert(t) => {
                let data = memory::data_word(self, t, &p.operand);
                (
                    "convert to interface",
                    format!(
                        "type word = {}, data word = {}",
                        types.name(t),
                        data_text(&data)
                    ),
                )
            }
            ProbeOp::Assert { ty, iface } => {
                let what = format!("x.({})", types.name(ty));
                match held {
                    None => (
                        "type assertion",
                        format!("{what}: the interface is nil (both words zero)"),
                    ),
                    Some(d) if !types.is_interface(ty) => {
                        let word = if types.iface_methods(iface).is_empty() {
                            format!("the type word ({}) with {}", types.name(d), types.name(ty))
                        } else {
                            format!(
                                "the itab word (for {}) with the itab for ({}, {})",
                                types.name(d),
                                types.name(iface),
                                types.name(ty)
                            )
                        };
                        let verdict = if d == ty { "equal" } else { "not equal" };
                        (
                            "type assertion: one compare",
                            format!("{what}: compare {word}: {verdict}"),
                        )
                    }
                    Some(d) => self.getitab_text(&what, ty, d, lookup),
                }
            }
            ProbeOp::Case(t) => {
                let what = if t == UNTYPED_NIL {
                    "case nil".to_string()
                } else {
                    format!("case {}", types.name(t))
                };
                match held {
                    None => (
                        "type switch case",
                        format!(
                            "{what}: the interface is nil: {}",
                            if t == UNTYPED_NIL {
                                "match"
                            } else {
                                "no match"
                            }
                        ),
                    ),
                    Some(_) if t == UNTYPED_NIL => (
                        "type switch case",
                        format!("{what}: the type word is set: no match"),
                    ),
                    Some(d) if !types.is_interface(t) => (
                        "type switch case",
                        format!(
                            "{what}: compare the type ({}) with {}: {}",
                            types.name(d),
                            types.name(t),
                            if d == t { "match" } else { "no match" }
                        ),
                    ),
                    Some(d) => self.getitab_text(&what, t, d, lookup),
                }
            }
            ProbeOp::Call(name, iface) => {
                let mname = self
                    .prog
                    .method_names
                    .get(name as usize)
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                let target = held
                    .and_then(|d| super::ops::find_method(types, d, &mname))
                    .and_then(|(f, _)| self.prog.funcs.get(f as usize))
                    .map(|f| f.name.clone())
                    .unwrap_or_else(|| mname.clone());
                // k: the method's place in the interface's name-sorted method list.
                let slot = iface
                    .and_then(|i| {
                        let ms = types.iface_methods(i);
                        let k = ms.iter().position(|m| *m.name == *mname)?;
                        Some(format!(
                            "tab.fun[{k}] ({mname}: method {k} of {}'s {} in name order)",
                            types.name(i),
                            count(ms.len(), "method")
                        ))
                    })
                    .unwrap_or_else(|| format!("the tab.fun entry for {mname}"));
                (
                    "call through the itab",
                    format!(
                        "{mname}(): load {slot} = {target}, \
                         pass the data word as the receiver, call it"
                    ),
                )
            }
        }
    }

    /// The text of an assertion or switch case to a non-empty interface: `getitab`.
    fn getitab_text(
        &self,
        what: &str,
        inter: TypeId,
        d: TypeId,
        hit: Option<bool>,
    ) -> (&'static str, String) {
        let types = &self.prog.types;
        let pair = format!("getitab({}, {})", types.name(inter), types.name(d));
        let verdict = match self.itabs.peek(inter, d) {
            Some(i) => match &i.missing {
                None => "implements".to_string(),
                Some(m) => format!("does not implement (missing method {m})"),
            },
            None => String::new(),
        };
        match hit {
            Some(true) => (
                "getitab: cache hit",
                format!("{what}: {pair}: found in the itab cache: {verdict}"),
            ),
            Some(false) => (
                "getitab: cache miss",
                format!(
                    "{what}: {pair}: not in the itab cache; merge walk of {} sorted by \
                     name with the {} of {}: {verdict}; the itab is added to the cache",
                    count(types.iface_methods(inter).len(), "interface method"),
                    count(method_count(types, d), "method"),
                    types.name(d)
                ),
            ),
            None if !types.iface_methods(inter).is_empty() => (
                "getitab: no method table",
                format!(
                    "{what}: {} has no name and no methods, so getitab answers \
                     \"does not implement\" at once and caches nothing",
                    types.name(d)
                ),
            ),
            // An empty interface target: any non-nil value matches.
            None => (
                "empty interface target",
                format!("{what}: an empty interface: the type word is set: match"),
            ),
        }
    }
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// The methods declared on `t`'s named type that are in `t`'s method set (`T`: value
/// receivers; `*T`: all).
fn method_count(types: &TypeTable, t: TypeId) -> usize {
    let (named, ptr) = match types.kind(t) {
        TypeKind::Pointer(e) => (*e, true),
        _ => (t, false),
    };
    types.named(named).map_or(0, |n| {
        n.methods.iter().filter(|m| ptr || !m.pointer_recv).count()
    })
}

/// The data word in words.
pub(crate) fn data_text(d: &DataWord) -> String {
    match d {
        DataWord::Nil => "nil".into(),
        DataWord::Direct { value, nil: true } => format!("the pointer itself ({value})"),
        DataWord::Direct { value, .. } => format!("the value itself ({value})"),
        DataWord::Indirect { value, place } => match place {
            Place::StaticUint64s(n) => {
                format!("&staticuint64s[{n}] (no allocation), holding {value}")
            }
            Place::ZeroBase => "&zerobase (a zero-size value, no allocation)".into(),
            Place::Copy(Some(Shortcut::StaticUint64s(n))) => format!(
                "a pointer to a copy of {value} (if it escapes, convT points it at \
                 staticuint64s[{n}] with no allocation)"
            ),
            Place::Copy(Some(Shortcut::ZeroVal)) => format!(
                "a pointer to a copy of {value} (if it escapes, convT points it at \
                 zeroVal with no allocation)"
            ),
            Place::Copy(None) => format!("a pointer to a copy of {value}"),
        },
    }
}
