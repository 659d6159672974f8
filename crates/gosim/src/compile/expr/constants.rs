//! Constants becoming values: the push of a folded constant (or the interface
//! wrapping a value needs) once the type it must take is known, and constant
//! conversion with Go's overflow and truncation errors.

use super::*;

impl Compiler {
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
                    self.note_static_itab(want, target);
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
                    self.note_static_itab(want, t);
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
            ConstVal::Float(r) => {
                if self.types.is_integer(t) {
                    Value::Int(r.trunc_i128().unwrap_or(0) as i64)
                } else {
                    // Rounded to nearest, ties to even, with no negative zero.
                    Value::Float(F64(r.to_f64()))
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
        let untyped = || {
            let word = untyped_word(&self.types, from);
            let shown = if word == "int" {
                v.describe_int()
            } else {
                desc()
            };
            format!("{shown} (untyped {word} constant)")
        };
        let ok = match (self.types.kind(tu).clone(), v) {
            (TypeKind::Int(k), _) => match v.as_int() {
                Some(i) if k.fits(i) => return Ok(ConstVal::Int(i)),
                // Past the type, or a whole number past i128 (`1 << 149`).
                _ if v.as_int().is_some()
                    || matches!(v, ConstVal::Float(_)) && !v.is_fraction() =>
                {
                    let what = if self.types.is_untyped(from) {
                        untyped()
                    } else {
                        desc()
                    };
                    let to = self.tname(to);
                    return self.err(sp, format!("cannot use {what} as {to} value (overflows)"));
                }
                None if matches!(v, ConstVal::Float(_)) => {
                    let (what, to) = (desc(), self.tname(to));
                    let msg = format!(
                        "cannot use {what} (untyped float constant) as {to} value (truncated)"
                    );
                    return self.err(sp, msg);
                }
                _ => false,
            },
            // A typed float64 constant holds a float64's value: Go rounds the exact
            // value here, so `float64(0.1) + 0.2` is 0.30000000000000004.
            (TypeKind::Float64, ConstVal::Int(i)) => return Ok(ConstVal::float(*i as f64)),
            // A typed float32 constant holds a float32's value, rounded from the exact one.
            (TypeKind::Float32, ConstVal::Int(_) | ConstVal::Float(_)) => {
                let r = match v {
                    ConstVal::Int(i) => crate::compile::constant::Rat::from_int(*i),
                    ConstVal::Float(r) => r.clone(),
                    _ => unreachable!("matched above"),
                };
                let f = r.to_f32();
                if f.is_finite() {
                    return Ok(ConstVal::float(f));
                }
                false
            }
            (TypeKind::Float64, ConstVal::Float(r)) => {
                let f = r.to_f64();
                if f.is_finite() {
                    return Ok(ConstVal::float(f));
                }
                false
            }
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
                untyped()
            } else {
                format!("{} (constant of type {})", desc(), self.tname(from))
            };
            self.err(sp, format!("cannot use {what} as {} value", self.tname(to)))
        }
    }
}
