//! Assignment and declaration: `:=`, `=`, `op=`, and where a stored value goes
//! (a variable, a map entry, a place through a pointer, or nowhere for `_`).

use super::*;
use crate::code::ConvCap;

impl Compiler {
    /// Allocates the slot for a new variable whose value is on the stack, storing it;
    /// the name is bound afterwards (so `x := x` sees the outer x on the right).
    pub(super) fn declare_var_deferred_bind<'a>(
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

    pub(super) fn bind_new(
        &mut self,
        name: &Ident,
        ty: TypeId,
        slot: u32,
        boxed: bool,
    ) -> CResult<()> {
        if slot == u32::MAX {
            return Ok(());
        }
        if let Some(prev) = self.cur().scopes.last().and_then(|s| s.get(&name.name)) {
            let _ = prev;
            return self.redeclared(name.span, &name.name);
        }
        self.bind_local(name, slot, boxed, ty, false)
    }

    pub(super) fn define(&mut self, lhs: &[Expr], rhs: &[Expr], sp: Span) -> CResult<()> {
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
                return self.assign_count_err(rhs[0].span, names.len(), rhs.len());
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
                        self.append_dest = Some(names[i].name.clone());
                        self.conv_cap = self.conv_cap_for(&names[i].name, None, r);
                        let r = self.expr_to(r, t, "assignment");
                        self.append_stack_buf = false;
                        self.append_dest = None;
                        self.conv_cap = None;
                        r?;
                        out.push(t)
                    }
                    None => {
                        let local = !self.cur().escaping.contains(&names[i].name);
                        self.append_stack_buf =
                            self.cur().stack_slices.contains(&names[i].name) && local;
                        self.append_dest = Some(names[i].name.clone());
                        self.append_dest_new = Some(local);
                        self.conv_cap = self.conv_cap_for(&names[i].name, Some(local), r);
                        let op = self.expr(r);
                        self.append_stack_buf = false;
                        self.append_dest = None;
                        self.append_dest_new = None;
                        self.conv_cap = None;
                        let op = op?;
                        if op.mode == Mode::Void {
                            return self
                                .err(r.span, format!("{} (no value) used as value", describe(r)));
                        }
                        if op.ty == ids::UNTYPED_NIL {
                            return self.err(r.span, "use of untyped nil in assignment");
                        }
                        if let TypeKind::Tuple(ts) = self.types.kind(op.ty) {
                            return self.one_var_tuple_err(r, ts.len());
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
                // The value on top is this variable's: converted to its type (an
                // existing `x any` in `x, ok := m[k]` holds the int as an interface).
                let op = Operand {
                    mode: Mode::Value,
                    ty: *t,
                };
                self.materialize(&op, vt, n.span)?;
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
        let l = crate::compile::expr::strip_parens(l);
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
                if let ExprKind::Index(m, _) = &crate::compile::expr::strip_parens(x).kind {
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

    /// For a tuple assignment: when `l` is an element of a slice or array, or a
    /// field right behind a pointer, emits its operands (the slice, array reference
    /// or pointer, then any index) and returns how many there are with the op that
    /// makes the reference from them in the assignment phase.
    fn lhs_operands(&mut self, l: &Expr) -> CResult<Option<(u32, Op)>> {
        let l = crate::compile::expr::strip_parens(l);
        match &l.kind {
            ExprKind::Index(x, i) => {
                let xt = self.peek_op(x)?.ty;
                let (elem_ref, by_addr) = match self.types.ukind(xt).clone() {
                    TypeKind::Slice(_) => (Op::RefSliceElem, false),
                    TypeKind::Array(n, _) => (Op::RefIndex(n as u32), true),
                    TypeKind::Pointer(p) => match self.types.ukind(p).clone() {
                        TypeKind::Array(n, _) => (Op::RefIndex(n as u32), false),
                        _ => return Ok(None),
                    },
                    _ => return Ok(None),
                };
                let len = match elem_ref {
                    Op::RefIndex(n) => Some(n as u64),
                    _ => None,
                };
                if by_addr {
                    self.addr(x)?;
                } else {
                    self.expr(x)?;
                }
                self.index_value_checked(i, len)?;
                Ok(Some((2, elem_ref)))
            }
            ExprKind::Selector(x, sel) => {
                let Ok(xop) = self.peek_op(x) else {
                    return Ok(None);
                };
                if !matches!(self.types.ukind(xop.ty), TypeKind::Pointer(_)) {
                    return Ok(None);
                }
                match self.find_member(xop.ty, &sel.name) {
                    Some(crate::types::Member::Field { path, .. }) if path.len() == 1 => {
                        self.expr(x)?;
                        Ok(Some((1, Op::RefField(path[0].0))))
                    }
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// Emits what must precede the value in a store to `l` (a reference, or map and
    /// key); returns how to finish the store.
    fn lhs_prefix(&mut self, l: &Expr) -> CResult<Store> {
        let l = crate::compile::expr::strip_parens(l);
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
            if let TypeKind::Map(..) = *self.types.ukind(xo.ty) {
                self.expr(x)?;
                self.map_key(i, xo.ty, "map index")?;
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

    /// Assigns values waiting in slots (`vals`: type and slot) to several places at
    /// once, as a tuple assignment does: the places' operands (pointers, indexed
    /// operands, map keys) are evaluated first, then each store is made left to
    /// right, so `for y[r], r = range s` indexes with the old `r`. Range, select
    /// and range-over-func assignments go through here.
    pub(super) fn assign_loaded(
        &mut self,
        lhs: &[&Expr],
        vals: &[(TypeId, u32)],
        context: &str,
        sp: Span,
    ) -> CResult<()> {
        if let ([l], [(t, slot)]) = (lhs, vals) {
            return self.store_loaded(l, *t, Op::Load(*slot), context, sp);
        }
        let mut tys = vec![];
        for l in lhs {
            let lt = self.lhs_type(l)?;
            tys.push(lt);
        }
        for ((l, lt), (t, _)) in lhs.iter().zip(&tys).zip(vals) {
            if *lt != ids::INVALID {
                self.check_assignable(*t, *lt, l.span, context)?;
            }
        }
        let prefixes = self.lhs_prefixes(lhs, sp)?;
        for (i, (st, at, width, late)) in prefixes.into_iter().enumerate() {
            for k in 0..width {
                self.emit(Op::Load(at + k), sp);
            }
            if let Some(op) = late {
                self.emit(op, sp);
            }
            self.emit(Op::Load(vals[i].1), sp);
            if tys[i] != ids::INVALID {
                let op = Operand::value(vals[i].0);
                self.materialize(&op, tys[i], sp)?;
            }
            self.finish_store(st, sp);
        }
        Ok(())
    }

    /// The first phase of a tuple assignment: each place's operands evaluated, left
    /// to right, into temporaries: (store, first slot, slot count, the op that makes
    /// the reference from them while assigning).
    fn lhs_prefixes(&mut self, lhs: &[&Expr], sp: Span) -> CResult<Vec<Prefix>> {
        let mut prefixes = vec![];
        for l in lhs {
            let (st, late) = match self.lhs_operands(l)? {
                Some((width, op)) => (Store::Ref, Some((width, op))),
                None => (self.lhs_prefix(l)?, None),
            };
            let width = match (st, &late) {
                (_, Some((w, _))) => *w,
                (Store::Ref, None) => 1,
                (Store::Map, None) => 2,
                (Store::Var(_) | Store::Discard, None) => 0,
            };
            let at = self.cur().nslots;
            self.cur().nslots += width;
            for k in (0..width).rev() {
                self.emit(Op::Store(at + k), sp);
            }
            prefixes.push((st, at, width, late.map(|(_, op)| op)));
        }
        Ok(prefixes)
    }

    /// Whether `l` is a map element whose key gc copies before the statement's
    /// calls: then the place's operands go first as they stand (only the insert's
    /// check, at the end, follows the value).
    fn key_copied_first(&mut self, l: &Expr) -> CResult<bool> {
        if let ExprKind::Index(x, i) = &crate::compile::expr::strip_parens(l).kind {
            let xt = self.peek_op(x)?.ty;
            if matches!(self.types.ukind(xt), TypeKind::Map(..)) {
                return Ok(self.map_key_order(i, xt)? == crate::compile::order::KeyOrder::Early);
            }
        }
        Ok(false)
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

    /// The capacity rules (bytes, runes) for a string conversion that is the whole of
    /// `r`, stored into variable `name`: a new local (`local` given: whether it is
    /// a plain slot) or an existing variable. A package variable is on the heap.
    fn conv_cap_for(
        &mut self,
        name: &str,
        local: Option<bool>,
        r: &Expr,
    ) -> Option<(Span, ConvCap, ConvCap)> {
        let (local, global) = match local {
            Some(l) => (l, false),
            None => match self.lookup_quiet_var(name) {
                Some(VarLoc::Local(_)) => (true, false),
                Some(VarLoc::Global(_)) => (false, true),
                _ => (false, false),
            },
        };
        if global {
            return Some((r.span, ConvCap::Heap, ConvCap::Heap));
        }
        let facts = &self.cur().stack_slices;
        Some((
            r.span,
            facts.conv_cap(name, local, false),
            facts.conv_cap(name, local, true),
        ))
    }

    /// Go's message for a call with `n` results given to one variable.
    fn one_var_tuple_err<T>(&self, r: &Expr, n: usize) -> CResult<T> {
        let callee = crate::compile::expr::called_name(r).unwrap_or_else(|| describe(r));
        self.err(
            r.span,
            format!("assignment mismatch: 1 variable but {callee} returns {n} values"),
        )
    }

    pub(super) fn assign(&mut self, lhs: &[Expr], rhs: &[Expr], sp: Span) -> CResult<()> {
        let mut tys = vec![];
        for l in lhs {
            tys.push(self.lhs_type(l)?);
        }
        if lhs.len() == 1 && rhs.len() == 1 {
            // gc evaluates the value before the place's address, bounds and nil
            // checks (and before a map insert), so when both can panic the value's
            // panic is the one seen: the value goes to a temporary first.
            let value_first = tys[0] != ids::INVALID
                && !matches!(
                    crate::compile::expr::strip_parens(&lhs[0]).kind,
                    ExprKind::Ident(_)
                )
                && self.may_panic(&rhs[0])
                && !self.key_copied_first(&lhs[0])?;
            // A map place is computed after the value as a whole (gc copies the
            // value to a temporary before the insert), its key's division too.
            let map_place = match &crate::compile::expr::strip_parens(&lhs[0]).kind {
                ExprKind::Index(x, _) => {
                    let xt = self.peek_op(x)?.ty;
                    matches!(self.types.ukind(xt), TypeKind::Map(..))
                }
                _ => false,
            };
            if value_first && !map_place && self.place_divides(&lhs[0]) {
                // gc computes such an operand of the place before the value, and the
                // place's checks after it. An element of a variable indexed by a
                // computed value is the tuple assignment's order: the index first,
                // the bounds check while storing.
                if let ExprKind::Index(x, i) = &crate::compile::expr::strip_parens(&lhs[0]).kind {
                    let computed = matches!(
                        crate::compile::expr::strip_parens(i).kind,
                        ExprKind::Binary(..) | ExprKind::Unary(..)
                    );
                    let xt = self.peek_op(x)?.ty;
                    if computed
                        && matches!(
                            crate::compile::expr::strip_parens(x).kind,
                            ExprKind::Ident(_)
                        )
                        && matches!(
                            self.types.ukind(xt),
                            TypeKind::Slice(_) | TypeKind::Array(..)
                        )
                    {
                        return self.assign_tuple(lhs, rhs, &tys, sp);
                    }
                }
                return self.err(
                    lhs[0].span,
                    "not supported here: a division or shift by a variable in an \
                     assigned place whose value can panic too (gc's order)",
                );
            }
            let st = if value_first {
                Store::Discard
            } else {
                self.lhs_prefix(&lhs[0])?
            };
            if tys[0] == ids::INVALID {
                let op = self.expr(&rhs[0])?;
                if op.mode == Mode::Void {
                    return self.err(
                        rhs[0].span,
                        format!("{} (no value) used as value", describe(&rhs[0])),
                    );
                }
                if let TypeKind::Tuple(ts) = self.types.kind(op.ty) {
                    return self.one_var_tuple_err(&rhs[0], ts.len());
                }
                let t = self.types.default_type(op.ty);
                self.materialize(&op, t, rhs[0].span)?;
            } else {
                if let ExprKind::Selector(..) | ExprKind::Star(_) = &lhs[0].kind {
                    self.append_place = Some(lhs[0].clone());
                }
                if let ExprKind::Ident(id) = &lhs[0].kind {
                    self.append_stack_buf = self.stack_slice_dest(&id.name);
                    self.append_dest = Some(id.name.clone());
                    self.conv_cap = self.conv_cap_for(&id.name, None, &rhs[0]);
                }
                let r = self.expr_to(&rhs[0], tys[0], "assignment");
                self.append_stack_buf = false;
                self.append_dest = None;
                self.append_place = None;
                self.conv_cap = None;
                if r.is_err() {
                    // A call with several results has Go's assignment message, not the
                    // single-value one `expr_to` gives (looked up only on this error path,
                    // so a valid assignment is compiled once).
                    if let Ok(op) = self.peek(&rhs[0]) {
                        if let TypeKind::Tuple(ts) = self.types.kind(op.ty) {
                            return self.one_var_tuple_err(&rhs[0], ts.len());
                        }
                    }
                }
                r?;
            }
            if value_first {
                let at = self.cur().nslots;
                self.cur().nslots += 1;
                self.emit(Op::Store(at), sp);
                let st = self.lhs_prefix(&lhs[0])?;
                self.emit(Op::Load(at), sp);
                self.finish_store(st, sp);
                return Ok(());
            }
            self.finish_store(st, sp);
            return Ok(());
        }
        self.assign_tuple(lhs, rhs, &tys, sp)
    }

    /// A tuple assignment (or one place whose operands go first).
    fn assign_tuple(
        &mut self,
        lhs: &[Expr],
        rhs: &[Expr],
        tys: &[TypeId],
        sp: Span,
    ) -> CResult<()> {
        // Several. Go evaluates the operands on the left (pointers, indexed
        // operands, map keys) first, then every right-hand value, and only then
        // assigns, left to right: `head, head.Next = head.Next, prev` must reach the
        // old `head`. The left-hand prefixes are kept in temporaries meanwhile.
        // An element or a field through a pointer keeps its operands (and index)
        // instead of a reference: Go checks the bounds and the nil pointer while
        // assigning, so `i, x[i], x[5] = 1, 100, 500` stores x[0] before it panics.
        let lrefs: Vec<&Expr> = lhs.iter().collect();
        let prefixes = self.lhs_prefixes(&lrefs, sp)?;
        let vals: Vec<TypeId> = if rhs.len() == 1 {
            self.multi_value(&rhs[0], lhs.len())?
        } else {
            if rhs.len() != lhs.len() {
                return self.assign_count_err(rhs[0].span, lhs.len(), rhs.len());
            }
            let mut out = vec![];
            for (r, t) in rhs.iter().zip(tys) {
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
        for (i, (l, (st, at, width, late))) in lhs.iter().zip(prefixes).enumerate() {
            for k in 0..width {
                self.emit(Op::Load(at + k), sp);
            }
            if let Some(op) = late {
                self.emit(op, sp);
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

    pub(super) fn op_assign(&mut self, l: &Expr, op: BinaryOp, r: &Expr, sp: Span) -> CResult<()> {
        let t = self.lhs_type(l)?;
        let st = self.lhs_prefix(l)?;
        // `x op= y` and `x++` read x, so x counts as used (go/types evaluates the
        // left side as an operand), unlike a plain `x = y`.
        if let ExprKind::Ident(id) = &crate::compile::expr::strip_parens(l).kind {
            self.mark_used(&id.name);
        }
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
            let what = format!("variable of type {}", self.tname(t));
            return self.not_defined(sp, op.as_str(), l, &what);
        };
        let what = format!("variable of type {}", self.tname(t));
        let int = matches!(k, NumKind::Int(_));
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            if !int {
                let msg = format!(
                    "invalid operation: shifted operand {} ({what}) must be integer",
                    describe(l)
                );
                return self.err(sp, msg);
            }
            self.shift_count(r)?;
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
            // Only integers take % and the bitwise operators; strings take only +.
            let bitwise = matches!(
                op,
                BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot
            );
            if (k == NumKind::Str && op != BinaryOp::Add) || (bitwise && !int) {
                return self.not_defined(sp, op.as_str(), l, &what);
            }
        }
        self.emit(Op::Arith(op, k), sp);
        self.finish_store(st, sp);
        Ok(())
    }
}

type Prefix = (Store, u32, u32, Option<Op>);

#[derive(Clone, Copy)]
enum Store {
    Discard,
    Var(VarLoc),
    Map,
    Ref,
}

impl Compiler {
    /// Whether evaluating `e` may panic (by its shape: an index, a slice, a pointer
    /// read, an assertion, a call, a division or a shift by a variable; a
    /// conversion only to a pointer or an array).
    fn may_panic(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Index(..)
            | ExprKind::SliceExpr { .. }
            | ExprKind::Star(_)
            | ExprKind::Selector(..)
            | ExprKind::TypeAssert { .. } => true,
            ExprKind::Call { func, args, .. } => match self.peek(func) {
                Ok(f) if f.mode == Mode::Type => {
                    matches!(
                        self.types.ukind(f.ty),
                        TypeKind::Pointer(_) | TypeKind::Array(..)
                    ) || args.iter().any(|a| self.may_panic(a))
                }
                _ => true,
            },
            ExprKind::Paren(x) | ExprKind::Unary(_, x) => self.may_panic(x),
            ExprKind::Binary(op, a, b) => {
                self.divides(*op, b) || self.may_panic(a) || self.may_panic(b)
            }
            ExprKind::Composite { elems, .. } => elems.iter().any(|el| {
                self.may_panic(&el.value) || el.key.as_ref().is_some_and(|k| self.may_panic(k))
            }),
            _ => false,
        }
    }

    /// Whether `a op b` can panic for its operator: an integer division by a
    /// variable, or a shift by a signed variable.
    fn divides(&mut self, op: BinaryOp, b: &Expr) -> bool {
        if !matches!(
            op,
            BinaryOp::Div | BinaryOp::Rem | BinaryOp::Shl | BinaryOp::Shr
        ) {
            return false;
        }
        match self.peek(b) {
            Ok(o) if matches!(o.mode, Mode::Const(_)) => false,
            Ok(o) => match self.types.ukind(o.ty) {
                TypeKind::Int(k) => op == BinaryOp::Div || op == BinaryOp::Rem || k.signed(),
                _ => false,
            },
            Err(_) => true,
        }
    }

    /// Whether an assigned place holds an operation that can panic for its
    /// operator (a division, a signed shift).
    fn place_divides(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Binary(op, a, b) => {
                self.divides(*op, b) || self.place_divides(a) || self.place_divides(b)
            }
            ExprKind::Paren(x) | ExprKind::Unary(_, x) | ExprKind::Star(x) => self.place_divides(x),
            ExprKind::Selector(x, _) => self.place_divides(x),
            ExprKind::Index(x, i) => self.place_divides(x) || self.place_divides(i),
            ExprKind::Call { args, .. } => args.iter().any(|a| self.place_divides(a)),
            _ => false,
        }
    }
}
