//! Generic expressions: the generic an expression names, explicit type arguments,
//! and inference of type arguments from a call's arguments and from core types.

use super::*;

impl Compiler {
    /// The generic an expression names (`F`, `pkg.F`), if it names one.
    fn generic_named(&mut self, e: &Expr) -> CResult<Option<(usize, String)>> {
        match &crate::compile::expr::strip_parens(e).kind {
            ExprKind::Ident(id) => match self.lookup_quiet(&id.name) {
                Some(Entity::Generic(g)) => Ok(Some((g as usize, id.name.clone()))),
                _ => Ok(None),
            },
            ExprKind::Selector(x, sel) => {
                let ExprKind::Ident(id) = &x.kind else {
                    return Ok(None);
                };
                let Some(Entity::Package(p)) = self.lookup_quiet(&id.name) else {
                    return Ok(None);
                };
                match self.packages[p].scope.get(&sel.name) {
                    Some(Entity::Generic(g)) if crate::compile::is_exported(&sel.name) => {
                        let g = *g as usize;
                        self.lookup(&id.name, id.span)?; // marks the import used
                        Ok(Some((g, format!("{}.{}", id.name, sel.name))))
                    }
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// Whether a call's function expression names a generic function (`F`,
    /// `pkg.F`, `F[int]`).
    pub(in crate::compile) fn names_generic(&mut self, func: &Expr) -> CResult<bool> {
        let f = crate::compile::expr::strip_parens(func);
        let x = match &f.kind {
            ExprKind::Index(x, _) | ExprKind::IndexList(x, _) => x,
            _ => f,
        };
        Ok(self
            .generic_named(x)?
            .is_some_and(|(g, _)| !self.is_type_def(g)))
    }

    /// Resolves explicit type arguments written as expressions.
    fn type_args(&mut self, args: &[&Expr]) -> CResult<Vec<TypeId>> {
        let mut out = vec![];
        for a in args {
            let op = self.peek(a)?;
            if op.mode != Mode::Type {
                return self.err(a.span, format!("{} is not a type", describe(a)));
            }
            out.push(op.ty);
        }
        Ok(out)
    }

    /// `x[i]` or `x[i, j]` where x names a generic: its instance, as a type or a
    /// function value. `None` when x is not a generic.
    pub(in crate::compile) fn instance_expr(
        &mut self,
        x: &Expr,
        args: &[&Expr],
        sp: Span,
    ) -> CResult<Option<Operand>> {
        let Some((def, _)) = self.generic_named(x)? else {
            return Ok(None);
        };
        let targs = self.type_args(args)?;
        let at: Vec<Span> = args.iter().map(|a| a.span).collect();
        if self.is_type_def(def) {
            let t = self.instantiate_type(def, targs, &at, x.span)?;
            return Ok(Some(Operand {
                mode: Mode::Type,
                ty: t,
            }));
        }
        let want = self.generics[def].tparams.len();
        if targs.len() > want {
            return self.err(
                args[want].span,
                format!("got {} type arguments but want {want}", targs.len()),
            );
        }
        if targs.len() < want {
            // Outside a call, Go names no call.
            return self.err(
                x.span,
                format!(
                    "cannot infer {} (declared at {})",
                    self.generics[def].tparams[targs.len()].name.name,
                    self.declared_at(def, targs.len())
                ),
            );
        }
        let (f, sig) = self.instantiate_func(def, targs, &at)?;
        self.emit(Op::Closure { func: f, ncaps: 0 }, sp);
        Ok(Some(Operand::value(sig)))
    }

    /// A generic function value where a func type is wanted: its type arguments
    /// inferred from that type (`slices.SortFunc(s, cmp.Compare)`).
    pub(in crate::compile) fn generic_to(
        &mut self,
        e: &Expr,
        want: TypeId,
    ) -> CResult<Option<Operand>> {
        let Some((def, name)) = self.generic_named(e)? else {
            return Ok(None);
        };
        if self.is_type_def(def) {
            return Ok(None);
        }
        let Some(target) = self.types.signature(want).cloned() else {
            return self.uninstantiated(def, &name, e.span);
        };
        let file = self.decl_file(def);
        let ast::Decl::Func(f) = &file.decls[self.generics[def].decl] else {
            return Ok(None);
        };
        let mut inf = Inference::new(&self.generics[def].tparams);
        for (p, t) in f.sig.params.iter().zip(&target.params) {
            self.unify(&mut inf, &p.ty, *t);
        }
        for (p, t) in f.sig.results.iter().zip(&target.results) {
            self.unify(&mut inf, &p.ty, *t);
        }
        self.core_types(def, &mut inf)?;
        let Some(args) = inf.complete() else {
            let i = inf.got.iter().position(|g| g.is_none()).unwrap_or(0);
            return self.err(
                e.span,
                format!(
                    "cannot infer {} (declared at {})",
                    self.generics[def].tparams[i].name.name,
                    self.declared_at(def, i)
                ),
            );
        };
        let (fid, sig) = self.instantiate_func(def, args, &[e.span])?;
        self.emit(
            Op::Closure {
                func: fid,
                ncaps: 0,
            },
            e.span,
        );
        Ok(Some(Operand::value(sig)))
    }

    /// A call whose function is generic (`F(x)`, `F[int](x)`, `pkg.F(x)`): the
    /// instance to call and its signature, type arguments inferred from the call's
    /// arguments. `None` when the function is not generic.
    pub(in crate::compile) fn generic_call_target(
        &mut self,
        func: &Expr,
        args: &[Expr],
        ellipsis: bool,
    ) -> CResult<Option<(u32, TypeId)>> {
        let f0 = crate::compile::expr::strip_parens(func);
        let (x, explicit): (&Expr, Vec<&Expr>) = match &f0.kind {
            ExprKind::Index(x, i) => (x, vec![&**i]),
            ExprKind::IndexList(x, is) => (x, is.iter().collect()),
            _ => (f0, vec![]),
        };
        let Some((def, fname)) = self.generic_named(x)? else {
            return Ok(None);
        };
        if self.is_type_def(def) {
            return Ok(None);
        }
        let targs = self.type_args(&explicit)?;
        let want = self.generics[def].tparams.len();
        if targs.len() > want {
            return self.err(
                explicit[want].span,
                format!("got {} type arguments but want {want}", targs.len()),
            );
        }
        let mut at: Vec<Span> = explicit.iter().map(|a| a.span).collect();
        let mut inf = Inference::new(&self.generics[def].tparams);
        for (i, t) in targs.iter().enumerate() {
            inf.got[i] = Some(*t);
        }
        let file = self.decl_file(def);
        let ast::Decl::Func(fd) = &file.decls[self.generics[def].decl] else {
            return Ok(None);
        };
        // The arguments' types (a single multi-valued call spreads).
        let mut arg_types: Vec<(Option<&Expr>, Operand)> = vec![];
        for a in args {
            if self.generic_named(a)?.is_some() {
                continue;
            }
            let op = self.peek(a)?;
            if let TypeKind::Tuple(ts) = self.types.kind(op.ty).clone() {
                if args.len() == 1 {
                    for t in ts {
                        arg_types.push((None, Operand::value(t)));
                    }
                    continue;
                }
            }
            arg_types.push((Some(a), op));
        }
        let np = fd.sig.params.len();
        let mut untyped: Vec<(usize, TypeId, Span)> = vec![];
        for (i, (a, op)) in arg_types.iter().enumerate() {
            let Some(p) = (if fd.sig.variadic && i + 1 >= np {
                fd.sig.params.last()
            } else {
                fd.sig.params.get(i)
            }) else {
                break;
            };
            let pty: &TypeExpr = &p.ty;
            let slice_of;
            let pty = if fd.sig.variadic && i + 1 >= np && ellipsis {
                slice_of = TypeExpr {
                    kind: TypeExprKind::Slice(Box::new(pty.clone())),
                    span: pty.span,
                };
                &slice_of
            } else {
                pty
            };
            if self.types.is_untyped(op.ty) {
                if let TypeExprKind::Name { pkg: None, name } = &pty.kind {
                    if let Some(k) = inf.index(&name.name) {
                        if op.ty != ids::UNTYPED_NIL {
                            untyped.push((k, op.ty, a.map_or(Span::default(), |a| a.span)));
                        }
                    }
                }
                continue;
            }
            let before = inf.got.clone();
            if !self.unify(&mut inf, pty, op.ty) {
                let Some(a) = a else { continue };
                let lit = match &crate::compile::expr::strip_parens(a).kind {
                    ExprKind::FuncLit { sig, .. } => Some(crate::syntax::parser::func_string(sig)),
                    _ => None,
                };
                let atype = lit.clone().unwrap_or_else(|| self.tname(op.ty));
                let ptext = crate::syntax::parser::type_string(pty);
                let mentioned: Vec<usize> = (0..inf.names.len())
                    .filter(|&k| mentions(pty, &inf.names[k]))
                    .collect();
                let msg = if let TypeExprKind::Name { pkg: None, name } = &pty.kind {
                    let k = inf.index(&name.name).unwrap_or(0);
                    format!(
                        "type {atype} of {} does not match inferred type {} for {}",
                        describe(a),
                        before[k].map_or(String::new(), |b| self.tname(b)),
                        name.name
                    )
                } else if mentioned.iter().any(|&k| before[k].is_some()) {
                    let what = match &lit {
                        Some(l) => format!("({l} literal)"),
                        None => describe(a),
                    };
                    format!(
                        "type {atype} of {what} does not match inferred type {} for {ptext}",
                        self.subst_text(pty, &inf.names, &before)
                    )
                } else {
                    let unbound: Vec<&str> =
                        mentioned.iter().map(|&k| inf.names[k].as_str()).collect();
                    format!(
                        "type {} of {} does not match {ptext} (cannot infer {})",
                        self.tname(op.ty),
                        describe(a),
                        unbound.join(" and ")
                    )
                };
                return self.err(a.span, format!("in call to {fname}, {msg}"));
            }
        }
        // Core types before defaults, as Go orders inference: in `Contains(xs, 0)` with
        // `S ~[]E`, E is float64 from xs ([]float64), not int from the constant 0.
        self.core_types(def, &mut inf)?;
        // Untyped constants: the default type of the largest kind, per parameter.
        for k in 0..want {
            if inf.got[k].is_some() {
                continue;
            }
            let mine: Vec<&(usize, TypeId, Span)> = untyped.iter().filter(|u| u.0 == k).collect();
            let Some(first) = mine.first() else { continue };
            let mut best = first.1;
            for u in &mine[1..] {
                let (a, b) = (self.types.kind(best).clone(), self.types.kind(u.1).clone());
                if let (TypeKind::Untyped(ka), TypeKind::Untyped(kb)) = (&a, &b) {
                    let numeric = |k: &crate::types::UntypedKind| {
                        use crate::types::UntypedKind::*;
                        matches!(k, Int | Rune | Float)
                    };
                    if ka != kb && !(numeric(ka) && numeric(kb)) {
                        return self.err(
                            u.2,
                            format!(
                                "in call to {fname}, mismatched types {} and {} (cannot infer {})",
                                self.tname(best),
                                self.tname(u.1),
                                self.generics[def].tparams[k].name.name
                            ),
                        );
                    }
                    if kb > ka {
                        best = u.1;
                    }
                }
            }
            inf.got[k] = Some(self.types.default_type(best));
        }
        self.core_types(def, &mut inf)?;
        // gc reports inference at the call's `(`.
        let lparen = Span::new(f0.span.hi, f0.span.hi + 1);
        let Some(full) = inf.complete() else {
            let i = inf.got.iter().position(|g| g.is_none()).unwrap_or(0);
            return self.err(
                lparen,
                format!(
                    "in call to {fname}, cannot infer {} (declared at {})",
                    self.generics[def].tparams[i].name.name,
                    self.declared_at(def, i)
                ),
            );
        };
        while at.len() < full.len() {
            at.push(lparen);
        }
        self.instantiate_func(def, full, &at).map(Some)
    }

    /// Binds type parameters from constraints with a core type (`S ~[]E`): once S is
    /// known, E is what its underlying slice holds.
    fn core_types(&mut self, def: usize, inf: &mut Inference) -> CResult<()> {
        let tps = self.generics[def].tparams.clone();
        for _round in 0..tps.len() {
            let mut changed = false;
            for (i, p) in tps.iter().enumerate() {
                let Some(t) = inf.got[i] else {
                    // A constraint of one type and no tilde (`T byte`) is that type:
                    // `f(0)` is `f[byte](0)`, ahead of the constant's default int.
                    if let Some(c) = self.exact_constraint(def, &p.constraint) {
                        inf.got[i] = Some(c);
                        changed = true;
                    }
                    continue;
                };
                let TypeExprKind::Interface(elems) = &p.constraint.kind else {
                    continue;
                };
                let [ast::InterfaceElem::Union(terms)] = elems.as_slice() else {
                    continue;
                };
                let [(_, term)] = terms.as_slice() else {
                    continue;
                };
                let before = inf.got.clone();
                let u = self.types.underlying(t);
                self.unify(inf, term, u);
                changed |= before != inf.got;
            }
            if !changed {
                break;
            }
        }
        Ok(())
    }

    /// The one type a constraint allows, if it is a single term with no tilde
    /// (`byte`, `interface{ int8 }`) naming no type parameter.
    fn exact_constraint(&mut self, def: usize, c: &TypeExpr) -> Option<TypeId> {
        let term = match &c.kind {
            TypeExprKind::Interface(elems) => match elems.as_slice() {
                [ast::InterfaceElem::Union(terms)] => match terms.as_slice() {
                    [(false, term)] => term,
                    _ => return None,
                },
                [ast::InterfaceElem::Embed(term)] => term,
                _ => return None,
            },
            TypeExprKind::Name { .. } => c,
            _ => return None,
        };
        let TypeExprKind::Name { pkg, name } = &term.kind else {
            return None;
        };
        if pkg.is_none()
            && self.generics[def]
                .tparams
                .iter()
                .any(|p| p.name.name == name.name)
        {
            return None;
        }
        let t = self
            .in_def(def, VecMap::new(), |c| c.resolve_type(term))
            .ok()?;
        (!self.types.is_interface(t) && self.stand_in(t).is_none()).then_some(t)
    }

    /// Unifies a parameter's declared type with an argument's type, binding type
    /// parameters; false on a clash with an earlier binding.
    fn unify(&self, inf: &mut Inference, p: &TypeExpr, a: TypeId) -> bool {
        let k = self.types.ukind(a).clone();
        match (&p.kind, k) {
            (TypeExprKind::Name { pkg: None, name }, _) => match inf.index(&name.name) {
                Some(i) => match inf.got[i] {
                    None => {
                        inf.got[i] = Some(a);
                        true
                    }
                    Some(b) => b == a,
                },
                None => true,
            },
            (TypeExprKind::Pointer(e), TypeKind::Pointer(x))
            | (TypeExprKind::Slice(e), TypeKind::Slice(x))
            | (TypeExprKind::Array { elem: e, .. }, TypeKind::Array(_, x))
            | (TypeExprKind::Chan { elem: e, .. }, TypeKind::Chan(_, x)) => self.unify(inf, e, x),
            (TypeExprKind::Map { key, value }, TypeKind::Map(k, v)) => {
                self.unify(inf, key, k) && self.unify(inf, value, v)
            }
            (TypeExprKind::Func(sig), TypeKind::Func(s)) => {
                if sig.params.len() != s.params.len()
                    || sig.results.len() != s.results.len()
                    || sig.variadic != s.variadic
                {
                    return false;
                }
                let mut ok = true;
                for (p, t) in sig.params.iter().zip(&s.params) {
                    ok &= self.unify(inf, &p.ty, *t);
                }
                for (p, t) in sig.results.iter().zip(&s.results) {
                    ok &= self.unify(inf, &p.ty, *t);
                }
                ok
            }
            (TypeExprKind::Instance { args, base }, _) => {
                if let Some((_, targs)) = self.instance_of.get(&a) {
                    let mut ok = true;
                    for (p, t) in args.iter().zip(targs) {
                        ok &= self.unify(inf, p, *t);
                    }
                    return ok;
                }
                self.unify_instance_underlying(inf, base, args, a)
            }
            (
                TypeExprKind::Pointer(_)
                | TypeExprKind::Slice(_)
                | TypeExprKind::Array { .. }
                | TypeExprKind::Chan { .. }
                | TypeExprKind::Map { .. }
                | TypeExprKind::Func(_),
                _,
            ) => false,
            _ => true,
        }
    }

    /// `iter.Seq[E]` against a type that is no instance of it (a func literal's
    /// `func(func(int) bool)`): Go unifies the generic type's underlying type with
    /// it, which binds the generic's own parameters (`V` of `Seq[V]`); each argument
    /// (`E`) is then unified with what its parameter got.
    fn unify_instance_underlying(
        &self,
        inf: &mut Inference,
        base: &TypeExpr,
        args: &[TypeExpr],
        a: TypeId,
    ) -> bool {
        let (pkg, name) = match &base.kind {
            TypeExprKind::Name { pkg, name } => (pkg.as_ref().map(|p| p.name.as_str()), &name.name),
            _ => return true,
        };
        // An unqualified name is the callee's package's, which need not be the one
        // being compiled (`Seq[V]` in iter's own Pull): the current package's first.
        let named = |g: &GenericDef| g.spec.is_some() && g.name == *name;
        let def = match pkg {
            Some(p) => self
                .generics
                .iter()
                .position(|g| named(g) && *self.packages[g.pkg].name == *p),
            None => self
                .generics
                .iter()
                .position(|g| named(g) && g.pkg == self.cur_pkg)
                .or_else(|| self.generics.iter().position(named)),
        };
        let Some(def) = def else { return true };
        let file = self.decl_file(def);
        let (decl, spec) = (
            self.generics[def].decl,
            self.generics[def].spec.unwrap_or(0),
        );
        let ast::Decl::Type(specs) = &file.decls[decl] else {
            return true;
        };
        let mut own = Inference::new(&self.generics[def].tparams);
        if !self.unify(&mut own, &specs[spec].ty, a) {
            return false;
        }
        let mut ok = true;
        for (p, t) in args.iter().zip(own.got) {
            if let Some(t) = t {
                ok &= self.unify(inf, p, t);
            }
        }
        ok
    }

    /// A parameter's type as Go writes it with the type arguments found so far put
    /// in (`func(int) U` for `func(T) U`).
    fn subst_text(&self, t: &TypeExpr, names: &[String], got: &[Option<TypeId>]) -> String {
        let sub = |x: &TypeExpr| self.subst_text(x, names, got);
        match &t.kind {
            TypeExprKind::Name { pkg: None, name } => {
                match names
                    .iter()
                    .position(|n| *n == name.name)
                    .and_then(|k| got[k])
                {
                    Some(b) => self.tname(b),
                    None => name.name.clone(),
                }
            }
            TypeExprKind::Pointer(e) => format!("*{}", sub(e)),
            TypeExprKind::Slice(e) => format!("[]{}", sub(e)),
            TypeExprKind::Map { key, value } => format!("map[{}]{}", sub(key), sub(value)),
            TypeExprKind::Chan {
                dir: ast::ChanDir::Both,
                elem,
            } => format!("chan {}", sub(elem)),
            TypeExprKind::Func(sig) => {
                let ps: Vec<String> = sig.params.iter().map(|p| sub(&p.ty)).collect();
                let rs: Vec<String> = sig.results.iter().map(|p| sub(&p.ty)).collect();
                let res = match rs.len() {
                    0 => String::new(),
                    1 => format!(" {}", rs[0]),
                    _ => format!(" ({})", rs.join(", ")),
                };
                format!("func({}){res}", ps.join(", "))
            }
            _ => crate::syntax::parser::type_string(t),
        }
    }
}

/// Whether type parameter `name` appears in `t`.
fn mentions(t: &TypeExpr, name: &str) -> bool {
    match &t.kind {
        TypeExprKind::Name { pkg: None, name: n } => n.name == name,
        TypeExprKind::Name { .. } => false,
        TypeExprKind::Pointer(e) | TypeExprKind::Slice(e) => mentions(e, name),
        TypeExprKind::Array { elem, .. } | TypeExprKind::Chan { elem, .. } => mentions(elem, name),
        TypeExprKind::Map { key, value } => mentions(key, name) || mentions(value, name),
        TypeExprKind::Func(sig) => sig
            .params
            .iter()
            .chain(&sig.results)
            .any(|p| mentions(&p.ty, name)),
        TypeExprKind::Instance { args, .. } => args.iter().any(|a| mentions(a, name)),
        TypeExprKind::Struct(_) | TypeExprKind::Interface(_) => false,
    }
}

/// Type arguments found so far for a generic's type parameters.
pub(super) struct Inference {
    names: Vec<String>,
    pub got: Vec<Option<TypeId>>,
}

impl Inference {
    fn new(tps: &[ast::TypeParam]) -> Inference {
        Inference {
            names: tps.iter().map(|p| p.name.name.clone()).collect(),
            got: vec![None; tps.len()],
        }
    }
    fn index(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }
    fn complete(&self) -> Option<Vec<TypeId>> {
        self.got.iter().copied().collect()
    }
}
