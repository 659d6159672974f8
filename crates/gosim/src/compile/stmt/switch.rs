//! Expression `switch` and type `switch`.

use super::*;

impl Compiler {
    pub(super) fn switch(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        clauses: &[CaseClause],
        label: Option<String>,
        sp: Span,
    ) -> CResult<()> {
        self.push_scope();
        let r = (|| {
            if let Some(i) = init {
                self.stmt(i)?;
            }
            let (tag_slot, tag_t) = match tag {
                Some(t) => {
                    let ty = self.value_expr(t)?;
                    let s = self.alloc_slot();
                    self.emit(Op::Store(s), t.span);
                    (Some(s), ty)
                }
                None => (None, ids::BOOL),
            };
            if clauses.iter().filter(|c| c.is_default).count() > 1 {
                let c = clauses
                    .iter()
                    .filter(|c| c.is_default)
                    .nth(1)
                    .map(|c| c.span)
                    .unwrap_or(sp);
                return self.err(c, "multiple defaults in switch");
            }
            // Tests, in order.
            let mut to_body = vec![];
            for c in clauses {
                let mut js = vec![];
                for e in &c.exprs {
                    match tag_slot {
                        Some(s) => {
                            self.emit(Op::Load(s), e.span);
                            let eo = self.expr(e)?;
                            let want = tag_t;
                            if !self.types.is_interface(tag_t) && self.types.is_interface(eo.ty) {
                                return self.err(
                                    e.span,
                                    "not supported here: interface case in a non-interface switch",
                                );
                            }
                            self.assignable(e, &eo, want, "switch case").map_err(|mut d| {
                                d.message = format!("invalid case {} in switch on {} (mismatched types {} and {})", describe(e), describe(tag.expect("tag")), self.tname(eo.ty), self.tname(tag_t));
                                d
                            })?;
                            self.materialize(&eo, want, e.span)?;
                            let ck = match self.types.ukind(tag_t) {
                                TypeKind::Int(k) if !k.signed() => CmpKind::Unsigned,
                                TypeKind::Int(_) => CmpKind::Signed,
                                TypeKind::Float64 => CmpKind::Float,
                                TypeKind::String => CmpKind::Str,
                                _ => CmpKind::Deep,
                            };
                            self.emit(Op::Cmp(BinaryOp::Eq, ck), e.span);
                        }
                        None => self.cond(e)?,
                    }
                    js.push(self.emit(Op::JumpIf(0), e.span));
                }
                to_body.push(js);
            }
            let to_default = self.emit(Op::Jump(0), sp);
            self.open_breakable(label, false);
            let mut fall: Option<usize> = None;
            let mut default_at = None;
            for (i, c) in clauses.iter().enumerate() {
                if let Some(f) = fall.take() {
                    self.patch(f);
                }
                for j in &to_body[i] {
                    self.patch(*j);
                }
                if c.is_default {
                    default_at = Some(self.here());
                }
                let (body, falls) = match c.body.last() {
                    Some(Stmt {
                        kind: StmtKind::Fallthrough,
                        ..
                    }) => {
                        if i + 1 == clauses.len() {
                            return self.err(
                                c.body.last().map(|s| s.span).unwrap_or(sp),
                                "cannot fallthrough final case in switch",
                            );
                        }
                        (&c.body[..c.body.len() - 1], true)
                    }
                    _ => (&c.body[..], false),
                };
                self.block_stmts(body)?;
                if falls {
                    fall = Some(self.emit(Op::Jump(0), sp));
                } else {
                    let j = self.emit(Op::Jump(0), sp);
                    self.cur()
                        .breakables
                        .last_mut()
                        .expect("open")
                        .breaks
                        .push(j);
                }
            }
            match default_at {
                Some(d) => {
                    if let Some(Op::Jump(t)) =
                        self.fs.last_mut().and_then(|f| f.code.get_mut(to_default))
                    {
                        *t = d as u32;
                    }
                }
                None => self.patch(to_default),
            }
            self.close_breakable(None);
            Ok(())
        })();
        self.pop_scope();
        r
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        bind: Option<&Ident>,
        x: &Expr,
        clauses: &[TypeCaseClause],
        label: Option<String>,
        sp: Span,
    ) -> CResult<()> {
        self.push_scope();
        let r = (|| {
            if let Some(i) = init {
                self.stmt(i)?;
            }
            let xt = self.value_expr(x)?;
            if !self.types.is_interface(xt) {
                let xo = Operand {
                    mode: Mode::Value,
                    ty: xt,
                };
                let od = self.operand_desc(x, &xo);
                return self.err(
                    x.span,
                    format!("{} ({od}) is not an interface", describe(x)),
                );
            }
            let xs = self.alloc_slot();
            self.emit(Op::Store(xs), x.span);
            let mut to_body = vec![];
            let mut case_types = vec![];
            for c in clauses {
                let mut js = vec![];
                let mut tys = vec![];
                for te in &c.types {
                    let t = if matches!(&te.kind, TypeExprKind::Name { pkg: None, name } if name.name == "nil")
                    {
                        ids::UNTYPED_NIL
                    } else {
                        self.resolve_type(te)?
                    };
                    if t != ids::UNTYPED_NIL && !self.types.is_interface(t) {
                        if let Err(why) = self.implements(t, xt) {
                            return self.err(te.span, format!("impossible type switch case: {} (variable of type {}) cannot have dynamic type {} {why}", describe(x), self.tname(xt), self.tname(t)));
                        }
                    }
                    self.emit(Op::Load(xs), te.span);
                    self.emit(Op::TypeIs(t), te.span);
                    self.emit(Op::Swap, te.span);
                    self.emit(Op::Pop, te.span);
                    js.push(self.emit(Op::JumpIf(0), te.span));
                    tys.push(t);
                }
                to_body.push(js);
                case_types.push(tys);
            }
            let to_default = self.emit(Op::Jump(0), sp);
            self.open_breakable(label, false);
            let mut default_at = None;
            for (i, c) in clauses.iter().enumerate() {
                for j in &to_body[i] {
                    self.patch(*j);
                }
                if c.is_default {
                    default_at = Some(self.here());
                }
                self.push_scope();
                if let Some(b) = bind {
                    let single = if case_types[i].len() == 1 && case_types[i][0] != ids::UNTYPED_NIL
                    {
                        Some(case_types[i][0])
                    } else {
                        None
                    };
                    self.emit(Op::Load(xs), b.span);
                    let vt = match single {
                        Some(t) if !self.types.is_interface(t) => {
                            self.emit(Op::Unwrap, b.span);
                            t
                        }
                        Some(t) => t,
                        None => xt,
                    };
                    let (n, t, slot, boxed) = self.declare_var_deferred_bind(b, vt)?;
                    self.bind_new(n, t, slot, boxed)?;
                    // Go reports an unused type-switch variable only when no clause
                    // uses it; per-clause copies are treated as used.
                    if let Some(f) = self.fs.last_mut() {
                        if let Some(last) = f.vars_used.last_mut() {
                            last.0 = true;
                        }
                    }
                }
                let r = self.block_stmts(&c.body);
                self.pop_scope();
                r?;
                let j = self.emit(Op::Jump(0), sp);
                self.cur()
                    .breakables
                    .last_mut()
                    .expect("open")
                    .breaks
                    .push(j);
            }
            match default_at {
                Some(d) => {
                    if let Some(Op::Jump(t)) =
                        self.fs.last_mut().and_then(|f| f.code.get_mut(to_default))
                    {
                        *t = d as u32;
                    }
                }
                None => self.patch(to_default),
            }
            self.close_breakable(None);
            Ok(())
        })();
        self.pop_scope();
        r
    }
}
