//! Go source text to syntax tree: the lexer (with Go's automatic semicolons), the
//! parser, and the [`SourceMap`] that turns byte offsets into `line:col`.

pub mod ast;
pub mod lexer;
pub mod parser;

pub use ast::Span;
pub use parser::parse;

/// Maps byte offsets to Go's 1-based line and (byte) column.
#[derive(Clone, Debug)]
pub struct SourceMap {
    line_starts: Vec<u32>,
}

impl SourceMap {
    pub fn new(src: &str) -> SourceMap {
        let mut line_starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceMap { line_starts }
    }

    /// `(line, col)`, both starting at 1; the column counts bytes, as Go's does.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }
}

/// A compile-time error at a place in the source. Displayed the way the Go toolchain
/// prints them once a [`SourceMap`] is applied: `prog.go:3:5: undefined: x`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
        }
    }

    /// `prog.go:LINE:COL: message`.
    pub fn render(&self, file_name: &str, map: &SourceMap) -> String {
        self.locate(file_name, map).to_string()
    }

    /// The error placed in file `file_name` through its source map.
    pub fn locate(&self, file_name: &str, map: &SourceMap) -> CompileError {
        let (line, col) = map.line_col(self.span.lo);
        CompileError {
            file: file_name.to_string(),
            line,
            col,
            message: self.message.clone(),
        }
    }
}

/// A compile error where its reader finds it: the file (`prog.go` for the program,
/// `sync.go` and the like for the engine's own library), the line and byte column
/// (from 1), and Go's message, which may span several lines (`have (...)`/`want
/// (...)` notes). This is what the compiler hands its callers, typed, so that no
/// layer above parses text; `Display` writes it as the go command does:
/// `prog.go:3:5: undefined: x`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub message: String,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}
