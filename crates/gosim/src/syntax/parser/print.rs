//! Printing, for error messages: expressions, types and statements written back as
//! gc writes them in its diagnostics.

use super::*;

/// gc's `emphasize`: a list, with a lone binary expression parenthesised.
pub(super) fn emphasize(list: &[Expr]) -> String {
    match list {
        [e] if matches!(e.kind, ExprKind::Binary(..)) => format!("({})", expr_string(e)),
        _ => list_string(list),
    }
}

pub(super) fn list_string(list: &[Expr]) -> String {
    list.iter().map(expr_string).collect::<Vec<_>>().join(", ")
}

/// A simple statement in Go syntax.
pub(super) fn stmt_string(s: &StmtKind) -> String {
    match s {
        StmtKind::Expr(e) => expr_string(e),
        StmtKind::Send { ch, value } => format!("{} <- {}", expr_string(ch), expr_string(value)),
        StmtKind::IncDec { x, inc } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        StmtKind::Assign { lhs, op, rhs } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.as_str()),
            };
            format!("{} {op} {}", list_string(lhs), list_string(rhs))
        }
        _ => "statement".into(),
    }
}

/// An expression in Go syntax, abbreviated the way gc abbreviates it in messages (its
/// syntax errors and its type checker's errors print expressions alike, so the checker
/// uses this printer too, as `compile::describe`).
/// The nesting is bounded by the parser's depth limit, so recursion is safe.
pub(crate) fn expr_string(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(id) => id.name.clone(),
        ExprKind::IntLit(s) | ExprKind::FloatLit(s) => s.clone(),
        ExprKind::CharLit(c) => lexer::quote_rune(*c),
        ExprKind::StringLit { bytes } => crate::library::numfmt::quote(bytes),
        ExprKind::Composite { ty, elems, .. } => {
            let body = if elems.is_empty() { "{}" } else { "{…}" };
            format!(
                "{}{body}",
                ty.as_ref().map_or(String::new(), |t| expr_string(t))
            )
        }
        ExprKind::FuncLit { sig, body } => {
            format!(
                "{} {}",
                func_string(sig),
                if body.stmts.is_empty() { "{}" } else { "{…}" }
            )
        }
        ExprKind::Paren(x) => format!("({})", expr_string(x)),
        ExprKind::Selector(x, sel) => format!("{}.{}", expr_string(x), sel.name),
        ExprKind::Index(x, i) => format!("{}[{}]", expr_string(x), expr_string(i)),
        ExprKind::IndexList(x, is) => {
            let is: Vec<String> = is.iter().map(expr_string).collect();
            format!("{}[{}]", expr_string(x), is.join(", "))
        }
        ExprKind::SliceExpr { x, lo, hi, max } => {
            let part = |p: &Option<Box<Expr>>| p.as_ref().map_or(String::new(), |e| expr_string(e));
            let mut s = format!("{}[{}:{}", expr_string(x), part(lo), part(hi));
            if max.is_some() {
                s += &format!(":{}", part(max));
            }
            s + "]"
        }
        ExprKind::TypeAssert { x, ty } => {
            format!(
                "{}.({})",
                expr_string(x),
                ty.as_ref().map_or("type".to_string(), type_string)
            )
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            format!(
                "{}({}{})",
                expr_string(func),
                list_string(args),
                if *ellipsis { "..." } else { "" }
            )
        }
        ExprKind::Star(x) => format!("*{}", expr_string(x)),
        ExprKind::Unary(op, x) => {
            let op = match op {
                UnaryOp::Plus => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "^",
                UnaryOp::Addr => "&",
                UnaryOp::Recv => "<-",
            };
            format!("{op}{}", expr_string(x))
        }
        ExprKind::Binary(op, a, b) => {
            format!("{} {} {}", expr_string(a), op.as_str(), expr_string(b))
        }
        ExprKind::TypeLit(t) => type_string(t),
    }
}

pub(crate) fn func_string(sig: &FuncType) -> String {
    let params: Vec<String> = sig
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let dots = if sig.variadic && i + 1 == sig.params.len() {
                "..."
            } else {
                ""
            };
            match &p.name {
                Some(n) => format!("{} {dots}{}", n.name, type_string(&p.ty)),
                None => format!("{dots}{}", type_string(&p.ty)),
            }
        })
        .collect();
    let mut s = format!("func({})", params.join(", "));
    match sig.results.as_slice() {
        [] => {}
        [Param { name: None, ty }] => s += &format!(" {}", type_string(ty)),
        rs => {
            let rs: Vec<String> = rs
                .iter()
                .map(|p| match &p.name {
                    Some(n) => format!("{} {}", n.name, type_string(&p.ty)),
                    None => type_string(&p.ty),
                })
                .collect();
            s += &format!(" ({})", rs.join(", "));
        }
    }
    s
}

/// An interface literal's elements as Go's checker writes them in full
/// (`interface{M(); ~int | string}`), for the message about a constraint used as a type.
pub(crate) fn interface_string(elems: &[InterfaceElem]) -> String {
    let mut s = String::from("interface{");
    for (i, el) in elems.iter().enumerate() {
        if i > 0 {
            s.push_str("; ");
        }
        match el {
            InterfaceElem::Method { name, sig } => {
                s.push_str(&name.name);
                s.push_str(&func_string(sig)["func".len()..]);
            }
            InterfaceElem::Embed(te) => s.push_str(&type_string(te)),
            InterfaceElem::Union(terms) => {
                for (j, (tilde, te)) in terms.iter().enumerate() {
                    s.push_str(if j > 0 { " | " } else { "" });
                    s.push_str(if *tilde { "~" } else { "" });
                    s.push_str(&type_string(te));
                }
            }
        }
    }
    s.push('}');
    s
}

/// A type in Go syntax.
pub(crate) fn type_string(t: &TypeExpr) -> String {
    match &t.kind {
        TypeExprKind::Name { pkg: Some(p), name } => format!("{}.{}", p.name, name.name),
        TypeExprKind::Name { pkg: None, name } => name.name.clone(),
        TypeExprKind::Pointer(x) => format!("*{}", type_string(x)),
        TypeExprKind::Slice(x) => format!("[]{}", type_string(x)),
        TypeExprKind::Array { len: Some(n), elem } => {
            format!("[{}]{}", expr_string(n), type_string(elem))
        }
        TypeExprKind::Array { len: None, elem } => format!("[...]{}", type_string(elem)),
        TypeExprKind::Map { key, value } => {
            format!("map[{}]{}", type_string(key), type_string(value))
        }
        TypeExprKind::Chan {
            dir: ChanDir::Both,
            elem,
        } => format!("chan {}", type_string(elem)),
        TypeExprKind::Chan {
            dir: ChanDir::Send,
            elem,
        } => format!("chan<- {}", type_string(elem)),
        TypeExprKind::Chan {
            dir: ChanDir::Recv,
            elem,
        } => format!("<-chan {}", type_string(elem)),
        TypeExprKind::Func(sig) => func_string(sig),
        TypeExprKind::Struct(fields) if fields.is_empty() => "struct{}".into(),
        TypeExprKind::Struct(_) => "struct{…}".into(),
        TypeExprKind::Interface(elems) if elems.is_empty() => "interface{}".into(),
        TypeExprKind::Interface(_) => "interface{…}".into(),
        TypeExprKind::Instance { base, args } => {
            let args: Vec<String> = args.iter().map(type_string).collect();
            format!("{}[{}]", type_string(base), args.join(", "))
        }
    }
}
