//! Statements: the dispatch over statement kinds, scopes, conditions, go/defer and the
//! simple statements; assignment, jumps and loops, `switch`, `range`, `select` and the
//! terminating-statement rule each in their own file.

mod assign;
mod flow;
mod goto;
mod range;
mod range_func;
mod select;
mod switch;
mod terminating;

pub(crate) use range_func::RangeFuncCtx;
pub(crate) use terminating::is_terminating_list;

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

    /// A function body's statements, in the block the parameters and results were
    /// declared in (no new scope).
    pub(crate) fn body_stmts(&mut self, stmts: &[Stmt]) -> CResult<()> {
        stmts.iter().try_for_each(|s| self.stmt(s))
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

    /// Runs `f` in a block scope of its own, closed again whatever `f` returns.
    fn in_scope<R>(&mut self, f: impl FnOnce(&mut Self) -> CResult<R>) -> CResult<R> {
        self.push_scope();
        let r = f(self);
        self.pop_scope();
        r
    }

    /// Opens the scope of an `if`, `switch` or `for` statement, compiles its init
    /// statement in it, then `f`.
    fn in_init_scope<R>(
        &mut self,
        init: Option<&Stmt>,
        f: impl FnOnce(&mut Self) -> CResult<R>,
    ) -> CResult<R> {
        self.in_scope(|cx| {
            if let Some(i) = init {
                cx.stmt(i)?;
            }
            f(cx)
        })
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        // A simple statement runs in gc's evaluation order (`order.rs`): the parts
        // it evaluates, in the order the engine emits them.
        // The common shapes need no vector (a statement's parts were one allocation
        // each, in every function the compiler compiles).
        use crate::compile::order::Part;
        let two;
        let parts: Vec<Part> = match &s.kind {
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => {
                return self.in_order(&[Part::Root(e)], |cx| cx.stmt_in_order(s));
            }
            StmtKind::Send { ch, value } => {
                two = [Part::Value(ch), Part::Value(value)];
                return self.in_order(&two, |cx| cx.stmt_in_order(s));
            }
            StmtKind::IncDec { x, .. } => {
                return self.in_order(&[Part::Place(x, true)], |cx| cx.stmt_in_order(s));
            }
            StmtKind::Assign { lhs, op, rhs } if lhs.len() == 1 && rhs.len() == 1 => {
                return match op {
                    AssignOp::Define => {
                        self.in_order(&[Part::Value(&rhs[0])], |cx| cx.stmt_in_order(s))
                    }
                    _ => {
                        let read = !matches!(op, AssignOp::Assign);
                        two = [Part::Place(&lhs[0], read), Part::Value(&rhs[0])];
                        self.in_order(&two, |cx| cx.stmt_in_order(s))
                    }
                };
            }
            StmtKind::Return(values) if values.len() == 1 => {
                return self.in_order(&[Part::Value(&values[0])], |cx| cx.stmt_in_order(s));
            }
            StmtKind::Assign { lhs, op, rhs } => {
                let read = !matches!(op, AssignOp::Define | AssignOp::Assign);
                let places = lhs.iter().filter(|_| !matches!(op, AssignOp::Define));
                places
                    .map(|l| Part::Place(l, read))
                    .chain(rhs.iter().map(Part::Value))
                    .collect()
            }
            StmtKind::Return(values) => values.iter().map(Part::Value).collect(),
            _ => vec![],
        };
        if !parts.is_empty() {
            return self.in_order(&parts, |cx| cx.stmt_in_order(s));
        }
        self.stmt_in_order(s)
    }

    fn stmt_in_order(&mut self, s: &Stmt) -> CResult<()> {
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
                        let parts: Vec<_> = spec
                            .values
                            .iter()
                            .map(crate::compile::order::Part::Value)
                            .collect();
                        let tys = self.in_order(&parts, |cx| {
                            cx.init_values(&spec.names, declared, &spec.values, spec.span, false)
                        })?;
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
                        if ts.alias {
                            let t = self.resolve_type_spec(&ts.ty)?;
                            self.declare_local_entity(&ts.name, Entity::Type(t))?;
                        } else {
                            let pkg = self.packages[self.cur_pkg].name.clone();
                            let t = self.types.new_named(&pkg, &ts.name.name, ids::INVALID);
                            self.declare_local_entity(&ts.name, Entity::Type(t))?;
                            let u = self.resolve_type_spec(&ts.ty)?;
                            self.types.set_underlying(t, u);
                            // `type L struct{ l L }` would make zero values recurse forever.
                            if let Some(msg) =
                                super::recursive_type_error(&self.types, t, &ts.name.name)
                            {
                                return self.err(ts.name.span, msg);
                            }
                        }
                    }
                    Ok(())
                }
                Decl::Func(_) => self.err(sp, "function declaration inside a function"),
            },
            StmtKind::Labeled { label, stmt } => {
                self.note_label(&label.name);
                self.cur().pending_label = Some(label.name.clone());
                self.stmt(stmt)
            }
            StmtKind::Expr(e) => {
                let inner = super::expr::strip_parens(e);
                let is_call = matches!(inner.kind, ExprKind::Call { .. });
                let is_recv = matches!(inner.kind, ExprKind::Unary(UnaryOp::Recv, _));
                if !is_call && !is_recv {
                    let op = self.peek_op(e)?;
                    // A comparison (and && || ! of comparisons) is an untyped bool.
                    let shown = if untyped_bool(e) && !matches!(op.mode, Mode::Const(_)) {
                        format!("{} (untyped bool value)", describe(e))
                    } else {
                        self.operand_text(e, &op)
                    };
                    return self.err(sp, format!("{shown} is not used"));
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
                            let shown = self.operand_text(e, &op);
                            return self.err(sp, format!("{shown} is not used"));
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
                let (ct, op) = self.value_operand(ch)?;
                let TypeKind::Chan(dir, elem) = *self.types.ukind(ct) else {
                    return self.non_channel("send to", ch, &op);
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
                let op = if is_go {
                    Op::Go {
                        wrapped: !self.pack_plain,
                    }
                } else {
                    self.range_func_defer_op(sp)?
                };
                let pc = self.emit(op, sp);
                if !self.pack_plain && self.dry == 0 {
                    self.name_go_wrapper(is_go, native, pc as u32, sp);
                }
                Ok(())
            }
            StmtKind::Return(values) => match self.range_func_return(values, sp) {
                Some(r) => r,
                None => self.return_stmt(values, sp),
            },
            StmtKind::Break(l) => self.branch(l.as_ref(), false, sp),
            StmtKind::Goto(l) => self.goto_stmt(l, sp),
            StmtKind::Continue(l) => self.branch(l.as_ref(), true, sp),
            StmtKind::Fallthrough => self.err(sp, "fallthrough statement out of place"),
            StmtKind::Block(b) => self.block_stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => self.in_init_scope(init.as_deref(), |cx| {
                cx.in_order(&[crate::compile::order::Part::Value(cond)], |cx| {
                    cx.cond(cond)
                })?;
                let j = cx.emit(Op::JumpIfNot(0), cond.span);
                cx.block_stmts(&then.stmts)?;
                if let Some(e) = els {
                    let j2 = cx.emit(Op::Jump(0), sp);
                    cx.patch(j);
                    cx.stmt(e)?;
                    cx.patch(j2);
                } else {
                    cx.patch(j);
                }
                Ok(())
            }),
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
            } => self
                .in_scope(|cx| cx.range(key.as_ref(), value.as_ref(), *define, x, body, label, sp)),
        }
    }

    fn peek_op(&mut self, e: &Expr) -> CResult<Operand> {
        self.peek(e)
    }

    /// A boolean condition.
    fn cond(&mut self, e: &Expr) -> CResult<()> {
        let op = self.expr(e)?;
        if !self.types.is_boolean(op.ty) {
            let shown = self.operand_text(e, &op);
            return self.err(e.span, format!("non-boolean {shown} used as condition"));
        }
        self.materialize(&op, ids::BOOL, e.span)
    }
}

/// Whether `e` is, by its form, an untyped boolean value: a comparison, or `&&`,
/// `||`, `!` and parentheses over such.
fn untyped_bool(e: &Expr) -> bool {
    use BinaryOp::*;
    match &e.kind {
        ExprKind::Paren(x) => untyped_bool(x),
        ExprKind::Unary(UnaryOp::Not, x) => untyped_bool(x),
        ExprKind::Binary(Eq | Ne | Lt | Le | Gt | Ge, _, _) => true,
        ExprKind::Binary(LogAnd | LogOr, a, b) => untyped_bool(a) && untyped_bool(b),
        _ => false,
    }
}
