//! Declarations: the package clause, imports, `const`/`var`/`type` groups and
//! functions with their parameter lists.

use super::*;

impl<'a> Parser<'a> {
    pub(super) fn file(&mut self) -> PResult<File> {
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
                    let imports = self.specs(Self::import_spec)?;
                    file.imports.extend(imports);
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
    pub(super) fn group(&mut self, spec: &mut dyn FnMut(&mut Self) -> PResult<()>) -> PResult<()> {
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

    /// The specs of a [`Self::group`], each read by `spec` (a const spec also
    /// needs the one before it, so `decl` reads those itself).
    fn specs<T>(&mut self, spec: fn(&mut Self) -> PResult<T>) -> PResult<Vec<T>> {
        let mut specs = Vec::new();
        self.group(&mut |p| {
            specs.push(spec(p)?);
            Ok(())
        })?;
        Ok(specs)
    }

    pub(super) fn import_spec(&mut self) -> PResult<Import> {
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
    pub(super) fn decl(&mut self) -> PResult<Decl> {
        let kw = self.tok().clone();
        self.next();
        match kw {
            Tok::Var => Ok(Decl::Var(self.specs(Self::var_spec)?)),
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
            _ => Ok(Decl::Type(self.specs(Self::type_spec)?)),
        }
    }

    pub(super) fn name(&mut self) -> PResult<Ident> {
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

    pub(super) fn name_list(&mut self) -> PResult<Vec<Ident>> {
        let mut names = vec![self.name()?];
        while self.got(&Tok::Comma) {
            names.push(self.name()?);
        }
        Ok(names)
    }

    /// Accepts `=` (and `:=`, with gc's complaint).
    pub(super) fn got_assign(&mut self) -> PResult<bool> {
        match self.tok() {
            Tok::Define => Err(self.syntax_error("expected =")),
            Tok::Assign => {
                self.next();
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    pub(super) fn var_spec(&mut self) -> PResult<VarSpec> {
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
    pub(super) fn const_spec(&mut self, iota: u32, prev: Option<&ConstSpec>) -> PResult<ConstSpec> {
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

    pub(super) fn type_spec(&mut self) -> PResult<TypeSpec> {
        let lo = self.pos();
        let name = self.name()?;
        let mut tparams = Vec::new();
        if self.at(&Tok::LBrack) && self.type_params_follow() {
            tparams = self.type_params()?;
        }
        let alias = self.got_assign()?;
        let Some(ty) = self.type_or_none()? else {
            return Err(self.syntax_error("in type declaration"));
        };
        Ok(TypeSpec {
            name,
            tparams,
            alias,
            ty,
            span: self.span_from(lo),
        })
    }

    /// At `[` after a type name: whether this is a type parameter list
    /// (`type L[T any] ...`) rather than an array length (`type A [N]int`).
    pub(super) fn type_params_follow(&self) -> bool {
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

    pub(super) fn func_decl(&mut self) -> PResult<FuncDecl> {
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
        let mut tparams = Vec::new();
        if self.at(&Tok::LBrack) {
            tparams = self.type_params()?;
        }
        let sig = self.func_signature(self.pos())?;
        let body = if self.at(&Tok::LBrace) {
            Some(self.with_xnest(0, |p| p.block())?)
        } else {
            None
        };
        Ok(FuncDecl {
            name,
            tparams,
            recv,
            sig,
            body,
            span: self.span_from(lo),
        })
    }

    /// `(params) results` starting at the current `(`; `lo` starts the span.
    pub(super) fn func_signature(&mut self, lo: u32) -> PResult<FuncType> {
        if self.at(&Tok::LBrack) {
            // Go's parser takes the list, then rejects it.
            let at = self.pos();
            self.type_params()?;
            self.defer_error(
                at,
                "syntax error: function type must have no type parameters",
            );
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
    pub(super) fn param_list(&mut self) -> PResult<ParamList> {
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
    pub(super) fn param_entry(&mut self) -> PResult<ParamEntry> {
        let mut name = None;
        if let Tok::Ident(_) = self.tok() {
            let id = self.name()?;
            match self.tok() {
                // `List[T]` alone: an instantiated type (a receiver `(List[T])`).
                Tok::LBrack if self.instance_ends_at(&[Tok::RParen, Tok::Comma]) => {
                    let lo = id.span.lo;
                    let base = TypeExpr {
                        span: id.span,
                        kind: TypeExprKind::Name {
                            pkg: None,
                            name: id,
                        },
                    };
                    let args = self.type_args()?;
                    return Ok(ParamEntry {
                        name: None,
                        ty: Some(TypeExpr {
                            kind: TypeExprKind::Instance {
                                base: Box::new(base),
                                args,
                            },
                            span: self.span_from(lo),
                        }),
                        dots: None,
                    });
                }
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

pub(super) fn bodiless_func_before(file: &File) -> bool {
    matches!(file.decls.last(), Some(Decl::Func(f)) if f.body.is_none())
}
