//! Function literals: a closure's body compiled as its own function, with the
//! variables it captures.

use super::*;

impl Compiler {
    pub(super) fn func_lit(
        &mut self,
        sig: &crate::syntax::ast::FuncType,
        body: &crate::syntax::ast::Block,
        t: TypeId,
        sp: Span,
    ) -> CResult<()> {
        let outer_name = self.cur_func_name();
        // Go names closures after the outermost named function: main.main.func1.
        let base = outer_name
            .split(".func")
            .next()
            .unwrap_or(&outer_name)
            .to_string();
        let n = self.lit_counter.get_or_default(base.clone());
        *n += 1;
        let name = format!("{base}.func{n}");
        let id = self.funcs.len() as u32;
        self.push_func_placeholder(name, sp);
        let s = self.types.signature(t).cloned().unwrap_or_default();
        let params = crate::compile::named(&sig.params, &s.params);
        let results = crate::compile::named(&sig.results, &s.results);
        let escaping = Rc::new(crate::compile::escape::escaping_names(body, sig, None));
        self.compile_body(id, &params, &results, body, escaping, vec![], sp)?;
        self.emit_closure(id, sp)
    }

    /// A method expression `T.M` or `(*T).M`: a func value whose first parameter is the
    /// receiver. When the method's own function takes exactly that receiver it is the
    /// value; otherwise (a value method through `*T`, a promoted method, an interface's
    /// method) a wrapper `func(recv T, a0 P0, ...) R { return recv.M(a0, ...) }` is
    /// compiled, as Go generates one.
    pub(super) fn method_expr(
        &mut self,
        t: TypeId,
        sel: &crate::syntax::ast::Ident,
        sp: Span,
    ) -> CResult<Operand> {
        let tn = self.tname(t);
        let name = &sel.name;
        let no_method = |c: &Self| {
            c.err(
                sel.span,
                format!("{tn}.{name} undefined (type {tn} has no method {name})"),
            )
        };
        let is_ptr = matches!(self.types.kind(t), TypeKind::Pointer(_));
        let (sig, direct) = match self.find_member(t, name) {
            Some(Member::Method {
                path,
                func,
                pointer_recv,
                sig,
            }) => {
                if pointer_recv && !is_ptr && !path.iter().any(|p| p.1) {
                    return self.err(
                        sel.span,
                        format!(
                            "invalid method expression {tn}.{name} (needs pointer receiver (*{tn}).{name})"
                        ),
                    );
                }
                (
                    sig,
                    (path.is_empty() && pointer_recv == is_ptr).then_some(func),
                )
            }
            Some(Member::IfaceMethod { sig, path, .. }) if path.is_empty() || !is_ptr => {
                (sig, None)
            }
            _ => {
                if let Some(d) = self.missing_library_method(t, name, sel.span) {
                    return Err(d);
                }
                return no_method(self);
            }
        };
        if !is_exported(name) && self.field_from_other_package(t) {
            return no_method(self);
        }
        let s = self.types.signature(sig).cloned().unwrap_or_default();
        let mut params = vec![t];
        params.extend(s.params.iter().copied());
        let fty = self
            .types
            .func(params.clone(), s.results.clone(), s.variadic);
        if self.dry > 0 {
            return Ok(Operand::value(fty));
        }
        if let Some(func) = direct {
            self.emit(Op::Closure { func, ncaps: 0 }, sp);
            return Ok(Operand::value(fty));
        }
        // Named as Go names the wrapper: main.T.M, main.(*T).M.
        let base = match self.types.kind(t) {
            TypeKind::Pointer(b) => *b,
            _ => t,
        };
        let bn = self.tname(base);
        let fname = match bn.rsplit_once('.') {
            Some((pkg, tname)) if is_ptr => format!("{pkg}.(*{tname}).{name}"),
            _ if is_ptr => format!("(*{bn}).{name}"),
            _ => format!("{bn}.{name}"),
        };
        let id = self.funcs.len() as u32;
        self.push_func_placeholder(fname, sp);
        let ident = |n: String| crate::syntax::ast::Ident { name: n, span: sp };
        let names: Vec<_> = (0..params.len())
            .map(|i| {
                ident(if i == 0 {
                    "#recv".to_string()
                } else {
                    format!("#a{i}")
                })
            })
            .collect();
        let expr = |kind: ExprKind| Expr { kind, span: sp };
        let call = expr(ExprKind::Call {
            func: Box::new(expr(ExprKind::Selector(
                Box::new(expr(ExprKind::Ident(names[0].clone()))),
                sel.clone(),
            ))),
            args: names[1..]
                .iter()
                .map(|n| expr(ExprKind::Ident(n.clone())))
                .collect(),
            ellipsis: s.variadic,
        });
        let stmt = crate::syntax::ast::Stmt {
            kind: if s.results.is_empty() {
                crate::syntax::ast::StmtKind::Expr(call)
            } else {
                crate::syntax::ast::StmtKind::Return(vec![call])
            },
            span: sp,
        };
        let body = crate::syntax::ast::Block {
            stmts: vec![stmt],
            span: sp,
        };
        let ps: Vec<_> = names
            .iter()
            .zip(&params)
            .map(|(n, t)| (Some(n), *t))
            .collect();
        let rs: Vec<_> = s.results.iter().map(|t| (None, *t)).collect();
        let escaping = Rc::new(crate::compile::escape::NameSet::default());
        self.compile_body(id, &ps, &rs, &body, escaping, vec![], sp)?;
        // Its parameters are the compiler's, not the reader's: out of the locals view.
        self.funcs[id as usize]
            .slot_names
            .retain(|n| !n.name.starts_with('#'));
        self.emit_closure(id, sp)?;
        Ok(Operand::value(fty))
    }
}
