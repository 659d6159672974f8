//! gc's evaluation order within a statement.
//!
//! The spec leaves the order of a plain operand read relative to a function call
//! unspecified, and gc (its `order` pass) settles it one way: every call, receive,
//! and a few other operations (below) of a statement run first, left to right and
//! innermost first, each into a temporary, and the rest of the statement (variable
//! reads, indexing, arithmetic, the assignment itself) runs after them with those
//! values. So `fmt.Println(g, inc(), g)` prints `1 1 1` and `arr[g] = inc()` indexes
//! with the incremented `g`.
//!
//! The compiler emits code left to right in one walk, so a statement that needs
//! that order ([`Compiler::needs_order`], one cheap pass over its expressions) is
//! compiled with *chunks*: each such operation ("hoisted", `H` below) is compiled
//! where it stands, skipped by a jump, and ends by storing its values in temporaries
//! and jumping to the next chunk; the main flow loads them where the operation
//! stood. The statement starts with a jump to the first chunk, and the last one
//! jumps back to the main flow. No code moves, so jumps inside a chunk (`&&`) and
//! the places other tables record stay right.
//!
//! What gc hoists (each checked against go1.27.3): calls of functions, methods,
//! interface methods and func values; the builtins len, cap, append, copy, make,
//! new, min, max and recover; conversions of a string to `[]byte` or `[]rune`;
//! receives; type assertions to a type that is not pointer-shaped; slice
//! expressions, and their bounds that are not a plain name or literal; `&&` and `||`
//! as a whole (their right operand is a statement of its own, ordered inside); a
//! value converted to an interface that is not addressable when its type is one gc
//! passes by address (a bool, an int8, a struct of two words, a pointer, ...: see
//! [`needs_addr`]); and map literals, whose constant entries go in first and whose
//! other entries are then inserted one by one, each ordered as `m[k] = v`. A package
//! variable's initializer is a statement of its own, and so is each element of one
//! that is a composite literal (gc initializes them one by one).
//!
//! Map keys ([`Compiler::map_key`]): a map read keyed by `string(b)` of a byte slice
//! runs as a whole among the hoisted operations (gc converts without a copy, so it
//! reads at once), while `string(b)` elsewhere (an argument, `==`, `+`) and
//! `string(runes)` stay in place; a key the runtime takes by address is copied first
//! when it is a new value (a map without a fast path), and an 8- or 4-byte struct or
//! array key always. A key variable a closure assigns is refused there: gc copies it
//! only when the closure was inlined.
//!
//! A single assignment whose place and value can both panic evaluates the value
//! first (`a[7] = b[9]` panics with 9: gc takes the place's address, with its
//! bounds and nil checks, after the value; `stmt/assign.rs`), except the key of a
//! map place that gc copies first. A computed index (a division or shift by a
//! variable) of a variable's element goes first, its bounds check after the value,
//! as in a tuple assignment; such an operation deeper in a place is refused: gc
//! computes it before the value but reads and checks the rest of the place after.
//!
//! `==` and `!=` on struct or array values take both operands by address after both
//! sides' calls: an operand that is not addressable is copied then (before the
//! statement's later calls), and one that is a variable a closure assigns is
//! refused, as for map keys ([`Compiler::cmp_operand_order`]).

use super::expr::strip_parens;
use super::{Builtin, CResult, Compiler, Entity, Mode, Operand, VarLoc};
use crate::code::Op;
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, Span, UnaryOp};
use crate::types::{TypeId, TypeKind};

/// One statement compiled in gc's order.
pub(super) struct OrderCtx {
    /// The function body it belongs to (`Compiler::fn_serial`): a function literal
    /// inside the statement has statements of its own.
    serial: u32,
    /// Whether the statement needs gc's order.
    active: bool,
    /// The jump that starts the statement (to the first chunk).
    entry: usize,
    /// Each chunk: where it starts and the jump that ends it, in the order they run.
    chunks: Vec<(usize, usize)>,
    /// The statement's own call (an expression statement), which runs last anyway.
    root: Option<Span>,
    /// The expression whose chunk is being compiled, if any.
    whole: Option<Span>,
}

/// What the statement's pre-scan visits, in the order the engine emits it.
pub(super) enum Part<'e> {
    /// An expression evaluated for its value.
    Value(&'e Expr),
    /// An expression statement's own call: its operands only.
    Root(&'e Expr),
    /// A place assigned to (`read`: also read first, as by `x += y`).
    Place(&'e Expr, bool),
}

/// What a subtree holds, for the pre-scan.
#[derive(Clone, Copy, Default)]
struct Seen {
    /// A read a call could change, or an operation that can panic, that runs when
    /// the enclosing operation runs (not inside a hoisted one).
    residual: bool,
    /// Anything that is not a plain local or constant: a call, a receive, a
    /// sensitive read or an operation that can panic.
    heavy: bool,
}

impl Seen {
    fn or(self, o: Seen) -> Seen {
        Seen {
            residual: self.residual || o.residual,
            heavy: self.heavy || o.heavy,
        }
    }
    const SENSITIVE: Seen = Seen {
        residual: true,
        heavy: true,
    };
}

impl Compiler {
    /// Compiles a statement (or a statement's header expression) with `f`, in gc's
    /// order when its parts need it.
    pub(super) fn in_order<R>(
        &mut self,
        parts: &[Part],
        f: impl FnOnce(&mut Self) -> CResult<R>,
    ) -> CResult<R> {
        if self.dry > 0 {
            return f(self);
        }
        // Most statements hold nothing gc hoists: tell them apart by shape alone,
        // before the scan that looks names up.
        let may_need = parts.iter().any(|p| match p {
            Part::Value(e) | Part::Place(e, _) => may_hoist(e),
            Part::Root(e) => match &strip_parens(e).kind {
                ExprKind::Call { func, args, .. } => may_hoist(func) || args.iter().any(may_hoist),
                ExprKind::Unary(UnaryOp::Recv, x) => may_hoist(x),
                _ => may_hoist(e),
            },
        });
        if !may_need || !self.needs_order(parts) {
            // Still a statement of its own: operations inside stay in place, even
            // when an enclosing statement (`&&`'s) is in gc's order.
            self.order.push(OrderCtx {
                serial: self.fn_serial,
                active: false,
                entry: 0,
                chunks: vec![],
                root: None,
                whole: None,
            });
            let r = f(self);
            self.order.pop();
            return r;
        }
        let at = match parts.first() {
            Some(Part::Value(e) | Part::Root(e) | Part::Place(e, _)) => e.span,
            None => Span::default(),
        };
        let root = match parts {
            [Part::Root(e)] => Some(strip_parens(e).span),
            _ => None,
        };
        let entry = self.emit(Op::Jump(0), at);
        self.order.push(OrderCtx {
            serial: self.fn_serial,
            active: true,
            entry,
            chunks: vec![],
            root,
            whole: None,
        });
        let r = f(self);
        let ctx = self.order.pop().expect("pushed above");
        let mut from = ctx.entry;
        for (start, end) in ctx.chunks {
            self.set_jump(from, start);
            from = end;
        }
        self.set_jump(from, ctx.entry + 1);
        r
    }

    fn set_jump(&mut self, at: usize, target: usize) {
        let op = match self.fs.last_mut() {
            Some(f) => &mut f.code[at],
            None => &mut self.init_code[at].0,
        };
        if let Op::Jump(t) = op {
            *t = target as u32;
        }
    }

    /// Whether hoisting is on for an operation at `sp` being compiled now.
    pub(super) fn hoisting(&self, sp: Span) -> bool {
        self.dry == 0
            && self
                .order
                .last()
                .is_some_and(|c| c.active && c.serial == self.fn_serial && c.root != Some(sp))
    }

    /// Compiles a hoisted operation with `f`: as a chunk when its statement is in
    /// gc's order, else in place.
    pub(super) fn hoist(
        &mut self,
        sp: Span,
        f: impl FnOnce(&mut Self) -> CResult<Operand>,
    ) -> CResult<Operand> {
        let (op, chunk) = self.hoist_later(sp, f)?;
        if let (Some(chunk), Some(c)) = (chunk, self.order.last_mut()) {
            c.chunks.push(chunk);
        }
        Ok(op)
    }

    /// [`Compiler::hoist`], the chunk returned for the caller to put in the run
    /// order (None when compiled in place).
    pub(super) fn hoist_later(
        &mut self,
        sp: Span,
        f: impl FnOnce(&mut Self) -> CResult<Operand>,
    ) -> CResult<(Operand, Option<(usize, usize)>)> {
        if !self.hoisting(sp) {
            return Ok((f(self)?, None));
        }
        let over = self.emit(Op::Jump(0), sp);
        let start = self.here();
        let outer = self.order.last_mut().and_then(|c| c.whole.replace(sp));
        let op = f(self);
        if let Some(c) = self.order.last_mut() {
            c.whole = outer;
        }
        let op = op?;
        let n = match (&op.mode, self.types.kind(op.ty)) {
            (Mode::Value, TypeKind::Tuple(ts)) => ts.len() as u32,
            (Mode::Value, _) => 1,
            _ => 0,
        };
        let base = self.temp_slots(n);
        for i in (0..n).rev() {
            self.emit(Op::Store(base + i), sp);
        }
        let end = self.emit(Op::Jump(0), sp);
        self.patch(over);
        for i in 0..n {
            self.emit(Op::Load(base + i), sp);
        }
        Ok((op, Some((start, end))))
    }

    /// Puts a chunk from [`Compiler::hoist_later`] next in the run order.
    pub(super) fn run_chunk(&mut self, chunk: Option<(usize, usize)>) {
        if let (Some(chunk), Some(c)) = (chunk, self.order.last_mut()) {
            c.chunks.push(chunk);
        }
    }

    /// When gc copies an operand of `==` or `!=` on struct or array values (of
    /// type `t`) at `sp`: it takes both by address, after both sides' calls, copying
    /// one that is not addressable (or a local it keeps in registers) first. Not
    /// needed for a comparison hoisted as a whole: it runs at once anyway.
    pub(super) fn cmp_operand_order(&mut self, e: &Expr, t: TypeId, sp: Span) -> CResult<KeyOrder> {
        if !self.hoisting(sp)
            || !matches!(
                self.types.ukind(t),
                TypeKind::Struct(_) | TypeKind::Array(..)
            )
            || self.order.last().is_some_and(|c| c.whole == Some(sp))
        {
            return Ok(KeyOrder::InPlace);
        }
        let op = self.peek(e)?;
        if matches!(op.mode, Mode::Const(_)) || op.ty != t {
            return Ok(KeyOrder::InPlace);
        }
        self.copied_order(e)
    }

    /// Whether a value `e` of type `t` given to an interface is hoisted: gc copies
    /// it first when it is not addressable and its type is passed by address.
    pub(super) fn hoists_to_interface(&mut self, e: &Expr, want: TypeId) -> bool {
        if !self.hoisting(e.span) || !self.types.is_interface(want) {
            return false;
        }
        let Ok(op) = self.peek(e) else {
            return false;
        };
        op.mode == Mode::Value
            && !self.types.is_untyped(op.ty)
            && !self.types.is_interface(op.ty)
            && needs_addr(&self.types, op.ty)
            && !self.addressable(e)
    }

    /// Whether a slice bound is hoisted (gc keeps only names and literals in place).
    pub(super) fn hoists_bound(&self, e: &Expr) -> bool {
        !matches!(
            strip_parens(e).kind,
            ExprKind::Ident(_) | ExprKind::IntLit(_) | ExprKind::CharLit(_) | ExprKind::FloatLit(_)
        ) && self.hoisting(e.span)
    }

    /// Whether a call with this target is hoisted.
    pub(super) fn hoisted_builtin(b: Builtin) -> bool {
        use Builtin::*;
        matches!(
            b,
            Append | Cap | Copy | Len | Make | Max | Min | New | Recover
        )
    }

    /// Whether a statement made of `parts` needs gc's order: a call, a receive or
    /// another hoisted operation comes after a read it could change or an
    /// operation that could panic first. One pass; conservative (a false yes costs
    /// a jump, a false no a wrong answer).
    pub(super) fn needs_order(&mut self, parts: &[Part]) -> bool {
        let mut need = false;
        let mut pending = false;
        for p in parts {
            let s = match p {
                Part::Value(e) => self.scan(e, pending, &mut need),
                Part::Root(e) => match &strip_parens(e).kind {
                    ExprKind::Call { func, args, .. } => {
                        let mut s = self.scan_callee(func, pending, &mut need);
                        for a in args {
                            s = s.or(self.scan(a, pending || s.residual, &mut need));
                        }
                        s
                    }
                    ExprKind::Unary(UnaryOp::Recv, x) => self.scan(x, pending, &mut need),
                    _ => self.scan(e, pending, &mut need),
                },
                Part::Place(e, read) => self.scan_place(e, *read, pending, &mut need),
            };
            pending |= s.residual;
            if need {
                return true;
            }
        }
        need
    }

    fn scan_place(&mut self, e: &Expr, read: bool, outside: bool, need: &mut bool) -> Seen {
        match &e.kind {
            ExprKind::Paren(x) => self.scan_place(x, read, outside, need),
            ExprKind::Ident(_) if !read => Seen::default(),
            ExprKind::Index(x, i) => {
                let s = self.scan(x, outside, need);
                s.or(self.scan(i, outside || s.residual, need))
                    .or(Seen::SENSITIVE)
            }
            ExprKind::Selector(x, _) | ExprKind::Star(x) => {
                self.scan(x, outside, need).or(Seen::SENSITIVE)
            }
            _ => self.scan(e, outside, need),
        }
    }

    /// The callee part of a call: a method's receiver or a func value.
    fn scan_callee(&mut self, func: &Expr, outside: bool, need: &mut bool) -> Seen {
        match &strip_parens(func).kind {
            ExprKind::Ident(_) => Seen::default(),
            ExprKind::Selector(x, _) => self.scan(x, outside, need),
            _ => self.scan(func, outside, need),
        }
    }

    fn scan(&mut self, e: &Expr, outside: bool, need: &mut bool) -> Seen {
        if *need {
            return Seen::default();
        }
        match &e.kind {
            ExprKind::Ident(id) => match self.lookup_quiet_var(&id.name) {
                Some(VarLoc::Global(_) | VarLoc::Boxed(_)) => Seen::SENSITIVE,
                _ => Seen::default(),
            },
            ExprKind::IntLit(_)
            | ExprKind::FloatLit(_)
            | ExprKind::CharLit(_)
            | ExprKind::StringLit { .. }
            | ExprKind::FuncLit { .. }
            | ExprKind::TypeLit(_)
            | ExprKind::IndexList(..) => Seen::default(),
            ExprKind::Paren(x) => self.scan(x, outside, need),
            ExprKind::Selector(x, _) => self.scan(x, outside, need).or(Seen::SENSITIVE),
            ExprKind::Star(x) => self.scan(x, outside, need).or(Seen::SENSITIVE),
            ExprKind::Index(x, i) => {
                let s = self.scan(x, outside, need);
                s.or(self.scan(i, outside || s.residual, need))
                    .or(Seen::SENSITIVE)
            }
            ExprKind::SliceExpr { x, lo, hi, max } => {
                let mut s = self.scan(x, outside, need);
                for b in [lo, hi, max].into_iter().flatten() {
                    s = s.or(self.scan(b, outside || s.residual, need));
                }
                if outside {
                    *need = true;
                }
                s.or(Seen::SENSITIVE)
            }
            ExprKind::TypeAssert { x, .. } => {
                let s = self.scan(x, outside, need);
                if outside {
                    *need = true;
                }
                s.or(Seen::SENSITIVE)
            }
            ExprKind::Composite { elems, .. } => {
                let mut s = Seen::default();
                for el in elems {
                    if let Some(k) = &el.key {
                        if !matches!(k.kind, ExprKind::Ident(_)) {
                            s = s.or(self.scan(k, outside || s.residual, need));
                        }
                    }
                    s = s.or(self.scan(&el.value, outside || s.residual, need));
                }
                if outside && s.heavy {
                    *need = true;
                }
                s
            }
            ExprKind::Unary(UnaryOp::Recv, x) => {
                self.scan(x, outside, need);
                if outside {
                    *need = true;
                }
                Seen {
                    residual: false,
                    heavy: true,
                }
            }
            ExprKind::Unary(op, x) => {
                let s = self.scan(x, outside, need);
                if *op == UnaryOp::Not && outside && s.heavy {
                    *need = true;
                }
                s
            }
            ExprKind::Binary(op, a, b) => {
                use BinaryOp::*;
                match op {
                    LogAnd | LogOr => {
                        let sa = self.scan(a, outside, need);
                        // The right operand is ordered on its own when it runs.
                        let mut inner = false;
                        let sb = self.scan(b, false, &mut inner);
                        let heavy = sa.heavy || sb.heavy;
                        if outside && heavy {
                            *need = true;
                        }
                        Seen {
                            residual: false,
                            heavy,
                        }
                    }
                    _ => {
                        let sa = self.scan(a, outside, need);
                        let sb = self.scan(b, outside || sa.residual, need);
                        let mut s = sa.or(sb);
                        let panics = matches!(op, Div | Rem | Shl | Shr)
                            && !matches!(
                                strip_parens(b).kind,
                                ExprKind::IntLit(_) | ExprKind::CharLit(_)
                            );
                        if panics {
                            s = s.or(Seen::SENSITIVE);
                        }
                        if matches!(op, Eq | Ne | Lt | Le | Gt | Ge) && outside && s.heavy {
                            *need = true;
                        }
                        s
                    }
                }
            }
            ExprKind::Call { func, args, .. } => {
                let kind = self.callee_kind(func);
                let mut s = self.scan_callee(func, outside, need);
                for a in args {
                    s = s.or(self.scan(a, outside || s.residual, need));
                }
                match kind {
                    Callee::Call => {
                        if outside {
                            *need = true;
                        }
                        Seen {
                            residual: false,
                            heavy: true,
                        }
                    }
                    Callee::Builtin(effect) => {
                        if outside && (s.heavy || effect) {
                            *need = true;
                        }
                        Seen {
                            residual: false,
                            heavy: s.heavy || effect,
                        }
                    }
                    Callee::Conversion => {
                        if outside && s.heavy {
                            *need = true;
                        }
                        s
                    }
                    Callee::Unknown => {
                        if outside {
                            *need = true;
                        }
                        Seen::SENSITIVE
                    }
                }
            }
        }
    }

    /// What a call's callee is, by its name where that tells.
    fn callee_kind(&mut self, func: &Expr) -> Callee {
        match &strip_parens(func).kind {
            ExprKind::Ident(id) => match self.lookup_quiet(&id.name) {
                Some(Entity::Func(..) | Entity::Var(..) | Entity::Generic(_)) => Callee::Call,
                Some(Entity::Type(_)) => Callee::Conversion,
                Some(Entity::Builtin(b)) => Callee::Builtin(matches!(
                    b,
                    Builtin::Append | Builtin::Copy | Builtin::Recover
                )),
                _ => Callee::Unknown,
            },
            ExprKind::Selector(x, _) => match &x.kind {
                ExprKind::Ident(id) => match self.lookup_quiet(&id.name) {
                    Some(Entity::Package(_)) | None => Callee::Unknown,
                    _ => Callee::Call,
                },
                _ => Callee::Call,
            },
            ExprKind::TypeLit(_) => Callee::Conversion,
            ExprKind::FuncLit { .. } => Callee::Call,
            _ => Callee::Unknown,
        }
    }
}

enum Callee {
    /// A function, method or func value.
    Call,
    /// A builtin (`true`: one that writes memory, as append and copy do).
    Builtin(bool),
    Conversion,
    /// A package member, a generic instance, a parenthesized type: either.
    Unknown,
}

/// Whether gc passes a value of type `t` to an interface conversion by address
/// (its `dataWordFuncName`): all but 2-byte values, 4- and 8-byte values without
/// pointers, and values whose only component is a string or a slice.
pub(super) fn needs_addr(types: &crate::types::TypeTable, t: TypeId) -> bool {
    let size = types.size_of(t);
    let align = types.align_of(t);
    let ptrs = super::expr::has_pointers(types, t);
    if (size == 2 && align == 2)
        || (!ptrs && ((size == 4 && align == 4) || (size == 8 && align == 8)))
    {
        return false;
    }
    !matches!(
        types.ukind(sole_component(types, t)),
        TypeKind::String | TypeKind::Slice(_)
    )
}

/// The one component of a struct or array of one element (recursively), or `t`.
fn sole_component(types: &crate::types::TypeTable, t: TypeId) -> TypeId {
    match types.ukind(t) {
        TypeKind::Struct(fs) if fs.len() == 1 => sole_component(types, fs[0].ty),
        TypeKind::Array(1, e) => sole_component(types, *e),
        _ => t,
    }
}

/// Whether an interface holding a `t` holds it directly (pointer-shaped types):
/// gc does not hoist a type assertion to one.
pub(super) fn direct_iface(types: &crate::types::TypeTable, t: TypeId) -> bool {
    match types.ukind(t) {
        TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => true,
        TypeKind::Struct(fs) if fs.len() == 1 => direct_iface(types, fs[0].ty),
        TypeKind::Array(1, e) => direct_iface(types, *e),
        _ => false,
    }
}

/// When gc evaluates a map operation's key (its `mapKeyTemp`).
#[derive(PartialEq, Eq)]
pub(super) enum KeyOrder {
    /// Where it stands, after the statement's calls.
    InPlace,
    /// Copied into a temporary among the hoisted operations.
    Early,
    /// Copied or not as gc inlined a closure: refused where it shows.
    Unclear,
}

impl Compiler {
    /// Compiles the key `i` of a map of type `map_ty` (an index, an assignment's
    /// place or delete's argument) where gc evaluates it: a key the runtime takes by
    /// address (a map without a fast path: neither 4- nor 8-byte memory keys nor
    /// strings, or an element over 128 bytes) is copied to a temporary first when it
    /// is not addressable, and an 8- or 4-byte struct or array key always, since
    /// gc stores it through a temporary of the fast path's integer type.
    pub(super) fn map_key(&mut self, i: &Expr, map_ty: TypeId, context: &str) -> CResult<()> {
        let TypeKind::Map(k, _) = *self.types.ukind(map_ty) else {
            return self.expr_to(i, map_ty, context);
        };
        let order = if self.hoisting(i.span) {
            self.map_key_order(i, map_ty)?
        } else {
            KeyOrder::InPlace
        };
        if order == KeyOrder::Unclear {
            return self.err(
                i.span,
                "not supported here: a map key that is a variable a closure assigns, in a \
                 statement with a call (gc's order for it depends on inlining)",
            );
        }
        if order == KeyOrder::Early {
            self.hoist(i.span, |cx| {
                cx.expr_to(i, k, context)?;
                Ok(Operand::value(k))
            })?;
            return Ok(());
        }
        self.expr_to(i, k, context)
    }

    pub(super) fn map_key_order(&mut self, i: &Expr, map_ty: TypeId) -> CResult<KeyOrder> {
        let TypeKind::Map(k, v) = *self.types.ukind(map_ty) else {
            return Ok(KeyOrder::InPlace);
        };
        if matches!(self.peek(i)?.mode, Mode::Const(_)) {
            return Ok(KeyOrder::InPlace);
        }
        let fast = self.types.size_of(v) <= 128
            && (self.types.is_string(k) || matches!(mem_size(&self.types, k), Some(4 | 8)));
        if fast {
            // The fast paths take the key as an integer, a pointer or a string: a key
            // of such a type is passed as it is, any other is stored into a temporary.
            return Ok(match self.types.ukind(k) {
                TypeKind::Struct(_) | TypeKind::Array(..) => KeyOrder::Early,
                _ => KeyOrder::InPlace,
            });
        }
        // A key converted to the map's key type (to an interface) is a new value.
        if self.peek(i)?.ty != k {
            return Ok(KeyOrder::Early);
        }
        self.copied_order(i)
    }

    /// When gc's `addrTemp` evaluates `i`: a value that is not addressable is copied
    /// at once; so is a local variable it keeps in registers, which is unclear when
    /// a closure assigns it (whether its address is taken hangs on inlining).
    fn copied_order(&mut self, i: &Expr) -> CResult<KeyOrder> {
        if !self.addressable(i) {
            return Ok(KeyOrder::Early);
        }
        // gc copies an addressable key too when it is a local variable (or a part of
        // one) it keeps in registers: that hangs on whether the variable's address
        // is taken, which a closure changing it may or may not do as inlined.
        let mut outer = strip_parens(i);
        loop {
            match &outer.kind {
                ExprKind::Selector(x, _) | ExprKind::Index(x, _) => {
                    let xt = self.peek(x)?.ty;
                    if matches!(
                        self.types.ukind(xt),
                        TypeKind::Pointer(_) | TypeKind::Slice(_)
                    ) {
                        return Ok(KeyOrder::InPlace);
                    }
                    outer = strip_parens(x);
                }
                ExprKind::Ident(id) => {
                    if let Some(VarLoc::Boxed(_)) = self.lookup_quiet_var(&id.name) {
                        let t = self.peek(outer)?.ty;
                        if can_ssa(&self.types, t) {
                            return Ok(KeyOrder::Unclear);
                        }
                    }
                    return Ok(KeyOrder::InPlace);
                }
                _ => return Ok(KeyOrder::InPlace),
            }
        }
    }

    /// Whether a map read `m[i]` runs as a whole among the hoisted operations: gc
    /// does so when the key is `string(b)` of a byte slice (or a struct or array
    /// literal holding one), which it converts without a copy and so must read at once.
    pub(super) fn hoists_map_read(&mut self, i: &Expr, sp: Span) -> bool {
        self.hoisting(sp) && self.bytes_to_string(i)
    }

    fn bytes_to_string(&mut self, e: &Expr) -> bool {
        match &strip_parens(e).kind {
            ExprKind::Call { func, args, .. } if args.len() == 1 => {
                let Ok(to) = self.peek(func) else {
                    return false;
                };
                if to.mode != Mode::Type || !self.types.is_string(to.ty) {
                    return false;
                }
                self.peek(&args[0]).is_ok_and(|a| {
                    matches!(self.types.ukind(a.ty), TypeKind::Slice(el)
                        if matches!(self.types.ukind(*el), TypeKind::Int(crate::types::IntKind::Uint8)))
                })
            }
            ExprKind::Composite { elems, .. } => {
                elems.iter().any(|el| self.bytes_to_string(&el.value))
            }
            _ => false,
        }
    }
}

/// The size of a type the runtime hashes and compares as plain memory (integers,
/// pointers, channels, and structs and arrays of them without padding), or None.
fn mem_size(types: &crate::types::TypeTable, t: TypeId) -> Option<u32> {
    match types.ukind(t) {
        TypeKind::Bool | TypeKind::Int(_) | TypeKind::Pointer(_) | TypeKind::Chan(..) => {
            Some(types.size_of(t))
        }
        TypeKind::Array(n, e) => mem_size(types, *e).map(|s| s * *n as u32),
        TypeKind::Struct(fs) => {
            let mut sum = 0;
            for f in fs {
                if &*f.name == "_" {
                    return None;
                }
                sum += mem_size(types, f.ty)?;
            }
            (sum == types.size_of(t)).then_some(sum)
        }
        _ => None,
    }
}

/// Whether gc keeps a local of type `t` in registers (its `CanSSA`): at most four
/// words, and a struct of at most four fields or an array of at most one element.
fn can_ssa(types: &crate::types::TypeTable, t: TypeId) -> bool {
    if types.size_of(t) > 32 {
        return false;
    }
    match types.ukind(t) {
        TypeKind::Array(n, e) => *n <= 1 && can_ssa(types, *e),
        TypeKind::Struct(fs) => fs.len() <= 4 && fs.iter().all(|f| can_ssa(types, f.ty)),
        _ => true,
    }
}

/// Whether `e` holds an operation the scan can find needs gc's order (a call, a
/// receive, a slice, an assertion, a composite literal, a comparison, a logical
/// operator): without one, [`Compiler::needs_order`] is sure to say no.
fn may_hoist(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. }
        | ExprKind::SliceExpr { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::Composite { .. }
        | ExprKind::Unary(UnaryOp::Recv | UnaryOp::Not, _) => true,
        ExprKind::Paren(x)
        | ExprKind::Selector(x, _)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x) => may_hoist(x),
        ExprKind::Index(x, i) => may_hoist(x) || may_hoist(i),
        ExprKind::Binary(op, a, b) => {
            use BinaryOp::*;
            matches!(op, Eq | Ne | Lt | Le | Gt | Ge | LogAnd | LogOr)
                || may_hoist(a)
                || may_hoist(b)
        }
        _ => false,
    }
}
