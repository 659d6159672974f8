//! Expressions: checking and code generation.
//!
//! [`Compiler::expr`] checks an expression and emits the code that pushes its value,
//! except for constants, which are returned folded and emitted by
//! [`Compiler::materialize`] once the type they must take is known. To learn an
//! operand's type before emitting anything, the compiler runs the same code "dry"
//! (`self.dry > 0`), with emission switched off.

use std::rc::Rc;

use super::constant::{self, ConstVal};
use super::{describe, is_exported, Builtin, CResult, Compiler, Entity, Mode, Operand, VarLoc};
use crate::code::{CallKind, CmpKind, Conv, NumKind, Op, SeqKind};
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, KeyedElement, Span, UnaryOp};
use crate::types::{ids, ChanDir, IntKind, TypeId, TypeKind, UntypedKind};
use crate::value::{Value, F64};

pub(crate) use crate::types::Member;

impl Compiler {
    /// Checks `e` and emits code for its value (constants excepted).
    pub(crate) fn expr(&mut self, e: &Expr) -> CResult<Operand> {
        let sp = e.span;
        match &e.kind {
            ExprKind::Ident(id) => {
                if id.name == "_" {
                    return self.err(sp, "cannot use _ as value");
                }
                match self.lookup(&id.name, sp)? {
                    Entity::Var(loc, ty) => {
                        self.mark_used(&id.name);
                        let op = match loc {
                            VarLoc::Local(s) => Op::Load(s),
                            VarLoc::Boxed(s) => Op::LoadBox(s),
                            VarLoc::Global(g) => Op::LoadGlobal(g),
                        };
                        self.emit(op, sp);
                        Ok(Operand::value(ty))
                    }
                    Entity::Const(v, ty) => Ok(Operand {
                        mode: Mode::Const(v),
                        ty,
                    }),
                    Entity::Type(t) => Ok(Operand {
                        mode: Mode::Type,
                        ty: t,
                    }),
                    Entity::Func(f, ty) => {
                        // A dry peek only asks for the type; emitting a native as a value
                        // (not a call) is what is unsupported.
                        if f & crate::NATIVE_BIT != 0 && self.dry == 0 {
                            return self.err(sp, format!("cannot use {} as a value here", id.name));
                        }
                        self.emit(Op::Closure { func: f, ncaps: 0 }, sp);
                        Ok(Operand::value(ty))
                    }
                    Entity::Builtin(b) => Ok(Operand {
                        mode: Mode::Builtin(b),
                        ty: ids::INVALID,
                    }),
                    Entity::Package(p) => Ok(Operand {
                        mode: Mode::Package(p),
                        ty: ids::INVALID,
                    }),
                    Entity::Nil => Ok(Operand {
                        mode: Mode::Value,
                        ty: ids::UNTYPED_NIL,
                    }),
                }
            }
            ExprKind::IntLit(s) => match constant::parse_int(s) {
                Some(v) => Ok(Operand {
                    mode: Mode::Const(ConstVal::Int(v)),
                    ty: ids::UNTYPED_INT,
                }),
                None => self.err(sp, format!("integer constant overflow: {s}")),
            },
            ExprKind::FloatLit(s) => match constant::parse_float(s) {
                Some(v) => Ok(Operand {
                    mode: Mode::Const(ConstVal::Float(v)),
                    ty: ids::UNTYPED_FLOAT,
                }),
                None => self.err(sp, format!("invalid float literal {s}")),
            },
            ExprKind::CharLit(c) => Ok(Operand {
                mode: Mode::Const(ConstVal::Int(*c as i128)),
                ty: ids::UNTYPED_RUNE,
            }),
            ExprKind::StringLit { bytes } => Ok(Operand {
                mode: Mode::Const(ConstVal::Str(bytes.clone())),
                ty: ids::UNTYPED_STRING,
            }),
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::FuncLit { sig, body } => {
                let t = self.resolve_sig(sig)?;
                if self.dry > 0 {
                    return Ok(Operand::value(t));
                }
                self.func_lit(sig, body, t, sp)?;
                Ok(Operand::value(t))
            }
            ExprKind::Composite { ty, elems, .. } => {
                let Some(ty) = ty else {
                    return self.err(sp, "invalid composite literal type: missing type");
                };
                let t = self.composite_type(ty, elems)?;
                self.composite(t, elems, sp)?;
                Ok(Operand::value(t))
            }
            ExprKind::TypeLit(te) => {
                let t = self.resolve_type(te)?;
                Ok(Operand {
                    mode: Mode::Type,
                    ty: t,
                })
            }
            ExprKind::Selector(x, sel) => self.selector(x, sel, sp),
            ExprKind::Index(x, i) => self.index(x, i, sp, false),
            ExprKind::SliceExpr { x, lo, hi, max } => {
                self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref(), sp)
            }
            ExprKind::TypeAssert { x, ty } => {
                let Some(ty) = ty else {
                    return self.err(
                        sp,
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                };
                let xt = self.value_expr(x)?;
                if !self.types.is_interface(xt) {
                    return self.err(
                        x.span,
                        format!(
                            "invalid operation: {} (variable of type {}) is not an interface",
                            describe(x),
                            self.tname(xt)
                        ),
                    );
                }
                let t = self.resolve_type(ty)?;
                self.check_assert_possible(xt, t, sp)?;
                let zero = self.zero_const(t);
                self.emit(
                    Op::Assert {
                        ty: t,
                        zero,
                        ok: false,
                    },
                    sp,
                );
                Ok(Operand::value(t))
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call(func, args, *ellipsis, sp),
            ExprKind::Star(x) => {
                let op = self.expr(x)?;
                if op.mode == Mode::Type {
                    let t = self.types.pointer(op.ty);
                    return Ok(Operand {
                        mode: Mode::Type,
                        ty: t,
                    });
                }
                if op.ty == ids::UNTYPED_NIL {
                    return self.err(sp, "invalid operation: cannot indirect nil");
                }
                let TypeKind::Pointer(elem) = *self.types.ukind(op.ty) else {
                    {
                        let od__ = self.operand_desc(x, &op);
                        return self.err(
                            sp,
                            format!(
                                "invalid operation: cannot indirect {} ({})",
                                describe(x),
                                od__
                            ),
                        );
                    };
                };
                self.emit(Op::Deref, sp);
                Ok(Operand::value(elem))
            }
            ExprKind::Unary(op, x) => self.unary(*op, x, sp),
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, sp),
        }
    }

    /// Checks `e` as a single value and emits it with its default type.
    pub(crate) fn value_expr(&mut self, e: &Expr) -> CResult<TypeId> {
        let op = self.expr(e)?;
        self.need_value(e, &op)?;
        let t = if op.ty == ids::UNTYPED_NIL {
            ids::UNTYPED_NIL
        } else {
            self.types.default_type(op.ty)
        };
        self.materialize(&op, t, e.span)?;
        Ok(t)
    }

    fn need_value(&self, e: &Expr, op: &Operand) -> CResult<()> {
        match op.mode {
            Mode::Void => self.err(e.span, format!("{} (no value) used as value", describe(e))),
            Mode::Type => self.err(
                e.span,
                format!("{} (type) is not an expression", describe(e)),
            ),
            Mode::Builtin(_) => self.err(
                e.span,
                format!(
                    "{} (built-in function {}) must be called",
                    describe(e),
                    describe(e)
                ),
            ),
            Mode::Package(_) => self.err(
                e.span,
                format!("use of package {} without selector", describe(e)),
            ),
            _ => {
                if let TypeKind::Tuple(_) = self.types.kind(op.ty) {
                    return self.err(
                        e.span,
                        format!(
                            "multiple-value {} (value of type {}) in single-value context",
                            describe(e),
                            self.tname(op.ty)
                        ),
                    );
                }
                Ok(())
            }
        }
    }

    /// Emits `e` converted to type `want` (assignability checked), as for an assignment.
    pub(crate) fn expr_to(&mut self, e: &Expr, want: TypeId, context: &str) -> CResult<()> {
        // Elided composite literal types are not allowed here; plain expressions only.
        let op = self.expr(e)?;
        self.need_value(e, &op)?;
        self.assignable(e, &op, want, context)?;
        self.materialize(&op, want, e.span)
    }

    /// Emits the push of a constant or the interface wrapping that a value needs to
    /// take type `want`.
    pub(crate) fn materialize(&mut self, op: &Operand, want: TypeId, sp: Span) -> CResult<()> {
        match &op.mode {
            Mode::Const(v) => {
                let target = if self.types.is_interface(want) {
                    self.types.default_type(op.ty)
                } else {
                    want
                };
                let target = if self.types.is_untyped(target) {
                    self.types.default_type(target)
                } else {
                    target
                };
                let cv = self.convert_const(v, op.ty, target, sp)?;
                let val = self.const_to_value(&cv, target);
                let k = self.konst(val);
                self.emit(Op::Const(k), sp);
                if self.types.is_interface(want) {
                    self.emit(Op::ToIface(target), sp);
                }
                Ok(())
            }
            Mode::Value => {
                if op.ty == ids::UNTYPED_NIL {
                    // The stack already has Nil (Ident nil emits nothing: push it).
                    self.emit(Op::Nil, sp);
                    return Ok(());
                }
                if self.types.is_interface(want) && !self.types.is_interface(op.ty) {
                    let t = self.types.default_type(op.ty);
                    self.emit(Op::ToIface(t), sp);
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    pub(crate) fn const_to_value(&self, v: &ConstVal, t: TypeId) -> Value {
        match v {
            ConstVal::Bool(b) => Value::Bool(*b),
            ConstVal::Int(i) => {
                if self.types.is_float(t) {
                    Value::Float(F64(*i as f64))
                } else {
                    let k = self.types.int_kind(t).unwrap_or(IntKind::Int64);
                    Value::Int(k.wrap(*i as i64))
                }
            }
            ConstVal::Float(f) => {
                if self.types.is_integer(t) {
                    Value::Int(*f as i64)
                } else {
                    // Go's constants are exact numbers, with no negative zero: `-0.0`
                    // is 0. Adding +0.0 turns a -0.0 left by f64 arithmetic into +0.0.
                    Value::Float(F64(*f + 0.0))
                }
            }
            ConstVal::Str(s) => Value::bytes(s),
        }
    }

    /// Converts constant `v` of type `from` to type `to`, checking representability.
    pub(crate) fn convert_const(
        &mut self,
        v: &ConstVal,
        from: TypeId,
        to: TypeId,
        sp: Span,
    ) -> CResult<ConstVal> {
        let tu = self.types.underlying(to);
        let desc = || v.describe();
        let ok = match (self.types.kind(tu).clone(), v) {
            (TypeKind::Int(k), _) => match v.as_int() {
                Some(i) if k.fits(i) => return Ok(ConstVal::Int(i)),
                Some(_) => {
                    let what = if self.types.is_untyped(from) {
                        format!(
                            "{} (untyped {} constant)",
                            desc(),
                            untyped_word(&self.types, from)
                        )
                    } else {
                        desc()
                    };
                    return self.err(
                        sp,
                        format!(
                            "cannot use {what} as {} value in {} (overflows)",
                            self.tname(to),
                            "assignment"
                        )
                        .replace(" in assignment (overflows)", " (overflows)"),
                    );
                }
                None if matches!(v, ConstVal::Float(_)) => {
                    return self.err(sp, format!("cannot use {} (untyped float constant) as {} value in assignment (truncated)", desc(), self.tname(to)).replace(" in assignment (truncated)", " (truncated)"));
                }
                None => false,
            },
            (TypeKind::Float64, ConstVal::Int(i)) => return Ok(ConstVal::Float(*i as f64)),
            (TypeKind::Float64, ConstVal::Float(_)) => true,
            (TypeKind::String, ConstVal::Str(_)) => true,
            (TypeKind::Bool, ConstVal::Bool(_)) => true,
            (TypeKind::Untyped(_), _) => true,
            (TypeKind::Interface(_), _) => true,
            _ => false,
        };
        if ok {
            Ok(v.clone())
        } else {
            let what = if self.types.is_untyped(from) {
                format!(
                    "{} (untyped {} constant)",
                    desc(),
                    untyped_word(&self.types, from)
                )
            } else {
                format!("{} (constant of type {})", desc(), self.tname(from))
            };
            self.err(sp, format!("cannot use {what} as {} value", self.tname(to)))
        }
    }

    /// Go's description of an operand for messages: `x (variable of type int)`.
    /// A type's name as Go's type checker writes it in messages about the package
    /// being compiled.
    pub(crate) fn tname(&self, t: TypeId) -> String {
        self.types.name_in(t, &self.packages[self.cur_pkg].name)
    }

    pub(crate) fn operand_desc(&mut self, e: &Expr, op: &Operand) -> String {
        // A named type is described with its kind: `variable of struct type S`.
        let tn = if self.types.named(op.ty).is_some() {
            format!("{} type {}", self.types.kind_word(op.ty), self.tname(op.ty))
        } else {
            format!("type {}", self.tname(op.ty))
        };
        match &op.mode {
            Mode::Const(v) => {
                if self.types.is_untyped(op.ty) {
                    format!("untyped {} constant", untyped_word(&self.types, op.ty))
                } else if matches!(e.kind, ExprKind::Ident(_)) {
                    format!("constant {} of {tn}", v.describe())
                } else {
                    format!("constant of {tn}")
                }
            }
            _ => {
                if op.ty == ids::UNTYPED_NIL {
                    return "untyped nil".into();
                }
                let is_var = match &e.kind {
                    ExprKind::Ident(i) => {
                        matches!(self.lookup_quiet(&i.name), Some(Entity::Var(..)))
                    }
                    ExprKind::Selector(x, _) => {
                        // A struct field counts as a variable; a package member var too.
                        !matches!(x.kind, ExprKind::Call { .. })
                    }
                    ExprKind::Index(..) | ExprKind::Star(_) => true,
                    _ => false,
                };
                if is_var {
                    format!("variable of {tn}")
                } else {
                    format!("value of {tn}")
                }
            }
        }
    }

    /// Where variable `name` lives, if it names a variable.
    pub(crate) fn lookup_quiet_var(&mut self, name: &str) -> Option<VarLoc> {
        match self.lookup_quiet(name) {
            Some(Entity::Var(loc, _)) => Some(loc),
            _ => None,
        }
    }

    fn lookup_quiet(&mut self, name: &str) -> Option<Entity> {
        self.dry += 1;
        let r = self.lookup(name, Span::default()).ok();
        self.dry -= 1;
        r
    }

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
                            TypeKind::Int(_) | TypeKind::Float64
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
                if let TypeKind::Int(k) = *self.types.ukind(to) {
                    match v.as_int() {
                        Some(i) if !k.fits(i) => {
                            return self.err(e.span, format!("cannot use {} (untyped {} constant {}) as {} value in {context} (overflows)", describe(e), untyped_word(&self.types, from), v.describe(), self.tname(to)).replace(&format!(" constant {})", v.describe()), " constant)").replace("(untyped int constant)", &format!("(untyped int constant {})", v.describe())));
                        }
                        None => {
                            return self.err(e.span, format!("cannot use {} (untyped float constant) as {} value in {context} (truncated)", describe(e), self.tname(to)));
                        }
                        _ => {}
                    }
                }
                return Ok(());
            }
        }
        self.check_assignable(op.ty, to, e.span, context)
            .or_else(|_| {
                let od = self.operand_desc(e, op);
                let mut msg = format!(
                    "cannot use {} ({od}) as {} value in {context}",
                    describe(e),
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
                }
                self.err(e.span, msg)
            })
    }

    fn check_implements_or_err(
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
        let od = self.operand_desc(e, op);
        let why = self.implements(from, to).err().unwrap_or_default();
        self.err(
            e.span,
            format!(
                "cannot use {} ({od}) as {} value in {context}: {} does not implement {} {why}",
                describe(e),
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
            return self.err(
                sp,
                format!("cannot use nil as {} value in {context}", t.name(to)),
            );
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
        if uf == ut && (t.named(from).is_none() || t.named(to).is_none()) && !t.is_interface(to) {
            return Ok(());
        }
        if self.types.is_interface(to) && self.implements(from, to).is_ok() {
            return Ok(());
        }
        let t = &self.types;
        if let (TypeKind::Chan(ChanDir::Both, e1), TypeKind::Chan(_, e2)) = (t.kind(uf), t.kind(ut))
        {
            if e1 == e2 && (t.named(from).is_none() || t.named(to).is_none()) {
                return Ok(());
            }
        }
        self.err(
            sp,
            format!(
                "cannot use value of type {} as {} value in {context}",
                t.name(from),
                t.name(to)
            ),
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

    fn check_assert_possible(&mut self, iface: TypeId, t: TypeId, sp: Span) -> CResult<()> {
        if self.types.is_interface(t) {
            return Ok(());
        }
        if let Err(why) = self.implements(t, iface) {
            return self.err(
                sp,
                format!(
                    "impossible type assertion: {} does not implement {} {why}",
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

    // ----- selectors ---------------------------------------------------------------

    fn selector(
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
        self.dry += 1;
        let xop = self.expr(x);
        self.dry -= 1;
        let xop = xop?;
        if xop.mode == Mode::Type {
            // Method expression T.M / (*T).M.
            return self.err(sp, "not supported here: method expressions");
        }
        self.need_value(x, &xop)?;
        let Some(m) = self.find_member(xop.ty, &sel.name) else {
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
                self.emit_receiver(x, &xop, &path, pointer_recv, sp)?;
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

    fn field_from_other_package(&self, t: TypeId) -> bool {
        let base = match self.types.kind(t) {
            TypeKind::Pointer(b) => *b,
            _ => t,
        };
        match self.types.named(base) {
            Some(n) => *n.pkg != *self.packages[self.cur_pkg].name && !n.pkg.is_empty(),
            None => false,
        }
    }

    fn package_member(
        &mut self,
        p: usize,
        pkg_name: &str,
        sel: &crate::syntax::ast::Ident,
        sp: Span,
    ) -> CResult<Operand> {
        if !is_exported(&sel.name) {
            return self.err(
                sel.span,
                format!(
                    "name {} not exported by package {}",
                    sel.name, self.packages[p].name
                ),
            );
        }
        if generic_sync_func(&self.packages[p].path, &sel.name) {
            return self.err(
                sp,
                format!(
                    "cannot use generic function {pkg_name}.{} without instantiation",
                    sel.name
                ),
            );
        }
        let Some(e) = self.packages[p].scope.get(&sel.name).cloned() else {
            return self.err(sel.span, format!("undefined: {pkg_name}.{}", sel.name));
        };
        match e {
            Entity::Var(VarLoc::Global(g), ty) => {
                self.emit(Op::LoadGlobal(g), sp);
                Ok(Operand::value(ty))
            }
            Entity::Const(v, ty) => Ok(Operand {
                mode: Mode::Const(v),
                ty,
            }),
            Entity::Type(t) => Ok(Operand {
                mode: Mode::Type,
                ty: t,
            }),
            Entity::Func(f, ty) => {
                // A native used as a value keeps its NATIVE_BIT: calls through the
                // func value dispatch on it.
                self.emit(Op::Closure { func: f, ncaps: 0 }, sp);
                Ok(Operand::value(ty))
            }
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
                self.dry += 1;
                let t = self.expr(x).map(|o| o.ty);
                self.dry -= 1;
                match t {
                    Ok(t) if matches!(self.types.ukind(t), TypeKind::Pointer(_)) => true,
                    _ => self.addressable(x),
                }
            }
            ExprKind::Index(x, _) => {
                self.dry += 1;
                let t = self.expr(x).map(|o| o.ty);
                self.dry -= 1;
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
    fn emit_member_access(
        &mut self,
        x: &Expr,
        xop: &Operand,
        path: &[(u32, bool)],
        sp: Span,
    ) -> CResult<()> {
        let is_ptr = matches!(self.types.ukind(xop.ty), TypeKind::Pointer(_));
        if is_ptr || self.addressable(x) {
            if is_ptr {
                self.expr(x)?;
            } else {
                self.addr(x)?;
            }
            self.emit_ref_path(path, sp);
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

    /// Extends the reference on the stack along `path` (embedded pointers are followed).
    fn emit_ref_path(&mut self, path: &[(u32, bool)], sp: Span) {
        for (i, (f, ptr)) in path.iter().enumerate() {
            self.emit(Op::RefField(*f), sp);
            if *ptr && i + 1 < path.len() {
                self.emit(Op::Deref, sp);
            }
        }
    }

    /// Emits the receiver for a method reached through `path`: a pointer for pointer
    /// receivers (taking the address of an addressable operand), else a value.
    pub(crate) fn emit_receiver(
        &mut self,
        x: &Expr,
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
                    let m = describe(x);
                    return self.err(sp, format!("cannot call pointer method on {m}"));
                }
            } else {
                self.expr(x)?;
                if is_ptr {
                    self.emit(Op::Deref, sp);
                }
            }
            return Ok(());
        }
        // Reach the embedded field by reference when possible.
        if is_ptr || self.addressable(x) {
            if is_ptr {
                self.expr(x)?;
            } else {
                self.addr(x)?;
            }
            self.emit_ref_path(path, sp);
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
                return self.err(sp, format!("cannot call pointer method on {}", describe(x)));
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
                self.dry += 1;
                let xop = self.expr(x);
                self.dry -= 1;
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
                self.dry += 1;
                let xop = self.expr(x);
                self.dry -= 1;
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

    fn index_value(&mut self, i: &Expr) -> CResult<()> {
        self.index_value_checked(i, None)
    }

    /// Emits an index operand (an integer); constant indices are checked against `len`.
    fn index_value_checked(&mut self, i: &Expr, len: Option<u64>) -> CResult<()> {
        let op = self.expr(i)?;
        self.need_value(i, &op)?;
        if let Mode::Const(v) = &op.mode {
            let Some(n) = v.as_int() else {
                {
                    let od__ = self.operand_desc(i, &op);
                    return self.err(
                        i.span,
                        format!(
                            "invalid argument: index {} ({}) must be integer",
                            describe(i),
                            od__
                        ),
                    );
                };
            };
            if n < 0 {
                return self.err(
                    i.span,
                    format!(
                        "invalid argument: index {} (constant of type int) must not be negative",
                        describe(i)
                    ),
                );
            }
            if let Some(l) = len {
                if n as u64 >= l {
                    return self.err(
                        i.span,
                        format!("invalid argument: index {n} out of bounds [0:{l}]"),
                    );
                }
            }
            self.materialize(&op, ids::INT, i.span)?;
            return Ok(());
        }
        if !self.types.is_integer(op.ty) {
            let od = self.operand_desc(i, &op);
            return self.err(
                i.span,
                format!(
                    "invalid argument: index {} ({od}) must be integer",
                    describe(i)
                ),
            );
        }
        Ok(())
    }

    fn index(&mut self, x: &Expr, i: &Expr, sp: Span, _comma_ok: bool) -> CResult<Operand> {
        if let ExprKind::Selector(px, sel) = &strip_parens(x).kind {
            if let ExprKind::Ident(id) = &px.kind {
                if let Some(Entity::Package(p)) = self.lookup_quiet(&id.name) {
                    if generic_sync_func(&self.packages[p].path, &sel.name) {
                        return self.err(
                            sp,
                            format!(
                                "not supported here: explicit type arguments (call {}.{}(f) and the type is inferred from f)",
                                id.name, sel.name
                            ),
                        );
                    }
                }
            }
        }
        self.dry += 1;
        let xop = self.expr(x);
        self.dry -= 1;
        let xop = xop?;
        if xop.mode == Mode::Type {
            return self.err(sp, "not supported here: generics (type instantiation)");
        }
        if let Mode::Const(ConstVal::Str(s)) = &xop.mode {
            if let Mode::Const(iv) = self.peek(i)?.mode {
                if let Some(n) = iv.as_int() {
                    if n < 0 || n as usize >= s.len() {
                        return self.err(
                            i.span,
                            format!("invalid argument: index {n} out of bounds [0:{}]", s.len()),
                        );
                    }
                }
            }
        }
        match self.types.ukind(xop.ty).clone() {
            TypeKind::String | TypeKind::Untyped(UntypedKind::String) => {
                let xt = self.value_expr(x)?;
                let _ = xt;
                self.index_value(i)?;
                self.emit(Op::Index(SeqKind::Str), sp);
                Ok(Operand::value(ids::UINT8))
            }
            TypeKind::Slice(elem) => {
                self.expr(x)?;
                self.index_value(i)?;
                self.emit(Op::Index(SeqKind::Slice), sp);
                Ok(Operand::value(elem))
            }
            TypeKind::Array(n, elem) => {
                if self.addressable(x) {
                    self.addr(x)?;
                    self.index_value_checked(i, Some(n))?;
                    self.emit(Op::RefIndex(n as u32), sp);
                    self.emit(Op::Deref, sp);
                } else {
                    self.expr(x)?;
                    self.index_value_checked(i, Some(n))?;
                    self.emit(Op::Index(SeqKind::Array(n as u32)), sp);
                }
                Ok(Operand::value(elem))
            }
            TypeKind::Pointer(p) => match self.types.ukind(p).clone() {
                TypeKind::Array(n, elem) => {
                    self.expr(x)?;
                    self.index_value_checked(i, Some(n))?;
                    self.emit(Op::RefIndex(n as u32), sp);
                    self.emit(Op::Deref, sp);
                    Ok(Operand::value(elem))
                }
                _ => {
                    let od__ = self.operand_desc(x, &xop);
                    self.err(
                        sp,
                        format!("invalid operation: cannot index {} ({})", describe(x), od__),
                    )
                }
            },
            TypeKind::Map(k, v) => {
                self.expr(x)?;
                self.expr_to(i, k, "map index")?;
                let zero = self.zero_const(v);
                self.emit(Op::MapGet { zero, ok: false }, sp);
                Ok(Operand::value(v))
            }
            _ => {
                let od = self.operand_desc(x, &xop);
                self.err(
                    sp,
                    format!("invalid operation: cannot index {} ({od})", describe(x)),
                )
            }
        }
    }

    fn peek(&mut self, e: &Expr) -> CResult<Operand> {
        self.dry += 1;
        let r = self.expr(e);
        self.dry -= 1;
        r
    }

    fn slice_expr(
        &mut self,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        sp: Span,
    ) -> CResult<Operand> {
        let xop = self.peek(x)?;
        let (kind, result) = match self.types.ukind(xop.ty).clone() {
            TypeKind::String | TypeKind::Untyped(UntypedKind::String) => {
                if max.is_some() {
                    return self.err(sp, "invalid operation: 3-index slice of string");
                }
                self.value_expr(x)?;
                (
                    SeqKind::Str,
                    if xop.ty == ids::UNTYPED_STRING {
                        ids::STRING
                    } else {
                        xop.ty
                    },
                )
            }
            TypeKind::Slice(_) => {
                self.expr(x)?;
                (SeqKind::Slice, xop.ty)
            }
            TypeKind::Array(n, elem) => {
                if !self.addressable(x) {
                    return self.err(
                        sp,
                        format!(
                            "invalid operation: {} (slice of unaddressable value)",
                            describe(x)
                        ),
                    );
                }
                self.addr(x)?;
                (SeqKind::ArrayRef(n as u32), self.types.slice(elem))
            }
            TypeKind::Pointer(p) => match self.types.ukind(p).clone() {
                TypeKind::Array(n, elem) => {
                    self.expr(x)?;
                    (SeqKind::ArrayRef(n as u32), self.types.slice(elem))
                }
                _ => return self.err(sp, format!("cannot slice {}", describe(x))),
            },
            _ => {
                let od = self.operand_desc(x, &xop);
                return self.err(sp, format!("cannot slice {} ({od})", describe(x)));
            }
        };
        for part in [lo, hi, max].into_iter().flatten() {
            self.index_value(part)?;
        }
        self.emit(
            Op::SliceOf {
                kind,
                lo: lo.is_some(),
                hi: hi.is_some(),
                max: max.is_some(),
            },
            sp,
        );
        Ok(Operand::value(result))
    }

    // ----- composite literals --------------------------------------------------------

    fn composite_type(&mut self, ty: &Expr, elems: &[KeyedElement]) -> CResult<TypeId> {
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
                    let mut seen = vec![];
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
                        let Some(idx) = fields.iter().position(|f| *f.name == kid.name) else {
                            return self.err(
                                k.span,
                                format!(
                                    "unknown field {} in struct literal of type {}",
                                    kid.name,
                                    self.tname(t)
                                ),
                            );
                        };
                        if seen.contains(&idx) {
                            return self.err(
                                k.span,
                                format!("duplicate field name {} in struct literal", kid.name),
                            );
                        }
                        seen.push(idx);
                        self.elem_value(&el.value, fields[idx].ty, "struct literal")?;
                        self.emit(Op::SetAgg(idx as u32), sp);
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
                        self.elem_value(&el.value, elem, "slice literal")?;
                    }
                    self.emit(Op::SliceLit(elems.len() as u32), sp);
                } else {
                    // Sparse: build as an array value, then slice a heap copy of it.
                    let at = self.types.intern(TypeKind::Array(len, elem));
                    let z = self.zero_const(at);
                    self.emit(Op::Const(z), sp);
                    for (el, i) in elems.iter().zip(idxs) {
                        self.elem_value(&el.value, elem, "slice literal")?;
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
                for el in elems {
                    let Some(key) = &el.key else {
                        return self.err(el.value.span, "missing key in map literal");
                    };
                    self.elem_value(key, k, "map literal")?;
                    self.elem_value(&el.value, v, "map literal")?;
                }
                self.emit(Op::MapLit(elems.len() as u32), sp);
                Ok(())
            }
            _ => self.err(
                sp,
                format!("invalid composite literal type {}", self.tname(t)),
            ),
        }
    }

    fn literal_indices(&mut self, elems: &[KeyedElement], len: Option<u64>) -> CResult<Vec<u64>> {
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
    fn elem_value(&mut self, e: &Expr, t: TypeId, context: &str) -> CResult<()> {
        if let ExprKind::Composite {
            ty: None, elems, ..
        } = &e.kind
        {
            if let TypeKind::Pointer(inner) = *self.types.ukind(t) {
                self.composite(inner, elems, e.span)?;
                self.emit(Op::Alloc, e.span);
                return Ok(());
            }
            return self.composite(t, elems, e.span);
        }
        if let ExprKind::Unary(UnaryOp::Addr, inner) = &e.kind {
            if let ExprKind::Composite {
                ty: None, elems, ..
            } = &inner.kind
            {
                if let TypeKind::Pointer(it) = *self.types.ukind(t) {
                    self.composite(it, elems, e.span)?;
                    self.emit(Op::Alloc, e.span);
                    return Ok(());
                }
            }
        }
        self.expr_to(e, t, context)
    }

    // ----- closures --------------------------------------------------------------------

    fn func_lit(
        &mut self,
        sig: &crate::syntax::ast::FuncType,
        body: &crate::syntax::ast::Block,
        t: TypeId,
        sp: Span,
    ) -> CResult<()> {
        let outer_name = self
            .fs
            .last()
            .map(|f| self.funcs[f.func as usize].name.clone())
            .unwrap_or_else(|| "main".into());
        // Go names closures after the outermost named function: main.main.func1.
        let base = outer_name
            .split(".func")
            .next()
            .unwrap_or(&outer_name)
            .to_string();
        let n = self.lit_counter.get_or_default(base.clone());
        *n += 1;
        let name = format!("{base}.func{n}");
        let id = self.funcs.len() as u32;
        self.push_func_placeholder(name, sp);
        let s = self
            .types
            .signature(t)
            .cloned()
            .unwrap_or(crate::types::Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            });
        let params: Vec<_> = sig
            .params
            .iter()
            .zip(&s.params)
            .map(|(p, t)| (p.name.as_ref(), *t))
            .collect();
        let results: Vec<_> = sig
            .results
            .iter()
            .zip(&s.results)
            .map(|(p, t)| (p.name.as_ref(), *t))
            .collect();
        let escaping = Rc::new(super::escape::escaping_names(body, sig, None));
        self.compile_body(id, &params, &results, body, escaping, vec![], sp)?;
        let caps = std::mem::take(&mut self.last_captures);
        for (name, _, loc, _) in &caps {
            match loc {
                VarLoc::Boxed(s) => self.emit(Op::Load(*s), sp),
                VarLoc::Local(_) | VarLoc::Global(_) => {
                    return self.err(
                        sp,
                        format!("internal error: captured variable {name} is not on the heap"),
                    );
                }
            };
        }
        self.emit(
            Op::Closure {
                func: id,
                ncaps: caps.len() as u32,
            },
            sp,
        );
        Ok(())
    }

    // ----- operators -------------------------------------------------------------------

    fn unary(&mut self, op: UnaryOp, x: &Expr, sp: Span) -> CResult<Operand> {
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
                    let od = self.operand_desc(x, &xop);
                    return self.err(
                        sp,
                        format!(
                            "invalid operation: cannot take address of {} ({od})",
                            describe(x)
                        ),
                    );
                }
                let t = self.addr(x)?;
                Ok(Operand::value(self.types.pointer(t)))
            }
            UnaryOp::Recv => {
                let t = self.value_expr(x)?;
                let TypeKind::Chan(dir, elem) = *self.types.ukind(t) else {
                    return self.err(sp, format!("invalid operation: cannot receive from non-channel {} (variable of type {})", describe(x), self.tname(t)));
                };
                if dir == ChanDir::Send {
                    return self.err(sp, format!("invalid operation: cannot receive from send-only channel {} (variable of type {})", describe(x), self.tname(t)));
                }
                self.emit(Op::Recv { ok: false }, sp);
                Ok(Operand::value(elem))
            }
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
                        return self.err(
                            sp,
                            format!(
                                "invalid operation: operator + not defined on {} ({od})",
                                describe(x)
                            ),
                        );
                    }
                    UnaryOp::Neg => {
                        let k = self.num_kind(t).filter(|k| *k != NumKind::Str);
                        let Some(k) = k else {
                            let od = self.operand_desc(x, &xo);
                            return self.err(
                                sp,
                                format!(
                                    "invalid operation: operator - not defined on {} ({od})",
                                    describe(x)
                                ),
                            );
                        };
                        self.emit(Op::Neg(k), sp);
                    }
                    UnaryOp::Not => {
                        if !self.types.is_boolean(t) {
                            let od = self.operand_desc(x, &xo);
                            return self.err(
                                sp,
                                format!(
                                    "invalid operation: operator ! not defined on {} ({od})",
                                    describe(x)
                                ),
                            );
                        }
                        self.emit(Op::Not, sp);
                    }
                    UnaryOp::BitNot => {
                        let Some(k) = self.types.int_kind(t) else {
                            let od = self.operand_desc(x, &xo);
                            return self.err(
                                sp,
                                format!(
                                    "invalid operation: operator ^ not defined on {} ({od})",
                                    describe(x)
                                ),
                            );
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
            TypeKind::String => Some(NumKind::Str),
            _ => None,
        }
    }

    fn binary(&mut self, op: BinaryOp, a: &Expr, b: &Expr, sp: Span) -> CResult<Operand> {
        use BinaryOp::*;
        if matches!(op, LogAnd | LogOr) {
            let pa = self.peek(a)?;
            let pb = self.peek(b)?;
            if !self.types.is_boolean(pa.ty) || !self.types.is_boolean(pb.ty) {
                let (bad, bop) = if !self.types.is_boolean(pa.ty) {
                    (a, pa)
                } else {
                    (b, pb)
                };
                let od = self.operand_desc(bad, &bop);
                return self.err(
                    bad.span,
                    format!(
                        "invalid operation: operator {} not defined on {} ({od})",
                        op.as_str(),
                        describe(bad)
                    ),
                );
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
            let ao = self.expr(a)?;
            self.materialize(&ao, t, a.span)?;
            self.emit(Op::Dup, sp);
            let j = self.emit(
                if op == LogAnd {
                    Op::JumpIfNot(0)
                } else {
                    Op::JumpIf(0)
                },
                sp,
            );
            self.emit(Op::Pop, sp);
            let bo = self.expr(b)?;
            self.materialize(&bo, t, b.span)?;
            self.patch(j);
            return Ok(Operand::value(t));
        }
        let pa = self.peek(a)?;
        let pb = self.peek(b)?;
        self.need_value(a, &pa)?;
        self.need_value(b, &pb)?;
        if matches!(op, Shl | Shr) {
            return self.shift(op, a, b, pa, pb, sp);
        }
        let is_cmp = matches!(op, Eq | Ne | Lt | Le | Gt | Ge);
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
                        return self.err(
                            sp,
                            format!(
                                "invalid operation: {} (mismatched types {} and {})",
                                describe_bin(a, op, b),
                                self.tname(pa.ty),
                                self.tname(pb.ty)
                            ),
                        );
                    }
                    pa.ty
                }
            };
            if (self.types.is_string(pa.ty) != self.types.is_string(pb.ty))
                || (self.types.is_boolean(pa.ty) != self.types.is_boolean(pb.ty))
            {
                return self.err(
                    sp,
                    format!(
                        "invalid operation: {} (mismatched types {} and {})",
                        describe_bin(a, op, b),
                        self.tname(pa.ty),
                        self.tname(pb.ty)
                    ),
                );
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
                .map_err(|m| crate::syntax::Diagnostic::new(sp, m))?;
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
                    crate::syntax::Diagnostic::new(
                        sp,
                        format!("constant {} overflows {}", r.describe(), self.tname(ty)),
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
        if is_cmp {
            // Mixed interface/concrete comparisons compare as interfaces.
            let (ia, ib) = (
                self.types.is_interface(pa.ty),
                self.types.is_interface(pb.ty),
            );
            if ia != ib && !nil_a && !nil_b {
                let (iface, other, oe) = if ia {
                    (pa.ty, pb.ty, b)
                } else {
                    (pb.ty, pa.ty, a)
                };
                let other_t = self.types.default_type(other);
                if self.implements(other_t, iface).is_err() {
                    let _ = oe;
                    return self.err(
                        sp,
                        format!(
                            "invalid operation: {} (mismatched types {} and {})",
                            describe_bin(a, op, b),
                            self.tname(pa.ty),
                            self.tname(pb.ty)
                        ),
                    );
                }
                t = iface;
            }
        }
        // Type agreement.
        let other = if t == pa.ty { &pb } else { &pa };
        let other_e = if t == pa.ty { b } else { a };
        if other.ty != t && other.ty != ids::UNTYPED_NIL {
            let ok = if let Mode::Const(_) = other.mode {
                self.types.is_untyped(other.ty)
            } else if self.types.is_interface(t) && is_cmp {
                true
            } else {
                self.types.is_untyped(other.ty)
                    && self.types.default_type(other.ty) == self.types.underlying(t)
            };
            if !ok {
                return self.err(
                    sp,
                    format!(
                        "invalid operation: {} (mismatched types {} and {})",
                        describe_bin(a, op, b),
                        self.tname(pa.ty),
                        self.tname(pb.ty)
                    ),
                );
            }
            if let Mode::Const(v) = &other.mode {
                self.convert_const(v, other.ty, t, other_e.span)
                    .map_err(|_| {
                        crate::syntax::Diagnostic::new(
                            other_e.span,
                            format!(
                                "cannot convert {} (untyped {} constant) to type {}",
                                describe(other_e),
                                untyped_word(&self.types, other.ty),
                                self.tname(t)
                            ),
                        )
                    })?;
            }
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
            let (e, o) = if nil_a { (b, &pb) } else { (a, &pa) };
            let od = self.operand_desc(e, o);
            return self.err(
                sp,
                format!(
                    "invalid operation: {} (mismatched types {} and untyped nil)",
                    describe_bin(a, op, b),
                    self.tname(o.ty)
                )
                .replace(&od, &od),
            );
        }
        // Emit both operands.
        let ao = self.expr(a)?;
        self.materialize(&ao, t, a.span)?;
        let bo = self.expr(b)?;
        self.materialize(&bo, t, b.span)?;
        if is_cmp {
            let ordered = matches!(op, Lt | Le | Gt | Ge);
            let kind = match self.types.ukind(t) {
                TypeKind::Int(k) => {
                    if k.signed() {
                        CmpKind::Signed
                    } else {
                        CmpKind::Unsigned
                    }
                }
                TypeKind::Float64 => CmpKind::Float,
                TypeKind::String => CmpKind::Str,
                _ => {
                    if ordered {
                        return self.err(
                            sp,
                            format!(
                                "invalid operation: {} (operator {} not defined on {})",
                                describe_bin(a, op, b),
                                op.as_str(),
                                describe(a)
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
            let od = self.operand_desc(a, &pa);
            return self.err(
                sp,
                format!(
                    "invalid operation: operator {} not defined on {} ({od})",
                    op.as_str(),
                    describe(a)
                ),
            );
        };
        let allowed = match k {
            NumKind::Str => op == Add,
            NumKind::Float => matches!(op, Add | Sub | Mul | Div),
            NumKind::Int(_) => true,
        };
        if !allowed {
            let od = self.operand_desc(a, &pa);
            return self.err(
                sp,
                format!(
                    "invalid operation: operator {} not defined on {} ({od})",
                    op.as_str(),
                    describe(a)
                ),
            );
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

    fn shift(
        &mut self,
        op: BinaryOp,
        a: &Expr,
        b: &Expr,
        pa: Operand,
        pb: Operand,
        sp: Span,
    ) -> CResult<Operand> {
        if !self.types.is_integer(pb.ty)
            && !matches!(&pb.mode, Mode::Const(v) if v.as_int().is_some())
        {
            let od = self.operand_desc(b, &pb);
            return self.err(
                b.span,
                format!(
                    "invalid operation: shift count {} ({od}) must be integer",
                    describe(b)
                ),
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
            let r = constant::binary(op, x, y, false, true)
                .map_err(|m| crate::syntax::Diagnostic::new(sp, m))?;
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
            ids::INT
        } else {
            pa.ty
        };
        let Some(k) = self.types.int_kind(t) else {
            let od = self.operand_desc(a, &pa);
            return self.err(
                sp,
                format!(
                    "invalid operation: shifted operand {} ({od}) must be integer",
                    describe(a)
                ),
            );
        };
        let ao = self.expr(a)?;
        self.materialize(&ao, t, a.span)?;
        let bo = self.expr(b)?;
        let bt = if self.types.is_untyped(bo.ty) {
            ids::UINT
        } else {
            bo.ty
        };
        self.materialize(&bo, bt, b.span)?;
        // A negative (signed) count panics at run time; an unsigned one never is.
        self.emit(Op::Arith(op, NumKind::Int(k)), sp);
        Ok(Operand::value(t))
    }

    // ----- calls ---------------------------------------------------------------------

    /// Compiles a call; returns its result (a value, a tuple, or Void).
    pub(crate) fn call(
        &mut self,
        func: &Expr,
        args: &[Expr],
        ellipsis: bool,
        sp: Span,
    ) -> CResult<Operand> {
        // Only the outermost call of a go/defer statement is packaged; calls in its
        // arguments run now.
        let pack = std::mem::replace(&mut self.pack_mode, false);
        if let Some((p, pkg, name)) = self.generic_sync_target(func)? {
            return self.once_value_call(p, &pkg, &name, args, ellipsis, sp, pack);
        }
        let target = self.call_target(func)?;
        match target {
            CallTarget::Builtin(b) => self.builtin(b, args, ellipsis, sp, pack),
            CallTarget::Conversion(t) => {
                if pack {
                    return self.err(sp, "expression in go/defer must be function call");
                }
                if args.len() != 1 {
                    return self.err(
                        sp,
                        format!(
                            "{} arguments in conversion to {}",
                            if args.is_empty() {
                                "missing"
                            } else {
                                "too many"
                            },
                            self.tname(t)
                        ),
                    );
                }
                self.conversion(&args[0], t, sp)
            }
            CallTarget::Static { kind, sig } => {
                self.call_args(args, ellipsis, sig, func, sp)?;
                self.finish_call_n(kind, sig, 0, sp, pack)
            }
            CallTarget::Method {
                x,
                xop,
                path,
                func: f,
                pointer_recv,
                sig,
            } => {
                self.emit_receiver(x, &xop, &path, pointer_recv, sp)?;
                self.call_args(args, ellipsis, sig, func, sp)?;
                let kind = if f & crate::NATIVE_BIT != 0 {
                    CallKind::Native(f & !crate::NATIVE_BIT)
                } else {
                    CallKind::Static(f)
                };
                self.finish_call_n(kind, sig, 1, sp, pack)
            }
            CallTarget::Iface {
                x,
                xop,
                path,
                name,
                sig,
            } => {
                if path.is_empty() {
                    self.expr(x)?;
                } else {
                    self.emit_member_access(x, &xop, &path, sp)?;
                }
                self.call_args(args, ellipsis, sig, func, sp)?;
                let id = self.method_name_id(&name);
                self.finish_call_n(CallKind::Iface(id), sig, 1, sp, pack)
            }
            CallTarget::Value(sig) => {
                let fo = self.expr(func)?;
                let _ = fo;
                self.call_args(args, ellipsis, sig, func, sp)?;
                self.finish_call_n(CallKind::Value, sig, 0, sp, pack)
            }
        }
    }

    /// `sync.OnceValue` / `sync.OnceValues` named by a call's function expression:
    /// the package, the name the file imported it by, and the function's name.
    fn generic_sync_target(&mut self, func: &Expr) -> CResult<Option<(usize, String, String)>> {
        let f = strip_parens(func);
        let ExprKind::Selector(x, sel) = &f.kind else {
            return Ok(None);
        };
        let ExprKind::Ident(id) = &x.kind else {
            return Ok(None);
        };
        let Some(Entity::Package(p)) = self.lookup_quiet(&id.name) else {
            return Ok(None);
        };
        if !generic_sync_func(&self.packages[p].path, &sel.name) {
            return Ok(None);
        }
        self.lookup(&id.name, id.span)?; // marks the import used
        Ok(Some((p, id.name.clone(), sel.name.clone())))
    }

    /// The two generic functions the subset has: `OnceValue[T](f func() T) func() T`
    /// and `OnceValues[T1, T2](f func() (T1, T2)) func() (T1, T2)`. The type
    /// arguments are inferred from f's type, as Go infers them; the call goes to the
    /// library's `onceValue`/`onceValues`, which move f's results without looking
    /// at their type, and the result has the instantiated type.
    #[allow(clippy::too_many_arguments)]
    fn once_value_call(
        &mut self,
        p: usize,
        pkg: &str,
        name: &str,
        args: &[Expr],
        ellipsis: bool,
        sp: Span,
        pack: bool,
    ) -> CResult<Operand> {
        let nres = if name == "OnceValue" { 1 } else { 2 };
        let want = if nres == 1 {
            "func() T"
        } else {
            "func() (T1, T2)"
        };
        let full = format!("{pkg}.{name}");
        if args.len() != 1 {
            let mut have = vec![];
            for a in args {
                let o = self.peek(a)?;
                // Go's word for an untyped constant in a have list.
                have.push(
                    if matches!(o.mode, Mode::Const(_)) && self.types.is_untyped(o.ty) {
                        "number".to_string()
                    } else {
                        self.tname(o.ty)
                    },
                );
            }
            let (what, at) = if args.is_empty() {
                ("not enough", sp)
            } else {
                ("too many", args[1].span)
            };
            return self.err(
                at,
                format!(
                    "{what} arguments in call to {full}\n\thave ({})\n\twant ({want})",
                    have.join(", ")
                ),
            );
        }
        let a = &args[0];
        if ellipsis {
            return self.err(
                a.span,
                format!("have (...) but function is not variadic: {full}"),
            );
        }
        let ao = self.peek(a)?;
        let sig = self.types.signature(ao.ty).cloned();
        let fits = sig
            .as_ref()
            .is_some_and(|s| s.params.is_empty() && !s.variadic && s.results.len() == nres);
        if self.types.is_untyped(ao.ty) || sig.is_none() {
            let tparam = if nres == 1 { "T" } else { "T1" };
            let open = Span {
                lo: a.span.lo.saturating_sub(1),
                hi: a.span.lo,
            };
            return self.err(
                open,
                format!("in call to {full}, cannot infer {tparam} (declared at $GOROOT/src/sync/oncefunc.go:{})", if nres == 1 { "46:16" } else { "76:17" }),
            );
        }
        let Some(sig) = sig.filter(|_| fits) else {
            let infer = if nres == 1 { "T" } else { "T1 and T2" };
            let tn = self.tname(ao.ty);
            // Go prints a func literal as its type and an elided body.
            let what = match &strip_parens(a).kind {
                ExprKind::FuncLit { body, .. } if body.stmts.is_empty() => format!("{tn} {{}}"),
                ExprKind::FuncLit { .. } => format!("{tn} {{…}}"),
                _ => describe(a),
            };
            return self.err(
                a.span,
                format!("in call to {full}, type {tn} of {what} does not match {want} (cannot infer {infer})"),
            );
        };
        let lib = if nres == 1 { "onceValue" } else { "onceValues" };
        let Some(Entity::Func(fid, lib_sig)) = self.packages[p].scope.get(lib).cloned() else {
            return self.err(sp, format!("not supported here: {full}"));
        };
        let ao = self.expr(a)?;
        self.materialize(&ao, ao.ty, a.span)?;
        let kind = if fid & crate::NATIVE_BIT != 0 {
            CallKind::Native(fid & !crate::NATIVE_BIT)
        } else {
            CallKind::Static(fid)
        };
        let out = self.finish_call_n(kind, lib_sig, 0, sp, pack)?;
        if pack {
            return Ok(out);
        }
        // func() T (unnamed, even when f's type is a named func type).
        let t = self.types.func(vec![], sig.results, false);
        Ok(Operand::value(t))
    }

    fn finish_call_n(
        &mut self,
        kind: CallKind,
        sig: TypeId,
        extra: u32,
        sp: Span,
        pack: bool,
    ) -> CResult<Operand> {
        let s = self
            .types
            .signature(sig)
            .cloned()
            .unwrap_or(crate::types::Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            });
        let nargs = s.params.len() as u32 + extra;
        if pack {
            // Go's compiler leaves only `f()` of a function or func value with no
            // parameters and no results unwrapped (see `name_go_wrapper`).
            self.pack_plain = nargs == 0
                && s.results.is_empty()
                && matches!(kind, CallKind::Static(_) | CallKind::Value);
            self.emit(Op::Pack { kind, nargs }, sp);
            return Ok(Operand {
                mode: Mode::Void,
                ty: ids::VOID,
            });
        }
        self.emit(Op::Call { kind, nargs }, sp);
        Ok(match s.results.len() {
            0 => Operand {
                mode: Mode::Void,
                ty: ids::VOID,
            },
            1 => Operand::value(s.results[0]),
            _ => {
                let t = self.types.tuple(s.results.clone());
                Operand::value(t)
            }
        })
    }

    /// Emits call arguments against signature `sig` (variadic packing included).
    fn call_args(
        &mut self,
        args: &[Expr],
        ellipsis: bool,
        sig: TypeId,
        func: &Expr,
        sp: Span,
    ) -> CResult<()> {
        let s = self
            .types
            .signature(sig)
            .cloned()
            .unwrap_or(crate::types::Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            });
        let fname = describe(func);
        // f(g()) with g returning several values.
        if args.len() == 1 && !ellipsis {
            let p = self.peek(&args[0])?;
            if let TypeKind::Tuple(ts) = self.types.kind(p.ty).clone() {
                let fixed = if s.variadic {
                    s.params.len() - 1
                } else {
                    s.params.len()
                };
                if ts.len() < fixed || (!s.variadic && ts.len() != s.params.len()) {
                    return self.err(
                        args[0].span,
                        format!(
                            "{} arguments in call to {fname}\n\thave {}\n\twant {}",
                            if ts.len() < fixed {
                                "not enough"
                            } else {
                                "too many"
                            },
                            self.tname(p.ty),
                            self.params_desc(&s)
                        ),
                    );
                }
                self.expr(&args[0])?;
                // Values are on the stack; convert to interfaces where needed by
                // storing to temporaries.
                let n = ts.len();
                let tmp0 = self.cur().nslots;
                self.cur().nslots += n as u32;
                for i in (0..n).rev() {
                    self.emit(Op::Store(tmp0 + i as u32), sp);
                }
                let mut variadic_count = 0;
                for (i, t) in ts.iter().enumerate() {
                    self.emit(Op::Load(tmp0 + i as u32), sp);
                    let want = if s.variadic && i >= fixed {
                        variadic_count += 1;
                        match self.types.ukind(s.params[fixed]) {
                            TypeKind::Slice(e) => *e,
                            _ => ids::ANY,
                        }
                    } else {
                        s.params[i]
                    };
                    self.check_assignable(*t, want, args[0].span, &format!("argument to {fname}"))?;
                    self.materialize(&Operand::value(*t), want, sp)?;
                }
                if s.variadic {
                    self.emit(Op::SliceLit(variadic_count), sp);
                }
                return Ok(());
            }
        }
        let fixed = if s.variadic {
            s.params.len() - 1
        } else {
            s.params.len()
        };
        let enough = if s.variadic && !ellipsis {
            args.len() >= fixed
        } else {
            args.len() == s.params.len()
        };
        if !enough {
            let mut have = vec![];
            for a in args {
                let o = self.peek(a)?;
                have.push(if let Mode::Const(_) = o.mode {
                    if self.types.is_untyped(o.ty) {
                        "number".to_string()
                    } else {
                        self.tname(o.ty)
                    }
                } else {
                    self.tname(o.ty)
                });
            }
            let few = args.len() < fixed || (args.len() < s.params.len() && !s.variadic);
            // Where Go reports it: at the last argument when there are too few (at
            // the call when there are none), at the first extra one when too many.
            let at = if few {
                args.last().map(|a| a.span).unwrap_or(func.span)
            } else {
                args[s.params.len().min(args.len() - 1)].span
            };
            return self.err(
                at,
                format!(
                    "{} arguments in call to {fname}\n\thave ({})\n\twant {}",
                    if few { "not enough" } else { "too many" },
                    have.join(", "),
                    self.params_desc(&s)
                ),
            );
        }
        for (i, a) in args.iter().enumerate() {
            if s.variadic && i >= fixed && !ellipsis {
                let elem = match self.types.ukind(s.params[fixed]) {
                    TypeKind::Slice(e) => *e,
                    _ => ids::ANY,
                };
                self.expr_to(a, elem, &format!("argument to {fname}"))?;
            } else {
                self.expr_to(a, s.params[i], &format!("argument to {fname}"))?;
            }
        }
        if s.variadic && !ellipsis {
            let n = args.len() - fixed;
            if n == 0 {
                self.emit(Op::Nil, sp);
            } else {
                self.emit(Op::SliceLit(n as u32), sp);
            }
        }
        if ellipsis && !s.variadic {
            return self.err(
                sp,
                format!("have (...) but function is not variadic: {fname}"),
            );
        }
        Ok(())
    }

    fn params_desc(&self, s: &crate::types::Signature) -> String {
        let mut parts = vec![];
        for (i, p) in s.params.iter().enumerate() {
            if s.variadic && i + 1 == s.params.len() {
                if let TypeKind::Slice(e) = self.types.kind(*p) {
                    parts.push(format!("...{}", self.tname(*e)));
                    continue;
                }
            }
            parts.push(self.tname(*p));
        }
        format!("({})", parts.join(", "))
    }

    fn call_target<'e>(&mut self, func: &'e Expr) -> CResult<CallTarget<'e>> {
        let f = strip_parens(func);
        if let ExprKind::Selector(x, sel) = &f.kind {
            if let ExprKind::Ident(id) = &x.kind {
                if let Some(Entity::Package(p)) = self.lookup_quiet(&id.name) {
                    self.lookup(&id.name, id.span)?;
                    if !is_exported(&sel.name) {
                        return self.err(
                            sel.span,
                            format!(
                                "name {} not exported by package {}",
                                sel.name, self.packages[p].name
                            ),
                        );
                    }
                    return match self.packages[p].scope.get(&sel.name).cloned() {
                        Some(Entity::Func(fid, sig)) => {
                            let kind = if fid & crate::NATIVE_BIT != 0 {
                                CallKind::Native(fid & !crate::NATIVE_BIT)
                            } else {
                                CallKind::Static(fid)
                            };
                            Ok(CallTarget::Static { kind, sig })
                        }
                        Some(Entity::Type(t)) => Ok(CallTarget::Conversion(t)),
                        Some(Entity::Var(_, t)) if self.types.signature(t).is_some() => {
                            Ok(CallTarget::Value(t))
                        }
                        Some(_) => self.err(
                            func.span,
                            format!(
                                "invalid operation: cannot call non-function {}",
                                describe(func)
                            ),
                        ),
                        None => self.err(sel.span, format!("undefined: {}.{}", id.name, sel.name)),
                    };
                }
            }
            let xop = self.peek(x)?;
            if xop.mode != Mode::Type {
                self.need_value(x, &xop)?;
                match self.find_member(xop.ty, &sel.name) {
                    Some(Member::Method {
                        path,
                        func: fid,
                        pointer_recv,
                        sig,
                        ..
                    }) => {
                        if !is_exported(&sel.name) && self.field_from_other_package(xop.ty) {
                            return self.err(
                                sel.span,
                                format!(
                                    "{}.{} undefined (cannot refer to unexported method {})",
                                    describe(x),
                                    sel.name,
                                    sel.name
                                ),
                            );
                        }
                        if pointer_recv
                            && path.is_empty()
                            && !matches!(self.types.ukind(xop.ty), TypeKind::Pointer(_))
                            && !self.addressable(x)
                        {
                            return self.err(
                                func.span,
                                format!(
                                    "cannot call pointer method {} on {}",
                                    sel.name,
                                    self.tname(xop.ty)
                                ),
                            );
                        }
                        return Ok(CallTarget::Method {
                            x,
                            xop,
                            path,
                            func: fid,
                            pointer_recv,
                            sig,
                        });
                    }
                    Some(Member::IfaceMethod { path, name, sig }) => {
                        return Ok(CallTarget::Iface {
                            x,
                            xop,
                            path,
                            name,
                            sig,
                        })
                    }
                    Some(Member::Field { ty, .. }) => {
                        if self.types.signature(ty).is_some() {
                            return Ok(CallTarget::Value(ty));
                        }
                        return self.err(func.span, format!("invalid operation: cannot call non-function {} (variable of type {})", describe(func), self.tname(ty)));
                    }
                    None => {
                        let tn = self.tname(xop.ty);
                        return self.err(
                            sel.span,
                            format!(
                                "{}.{} undefined (type {tn} has no field or method {})",
                                describe(x),
                                sel.name,
                                sel.name
                            ),
                        );
                    }
                }
            }
        }
        // A declared function (Go or native) is called directly, not as a value.
        if let ExprKind::Ident(id) = &f.kind {
            if let Some(Entity::Func(fid, sig)) = self.lookup_quiet(&id.name) {
                let kind = if fid & crate::NATIVE_BIT != 0 {
                    CallKind::Native(fid & !crate::NATIVE_BIT)
                } else {
                    CallKind::Static(fid)
                };
                return Ok(CallTarget::Static { kind, sig });
            }
        }
        let op = self.peek(func)?;
        match op.mode {
            Mode::Builtin(b) => Ok(CallTarget::Builtin(b)),
            Mode::Type => Ok(CallTarget::Conversion(op.ty)),
            Mode::Package(_) => self.err(
                func.span,
                format!("use of package {} without selector", describe(func)),
            ),
            _ => {
                if self.types.signature(op.ty).is_some() {
                    Ok(CallTarget::Value(op.ty))
                } else {
                    let od = self.operand_desc(func, &op);
                    self.err(
                        func.span,
                        format!(
                            "invalid operation: cannot call non-function {} ({od})",
                            describe(func)
                        ),
                    )
                }
            }
        }
    }

    fn conversion(&mut self, x: &Expr, t: TypeId, sp: Span) -> CResult<Operand> {
        let xo = self.expr(x)?;
        self.need_value(x, &xo)?;
        let tu = self.types.ukind(t).clone();
        if let Mode::Const(v) = &xo.mode {
            // Constant conversions stay constant when the target is a basic type.
            match (&tu, v) {
                (TypeKind::String, ConstVal::Int(i)) if self.types.is_integer(xo.ty) => {
                    let s = char::from_u32(*i as u32).unwrap_or('\u{FFFD}').to_string();
                    return Ok(Operand {
                        mode: Mode::Const(ConstVal::Str(s.into_bytes())),
                        ty: t,
                    });
                }
                (TypeKind::Int(_) | TypeKind::Float64 | TypeKind::String | TypeKind::Bool, _) => {
                    let from_ok = match &tu {
                        TypeKind::String => matches!(v, ConstVal::Str(_)),
                        TypeKind::Bool => matches!(v, ConstVal::Bool(_)),
                        _ => matches!(v, ConstVal::Int(_) | ConstVal::Float(_)),
                    };
                    if !from_ok {
                        return self.err(
                            sp,
                            format!(
                                "cannot convert {} (untyped {} constant) to type {}",
                                describe(x),
                                untyped_word(&self.types, xo.ty),
                                self.tname(t)
                            )
                            .replace("untyped untyped", "untyped"),
                        );
                    }
                    let cv = self.convert_const(v, xo.ty, t, x.span).map_err(|_| {
                        let what = if self.types.is_untyped(xo.ty) {
                            format!("untyped {} constant", untyped_word(&self.types, xo.ty))
                        } else {
                            format!("constant of type {}", self.tname(xo.ty))
                        };
                        let why = if matches!(v, ConstVal::Float(f) if f.fract() != 0.0)
                            && matches!(tu, TypeKind::Int(_))
                        {
                            "truncated"
                        } else {
                            "overflows"
                        };
                        crate::syntax::Diagnostic::new(
                            x.span,
                            format!(
                                "cannot convert {} ({what}) to type {} ({why})",
                                describe(x),
                                self.tname(t)
                            )
                            .replace(&format!("({})", why), &format!("({why})")),
                        )
                    })?;
                    let cv = match (&tu, cv) {
                        (TypeKind::Int(_), ConstVal::Float(f)) => ConstVal::Int(f as i128),
                        (TypeKind::Float64, ConstVal::Int(i)) => ConstVal::Float(i as f64),
                        (_, c) => c,
                    };
                    return Ok(Operand {
                        mode: Mode::Const(cv),
                        ty: t,
                    });
                }
                _ => {}
            }
        }
        let from = if xo.ty == ids::UNTYPED_NIL {
            ids::UNTYPED_NIL
        } else {
            self.types.default_type(xo.ty)
        };
        self.materialize(
            &xo,
            if self.types.is_interface(t) { t } else { from },
            x.span,
        )?;
        if from == ids::UNTYPED_NIL {
            if !self.types.nillable(t) {
                return self.err(sp, format!("cannot convert nil to type {}", self.tname(t)));
            }
            return Ok(Operand::value(t));
        }
        let fu = self.types.ukind(from).clone();
        let conv = match (&fu, &tu) {
            (TypeKind::Int(_), TypeKind::Int(k)) => Some(Conv::IntToInt(*k)),
            (TypeKind::Int(k), TypeKind::Float64) => Some(Conv::IntToFloat {
                unsigned: !k.signed(),
            }),
            (TypeKind::Float64, TypeKind::Int(k)) => Some(Conv::FloatToInt(*k)),
            (TypeKind::Float64, TypeKind::Float64) => None,
            (TypeKind::Int(_), TypeKind::String) => Some(Conv::RuneToStr),
            (TypeKind::String, TypeKind::Slice(e)) if self.types.underlying(*e) == ids::UINT8 => {
                Some(Conv::StrToBytes)
            }
            (TypeKind::String, TypeKind::Slice(e)) if self.types.underlying(*e) == ids::INT32 => {
                Some(Conv::StrToRunes)
            }
            (TypeKind::Slice(e), TypeKind::String) if self.types.underlying(*e) == ids::UINT8 => {
                Some(Conv::BytesToStr)
            }
            (TypeKind::Slice(e), TypeKind::String) if self.types.underlying(*e) == ids::INT32 => {
                Some(Conv::RunesToStr)
            }
            _ => {
                let ok = self.types.underlying(from) == self.types.underlying(t)
                    || self.types.is_interface(t) && self.implements(from, t).is_ok()
                    || match (&fu, &tu) {
                        (TypeKind::Pointer(a), TypeKind::Pointer(b)) => {
                            self.types.underlying(*a) == self.types.underlying(*b)
                        }
                        _ => false,
                    }
                    || self.check_assignable(from, t, sp, "conversion").is_ok();
                if !ok {
                    let od = self.operand_desc(x, &xo);
                    return self.err(
                        sp,
                        format!(
                            "cannot convert {} ({od}) to type {}",
                            describe(x),
                            self.tname(t)
                        ),
                    );
                }
                None
            }
        };
        if let Some(c) = conv {
            self.emit(Op::Convert(c), sp);
        }
        Ok(Operand::value(t))
    }

    /// The values of a multi-valued expression: a call with several results, or a
    /// comma-ok form (`m[k]`, `x.(T)`, `<-ch`) when `n == 2`. Emits them all.
    pub(crate) fn multi_value(&mut self, e: &Expr, n: usize) -> CResult<Vec<TypeId>> {
        let e = strip_parens(e);
        if n == 2 {
            match &e.kind {
                ExprKind::Index(x, i) => {
                    let xo = self.peek(x)?;
                    if let TypeKind::Map(k, v) = *self.types.ukind(xo.ty) {
                        self.expr(x)?;
                        self.expr_to(i, k, "map index")?;
                        let zero = self.zero_const(v);
                        self.emit(Op::MapGet { zero, ok: true }, e.span);
                        return Ok(vec![v, ids::BOOL]);
                    }
                }
                ExprKind::TypeAssert { x, ty: Some(ty) } => {
                    let xt = self.value_expr(x)?;
                    if !self.types.is_interface(xt) {
                        return self.err(
                            x.span,
                            format!(
                                "invalid operation: {} (variable of type {}) is not an interface",
                                describe(x),
                                self.tname(xt)
                            ),
                        );
                    }
                    let t = self.resolve_type(ty)?;
                    self.check_assert_possible(xt, t, e.span)?;
                    let zero = self.zero_const(t);
                    self.emit(
                        Op::Assert {
                            ty: t,
                            zero,
                            ok: true,
                        },
                        e.span,
                    );
                    return Ok(vec![t, ids::BOOL]);
                }
                ExprKind::Unary(UnaryOp::Recv, x) => {
                    let t = self.value_expr(x)?;
                    let TypeKind::Chan(_, elem) = *self.types.ukind(t) else {
                        return self.err(
                            e.span,
                            format!(
                                "invalid operation: cannot receive from non-channel {}",
                                describe(x)
                            ),
                        );
                    };
                    self.emit(Op::Recv { ok: true }, e.span);
                    return Ok(vec![elem, ids::BOOL]);
                }
                _ => {}
            }
        }
        let op = self.expr(e)?;
        let tys = match self.types.kind(op.ty) {
            TypeKind::Tuple(ts) => ts.clone(),
            _ if op.mode == Mode::Void => vec![],
            _ => vec![op.ty],
        };
        if tys.len() != n {
            let what = if let ExprKind::Call { .. } = e.kind {
                format!(
                    "{} returns {} value{}",
                    describe(e),
                    tys.len(),
                    if tys.len() == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{} value{}",
                    tys.len(),
                    if tys.len() == 1 { "" } else { "s" }
                )
            };
            return self.err(
                e.span,
                format!(
                    "assignment mismatch: {n} variable{} but {what}",
                    if n == 1 { "" } else { "s" }
                ),
            );
        }
        Ok(tys)
    }

    fn builtin(
        &mut self,
        b: Builtin,
        args: &[Expr],
        ellipsis: bool,
        sp: Span,
        pack: bool,
    ) -> CResult<Operand> {
        let name = b.name();
        let argc = |lo: usize, hi: usize, c: &Compiler| -> CResult<()> {
            if args.len() < lo {
                return c.err(
                    Span::new(sp.hi.saturating_sub(1), sp.hi),
                    format!(
                        "not enough arguments for {name}() (expected {lo}, found {})",
                        args.len()
                    ),
                );
            }
            if args.len() > hi {
                return c.err(
                    args[hi].span,
                    format!(
                        "too many arguments for {name}() (expected {hi}, found {})",
                        args.len()
                    ),
                );
            }
            Ok(())
        };
        if pack
            && !matches!(
                b,
                Builtin::Close
                    | Builtin::Panic
                    | Builtin::Print
                    | Builtin::Println
                    | Builtin::Delete
                    | Builtin::Recover
                    | Builtin::Copy
            )
        {
            return self.err(sp, format!("defer discards result of {name}(...)"));
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                argc(1, 1, self)?;
                let xo = self.peek(&args[0])?;
                if let Mode::Const(ConstVal::Str(s)) = &xo.mode {
                    if b == Builtin::Len {
                        return Ok(Operand {
                            mode: Mode::Const(ConstVal::Int(s.len() as i128)),
                            ty: ids::INT,
                        });
                    }
                }
                let kind = match self.types.ukind(xo.ty).clone() {
                    TypeKind::String if b == Builtin::Len => SeqKind::Str,
                    TypeKind::Slice(_) => SeqKind::Slice,
                    TypeKind::Array(n, _) => {
                        return Ok(Operand {
                            mode: Mode::Const(ConstVal::Int(n as i128)),
                            ty: ids::INT,
                        })
                    }
                    TypeKind::Pointer(p) if matches!(self.types.ukind(p), TypeKind::Array(..)) => {
                        if let TypeKind::Array(n, _) = self.types.ukind(p) {
                            return Ok(Operand {
                                mode: Mode::Const(ConstVal::Int(*n as i128)),
                                ty: ids::INT,
                            });
                        }
                        SeqKind::Slice
                    }
                    TypeKind::Map(..) if b == Builtin::Len => SeqKind::Map,
                    TypeKind::Chan(..) => SeqKind::Chan,
                    _ => {
                        let od = self.operand_desc(&args[0], &xo);
                        return self.err(
                            args[0].span,
                            format!(
                                "invalid argument: {} ({od}) for built-in {name}",
                                describe(&args[0])
                            ),
                        );
                    }
                };
                self.value_expr(&args[0])?;
                self.emit(
                    if b == Builtin::Len {
                        Op::Len(kind)
                    } else {
                        Op::Cap(kind)
                    },
                    sp,
                );
                Ok(Operand::value(ids::INT))
            }
            Builtin::Append => {
                if args.is_empty() {
                    return self.err(
                        sp,
                        "not enough arguments for append() (expected 1, found 0)",
                    );
                }
                let so = self.peek(&args[0])?;
                let st = if so.ty == ids::UNTYPED_NIL {
                    return self.err(
                        args[0].span,
                        "first argument to append must be a typed slice; have untyped nil",
                    );
                } else {
                    so.ty
                };
                let TypeKind::Slice(elem) = *self.types.ukind(st) else {
                    let od = self.operand_desc(&args[0], &so);
                    return self.err(
                        args[0].span,
                        format!(
                            "invalid argument: {} ({od}) is not a slice",
                            describe(&args[0])
                        ),
                    );
                };
                // Taken before the arguments compile, so an `append` nested in them
                // does not see it; dry passes leave it for the real one.
                let stack_buf = self.dry == 0 && std::mem::take(&mut self.append_stack_buf);
                self.expr(&args[0])?;
                let esz = type_size(&self.types, elem);
                if ellipsis {
                    if args.len() != 2 {
                        return self.err(sp, "can only use ... with final argument in list");
                    }
                    let ao = self.peek(&args[1])?;
                    let from_str =
                        self.types.is_string(ao.ty) && self.types.underlying(elem) == ids::UINT8;
                    if from_str {
                        self.value_expr(&args[1])?;
                    } else {
                        self.expr_to(&args[1], st, "append")?;
                    }
                    self.emit(
                        Op::AppendSpread {
                            elem_size: esz,
                            from_str,
                            stack_buf,
                        },
                        sp,
                    );
                } else {
                    for a in &args[1..] {
                        self.expr_to(a, elem, "argument to append")?;
                    }
                    self.emit(
                        Op::Append {
                            n: (args.len() - 1) as u32,
                            elem_size: esz,
                            stack_buf,
                        },
                        sp,
                    );
                }
                Ok(Operand::value(st))
            }
            Builtin::Make => {
                if args.is_empty() {
                    return self.err(sp, "not enough arguments for make() (expected 1, found 0)");
                }
                let to = self.peek(&args[0])?;
                if to.mode != Mode::Type {
                    return self.err(
                        args[0].span,
                        format!("{} is not a type", describe(&args[0])),
                    );
                }
                let t = to.ty;
                match self.types.ukind(t).clone() {
                    TypeKind::Slice(elem) => {
                        argc(2, 3, self)?;
                        self.size_arg(&args[1])?;
                        if args.len() == 3 {
                            self.size_arg(&args[2])?;
                            if let (Mode::Const(l), Mode::Const(c)) =
                                (self.peek(&args[1])?.mode, self.peek(&args[2])?.mode)
                            {
                                if l.as_int() > c.as_int() {
                                    return self.err(
                                        args[1].span,
                                        "invalid argument: length and capacity swapped",
                                    );
                                }
                            }
                        } else {
                            self.emit(Op::Dup, sp);
                        }
                        let zero = self.zero_const(elem);
                        self.emit(Op::MakeSlice { zero }, sp);
                    }
                    TypeKind::Map(..) => {
                        argc(1, 2, self)?;
                        if args.len() == 2 {
                            self.size_arg(&args[1])?;
                            self.emit(Op::Pop, sp);
                        }
                        self.emit(Op::MakeMap, sp);
                    }
                    TypeKind::Chan(_, elem) => {
                        argc(1, 2, self)?;
                        if args.len() == 2 {
                            self.size_arg(&args[1])?;
                        } else {
                            self.emit(Op::Int(0), sp);
                        }
                        let zero = self.zero_const(elem);
                        self.emit(Op::MakeChan { zero, elem }, sp);
                    }
                    _ => {
                        return self.err(
                            args[0].span,
                            format!(
                            "invalid argument: cannot make {}; type must be slice, map, or channel",
                            describe(&args[0])
                        ),
                        )
                    }
                }
                Ok(Operand::value(t))
            }
            Builtin::New => {
                argc(1, 1, self)?;
                let to = self.peek(&args[0])?;
                if to.mode != Mode::Type {
                    return self.err(
                        args[0].span,
                        format!("{} is not a type", describe(&args[0])),
                    );
                }
                let z = self.zero_const(to.ty);
                self.emit(Op::Const(z), sp);
                self.emit(Op::Alloc, sp);
                Ok(Operand::value(self.types.pointer(to.ty)))
            }
            Builtin::Delete => {
                argc(2, 2, self)?;
                let mt = self.value_expr(&args[0])?;
                let TypeKind::Map(k, _) = *self.types.ukind(mt) else {
                    return self.err(
                        args[0].span,
                        format!("invalid argument: {} is not a map", describe(&args[0])),
                    );
                };
                self.expr_to(&args[1], k, "argument to delete")?;
                if pack {
                    self.emit(
                        Op::Pack {
                            kind: CallKind::Native(crate::code::builtin_native::DELETE),
                            nargs: 2,
                        },
                        sp,
                    );
                } else {
                    self.emit(Op::MapDelete, sp);
                }
                Ok(Operand {
                    mode: Mode::Void,
                    ty: ids::VOID,
                })
            }
            Builtin::Clear => self.err(sp, "not supported here: clear"),
            Builtin::Close => {
                argc(1, 1, self)?;
                let ct = self.value_expr(&args[0])?;
                match self.types.ukind(ct) {
                    TypeKind::Chan(ChanDir::Recv, _) => return self.err(args[0].span, format!("invalid operation: cannot close receive-only channel {} (variable of type {})", describe(&args[0]), self.tname(ct))),
                    TypeKind::Chan(..) => {}
                    _ => return self.err(args[0].span, format!("invalid operation: cannot close non-channel {} (variable of type {})", describe(&args[0]), self.tname(ct))),
                }
                if pack {
                    self.emit(
                        Op::Pack {
                            kind: CallKind::Native(crate::code::builtin_native::CLOSE),
                            nargs: 1,
                        },
                        sp,
                    );
                } else {
                    self.emit(Op::Close, sp);
                }
                Ok(Operand {
                    mode: Mode::Void,
                    ty: ids::VOID,
                })
            }
            Builtin::Copy => {
                argc(2, 2, self)?;
                let dt = self.value_expr(&args[0])?;
                let st = self.peek(&args[1])?.ty;
                let from_str = self.types.is_string(st);
                self.value_expr(&args[1])?;
                if !matches!(self.types.ukind(dt), TypeKind::Slice(_)) {
                    return self.err(
                        sp,
                        format!(
                            "invalid argument: copy expects slice arguments; found {} and {}",
                            describe(&args[0]),
                            describe(&args[1])
                        ),
                    );
                }
                if pack {
                    return self.err(sp, "not supported here: defer copy");
                }
                self.emit(Op::Copy { from_str }, sp);
                Ok(Operand::value(ids::INT))
            }
            Builtin::Panic => {
                argc(1, 1, self)?;
                self.expr_to(&args[0], ids::ANY, "argument to panic")?;
                if pack {
                    self.emit(
                        Op::Pack {
                            kind: CallKind::Native(crate::code::builtin_native::PANIC),
                            nargs: 1,
                        },
                        sp,
                    );
                } else {
                    self.emit(Op::Panic, sp);
                }
                Ok(Operand {
                    mode: Mode::Void,
                    ty: ids::VOID,
                })
            }
            Builtin::Recover => {
                argc(0, 0, self)?;
                if pack {
                    self.emit(
                        Op::Pack {
                            kind: CallKind::Native(crate::code::builtin_native::RECOVER),
                            nargs: 0,
                        },
                        sp,
                    );
                    return Ok(Operand {
                        mode: Mode::Void,
                        ty: ids::VOID,
                    });
                }
                self.emit(Op::Recover, sp);
                Ok(Operand::value(ids::ANY))
            }
            Builtin::Print | Builtin::Println => {
                let mut unsigned = 0u16;
                for (i, a) in args.iter().enumerate() {
                    let t = self.value_expr(a)?;
                    // Values of at most 32 bits are held in range; the 64-bit unsigned
                    // ones wrap into the i64, so the VM must be told to print them unsigned.
                    let kind = self.types.int_kind(t);
                    if matches!(
                        kind,
                        Some(IntKind::Uint | IntKind::Uint64 | IntKind::Uintptr)
                    ) {
                        if i >= 16 {
                            return self.err(
                                sp,
                                "not supported here: print of a 64-bit unsigned value after the 16th argument",
                            );
                        }
                        unsigned |= 1 << i;
                    }
                }
                if pack {
                    return self.err(sp, "not supported here: defer print");
                }
                self.emit(
                    Op::Print {
                        n: args.len() as u32,
                        newline: b == Builtin::Println,
                        unsigned,
                    },
                    sp,
                );
                Ok(Operand {
                    mode: Mode::Void,
                    ty: ids::VOID,
                })
            }
            Builtin::Min | Builtin::Max => {
                if args.is_empty() {
                    return self.err(
                        sp,
                        format!("not enough arguments for {name}() (expected 1, found 0)"),
                    );
                }
                // All constant: fold.
                let mut ops: Vec<Operand> = Vec::with_capacity(args.len());
                for a in args {
                    ops.push(self.peek(a)?);
                }
                if ops.iter().all(|o| matches!(o.mode, Mode::Const(_))) {
                    let mut best = ops[0].clone();
                    for o in &ops[1..] {
                        let (Mode::Const(a), Mode::Const(bv)) = (&best.mode, &o.mode) else {
                            continue;
                        };
                        let less = constant::binary(BinaryOp::Lt, bv, a, false, true)
                            .map(|r| r == ConstVal::Bool(true))
                            .unwrap_or(false);
                        if (b == Builtin::Min) == less {
                            best = o.clone();
                        }
                    }
                    return Ok(best);
                }
                let t = ops
                    .iter()
                    .find(|o| !self.types.is_untyped(o.ty))
                    .map(|o| o.ty)
                    .unwrap_or(ids::INT);
                let Some(k) = self.num_kind(t) else {
                    return self.err(
                        sp,
                        format!("invalid argument: {} cannot be ordered", describe(&args[0])),
                    );
                };
                for (i, a) in args.iter().enumerate() {
                    self.expr_to(a, t, "argument")?;
                    if i > 0 {
                        self.emit(
                            Op::MinMax {
                                max: b == Builtin::Max,
                                kind: k,
                            },
                            sp,
                        );
                    }
                }
                Ok(Operand::value(t))
            }
        }
    }

    fn size_arg(&mut self, e: &Expr) -> CResult<()> {
        let o = self.expr(e)?;
        self.need_value(e, &o)?;
        if let Mode::Const(v) = &o.mode {
            match v.as_int() {
                Some(n) if n < 0 => {
                    return self.err(
                        e.span,
                        format!(
                        "invalid argument: index {} (constant of type int) must not be negative",
                        describe(e)
                    ),
                    )
                }
                Some(_) => {}
                None => {
                    return self.err(
                        e.span,
                        format!("{} (untyped float constant) truncated to int", describe(e)),
                    )
                }
            }
            self.materialize(&o, ids::INT, e.span)?;
            return Ok(());
        }
        if !self.types.is_integer(o.ty) {
            let od = self.operand_desc(e, &o);
            return self.err(
                e.span,
                format!("cannot convert {} ({od}) to type int", describe(e)),
            );
        }
        Ok(())
    }
}

pub(crate) enum CallTarget<'e> {
    Builtin(Builtin),
    Conversion(TypeId),
    Static {
        kind: CallKind,
        sig: TypeId,
    },
    Method {
        x: &'e Expr,
        xop: Operand,
        path: Vec<(u32, bool)>,
        func: u32,
        pointer_recv: bool,
        sig: TypeId,
    },
    Iface {
        x: &'e Expr,
        xop: Operand,
        path: Vec<(u32, bool)>,
        name: String,
        sig: TypeId,
    },
    Value(TypeId),
}

pub(crate) fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

fn describe_bin(a: &Expr, op: BinaryOp, b: &Expr) -> String {
    format!("{} {} {}", describe(a), op.as_str(), describe(b))
}

fn untyped_word(t: &crate::types::TypeTable, ty: TypeId) -> &'static str {
    match t.kind(ty) {
        TypeKind::Untyped(UntypedKind::Bool) => "bool",
        TypeKind::Untyped(UntypedKind::Int) => "int",
        TypeKind::Untyped(UntypedKind::Rune) => "rune",
        TypeKind::Untyped(UntypedKind::Float) => "float",
        TypeKind::Untyped(UntypedKind::String) => "string",
        _ => "nil",
    }
}

fn untyped_rank(t: &crate::types::TypeTable, ty: TypeId) -> u8 {
    match t.kind(ty) {
        TypeKind::Untyped(UntypedKind::Int) => 1,
        TypeKind::Untyped(UntypedKind::Rune) => 2,
        TypeKind::Untyped(UntypedKind::Float) => 3,
        _ => 0,
    }
}

/// The size in bytes of a value of type `t` on amd64, which decides how `append` grows
/// a slice's capacity (Go rounds up to its allocator's size classes).
pub fn type_size(types: &crate::types::TypeTable, t: TypeId) -> u32 {
    match types.ukind(t) {
        TypeKind::Bool => 1,
        TypeKind::Int(k) => k.bits() / 8,
        TypeKind::Float64 => 8,
        TypeKind::String => 16,
        TypeKind::Slice(_) => 24,
        TypeKind::Interface(_) => 16,
        TypeKind::Array(n, e) => (*n as u32).saturating_mul(type_size(types, *e)),
        TypeKind::Struct(fs) => {
            // Go lays fields out with alignment.
            let mut off = 0u32;
            let mut maxa = 1u32;
            for f in fs {
                let s = type_size(types, f.ty);
                let a = type_align(types, f.ty);
                maxa = maxa.max(a);
                off = off.div_ceil(a) * a + s;
            }
            off.div_ceil(maxa) * maxa
        }
        _ => 8,
    }
}

fn type_align(types: &crate::types::TypeTable, t: TypeId) -> u32 {
    match types.ukind(t) {
        TypeKind::Bool => 1,
        TypeKind::Int(k) => k.bits() / 8,
        TypeKind::Array(_, e) => type_align(types, *e),
        TypeKind::Struct(fs) => fs
            .iter()
            .map(|f| type_align(types, f.ty))
            .max()
            .unwrap_or(1),
        _ => 8,
    }
}

/// The generic functions of the library, which only a call may use (Go's type
/// inference from the argument is done by `once_value_call`).
fn generic_sync_func(pkg_path: &str, name: &str) -> bool {
    pkg_path == "sync" && matches!(name, "OnceValue" | "OnceValues")
}
