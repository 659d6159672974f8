//! Assignability and interface satisfaction: whether a value may go where a type is
//! wanted, with Go's wording for why not, and the checks behind type assertions.

use super::*;

impl Compiler {
    /// Checks that `op` (the value of `e`) may be assigned to type `to`.
    pub(crate) fn assignable(
        &mut self,
        e: &Expr,
        op: &Operand,
        to: TypeId,
        context: &str,
    ) -> CResult<()> {
        if let Mode::Const(v) = &op.mode {
            if self.types.is_untyped(op.ty) {
                let from = op.ty;
                if self.types.is_interface(to) {
                    return self.check_implements_or_err(
                        e,
                        op,
                        self.types.default_type(from),
                        to,
                        context,
                    );
                }
                let compatible = matches!(
                    (self.types.kind(from), self.types.ukind(to)),
                    (TypeKind::Untyped(UntypedKind::Bool), TypeKind::Bool)
                        | (TypeKind::Untyped(UntypedKind::String), TypeKind::String)
                        | (
                            TypeKind::Untyped(
                                UntypedKind::Int | UntypedKind::Rune | UntypedKind::Float
                            ),
                            TypeKind::Int(_) | TypeKind::Float64 | TypeKind::Float32
                        )
                );
                if !compatible {
                    return self.err(
                        e.span,
                        format!(
                            "cannot use {} (untyped {} constant) as {} value in {context}",
                            describe(e),
                            untyped_word(&self.types, from),
                            self.tname(to)
                        ),
                    );
                }
                // Representability: report overflow/truncation in Go's words.
                let float_overflow = match self.types.ukind(to) {
                    TypeKind::Float64 => !v.as_f64().is_finite(),
                    TypeKind::Float32 => match v {
                        ConstVal::Float(r) => !r.to_f32().is_finite(),
                        ConstVal::Int(i) => !crate::compile::constant::Rat::from_int(*i)
                            .to_f32()
                            .is_finite(),
                        _ => false,
                    },
                    _ => false,
                };
                let int_kind = match *self.types.ukind(to) {
                    TypeKind::Int(k) => Some(k),
                    _ => None,
                };
                // An integer type overflows past its range, or with a whole number past
                // i128 (`1 << 149`); any other fraction is truncated.
                let int_overflow = int_kind.is_some_and(|k| match v.as_int() {
                    Some(i) => !k.fits(i),
                    None => !v.is_fraction(),
                });
                if float_overflow || int_overflow {
                    let operand = untyped_operand(e, untyped_word(&self.types, from), v);
                    return self.err(
                        e.span,
                        format!(
                            "cannot use {operand} as {} value in {context} (overflows)",
                            self.tname(to)
                        ),
                    );
                }
                if int_kind.is_some() && v.as_int().is_none() {
                    let operand = untyped_operand(e, "float", v);
                    return self.err(
                        e.span,
                        format!(
                            "cannot use {operand} as {} value in {context} (truncated)",
                            self.tname(to)
                        ),
                    );
                }
                return Ok(());
            }
        }
        self.check_assignable(op.ty, to, e.span, context)
            .or_else(|_| {
                let shown = self.operand_text(e, op);
                let mut msg = format!(
                    "cannot use {shown} as {} value in {context}",
                    self.tname(to)
                );
                if self.types.is_interface(to) {
                    if let Err(why) = self.implements(op.ty, to) {
                        msg.push_str(&format!(
                            ": {} does not implement {} {why}",
                            self.tname(op.ty),
                            self.tname(to)
                        ));
                    }
                } else if self.types.is_interface(op.ty) && self.implements(to, op.ty).is_ok() {
                    // An assertion (`x.(int)`) would do, and Go says so.
                    msg.push_str(": need type assertion");
                }
                self.err(e.span, msg)
            })
    }

    pub(super) fn check_implements_or_err(
        &mut self,
        e: &Expr,
        op: &Operand,
        from: TypeId,
        to: TypeId,
        context: &str,
    ) -> CResult<()> {
        if self.implements(from, to).is_ok() {
            return Ok(());
        }
        // An untyped constant has been given its default type first, and Go shows it
        // so: `5 (constant of type int)`.
        let typed = Operand {
            mode: op.mode.clone(),
            ty: from,
        };
        let shown = self.operand_text(e, &typed);
        let why = self.implements(from, to).err().unwrap_or_default();
        self.err(
            e.span,
            format!(
                "cannot use {shown} as {} value in {context}: {} does not implement {} {why}",
                self.tname(to),
                self.tname(from),
                self.tname(to)
            ),
        )
    }

    /// Go's assignability rules for non-constant values.
    pub(crate) fn check_assignable(
        &mut self,
        from: TypeId,
        to: TypeId,
        sp: Span,
        context: &str,
    ) -> CResult<()> {
        if from == to || to == ids::INVALID || from == ids::INVALID {
            return Ok(());
        }
        let t = &self.types;
        if from == ids::UNTYPED_NIL {
            if t.nillable(to) {
                return Ok(());
            }
            let to = self.tname(to);
            return self.err(sp, format!("cannot use nil as {to} value in {context}"));
        }
        if t.is_untyped(from) {
            let d = t.default_type(from);
            if d == to || t.underlying(to) == d || (t.is_boolean(from) && t.is_boolean(to)) {
                return Ok(());
            }
            if self.types.is_interface(to) && self.implements(d, to).is_ok() {
                return Ok(());
            }
        }
        let t = &self.types;
        let (uf, ut) = (t.underlying(from), t.underlying(to));
        if uf == ut && (!t.has_name(from) || !t.has_name(to)) && !t.is_interface(to) {
            return Ok(());
        }
        if self.types.is_interface(to) && self.implements(from, to).is_ok() {
            return Ok(());
        }
        let t = &self.types;
        if let (TypeKind::Chan(ChanDir::Both, e1), TypeKind::Chan(_, e2)) = (t.kind(uf), t.kind(ut))
        {
            if e1 == e2 && (!t.has_name(from) || !t.has_name(to)) {
                return Ok(());
            }
        }
        let (from, to) = (self.tname(from), self.tname(to));
        self.err(
            sp,
            format!("cannot use value of type {from} as {to} value in {context}"),
        )
    }

    /// Whether type `t` implements interface `iface`; the error says why not, in Go's words.
    pub(crate) fn implements(&mut self, t: TypeId, iface: TypeId) -> Result<(), String> {
        let methods = self.types.iface_methods(iface).to_vec();
        for m in methods {
            if self.types.is_interface(t) {
                match self
                    .types
                    .iface_methods(t)
                    .iter()
                    .find(|x| x.name == m.name)
                {
                    Some(x) if x.sig == m.sig => continue,
                    Some(_) => return Err(format!("(wrong type for method {})", m.name)),
                    None => return Err(format!("(missing method {})", m.name)),
                }
            }
            match self.find_member(t, &m.name) {
                Some(Member::Method {
                    sig,
                    pointer_recv,
                    path,
                    ..
                }) => {
                    if sig != m.sig {
                        return Err(format!("(wrong type for method {})", m.name));
                    }
                    let is_ptr = matches!(self.types.kind(t), TypeKind::Pointer(_));
                    // A pointer-receiver method is in the method set of *T only (unless
                    // reached through an embedded pointer).
                    let via_ptr = path.iter().any(|(_, p)| *p);
                    if pointer_recv && !is_ptr && !via_ptr {
                        return Err(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                Some(Member::IfaceMethod { sig, .. }) if sig == m.sig => {}
                _ => return Err(format!("(missing method {})", m.name)),
            }
        }
        Ok(())
    }

    pub(super) fn check_assert_possible(
        &mut self,
        iface: TypeId,
        t: TypeId,
        sp: Span,
        assertion: impl FnOnce() -> String,
    ) -> CResult<()> {
        if self.types.is_interface(t) {
            return Ok(());
        }
        if let Err(why) = self.implements(t, iface) {
            // Go names the assertion as written, then the reason on a second line.
            return self.err(
                sp,
                format!(
                    "impossible type assertion: {}\n\t{} does not implement {} {why}",
                    assertion(),
                    self.tname(t),
                    self.tname(iface)
                ),
            );
        }
        Ok(())
    }

    /// Finds field or method `name` of type `t` (through one pointer), walking embedded
    /// fields breadth-first as Go does.
    pub(crate) fn find_member(&self, t: TypeId, name: &str) -> Option<Member> {
        self.types.lookup_member(t, name)
    }
}

/// An untyped constant operand as Go's checker describes it: its text and kind, and its
/// value only where the text is not it (`1 << 70 (untyped int constant
/// 1180591620717411303424)`, but `300 (untyped int constant)`).
fn untyped_operand(e: &Expr, kind: &str, v: &ConstVal) -> String {
    let value = if kind == "int" {
        v.describe_int()
    } else {
        v.describe()
    };
    let text = describe(e);
    if text == value {
        format!("{text} (untyped {kind} constant)")
    } else {
        format!("{text} (untyped {kind} constant {value})")
    }
}
