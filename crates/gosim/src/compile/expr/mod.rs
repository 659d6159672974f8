//! Expressions: checking and code generation.
//!
//! [`Compiler::expr`] checks an expression and emits the code that pushes its value,
//! except for constants, which are returned folded and emitted by
//! [`Compiler::materialize`] once the type they must take is known. To learn an
//! operand's type before emitting anything, the compiler runs the same code "dry"
//! (`self.dry > 0`), with emission switched off.

mod assign;
mod builtins;
mod calls;
mod closures;
mod composite;
mod constants;
mod conversions;
mod index;
mod members;
mod operators;

use std::rc::Rc;

use super::constant::{self, ConstVal};
use super::{describe, is_exported, Builtin, CResult, Compiler, Entity, Mode, Operand, VarLoc};
use crate::code::{CallKind, CmpKind, Conv, ConvCap, NumKind, Op, SeqKind};
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, KeyedElement, Span, UnaryOp};
use crate::types::{ids, ChanDir, IntKind, TypeId, TypeKind, UntypedKind};
use crate::value::{Value, F64};

pub(crate) use crate::types::Member;
pub(crate) use builtins::has_pointers;

impl Compiler {
    /// Whether a type, as written, is a type parameter of the generic being compiled.
    pub(crate) fn is_type_param(&self, ty: &crate::syntax::ast::TypeExpr) -> bool {
        matches!(&ty.kind, crate::syntax::ast::TypeExprKind::Name { pkg: None, name }
            if self.tparams.get(&name.name).is_some())
    }

    /// `x.(T)`, and with `ok` its comma-ok form: checks that x is an interface and that
    /// T could be in it, and emits the assertion; returns T.
    fn type_assert(
        &mut self,
        x: &Expr,
        ty: &crate::syntax::ast::TypeExpr,
        ok: bool,
        sp: Span,
    ) -> CResult<TypeId> {
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
        // Go checks a generic body once, where a type parameter's underlying type is
        // its constraint, an interface: `x.(T)` is never impossible, whatever T is.
        if !self.is_type_param(ty) {
            self.check_assert_possible(xt, t, sp, || {
                format!(
                    "{}.({})",
                    describe(x),
                    crate::syntax::parser::type_string(ty)
                )
            })?;
        }
        self.note_static_itab(xt, t);
        let zero = self.zero_const(t);
        self.emit(
            Op::Assert {
                ty: t,
                iface: xt,
                zero,
                ok,
            },
            sp,
        );
        Ok(t)
    }

    /// Checks `e` and emits code for its value (constants excepted).
    pub(crate) fn expr(&mut self, e: &Expr) -> CResult<Operand> {
        let sp = e.span;
        let shift_type = self.shift_type.take();
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
                    Entity::Const(v, ty) => Ok(Operand::constant(v, ty)),
                    Entity::Type(t) => Ok(Operand::of_type(t)),
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
                    Entity::Generic(g) => self.uninstantiated(g as usize, &id.name, sp),
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
                // The lexer has checked the syntax: what is left is an exponent past
                // the engine's exact rationals (Go rounds such a literal to 512 bits).
                None => self.err(
                    sp,
                    format!("not supported here: float literal {s} (an exponent past ±20000)"),
                ),
            },
            ExprKind::CharLit(c) => Ok(Operand {
                mode: Mode::Const(ConstVal::Int(*c as i128)),
                ty: ids::UNTYPED_RUNE,
            }),
            ExprKind::StringLit { bytes } => Ok(Operand {
                mode: Mode::Const(ConstVal::Str(bytes.clone())),
                ty: ids::UNTYPED_STRING,
            }),
            ExprKind::Paren(x) => {
                self.shift_type = shift_type;
                self.expr(x)
            }
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
                Ok(Operand::of_type(t))
            }
            ExprKind::Selector(x, sel) => self.selector(x, sel, sp),
            ExprKind::Index(x, i) => self.index(x, i, sp, false),
            ExprKind::IndexList(x, is) => {
                let args: Vec<&Expr> = is.iter().collect();
                match self.instance_expr(x, &args, sp)? {
                    Some(op) => Ok(op),
                    None => self.err(is[1].span, "unexpected comma; expecting ]"),
                }
            }
            ExprKind::SliceExpr { x, lo, hi, max } => self.hoist(sp, |cx| {
                cx.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref(), sp)
            }),
            ExprKind::TypeAssert { x, ty } => {
                let Some(ty) = ty else {
                    return self.err(
                        sp,
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                };
                // gc hoists an assertion to a type an interface does not hold
                // directly (order.rs).
                if self.hoisting(sp) {
                    let t = self.resolve_type(ty)?;
                    if !crate::compile::order::direct_iface(&self.types, t) {
                        return self.hoist(sp, |cx| {
                            cx.type_assert(x, ty, false, sp).map(Operand::value)
                        });
                    }
                }
                let t = self.type_assert(x, ty, false, sp)?;
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
                    return Ok(Operand::of_type(t));
                }
                if op.ty == ids::UNTYPED_NIL {
                    return self.err(sp, "invalid operation: cannot indirect nil");
                }
                let TypeKind::Pointer(elem) = *self.types.ukind(op.ty) else {
                    let shown = self.operand_text(x, &op);
                    return self.err(sp, format!("invalid operation: cannot indirect {shown}"));
                };
                self.emit(Op::Deref, sp);
                Ok(Operand::value(elem))
            }
            ExprKind::Unary(op, x) => {
                if matches!(op, UnaryOp::Neg | UnaryOp::Plus | UnaryOp::BitNot) {
                    self.shift_type = shift_type;
                }
                self.unary(*op, x, sp)
            }
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, shift_type, sp),
        }
    }

    /// Checks `e` as a single value and emits it with its default type.
    pub(crate) fn value_expr(&mut self, e: &Expr) -> CResult<TypeId> {
        self.value_operand(e).map(|(t, _)| t)
    }

    /// [`Self::value_expr`], with the operand as it was before it became a value (for a
    /// message that words it, as [`Self::operand_text`] does).
    pub(crate) fn value_operand(&mut self, e: &Expr) -> CResult<(TypeId, Operand)> {
        let op = self.expr(e)?;
        self.need_value(e, &op)?;
        let t = if op.ty == ids::UNTYPED_NIL {
            ids::UNTYPED_NIL
        } else {
            self.types.default_type(op.ty)
        };
        self.materialize(&op, t, e.span)?;
        Ok((t, op))
    }

    /// Go's error for a send or receive (`what`: "send to", "receive from") on `e`,
    /// which is no channel: `cannot send to non-channel int ch (variable of type int)`,
    /// the operand's type first, at the operand.
    pub(crate) fn non_channel<T>(&mut self, what: &str, e: &Expr, op: &Operand) -> CResult<T> {
        let text = self.operand_text(e, op);
        let tn = self.tname(op.ty);
        self.err(
            e.span,
            format!("invalid operation: cannot {what} non-channel {tn} {text}"),
        )
    }

    pub(super) fn need_value(&self, e: &Expr, op: &Operand) -> CResult<()> {
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
        if let Some(op) = self.generic_to(e, want)? {
            return self.assignable(e, &op, want, context);
        }
        // Elided composite literal types are not allowed here; plain expressions only.
        if !self.types.is_interface(want) && self.untyped_shift(e)? {
            self.shift_type = Some(want);
        }
        // A value gc copies before the statement's reads (order.rs).
        let op = if self.hoists_to_interface(e, want) {
            self.hoist(e.span, |cx| cx.expr(e))?
        } else {
            self.expr(e)?
        };
        self.need_value(e, &op)?;
        self.assignable(e, &op, want, context)?;
        self.materialize(&op, want, e.span)
    }

    /// A type's name as Go's type checker writes it in messages about the package
    /// being compiled.
    pub(crate) fn tname(&self, t: TypeId) -> String {
        self.types.name_in(t, &self.packages[self.cur_pkg].name)
    }

    /// An operand as Go's messages show it: the expression, then what it is in
    /// parentheses (`x (variable of type int)`).
    pub(crate) fn operand_text(&mut self, e: &Expr, op: &Operand) -> String {
        let desc = self.operand_desc(e, op);
        format!("{} ({desc})", describe(e))
    }

    /// What an operand is, the part of [`Self::operand_text`] in parentheses:
    /// `variable of type int`, `untyped int constant 3`.
    pub(crate) fn operand_desc(&mut self, e: &Expr, op: &Operand) -> String {
        // A named type is described with its kind: `variable of struct type S`.
        let tn = if self.types.named(op.ty).is_some() {
            format!("{} type {}", self.types.kind_word(op.ty), self.tname(op.ty))
        } else {
            format!("type {}", self.tname(op.ty))
        };
        match &op.mode {
            Mode::Const(v) => {
                // Go shows the value when the expression's text is not already it
                // (`^0 (untyped int constant -1)`, `n (constant 3 of type int)`).
                let shown = v.describe();
                let val = if describe(e) == shown {
                    String::new()
                } else {
                    format!(" {shown}")
                };
                if self.types.is_untyped(op.ty) {
                    format!("untyped {} constant{val}", untyped_word(&self.types, op.ty))
                } else {
                    format!("constant{val} of {tn}")
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
                    ExprKind::Index(x, _) => {
                        // Go's operand modes: a map's element is a `map index
                        // expression`, a string's byte a value, an array value's
                        // element a value.
                        let xt = self.peek(x).map(|o| o.ty);
                        match xt.map(|t| self.types.ukind(t).clone()) {
                            Ok(TypeKind::Map(..)) => {
                                return format!("map index expression of {tn}")
                            }
                            Ok(TypeKind::String) => false,
                            Ok(TypeKind::Array(..)) => self.addressable(x),
                            _ => true,
                        }
                    }
                    ExprKind::Star(_) => true,
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

    pub(super) fn lookup_quiet(&mut self, name: &str) -> Option<Entity> {
        self.dry += 1;
        let r = self.lookup(name, Span::default()).ok();
        self.dry -= 1;
        r
    }
}

pub(crate) fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

/// The function a call names, as Go's `assignment mismatch: ... but f returns N values`
/// writes it: the callee as written, without the call's parentheses or arguments.
pub(crate) fn called_name(e: &Expr) -> Option<String> {
    match &strip_parens(e).kind {
        ExprKind::Call { func, .. } => Some(describe(func)),
        _ => None,
    }
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
