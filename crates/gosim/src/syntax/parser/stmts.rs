//! Statements: simple statements, blocks, `if`/`for`/`switch` headers, type
//! switches, `select` cases, and the AST checks gc's type checker reports.

use super::*;

impl<'a> Parser<'a> {
    /// `{ statements }`.
    pub(super) fn block(&mut self) -> PResult<Block> {
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
    pub(super) fn block_after(&mut self, context: &str) -> PResult<Block> {
        if !self.at(&Tok::LBrace) {
            return Err(self.syntax_error(&format!("expected {{ after {context}")));
        }
        self.block()
    }

    /// Statements up to a `}`, `case`, `default` or the end of the input.
    pub(super) fn stmt_list(&mut self) -> PResult<Vec<Stmt>> {
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

    pub(super) fn stmt_or_none(&mut self) -> PResult<Option<Stmt>> {
        self.nested(Self::stmt_or_none_inner)
    }

    pub(super) fn stmt_or_none_inner(&mut self) -> PResult<Option<Stmt>> {
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
                let label = self.name()?;
                stmt(StmtKind::Goto(label), self)
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
    pub(super) fn labeled_stmt(&mut self, label: Ident) -> PResult<Stmt> {
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
    pub(super) fn simple_stmt(&mut self, kw: Option<Keyword>) -> PResult<SimpleOrRange> {
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
    pub(super) fn simple_stmt_after(
        &mut self,
        lhs: Vec<Expr>,
        kw: Option<Keyword>,
    ) -> PResult<Simple> {
        match self.simple_stmt_rest(lhs, kw)? {
            SimpleOrRange::Simple(s) => Ok(*s),
            SimpleOrRange::Range(_) => Err(self.syntax_error("unexpected range")),
        }
    }

    pub(super) fn simple_stmt_rest(
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
    pub(super) fn header(&mut self, kw: Keyword) -> PResult<Header> {
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

    pub(super) fn header_inner(&mut self, kw: Keyword, h: &mut Header) -> PResult<()> {
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
    pub(super) fn not_a_value(&self, s: &Simple) -> Diagnostic {
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
    pub(super) fn simple_stmt_after_fresh(&mut self) -> PResult<Simple> {
        let lhs = self.expr_list()?;
        self.simple_stmt_after(lhs, None)
    }

    pub(super) fn if_stmt(&mut self) -> PResult<Stmt> {
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

    pub(super) fn for_stmt(&mut self) -> PResult<Stmt> {
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

    pub(super) fn switch_stmt(&mut self) -> PResult<Stmt> {
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
    pub(super) fn case_clause(&mut self) -> PResult<CaseClause> {
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
    pub(super) fn type_case_clause(&mut self, c: CaseClause) -> TypeCaseClause {
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

    pub(super) fn select_stmt(&mut self) -> PResult<Stmt> {
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

    pub(super) fn comm_clause(&mut self) -> PResult<CommClause> {
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
pub(super) fn is_comm(s: &StmtKind) -> bool {
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
pub(super) fn denotes_type(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::TypeLit(_) => true,
        ExprKind::Selector(x, _) => matches!(x.kind, ExprKind::Ident(_)),
        ExprKind::Star(x) | ExprKind::Paren(x) => denotes_type(x),
        ExprKind::Index(x, i) => denotes_type(x) && denotes_type(i),
        ExprKind::IndexList(x, is) => denotes_type(x) && is.iter().all(denotes_type),
        _ => false,
    }
}

/// The type an expression that [`denotes_type`] denotes. It takes the expression by
/// value and moves its parts, so no type is deep-copied.
pub(super) fn expr_to_type(e: Expr) -> TypeExpr {
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
        ExprKind::Index(x, i) => TypeExprKind::Instance {
            base: Box::new(expr_to_type(*x)),
            args: vec![expr_to_type(*i)],
        },
        ExprKind::IndexList(x, is) => TypeExprKind::Instance {
            base: Box::new(expr_to_type(*x)),
            args: is.into_iter().map(expr_to_type).collect(),
        },
        // Not reached after `denotes_type`.
        _ => return blank_type(span),
    };
    TypeExpr { kind, span }
}

/// `_` as a type: what a case that is not a type stands for once reported.
pub(super) fn blank_type(span: Span) -> TypeExpr {
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
