//! The value description the VM hands to the `fmt` engine.
//!
//! Go's `fmt` inspects its operands with reflection. The VM does not expose its heap
//! to the engine; instead it converts every operand into a [`FmtValue`] tree that
//! carries exactly what reflection would reveal: the kind, the dynamic type's name
//! (`reflect.Type.String()`), the contents, and whether the dynamic type has an
//! `Error() string` or `String() string` method. Methods are *not* run up front: the
//! engine calls back through [`MethodHost`] only where Go's `fmt` would call them (see
//! the [`fmt`](super::fmt) module docs for the precise rules), so side effects,
//! panics and call order match Go.
//!
//! # Building trees: rules for the VM
//!
//! - Every `ty` is the Go type string as `%T` / `reflect.Type.String()` prints it:
//!   `int`, `int32` (also for `rune`), `uint8` (also for `byte`), `main.Celsius`,
//!   `[]string`, `map[string]int`, `*main.T`, `struct { X int }`,
//!   `func(int) string`, `chan int`, `[]interface {}`, `*errors.errorString`.
//! - Wrap a value in [`FmtValue::WithMethods`] when its *dynamic type's method set*
//!   contains `Error() string` or `String() string` (for `*T` that includes methods
//!   declared on `T`; for `T` only value-receiver methods). Put the wrapper directly
//!   around the value it belongs to, at any depth: slice elements, map keys/values,
//!   struct fields, interface contents and pointer targets.
//! - A slot of interface type (`any`, `error`, a field of type `fmt.Stringer`, an
//!   element of `[]any`) is represented by whatever it holds; an empty one is
//!   [`FmtValue::NilInterface`] carrying the slot's static interface type.
//! - Pointers carry their target only when the target is a struct, array, slice or
//!   map (otherwise `None`); `fmt` looks through a pointer at the top level
//!   (`&{1 2}`), and nested pointers print as addresses except under a bad verb,
//!   whose operand is printed as if at the top (`[%!s(*main.T=&{1})]`); inside such
//!   a nested target, pointers may go without theirs. Addresses are any
//!   deterministic fake values (`0xc000010000`); 0 means nil.
//! - Use [`FmtValue::Bytes`] (not `Slice`/`Array`) for any slice or array whose
//!   element type is `byte`/`uint8`: `%s`, `%x`, `%q` print such values as text.
//! - Go's map iteration order is irrelevant: the engine sorts entries like
//!   `internal/fmtsort`.

use std::rc::Rc;

/// A Go value as `fmt` sees it. See the module docs for how to build one.
#[derive(Debug, Clone, PartialEq)]
pub enum FmtValue {
    /// A boolean; `ty` is `bool` or a named boolean type.
    Bool { v: bool, ty: Rc<str> },
    /// Any signed integer kind (`int`, `int8`..`int64`, `rune` = `int32`, named types),
    /// sign-extended to 64 bits.
    Int { v: i64, ty: Rc<str> },
    /// Any unsigned integer kind (`uint`, `uint8`..`uint64`, `byte` = `uint8`,
    /// `uintptr`, named types).
    Uint { v: u64, ty: Rc<str> },
    /// A float. `bits` is 32 for `float32` kinds (the value must already be rounded to
    /// float32; it is printed with float32 shortest precision) and 64 otherwise.
    Float { v: f64, bits: u8, ty: Rc<str> },
    /// A string kind. Go strings are byte strings and may hold invalid UTF-8.
    Str { s: Rc<[u8]>, ty: Rc<str> },
    /// A slice (`array == false`) or array (`array == true`) whose element kind is
    /// `uint8`. `data == None` is a nil slice (arrays always have `Some`). `addr` is
    /// where a slice's first element lies (what `%p` prints; 0 for nil and arrays).
    Bytes {
        ty: Rc<str>,
        data: Option<Rc<[u8]>>,
        array: bool,
        addr: u64,
    },
    /// A pointer. `addr == 0` is nil. `target` is the pointee when it is a struct,
    /// array, slice or map (possibly wrapped in `WithMethods` if the pointee's own
    /// type has the methods), `None` otherwise or when nil.
    Pointer {
        addr: u64,
        ty: Rc<str>,
        target: Option<Box<FmtValue>>,
    },
    /// A struct with its fields in declaration order. Each field is `(name, value)`;
    /// an embedded field is named after its type without package or `*` (`Inner`).
    /// Exportedness is derived from the name (first rune upper case), which decides
    /// whether methods may be called on the field's contents (reflect cannot
    /// `Interface()` an unexported field).
    Struct {
        ty: Rc<str>,
        fields: Vec<(Rc<str>, FmtValue)>,
        /// A library type whose fields here are the engine's model, not Go's (a
        /// `sync.Mutex` is Go's `{_ noCopy; mu isync.Mutex}`): printing them would be
        /// a wrong answer, so the printer asks the host to refuse (`MethodHost::refuse`).
        engine_layout: bool,
    },
    /// An array with element kind other than `uint8`.
    Array { ty: Rc<str>, elems: Vec<FmtValue> },
    /// A slice with element kind other than `uint8`; `elems == None` is a nil slice.
    /// `addr` is where its first element lies (what `%p` prints).
    Slice {
        ty: Rc<str>,
        elems: Option<Vec<FmtValue>>,
        addr: u64,
    },
    /// A map; `entries == None` is a nil map. Entries may come in any order. `addr`
    /// identifies the map (what `%p` prints; 0 when nil).
    Map {
        ty: Rc<str>,
        entries: Option<Vec<(FmtValue, FmtValue)>>,
        addr: u64,
    },
    /// A channel; `addr == 0` is a nil channel.
    Chan { ty: Rc<str>, addr: u64 },
    /// A func value; `addr == 0` is a nil func.
    Func { ty: Rc<str>, addr: u64 },
    /// An interface holding nothing. As a top-level operand it prints `<nil>` and its
    /// `%T` is `<nil>`. Inside a composite (element of `[]any`, field of type `error`)
    /// it prints `<nil>` for every verb, and `%#v` prints `ty(nil)`, so `ty` is the
    /// slot's static interface type: `interface {}`, `error`, `fmt.Stringer`. For
    /// top-level operands any `ty` will do (`interface {}`).
    NilInterface { ty: Rc<str> },
    /// What the engine cannot print as Go would, found where fmt prints it only under a
    /// bad verb (a nested pointer's target): printing it stops the program with the
    /// reason (`MethodHost::refuse_because`), and nothing else does.
    Refused(Rc<str>),
    /// A `reflect.Value` operand: fmt prints the value it holds (`None`: an invalid
    /// Value, printed `<invalid reflect.Value>`), but `%T` names `reflect.Value`.
    Reflected(Option<Box<FmtValue>>),
    /// A value whose dynamic type has `Error()`, `String()` and/or `GoString()` in
    /// its method set. `handle` is passed back to [`MethodHost::call`]. `nil_receiver`
    /// must be true when `inner` is a nil pointer: a method that panics on it then
    /// prints `<nil>`.
    WithMethods {
        handle: u32,
        has_error: bool,
        has_string: bool,
        has_gostring: bool,
        inner: Box<FmtValue>,
        nil_receiver: bool,
    },
}

/// Which method the engine wants run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    /// `Error() string`.
    Error,
    /// `String() string`.
    String,
    /// `GoString() string` (for `%#v`).
    GoString,
}

/// The VM side of method calls made while formatting.
pub trait MethodHost {
    /// Runs the `kind` method of the value registered as `handle` and returns its
    /// result, or `Err(text)` if the method panicked, where `text` is the panic
    /// value formatted with `%v` (e.g. `boom`, or a runtime error's message).
    fn call(&mut self, handle: u32, kind: MethodKind) -> Result<Vec<u8>, String>;

    /// The printer reached the fields of `ty`, whose layout is the engine's own
    /// (`FmtValue::Struct::engine_layout`). The VM stops the program with a refusal;
    /// the panels' views, which show the engine's state, print the fields.
    fn refuse(&mut self, _ty: &str) {}

    /// The printer reached what the engine cannot print as Go does: `why` names it
    /// (a func value, whose address in Go is where its code lies in the binary). The VM
    /// stops the program with `not supported here: {why}`; the panels' views print the
    /// engine's own stand-in.
    fn refuse_because(&mut self, _why: &str) {}
}

/// A [`MethodHost`] for trees without [`FmtValue::WithMethods`]; any call reports a
/// panic, so it should never be reached.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoMethods;

impl MethodHost for NoMethods {
    fn call(&mut self, _handle: u32, _kind: MethodKind) -> Result<Vec<u8>, String> {
        Err("gosim: no method host".to_string())
    }
}

impl FmtValue {
    /// An `int`.
    pub fn int(v: i64) -> FmtValue {
        FmtValue::Int {
            v,
            ty: "int".into(),
        }
    }
    /// A `uint`.
    pub fn uint(v: u64) -> FmtValue {
        FmtValue::Uint {
            v,
            ty: "uint".into(),
        }
    }
    /// A `float64`.
    pub fn float(v: f64) -> FmtValue {
        FmtValue::Float {
            v,
            bits: 64,
            ty: "float64".into(),
        }
    }
    /// A `float32` (`v` is rounded to float32 first).
    pub fn float32(v: f32) -> FmtValue {
        FmtValue::Float {
            v: f64::from(v),
            bits: 32,
            ty: "float32".into(),
        }
    }
    /// A `bool`.
    pub fn bool(v: bool) -> FmtValue {
        FmtValue::Bool {
            v,
            ty: "bool".into(),
        }
    }
    /// A `string`.
    pub fn str(s: impl AsRef<[u8]>) -> FmtValue {
        FmtValue::Str {
            s: s.as_ref().into(),
            ty: "string".into(),
        }
    }
    /// A `rune` (`int32`).
    pub fn rune(c: char) -> FmtValue {
        FmtValue::Int {
            v: i64::from(u32::from(c)),
            ty: "int32".into(),
        }
    }
    /// A top-level nil interface operand (`fmt.Println(nil)`).
    pub fn nil() -> FmtValue {
        FmtValue::NilInterface {
            ty: "interface {}".into(),
        }
    }
    /// A `[]byte`.
    pub fn byte_slice(b: impl AsRef<[u8]>) -> FmtValue {
        FmtValue::Bytes {
            ty: "[]uint8".into(),
            data: Some(b.as_ref().into()),
            array: false,
            addr: 0,
        }
    }

    /// The value with any [`FmtValue::WithMethods`] wrappers removed: what reflection
    /// sees of the value's kind and contents.
    pub fn unwrapped(&self) -> &FmtValue {
        let mut v = self;
        while let FmtValue::WithMethods { inner, .. } = v {
            v = inner;
        }
        v
    }

    /// The dynamic type's name as `%T` prints it (`<nil>` for a nil interface).
    pub fn type_name(&self) -> &str {
        if let FmtValue::Reflected(_) = self {
            return "reflect.Value";
        }
        match self.unwrapped() {
            FmtValue::Bool { ty, .. }
            | FmtValue::Int { ty, .. }
            | FmtValue::Uint { ty, .. }
            | FmtValue::Float { ty, .. }
            | FmtValue::Str { ty, .. }
            | FmtValue::Bytes { ty, .. }
            | FmtValue::Pointer { ty, .. }
            | FmtValue::Struct { ty, .. }
            | FmtValue::Array { ty, .. }
            | FmtValue::Slice { ty, .. }
            | FmtValue::Map { ty, .. }
            | FmtValue::Chan { ty, .. }
            | FmtValue::Func { ty, .. }
            | FmtValue::Refused(ty) => ty,
            FmtValue::NilInterface { .. } => "<nil>",
            // unwrapped() never returns a wrapper.
            FmtValue::WithMethods { .. } => "<nil>",
            FmtValue::Reflected(_) => "reflect.Value",
        }
    }
}
