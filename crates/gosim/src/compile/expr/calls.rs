//! Calls: function, method, interface and closure calls, their arguments
//! (variadic, multi-valued), calls of generic functions (see `generics`) and multi-valued
//! expressions (`f()`, comma-ok forms).

use super::*;

impl Compiler {
    /// Compiles a call; returns its result (a value, a tuple, or Void).
    pub(crate) fn call(
        &mut self,
        func: &Expr,
        args: &[Expr],
        ellipsis: bool,
        sp: Span,
    ) -> CResult<Operand> {
        // Only the outermost call of a go/defer statement is packaged; calls in its
        // arguments run now.
        let pack = std::mem::replace(&mut self.pack_mode, false);
        if let Some((fid, sig)) = self.generic_call_target(func, args, ellipsis)? {
            return self.hoist_call(!pack, sp, |cx| {
                cx.call_args(args, ellipsis, sig, func, sp)?;
                cx.finish_call_n(CallKind::of_func(fid), sig, 0, sp, pack)
            });
        }
        let target = self.call_target(func)?;
        // gc runs calls, most builtins and string-to-slice conversions before the
        // statement's plain reads (order.rs).
        let hoisted = !pack
            && match &target {
                CallTarget::Builtin(b) => Self::hoisted_builtin(*b),
                CallTarget::Conversion(t) => {
                    matches!(self.types.ukind(*t), TypeKind::Slice(_))
                        && args.len() == 1
                        && self.hoisting(sp)
                        && self
                            .peek(&args[0])
                            .is_ok_and(|o| self.types.is_string(o.ty))
                }
                _ => true,
            };
        self.hoist_call(hoisted, sp, |cx| {
            cx.call_to(target, func, args, ellipsis, sp, pack)
        })
    }

    fn hoist_call(
        &mut self,
        hoisted: bool,
        sp: Span,
        f: impl FnOnce(&mut Self) -> CResult<Operand>,
    ) -> CResult<Operand> {
        if hoisted {
            self.hoist(sp, f)
        } else {
            f(self)
        }
    }

    fn call_to(
        &mut self,
        target: CallTarget,
        func: &Expr,
        args: &[Expr],
        ellipsis: bool,
        sp: Span,
        pack: bool,
    ) -> CResult<Operand> {
        match target {
            CallTarget::Builtin(b) => self.builtin(b, args, ellipsis, sp, pack),
            CallTarget::Conversion(t) => {
                if pack {
                    return self.err(sp, "expression in go/defer must be function call");
                }
                if args.len() != 1 {
                    return self.err(
                        sp,
                        format!(
                            "{} arguments in conversion to {}",
                            if args.is_empty() {
                                "missing"
                            } else {
                                "too many"
                            },
                            self.tname(t)
                        ),
                    );
                }
                self.conversion(&args[0], t, sp)
            }
            CallTarget::Static { kind, sig } => {
                self.call_args(args, ellipsis, sig, func, sp)?;
                self.finish_call_n(kind, sig, 0, sp, pack)
            }
            CallTarget::Method {
                x,
                sel,
                xop,
                path,
                func: f,
                pointer_recv,
                sig,
            } => {
                self.emit_receiver(x, sel, &xop, &path, pointer_recv, sp)?;
                self.call_args(args, ellipsis, sig, func, sp)?;
                let kind = CallKind::of_func(f);
                self.finish_call_n(kind, sig, 1, sp, pack)
            }
            CallTarget::Iface {
                x,
                xop,
                path,
                name,
                sig,
            } => {
                if path.is_empty() {
                    self.expr(x)?;
                } else {
                    self.emit_member_access(x, &xop, &path, sp)?;
                }
                self.call_args(args, ellipsis, sig, func, sp)?;
                let id = self.method_name_id(&name);
                let out = self.finish_call_n(CallKind::Iface(id), sig, 1, sp, pack)?;
                if !pack && path.is_empty() && self.dry == 0 {
                    let held_in = match &x.kind {
                        ExprKind::Ident(id) => match self.lookup(&id.name, id.span) {
                            Ok(Entity::Var(VarLoc::Local(s) | VarLoc::Boxed(s), _)) => Some(s),
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some(f) = self.fs.last_mut() {
                        let pc = f.code.len().saturating_sub(1) as u32;
                        if let Some(slot) = held_in {
                            f.slot_iface_calls.push((pc, slot));
                        }
                        self.iface_calls.push((f.func, pc, xop.ty));
                    }
                }
                Ok(out)
            }
            CallTarget::Value(sig) => {
                let fo = self.expr(func)?;
                let _ = fo;
                self.call_args(args, ellipsis, sig, func, sp)?;
                self.finish_call_n(CallKind::Value, sig, 0, sp, pack)
            }
        }
    }

    pub(super) fn finish_call_n(
        &mut self,
        kind: CallKind,
        sig: TypeId,
        extra: u32,
        sp: Span,
        pack: bool,
    ) -> CResult<Operand> {
        let s = self.types.signature(sig).cloned().unwrap_or_default();
        let nargs = s.params.len() as u32 + extra;
        if pack {
            // Go's compiler leaves only `f()` of a function or func value with no
            // parameters and no results unwrapped (see `name_go_wrapper`).
            self.pack_plain = nargs == 0
                && s.results.is_empty()
                && matches!(kind, CallKind::Static(_) | CallKind::Value);
            self.emit(Op::Pack { kind, nargs }, sp);
            return Ok(Operand {
                mode: Mode::Void,
                ty: ids::VOID,
            });
        }
        self.emit(Op::Call { kind, nargs }, sp);
        Ok(match s.results.len() {
            0 => Operand {
                mode: Mode::Void,
                ty: ids::VOID,
            },
            1 => Operand::value(s.results[0]),
            _ => {
                let t = self.types.tuple(s.results.clone());
                Operand::value(t)
            }
        })
    }

    /// Emits call arguments against signature `sig` (variadic packing included).
    pub(super) fn call_args(
        &mut self,
        args: &[Expr],
        ellipsis: bool,
        sig: TypeId,
        func: &Expr,
        sp: Span,
    ) -> CResult<()> {
        let s = self.types.signature(sig).cloned().unwrap_or_default();
        let fname = describe(func);
        // f(g()) with g returning several values.
        if args.len() == 1 && !ellipsis {
            let p = self.peek(&args[0])?;
            if let TypeKind::Tuple(ts) = self.types.kind(p.ty).clone() {
                let fixed = if s.variadic {
                    s.params.len() - 1
                } else {
                    s.params.len()
                };
                if ts.len() < fixed || (!s.variadic && ts.len() != s.params.len()) {
                    return self.err(
                        args[0].span,
                        format!(
                            "{} arguments in call to {fname}\n\thave {}\n\twant {}",
                            if ts.len() < fixed {
                                "not enough"
                            } else {
                                "too many"
                            },
                            self.tname(p.ty),
                            self.params_desc(&s)
                        ),
                    );
                }
                self.expr(&args[0])?;
                // Values are on the stack; convert to interfaces where needed by
                // storing to temporaries.
                let n = ts.len();
                let tmp0 = self.temp_slots(n as u32);
                for i in (0..n).rev() {
                    self.emit(Op::Store(tmp0 + i as u32), sp);
                }
                let mut variadic_count = 0;
                for (i, t) in ts.iter().enumerate() {
                    self.emit(Op::Load(tmp0 + i as u32), sp);
                    let want = if s.variadic && i >= fixed {
                        variadic_count += 1;
                        match self.types.ukind(s.params[fixed]) {
                            TypeKind::Slice(e) => *e,
                            _ => ids::ANY,
                        }
                    } else {
                        s.params[i]
                    };
                    self.check_assignable(*t, want, args[0].span, &format!("argument to {fname}"))?;
                    self.materialize(&Operand::value(*t), want, sp)?;
                }
                if s.variadic {
                    self.emit(Op::SliceLit(variadic_count), sp);
                }
                return Ok(());
            }
        }
        let fixed = if s.variadic {
            s.params.len() - 1
        } else {
            s.params.len()
        };
        let enough = if s.variadic && !ellipsis {
            args.len() >= fixed
        } else {
            args.len() == s.params.len()
        };
        if !enough {
            let mut have = vec![];
            for a in args {
                let o = self.peek(a)?;
                have.push(if let Mode::Const(_) = o.mode {
                    if self.types.is_untyped(o.ty) {
                        "number".to_string()
                    } else {
                        self.tname(o.ty)
                    }
                } else {
                    self.tname(o.ty)
                });
            }
            let few = args.len() < fixed || (args.len() < s.params.len() && !s.variadic);
            // Where Go reports it: at the last argument when there are too few (at
            // the call when there are none), at the first extra one when too many.
            let at = if few {
                args.last().map(|a| a.span).unwrap_or(func.span)
            } else {
                args[s.params.len().min(args.len() - 1)].span
            };
            return self.err(
                at,
                format!(
                    "{} arguments in call to {fname}\n\thave ({})\n\twant {}",
                    if few { "not enough" } else { "too many" },
                    have.join(", "),
                    self.params_desc(&s)
                ),
            );
        }
        for (i, a) in args.iter().enumerate() {
            if s.variadic && i >= fixed && !ellipsis {
                let elem = match self.types.ukind(s.params[fixed]) {
                    TypeKind::Slice(e) => *e,
                    _ => ids::ANY,
                };
                self.expr_to(a, elem, &format!("argument to {fname}"))?;
            } else {
                self.expr_to(a, s.params[i], &format!("argument to {fname}"))?;
            }
        }
        if s.variadic && !ellipsis {
            let n = args.len() - fixed;
            if n == 0 {
                self.emit(Op::Nil, sp);
            } else {
                self.emit(Op::SliceLit(n as u32), sp);
            }
        }
        if ellipsis && !s.variadic {
            return self.err(
                sp,
                format!("have (...) but function is not variadic: {fname}"),
            );
        }
        Ok(())
    }

    pub(super) fn params_desc(&self, s: &crate::types::Signature) -> String {
        let mut parts = vec![];
        for (i, p) in s.params.iter().enumerate() {
            if s.variadic && i + 1 == s.params.len() {
                if let TypeKind::Slice(e) = self.types.kind(*p) {
                    parts.push(format!("...{}", self.tname(*e)));
                    continue;
                }
            }
            parts.push(self.tname(*p));
        }
        format!("({})", parts.join(", "))
    }

    pub(super) fn call_target<'e>(&mut self, func: &'e Expr) -> CResult<CallTarget<'e>> {
        let f = strip_parens(func);
        if let ExprKind::Selector(x, sel) = &f.kind {
            if let ExprKind::Ident(id) = &x.kind {
                if let Some(Entity::Package(p)) = self.lookup_quiet(&id.name) {
                    self.lookup(&id.name, id.span)?;
                    return match self.package_entity(p, &id.name, sel)? {
                        Entity::Func(fid, sig) => {
                            let kind = CallKind::of_func(fid);
                            Ok(CallTarget::Static { kind, sig })
                        }
                        Entity::Type(t) => Ok(CallTarget::Conversion(t)),
                        Entity::Builtin(b) => Ok(CallTarget::Builtin(b)),
                        Entity::Var(_, t) if self.types.signature(t).is_some() => {
                            Ok(CallTarget::Value(t))
                        }
                        _ => self.err(
                            func.span,
                            format!(
                                "invalid operation: cannot call non-function {}",
                                describe(func)
                            ),
                        ),
                    };
                }
            }
            let xop = self.peek(x)?;
            if xop.mode != Mode::Type {
                self.need_value(x, &xop)?;
                match self.find_member(xop.ty, &sel.name) {
                    Some(Member::Method {
                        path,
                        func: fid,
                        pointer_recv,
                        sig,
                        ..
                    }) => {
                        if !is_exported(&sel.name) && self.field_from_other_package(xop.ty) {
                            return self.err(
                                sel.span,
                                format!(
                                    "{}.{} undefined (cannot refer to unexported method {})",
                                    describe(x),
                                    sel.name,
                                    sel.name
                                ),
                            );
                        }
                        if pointer_recv
                            && path.is_empty()
                            && !matches!(self.types.ukind(xop.ty), TypeKind::Pointer(_))
                            && !self.addressable(x)
                        {
                            return self.err(
                                sel.span,
                                format!(
                                    "cannot call pointer method {} on {}",
                                    sel.name,
                                    self.tname(xop.ty)
                                ),
                            );
                        }
                        return Ok(CallTarget::Method {
                            x,
                            sel,
                            xop,
                            path,
                            func: fid,
                            pointer_recv,
                            sig,
                        });
                    }
                    Some(Member::IfaceMethod { path, name, sig }) => {
                        return Ok(CallTarget::Iface {
                            x,
                            xop,
                            path,
                            name,
                            sig,
                        })
                    }
                    Some(Member::Field { ty, .. }) => {
                        if self.types.signature(ty).is_some() {
                            return Ok(CallTarget::Value(ty));
                        }
                        return self.err(func.span, format!("invalid operation: cannot call non-function {} (variable of type {})", describe(func), self.tname(ty)));
                    }
                    None => {
                        if let Some(d) = self.missing_library_method(xop.ty, &sel.name, sel.span) {
                            return Err(d);
                        }
                        let tn = self.tname(xop.ty);
                        return self.err(
                            sel.span,
                            format!(
                                "{}.{} undefined (type {tn} has no field or method {})",
                                describe(x),
                                sel.name,
                                sel.name
                            ),
                        );
                    }
                }
            }
        }
        // A declared function (Go or native) is called directly, not as a value.
        if let ExprKind::Ident(id) = &f.kind {
            if let Some(Entity::Func(fid, sig)) = self.lookup_quiet(&id.name) {
                let kind = CallKind::of_func(fid);
                return Ok(CallTarget::Static { kind, sig });
            }
        }
        let op = self.peek(func)?;
        match op.mode {
            Mode::Builtin(b) => Ok(CallTarget::Builtin(b)),
            Mode::Type => Ok(CallTarget::Conversion(op.ty)),
            Mode::Package(_) => self.err(
                func.span,
                format!("use of package {} without selector", describe(func)),
            ),
            _ => {
                if self.types.signature(op.ty).is_some() {
                    Ok(CallTarget::Value(op.ty))
                } else {
                    let shown = self.operand_text(func, &op);
                    self.err(
                        func.span,
                        format!("invalid operation: cannot call non-function {shown}"),
                    )
                }
            }
        }
    }

    /// The comma-ok forms `m[k]`, `x.(T)`, `<-ch` with their two values emitted, or
    /// `None` (nothing emitted) for any other expression.
    fn comma_ok(&mut self, e: &Expr) -> CResult<Option<Vec<TypeId>>> {
        match &e.kind {
            ExprKind::Index(x, i) => {
                let xo = self.peek(x)?;
                if let TypeKind::Map(_, v) = *self.types.ukind(xo.ty) {
                    self.expr(x)?;
                    self.map_key(i, xo.ty, "map index")?;
                    let zero = self.zero_const(v);
                    self.emit(Op::MapGet { zero, ok: true }, e.span);
                    return Ok(Some(vec![v, ids::BOOL]));
                }
                Ok(None)
            }
            ExprKind::TypeAssert { x, ty: Some(ty) } => {
                let t = self.type_assert(x, ty, true, e.span)?;
                Ok(Some(vec![t, ids::BOOL]))
            }
            ExprKind::Unary(UnaryOp::Recv, x) => {
                let (t, op) = self.value_operand(x)?;
                let TypeKind::Chan(_, elem) = *self.types.ukind(t) else {
                    return self.non_channel("receive from", x, &op);
                };
                self.emit(Op::Recv { ok: true }, e.span);
                Ok(Some(vec![elem, ids::BOOL]))
            }
            _ => Ok(None),
        }
    }

    /// The values of a multi-valued expression: a call with several results, or a
    /// comma-ok form (`m[k]`, `x.(T)`, `<-ch`) when `n == 2`. Emits them all.
    pub(crate) fn multi_value(&mut self, e: &Expr, n: usize) -> CResult<Vec<TypeId>> {
        let e = strip_parens(e);
        if n == 2
            && matches!(
                e.kind,
                ExprKind::Index(..)
                    | ExprKind::TypeAssert { .. }
                    | ExprKind::Unary(UnaryOp::Recv, _)
            )
            && self.hoisting(e.span)
        {
            // gc runs a comma-ok form before the statement's other reads (order.rs).
            let mut tys = vec![];
            self.hoist(e.span, |cx| {
                tys = cx.comma_ok(e)?.unwrap_or_default();
                let t = cx.types.tuple(tys.clone());
                Ok(Operand::value(t))
            })?;
            if !tys.is_empty() {
                return Ok(tys);
            }
            // Not a comma-ok form after all (a slice index): nothing was emitted.
        } else if n == 2 {
            if let Some(tys) = self.comma_ok(e)? {
                return Ok(tys);
            }
        }
        let op = self.expr(e)?;
        let tys = match self.types.kind(op.ty) {
            TypeKind::Tuple(ts) => ts.clone(),
            _ if op.mode == Mode::Void => vec![],
            _ => vec![op.ty],
        };
        if tys.len() != n {
            let what = if let Some(fname) = called_name(e) {
                format!(
                    "{fname} returns {} value{}",
                    tys.len(),
                    if tys.len() == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{} value{}",
                    tys.len(),
                    if tys.len() == 1 { "" } else { "s" }
                )
            };
            return self.err(
                e.span,
                format!(
                    "assignment mismatch: {n} variable{} but {what}",
                    if n == 1 { "" } else { "s" }
                ),
            );
        }
        Ok(tys)
    }
}

pub(crate) enum CallTarget<'e> {
    Builtin(Builtin),
    Conversion(TypeId),
    Static {
        kind: CallKind,
        sig: TypeId,
    },
    Method {
        x: &'e Expr,
        sel: &'e crate::syntax::ast::Ident,
        xop: Operand,
        path: Vec<(u32, bool)>,
        func: u32,
        pointer_recv: bool,
        sig: TypeId,
    },
    Iface {
        x: &'e Expr,
        xop: Operand,
        path: Vec<(u32, bool)>,
        name: String,
        sig: TypeId,
    },
    Value(TypeId),
}
