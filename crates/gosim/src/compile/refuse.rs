//! Refusals by name: what a program reaches for in Go's standard library that the
//! engine's library lacks is a missing feature (`not supported here: time.Date`), not
//! a mistake in the program, so it must never get Go's `undefined: ...`, which would
//! tell the reader their correct program is wrong. A program's own undefined names keep
//! Go's messages.
//!
//! The engine cannot tell a missing standard function from a misspelt one without
//! carrying Go's whole export list; a misspelling such as `time.Sleepp` is therefore
//! refused as unsupported too, which names the name and claims nothing false about Go.

use super::Compiler;
use crate::syntax::ast::Span;
use crate::syntax::Diagnostic;
use crate::types::TypeId;
use crate::types::TypeKind;

impl Compiler {
    /// Whether package number `p` is one of the library's (not the reader's program).
    pub(super) fn is_library_package(&self, p: usize) -> bool {
        self.packages[p].path != "main"
    }

    /// The refusal for `pkg.name` missing from library package `p`, or `None` when `p`
    /// is the reader's own package (whose undefined names keep Go's message).
    pub(super) fn missing_member(&self, p: usize, name: &str, span: Span) -> Option<Diagnostic> {
        if !self.is_library_package(p) {
            return None;
        }
        let path = &self.packages[p].path;
        Some(Diagnostic::new(
            span,
            format!("not supported here: {path}.{name}"),
        ))
    }

    /// The refusal for method or field `name` missing from `t` (or `*t`) when `t` is a
    /// type of the library's, such as `time.Duration.Round`.
    pub(super) fn missing_library_method(
        &self,
        t: TypeId,
        name: &str,
        span: Span,
    ) -> Option<Diagnostic> {
        let base = match self.types.kind(t) {
            TypeKind::Pointer(b) => *b,
            _ => t,
        };
        let named = self.types.named(base)?;
        let p = self
            .packages
            .iter()
            .position(|p| *p.name == *named.pkg && p.path != "main")?;
        let path = &self.packages[p].path;
        let tname = &named.name;
        Some(Diagnostic::new(
            span,
            format!("not supported here: {path}.{tname}.{name}"),
        ))
    }
}
