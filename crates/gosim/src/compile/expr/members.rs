//! Selectors and places: `x.f` on values, pointers and packages, embedded-field
//! paths, method receivers, addressability and `&x`.

use super::*;

impl Compiler {
    pub(super) fn selector(
        &mut self,
        x: &Expr,
        sel: &crate::syntax::ast::Ident,
        sp: Span,
    ) -> CResult<Operand> {
        // Package member?
        if let ExprKind::Ident(id) = &x.kind {
            if let Some(Entity::Package(p)) = self.lookup_quiet(&id.name) {
                self.lookup(&id.name, id.span)?; // marks the import used
                return self.package_member(p, &id.name, sel, sp);
            }
        }
        let xop = self.peek(x);
        let xop = xop?;
        if xop.mode == Mode::Type {
            return self.method_expr(xop.ty, sel, sp);
        }
        self.need_value(x, &xop)?;
        let Some(m) = self.find_member(xop.ty, &sel.name) else {
            if let Some(d) = self.missing_library_method(xop.ty, &sel.name, sel.span) {
                return Err(d);
            }
            let tn = self.tname(xop.ty);
            let what = if matches!(self.types.ukind(xop.ty), TypeKind::Pointer(p) if self.types.is_interface(*p))
            {
                format!(
                    "{}.{} undefined (type {tn} is pointer to interface, not interface)",
                    describe(x),
                    sel.name
                )
            } else {
                let od = self.operand_desc(x, &xop);
                format!(
                    "{}.{} undefined (type {tn} has no field or method {})",
                    describe(x),
                    sel.name,
                    sel.name
                )
                .replace(&format!("({od})"), "")
            };
            return self.err(sel.span, what);
        };
        if !is_exported(&sel.name) && self.field_from_other_package(xop.ty) {
            return self.err(
                sel.span,
                format!(
                    "{}.{} undefined (cannot refer to unexported field or method {})",
                    describe(x),
                    sel.name,
                    sel.name
                ),
            );
        }
        match m {
            Member::Field { path, ty } => {
                self.emit_member_access(x, &xop, &path, sp)?;
                Ok(Operand::value(ty))
            }
            Member::Method {
                path,
                func,
                pointer_recv,
                sig,
                ..
            } => {
                // A method value: bind the receiver now.
                self.emit_receiver(x, sel, &xop, &path, pointer_recv, sp)?;
                self.emit(Op::MethodValue(func), sp);
                Ok(Operand::value(sig))
            }
            Member::IfaceMethod { path, name, sig } => {
                if path.is_empty() {
                    self.expr(x)?;
                } else {
                    self.emit_member_access(x, &xop, &path, sp)?;
                }
                let id = self.method_name_id(&name);
                self.emit(Op::IfaceMethodValue(id), sp);
                Ok(Operand::value(sig))
            }
        }
    }

    pub(super) fn field_from_other_package(&self, t: TypeId) -> bool {
        let base = match self.types.kind(t) {
            TypeKind::Pointer(b) => *b,
            _ => t,
        };
        match self.types.named(base) {
            Some(n) => *n.pkg != *self.packages[self.cur_pkg].name && !n.pkg.is_empty(),
            None => false,
        }
    }

    /// What `pkg.sel` names in package `p` (imported as `pkg_name`): Go's errors for an
    /// unexported or undefined name.
    pub(super) fn package_entity(
        &self,
        p: usize,
        pkg_name: &str,
        sel: &crate::syntax::ast::Ident,
    ) -> CResult<Entity> {
        if !is_exported(&sel.name) {
            return Err(self.unexported_member(p, pkg_name, sel));
        }
        match self.packages[p].scope.get(&sel.name) {
            Some(e) => Ok(e.clone()),
            None => Err(self
                .missing_member(p, &sel.name, sel.span)
                .unwrap_or_else(|| {
                    crate::syntax::Diagnostic::new(
                        sel.span,
                        format!("undefined: {pkg_name}.{}", sel.name),
                    )
                })),
        }
    }

    /// Go's error for `pkg.sel` with `sel` unexported. Go looks the name up in the
    /// package's export data, which holds the unexported names its exported API and
    /// inlinable bodies reach (`UNEXPORTED_IN_GO`, measured with go1.27.3): one of those is
    /// `not exported`; any other is undefined, with an exported name equal but for case
    /// as a hint (`undefined: math.pi (but have Pi)`).
    fn unexported_member(
        &self,
        p: usize,
        pkg_name: &str,
        sel: &crate::syntax::ast::Ident,
    ) -> crate::syntax::Diagnostic {
        let pkg = &self.packages[p];
        let mut at = "";
        let known = UNEXPORTED_IN_GO.split(' ').any(|w| {
            let name = match w.split_once('.') {
                Some((path, name)) => {
                    at = path;
                    name
                }
                None => w,
            };
            at == pkg.path && name == sel.name
        });
        let msg = if known {
            format!("name {} not exported by package {}", sel.name, pkg.name)
        } else {
            let hint = pkg
                .scope
                .keys()
                .filter(|k| is_exported(k) && k.eq_ignore_ascii_case(&sel.name))
                .min();
            match hint {
                Some(h) => format!("undefined: {pkg_name}.{} (but have {h})", sel.name),
                None => format!("undefined: {pkg_name}.{}", sel.name),
            }
        };
        crate::syntax::Diagnostic::new(sel.span, msg)
    }

    pub(super) fn package_member(
        &mut self,
        p: usize,
        pkg_name: &str,
        sel: &crate::syntax::ast::Ident,
        sp: Span,
    ) -> CResult<Operand> {
        match self.package_entity(p, pkg_name, sel)? {
            Entity::Generic(g) => {
                self.uninstantiated(g as usize, &format!("{pkg_name}.{}", sel.name), sp)
            }
            Entity::Var(VarLoc::Global(g), ty) => {
                self.emit(Op::LoadGlobal(g), sp);
                Ok(Operand::value(ty))
            }
            Entity::Const(v, ty) => Ok(Operand::constant(v, ty)),
            Entity::Type(t) => Ok(Operand::of_type(t)),
            Entity::Func(f, ty) => {
                // A native used as a value keeps its NATIVE_BIT: calls through the
                // func value dispatch on it.
                self.emit(Op::Closure { func: f, ncaps: 0 }, sp);
                Ok(Operand::value(ty))
            }
            Entity::Builtin(b) => Ok(Operand {
                mode: Mode::Builtin(b),
                ty: ids::INVALID,
            }),
            _ => self.err(sel.span, format!("undefined: {pkg_name}.{}", sel.name)),
        }
    }

    /// Whether `e` denotes an addressable location.
    pub(crate) fn addressable(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Ident(id) => matches!(self.lookup_quiet(&id.name), Some(Entity::Var(..))),
            ExprKind::Paren(x) => self.addressable(x),
            ExprKind::Star(_) => true,
            ExprKind::Selector(x, _) => {
                if let ExprKind::Ident(id) = &x.kind {
                    if let Some(Entity::Package(_)) = self.lookup_quiet(&id.name) {
                        return true;
                    }
                }
                let t = self.peek(x).map(|o| o.ty);
                match t {
                    Ok(t) if matches!(self.types.ukind(t), TypeKind::Pointer(_)) => true,
                    _ => self.addressable(x),
                }
            }
            ExprKind::Index(x, _) => {
                let t = self.peek(x).map(|o| o.ty);
                match t.map(|t| self.types.ukind(t).clone()) {
                    Ok(TypeKind::Slice(_)) => true,
                    Ok(TypeKind::Pointer(_)) => true,
                    Ok(TypeKind::Array(..)) => self.addressable(x),
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// Emits a field read through `path` on `x`.
    pub(super) fn emit_member_access(
        &mut self,
        x: &Expr,
        xop: &Operand,
        path: &[(u32, bool)],
        sp: Span,
    ) -> CResult<()> {
        let is_ptr = matches!(self.types.ukind(xop.ty), TypeKind::Pointer(_));
        if self.emit_ref_to_member(x, is_ptr, path, sp)? {
            self.emit(Op::Deref, sp);
        } else {
            self.expr(x)?;
            let mut by_ref = false;
            for (i, (f, ptr)) in path.iter().enumerate() {
                if by_ref {
                    self.emit(Op::RefField(*f), sp);
                } else {
                    self.emit(Op::Field(*f), sp);
                }
                if *ptr && i + 1 < path.len() {
                    if by_ref {
                        self.emit(Op::Deref, sp);
                    }
                    by_ref = true;
                }
            }
            if by_ref {
                self.emit(Op::Deref, sp);
            }
        }
        Ok(())
    }

    /// When `x` is a pointer (`is_ptr`) or addressable, pushes a reference to the field
    /// `path` names in it and says true; otherwise emits nothing and says false.
    fn emit_ref_to_member(
        &mut self,
        x: &Expr,
        is_ptr: bool,
        path: &[(u32, bool)],
        sp: Span,
    ) -> CResult<bool> {
        if is_ptr {
            self.expr(x)?;
        } else if self.addressable(x) {
            self.addr(x)?;
        } else {
            return Ok(false);
        }
        self.emit_ref_path(path, sp);
        Ok(true)
    }

    /// Extends the reference on the stack along `path` (embedded pointers are followed).
    pub(super) fn emit_ref_path(&mut self, path: &[(u32, bool)], sp: Span) {
        for (i, (f, ptr)) in path.iter().enumerate() {
            self.emit(Op::RefField(*f), sp);
            if *ptr && i + 1 < path.len() {
                self.emit(Op::Deref, sp);
            }
        }
    }

    /// Emits the receiver for a method reached through `path`: a pointer for pointer
    /// receivers (taking the address of an addressable operand), else a value.
    /// Go's error for a pointer method selected on a value that is neither addressable
    /// nor reached through a pointer (`get().Inc()`), at the method's name.
    fn pointer_method_error(
        &self,
        sel: &crate::syntax::ast::Ident,
        xop: &Operand,
    ) -> crate::syntax::Diagnostic {
        let msg = format!(
            "cannot call pointer method {} on {}",
            sel.name,
            self.tname(xop.ty)
        );
        crate::syntax::Diagnostic::new(sel.span, msg)
    }

    pub(crate) fn emit_receiver(
        &mut self,
        x: &Expr,
        sel: &crate::syntax::ast::Ident,
        xop: &Operand,
        path: &[(u32, bool)],
        pointer_recv: bool,
        sp: Span,
    ) -> CResult<()> {
        let is_ptr = matches!(self.types.ukind(xop.ty), TypeKind::Pointer(_));
        let ends_in_ptr = path.last().map(|p| p.1).unwrap_or(is_ptr);
        if path.is_empty() {
            if pointer_recv {
                if is_ptr {
                    self.expr(x)?;
                } else if self.addressable(x) {
                    self.addr(x)?;
                } else {
                    return Err(self.pointer_method_error(sel, xop));
                }
            } else {
                // A typed constant receiver (`time.Second.String()`) is emitted here:
                // `expr` leaves constants for its caller to materialize.
                let op = self.expr(x)?;
                self.materialize(&op, op.ty, sp)?;
                if is_ptr {
                    self.emit(Op::Deref, sp);
                }
            }
            return Ok(());
        }
        // Reach the embedded field by reference when possible.
        if self.emit_ref_to_member(x, is_ptr, path, sp)? {
            // Now a reference to the embedded field (which may itself hold a pointer).
            if ends_in_ptr {
                self.emit(Op::Deref, sp); // the pointer value
                if !pointer_recv {
                    self.emit(Op::Deref, sp);
                }
            } else if !pointer_recv {
                self.emit(Op::Deref, sp);
            }
        } else {
            self.emit_member_access(x, xop, path, sp)?;
            if pointer_recv && !ends_in_ptr {
                return Err(self.pointer_method_error(sel, xop));
            }
            if !pointer_recv && ends_in_ptr {
                self.emit(Op::Deref, sp);
            }
        }
        Ok(())
    }

    /// Emits a reference to the addressable expression `e`; returns its type.
    pub(crate) fn addr(&mut self, e: &Expr) -> CResult<TypeId> {
        let sp = e.span;
        match &e.kind {
            ExprKind::Paren(x) => self.addr(x),
            ExprKind::Ident(id) => match self.lookup(&id.name, sp)? {
                Entity::Var(loc, ty) => {
                    self.mark_used(&id.name);
                    match loc {
                        VarLoc::Local(s) => self.emit(Op::RefLocal(s), sp),
                        VarLoc::Boxed(s) => self.emit(Op::Load(s), sp),
                        VarLoc::Global(g) => self.emit(Op::RefGlobal(g), sp),
                    };
                    Ok(ty)
                }
                _ => self.err(sp, format!("cannot take address of {}", id.name)),
            },
            ExprKind::Star(x) => {
                let t = self.value_expr(x)?;
                match self.types.ukind(t) {
                    TypeKind::Pointer(elem) => Ok(*elem),
                    _ => self.err(
                        sp,
                        format!("invalid operation: cannot indirect {}", describe(x)),
                    ),
                }
            }
            ExprKind::Selector(x, sel) => {
                if let ExprKind::Ident(id) = &x.kind {
                    if let Some(Entity::Package(p)) = self.lookup_quiet(&id.name) {
                        self.lookup(&id.name, id.span)?;
                        return match self.packages[p].scope.get(&sel.name).cloned() {
                            Some(Entity::Var(VarLoc::Global(g), ty)) if is_exported(&sel.name) => {
                                self.emit(Op::RefGlobal(g), sp);
                                Ok(ty)
                            }
                            _ => self.err(sp, format!("cannot take address of {}", describe(e))),
                        };
                    }
                }
                let xop = self.peek(x);
                let xop = xop?;
                match self.find_member(xop.ty, &sel.name) {
                    Some(Member::Field { path, ty }) => {
                        let is_ptr = matches!(self.types.ukind(xop.ty), TypeKind::Pointer(_));
                        if is_ptr {
                            self.expr(x)?;
                        } else {
                            self.addr(x)?;
                        }
                        self.emit_ref_path(&path, sp);
                        Ok(ty)
                    }
                    _ => self.err(
                        sel.span,
                        format!(
                            "{}.{} undefined (type {} has no field or method {})",
                            describe(x),
                            sel.name,
                            self.tname(xop.ty),
                            sel.name
                        ),
                    ),
                }
            }
            ExprKind::Index(x, i) => {
                let xop = self.peek(x);
                let xt = xop?.ty;
                match self.types.ukind(xt).clone() {
                    TypeKind::Slice(elem) => {
                        self.expr(x)?;
                        self.index_value(i)?;
                        self.emit(Op::RefSliceElem, sp);
                        Ok(elem)
                    }
                    TypeKind::Array(n, elem) => {
                        self.addr(x)?;
                        self.index_value_checked(i, Some(n))?;
                        self.emit(Op::RefIndex(n as u32), sp);
                        Ok(elem)
                    }
                    TypeKind::Pointer(p) => match self.types.ukind(p).clone() {
                        TypeKind::Array(n, elem) => {
                            self.expr(x)?;
                            self.index_value_checked(i, Some(n))?;
                            self.emit(Op::RefIndex(n as u32), sp);
                            Ok(elem)
                        }
                        _ => self.err(
                            sp,
                            format!("invalid operation: cannot index {}", describe(x)),
                        ),
                    },
                    TypeKind::Map(..) => self.err(
                        sp,
                        format!(
                            "cannot take address of {} (map index expression of type {})",
                            describe(e),
                            "value"
                        ),
                    ),
                    _ => self.err(sp, format!("cannot take address of {}", describe(e))),
                }
            }
            _ => self.err(sp, format!("cannot take address of {}", describe(e))),
        }
    }
}

/// The unexported names of the library's packages that Go 1.27's export data holds and
/// that differ from an exported name only in case (the only ones a program is likely to
/// write): `pkg.name`, then more names of the same package.
const UNEXPORTED_IN_GO: &str = "fmt.errorf strconv.unquote errors.asType maps.clone \
    unicode.properties to io.copyBuffer pipe os.dirFS executable file readlink removeAll root \
    sameFile tempDir math.acos acosh asin asinh atan atan2 atanh cbrt cos cosh erf erfc exp2 \
    expm1 frexp ldexp log10 log1p log2 mod pow remainder sin sinh sqrt tan tanh";
