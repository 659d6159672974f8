//! Expressions: operands, primary expressions (selectors, indexes, calls, composite
//! literals) and binary operators by precedence climbing.

use super::*;

/// Binary operators and their precedence (higher binds tighter).
pub(super) fn binary_op(t: &Tok) -> Option<(BinaryOp, u8)> {
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

pub(super) fn unparen(e: Expr) -> Expr {
    let mut e = e;
    while let ExprKind::Paren(inner) = e.kind {
        e = *inner;
    }
    e
}

pub(super) fn is_paren(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Paren(_))
}

pub(super) fn strip_parens(e: &Expr) -> &Expr {
    let mut e = e;
    while let ExprKind::Paren(inner) = &e.kind {
        e = inner;
    }
    e
}

/// Whether `e` is certainly a value rather than a type (gc's rule for deciding
/// whether `x[i] {` may begin a composite literal of a generic type).
pub(super) fn is_value(e: &Expr) -> bool {
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
        ExprKind::IndexList(x, is) => is_value(x) || is.iter().any(is_value),
        _ => false,
    }
}

impl<'a> Parser<'a> {
    pub(super) fn expr(&mut self) -> PResult<Expr> {
        self.binary_expr(0)
    }

    pub(super) fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut list = vec![self.expr()?];
        while self.got(&Tok::Comma) {
            list.push(self.expr()?);
        }
        Ok(list)
    }

    /// Precedence climbing: operands joined by operators binding tighter than `prec`.
    pub(super) fn binary_expr(&mut self, prec: u8) -> PResult<Expr> {
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

    pub(super) fn unary_expr(&mut self) -> PResult<Expr> {
        self.nested(Self::unary_expr_inner)
    }

    pub(super) fn unary_expr_inner(&mut self) -> PResult<Expr> {
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
    pub(super) fn make_recv_chan(&self, t: &mut TypeExpr) -> PResult<()> {
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
    pub(super) fn primary_expr(&mut self) -> PResult<Expr> {
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
    pub(super) fn complit_may_follow(&self, x: &Expr) -> bool {
        let t = strip_parens(x);
        match &t.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => self.xnest >= 0,
            ExprKind::Index(..) | ExprKind::IndexList(..) => self.xnest >= 0 && !is_value(t),
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

    pub(super) fn operand(&mut self) -> PResult<Expr> {
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
    pub(super) fn selector_or_assert(&mut self, x: Expr) -> PResult<Expr> {
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
    pub(super) fn index_or_slice(&mut self, x: Expr) -> PResult<Expr> {
        let lo = x.span.lo;
        self.next();
        let mut first = None;
        if !self.at(&Tok::Colon) {
            if self.at(&Tok::RBrack) {
                return Err(self.syntax_error("expected operand"));
            }
            let i = self.with_xnest(1, |p| p.expr())?;
            if self.got(&Tok::Comma) {
                // `F[int, string]`: type arguments.
                let mut list = vec![i];
                while !self.at(&Tok::RBrack) {
                    // gc parses a type list here: a literal cannot start one.
                    if matches!(
                        self.tok(),
                        Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) | Tok::Str(_)
                    ) {
                        return Err(self.syntax_error("expected ]"));
                    }
                    // Types parse as expressions here (`*T`, `[]int` included).
                    list.push(self.with_xnest(1, |p| p.expr())?);
                    if !self.got(&Tok::Comma) {
                        break;
                    }
                }
                self.want(&Tok::RBrack)?;
                return Ok(Expr {
                    kind: ExprKind::IndexList(Box::new(x), list),
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
    pub(super) fn call(&mut self, func: Expr) -> PResult<Expr> {
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
    pub(super) fn complit_body(&mut self) -> PResult<(Vec<KeyedElement>, Span)> {
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
    pub(super) fn element(&mut self) -> PResult<Expr> {
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
