//! Statements: control flow, assignment, declarations, go/defer, switch; `range` and `select` in their own files.

mod range;
mod select;

use super::{describe, Breakable, CResult, Compiler, Entity, Mode, Operand, VarLoc};
use crate::code::{CmpKind, NumKind, Op, SelectCase, SelectInfo, SeqKind};
use crate::syntax::ast::*;
use crate::types::{ids, TypeId, TypeKind};
use crate::vecmap::VecMap;

impl Compiler {
    pub(crate) fn block_stmts(&mut self, stmts: &[Stmt]) -> CResult<()> {
        self.cur().scopes.push(VecMap::new());
        let r = stmts.iter().try_for_each(|s| self.stmt(s));
        self.cur().scopes.pop();
        r
    }

    /// Counts a go/defer statement Go's compiler wraps in a closure (every one but a
    /// plain `f()` with no parameters and no results) and, for `go` of a builtin or
    /// library native, records the wrapper's name (`main.main.gowrap2`: one counter
    /// per function for `gowrap` and `deferwrap`, as Go 1.27's tracebacks show) as a
    /// code-less function the goroutine is said to start in.
    fn name_go_wrapper(&mut self, is_go: bool, native: bool, pc: u32, sp: Span) {
        let Some(func) = self.fs.last().map(|f| f.func) else {
            return;
        };
        let outer = self.funcs[func as usize].name.clone();
        let n = self.go_wrap_counter.get_or_default(outer.clone());
        *n += 1;
        let n = *n;
        if is_go && native {
            let wrapper = self.funcs.len() as u32;
            self.push_func_placeholder(format!("{outer}.gowrap{n}"), sp);
            self.go_wrappers.push((func, pc, wrapper));
        }
    }

    fn push_scope(&mut self) {
        self.cur().scopes.push(VecMap::new());
    }
    fn pop_scope(&mut self) {
        self.cur().scopes.pop();
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        let sp = s.span;
        let label = self.cur().pending_label.take();
        match &s.kind {
            StmtKind::Empty => Ok(()),
            StmtKind::Decl(d) => match d {
                Decl::Var(specs) => {
                    for spec in specs {
                        let declared = match &spec.ty {
                            Some(t) => Some(self.resolve_type(t)?),
                            None => None,
                        };
                        let tys =
                            self.init_values(&spec.names, declared, &spec.values, spec.span)?;
                        // Values are on the stack in order; declare last to first.
                        let mut locs = vec![];
                        for (n, t) in spec.names.iter().zip(&tys).rev() {
                            locs.push(self.declare_var_deferred_bind(n, *t)?);
                        }
                        for (n, t, slot, boxed) in locs.into_iter().rev() {
                            self.bind_new(n, t, slot, boxed)?;
                        }
                    }
                    Ok(())
                }
                Decl::Const(specs) => specs.iter().try_for_each(|c| self.declare_const(c)),
                Decl::Type(specs) => {
                    for ts in specs {
                        if !ts.tparams.is_empty() {
                            return self.err(
                                ts.name.span,
                                "not supported here: generic types declared inside a function",
                            );
                        }
                        let t = if ts.alias {
                            self.resolve_type(&ts.ty)?
                        } else {
                            let pkg = self.packages[self.cur_pkg].name.clone();
                            let t = self.types.new_named(&pkg, &ts.name.name, ids::INVALID);
                            self.declare_local_entity(&ts.name, Entity::Type(t))?;
                            let u = self.resolve_type(&ts.ty)?;
                            self.types.set_underlying(t, u);
                            // `type L struct{ l L }` would make zero values recurse forever.
                            if let Some(msg) =
                                super::recursive_type_error(&self.types, t, &ts.name.name)
                            {
                                return self.err(ts.name.span, msg);
                            }
                            t
                        };
                        self.declare_local_entity(&ts.name, Entity::Type(t))?;
                    }
                    Ok(())
                }
                Decl::Func(_) => self.err(sp, "function declaration inside a function"),
            },
            StmtKind::Labeled { label, stmt } => {
                self.cur().pending_label = Some(label.name.clone());
                self.stmt(stmt)
            }
            StmtKind::Expr(e) => {
                let inner = super::expr::strip_parens(e);
                let is_call = matches!(inner.kind, ExprKind::Call { .. });
                let is_recv = matches!(inner.kind, ExprKind::Unary(UnaryOp::Recv, _));
                if !is_call && !is_recv {
                    let op = self.peek_op(e)?;
                    let what = match op.mode {
                        Mode::Const(_) => format!(
                            "{} ({}) is not used",
                            describe(e),
                            self.operand_desc(e, &op)
                        ),
                        _ => format!(
                            "{} ({}) is not used",
                            describe(e),
                            self.operand_desc(e, &op)
                        ),
                    };
                    return self.err(sp, what);
                }
                if let ExprKind::Call { func, .. } = &inner.kind {
                    // Conversions and some builtins are not statements.
                    let f = if self.names_generic(func)? {
                        Operand::value(ids::INVALID)
                    } else {
                        self.peek_op(func)?
                    };
                    if f.mode == Mode::Type {
                        return self.err(
                            sp,
                            format!(
                                "{} (value of type {}) is not used",
                                describe(e),
                                self.tname(f.ty)
                            ),
                        );
                    }
                    if let Mode::Builtin(b) = f.mode {
                        use super::Builtin::*;
                        if matches!(b, Append | Cap | Len | Make | New | Min | Max) {
                            let op = self.peek_op(e)?;
                            let od = self.operand_desc(e, &op);
                            return self.err(sp, format!("{} ({od}) is not used", describe(e)));
                        }
                    }
                }
                let op = self.expr(e)?;
                let n = match self.types.kind(op.ty) {
                    TypeKind::Tuple(ts) => ts.len(),
                    _ if op.mode == Mode::Void => 0,
                    _ => 1,
                };
                if let Mode::Const(_) = op.mode {
                    return Ok(());
                }
                for _ in 0..n {
                    self.emit(Op::Pop, sp);
                }
                Ok(())
            }
            StmtKind::Send { ch, value } => {
                let ct = self.value_expr(ch)?;
                let TypeKind::Chan(dir, elem) = *self.types.ukind(ct) else {
                    return self.err(sp, format!("invalid operation: cannot send to non-channel {} (variable of type {})", describe(ch), self.tname(ct)));
                };
                if dir == ChanDir::Recv {
                    return self.err(sp, format!("invalid operation: cannot send to receive-only channel {} (variable of type {})", describe(ch), self.tname(ct)));
                }
                self.expr_to(value, elem, "send")?;
                self.emit(Op::Send, sp);
                Ok(())
            }
            StmtKind::IncDec { x, inc } => {
                let one = Expr {
                    kind: ExprKind::IntLit("1".into()),
                    span: sp,
                };
                self.op_assign(
                    x,
                    if *inc { BinaryOp::Add } else { BinaryOp::Sub },
                    &one,
                    sp,
                )
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Define => self.define(lhs, rhs, sp),
                AssignOp::Assign => self.assign(lhs, rhs, sp),
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        return self.err(
                            sp,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                    }
                    self.op_assign(&lhs[0], *bop, &rhs[0], sp)
                }
            },
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let is_go = matches!(s.kind, StmtKind::Go(_));
                let word = if is_go { "go" } else { "defer" };
                let ExprKind::Call {
                    func,
                    args,
                    ellipsis,
                } = &super::expr::strip_parens(e).kind
                else {
                    return self.err(
                        e.span,
                        format!("expression in {word} must be function call"),
                    );
                };
                if matches!(super::expr::strip_parens(e).kind, ExprKind::Paren(_))
                    || matches!(e.kind, ExprKind::Paren(_))
                {
                    return self.err(
                        e.span,
                        format!("expression in {word} must not be parenthesized"),
                    );
                }
                self.pack_mode = true;
                self.pack_plain = false;
                let r = self.call(func, args, *ellipsis, e.span);
                self.pack_mode = false;
                r?;
                let native = matches!(
                    self.fs.last().and_then(|f| f.code.last()),
                    Some(Op::Pack {
                        kind: crate::code::CallKind::Native(_),
                        ..
                    })
                );
                let pc = self.emit(if is_go { Op::Go } else { Op::Defer }, sp);
                if !self.pack_plain && self.dry == 0 {
                    self.name_go_wrapper(is_go, native, pc as u32, sp);
                }
                Ok(())
            }
            StmtKind::Return(values) => self.return_stmt(values, sp),
            StmtKind::Break(l) => self.branch(l.as_ref(), false, sp),
            StmtKind::Continue(l) => self.branch(l.as_ref(), true, sp),
            StmtKind::Fallthrough => self.err(sp, "fallthrough statement out of place"),
            StmtKind::Block(b) => self.block_stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                let r = (|| {
                    if let Some(i) = init {
                        self.stmt(i)?;
                    }
                    self.cond(cond)?;
                    let j = self.emit(Op::JumpIfNot(0), cond.span);
                    self.block_stmts(&then.stmts)?;
                    if let Some(e) = els {
                        let j2 = self.emit(Op::Jump(0), sp);
                        self.patch(j);
                        self.stmt(e)?;
                        self.patch(j2);
                    } else {
                        self.patch(j);
                    }
                    Ok(())
                })();
                self.pop_scope();
                r
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.switch(init.as_deref(), tag.as_ref(), clauses, label, sp)
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, clauses, label, sp),
            StmtKind::Select { clauses } => self.select(clauses, label, sp),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_loop(
                init.as_deref(),
                cond.as_ref(),
                post.as_deref(),
                body,
                label,
                sp,
            ),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range(key.as_ref(), value.as_ref(), *define, x, body, label, sp),
        }
    }

    fn peek_op(&mut self, e: &Expr) -> CResult<Operand> {
        self.dry += 1;
        let r = self.expr(e);
        self.dry -= 1;
        r
    }

    /// A boolean condition.
    fn cond(&mut self, e: &Expr) -> CResult<()> {
        let op = self.expr(e)?;
        if !self.types.is_boolean(op.ty) {
            let od = self.operand_desc(e, &op);
            return self.err(
                e.span,
                format!("non-boolean {} ({od}) used as condition", describe(e)),
            );
        }
        self.materialize(&op, ids::BOOL, e.span)
    }

    /// Allocates the slot for a new variable whose value is on the stack, storing it;
    /// the name is bound afterwards (so `x := x` sees the outer x on the right).
    fn declare_var_deferred_bind<'a>(
        &mut self,
        name: &'a Ident,
        ty: TypeId,
    ) -> CResult<(&'a Ident, TypeId, u32, bool)> {
        if name.name == "_" {
            self.emit(Op::Pop, name.span);
            return Ok((name, ty, u32::MAX, false));
        }
        let slot = self.alloc_slot();
        let boxed = self.cur().escaping.contains(&name.name);
        self.emit(
            if boxed {
                Op::Box(slot)
            } else {
                Op::Store(slot)
            },
            name.span,
        );
        Ok((name, ty, slot, boxed))
    }

    fn bind_new(&mut self, name: &Ident, ty: TypeId, slot: u32, boxed: bool) -> CResult<()> {
        if slot == u32::MAX {
            return Ok(());
        }
        if let Some(prev) = self.cur().scopes.last().and_then(|s| s.get(&name.name)) {
            let _ = prev;
            return self.err(name.span, format!("{} redeclared in this block", name.name));
        }
        self.bind_local(name, slot, boxed, ty, false)
    }

    fn define(&mut self, lhs: &[Expr], rhs: &[Expr], sp: Span) -> CResult<()> {
        let mut names = vec![];
        for l in lhs {
            let ExprKind::Ident(id) = &l.kind else {
                return self.err(
                    l.span,
                    format!("non-name {} on left side of :=", describe(l)),
                );
            };
            names.push(id.clone());
        }
        // Which names are new in this scope?
        let scope_has = |c: &Compiler, n: &str| {
            c.fs.last()
                .and_then(|f| f.scopes.last())
                .is_some_and(|s| s.contains_key(n))
        };
        let any_new = names
            .iter()
            .any(|n| n.name != "_" && !scope_has(self, &n.name));
        if !any_new {
            return self.err(sp, "no new variables on left side of :=");
        }
        // Evaluate the right side.
        let tys: Vec<TypeId> = if rhs.len() == 1 && names.len() > 1 {
            self.multi_value(&rhs[0], names.len())?
                .into_iter()
                .map(|t| self.types.default_type(t))
                .collect()
        } else {
            if rhs.len() != names.len() {
                return self.err(
                    names[0].span,
                    format!(
                        "assignment mismatch: {} variable{} but {} value{}",
                        names.len(),
                        if names.len() == 1 { "" } else { "s" },
                        rhs.len(),
                        if rhs.len() == 1 { "" } else { "s" }
                    ),
                );
            }
            let mut out = vec![];
            for (i, r) in rhs.iter().enumerate() {
                // An existing variable keeps its type.
                let existing = if scope_has(self, &names[i].name) {
                    match self.lookup(&names[i].name, names[i].span)? {
                        Entity::Var(_, t) => Some(t),
                        _ => None,
                    }
                } else {
                    None
                };
                match existing {
                    Some(t) => {
                        self.append_stack_buf = self.stack_slice_dest(&names[i].name);
                        let r = self.expr_to(r, t, "assignment");
                        self.append_stack_buf = false;
                        r?;
                        out.push(t)
                    }
                    None => {
                        self.append_stack_buf = self.cur().stack_slices.contains(&names[i].name)
                            && !self.cur().escaping.contains(&names[i].name);
                        let op = self.expr(r);
                        self.append_stack_buf = false;
                        let op = op?;
                        if op.mode == Mode::Void {
                            return self
                                .err(r.span, format!("{} (no value) used as value", describe(r)));
                        }
                        if op.ty == ids::UNTYPED_NIL {
                            return self.err(r.span, "use of untyped nil in assignment");
                        }
                        if let TypeKind::Tuple(ts) = self.types.kind(op.ty) {
                            return self.err(
                                r.span,
                                format!(
                                    "assignment mismatch: 1 variable but {} returns {} values",
                                    describe(r),
                                    ts.len()
                                ),
                            );
                        }
                        if matches!(op.mode, Mode::Type | Mode::Builtin(_) | Mode::Package(_)) {
                            return self
                                .err(r.span, format!("{} is not an expression", describe(r)));
                        }
                        let t = self.types.default_type(op.ty);
                        self.materialize(&op, t, r.span)?;
                        out.push(t)
                    }
                }
            }
            out
        };
        // Store last to first: new variables get slots, existing ones are assigned.
        let mut binds = vec![];
        for (n, t) in names.iter().zip(&tys).rev() {
            if n.name != "_" && scope_has(self, &n.name) {
                let Entity::Var(loc, vt) = self.lookup(&n.name, n.span)? else {
                    return self.err(n.span, format!("cannot assign to {}", n.name));
                };
                self.check_assignable(*t, vt, n.span, "assignment")?;
                self.store_var(loc, n.span);
            } else {
                binds.push(self.declare_var_deferred_bind(n, *t)?);
            }
        }
        for (n, t, slot, boxed) in binds.into_iter().rev() {
            self.bind_new(n, t, slot, boxed)?;
        }
        Ok(())
    }

    fn store_var(&mut self, loc: VarLoc, sp: Span) {
        match loc {
            VarLoc::Local(s) => self.emit(Op::Store(s), sp),
            VarLoc::Boxed(s) => self.emit(Op::StoreBox(s), sp),
            VarLoc::Global(g) => self.emit(Op::StoreGlobal(g), sp),
        };
    }

    /// The type of an assignable left-hand side, checking that it is one.
    fn lhs_type(&mut self, l: &Expr) -> CResult<TypeId> {
        let l = super::expr::strip_parens(l);
        if let ExprKind::Ident(id) = &l.kind {
            if id.name == "_" {
                return Ok(ids::INVALID);
            }
            return match self.lookup(&id.name, id.span)? {
                Entity::Var(_, t) => Ok(t),
                _ => self.err(
                    l.span,
                    format!(
                        "cannot assign to {} (neither addressable nor a map index expression)",
                        describe(l)
                    ),
                ),
            };
        }
        if let ExprKind::Index(x, _) = &l.kind {
            let xo = self.peek_op(x)?;
            if let TypeKind::Map(_, v) = *self.types.ukind(xo.ty) {
                return Ok(v);
            }
            if self.types.is_string(xo.ty) {
                return self.err(
                    l.span,
                    format!(
                        "cannot assign to {} (neither addressable nor a map index expression)",
                        describe(l)
                    ),
                );
            }
        }
        if !self.addressable(l) {
            if let ExprKind::Selector(x, _) = &l.kind {
                if let ExprKind::Index(m, _) = &super::expr::strip_parens(x).kind {
                    let mo = self.peek_op(m)?;
                    if matches!(self.types.ukind(mo.ty), TypeKind::Map(..)) {
                        return self.err(
                            l.span,
                            format!("cannot assign to struct field {} in map", describe(l)),
                        );
                    }
                }
            }
            return self.err(
                l.span,
                format!(
                    "cannot assign to {} (neither addressable nor a map index expression)",
                    describe(l)
                ),
            );
        }
        Ok(self.peek_op(l)?.ty)
    }

    /// Emits what must precede the value in a store to `l` (a reference, or map and
    /// key); returns how to finish the store.
    fn lhs_prefix(&mut self, l: &Expr) -> CResult<Store> {
        let l = super::expr::strip_parens(l);
        if let ExprKind::Ident(id) = &l.kind {
            if id.name == "_" {
                return Ok(Store::Discard);
            }
            if let Entity::Var(loc, _) = self.lookup(&id.name, id.span)? {
                return Ok(Store::Var(loc));
            }
        }
        if let ExprKind::Index(x, i) = &l.kind {
            let xo = self.peek_op(x)?;
            if let TypeKind::Map(k, _) = *self.types.ukind(xo.ty) {
                self.expr(x)?;
                self.expr_to(i, k, "map index")?;
                return Ok(Store::Map);
            }
        }
        self.addr(l)?;
        Ok(Store::Ref)
    }

    /// Stores a value of type `from`, which `load` pushes, into the assignable
    /// expression `l`: Go's assignability check, then the interface wrapping the
    /// value needs when `l` has an interface type, then the store. Range and select
    /// assignments (whose values sit in temporaries) go through here, so a value
    /// received into an `any` keeps its dynamic type as a plain assignment does.
    pub(super) fn store_loaded(
        &mut self,
        l: &Expr,
        from: TypeId,
        load: Op,
        context: &str,
        sp: Span,
    ) -> CResult<()> {
        let lt = self.lhs_type(l)?;
        if lt != ids::INVALID {
            self.check_assignable(from, lt, l.span, context)?;
        }
        let st = self.lhs_prefix(l)?;
        self.emit(load, sp);
        if lt != ids::INVALID {
            let op = Operand {
                mode: Mode::Value,
                ty: from,
            };
            self.materialize(&op, lt, sp)?;
        }
        self.finish_store(st, sp);
        Ok(())
    }

    fn finish_store(&mut self, st: Store, sp: Span) {
        match st {
            Store::Discard => {
                self.emit(Op::Pop, sp);
            }
            Store::Var(loc) => self.store_var(loc, sp),
            Store::Map => {
                self.emit(Op::MapSet, sp);
            }
            Store::Ref => {
                self.emit(Op::StoreRef, sp);
            }
        }
    }

    /// Whether an `append` stored into variable `name` gets Go's stack buffer: the
    /// name is a local (not boxed) slice variable whose backing array stays put.
    fn stack_slice_dest(&mut self, name: &str) -> bool {
        self.cur().stack_slices.contains(name)
            && matches!(self.lookup_quiet_var(name), Some(VarLoc::Local(_)))
    }

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr], sp: Span) -> CResult<()> {
        let mut tys = vec![];
        for l in lhs {
            tys.push(self.lhs_type(l)?);
        }
        if lhs.len() == 1 && rhs.len() == 1 {
            let st = self.lhs_prefix(&lhs[0])?;
            if tys[0] == ids::INVALID {
                let op = self.expr(&rhs[0])?;
                if op.mode == Mode::Void {
                    return self.err(
                        rhs[0].span,
                        format!("{} (no value) used as value", describe(&rhs[0])),
                    );
                }
                let t = self.types.default_type(op.ty);
                self.materialize(&op, t, rhs[0].span)?;
            } else {
                if let ExprKind::Ident(id) = &lhs[0].kind {
                    self.append_stack_buf = self.stack_slice_dest(&id.name);
                }
                let r = self.expr_to(&rhs[0], tys[0], "assignment");
                self.append_stack_buf = false;
                r?;
            }
            self.finish_store(st, sp);
            return Ok(());
        }
        // Several. Go evaluates the operands on the left (pointers, indexed
        // operands, map keys) first, then every right-hand value, and only then
        // assigns, left to right: `head, head.Next = head.Next, prev` must reach the
        // old `head`. The left-hand prefixes are kept in temporaries meanwhile.
        let mut prefixes = vec![];
        for l in lhs {
            let st = self.lhs_prefix(l)?;
            let width = match st {
                Store::Ref => 1,
                Store::Map => 2,
                Store::Var(_) | Store::Discard => 0,
            };
            let at = self.cur().nslots;
            self.cur().nslots += width;
            for k in (0..width).rev() {
                self.emit(Op::Store(at + k), sp);
            }
            prefixes.push((st, at, width));
        }
        let vals: Vec<TypeId> = if rhs.len() == 1 {
            self.multi_value(&rhs[0], lhs.len())?
        } else {
            if rhs.len() != lhs.len() {
                return self.err(
                    lhs[0].span,
                    format!(
                        "assignment mismatch: {} variables but {} value{}",
                        lhs.len(),
                        rhs.len(),
                        if rhs.len() == 1 { "" } else { "s" }
                    ),
                );
            }
            let mut out = vec![];
            for (r, t) in rhs.iter().zip(&tys) {
                if *t == ids::INVALID {
                    out.push(self.value_expr(r)?);
                } else {
                    self.expr_to(r, *t, "assignment")?;
                    out.push(*t);
                }
            }
            out
        };
        let base = self.cur().nslots;
        self.cur().nslots += lhs.len() as u32;
        for i in (0..lhs.len()).rev() {
            self.emit(Op::Store(base + i as u32), sp);
        }
        for (i, (l, (st, at, width))) in lhs.iter().zip(prefixes).enumerate() {
            for k in 0..width {
                self.emit(Op::Load(at + k), sp);
            }
            self.emit(Op::Load(base + i as u32), sp);
            if tys[i] != ids::INVALID && rhs.len() == 1 {
                self.check_assignable(vals[i], tys[i], l.span, "assignment")?;
                self.materialize(
                    &Operand {
                        mode: Mode::Value,
                        ty: vals[i],
                    },
                    tys[i],
                    sp,
                )?;
            }
            self.finish_store(st, sp);
        }
        Ok(())
    }

    fn op_assign(&mut self, l: &Expr, op: BinaryOp, r: &Expr, sp: Span) -> CResult<()> {
        let t = self.lhs_type(l)?;
        let st = self.lhs_prefix(l)?;
        match st {
            Store::Var(loc) => {
                match loc {
                    VarLoc::Local(s) => self.emit(Op::Load(s), sp),
                    VarLoc::Boxed(s) => self.emit(Op::LoadBox(s), sp),
                    VarLoc::Global(g) => self.emit(Op::LoadGlobal(g), sp),
                };
            }
            Store::Map => {
                self.emit(Op::Dup2, sp);
                let zero = self.zero_const(t);
                self.emit(Op::MapGet { zero, ok: false }, sp);
            }
            Store::Ref => {
                self.emit(Op::Dup, sp);
                self.emit(Op::Deref, sp);
            }
            Store::Discard => return self.err(l.span, "cannot use _ as value"),
        }
        let Some(k) = self.num_kind(t) else {
            return self.err(
                sp,
                format!(
                    "invalid operation: operator {} not defined on {} (variable of type {})",
                    op.as_str(),
                    describe(l),
                    self.tname(t)
                ),
            );
        };
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            let ro = self.expr(r)?;
            let rt = if self.types.is_untyped(ro.ty) {
                ids::UINT
            } else {
                ro.ty
            };
            self.materialize(&ro, rt, r.span)?;
        } else {
            let ro = self.peek_op(r)?;
            if let (Mode::Const(v), NumKind::Int(_)) = (&ro.mode, k) {
                if matches!(op, BinaryOp::Div | BinaryOp::Rem) && v.as_int() == Some(0) {
                    return self.err(r.span, "invalid operation: division by zero");
                }
            }
            self.expr_to(r, t, "assignment").map_err(|mut d| {
                if d.message.starts_with("cannot use") {
                    d.message = format!(
                        "invalid operation: {} {}= {} (mismatched types {} and {})",
                        describe(l),
                        op.as_str(),
                        describe(r),
                        self.tname(t),
                        self.tname(ro.ty)
                    );
                    d.span = sp;
                }
                d
            })?;
            if k == NumKind::Str && op != BinaryOp::Add {
                return self.err(
                    sp,
                    format!(
                        "invalid operation: operator {} not defined on {} (variable of type {})",
                        op.as_str(),
                        describe(l),
                        self.tname(t)
                    ),
                );
            }
        }
        self.emit(Op::Arith(op, k), sp);
        self.finish_store(st, sp);
        Ok(())
    }

    fn return_stmt(&mut self, values: &[Expr], sp: Span) -> CResult<()> {
        let results = self.cur().results.clone();
        let slots = self.cur().result_slots.clone();
        if values.is_empty() {
            if !results.is_empty() && !self.cur().named_results {
                return self.err(
                    sp,
                    format!(
                        "not enough return values\n\thave ()\n\twant ({})",
                        results
                            .iter()
                            .map(|t| self.tname(*t))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        } else if values.len() == 1 && results.len() > 1 {
            // `return f()` with f's results as the function's: Go takes no comma-ok form
            // here (`return m[k]` is one value), and a mistake inside the expression keeps
            // its own message (a refusal stays a refusal).
            let op = self.peek(&values[0])?;
            let have = match self.types.kind(op.ty) {
                TypeKind::Tuple(ts) => ts.clone(),
                _ if op.mode == Mode::Void => vec![],
                _ => vec![op.ty],
            };
            if have.len() != results.len() {
                let list = |c: &Self, ts: &[TypeId]| {
                    ts.iter()
                        .map(|t| c.tname(*t))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                return self.err(
                    values[0].span,
                    format!(
                        "{} return values\n\thave ({})\n\twant ({})",
                        if have.len() < results.len() {
                            "not enough"
                        } else {
                            "too many"
                        },
                        list(self, &have),
                        list(self, &results)
                    ),
                );
            }
            let tys = self.multi_value(&values[0], results.len())?;
            for i in (0..results.len()).rev() {
                self.check_assignable(tys[i], results[i], values[0].span, "return statement")?;
                self.materialize(
                    &Operand {
                        mode: Mode::Value,
                        ty: tys[i],
                    },
                    results[i],
                    sp,
                )?;
                let (slot, boxed) = slots[i];
                self.emit(
                    if boxed {
                        Op::StoreBox(slot)
                    } else {
                        Op::Store(slot)
                    },
                    sp,
                );
            }
        } else {
            if values.len() != results.len() {
                let mut have = vec![];
                for v in values {
                    let o = self.peek_op(v)?;
                    have.push(
                        if matches!(o.mode, Mode::Const(_)) && self.types.is_untyped(o.ty) {
                            "number".to_string()
                        } else {
                            self.tname(o.ty)
                        },
                    );
                }
                let want: Vec<String> = results.iter().map(|t| self.tname(*t)).collect();
                let which = if values.len() > results.len() {
                    "too many"
                } else {
                    "not enough"
                };
                return self.err(
                    values[0].span,
                    format!(
                        "{which} return values\n\thave ({})\n\twant ({})",
                        have.join(", "),
                        want.join(", ")
                    ),
                );
            }
            for (v, t) in values.iter().zip(&results) {
                self.expr_to(v, *t, "return statement")?;
            }
            for i in (0..results.len()).rev() {
                let (slot, boxed) = slots[i];
                self.emit(
                    if boxed {
                        Op::StoreBox(slot)
                    } else {
                        Op::Store(slot)
                    },
                    sp,
                );
            }
        }
        let j = self.emit(Op::Jump(0), sp);
        if self.dry == 0 {
            self.cur().returns.push(j);
        }
        Ok(())
    }

    fn branch(&mut self, label: Option<&Ident>, is_continue: bool, sp: Span) -> CResult<()> {
        let word = if is_continue { "continue" } else { "break" };
        let idx = {
            let f = self.fs.last().expect("in function");
            let found = f.breakables.iter().rposition(|b| match label {
                Some(l) => b.label.as_deref() == Some(l.name.as_str()),
                None => !is_continue || b.is_loop,
            });
            match (found, label) {
                (Some(i), _) if is_continue && !f.breakables[i].is_loop => {
                    return self.err(
                        sp,
                        format!(
                            "invalid continue label {}",
                            label.map(|l| l.name.as_str()).unwrap_or("")
                        ),
                    )
                }
                (Some(i), _) => i,
                (None, Some(l)) => {
                    return self.err(l.span, format!("invalid {word} label {}", l.name))
                }
                (None, None) => {
                    return self.err(
                        sp,
                        format!(
                            "{word} is not in a loop{}",
                            if is_continue {
                                ""
                            } else {
                                ", switch, or select"
                            }
                        ),
                    )
                }
            }
        };
        let j = self.emit(Op::Jump(0), sp);
        let b = &mut self.cur().breakables[idx];
        if is_continue {
            b.continues.push(j)
        } else {
            b.breaks.push(j)
        }
        Ok(())
    }

    fn open_breakable(&mut self, label: Option<String>, is_loop: bool) {
        self.cur().breakables.push(Breakable {
            label,
            is_loop,
            breaks: vec![],
            continues: vec![],
        });
    }

    /// Closes the innermost breakable: patches its breaks to here and its continues to
    /// `continue_to`.
    fn close_breakable(&mut self, continue_to: Option<usize>) {
        let b = self.cur().breakables.pop().expect("opened");
        for j in b.breaks {
            self.patch(j);
        }
        if let Some(t) = continue_to {
            for j in b.continues {
                if let Op::Jump(x) = &mut self.cur().code[j] {
                    *x = t as u32;
                }
            }
        }
    }

    fn for_loop(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &Block,
        label: Option<String>,
        sp: Span,
    ) -> CResult<()> {
        self.push_scope();
        let r = (|| {
            if let Some(i) = init {
                self.stmt(i)?;
            }
            // Loop variables declared by init: each iteration gets its own copy (Go 1.22).
            let mut loop_vars: Vec<u32> = self
                .cur()
                .scopes
                .last()
                .map(|s| {
                    s.values()
                        .filter_map(|v| {
                            if let VarLoc::Boxed(s) = v.loc {
                                Some(s)
                            } else {
                                None
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            // Fresh cells in declaration (slot) order, whatever order the scope keeps.
            crate::sorting::sort_by(&mut loop_vars, |a, b| a.cmp(b));
            let top = self.here();
            let exit = match cond {
                Some(c) => {
                    self.cond(c)?;
                    Some(self.emit(Op::JumpIfNot(0), c.span))
                }
                None => None,
            };
            self.open_breakable(label, true);
            self.block_stmts(&body.stmts)?;
            let cont = self.here();
            for s in &loop_vars {
                self.emit(Op::LoadBox(*s), sp);
                self.emit(Op::Box(*s), sp);
            }
            if let Some(p) = post {
                self.stmt(p)?;
            }
            self.emit(Op::Jump(top as u32), sp);
            if let Some(e) = exit {
                self.patch(e);
            }
            self.close_breakable(Some(cont));
            Ok(())
        })();
        self.pop_scope();
        r
    }

    fn switch(
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
    fn type_switch(
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
                    if t != ids::UNTYPED_NIL {
                        self.note_static_itab(xt, t);
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

#[derive(Clone, Copy)]
enum Store {
    Discard,
    Var(VarLoc),
    Map,
    Ref,
}

/// Go's "terminating statement" rule, for `missing return`.
pub(crate) fn is_terminating_list(stmts: &[Stmt]) -> bool {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty))
        .is_some_and(is_terminating)
}

fn is_terminating(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_) => true,
        StmtKind::Expr(e) => {
            matches!(&e.kind, ExprKind::Call { func, .. } if matches!(&func.kind, ExprKind::Ident(i) if i.name == "panic"))
        }
        StmtKind::Block(b) => is_terminating_list(&b.stmts),
        StmtKind::If { then, els, .. } => {
            is_terminating_list(&then.stmts) && els.as_ref().is_some_and(|e| is_terminating(e))
        }
        StmtKind::Labeled { label, stmt } => match &stmt.kind {
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts, Some(&label.name), 0),
            _ => is_terminating(stmt),
        },
        StmtKind::For {
            cond: None, body, ..
        } => !has_break(&body.stmts, None, 0),
        StmtKind::Switch { clauses, .. } => {
            clauses.iter().any(|c| c.is_default)
                && clauses.iter().all(|c| {
                    !has_break(&c.body, None, 0)
                        && (is_terminating_list(&c.body)
                            || matches!(
                                c.body.last().map(|s| &s.kind),
                                Some(StmtKind::Fallthrough)
                            ))
                })
        }
        StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| c.is_default)
                && clauses
                    .iter()
                    .all(|c| !has_break(&c.body, None, 0) && is_terminating_list(&c.body))
        }
        StmtKind::Select { clauses } => clauses
            .iter()
            .all(|c| !has_break(&c.body, None, 0) && is_terminating_list(&c.body)),
        _ => false,
    }
}

/// Whether `stmts` contain a break that leaves the enclosing statement (an unlabeled
/// break not inside a nested loop/switch/select, or a break to `label`).
fn has_break(stmts: &[Stmt], label: Option<&str>, depth: u32) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, depth))
}

fn stmt_has_break(s: &Stmt, label: Option<&str>, depth: u32) -> bool {
    match &s.kind {
        StmtKind::Break(None) => depth == 0,
        StmtKind::Break(Some(l)) => Some(l.name.as_str()) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, depth),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, depth)
                || els
                    .as_ref()
                    .is_some_and(|e| stmt_has_break(e, label, depth))
        }
        StmtKind::Labeled { stmt, .. } => stmt_has_break(stmt, label, depth),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, depth + 1)
        }
        StmtKind::Switch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, depth + 1))
        }
        StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, depth + 1))
        }
        StmtKind::Select { clauses } => {
            clauses.iter().any(|c| has_break(&c.body, label, depth + 1))
        }
        _ => false,
    }
}
