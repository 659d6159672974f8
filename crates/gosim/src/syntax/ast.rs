//! The abstract syntax tree for the Go subset.
//!
//! The parser produces it, the checker/compiler consumes it. Every node that can be
//! the subject of an error message carries a [`Span`] (byte offsets into the source),
//! which [`crate::syntax::SourceMap`] turns into Go's `line:col` form.
//!
//! Types and expressions share syntax in Go (`[]int{1}` is a composite literal, `int(x)`
//! a conversion, `*T` either a pointer type or a dereference), so type forms that can
//! appear in expression position are represented by [`ExprKind::TypeLit`] and
//! [`ExprKind::Star`]; the checker decides what each one means.

use std::rc::Rc;

/// A half-open byte range `[lo, hi)` in the source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// One source file: `package main`, its imports, its top-level declarations.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// `import f "fmt"` names it `f`; `_` and `.` are kept as written.
    pub name: Option<Ident>,
    /// The import path with quotes removed, e.g. `golang.org/x/sync/errgroup`.
    pub path: String,
    pub span: Span,
}

// A function declaration is much larger than the others; the tree is built once per
// compile and never on a hot path, so boxing it would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Func(FuncDecl),
    Var(Vec<VarSpec>),
    Const(Vec<ConstSpec>),
    Type(Vec<TypeSpec>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    pub name: Ident,
    /// `func Map[T, U any]`: the type parameters, one per name.
    pub tparams: Vec<TypeParam>,
    pub recv: Option<Receiver>,
    pub sig: FuncType,
    /// `None` for a declaration without a body (rejected by the checker).
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Receiver {
    pub name: Option<Ident>,
    /// `T` or `*T` (as [`TypeExprKind::Pointer`]); the parameter list's `Rc`.
    pub ty: Rc<TypeExpr>,
    pub span: Span,
}

/// A function signature. The parser expands grouped parameters (`a, b int`) into one
/// [`Param`] per name, each with a clone of the type.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    /// The last parameter was written `...T`; its `ty` is `T`.
    pub variadic: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Option<Ident>,
    /// Shared by the names of a group (`a, b int`): an `Rc`, so the parser never
    /// deep-copies a type (no `TypeExpr` `Clone` code in the wasm).
    pub ty: Rc<TypeExpr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<TypeExpr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

/// One line of a const declaration. The parser fills in Go's implicit repetition: a
/// spec without `= values` gets the previous spec's type and values, and `iota` is its
/// index within the parenthesised group. The values are shared (`Rc`), not cloned:
/// that was the only deep copy of expressions, and dropping it keeps `Expr`'s and
/// `Stmt`'s `Clone` code out of the widget's wasm.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Rc<TypeExpr>>,
    pub values: Rc<Vec<Expr>>,
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    /// `type List[T any]`: the type parameters, one per name.
    pub tparams: Vec<TypeParam>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: TypeExpr,
    pub span: Span,
}

/// One type parameter: `T` of `[T, U any]`, with its constraint (`[T ~int]` is
/// held as `interface{ ~int }`); the names of a group share the constraint.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeParam {
    pub name: Ident,
    pub constraint: Rc<TypeExpr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeExpr {
    pub kind: TypeExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeExprKind {
    /// `T` or `pkg.T`.
    Name {
        pkg: Option<Ident>,
        name: Ident,
    },
    Pointer(Box<TypeExpr>),
    Slice(Box<TypeExpr>),
    /// `[N]T`; `len` is `None` for `[...]T` (only valid in composite literals).
    /// An `Rc`, so that cloning a type (the parser does) never deep-copies an
    /// expression, which may hold a function literal and its statements.
    Array {
        len: Option<Rc<Expr>>,
        elem: Box<TypeExpr>,
    },
    Map {
        key: Box<TypeExpr>,
        value: Box<TypeExpr>,
    },
    Chan {
        dir: ChanDir,
        elem: Box<TypeExpr>,
    },
    Func(FuncType),
    Struct(Vec<FieldDecl>),
    Interface(Vec<InterfaceElem>),
    /// `List[int]`, `Pair[K, V]`: a generic type with its type arguments.
    Instance {
        base: Box<TypeExpr>,
        args: Vec<TypeExpr>,
    },
}

/// A struct field line: `a, b int`, or an embedded `T` / `*T` (then `names` is empty).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldDecl {
    pub names: Vec<Ident>,
    pub ty: TypeExpr,
    pub embedded: bool,
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface such as `error` or `fmt.Stringer` (or, in a constraint,
    /// a single non-interface type).
    Embed(TypeExpr),
    /// A constraint's union of terms, `~int | ~float64 | string`: (tilde, type).
    Union(Vec<(bool, TypeExpr)>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Plus,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LogAnd,
    LogOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    /// `+ - * / % & | ^ << >> &^`: the operators whose result has their operands' type.
    pub fn is_arithmetic(self) -> bool {
        use BinaryOp::*;
        matches!(
            self,
            Add | Sub | Mul | Div | Rem | And | Or | Xor | Shl | Shr | AndNot
        )
    }

    /// The operator as Go writes it.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LogAnd => "&&",
            LogOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Ident(Ident),
    /// Integer literal as written (`0x1F`, `1_000`, `0o17`, `017`, `0b101`).
    IntLit(String),
    /// Float literal as written (`1.5`, `1e9`, `.5`, `0x1p-2`).
    FloatLit(String),
    /// A rune literal, already decoded to its code point.
    CharLit(u32),
    /// A string literal, already decoded (interpreted or raw). Go strings are byte
    /// sequences; invalid escapes like `\xff` are kept as bytes in `bytes`.
    StringLit {
        bytes: Vec<u8>,
    },
    /// `T{...}`; `ty` is `None` for an elided type inside another literal (`{1, 2}`).
    Composite {
        ty: Option<Box<Expr>>,
        elems: Vec<KeyedElement>,
        rbrace: Span,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel`: a field, a method, or a package member.
    Selector(Box<Expr>, Ident),
    Index(Box<Expr>, Box<Expr>),
    /// `F[int, string]`, `Pair[K, V]`: two or more type arguments (one is an `Index`).
    IndexList(Box<Expr>, Vec<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]`.
    SliceExpr {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `ty` is `None` for the `x.(type)` of a type switch.
    TypeAssert {
        x: Box<Expr>,
        ty: Option<TypeExpr>,
    },
    /// `f(args)`, `f(args...)`, also conversions `T(x)` and builtins `make([]int, 3)`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: bool,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// A type written where an expression may stand: `[]int`, `map[string]int`,
    /// `chan int`, `func(int) bool`, `struct{...}`, `interface{...}`, `[3]int`.
    TypeLit(TypeExpr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct KeyedElement {
    /// The key of `key: value` (a field name is an `Ident` expression).
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `<<=`, ... with the underlying binary operator.
    Op(BinaryOp),
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Empty,
    /// `var`, `const` or `type` inside a function.
    Decl(Decl),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    /// `goto L`: the label's name and where it is written.
    Goto(Ident),
    Continue(Option<Ident>),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<TypeCaseClause>,
    },
    Select {
        clauses: Vec<CommClause>,
    },
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x {}`, `for k = range x {}`, `for range x {}`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    /// Empty for `default:`.
    pub exprs: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeCaseClause {
    /// The listed types; the identifier `nil` appears as a `Name` type named `nil`.
    pub types: Vec<TypeExpr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    /// `None` for `default:`; otherwise a `Send`, an `Expr` whose expression is a
    /// receive, or an `Assign` (`=` or `:=`) whose single right-hand side is a receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}
