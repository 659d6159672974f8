//! Token access and errors: peeking, consuming and expecting tokens, nesting and
//! stack bounds, and gc's wording for what was expected and what was found.

use super::*;

impl<'a> Parser<'a> {
    /// The current token.
    pub(super) fn tok(&self) -> &'a Tok {
        self.peek(0)
    }

    pub(super) fn span(&self) -> Span {
        self.toks.get(self.i).map_or_else(Span::default, |t| t.span)
    }

    pub(super) fn pos(&self) -> u32 {
        self.span().lo
    }

    /// The token `n` places ahead (`Eof` past the end).
    pub(super) fn peek(&self, n: usize) -> &'a Tok {
        let toks: &'a [Token] = self.toks;
        match toks.get(self.i + n) {
            Some(t) => &t.tok,
            None => &Tok::Eof,
        }
    }

    pub(super) fn next(&mut self) {
        if self.i + 1 < self.toks.len() {
            self.prev_hi = self.span().hi;
            self.i += 1;
        }
    }

    pub(super) fn at(&self, t: &Tok) -> bool {
        self.tok() == t
    }

    pub(super) fn at_semi(&self) -> bool {
        matches!(self.tok(), Tok::Semi(_))
    }

    pub(super) fn at_eof(&self) -> bool {
        matches!(self.tok(), Tok::Eof)
    }

    /// Consumes the current token if it is `t` (any `Tok::Semi` matches any kind of
    /// semicolon).
    pub(super) fn got(&mut self, t: &Tok) -> bool {
        if self.at(t) || (matches!(t, Tok::Semi(_)) && self.at_semi()) {
            self.next();
            true
        } else {
            false
        }
    }

    pub(super) fn want(&mut self, t: &Tok) -> PResult<()> {
        if self.got(t) {
            Ok(())
        } else {
            Err(self.syntax_error(&format!("expected {}", expected_str(t))))
        }
    }

    /// Text of the source between two offsets (empty if out of range).
    pub(super) fn text(&self, span: Span) -> &'a str {
        let src: &'a str = self.src;
        src.get(span.lo as usize..span.hi as usize)
            .unwrap_or_default()
    }

    pub(super) fn span_from(&self, lo: u32) -> Span {
        Span::new(lo, self.prev_hi.max(lo))
    }

    /// gc's description of the current token: `name x`, `literal 1`, `newline`, ...
    #[cold]
    #[inline(never)]
    pub(super) fn tok_desc(&self) -> String {
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
    pub(super) fn syntax_error(&self, msg: &str) -> Diagnostic {
        self.syntax_error_at(self.pos(), msg)
    }

    #[cold]
    #[inline(never)]
    pub(super) fn syntax_error_at(&self, pos: u32, msg: &str) -> Diagnostic {
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
    pub(super) fn error_at(&self, pos: u32, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Span::new(pos, pos + 1), msg)
    }

    #[cold]
    #[inline(never)]
    pub(super) fn defer_error(&mut self, pos: u32, msg: impl Into<String>) {
        self.deferred
            .push(Diagnostic::new(Span::new(pos, pos + 1), msg));
    }

    /// A type parameter list `[K comparable, V any]`, at its `[`: one entry per
    /// name, a group's names sharing the constraint written after the last of them.
    pub(super) fn type_params(&mut self) -> PResult<Vec<TypeParam>> {
        self.next();
        if self.at(&Tok::RBrack) {
            return Err(self.syntax_error("empty type parameter list"));
        }
        let mut entries: Vec<(Ident, Option<Rc<TypeExpr>>)> = Vec::new();
        let close = self.list("parameter list", &Tok::Comma, &Tok::RBrack, &mut |p| {
            let name = p.name()?;
            let c = if !p.at(&Tok::Comma) && !p.at(&Tok::RBrack) {
                Some(Rc::new(p.constraint()?))
            } else {
                None
            };
            entries.push((name, c));
            Ok(false)
        })?;
        let mut out = Vec::with_capacity(entries.len());
        let mut next: Option<Rc<TypeExpr>> = None;
        for (name, c) in entries.into_iter().rev() {
            if c.is_some() {
                next = c;
            }
            let Some(constraint) = next.clone() else {
                return Err(self.syntax_error_at(close.lo, "missing type constraint"));
            };
            out.push(TypeParam { name, constraint });
        }
        out.reverse();
        Ok(out)
    }

    /// A type constraint `~T | U | ...`; anything but one plain type is held as the
    /// interface Go takes it for (`[T ~int]` is `[T interface{ ~int }]`).
    pub(super) fn constraint(&mut self) -> PResult<TypeExpr> {
        let lo = self.pos();
        let terms = self.union_terms()?;
        if terms.len() == 1 && !terms[0].0 {
            return Ok(terms.into_iter().next().map(|t| t.1).expect("one term"));
        }
        Ok(TypeExpr {
            kind: TypeExprKind::Interface(vec![InterfaceElem::Union(terms)]),
            span: self.span_from(lo),
        })
    }

    /// The terms of a union, `~int | string`: (tilde, type) each.
    pub(super) fn union_terms(&mut self) -> PResult<Vec<(bool, TypeExpr)>> {
        let mut terms = Vec::new();
        loop {
            let tilde = self.got(&Tok::Tilde);
            terms.push((tilde, self.type_()?));
            if !self.got(&Tok::Pipe) {
                return Ok(terms);
            }
        }
    }

    /// Type arguments `[int, string]`, at the `[`.
    pub(super) fn type_args(&mut self) -> PResult<Vec<TypeExpr>> {
        self.next();
        if self.at(&Tok::RBrack) {
            return Err(self.syntax_error("expected type argument list"));
        }
        let mut args = vec![self.type_()?];
        while self.got(&Tok::Comma) {
            match self.type_or_none()? {
                Some(t) => args.push(t),
                None => break,
            }
        }
        self.want(&Tok::RBrack)?;
        Ok(args)
    }

    /// Enters one nesting level; fails once the input nests too deeply.
    pub(super) fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH || self.stack_base.abs_diff(stack_position()) > STACK_BUDGET {
            return Err(self.error_at(self.pos(), "syntax error: nesting too deep"));
        }
        Ok(())
    }

    pub(super) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Runs `f` one nesting level deeper.
    pub(super) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.enter()?;
        let r = f(self);
        self.leave();
        r
    }

    /// Runs `f` with `xnest` adjusted by `delta`.
    pub(super) fn with_xnest<T>(
        &mut self,
        delta: i32,
        f: impl FnOnce(&mut Self) -> PResult<T>,
    ) -> PResult<T> {
        self.xnest += delta;
        let r = f(self);
        self.xnest -= delta;
        r
    }

    /// The position gc gives an expression node: binary operations, calls,
    /// selectors, index expressions and composite literals sit at their operator
    /// token, everything else at its start.
    pub(super) fn go_pos(&self, e: &Expr) -> u32 {
        let after = |x: &Expr| self.token_at_or_after(x.span.hi);
        match &e.kind {
            ExprKind::Binary(_, x, _)
            | ExprKind::Call { func: x, .. }
            | ExprKind::Selector(x, _)
            | ExprKind::Index(x, _)
            | ExprKind::IndexList(x, _)
            | ExprKind::SliceExpr { x, .. }
            | ExprKind::TypeAssert { x, .. } => after(x),
            ExprKind::Composite { ty: Some(t), .. } => after(t),
            _ => e.span.lo,
        }
    }

    pub(super) fn token_at_or_after(&self, off: u32) -> u32 {
        let i = self.toks.partition_point(|t| t.span.lo < off);
        self.toks.get(i).map_or(off, |t| t.span.lo)
    }

    /// Parses a comma- or semicolon-separated list closed by `close`, calling `f`
    /// for each element (`f` returns true when no further element may follow).
    /// Returns the span of the closing token. `f` is a `dyn`, not a generic: one copy
    /// of the loop and its error in the wasm rather than one per list kind.
    pub(super) fn list(
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
pub(super) fn expected_str(t: &Tok) -> String {
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
pub(super) fn go_parser_found(t: &Tok, text: &str) -> String {
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
