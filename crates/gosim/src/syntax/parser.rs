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
//!   outside our subset that Go accepts (generics, `goto`, complex numbers) are
//!   parsed past and kept aside, and only reported when the file has no syntax
//!   error, so a real syntax error later in the file still comes first, as in Go.
//!
//! Nesting is bounded both in levels ([`MAX_DEPTH`], for the passes that walk the
//! tree recursively after us) and in stack bytes ([`STACK_BUDGET`]), so no input
//! can overflow the stack.

use std::rc::Rc;

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

// ----- token access and errors ---------------------------------------------------

impl<'a> Parser<'a> {
    /// The current token.
    fn tok(&self) -> &'a Tok {
        self.peek(0)
    }

    fn span(&self) -> Span {
        self.toks.get(self.i).map_or_else(Span::default, |t| t.span)
    }

    fn pos(&self) -> u32 {
        self.span().lo
    }

    /// The token `n` places ahead (`Eof` past the end).
    fn peek(&self, n: usize) -> &'a Tok {
        let toks: &'a [Token] = self.toks;
        match toks.get(self.i + n) {
            Some(t) => &t.tok,
            None => &Tok::Eof,
        }
    }

    fn next(&mut self) {
        if self.i + 1 < self.toks.len() {
            self.prev_hi = self.span().hi;
            self.i += 1;
        }
    }

    fn at(&self, t: &Tok) -> bool {
        self.tok() == t
    }

    fn at_semi(&self) -> bool {
        matches!(self.tok(), Tok::Semi(_))
    }

    fn at_eof(&self) -> bool {
        matches!(self.tok(), Tok::Eof)
    }

    /// Consumes the current token if it is `t` (any `Tok::Semi` matches any kind of
    /// semicolon).
    fn got(&mut self, t: &Tok) -> bool {
        if self.at(t) || (matches!(t, Tok::Semi(_)) && self.at_semi()) {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, t: &Tok) -> PResult<()> {
        if self.got(t) {
            Ok(())
        } else {
            Err(self.syntax_error(&format!("expected {}", expected_str(t))))
        }
    }

    /// Text of the source between two offsets (empty if out of range).
    fn text(&self, span: Span) -> &'a str {
        let src: &'a str = self.src;
        src.get(span.lo as usize..span.hi as usize)
            .unwrap_or_default()
    }

    fn span_from(&self, lo: u32) -> Span {
        Span::new(lo, self.prev_hi.max(lo))
    }

    /// gc's description of the current token: `name x`, `literal 1`, `newline`, ...
    #[cold]
    #[inline(never)]
    fn tok_desc(&self) -> String {
        match self.tok() {
            Tok::Ident(name) => format!("name {name}"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) | Tok::Str(_) => {
                format!("literal {}", self.text(self.span()))
            }
            Tok::Semi(SemiKind::Explicit) => "semicolon".into(),
            Tok::Semi(SemiKind::Newline) => "newline".into(),
            Tok::Semi(SemiKind::Eof) | Tok::Eof => "EOF".into(),
            t => expected_str(t),
        }
    }

    /// A syntax error about the current token, worded the way gc words it.
    #[cold]
    #[inline(never)]
    fn syntax_error(&self, msg: &str) -> Diagnostic {
        self.syntax_error_at(self.pos(), msg)
    }

    #[cold]
    #[inline(never)]
    fn syntax_error_at(&self, pos: u32, msg: &str) -> Diagnostic {
        let text = if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ")
        {
            format!("syntax error: unexpected {} {msg}", self.tok_desc())
        } else if msg.starts_with("expected ") {
            format!("syntax error: unexpected {}, {msg}", self.tok_desc())
        } else {
            format!("syntax error: {msg}")
        };
        Diagnostic::new(Span::new(pos, pos + 1), text)
    }

    /// An error with exactly this message (no `syntax error:` prefix).
    #[cold]
    #[inline(never)]
    fn error_at(&self, pos: u32, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Span::new(pos, pos + 1), msg)
    }

    #[cold]
    #[inline(never)]
    fn defer_error(&mut self, pos: u32, msg: impl Into<String>) {
        self.deferred
            .push(Diagnostic::new(Span::new(pos, pos + 1), msg));
    }

    /// Notes a use of generics; parsing goes on so a later syntax error still wins,
    /// as it would in Go.
    fn defer_generics(&mut self, pos: u32) {
        self.defer_error(pos, "not supported here: generics (type parameters)");
    }

    /// Skips a type parameter list `[T any, K comparable]`, at its `[`.
    fn type_params(&mut self) -> PResult<()> {
        self.defer_generics(self.pos());
        self.next();
        if self.at(&Tok::RBrack) {
            return Err(self.syntax_error("empty type parameter list"));
        }
        self.list("parameter list", &Tok::Comma, &Tok::RBrack, &mut |p| {
            p.name()?;
            if !p.at(&Tok::Comma) && !p.at(&Tok::RBrack) {
                p.constraint()?;
            }
            Ok(false)
        })?;
        Ok(())
    }

    /// Skips a type constraint: `~T | U | ...`.
    fn constraint(&mut self) -> PResult<()> {
        loop {
            self.got(&Tok::Tilde);
            self.type_()?;
            if !self.got(&Tok::Pipe) {
                return Ok(());
            }
        }
    }

    /// Skips type arguments `[int, string]`, at the `[`.
    fn type_args(&mut self) -> PResult<()> {
        self.defer_generics(self.pos());
        self.next();
        if self.at(&Tok::RBrack) {
            return Err(self.syntax_error("expected type argument list"));
        }
        self.type_()?;
        while self.got(&Tok::Comma) {
            if self.type_or_none()?.is_none() {
                break;
            }
        }
        self.want(&Tok::RBrack)
    }

    /// Enters one nesting level; fails once the input nests too deeply.
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH || self.stack_base.abs_diff(stack_position()) > STACK_BUDGET {
            return Err(self.error_at(self.pos(), "syntax error: nesting too deep"));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Runs `f` one nesting level deeper.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.enter()?;
        let r = f(self);
        self.leave();
        r
    }

    /// Runs `f` with `xnest` adjusted by `delta`.
    fn with_xnest<T>(&mut self, delta: i32, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.xnest += delta;
        let r = f(self);
        self.xnest -= delta;
        r
    }

    /// The position gc gives an expression node: binary operations, calls,
    /// selectors, index expressions and composite literals sit at their operator
    /// token, everything else at its start.
    fn go_pos(&self, e: &Expr) -> u32 {
        let after = |x: &Expr| self.token_at_or_after(x.span.hi);
        match &e.kind {
            ExprKind::Binary(_, x, _)
            | ExprKind::Call { func: x, .. }
            | ExprKind::Selector(x, _)
            | ExprKind::Index(x, _)
            | ExprKind::SliceExpr { x, .. }
            | ExprKind::TypeAssert { x, .. } => after(x),
            ExprKind::Composite { ty: Some(t), .. } => after(t),
            _ => e.span.lo,
        }
    }

    fn token_at_or_after(&self, off: u32) -> u32 {
        let i = self.toks.partition_point(|t| t.span.lo < off);
        self.toks.get(i).map_or(off, |t| t.span.lo)
    }

    /// Parses a comma- or semicolon-separated list closed by `close`, calling `f`
    /// for each element (`f` returns true when no further element may follow).
    /// Returns the span of the closing token. `f` is a `dyn`, not a generic: one copy
    /// of the loop and its error in the wasm rather than one per list kind.
    fn list(
        &mut self,
        context: &str,
        sep: &Tok,
        close: &Tok,
        f: &mut dyn FnMut(&mut Self) -> PResult<bool>,
    ) -> PResult<Span> {
        let mut done = false;
        while !self.at_eof() && !self.at(close) && !done {
            done = f(self)?;
            if !self.got(sep) && !self.at(close) {
                let msg = format!(
                    "in {context}; possibly missing {} or {}",
                    expected_str(sep),
                    expected_str(close)
                );
                return Err(self.syntax_error(&msg));
            }
        }
        let span = self.span();
        self.want(close)?;
        Ok(span)
    }
}

/// gc's name for a token in `expected ...` messages.
fn expected_str(t: &Tok) -> String {
    match t {
        Tok::Comma => "comma".into(),
        Tok::Semi(_) => "semicolon or newline".into(),
        Tok::Ident(_) => "name".into(),
        Tok::Eof => "EOF".into(),
        t => match t.keyword_str() {
            Some(k) => format!("keyword {k}"),
            None => t.symbol().into(),
        },
    }
}

/// go/parser's description of a token (used for the package clause, which the go
/// command checks with go/parser before the compiler sees the file).
fn go_parser_found(t: &Tok, text: &str) -> String {
    match t {
        Tok::Semi(SemiKind::Newline) => "newline".into(),
        Tok::Ident(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) | Tok::Str(_) => {
            text.into()
        }
        Tok::Semi(SemiKind::Explicit) => "';'".into(),
        Tok::Semi(SemiKind::Eof) | Tok::Eof => "'EOF'".into(),
        t => format!("'{}'", t.keyword_str().unwrap_or(t.symbol())),
    }
}

// ----- declarations -----------------------------------------------------------------

impl<'a> Parser<'a> {
    fn file(&mut self) -> PResult<File> {
        if !self.at(&Tok::Package) {
            let found = go_parser_found(self.tok(), self.text(self.span()));
            return Err(self.error_at(self.pos(), format!("expected 'package', found {found}")));
        }
        self.next();
        let Tok::Ident(name) = self.tok() else {
            let found = go_parser_found(self.tok(), self.text(self.span()));
            return Err(self.error_at(self.pos(), format!("expected 'IDENT', found {found}")));
        };
        let package = Ident {
            name: name.clone(),
            span: self.span(),
        };
        self.next();
        self.want(&Tok::Semi(SemiKind::Explicit))?;

        let mut file = File {
            package,
            imports: Vec::new(),
            decls: Vec::new(),
        };
        let mut prev_import = true;
        while !self.at_eof() {
            if self.at(&Tok::Import) && !prev_import {
                return Err(self.syntax_error("imports must appear before other declarations"));
            }
            prev_import = self.at(&Tok::Import);
            match self.tok() {
                Tok::Import => {
                    self.next();
                    self.group(&mut |p| {
                        let imp = p.import_spec()?;
                        file.imports.push(imp);
                        Ok(())
                    })?;
                }
                Tok::Var | Tok::Const | Tok::Type => file.decls.push(self.decl()?),
                Tok::Func => {
                    let f = self.func_decl()?;
                    file.decls.push(Decl::Func(f));
                }
                Tok::LBrace if bodiless_func_before(&file) => {
                    return Err(self.syntax_error("unexpected semicolon or newline before {"));
                }
                _ => {
                    return Err(self.syntax_error("non-declaration statement outside function body"))
                }
            }
            if !self.at_eof() && !self.got(&Tok::Semi(SemiKind::Explicit)) {
                return Err(self.syntax_error("after top level declaration"));
            }
        }
        Ok(file)
    }

    /// `( spec; spec; ... )` or a single spec, after the keyword.
    fn group(&mut self, spec: &mut dyn FnMut(&mut Self) -> PResult<()>) -> PResult<()> {
        if self.got(&Tok::LParen) {
            self.list(
                "grouped declaration",
                &Tok::Semi(SemiKind::Explicit),
                &Tok::RParen,
                &mut |p| {
                    spec(p)?;
                    Ok(false)
                },
            )?;
            Ok(())
        } else {
            spec(self)
        }
    }

    fn import_spec(&mut self) -> PResult<Import> {
        let lo = self.pos();
        let name = match self.tok() {
            Tok::Ident(n) => Some(Ident {
                name: n.clone(),
                span: self.span(),
            }),
            Tok::Dot => Some(Ident {
                name: ".".into(),
                span: self.span(),
            }),
            _ => None,
        };
        if name.is_some() {
            self.next();
        }
        let path = match self.tok() {
            Tok::Str(bytes) => String::from_utf8_lossy(bytes).into_owned(),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) => {
                return Err(self.syntax_error("import path must be a string"));
            }
            // The go command checks imports with go/parser first, hence no prefix.
            _ => return Err(self.error_at(self.pos(), "missing import path")),
        };
        self.next();
        Ok(Import {
            name,
            path,
            span: self.span_from(lo),
        })
    }

    /// A `var`, `const` or `type` declaration (at top level or in a function).
    fn decl(&mut self) -> PResult<Decl> {
        let kw = self.tok().clone();
        self.next();
        match kw {
            Tok::Var => {
                let mut specs = Vec::new();
                self.group(&mut |p| {
                    specs.push(p.var_spec()?);
                    Ok(())
                })?;
                Ok(Decl::Var(specs))
            }
            Tok::Const => {
                let mut specs: Vec<ConstSpec> = Vec::new();
                self.group(&mut |p| {
                    let iota = specs.len() as u32;
                    let spec = p.const_spec(iota, specs.last())?;
                    specs.push(spec);
                    Ok(())
                })?;
                Ok(Decl::Const(specs))
            }
            _ => {
                let mut specs = Vec::new();
                self.group(&mut |p| {
                    specs.push(p.type_spec()?);
                    Ok(())
                })?;
                Ok(Decl::Type(specs))
            }
        }
    }

    fn name(&mut self) -> PResult<Ident> {
        match self.tok() {
            Tok::Ident(n) => {
                let id = Ident {
                    name: n.clone(),
                    span: self.span(),
                };
                self.next();
                Ok(id)
            }
            _ => Err(self.syntax_error("expected name")),
        }
    }

    fn name_list(&mut self) -> PResult<Vec<Ident>> {
        let mut names = vec![self.name()?];
        while self.got(&Tok::Comma) {
            names.push(self.name()?);
        }
        Ok(names)
    }

    /// Accepts `=` (and `:=`, with gc's complaint).
    fn got_assign(&mut self) -> PResult<bool> {
        match self.tok() {
            Tok::Define => Err(self.syntax_error("expected =")),
            Tok::Assign => {
                self.next();
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    fn var_spec(&mut self) -> PResult<VarSpec> {
        let lo = self.pos();
        let names = self.name_list()?;
        let (ty, values) = if self.got_assign()? {
            (None, self.expr_list()?)
        } else {
            let ty = self.type_()?;
            let values = if self.got_assign()? {
                self.expr_list()?
            } else {
                Vec::new()
            };
            (Some(ty), values)
        };
        Ok(VarSpec {
            names,
            ty,
            values,
            span: self.span_from(lo),
        })
    }

    /// One const spec; `prev` is the previous spec of the group, whose type and
    /// values an empty spec repeats.
    fn const_spec(&mut self, iota: u32, prev: Option<&ConstSpec>) -> PResult<ConstSpec> {
        let lo = self.pos();
        let names = self.name_list()?;
        let mut ty = None;
        let mut values = Rc::default();
        if !self.at_eof() && !self.at_semi() && !self.at(&Tok::RParen) {
            ty = self.type_or_none()?.map(Rc::new);
            if self.got_assign()? {
                values = Rc::new(self.expr_list()?);
            }
        }
        let span = self.span_from(lo);
        if values.is_empty() {
            match prev {
                Some(prev) if ty.is_none() => {
                    ty = prev.ty.clone();
                    values = prev.values.clone();
                }
                _ => {
                    let first = &names[0];
                    self.defer_error(
                        first.span.lo,
                        format!("missing init expr for {}", first.name),
                    );
                }
            }
        }
        Ok(ConstSpec {
            names,
            ty,
            values,
            iota,
            span,
        })
    }

    fn type_spec(&mut self) -> PResult<TypeSpec> {
        let lo = self.pos();
        let name = self.name()?;
        if self.at(&Tok::LBrack) && self.type_params_follow() {
            self.type_params()?;
        }
        let alias = self.got_assign()?;
        let Some(ty) = self.type_or_none()? else {
            return Err(self.syntax_error("in type declaration"));
        };
        Ok(TypeSpec {
            name,
            alias,
            ty,
            span: self.span_from(lo),
        })
    }

    /// At `[` after a type name: whether this is a type parameter list
    /// (`type L[T any] ...`) rather than an array length (`type A [N]int`).
    fn type_params_follow(&self) -> bool {
        if !matches!(self.peek(1), Tok::Ident(_)) {
            return false;
        }
        matches!(
            self.peek(2),
            Tok::Ident(_)
                | Tok::Comma
                | Tok::LBrack
                | Tok::Interface
                | Tok::Func
                | Tok::Chan
                | Tok::Map
                | Tok::Struct
                | Tok::Tilde
                | Tok::LParen
        )
    }

    fn func_decl(&mut self) -> PResult<FuncDecl> {
        let lo = self.pos();
        self.next(); // func
        let mut recv = None;
        let mut context = "";
        if self.at(&Tok::LParen) {
            context = "method";
            let rlo = self.pos();
            self.next();
            let (params, _) = self.param_list()?;
            let span = self.span_from(rlo);
            let mut params = params.into_iter();
            // Go's type checker reports these, so they wait for any syntax error.
            match (params.next(), params.next()) {
                (None, _) => self.defer_error(self.pos(), "method has no receiver"),
                (first, second) => {
                    if second.is_some() {
                        self.defer_error(self.pos(), "method has multiple receivers");
                    }
                    recv = first.map(|p| Receiver {
                        name: p.name,
                        ty: p.ty,
                        span,
                    });
                }
            }
        }
        let Tok::Ident(_) = self.tok() else {
            let msg = if context.is_empty() {
                "expected name or ("
            } else {
                "expected name"
            };
            return Err(self.syntax_error(msg));
        };
        let name = self.name()?;
        if self.at(&Tok::LBrack) {
            self.type_params()?;
        }
        let sig = self.func_signature(self.pos())?;
        let body = if self.at(&Tok::LBrace) {
            Some(self.with_xnest(0, |p| p.block())?)
        } else {
            None
        };
        Ok(FuncDecl {
            name,
            recv,
            sig,
            body,
            span: self.span_from(lo),
        })
    }

    /// `(params) results` starting at the current `(`; `lo` starts the span.
    fn func_signature(&mut self, lo: u32) -> PResult<FuncType> {
        if self.at(&Tok::LBrack) {
            self.type_params()?;
        }
        self.want(&Tok::LParen)?;
        let (params, dots) = self.param_list()?;
        let n = params.len();
        let mut variadic = false;
        for (i, at) in dots {
            if i + 1 == n {
                variadic = true;
            } else {
                self.defer_error(at, "can only use ... with final parameter");
            }
        }
        let results = if self.got(&Tok::LParen) {
            let (results, dots) = self.param_list()?;
            if let Some(&(_, at)) = dots.first() {
                self.defer_error(at, "invalid use of ...");
            }
            results
        } else {
            match self.type_or_none()? {
                Some(ty) => vec![Param {
                    name: None,
                    ty: Rc::new(ty),
                }],
                None => Vec::new(),
            }
        };
        Ok(FuncType {
            params,
            results,
            variadic,
            span: self.span_from(lo),
        })
    }

    /// A parameter list after its `(`, through the `)`. Grouped names are expanded
    /// (`a, b int` gives two params); also returns (index, position) of each `...`.
    fn param_list(&mut self) -> PResult<ParamList> {
        let mut entries: Vec<ParamEntry> = Vec::new();
        let close = self.list("parameter list", &Tok::Comma, &Tok::RParen, &mut |p| {
            entries.push(p.param_entry()?);
            Ok(false)
        })?;
        let named = entries
            .iter()
            .filter(|e| e.name.is_some() && e.ty.is_some())
            .count();
        let typed = entries.iter().filter(|e| e.ty.is_some()).count();
        let mut dots = Vec::new();
        let mut params = Vec::with_capacity(entries.len());
        if named == 0 {
            // All unnamed: a lone name is a type name.
            for (i, e) in entries.into_iter().enumerate() {
                let ty = match (e.ty, e.name) {
                    (Some(ty), _) => ty,
                    (None, Some(n)) => TypeExpr {
                        span: n.span,
                        kind: TypeExprKind::Name { pkg: None, name: n },
                    },
                    (None, None) => continue,
                };
                if let Some(at) = e.dots {
                    dots.push((i, at));
                }
                params.push(Param {
                    name: None,
                    ty: Rc::new(ty),
                });
            }
        } else if named == entries.len() || named == typed {
            if named != entries.len() {
                // Some trailing names have no type after them.
                if entries.last().is_some_and(|e| e.ty.is_none()) {
                    return Err(self.syntax_error_at(close.lo, "missing parameter type"));
                }
            }
            // Each name without a type takes the next type to its right.
            let mut next_ty: Option<(Rc<TypeExpr>, Option<u32>)> = None;
            let mut rev = Vec::with_capacity(entries.len());
            for e in entries.into_iter().rev() {
                if let Some(ty) = e.ty {
                    next_ty = Some((Rc::new(ty), e.dots));
                }
                let Some((ty, d)) = next_ty.clone() else {
                    return Err(self.syntax_error_at(close.lo, "missing parameter type"));
                };
                rev.push((Param { name: e.name, ty }, d));
            }
            for (i, (param, d)) in rev.into_iter().rev().enumerate() {
                if let Some(at) = d {
                    dots.push((i, at));
                }
                params.push(param);
            }
        } else {
            // Some types lack a name although other parameters are named.
            let at = entries
                .iter()
                .find(|e| e.name.is_none())
                .and_then(|e| e.ty.as_ref())
                .map_or(close.lo, |t| t.span.lo);
            return Err(self.syntax_error_at(at, "missing parameter name"));
        }
        Ok((params, dots))
    }

    /// `name`, `name Type`, `Type`, `name ...Type` or `...Type`.
    fn param_entry(&mut self) -> PResult<ParamEntry> {
        let mut name = None;
        if let Tok::Ident(_) = self.tok() {
            let id = self.name()?;
            match self.tok() {
                // `name [N]T` / `name []T`.
                Tok::LBrack => {
                    return Ok(ParamEntry {
                        name: Some(id),
                        ty: Some(self.type_()?),
                        dots: None,
                    })
                }
                // A qualified type name `pkg.T`.
                Tok::Dot => {
                    return Ok(ParamEntry {
                        name: None,
                        ty: Some(self.qualified_name(Some(id))?),
                        dots: None,
                    })
                }
                _ => name = Some(id),
            }
        }
        if self.at(&Tok::Ellipsis) {
            let at = self.pos();
            self.next();
            let Some(ty) = self.type_or_none()? else {
                return Err(self.syntax_error("... is missing type"));
            };
            return Ok(ParamEntry {
                name,
                ty: Some(ty),
                dots: Some(at),
            });
        }
        let ty = self.type_or_none()?;
        if name.is_none() && ty.is_none() {
            return Err(self.syntax_error("expected )"));
        }
        Ok(ParamEntry {
            name,
            ty,
            dots: None,
        })
    }
}

fn bodiless_func_before(file: &File) -> bool {
    matches!(file.decls.last(), Some(Decl::Func(f)) if f.body.is_none())
}

// ----- types ------------------------------------------------------------------------

impl<'a> Parser<'a> {
    fn type_(&mut self) -> PResult<TypeExpr> {
        match self.type_or_none()? {
            Some(t) => Ok(t),
            None => Err(self.syntax_error("expected type")),
        }
    }

    /// A type if one starts here, else `None` (consuming nothing).
    fn type_or_none(&mut self) -> PResult<Option<TypeExpr>> {
        self.enter()?;
        let r = self.type_or_none_inner();
        self.leave();
        r
    }

    fn type_or_none_inner(&mut self) -> PResult<Option<TypeExpr>> {
        let lo = self.pos();
        let kind = match self.tok() {
            Tok::Star => {
                self.next();
                TypeExprKind::Pointer(Box::new(self.type_()?))
            }
            Tok::Arrow => {
                self.next();
                self.want(&Tok::Chan)?;
                TypeExprKind::Chan {
                    dir: ChanDir::Recv,
                    elem: Box::new(self.chan_elem()?),
                }
            }
            Tok::Func => {
                self.next();
                TypeExprKind::Func(self.func_signature(lo)?)
            }
            Tok::LBrack => {
                self.next();
                if self.got(&Tok::RBrack) {
                    TypeExprKind::Slice(Box::new(self.type_()?))
                } else {
                    let len = if self.got(&Tok::Ellipsis) {
                        None
                    } else {
                        Some(Rc::new(self.with_xnest(1, |p| p.expr())?))
                    };
                    if self.at(&Tok::Comma) {
                        return Err(self.syntax_error("unexpected comma; expected ]"));
                    }
                    self.want(&Tok::RBrack)?;
                    TypeExprKind::Array {
                        len,
                        elem: Box::new(self.type_()?),
                    }
                }
            }
            Tok::Chan => {
                self.next();
                let dir = if self.got(&Tok::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                TypeExprKind::Chan {
                    dir,
                    elem: Box::new(self.chan_elem()?),
                }
            }
            Tok::Map => {
                self.next();
                self.want(&Tok::LBrack)?;
                let key = self.type_()?;
                self.want(&Tok::RBrack)?;
                TypeExprKind::Map {
                    key: Box::new(key),
                    value: Box::new(self.type_()?),
                }
            }
            Tok::Struct => self.struct_type()?,
            Tok::Interface => self.interface_type()?,
            Tok::Ident(_) => return self.qualified_name(None).map(Some),
            Tok::LParen => {
                self.next();
                let t = self.type_()?;
                self.want(&Tok::RParen)?;
                // Our tree has no parenthesised types; keep the span of the parens.
                return Ok(Some(TypeExpr {
                    kind: t.kind,
                    span: self.span_from(lo),
                }));
            }
            _ => return Ok(None),
        };
        Ok(Some(TypeExpr {
            kind,
            span: self.span_from(lo),
        }))
    }

    fn chan_elem(&mut self) -> PResult<TypeExpr> {
        match self.type_or_none()? {
            Some(t) => Ok(t),
            None => Err(self.syntax_error("missing channel element type")),
        }
    }

    /// `T` or `pkg.T`; `first` is an already consumed first name.
    fn qualified_name(&mut self, first: Option<Ident>) -> PResult<TypeExpr> {
        let first = match first {
            Some(f) => f,
            None => self.name()?,
        };
        let lo = first.span.lo;
        let kind = if self.got(&Tok::Dot) {
            let name = self.name()?;
            TypeExprKind::Name {
                pkg: Some(first),
                name,
            }
        } else {
            TypeExprKind::Name {
                pkg: None,
                name: first,
            }
        };
        if self.at(&Tok::LBrack) {
            // `List[int]`: an instantiated generic type.
            self.type_args()?;
        }
        Ok(TypeExpr {
            kind,
            span: self.span_from(lo),
        })
    }

    fn struct_type(&mut self) -> PResult<TypeExprKind> {
        self.next(); // struct
        self.want(&Tok::LBrace)?;
        let mut fields = Vec::new();
        self.list(
            "struct type",
            &Tok::Semi(SemiKind::Explicit),
            &Tok::RBrace,
            &mut |p| {
                fields.push(p.field_decl()?);
                Ok(false)
            },
        )?;
        Ok(TypeExprKind::Struct(fields))
    }

    fn field_decl(&mut self) -> PResult<FieldDecl> {
        let lo = self.pos();
        match self.tok() {
            Tok::Ident(_) => {
                let first = self.name()?;
                let embedded = matches!(
                    self.tok(),
                    Tok::Dot | Tok::Str(_) | Tok::Semi(_) | Tok::RBrace
                ) || matches!(
                    self.tok(),
                    Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_)
                );
                if embedded {
                    let ty = self.qualified_name(Some(first))?;
                    let tag = self.tag()?;
                    return Ok(FieldDecl {
                        names: Vec::new(),
                        ty,
                        embedded: true,
                        tag,
                        span: self.span_from(lo),
                    });
                }
                let mut names = vec![first];
                while self.got(&Tok::Comma) {
                    names.push(self.name()?);
                }
                let ty = self.type_()?;
                let tag = self.tag()?;
                Ok(FieldDecl {
                    names,
                    ty,
                    embedded: false,
                    tag,
                    span: self.span_from(lo),
                })
            }
            Tok::Star => {
                self.next();
                if self.at(&Tok::LParen) {
                    return Err(self.syntax_error("cannot parenthesize embedded type"));
                }
                let elem = self.qualified_name(None)?;
                let ty = TypeExpr {
                    kind: TypeExprKind::Pointer(Box::new(elem)),
                    span: self.span_from(lo),
                };
                let tag = self.tag()?;
                Ok(FieldDecl {
                    names: Vec::new(),
                    ty,
                    embedded: true,
                    tag,
                    span: self.span_from(lo),
                })
            }
            Tok::LParen => Err(self.syntax_error("cannot parenthesize embedded type")),
            _ => Err(self.syntax_error("expected field name or embedded type")),
        }
    }

    /// An optional struct tag.
    fn tag(&mut self) -> PResult<Option<String>> {
        match self.tok() {
            Tok::Str(bytes) => {
                let tag = String::from_utf8_lossy(bytes).into_owned();
                self.next();
                Ok(Some(tag))
            }
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) => {
                // Go's type checker rejects this, so it waits for any syntax error.
                let text = self.text(self.span());
                self.defer_error(
                    self.pos(),
                    format!(
                        "invalid syntax tree: incorrect tag syntax: {}",
                        crate::stdlib::numfmt::quote(text.as_bytes())
                    ),
                );
                self.next();
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    fn interface_type(&mut self) -> PResult<TypeExprKind> {
        self.next(); // interface
        self.want(&Tok::LBrace)?;
        let mut elems = Vec::new();
        self.list(
            "interface type",
            &Tok::Semi(SemiKind::Explicit),
            &Tok::RBrace,
            &mut |p| {
                elems.push(p.interface_elem()?);
                Ok(false)
            },
        )?;
        Ok(TypeExprKind::Interface(elems))
    }

    fn interface_elem(&mut self) -> PResult<InterfaceElem> {
        let elem = match self.tok() {
            Tok::Ident(_) if self.peek(1) == &Tok::LParen => {
                let name = self.name()?;
                let sig = self.func_signature(self.pos())?;
                InterfaceElem::Method { name, sig }
            }
            Tok::Ident(_) if self.peek(1) == &Tok::LBrack => {
                // An instantiated embedded interface (the type arguments are noted
                // as unsupported), or a generic method, which Go rejects anyway.
                let name = self.name()?;
                let ty = self.qualified_name(Some(name.clone()))?;
                if self.at(&Tok::LParen) {
                    InterfaceElem::Method {
                        name,
                        sig: self.func_signature(self.pos())?,
                    }
                } else {
                    InterfaceElem::Embed(ty)
                }
            }
            Tok::Tilde => {
                // A type-set constraint such as `~int | ~string`.
                self.defer_generics(self.pos());
                let lo = self.pos();
                self.constraint()?;
                let span = self.span_from(lo);
                InterfaceElem::Embed(TypeExpr {
                    kind: TypeExprKind::Name {
                        pkg: None,
                        name: Ident {
                            name: "_".into(),
                            span,
                        },
                    },
                    span,
                })
            }
            _ => match self.type_or_none()? {
                Some(t) => InterfaceElem::Embed(t),
                None => return Err(self.syntax_error("expected type")),
            },
        };
        if self.at(&Tok::Pipe) {
            // A union of types: a type-set constraint.
            self.defer_generics(self.pos());
            self.next();
            self.constraint()?;
        }
        Ok(elem)
    }
}

// ----- expressions -----------------------------------------------------------------

/// Binary operators and their precedence (higher binds tighter).
fn binary_op(t: &Tok) -> Option<(BinaryOp, u8)> {
    use BinaryOp::*;
    Some(match t {
        Tok::OrOr => (LogOr, 1),
        Tok::AndAnd => (LogAnd, 2),
        Tok::EqEq => (Eq, 3),
        Tok::NotEq => (Ne, 3),
        Tok::Lt => (Lt, 3),
        Tok::Le => (Le, 3),
        Tok::Gt => (Gt, 3),
        Tok::Ge => (Ge, 3),
        Tok::Plus => (Add, 4),
        Tok::Minus => (Sub, 4),
        Tok::Pipe => (Or, 4),
        Tok::Caret => (Xor, 4),
        Tok::Star => (Mul, 5),
        Tok::Slash => (Div, 5),
        Tok::Percent => (Rem, 5),
        Tok::Shl => (Shl, 5),
        Tok::Shr => (Shr, 5),
        Tok::Amp => (And, 5),
        Tok::AndNot => (AndNot, 5),
        _ => return None,
    })
}

fn unparen(e: Expr) -> Expr {
    let mut e = e;
    while let ExprKind::Paren(inner) = e.kind {
        e = *inner;
    }
    e
}

fn is_paren(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Paren(_))
}

fn strip_parens(e: &Expr) -> &Expr {
    let mut e = e;
    while let ExprKind::Paren(inner) = &e.kind {
        e = inner;
    }
    e
}

/// Whether `e` is certainly a value rather than a type (gc's rule for deciding
/// whether `x[i] {` may begin a composite literal of a generic type).
fn is_value(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::IntLit(_)
        | ExprKind::FloatLit(_)
        | ExprKind::CharLit(_)
        | ExprKind::StringLit { .. }
        | ExprKind::Composite { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::SliceExpr { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::Call { .. }
        | ExprKind::Unary(..)
        | ExprKind::Binary(..) => true,
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index(x, i) => is_value(x) || is_value(i),
        _ => false,
    }
}

impl<'a> Parser<'a> {
    fn expr(&mut self) -> PResult<Expr> {
        self.binary_expr(0)
    }

    fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut list = vec![self.expr()?];
        while self.got(&Tok::Comma) {
            list.push(self.expr()?);
        }
        Ok(list)
    }

    /// Precedence climbing: operands joined by operators binding tighter than `prec`.
    fn binary_expr(&mut self, prec: u8) -> PResult<Expr> {
        self.enter()?;
        let mut x = self.unary_expr()?;
        let mut levels = 0;
        while let Some((op, op_prec)) = binary_op(self.tok()).filter(|&(_, p)| p > prec) {
            self.next();
            // Each operator nests the tree one level deeper on the left.
            levels += 1;
            self.enter()?;
            let y = self.binary_expr(op_prec)?;
            let span = x.span.to(y.span);
            x = Expr {
                kind: ExprKind::Binary(op, Box::new(x), Box::new(y)),
                span,
            };
        }
        for _ in 0..=levels {
            self.leave();
        }
        Ok(x)
    }

    fn unary_expr(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.unary_expr_inner();
        self.leave();
        r
    }

    fn unary_expr_inner(&mut self) -> PResult<Expr> {
        let lo = self.pos();
        let op = match self.tok() {
            Tok::Plus => UnaryOp::Plus,
            Tok::Minus => UnaryOp::Neg,
            Tok::Not => UnaryOp::Not,
            Tok::Caret => UnaryOp::BitNot,
            Tok::Amp => UnaryOp::Addr,
            Tok::Arrow => UnaryOp::Recv,
            Tok::Star => {
                self.next();
                let x = self.unary_expr()?;
                return Ok(Expr {
                    span: self.span_from(lo),
                    kind: ExprKind::Star(Box::new(x)),
                });
            }
            _ => return self.primary_expr(),
        };
        self.next();
        let mut x = self.unary_expr()?;
        match op {
            // `&(T{})` is `&T{}`: the parentheses only matter to the parser.
            UnaryOp::Addr => x = unparen(x),
            UnaryOp::Recv => {
                // `<-chan int` is a channel type, not a receive from `chan int`.
                match x.kind {
                    ExprKind::TypeLit(mut t) if matches!(t.kind, TypeExprKind::Chan { .. }) => {
                        self.make_recv_chan(&mut t)?;
                        t.span = self.span_from(lo);
                        return Ok(Expr {
                            span: t.span,
                            kind: ExprKind::TypeLit(t),
                        });
                    }
                    kind => x = Expr { kind, span: x.span },
                }
            }
            _ => {}
        }
        Ok(Expr {
            span: self.span_from(lo),
            kind: ExprKind::Unary(op, Box::new(x)),
        })
    }

    /// Re-associates a `<-` in front of a channel type: `<-(chan E)` is `<-chan E`,
    /// and `<-(chan<- E)` is `<-chan (<-E)` where `E` must itself be a channel.
    fn make_recv_chan(&self, t: &mut TypeExpr) -> PResult<()> {
        let mut cur = t;
        loop {
            if !matches!(cur.kind, TypeExprKind::Chan { .. }) {
                let found = type_string(cur);
                return Err(self.syntax_error(&format!("unexpected {found}, expected chan")));
            }
            let TypeExprKind::Chan { dir, elem } = &mut cur.kind else {
                return Ok(());
            };
            let old = *dir;
            *dir = ChanDir::Recv;
            match old {
                ChanDir::Both => return Ok(()),
                ChanDir::Recv => return Err(self.syntax_error("unexpected <-, expected chan")),
                ChanDir::Send => cur = elem,
            }
        }
    }

    /// An operand followed by any selectors, indexes, slices, type assertions, calls
    /// and composite-literal bodies.
    fn primary_expr(&mut self) -> PResult<Expr> {
        let mut x = self.operand()?;
        let mut levels = 0;
        let result = loop {
            let wrapped = match self.tok() {
                Tok::Dot => self.selector_or_assert(x)?,
                Tok::LBrack => self.index_or_slice(x)?,
                Tok::LParen => self.call(x)?,
                Tok::LBrace if self.complit_may_follow(&x) => {
                    if is_paren(&x) {
                        return Err(
                            self.syntax_error("cannot parenthesize type in composite literal")
                        );
                    }
                    let lo = x.span.lo;
                    let (elems, rbrace) = self.complit_body()?;
                    Expr {
                        kind: ExprKind::Composite {
                            ty: Some(Box::new(x)),
                            elems,
                            rbrace,
                        },
                        span: self.span_from(lo),
                    }
                }
                _ => break Ok(x),
            };
            x = wrapped;
            levels += 1;
            if let Err(e) = self.enter() {
                break Err(e);
            }
        };
        for _ in 0..levels {
            self.leave();
        }
        result
    }

    /// Whether a `{` after `x` opens a composite literal (rather than a block).
    fn complit_may_follow(&self, x: &Expr) -> bool {
        let t = strip_parens(x);
        match &t.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => self.xnest >= 0,
            ExprKind::Index(..) => self.xnest >= 0 && !is_value(t),
            ExprKind::TypeLit(ty) => {
                matches!(
                    ty.kind,
                    TypeExprKind::Array { .. }
                        | TypeExprKind::Slice(_)
                        | TypeExprKind::Struct(_)
                        | TypeExprKind::Map { .. }
                )
            }
            _ => false,
        }
    }

    fn operand(&mut self) -> PResult<Expr> {
        let lo = self.pos();
        let span = self.span();
        let kind = match self.tok() {
            Tok::Ident(name) => ExprKind::Ident(Ident {
                name: name.clone(),
                span,
            }),
            Tok::Int(s) => ExprKind::IntLit(s.clone()),
            Tok::Float(s) => ExprKind::FloatLit(s.clone()),
            Tok::Imag(s) => {
                self.defer_error(lo, "not supported here: complex numbers");
                ExprKind::FloatLit(s.clone())
            }
            Tok::Char(c) => ExprKind::CharLit(*c),
            Tok::Str(bytes) => ExprKind::StringLit {
                bytes: bytes.clone(),
            },
            Tok::LParen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                let x = x?;
                self.want(&Tok::RParen)?;
                return Ok(Expr {
                    kind: ExprKind::Paren(Box::new(x)),
                    span: self.span_from(lo),
                });
            }
            Tok::Func => {
                self.next();
                let sig = self.func_signature(lo)?;
                if self.at(&Tok::LBrace) {
                    let body = self.with_xnest(1, |p| p.block())?;
                    return Ok(Expr {
                        kind: ExprKind::FuncLit { sig, body },
                        span: self.span_from(lo),
                    });
                }
                let ty = TypeExpr {
                    span: sig.span,
                    kind: TypeExprKind::Func(sig),
                };
                return Ok(Expr {
                    span: ty.span,
                    kind: ExprKind::TypeLit(ty),
                });
            }
            Tok::LBrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface => {
                let ty = self.type_()?;
                return Ok(Expr {
                    span: ty.span,
                    kind: ExprKind::TypeLit(ty),
                });
            }
            _ => return Err(self.syntax_error("expected expression")),
        };
        self.next();
        Ok(Expr { kind, span })
    }

    /// `x.name`, `x.(T)` or `x.(type)`, at the `.`.
    fn selector_or_assert(&mut self, x: Expr) -> PResult<Expr> {
        let lo = x.span.lo;
        self.next(); // .
        match self.tok() {
            Tok::Ident(_) => {
                let sel = self.name()?;
                Ok(Expr {
                    kind: ExprKind::Selector(Box::new(x), sel),
                    span: self.span_from(lo),
                })
            }
            Tok::LParen => {
                self.next();
                let ty = if self.got(&Tok::Type) {
                    None
                } else {
                    Some(self.type_()?)
                };
                self.want(&Tok::RParen)?;
                let span = self.span_from(lo);
                if ty.is_none() {
                    self.guards.push(Span::new(lo, lo + 1));
                }
                Ok(Expr {
                    kind: ExprKind::TypeAssert { x: Box::new(x), ty },
                    span,
                })
            }
            _ => Err(self.syntax_error("expected name or (")),
        }
    }

    /// `x[i]`, `x[lo:hi]` or `x[lo:hi:max]`, at the `[`.
    fn index_or_slice(&mut self, x: Expr) -> PResult<Expr> {
        let lo = x.span.lo;
        let lbrack = self.pos();
        self.next();
        let mut first = None;
        if !self.at(&Tok::Colon) {
            if self.at(&Tok::RBrack) {
                return Err(self.syntax_error("expected operand"));
            }
            let i = self.with_xnest(1, |p| p.expr())?;
            if self.got(&Tok::Comma) {
                // `F[int, string]`: type arguments.
                self.defer_generics(lbrack);
                while self.type_or_none()?.is_some() {
                    if !self.got(&Tok::Comma) {
                        break;
                    }
                }
                self.want(&Tok::RBrack)?;
                return Ok(Expr {
                    kind: ExprKind::Index(Box::new(x), Box::new(i)),
                    span: self.span_from(lo),
                });
            }
            if self.got(&Tok::RBrack) {
                return Ok(Expr {
                    kind: ExprKind::Index(Box::new(x), Box::new(i)),
                    span: self.span_from(lo),
                });
            }
            first = Some(Box::new(i));
        }
        if !self.got(&Tok::Colon) {
            return Err(self.syntax_error("expected comma, : or ]"));
        }
        let (hi, max) = self.with_xnest(1, |p| {
            let hi = if !p.at(&Tok::Colon) && !p.at(&Tok::RBrack) {
                Some(Box::new(p.expr()?))
            } else {
                None
            };
            let mut max = None;
            if p.at(&Tok::Colon) {
                if hi.is_none() {
                    return Err(p.error_at(p.pos(), "middle index required in 3-index slice"));
                }
                p.next();
                if p.at(&Tok::RBrack) {
                    return Err(p.error_at(p.pos(), "final index required in 3-index slice"));
                }
                max = Some(Box::new(p.expr()?));
            }
            Ok((hi, max))
        })?;
        self.want(&Tok::RBrack)?;
        Ok(Expr {
            kind: ExprKind::SliceExpr {
                x: Box::new(x),
                lo: first,
                hi,
                max,
            },
            span: self.span_from(lo),
        })
    }

    /// `f(args)`, at the `(`.
    fn call(&mut self, func: Expr) -> PResult<Expr> {
        let lo = func.span.lo;
        self.next();
        let mut args = Vec::new();
        let mut ellipsis = false;
        self.with_xnest(1, |p| {
            p.list("argument list", &Tok::Comma, &Tok::RParen, &mut |p| {
                args.push(p.expr()?);
                ellipsis = p.got(&Tok::Ellipsis);
                Ok(ellipsis)
            })
        })?;
        Ok(Expr {
            kind: ExprKind::Call {
                func: Box::new(func),
                args,
                ellipsis,
            },
            span: self.span_from(lo),
        })
    }

    /// `{ elements }` of a composite literal; returns the elements and the `}` span.
    fn complit_body(&mut self) -> PResult<(Vec<KeyedElement>, Span)> {
        self.nested(|p| {
            p.with_xnest(1, |p| {
                p.want(&Tok::LBrace)?;
                let mut elems = Vec::new();
                let rbrace = p.list("composite literal", &Tok::Comma, &Tok::RBrace, &mut |p| {
                    let first = p.element()?;
                    if p.got(&Tok::Colon) {
                        let value = p.element()?;
                        elems.push(KeyedElement {
                            key: Some(first),
                            value,
                        });
                    } else {
                        elems.push(KeyedElement {
                            key: None,
                            value: first,
                        });
                    }
                    Ok(false)
                })?;
                Ok((elems, rbrace))
            })
        })
    }

    /// An element (or key) of a composite literal: an expression, or a `{...}`
    /// literal whose type is elided.
    fn element(&mut self) -> PResult<Expr> {
        if !self.at(&Tok::LBrace) {
            return self.expr();
        }
        let lo = self.pos();
        let (elems, rbrace) = self.complit_body()?;
        Ok(Expr {
            kind: ExprKind::Composite {
                ty: None,
                elems,
                rbrace,
            },
            span: self.span_from(lo),
        })
    }
}

// ----- statements ------------------------------------------------------------------

impl<'a> Parser<'a> {
    /// `{ statements }`.
    fn block(&mut self) -> PResult<Block> {
        let lo = self.pos();
        self.want(&Tok::LBrace)?;
        let stmts = self.stmt_list()?;
        self.want(&Tok::RBrace)?;
        Ok(Block {
            stmts,
            span: self.span_from(lo),
        })
    }

    /// A block that must follow a clause, e.g. the body after `if x`.
    fn block_after(&mut self, context: &str) -> PResult<Block> {
        if !self.at(&Tok::LBrace) {
            return Err(self.syntax_error(&format!("expected {{ after {context}")));
        }
        self.block()
    }

    /// Statements up to a `}`, `case`, `default` or the end of the input.
    fn stmt_list(&mut self) -> PResult<Vec<Stmt>> {
        let mut stmts = Vec::new();
        while !matches!(
            self.tok(),
            Tok::Eof | Tok::RBrace | Tok::Case | Tok::Default
        ) {
            let Some(s) = self.stmt_or_none()? else { break };
            stmts.push(s);
            // A semicolon may be omitted before a closing `}`.
            if !self.got(&Tok::Semi(SemiKind::Explicit)) && !self.at(&Tok::RBrace) {
                return Err(self.syntax_error("at end of statement"));
            }
        }
        Ok(stmts)
    }

    fn stmt_or_none(&mut self) -> PResult<Option<Stmt>> {
        self.enter()?;
        let r = self.stmt_or_none_inner();
        self.leave();
        r
    }

    fn stmt_or_none_inner(&mut self) -> PResult<Option<Stmt>> {
        let lo = self.pos();
        let stmt = |kind, p: &Self| {
            Ok(Some(Stmt {
                kind,
                span: p.span_from(lo),
            }))
        };
        match self.tok() {
            Tok::Ident(_) => {
                let lhs = self.expr_list()?;
                if self.at(&Tok::Colon) && lhs.len() == 1 {
                    if let ExprKind::Ident(label) = &lhs[0].kind {
                        let label = label.clone();
                        return self.labeled_stmt(label).map(Some);
                    }
                }
                Ok(Some(self.simple_stmt_after(lhs, None)?.stmt))
            }
            Tok::Var | Tok::Const | Tok::Type => {
                let d = self.decl()?;
                stmt(StmtKind::Decl(d), self)
            }
            Tok::LBrace => {
                let b = self.block()?;
                stmt(StmtKind::Block(b), self)
            }
            Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Amp
            | Tok::Caret
            | Tok::Not
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Char(_)
            | Tok::Str(_)
            | Tok::Func
            | Tok::LParen
            | Tok::LBrack
            | Tok::Struct
            | Tok::Map
            | Tok::Chan
            | Tok::Interface
            | Tok::Arrow => match self.simple_stmt(None)? {
                SimpleOrRange::Simple(s) => Ok(Some(s.stmt)),
                SimpleOrRange::Range(_) => Err(self.syntax_error("unexpected range")),
            },
            Tok::For => self.for_stmt().map(Some),
            Tok::Switch => self.switch_stmt().map(Some),
            Tok::Select => self.select_stmt().map(Some),
            Tok::If => self.if_stmt().map(Some),
            Tok::Fallthrough => {
                self.next();
                stmt(StmtKind::Fallthrough, self)
            }
            Tok::Break | Tok::Continue => {
                let is_break = self.at(&Tok::Break);
                self.next();
                let label = if let Tok::Ident(_) = self.tok() {
                    Some(self.name()?)
                } else {
                    None
                };
                stmt(
                    if is_break {
                        StmtKind::Break(label)
                    } else {
                        StmtKind::Continue(label)
                    },
                    self,
                )
            }
            Tok::Go | Tok::Defer => {
                let is_go = self.at(&Tok::Go);
                self.next();
                let x = self.primary_expr()?;
                if is_paren(&x) {
                    let word = if is_go { "go" } else { "defer" };
                    return Err(self.error_at(
                        x.span.lo,
                        format!("expression in {word} must not be parenthesized"),
                    ));
                }
                stmt(
                    if is_go {
                        StmtKind::Go(x)
                    } else {
                        StmtKind::Defer(x)
                    },
                    self,
                )
            }
            Tok::Goto => {
                self.next();
                self.name()?;
                self.defer_error(lo, "not supported here: goto");
                stmt(StmtKind::Empty, self)
            }
            Tok::Return => {
                self.next();
                let results = if self.at_semi() || self.at(&Tok::RBrace) {
                    Vec::new()
                } else {
                    self.expr_list()?
                };
                stmt(StmtKind::Return(results), self)
            }
            Tok::Semi(_) => Ok(Some(Stmt {
                kind: StmtKind::Empty,
                span: Span::new(lo, lo),
            })),
            _ => Ok(None),
        }
    }

    /// `label: stmt`, at the `:`.
    fn labeled_stmt(&mut self, label: Ident) -> PResult<Stmt> {
        let lo = label.span.lo;
        let colon = self.pos();
        self.next();
        let inner = if self.at(&Tok::RBrace) {
            Stmt {
                kind: StmtKind::Empty,
                span: Span::new(self.pos(), self.pos()),
            }
        } else {
            match self.stmt_or_none()? {
                Some(s) => s,
                None => return Err(self.syntax_error_at(colon, "missing statement after label")),
            }
        };
        Ok(Stmt {
            kind: StmtKind::Labeled {
                label,
                stmt: Box::new(inner),
            },
            span: self.span_from(lo),
        })
    }

    /// A simple statement; in a `for` header (`kw`) it may also be a range clause.
    fn simple_stmt(&mut self, kw: Option<Keyword>) -> PResult<SimpleOrRange> {
        if kw == Some(Keyword::For) && self.at(&Tok::Range) {
            self.next();
            let x = self.expr()?;
            return Ok(SimpleOrRange::Range(RangeClause {
                lhs: Vec::new(),
                define: false,
                x,
            }));
        }
        let lhs = self.expr_list()?;
        self.simple_stmt_rest(lhs, kw)
    }

    /// A simple statement whose left-hand side is already parsed (never a range).
    fn simple_stmt_after(&mut self, lhs: Vec<Expr>, kw: Option<Keyword>) -> PResult<Simple> {
        match self.simple_stmt_rest(lhs, kw)? {
            SimpleOrRange::Simple(s) => Ok(*s),
            SimpleOrRange::Range(_) => Err(self.syntax_error("unexpected range")),
        }
    }

    fn simple_stmt_rest(
        &mut self,
        mut lhs: Vec<Expr>,
        kw: Option<Keyword>,
    ) -> PResult<SimpleOrRange> {
        let lo = lhs.first().map_or(self.pos(), |e| e.span.lo);
        let op_pos = self.pos();
        let done = |kind, go_pos, p: &Self| {
            Ok(SimpleOrRange::Simple(Box::new(Simple {
                stmt: Stmt {
                    kind,
                    span: p.span_from(lo),
                },
                go_pos,
            })))
        };
        if lhs.len() == 1 && !self.at(&Tok::Assign) && !self.at(&Tok::Define) {
            let Some(x) = lhs.pop() else {
                return Err(self.syntax_error("expected expression"));
            };
            return match self.tok() {
                Tok::OpAssign(op) => {
                    self.next();
                    let rhs = self.expr()?;
                    done(
                        StmtKind::Assign {
                            lhs: vec![x],
                            op: AssignOp::Op(*op),
                            rhs: vec![rhs],
                        },
                        op_pos,
                        self,
                    )
                }
                Tok::Inc | Tok::Dec => {
                    let inc = self.at(&Tok::Inc);
                    self.next();
                    done(StmtKind::IncDec { x, inc }, op_pos, self)
                }
                Tok::Arrow => {
                    self.next();
                    let value = self.expr()?;
                    done(StmtKind::Send { ch: x, value }, op_pos, self)
                }
                _ => {
                    let go_pos = self.go_pos(&x);
                    done(StmtKind::Expr(x), go_pos, self)
                }
            };
        }
        let op = match self.tok() {
            Tok::Assign => AssignOp::Assign,
            Tok::Define => AssignOp::Define,
            _ => return Err(self.syntax_error("expected := or = or comma")),
        };
        self.next();
        if kw == Some(Keyword::For) && self.at(&Tok::Range) {
            self.next();
            let x = self.expr()?;
            return Ok(SimpleOrRange::Range(RangeClause {
                lhs,
                define: op == AssignOp::Define,
                x,
            }));
        }
        let rhs = self.expr_list()?;
        let binds_guard = matches!(
            rhs.as_slice(),
            [Expr {
                kind: ExprKind::TypeAssert { ty: None, .. },
                ..
            }]
        );
        if kw == Some(Keyword::Switch) && op == AssignOp::Define && binds_guard && lhs.len() == 1 {
            // gc makes this a guard bound to the name, and reports a misplaced one there.
            if let Some(g) = self.guards.last_mut() {
                *g = Span::new(lo, lo + 1);
            }
        }
        done(StmtKind::Assign { lhs, op, rhs }, op_pos, self)
    }

    /// The clause between `if`/`for`/`switch` and the `{` (the keyword is consumed).
    fn header(&mut self, kw: Keyword) -> PResult<Header> {
        let mut h = Header::default();
        if self.at(&Tok::LBrace) {
            if kw == Keyword::If {
                return Err(self.syntax_error("missing condition in if statement"));
            }
            return Ok(h);
        }
        let outer = self.xnest;
        self.xnest = -1;
        let r = self.header_inner(kw, &mut h);
        self.xnest = outer;
        r.map(|()| h)
    }

    fn header_inner(&mut self, kw: Keyword, h: &mut Header) -> PResult<()> {
        let mut init = None;
        if !self.at_semi() {
            if self.got(&Tok::Var) {
                return Err(self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    kw.as_str()
                )));
            }
            match self.simple_stmt(Some(kw))? {
                SimpleOrRange::Range(r) => {
                    h.range = Some(r);
                    return Ok(());
                }
                SimpleOrRange::Simple(s) => init = Some(*s),
            }
        }
        let mut cond = None;
        let mut semi = None;
        if !self.at(&Tok::LBrace) {
            match self.tok() {
                Tok::Semi(kind) => {
                    semi = Some((self.pos(), *kind));
                    self.next();
                }
                _ => return Err(self.syntax_error("expected {")),
            }
            if kw == Keyword::For {
                if !self.at_semi() {
                    if self.at(&Tok::LBrace) {
                        return Err(self.syntax_error("expected for loop condition"));
                    }
                    cond = Some(self.simple_stmt_after_fresh()?);
                }
                if !self.at_semi() {
                    // gc reports both problems; a misplaced statement comes first.
                    if let Some(c) = cond
                        .as_ref()
                        .filter(|c| !matches!(c.stmt.kind, StmtKind::Expr(_)))
                    {
                        return Err(self.not_a_value(c));
                    }
                }
                self.want(&Tok::Semi(SemiKind::Explicit))?;
                if !self.at(&Tok::LBrace) {
                    let post = self.simple_stmt_after_fresh()?;
                    if matches!(
                        post.stmt.kind,
                        StmtKind::Assign {
                            op: AssignOp::Define,
                            ..
                        }
                    ) {
                        return Err(self.syntax_error_at(
                            post.go_pos,
                            "cannot declare in post statement of for loop",
                        ));
                    }
                    h.post = Some(Box::new(post.stmt));
                }
            } else if !self.at(&Tok::LBrace) {
                cond = Some(self.simple_stmt_after_fresh()?);
            }
        } else {
            cond = init.take();
        }
        h.init = init.map(|s| Box::new(s.stmt));

        let Some(cond) = cond else {
            if let (Keyword::If, Some((pos, kind))) = (kw, semi) {
                if kind == SemiKind::Explicit {
                    return Err(self.syntax_error_at(pos, "missing condition in if statement"));
                }
                return Err(self.error_at(
                    pos,
                    "syntax error: unexpected newline, expected { after if clause",
                ));
            }
            return Ok(());
        };
        match cond.stmt.kind {
            StmtKind::Expr(x) => {
                if kw == Keyword::Switch && matches!(x.kind, ExprKind::TypeAssert { ty: None, .. })
                {
                    self.guards.pop();
                    h.guard = Some((None, x));
                } else {
                    h.cond = Some(x);
                }
            }
            StmtKind::Assign {
                mut lhs,
                op: AssignOp::Define,
                mut rhs,
            } if kw == Keyword::Switch
                && lhs.len() == 1
                && rhs.len() == 1
                && matches!(lhs[0].kind, ExprKind::Ident(_))
                && matches!(rhs[0].kind, ExprKind::TypeAssert { ty: None, .. }) =>
            {
                self.guards.pop();
                let (
                    Some(Expr {
                        kind: ExprKind::Ident(bind),
                        ..
                    }),
                    Some(x),
                ) = (lhs.pop(), rhs.pop())
                else {
                    return Err(self.syntax_error("expected expression"));
                };
                h.guard = Some((Some(bind), x));
            }
            kind => {
                let what = match &kind {
                    StmtKind::Assign {
                        lhs,
                        op: AssignOp::Assign,
                        rhs,
                    } => {
                        format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
                    }
                    k => stmt_string(k),
                };
                return Err(
                    self.syntax_error_at(cond.go_pos, &format!("cannot use {what} as value"))
                );
            }
        }
        Ok(())
    }

    /// gc's complaint about a statement where a condition belongs (`if x := 1 {`).
    fn not_a_value(&self, s: &Simple) -> Diagnostic {
        let what = match &s.stmt.kind {
            StmtKind::Assign {
                lhs,
                op: AssignOp::Assign,
                rhs,
            } => format!("assignment {} = {}", emphasize(lhs), emphasize(rhs)),
            k => stmt_string(k),
        };
        self.syntax_error_at(s.go_pos, &format!("cannot use {what} as value"))
    }

    /// A simple statement (no range clause) starting at the current token.
    fn simple_stmt_after_fresh(&mut self) -> PResult<Simple> {
        let lhs = self.expr_list()?;
        self.simple_stmt_after(lhs, None)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let lo = self.pos();
        self.next(); // if
        let h = self.header(Keyword::If)?;
        let Some(cond) = h.cond else {
            return Err(self.syntax_error("missing condition in if statement"));
        };
        let then = self.block_after("if clause")?;
        let mut els = None;
        if self.got(&Tok::Else) {
            match self.tok() {
                Tok::If => els = Some(Box::new(self.nested(|p| p.if_stmt())?)),
                Tok::LBrace => {
                    let b = self.block()?;
                    els = Some(Box::new(Stmt {
                        span: b.span,
                        kind: StmtKind::Block(b),
                    }));
                }
                _ => {
                    return Err(self.syntax_error("else must be followed by if or statement block"))
                }
            }
        }
        Ok(Stmt {
            kind: StmtKind::If {
                init: h.init,
                cond,
                then,
                els,
            },
            span: self.span_from(lo),
        })
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let lo = self.pos();
        self.next(); // for
        let h = self.header(Keyword::For)?;
        let body = self.block_after("for clause")?;
        let kind = match h.range {
            Some(RangeClause { lhs, define, x }) => {
                if let Some(third) = lhs.get(2) {
                    self.defer_error(
                        third.span.lo,
                        "range clause permits at most two iteration variables",
                    );
                }
                let mut vars = lhs.into_iter();
                StmtKind::Range {
                    key: vars.next(),
                    value: vars.next(),
                    define,
                    x,
                    body,
                }
            }
            None => StmtKind::For {
                init: h.init,
                cond: h.cond,
                post: h.post,
                body,
            },
        };
        Ok(Stmt {
            kind,
            span: self.span_from(lo),
        })
    }

    fn switch_stmt(&mut self) -> PResult<Stmt> {
        let lo = self.pos();
        self.next(); // switch
        let h = self.header(Keyword::Switch)?;
        if !self.got(&Tok::LBrace) {
            return Err(self.syntax_error("missing { after switch clause"));
        }
        let mut clauses = Vec::new();
        while !self.at_eof() && !self.at(&Tok::RBrace) {
            clauses.push(self.case_clause()?);
        }
        self.want(&Tok::RBrace)?;
        let kind = match h.guard {
            Some((bind, guard)) => {
                let ExprKind::TypeAssert { x, .. } = guard.kind else {
                    return Err(self.syntax_error("expected expression"));
                };
                let clauses = clauses
                    .into_iter()
                    .map(|c| self.type_case_clause(c))
                    .collect();
                StmtKind::TypeSwitch {
                    init: h.init,
                    bind,
                    x: *x,
                    clauses,
                }
            }
            None => StmtKind::Switch {
                init: h.init,
                tag: h.cond,
                clauses,
            },
        };
        Ok(Stmt {
            kind,
            span: self.span_from(lo),
        })
    }

    /// `case a, b: stmts` or `default: stmts`.
    fn case_clause(&mut self) -> PResult<CaseClause> {
        let lo = self.pos();
        let (exprs, is_default) = match self.tok() {
            Tok::Case => {
                self.next();
                (self.expr_list()?, false)
            }
            Tok::Default => {
                self.next();
                (Vec::new(), true)
            }
            _ => return Err(self.syntax_error("expected case or default or }")),
        };
        self.want(&Tok::Colon)?;
        let body = self.stmt_list()?;
        Ok(CaseClause {
            exprs,
            is_default,
            body,
            span: self.span_from(lo),
        })
    }

    /// Reinterprets a parsed case clause of a type switch: its expressions are types.
    fn type_case_clause(&mut self, c: CaseClause) -> TypeCaseClause {
        let mut types = Vec::with_capacity(c.exprs.len());
        for e in c.exprs {
            if denotes_type(&e) {
                types.push(expr_to_type(e));
            } else {
                self.defer_error(e.span.lo, format!("{} is not a type", expr_string(&e)));
                types.push(blank_type(e.span));
            }
        }
        TypeCaseClause {
            types,
            is_default: c.is_default,
            body: c.body,
            span: c.span,
        }
    }

    fn select_stmt(&mut self) -> PResult<Stmt> {
        let lo = self.pos();
        self.next(); // select
        if !self.got(&Tok::LBrace) {
            return Err(self.syntax_error("missing { after select clause"));
        }
        let mut clauses = Vec::new();
        while !self.at_eof() && !self.at(&Tok::RBrace) {
            clauses.push(self.comm_clause()?);
        }
        self.want(&Tok::RBrace)?;
        Ok(Stmt {
            kind: StmtKind::Select { clauses },
            span: self.span_from(lo),
        })
    }

    fn comm_clause(&mut self) -> PResult<CommClause> {
        let lo = self.pos();
        let comm = match self.tok() {
            Tok::Case => {
                self.next();
                let s = self.simple_stmt_after_fresh()?;
                if !is_comm(&s.stmt.kind) {
                    // gc reports an expression statement at its node, others at their start.
                    let at = if matches!(s.stmt.kind, StmtKind::Expr(_)) {
                        s.go_pos
                    } else {
                        s.stmt.span.lo
                    };
                    self.defer_error(
                        at,
                        "select case must be send or receive (possibly with assignment)",
                    );
                }
                Some(Box::new(s.stmt))
            }
            Tok::Default => {
                self.next();
                None
            }
            _ => return Err(self.syntax_error("expected case or default or }")),
        };
        self.want(&Tok::Colon)?;
        let body = self.stmt_list()?;
        Ok(CommClause {
            comm,
            body,
            span: self.span_from(lo),
        })
    }
}

/// Whether a select case statement is a send, a receive, or an assignment of one.
fn is_comm(s: &StmtKind) -> bool {
    let is_recv = |e: &Expr| matches!(strip_parens(e).kind, ExprKind::Unary(UnaryOp::Recv, _));
    match s {
        StmtKind::Send { .. } => true,
        StmtKind::Expr(e) => is_recv(e),
        StmtKind::Assign {
            op: AssignOp::Assign | AssignOp::Define,
            rhs,
            ..
        } => rhs.len() == 1 && rhs.iter().all(is_recv),
        _ => false,
    }
}

/// Whether an expression in a type-switch case can denote a type.
fn denotes_type(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::TypeLit(_) => true,
        ExprKind::Selector(x, _) => matches!(x.kind, ExprKind::Ident(_)),
        ExprKind::Star(x) | ExprKind::Paren(x) => denotes_type(x),
        _ => false,
    }
}

/// The type an expression that [`denotes_type`] denotes. It takes the expression by
/// value and moves its parts, so no type is deep-copied.
fn expr_to_type(e: Expr) -> TypeExpr {
    let span = e.span;
    let kind = match e.kind {
        ExprKind::Ident(name) => TypeExprKind::Name { pkg: None, name },
        ExprKind::Selector(x, name) => match x.kind {
            ExprKind::Ident(pkg) => TypeExprKind::Name {
                pkg: Some(pkg),
                name,
            },
            _ => return blank_type(span),
        },
        ExprKind::Star(x) => TypeExprKind::Pointer(Box::new(expr_to_type(*x))),
        ExprKind::Paren(x) => expr_to_type(*x).kind,
        ExprKind::TypeLit(t) => return t,
        // Not reached after `denotes_type`.
        _ => return blank_type(span),
    };
    TypeExpr { kind, span }
}

/// `_` as a type: what a case that is not a type stands for once reported.
fn blank_type(span: Span) -> TypeExpr {
    TypeExpr {
        span,
        kind: TypeExprKind::Name {
            pkg: None,
            name: Ident {
                name: "_".into(),
                span,
            },
        },
    }
}

// ----- printing, for error messages ----------------------------------------------

/// gc's `emphasize`: a list, with a lone binary expression parenthesised.
fn emphasize(list: &[Expr]) -> String {
    match list {
        [e] if matches!(e.kind, ExprKind::Binary(..)) => format!("({})", expr_string(e)),
        _ => list_string(list),
    }
}

fn list_string(list: &[Expr]) -> String {
    list.iter().map(expr_string).collect::<Vec<_>>().join(", ")
}

/// A simple statement in Go syntax.
fn stmt_string(s: &StmtKind) -> String {
    match s {
        StmtKind::Expr(e) => expr_string(e),
        StmtKind::Send { ch, value } => format!("{} <- {}", expr_string(ch), expr_string(value)),
        StmtKind::IncDec { x, inc } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        StmtKind::Assign { lhs, op, rhs } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.as_str()),
            };
            format!("{} {op} {}", list_string(lhs), list_string(rhs))
        }
        _ => "statement".into(),
    }
}

/// An expression in Go syntax, abbreviated the way gc abbreviates it in messages (its
/// syntax errors and its type checker's errors print expressions alike, so the checker
/// uses this printer too, as `compile::describe`).
/// The nesting is bounded by the parser's depth limit, so recursion is safe.
pub(crate) fn expr_string(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(id) => id.name.clone(),
        ExprKind::IntLit(s) | ExprKind::FloatLit(s) => s.clone(),
        ExprKind::CharLit(c) => lexer::quote_rune(*c),
        ExprKind::StringLit { bytes } => crate::stdlib::numfmt::quote(bytes),
        ExprKind::Composite { ty, elems, .. } => {
            let body = if elems.is_empty() { "{}" } else { "{…}" };
            format!(
                "{}{body}",
                ty.as_ref().map_or(String::new(), |t| expr_string(t))
            )
        }
        ExprKind::FuncLit { sig, body } => {
            format!(
                "{} {}",
                func_string(sig),
                if body.stmts.is_empty() { "{}" } else { "{…}" }
            )
        }
        ExprKind::Paren(x) => format!("({})", expr_string(x)),
        ExprKind::Selector(x, sel) => format!("{}.{}", expr_string(x), sel.name),
        ExprKind::Index(x, i) => format!("{}[{}]", expr_string(x), expr_string(i)),
        ExprKind::SliceExpr { x, lo, hi, max } => {
            let part = |p: &Option<Box<Expr>>| p.as_ref().map_or(String::new(), |e| expr_string(e));
            let mut s = format!("{}[{}:{}", expr_string(x), part(lo), part(hi));
            if max.is_some() {
                s += &format!(":{}", part(max));
            }
            s + "]"
        }
        ExprKind::TypeAssert { x, ty } => {
            format!(
                "{}.({})",
                expr_string(x),
                ty.as_ref().map_or("type".to_string(), type_string)
            )
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            format!(
                "{}({}{})",
                expr_string(func),
                list_string(args),
                if *ellipsis { "..." } else { "" }
            )
        }
        ExprKind::Star(x) => format!("*{}", expr_string(x)),
        ExprKind::Unary(op, x) => {
            let op = match op {
                UnaryOp::Plus => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "^",
                UnaryOp::Addr => "&",
                UnaryOp::Recv => "<-",
            };
            format!("{op}{}", expr_string(x))
        }
        ExprKind::Binary(op, a, b) => {
            format!("{} {} {}", expr_string(a), op.as_str(), expr_string(b))
        }
        ExprKind::TypeLit(t) => type_string(t),
    }
}

fn func_string(sig: &FuncType) -> String {
    let params: Vec<String> = sig
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let dots = if sig.variadic && i + 1 == sig.params.len() {
                "..."
            } else {
                ""
            };
            match &p.name {
                Some(n) => format!("{} {dots}{}", n.name, type_string(&p.ty)),
                None => format!("{dots}{}", type_string(&p.ty)),
            }
        })
        .collect();
    let mut s = format!("func({})", params.join(", "));
    match sig.results.as_slice() {
        [] => {}
        [Param { name: None, ty }] => s += &format!(" {}", type_string(ty)),
        rs => {
            let rs: Vec<String> = rs
                .iter()
                .map(|p| match &p.name {
                    Some(n) => format!("{} {}", n.name, type_string(&p.ty)),
                    None => type_string(&p.ty),
                })
                .collect();
            s += &format!(" ({})", rs.join(", "));
        }
    }
    s
}

/// A type in Go syntax.
pub(crate) fn type_string(t: &TypeExpr) -> String {
    match &t.kind {
        TypeExprKind::Name { pkg: Some(p), name } => format!("{}.{}", p.name, name.name),
        TypeExprKind::Name { pkg: None, name } => name.name.clone(),
        TypeExprKind::Pointer(x) => format!("*{}", type_string(x)),
        TypeExprKind::Slice(x) => format!("[]{}", type_string(x)),
        TypeExprKind::Array { len: Some(n), elem } => {
            format!("[{}]{}", expr_string(n), type_string(elem))
        }
        TypeExprKind::Array { len: None, elem } => format!("[...]{}", type_string(elem)),
        TypeExprKind::Map { key, value } => {
            format!("map[{}]{}", type_string(key), type_string(value))
        }
        TypeExprKind::Chan {
            dir: ChanDir::Both,
            elem,
        } => format!("chan {}", type_string(elem)),
        TypeExprKind::Chan {
            dir: ChanDir::Send,
            elem,
        } => format!("chan<- {}", type_string(elem)),
        TypeExprKind::Chan {
            dir: ChanDir::Recv,
            elem,
        } => format!("<-chan {}", type_string(elem)),
        TypeExprKind::Func(sig) => func_string(sig),
        TypeExprKind::Struct(fields) if fields.is_empty() => "struct{}".into(),
        TypeExprKind::Struct(_) => "struct{…}".into(),
        TypeExprKind::Interface(elems) if elems.is_empty() => "interface{}".into(),
        TypeExprKind::Interface(_) => "interface{…}".into(),
    }
}
