//! Jumps and loops: `return`, `break`/`continue`/`goto`, the breakable stack and
//! three-clause `for`.

use super::*;

impl Compiler {
    pub(super) fn return_stmt(&mut self, values: &[Expr], sp: Span) -> CResult<()> {
        let results = self.cur().results.clone();
        let slots = self.cur().result_slots.clone();
        if values.is_empty() {
            if !results.is_empty() && !self.cur().named_results {
                return self.return_count_err(sp, values, &[], &results);
            }
            // A bare return needs every named result visible: an inner declaration of
            // the same name hides it, and Go rejects the return.
            let f = self.cur();
            for (slot, _) in &slots {
                let named = f.scopes.first().and_then(|top| {
                    top.iter().find(
                        |(_, v)| matches!(v.loc, VarLoc::Local(s) | VarLoc::Boxed(s) if s == *slot),
                    )
                });
                if let Some((name, _)) = named {
                    if f.scopes[1..].iter().any(|sc| sc.contains_key(name)) {
                        let msg = format!("result parameter {name} not in scope at return");
                        return self.err(sp, msg);
                    }
                }
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
                return self.return_count_err(sp, values, &have, &results);
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
                self.store_result(slots[i], sp);
            }
        } else {
            if values.len() != results.len() {
                let have: Vec<TypeId> = values
                    .iter()
                    .map(|v| self.peek_op(v).map(|o| o.ty))
                    .collect::<CResult<_>>()?;
                return self.return_count_err(sp, values, &have, &results);
            }
            for (v, t) in values.iter().zip(&results) {
                self.expr_to(v, *t, "return statement")?;
            }
            for i in (0..results.len()).rev() {
                self.store_result(slots[i], sp);
            }
        }
        let j = self.emit(Op::Jump(0), sp);
        if self.dry == 0 {
            self.cur().returns.push(j);
        }
        Ok(())
    }

    /// Go's message for a return statement with too many or too few values: `have`
    /// shows each value's type (an untyped numeric one as `number`, another untyped one
    /// without its `untyped `), `want` the function's result types. Go puts it at the
    /// first value too many, or at the last value when there are too few (at the
    /// statement when there are none).
    pub(super) fn return_count_err<T>(
        &self,
        sp: Span,
        values: &[Expr],
        have: &[TypeId],
        want: &[TypeId],
    ) -> CResult<T> {
        let which = if have.len() > want.len() {
            "too many"
        } else {
            "not enough"
        };
        let at = values
            .get(want.len())
            .or(values.last())
            .map_or(sp, |v| v.span);
        let have: Vec<String> = have
            .iter()
            .map(|&t| {
                if !self.types.is_untyped(t) {
                    self.tname(t)
                } else if self.types.is_numeric(t) {
                    "number".to_string()
                } else {
                    self.tname(t).replace("untyped ", "")
                }
            })
            .collect();
        let want: Vec<String> = want.iter().map(|t| self.tname(*t)).collect();
        self.err(
            at,
            format!(
                "{which} return values\n\thave ({})\n\twant ({})",
                have.join(", "),
                want.join(", ")
            ),
        )
    }

    pub(super) fn branch(
        &mut self,
        label: Option<&Ident>,
        is_continue: bool,
        sp: Span,
    ) -> CResult<()> {
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
                (None, _)
                    if self
                        .range_funcs
                        .last()
                        .is_some_and(|c| c.depth_is(self.fs.len())) =>
                {
                    return self
                        .range_func_branch(label, is_continue, sp)
                        .unwrap_or(Ok(()));
                }
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

    pub(super) fn open_breakable(&mut self, label: Option<String>, is_loop: bool) {
        self.cur().breakables.push(Breakable {
            label,
            is_loop,
            breaks: vec![],
            continues: vec![],
        });
    }

    /// Stores the value on the stack in a named result's slot (its box if it escapes).
    fn store_result(&mut self, (slot, boxed): (u32, bool), sp: Span) {
        self.emit(
            if boxed {
                Op::StoreBox(slot)
            } else {
                Op::Store(slot)
            },
            sp,
        );
    }

    /// Jumps out of the innermost breakable statement (patched when it closes).
    pub(super) fn jump_to_break(&mut self, sp: Span) {
        let j = self.emit(Op::Jump(0), sp);
        self.cur()
            .breakables
            .last_mut()
            .expect("open")
            .breaks
            .push(j);
    }

    /// Closes the innermost breakable: patches its breaks to here and its continues to
    /// `continue_to`.
    pub(super) fn close_breakable(&mut self, continue_to: Option<usize>) {
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

    pub(super) fn for_loop(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &Block,
        label: Option<String>,
        sp: Span,
    ) -> CResult<()> {
        self.in_init_scope(init, |cx| {
            // Loop variables declared by init: each iteration gets its own copy (Go 1.22).
            let mut loop_vars: Vec<u32> = cx
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
            let top = cx.here();
            let exit = match cond {
                Some(c) => {
                    cx.in_order(&[crate::compile::order::Part::Value(c)], |cx| cx.cond(c))?;
                    Some(cx.emit(Op::JumpIfNot(0), c.span))
                }
                None => None,
            };
            cx.open_breakable(label, true);
            cx.block_stmts(&body.stmts)?;
            let cont = cx.here();
            for s in &loop_vars {
                cx.emit(Op::LoadBox(*s), sp);
                cx.emit(Op::Box(*s), sp);
            }
            if let Some(p) = post {
                cx.stmt(p)?;
            }
            cx.emit(Op::Jump(top as u32), sp);
            if let Some(e) = exit {
                cx.patch(e);
            }
            cx.close_breakable(Some(cont));
            Ok(())
        })
    }
}
