//! Package initialization order (Go spec, "Package initialization"): package
//! variables are initialised repeatedly taking the earliest variable, in declaration
//! order, whose initializer refers to no variable still uninitialised, where a
//! reference through a function (or a method) counts as a reference to whatever the
//! function's body refers to. A variable that depends on itself is Go's
//! `initialization cycle` error.
//!
//! References are found on the syntax tree before checking, with block scopes kept
//! (a local `x` does not refer to the package's `x`). Methods are not resolved to
//! their receiver type here, so a selector `v.m` counts as a reference to every
//! method named `m` of the package: more edges than Go's, which can only order a
//! variable later, never earlier than one it needs; a cycle found only through such
//! name-only edges is not reported (the order falls back to the exact edges).

use std::collections::HashMap;

use crate::vecmap::VecMap;

use crate::syntax::ast::{
    AssignOp, Block, Decl, Expr, ExprKind, FuncDecl, FuncType, Ident, Stmt, StmtKind, VarSpec,
};

/// A set of names, in order. A `VecMap` rather than a `BTreeSet`: each `BTreeSet` element
/// type brings its own copy of the B-tree's code into the widget's wasm module.
type NameSet = VecMap<String, ()>;

/// What a body refers to: package-level names (not shadowed) and selector names.
#[derive(Default)]
struct Refs {
    names: NameSet,
    selectors: NameSet,
}

struct Walker<'a> {
    scopes: Vec<Vec<&'a str>>,
    refs: Refs,
}

impl<'a> Walker<'a> {
    fn local(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| s.contains(&name))
    }
    fn bind(&mut self, id: &'a Ident) {
        if let Some(s) = self.scopes.last_mut() {
            s.push(&id.name);
        }
    }
    fn bind_expr(&mut self, e: &'a Expr) {
        if let ExprKind::Ident(id) = &e.kind {
            self.bind(id);
        }
    }
    fn sig(&mut self, sig: &'a FuncType) {
        for p in sig.params.iter().chain(&sig.results) {
            if let Some(n) = &p.name {
                self.bind(n);
            }
        }
    }
    fn expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Ident(id) if !self.local(&id.name) => {
                self.refs.names.insert(id.name.clone(), ());
            }
            ExprKind::Composite { ty, elems, .. } => {
                if let Some(t) = ty {
                    self.expr(t);
                }
                for el in elems {
                    // A struct literal's field key is not a reference; a map key
                    // is, so a key that names a variable is counted (more edges).
                    if let Some(k) = &el.key {
                        self.expr(k);
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.scopes.push(vec![]);
                self.sig(sig);
                self.block(body);
                self.scopes.pop();
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => self.expr(x),
            ExprKind::Selector(x, sel) => {
                self.expr(x);
                self.refs.selectors.insert(sel.name.clone(), ());
            }
            ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::SliceExpr { x, lo, hi, max } => {
                self.expr(x);
                for p in [lo, hi, max].into_iter().flatten() {
                    self.expr(p);
                }
            }
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Call { func, args, .. } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
            }
            _ => {}
        }
    }
    fn block(&mut self, b: &'a Block) {
        self.scopes.push(vec![]);
        self.stmts(&b.stmts);
        self.scopes.pop();
    }
    fn stmts(&mut self, ss: &'a [Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }
    fn scoped(&mut self, f: impl FnOnce(&mut Self)) {
        self.scopes.push(vec![]);
        f(self);
        self.scopes.pop();
    }
    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Decl(Decl::Var(specs)) => {
                for v in specs {
                    for e in &v.values {
                        self.expr(e);
                    }
                    for n in &v.names {
                        self.bind(n);
                    }
                }
            }
            StmtKind::Decl(Decl::Const(specs)) => {
                for c in specs {
                    for n in &c.names {
                        self.bind(n);
                    }
                }
            }
            StmtKind::Decl(Decl::Type(specs)) => {
                for t in specs {
                    self.bind(&t.name);
                }
            }
            StmtKind::Decl(Decl::Func(_)) | StmtKind::Empty => {}
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, op, rhs } => {
                for e in rhs {
                    self.expr(e);
                }
                if *op == AssignOp::Define {
                    for e in lhs {
                        self.bind_expr(e);
                    }
                } else {
                    for e in lhs {
                        self.expr(e);
                    }
                }
            }
            StmtKind::Return(es) => {
                for e in es {
                    self.expr(e);
                }
            }
            StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Goto(_)
            | StmtKind::Fallthrough => {}
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => self.scoped(|w| {
                if let Some(i) = init {
                    w.stmt(i);
                }
                w.expr(cond);
                w.block(then);
                if let Some(e) = els {
                    w.stmt(e);
                }
            }),
            StmtKind::Switch { init, tag, clauses } => self.scoped(|w| {
                if let Some(i) = init {
                    w.stmt(i);
                }
                if let Some(t) = tag {
                    w.expr(t);
                }
                for c in clauses {
                    for e in &c.exprs {
                        w.expr(e);
                    }
                    w.scoped(|w| w.stmts(&c.body));
                }
            }),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => self.scoped(|w| {
                if let Some(i) = init {
                    w.stmt(i);
                }
                w.expr(x);
                for c in clauses {
                    w.scoped(|w| {
                        if let Some(b) = bind {
                            w.bind(b);
                        }
                        w.stmts(&c.body)
                    });
                }
            }),
            StmtKind::Select { clauses } => {
                for c in clauses {
                    self.scoped(|w| {
                        if let Some(s) = &c.comm {
                            w.stmt(s);
                        }
                        w.stmts(&c.body)
                    });
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.scoped(|w| {
                if let Some(i) = init {
                    w.stmt(i);
                }
                if let Some(c) = cond {
                    w.expr(c);
                }
                if let Some(p) = post {
                    w.stmt(p);
                }
                w.block(body);
            }),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.scoped(|w| {
                w.expr(x);
                for e in [key, value].into_iter().flatten() {
                    if *define {
                        w.bind_expr(e);
                    } else {
                        w.expr(e);
                    }
                }
                w.block(body);
            }),
        }
    }
}

fn walk_func(f: &FuncDecl) -> Refs {
    let mut w = Walker {
        scopes: vec![vec![]],
        refs: Refs::default(),
    };
    if let Some(r) = &f.recv {
        if let Some(n) = &r.name {
            w.bind(n);
        }
    }
    w.sig(&f.sig);
    if let Some(b) = &f.body {
        w.block(b);
    }
    w.refs
}

fn walk_values(v: &VarSpec) -> Refs {
    let mut w = Walker {
        scopes: vec![],
        refs: Refs::default(),
    };
    for e in &v.values {
        w.expr(e);
    }
    w.refs
}

/// A cycle: the variables, each referring to the next (the last to the first).
pub(super) struct Cycle<'a> {
    pub path: Vec<&'a Ident>,
    /// A single variable whose own initializer names it (not through a function):
    /// Go's `x refers to itself`.
    pub direct: bool,
}

/// The package's var specs in initialization order, or the first cycle found.
pub(super) fn order(decls: &[Decl]) -> Result<Vec<&VarSpec>, Cycle<'_>> {
    let specs: Vec<&VarSpec> = decls
        .iter()
        .filter_map(|d| match d {
            Decl::Var(s) => Some(s.iter()),
            _ => None,
        })
        .flatten()
        .collect();
    let mut var_spec: HashMap<&str, usize> = HashMap::new();
    for (i, s) in specs.iter().enumerate() {
        for n in &s.names {
            var_spec.insert(&n.name, i);
        }
    }
    let mut funcs: HashMap<&str, Refs> = HashMap::new();
    let mut methods: HashMap<&str, Vec<Refs>> = HashMap::new();
    for d in decls {
        if let Decl::Func(f) = d {
            if f.recv.is_some() {
                methods.entry(&f.name.name).or_default().push(walk_func(f));
            } else if f.name.name != "init" {
                funcs.insert(&f.name.name, walk_func(f));
            }
        }
    }
    // deps[i]: (spec j, exact) — exact when reached without a name-only method edge.
    let owns: Vec<Refs> = specs.iter().map(|s| walk_values(s)).collect();
    let deps: Vec<Vec<(usize, bool)>> = owns
        .iter()
        .map(|own| {
            let mut out: Vec<(usize, bool)> = vec![];
            // What was followed: a name reached exactly as itself, reached through a method
            // edge with a space after it (no Go name has one), a selector as `.name`.
            let mut seen = NameSet::new();
            let mut stack: Vec<(&Refs, bool)> = vec![];
            stack.push((own, true));
            while let Some((r, exact)) = stack.pop() {
                for n in r.names.keys() {
                    let key = if exact { n.clone() } else { format!("{n} ") };
                    if seen.insert(key, ()).is_some() {
                        continue;
                    }
                    if let Some(&j) = var_spec.get(n.as_str()) {
                        out.push((j, exact));
                    } else if let Some(f) = funcs.get(n.as_str()) {
                        stack.push((f, exact));
                    }
                }
                for m in r.selectors.keys() {
                    if seen.insert(format!(".{m}"), ()).is_some() {
                        continue;
                    }
                    for body in methods.get(m.as_str()).into_iter().flatten() {
                        stack.push((body, false));
                    }
                }
            }
            out
        })
        .collect();
    // Cycles through exact edges are Go's error.
    if let Some(mut c) = find_cycle(&specs, &deps) {
        if let [v] = c.path[..] {
            c.direct = owns[var_spec[v.name.as_str()]].names.contains_key(&v.name);
        }
        return Err(c);
    }
    let exact_only = |use_all: bool| -> Option<Vec<usize>> {
        let mut done = vec![false; specs.len()];
        let mut out = vec![];
        while out.len() < specs.len() {
            let next = (0..specs.len()).find(|&i| {
                !done[i]
                    && deps[i]
                        .iter()
                        .all(|&(j, exact)| j == i || done[j] || !(exact || use_all))
            })?;
            done[next] = true;
            out.push(next);
        }
        Some(out)
    };
    let idx = exact_only(true)
        .or_else(|| exact_only(false))
        .unwrap_or_else(|| (0..specs.len()).collect());
    Ok(idx.into_iter().map(|i| specs[i]).collect())
}

/// The first cycle of exact references, starting from the earliest variable in it.
fn find_cycle<'a>(specs: &[&'a VarSpec], deps: &[Vec<(usize, bool)>]) -> Option<Cycle<'a>> {
    for start in 0..specs.len() {
        // Depth-first search for a path from `start` back to itself.
        let mut path = vec![start];
        let mut seen = vec![false; specs.len()];
        if dfs(start, start, deps, &mut path, &mut seen) {
            let path = path.iter().map(|&i| &specs[i].names[0]).collect();
            return Some(Cycle {
                path,
                direct: false,
            });
        }
    }
    None
}

fn dfs(
    at: usize,
    goal: usize,
    deps: &[Vec<(usize, bool)>],
    path: &mut Vec<usize>,
    seen: &mut [bool],
) -> bool {
    for &(j, exact) in &deps[at] {
        if !exact {
            continue;
        }
        if j == goal {
            return true;
        }
        if !seen[j] {
            seen[j] = true;
            path.push(j);
            if dfs(j, goal, deps, path, seen) {
                return true;
            }
            path.pop();
        }
    }
    false
}
