//! `for ... range f` over a function (Go 1.23's range-over-func).
//!
//! The loop body becomes a closure, the `yield` the iterator calls, as Go's compiler
//! rewrites it (cmd/compile's rangefunc rewrite describes the same plan):
//!
//! - a hidden `#stateN` (one per loop) checks the iterator: the body runs only when the
//!   state is ready; it is set to "in the body" (so a body panic the iterator swallows
//!   is caught), "done" when the body returns false, "exhausted" once the loop is over.
//!   A misbehaving iterator gets Go's runtime errors word for word.
//! - `break`, `continue` and `return` that leave the body set a hidden `#next` code
//!   (shared by every range-over-func loop of one function), make the body return
//!   false, and the code after the iterator's call carries the jump out: a `return`'s
//!   values wait in hidden `#rI` variables.
//! - `defer` in the body goes on the deferred list of the frame that runs the loop
//!   (`Op::FrameToken` taken before the loop, `Op::DeferAt` in the body).
//! - The enclosing function's variables that live in frame slots (no closure or
//!   address reaches them, so only its own code can see them) are copied into heap
//!   cells before the iterator's call and back after it, so the body can share them
//!   without the escape analysis knowing which `range` is over a function. A named
//!   result the body uses is boxed by `escape` instead: a deferred call may return it
//!   after a panic in the body, when no copy back runs.

use super::*;
use crate::compile::{FuncState, LocalVar};
use crate::types::Signature;
use crate::value::Value;
use std::rc::Rc;

/// A `for key, value := range f { body }` loop as written (`define`: `:=` rather than
/// `=`), which the loop, its yield function and the yield function's code all read.
#[derive(Clone, Copy)]
pub(super) struct RangeLoop<'a> {
    pub key: Option<&'a Expr>,
    pub value: Option<&'a Expr>,
    pub define: bool,
    pub body: &'a Block,
    pub sp: Span,
}

/// The state values of Go's `abi.RF_*`.
const DONE: i64 = 0;
const READY: i64 = 1;
const PANIC: i64 = 2;
const EXHAUSTED: i64 = 3;

/// `#next` codes for a `return` out of a body: with values (in the `#rI`), bare.
const RETURN_VALUES: i64 = -1;
const RETURN_BARE: i64 = -2;

/// How a jump leaves a loop body for somewhere outside it.
#[derive(Clone, PartialEq)]
enum Exit {
    Return,
    Branch { label: String, is_continue: bool },
}

/// A range-over-func body being compiled.
pub(crate) struct RangeFuncCtx {
    /// `fs.len()` while the body's own code is compiled.
    depth: usize,
    label: Option<String>,
    state: String,
    /// The results of the function a `return` in the body returns from.
    results: Vec<TypeId>,
    named_results: bool,
    /// The jumps out of this body (with their `#next` codes), for the code after the
    /// iterator's call.
    exits: Vec<(i64, Exit)>,
}

impl RangeFuncCtx {
    /// Whether this is the body whose own code is compiled at `fs.len() == depth`.
    pub(crate) fn depth_is(&self, depth: usize) -> bool {
        self.depth == depth
    }
}

impl Compiler {
    /// The body being compiled right here (not in a function literal inside one).
    fn range_body(&mut self) -> Option<&mut RangeFuncCtx> {
        let depth = self.fs.len();
        self.range_funcs.last_mut().filter(|c| c.depth == depth)
    }

    /// Loads a hidden variable by name (declared by [`Compiler::range_func`]).
    fn load_hidden(&mut self, name: &str, sp: Span) -> CResult<()> {
        match self.lookup(name, sp)? {
            Entity::Var(VarLoc::Boxed(s), _) => self.emit(Op::LoadBox(s), sp),
            Entity::Var(VarLoc::Local(s), _) => self.emit(Op::Load(s), sp),
            _ => return self.err(sp, format!("internal error: hidden {name}")),
        };
        Ok(())
    }

    fn store_hidden(&mut self, name: &str, sp: Span) -> CResult<()> {
        match self.lookup(name, sp)? {
            Entity::Var(VarLoc::Boxed(s), _) => self.emit(Op::StoreBox(s), sp),
            Entity::Var(VarLoc::Local(s), _) => self.emit(Op::Store(s), sp),
            _ => return self.err(sp, format!("internal error: hidden {name}")),
        };
        Ok(())
    }

    fn set_hidden_int(&mut self, name: &str, v: i64, sp: Span) -> CResult<()> {
        let k = self.konst(Value::Int(v));
        self.emit(Op::Const(k), sp);
        self.store_hidden(name, sp)
    }

    /// Pushes whether the hidden int `name` equals `v`.
    fn hidden_is(&mut self, name: &str, v: i64, sp: Span) -> CResult<()> {
        self.load_hidden(name, sp)?;
        let k = self.konst(Value::Int(v));
        self.emit(Op::Const(k), sp);
        self.emit(Op::Cmp(BinaryOp::Eq, CmpKind::Signed), sp);
        Ok(())
    }

    /// Raises Go's runtime error `runtime error: {msg}`.
    fn range_panic(&mut self, msg: &str, sp: Span) {
        let v = Value::Tuple(vec![Value::str(&format!("runtime error: {msg}"))].into_boxed_slice());
        let k = self.konst(v);
        self.emit(Op::Const(k), sp);
        self.emit(Op::Panic, sp);
    }

    /// Ends the body with `return ok`, after setting its loop's state.
    fn body_return(&mut self, state: i64, ok: bool, sp: Span) -> CResult<()> {
        let name = match self.range_body() {
            Some(c) => c.state.clone(),
            None => return self.err(sp, "internal error: not in a loop body"),
        };
        self.set_hidden_int(&name, state, sp)?;
        let k = self.konst(Value::Bool(ok));
        self.emit(Op::Const(k), sp);
        // The body's result is its first slot after its parameters.
        let slot = self.cur().result_slots.first().map(|r| r.0).unwrap_or(0);
        self.emit(Op::Store(slot), sp);
        let j = self.emit(Op::Jump(0), sp);
        if self.dry == 0 {
            self.cur().returns.push(j);
        }
        Ok(())
    }

    /// Leaves the body for an outer target: sets `#next` and returns false.
    fn body_exit(&mut self, code: i64, exit: Exit, sp: Span) -> CResult<()> {
        self.set_hidden_int("#next", code, sp)?;
        if let Some(c) = self.range_body() {
            if !c.exits.iter().any(|e| e.0 == code) {
                c.exits.push((code, exit));
            }
        }
        self.body_return(DONE, false, sp)
    }

    /// `break`/`continue` that no loop, switch or select of the body's own code takes:
    /// `None` outside a range-over-func body (the caller reports Go's error).
    pub(super) fn range_func_branch(
        &mut self,
        label: Option<&Ident>,
        is_continue: bool,
        sp: Span,
    ) -> Option<CResult<()>> {
        let own = self.range_body()?.label.clone();
        let Some(l) = label else {
            return Some(if is_continue {
                self.body_return(READY, true, sp)
            } else {
                self.body_return(DONE, false, sp)
            });
        };
        if own.as_deref() == Some(l.name.as_str()) {
            return Some(if is_continue {
                self.body_return(READY, true, sp)
            } else {
                self.body_return(DONE, false, sp)
            });
        }
        // A target further out: the statements of the enclosing bodies and, last, of
        // the function itself.
        let mut depth = self.fs.len() - 1;
        let mut ctx = self.range_funcs.len() - 1;
        let word = if is_continue { "continue" } else { "break" };
        loop {
            let f = &self.fs[depth - 1];
            if let Some(b) = f
                .breakables
                .iter()
                .rev()
                .find(|b| b.label.as_deref() == Some(l.name.as_str()))
            {
                if is_continue && !b.is_loop {
                    return Some(self.err(sp, format!("invalid continue label {}", l.name)));
                }
                break;
            }
            // Is the function at this depth a loop body itself, with that label?
            let body = ctx
                .checked_sub(1)
                .filter(|&i| self.range_funcs[i].depth == depth);
            match body {
                Some(i) if self.range_funcs[i].label.as_deref() == Some(l.name.as_str()) => break,
                Some(i) => {
                    ctx = i;
                    depth -= 1;
                }
                None => return Some(self.err(l.span, format!("invalid {word} label {}", l.name))),
            }
        }
        let code = self.next_exit_code();
        Some(self.body_exit(
            code,
            Exit::Branch {
                label: l.name.clone(),
                is_continue,
            },
            sp,
        ))
    }

    fn next_exit_code(&mut self) -> i64 {
        let n = self.lit_counter.get_or_default("\0range-exit".into());
        *n += 1;
        *n as i64
    }

    /// `return` inside a range-over-func body: `None` outside one.
    pub(super) fn range_func_return(&mut self, values: &[Expr], sp: Span) -> Option<CResult<()>> {
        let c = self.range_body()?;
        let (results, named) = (c.results.clone(), c.named_results);
        Some(self.range_func_return_in(values, &results, named, sp))
    }

    fn range_func_return_in(
        &mut self,
        values: &[Expr],
        results: &[TypeId],
        named: bool,
        sp: Span,
    ) -> CResult<()> {
        if values.is_empty() {
            if !results.is_empty() && !named {
                return self.return_count_err(sp, values, &[], results);
            }
            return self.body_exit(RETURN_BARE, Exit::Return, sp);
        }
        if values.len() == 1 && results.len() > 1 {
            let tys = self.multi_value(&values[0], results.len())?;
            if tys.len() != results.len() {
                return self.err(
                    values[0].span,
                    "not supported here: this return statement in a range-over-func loop body",
                );
            }
            for i in (0..results.len()).rev() {
                self.check_assignable(tys[i], results[i], values[0].span, "return statement")?;
                self.materialize(&Operand::value(tys[i]), results[i], sp)?;
                self.store_hidden(&format!("#r{i}"), sp)?;
            }
        } else if values.len() == results.len() {
            for (v, t) in values.iter().zip(results) {
                self.expr_to(v, *t, "return statement")?;
            }
            for i in (0..results.len()).rev() {
                self.store_hidden(&format!("#r{i}"), sp)?;
            }
        } else {
            let have: Vec<TypeId> = values
                .iter()
                .map(|v| self.peek_op(v).map(|o| o.ty))
                .collect::<CResult<_>>()?;
            return self.return_count_err(sp, values, &have, results);
        }
        self.body_exit(RETURN_VALUES, Exit::Return, sp)
    }

    /// The instruction a `defer` statement ends with: in a loop body, the deferred call
    /// goes to the frame running the loop.
    pub(super) fn range_func_defer_op(&mut self, sp: Span) -> CResult<Op> {
        if self.range_body().is_none() {
            return Ok(Op::Defer);
        }
        self.load_hidden("#defer", sp)?;
        Ok(Op::DeferAt)
    }

    /// Checks the iterator's type: `func(yield func(...) bool)` with at most two
    /// yielded values; returns the yielded types.
    fn iterator_yields(&mut self, x: &Expr, xt: TypeId, sig: &Signature) -> CResult<Vec<TypeId>> {
        let why = if sig.params.len() != 1 || sig.variadic {
            Some("wrong argument count")
        } else if !sig.results.is_empty() {
            Some("unexpected results")
        } else {
            match self.types.ukind(sig.params[0]).clone() {
                TypeKind::Func(_) => {
                    let y = self.types.signature(sig.params[0]).cloned();
                    match y {
                        Some(y) if y.results.len() != 1 || y.results[0] != ids::BOOL => {
                            Some("yield func does not return bool")
                        }
                        Some(y) if y.params.len() > 2 => Some("yield func has too many parameters"),
                        Some(y) if y.variadic => Some("yield func is variadic"),
                        Some(y) => return Ok(y.params),
                        None => Some("argument is not func"),
                    }
                }
                _ => Some("argument is not func"),
            }
        };
        let xo = self.peek_op(x)?;
        let shown = self.operand_text(x, &xo);
        let _ = xt;
        self.err(
            x.span,
            format!(
                "cannot range over {shown}: func must be func(yield func(...) bool): {}",
                why.unwrap_or("argument is not func")
            ),
        )
    }

    pub(super) fn range_func(
        &mut self,
        lp: RangeLoop,
        x: &Expr,
        xt: TypeId,
        label: Option<String>,
    ) -> CResult<()> {
        let RangeLoop {
            key,
            value,
            body,
            sp,
            ..
        } = lp;
        let Some(sig) = self.types.signature(xt).cloned() else {
            return self.err(x.span, "not supported here: range over this function type");
        };
        let yields = self.iterator_yields(x, xt, &sig)?;
        if yields.is_empty() {
            if let Some(k) = key {
                let xo = self.peek_op(x)?;
                let shown = self.operand_text(x, &xo);
                return self.err(
                    k.span,
                    format!("range over {shown} permits no iteration variables"),
                );
            }
        }
        if yields.len() < 2 {
            if let Some(v) = value {
                let xo = self.peek_op(x)?;
                let shown = self.operand_text(x, &xo);
                return self.err(
                    v.span,
                    format!("range over {shown} permits only one iteration variable"),
                );
            }
        }
        // The iterator, evaluated once.
        let fslot = self.alloc_slot();
        let xop = self.expr(x)?;
        self.materialize(&xop, xt, x.span)?;
        self.emit(Op::Store(fslot), x.span);

        let top_level = self.range_body().is_none();
        let (results, named_results) = if top_level {
            let f = self.cur();
            (f.results.clone(), f.named_results)
        } else {
            let c = self.range_funcs.last().expect("in a body");
            (c.results.clone(), c.named_results)
        };
        let n = self.next_exit_code();
        let state = format!("#state{n}");
        // Hidden variables, in heap cells the body shares.
        let mut hidden: Vec<(String, TypeId, Value)> =
            vec![(state.clone(), ids::INT, Value::Int(READY))];
        if top_level {
            hidden.push(("#next".into(), ids::INT, Value::Int(0)));
            for (i, t) in results.iter().enumerate() {
                let z = self.zero_value(*t);
                hidden.push((format!("#r{i}"), *t, z));
            }
        }
        for (name, t, v) in hidden {
            let k = self.konst(v);
            self.emit(Op::Const(k), sp);
            let slot = self.alloc_slot();
            self.emit(Op::Box(slot), sp);
            self.bind_hidden(&name, VarLoc::Boxed(slot), t, sp);
        }
        if top_level {
            self.emit(Op::FrameToken, sp);
            let slot = self.alloc_slot();
            self.emit(Op::Box(slot), sp);
            self.bind_hidden("#defer", VarLoc::Boxed(slot), ids::INT, sp);
        }
        // This function's frame-slot variables the body names: into cells for the call.
        let mut names = crate::compile::escape::names_in(body);
        for e in [key, value].into_iter().flatten() {
            crate::compile::escape::names_in_expr(e, &mut names);
        }
        let mut copies = vec![];
        for name in names {
            let found = self
                .cur()
                .scopes
                .iter()
                .rev()
                .find_map(|s| s.get(&name).map(|v| (v.loc, v.ty, v.use_idx)));
            if let Some((VarLoc::Local(s), ty, use_idx)) = found {
                if use_idx == usize::MAX {
                    continue;
                }
                let cell = self.alloc_slot();
                self.emit(Op::Load(s), sp);
                self.emit(Op::Box(cell), sp);
                copies.push((s, cell));
                self.cur().scopes.last_mut().expect("a scope").insert(
                    name,
                    LocalVar {
                        loc: VarLoc::Boxed(cell),
                        ty,
                        use_idx,
                    },
                );
            }
        }
        // The iterator, then the body as its yield.
        self.emit(Op::Load(fslot), sp);
        self.range_funcs.push(RangeFuncCtx {
            depth: self.fs.len() + 1,
            label,
            state: state.clone(),
            results,
            named_results,
            exits: vec![],
        });
        let r = self.range_body_func(lp, &yields);
        let ctx = self.range_funcs.pop().expect("pushed above");
        r?;
        self.emit(
            Op::Call {
                kind: crate::code::CallKind::Value,
                nargs: 1,
            },
            sp,
        );
        for (s, cell) in copies {
            self.emit(Op::LoadBox(cell), sp);
            self.emit(Op::Store(s), sp);
        }
        // The iterator returned: had it swallowed a panic of the body?
        self.hidden_is(&state, PANIC, sp)?;
        let ok = self.emit(Op::JumpIfNot(0), sp);
        self.range_panic(
            "range function recovered a loop body panic and did not resume panicking",
            sp,
        );
        self.patch(ok);
        self.set_hidden_int(&state, EXHAUSTED, sp)?;
        for (code, exit) in ctx.exits {
            self.hidden_is("#next", code, sp)?;
            let skip = self.emit(Op::JumpIfNot(0), sp);
            self.carry_exit(code, exit, sp)?;
            self.patch(skip);
        }
        Ok(())
    }

    /// After the iterator's call: carries out a jump the body left with.
    fn carry_exit(&mut self, code: i64, exit: Exit, sp: Span) -> CResult<()> {
        let in_body = self.range_body().map(|c| c.label.clone());
        match &exit {
            Exit::Return if in_body.is_none() => {
                let values: Vec<Expr> = if code == RETURN_BARE {
                    vec![]
                } else {
                    let n = self.cur().results.len();
                    (0..n)
                        .map(|i| Expr {
                            kind: ExprKind::Ident(Ident {
                                name: format!("#r{i}"),
                                span: sp,
                            }),
                            span: sp,
                        })
                        .collect()
                };
                self.return_stmt(&values, sp)
            }
            Exit::Branch { label, is_continue }
                if self
                    .cur()
                    .breakables
                    .iter()
                    .any(|b| b.label.as_deref() == Some(label.as_str())) =>
            {
                self.set_hidden_int("#next", 0, sp)?;
                let l = Ident {
                    name: label.clone(),
                    span: sp,
                };
                self.branch(Some(&l), *is_continue, sp)
            }
            Exit::Branch { label, is_continue }
                if in_body
                    .as_ref()
                    .is_some_and(|own| own.as_deref() == Some(label.as_str())) =>
            {
                self.set_hidden_int("#next", 0, sp)?;
                if *is_continue {
                    self.body_return(READY, true, sp)
                } else {
                    self.body_return(DONE, false, sp)
                }
            }
            _ if in_body.is_some() => {
                // Still inside another body: leave it too.
                self.body_exit(code, exit, sp)
            }
            _ => self.err(
                sp,
                "internal error: a jump out of a range-over-func loop lost its target",
            ),
        }
    }

    /// Binds a hidden variable: marked used, and out of the locals view (no slot name).
    fn bind_hidden(&mut self, name: &str, loc: VarLoc, ty: TypeId, sp: Span) {
        let f = self.cur();
        f.vars_used.push((true, sp, name.to_string()));
        let use_idx = f.vars_used.len() - 1;
        f.scopes
            .last_mut()
            .expect("a scope")
            .insert(name.to_string(), LocalVar { loc, ty, use_idx });
    }

    /// Compiles the body as the yield function and pushes the closure.
    fn range_body_func(&mut self, lp: RangeLoop, yields: &[TypeId]) -> CResult<()> {
        let RangeLoop { body, sp, .. } = lp;
        let outer_name = self.cur_func_name();
        let counter = self
            .lit_counter
            .get_or_default(format!("{outer_name}\0range"));
        *counter += 1;
        let name = format!("{outer_name}-range{counter}");
        let id = self.funcs.len() as u32;
        self.push_func_placeholder(name, sp);
        let escaping = crate::compile::escape::escaping_names(body, &empty_sig(sp), None);
        let st = FuncState::new(
            id,
            Rc::new(escaping),
            crate::compile::escape::stack_slice_names(body, None, &[]),
            vec![],
            vec![ids::BOOL],
            false,
        );
        self.compile_in(st, &mut |c| c.range_body_code(lp, yields))?;
        // The hidden variables it captured stay out of the locals view.
        self.funcs[id as usize]
            .slot_names
            .retain(|n| !n.name.starts_with('#'));
        self.emit_closure(id, sp)
    }

    fn range_body_code(&mut self, lp: RangeLoop, yields: &[TypeId]) -> CResult<()> {
        let RangeLoop {
            key,
            value,
            define,
            body,
            sp,
        } = lp;
        let params: Vec<u32> = yields.iter().map(|_| self.alloc_slot()).collect();
        let result = self.alloc_slot();
        let z = self.zero_const(ids::BOOL);
        self.cur().result_slots = vec![(result, false)];
        let state = self.range_funcs.last().expect("pushed").state.clone();
        // The iterator must call yield only while the loop waits for it.
        self.hidden_is(&state, READY, sp)?;
        let ready = self.emit(Op::JumpIf(0), sp);
        for (st, msg) in [
            (
                DONE,
                "range function continued iteration after function for loop body returned false",
            ),
            (
                PANIC,
                "range function continued iteration after loop body panic",
            ),
        ] {
            self.hidden_is(&state, st, sp)?;
            let skip = self.emit(Op::JumpIfNot(0), sp);
            self.range_panic(msg, sp);
            self.patch(skip);
        }
        self.range_panic(
            "range function continued iteration after whole loop exit",
            sp,
        );
        self.patch(ready);
        self.set_hidden_int(&state, PANIC, sp)?;
        // The iteration variables.
        let targets = [key, value];
        let mut binds = vec![];
        let mut places = vec![];
        let mut vals = vec![];
        for (i, p) in params.iter().enumerate() {
            let Some(e) = targets.get(i).copied().flatten() else {
                continue;
            };
            if define {
                let ExprKind::Ident(id) = &e.kind else {
                    return self.err(
                        e.span,
                        format!("non-name {} on left side of :=", describe(e)),
                    );
                };
                self.emit(Op::Load(*p), sp);
                binds.push(self.declare_var_deferred_bind(id, yields[i])?);
            } else {
                places.push(e);
                vals.push((yields[i], *p));
            }
        }
        // `for k, v = range f`: one tuple assignment (assign.rs).
        if !places.is_empty() {
            self.assign_loaded(&places, &vals, "range", sp)?;
        }
        for (n, t, slot, boxed) in binds {
            self.bind_new(n, t, slot, boxed)?;
        }
        self.block_stmts(&body.stmts)?;
        // Falling off the end is `continue`.
        self.body_return(READY, true, sp)?;
        let ret_pc = self.here() as u32;
        for j in std::mem::take(&mut self.cur().returns) {
            if let Op::Jump(t) = &mut self.cur().code[j] {
                *t = ret_pc;
            }
        }
        self.emit(Op::RunDefers, sp);
        self.emit(Op::Load(result), sp);
        self.emit(Op::Ret(1), sp);
        let id = self.cur().func as usize;
        let f = &mut self.funcs[id];
        f.nparams = params.len() as u32;
        f.nresults = 1;
        f.boxed_params = vec![];
        f.ret_pc = ret_pc;
        f.result_zeros = vec![z];
        f.span = sp;
        Ok(())
    }
}

fn empty_sig(sp: Span) -> FuncType {
    FuncType {
        params: vec![],
        results: vec![],
        variadic: false,
        span: sp,
    }
}
