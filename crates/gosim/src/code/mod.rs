//! The compiled program: instructions for a stack machine, one list per function.
//!
//! Each goroutine runs these with its own frames and operand stack. A function's locals
//! (parameters first, then results, then captured cells for a closure, then the rest) sit
//! in slots at the base of its frame; everything else is pushed and popped above them.

pub mod disasm;
pub mod fuse;

use std::rc::Rc;

use crate::syntax::ast::BinaryOp;
use crate::syntax::{SourceMap, Span};
use crate::types::{IntKind, TypeId, TypeTable};
use crate::value::Value;

/// How an arithmetic instruction treats its operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumKind {
    Int(IntKind),
    Float,
    /// float32: computed in float64 and rounded to float32, which for + - * / gives
    /// exactly float32's IEEE result (float64 has more than twice its precision).
    Float32,
    Str,
}

/// How a comparison instruction treats its operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpKind {
    Signed,
    Unsigned,
    Float,
    Str,
    /// `==`/`!=` on anything else: bools, pointers, channels, structs, arrays, interfaces.
    Deep,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conv {
    /// Integer to integer of the given kind (wraps).
    IntToInt(IntKind),
    /// Integer (signed or not) to float64.
    IntToFloat {
        unsigned: bool,
    },
    FloatToInt(IntKind),
    /// Integer to float32, rounded once from the integer (not through float64, whose
    /// rounding first could land on a tie).
    IntToFloat32 {
        unsigned: bool,
    },
    /// float64 to float32.
    ToFloat32,
    /// `string(rune)`.
    RuneToStr,
    /// `[]byte(s)`, its capacity chosen by `cap`.
    StrToBytes {
        cap: ConvCap,
    },
    BytesToStr,
    /// `[]rune(s)`, its capacity chosen by `cap`.
    StrToRunes {
        cap: ConvCap,
    },
    RunesToStr,
}

/// How Go sizes the array of `[]byte(s)` or `[]rune(s)`, which its escape analysis
/// decides (`compile::escape::SliceFacts`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ConvCap {
    /// The length: a constant string (copied into an array of its size), or bytes
    /// that neither escape nor are written (they share the string's memory).
    Exact,
    /// A 32-element buffer on the stack when the result fits, else the heap's.
    Stack,
    /// The length rounded up to the allocator's size class.
    Heap,
    /// Unknown: the length, with the array marked so that whatever depends on the
    /// capacity (`cap`, slicing past the length, an append that would grow) stops the
    /// run by name.
    #[default]
    Loose,
}

/// What `len`/`cap`/indexing/slicing operate on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SeqKind {
    Str,
    Slice,
    /// An array value (not addressable: `len(arr)` on a value).
    Array(u32),
    /// A pointer to an array (`p[i]`, `arr[:]` of an addressable array).
    ArrayRef(u32),
    Map,
    Chan,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CallKind {
    /// A declared function, known at compile time.
    Static(u32),
    /// A function value below the arguments on the stack.
    Value,
    /// An interface method: the receiver (an interface value) is the first argument.
    Iface(u32),
    Native(u32),
}

impl CallKind {
    /// The call of function id `func`: a runtime native when it carries
    /// [`crate::NATIVE_BIT`], compiled code otherwise.
    pub fn of_func(func: u32) -> CallKind {
        if func & crate::NATIVE_BIT != 0 {
            CallKind::Native(func & !crate::NATIVE_BIT)
        } else {
            CallKind::Static(func)
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Push `consts[i]`.
    Const(u32),
    Int(i64),
    Nil,
    Pop,
    Dup,
    /// Duplicate the top two (`a b` -> `a b a b`).
    Dup2,
    Swap,

    Load(u32),
    Store(u32),
    /// The slot holds a pointer to a heap cell: load through it / store through it.
    LoadBox(u32),
    StoreBox(u32),
    /// Pop a value, put it in a new heap cell, store the pointer in the slot.
    Box(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),

    /// Push a transient reference to a slot / a package variable.
    RefLocal(u32),
    RefGlobal(u32),
    /// Pop a reference (or pointer), push the reference to its field.
    RefField(u32),
    /// Pop index, reference to an array of the given length; push element reference.
    RefIndex(u32),
    /// Pop index, slice; push a pointer to the element.
    RefSliceElem,
    /// Pop a reference, push the value it refers to.
    Deref,
    /// Pop value then reference; write.
    StoreRef,

    /// Pop an aggregate, push its field.
    Field(u32),
    /// Pop index, then a string/slice/array value; push the element.
    Index(SeqKind),
    /// Pop key, map; push value (zero value `consts[zero]` when missing), and `ok` if asked.
    MapGet {
        zero: u32,
        ok: bool,
    },
    /// Pop value, key, map.
    MapSet,
    MapDelete,
    Len(SeqKind),
    Cap(SeqKind),

    Arith(BinaryOp, NumKind),
    Cmp(BinaryOp, CmpKind),
    Neg(NumKind),
    Not,
    Complement(IntKind),
    Convert(Conv),
    /// Pop two, push the smaller (or larger): the `min`/`max` builtins.
    MinMax {
        max: bool,
        kind: NumKind,
    },
    /// Pop a value, push a pointer to a new heap cell holding it (`new`, `&T{}`).
    Alloc,

    /// Pop n values, push them as one aggregate (a struct or an array).
    MakeAgg(u32),
    /// Pop value, aggregate; push the aggregate with field i replaced.
    SetAgg(u32),
    /// Pop n values, push a new slice holding them.
    SliceLit(u32),
    /// Pop 2n values (key, value pairs), push a new map.
    MapLit(u32),
    /// Pop cap, len; push a new slice of zero values `consts[zero]` (elem size for growth).
    MakeSlice {
        zero: u32,
    },
    MakeMap,
    /// Pop the buffer size; push a new channel.
    MakeChan {
        zero: u32,
        elem: TypeId,
    },
    /// Pop n values then a slice; push the appended slice. With `stack_buf`, the
    /// result stays in the function, and growing an empty slice uses Go's 32-byte
    /// stack buffer when it is big enough.
    Append {
        n: u32,
        elem_size: u32,
        stack_buf: bool,
        /// The program's own append whose growth Go sizes by analyses the engine
        /// does not follow: a grown array is marked vague (`Heap::vague`).
        vague: bool,
        /// `x = append(x, ...)` into the same variable, which holds the array alone:
        /// appending in place to a vague array is then safe.
        own: bool,
        /// The element type holds pointers: Go's allocator then adds a malloc header
        /// to a small object over 512 bytes, which changes the capacity it rounds to.
        pointers: bool,
    },
    /// Pop a slice (or string, for `[]byte`) then a slice: `append(a, b...)`.
    AppendSpread {
        elem_size: u32,
        from_str: bool,
        stack_buf: bool,
        own: bool,
        pointers: bool,
    },
    /// Pop src, dst; push the count copied.
    Copy {
        from_str: bool,
    },
    /// Pop max?, hi?, lo?, then the operand.
    SliceOf {
        kind: SeqKind,
        lo: bool,
        hi: bool,
        max: bool,
    },

    /// Wrap the value on top as an interface holding dynamic type t.
    ToIface(TypeId),
    /// Pop an interface; push its value if its dynamic type is `ty` (or implements it, when
    /// `ty` is an interface). Otherwise panic, or push the zero value `consts[zero]` and
    /// false when `ok`. `iface` is the operand's static interface type, which a failed
    /// assertion's message names (`interface conversion: main.Shape is ...`).
    Assert {
        ty: TypeId,
        iface: TypeId,
        zero: u32,
        ok: bool,
    },
    /// Peek an interface; push whether its dynamic type matches `ty` (`UNTYPED_NIL`: is nil).
    TypeIs(TypeId),
    /// Pop an interface, push the value inside it.
    Unwrap,

    Jump(u32),
    JumpIf(u32),
    JumpIfNot(u32),

    Call {
        kind: CallKind,
        nargs: u32,
    },
    /// Pop `ncaps` cell pointers; push a closure over them.
    Closure {
        func: u32,
        ncaps: u32,
    },
    /// Pop a receiver; push a method value bound to it.
    MethodValue(u32),
    /// Pop an interface; push a method value for its dynamic method.
    IfaceMethodValue(u32),
    /// Package a call for `go`/`defer` (callee and arguments popped as for `Call`).
    Pack {
        kind: CallKind,
        nargs: u32,
    },
    /// `wrapped`: Go's compiler runs the call in a closure of its own (every call but
    /// a plain `f()`), so a nil func value panics in the new goroutine instead of
    /// failing the `go` statement.
    Go {
        wrapped: bool,
    },
    Defer,
    /// Push a token naming the running frame (for [`Op::DeferAt`]).
    FrameToken,
    /// Pop a frame token, then a packaged call: defer it in that frame (a `defer` in a
    /// range-over-func loop body belongs to the function running the loop).
    DeferAt,
    /// Run the next pending deferred call, or fall through when none is left.
    RunDefers,
    /// Return `n` values from the top of the stack.
    Ret(u32),
    Panic,
    Recover,

    /// Pop value, channel.
    Send,
    /// Pop channel; push value (and ok).
    Recv {
        ok: bool,
    },
    Close,
    /// Run `selects[i]`; the channels (and values to send) are on the stack.
    Select(u32),

    /// `print`/`println` to stderr: pop n values. Bit i of the two masks marks value i
    /// as printed in a form of its own (below); only the first 16 arguments can be marked
    /// (the compiler refuses a call that needs a mark further on).
    Print {
        n: u32,
        newline: bool,
        /// The arguments that are 64-bit unsigned integers, printed unsigned, or
        /// interfaces, a nil one printed `(0x0,0x0)` (the value tells which: an
        /// integer is never nil). One mask for both keeps the op small.
        unsigned_or_iface: u16,
        /// The arguments that are float32s, printed with float32's shortest digits,
        /// or slices, a nil one printed `[0/0]0x0`.
        float32_or_slice: u16,
    },
    /// Step through a string during `for range`: pop index, string; push next index,
    /// rune, and the byte index it starts at.
    NextRune,
    /// Prepare map iteration: pop a map, push an iterator snapshot: (map, a slice of
    /// its entries' serials in a chooser-picked rotation).
    MapKeys,
    /// Pop a serial, then a map; push the entry's key and value (`consts[zero]` when it
    /// is gone) and whether it is still there: a range's next entry, found by serial
    /// rather than by key, since a key holding a NaN is found by no lookup.
    MapEntry {
        zero: u32,
    },
    /// A runtime error with a fixed message (e.g. a missing return is impossible by
    /// checking, but a `switch` on nothing... ) — used for unreachable ends of functions.
    Unreachable,
}

/// Pseudo-natives: builtins packaged by `go`/`defer` (e.g. `defer close(ch)`).
pub mod builtin_native {
    pub const BASE: u32 = 1 << 20;
    pub const DELETE: u32 = BASE;
    pub const CLOSE: u32 = BASE + 1;
    pub const PANIC: u32 = BASE + 2;
    pub const RECOVER: u32 = BASE + 3;
}

/// One case of a compiled `select`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SelectCase {
    pub send: bool,
    pub want_ok: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SelectInfo {
    pub cases: Vec<SelectCase>,
    pub has_default: bool,
}

/// Where a function's code came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileId {
    User,
    /// A package of the built-in library, written in Go (see `crate::library`).
    Lib(u32),
}

#[derive(Clone, Debug)]
pub struct Func {
    /// Go's name as tracebacks print it: `main.main`, `main.(*Counter).Inc`, `main.main.func1`.
    pub name: String,
    pub file: FileId,
    pub nparams: u32,
    pub nresults: u32,
    /// Slots in all: params, results, captures, locals.
    pub nslots: u32,
    pub ncaptures: u32,
    /// Where a closure's captured cells go when it is called.
    pub capture_slots: Vec<u32>,
    /// Params whose variable escapes: boxed on entry.
    pub boxed_params: Vec<u32>,
    pub code: Vec<Op>,
    /// Superinstructions: for each pc, the run of instructions starting there that the
    /// interpreter may carry out as one (see [`fuse`]). Filled in once the
    /// code is final.
    pub fused: Vec<fuse::Fused>,
    pub spans: Vec<Span>,
    /// Where the epilogue (`RunDefers`, load results, `Ret`) starts.
    pub ret_pc: u32,
    /// Zero values for the result slots, as indices into `consts`.
    pub result_zeros: Vec<u32>,
    /// Each named variable's slot (for the locals view).
    pub slot_names: Vec<SlotName>,
    pub span: Span,
}

impl Func {
    /// A function with no code, parameters or slots yet (the compiler fills it in).
    pub fn empty(name: String, file: FileId, span: Span) -> Func {
        Func {
            name,
            file,
            nparams: 0,
            nresults: 0,
            nslots: 0,
            ncaptures: 0,
            capture_slots: vec![],
            boxed_params: vec![],
            code: vec![],
            fused: vec![],
            spans: vec![],
            ret_pc: 0,
            result_zeros: vec![],
            slot_names: vec![],
            span,
        }
    }
}

/// A named local variable of a function, for the locals view.
#[derive(Clone, Debug)]
pub struct SlotName {
    pub slot: u32,
    pub name: String,
    pub ty: TypeId,
    /// The slot holds a pointer to the variable's heap cell.
    pub boxed: bool,
    /// Where the name is declared (a byte offset in the function's file): the variable
    /// is shown once execution has passed it.
    pub decl: u32,
}

/// A native function the runtime implements in Rust.
#[derive(Clone, Debug)]
pub struct NativeDecl {
    pub name: String,
    pub nresults: u32,
}

#[derive(Clone, Debug)]
pub struct Global {
    pub name: String,
    pub ty: TypeId,
    /// Declared by the reader's program (package main), not by the library.
    pub user: bool,
}

/// The dynamic types of the values the runtime panics with (package runtime's
/// `errorString`, `plainError`, `boundsError`, `*TypeAssertionError`,
/// `*PanicNilError`, and the map package's `unhashableTypeError`): `%T` of a
/// recovered value names them as Go does. `ANY` where the runtime package is absent.
#[derive(Clone, Copy, Debug, Default)]
pub struct RuntimeErrorTypes {
    pub error_string: TypeId,
    pub plain: TypeId,
    pub bounds: TypeId,
    pub assertion_ptr: TypeId,
    pub panic_nil_ptr: TypeId,
    pub unhashable: TypeId,
}

#[derive(Clone, Debug)]
pub struct Program {
    pub types: TypeTable,
    pub funcs: Vec<Func>,
    pub consts: Vec<Value>,
    /// What a copy of each constant adds to the host's memory
    /// (`value::copy_words`; 0 but for array and struct values), charged to the
    /// heap's memory measure each time `Op::Const` copies it.
    pub const_words: Vec<u64>,
    pub globals: Vec<Global>,
    pub natives: Vec<NativeDecl>,
    pub selects: Vec<SelectInfo>,
    /// Method names interned for interface calls.
    pub method_names: Vec<Rc<str>>,
    /// The function that initialises package variables and then calls `main.main`.
    pub entry: u32,
    pub source: Rc<str>,
    pub source_map: SourceMap,
    pub lib_sources: Vec<(String, Rc<str>, SourceMap)>,
    /// The types of run-time error panic values, one per kind as in Go.
    pub runtime_errors: RuntimeErrorTypes,
    /// Go runs `go close(c)` (any builtin or library native, and every call with
    /// arguments) through a closure its compiler makes, named `main.main.gowrap2`
    /// in tracebacks. For `go` of a builtin or native, which has no function of its
    /// own here, (function, pc of its `Op::Go`, a code-less [`Func`] bearing that
    /// name and the statement's span), in the order compiled: the goroutine starts
    /// "in" it, so its lane is named as Go names it. Sorted by (function, pc).
    pub go_wrappers: Vec<(u32, u32, u32)>,
    /// The static interface type of each call through an interface value the reader's
    /// code makes on a variable of that type: (function, pc of its `Op::Call`, type),
    /// sorted. Only the memory panel's sub-steps read it (to name `tab.fun[k]`).
    pub iface_calls: Vec<(u32, u32, TypeId)>,
    /// The calls among `iface_calls` that Go's compiler cannot have devirtualized
    /// (function, pc), sorted: only there may a value method called through a nil
    /// pointer end in `runtime.panicwrap`'s message (see `compile_body_inner`).
    pub opaque_iface_calls: Vec<(u32, u32)>,
    /// The (interface, concrete type) pairs whose itabs Go's compiler builds for the
    /// reader's code (conversions to non-empty interfaces, assertions and type switch
    /// cases to concrete types from them), sorted: the itab cache starts with them, as
    /// Go's `itabsinit` adds the binary's itabs at startup.
    pub static_itabs: Vec<(TypeId, TypeId)>,
}

impl Program {
    /// The wrapper [`Program::go_wrappers`] records for the `go` at `pc` of `func`.
    pub fn go_wrapper(&self, func: u32, pc: u32) -> Option<u32> {
        self.go_wrappers
            .binary_search_by(|w| (w.0, w.1).cmp(&(func, pc)))
            .ok()
            .map(|i| self.go_wrappers[i].2)
    }

    /// The static interface type of the call at `pc` of `func`, if recorded.
    pub fn iface_call(&self, func: u32, pc: u32) -> Option<TypeId> {
        self.iface_calls
            .binary_search_by(|w| (w.0, w.1).cmp(&(func, pc)))
            .ok()
            .map(|i| self.iface_calls[i].2)
    }

    /// Whether the interface call at `pc` of `func` surely goes through the interface.
    pub fn iface_call_opaque(&self, func: u32, pc: u32) -> bool {
        self.opaque_iface_calls.binary_search(&(func, pc)).is_ok()
    }

    /// Line of a span in the user's file (1-based).
    pub fn line_of(&self, file: FileId, span: Span) -> u32 {
        match file {
            FileId::User => self.source_map.line_col(span.lo).0,
            FileId::Lib(i) => self
                .lib_sources
                .get(i as usize)
                .map(|l| l.2.line_col(span.lo).0)
                .unwrap_or(0),
        }
    }
}
