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
        let outer_name = self.cur_func_name();
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
        let s = self.types.signature(t).cloned().unwrap_or_default();
        let params = crate::compile::named(&sig.params, &s.params);
        let results = crate::compile::named(&sig.results, &s.results);
        let escaping = Rc::new(crate::compile::escape::escaping_names(body, sig, None));
        self.compile_body(id, &params, &results, body, escaping, vec![], sp)?;
        self.emit_closure(id, sp)
    }
}
