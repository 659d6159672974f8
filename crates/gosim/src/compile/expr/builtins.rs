//! Built-in functions: `len`, `cap`, `append`, `make`, `new`, `delete`, `copy`,
//! `panic`, `recover`, `print(ln)`, `min`, `max`, `clear`, and the sizes of types
//! that decide how `append` grows a slice.

use super::calls::CallTarget;
use super::*;
use crate::code::builtin_native;
use crate::compile::FileId;

/// Whether two expressions name the same place (`b.items`, `*h`, `s.data`).
fn same_place(a: &Expr, b: &Expr) -> bool {
    match (&a.kind, &b.kind) {
        (ExprKind::Paren(x), _) => same_place(x, b),
        (_, ExprKind::Paren(y)) => same_place(a, y),
        (ExprKind::Ident(x), ExprKind::Ident(y)) => x.name == y.name,
        (ExprKind::Star(x), ExprKind::Star(y)) => same_place(x, y),
        (ExprKind::Selector(x, f), ExprKind::Selector(y, g)) => {
            f.name == g.name && same_place(x, y)
        }
        _ => false,
    }
}

impl Compiler {
    /// Whether the program's own `append` with first argument `arg` (the name
    /// `first`), stored into variable `dest`, grows to a capacity the engine cannot
    /// be sure of (`Op::Append`'s `vague`). Sure: a package variable (the heap),
    /// a map element (Go stores map values on the heap), and locals whose uses the
    /// slice walk follows (`SliceFacts::vague`). `new`: `dest` is declared by this
    /// `:=`, and whether as a plain local.
    fn append_is_vague(
        &mut self,
        arg: &Expr,
        first: Option<&str>,
        dest: Option<&str>,
        new: Option<bool>,
    ) -> bool {
        if self.file != FileId::User || self.checking_generics {
            return false;
        }
        // `append([]byte(s), ...)` into a variable: the conversion's capacity rule
        // (`conv_cap`) already follows that variable.
        let conv = matches!(&arg.kind, ExprKind::Call { func, .. }
            if matches!(func.kind, ExprKind::TypeLit(_)));
        let first = match (first, dest) {
            (None, Some(d)) if conv => Some(d),
            _ => first,
        };
        let (Some(x), Some(d)) = (first, dest) else {
            if let ExprKind::Index(m, _) = &arg.kind {
                if let Ok(op) = self.peek(m) {
                    if matches!(self.types.ukind(op.ty), TypeKind::Map(..)) {
                        return false;
                    }
                }
            }
            return true;
        };
        [x, d].into_iter().any(|n| {
            let loc = match new {
                Some(true) if n == d => Some(VarLoc::Local(0)),
                Some(false) if n == d => None,
                _ => self.lookup_quiet_var(n),
            };
            match loc {
                Some(VarLoc::Global(_)) => false,
                Some(VarLoc::Local(_)) => self.cur().stack_slices.vague(n),
                _ => true,
            }
        })
    }

    /// Whether `e` makes a function call or a channel receive when evaluated (a
    /// conversion or a builtin with a constant result is no call, and a function
    /// literal's body does not run): then `len`/`cap` of an array evaluate it.
    pub(crate) fn has_call_or_recv(&mut self, e: &Expr) -> CResult<bool> {
        Ok(match &e.kind {
            ExprKind::Call { func, args, .. } => {
                self.dry += 1;
                let target = self.call_target(func).map(|t| match t {
                    CallTarget::Conversion(_) => Some(false),
                    CallTarget::Builtin(_) => None,
                    _ => Some(true),
                });
                self.dry -= 1;
                match target? {
                    Some(true) => true,
                    Some(false) => self.any_call_or_recv(args)?,
                    None => !matches!(self.peek(e)?.mode, Mode::Const(_)),
                }
            }
            ExprKind::Unary(UnaryOp::Recv, _) => true,
            ExprKind::Unary(_, x)
            | ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Selector(x, _)
            | ExprKind::TypeAssert { x, .. } => self.has_call_or_recv(x)?,
            ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => {
                self.has_call_or_recv(a)? || self.has_call_or_recv(b)?
            }
            ExprKind::SliceExpr { x, lo, hi, max } => {
                self.has_call_or_recv(x)?
                    || [lo, hi, max]
                        .into_iter()
                        .flatten()
                        .try_fold(false, |acc, y| Ok(acc || self.has_call_or_recv(y)?))?
            }
            ExprKind::Composite { elems, .. } => {
                for el in elems {
                    if self.has_call_or_recv(&el.value)? {
                        return Ok(true);
                    }
                }
                false
            }
            _ => false,
        })
    }

    fn any_call_or_recv(&mut self, es: &[Expr]) -> CResult<bool> {
        for e in es {
            if self.has_call_or_recv(e)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The two result types of `args` when it is one call returning two values, which
    /// Go spreads over a two-argument built-in (`copy(f())`, `delete(h(m))`).
    fn spread_pair(&mut self, args: &[Expr]) -> CResult<Option<(TypeId, TypeId)>> {
        let [a] = args else { return Ok(None) };
        if !matches!(&strip_parens(a).kind, ExprKind::Call { .. }) {
            return Ok(None);
        }
        let t = self.peek(a)?.ty;
        Ok(match self.types.kind(t) {
            TypeKind::Tuple(ts) if ts.len() == 2 => Some((ts[0], ts[1])),
            _ => None,
        })
    }

    pub(super) fn builtin(
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
                    | Builtin::Clear
                    | Builtin::Recover
                    | Builtin::Copy
            )
        {
            return self.err(sp, format!("defer discards result of {name}(...)"));
        }
        match b {
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => {
                argc(1, 1, self)?;
                self.unsafe_layout(b, &args[0])
            }
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
                let array_len = match self.types.ukind(xo.ty).clone() {
                    TypeKind::Array(n, _) => Some(n),
                    TypeKind::Pointer(p) => match self.types.ukind(p) {
                        TypeKind::Array(n, _) => Some(*n),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(n) = array_len {
                    let k = Operand {
                        mode: Mode::Const(ConstVal::Int(n as i128)),
                        ty: ids::INT,
                    };
                    // The length of an array is a constant, and its operand not
                    // evaluated, unless the operand calls a function or receives.
                    if !self.has_call_or_recv(&args[0])? {
                        return Ok(k);
                    }
                    self.value_expr(&args[0])?;
                    self.emit(Op::Pop, sp);
                    self.materialize(&k, ids::INT, sp)?;
                    return Ok(Operand::value(ids::INT));
                }
                let kind = match self.types.ukind(xo.ty).clone() {
                    TypeKind::String if b == Builtin::Len => SeqKind::Str,
                    TypeKind::Slice(_) => SeqKind::Slice,
                    TypeKind::Map(..) if b == Builtin::Len => SeqKind::Map,
                    TypeKind::Chan(..) => SeqKind::Chan,
                    _ => {
                        let shown = self.operand_text(&args[0], &xo);
                        return self.err(
                            args[0].span,
                            format!("invalid argument: {shown} for built-in {name}"),
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
                    let shown = self.operand_text(&args[0], &so);
                    return self.err(
                        args[0].span,
                        format!("invalid argument: {shown} is not a slice"),
                    );
                };
                // Taken before the arguments compile, so an `append` nested in them
                // does not see it; dry passes leave it for the real one.
                let stack_buf = self.dry == 0 && std::mem::take(&mut self.append_stack_buf);
                let dest = std::mem::take(&mut self.append_dest);
                let dest_new = self.append_dest_new.take();
                let first = super::super::escape::ident_name(&args[0]).map(str::to_string);
                // Go gives the stack buffer to one append per variable.
                let stack_buf = stack_buf
                    && first
                        .as_deref()
                        .is_none_or(|x| self.cur().stack_slices.take_site(x));
                let place = std::mem::take(&mut self.append_place);
                let own = match (&first, &dest) {
                    (Some(x), Some(d)) => x == d && !self.cur().stack_slices.aliased(x),
                    _ => place.as_ref().is_some_and(|p| same_place(p, &args[0])),
                };
                let vague =
                    self.append_is_vague(&args[0], first.as_deref(), dest.as_deref(), dest_new);
                // `append([]byte(s), ...)` kept in the function: the conversion's
                // result, written by the append, does not escape either.
                let hint = std::mem::take(&mut self.conv_cap);
                if stack_buf {
                    self.conv_cap = Some((args[0].span, ConvCap::Stack, ConvCap::Stack));
                }
                let r = self.expr(&args[0]);
                self.conv_cap = hint;
                r?;
                let esz = self.types.size_of(elem);
                let pointers = has_pointers(&self.types, elem);
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
                            // Go's spread append calls growslice, never the buffer.
                            stack_buf: false,
                            own,
                            pointers,
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
                            vague,
                            own,
                            pointers,
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
                // Since Go 1.26 the operand may be a value: `new(42)` is an *int holding 42
                // (an untyped constant takes its default type).
                let t = if to.mode == Mode::Type {
                    let z = self.zero_const(to.ty);
                    self.emit(Op::Const(z), sp);
                    to.ty
                } else {
                    if to.ty == ids::UNTYPED_NIL {
                        return self.err(args[0].span, "use of untyped nil in argument to new");
                    }
                    self.value_expr(&args[0])?
                };
                self.emit(Op::Alloc, sp);
                Ok(Operand::value(self.types.pointer(t)))
            }
            Builtin::Delete if self.spread_pair(args)?.is_some() => {
                // `delete(h(m))`: the call's two results are the map and the key.
                let (mt, kt) = self.spread_pair(args)?.unwrap_or_default();
                let key_ok = match *self.types.ukind(mt) {
                    TypeKind::Map(k, _) => k == kt,
                    _ => false,
                };
                if !key_ok {
                    return self.err(sp, "not supported here: delete of a multi-valued call whose results are not a map and its key type");
                }
                self.expr(&args[0])?;
                self.builtin_statement(pack, builtin_native::DELETE, 2, Op::MapDelete, sp)
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
                let _ = k;
                self.map_key(&args[1], mt, "argument to delete")?;
                self.builtin_statement(pack, builtin_native::DELETE, 2, Op::MapDelete, sp)
            }
            Builtin::Clear => {
                argc(1, 1, self)?;
                let xo = self.peek(&args[0])?;
                if !matches!(
                    self.types.ukind(xo.ty),
                    TypeKind::Map(..) | TypeKind::Slice(_)
                ) {
                    let shown = self.operand_text(&args[0], &xo);
                    return self.err(
                        args[0].span,
                        format!("invalid argument: cannot clear {shown}: argument must be (or constrained by) map or slice"),
                    );
                }
                // The library's runtime.clearValue does the work, on the argument in
                // an interface (which carries the element type).
                let f = match self.packages.iter().find(|p| p.path == "runtime") {
                    Some(p) => match p.scope.get("clearValue") {
                        Some(Entity::Func(f, _)) => *f,
                        _ => return self.err(sp, "not supported here: clear"),
                    },
                    None => return self.err(sp, "not supported here: clear"),
                };
                self.expr_to(&args[0], ids::ANY, "argument to clear")?;
                let kind = CallKind::of_func(f);
                if pack {
                    self.emit(Op::Pack { kind, nargs: 1 }, sp);
                } else {
                    self.emit(Op::Call { kind, nargs: 1 }, sp);
                }
                Ok(Operand {
                    mode: Mode::Void,
                    ty: ids::VOID,
                })
            }
            Builtin::Close => {
                argc(1, 1, self)?;
                let (ct, op) = self.value_operand(&args[0])?;
                let text = self.operand_text(&args[0], &op);
                match self.types.ukind(ct) {
                    TypeKind::Chan(ChanDir::Recv, _) => {
                        return self.err(
                            args[0].span,
                            format!("invalid operation: cannot close receive-only channel {text}"),
                        )
                    }
                    TypeKind::Chan(..) => {}
                    _ => {
                        return self.err(
                            args[0].span,
                            format!("invalid operation: cannot close non-channel {text}"),
                        )
                    }
                }
                self.builtin_statement(pack, builtin_native::CLOSE, 1, Op::Close, sp)
            }
            Builtin::Copy if self.spread_pair(args)?.is_some() => {
                // `copy(f())`: the call's two results are the destination and the source.
                let (dt, st) = self.spread_pair(args)?.unwrap_or_default();
                let from_str = self.types.is_string(st);
                let elems = match (self.types.ukind(dt), self.types.ukind(st)) {
                    (TypeKind::Slice(d), TypeKind::Slice(s)) => *d == *s,
                    (TypeKind::Slice(d), _) if from_str => self.types.underlying(*d) == ids::UINT8,
                    _ => false,
                };
                if !elems {
                    return self.err(sp, "not supported here: copy of a multi-valued call whose results are not a slice and its source");
                }
                if pack {
                    return self.err(sp, "not supported here: defer copy");
                }
                self.expr(&args[0])?;
                self.emit(Op::Copy { from_str }, sp);
                Ok(Operand::value(ids::INT))
            }
            Builtin::Copy => {
                argc(2, 2, self)?;
                let (dop, sop) = (self.peek(&args[0])?, self.peek(&args[1])?);
                let dt = self.value_expr(&args[0])?;
                let st = sop.ty;
                let from_str = self.types.is_string(st);
                self.value_expr(&args[1])?;
                // The elements must be of one type (a string's are bytes).
                let src_elem = match self.types.ukind(st) {
                    TypeKind::Slice(e) => Some(*e),
                    _ if from_str => Some(ids::UINT8),
                    _ => None,
                };
                if let (TypeKind::Slice(de), Some(se)) = (self.types.ukind(dt), src_elem) {
                    let de = *de;
                    if de != se {
                        let (a, b) = (
                            self.operand_text(&args[0], &dop),
                            self.operand_text(&args[1], &sop),
                        );
                        let (x, y) = (self.tname(de), self.tname(se));
                        let y = if se == ids::UINT8 {
                            "byte".to_string()
                        } else {
                            y
                        };
                        return self.err(args[0].span, format!("invalid copy: arguments {a} and {b} have different element types {x} and {y}"));
                    }
                }
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
                self.builtin_statement(pack, builtin_native::PANIC, 1, Op::Panic, sp)
            }
            Builtin::Recover => {
                argc(0, 0, self)?;
                if pack {
                    return self.builtin_statement(
                        pack,
                        builtin_native::RECOVER,
                        0,
                        Op::Recover,
                        sp,
                    );
                }
                self.emit(Op::Recover, sp);
                Ok(Operand::value(ids::ANY))
            }
            Builtin::Print | Builtin::Println => {
                let mut unsigned_or_iface = 0u16;
                let mut float32_or_slice = 0u16;
                // `println(f())` prints each of f's results, as Go allows for a
                // call whose results are all the arguments.
                let mut tys = vec![];
                if let [a] = args {
                    if let ExprKind::Call { .. } = &strip_parens(a).kind {
                        let t = self.peek(a)?.ty;
                        if let TypeKind::Tuple(ts) = self.types.kind(t) {
                            tys = ts.clone();
                            self.expr(a)?;
                        }
                    }
                }
                let spread = !tys.is_empty();
                for i in 0..if spread { tys.len() } else { args.len() } {
                    let t = if spread {
                        tys[i]
                    } else {
                        self.value_expr(&args[i])?
                    };
                    // A nil slice or interface prints in a form of its own.
                    let (f32, iface) = match self.types.ukind(t) {
                        TypeKind::Float32 | TypeKind::Slice(_) => (true, false),
                        TypeKind::Interface(..) => (false, true),
                        _ => (false, false),
                    };
                    if (f32 || iface) && i >= 16 {
                        return self.err(
                            sp,
                            "not supported here: print of a float32, slice or interface after the 16th argument",
                        );
                    }
                    if f32 {
                        float32_or_slice |= 1 << i;
                    }
                    if iface {
                        unsigned_or_iface |= 1 << i;
                    }
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
                        unsigned_or_iface |= 1 << i;
                    }
                }
                if pack {
                    return self.err(sp, "not supported here: defer print");
                }
                self.emit(
                    Op::Print {
                        n: if spread { tys.len() } else { args.len() } as u32,
                        newline: b == Builtin::Println,
                        unsigned_or_iface,
                        float32_or_slice,
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
                    // The result's type: a typed argument's, else the widest untyped
                    // kind (`min(1, 2.5)` is an untyped float); strings only with strings.
                    let mut ty = ops[0].ty;
                    for (o, a) in ops[1..].iter().zip(&args[1..]) {
                        if self.types.is_string(ty) != self.types.is_string(o.ty) {
                            let (pt, ot) = (self.tname(ty), self.tname(o.ty));
                            return self.err(a.span, format!("invalid argument: mismatched types {pt} (previous argument) and {ot} (type of {})", describe(a)));
                        }
                        let widest = self.types.is_untyped(o.ty)
                            && super::operators::untyped_rank(&self.types, o.ty)
                                > super::operators::untyped_rank(&self.types, ty);
                        if self.types.is_untyped(ty) && (widest || !self.types.is_untyped(o.ty)) {
                            ty = o.ty;
                        }
                    }
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
                    if let Mode::Const(v) = &best.mode {
                        let v = self.convert_const(v, best.ty, ty, sp)?;
                        return Ok(Operand {
                            mode: Mode::Const(v),
                            ty,
                        });
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

    /// A builtin used as a statement (`close(c)`, `delete(m, k)`, `panic(v)`): its
    /// instruction `op`, or under `go`/`defer` (`pack`) a call of its runtime
    /// function `native` on the `nargs` arguments already pushed.
    fn builtin_statement(
        &mut self,
        pack: bool,
        native: u32,
        nargs: u32,
        op: Op,
        sp: Span,
    ) -> CResult<Operand> {
        let op = if pack {
            Op::Pack {
                kind: CallKind::Native(native),
                nargs,
            }
        } else {
            op
        };
        self.emit(op, sp);
        Ok(Operand {
            mode: Mode::Void,
            ty: ids::VOID,
        })
    }

    pub(super) fn size_arg(&mut self, e: &Expr) -> CResult<()> {
        self.int_context(e)?;
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
            let shown = self.operand_text(e, &o);
            return self.err(e.span, format!("cannot convert {shown} to type int"));
        }
        Ok(())
    }
}

impl Compiler {
    /// `unsafe.Sizeof(x)`, `Alignof(x)`, `Offsetof(x.f)`: uintptr constants from the
    /// layout of linux/amd64 (Go's gc sizes); the argument is not evaluated.
    fn unsafe_layout(&mut self, b: Builtin, arg: &Expr) -> CResult<Operand> {
        let xo = self.peek(arg)?;
        self.need_value(arg, &xo)?;
        let t = self.types.default_type(xo.ty);
        let mut variable = !matches!(xo.mode, Mode::Const(_)) && self.var_size(t);
        let n = match b {
            Builtin::Sizeof => self.types.size_of(t),
            Builtin::Alignof => self.types.align_of(t),
            _ => {
                let x = strip_parens(arg);
                let ExprKind::Selector(base, sel) = &x.kind else {
                    return self.err(
                        arg.span,
                        format!(
                            "invalid argument: {} is not a selector expression",
                            describe(arg)
                        ),
                    );
                };
                let bo = self.peek(base)?;
                let Some(Member::Field { path, .. }) = self.find_member(bo.ty, &sel.name) else {
                    return self.err(
                        arg.span,
                        format!("invalid argument: {} is a method value", describe(arg)),
                    );
                };
                if path.iter().any(|(_, through_ptr)| *through_ptr) {
                    return self.err(
                        arg.span,
                        format!(
                            "invalid argument: field {} is embedded via a pointer in {}",
                            sel.name,
                            describe(base)
                        ),
                    );
                }
                let mut st = match self.types.ukind(bo.ty) {
                    TypeKind::Pointer(p) => *p,
                    _ => bo.ty,
                };
                variable = self.var_size(st);
                let mut off = 0;
                for (i, _) in path {
                    let TypeKind::Struct(fs) = self.types.ukind(st).clone() else {
                        break;
                    };
                    off += self.types.field_offset(&fs, i as usize);
                    st = fs[i as usize].ty;
                }
                off
            }
        };
        let k = Operand {
            mode: Mode::Const(ConstVal::Int(n as i128)),
            ty: ids::UINTPTR,
        };
        if !variable {
            return Ok(k);
        }
        // Not a constant: the size is the instance's, the operand still unevaluated.
        self.materialize(&k, ids::UINTPTR, arg.span)?;
        Ok(Operand::value(ids::UINTPTR))
    }

    /// Whether, in a generic body, `t`'s size depends on a type parameter (Go's
    /// variable size: the parameter itself, or an array or struct holding one by
    /// value), which makes `unsafe.Sizeof` of it no constant: `1 << Sizeof(x)` then
    /// shifts at run time. An instance knows its type arguments, not where a type
    /// came from, so a type equal to an argument counts as one.
    fn var_size(&self, t: TypeId) -> bool {
        if self.tparams.is_empty() {
            return false;
        }
        let mut stack = vec![t];
        let mut steps = 0;
        while let Some(t) = stack.pop() {
            steps += 1;
            if steps > 10_000 {
                return false;
            }
            if self.stand_in(t).is_some() || self.tparams.values().any(|&p| p == t) {
                return true;
            }
            match self.types.ukind(t) {
                TypeKind::Array(_, e) => stack.push(*e),
                TypeKind::Struct(fs) => stack.extend(fs.iter().map(|f| f.ty)),
                _ => {}
            }
        }
        false
    }
}

/// Whether a value of type `t` holds a pointer the collector must scan (Go's
/// `PtrBytes != 0`): strings, slices, maps, channels, funcs, pointers, interfaces,
/// and arrays or structs holding one (a zero-length array holds nothing).
pub fn has_pointers(types: &crate::types::TypeTable, t: TypeId) -> bool {
    match types.ukind(t) {
        TypeKind::Bool | TypeKind::Int(_) | TypeKind::Float64 | TypeKind::Float32 => false,
        TypeKind::Array(n, e) => *n > 0 && has_pointers(types, *e),
        TypeKind::Struct(fs) => fs.iter().any(|f| has_pointers(types, f.ty)),
        _ => true,
    }
}
