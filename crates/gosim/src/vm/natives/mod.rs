//! Functions the runtime implements in Rust, bound by name to bodiless declarations in
//! the library packages (see `crate::library`): formatting, string helpers, the
//! virtual clock, atomics and the runtime semaphore that sync is built on.
//!
//! Each Go package's natives live in a file named after it, with the part of the
//! lookup that names them; [`PACKAGES`] finds that file by the package's name.

mod atomic;
mod context;
mod errors;
mod flag;
mod fmt;
mod json;
mod math;
mod os;
mod rand;
mod reflect;
mod runtime;
mod singleflight;
mod sort;
mod strconv;
mod strings;
mod sync;
mod time;
mod unicode;

use std::rc::Rc;

use super::exec::{rt, Flow};
use super::{Detail, EventKind, Machine, SemaWaiter, TimerKind};
use crate::types::IntKind;
use crate::value::{Object, Ref, Value};

pub(crate) enum NativeResult {
    Return(Vec<Value>),
    Flow(Flow),
}

pub(crate) type NativeFn = fn(&mut Machine, u32, Vec<Value>) -> NativeResult;

use NativeResult::Return;

/// A Go string value as Rust text, invalid UTF-8 replaced by U+FFFD.
fn lossy_string(v: &Value) -> String {
    String::from_utf8_lossy(v.as_bytes()).into_owned()
}

fn go_string(x: impl AsRef<str>) -> Value {
    Value::str(x.as_ref())
}

fn missing(_: &mut Machine, _: u32, _: Vec<Value>) -> NativeResult {
    NativeResult::Flow(rt("library function not implemented"))
}

/// A library function's refusal at run time, for what only a run can tell
/// (`unsupported("reading /dev/stdout")`): the program stops with
/// `not supported here: ...` as the compiler's refusals read.
fn unsupported(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    NativeResult::Flow(m.refuse(&lossy_string(&a[0])))
}

/// Binds each declared native to its implementation.
pub(crate) fn resolve(prog: &crate::code::Program) -> Rc<[NativeFn]> {
    // Through a Vec filled by a loop: `Rc<[T]>::from(Vec)` is a plain copy, smaller in
    // the wasm than collecting an iterator straight into an `Rc<[T]>`.
    let mut fns: Vec<NativeFn> = Vec::with_capacity(prog.natives.len());
    for n in &prog.natives {
        fns.push(lookup(&n.name));
    }
    Rc::from(fns)
}

/// How a package's file finds one of its natives by full name (`missing` if none).
type PackageLookup = fn(&str) -> NativeFn;

/// Each Go package with natives, and how to find one of them by its full name
/// (`pkg.Name`, as the library declares it).
const PACKAGES: &[(&str, PackageLookup)] = &[
    ("fmt", fmt::lookup),
    ("flag", flag::lookup),
    ("os", os::lookup),
    ("math", math::lookup),
    ("rand", rand::lookup),
    ("ziggurat", rand::lookup),
    ("strings", strings::lookup),
    ("strconv", strconv::lookup),
    ("time", time::lookup),
    ("runtime", runtime::lookup),
    ("sync", sync::lookup),
    ("atomic", atomic::lookup),
    ("sort", sort::lookup),
    ("errors", errors::lookup),
    ("context", context::lookup),
    ("singleflight", singleflight::lookup),
    ("unicode", unicode::lookup),
    ("reflect", reflect::lookup),
    ("json", json::lookup),
];

/// The implementation of the native `name` (`pkg.Name`), or one that fails at run
/// time when none is written.
fn lookup(name: &str) -> NativeFn {
    let pkg = name.split_once('.').map_or(name, |(pkg, _)| pkg);
    // The sub-step markers are sync's pair, declared again by each package that
    // marks its own steps.
    if let Some((
        "context" | "errgroup" | "semaphore" | "singleflight",
        what @ ("label" | "substep"),
    )) = name.split_once('.')
    {
        return sync::lookup(if what == "label" {
            "sync.label"
        } else {
            "sync.substep"
        });
    }
    // Packages with no natives of their own but a run-time refusal.
    if let Some(("bytes" | "bufio" | "log", "unsupported")) = name.split_once('.') {
        return os::lookup("os.unsupported");
    }
    match PACKAGES.iter().find(|(p, _)| *p == pkg) {
        Some((_, find)) => find(name),
        None => missing,
    }
}

/// The text of a step that ends a labelled operation: with a pending sub-step
/// label, the label leads (and becomes the step's label); otherwise `text` alone.
fn labelled(m: &mut Machine, text: String) -> String {
    match m.pending_label.take() {
        Some(l) => {
            let out = format!("{l}: {text}");
            m.step_label = Some(l);
            out
        }
        None => text,
    }
}

/// Pushes the results and ends the step: a sync operation is a scheduling point.
fn yield_sync(m: &mut Machine, gid: u32, vals: Vec<Value>, what: &str) -> NativeResult {
    m.goroutines[gid as usize - 1].stack.extend(vals);
    let text = labelled(m, what.to_string());
    NativeResult::Flow(Flow::Yield(EventKind::Sync, text))
}

fn deref(m: &mut Machine, gid: u32, p: &Value) -> Result<Value, Flow> {
    match p {
        Value::Ptr(r) => m.load_ref(gid, r),
        _ => Err(rt("invalid memory address or nil pointer dereference")),
    }
}

fn store(m: &mut Machine, gid: u32, p: &Value, v: Value) -> Result<(), Flow> {
    match p {
        Value::Ptr(r) => m.store_ref(gid, r, v),
        _ => Err(rt("invalid memory address or nil pointer dereference")),
    }
}
