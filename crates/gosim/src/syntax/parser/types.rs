//! Type expressions: names, pointers, arrays, slices, maps, channels, structs,
//! interfaces and function types.

use super::*;

impl<'a> Parser<'a> {
    pub(super) fn type_(&mut self) -> PResult<TypeExpr> {
        match self.type_or_none()? {
            Some(t) => Ok(t),
            None => Err(self.syntax_error("expected type")),
        }
    }

    /// A type if one starts here, else `None` (consuming nothing).
    pub(super) fn type_or_none(&mut self) -> PResult<Option<TypeExpr>> {
        self.nested(Self::type_or_none_inner)
    }

    pub(super) fn type_or_none_inner(&mut self) -> PResult<Option<TypeExpr>> {
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

    pub(super) fn chan_elem(&mut self) -> PResult<TypeExpr> {
        match self.type_or_none()? {
            Some(t) => Ok(t),
            None => Err(self.syntax_error("missing channel element type")),
        }
    }

    /// `T` or `pkg.T`; `first` is an already consumed first name.
    pub(super) fn qualified_name(&mut self, first: Option<Ident>) -> PResult<TypeExpr> {
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
        let base = TypeExpr {
            kind,
            span: self.span_from(lo),
        };
        if self.at(&Tok::LBrack) {
            // `List[int]`: an instantiated generic type.
            let args = self.type_args()?;
            return Ok(TypeExpr {
                kind: TypeExprKind::Instance {
                    base: Box::new(base),
                    args,
                },
                span: self.span_from(lo),
            });
        }
        Ok(base)
    }

    pub(super) fn struct_type(&mut self) -> PResult<TypeExprKind> {
        let fields = self.braced_items("struct type", Self::field_decl)?;
        Ok(TypeExprKind::Struct(fields))
    }

    /// The keyword (`struct`, `interface`), then `{ item; item; ... }`, each item
    /// read by `item`; `context` names the type in syntax errors.
    fn braced_items<T>(
        &mut self,
        context: &str,
        item: fn(&mut Self) -> PResult<T>,
    ) -> PResult<Vec<T>> {
        self.next();
        self.want(&Tok::LBrace)?;
        let mut items = Vec::new();
        self.list(
            context,
            &Tok::Semi(SemiKind::Explicit),
            &Tok::RBrace,
            &mut |p| {
                items.push(item(p)?);
                Ok(false)
            },
        )?;
        Ok(items)
    }

    pub(super) fn field_decl(&mut self) -> PResult<FieldDecl> {
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
                ) || self.embedded_instance_follows();
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

    /// At `[` after a field's first name: whether `Name[...]` ends the field (an
    /// embedded generic type, `Box[T]`) rather than starting an array or slice type
    /// (`buf [N]byte`), which has an element type after its `]`.
    pub(super) fn embedded_instance_follows(&self) -> bool {
        matches!(
            self.bracket_follower(),
            Some(Tok::Semi(_) | Tok::RBrace | Tok::Str(_))
        )
    }

    /// At `[`: whether the bracketed list is followed by one of `ends` (and is not a
    /// slice's empty `[]`).
    pub(super) fn instance_ends_at(&self, ends: &[Tok]) -> bool {
        self.bracket_follower().is_some_and(|t| ends.contains(t))
    }

    /// At `[`: the token after its matching `]`, if the list is not empty.
    fn bracket_follower(&self) -> Option<&'a Tok> {
        if !self.at(&Tok::LBrack) {
            return None;
        }
        let mut depth = 0;
        let mut k = 0;
        loop {
            match self.peek(k) {
                Tok::LBrack => depth += 1,
                Tok::RBrack => {
                    depth -= 1;
                    if depth == 0 {
                        return (k > 1).then(|| self.peek(k + 1));
                    }
                }
                Tok::Eof | Tok::LBrace | Tok::RBrace => return None,
                _ => {}
            }
            k += 1;
        }
    }

    /// An optional struct tag.
    pub(super) fn tag(&mut self) -> PResult<Option<String>> {
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
                        crate::library::numfmt::quote(text.as_bytes())
                    ),
                );
                self.next();
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    pub(super) fn interface_type(&mut self) -> PResult<TypeExprKind> {
        let elems = self.braced_items("interface type", Self::interface_elem)?;
        Ok(TypeExprKind::Interface(elems))
    }

    pub(super) fn interface_elem(&mut self) -> PResult<InterfaceElem> {
        let elem = match self.tok() {
            Tok::Ident(_) if self.peek(1) == &Tok::LParen => {
                let name = self.name()?;
                let sig = self.func_signature(self.pos())?;
                InterfaceElem::Method { name, sig }
            }
            Tok::Ident(_) if self.peek(1) == &Tok::LBrack => {
                // An instantiated embedded interface, or a generic method, which Go
                // rejects.
                let name = self.name()?;
                let ty = self.qualified_name(Some(name.clone()))?;
                if self.at(&Tok::LParen) {
                    self.defer_error(
                        name.span.lo,
                        "syntax error: interface method must have no type parameters",
                    );
                    InterfaceElem::Method {
                        name,
                        sig: self.func_signature(self.pos())?,
                    }
                } else {
                    InterfaceElem::Embed(ty)
                }
            }
            Tok::Tilde => InterfaceElem::Union(self.union_terms()?),
            _ => match self.type_or_none()? {
                Some(t) => InterfaceElem::Embed(t),
                None => return Err(self.syntax_error("expected type")),
            },
        };
        if self.at(&Tok::Pipe) {
            // A union whose first term had no tilde.
            self.next();
            let first = match elem {
                InterfaceElem::Embed(t) => (false, t),
                InterfaceElem::Union(mut ts) => {
                    let rest = self.union_terms()?;
                    ts.extend(rest);
                    return Ok(InterfaceElem::Union(ts));
                }
                InterfaceElem::Method { .. } => return Err(self.syntax_error("expected type")),
            };
            let mut terms = vec![first];
            terms.extend(self.union_terms()?);
            return Ok(InterfaceElem::Union(terms));
        }
        Ok(elem)
    }
}
