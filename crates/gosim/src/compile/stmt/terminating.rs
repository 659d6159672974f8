//! Go's "terminating statement" rule (for `missing return`) and the break search it needs.

use crate::syntax::ast::*;

/// Go's "terminating statement" rule, for `missing return`.
pub(crate) fn is_terminating_list(stmts: &[Stmt]) -> bool {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty))
        .is_some_and(is_terminating)
}

fn is_terminating(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        StmtKind::Expr(e) => {
            matches!(&e.kind, ExprKind::Call { func, .. } if matches!(&func.kind, ExprKind::Ident(i) if i.name == "panic"))
        }
        StmtKind::Block(b) => is_terminating_list(&b.stmts),
        StmtKind::If { then, els, .. } => {
            is_terminating_list(&then.stmts) && els.as_ref().is_some_and(|e| is_terminating(e))
        }
        StmtKind::Labeled { label, stmt } => match &stmt.kind {
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts, Some(&label.name), 0),
            _ => is_terminating(stmt),
        },
        StmtKind::For {
            cond: None, body, ..
        } => !has_break(&body.stmts, None, 0),
        StmtKind::Switch { clauses, .. } => {
            clauses.iter().any(|c| c.is_default)
                && clauses.iter().all(|c| {
                    !has_break(&c.body, None, 0)
                        && (is_terminating_list(&c.body)
                            || matches!(
                                c.body.last().map(|s| &s.kind),
                                Some(StmtKind::Fallthrough)
                            ))
                })
        }
        StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| c.is_default)
                && clauses
                    .iter()
                    .all(|c| !has_break(&c.body, None, 0) && is_terminating_list(&c.body))
        }
        StmtKind::Select { clauses } => clauses
            .iter()
            .all(|c| !has_break(&c.body, None, 0) && is_terminating_list(&c.body)),
        _ => false,
    }
}

/// Whether `stmts` contain a break that leaves the enclosing statement (an unlabeled
/// break not inside a nested loop/switch/select, or a break to `label`).
fn has_break(stmts: &[Stmt], label: Option<&str>, depth: u32) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, depth))
}

fn stmt_has_break(s: &Stmt, label: Option<&str>, depth: u32) -> bool {
    match &s.kind {
        StmtKind::Break(None) => depth == 0,
        StmtKind::Break(Some(l)) => Some(l.name.as_str()) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, depth),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, depth)
                || els
                    .as_ref()
                    .is_some_and(|e| stmt_has_break(e, label, depth))
        }
        StmtKind::Labeled { stmt, .. } => stmt_has_break(stmt, label, depth),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, depth + 1)
        }
        StmtKind::Switch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, depth + 1))
        }
        StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, depth + 1))
        }
        StmtKind::Select { clauses } => {
            clauses.iter().any(|c| has_break(&c.body, label, depth + 1))
        }
        _ => false,
    }
}
