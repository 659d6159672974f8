//! Generics by monomorphization: one compiled body per distinct list of type arguments.
//!
//! A generic function or type is kept as its declaration (the parsed file stays alive in
//! `Compiler::ast_files`) and compiled anew for each instantiation, with its type
//! parameters bound to the type arguments as plain type names (`Compiler::tparams`).
//! We chose this over one shared body with run-time type dictionaries because the
//! engine's instructions are typed at compile time (integer widths, comparisons, zero
//! values, interface conversions): a body per instance reuses the whole checker and
//! code generator unchanged and costs nothing at run time; the price is one function per
//! instance, which teaching programs keep small. Bodies are queued (`pending`) and
//! compiled after the package's own bodies, outside any function, so an instance never
//! sees its caller's locals.
//!
//! What this gives up: a real instance's body is checked against concrete types, not
//! against its constraints, so a body Go rejects for every instance (say `a < b` with
//! `T any`) would compile for `int`. To catch that, every generic of the program is
//! also compiled once with stand-ins for its type parameters (`check_generic_bodies`:
//! a named type per parameter whose underlying type is its constraint's first term,
//! or the interface of its constraint's methods), code that never runs; this checks
//! bodies nothing instantiates too. It is looser than Go where the first term allows
//! more than all the terms do (`%` with `~int | ~float64`), or where an interface
//! allows more than a type parameter does (`==` with `T any`); a generic whose
//! constraint has both a union and methods is not checked this way; and the messages
//! are the checker's, not always Go's.
//! Constraints are interfaces whose type set is carried by marker methods (`\0ts<N>`
//! for a union, `\0comparable`), which no value type ever has, so a constraint
//! interface can never be used as a value type.
//!
//! Inference unifies each parameter's declared type (its syntax, with the type
//! parameters as names) against the argument's type, then takes core types from
//! constraints (`S ~[]E` binds E from S), then gives type parameters bound only by
//! untyped constants the default type of the largest constant kind, as Go 1.21 does.

use std::rc::Rc;

use super::{describe, CResult, Compiler, Entity, Mode, Operand};
use crate::code::{FileId, Op};
use crate::syntax::ast::{self, Expr, ExprKind, Span, TypeExpr, TypeExprKind};
use crate::types::{ids, IfaceMethod, MethodDecl, TypeId, TypeKind};
use crate::vecmap::VecMap;

/// A generic function or type, kept as its declaration.
pub(super) struct GenericDef {
    pub name: String,
    pub pkg: usize,
    pub file: FileId,
    /// Index in `Compiler::ast_files` and in that file's declarations.
    pub ast: usize,
    pub decl: usize,
    /// For a type: the spec's index within its `type (...)` group.
    pub spec: Option<usize>,
    pub tparams: Vec<ast::TypeParam>,
    /// Type arguments -> the function id or the named type.
    pub instances: Vec<(Vec<TypeId>, u32)>,
    /// For a type: the declarations of its methods.
    pub methods: Vec<usize>,
}

/// A body waiting to be compiled for one instance.
pub(super) struct Pending {
    /// Where the program first asked for it: a library body's error is reported
    /// there (the program's file is the one a message can point into).
    pub site: Span,
    pub func: u32,
    pub def: usize,
    pub decl: usize,
    pub bindings: VecMap<String, TypeId>,
}

/// A union's terms, from a constraint.
pub(super) struct TypeSet {
    pub terms: Vec<(bool, TypeId)>,
    pub text: String,
}

/// The most instances one generic may have (see `check_instance_count`).
const MAX_INSTANCES: usize = 64;

/// The marker method of the predeclared `comparable`.
const COMPARABLE: &str = "\0comparable";

impl Compiler {
    /// Runs `f` in the declaring package of `def` with `bindings` for its type
    /// parameters, outside any function (an instance never sees its caller's scopes).
    pub(super) fn in_def<R>(
        &mut self,
        def: usize,
        bindings: VecMap<String, TypeId>,
        f: impl FnOnce(&mut Compiler) -> CResult<R>,
    ) -> CResult<R> {
        let pkg = self.generics[def].pkg;
        let file = self.generics[def].file;
        let fs = std::mem::take(&mut self.fs);
        let old_pkg = std::mem::replace(&mut self.cur_pkg, pkg);
        let old_file = std::mem::replace(&mut self.file, file);
        let old_tp = std::mem::replace(&mut self.tparams, bindings);
        let dry = std::mem::replace(&mut self.dry, 0);
        let r = f(self);
        self.fs = fs;
        self.cur_pkg = old_pkg;
        self.file = old_file;
        self.tparams = old_tp;
        self.dry = dry;
        r
    }

    fn bindings(&self, def: usize, args: &[TypeId]) -> VecMap<String, TypeId> {
        let mut b = VecMap::new();
        for (p, a) in self.generics[def].tparams.iter().zip(args) {
            b.insert(p.name.name.clone(), *a);
        }
        b
    }

    /// The parsed file holding the generic's declaration.
    fn decl_file(&self, def: usize) -> Rc<ast::File> {
        self.ast_files[self.generics[def].ast].clone()
    }

    /// Registers a generic function or type of the package being compiled.
    pub(super) fn declare_generic(
        &mut self,
        name: &ast::Ident,
        tparams: &[ast::TypeParam],
        decl: usize,
        spec: Option<usize>,
    ) -> CResult<()> {
        self.check_redeclared(name)?;
        let idx = self.generics.len() as u32;
        self.generics.push(GenericDef {
            name: name.name.clone(),
            pkg: self.cur_pkg,
            file: self.file,
            ast: self.ast_files.len() - 1,
            decl,
            spec,
            tparams: tparams.to_vec(),
            instances: vec![],
            methods: vec![],
        });
        self.packages[self.cur_pkg]
            .scope
            .insert(name.name.clone(), Entity::Generic(idx));
        Ok(())
    }

    /// The generic type a method's receiver names (`*List[T]` or `List[T]`), if any.
    pub(super) fn receiver_generic(&self, r: &ast::Receiver) -> Option<usize> {
        let base = match &r.ty.kind {
            TypeExprKind::Pointer(inner) => inner.as_ref(),
            _ => &*r.ty,
        };
        let name = match &base.kind {
            TypeExprKind::Instance { base, .. } => match &base.kind {
                TypeExprKind::Name { pkg: None, name } => name,
                _ => return None,
            },
            TypeExprKind::Name { pkg: None, name } => name,
            _ => return None,
        };
        match self.packages[self.cur_pkg].scope.get(&name.name) {
            Some(Entity::Generic(g)) => Some(*g as usize),
            _ => None,
        }
    }

    fn is_type_def(&self, def: usize) -> bool {
        self.generics[def].spec.is_some()
    }

    /// `[T any]` as Go writes it after a generic type's name in messages.
    fn tparams_text(&self, def: usize) -> String {
        let ps: Vec<String> = self.generics[def]
            .tparams
            .iter()
            .map(|p| format!("{} {}", p.name.name, constraint_text(&p.constraint)))
            .collect();
        format!("[{}]", ps.join(", "))
    }

    /// Go's error for a generic used where an instance is needed.
    pub(super) fn uninstantiated<T>(&self, def: usize, what: &str, sp: Span) -> CResult<T> {
        let d = &self.generics[def];
        if self.is_type_def(def) {
            self.err(
                sp,
                format!(
                    "cannot use generic type {}{} without instantiation",
                    d.name,
                    self.tparams_text(def)
                ),
            )
        } else {
            self.err(
                sp,
                format!("cannot use generic function {what} without instantiation"),
            )
        }
    }

    /// Where a type parameter is declared, as Go's `cannot infer` message gives it.
    fn declared_at(&self, def: usize, i: usize) -> String {
        let d = &self.generics[def];
        let sp = d.tparams[i].name.span;
        match d.file {
            FileId::User => match &self.user_map {
                Some(m) => {
                    let (l, c) = m.line_col(sp.lo);
                    format!("./prog.go:{l}:{c}")
                }
                None => "./prog.go".into(),
            },
            FileId::Lib(id) => {
                let (path, _, map) = &self.lib_sources[id as usize];
                // Go's own files, for the library generics a reader calls most.
                match (path.as_str(), d.name.as_str(), i) {
                    ("sync", "OnceValue", 0) => return "$GOROOT/src/sync/oncefunc.go:46:16".into(),
                    ("sync", "OnceValues", 0) => {
                        return "$GOROOT/src/sync/oncefunc.go:76:17".into()
                    }
                    _ => {}
                }
                let (l, c) = map.line_col(sp.lo);
                format!("$GOROOT/src/{path}.go:{l}:{c}")
            }
        }
    }

    // ----- constraints -------------------------------------------------------------

    /// The interface of the predeclared `comparable`.
    pub(super) fn comparable_type(&mut self) -> TypeId {
        if self.comparable_t == ids::INVALID {
            let sig = self.types.func(vec![], vec![], false);
            let iface = self.types.intern(TypeKind::Interface(vec![IfaceMethod {
                name: COMPARABLE.into(),
                sig,
            }]));
            let t = self.types.new_named("", "comparable", ids::INVALID);
            self.types.set_underlying(t, iface);
            self.comparable_t = t;
        }
        self.comparable_t
    }

    /// `t` itself, unless it is a constraint interface used outside a constraint.
    pub(super) fn outside_constraint(&self, t: TypeId, sp: Span) -> CResult<TypeId> {
        if self.in_constraint || !self.types.is_interface(t) {
            return Ok(t);
        }
        let ms = self.types.iface_methods(t);
        let why = if ms.iter().any(|m| m.name.starts_with("\0ts")) {
            "interface contains type constraints"
        } else if ms.iter().any(|m| &*m.name == COMPARABLE) {
            "interface is (or embeds) comparable"
        } else {
            return Ok(t);
        };
        self.err(
            sp,
            format!(
                "cannot use type {} outside a type constraint: {why}",
                self.tname(t)
            ),
        )
    }

    /// The marker method standing for a union's type set in a constraint interface.
    pub(super) fn union_marker(&mut self, terms: &[(bool, TypeExpr)]) -> CResult<IfaceMethod> {
        let mut ts = vec![];
        let mut text = vec![];
        for (tilde, te) in terms {
            let t = self.resolve_type(te)?;
            if *tilde && self.types.underlying(t) != t {
                return self.err(
                    te.span,
                    format!(
                        "invalid use of ~ ({}'s underlying type is {})",
                        self.tname(t),
                        self.tname(self.types.underlying(t))
                    ),
                );
            }
            if self.types.is_interface(t) {
                return self.err(te.span, "not supported here: interfaces in a union");
            }
            ts.push((*tilde, t));
            text.push(format!(
                "{}{}",
                if *tilde { "~" } else { "" },
                self.tname(t)
            ));
        }
        let idx = self.typesets.len();
        self.typesets.push(TypeSet {
            terms: ts,
            text: text.join(" | "),
        });
        let sig = self.types.func(vec![], vec![], false);
        Ok(IfaceMethod {
            name: format!("\0ts{idx}").into(),
            sig,
        })
    }

    /// Whether `t` (a type argument) satisfies `c` (a constraint), with Go's message.
    fn satisfies(&mut self, t: TypeId, c: TypeId, cname: &str) -> Result<(), String> {
        if self.stand_in(t).is_some() {
            // A stand-in satisfies what its own constraint allows; checked no further.
            return Ok(());
        }
        let tn = self.tname(t);
        let methods = self.types.iface_methods(c).to_vec();
        for m in &methods {
            if &*m.name == COMPARABLE {
                if !self.types.comparable(t) {
                    return Err(format!("{tn} does not satisfy {cname}"));
                }
            } else if let Some(i) = m.name.strip_prefix("\0ts") {
                let set = &self.typesets[i.parse::<usize>().unwrap_or(0)];
                let u = self.types.underlying(t);
                if !set
                    .terms
                    .iter()
                    .any(|&(tilde, x)| x == t || (tilde && x == u))
                {
                    // cmp.Ordered lists ~float32, which the engine lacks.
                    let text = if cname == "cmp.Ordered" {
                        set.text.replace("~float64", "~float32 | ~float64")
                    } else {
                        set.text.clone()
                    };
                    return Err(format!(
                        "{tn} does not satisfy {cname} ({tn} missing in {text})"
                    ));
                }
            }
        }
        let real: Vec<IfaceMethod> = methods
            .into_iter()
            .filter(|m| !m.name.starts_with('\0'))
            .collect();
        if !real.is_empty() {
            let only = self.types.intern(TypeKind::Interface(real));
            if let Err(why) = self.implements(t, only) {
                return Err(format!("{tn} does not satisfy {cname} {why}"));
            }
        }
        Ok(())
    }

    /// Checks each type argument against its constraint; `at` gives each one's
    /// position for the message.
    fn check_constraints(&mut self, def: usize, args: &[TypeId], at: &[Span]) -> CResult<()> {
        let b = self.bindings(def, args);
        let tps = self.generics[def].tparams.clone();
        for (i, p) in tps.iter().enumerate() {
            let c = self.in_def(def, b.clone(), |c| {
                let in_c = std::mem::replace(&mut c.in_constraint, true);
                let r = c.resolve_type(&p.constraint);
                c.in_constraint = in_c;
                r
            })?;
            let cname = constraint_text(&p.constraint);
            let cname = if cname.is_empty() {
                self.tname(c)
            } else {
                cname
            };
            if !self.types.is_interface(c) {
                // `[T int]`: a one-term type set.
                if args[i] != c && self.stand_in(args[i]).is_none() {
                    let sp = at.get(i).or(at.last()).copied().unwrap_or_default();
                    let (a, cn) = (self.tname(args[i]), self.tname(c));
                    return self.err(
                        sp,
                        format!("{a} does not satisfy {cn} ({a} missing in {cn})"),
                    );
                }
                continue;
            }
            if let Err(msg) = self.satisfies(args[i], c, &cname) {
                let sp = at.get(i).or(at.last()).copied().unwrap_or_default();
                return self.err(sp, msg);
            }
        }
        Ok(())
    }

    // ----- instantiation -----------------------------------------------------------

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
    pub(super) fn instantiate_type(
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
        if let Some(msg) = super::recursive_type_error(&self.types, t, &name) {
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
        let (base, ptr) = match &r.ty.kind {
            TypeExprKind::Pointer(inner) => (inner.as_ref(), true),
            _ => (&*r.ty, false),
        };
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
        let fid = self.file;
        self.file = self.generics[def].file;
        self.push_func_placeholder(name, f.span);
        self.file = fid;
        let site = self.site();
        self.pending.push(Pending {
            site,
            func: id,
            def,
            decl,
            bindings: b,
        });
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
        let fid = self.file;
        self.file = self.generics[def].file;
        self.push_func_placeholder(format!("{pkg_name}.{}[...]", f.name.name), f.span);
        self.file = fid;
        self.generics[def].instances.push((args, id));
        self.func_sigs.insert(id, sig);
        let site = self.site();
        self.pending.push(Pending {
            site,
            func: id,
            def,
            decl,
            bindings: b,
        });
        Ok((id, sig))
    }

    /// The span of the program's code being compiled, if it is the program's.
    fn site(&self) -> Span {
        match (self.file, self.fs.last()) {
            (FileId::User, Some(f)) => f.spans.last().copied().unwrap_or_default(),
            _ => Span::default(),
        }
    }

    /// Compiles every queued instance body (instances may queue more).
    pub(super) fn compile_pending(&mut self) -> CResult<()> {
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
    pub(super) fn check_generic_bodies(&mut self, pkg: usize) -> CResult<()> {
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
    pub(super) fn stand_in(&self, t: TypeId) -> Option<&str> {
        self.stand_in_types
            .iter()
            .find(|x| x.0 == t)
            .map(|x| x.1.as_str())
    }

    /// Whether every type in stand-in `t`'s type set is comparable (`comparable`, or
    /// terms that all are): what `==`, `!=` and a map key need of a type parameter.
    pub(super) fn stand_in_comparable(&self, t: TypeId) -> bool {
        self.stand_in_sets
            .iter()
            .find(|x| x.0 == t)
            .is_none_or(|x| x.1)
    }

    /// The terms of stand-in `t`'s type set (empty when its constraint has none).
    pub(super) fn stand_in_terms(&self, t: TypeId) -> Vec<TypeId> {
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

    // ----- expressions -------------------------------------------------------------

    /// The generic an expression names (`F`, `pkg.F`), if it names one.
    pub(super) fn generic_named(&mut self, e: &Expr) -> CResult<Option<(usize, String)>> {
        match &super::expr::strip_parens(e).kind {
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
                    Some(Entity::Generic(g)) if super::is_exported(&sel.name) => {
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
    pub(super) fn names_generic(&mut self, func: &Expr) -> CResult<bool> {
        let f = super::expr::strip_parens(func);
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
    pub(super) fn instance_expr(
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
    pub(super) fn generic_to(&mut self, e: &Expr, want: TypeId) -> CResult<Option<Operand>> {
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
    pub(super) fn generic_call_target(
        &mut self,
        func: &Expr,
        args: &[Expr],
        ellipsis: bool,
    ) -> CResult<Option<(u32, TypeId)>> {
        let f0 = super::expr::strip_parens(func);
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
                let lit = match &super::expr::strip_parens(a).kind {
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
                let Some(t) = inf.got[i] else { continue };
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

/// A constraint as Go writes it in messages: `any`, `~int | ~float64`.
fn constraint_text(c: &TypeExpr) -> String {
    if let TypeExprKind::Interface(elems) = &c.kind {
        if let [ast::InterfaceElem::Union(terms)] = elems.as_slice() {
            let ts: Vec<String> = terms
                .iter()
                .map(|(tilde, t)| {
                    format!(
                        "{}{}",
                        if *tilde { "~" } else { "" },
                        crate::syntax::parser::type_string(t)
                    )
                })
                .collect();
            return ts.join(" | ");
        }
        let es: Vec<String> = elems
            .iter()
            .map(|e| match e {
                ast::InterfaceElem::Union(terms) => terms
                    .iter()
                    .map(|(tilde, t)| {
                        format!(
                            "{}{}",
                            if *tilde { "~" } else { "" },
                            crate::syntax::parser::type_string(t)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" | "),
                ast::InterfaceElem::Embed(t) => crate::syntax::parser::type_string(t),
                ast::InterfaceElem::Method { name, sig } => {
                    let f = crate::syntax::parser::func_string(sig);
                    format!("{}{}", name.name, f.strip_prefix("func").unwrap_or(&f))
                }
            })
            .collect();
        return format!("interface{{{}}}", es.join("; "));
    }
    crate::syntax::parser::type_string(c)
}
