//! Indexing and slicing: `a[i]` on arrays, slices, strings and maps (with Go's
//! constant bounds checks) and `a[lo:hi:max]`.

use super::*;

impl Compiler {
    pub(super) fn index_value(&mut self, i: &Expr) -> CResult<()> {
        self.index_value_checked(i, None)
    }

    /// Emits an index operand (an integer); constant indices are checked against `len`.
    pub(crate) fn index_value_checked(&mut self, i: &Expr, len: Option<u64>) -> CResult<()> {
        self.int_context(i)?;
        let op = self.expr(i)?;
        self.need_value(i, &op)?;
        if let Mode::Const(v) = &op.mode {
            let Some(n) = v.as_int() else {
                let shown = self.operand_text(i, &op);
                return self.err(
                    i.span,
                    format!("invalid argument: index {shown} must be integer"),
                );
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
            let shown = self.operand_text(i, &op);
            return self.err(
                i.span,
                format!("invalid argument: index {shown} must be integer"),
            );
        }
        Ok(())
    }

    pub(super) fn index(
        &mut self,
        x: &Expr,
        i: &Expr,
        sp: Span,
        _comma_ok: bool,
    ) -> CResult<Operand> {
        if let Some(op) = self.instance_expr(x, &[i], sp)? {
            return Ok(op);
        }
        let xop = self.peek(x);
        let xop = xop?;
        if xop.mode == Mode::Type {
            return self.err(x.span, format!("{} is not a generic type", describe(x)));
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
                    let shown = self.operand_text(x, &xop);
                    self.err(sp, format!("invalid operation: cannot index {shown}"))
                }
            },
            TypeKind::Map(_, v) => {
                let read = |cx: &mut Self| {
                    cx.expr(x)?;
                    cx.map_key(i, xop.ty, "map index")?;
                    let zero = cx.zero_const(v);
                    cx.emit(Op::MapGet { zero, ok: false }, sp);
                    Ok(Operand::value(v))
                };
                if self.hoists_map_read(i, sp) {
                    self.hoist(sp, read)
                } else {
                    read(self)
                }
            }
            _ => {
                let shown = self.operand_text(x, &xop);
                self.err(sp, format!("invalid operation: cannot index {shown}"))
            }
        }
    }

    /// The operand `e` compiles to, without emitting code. Operators and indexing peek
    /// at their operands before compiling them, so in a nested peek each subexpression's
    /// result is remembered (per function being compiled) until the outermost peek ends:
    /// without that, `a + b + c + ...` took time exponential in its length.
    pub(crate) fn peek(&mut self, e: &Expr) -> CResult<Operand> {
        let key = (e as *const Expr as usize, self.fn_serial);
        if let Some(op) = self.peek_cache.get(&key) {
            return Ok(op.clone());
        }
        self.dry += 1;
        self.peek_depth += 1;
        let r = self.expr(e);
        self.peek_depth -= 1;
        self.dry -= 1;
        if self.peek_depth == 0 {
            self.peek_cache.clear();
        } else if let Ok(op) = &r {
            self.peek_cache.insert(key, op.clone());
        }
        r
    }

    pub(super) fn slice_expr(
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
                let shown = self.operand_text(x, &xop);
                return self.err(sp, format!("cannot slice {shown}"));
            }
        };
        let len = match (&xop.mode, kind) {
            (Mode::Const(ConstVal::Str(s)), _) => Some(s.len() as i128),
            (_, SeqKind::ArrayRef(n)) => Some(n as i128),
            _ => None,
        };
        self.const_slice_indices(&[lo, hi, max], len)?;
        for part in [lo, hi, max].into_iter().flatten() {
            if self.hoists_bound(part) {
                self.hoist(part.span, |cx| {
                    cx.index_value(part)?;
                    Ok(Operand::value(ids::INT))
                })?;
            } else {
                self.index_value(part)?;
            }
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

    /// Go rejects constant slice indices that are out of order (`s[2:1]`) or past
    /// the length of an array or constant string (`a[1:7]` of a `[4]int`) at compile
    /// time; of several such errors the first in the source is the one reported.
    fn const_slice_indices(&mut self, parts: &[Option<&Expr>], len: Option<i128>) -> CResult<()> {
        let mut known: Vec<(i128, &Expr)> = vec![];
        for e in parts.iter().flatten() {
            self.int_context(e)?;
            let Mode::Const(v) = self.peek(e)?.mode else {
                known.push((-1, e));
                continue;
            };
            match v.as_int() {
                Some(n) if n >= 0 => known.push((n, e)),
                _ => return Ok(()), // a negative or non-integer index has its own error
            }
        }
        let mut first: Option<(Span, String)> = None;
        let mut note = |at: Span, msg: String| {
            if first.as_ref().is_none_or(|(s, _)| at.lo < s.lo) {
                first = Some((at, msg));
            }
        };
        for (i, &(n, e)) in known.iter().enumerate() {
            if let Some(l) = len {
                if n > l {
                    note(
                        e.span,
                        format!("invalid argument: index {n} out of bounds [0:{}]", l + 1),
                    );
                    continue;
                }
            }
            if let Some(&(m, _)) = known[..i].iter().find(|(m, _)| *m > n && n >= 0) {
                note(e.span, format!("invalid slice indices: {n} < {m}"));
            }
        }
        match first {
            Some((at, msg)) => self.err(at, msg),
            None => Ok(()),
        }
    }
}
