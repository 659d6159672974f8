//! `goto` and Go's label rules. A function body's labels are checked on its tree before
//! it compiles (`check_labels`): every label used, none defined twice, every goto's
//! label defined, no goto into a block or over a variable declaration, with gc's
//! messages. The code is then plain jumps: a labeled statement records its pc, a goto
//! emits `Jump(0)`, and `patch_gotos` fills the targets in once the body is compiled.
//! The operand stack is empty between statements (a `break` is a plain jump too), so a
//! jump out of loops, switches and blocks leaves nothing behind; a backward jump
//! re-runs declarations, which make fresh variables as Go's do.

use super::*;

/// A label as the tree has it: name, where written, its block and index in it, and the
/// blocks from the body down to it.
struct LabelAt<'a> {
    name: &'a Ident,
    path: Vec<(usize, usize)>,
    used: bool,
}

/// A `goto`: its label's name (with the span gc reports at) and the blocks from the
/// body down to it, each with the index of the statement that holds the goto.
struct GotoAt<'a> {
    name: &'a Ident,
    path: Vec<(usize, usize)>,
}

/// A statement list: where it starts (its `{` or `case`), and the variables it
/// declares, each with the index of the declaring statement and the position gc names
/// (the name in a `var`, the `:=` of a short declaration).
struct BlockAt<'a> {
    start: u32,
    decls: Vec<(&'a Ident, usize, u32)>,
}

#[derive(Default)]
struct Walk<'a> {
    labels: Vec<LabelAt<'a>>,
    gotos: Vec<GotoAt<'a>>,
    blocks: Vec<BlockAt<'a>>,
    /// `break L` and `continue L` names: they use their label.
    branch_names: Vec<&'a str>,
    /// gc's first complaint about a label defined twice.
    duplicate: Option<(&'a Ident, &'a Ident)>,
}

impl<'a> Walk<'a> {
    fn list(&mut self, stmts: &'a [Stmt], start: u32, path: &mut Vec<(usize, usize)>) {
        let b = self.blocks.len();
        self.blocks.push(BlockAt {
            start,
            decls: vec![],
        });
        for (i, s) in stmts.iter().enumerate() {
            path.push((b, i));
            self.stmt(s, path, b, i);
            path.pop();
        }
    }

    fn stmt(&mut self, s: &'a Stmt, path: &mut Vec<(usize, usize)>, b: usize, i: usize) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                if let Some(first) = self.labels.iter().find(|l| l.name.name == label.name) {
                    if self.duplicate.is_none() {
                        self.duplicate = Some((label, first.name));
                    }
                }
                self.labels.push(LabelAt {
                    name: label,
                    path: path.clone(),
                    used: false,
                });
                self.stmt(stmt, path, b, i);
            }
            StmtKind::Goto(l) => self.gotos.push(GotoAt {
                name: l,
                path: path.clone(),
            }),
            StmtKind::Break(Some(l)) | StmtKind::Continue(Some(l)) => {
                self.branch_names.push(&l.name)
            }
            StmtKind::Decl(Decl::Var(specs)) => {
                for spec in specs {
                    for n in &spec.names {
                        self.blocks[b].decls.push((n, i, n.span.lo));
                    }
                }
            }
            StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            } => {
                // The tree keeps no position for `:=`; gofmt puts it one space after
                // the last name.
                let op_at = lhs.last().map_or(s.span.lo, |e| e.span.hi + 1);
                for e in lhs {
                    if let ExprKind::Ident(n) = &e.kind {
                        self.blocks[b].decls.push((n, i, op_at));
                    }
                }
            }
            StmtKind::Block(blk) => self.list(&blk.stmts, blk.span.lo, path),
            StmtKind::If { then, els, .. } => {
                self.list(&then.stmts, then.span.lo, path);
                if let Some(e) = els {
                    self.stmt(e, path, b, i);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.list(&body.stmts, body.span.lo, path)
            }
            StmtKind::Switch { clauses, .. } => {
                for c in clauses {
                    self.list(&c.body, c.span.lo, path);
                }
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    self.list(&c.body, c.span.lo, path);
                }
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    self.list(&c.body, c.span.lo, path);
                }
            }
            _ => {}
        }
    }
}

impl Compiler {
    /// A position in the reader's file as gc writes it inside a message.
    fn go_pos(&self, at: u32) -> String {
        match &self.user_map {
            Some(m) => {
                let (l, c) = m.line_col(at);
                format!("./prog.go:{l}:{c}")
            }
            None => "./prog.go".into(),
        }
    }

    /// The first of gc's label errors in `body`, by position, if any.
    pub(crate) fn check_labels(&self, body: &Block) -> Option<crate::syntax::Diagnostic> {
        let mut w = Walk::default();
        w.list(&body.stmts, body.span.lo, &mut vec![]);
        let mut errs: Vec<(Span, String)> = vec![];
        if let Some((again, first)) = w.duplicate {
            errs.push((
                again.span,
                format!(
                    "label {} already defined at {}",
                    again.name,
                    self.go_pos(first.span.lo)
                ),
            ));
        }
        for g in &w.gotos {
            let Some(l) = w.labels.iter_mut().find(|l| l.name.name == g.name.name) else {
                errs.push((g.name.span, format!("label {} not defined", g.name.name)));
                continue;
            };
            l.used = true;
            // The first block on the label's path that the goto is not inside.
            let k = l
                .path
                .iter()
                .zip(&g.path)
                .position(|(a, b)| a.0 != b.0)
                .unwrap_or(g.path.len().min(l.path.len()));
            if k < l.path.len() {
                let (b, _) = l.path[k];
                errs.push((
                    g.name.span,
                    format!(
                        "goto {} jumps into block starting at {}",
                        g.name.name,
                        self.go_pos(w.blocks[b].start)
                    ),
                ));
                continue;
            }
            // Same block: a forward jump must not bring a variable into scope.
            let (b, li) = *l.path.last().expect("a label is in a block");
            let gi = g.path[l.path.len() - 1].1;
            if let Some((n, _, pos)) = w.blocks[b]
                .decls
                .iter()
                .find(|(n, at, _)| *at > gi && *at < li && n.name != "_")
            {
                errs.push((
                    g.name.span,
                    format!(
                        "goto {} jumps over declaration of {} at {}",
                        g.name.name,
                        n.name,
                        self.go_pos(*pos)
                    ),
                ));
            }
        }
        for l in &w.labels {
            if !l.used && !w.branch_names.contains(&l.name.name.as_str()) {
                errs.push((
                    l.name.span,
                    format!("label {} defined and not used", l.name.name),
                ));
            }
        }
        let (sp, msg) = errs.into_iter().min_by_key(|(sp, _)| sp.lo)?;
        Some(crate::syntax::Diagnostic::new(sp, msg))
    }

    /// `goto L`: a jump whose target [`Compiler::patch_gotos`] fills in.
    pub(super) fn goto_stmt(&mut self, label: &Ident, sp: Span) -> CResult<()> {
        let j = self.emit(Op::Jump(0), sp);
        if self.dry == 0 {
            self.cur().gotos.push((label.name.clone(), j, label.span));
        }
        Ok(())
    }

    /// Records where labeled statement `name` starts, for the gotos to it.
    pub(super) fn note_label(&mut self, name: &str) {
        if self.dry == 0 {
            let pc = self.here();
            self.cur().label_pcs.push((name.to_string(), pc));
        }
    }

    /// Points every goto of the function being compiled at its label. A label outside
    /// the function is one around a range-over-func loop whose body this is (the other
    /// cases are Go's errors, found by `check_labels`).
    pub(crate) fn patch_gotos(&mut self) -> CResult<()> {
        let gotos = std::mem::take(&mut self.cur().gotos);
        for (name, j, span) in gotos {
            let found = self.cur().label_pcs.iter().find(|(n, _)| *n == name);
            let Some(&(_, pc)) = found else {
                return self.err(
                    span,
                    "not supported here: goto out of a range-over-func loop body",
                );
            };
            if let Op::Jump(t) = &mut self.cur().code[j] {
                *t = pc as u32;
            }
        }
        Ok(())
    }
}
