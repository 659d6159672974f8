//! Function literals: a closure's body compiled as its own function, with the
//! variables it captures.

use super::*;

impl Compiler {
    pub(super) fn func_lit(
        &mut self,
        sig: &crate::syntax::ast::FuncType,
        body: &crate::syntax::ast::Block,
        t: TypeId,
        sp: Span,
    ) -> CResult<()> {
        let outer_name = self
            .fs
            .last()
            .map(|f| self.funcs[f.func as usize].name.clone())
            .unwrap_or_else(|| "main".into());
        // Go names closures after the outermost named function: main.main.func1.
        let base = outer_name
            .split(".func")
            .next()
            .unwrap_or(&outer_name)
            .to_string();
        let n = self.lit_counter.get_or_default(base.clone());
        *n += 1;
        let name = format!("{base}.func{n}");
        let id = self.funcs.len() as u32;
        self.push_func_placeholder(name, sp);
        let s = self
            .types
            .signature(t)
            .cloned()
            .unwrap_or(crate::types::Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            });
        let params: Vec<_> = sig
            .params
            .iter()
            .zip(&s.params)
            .map(|(p, t)| (p.name.as_ref(), *t))
            .collect();
        let results: Vec<_> = sig
            .results
            .iter()
            .zip(&s.results)
            .map(|(p, t)| (p.name.as_ref(), *t))
            .collect();
        let escaping = Rc::new(crate::compile::escape::escaping_names(body, sig, None));
        self.compile_body(id, &params, &results, body, escaping, vec![], sp)?;
        let caps = std::mem::take(&mut self.last_captures);
        for (name, _, loc, _) in &caps {
            match loc {
                VarLoc::Boxed(s) => self.emit(Op::Load(*s), sp),
                VarLoc::Local(_) | VarLoc::Global(_) => {
                    return self.err(
                        sp,
                        format!("internal error: captured variable {name} is not on the heap"),
                    );
                }
            };
        }
        self.emit(
            Op::Closure {
                func: id,
                ncaps: caps.len() as u32,
            },
            sp,
        );
        Ok(())
    }
}
