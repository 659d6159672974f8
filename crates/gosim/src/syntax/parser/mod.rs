//! The Go parser: tokens to [`ast::File`], by recursive descent with precedence
//! climbing for binary operators.
//!
//! The grammar decisions follow the gc compiler's parser (`cmd/compile/internal/
//! syntax`) closely, because our error messages must read like `go build`'s, and Go's
//! wording depends on *where* the parser notices a problem: for example a missing
//! comma in a multi-line composite literal is reported as `unexpected newline in
//! composite literal; possibly missing comma or }` at the inserted semicolon.
//!
//! Three kinds of errors:
//! - a syntax error ends the parse at once (there is no error recovery: only the
//!   first error is ever reported);
//! - lexical errors come from [`lexer::lex`], which recovers from them; whichever of
//!   those and the parser's error comes first in the file wins, as Go sorts its
//!   errors by position;
//! - errors Go's *type checker* would report but our AST cannot represent (a
//!   `.(type)` outside a type switch, a malformed select case, ...) and constructs
//!   outside our subset that Go accepts (complex numbers, ...) are
//!   parsed past and kept aside, and only reported when the file has no syntax
//!   error, so a real syntax error later in the file still comes first, as in Go.
//!
//! Nesting is bounded both in levels ([`MAX_DEPTH`], for the passes that walk the
//! tree recursively after us) and in stack bytes ([`STACK_BUDGET`]), so no input
//! can overflow the stack.
mod decls;
mod exprs;
mod print;
mod stmts;
mod tokens;
mod types;

use std::rc::Rc;

pub(crate) use self::print::{expr_string, func_string, interface_string, type_string};
use self::{exprs::*, print::*, tokens::*};
use super::ast::*;
use super::lexer::{self, SemiKind, Tok, Token};
use super::Diagnostic;

/// How deep expressions, types and statements may nest. Every recursive step and
/// every left-nested wrapper (`a+b+c`, `f()()`, `x.y.z`) counts as one level. This
/// bounds the depth of the tree for the passes after us.
const MAX_DEPTH: u32 = 1000;

/// How many bytes of stack the parser may use below its entry point. Frame sizes
/// differ a lot between builds (a nesting level costs several KiB unoptimised), so
/// besides counting levels we measure. Debug builds (our tests, on 2 MiB threads)
/// get 1 MiB, which still allows about 30 nested function literals; release builds,
/// including the wasm module with its 1 MiB stack, get 512 KiB (about 100).
const STACK_BUDGET: usize = if cfg!(debug_assertions) {
    1024 * 1024
} else {
    512 * 1024
};

/// An address in the current stack frame, to measure stack use.
#[inline(never)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

type PResult<T> = Result<T, Diagnostic>;

/// Parses one Go source file, returning the first error (in source order) if any.
pub fn parse(src: &str) -> Result<File, Diagnostic> {
    let lexed = lexer::lex(src);
    let mut p = Parser {
        src,
        toks: &lexed.tokens,
        i: 0,
        prev_hi: 0,
        depth: 0,
        stack_base: stack_position(),
        xnest: 0,
        guards: Vec::new(),
        deferred: Vec::new(),
    };
    let result = p.file();
    // Go reports errors sorted by position, lexical ones first on a tie.
    let first = match (lexed.first_error(), &result) {
        (Some(l), Err(e)) if e.span.lo < l.span.lo => Some(e.clone()),
        (Some(l), _) => Some(l.clone()),
        (None, Err(e)) => Some(e.clone()),
        (None, Ok(_)) => None,
    };
    if let Some(e) = first {
        return Err(e);
    }
    // Only a syntactically correct file gets the errors Go's type checker reports.
    let guard_errors = p.guards.iter().map(|g| {
        Diagnostic::new(
            *g,
            "invalid syntax tree: use of .(type) outside type switch",
        )
    });
    match p
        .deferred
        .into_iter()
        .chain(guard_errors)
        .min_by_key(|d| d.span.lo)
    {
        Some(d) => Err(d),
        None => result,
    }
}

/// Which statement a header (`if`/`for`/`switch` clause) belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keyword {
    If,
    For,
    Switch,
}

impl Keyword {
    fn as_str(self) -> &'static str {
        match self {
            Keyword::If => "if",
            Keyword::For => "for",
            Keyword::Switch => "switch",
        }
    }
}

/// A parsed simple statement together with the position gc would report errors
/// about it at (the operator of an assignment, for instance).
struct Simple {
    stmt: Stmt,
    go_pos: u32,
}

/// `[lhs (=|:=)] range x` in a for clause.
struct RangeClause {
    lhs: Vec<Expr>,
    define: bool,
    x: Expr,
}

enum SimpleOrRange {
    Simple(Box<Simple>),
    Range(RangeClause),
}

/// What an `if`/`for`/`switch` header contained.
#[derive(Default)]
struct Header {
    init: Option<Box<Stmt>>,
    cond: Option<Expr>,
    /// A type switch guard: `[bind :=] x.(type)`, with `x`.
    guard: Option<(Option<Ident>, Expr)>,
    post: Option<Box<Stmt>>,
    range: Option<RangeClause>,
}

/// Parameters, and the (index, position) of each one written with `...`.
type ParamList = (Vec<Param>, Vec<(usize, u32)>);

/// One entry of a parameter list before grouped names are resolved.
struct ParamEntry {
    name: Option<Ident>,
    ty: Option<TypeExpr>,
    /// Position of a `...` before the type.
    dots: Option<u32>,
}

struct Parser<'a> {
    src: &'a str,
    toks: &'a [Token],
    /// Index of the current token; never past the final `Eof`.
    i: usize,
    /// End of the last consumed token, for node spans.
    prev_hi: u32,
    depth: u32,
    /// [`stack_position`] when parsing started.
    stack_base: usize,
    /// Expression nesting as gc counts it: -1 in an `if`/`for`/`switch` header
    /// (where `T {` starts the block, not a composite literal), raised inside
    /// parentheses, brackets, composite literals and function literals.
    xnest: i32,
    /// Spans of `.(type)` expressions not (yet) claimed by a type switch.
    guards: Vec<Span>,
    /// Errors Go's type checker would report (see the module docs).
    deferred: Vec<Diagnostic>,
}
