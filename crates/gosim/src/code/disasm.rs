//! The disassembler: a program's compiled instructions as text, one per line with
//! its pc and source line, for work on the compiler and the interpreter loop
//! (`gosim disasm`).

use std::fmt::Write;

use super::{FileId, Program};

/// The listing of the user's functions, or of the one named `only` (which may be a
/// library function).
pub fn disassemble(prog: &Program, only: Option<&str>) -> String {
    let mut o = String::new();
    for f in prog.funcs.iter() {
        let chosen = match only {
            Some(name) => f.name == name,
            None => f.file == FileId::User,
        };
        if !chosen {
            continue;
        }
        let _ = writeln!(
            o,
            "{} (params {}, results {}, slots {}):",
            f.name, f.nparams, f.nresults, f.nslots
        );
        for (pc, op) in f.code.iter().enumerate() {
            let line = f
                .spans
                .get(pc)
                .map(|s| prog.line_of(f.file, *s))
                .unwrap_or(0);
            let _ = writeln!(o, "  {pc:4}  line {line:3}  {op:?}");
        }
    }
    o
}
