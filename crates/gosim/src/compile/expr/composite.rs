//! Composite literals: `T{...}` for structs, arrays, slices and maps, with elided
//! element types and constant keys.

use super::*;

impl Compiler {
    /// A map literal's entries (key, value), each ordered as a statement of its own.
    fn map_entries(&mut self, elems: &[&KeyedElement], k: TypeId, v: TypeId) -> CResult<()> {
        let elem_order = std::mem::replace(&mut self.elem_order, false);
        let r = self.map_entries_in_order(elems, k, v);
        self.elem_order = elem_order;
        r
    }

    fn map_entries_in_order(
        &mut self,
        elems: &[&KeyedElement],
        k: TypeId,
        v: TypeId,
    ) -> CResult<()> {
        use crate::compile::order::Part;
        for el in elems {
            let Some(key) = &el.key else {
                return self.err(el.value.span, "missing key in map literal");
            };
            self.in_order(&[Part::Value(key), Part::Value(&el.value)], |cx| {
                cx.elem_value(key, k, "map literal")?;
                cx.elem_value(&el.value, v, "map literal")
            })?;
        }
        Ok(())
    }

    pub(super) fn composite_type(&mut self, ty: &Expr, elems: &[KeyedElement]) -> CResult<TypeId> {
        if let ExprKind::TypeLit(te) = &ty.kind {
            if let crate::syntax::ast::TypeExprKind::Array { len: None, elem } = &te.kind {
                let e = self.resolve_type(elem)?;
                // `[...]T{2: x}` has length 3: one past the highest index.
                let n = self
                    .literal_indices(elems, None)?
                    .into_iter()
                    .map(|i| i + 1)
                    .max()
                    .unwrap_or(0);
                let t = self.types.intern(TypeKind::Array(n, e));
                // Its size comes from the indexes: refuse a huge one (fuzz-corpus/vm).
                self.check_value_size(t, ty.span)?;
                return Ok(t);
            }
        }
        let op = self.peek(ty)?;
        if op.mode != Mode::Type {
            return self.err(ty.span, format!("{} is not a type", describe(ty)));
        }
        Ok(op.ty)
    }

    /// Emits a composite literal of type `t`.
    pub(crate) fn composite(&mut self, t: TypeId, elems: &[KeyedElement], sp: Span) -> CResult<()> {
        match self.types.ukind(t).clone() {
            TypeKind::Struct(fields) => {
                let keyed = elems.first().map(|e| e.key.is_some()).unwrap_or(false);
                if keyed {
                    let z = self.zero_const(t);
                    self.emit(Op::Const(z), sp);
                    let mut seen: Vec<(Vec<u32>, String)> = vec![];
                    for el in elems {
                        let Some(k) = &el.key else {
                            return self.err(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                        };
                        let ExprKind::Ident(kid) = &k.kind else {
                            return self.err(
                                k.span,
                                format!("invalid field name {} in struct literal", describe(k)),
                            );
                        };
                        let (path, fty) = self.literal_field_path(t, &fields, kid, k.span)?;
                        // Go 1.27 allows promoted fields; overlapping keys are errors
                        // worded after which of the two encloses the other.
                        let name = &kid.name;
                        let clash =
                            |a: &Vec<u32>, b: &Vec<u32>| a.len() <= b.len() && b[..a.len()] == *a;
                        if let Some((_, alt)) = seen.iter().find(|(s, _)| clash(s, &path)) {
                            let msg = if alt == name {
                                format!("duplicate field name {name} in struct literal")
                            } else {
                                format!("cannot specify promoted field {name} and enclosing embedded field {alt}")
                            };
                            return self.err(k.span, msg);
                        }
                        if let Some((_, alt)) = seen.iter().filter(|(s, _)| clash(&path, s)).min() {
                            let msg = format!(
                                "cannot specify embedded field {name} and enclosed promoted field {alt}"
                            );
                            return self.err(k.span, msg);
                        }
                        seen.push((path.clone(), name.clone()));
                        // The aggregate stays on the stack: copy out each enclosing
                        // embedded struct, set the field in the innermost, then put
                        // each back, so values are still evaluated in source order.
                        let (last, outer) = path.split_last().expect("a field path is never empty");
                        for i in outer {
                            self.emit(Op::Dup, sp);
                            self.emit(Op::Field(*i), sp);
                        }
                        self.elem_value(&el.value, fty, "struct literal")?;
                        self.emit(Op::SetAgg(*last), sp);
                        for i in outer.iter().rev() {
                            self.emit(Op::SetAgg(*i), sp);
                        }
                    }
                } else {
                    if !elems.is_empty() && elems.len() < fields.len() {
                        return self.err(
                            Span::new(sp.hi.saturating_sub(1), sp.hi),
                            format!("too few values in struct literal of type {}", self.tname(t)),
                        );
                    }
                    if elems.len() > fields.len() {
                        return self.err(
                            elems[fields.len()].value.span,
                            format!(
                                "too many values in struct literal of type {}",
                                self.tname(t)
                            ),
                        );
                    }
                    if elems.is_empty() {
                        let z = self.zero_const(t);
                        self.emit(Op::Const(z), sp);
                        return Ok(());
                    }
                    for (el, f) in elems.iter().zip(&fields) {
                        if el.key.is_some() {
                            return self.err(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                        }
                        self.elem_value(&el.value, f.ty, "struct literal")?;
                        if &*f.name == "_" {
                            // Go evaluates the value but leaves a blank field zero,
                            // which is why `==` and map keys can ignore blank fields.
                            self.emit(Op::Pop, sp);
                            let z = self.zero_const(f.ty);
                            self.emit(Op::Const(z), sp);
                        }
                    }
                    self.emit(Op::MakeAgg(fields.len() as u32), sp);
                }
                Ok(())
            }
            TypeKind::Array(n, elem) => {
                let idxs = self.literal_indices(elems, Some(n))?;
                let z = self.zero_const(t);
                self.emit(Op::Const(z), sp);
                for (el, i) in elems.iter().zip(idxs) {
                    self.elem_value(&el.value, elem, "array or slice literal")?;
                    self.emit(Op::SetAgg(i as u32), sp);
                }
                Ok(())
            }
            TypeKind::Slice(elem) => {
                let idxs = self.literal_indices(elems, None)?;
                let len = idxs.iter().max().map(|m| m + 1).unwrap_or(0);
                if idxs.iter().enumerate().all(|(a, b)| a as u64 == *b) {
                    for el in elems {
                        self.elem_value(&el.value, elem, "array or slice literal")?;
                    }
                    self.emit(Op::SliceLit(elems.len() as u32), sp);
                } else {
                    // Sparse: build as an array value, then slice a heap copy of it.
                    let at = self.types.intern(TypeKind::Array(len, elem));
                    let z = self.zero_const(at);
                    self.emit(Op::Const(z), sp);
                    for (el, i) in elems.iter().zip(idxs) {
                        self.elem_value(&el.value, elem, "array or slice literal")?;
                        self.emit(Op::SetAgg(i as u32), sp);
                    }
                    self.emit(Op::Alloc, sp);
                    self.emit(
                        Op::SliceOf {
                            kind: SeqKind::ArrayRef(len as u32),
                            lo: false,
                            hi: false,
                            max: false,
                        },
                        sp,
                    );
                }
                Ok(())
            }
            TypeKind::Map(k, v) => {
                // gc makes the map with its constant entries, then inserts the others
                // one by one, each ordered as a statement `m[k] = v` of its own
                // (order.rs); the whole runs where the literal is hoisted.
                let mut seen = vec![];
                for el in elems {
                    let Some(key) = &el.key else {
                        return self.err(el.value.span, "missing key in map literal");
                    };
                    // Go rejects a constant key given twice (same type and value).
                    if let Ok(Operand {
                        mode: Mode::Const(c),
                        ty: op_ty,
                    }) = self.peek(key)
                    {
                        let kt = if self.types.is_interface(k) {
                            self.types.default_type(op_ty)
                        } else {
                            k
                        };
                        let c = self.convert_const(&c, op_ty, kt, key.span)?;
                        let id = (kt, c.describe());
                        if seen.contains(&id) {
                            return self
                                .err(key.span, format!("duplicate key {} in map literal", id.1));
                        }
                        seen.push(id);
                    }
                }
                let mut order: Vec<&KeyedElement> = Vec::with_capacity(elems.len());
                if self.dry == 0 {
                    let mut dynamic = vec![];
                    for el in elems {
                        let konst = |cx: &mut Self, e: &Expr| {
                            cx.peek(e).is_ok_and(|o| {
                                matches!(o.mode, Mode::Const(_)) || o.ty == ids::UNTYPED_NIL
                            })
                        };
                        let is_static = el.key.as_ref().is_some_and(|key| konst(self, key))
                            && konst(self, &el.value);
                        if is_static {
                            order.push(el);
                        } else {
                            dynamic.push(el);
                        }
                    }
                    order.extend(dynamic);
                } else {
                    order.extend(elems);
                }
                let n = elems.len() as u32;
                self.hoist(sp, |cx| {
                    cx.map_entries(&order, k, v)?;
                    cx.emit(Op::MapLit(n), sp);
                    Ok(Operand::value(t))
                })?;
                Ok(())
            }
            _ => self.err(
                sp,
                format!("invalid composite literal type {}", self.tname(t)),
            ),
        }
    }

    /// The path of field indexes a struct literal's key names in `t` (one index for
    /// a field of its own, more for a promoted one), with the field's type.
    fn literal_field_path(
        &mut self,
        t: TypeId,
        fields: &[crate::types::Field],
        key: &crate::syntax::ast::Ident,
        at: Span,
    ) -> CResult<(Vec<u32>, TypeId)> {
        let name = key.name.as_str();
        if name != "_" {
            if let Some(i) = fields.iter().position(|f| *f.name == *name) {
                return Ok((vec![i as u32], fields[i].ty));
            }
        }
        // Go looks the key up in the underlying struct, so the type's own methods
        // are not in the way.
        match self.types.lookup_member(self.types.underlying(t), name) {
            Some(crate::types::Member::Field { path, ty }) if name != "_" => {
                if path.iter().any(|(_, through_ptr)| *through_ptr) {
                    return self.err(
                        at,
                        format!("invalid implicit pointer indirection to reach {name}"),
                    );
                }
                Ok((path.iter().map(|(i, _)| *i).collect(), ty))
            }
            Some(_) if name != "_" => self.err(at, format!("{name} is not a field")),
            _ => self.err(
                at,
                format!(
                    "unknown field {name} in struct literal of type {}",
                    self.tname(t)
                ),
            ),
        }
    }

    pub(super) fn literal_indices(
        &mut self,
        elems: &[KeyedElement],
        len: Option<u64>,
    ) -> CResult<Vec<u64>> {
        let mut out = vec![];
        let mut next = 0u64;
        for el in elems {
            if let Some(k) = &el.key {
                let op = self.peek(k)?;
                match op.mode {
                    Mode::Const(v) if v.as_int().is_some_and(|i| i >= 0) => {
                        next = v.as_int().unwrap_or(0) as u64
                    }
                    _ => return self.err(k.span, "index must be non-negative integer constant"),
                }
            }
            if let Some(l) = len {
                if next >= l {
                    return self.err(el.value.span, format!("index {next} out of bounds [0:{l}]"));
                }
            }
            if out.contains(&next) {
                return self.err(
                    el.value.span,
                    format!("duplicate index {next} in array or slice literal"),
                );
            }
            out.push(next);
            next += 1;
        }
        Ok(out)
    }

    /// An element of a composite literal: may elide its type (`{1, 2}`, `&{...}`).
    pub(super) fn elem_value(&mut self, e: &Expr, t: TypeId, context: &str) -> CResult<()> {
        if self.elem_order
            && self.dry == 0
            && !matches!(strip_parens(e).kind, ExprKind::Composite { .. })
        {
            // An element of a package variable's literal is a statement of its own.
            self.elem_order = false;
            let part = [crate::compile::order::Part::Value(e)];
            let r = self.in_order(&part, |cx| cx.elem_value(e, t, context));
            self.elem_order = true;
            return r;
        }
        fn elided(e: &Expr) -> Option<&Vec<crate::syntax::ast::KeyedElement>> {
            match &e.kind {
                ExprKind::Composite {
                    ty: None, elems, ..
                } => Some(elems),
                _ => None,
            }
        }
        // `{...}` or `&{...}` with the type left out, and whether it is the latter.
        let lit = match &e.kind {
            ExprKind::Unary(UnaryOp::Addr, inner) => elided(inner).map(|elems| (elems, true)),
            _ => elided(e).map(|elems| (elems, false)),
        };
        if let Some((elems, addr)) = lit {
            if let TypeKind::Pointer(inner) = *self.types.ukind(t) {
                self.composite(inner, elems, e.span)?;
                self.emit(Op::Alloc, e.span);
                return Ok(());
            }
            if !addr {
                return self.composite(t, elems, e.span);
            }
        }
        self.expr_to(e, t, context)
    }
}
