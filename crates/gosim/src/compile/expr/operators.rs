//! Operators: unary and binary expressions, comparisons and shifts, with constant
//! folding and Go's mismatched-type messages.

use super::*;
use crate::compile::order::KeyOrder;

impl Compiler {
    pub(super) fn unary(&mut self, op: UnaryOp, x: &Expr, sp: Span) -> CResult<Operand> {
        match op {
            UnaryOp::Addr => {
                if let ExprKind::Composite {
                    ty: Some(ty),
                    elems,
                    ..
                } = &x.kind
                {
                    let t = self.composite_type(ty, elems)?;
                    self.composite(t, elems, x.span)?;
                    self.emit(Op::Alloc, sp);
                    return Ok(Operand::value(self.types.pointer(t)));
                }
                if let ExprKind::Paren(inner) = &x.kind {
                    if matches!(inner.kind, ExprKind::Composite { .. }) {
                        return self.unary(op, inner, sp);
                    }
                }
                if !self.addressable(x) {
                    let xop = self.peek(x)?;
                    let shown = self.operand_text(x, &xop);
                    return self.err(
                        x.span,
                        format!("invalid operation: cannot take address of {shown}"),
                    );
                }
                let t = self.addr(x)?;
                Ok(Operand::value(self.types.pointer(t)))
            }
            UnaryOp::Recv => self.hoist(sp, |cx| {
                let (t, op) = cx.value_operand(x)?;
                let TypeKind::Chan(dir, elem) = *cx.types.ukind(t) else {
                    return cx.non_channel("receive from", x, &op);
                };
                if dir == ChanDir::Send {
                    return cx.err(sp, format!("invalid operation: cannot receive from send-only channel {} (variable of type {})", describe(x), cx.tname(t)));
                }
                cx.emit(Op::Recv { ok: false }, sp);
                Ok(Operand::value(elem))
            }),
            _ => {
                let xo = self.expr(x)?;
                self.need_value(x, &xo)?;
                if let Mode::Const(v) = &xo.mode {
                    let mut r = constant::unary(op, v)
                        .map_err(|m| crate::syntax::Diagnostic::new(sp, m))?;
                    if op == UnaryOp::BitNot {
                        if let (ConstVal::Int(i), Some(k)) = (&r, self.types.int_kind(xo.ty)) {
                            if !k.signed() {
                                let mask = if k.bits() == 64 {
                                    u64::MAX as i128
                                } else {
                                    (1i128 << k.bits()) - 1
                                };
                                r = ConstVal::Int(i & mask);
                            }
                        }
                    }
                    if !self.types.is_untyped(xo.ty) {
                        r = self.convert_const(&r, xo.ty, xo.ty, sp)?;
                    }
                    return Ok(Operand {
                        mode: Mode::Const(r),
                        ty: xo.ty,
                    });
                }
                let t = xo.ty;
                match op {
                    UnaryOp::Plus if !self.types.is_numeric(t) => {
                        let od = self.operand_desc(x, &xo);
                        return self.not_defined(sp, "+", x, &od);
                    }
                    UnaryOp::Neg => {
                        let k = self.num_kind(t).filter(|k| *k != NumKind::Str);
                        let Some(k) = k else {
                            let od = self.operand_desc(x, &xo);
                            return self.not_defined(sp, "-", x, &od);
                        };
                        self.emit(Op::Neg(k), sp);
                    }
                    UnaryOp::Not => {
                        if !self.types.is_boolean(t) {
                            let od = self.operand_desc(x, &xo);
                            return self.not_defined(sp, "!", x, &od);
                        }
                        self.emit(Op::Not, sp);
                    }
                    UnaryOp::BitNot => {
                        let Some(k) = self.types.int_kind(t) else {
                            let od = self.operand_desc(x, &xo);
                            return self.not_defined(sp, "^", x, &od);
                        };
                        self.emit(Op::Complement(k), sp);
                    }
                    _ => {}
                }
                Ok(Operand::value(t))
            }
        }
    }

    pub(crate) fn num_kind(&self, t: TypeId) -> Option<NumKind> {
        match self.types.ukind(self.types.default_type(t)) {
            TypeKind::Int(k) => Some(NumKind::Int(*k)),
            TypeKind::Float64 => Some(NumKind::Float),
            TypeKind::Float32 => Some(NumKind::Float32),
            TypeKind::String => Some(NumKind::Str),
            _ => None,
        }
    }

    /// Go's `invalid operation: operator OP not defined on X (WHAT)`, where `what`
    /// describes the operand (`variable of type T`).
    pub(crate) fn not_defined<T>(&self, sp: Span, op: &str, x: &Expr, what: &str) -> CResult<T> {
        self.err(
            sp,
            format!(
                "invalid operation: operator {op} not defined on {} ({what})",
                describe(x)
            ),
        )
    }

    pub(super) fn binary(
        &mut self,
        op: BinaryOp,
        a: &Expr,
        b: &Expr,
        shift_type: Option<TypeId>,
        sp: Span,
    ) -> CResult<Operand> {
        use BinaryOp::*;
        if matches!(op, LogAnd | LogOr) {
            let pa = self.peek(a)?;
            let pb = self.peek(b)?;
            // Go matches the operands' types before it asks for booleans.
            let (ua, ub) = (self.types.is_untyped(pa.ty), self.types.is_untyped(pb.ty));
            let mismatch = match (ua, ub) {
                (false, false) => pa.ty != pb.ty,
                (true, false) | (false, true) => {
                    self.types.is_boolean(pa.ty) != self.types.is_boolean(pb.ty)
                }
                (true, true) => false,
            };
            if mismatch {
                return self.mismatched(a, op, b, pa.ty, pb.ty, sp);
            }
            if !self.types.is_boolean(pa.ty) || !self.types.is_boolean(pb.ty) {
                let (bad, bop) = if !self.types.is_boolean(pa.ty) {
                    (a, pa)
                } else {
                    (b, pb)
                };
                let od = self.operand_desc(bad, &bop);
                return self.not_defined(bad.span, op.as_str(), bad, &od);
            }
            if let (Mode::Const(x), Mode::Const(y)) = (&pa.mode, &pb.mode) {
                let r = constant::binary(op, x, y, false, true)
                    .map_err(|m| crate::syntax::Diagnostic::new(sp, m))?;
                let ty = if self.types.is_untyped(pa.ty) {
                    pb.ty
                } else {
                    pa.ty
                };
                return Ok(Operand {
                    mode: Mode::Const(r),
                    ty,
                });
            }
            let t = if self.types.is_untyped(pa.ty) {
                self.types.default_type(pb.ty)
            } else {
                pa.ty
            };
            // gc runs `&&` and `||` as a unit, their right operand as a statement of
            // its own (order.rs).
            return self.hoist(sp, |cx| {
                let ao = cx.expr(a)?;
                cx.materialize(&ao, t, a.span)?;
                cx.emit(Op::Dup, sp);
                let j = cx.emit(
                    if op == LogAnd {
                        Op::JumpIfNot(0)
                    } else {
                        Op::JumpIf(0)
                    },
                    sp,
                );
                cx.emit(Op::Pop, sp);
                cx.in_order(&[crate::compile::order::Part::Value(b)], |cx| {
                    let bo = cx.expr(b)?;
                    cx.materialize(&bo, t, b.span)
                })?;
                cx.patch(j);
                Ok(Operand::value(t))
            });
        }
        let shift_op = matches!(op, Shl | Shr);
        // An operand that is a non-constant shift of an untyped constant is untyped
        // until this operator gives it a type: the other operand's, the context's
        // (`shift_type`), or the default of the untyped kinds involved. It is not
        // peeked at: alone it would be an int, and `hi & (1<<63>>n)` (hi a uint64)
        // would overflow one. (A shift count keeps the plain path.)
        let sa = self.untyped_shift(a)?;
        let sb = !shift_op && self.untyped_shift(b)?;
        let pa = if sa {
            Operand::value(self.shift_root_type(a)?)
        } else {
            self.peek(a)?
        };
        let pb = if sb {
            Operand::value(self.shift_root_type(b)?)
        } else {
            self.peek(b)?
        };
        self.need_value(a, &pa)?;
        self.need_value(b, &pb)?;
        if shift_op {
            return self.shift(op, a, b, pa, pb, shift_type, sp);
        }
        let is_cmp = matches!(op, Eq | Ne | Lt | Le | Gt | Ge);
        let shift_t = if sa || sb {
            let (ua, ub) = (self.types.is_untyped(pa.ty), self.types.is_untyped(pb.ty));
            Some(match (ua, ub) {
                (true, true) => match shift_type {
                    Some(h) if !is_cmp && !self.types.is_interface(h) => h,
                    _ => {
                        let (ka, kb) = (
                            untyped_rank(&self.types, pa.ty),
                            untyped_rank(&self.types, pb.ty),
                        );
                        let wider = if ka >= kb { pa.ty } else { pb.ty };
                        self.types.default_type(wider)
                    }
                },
                (true, false) | (false, false) => pb.ty,
                (false, true) => pa.ty,
            })
        } else {
            None
        };
        // Both constant: fold.
        if let (Mode::Const(x), Mode::Const(y)) = (&pa.mode, &pb.mode) {
            let (ua, ub) = (self.types.is_untyped(pa.ty), self.types.is_untyped(pb.ty));
            let ty = match (ua, ub) {
                (true, true) => {
                    let ka = untyped_rank(&self.types, pa.ty);
                    let kb = untyped_rank(&self.types, pb.ty);
                    if ka >= kb {
                        pa.ty
                    } else {
                        pb.ty
                    }
                }
                (true, false) => pb.ty,
                (false, true) => pa.ty,
                (false, false) => {
                    if pa.ty != pb.ty {
                        return self.mismatched(a, op, b, pa.ty, pb.ty, sp);
                    }
                    pa.ty
                }
            };
            if (self.types.is_string(pa.ty) != self.types.is_string(pb.ty))
                || (self.types.is_boolean(pa.ty) != self.types.is_boolean(pb.ty))
            {
                return self.mismatched(a, op, b, pa.ty, pb.ty, sp);
            }
            let float = self.types.is_float(ty);
            let int_div = self.types.is_integer(ty);
            let x = if !ua {
                x.clone()
            } else {
                self.convert_const(x, pa.ty, ty, a.span)?
            };
            let y = if !ub {
                y.clone()
            } else {
                self.convert_const(y, pb.ty, ty, b.span)?
            };
            if matches!(op, Rem) && float {
                return self.err(
                    sp,
                    format!(
                        "invalid operation: operator % not defined on {} (untyped float constant)",
                        describe(a)
                    ),
                );
            }
            let r = constant::binary(op, &x, &y, float, int_div)
                .map_err(|m| overflow_at_operator(a, b, sp, m))?;
            if is_cmp {
                return Ok(Operand {
                    mode: Mode::Const(r),
                    ty: ids::UNTYPED_BOOL,
                });
            }
            let r = if self.types.is_untyped(ty) {
                r
            } else {
                self.convert_const(&r, ty, ty, sp).map_err(|_| {
                    let tn = self.tname(ty);
                    crate::syntax::Diagnostic::new(
                        sp,
                        format!(
                            "{} (constant {} of type {tn}) overflows {tn}",
                            describe_bin(a, op, b),
                            r.describe()
                        ),
                    )
                })?
            };
            return Ok(Operand {
                mode: Mode::Const(r),
                ty,
            });
        }
        // The operand type: the typed side decides.
        let nil_a = pa.ty == ids::UNTYPED_NIL;
        let nil_b = pb.ty == ids::UNTYPED_NIL;
        let mut t = if self.types.is_untyped(pa.ty) && !nil_a {
            if self.types.is_untyped(pb.ty) {
                self.types.default_type(pa.ty)
            } else {
                pb.ty
            }
        } else {
            pa.ty
        };
        if nil_a {
            t = pb.ty;
        }
        if let Some(st) = shift_t {
            t = st;
        }
        if is_cmp && shift_t.is_none() {
            // Mixed interface/concrete comparisons compare as interfaces.
            let (ia, ib) = (
                self.types.is_interface(pa.ty),
                self.types.is_interface(pb.ty),
            );
            if ia != ib && !nil_a && !nil_b {
                let (iface, other) = if ia { (pa.ty, pb.ty) } else { (pb.ty, pa.ty) };
                let other_t = self.types.default_type(other);
                if self.implements(other_t, iface).is_err() {
                    return self.mismatched(a, op, b, pa.ty, pb.ty, sp);
                }
                t = iface;
            }
        }
        // Type agreement.
        let other = if t == pa.ty { &pb } else { &pa };
        let other_e = if t == pa.ty { b } else { a };
        if other.ty != t && other.ty != ids::UNTYPED_NIL && shift_t.is_none() {
            // An interface compares with any value whose type implements it (checked
            // above), a typed constant too: `v == int64(1)` with `v` an `any`.
            let ok = if self.types.is_interface(t) && is_cmp {
                true
            } else if let Mode::Const(_) = other.mode {
                self.types.is_untyped(other.ty)
            } else if is_cmp && !self.types.is_untyped(other.ty) {
                // Either side assignable to the other's type: a named struct and a
                // struct literal's type, a channel and its receive-only view.
                self.check_assignable(other.ty, t, sp, "").is_ok()
                    || self.check_assignable(t, other.ty, sp, "").is_ok()
            } else {
                self.types.is_untyped(other.ty)
                    && self.types.default_type(other.ty) == self.types.underlying(t)
            };
            if !ok {
                return self.mismatched(a, op, b, pa.ty, pb.ty, sp);
            }
            if let (Mode::Const(v), true) = (&other.mode, self.types.is_untyped(other.ty)) {
                if self.convert_const(v, other.ty, t, other_e.span).is_err() {
                    // Go's words for the implicit conversion: a constant of another
                    // kind is a mismatch; a number that does not fit overflows, a
                    // fraction given to an integer is truncated.
                    let int_to = matches!(self.types.ukind(t), TypeKind::Int(_));
                    let fits_kind = match self.types.ukind(t) {
                        TypeKind::Int(_) | TypeKind::Float64 | TypeKind::Float32 => {
                            matches!(v, ConstVal::Int(_) | ConstVal::Float(_))
                        }
                        TypeKind::String => matches!(v, ConstVal::Str(_)),
                        TypeKind::Bool => matches!(v, ConstVal::Bool(_)),
                        _ => true,
                    };
                    if !fits_kind {
                        return self.mismatched(a, op, b, pa.ty, pb.ty, sp);
                    }
                    let why = if int_to && v.is_fraction() {
                        "truncated to"
                    } else {
                        "overflows"
                    };
                    let shown = Operand {
                        mode: Mode::Const(v.clone()),
                        ty: other.ty,
                    };
                    let text = self.operand_text(other_e, &shown);
                    return self.err(other_e.span, format!("{text} {why} {}", self.tname(t)));
                }
            }
        }
        if nil_a && nil_b && is_cmp {
            return self.err(
                b.span,
                format!(
                    "invalid operation: {} (operator {} not defined on untyped nil)",
                    describe_bin(a, op, b),
                    op.as_str()
                ),
            );
        }
        if (nil_a || nil_b) && !is_cmp {
            return self.err(
                sp,
                format!(
                    "invalid operation: operator {} not defined on nil",
                    op.as_str()
                ),
            );
        }
        if (nil_a || nil_b) && !self.types.nillable(t) {
            let o = if nil_a { &pb } else { &pa };
            return self.err(
                sp,
                format!(
                    "invalid operation: {} (mismatched types {} and untyped nil)",
                    describe_bin(a, op, b),
                    self.tname(o.ty)
                ),
            );
        }
        // Emit both operands (an untyped shift is computed in `t`).
        if sa {
            self.shift_type = Some(t);
        }
        let (oa, ob) = if matches!(op, Eq | Ne) {
            (
                self.cmp_operand_order(a, t, sp)?,
                self.cmp_operand_order(b, t, sp)?,
            )
        } else {
            (KeyOrder::InPlace, KeyOrder::InPlace)
        };
        if oa == KeyOrder::Unclear || ob == KeyOrder::Unclear {
            return self.err(
                sp,
                "not supported here: comparing a struct or array variable a closure \
                 assigns, in a statement with a later call (gc's order for it depends \
                 on inlining)",
            );
        }
        let mut chunks = [None, None];
        for (k, (e, order)) in [(a, oa), (b, ob)].into_iter().enumerate() {
            if order == KeyOrder::Early {
                // Copied after both sides' calls: its chunk runs after the other's.
                let (_, chunk) = self.hoist_later(e.span, |cx| {
                    let o = cx.expr(e)?;
                    cx.materialize(&o, t, e.span)?;
                    Ok(Operand::value(t))
                })?;
                chunks[k] = chunk;
                continue;
            }
            if (k == 0 && sa) || (k == 1 && sb) {
                self.shift_type = Some(t);
            }
            let o = self.expr(e)?;
            self.materialize(&o, t, e.span)?;
        }
        for c in chunks {
            self.run_chunk(c);
        }
        if is_cmp {
            let ordered = matches!(op, Lt | Le | Gt | Ge);
            // Go compares a reflect.Value's words (type, pointer, flag), and the pointer
            // is to a copy for most values: the engine's values are not those words.
            if !ordered && self.tname(t) == "reflect.Value" {
                return self.err(
                    sp,
                    "not supported here: comparing reflect.Value values with == (Go compares their type, pointer and flag words)",
                );
            }
            // Two pointers to zero-size values may or may not be equal (Go's spec):
            // gc gives one address to all that escape to the heap and to the elements
            // of a zero-size array, and folds `&x == &y` of stack variables to false.
            // The engine cannot tell which, so it refuses rather than guess.
            if !ordered && !nil_a && !nil_b && self.holds_zero_size_pointer(t, 0) {
                return self.err(
                    sp,
                    "not supported here: comparing pointers to zero-size values (Go's answer depends on its escape analysis)",
                );
            }
            if !ordered && self.stand_in(t).is_some() && !self.stand_in_comparable(t) {
                return self.err(
                    sp,
                    format!(
                        "invalid operation: {} (incomparable types in type set)",
                        describe_bin(a, op, b)
                    ),
                );
            }
            let kind = match self.types.ukind(t) {
                TypeKind::Int(k) => {
                    if k.signed() {
                        CmpKind::Signed
                    } else {
                        CmpKind::Unsigned
                    }
                }
                TypeKind::Float64 | TypeKind::Float32 => CmpKind::Float,
                TypeKind::String => CmpKind::Str,
                _ => {
                    if ordered && self.stand_in(t).is_some() {
                        return self.err(
                            sp,
                            format!(
                                "invalid operation: {} (type parameter {} cannot use operator {})",
                                describe_bin(a, op, b),
                                self.tname(t),
                                op.as_str()
                            ),
                        );
                    }
                    if ordered {
                        // Go names the operand's kind of composite type, or the type.
                        let what = match self.types.ukind(t) {
                            TypeKind::Array(..) => "array".to_string(),
                            TypeKind::Slice(_) => "slice".to_string(),
                            TypeKind::Struct(_) => "struct".to_string(),
                            TypeKind::Pointer(_) => "pointer".to_string(),
                            TypeKind::Func(_) => "func".to_string(),
                            TypeKind::Interface(_) => "interface".to_string(),
                            TypeKind::Map(..) => "map".to_string(),
                            TypeKind::Chan(..) => "chan".to_string(),
                            _ => self.tname(t),
                        };
                        return self.err(
                            sp,
                            format!(
                                "invalid operation: {} (operator {} not defined on {what})",
                                describe_bin(a, op, b),
                                op.as_str(),
                            ),
                        );
                    }
                    if !self.types.comparable(t) && !nil_a && !nil_b {
                        let what = match self.types.ukind(t) {
                            TypeKind::Slice(_) => "slice",
                            TypeKind::Map(..) => "map",
                            TypeKind::Func(_) => "func",
                            _ => "struct containing uncomparable field",
                        };
                        return self.err(
                            sp,
                            format!(
                                "invalid operation: {} ({what} can only be compared to nil)",
                                describe_bin(a, op, b)
                            ),
                        );
                    }
                    CmpKind::Deep
                }
            };
            self.emit(Op::Cmp(op, kind), sp);
            return Ok(Operand::value(ids::BOOL));
        }
        let Some(k) = self.num_kind(t) else {
            let od = match self.stand_in(t) {
                Some(c) => format!("variable of type {} constrained by {c}", self.tname(t)),
                None => self.operand_desc(a, &pa),
            };
            return self.not_defined(sp, op.as_str(), a, &od);
        };
        let allows = |k: NumKind| match k {
            NumKind::Str => op == Add,
            NumKind::Float | NumKind::Float32 => matches!(op, Add | Sub | Mul | Div),
            NumKind::Int(_) => true,
        };
        // A type parameter allows an operator only if every term of its type set does.
        if let Some(c) = self.stand_in(t).map(str::to_owned) {
            let terms = self.stand_in_terms(t);
            if terms
                .iter()
                .any(|&x| self.num_kind(x).is_none_or(|k| !allows(k)))
            {
                let od = format!("variable of type {} constrained by {c}", self.tname(t));
                return self.not_defined(sp, op.as_str(), a, &od);
            }
        }
        let allowed = allows(k);
        if !allowed {
            let od = self.operand_desc(a, &pa);
            return self.not_defined(sp, op.as_str(), a, &od);
        }
        if matches!(op, Div | Rem) {
            if let (NumKind::Int(_), Mode::Const(v)) = (k, &pb.mode) {
                if v.as_int() == Some(0) {
                    return self.err(b.span, "invalid operation: division by zero");
                }
            }
        }
        self.emit(Op::Arith(op, k), sp);
        Ok(Operand::value(t))
    }

    /// An index or size operand: a non-constant shift of an untyped constant in it is
    /// an `int` shift (`a[1.0<<s]`, `make([]T, 1.0<<s)`), as Go's spec says.
    pub(crate) fn int_context(&mut self, e: &Expr) -> CResult<()> {
        if self.untyped_shift(e)? {
            self.shift_type = Some(ids::INT);
        }
        Ok(())
    }

    /// The untyped kind an untyped shift expression (`untyped_shift`) has before its
    /// context decides: that of its shifted constants (`'a' << n` is a rune), the
    /// widest over arithmetic.
    fn shift_root_type(&mut self, e: &Expr) -> CResult<TypeId> {
        Ok(match &e.kind {
            ExprKind::Paren(x) | ExprKind::Unary(_, x) => self.shift_root_type(x)?,
            ExprKind::Binary(BinaryOp::Shl | BinaryOp::Shr, a, _) => {
                if self.untyped_shift(a)? {
                    self.shift_root_type(a)?
                } else {
                    self.peek(a)?.ty
                }
            }
            ExprKind::Binary(_, a, b) => {
                let side = |cx: &mut Self, x: &Expr| -> CResult<TypeId> {
                    if cx.untyped_shift(x)? {
                        cx.shift_root_type(x)
                    } else {
                        Ok(cx.peek(x)?.ty)
                    }
                };
                let (ta, tb) = (side(self, a)?, side(self, b)?);
                if untyped_rank(&self.types, ta) >= untyped_rank(&self.types, tb) {
                    ta
                } else {
                    tb
                }
            }
            _ => ids::UNTYPED_INT,
        })
    }

    /// Whether `e` is a non-constant shift of an untyped constant (`1 << n`), or
    /// parentheses, a unary `+ - ^` or an arithmetic operator over such shifts and
    /// untyped constants: an expression whose type its context decides.
    pub(crate) fn untyped_shift(&mut self, e: &Expr) -> CResult<bool> {
        Ok(match &e.kind {
            ExprKind::Paren(x) => self.untyped_shift(x)?,
            ExprKind::Unary(UnaryOp::Neg | UnaryOp::Plus | UnaryOp::BitNot, x) => {
                self.untyped_shift(x)?
            }
            ExprKind::Binary(BinaryOp::Shl | BinaryOp::Shr, a, b) => {
                // A shift of such a shift is one too: `(1 << n) >> 6`.
                if self.untyped_shift(a)? {
                    return Ok(true);
                }
                let pa = self.peek(a)?;
                let pb = self.peek(b)?;
                matches!(pa.mode, Mode::Const(_))
                    && self.types.is_untyped(pa.ty)
                    && !matches!(pb.mode, Mode::Const(_))
            }
            ExprKind::Binary(op, a, b) if op.is_arithmetic() => {
                // Each side a shift or an untyped constant, and at least one a shift.
                match (self.untyped_shift(a)?, self.untyped_shift(b)?) {
                    (true, true) => true,
                    (true, false) => self.untyped_const(b)?,
                    (false, true) => self.untyped_const(a)?,
                    (false, false) => false,
                }
            }
            _ => false,
        })
    }

    fn untyped_const(&mut self, e: &Expr) -> CResult<bool> {
        let p = self.peek(e)?;
        Ok(matches!(p.mode, Mode::Const(_)) && self.types.is_untyped(p.ty))
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn shift(
        &mut self,
        op: BinaryOp,
        a: &Expr,
        b: &Expr,
        pa: Operand,
        pb: Operand,
        shift_type: Option<TypeId>,
        sp: Span,
    ) -> CResult<Operand> {
        if !self.types.is_integer(pb.ty)
            && !matches!(&pb.mode, Mode::Const(v) if v.as_int().is_some())
        {
            let shown = self.operand_text(b, &pb);
            return self.err(
                b.span,
                format!("invalid operation: shift count {shown} must be integer"),
            );
        }
        if let Mode::Const(v) = &pb.mode {
            if v.as_int().is_some_and(|n| n < 0) {
                return self.err(
                    b.span,
                    format!("invalid operation: negative shift count {}", describe(b)),
                );
            }
        }
        if let (Mode::Const(x), Mode::Const(y)) = (&pa.mode, &pb.mode) {
            // Go bounds a constant shift's count by what the smallest float64 needs.
            if y.as_int().is_none_or(|n| n > 1023 - 1 + 52) {
                let shown = self.operand_text(b, &pb);
                return self.err(
                    b.span,
                    format!("invalid operation: invalid shift count {shown}"),
                );
            }
            let r = constant::binary(op, x, y, false, true)
                .map_err(|m| overflow_at_operator(a, b, sp, m))?;
            let ty = if self.types.is_untyped(pa.ty) {
                if pa.ty == ids::UNTYPED_FLOAT {
                    ids::UNTYPED_INT
                } else {
                    pa.ty
                }
            } else {
                pa.ty
            };
            let r = if self.types.is_untyped(ty) {
                r
            } else {
                self.convert_const(&r, ty, ty, sp)?
            };
            return Ok(Operand {
                mode: Mode::Const(r),
                ty,
            });
        }
        let t = if self.types.is_untyped(pa.ty) {
            // Without a context type the constant takes its default type, as it would
            // alone: `x := 1.0 << n` is a float64 shift (an error), `'a' << n` an
            // int32 one. Index and size operands give their `int` (`int_context`).
            match shift_type {
                Some(h) if !self.types.is_interface(h) => h,
                _ => {
                    let d = self.types.default_type(pa.ty);
                    // A look-ahead (`peek`) may come before the context is known:
                    // the error waits for the real compile.
                    if self.dry > 0 && !self.types.is_integer(d) {
                        ids::INT
                    } else {
                        d
                    }
                }
            }
        } else {
            pa.ty
        };
        let Some(k) = self.types.int_kind(t) else {
            let od = if self.types.is_untyped(pa.ty) {
                format!("type {}", self.tname(t))
            } else {
                self.operand_desc(a, &pa)
            };
            return self.err(
                sp,
                format!(
                    "invalid operation: shifted operand {} ({od}) must be integer",
                    describe(a)
                ),
            );
        };
        if let (Mode::Const(v), true) = (&pa.mode, self.types.is_untyped(pa.ty)) {
            if self.convert_const(v, pa.ty, t, a.span).is_err() {
                let shown = self.operand_text(a, &pa);
                return self.err(a.span, format!("{shown} overflows {}", self.tname(t)));
            }
        }
        if !matches!(pa.mode, Mode::Const(_)) && self.types.is_untyped(pa.ty) {
            // The left operand is itself an untyped shift: it is computed in `t` too.
            self.shift_type = Some(t);
        }
        let ao = self.expr(a)?;
        self.materialize(&ao, t, a.span)?;
        self.shift_count(b)?;
        // A negative (signed) count panics at run time; an unsigned one never is.
        self.emit(Op::Arith(op, NumKind::Int(k)), sp);
        Ok(Operand::value(t))
    }
}

impl Compiler {
    /// Emits a shift's count: an untyped constant count becomes a `uint`.
    pub(crate) fn shift_count(&mut self, b: &Expr) -> CResult<()> {
        let bo = self.expr(b)?;
        let bt = if self.types.is_untyped(bo.ty) {
            ids::UINT
        } else {
            bo.ty
        };
        self.materialize(&bo, bt, b.span)
    }

    /// Go's `invalid operation: a op b (mismatched types A and B)`.
    fn mismatched(
        &self,
        a: &Expr,
        op: BinaryOp,
        b: &Expr,
        ta: TypeId,
        tb: TypeId,
        sp: Span,
    ) -> CResult<Operand> {
        let (ta, tb) = (self.tname(ta), self.tname(tb));
        let what = describe_bin(a, op, b);
        // A comparison's mismatch is reported at its right operand, as Go does.
        let cmp = matches!(
            op,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        );
        self.err(
            if cmp { b.span } else { sp },
            format!("invalid operation: {what} (mismatched types {ta} and {tb})"),
        )
    }
}

/// A constant operation's error; Go reports `constant multiplication overflow` at the
/// operator, which the tree does not keep: the span is the gap between the operands,
/// which `compile` narrows to the operator's first character (`at_operator`).
fn overflow_at_operator(a: &Expr, b: &Expr, sp: Span, m: String) -> crate::syntax::Diagnostic {
    let at = if m.starts_with("constant ") && m.ends_with("overflow") {
        Span::new(a.span.hi, b.span.lo)
    } else {
        sp
    };
    crate::syntax::Diagnostic::new(at, m)
}

pub(super) fn describe_bin(a: &Expr, op: BinaryOp, b: &Expr) -> String {
    format!("{} {} {}", describe(a), op.as_str(), describe(b))
}

pub(super) fn untyped_rank(t: &crate::types::TypeTable, ty: TypeId) -> u8 {
    match t.kind(ty) {
        TypeKind::Untyped(UntypedKind::Int) => 1,
        TypeKind::Untyped(UntypedKind::Rune) => 2,
        TypeKind::Untyped(UntypedKind::Float) => 3,
        _ => 0,
    }
}

impl Compiler {
    /// Whether comparing two values of type `t` compares a pointer to a zero-size
    /// value (directly, or in a field or element).
    pub(crate) fn holds_zero_size_pointer(&self, t: TypeId, depth: u32) -> bool {
        if depth > 16 {
            return false;
        }
        match self.types.ukind(t) {
            TypeKind::Pointer(e) => {
                !matches!(
                    self.types.ukind(*e),
                    TypeKind::Interface(_) | TypeKind::Func(_)
                ) && self.types.size_of(*e) == 0
            }
            TypeKind::Array(n, e) => *n > 0 && self.holds_zero_size_pointer(*e, depth + 1),
            TypeKind::Struct(fs) => fs
                .iter()
                .any(|f| self.holds_zero_size_pointer(f.ty, depth + 1)),
            _ => false,
        }
    }
}
