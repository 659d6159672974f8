//! From syntax tree to [`Program`]: type checking and code generation in one walk.
//!
//! The checker and the code generator share a walk because both need the same facts at
//! the same moment (the type of every operand, where every variable lives). Expression
//! compilation returns an [`Operand`] describing what it produced; constants are folded
//! and emitted only once the type they must take is known.
//!
//! Packages of the built-in library (`errors`, `strings`, `sync`, ...) are written in Go
//! (see [`crate::library`]) and compiled by this same compiler before the user's file.
//! A function declared there without a body is bound to a native of the runtime.

mod constant;
mod declorder;
mod expr;
mod generics;
mod initorder;
mod order;
mod refuse;
mod stmt;

use std::collections::HashMap;
use std::rc::Rc;

pub use constant::ConstVal;

use self::escape::NameSet;
use crate::code::{ConvCap, FileId, Func, Global, NativeDecl, Op, Program, SelectInfo};
use crate::syntax::ast::{self, Decl, Expr, FuncDecl, Span, TypeExpr, TypeExprKind};
use crate::syntax::{CompileError, Diagnostic, SourceMap};
use crate::types::{ids, Field, IfaceMethod, MethodDecl, TypeId, TypeKind, TypeTable};
use crate::value::Value;
use crate::vecmap::VecMap;

pub type CResult<T> = Result<T, Diagnostic>;

/// The builtin functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Copy,
    Delete,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Recover,
    /// `unsafe.Sizeof`, `Alignof`, `Offsetof`: members of package unsafe, not of the
    /// universe (so not in [`Builtin::ALL`]).
    Sizeof,
    Alignof,
    Offsetof,
}

impl Builtin {
    const ALL: [Builtin; 15] = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Recover,
    ];

    /// The Go name: one table for the universe scope and for messages (not a derived
    /// `Debug`, whose code and strings would come along into the wasm).
    pub fn name(self) -> &'static str {
        const NAMES: [&str; 18] = [
            "append",
            "cap",
            "clear",
            "close",
            "copy",
            "delete",
            "len",
            "make",
            "max",
            "min",
            "new",
            "panic",
            "print",
            "println",
            "recover",
            "unsafe.Sizeof",
            "unsafe.Alignof",
            "unsafe.Offsetof",
        ];
        NAMES[self as usize]
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// A value on the stack (for a tuple type: several values).
    Value,
    Const(ConstVal),
    Type,
    Builtin(Builtin),
    Package(usize),
    /// A call of a function without results.
    Void,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
}

impl Operand {
    fn value(ty: TypeId) -> Operand {
        Operand {
            mode: Mode::Value,
            ty,
        }
    }

    /// A constant `v` of type `ty` (untyped kinds included).
    fn constant(v: ConstVal, ty: TypeId) -> Operand {
        Operand {
            mode: Mode::Const(v),
            ty,
        }
    }

    /// A type used as an operand (a conversion's callee, a composite's type).
    fn of_type(t: TypeId) -> Operand {
        Operand {
            mode: Mode::Type,
            ty: t,
        }
    }
}

/// What a name means.
#[derive(Clone, Debug)]
pub enum Entity {
    Var(VarLoc, TypeId),
    Const(ConstVal, TypeId),
    Type(TypeId),
    Func(u32, TypeId),
    Builtin(Builtin),
    Package(usize),
    Nil,
    /// A generic function or type (an index into `Compiler::generics`).
    Generic(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarLoc {
    Local(u32),
    /// The slot holds a pointer to a heap cell.
    Boxed(u32),
    Global(u32),
}

/// A captured variable: name, slot in the closure, location in the enclosing function,
/// type.
type Capture = (String, u32, VarLoc, TypeId);

struct LocalVar {
    loc: VarLoc,
    ty: TypeId,
    /// Index into `FuncState::vars_used`.
    use_idx: usize,
}

/// A loop, switch or select that `break` (and for loops `continue`) can leave.
struct Breakable {
    label: Option<String>,
    is_loop: bool,
    breaks: Vec<usize>,
    continues: Vec<usize>,
}

/// The state of the function being compiled.
struct FuncState {
    func: u32,
    code: Vec<Op>,
    spans: Vec<Span>,
    scopes: Vec<VecMap<String, LocalVar>>,
    nslots: u32,
    /// Names that must live on the heap: captured by a closure or addressed.
    escaping: Rc<NameSet>,
    /// Slice variables whose appends get Go's 32-byte stack buffer.
    stack_slices: escape::SliceFacts,
    /// Captured variables: (name, slot here, location in the enclosing function, type).
    captures: Vec<Capture>,
    results: Vec<TypeId>,
    result_slots: Vec<(u32, bool)>,
    named_results: bool,
    breakables: Vec<Breakable>,
    /// Where each labeled statement starts (name, pc), for the gotos to it.
    label_pcs: Vec<(String, usize)>,
    /// Each goto's label, jump and where its label is written, patched at the end.
    gotos: Vec<(String, usize, Span)>,
    /// Jumps to patch to the epilogue.
    returns: Vec<usize>,
    vars_used: Vec<(bool, Span, String)>,
    slot_names: Vec<crate::code::SlotName>,
    /// The label given to the statement being compiled next.
    pending_label: Option<String>,
    /// (pc, slot) of each call through an interface held in a local variable's slot:
    /// see `opaque_iface_calls` in `compile_body_inner`.
    slot_iface_calls: Vec<(u32, u32)>,
}

impl FuncState {
    /// The state of a body about to be compiled into function `func`.
    fn new(
        func: u32,
        escaping: Rc<NameSet>,
        stack_slices: escape::SliceFacts,
        captures: Vec<Capture>,
        results: Vec<TypeId>,
        named_results: bool,
    ) -> FuncState {
        FuncState {
            func,
            code: vec![],
            spans: vec![],
            scopes: vec![VecMap::new()],
            nslots: 0,
            escaping,
            stack_slices,
            captures,
            results,
            result_slots: vec![],
            named_results,
            breakables: vec![],
            label_pcs: vec![],
            gotos: vec![],
            returns: vec![],
            vars_used: vec![],
            slot_names: vec![],
            pending_label: None,
            slot_iface_calls: vec![],
        }
    }
}

pub struct Package {
    pub name: String,
    pub path: String,
    pub scope: VecMap<String, Entity>,
    /// Imports of the file being compiled: name -> package index, and whether used.
    imports: VecMap<String, (usize, Span, bool)>,
}

pub struct Compiler {
    pub types: TypeTable,
    funcs: Vec<Func>,
    consts: Vec<Value>,
    /// `usize`, not `u32`, values: the same table type as the VM's Go-map index
    /// (`value::MapObj::index`), so the wasm carries one copy of its hash-table code.
    const_index: HashMap<Value, usize>,
    globals: Vec<Global>,
    natives: Vec<NativeDecl>,
    selects: Vec<SelectInfo>,
    method_names: Vec<Rc<str>>,
    method_name_index: VecMap<String, u32>,
    pub packages: Vec<Package>,
    cur_pkg: usize,
    fs: Vec<FuncState>,
    /// When set, nothing is emitted: used to learn an operand's type before its code.
    dry: u32,
    /// What [`Compiler::peek`] found, by expression address and `fn_serial`, while
    /// `peek_depth` peeks are under way.
    peek_cache: std::collections::HashMap<(usize, u32), Operand>,
    peek_depth: u32,
    /// A number of its own for each function body being compiled (0: package level),
    /// so a body compiled twice (a function literal peeked, a generic instantiated
    /// again) never reuses a peek from another compilation.
    fn_serial: u32,
    fn_serials: u32,
    /// The statements being compiled in gc's evaluation order, innermost last
    /// (`order.rs`).
    order: Vec<order::OrderCtx>,
    /// Set while a package variable's composite literal is compiled: gc initializes
    /// its elements one by one, each ordered as a statement of its own.
    elem_order: bool,
    /// The type a non-constant shift of an untyped constant takes in the expression
    /// being compiled: Go gives the constant "the type it would assume if the shift
    /// expression were replaced by its left operand alone" (`var u uint = 1 << n`
    /// shifts a uint). Set by [`Compiler::expr_to`] and binary operators for the
    /// operand they compile next; `expr` takes it at once, so it reaches only that
    /// operand's own shift, parentheses, unary and arithmetic operators.
    shift_type: Option<TypeId>,
    /// Every (func-literal counter) per enclosing named function, for Go's `func1` names.
    lit_counter: VecMap<String, u32>,
    /// The range-over-func loop bodies being compiled, innermost last.
    range_funcs: Vec<stmt::RangeFuncCtx>,
    file: FileId,
    lib_sources: Vec<(String, Rc<str>, SourceMap)>,
    /// Package-level var initialisers, compiled into the entry function.
    init_code: Vec<(Op, Span)>,
    /// Frame slots the package initialisers use as temporaries (a call spreading a
    /// multi-value call over its arguments, `var _ = f()(g())`): the entry function's.
    init_slots: u32,
    /// The `init` functions, in the order they run (package by package, then source
    /// order): after every package variable is initialised, before `main.main`.
    inits: Vec<u32>,
    /// Constants and types declared inside functions (scopes refer to them by index).
    local_entities: Vec<Entity>,
    /// Set by go/defer: the next call is packaged instead of made.
    pack_mode: bool,
    /// Set when the call a go/defer statement packaged is a plain `f()` of a function
    /// or func value with no parameters and no results: the one kind Go's compiler
    /// does not wrap in a `gowrapN`/`deferwrapN` closure.
    pack_plain: bool,
    /// Go's wrapper counter per function (shared by `gowrap` and `deferwrap`).
    go_wrap_counter: VecMap<String, u32>,
    /// (function, pc of its `Op::Go`, placeholder func named as Go's wrapper) for each
    /// `go` of a builtin or library native: see [`Program::go_wrappers`].
    go_wrappers: Vec<(u32, u32, u32)>,
    /// Calls through an interface: see [`Program::iface_calls`].
    iface_calls: Vec<(u32, u32, TypeId)>,
    /// See [`Program::opaque_iface_calls`].
    opaque_iface_calls: Vec<(u32, u32)>,
    /// The itabs Go's compiler would build for the program: see [`Program::static_itabs`].
    static_itabs: Vec<(TypeId, TypeId)>,
    /// Set while generic bodies are checked with stand-in types (code never run).
    checking_generics: bool,
    /// The `append` about to be compiled stores into a non-escaping local slice.
    append_stack_buf: bool,
    /// The variable the `append` about to be compiled is stored into, set with
    /// `append_stack_buf`.
    append_dest: Option<String>,
    /// Whether that variable is new (declared by this `:=`), and then whether it
    /// is a plain local (not boxed).
    append_dest_new: Option<bool>,
    /// The unused variables (span, name) of the body whose compile failed last.
    unused_at_error: Vec<(Span, String)>,
    /// The field or pointer target (`x.f`, `*p`) the `append` about to be compiled is stored into.
    append_place: Option<ast::Expr>,
    /// The capacity rules (for `[]byte(s)`, for `[]rune(s)`) of a conversion at this
    /// span (the whole right-hand side of the assignment being compiled); set around
    /// it as `append_stack_buf` is. Any other conversion of a non-constant string is
    /// `ConvCap::Loose`.
    conv_cap: Option<(Span, ConvCap, ConvCap)>,
    /// Which slice parameters of the program's functions never escape.
    slice_params: Rc<escape::ParamSummary>,
    /// The captures of the function body compiled last (read by closure creation).
    last_captures: Vec<Capture>,
    /// Every parsed file, kept so generic declarations can be compiled per instance.
    ast_files: Vec<Rc<ast::File>>,
    generics: Vec<generics::GenericDef>,
    /// The type arguments bound to the type parameters of the instance being
    /// compiled (see `generics`).
    tparams: VecMap<String, TypeId>,
    /// Instance bodies waiting to be compiled.
    pending: Vec<generics::Pending>,
    /// The unions of constraint interfaces, by marker index.
    typesets: Vec<generics::TypeSet>,
    /// Each instance of a generic type: (its generic, its type arguments).
    instance_of: VecMap<u32, (u32, Vec<TypeId>)>,
    /// The signature of each generic function instance.
    func_sigs: VecMap<u32, TypeId>,
    /// The predeclared `comparable`, made on first use.
    comparable_t: TypeId,
    /// Whether types being resolved are a constraint (where type sets may appear).
    in_constraint: bool,
    /// The user's file's positions, for `declared at ./prog.go:L:C`.
    user_map: Option<SourceMap>,
    /// The stand-ins for type parameters that `generics::check_generic_bodies` uses.
    stand_in_types: Vec<(TypeId, String)>,
    /// What each stand-in's type set allows: whether every type in it is comparable,
    /// and its terms (empty when the constraint has none), so an operation the first
    /// term allows but another does not is Go's error, not accepted.
    stand_in_sets: Vec<(TypeId, bool, Vec<TypeId>)>,
}

/// The message for an import the library lacks: a standard package is a missing
/// feature; any other path is not Go's standard library at all, as Go says.
fn unavailable(path: &str) -> String {
    if crate::library::std_paths::is_std(path) {
        format!("not supported here: package {path}")
    } else if path
        .split('/')
        .next()
        .is_some_and(|first| first.contains('.'))
    {
        format!("not supported here: packages outside the standard library ({path})")
    } else {
        format!("package {path} is not in std")
    }
}

/// A parsed library package: its import path, its text's address, its tree and line map.
type LibraryTree = (&'static str, usize, Rc<ast::File>, SourceMap);

thread_local! {
    /// Each library package's syntax tree, parsed once per thread: every program compiles
    /// its imports anew (the compiler's tables are per program), but the trees are shared
    /// (`Rc`) and never changed, and parsing fmt, sync, time and their imports again was a
    /// good part of each widget's mount in the browser. Keyed by the text's address too, so
    /// a text registered later under the same path can never meet an old tree.
    static LIBRARY_TREES: std::cell::RefCell<Vec<LibraryTree>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Library package `path`'s tree and line map (its text is `src`), parsed on first use.
fn parsed_library(
    path: &'static str,
    src: &'static str,
) -> Result<(Rc<ast::File>, SourceMap), CompileError> {
    let key = src.as_ptr() as usize;
    let cached = LIBRARY_TREES.with(|trees| {
        trees
            .borrow()
            .iter()
            .find(|(p, k, _, _)| *p == path && *k == key)
            .map(|(_, _, file, map)| (file.clone(), map.clone()))
    });
    if let Some(found) = cached {
        return Ok(found);
    }
    let map = SourceMap::new(src);
    let file =
        Rc::new(crate::syntax::parse(src).map_err(|d| d.locate(&format!("{path}.go"), &map))?);
    LIBRARY_TREES.with(|trees| {
        trees
            .borrow_mut()
            .push((path, key, file.clone(), map.clone()))
    });
    Ok((file, map))
}

/// Compiles `src` (the user's `prog.go`) with the library packages it imports.
pub fn compile(src: &str) -> Result<Program, CompileError> {
    let map = SourceMap::new(src);
    let render = |d: Diagnostic| d.locate("prog.go", &map);
    let file = Rc::new(crate::syntax::parse(src).map_err(render)?);
    let mut c = Compiler::new();
    c.user_map = Some(map.clone());
    // Library packages first, in dependency order.
    let mut needed: Vec<&'static str> = vec![];
    for imp in &file.imports {
        if !crate::library::is_importable(&imp.path) {
            return Err(render(Diagnostic::new(imp.span, unavailable(&imp.path))));
        }
        crate::library::with_deps(&imp.path, &mut needed);
        // A lazily loaded package (the widget's build) that has not been loaded: the
        // widget fetches it before compiling, so this is a fetch that failed.
        if let Some(path) = needed
            .iter()
            .find(|path| crate::library::source(path).is_none())
        {
            return Err(render(Diagnostic::new(
                imp.span,
                format!("package {path} could not be loaded"),
            )));
        }
    }
    if !needed.contains(&"runtime") {
        needed.insert(0, "runtime");
    }
    for path in needed {
        let Some(lib_src) = crate::library::source(path) else {
            continue;
        };
        let (lib_file, lib_map) = parsed_library(path, lib_src)?;
        let id = c.lib_sources.len() as u32;
        c.lib_sources
            .push((path.to_string(), Rc::from(lib_src), lib_map.clone()));
        let idx = c
            .compile_package(lib_file, path, FileId::Lib(id))
            .map_err(|d| d.locate(&format!("{path}.go"), &lib_map))?;
        if path == "unsafe" {
            // The layout functions are the compiler's; the file declares nothing.
            for b in [Builtin::Sizeof, Builtin::Alignof, Builtin::Offsetof] {
                let name = b.name().trim_start_matches("unsafe.");
                c.packages[idx]
                    .scope
                    .insert(name.into(), Entity::Builtin(b));
            }
        }
    }
    if file.package.name != "main" {
        return Err(render(Diagnostic::new(
            file.package.span,
            format!(
                "package {} is not a main package (only package main can be run here)",
                file.package.name
            ),
        )));
    }
    let main_pkg = c
        .compile_package(file.clone(), "main", FileId::User)
        .map_err(|d| render(at_operator(src, at_define_operator(src, d))))?;
    c.check_bodies_present(&file, src).map_err(render)?;
    let main_fn = match c.packages[main_pkg].scope.get("main") {
        Some(Entity::Func(f, _)) => *f,
        _ => {
            return Err(render(Diagnostic::new(
                Span::default(),
                "function main is undeclared in the main package",
            )))
        }
    };
    Ok(c.finish(main_fn, src, map))
}

/// A constant overflow is reported at its operator: its span is the gap between the
/// operands (`overflow_at_operator`), whose first character past blanks is the operator.
fn at_operator(src: &str, mut d: Diagnostic) -> Diagnostic {
    if d.message.starts_with("constant ") && d.message.ends_with("overflow") {
        let lo = d.span.lo as usize;
        if let Some(rest) = src.get(lo..) {
            let skip = rest.len() - rest.trim_start().len();
            d.span = Span::new((lo + skip) as u32, (lo + skip + 1) as u32);
        }
    }
    d
}

/// gc reports `no new variables on left side of :=` at the `:=`, which the tree does
/// not keep: the statement starts at its left side, names and commas only, so the
/// operator is the first `:=` after that start (a range clause's is reported at its `for`).
fn at_define_operator(src: &str, mut d: Diagnostic) -> Diagnostic {
    let lo = d.span.lo as usize;
    let at_for = src.get(lo..).is_some_and(|rest| {
        rest.starts_with("for") && !rest[3..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
    });
    if d.message == "no new variables on left side of :=" && !at_for {
        if let Some(i) = src.get(lo..).and_then(|rest| rest.find(":=")) {
            d.span = Span::new((lo + i) as u32, (lo + i + 2) as u32);
        }
    }
    d
}

/// The names a spec declares, as text (`var a, b int` gives `a`, `b`).
fn names(idents: &[ast::Ident]) -> impl Iterator<Item = &str> {
    idents.iter().map(|n| n.name.as_str())
}

/// A method receiver's base type and whether the receiver is a pointer to it.
fn receiver_base(ty: &TypeExpr) -> (&TypeExpr, bool) {
    match &ty.kind {
        TypeExprKind::Pointer(inner) => (inner.as_ref(), true),
        _ => (ty, false),
    }
}

/// A parameter or result: its name (none when the list names none, `func(int) error`)
/// and its type.
type Named<'a> = (Option<&'a ast::Ident>, TypeId);

/// Each declared parameter (or result) with its type, in order: what
/// [`Compiler::compile_body`] binds.
fn named<'a>(decl: &'a [ast::Param], types: &[TypeId]) -> Vec<Named<'a>> {
    decl.iter()
        .zip(types)
        .map(|(p, t)| (p.name.as_ref(), *t))
        .collect()
}

impl Compiler {
    fn new() -> Compiler {
        Compiler {
            types: TypeTable::new(),
            funcs: vec![],
            consts: vec![],
            const_index: HashMap::new(),
            globals: vec![],
            natives: vec![],
            selects: vec![],
            method_names: vec![],
            method_name_index: VecMap::new(),
            packages: vec![],
            cur_pkg: 0,
            fs: vec![],
            dry: 0,
            peek_cache: Default::default(),
            peek_depth: 0,
            fn_serial: 0,
            fn_serials: 0,
            order: vec![],
            elem_order: false,
            shift_type: None,
            lit_counter: VecMap::new(),
            range_funcs: vec![],
            file: FileId::User,
            lib_sources: vec![],
            init_code: vec![],
            init_slots: 0,
            inits: vec![],
            local_entities: vec![],
            last_captures: vec![],
            pack_mode: false,
            pack_plain: false,
            go_wrap_counter: VecMap::new(),
            go_wrappers: vec![],
            iface_calls: vec![],
            opaque_iface_calls: vec![],
            static_itabs: vec![],
            checking_generics: false,
            append_stack_buf: false,
            append_dest: None,
            append_dest_new: None,
            unused_at_error: vec![],
            append_place: None,
            conv_cap: None,
            slice_params: Rc::default(),
            ast_files: vec![],
            generics: vec![],
            tparams: VecMap::new(),
            pending: vec![],
            typesets: vec![],
            instance_of: VecMap::new(),
            func_sigs: VecMap::new(),
            comparable_t: ids::INVALID,
            in_constraint: false,
            user_map: None,
            stand_in_types: vec![],
            stand_in_sets: vec![],
        }
    }

    fn finish(mut self, main_fn: u32, src: &str, map: SourceMap) -> Program {
        if self.natives.iter().any(|n| n.name.starts_with("reflect.")) {
            self.intern_for_reflect();
        }
        // The entry function: package variable initialisers, then main.main.
        let mut code: Vec<Op> = vec![];
        let mut spans = vec![];
        for (op, sp) in std::mem::take(&mut self.init_code) {
            code.push(op);
            spans.push(sp);
        }
        for &init in &self.inits {
            code.push(Op::Call {
                kind: crate::code::CallKind::Static(init),
                nargs: 0,
            });
            spans.push(Span::default());
        }
        code.push(Op::Call {
            kind: crate::code::CallKind::Static(main_fn),
            nargs: 0,
        });
        spans.push(Span::default());
        let ret_pc = code.len() as u32;
        code.push(Op::RunDefers);
        code.push(Op::Ret(0));
        spans.push(Span::default());
        spans.push(Span::default());
        let runtime_errors = self.runtime_error_types();
        let entry = self.funcs.len() as u32;
        self.funcs.push(Func {
            code,
            spans,
            ret_pc,
            nslots: self.init_slots,
            ..Func::empty("runtime.main".into(), FileId::User, Span::default())
        });
        let mut go_wrappers = std::mem::take(&mut self.go_wrappers);
        go_wrappers.sort_unstable();
        let mut iface_calls = std::mem::take(&mut self.iface_calls);
        iface_calls.sort_unstable();
        let mut opaque_iface_calls = std::mem::take(&mut self.opaque_iface_calls);
        opaque_iface_calls.sort_unstable();
        let mut static_itabs = std::mem::take(&mut self.static_itabs);
        static_itabs.sort_unstable();
        static_itabs.dedup();
        let mut funcs = self.funcs;
        for f in &mut funcs {
            f.fused = crate::code::fuse::plan(&f.code);
        }
        Program {
            types: self.types,
            funcs,
            const_words: self.consts.iter().map(crate::value::copy_words).collect(),
            consts: self.consts,
            globals: self.globals,
            natives: self.natives,
            selects: self.selects,
            method_names: self.method_names,
            entry,
            source: Rc::from(src),
            source_map: map,
            lib_sources: self.lib_sources,
            runtime_errors,
            go_wrappers,
            iface_calls,
            opaque_iface_calls,
            static_itabs,
        }
    }

    // ----- small helpers -------------------------------------------------------------

    fn err<T>(&self, span: Span, msg: impl Into<String>) -> CResult<T> {
        Err(Diagnostic::new(span, msg))
    }

    /// Go's message for a declaration whose names and values do not pair up.
    fn assign_count_err<T>(&self, at: Span, vars: usize, values: usize) -> CResult<T> {
        self.err(
            at,
            format!(
                "assignment mismatch: {vars} variable{} but {values} value{}",
                plural(vars),
                plural(values)
            ),
        )
    }

    pub(crate) fn konst(&mut self, v: Value) -> u32 {
        if let Some(&i) = self.const_index.get(&v) {
            return i as u32;
        }
        let i = self.consts.len();
        self.consts.push(v.clone());
        self.const_index.insert(v, i);
        i as u32
    }

    fn method_name_id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.method_name_index.get(name) {
            return i;
        }
        let i = self.method_names.len() as u32;
        self.method_names.push(Rc::from(name));
        self.method_name_index.insert(name.to_string(), i);
        i
    }

    /// Records that the program's own code needs the itab for (`inter`, `concrete`) at a
    /// place the compiler sees: a conversion of a concrete type to a non-empty interface,
    /// or an assertion or type switch case to a concrete type from one. Go's compiler
    /// builds those itabs into the binary (`go:itab.T,I`) and `itabsinit` adds them to
    /// the runtime's table at startup. The library's own conversions are left out: its
    /// code is not Go's, so neither are the itabs it would need.
    fn note_static_itab(&mut self, inter: TypeId, concrete: TypeId) {
        if self.dry > 0
            || self.checking_generics
            || self.file != FileId::User
            || self.types.is_interface(concrete)
            || !self.types.is_interface(inter)
            || self.types.iface_methods(inter).is_empty()
        {
            return;
        }
        self.static_itabs.push((inter, concrete));
    }

    fn emit(&mut self, op: Op, span: Span) -> usize {
        if self.dry > 0 {
            return 0;
        }
        match self.fs.last_mut() {
            Some(f) => {
                f.code.push(op);
                f.spans.push(span);
                f.code.len() - 1
            }
            None => {
                self.init_code.push((op, span));
                self.init_code.len() - 1
            }
        }
    }

    fn here(&self) -> usize {
        match self.fs.last() {
            Some(f) => f.code.len(),
            None => self.init_code.len(),
        }
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        if self.dry > 0 {
            return;
        }
        let target = self.here() as u32;
        let op = match self.fs.last_mut() {
            Some(f) => &mut f.code[at],
            None => &mut self.init_code[at].0,
        };
        match op {
            Op::Jump(t) | Op::JumpIf(t) | Op::JumpIfNot(t) => *t = target,
            _ => {}
        }
    }

    fn zero_const(&mut self, t: TypeId) -> u32 {
        let z = self.zero_value(t);
        self.konst(z)
    }

    /// The zero value of a type, as a run-time value.
    pub(crate) fn zero_value(&self, t: TypeId) -> Value {
        crate::value::zero_value(&self.types, t)
    }

    fn cur(&mut self) -> &mut FuncState {
        self.fs.last_mut().expect("inside a function")
    }

    // ----- packages and declarations ----------------------------------------------

    fn compile_package(&mut self, file: Rc<ast::File>, path: &str, fid: FileId) -> CResult<usize> {
        self.ast_files.push(file.clone());
        let file = &*file;
        let pkg_idx = self.packages.len();
        self.packages.push(Package {
            name: file.package.name.clone(),
            path: path.to_string(),
            scope: VecMap::new(),
            imports: VecMap::new(),
        });
        self.cur_pkg = pkg_idx;
        self.file = fid;
        for imp in &file.imports {
            let Some(idx) = self.packages.iter().position(|p| p.path == imp.path) else {
                return self.err(
                    imp.span,
                    format!("package {} is not available yet", imp.path),
                );
            };
            let name = match &imp.name {
                Some(n) => n.name.clone(),
                None => self.packages[idx].name.clone(),
            };
            if name == "_" {
                continue;
            }
            if name == "." {
                return self.err(imp.span, "not supported here: dot imports");
            }
            if self.packages[pkg_idx].imports.contains_key(&name) {
                self.redeclared(imp.span, &name)?;
            }
            self.packages[pkg_idx]
                .imports
                .insert(name, (idx, imp.span, false));
        }
        let pkg_name = file.package.name.clone();

        // 1. Type names, so that types may refer to each other in any order.
        let mut type_specs = vec![];
        for (di, d) in file.decls.iter().enumerate() {
            if let Decl::Type(specs) = d {
                for (si, s) in specs.iter().enumerate() {
                    if !s.tparams.is_empty() {
                        // A generic alias too (Go 1.24): see `generics::alias_instance`.
                        self.declare_generic(&s.name, &s.tparams, di, Some(si))?;
                        continue;
                    }
                    self.check_redeclared(&s.name)?;
                    if s.alias {
                        type_specs.push((s, None));
                    } else {
                        let t = self.types.new_named(&pkg_name, &s.name.name, ids::INVALID);
                        self.packages[pkg_idx]
                            .scope
                            .insert(s.name.name.clone(), Entity::Type(t));
                        type_specs.push((s, Some(t)));
                    }
                }
            }
        }
        // Methods of generic types join their type (each instance gets them).
        for (di, d) in file.decls.iter().enumerate() {
            if let Decl::Func(f) = d {
                if let Some(g) = f.recv.as_ref().and_then(|r| self.receiver_generic(r)) {
                    // Go 1.27 lets a method have type parameters of its own; the
                    // engine instantiates only functions and types.
                    if !f.tparams.is_empty() {
                        return self.err(
                            f.name.span,
                            "not supported here: methods with type parameters",
                        );
                    }
                    self.generics[g].methods.push(di);
                }
            }
        }
        // An array length may name a constant declared further down (`type grid
        // [N]int`): such a type waits until the constants are declared, which the
        // other types do not need (they refer to each other by name only).
        // One walk of the declarations gathers the constant specs (step 1b
        // declares them), their names, and the variables' names (a constant naming
        // one is refused there, not reported as undefined).
        let mut const_specs: Vec<&ast::ConstSpec> = Vec::new();
        let mut const_names: Vec<&str> = Vec::new();
        let mut var_names: Vec<&str> = Vec::new();
        for d in &file.decls {
            match d {
                Decl::Const(specs) => {
                    const_specs.extend(specs);
                    const_names.extend(specs.iter().flat_map(|s| names(&s.names)));
                }
                Decl::Var(specs) => var_names.extend(specs.iter().flat_map(|s| names(&s.names))),
                _ => {}
            }
        }
        // Resolve each declaration after those it needs resolved (`declorder`);
        // one whose array length names a constant waits for the constants.
        let aliases: Vec<&str> = type_specs
            .iter()
            .filter(|(s, _)| s.alias)
            .map(|(s, _)| s.name.name.as_str())
            .collect();
        let deps: Vec<Vec<&str>> = type_specs
            .iter()
            .map(|(s, _)| {
                let mut d = declorder::eager_deps(&s.ty, &aliases);
                d.retain(|n| *n != s.name.name);
                d
            })
            .collect();
        let all = (0..type_specs.len()).collect();
        let waiting =
            self.resolve_type_specs(pkg_idx, &type_specs, &deps, all, Some(&const_names))?;
        // 1b. Constants, each after the constants it names.
        self.declare_package_consts(const_specs, &const_names, &var_names)?;
        let cyclic = self.resolve_type_specs(pkg_idx, &type_specs, &deps, waiting, None)?;
        // What is left needs itself, directly or not: invalid in Go.
        if let Some(msg) = cycle_message(
            &cyclic,
            |i| type_specs[i].0.name.name.as_str(),
            |i| {
                deps[i]
                    .iter()
                    .filter_map(|d| {
                        cyclic
                            .iter()
                            .copied()
                            .find(|&j| type_specs[j].0.name.name == *d)
                    })
                    .collect()
            },
            "invalid recursive type",
        ) {
            let at = cyclic
                .iter()
                .copied()
                .find(|&i| msg.1 == i)
                .unwrap_or(cyclic[0]);
            return self.err(type_specs[at].0.name.span, msg.0);
        }
        for i in cyclic {
            let (s, named) = type_specs[i];
            let u = self.resolve_type_spec(&s.ty)?;
            self.set_type_spec(pkg_idx, s, named, u)?;
        }
        // A type that contains itself by value (`type T struct{ t T }`).
        for (s, named) in &type_specs {
            if let Some(msg) =
                named.and_then(|t| recursive_type_error(&self.types, t, &s.name.name))
            {
                return self.err(s.name.span, msg);
            }
        }
        // Sizes again now that every named type has its underlying type.
        for (s, named) in &type_specs {
            if let Some(t) = named {
                self.check_value_size(*t, s.name.span)?;
            }
        }

        // 2. Function and method signatures.
        let mut bodies: Vec<(&FuncDecl, u32)> = vec![];
        for (di, d) in file.decls.iter().enumerate() {
            if let Decl::Func(f) = d {
                if f.recv
                    .as_ref()
                    .and_then(|r| self.receiver_generic(r))
                    .is_some()
                {
                    continue;
                }
                if !f.tparams.is_empty() {
                    if f.recv.is_some() {
                        return self.err(
                            f.name.span,
                            "not supported here: methods with type parameters",
                        );
                    }
                    if f.name.name == "main" || f.name.name == "init" {
                        return self.err(
                            f.name.span,
                            format!("func {} must have no type parameters", f.name.name),
                        );
                    }
                    if f.body.is_none() {
                        // The library declares no generic natives; the program's is Go's
                        // type error.
                        return self.err(f.name.span, "generic function is missing function body");
                    }
                    self.declare_generic(&f.name, &f.tparams, di, None)?;
                    continue;
                }
                let id = self.declare_func(f, &pkg_name)?;
                if let Some(id) = id {
                    bodies.push((f, id));
                }
            }
        }

        // 3. Variables in initialization order.
        match initorder::order(&file.decls) {
            Ok(specs) => {
                for s in specs {
                    self.declare_global(s)?;
                }
            }
            Err(cycle) => {
                // Go's first line; the path below names only the variables (Go also
                // names the functions between them, with their positions).
                let first = cycle.path[0];
                let mut msg = format!("initialization cycle for {}", first.name);
                if cycle.direct {
                    msg = format!("initialization cycle: {} refers to itself", first.name);
                } else {
                    for (i, v) in cycle.path.iter().enumerate() {
                        let next = cycle.path[(i + 1) % cycle.path.len()];
                        msg.push_str(&format!("\n\t{} refers to {}", v.name, next.name));
                    }
                }
                return self.err(first.span, msg);
            }
        }

        // 4. Bodies.
        if fid == FileId::User {
            self.slice_params = Rc::new(escape::ParamSummary::of(file));
        }
        for (f, id) in bodies {
            self.compile_func_decl(f, id)?;
        }
        self.compile_pending()?;
        if fid == FileId::User {
            self.check_generic_bodies(pkg_idx)?;
        }
        // 5. Imports never used (the library's generic bodies are compiled later,
        // when a program instantiates them, so only the program's are checked).
        if fid != FileId::User {
            return Ok(pkg_idx);
        }
        let mut unused: Vec<(Span, String)> = self.packages[pkg_idx]
            .imports
            .values()
            .filter(|(_, _, used)| !used)
            .map(|(idx, sp, _)| (*sp, self.packages[*idx].path.clone()))
            .collect();
        crate::sorting::sort_by(&mut unused, |a, b| a.0.lo.cmp(&b.0.lo));
        if let Some((sp, path)) = unused.first() {
            return self.err(*sp, format!("\"{path}\" imported and not used"));
        }
        Ok(pkg_idx)
    }

    /// A bodiless function of the program's own: declared as a native like the library's,
    /// it has no implementation. Go's compiler reports it after type checking, so after
    /// every other error here; with `//go:linkname` Go binds it to a runtime symbol,
    /// which the engine cannot do.
    fn check_bodies_present(&self, file: &ast::File, src: &str) -> CResult<()> {
        let Some(f) = file.decls.iter().find_map(|d| match d {
            Decl::Func(f) if f.body.is_none() => Some(f),
            _ => None,
        }) else {
            return Ok(());
        };
        if src.contains("//go:linkname") {
            return self.err(f.name.span, "not supported here: //go:linkname");
        }
        self.err(f.name.span, "missing function body")
    }

    /// Resolves the type declarations `todo` (indices into `specs`) in rounds: each
    /// round, those whose `deps` are all resolved. With `const_names`, one whose type
    /// names a constant not declared yet is left for later. Returns the indices left
    /// (waiting for constants, or needing one another in a cycle), in source order.
    fn resolve_type_specs(
        &mut self,
        pkg_idx: usize,
        specs: &[(&ast::TypeSpec, Option<TypeId>)],
        deps: &[Vec<&str>],
        mut todo: Vec<usize>,
        const_names: Option<&[&str]>,
    ) -> CResult<Vec<usize>> {
        let mut left = vec![];
        loop {
            let unresolved: Vec<&str> = todo
                .iter()
                .chain(&left)
                .map(|&i| specs[i].0.name.name.as_str())
                .collect();
            let (ready, rest): (Vec<usize>, Vec<usize>) = todo
                .iter()
                .partition(|&&i| deps[i].iter().all(|d| !unresolved.contains(d)));
            if ready.is_empty() {
                break;
            }
            todo = rest;
            for i in ready {
                let (s, named) = specs[i];
                let u = match self.resolve_type_spec(&s.ty) {
                    Ok(u) => u,
                    Err(e)
                        if const_names.is_some_and(|cs| {
                            e.message
                                .strip_prefix("undefined: ")
                                .is_some_and(|n| cs.contains(&n))
                        }) =>
                    {
                        left.push(i);
                        continue;
                    }
                    Err(e) => return Err(e),
                };
                self.set_type_spec(pkg_idx, s, named, u)?;
            }
        }
        left.extend(todo);
        left.sort_unstable();
        Ok(left)
    }

    /// Declares the package's constants, each after the constants it names (Go
    /// allows any order: `b = c + 1` before `c = 2`). A declaration that fails on
    /// an undefined name that is a constant still to come is tried again once
    /// others are in; when a round declares nothing, its first error is reported.
    fn declare_package_consts(
        &mut self,
        mut todo: Vec<&ast::ConstSpec>,
        const_names: &[&str],
        var_names: &[&str],
    ) -> CResult<()> {
        while !todo.is_empty() {
            let mut later = vec![];
            let mut first_err = None;
            let round = todo.len();
            for s in std::mem::take(&mut todo) {
                let fresh: Vec<&str> = s
                    .names
                    .iter()
                    .map(|n| n.name.as_str())
                    .filter(|n| !self.packages[self.cur_pkg].scope.contains_key(*n))
                    .collect();
                match self.declare_const(s) {
                    Ok(()) => {}
                    Err(e)
                        if e.message.strip_prefix("undefined: ").is_some_and(|n| {
                            const_names.contains(&n)
                                && !self.packages[self.cur_pkg].scope.contains_key(n)
                        }) =>
                    {
                        // Undo the names this spec declared before it failed.
                        for n in fresh {
                            self.packages[self.cur_pkg].scope.remove(n);
                        }
                        first_err.get_or_insert(e);
                        later.push(s);
                    }
                    Err(e)
                        if e.message
                            .strip_prefix("undefined: ")
                            .is_some_and(|n| var_names.contains(&n)) =>
                    {
                        // `const n = len(arr)` with arr a package array variable: Go's
                        // constant, which needs the variables typed before constants.
                        return self.err(
                            e.span,
                            "not supported here: a constant naming a package variable (len or cap of an array)",
                        );
                    }
                    Err(e) => return Err(e),
                }
            }
            if let Some(e) = first_err.filter(|_| later.len() == round) {
                // Each spec left waits for another: a cycle, which Go reports as such.
                let name_of = |i: usize| later[i].names.first().map_or("", |n| n.name.as_str());
                let waits: Vec<Vec<usize>> = later
                    .iter()
                    .map(|&s| {
                        let n = self.undefined_in_const(s);
                        later
                            .iter()
                            .position(|t| t.names.iter().any(|x| Some(&x.name) == n.as_ref()))
                            .into_iter()
                            .collect()
                    })
                    .collect();
                let waits_for = |i: usize| waits[i].clone();
                let all: Vec<usize> = (0..later.len()).collect();
                if let Some((msg, at)) =
                    cycle_message(&all, name_of, waits_for, "initialization cycle for")
                {
                    return self.err(later[at].names[0].span, msg);
                }
                return Err(e);
            }
            todo = later;
        }
        Ok(())
    }

    /// The undefined name a constant declaration fails on, if that is its error.
    fn undefined_in_const(&mut self, s: &ast::ConstSpec) -> Option<String> {
        let fresh: Vec<String> = s
            .names
            .iter()
            .map(|n| n.name.clone())
            .filter(|n| !self.packages[self.cur_pkg].scope.contains_key(n))
            .collect();
        let r = self.declare_const(s);
        for n in &fresh {
            self.packages[self.cur_pkg].scope.remove(n);
        }
        r.err()?
            .message
            .strip_prefix("undefined: ")
            .map(str::to_string)
    }

    /// Gives a declared type its underlying type `u` (an alias: binds its name).
    fn set_type_spec(
        &mut self,
        pkg_idx: usize,
        s: &ast::TypeSpec,
        named: Option<TypeId>,
        u: TypeId,
    ) -> CResult<()> {
        match named {
            Some(t) => {
                if self.types.underlying(u) == t || u == t {
                    return self.err(
                        s.name.span,
                        format!("invalid recursive type {}", s.name.name),
                    );
                }
                self.types.set_underlying(t, u)
            }
            None => {
                self.packages[pkg_idx]
                    .scope
                    .insert(s.name.name.clone(), Entity::Type(u));
            }
        }
        Ok(())
    }

    /// Go's error for a name declared twice in one block (one copy of its text).
    pub(crate) fn redeclared(&self, sp: Span, name: &str) -> CResult<()> {
        self.err(sp, format!("{name} redeclared in this block"))
    }

    fn check_redeclared(&self, name: &ast::Ident) -> CResult<()> {
        if name.name != "_" && self.packages[self.cur_pkg].scope.contains_key(&name.name) {
            return self.redeclared(name.span, &name.name);
        }
        Ok(())
    }

    fn declare_func(&mut self, f: &FuncDecl, pkg_name: &str) -> CResult<Option<u32>> {
        let sig = self.resolve_sig(&f.sig)?;
        let id = self.funcs.len() as u32;
        match &f.recv {
            None => {
                if f.name.name == "init" {
                    // Any number per package, never in scope (a call of init is Go's
                    // `undefined: init`), named as Go's tracebacks name them.
                    if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                        return self.err(
                            f.name.span,
                            "func init must have no arguments and no return values",
                        );
                    }
                    if f.body.is_none() {
                        return self.err(f.name.span, "missing function body");
                    }
                    let n = self
                        .inits
                        .iter()
                        .filter(|&&i| {
                            self.funcs[i as usize]
                                .name
                                .starts_with(&format!("{pkg_name}.init."))
                        })
                        .count();
                    self.inits.push(id);
                    self.push_func_placeholder(format!("{pkg_name}.init.{n}"), f.span);
                    return Ok(Some(id));
                }
                if f.name.name == "main" && (!f.sig.params.is_empty() || !f.sig.results.is_empty())
                {
                    return self.err(
                        f.name.span,
                        "func main must have no arguments and no return values",
                    );
                }
                if f.body.is_none() {
                    // A native: implemented by the runtime.
                    let fid = self.declare_native(format!("{pkg_name}.{}", f.name.name), sig);
                    self.check_redeclared(&f.name)?;
                    self.packages[self.cur_pkg]
                        .scope
                        .insert(f.name.name.clone(), Entity::Func(fid, sig));
                    return Ok(None);
                }
                self.check_redeclared(&f.name)?;
                self.packages[self.cur_pkg]
                    .scope
                    .insert(f.name.name.clone(), Entity::Func(id, sig));
                self.push_func_placeholder(format!("{pkg_name}.{}", f.name.name), f.span);
            }
            Some(r) => {
                let (base, ptr) = receiver_base(&r.ty);
                let t = self.resolve_type(base)?;
                let Some(named) = self.types.named(t) else {
                    return self.err(
                        r.ty.span,
                        format!("invalid receiver type {}", self.tname(t)),
                    );
                };
                if self.types.is_interface(t) || matches!(self.types.ukind(t), TypeKind::Pointer(_))
                {
                    return self.err(
                        r.ty.span,
                        format!("invalid receiver type {}", self.tname(t)),
                    );
                }
                // A blank method names nothing, so `_` never clashes with a method or field.
                if f.name.name != "_" && named.methods.iter().any(|m| *m.name == f.name.name) {
                    return self.err(
                        f.name.span,
                        format!("method {}.{} already declared", named.name, f.name.name),
                    );
                }
                if let TypeKind::Struct(fields) = self.types.ukind(t) {
                    if f.name.name != "_" && fields.iter().any(|fl| *fl.name == f.name.name) {
                        return self.err(
                            f.name.span,
                            format!("field and method with the same name {}", f.name.name),
                        );
                    }
                }
                let tname = named.name.clone();
                let func_id = if f.body.is_none() {
                    self.declare_native(format!("{pkg_name}.{tname}.{}", f.name.name), sig)
                } else {
                    id
                };
                self.types.add_method(
                    t,
                    MethodDecl {
                        name: f.name.name.as_str().into(),
                        func: func_id,
                        pointer_recv: ptr,
                        sig,
                    },
                );
                if f.body.is_none() {
                    return Ok(None);
                }
                let name = if ptr {
                    format!("{pkg_name}.(*{tname}).{}", f.name.name)
                } else {
                    format!("{pkg_name}.{tname}.{}", f.name.name)
                };
                self.push_func_placeholder(name, f.span);
            }
        }
        Ok(Some(id))
    }

    /// The type table cannot grow at run time, but reflect makes types the program
    /// never spelled: `*T` (`Value.Addr`, `reflect.New`, `PointerTo`) and a method's
    /// type with its receiver first (`Type.Method(i).Type`). With reflect imported,
    /// those are interned for every type the program has, one level deep.
    fn intern_for_reflect(&mut self) {
        let n = self.types.len() as TypeId;
        for t in 1..n {
            if matches!(
                self.types.kind(t),
                TypeKind::Untyped(_) | TypeKind::Tuple(_)
            ) {
                continue;
            }
            let p = self.types.pointer(t);
            for recv in [t, p] {
                for (_, _, sig) in self.types.method_set(recv) {
                    if self.types.is_interface(recv) {
                        continue;
                    }
                    let Some(s) = self.types.signature(sig).cloned() else {
                        continue;
                    };
                    let mut params = vec![recv];
                    params.extend(s.params);
                    self.types.func(params, s.results, s.variadic);
                }
            }
        }
    }

    fn push_func_placeholder(&mut self, name: String, span: Span) {
        self.funcs.push(Func::empty(name, self.file, span));
    }

    fn declare_const(&mut self, s: &ast::ConstSpec) -> CResult<()> {
        let ty = match &s.ty {
            Some(t) => Some(self.resolve_type(t)?),
            None => None,
        };
        if s.values.len() < s.names.len() {
            let at = s
                .names
                .get(s.values.len())
                .map(|n| n.span)
                .unwrap_or(s.span);
            return self.err(at, "missing init expr for const declaration");
        }
        if s.values.len() > s.names.len() {
            return self.err(s.values[s.names.len()].span, "extra init expr");
        }
        // A local constant's scope begins after its spec: `const a, b = 1, a` does
        // not see this `a`, so the names are declared once every value is known.
        let mut local = vec![];
        for (name, value) in s.names.iter().zip(s.values.iter()) {
            let op = self.with_iota(s.iota, |c| c.expr(value))?;
            let Mode::Const(v) = op.mode else {
                let text = self.operand_text(value, &op);
                // An instance cannot tell a type from a type argument equal to it, so
                // its Sizeof of such a type is no constant (`var_size`) where Go's is.
                if !self.tparams.is_empty() && text.contains("unsafe.") {
                    return self.err(
                        value.span,
                        "not supported here: unsafe's layout functions in a constant in a generic function",
                    );
                }
                return self.err(value.span, format!("{text} is not constant"));
            };
            let (v, t) = match ty {
                Some(t) => (self.convert_const(&v, op.ty, t, value.span)?, t),
                None => (v, op.ty),
            };
            if name.name == "_" {
                continue;
            }
            let e = Entity::Const(v, t);
            if self.fs.is_empty() {
                self.check_redeclared(name)?;
                self.packages[self.cur_pkg]
                    .scope
                    .insert(name.name.clone(), e);
            } else {
                local.push((name, e));
            }
        }
        local
            .into_iter()
            .try_for_each(|(name, e)| self.declare_local_entity(name, e))
    }

    fn with_iota<T>(
        &mut self,
        iota: u32,
        f: impl FnOnce(&mut Compiler) -> CResult<T>,
    ) -> CResult<T> {
        // iota is a constant visible only inside const specs: put it in a scope layer.
        let prev = self.packages[self.cur_pkg].scope.insert(
            "iota".into(),
            Entity::Const(ConstVal::Int(iota as i128), ids::UNTYPED_INT),
        );
        let r = f(self);
        match prev {
            Some(p) => self.packages[self.cur_pkg].scope.insert("iota".into(), p),
            None => self.packages[self.cur_pkg].scope.remove("iota"),
        };
        r
    }

    fn declare_global(&mut self, s: &ast::VarSpec) -> CResult<()> {
        let declared = match &s.ty {
            Some(t) => Some(self.resolve_type(t)?),
            None => None,
        };
        let mut slots = vec![];
        for name in &s.names {
            self.check_redeclared(name)?;
            slots.push(self.globals.len() as u32);
            let user = self.packages[self.cur_pkg].name == "main";
            self.globals.push(Global {
                name: name.name.clone(),
                ty: declared.unwrap_or(ids::INVALID),
                user,
            });
        }
        // Each package variable is initialized on its own, its expression ordered
        // as a statement of its own (order.rs): `var a, b = g, f()` reads g first.
        let types = self.init_values(&s.names, declared, &s.values, s.span, true)?;
        // Values are on the (init) stack in order: store them last to first.
        for (i, name) in s.names.iter().enumerate().rev() {
            let g = slots[i];
            self.globals[g as usize].ty = types[i];
            self.emit(Op::StoreGlobal(g), name.span);
        }
        for (i, name) in s.names.iter().enumerate() {
            if name.name != "_" {
                self.packages[self.cur_pkg].scope.insert(
                    name.name.clone(),
                    Entity::Var(VarLoc::Global(slots[i]), types[i]),
                );
            }
        }
        Ok(())
    }

    /// Pushes the initial values of a var declaration (zero values when none are
    /// given) and returns each variable's type.
    fn init_values(
        &mut self,
        names: &[ast::Ident],
        declared: Option<TypeId>,
        values: &[Expr],
        span: Span,
        each: bool,
    ) -> CResult<Vec<TypeId>> {
        if values.is_empty() {
            let Some(t) = declared else {
                return self.err(span, "missing type or init expr");
            };
            for n in names {
                let z = self.zero_const(t);
                self.emit(Op::Const(z), n.span);
            }
            return Ok(vec![t; names.len()]);
        }
        if values.len() == 1 && names.len() > 1 {
            // v1, v2 := f()  or  v, ok := m[k] / x.(T) / <-ch
            let tys = self.multi_value(&values[0], names.len())?;
            let Some(d) = declared else {
                return Ok(tys.iter().map(|t| self.types.default_type(*t)).collect());
            };
            for t in &tys {
                self.check_assignable(*t, d, values[0].span, "variable declaration")?;
            }
            if tys.iter().any(|t| *t != d) {
                // Each value is converted to the declared type (`var x, ok any =
                // m[k]` holds an int and a bool): through temporaries, since only the
                // top of the stack can be converted in place.
                let base = self.temp_slots(tys.len() as u32);
                for i in (0..tys.len()).rev() {
                    self.emit(Op::Store(base + i as u32), span);
                }
                for (i, t) in tys.iter().enumerate() {
                    self.emit(Op::Load(base + i as u32), span);
                    let op = Operand {
                        mode: Mode::Value,
                        ty: *t,
                    };
                    self.materialize(&op, d, values[0].span)?;
                }
            }
            return Ok(vec![d; names.len()]);
        }
        // Several values (or one for one name) that do not pair up: Go names the first
        // value too many, or the first name left without one.
        if let Some(extra) = values.get(names.len()) {
            return self.err(extra.span, format!("extra init expr {}", describe(extra)));
        }
        if let Some(bare) = names.get(values.len()) {
            return self.err(bare.span, format!("missing init expr for {}", bare.name));
        }
        let mut out = vec![];
        for v in values {
            if each {
                let t = if matches!(expr::strip_parens(v).kind, ast::ExprKind::Composite { .. }) {
                    self.elem_order = true;
                    let t = self.init_value(v, declared);
                    self.elem_order = false;
                    t?
                } else {
                    self.in_order(&[order::Part::Value(v)], |cx| cx.init_value(v, declared))?
                };
                out.push(t);
                continue;
            }
            out.push(self.init_value(v, declared)?);
        }
        Ok(out)
    }

    /// One initializer of a variable declaration, emitted; its variable's type.
    fn init_value(&mut self, v: &Expr, declared: Option<TypeId>) -> CResult<TypeId> {
        {
            let t = match declared {
                Some(d) => {
                    self.expr_to(v, d, "variable declaration")?;
                    d
                }
                None => {
                    let op = self.expr(v)?;
                    if op.mode == Mode::Void {
                        return self.err(
                            v.span,
                            format!("{} (no value) used as value", self.describe_expr(v)),
                        );
                    }
                    if op.ty == ids::UNTYPED_NIL {
                        return self.err(v.span, "use of untyped nil in variable declaration");
                    }
                    let t = self.types.default_type(op.ty);
                    self.materialize(&op, t, v.span)?;
                    t
                }
            };
            Ok(t)
        }
    }

    fn compile_func_decl(&mut self, f: &FuncDecl, id: u32) -> CResult<()> {
        let Some(body) = &f.body else { return Ok(()) };
        let sig_t = self.resolve_sig(&f.sig)?;
        let mut params: Vec<Named> = vec![];
        if let Some(r) = &f.recv {
            let (base, ptr) = receiver_base(&r.ty);
            let t = self.resolve_type(base)?;
            let rt = if ptr { self.types.pointer(t) } else { t };
            params.push((r.name.as_ref(), rt));
        }
        let sig = self.types.signature(sig_t).cloned().unwrap_or_default();
        params.extend(named(&f.sig.params, &sig.params));
        let results = named(&f.sig.results, &sig.results);
        let escaping = Rc::new(escape::escaping_names(body, &f.sig, f.recv.as_ref()));
        self.compile_body(id, &params, &results, body, escaping, vec![], f.span)
    }

    /// Compiles a function body into `funcs[id]`.
    #[allow(clippy::too_many_arguments)]
    fn compile_body(
        &mut self,
        id: u32,
        params: &[Named],
        results: &[Named],
        body: &ast::Block,
        escaping: Rc<NameSet>,
        captures: Vec<Capture>,
        span: Span,
    ) -> CResult<()> {
        let named_results = results.iter().any(|(n, _)| n.is_some());
        // Only the program's own bodies, and no closure that captures: a captured
        // name could hide one of the program's functions.
        let summary =
            (self.file == FileId::User && captures.is_empty()).then_some(&*self.slice_params);
        let shadow: Vec<&str> = params
            .iter()
            .flat_map(|p| p.0)
            .map(|i| i.name.as_str())
            .collect();
        let st = FuncState::new(
            id,
            escaping,
            escape::stack_slice_names(body, summary, &shadow),
            captures,
            results.iter().map(|r| r.1).collect(),
            named_results,
        );
        // gc reports its label errors with the others, first by position.
        let label_err = self.check_labels(body);
        let r = self.compile_in(st, &mut |c| {
            c.compile_body_inner(id, params, results, body, span)
        });
        // A variable declared before the error and named nowhere else in the body is
        // Go's earlier error `declared and not used` (an occurrence after the error,
        // unseen by the compile that stopped, may be a use: those are left alone).
        let r = match r {
            Err(e) => {
                let unused = std::mem::take(&mut self.unused_at_error);
                let first = unused
                    .into_iter()
                    .filter(|(sp, n)| sp.lo < e.span.lo && !escape::named_elsewhere(body, n, *sp))
                    .min_by_key(|(sp, _)| sp.lo);
                match first {
                    Some((sp, n)) => self.err(sp, format!("declared and not used: {n}")),
                    None => Err(e),
                }
            }
            ok => ok,
        };
        match (r, label_err) {
            (Err(e), Some(l)) if l.span.lo <= e.span.lo => Err(l),
            (Err(e), _) => Err(e),
            (Ok(()), Some(l)) => Err(l),
            (Ok(()), None) => Ok(()),
        }
    }

    /// Compiles a function's body into `funcs[st.func]` with `st` as its state:
    /// `emit` writes the code (never dry, even inside a dry run); then Go's unused
    /// variable check, and the code, slots and captures are stored. The captures are
    /// left in `last_captures` for [`Compiler::emit_closure`].
    fn compile_in(
        &mut self,
        st: FuncState,
        emit: &mut dyn FnMut(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let id = st.func;
        self.fs.push(st);
        let dry = std::mem::replace(&mut self.dry, 0);
        self.fn_serials += 1;
        let serial = std::mem::replace(&mut self.fn_serial, self.fn_serials);
        let r = emit(self).and_then(|_| self.patch_gotos());
        self.fn_serial = serial;
        self.dry = dry;
        let st = self.fs.pop().expect("pushed above");
        if r.is_err() {
            // Go reports its errors by position: an unused variable declared before
            // this error may come first (see `compile_body`).
            self.unused_at_error = st
                .vars_used
                .iter()
                .filter(|(used, _, n)| !used && n != "_" && !n.starts_with('#'))
                .map(|(_, sp, n)| (*sp, n.clone()))
                .collect();
        }
        r?;
        // Unused variables: Go reports the first in source order.
        if let Some((_, sp, name)) = st
            .vars_used
            .iter()
            .filter(|(used, _, n)| !used && n != "_")
            .min_by_key(|(_, sp, _)| sp.lo)
        {
            return self.err(
                *sp,
                match name.strip_prefix('#') {
                    Some(sym) => format!("{sym} declared and not used"),
                    None => format!("declared and not used: {name}"),
                },
            );
        }
        let f = &mut self.funcs[id as usize];
        f.code = st.code;
        f.spans = st.spans;
        f.nslots = st.nslots;
        f.slot_names = st.slot_names;
        f.ncaptures = st.captures.len() as u32;
        f.capture_slots = st.captures.iter().map(|c| c.1).collect();
        self.last_captures = st.captures;
        Ok(())
    }

    /// Pushes the closure of function `id` (just compiled by [`Compiler::compile_in`])
    /// over the variables it captured, each boxed on the heap.
    fn emit_closure(&mut self, id: u32, sp: Span) -> CResult<()> {
        let caps = std::mem::take(&mut self.last_captures);
        for (name, _, loc, _) in &caps {
            match loc {
                VarLoc::Boxed(s) => self.emit(Op::Load(*s), sp),
                VarLoc::Local(_) | VarLoc::Global(_) => {
                    return self.err(
                        sp,
                        format!("internal error: captured variable {name} is not on the heap"),
                    );
                }
            };
        }
        self.emit(
            Op::Closure {
                func: id,
                ncaps: caps.len() as u32,
            },
            sp,
        );
        Ok(())
    }

    /// Declares a bodiless function or method of the library, implemented by the
    /// runtime's native `name`; returns its function id (with `NATIVE_BIT`).
    fn declare_native(&mut self, name: String, sig: TypeId) -> u32 {
        let nid = self.natives.len() as u32;
        let nresults = self.types.signature(sig).map_or(0, |s| s.results.len()) as u32;
        self.natives.push(NativeDecl { name, nresults });
        crate::NATIVE_BIT | nid
    }

    /// The name of the function being compiled (`main` outside any).
    fn cur_func_name(&self) -> String {
        self.fs
            .last()
            .map(|f| self.funcs[f.func as usize].name.clone())
            .unwrap_or_else(|| "main".into())
    }

    fn compile_body_inner(
        &mut self,
        id: u32,
        params: &[Named],
        results: &[Named],
        body: &ast::Block,
        span: Span,
    ) -> CResult<()> {
        // Slot layout: params, results, captures, then locals.
        let mut boxed_params = vec![];
        for (name, t) in params {
            let slot = self.alloc_slot();
            if let Some(n) = name {
                let boxed = self.cur().escaping.contains(&n.name);
                if boxed {
                    boxed_params.push(slot);
                }
                self.bind_local(n, slot, boxed, *t, true)?;
            }
        }
        let mut result_zeros = vec![];
        let mut result_slots = vec![];
        for (name, t) in results {
            let slot = self.alloc_slot();
            let z = self.zero_const(*t);
            result_zeros.push(z);
            let boxed = name
                .map(|n| self.cur().escaping.contains(&n.name))
                .unwrap_or(false);
            if let Some(n) = name {
                if boxed {
                    self.emit(Op::Load(slot), n.span);
                    self.emit(Op::Box(slot), n.span);
                }
                self.bind_local(n, slot, boxed, *t, true)?;
            }
            result_slots.push((slot, boxed));
        }
        self.cur().result_slots = result_slots.clone();
        // The body shares the parameters' block (the Go spec: each function has one
        // block for its parameters, results and body), so `v, err := g()` with `v` a
        // named result assigns to it rather than declaring a new `v`.
        self.body_stmts(&body.stmts)?;
        if !results.is_empty() && !stmt::is_terminating_list(&body.stmts) {
            return self.err(
                Span::new(body.span.hi.saturating_sub(1), body.span.hi),
                "missing return",
            );
        }
        // Epilogue: run deferred calls, then return the result slots.
        let ret_pc = self.here() as u32;
        let returns = std::mem::take(&mut self.cur().returns);
        for j in returns {
            if let Op::Jump(t) = &mut self.cur().code[j] {
                *t = ret_pc;
            }
        }
        let end = Span::new(body.span.hi.saturating_sub(1), body.span.hi);
        self.emit(Op::RunDefers, end);
        for (slot, boxed) in &result_slots {
            self.emit(
                if *boxed {
                    Op::LoadBox(*slot)
                } else {
                    Op::Load(*slot)
                },
                end,
            );
        }
        self.emit(Op::Ret(result_slots.len() as u32), end);
        // Go's compiler may turn a call through an interface into a direct call when
        // it sees the concrete type (after inlining the function into its caller, or
        // from a local assigned once), and a value method then dereferences a nil
        // pointer instead of reaching `runtime.panicwrap`. Only a call on a parameter
        // of a function with a `defer` (which Go never inlines) is sure to go through
        // the interface.
        let has_defer = self
            .cur()
            .code
            .iter()
            .any(|op| matches!(op, Op::Defer | Op::DeferAt));
        if has_defer {
            let calls = std::mem::take(&mut self.cur().slot_iface_calls);
            let nparams = params.len() as u32;
            self.opaque_iface_calls.extend(
                calls
                    .into_iter()
                    .filter(|c| c.1 < nparams)
                    .map(|c| (id, c.0)),
            );
        }
        let f = &mut self.funcs[id as usize];
        f.nparams = params.len() as u32;
        f.nresults = results.len() as u32;
        f.boxed_params = boxed_params;
        f.ret_pc = ret_pc;
        f.result_zeros = result_zeros;
        f.span = span;
        Ok(())
    }

    fn alloc_slot(&mut self) -> u32 {
        self.temp_slots(1)
    }

    /// Reserves `n` frame slots in the function being compiled, or in the entry
    /// function for code that initialises package variables; returns the first.
    pub(crate) fn temp_slots(&mut self, n: u32) -> u32 {
        let slots = match self.fs.last_mut() {
            Some(f) => &mut f.nslots,
            None => &mut self.init_slots,
        };
        *slots += n;
        *slots - n
    }

    /// Adds a variable to the innermost scope.
    fn bind_local(
        &mut self,
        name: &ast::Ident,
        slot: u32,
        boxed: bool,
        ty: TypeId,
        used: bool,
    ) -> CResult<()> {
        if name.name == "_" {
            return Ok(());
        }
        // Only parameters and results come bound as used; they share one block, so a
        // name already there is Go's `a redeclared in this block` (`func f(a, a int)`).
        if used
            && self
                .cur()
                .scopes
                .last()
                .is_some_and(|s| s.contains_key(&name.name))
        {
            return self.redeclared(name.span, &name.name);
        }
        let f = self.cur();
        f.vars_used.push((used, name.span, name.name.clone()));
        let use_idx = f.vars_used.len() - 1;
        f.slot_names.push(crate::code::SlotName {
            slot,
            name: name.name.clone(),
            ty,
            boxed,
            decl: name.span.lo,
        });
        let loc = if boxed {
            VarLoc::Boxed(slot)
        } else {
            VarLoc::Local(slot)
        };
        let scope = f.scopes.last_mut().expect("a scope");
        scope.insert(name.name.clone(), LocalVar { loc, ty, use_idx });
        Ok(())
    }

    fn declare_local_entity(&mut self, name: &ast::Ident, e: Entity) -> CResult<()> {
        // Local constants and types: kept in a side table of the scope as pseudo-vars.
        let id = self.local_entities.len();
        let f = self.cur();
        let scope = f.scopes.last_mut().expect("a scope");
        if name.name != "_" && scope.contains_key(&name.name) {
            return self.redeclared(name.span, &name.name);
        }
        self.local_entities.push(e);
        let f = self.cur();
        let scope = f.scopes.last_mut().expect("a scope");
        scope.insert(
            name.name.clone(),
            LocalVar {
                loc: VarLoc::Global(u32::MAX - id as u32),
                ty: ids::INVALID,
                use_idx: usize::MAX,
            },
        );
        Ok(())
    }

    // ----- name resolution -----------------------------------------------------------

    /// Looks a name up from the innermost scope outwards, through enclosing functions
    /// (capturing the variable) to the package and the universe.
    pub(crate) fn lookup(&mut self, name: &str, span: Span) -> CResult<Entity> {
        if let Some(e) = self.lookup_in_func(self.fs.len(), name) {
            return Ok(e);
        }
        if let Some(t) = self.tparams.get(name) {
            return Ok(Entity::Type(*t));
        }
        if let Some(e) = self.packages[self.cur_pkg].scope.get(name) {
            return Ok(e.clone());
        }
        if let Some(p) = self.packages[self.cur_pkg].imports.get_mut(name) {
            p.2 = true;
            return Ok(Entity::Package(p.0));
        }
        if let Some(e) = universe(name) {
            return Ok(e);
        }
        if name == "comparable" {
            return Ok(Entity::Type(self.comparable_type()));
        }
        // Go's predeclared names the engine lacks: a valid program using one is
        // refused by name, never told it is undefined.
        if matches!(
            name,
            "complex64" | "complex128" | "complex" | "real" | "imag"
        ) {
            return self.err(span, format!("not supported here: {name}"));
        }
        // A package function named while the package's types are resolved (an array
        // length `[unsafe.Sizeof(F())]`): Go resolves names lazily, the engine
        // declares functions after types.
        let later_func = self.ast_files.get(self.cur_pkg).is_some_and(|f| {
            f.decls.iter().any(|d| {
                matches!(d, ast::Decl::Func(fd) if fd.recv.is_none() && fd.name.name == name && name != "init")
            })
        });
        if later_func {
            return self.err(
                span,
                format!("not supported here: function {name} named in a type declaration"),
            );
        }
        self.err(span, format!("undefined: {name}"))
    }

    /// Resolution within the function at depth `level` (1-based) and its parents.
    fn lookup_in_func(&mut self, level: usize, name: &str) -> Option<Entity> {
        if level == 0 {
            return None;
        }
        let f = &mut self.fs[level - 1];
        for scope in f.scopes.iter().rev() {
            if let Some(v) = scope.get(name) {
                if v.use_idx == usize::MAX {
                    if let VarLoc::Global(g) = v.loc {
                        return self.local_entities.get((u32::MAX - g) as usize).cloned();
                    }
                }
                return Some(Entity::Var(v.loc, v.ty));
            }
        }
        if let Some(c) = f.captures.iter().find(|c| c.0 == name) {
            return Some(Entity::Var(VarLoc::Boxed(c.1), c.3));
        }
        let outer = self.lookup_in_func(level - 1, name)?;
        match outer {
            Entity::Var(loc @ (VarLoc::Boxed(_) | VarLoc::Local(_)), ty) => {
                // A variable of an enclosing function: the closure gets a slot that
                // will hold the pointer to the variable's heap cell.
                let f = &mut self.fs[level - 1];
                let slot = f.nslots;
                f.nslots += 1;
                f.captures.push((name.to_string(), slot, loc, ty));
                // Named for the locals view (and memory steps): a captured variable
                // is visible from the closure's first instruction.
                f.slot_names.push(crate::code::SlotName {
                    slot,
                    name: name.to_string(),
                    ty,
                    boxed: true,
                    decl: 0,
                });
                Some(Entity::Var(VarLoc::Boxed(slot), ty))
            }
            other => Some(other),
        }
    }

    /// Marks a variable as used (read).
    fn mark_used(&mut self, name: &str) {
        for f in self.fs.iter_mut().rev() {
            for scope in f.scopes.iter().rev() {
                if let Some(v) = scope.get(name) {
                    if v.use_idx != usize::MAX {
                        f.vars_used[v.use_idx].0 = true;
                    }
                    return;
                }
            }
        }
    }

    // ----- types ---------------------------------------------------------------------

    /// Refuses an array or struct type whose values hold more than [`MAX_VALUE_SIZE`]
    /// scalars: such values are built in full (zero values even at compile time), so a
    /// huge one would exhaust memory and abort the host (fuzz-corpus/vm/huge_array_*.go).
    pub(crate) fn check_value_size(&mut self, t: TypeId, sp: Span) -> CResult<()> {
        if value_size(&self.types, t, 0) > MAX_VALUE_SIZE {
            return self.err(
                sp,
                format!(
                    "not supported here: a value of type {} holds more than {MAX_VALUE_SIZE} elements",
                    self.tname(t)
                ),
            );
        }
        Ok(())
    }

    /// The type a type declaration names: the one place besides a constraint where a
    /// constraint interface (`interface{ ~int }`) may be written.
    fn resolve_type_spec(&mut self, t: &TypeExpr) -> CResult<TypeId> {
        if !matches!(t.kind, TypeExprKind::Interface(_)) {
            return self.resolve_type(t);
        }
        let in_c = std::mem::replace(&mut self.in_constraint, true);
        let r = self.resolve_type(t);
        self.in_constraint = in_c;
        r
    }

    pub(crate) fn resolve_type(&mut self, t: &TypeExpr) -> CResult<TypeId> {
        Ok(match &t.kind {
            TypeExprKind::Name { pkg: None, name } => match self.lookup(&name.name, name.span)? {
                Entity::Type(t) => self.outside_constraint(t, name.span)?,
                Entity::Generic(g) if self.generics[g as usize].spec.is_none() => {
                    return self.err(name.span, format!("{} (function) is not a type", name.name))
                }
                Entity::Generic(g) => return self.uninstantiated(g as usize, &name.name, t.span),
                _ => return self.err(name.span, format!("{} is not a type", name.name)),
            },
            TypeExprKind::Instance { base, args } => {
                let (g, gname) = match &base.kind {
                    TypeExprKind::Name { pkg: None, name } => {
                        (self.lookup(&name.name, name.span)?, name.name.clone())
                    }
                    TypeExprKind::Name { pkg: Some(p), name } => {
                        match self.lookup(&p.name, p.span)? {
                            Entity::Package(idx) if is_exported(&name.name) => (
                                self.packages[idx]
                                    .scope
                                    .get(&name.name)
                                    .cloned()
                                    .unwrap_or(Entity::Nil),
                                format!("{}.{}", p.name, name.name),
                            ),
                            _ => {
                                return self
                                    .err(base.span, format!("undefined: {}.{}", p.name, name.name))
                            }
                        }
                    }
                    _ => return self.err(base.span, "not supported here: this instantiation"),
                };
                let Entity::Generic(g) = g else {
                    return self.err(base.span, format!("{gname} is not a generic type"));
                };
                let in_c = std::mem::replace(&mut self.in_constraint, false);
                let mut targs = vec![];
                let mut at = vec![];
                for a in args {
                    targs.push(self.resolve_type(a)?);
                    at.push(a.span);
                }
                self.in_constraint = in_c;
                if self.generics[g as usize].spec.is_none() {
                    let args: Vec<String> = args
                        .iter()
                        .map(crate::syntax::parser::type_string)
                        .collect();
                    return self.err(
                        base.span,
                        format!("{gname}[{}] is not a type", args.join(", ")),
                    );
                }
                self.instantiate_type(g as usize, targs, &at, base.span)?
            }
            TypeExprKind::Name { pkg: Some(p), name } => {
                let Entity::Package(idx) = self.lookup(&p.name, p.span)? else {
                    return self.err(p.span, format!("{}.{} is not a type", p.name, name.name));
                };
                match self.packages[idx].scope.get(&name.name).cloned() {
                    Some(Entity::Type(t)) if is_exported(&name.name) => {
                        self.outside_constraint(t, name.span)?
                    }
                    Some(Entity::Generic(g)) if is_exported(&name.name) => {
                        return self.uninstantiated(
                            g as usize,
                            &format!("{}.{}", p.name, name.name),
                            t.span,
                        )
                    }
                    Some(_) if is_exported(&name.name) => {
                        return self
                            .err(name.span, format!("{}.{} is not a type", p.name, name.name))
                    }
                    _ => {
                        if let Some(d) = self.missing_member(idx, &name.name, name.span) {
                            return Err(d);
                        }
                        return self.err(name.span, format!("undefined: {}.{}", p.name, name.name));
                    }
                }
            }
            TypeExprKind::Pointer(e) => {
                let e = self.resolve_type(e)?;
                self.types.pointer(e)
            }
            TypeExprKind::Slice(e) => {
                let e = self.resolve_type(e)?;
                self.types.slice(e)
            }
            TypeExprKind::Array { len, elem } => {
                let Some(len) = len else {
                    return self.err(
                        t.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                };
                let op = self.expr(len)?;
                let n = match &op.mode {
                    Mode::Const(v) => v.as_int().filter(|n| *n >= 0 && *n < (1 << 31)),
                    _ => None,
                };
                let Some(n) = n else {
                    return self.err(
                        len.span,
                        "array length must be a non-negative integer constant",
                    );
                };
                let e = self.resolve_type(elem)?;
                let t = self.types.intern(TypeKind::Array(n as u64, e));
                self.check_value_size(t, len.span)?;
                t
            }
            TypeExprKind::Map { key, value } => {
                let k = self.resolve_type(key)?;
                if self.stand_in(k).is_some() && !self.stand_in_comparable(k) {
                    return self.err(
                        key.span,
                        format!(
                            "invalid map key type {} (missing comparable constraint)",
                            self.tname(k)
                        ),
                    );
                }
                if !self.types.comparable(k) {
                    return self.err(key.span, format!("invalid map key type {}", self.tname(k)));
                }
                if self.holds_zero_size_pointer(k, 0) {
                    return self.err(
                        key.span,
                        "not supported here: map keys holding pointers to zero-size values (whether two are equal depends on Go's escape analysis)",
                    );
                }
                let v = self.resolve_type(value)?;
                self.types.intern(TypeKind::Map(k, v))
            }
            TypeExprKind::Chan { dir, elem } => {
                let e = self.resolve_type(elem)?;
                self.types.intern(TypeKind::Chan(*dir, e))
            }
            TypeExprKind::Func(sig) => self.resolve_sig(sig)?,
            TypeExprKind::Struct(fields) => {
                let mut fs: Vec<Field> = vec![];
                for fd in fields {
                    let ft = self.resolve_type(&fd.ty)?;
                    if fd.embedded {
                        let base = match self.types.kind(ft) {
                            TypeKind::Pointer(b) => *b,
                            _ => ft,
                        };
                        // The field is named by the type name as written (an alias
                        // `Int` of int gives the field `Int`, not `int`), falling back
                        // on the type's own name.
                        let name = match written_type_name(&fd.ty) {
                            Some(n) => Rc::from(n),
                            None => match self.types.named(base) {
                                // An embedded `Box[int]` is the field `Box`.
                                Some(n) => match n.name.split_once('[') {
                                    Some((plain, _)) => Rc::from(plain),
                                    None => n.name.clone(),
                                },
                                None => Rc::from(self.types.name(base).as_str()),
                            },
                        };
                        if fs.iter().any(|f| f.name == name) {
                            return self.err(fd.span, format!("{name} redeclared"));
                        }
                        fs.push(Field {
                            name,
                            ty: ft,
                            embedded: true,
                            tag: fd.tag.as_deref().unwrap_or("").into(),
                        });
                    } else {
                        for n in &fd.names {
                            if n.name != "_" && fs.iter().any(|f| *f.name == n.name) {
                                return self.err(n.span, format!("{} redeclared", n.name));
                            }
                            fs.push(Field {
                                name: n.name.as_str().into(),
                                ty: ft,
                                embedded: false,
                                tag: fd.tag.as_deref().unwrap_or("").into(),
                            });
                        }
                    }
                }
                let st = self.types.intern(TypeKind::Struct(fs));
                self.check_value_size(st, t.span)?;
                st
            }
            TypeExprKind::Interface(elems) => {
                let mut ms: Vec<IfaceMethod> = vec![];
                for el in elems {
                    match el {
                        ast::InterfaceElem::Method { name, sig } => {
                            let s = self.resolve_sig(sig)?;
                            if ms.iter().any(|m| *m.name == name.name) {
                                return self
                                    .err(name.span, format!("duplicate method {}", name.name));
                            }
                            ms.push(IfaceMethod {
                                name: name.name.as_str().into(),
                                sig: s,
                            });
                        }
                        ast::InterfaceElem::Embed(te) => {
                            let in_c = std::mem::replace(&mut self.in_constraint, true);
                            let et = self.resolve_type(te);
                            self.in_constraint = in_c;
                            let et = et?;
                            if !self.types.is_interface(et) {
                                // A one-term type set: `interface{ int }`.
                                let m = self.union_marker(&[(false, te.clone())])?;
                                ms.push(m);
                                continue;
                            }
                            for m in self.types.iface_methods(et).to_vec() {
                                if !ms.iter().any(|x| x.name == m.name) {
                                    ms.push(m);
                                }
                            }
                        }
                        ast::InterfaceElem::Union(terms) => {
                            let m = self.union_marker(terms)?;
                            ms.push(m);
                        }
                    }
                }
                crate::sorting::sort_by(&mut ms, |a, b| a.name.cmp(&b.name));
                let it = self.types.intern(TypeKind::Interface(ms));
                self.outside_constraint_shown(it, t.span, Some(elems))?
            }
        })
    }

    fn resolve_sig(&mut self, sig: &ast::FuncType) -> CResult<TypeId> {
        let mut params = vec![];
        for (i, p) in sig.params.iter().enumerate() {
            let mut t = self.resolve_type(&p.ty)?;
            if sig.variadic && i + 1 == sig.params.len() {
                t = self.types.slice(t);
            }
            params.push(t);
        }
        let mut results = vec![];
        for p in &sig.results {
            results.push(self.resolve_type(&p.ty)?);
        }
        Ok(self.types.func(params, results, sig.variadic))
    }

    /// Describes an expression for an error message, as Go's checker does (`x`, `f()`).
    pub(crate) fn describe_expr(&self, e: &Expr) -> String {
        describe(e)
    }
}

/// Go's report of a declaration cycle among `items` (indices), each waiting for
/// those `next` gives: `{what} X` then a `X refers to Y` line per step, starting at
/// the cycle's first member in source order (smallest index), which is returned
/// with the message. `None` when following `next` from the first item finds no cycle.
fn cycle_message<'a>(
    items: &[usize],
    name: impl Fn(usize) -> &'a str,
    next: impl Fn(usize) -> Vec<usize>,
    what: &str,
) -> Option<(String, usize)> {
    let mut path = vec![*items.first()?];
    loop {
        let cur = *path.last()?;
        let n = *next(cur).first()?;
        if let Some(k) = path.iter().position(|&p| p == n) {
            let mut cycle = path.split_off(k);
            let start = cycle.iter().enumerate().min_by_key(|(_, i)| **i)?.0;
            cycle.rotate_left(start);
            if cycle.len() == 1 && what == "initialization cycle for" {
                return Some((
                    format!("initialization cycle: {} refers to itself", name(cycle[0])),
                    cycle[0],
                ));
            }
            let mut msg = format!("{what} {}", name(cycle[0]));
            for (j, &i) in cycle.iter().enumerate() {
                let to = cycle[(j + 1) % cycle.len()];
                msg.push_str(&format!("\n\t{} refers to {}", name(i), name(to)));
            }
            return Some((msg, cycle[0]));
        }
        path.push(n);
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

pub(crate) fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

fn universe(name: &str) -> Option<Entity> {
    Some(match name {
        "bool" => Entity::Type(ids::BOOL),
        "int" => Entity::Type(ids::INT),
        "int8" => Entity::Type(ids::INT8),
        "int16" => Entity::Type(ids::INT16),
        "int32" | "rune" => Entity::Type(ids::INT32),
        "int64" => Entity::Type(ids::INT64),
        "uint" => Entity::Type(ids::UINT),
        "uint8" | "byte" => Entity::Type(ids::UINT8),
        "uint16" => Entity::Type(ids::UINT16),
        "uint32" => Entity::Type(ids::UINT32),
        "uint64" => Entity::Type(ids::UINT64),
        "uintptr" => Entity::Type(ids::UINTPTR),
        "float64" => Entity::Type(ids::FLOAT64),
        "float32" => Entity::Type(ids::FLOAT32),
        "string" => Entity::Type(ids::STRING),
        "any" => Entity::Type(ids::ANY),
        "error" => Entity::Type(ids::ERROR),
        "true" => Entity::Const(ConstVal::Bool(true), ids::UNTYPED_BOOL),
        "false" => Entity::Const(ConstVal::Bool(false), ids::UNTYPED_BOOL),
        "nil" => Entity::Nil,
        _ => {
            return Builtin::ALL
                .into_iter()
                .find(|b| b.name() == name)
                .map(Entity::Builtin)
        }
    })
}

/// Go's error for a named type `t` that contains a value of type `t` (through struct
/// fields and array elements; pointers, slices, maps, channels and functions break the
/// cycle), if it is one. Without this check the walks over a type's values (zero
/// values, sizes) would recurse forever (found by tests/vm_fuzz.rs;
/// fuzz-corpus/vm/recursive_struct_type.go).
pub(crate) fn recursive_type_error(types: &TypeTable, t: TypeId, name: &str) -> Option<String> {
    if contains_itself(types, t, false) {
        Some(format!("invalid recursive type: {name} refers to itself"))
    } else if contains_itself(types, t, true) {
        Some(format!("invalid recursive type {name}"))
    } else {
        None
    }
}

/// Whether `t` contains itself by value; `through_named`: also through other named types.
fn contains_itself(types: &TypeTable, t: TypeId, through_named: bool) -> bool {
    // A sorted vector, not a hash set: no hash-table code for this one walk.
    let mut seen: Vec<TypeId> = vec![];
    let mut todo = vec![t];
    while let Some(x) = todo.pop() {
        let inner: Vec<TypeId> = match types.kind(x) {
            TypeKind::Named(n) if x == t || through_named => vec![n.underlying],
            TypeKind::Array(_, e) => vec![*e],
            TypeKind::Struct(fs) => fs.iter().map(|f| f.ty).collect(),
            _ => vec![],
        };
        for i in inner {
            if i == t {
                return true;
            }
            if let Err(at) = seen.binary_search(&i) {
                seen.insert(at, i);
                todo.push(i);
            }
        }
    }
    false
}

/// The most scalars one array or struct value may hold (see `check_value_size`).
pub(crate) const MAX_VALUE_SIZE: u64 = 1 << 22;

/// How many scalars a value of type `t` holds (arrays and structs flattened); the depth
/// bound keeps a type still being declared from leading the walk astray.
fn value_size(types: &TypeTable, t: TypeId, depth: u32) -> u64 {
    if depth > 64 {
        return 1;
    }
    match types.ukind(t) {
        TypeKind::Array(n, e) => n.saturating_mul(value_size(types, *e, depth + 1)),
        TypeKind::Struct(fs) => fs
            .iter()
            .map(|f| value_size(types, f.ty, depth + 1))
            .fold(1, u64::saturating_add),
        _ => 1,
    }
}

/// Go's short rendering of an expression in the checker's messages: the parser's
/// printer, as in gc, so the engine carries one expression printer, not two.
pub(crate) use crate::syntax::parser::expr_string as describe;

mod escape;

impl Compiler {
    /// The types of run-time panic values, declared in the library's runtime.go. The
    /// map package's error is declared there too (the runtime package is always
    /// loaded) and named `maps.` here, as Go's `%T` prints it.
    fn runtime_error_types(&mut self) -> crate::code::RuntimeErrorTypes {
        let find = |c: &Self, name: &str| {
            c.packages
                .iter()
                .find(|p| p.path == "runtime")
                .and_then(|p| match p.scope.get(name) {
                    Some(Entity::Type(t)) => Some(*t),
                    _ => None,
                })
        };
        let ptr = |c: &mut Self, t: Option<TypeId>| match t {
            Some(t) => c.types.intern(TypeKind::Pointer(t)),
            None => ids::ANY,
        };
        let unhashable = find(self, "unhashableTypeError");
        if let Some(t) = unhashable {
            self.types.rename(t, "maps", "unhashableTypeError");
        }
        // sort's stand-in for reflect's ValueError (see sort.go).
        if let Some(Entity::Type(t)) = self
            .packages
            .iter()
            .find(|p| p.path == "sort")
            .and_then(|p| p.scope.get("valueError"))
        {
            let t = *t;
            self.types.rename(t, "reflectlite", "ValueError");
        }
        crate::code::RuntimeErrorTypes {
            error_string: find(self, "errorString").unwrap_or(ids::ANY),
            plain: find(self, "plainError").unwrap_or(ids::ANY),
            bounds: find(self, "boundsError").unwrap_or(ids::ANY),
            assertion_ptr: ptr(self, find(self, "TypeAssertionError")),
            panic_nil_ptr: ptr(self, find(self, "PanicNilError")),
            unhashable: unhashable.unwrap_or(ids::ANY),
        }
    }
}

/// The unqualified type name an embedded field is written with (`T`, `*T`, `pkg.T`,
/// `T[int]`): Go names the field after it.
fn written_type_name(t: &ast::TypeExpr) -> Option<&str> {
    match &t.kind {
        ast::TypeExprKind::Name { name, .. } => Some(&name.name),
        ast::TypeExprKind::Pointer(b) | ast::TypeExprKind::Instance { base: b, .. } => {
            written_type_name(b)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_are_named_and_found_by_their_go_names() {
        let names: Vec<&str> = Builtin::ALL.iter().map(|b| b.name()).collect();
        assert_eq!(
            names.join(" "),
            "append cap clear close copy delete len make max min new panic print println recover"
        );
        for (i, b) in Builtin::ALL.into_iter().enumerate() {
            assert_eq!(b as usize, i);
            assert!(matches!(universe(b.name()), Some(Entity::Builtin(x)) if x == b));
        }
        assert!(universe("Append").is_none() && universe("lenx").is_none());
        assert!(matches!(universe("int"), Some(Entity::Type(ids::INT))));
    }
}
