//! Constraints: `comparable`, unions as marker methods, and whether a type argument
//! satisfies its type parameter's constraint.

use super::*;

impl Compiler {
    /// The interface of the predeclared `comparable`.
    pub(in crate::compile) fn comparable_type(&mut self) -> TypeId {
        if self.comparable_t == ids::INVALID {
            let sig = self.types.func(vec![], vec![], false);
            let iface = self.types.intern(TypeKind::Interface(vec![IfaceMethod {
                name: COMPARABLE.into(),
                sig,
            }]));
            let t = self.types.new_named("", "comparable", ids::INVALID);
            self.types.set_underlying(t, iface);
            self.comparable_t = t;
        }
        self.comparable_t
    }

    /// `t` itself, unless it is a constraint interface used outside a constraint.
    pub(in crate::compile) fn outside_constraint(&self, t: TypeId, sp: Span) -> CResult<TypeId> {
        self.outside_constraint_shown(t, sp, None)
    }

    /// As `outside_constraint`; an interface literal (`written`) is named as written:
    /// its type-set terms live in `typesets`, not in its type.
    pub(in crate::compile) fn outside_constraint_shown(
        &self,
        t: TypeId,
        sp: Span,
        written: Option<&[ast::InterfaceElem]>,
    ) -> CResult<TypeId> {
        if self.in_constraint || !self.types.is_interface(t) {
            return Ok(t);
        }
        let ms = self.types.iface_methods(t);
        let why = if ms.iter().any(|m| m.name.starts_with("\0ts")) {
            "interface contains type constraints"
        } else if ms.iter().any(|m| &*m.name == COMPARABLE) {
            "interface is (or embeds) comparable"
        } else {
            return Ok(t);
        };
        self.err(
            sp,
            format!(
                "cannot use type {} outside a type constraint: {why}",
                match written {
                    Some(elems) => crate::syntax::parser::interface_string(elems),
                    None => self.tname(t),
                }
            ),
        )
    }

    /// The marker method standing for a union's type set in a constraint interface.
    pub(in crate::compile) fn union_marker(
        &mut self,
        terms: &[(bool, TypeExpr)],
    ) -> CResult<IfaceMethod> {
        let mut ts = vec![];
        let mut text = vec![];
        for (tilde, te) in terms {
            let t = self.resolve_type(te)?;
            if *tilde && self.types.underlying(t) != t {
                return self.err(
                    te.span,
                    format!(
                        "invalid use of ~ ({}'s underlying type is {})",
                        self.tname(t),
                        self.tname(self.types.underlying(t))
                    ),
                );
            }
            if self.types.is_interface(t) {
                return self.err(te.span, "not supported here: interfaces in a union");
            }
            ts.push((*tilde, t));
            text.push(format!(
                "{}{}",
                if *tilde { "~" } else { "" },
                self.tname(t)
            ));
        }
        let idx = self.typesets.len();
        self.typesets.push(TypeSet {
            terms: ts,
            text: text.join(" | "),
        });
        let sig = self.types.func(vec![], vec![], false);
        Ok(IfaceMethod {
            name: format!("\0ts{idx}").into(),
            sig,
        })
    }

    /// Whether `t` (a type argument) satisfies `c` (a constraint), with Go's message.
    fn satisfies(&mut self, t: TypeId, c: TypeId, cname: &str) -> Result<(), String> {
        if self.stand_in(t).is_some() {
            // A stand-in satisfies what its own constraint allows; checked no further.
            return Ok(());
        }
        let tn = self.tname(t);
        let methods = self.types.iface_methods(c).to_vec();
        for m in &methods {
            if &*m.name == COMPARABLE {
                if !self.types.comparable(t) {
                    return Err(format!("{tn} does not satisfy {cname}"));
                }
            } else if let Some(i) = m.name.strip_prefix("\0ts") {
                let set = &self.typesets[i.parse::<usize>().unwrap_or(0)];
                let u = self.types.underlying(t);
                if !set
                    .terms
                    .iter()
                    .any(|&(tilde, x)| x == t || (tilde && x == u))
                {
                    let text = set.text.clone();
                    return Err(format!(
                        "{tn} does not satisfy {cname} ({tn} missing in {text})"
                    ));
                }
            }
        }
        let real: Vec<IfaceMethod> = methods
            .into_iter()
            .filter(|m| !m.name.starts_with('\0'))
            .collect();
        if !real.is_empty() {
            let only = self.types.intern(TypeKind::Interface(real));
            if let Err(why) = self.implements(t, only) {
                return Err(format!("{tn} does not satisfy {cname} {why}"));
            }
        }
        Ok(())
    }

    /// Checks each type argument against its constraint; `at` gives each one's
    /// position for the message.
    pub(super) fn check_constraints(
        &mut self,
        def: usize,
        args: &[TypeId],
        at: &[Span],
    ) -> CResult<()> {
        let b = self.bindings(def, args);
        let tps = self.generics[def].tparams.clone();
        for (i, p) in tps.iter().enumerate() {
            let c = self.in_def(def, b.clone(), |c| {
                let in_c = std::mem::replace(&mut c.in_constraint, true);
                let r = c.resolve_type(&p.constraint);
                c.in_constraint = in_c;
                r
            })?;
            let cname = constraint_text(&p.constraint);
            let cname = if cname.is_empty() {
                self.tname(c)
            } else {
                cname
            };
            if !self.types.is_interface(c) {
                // `[T int]`: a one-term type set.
                if args[i] != c && self.stand_in(args[i]).is_none() {
                    let sp = at.get(i).or(at.last()).copied().unwrap_or_default();
                    let (a, cn) = (self.tname(args[i]), self.tname(c));
                    return self.err(
                        sp,
                        format!("{a} does not satisfy {cn} ({a} missing in {cn})"),
                    );
                }
                continue;
            }
            if let Err(msg) = self.satisfies(args[i], c, &cname) {
                let sp = at.get(i).or(at.last()).copied().unwrap_or_default();
                return self.err(sp, msg);
            }
        }
        Ok(())
    }
}

/// A constraint as Go writes it in messages: `any`, `~int | ~float64`.
pub(super) fn constraint_text(c: &TypeExpr) -> String {
    // A union's terms: `~int | ~float64`.
    let union = |terms: &[(bool, TypeExpr)]| -> String {
        let ts: Vec<String> = terms
            .iter()
            .map(|(tilde, t)| {
                let tilde = if *tilde { "~" } else { "" };
                format!("{tilde}{}", crate::syntax::parser::type_string(t))
            })
            .collect();
        ts.join(" | ")
    };
    if let TypeExprKind::Interface(elems) = &c.kind {
        if let [ast::InterfaceElem::Union(terms)] = elems.as_slice() {
            return union(terms);
        }
        let es: Vec<String> = elems
            .iter()
            .map(|e| match e {
                ast::InterfaceElem::Union(terms) => union(terms),
                ast::InterfaceElem::Embed(t) => crate::syntax::parser::type_string(t),
                ast::InterfaceElem::Method { name, sig } => {
                    let f = crate::syntax::parser::func_string(sig);
                    format!("{}{}", name.name, f.strip_prefix("func").unwrap_or(&f))
                }
            })
            .collect();
        return format!("interface{{{}}}", es.join("; "));
    }
    crate::syntax::parser::type_string(c)
}
