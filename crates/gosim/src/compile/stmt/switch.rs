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
        self.in_init_scope(init, |cx| {
            let (tag_slot, tag_t) = match tag {
                Some(t) => {
                    let part = [crate::compile::order::Part::Value(t)];
                    let ty = cx.in_order(&part, |cx| cx.value_expr(t))?;
                    let s = cx.alloc_slot();
                    cx.emit(Op::Store(s), t.span);
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
                return cx.err(c, "multiple defaults in switch");
            }
            // Tests, in order.
            let mut to_body = vec![];
            let mut seen = vec![];
            for c in clauses {
                let mut js = vec![];
                for e in &c.exprs {
                    match tag_slot {
                        Some(s) => {
                            let peeked = cx.peek(e)?;
                            cx.emit(Op::Load(s), e.span);
                            if !cx.types.is_interface(tag_t) && cx.types.is_interface(peeked.ty) {
                                // Go compares the tag converted to the case's interface:
                                // `case any(nil)` never matches a nil `*int` tag.
                                let t = tag.expect("tag");
                                let to = peeked.ty;
                                cx.assignable(t, &Operand::value(tag_t), to, "switch case").map_err(|mut d| {
                                    d.span = e.span;
                                    d.message = format!("invalid case {} in switch on {} (mismatched types {} and {})", describe(e), describe(t), cx.tname(to), cx.tname(tag_t));
                                    d
                                })?;
                                cx.materialize(&Operand::value(tag_t), to, e.span)?;
                                cx.in_order(&[crate::compile::order::Part::Value(e)], |cx| {
                                    cx.expr_to(e, to, "switch case")
                                })?;
                                cx.emit(Op::Cmp(BinaryOp::Eq, CmpKind::Deep), e.span);
                                js.push(cx.emit(Op::JumpIf(0), e.span));
                                continue;
                            }
                            let part = [crate::compile::order::Part::Value(e)];
                            let eo = cx.in_order(&part, |cx| cx.expr(e))?;
                            let want = tag_t;
                            // Go compares `tag == case`, valid when either side is
                            // assignable to the other's type: a `chan T` tag and a
                            // `<-chan T` case. Without interfaces on either side both
                            // hold the same representation, so nothing converts.
                            let reverse = !matches!(eo.mode, Mode::Const(_))
                                && !cx.types.is_interface(tag_t)
                                && !cx.types.is_interface(eo.ty)
                                && cx.assignable(e, &eo, want, "switch case").is_err()
                                && tag.is_some_and(|t| {
                                    cx.assignable(t, &Operand::value(tag_t), eo.ty, "switch case").is_ok()
                                });
                            if !reverse {
                                cx.assignable(e, &eo, want, "switch case").map_err(|mut d| {
                                    d.message = format!("invalid case {} in switch on {} (mismatched types {} and {})", describe(e), describe(tag.expect("tag")), cx.tname(eo.ty), cx.tname(tag_t));
                                    d
                                })?;
                                cx.materialize(&eo, want, e.span)?;
                            }
                            if let (Mode::Const(v), false) = (&eo.mode, cx.types.is_interface(want)) {
                                let v = cx.convert_const(v, eo.ty, want, e.span)?;
                                let key = v.describe();
                                // Go checks numbers and strings only: `case false: case false:` builds.
                                let checked = !matches!(v, crate::compile::ConstVal::Bool(_));
                                if checked && seen.contains(&key) {
                                    let op = Operand { mode: Mode::Const(v), ty: want };
                                    let shown = cx.operand_text(e, &op);
                                    return cx.err(e.span, format!("duplicate case {shown} in expression switch"));
                                }
                                seen.push(key);
                            }
                            let ck = match cx.types.ukind(tag_t) {
                                TypeKind::Int(k) if !k.signed() => CmpKind::Unsigned,
                                TypeKind::Int(_) => CmpKind::Signed,
                                TypeKind::Float64 | TypeKind::Float32 => CmpKind::Float,
                                TypeKind::String => CmpKind::Str,
                                _ => CmpKind::Deep,
                            };
                            cx.emit(Op::Cmp(BinaryOp::Eq, ck), e.span);
                        }
                        None => {
                            let part = [crate::compile::order::Part::Value(e)];
                            cx.in_order(&part, |cx| cx.tagless_case(e))?
                        }
                    }
                    js.push(cx.emit(Op::JumpIf(0), e.span));
                }
                to_body.push(js);
            }
            let to_default = cx.emit(Op::Jump(0), sp);
            cx.open_breakable(label, false);
            let mut fall: Option<usize> = None;
            let mut default_at = None;
            for (i, c) in clauses.iter().enumerate() {
                if let Some(f) = fall.take() {
                    cx.patch(f);
                }
                for j in &to_body[i] {
                    cx.patch(*j);
                }
                if c.is_default {
                    default_at = Some(cx.here());
                }
                let (body, falls) = match c.body.last() {
                    Some(Stmt {
                        kind: StmtKind::Fallthrough,
                        ..
                    }) => {
                        if i + 1 == clauses.len() {
                            return cx.err(
                                c.body.last().map(|s| s.span).unwrap_or(sp),
                                "cannot fallthrough final case in switch",
                            );
                        }
                        (&c.body[..c.body.len() - 1], true)
                    }
                    _ => (&c.body[..], false),
                };
                cx.block_stmts(body)?;
                if falls {
                    fall = Some(cx.emit(Op::Jump(0), sp));
                } else {
                    cx.jump_to_break(sp);
                }
            }
            cx.patch_default(to_default, default_at);
            cx.close_breakable(None);
            Ok(())
        })
    }

    /// A case of a switch with no tag, which Go compares with `true`: a boolean, or an
    /// interface a bool can be stored in (`case i:` with `i` an `interface{}` holding
    /// `true` matches).
    fn tagless_case(&mut self, e: &Expr) -> CResult<()> {
        let eo = self.peek(e)?;
        if self.types.is_boolean(eo.ty) {
            return self.cond(e);
        }
        let mismatch = |cx: &Compiler| {
            let shown = cx.tname(eo.ty);
            cx.err(
                e.span,
                format!(
                    "invalid case {} in switch on true (mismatched types {shown} and bool)",
                    describe(e)
                ),
            )
        };
        if matches!(eo.mode, Mode::Const(_)) {
            let shown = self.operand_text(e, &eo);
            return self.err(e.span, format!("cannot convert {shown} to type bool"));
        }
        if !self.types.is_interface(eo.ty) || self.implements(ids::BOOL, eo.ty).is_err() {
            return mismatch(self);
        }
        let eo = self.expr(e)?;
        let t = Operand {
            mode: Mode::Const(crate::compile::ConstVal::Bool(true)),
            ty: ids::UNTYPED_BOOL,
        };
        self.materialize(&t, eo.ty, e.span)?;
        self.emit(Op::Cmp(BinaryOp::Eq, CmpKind::Deep), e.span);
        Ok(())
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
        self.in_init_scope(init, |cx| {
            let xt = cx.value_expr(x)?;
            if !cx.types.is_interface(xt) {
                let xo = Operand {
                    mode: Mode::Value,
                    ty: xt,
                };
                let shown = cx.operand_text(x, &xo);
                return cx.err(
                    x.span,
                    format!("{shown} is not an interface"),
                );
            }
            let xs = cx.alloc_slot();
            cx.emit(Op::Store(xs), x.span);
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
                        cx.resolve_type(te)?
                    };
                    // Go checks repeats before whether a case is possible. In a generic
                    // body (compiled once per instantiation) `case T` and `case int` are
                    // distinct to Go even when T is int: the first that matches wins.
                    if cx.tparams.is_empty()
                        && case_types.iter().flatten().chain(&tys).any(|&p| p == t)
                    {
                        let shown = match t {
                            ids::UNTYPED_NIL => "nil".to_string(),
                            _ => cx.tname(t),
                        };
                        return cx.err(te.span, format!("duplicate case {shown} in type switch"));
                    }
                    if t != ids::UNTYPED_NIL && !cx.types.is_interface(t) && !cx.is_type_param(te) {
                        if let Err(why) = cx.implements(t, xt) {
                            return cx.err(te.span, format!("impossible type switch case: {}\n\t{} (variable of interface type {}) cannot have dynamic type {} {why}", crate::syntax::parser::type_string(te), describe(x), cx.tname(xt), cx.tname(t)));
                        }
                    }
                    if t != ids::UNTYPED_NIL {
                        cx.note_static_itab(xt, t);
                    }
                    cx.emit(Op::Load(xs), te.span);
                    cx.emit(Op::TypeIs(t), te.span);
                    cx.emit(Op::Swap, te.span);
                    cx.emit(Op::Pop, te.span);
                    js.push(cx.emit(Op::JumpIf(0), te.span));
                    tys.push(t);
                }
                to_body.push(js);
                case_types.push(tys);
            }
            let to_default = cx.emit(Op::Jump(0), sp);
            cx.open_breakable(label, false);
            let mut default_at = None;
            let mut bind_used = false;
            for (i, c) in clauses.iter().enumerate() {
                for j in &to_body[i] {
                    cx.patch(*j);
                }
                if c.is_default {
                    default_at = Some(cx.here());
                }
                cx.push_scope();
                if let Some(b) = bind {
                    let single = if case_types[i].len() == 1 && case_types[i][0] != ids::UNTYPED_NIL
                    {
                        Some(case_types[i][0])
                    } else {
                        None
                    };
                    cx.emit(Op::Load(xs), b.span);
                    let vt = match single {
                        Some(t) if !cx.types.is_interface(t) => {
                            cx.emit(Op::Unwrap, b.span);
                            t
                        }
                        Some(t) => t,
                        None => xt,
                    };
                    let (n, t, slot, boxed) = cx.declare_var_deferred_bind(b, vt)?;
                    cx.bind_new(n, t, slot, boxed)?;
                }
                let at = cx.fs.last().map_or(0, |f| f.vars_used.len()) - usize::from(bind.is_some());
                let r = cx.block_stmts(&c.body);
                cx.pop_scope();
                r?;
                // Go reports an unused type-switch variable once, at its name, and
                // only when no clause uses it: each clause's copy is counted here.
                if let (Some(_), Some(f)) = (bind, cx.fs.last_mut()) {
                    bind_used |= f.vars_used[at].0;
                    f.vars_used[at].0 = true;
                }
                cx.jump_to_break(sp);
            }
            cx.patch_default(to_default, default_at);
            cx.close_breakable(None);
            if let (Some(b), false, Some(f)) = (bind, bind_used, cx.fs.last_mut()) {
                // `#` marks the wording Go gives a type switch's symbol.
                f.vars_used.push((false, b.span, format!("#{}", b.name)));
            }
            Ok(())
        })
    }

    /// Points the jump taken when no case matches at the `default` clause, or past the
    /// switch when there is none.
    fn patch_default(&mut self, to_default: usize, default_at: Option<usize>) {
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
    }
}
