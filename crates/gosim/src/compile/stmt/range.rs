//! `for ... range`: over integers, arrays, slices, strings (by rune), maps (in the
//! machine's recorded random order) and channels.

use super::*;

impl Compiler {
    /// Compiles a range statement (in a scope of its own, which the caller opens).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &Block,
        label: Option<String>,
        sp: Span,
    ) -> CResult<()> {
        let xo = self.peek_op(x)?;
        let xt = if self.types.is_untyped(xo.ty) {
            self.types.default_type(xo.ty)
        } else {
            xo.ty
        };
        let (kt, vt, kind): (TypeId, Option<TypeId>, RangeKind) = match self.types.ukind(xt).clone()
        {
            TypeKind::Int(_) => (xt, None, RangeKind::Int),
            TypeKind::Slice(e) => (ids::INT, Some(e), RangeKind::Seq(SeqKind::Slice)),
            TypeKind::Array(n, e) => (ids::INT, Some(e), RangeKind::Seq(SeqKind::Array(n as u32))),
            TypeKind::Pointer(p) => match self.types.ukind(p).clone() {
                TypeKind::Array(n, e) => (
                    ids::INT,
                    Some(e),
                    RangeKind::Seq(SeqKind::ArrayRef(n as u32)),
                ),
                _ => {
                    let shown = self.operand_text(x, &xo);
                    return self.err(x.span, format!("cannot range over {shown}"));
                }
            },
            TypeKind::String => (ids::INT, Some(ids::INT32), RangeKind::Str),
            TypeKind::Map(k, v) => (k, Some(v), RangeKind::Map(v)),
            TypeKind::Chan(dir, e) => {
                if dir == ChanDir::Send {
                    return self.err(
                        x.span,
                        format!(
                            "invalid operation: range {} receive from send-only channel {}",
                            describe(x),
                            self.tname(xt)
                        ),
                    );
                }
                if value.is_some() {
                    return self.err(
                        value.map(|v| v.span).unwrap_or(sp),
                        format!(
                            "range over {} permits only one iteration variable",
                            describe(x)
                        ),
                    );
                }
                (e, None, RangeKind::Chan)
            }
            TypeKind::Func(_) => {
                let lp = super::range_func::RangeLoop {
                    key,
                    value,
                    define,
                    body,
                    sp,
                };
                return self.range_func(lp, x, xt, label);
            }
            _ => {
                let shown = self.operand_text(x, &xo);
                return self.err(x.span, format!("cannot range over {shown}"));
            }
        };
        if value.is_some() && vt.is_none() {
            return self.err(
                value.map(|v| v.span).unwrap_or(sp),
                format!(
                    "range over {} permits only one iteration variable",
                    describe(x)
                ),
            );
        }
        let blank = |v: &&Expr| matches!(&v.kind, ExprKind::Ident(id) if id.name == "_");
        if define && key.is_some() && key.iter().chain(value.iter()).all(blank) {
            // gc reports this one at the `for`.
            return self.err(sp, "no new variables on left side of :=");
        }
        // A blank value variable is no variable: `for i, _ := range p` of a nil array
        // pointer reads no element, so it does not panic.
        let one_variable = value.is_none();
        let value = value.filter(|v| !blank(v));
        // Hidden state: the operand, its length, the position.
        let xs = self.alloc_slot();
        let ls = self.alloc_slot();
        let is = self.alloc_slot();
        // With at most one iteration variable (`for i, _ := range` has two), an
        // array's range operand is not evaluated when its
        // length is a constant (no call or receive in it), as Go's spec says: `for
        // range *p` with p a nil array pointer does not panic.
        let const_len = match kind {
            RangeKind::Seq(SeqKind::Array(n) | SeqKind::ArrayRef(n))
                if one_variable && !self.has_call_or_recv(x)? =>
            {
                Some(n)
            }
            _ => None,
        };
        if let Some(n) = const_len {
            let k = self.konst(crate::value::Value::Int(n as i64));
            self.emit(Op::Const(k), sp);
            self.emit(Op::Store(ls), sp);
        } else {
            self.in_order(&[crate::compile::order::Part::Value(x)], |cx| {
                let xop = cx.expr(x)?;
                cx.materialize(&xop, xt, x.span)
            })?;
            if let RangeKind::Map(_) = kind {
                self.emit(Op::MapKeys, x.span);
            }
            self.emit(Op::Store(xs), x.span);
            match kind {
                RangeKind::Int => {
                    self.emit(Op::Load(xs), sp);
                    self.emit(Op::Store(ls), sp);
                }
                RangeKind::Seq(k) => {
                    self.emit(Op::Load(xs), sp);
                    self.emit(Op::Len(k), sp);
                    self.emit(Op::Store(ls), sp);
                }
                RangeKind::Str => {
                    self.emit(Op::Load(xs), sp);
                    self.emit(Op::Len(SeqKind::Str), sp);
                    self.emit(Op::Store(ls), sp);
                }
                RangeKind::Map(_) => {
                    self.emit(Op::Load(xs), sp);
                    self.emit(Op::Field(1), sp);
                    self.emit(Op::Len(SeqKind::Slice), sp);
                    self.emit(Op::Store(ls), sp);
                }
                RangeKind::Chan => {}
            }
        }
        let zero_i = if let RangeKind::Int = kind {
            self.const_to_value(&crate::compile::ConstVal::Int(0), xt)
        } else {
            crate::value::Value::Int(0)
        };
        let zk = self.konst(zero_i);
        self.emit(Op::Const(zk), sp);
        self.emit(Op::Store(is), sp);
        let top = self.here();
        let exit;
        // Produce (key, value) for this iteration on the stack.
        let mut nvals = 0;
        match kind {
            RangeKind::Int | RangeKind::Seq(_) | RangeKind::Map(_) => {
                self.emit(Op::Load(is), sp);
                self.emit(Op::Load(ls), sp);
                let ck = if let RangeKind::Int = kind {
                    if self.types.int_kind(xt).is_some_and(|k| !k.signed()) {
                        CmpKind::Unsigned
                    } else {
                        CmpKind::Signed
                    }
                } else {
                    CmpKind::Signed
                };
                self.emit(Op::Cmp(BinaryOp::Lt, ck), sp);
                exit = self.emit(Op::JumpIfNot(0), sp);
            }
            RangeKind::Str => {
                self.emit(Op::Load(is), sp);
                self.emit(Op::Load(ls), sp);
                self.emit(Op::Cmp(BinaryOp::Lt, CmpKind::Signed), sp);
                exit = self.emit(Op::JumpIfNot(0), sp);
            }
            RangeKind::Chan => {
                self.emit(Op::Load(xs), sp);
                self.emit(Op::Recv { ok: true }, sp);
                exit = self.emit(Op::JumpIfNot(0), sp);
                nvals = 1;
            }
        }
        let mut skip = None;
        match kind {
            RangeKind::Int => {
                self.emit(Op::Load(is), sp);
                nvals = 1;
            }
            RangeKind::Seq(k) => {
                self.emit(Op::Load(is), sp);
                // A blank value variable reads no element: Go ranges over a nil
                // array pointer with `for i, _ := range p` as with `for i := range p`.
                let blank = |v: &Expr| matches!(&v.kind, ExprKind::Ident(id) if id.name == "_");
                if value.is_some_and(|v| !blank(v)) {
                    self.emit(Op::Load(xs), sp);
                    self.emit(Op::Load(is), sp);
                    match k {
                        SeqKind::ArrayRef(n) => {
                            self.emit(Op::RefIndex(n), sp);
                            self.emit(Op::Deref, sp);
                        }
                        _ => {
                            self.emit(Op::Index(k), sp);
                        }
                    }
                    nvals = 2;
                } else {
                    nvals = 1;
                }
            }
            RangeKind::Str => {
                // NextRune: pop index, string; push next index, rune, start index.
                self.emit(Op::Load(xs), sp);
                self.emit(Op::Load(is), sp);
                self.emit(Op::NextRune, sp);
                // stack: next, rune, start -> store next into is after binding
                let tmp_start = self.alloc_slot();
                let tmp_rune = self.alloc_slot();
                self.emit(Op::Store(tmp_start), sp);
                self.emit(Op::Store(tmp_rune), sp);
                self.emit(Op::Store(is), sp);
                self.emit(Op::Load(tmp_start), sp);
                if value.is_some() {
                    self.emit(Op::Load(tmp_rune), sp);
                    nvals = 2;
                } else {
                    nvals = 1;
                }
            }
            RangeKind::Map(v) => {
                // The snapshot is (map, serials): skip entries deleted since.
                self.emit(Op::Load(xs), sp);
                self.emit(Op::Field(0), sp);
                self.emit(Op::Load(xs), sp);
                self.emit(Op::Field(1), sp);
                self.emit(Op::Load(is), sp);
                self.emit(Op::Index(SeqKind::Slice), sp);
                let zero = self.zero_const(v);
                self.emit(Op::MapEntry { zero }, sp);
                let tk = self.alloc_slot();
                let tv = self.alloc_slot();
                let j = self.emit(Op::JumpIfNot(0), sp);
                skip = Some(j);
                self.emit(Op::Store(tv), sp);
                self.emit(Op::Store(tk), sp);
                self.emit(Op::Load(tk), sp);
                if value.is_some() {
                    self.emit(Op::Load(tv), sp);
                    nvals = 2;
                } else {
                    nvals = 1;
                }
            }
            RangeKind::Chan => {}
        }
        // Bind or assign the iteration variables (last first).
        let targets: Vec<Option<&Expr>> = vec![key, value].into_iter().take(nvals).collect();
        let tys = [kt, vt.unwrap_or(ids::INVALID)];
        let mut binds = vec![];
        if !define && targets.iter().all(Option::is_some) && targets.len() == 2 {
            // `for k, v = range`: one tuple assignment (assign.rs).
            let tmp = self.temp_slots(2);
            self.emit(Op::Store(tmp + 1), sp);
            self.emit(Op::Store(tmp), sp);
            let places: Vec<&Expr> = targets.iter().flatten().copied().collect();
            let vals = [(tys[0], tmp), (tys[1], tmp + 1)];
            self.assign_loaded(&places, &vals, "range", sp)?;
        }
        let targets = if !define && targets.iter().all(Option::is_some) && targets.len() == 2 {
            vec![]
        } else {
            targets
        };
        for (i, t) in targets.iter().enumerate().rev() {
            match t {
                None => {
                    self.emit(Op::Pop, sp);
                }
                Some(e) if define => {
                    let ExprKind::Ident(id) = &e.kind else {
                        return self.err(
                            e.span,
                            format!("non-name {} on left side of :=", describe(e)),
                        );
                    };
                    binds.push(self.declare_var_deferred_bind(id, tys[i])?);
                }
                Some(e) => {
                    let tmp = self.alloc_slot();
                    self.emit(Op::Store(tmp), sp);
                    self.store_loaded(e, tys[i], Op::Load(tmp), "range", sp)?;
                }
            }
        }
        for (n, t, slot, boxed) in binds.into_iter().rev() {
            self.bind_new(n, t, slot, boxed)?;
        }
        self.open_breakable(label, true);
        self.block_stmts(&body.stmts)?;
        let cont = self.here();
        if let Some(j) = skip {
            // A deleted entry: pop the ok-less leftovers (key, value) and move on.
            let over = self.emit(Op::Jump(0), sp);
            self.patch(j);
            self.emit(Op::Pop, sp);
            self.emit(Op::Pop, sp);
            self.patch(over);
        }
        match kind {
            RangeKind::Int | RangeKind::Seq(_) | RangeKind::Map(_) => {
                self.emit(Op::Load(is), sp);
                let one = self.const_to_value(
                    &crate::compile::ConstVal::Int(1),
                    if let RangeKind::Int = kind {
                        xt
                    } else {
                        ids::INT
                    },
                );
                let k1 = self.konst(one);
                self.emit(Op::Const(k1), sp);
                let nk = if let RangeKind::Int = kind {
                    self.num_kind(xt)
                        .unwrap_or(NumKind::Int(crate::types::IntKind::Int))
                } else {
                    NumKind::Int(crate::types::IntKind::Int)
                };
                self.emit(Op::Arith(BinaryOp::Add, nk), sp);
                self.emit(Op::Store(is), sp);
            }
            RangeKind::Str | RangeKind::Chan => {}
        }
        self.emit(Op::Jump(top as u32), sp);
        self.patch(exit);
        if let RangeKind::Chan = kind {
            self.emit(Op::Pop, sp);
        }
        self.close_breakable(Some(cont));
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum RangeKind {
    Int,
    Seq(SeqKind),
    Str,
    Map(TypeId),
    Chan,
}
