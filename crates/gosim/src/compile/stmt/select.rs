//! `select`: every channel and value evaluated in source order, then one
//! runtime choice among the ready cases (or `default`), then the chosen body.

use super::*;

impl Compiler {
    pub(super) fn select(
        &mut self,
        clauses: &[CommClause],
        label: Option<String>,
        sp: Span,
    ) -> CResult<()> {
        // Evaluate every channel (and value to send) in source order.
        let mut cases = vec![];
        let mut has_default = false;
        for c in clauses {
            let Some(comm) = &c.comm else {
                if has_default {
                    return self.err(c.span, "multiple defaults in select");
                }
                has_default = true;
                continue;
            };
            match &comm.kind {
                StmtKind::Send { ch, value } => {
                    // gc takes the channel, then the value, each ordered on its
                    // own (order.rs).
                    use crate::compile::order::Part;
                    let (ct, op) = self.in_order(&[Part::Value(ch)], |cx| cx.value_operand(ch))?;
                    let TypeKind::Chan(_, elem) = *self.types.ukind(ct) else {
                        return self.non_channel("send to", ch, &op);
                    };
                    self.in_order(&[Part::Value(value)], |cx| cx.expr_to(value, elem, "send"))?;
                    cases.push(SelectCase {
                        send: true,
                        want_ok: false,
                        span: comm.span,
                    });
                }
                StmtKind::Expr(_) | StmtKind::Assign { .. } => {
                    let (recv, want_ok) = match &comm.kind {
                        StmtKind::Expr(e2) => (e2, false),
                        StmtKind::Assign { rhs, lhs, .. } if !rhs.is_empty() => {
                            (&rhs[0], lhs.len() == 2)
                        }
                        _ => {
                            return self.err(
                                comm.span,
                                "select case must be receive, send or assign recv",
                            )
                        }
                    };
                    let ExprKind::Unary(UnaryOp::Recv, ch) =
                        &crate::compile::expr::strip_parens(recv).kind
                    else {
                        return self.err(
                            comm.span,
                            "select case must be receive, send or assign recv",
                        );
                    };
                    let part = [crate::compile::order::Part::Value(ch)];
                    let (ct, op) = self.in_order(&part, |cx| cx.value_operand(ch))?;
                    if !matches!(self.types.ukind(ct), TypeKind::Chan(..)) {
                        return self.non_channel("receive from", ch, &op);
                    }
                    cases.push(SelectCase {
                        send: false,
                        want_ok,
                        span: comm.span,
                    });
                }
                _ => {
                    return self.err(
                        comm.span,
                        "select case must be receive, send or assign recv",
                    )
                }
            }
        }
        let idx = self.selects.len() as u32;
        if self.dry == 0 {
            self.selects.push(SelectInfo { cases, has_default });
        }
        self.emit(Op::Select(idx), sp);
        // Stack now: received value, ok, chosen case index (-1 for default).
        let chosen = self.alloc_slot();
        let okslot = self.alloc_slot();
        let valslot = self.alloc_slot();
        self.emit(Op::Store(chosen), sp);
        self.emit(Op::Store(okslot), sp);
        self.emit(Op::Store(valslot), sp);
        self.open_breakable(label, false);
        let mut case_no = 0i64;
        for c in clauses {
            let my = if c.comm.is_some() {
                case_no += 1;
                case_no - 1
            } else {
                -1
            };
            self.emit(Op::Load(chosen), c.span);
            self.emit(Op::Int(my), c.span);
            self.emit(Op::Cmp(BinaryOp::Eq, CmpKind::Signed), c.span);
            let skip = self.emit(Op::JumpIfNot(0), c.span);
            self.in_scope(|cx| {
                if let Some(comm) = &c.comm {
                    if let StmtKind::Assign { lhs, op, rhs } = &comm.kind {
                        let ExprKind::Unary(UnaryOp::Recv, ch) =
                            &crate::compile::expr::strip_parens(&rhs[0]).kind
                        else {
                            return Ok(());
                        };
                        let ct = cx.peek_op(ch)?.ty;
                        let elem = match cx.types.ukind(ct) {
                            TypeKind::Chan(_, e) => *e,
                            _ => ids::INVALID,
                        };
                        let tys = [elem, ids::BOOL];
                        let slots = [valslot, okslot];
                        if *op == AssignOp::Define {
                            let mut binds = vec![];
                            for (i, l) in lhs.iter().enumerate() {
                                let ExprKind::Ident(id) = &l.kind else {
                                    return cx.err(l.span, "non-name on left side of :=");
                                };
                                cx.emit(Op::Load(slots[i]), l.span);
                                binds.push(cx.declare_var_deferred_bind(id, tys[i])?);
                            }
                            for (n, t, slot, boxed) in binds {
                                cx.bind_new(n, t, slot, boxed)?;
                            }
                        } else {
                            let places: Vec<&Expr> = lhs.iter().collect();
                            let vals: Vec<(TypeId, u32)> =
                                tys.iter().copied().zip(slots).take(lhs.len()).collect();
                            cx.assign_loaded(&places, &vals, "assignment", comm.span)?;
                        }
                    }
                }
                cx.block_stmts(&c.body)
            })?;
            self.jump_to_break(sp);
            self.patch(skip);
        }
        self.close_breakable(None);
        Ok(())
    }
}
