//! Instantiation: declaring a generic type's or function's instance for a list of
//! type arguments, queueing its body, and checking every generic body once with
//! stand-ins for its type parameters.

use super::*;

impl Compiler {
    /// Bounds the instances of one generic: an instantiation cycle (`F[T]` calling
    /// `F[[]T]`), which Go rejects, would otherwise make new ones forever.
    fn check_instance_count(&self, def: usize, sp: Span) -> CResult<()> {
        if self.generics[def].instances.len() >= MAX_INSTANCES {
            return self.err(
                sp,
                format!(
                    "not supported here: more than {MAX_INSTANCES} instances of {} (an instantiation cycle?)",
                    self.generics[def].name
                ),
            );
        }
        Ok(())
    }

    /// The named type `def[args]`, made (with its methods) on first use.
    pub(in crate::compile) fn instantiate_type(
        &mut self,
        def: usize,
        args: Vec<TypeId>,
        at: &[Span],
        sp: Span,
    ) -> CResult<TypeId> {
        if let Some((_, t)) = self.generics[def]
            .instances
            .iter()
            .find(|(a, _)| *a == args)
        {
            return Ok(*t);
        }
        let want = self.generics[def].tparams.len();
        if args.len() != want {
            let (what, n) = if args.len() > want {
                ("too many", args.len())
            } else {
                ("not enough", args.len())
            };
            return self.err(
                sp,
                format!(
                    "{what} type arguments for type {}: have {n}, want {want}",
                    self.generics[def].name
                ),
            );
        }
        self.check_instance_count(def, sp)?;
        self.check_constraints(def, &args, at)?;
        if let Some(t) = self.alias_instance(def, &args, sp) {
            return t;
        }
        let arg_names: Vec<String> = args.iter().map(|a| self.types.name(*a)).collect();
        let name = format!("{}[{}]", self.generics[def].name, arg_names.join(","));
        let pkg_name = self.packages[self.generics[def].pkg].name.clone();
        let t = self.types.new_named(&pkg_name, &name, ids::INVALID);
        self.generics[def].instances.push((args.clone(), t));
        self.instance_of.insert(t, (def as u32, args.clone()));
        let file = self.decl_file(def);
        let (decl, spec) = (
            self.generics[def].decl,
            self.generics[def].spec.unwrap_or(0),
        );
        let ast::Decl::Type(specs) = &file.decls[decl] else {
            return self.err(sp, "not supported here: this generic type");
        };
        let s = &specs[spec];
        if let TypeExprKind::Name { pkg: None, name } = &s.ty.kind {
            if self.generics[def]
                .tparams
                .iter()
                .any(|p| p.name.name == name.name)
            {
                return self.err(
                    s.ty.span,
                    "cannot use a type parameter as RHS in type declaration",
                );
            }
        }
        let b = self.bindings(def, &args);
        let u = self.in_def(def, b, |c| c.resolve_type(&s.ty))?;
        if self.types.is_interface(u) {
            return self.err(s.name.span, "not supported here: generic interface types");
        }
        self.types.set_underlying(t, u);
        // A type that holds itself by value (`type L[T any] struct{ x L[T] }`):
        // without this check the walks over its values would never end.
        if let Some(msg) = crate::compile::recursive_type_error(&self.types, t, &name) {
            return self.err(s.name.span, msg);
        }
        self.check_value_size(t, s.name.span)?;
        for m in self.generics[def].methods.clone() {
            self.declare_instance_method(def, t, m)?;
        }
        Ok(t)
    }

    /// Declares method `decl` of generic type `def` on its instance `t`, and queues
    /// its body.
    fn declare_instance_method(&mut self, def: usize, t: TypeId, decl: usize) -> CResult<()> {
        let file = self.decl_file(def);
        let ast::Decl::Func(f) = &file.decls[decl] else {
            return Ok(());
        };
        let Some(r) = &f.recv else { return Ok(()) };
        let (base, ptr) = crate::compile::receiver_base(&r.ty);
        let names: Vec<&ast::Ident> = match &base.kind {
            TypeExprKind::Instance { args, .. } => {
                let mut ns = vec![];
                for a in args {
                    match &a.kind {
                        TypeExprKind::Name { pkg: None, name } => ns.push(name),
                        _ => {
                            return self
                                .err(a.span, "receiver type parameter must be an identifier")
                        }
                    }
                }
                ns
            }
            _ => {
                return self.err(
                    base.span,
                    format!(
                        "cannot use generic type {}{} without instantiation",
                        self.generics[def].name,
                        self.tparams_text(def)
                    ),
                )
            }
        };
        let args = self
            .instance_of
            .get(&t)
            .map(|x| x.1.clone())
            .unwrap_or_default();
        if names.len() != args.len() {
            return self.err(
                base.span,
                format!(
                    "receiver declares {} type parameters, but receiver base type declares {}",
                    names.len(),
                    args.len()
                ),
            );
        }
        let mut b = VecMap::new();
        for (n, a) in names.iter().zip(&args) {
            if n.name != "_" {
                b.insert(n.name.clone(), *a);
            }
        }
        if self
            .types
            .named(t)
            .is_some_and(|n| n.methods.iter().any(|m| *m.name == f.name.name))
        {
            return self.err(
                f.name.span,
                format!(
                    "method {}.{} already declared",
                    self.generics[def].name, f.name.name
                ),
            );
        }
        let sig = self.in_def(def, b.clone(), |c| c.resolve_sig(&f.sig))?;
        let id = self.funcs.len() as u32;
        self.types.add_method(
            t,
            MethodDecl {
                name: f.name.name.as_str().into(),
                func: id,
                pointer_recv: ptr,
                sig,
            },
        );
        let pkg_name = self.packages[self.generics[def].pkg].name.clone();
        let tname = &self.generics[def].name;
        let name = if ptr {
            format!("{pkg_name}.(*{tname}[...]).{}", f.name.name)
        } else {
            format!("{pkg_name}.{tname}[...].{}", f.name.name)
        };
        self.add_pending(def, decl, id, name, f.span, b);
        Ok(())
    }

    /// The function `def[args]` and its signature, made on first use.
    pub(super) fn instantiate_func(
        &mut self,
        def: usize,
        args: Vec<TypeId>,
        at: &[Span],
    ) -> CResult<(u32, TypeId)> {
        if let Some((_, f)) = self.generics[def]
            .instances
            .iter()
            .find(|(a, _)| *a == args)
        {
            let f = *f;
            return Ok((f, self.func_sigs.get(&f).copied().unwrap_or(ids::INVALID)));
        }
        self.check_instance_count(def, at.first().copied().unwrap_or_default())?;
        self.check_constraints(def, &args, at)?;
        let file = self.decl_file(def);
        let decl = self.generics[def].decl;
        let ast::Decl::Func(f) = &file.decls[decl] else {
            return self.err(Span::default(), "not supported here: this generic function");
        };
        let b = self.bindings(def, &args);
        let sig = self.in_def(def, b.clone(), |c| c.resolve_sig(&f.sig))?;
        let id = self.funcs.len() as u32;
        let pkg_name = self.packages[self.generics[def].pkg].name.clone();
        self.generics[def].instances.push((args, id));
        self.func_sigs.insert(id, sig);
        let name = format!("{pkg_name}.{}[...]", f.name.name);
        self.add_pending(def, decl, id, name, f.span, b);
        Ok((id, sig))
    }

    /// Makes function `id` (named `name`, declared in the generic's file) for an
    /// instance of generic `def`, whose body (declaration `decl`) is compiled later
    /// with `bindings`.
    fn add_pending(
        &mut self,
        def: usize,
        decl: usize,
        id: u32,
        name: String,
        span: Span,
        bindings: VecMap<String, TypeId>,
    ) {
        let fid = self.file;
        self.file = self.generics[def].file;
        self.push_func_placeholder(name, span);
        self.file = fid;
        let site = self.site();
        self.pending.push(Pending {
            site,
            func: id,
            def,
            decl,
            bindings,
        });
    }

    /// The span of the program's code being compiled, if it is the program's.
    fn site(&self) -> Span {
        match (self.file, self.fs.last()) {
            (FileId::User, Some(f)) => f.spans.last().copied().unwrap_or_default(),
            _ => Span::default(),
        }
    }

    /// Compiles every queued instance body (instances may queue more).
    pub(in crate::compile) fn compile_pending(&mut self) -> CResult<()> {
        while let Some(p) = self.pending.pop() {
            let file = self.decl_file(p.def);
            let ast::Decl::Func(f) = &file.decls[p.decl] else {
                continue;
            };
            // Each instance names its closures and go wrappers from 1 again, as
            // Go's do (`main.F[...].func1` in every instance).
            let name = self.funcs[p.func as usize].name.clone();
            let inner = format!("{name}.");
            let mine = |k: &String| *k == name || k.starts_with(&inner);
            self.lit_counter.retain(|k, _| !mine(k));
            self.go_wrap_counter.retain(|k, _| !mine(k));
            let lib = self.generics[p.def].file != FileId::User;
            self.in_def(p.def, p.bindings, |c| c.compile_func_decl(f, p.func))
                .map_err(|mut d| {
                    if lib {
                        d.span = p.site;
                    }
                    d
                })?;
        }
        Ok(())
    }

    /// Checks each of the program's generics once with stand-ins for its type
    /// parameters (a named type per parameter, whose underlying type is its
    /// constraint's first term, or the constraint's methods as an interface), so a
    /// body is checked even when nothing instantiates it, and operations its
    /// constraint does not allow on every type argument (`a < b` with `T any`) are
    /// errors. The code compiled for the stand-ins is never run.
    pub(in crate::compile) fn check_generic_bodies(&mut self, pkg: usize) -> CResult<()> {
        let checking = std::mem::replace(&mut self.checking_generics, true);
        let checked = self.check_generic_bodies_of(pkg);
        self.checking_generics = checking;
        checked
    }

    fn check_generic_bodies_of(&mut self, pkg: usize) -> CResult<()> {
        for def in 0..self.generics.len() {
            if self.generics[def].pkg != pkg {
                continue;
            }
            let Some(b) = self.stand_ins(def)? else {
                continue;
            };
            let args: Vec<TypeId> = self.generics[def]
                .tparams
                .iter()
                .map(|p| b.get(&p.name.name).copied().unwrap_or(ids::INVALID))
                .collect();
            let at = vec![Span::default(); args.len()];
            if self.is_type_def(def) {
                self.instantiate_type(def, args, &at, Span::default())?;
            } else {
                self.instantiate_func(def, args, &at)?;
            }
            self.compile_pending()?;
        }
        Ok(())
    }

    /// The constraint's text when `t` is a stand-in for a type parameter.
    pub(in crate::compile) fn stand_in(&self, t: TypeId) -> Option<&str> {
        self.stand_in_types
            .iter()
            .find(|x| x.0 == t)
            .map(|x| x.1.as_str())
    }

    /// Whether every type in stand-in `t`'s type set is comparable (`comparable`, or
    /// terms that all are): what `==`, `!=` and a map key need of a type parameter.
    pub(in crate::compile) fn stand_in_comparable(&self, t: TypeId) -> bool {
        self.stand_in_sets
            .iter()
            .find(|x| x.0 == t)
            .is_none_or(|x| x.1)
    }

    /// The terms of stand-in `t`'s type set (empty when its constraint has none).
    pub(in crate::compile) fn stand_in_terms(&self, t: TypeId) -> Vec<TypeId> {
        self.stand_in_sets
            .iter()
            .find(|x| x.0 == t)
            .map(|x| x.2.clone())
            .unwrap_or_default()
    }

    /// The stand-in types of a generic's type parameters (see `check_generic_bodies`).
    fn stand_ins(&mut self, def: usize) -> CResult<Option<VecMap<String, TypeId>>> {
        let pkg_name = self.packages[self.generics[def].pkg].name.clone();
        let tps = self.generics[def].tparams.clone();
        let mut b = VecMap::new();
        let mut ts = vec![];
        for p in &tps {
            let t = self.types.new_named(&pkg_name, &p.name.name, ids::INVALID);
            self.stand_in_types
                .push((t, constraint_text(&p.constraint)));
            b.insert(p.name.name.clone(), t);
            ts.push(t);
        }
        for (p, t) in tps.iter().zip(ts) {
            let c = self.in_def(def, b.clone(), |c| {
                let in_c = std::mem::replace(&mut c.in_constraint, true);
                let r = c.resolve_type(&p.constraint);
                c.in_constraint = in_c;
                r
            })?;
            if self.stand_in(c).is_some() {
                return self.err(
                    p.constraint.span,
                    "cannot use a type parameter as constraint",
                );
            }
            if !self.types.is_interface(c) {
                let u = self.types.underlying(c);
                self.types.set_underlying(t, u);
                let comparable = self.types.comparable(c);
                self.stand_in_sets.push((t, comparable, vec![c]));
                continue;
            }
            let ms = self.types.iface_methods(c).to_vec();
            let terms: Vec<TypeId> = ms
                .iter()
                .filter_map(|m| m.name.strip_prefix("\0ts")?.parse::<usize>().ok())
                .flat_map(|i| {
                    self.typesets[i]
                        .terms
                        .iter()
                        .map(|x| x.1)
                        .collect::<Vec<_>>()
                })
                .collect();
            let comparable = ms.iter().any(|m| &*m.name == COMPARABLE)
                || (!terms.is_empty() && terms.iter().all(|&x| self.types.comparable(x)));
            self.stand_in_sets.push((t, comparable, terms));
            let first = ms.iter().find_map(|m| {
                let i = m.name.strip_prefix("\0ts")?.parse::<usize>().ok()?;
                self.typesets[i].terms.first().map(|x| x.1)
            });
            if first.is_some() && ms.iter().any(|m| !m.name.starts_with('\0')) {
                return Ok(None);
            }
            let u = match first {
                Some(x) => self.types.underlying(x),
                None => {
                    let real: Vec<IfaceMethod> = ms
                        .into_iter()
                        .filter(|m| !m.name.starts_with('\0'))
                        .collect();
                    self.types.intern(TypeKind::Interface(real))
                }
            };
            if u == t || u == ids::INVALID {
                return self.err(p.name.span, "not supported here: this type constraint");
            }
            self.types.set_underlying(t, u);
        }
        Ok(Some(b))
    }

    /// An instance of a generic alias (`type Set[K comparable] = map[K]bool`, Go
    /// 1.24): the aliased type with the arguments put in, no new named type (so
    /// `Set[string]` is `map[string]bool`, as `%T` prints it); `None` for a generic
    /// defined type.
    fn alias_instance(&mut self, def: usize, args: &[TypeId], sp: Span) -> Option<CResult<TypeId>> {
        let file = self.decl_file(def);
        let (decl, spec) = (self.generics[def].decl, self.generics[def].spec?);
        let ast::Decl::Type(specs) = &file.decls[decl] else {
            return None;
        };
        let s = &specs[spec];
        if !s.alias {
            return None;
        }
        if let TypeExprKind::Name { pkg: None, name } = &s.ty.kind {
            if self.generics[def]
                .tparams
                .iter()
                .any(|p| p.name.name == name.name)
            {
                return Some(self.err(
                    sp,
                    "not supported here: a generic alias of its own type parameter",
                ));
            }
        }
        let b = self.bindings(def, args);
        Some(self.in_def(def, b, |c| c.resolve_type(&s.ty)))
    }
}
