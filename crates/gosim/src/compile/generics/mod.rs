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

mod constraints;
mod infer;
mod instantiate;

use constraints::constraint_text;
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
}
