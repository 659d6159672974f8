//! Conversions: `T(x)` between numeric, string, byte/rune slice, named and
//! interface types.

use super::*;

impl Compiler {
    pub(super) fn conversion(&mut self, x: &Expr, t: TypeId, sp: Span) -> CResult<Operand> {
        let xo = self.expr(x)?;
        self.need_value(x, &xo)?;
        let tu = self.types.ukind(t).clone();
        if let Mode::Const(v) = &xo.mode {
            // Constant conversions stay constant when the target is a basic type.
            match (&tu, v) {
                (TypeKind::String, ConstVal::Int(_) | ConstVal::Float(_))
                    if self.types.is_integer(xo.ty) && !v.is_fraction() =>
                {
                    // Past the runes (`string(1 << 100)`, even past i128) is U+FFFD.
                    let s = v
                        .as_int()
                        .and_then(|i| u32::try_from(i).ok())
                        .and_then(char::from_u32)
                        .unwrap_or('\u{FFFD}')
                        .to_string();
                    return Ok(Operand {
                        mode: Mode::Const(ConstVal::Str(s.into_bytes())),
                        ty: t,
                    });
                }
                (
                    TypeKind::Int(_)
                    | TypeKind::Float64
                    | TypeKind::Float32
                    | TypeKind::String
                    | TypeKind::Bool,
                    _,
                ) => {
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
                    let Ok(cv) = self.convert_const(v, xo.ty, t, x.span) else {
                        // Go: an integer constant to an integer type can only
                        // overflow, said concisely; anything else cannot convert.
                        let int_from = matches!(self.types.ukind(xo.ty), TypeKind::Int(_))
                            || matches!(
                                self.types.kind(xo.ty),
                                TypeKind::Untyped(UntypedKind::Int | UntypedKind::Rune)
                            );
                        if int_from && matches!(tu, TypeKind::Int(_)) {
                            let msg =
                                format!("constant {} overflows {}", v.describe(), self.tname(t));
                            return self.err(x.span, msg);
                        }
                        let shown = self.operand_text(x, &xo);
                        return self.err(
                            x.span,
                            format!("cannot convert {shown} to type {}", self.tname(t)),
                        );
                    };
                    let cv = match (&tu, cv) {
                        (TypeKind::Int(_), ConstVal::Float(f)) => {
                            ConstVal::Int(f.trunc_i128().unwrap_or(0))
                        }
                        (TypeKind::Float64, ConstVal::Int(i)) => ConstVal::float(i as f64),
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
        // A constant is copied into an array of its exact size; otherwise Go's escape
        // analysis decides, which the assignment compiling this call may have worked
        // out (`conv_cap`, matched by span so a conversion nested in it gets none).
        let (bytes_cap, runes_cap) = match self.conv_cap {
            _ if matches!(xo.mode, Mode::Const(_)) => (ConvCap::Exact, ConvCap::Exact),
            Some((at, b, r)) if at == sp => (b, r),
            _ => (ConvCap::Loose, ConvCap::Loose),
        };
        let conv = match (&fu, &tu) {
            (TypeKind::Int(_), TypeKind::Int(k)) => Some(Conv::IntToInt(*k)),
            (TypeKind::Int(k), TypeKind::Float64) => Some(Conv::IntToFloat {
                unsigned: !k.signed(),
            }),
            (TypeKind::Int(k), TypeKind::Float32) => Some(Conv::IntToFloat32 {
                unsigned: !k.signed(),
            }),
            (TypeKind::Float64 | TypeKind::Float32, TypeKind::Int(k)) => Some(Conv::FloatToInt(*k)),
            (TypeKind::Float64, TypeKind::Float32) => Some(Conv::ToFloat32),
            (TypeKind::Float64 | TypeKind::Float32, TypeKind::Float64 | TypeKind::Float32) => None,
            (TypeKind::Int(_), TypeKind::String) => Some(Conv::RuneToStr),
            (TypeKind::String, TypeKind::Slice(e)) if self.types.underlying(*e) == ids::UINT8 => {
                Some(Conv::StrToBytes { cap: bytes_cap })
            }
            (TypeKind::String, TypeKind::Slice(e)) if self.types.underlying(*e) == ids::INT32 => {
                Some(Conv::StrToRunes { cap: runes_cap })
            }
            (TypeKind::Slice(e), TypeKind::String) if self.types.underlying(*e) == ids::UINT8 => {
                Some(Conv::BytesToStr)
            }
            (TypeKind::Slice(e), TypeKind::String) if self.types.underlying(*e) == ids::INT32 => {
                Some(Conv::RunesToStr)
            }
            _ => {
                let (uf, ut) = (self.types.underlying(from), self.types.underlying(t));
                let ok = self.types.identical_ignoring_tags(uf, ut)
                    || self.types.is_interface(t) && self.implements(from, t).is_ok()
                    || match (&fu, &tu) {
                        (TypeKind::Pointer(a), TypeKind::Pointer(b)) => {
                            let (ua, ub) = (self.types.underlying(*a), self.types.underlying(*b));
                            self.types.identical_ignoring_tags(ua, ub)
                        }
                        _ => false,
                    }
                    || self.check_assignable(from, t, sp, "conversion").is_ok();
                // Go 1.17/1.20's slice-to-array and slice-to-array-pointer
                // conversions: valid Go the engine does not model, so refused by
                // name rather than reported as a type error.
                let to_array = match &tu {
                    TypeKind::Array(..) => true,
                    TypeKind::Pointer(p) => {
                        matches!(self.types.ukind(*p), TypeKind::Array(..))
                    }
                    _ => false,
                };
                if !ok && to_array && matches!(fu, TypeKind::Slice(_)) {
                    return self.err(sp, "not supported here: converting a slice to an array");
                }
                if !ok {
                    let shown = self.operand_text(x, &xo);
                    return self.err(
                        sp,
                        format!("cannot convert {shown} to type {}", self.tname(t)),
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
}
