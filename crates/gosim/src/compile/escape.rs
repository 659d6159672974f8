//! Which local variables must live on the heap.
//!
//! A variable escapes when a closure refers to it (the closure and the function share
//! it), or when its address may be taken: `&x`, a method call or method value on it (a
//! pointer receiver takes `&x` implicitly), or slicing an array variable. The analysis
//! is by name and errs on the side of boxing: a boxed variable that did not need it
//! costs a heap cell, never a wrong result.

use std::collections::HashSet;

use crate::syntax::ast::*;

/// Names declared in this function (params included) that must be boxed.
pub fn escaping_names(body: &Block, sig: &FuncType, recv: Option<&Receiver>) -> HashSet<String> {
    let mut w = Walker {
        out: HashSet::new(),
        in_closure: 0,
    };
    let _ = (sig, recv);
    w.block(body);
    w.out
}

struct Walker {
    out: HashSet<String>,
    in_closure: u32,
}

impl Walker {
    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Fallthrough => {}
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value)
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in lhs.iter().chain(rhs) {
                    self.expr(e)
                }
            }
            StmtKind::Return(es) => es.iter().for_each(|e| self.expr(e)),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i)
                }
                self.expr(cond);
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e)
                }
            }
            StmtKind::Switch { init, tag, clauses } => {
                if let Some(i) = init {
                    self.stmt(i)
                }
                if let Some(t) = tag {
                    self.expr(t)
                }
                for c in clauses {
                    c.exprs.iter().for_each(|e| self.expr(e));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                if let Some(i) = init {
                    self.stmt(i)
                }
                self.expr(x);
                let before = self.out.clone();
                for c in clauses {
                    c.body.iter().for_each(|s| self.stmt(s));
                }
                let _ = (bind, before);
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    if let Some(s) = &c.comm {
                        self.stmt(s)
                    }
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i)
                }
                if let Some(c) = cond {
                    self.expr(c)
                }
                if let Some(p) = post {
                    self.stmt(p)
                }
                self.block(body)
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
                self.block(body)
            }
        }
    }

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
                if self.in_closure > 0 {
                    self.out.insert(i.name.clone());
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
                    // A field-name key is not a variable reference.
                    if let Some(k) = &el.key {
                        if !matches!(k.kind, ExprKind::Ident(_)) {
                            self.expr(k)
                        }
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
