//! The order in which a package's type declarations are resolved.
//!
//! Go lets package-level types refer to each other in any order. Most references
//! are by name only (a pointer, a slice element, a field, a method's signature)
//! and work whatever the order, since every named type gets its id first. A few
//! need the other declaration resolved first: `type A B` takes B's underlying
//! type, an interface copies the methods of the interfaces it embeds, and an alias
//! is bound only once its target is resolved. [`eager_deps`] lists those names so
//! that the compiler can resolve such declarations after what they need.

use crate::syntax::ast::{InterfaceElem, TypeExpr, TypeExprKind};

/// The names of package-level types that `ty` (a type declaration's right-hand
/// side) needs resolved before it: a bare name at the top, interfaces embedded in
/// any interface literal within it, and any use of one of `aliases`.
pub(super) fn eager_deps<'a>(ty: &'a TypeExpr, aliases: &[&str]) -> Vec<&'a str> {
    let mut out = vec![];
    walk(ty, true, aliases, &mut out);
    out
}

fn walk<'a>(ty: &'a TypeExpr, eager: bool, aliases: &[&str], out: &mut Vec<&'a str>) {
    match &ty.kind {
        TypeExprKind::Name { pkg: None, name } => {
            if eager || aliases.contains(&name.name.as_str()) {
                out.push(&name.name);
            }
        }
        TypeExprKind::Name { .. } => {}
        TypeExprKind::Pointer(e) | TypeExprKind::Slice(e) => walk(e, false, aliases, out),
        TypeExprKind::Array { elem, .. } => walk(elem, false, aliases, out),
        TypeExprKind::Chan { elem, .. } => walk(elem, false, aliases, out),
        TypeExprKind::Map { key, value } => {
            walk(key, false, aliases, out);
            walk(value, false, aliases, out);
        }
        TypeExprKind::Func(f) => {
            for p in f.params.iter().chain(&f.results) {
                walk(&p.ty, false, aliases, out);
            }
        }
        TypeExprKind::Struct(fields) => {
            for f in fields {
                walk(&f.ty, false, aliases, out);
            }
        }
        TypeExprKind::Interface(elems) => {
            for el in elems {
                match el {
                    InterfaceElem::Embed(e) => walk(e, true, aliases, out),
                    InterfaceElem::Union(terms) => {
                        for (_, e) in terms {
                            walk(e, true, aliases, out);
                        }
                    }
                    InterfaceElem::Method { sig, .. } => {
                        for p in sig.params.iter().chain(&sig.results) {
                            walk(&p.ty, false, aliases, out);
                        }
                    }
                }
            }
        }
        TypeExprKind::Instance { base, args } => {
            walk(base, false, aliases, out);
            for a in args {
                walk(a, false, aliases, out);
            }
        }
    }
}
