//! Which local variables must live on the heap.
//!
//! A variable escapes when a closure refers to it (the closure and the function share
//! it), or when its address may be taken: `&x`, a method call or method value on it (a
//! pointer receiver takes `&x` implicitly), or slicing an array variable. The analysis
//! is by name and errs on the side of boxing: a boxed variable that did not need it
//! costs a heap cell, never a wrong result.

use crate::code::ConvCap;
use crate::syntax::ast::*;
use crate::vecmap::VecMap;

/// A set of variable names. A sorted vector, not a `NameSet`: a function's
/// names are few, and the widget's wasm then carries no hash table for them.
#[derive(Clone, Debug, Default)]
pub struct NameSet(VecMap<String, ()>);

impl NameSet {
    /// Adds `name`; whether it was new.
    pub fn insert(&mut self, name: String) -> bool {
        self.0.insert(name, ()).is_none()
    }

    pub fn contains(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    fn retain(&mut self, mut keep: impl FnMut(&String) -> bool) {
        self.0.retain(|n, _| keep(n));
    }
}

/// Names declared in this function (params included) that must be boxed.
pub fn escaping_names(body: &Block, sig: &FuncType, recv: Option<&Receiver>) -> NameSet {
    let mut w = Walker::default();
    let _ = recv;
    w.block(body);
    // A named result a `range` body uses (that body may be a range-over-func closure,
    // after whose panic a deferred call can return the result: see
    // `compile::stmt::range_func`).
    for r in &sig.results {
        if let Some(n) = &r.name {
            if w.in_range_body.contains(&n.name) {
                w.out.insert(n.name.clone());
            }
        }
    }
    w.out
}

/// Every name a block refers to (declared in it or not), for the variables a
/// range-over-func body shares with its function.
pub fn names_in(body: &Block) -> Vec<String> {
    let mut w = Walker {
        in_closure: 1,
        ..Walker::default()
    };
    w.block(body);
    w.out.0.into_iter().map(|(n, _)| n).collect()
}

/// Adds the names `e` refers to.
pub fn names_in_expr(e: &Expr, names: &mut Vec<String>) {
    let mut w = Walker {
        in_closure: 1,
        ..Walker::default()
    };
    w.expr(e);
    names.extend(w.out.0.into_iter().map(|(n, _)| n));
}

/// Whether `name` appears in `body` as an expression anywhere but at `decl` (the
/// span of its declaring name, if that is an expression): a use, an assignment, or
/// another variable's name. None means Go reports it declared and not used.
pub fn named_elsewhere(body: &Block, name: &str, decl: crate::syntax::Span) -> bool {
    let mut w = Walker {
        count: Some((name.to_string(), decl, 0)),
        ..Walker::default()
    };
    w.block(body);
    w.count.is_some_and(|c| c.2 > 0)
}

#[derive(Default)]
struct Walker {
    /// For `named_elsewhere`: the name, the span to skip, and the count so far.
    count: Option<(String, crate::syntax::Span, u32)>,
    out: NameSet,
    in_closure: u32,
    /// How many `range` bodies the walk is in, and the names used in them.
    in_range: u32,
    in_range_body: NameSet,
}

impl Walker {
    fn decl(&mut self, d: &Decl) {
        match d {
            Decl::Var(specs) => specs
                .iter()
                .for_each(|s| s.values.iter().for_each(|e| self.expr(e))),
            Decl::Const(specs) => specs
                .iter()
                .for_each(|s| s.values.iter().for_each(|e| self.expr(e))),
            _ => {}
        }
    }

    /// Marks the variable at the root of an addressed expression (`x` in `&x.f[2]`).
    fn addressed(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(i) => {
                self.out.insert(i.name.clone());
            }
            ExprKind::Selector(x, _) | ExprKind::Index(x, _) | ExprKind::Paren(x) => {
                self.addressed(x)
            }
            ExprKind::SliceExpr { x, .. } => self.addressed(x),
            _ => {}
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(i) => {
                if let Some((n, skip, c)) = &mut self.count {
                    if *n == i.name && e.span != *skip {
                        *c += 1;
                    }
                }
                if self.in_closure > 0 {
                    self.out.insert(i.name.clone());
                }
                if self.in_range > 0 {
                    self.in_range_body.insert(i.name.clone());
                }
            }
            ExprKind::IntLit(_)
            | ExprKind::FloatLit(_)
            | ExprKind::CharLit(_)
            | ExprKind::StringLit { .. }
            | ExprKind::TypeLit(_) => {}
            ExprKind::Composite { ty, elems, .. } => {
                if let Some(t) = ty {
                    self.expr(t)
                }
                for el in elems {
                    // A name as key is a struct's field name or a map literal's key
                    // variable (`map[string]int{k: 1}` in a closure captures k): with
                    // no types here it counts as a variable, which at worst puts a
                    // variable named like a field on the heap, changing no result.
                    if let Some(k) = &el.key {
                        self.expr(k)
                    }
                    self.expr(&el.value)
                }
            }
            ExprKind::FuncLit { body, .. } => {
                self.in_closure += 1;
                self.block(body);
                self.in_closure -= 1;
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Selector(x, _) => {
                // A method value or promoted field through an embedded struct may take
                // the address of x.
                self.addressed(x);
                self.expr(x)
            }
            ExprKind::Index(x, i) => {
                self.expr(x);
                self.expr(i)
            }
            ExprKind::IndexList(x, _) => self.expr(x),
            ExprKind::SliceExpr { x, lo, hi, max } => {
                self.addressed(x);
                self.expr(x);
                for y in [lo, hi, max].into_iter().flatten() {
                    self.expr(y)
                }
            }
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Call { func, args, .. } => {
                self.expr(func);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Unary(op, x) => {
                if *op == UnaryOp::Addr {
                    self.addressed(x);
                }
                self.expr(x)
            }
            ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b)
            }
        }
    }
}

impl Walk for Walker {
    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, op } => {
                for e in lhs.iter().chain(rhs) {
                    // Counting uses, a name assigned with `=` is not one.
                    let assigned = *op == AssignOp::Assign
                        && lhs.iter().any(|l| std::ptr::eq(l, e))
                        && matches!(e.kind, ExprKind::Ident(_));
                    if assigned && self.count.is_some() {
                        continue;
                    }
                    self.expr(e)
                }
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for e in [key, value].into_iter().flatten() {
                    self.expr(e)
                }
                self.expr(x);
                self.in_range += 1;
                self.block(body);
                self.in_range -= 1;
            }
            _ => walk_control(self, s),
        }
    }

    fn value(&mut self, e: &Expr) {
        self.expr(e)
    }

    fn tested(&mut self, e: &Expr) {
        self.expr(e)
    }
}

/// Slice variables whose backing array never leaves the function.
///
/// Go 1.25's compiler gives `x = append(x, ...)` (and `y := append(x, ...)`) a 32-byte
/// buffer on the stack when the result does not escape: appending to an empty slice
/// then yields a capacity of `32 / size of the element` instead of the exact length,
/// which programs that print `cap` show. This finds the variables for which that
/// holds, by name and conservatively: any use other than `len`, `cap`, indexing,
/// ranging, comparing with nil, copying elements out, appending to itself and
/// assigning to another such variable counts as an escape, and escape spreads to
/// every variable the slice was assigned to or from.
///
/// With `summary`, a slice passed by name to one of the program's functions whose
/// parameter keeps it in (`ParamSummary`) does not escape by that call, as Go's
/// escape analysis sees across calls; `shadow` names the body's parameters, which
/// hide a function of the same name.
pub fn stack_slice_names(
    body: &Block,
    summary: Option<&ParamSummary>,
    shadow: &[&str],
) -> SliceFacts {
    let mut w = SliceWalker {
        summary,
        ..SliceWalker::default()
    };
    w.block(body);
    // A call counted as keeping its argument in was to a local function after all.
    // Either way the callee may write the slice's elements.
    for (callee, arg, deep) in std::mem::take(&mut w.kept_by) {
        if w.declared.contains(&callee) || shadow.contains(&callee.as_str()) {
            w.escaped.insert(arg.clone());
        }
        // Inlined, the call assigns the slice to the callee's parameter: a
        // transition for Go's slice pass unless the call is in a loop the slice's
        // declaration is not (where the pass gives up on it).
        let deeper = deep > w.decl_depth.get(arg.as_str()).copied().unwrap_or(0);
        if !deeper {
            w.shallow_kept.insert(arg.clone());
        }
        w.mutated.insert(arg);
    }
    for (a, b) in &w.aliases {
        w.mutated.insert(a.clone());
        w.mutated.insert(b.clone());
    }
    w.settle();
    w.seen
        .retain(|n| w.declared.contains(n) && !w.escaped.contains(n));
    // Go 1.27 decides an append's capacity by more than escape: a slice that is
    // returned, assigned on, ranged over or handed to a call may get a stack buffer
    // moved to the heap at that point (cmd/compile's slice pass, sizes walking up the
    // size classes), and inlining (which the engine does not model) turns a callee's
    // body into the caller's. Such names are vague: their grown arrays' capacity is
    // refused. A name fmt prints is boxed into an interface, which kills both, so its
    // array is on the heap for certain; a stack slice reset to empty (redeclared in a
    // loop, or assigned anew) meets Go's one-buffer-per-call rule, also vague.
    let mut vague = NameSet::default();
    // Two names sharing an array that both append: one's append in place could
    // write over the other's where Go's capacity differs.
    let mut aliased = NameSet::default();
    for (a, b) in &w.aliases {
        if w.weight.contains_key(a.as_str()) && w.weight.contains_key(b.as_str()) {
            aliased.insert(a.clone());
            aliased.insert(b.clone());
        }
    }
    let shallow = |n: &str, w: &SliceWalker| w.shallow_kept.contains(n);
    for n in w
        .escaped
        .0
        .keys()
        .chain(w.ranged.0.keys())
        .chain(w.aliases.iter().flat_map(|(a, b)| [a, b]))
        .chain(w.loop_decl.0.keys())
        .chain(w.reassigned.0.keys())
        .chain(w.shallow_kept.0.keys())
    {
        if w.printed.contains(n) {
            continue;
        }
        let reset = w.loop_decl.contains(n) || w.reassigned.contains(n);
        // A range, an alias or a call that keeps the slice in are transitions the
        // slice pass acts on only for a slice appended to twice or in a loop.
        let pass = w.weight.get(n.as_str()).is_some_and(|k| *k >= 2);
        if w.escaped.contains(n)
            || (pass
                && (w.ranged.contains(n)
                    || w.aliases.iter().any(|(a, b)| a == n || b == n)
                    || shallow(n, &w)))
            || (reset && w.seen.contains(n))
        {
            vague.insert(n.clone());
        }
    }
    SliceFacts {
        stack: w.seen,
        mutated: w.mutated,
        printed: w.printed,
        declared: w.declared,
        vague,
        sites: NameSet::default(),
        aliased,
    }
}

/// What a function's walk found about its slice variables, for `append`'s stack
/// buffer and for the capacity of `x := []byte(s)` and `x := []rune(s)` with `s` not
/// a constant, which in Go depends on escape analysis: no escape and no write (for
/// bytes) shares the string's bytes (capacity = length); no escape otherwise uses a
/// 32-element buffer on the stack when the result fits; an escape allocates the
/// length rounded up to a size class.
#[derive(Clone, Debug, Default)]
pub struct SliceFacts {
    /// Declared slice variables whose backing array never leaves the function.
    stack: NameSet,
    /// Variables whose elements may be written here: by an index assignment,
    /// `append` or `copy` to them, a callee given them, or through an alias.
    mutated: NameSet,
    /// Variables handed by name to fmt's printing functions, which box them (the
    /// backing array escapes for certain).
    printed: NameSet,
    /// Names declared in the body.
    declared: NameSet,
    /// Names whose appends' capacity the engine cannot tell (see `stack_slice_names`).
    vague: NameSet,
    /// Names whose first stack-buffered append has been compiled: Go gives the
    /// buffer to one append per variable (the first it compiles), at most once a call.
    sites: NameSet,
    /// Names assigned to or from another variable, both appended to.
    aliased: NameSet,
}

impl SliceFacts {
    pub fn contains(&self, name: &str) -> bool {
        self.stack.contains(name)
    }

    /// Whether `name` shares its array with another variable (`t := s`) that is
    /// appended to as well.
    pub fn aliased(&self, name: &str) -> bool {
        self.aliased.contains(name)
    }

    /// Whether the append being compiled, on `name`, is the one Go gives the
    /// stack buffer: the first such (later ones call growslice).
    pub fn take_site(&mut self, name: &str) -> bool {
        self.sites.insert(name.to_string())
    }

    /// Whether an append `name = append(name, ...)` to this function's local
    /// `name` grows it to a capacity Go's compiler decides in ways the engine
    /// cannot follow (a parameter, a named result, or a name `vague` holds).
    /// Printed names are on the heap for certain.
    pub fn vague(&self, name: &str) -> bool {
        if self.printed.contains(name) {
            return false;
        }
        !self.declared.contains(name) || self.vague.contains(name)
    }

    /// The capacity rule for a conversion of a non-constant string stored straight
    /// into variable `name`; `Loose` where
    /// the walk cannot tell what Go's escape analysis decides.
    /// (`local` says the variable is a plain local of this function.)
    pub fn conv_cap(&self, name: &str, local: bool, runes: bool) -> ConvCap {
        if local && self.stack.contains(name) {
            if runes || self.mutated.contains(name) {
                ConvCap::Stack
            } else {
                ConvCap::Exact
            }
        } else if self.printed.contains(name) {
            ConvCap::Heap
        } else {
            ConvCap::Loose
        }
    }
}

/// For each plain function of the program (no receiver, no type parameters), which of
/// its parameters are `[]T` slices that the body never lets escape, in order: a
/// slice passed there stays on its caller's stack in Go (`func show(s []int)` that
/// prints `len(s)` and `cap(s)`). Worked out with the callee's own walk, over the
/// summary found so far, from "every parameter escapes" until nothing changes, so
/// it errs toward escaping (a recursive call keeps what it passes in only if
/// nothing else lets it out).
/// Held as the names `f/i` (function `f`'s parameter `i`), in a `NameSet` rather
/// than a map of its own, which would add a table type to the wasm module.
/// The second set holds the parameters fmt prints (`f/i`), whose slice is boxed
/// into an interface and so on the heap for certain, inlined or not.
#[derive(Clone, Debug, Default)]
pub struct ParamSummary(NameSet, usize, NameSet);

impl ParamSummary {
    pub fn of(file: &File) -> ParamSummary {
        let mut sum = ParamSummary::default();
        // Each round can only keep more parameters in; a few rounds reach the
        // depth of any realistic call chain, and stopping early only errs toward
        // escaping.
        for _ in 0..8 {
            let next = ParamSummary::round(file, &sum);
            if next.1 == sum.1 {
                break;
            }
            sum = next;
        }
        sum
    }

    fn keeps(&self, func: &str, i: usize) -> bool {
        self.0.contains(&format!("{func}/{i}"))
    }

    fn prints(&self, func: &str, i: usize) -> bool {
        self.2.contains(&format!("{func}/{i}"))
    }

    fn round(file: &File, prev: &ParamSummary) -> ParamSummary {
        let mut out = ParamSummary::default();
        for d in &file.decls {
            let Decl::Func(f) = d else { continue };
            let Some(body) = &f.body else { continue };
            if f.recv.is_some() || !f.tparams.is_empty() {
                continue;
            }
            let mut w = SliceWalker {
                summary: Some(prev),
                ..SliceWalker::default()
            };
            for p in f.sig.params.iter().flat_map(|p| &p.name) {
                w.declared.insert(p.name.clone());
            }
            w.block(body);
            for (callee, arg, _) in std::mem::take(&mut w.kept_by) {
                if w.declared.contains(&callee) {
                    w.escaped.insert(arg);
                }
            }
            w.settle();
            let last = f.sig.params.len().wrapping_sub(1);
            for (i, p) in f.sig.params.iter().enumerate() {
                let slice = matches!(p.ty.kind, TypeExprKind::Slice(_));
                let name = p.name.as_ref().map(|n| n.name.as_str());
                if slice && name.is_some_and(|n| n != "_" && w.printed.contains(n)) {
                    out.2.insert(format!("{}/{i}", f.name.name));
                }
                if slice
                    && !(f.sig.variadic && i == last)
                    && name.is_some_and(|n| n != "_" && !w.escaped.contains(n))
                    && out.0.insert(format!("{}/{i}", f.name.name))
                {
                    out.1 += 1;
                }
            }
        }
        out
    }
}

#[derive(Default)]
struct SliceWalker<'s> {
    summary: Option<&'s ParamSummary>,
    /// (callee, argument, loop depth): a name passed to a parameter the summary
    /// says keeps it.
    kept_by: Vec<(String, String, u32)>,
    /// Such names passed at their declaration's loop depth or shallower.
    shallow_kept: NameSet,
    /// Loop depth of the walk, and of each name's declaration.
    depth: u32,
    decl_depth: VecMap<String, u32>,
    /// Names declared inside a loop, assigned anything but their own append or
    /// reslice, or ranged over.
    loop_decl: NameSet,
    reassigned: NameSet,
    ranged: NameSet,
    /// Each name's `x = append(x, ...)` count, those in loops deeper than its
    /// declaration counted more (Go's slice pass wants a weight of 2).
    weight: VecMap<String, u32>,
    /// Inside `go` or `defer`, whose arguments Go moves to the heap.
    deferred: u32,
    seen: NameSet,
    /// Names declared in the body (`:=`, `var`): only these can be local.
    declared: NameSet,
    escaped: NameSet,
    aliases: Vec<(String, String)>,
    in_closure: u32,
    /// See `SliceFacts`.
    mutated: NameSet,
    printed: NameSet,
}

pub(crate) fn ident_name(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Ident(i) => Some(&i.name),
        ExprKind::Paren(x) => ident_name(x),
        _ => None,
    }
}

fn builtin_call<'e>(e: &'e Expr, name: &str) -> Option<(&'e [Expr], bool)> {
    match &e.kind {
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } if ident_name(func) == Some(name) => Some((args, *ellipsis)),
        ExprKind::Paren(x) => builtin_call(x, name),
        _ => None,
    }
}

impl SliceWalker<'_> {
    /// Package variables (names not declared here) are on the heap already, and
    /// escape spreads along aliases until nothing changes.
    fn settle(&mut self) {
        for (a, b) in self.aliases.clone() {
            if !self.declared.contains(&a) || !self.declared.contains(&b) {
                self.escaped.insert(a);
                self.escaped.insert(b);
            }
        }
        loop {
            let mut changed = false;
            for (a, b) in &self.aliases {
                let (ea, eb) = (self.escaped.contains(a), self.escaped.contains(b));
                if ea != eb {
                    self.escaped.insert(a.clone());
                    self.escaped.insert(b.clone());
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// A call's arguments: each escapes unless it is a name given to a parameter the
    /// callee keeps in.
    fn call_args(&mut self, func: &Expr, args: &[Expr], ellipsis: bool) {
        let kept = match (self.summary, ident_name(func)) {
            (Some(s), Some(f)) if !ellipsis && self.deferred == 0 && self.in_closure == 0 => {
                Some((s, f))
            }
            _ => None,
        };
        if let ExprKind::Selector(pkg, f) = &func.kind {
            let fmt_print = ident_name(pkg) == Some("fmt")
                && !self.declared.contains("fmt")
                && matches!(
                    f.name.as_str(),
                    "Print"
                        | "Println"
                        | "Printf"
                        | "Sprint"
                        | "Sprintln"
                        | "Sprintf"
                        | "Fprint"
                        | "Fprintln"
                        | "Fprintf"
                        | "Errorf"
                );
            if fmt_print {
                // A name, or a slice of it (`b[:n]`): boxed, its array escapes.
                for a in args {
                    let x = match &a.kind {
                        ExprKind::SliceExpr { x, .. } => x,
                        _ => a,
                    };
                    if let Some(n) = ident_name(x) {
                        self.printed.insert(n.to_string());
                    }
                }
            }
        }
        for (i, a) in args.iter().enumerate() {
            if let (Some((s, f)), Some(n)) = (kept, ident_name(a)) {
                if s.prints(f, i) {
                    self.printed.insert(n.to_string());
                }
            }
            match (kept, ident_name(a)) {
                (Some((s, f)), Some(n)) if s.keeps(f, i) => {
                    self.kept_by
                        .push((f.to_string(), n.to_string(), self.depth))
                }
                _ => self.escape(a),
            }
        }
    }

    /// A name declared here (`:=`, `var`).
    fn declare(&mut self, name: &str) {
        self.declared.insert(name.to_string());
        self.decl_depth.insert(name.to_string(), self.depth);
        if self.depth > 0 {
            self.loop_decl.insert(name.to_string());
        }
    }

    /// `dst = src` or `dst := src` where `dst` is a plain name (`decl`: declared
    /// by this statement).
    fn assign_to(&mut self, dst: &str, src: &Expr, decl: bool) {
        let own = builtin_call(src, "append")
            .and_then(|(args, _)| args.first())
            .or(match &src.kind {
                ExprKind::SliceExpr { x, .. } => Some(&**x),
                _ => None,
            })
            .and_then(ident_name)
            == Some(dst);
        if !decl && !own {
            self.reassigned.insert(dst.to_string());
        }
        self.seen.insert(dst.to_string());
        if self.in_closure > 0 {
            self.escaped.insert(dst.to_string());
        }
        if let Some((args, ellipsis)) = builtin_call(src, "append") {
            if let Some((first, rest)) = args.split_first() {
                if let Some(x) = ident_name(first) {
                    self.mutated.insert(x.to_string());
                }
                match ident_name(first) {
                    Some(x) if x == dst => {
                        let at = self.decl_depth.get(x).copied().unwrap_or(0);
                        let extra = 1 + self.depth.saturating_sub(at);
                        *self.weight.get_or_default(x.to_string()) += extra;
                        self.safe(first)
                    }
                    Some(x) => self.aliases.push((x.to_string(), dst.to_string())),
                    None => self.escape(first),
                }
                self.append_rest(rest, ellipsis);
            }
            return;
        }
        let base = match &src.kind {
            ExprKind::SliceExpr { x, lo, hi, max } => {
                for y in [lo, hi, max].into_iter().flatten() {
                    self.escape(y)
                }
                x
            }
            _ => src,
        };
        match ident_name(base) {
            Some(x) => self.aliases.push((x.to_string(), dst.to_string())),
            None => self.escape(src),
        }
    }

    fn append_rest(&mut self, rest: &[Expr], ellipsis: bool) {
        for (i, a) in rest.iter().enumerate() {
            if ellipsis && i + 1 == rest.len() {
                // Only the elements are copied out of a spread slice.
                self.safe(a)
            } else {
                self.escape(a)
            }
        }
    }

    /// The target of an assignment that is not a plain name: `x[i]`, `p.f`, `*p`.
    fn place(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(i) => {
                self.reassigned.insert(i.name.clone());
            }
            ExprKind::Index(x, i) => {
                if let Some(n) = ident_name(x) {
                    self.mutated.insert(n.to_string());
                }
                self.safe(x);
                self.escape(i)
            }
            ExprKind::IndexList(x, _) => self.safe(x),
            _ => self.escape(e),
        }
    }

    fn escape(&mut self, e: &Expr) {
        self.expr(e, true)
    }

    fn safe(&mut self, e: &Expr) {
        self.expr(e, false)
    }

    /// Walks an expression; with `escapes`, a bare name here lets its slice escape.
    fn expr(&mut self, e: &Expr, escapes: bool) {
        match &e.kind {
            ExprKind::Ident(i) => {
                if escapes || self.in_closure > 0 {
                    self.escaped.insert(i.name.clone());
                }
            }
            ExprKind::IntLit(_)
            | ExprKind::FloatLit(_)
            | ExprKind::CharLit(_)
            | ExprKind::StringLit { .. }
            | ExprKind::TypeLit(_) => {}
            ExprKind::Paren(x) => self.expr(x, escapes),
            ExprKind::Call { func, args, .. }
                if matches!(ident_name(func), Some("len" | "cap" | "copy" | "string")) =>
            {
                if ident_name(func) == Some("copy") {
                    if let Some(n) = args.first().and_then(ident_name) {
                        self.mutated.insert(n.to_string());
                    }
                }
                args.iter().for_each(|a| self.safe(a))
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } if ident_name(func) == Some("append") => {
                if let Some((first, rest)) = args.split_first() {
                    // The result goes somewhere unknown: it and its source escape.
                    if let Some(n) = ident_name(first) {
                        self.mutated.insert(n.to_string());
                    }
                    self.escape(first);
                    self.append_rest(rest, *ellipsis);
                }
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => {
                self.escape(func);
                self.call_args(func, args, *ellipsis);
            }
            ExprKind::Index(x, i) => {
                self.safe(x);
                self.escape(i)
            }
            ExprKind::IndexList(x, _) => self.safe(x),
            ExprKind::Binary(op, a, b) => {
                let nil_cmp = matches!(op, BinaryOp::Eq | BinaryOp::Ne);
                self.expr(a, !nil_cmp);
                self.expr(b, !nil_cmp)
            }
            ExprKind::FuncLit { body, .. } => {
                self.in_closure += 1;
                self.block(body);
                self.in_closure -= 1;
            }
            ExprKind::Composite { elems, .. } => {
                for el in elems {
                    // A name as key is a field name or a map key, never a slice (no
                    // slice is comparable, and an array index is a constant).
                    if let Some(k) = &el.key {
                        if !matches!(k.kind, ExprKind::Ident(_)) {
                            self.escape(k)
                        }
                    }
                    self.escape(&el.value)
                }
            }
            ExprKind::Selector(x, _) | ExprKind::Star(x) | ExprKind::Unary(_, x) => self.escape(x),
            ExprKind::TypeAssert { x, .. } => self.escape(x),
            ExprKind::SliceExpr { x, lo, hi, max } => {
                self.escape(x);
                for y in [lo, hi, max].into_iter().flatten() {
                    self.escape(y)
                }
            }
        }
    }
}

impl Walk for SliceWalker<'_> {
    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Assign { lhs, rhs, op } if lhs.len() == rhs.len() => {
                for (l, r) in lhs.iter().zip(rhs) {
                    let decl = *op == AssignOp::Define;
                    if decl {
                        if let Some(n) = ident_name(l) {
                            self.declare(n);
                        }
                    }
                    match ident_name(l) {
                        Some(name) => self.assign_to(name, r, decl),
                        None => {
                            self.place(l);
                            self.escape(r)
                        }
                    }
                }
            }
            StmtKind::Assign { lhs, rhs, op } => {
                if *op == AssignOp::Define {
                    for l in lhs {
                        if let Some(n) = ident_name(l) {
                            self.declare(n);
                        }
                    }
                } else {
                    lhs.iter().for_each(|l| self.place(l));
                }
                rhs.iter().for_each(|r| self.escape(r));
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                define,
                ..
            } => {
                if let Some(n) = ident_name(x) {
                    self.ranged.insert(n.to_string());
                }
                self.safe(x);
                // Go declares the iteration variables anew in each iteration.
                self.depth += 1;
                for e in [key, value].into_iter().flatten() {
                    match ident_name(e) {
                        Some(n) if *define => self.declare(n),
                        _ => self.place(e),
                    }
                }
                self.block(body);
                self.depth -= 1;
            }
            StmtKind::For { .. } => {
                self.depth += 1;
                walk_control(self, s);
                self.depth -= 1;
            }
            StmtKind::IncDec { x, .. } => self.place(x),
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                self.deferred += 1;
                self.escape(e);
                self.deferred -= 1;
            }
            StmtKind::Decl(Decl::Var(specs)) => {
                for sp in specs {
                    if sp.values.len() == sp.names.len() {
                        for (n, v) in sp.names.iter().zip(&sp.values) {
                            self.declare(&n.name);
                            self.assign_to(&n.name, v, true);
                        }
                    } else {
                        for n in &sp.names {
                            self.declare(&n.name);
                        }
                        sp.values.iter().for_each(|v| self.escape(v));
                    }
                }
            }
            _ => walk_control(self, s),
        }
    }

    fn value(&mut self, e: &Expr) {
        self.escape(e)
    }

    fn tested(&mut self, e: &Expr) {
        self.safe(e)
    }
}

/// What both walks share: they step through control flow alike and differ in what an
/// expression means where it stands (`value`: its names may escape; `tested`: a
/// condition, only read) and in the statements that bind or store names, which each
/// handles itself before handing the rest to `walk_control`.
trait Walk {
    fn stmt(&mut self, s: &Stmt);
    fn value(&mut self, e: &Expr);
    fn tested(&mut self, e: &Expr);

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }
}

/// The statements that only hold other statements and expressions (and those that hold
/// nothing); a walk's own `stmt` handles declarations, assignments and `range` first.
fn walk_control(w: &mut impl Walk, s: &Stmt) {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => w.stmt(stmt),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => w.value(e),
        StmtKind::Send { ch, value } => {
            w.value(ch);
            w.value(value)
        }
        StmtKind::Return(es) => es.iter().for_each(|e| w.value(e)),
        StmtKind::Block(b) => w.block(b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                w.stmt(i)
            }
            w.tested(cond);
            w.block(then);
            if let Some(e) = els {
                w.stmt(e)
            }
        }
        StmtKind::Switch { init, tag, clauses } => {
            if let Some(i) = init {
                w.stmt(i)
            }
            if let Some(t) = tag {
                w.value(t)
            }
            for c in clauses {
                c.exprs.iter().for_each(|e| w.value(e));
                c.body.iter().for_each(|s| w.stmt(s));
            }
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            if let Some(i) = init {
                w.stmt(i)
            }
            w.value(x);
            for c in clauses {
                c.body.iter().for_each(|s| w.stmt(s));
            }
        }
        StmtKind::Select { clauses } => {
            for c in clauses {
                if let Some(s) = &c.comm {
                    w.stmt(s)
                }
                c.body.iter().for_each(|s| w.stmt(s));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                w.stmt(i)
            }
            if let Some(c) = cond {
                w.tested(c)
            }
            if let Some(p) = post {
                w.stmt(p)
            }
            w.block(body)
        }
        StmtKind::Decl(_)
        | StmtKind::IncDec { .. }
        | StmtKind::Assign { .. }
        | StmtKind::Range { .. }
        | StmtKind::Empty
        | StmtKind::Break(_)
        | StmtKind::Goto(_)
        | StmtKind::Continue(_)
        | StmtKind::Fallthrough => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_set_is_a_set() {
        let mut s = NameSet::default();
        assert!(s.insert("b".into()));
        assert!(s.insert("a".into()));
        assert!(!s.insert("b".into()));
        assert!(s.contains("a") && s.contains("b") && !s.contains("c"));
        s.retain(|n| n != "a");
        assert!(!s.contains("a") && s.contains("b"));
    }

    #[test]
    fn captured_and_addressed_names_escape() {
        let src = "package main\nfunc main() {\n\tx, y, z := 1, 2, 3\n\tp := &y\n\tf := func() { x++ }\n\tf()\n\t_, _ = p, z\n}\n";
        let file = crate::syntax::parse(src).expect("parses");
        let Decl::Func(f) = &file.decls[0] else {
            panic!("a func")
        };
        let body = f.body.as_ref().expect("a body");
        let out = escaping_names(body, &f.sig, None);
        assert!(out.contains("x") && out.contains("y"));
        assert!(!out.contains("z") && !out.contains("p"));
    }
}
