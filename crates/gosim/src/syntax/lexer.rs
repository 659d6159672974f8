//! The Go lexer: source text to a token vector, with Go's automatic semicolons.
//!
//! The whole file is lexed up front so the parser can look ahead freely. Error
//! messages and positions follow the gc compiler's scanner, because learners compare
//! our output with what `go build` prints:
//!
//! like gc's scanner, this one recovers from every error: it records the error in
//! [`Lexed::errors`] and carries on (a bad literal still becomes a token, an invalid
//! character is skipped). Go sorts all errors by position, so a syntax error the
//! parser finds at a bad literal's start must still win over the literal's own error
//! reported further right; recovering keeps that ordering possible.
//!
//! Semicolon insertion: after an identifier, a literal, one of the keywords `break`,
//! `continue`, `fallthrough`, `return`, or one of `++ -- ) ] }`, a newline (or a
//! `/* */` comment spanning lines, or the end of the file) becomes a [`Tok::Semi`]. Its
//! [`SemiKind`] remembers which, so errors can say `unexpected newline` like Go does.

use super::ast::Span;
use super::Diagnostic;

/// Why a semicolon token is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// Written as `;`.
    Explicit,
    /// Inserted at a newline (or a comment containing one).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

/// A token. Literal tokens carry their value; the parser recovers the source text
/// from the token's span when it needs it (for error messages and number literals).
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Ident(String),
    /// An integer literal as written.
    Int(String),
    /// A floating-point literal as written.
    Float(String),
    /// An imaginary literal such as `2i` (outside the subset; the parser rejects it).
    Imag(String),
    /// A rune literal, decoded.
    Char(u32),
    /// A string literal, decoded to bytes.
    Str(Vec<u8>),

    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // Operators.
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Amp,
    Pipe,
    Caret,
    Shl,
    Shr,
    AndNot,
    AndAnd,
    OrOr,
    /// `<-`
    Arrow,
    Inc,
    Dec,
    EqEq,
    NotEq,
    Lt,
    Le,
    Gt,
    Ge,
    Assign,
    Define,
    Not,
    /// `~` (only meaningful in generic constraints, which are outside the subset).
    Tilde,
    /// `+=`, `&^=`, ...: the assignment form of the binary operator.
    OpAssign(super::ast::BinaryOp),
    Ellipsis,

    // Punctuation.
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Dot,
    Colon,
    Semi(SemiKind),
    Eof,
}

impl Tok {
    /// The keyword spelled `word`, if it is one.
    fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "break" => Tok::Break,
            "case" => Tok::Case,
            "chan" => Tok::Chan,
            "const" => Tok::Const,
            "continue" => Tok::Continue,
            "default" => Tok::Default,
            "defer" => Tok::Defer,
            "else" => Tok::Else,
            "fallthrough" => Tok::Fallthrough,
            "for" => Tok::For,
            "func" => Tok::Func,
            "go" => Tok::Go,
            "goto" => Tok::Goto,
            "if" => Tok::If,
            "import" => Tok::Import,
            "interface" => Tok::Interface,
            "map" => Tok::Map,
            "package" => Tok::Package,
            "range" => Tok::Range,
            "return" => Tok::Return,
            "select" => Tok::Select,
            "struct" => Tok::Struct,
            "switch" => Tok::Switch,
            "type" => Tok::Type,
            "var" => Tok::Var,
            _ => return None,
        })
    }

    /// The keyword's spelling, if this is a keyword.
    pub fn keyword_str(&self) -> Option<&'static str> {
        Some(match self {
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
            _ => return None,
        })
    }

    /// The spelling of an operator or punctuation token (`""` for the others).
    pub fn symbol(&self) -> &'static str {
        match self {
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Percent => "%",
            Tok::Amp => "&",
            Tok::Pipe => "|",
            Tok::Caret => "^",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::AndNot => "&^",
            Tok::AndAnd => "&&",
            Tok::OrOr => "||",
            Tok::Arrow => "<-",
            Tok::Inc => "++",
            Tok::Dec => "--",
            Tok::EqEq => "==",
            Tok::NotEq => "!=",
            Tok::Lt => "<",
            Tok::Le => "<=",
            Tok::Gt => ">",
            Tok::Ge => ">=",
            Tok::Assign => "=",
            Tok::Define => ":=",
            Tok::Not => "!",
            Tok::Tilde => "~",
            Tok::OpAssign(op) => op_assign_str(*op),
            Tok::Ellipsis => "...",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBrack => "[",
            Tok::RBrack => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Comma => ",",
            Tok::Dot => ".",
            Tok::Colon => ":",
            Tok::Semi(_) => ";",
            _ => "",
        }
    }

    /// Whether a newline right after this token becomes a semicolon.
    fn ends_statement(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Char(_)
                | Tok::Str(_)
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    }
}

fn op_assign_str(op: super::ast::BinaryOp) -> &'static str {
    use super::ast::BinaryOp::*;
    match op {
        Add => "+=",
        Sub => "-=",
        Mul => "*=",
        Div => "/=",
        Rem => "%=",
        And => "&=",
        Or => "|=",
        Xor => "^=",
        Shl => "<<=",
        Shr => ">>=",
        AndNot => "&^=",
        // Not produced by the lexer: these have no assignment form.
        LogAnd | LogOr | Eq | Ne | Lt | Le | Gt | Ge => "=",
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
}

/// The result of lexing a whole file.
#[derive(Clone, Debug)]
pub struct Lexed {
    /// Always ends with exactly one [`Tok::Eof`].
    pub tokens: Vec<Token>,
    /// Every lexical error, in the order found (not quite position order: an
    /// unterminated literal is reported at its start after its contents).
    pub errors: Vec<Diagnostic>,
}

impl Lexed {
    /// The lexical error that comes first in the source.
    pub fn first_error(&self) -> Option<&Diagnostic> {
        self.errors.iter().min_by_key(|d| d.span.lo)
    }
}

/// Lexes `src` completely.
pub fn lex(src: &str) -> Lexed {
    let mut lx = Lexer {
        src,
        pos: 0,
        tokens: Vec::new(),
        nlsemi: false,
        errors: Vec::new(),
    };
    // A byte-order mark is allowed as the very first character only.
    if src.starts_with('\u{feff}') {
        lx.pos = '\u{feff}'.len_utf8();
    }
    lx.run();
    let end = src.len() as u32;
    lx.tokens.push(Token {
        tok: Tok::Eof,
        span: Span::new(end, end),
    });
    Lexed {
        tokens: lx.tokens,
        errors: lx.errors,
    }
}

struct Lexer<'a> {
    src: &'a str,
    /// Byte offset of the next character; always on a char boundary.
    pos: usize,
    tokens: Vec<Token>,
    /// Whether a newline here would become a semicolon.
    nlsemi: bool,
    errors: Vec<Diagnostic>,
}

impl<'a> Lexer<'a> {
    /// The character at the current position, skipping (and reporting) the NUL
    /// characters and byte-order marks that gc's source reader drops.
    fn peek(&mut self) -> Option<char> {
        loop {
            let c = self.src.get(self.pos..)?.chars().next()?;
            let msg = match c {
                '\0' => "invalid NUL character",
                '\u{feff}' => "invalid BOM in the middle of the file",
                _ => return Some(c),
            };
            self.error(self.pos, msg);
            self.pos += c.len_utf8();
        }
    }

    /// The character after the current one (without skipping anything).
    fn peek2(&self) -> Option<char> {
        let mut it = self.src.get(self.pos..)?.chars();
        it.next();
        it.next()
    }

    fn bump(&mut self) {
        if let Some(c) = self.src.get(self.pos..).and_then(|s| s.chars().next()) {
            self.pos += c.len_utf8();
        }
    }

    fn error(&mut self, pos: usize, msg: impl Into<String>) {
        self.errors
            .push(Diagnostic::new(Span::new(pos as u32, pos as u32 + 1), msg));
    }

    fn push(&mut self, tok: Tok, lo: usize) {
        self.nlsemi = tok.ends_statement();
        self.tokens.push(Token {
            tok,
            span: Span::new(lo as u32, self.pos as u32),
        });
    }

    fn push_semi(&mut self, kind: SemiKind, at: usize) {
        self.nlsemi = false;
        let hi = if kind == SemiKind::Eof { at } else { at + 1 };
        self.tokens.push(Token {
            tok: Tok::Semi(kind),
            span: Span::new(at as u32, hi as u32),
        });
    }

    fn run(&mut self) {
        loop {
            let Some(c) = self.peek() else {
                if self.nlsemi {
                    self.push_semi(SemiKind::Eof, self.src.len());
                }
                return;
            };
            let lo = self.pos;
            match c {
                ' ' | '\t' | '\r' => self.bump(),
                '\n' => {
                    self.bump();
                    if self.nlsemi {
                        self.push_semi(SemiKind::Newline, lo);
                    }
                }
                '/' if self.peek2() == Some('/') => {
                    // The newline ending the comment is left for the loop to see.
                    while let Some(c) = self.peek() {
                        if c == '\n' {
                            break;
                        }
                        self.bump();
                    }
                }
                '/' if self.peek2() == Some('*') => {
                    self.bump();
                    self.bump();
                    let mut newline = false;
                    loop {
                        match self.peek() {
                            None => {
                                self.error(lo, "comment not terminated");
                                return;
                            }
                            Some('*') if self.peek2() == Some('/') => {
                                self.bump();
                                self.bump();
                                break;
                            }
                            Some(c) => {
                                newline |= c == '\n';
                                self.bump();
                            }
                        }
                    }
                    // A comment spanning lines acts like a newline.
                    if newline && self.nlsemi {
                        self.push_semi(SemiKind::Newline, lo);
                    }
                }
                '0'..='9' => self.number(lo, false),
                '.' if self.peek2().is_some_and(|d| d.is_ascii_digit()) => {
                    self.bump();
                    self.number(lo, true);
                }
                '"' => self.string(lo),
                '`' => self.raw_string(lo),
                '\'' => self.rune(lo),
                c if c.is_ascii_alphabetic() || c == '_' || !c.is_ascii() => self.ident(lo),
                _ => self.operator(c, lo),
            }
        }
    }

    fn ident(&mut self, lo: usize) {
        let mut first = true;
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == '_' {
                // ASCII digits cannot start an identifier, but `run` never sends them here.
            } else if c.is_ascii() {
                break;
            } else if crate::library::runeclass::is_letter(c as u32) {
                // Unicode letters are identifier characters (Go's IsLetter: not Rust's
                // is_alphabetic, which also takes some marks and letter-like numbers).
            } else if crate::library::runeclass::is_digit(c as u32) {
                if first {
                    self.error(
                        self.pos,
                        format!("identifier cannot begin with digit {}", format_u(c as u32)),
                    );
                }
            } else {
                // gc complains but keeps the character in the identifier.
                self.error(
                    self.pos,
                    format!("invalid character {} in identifier", format_u(c as u32)),
                );
            }
            first = false;
            self.bump();
        }
        let word = self.src.get(lo..self.pos).unwrap_or_default();
        let tok = Tok::keyword(word).unwrap_or_else(|| Tok::Ident(word.to_string()));
        self.push(tok, lo);
    }

    fn operator(&mut self, c: char, lo: usize) {
        use super::ast::BinaryOp as B;
        self.bump();
        let next = self.peek();
        // `two` consumes the next character and yields `tok`.
        let two = |me: &mut Self, tok: Tok| {
            me.bump();
            tok
        };
        let tok = match (c, next) {
            ('+', Some('+')) => two(self, Tok::Inc),
            ('+', Some('=')) => two(self, Tok::OpAssign(B::Add)),
            ('+', _) => Tok::Plus,
            ('-', Some('-')) => two(self, Tok::Dec),
            ('-', Some('=')) => two(self, Tok::OpAssign(B::Sub)),
            ('-', _) => Tok::Minus,
            ('*', Some('=')) => two(self, Tok::OpAssign(B::Mul)),
            ('*', _) => Tok::Star,
            ('/', Some('=')) => two(self, Tok::OpAssign(B::Div)),
            ('/', _) => Tok::Slash,
            ('%', Some('=')) => two(self, Tok::OpAssign(B::Rem)),
            ('%', _) => Tok::Percent,
            ('&', Some('&')) => two(self, Tok::AndAnd),
            ('&', Some('^')) => {
                self.bump();
                if self.peek() == Some('=') {
                    two(self, Tok::OpAssign(B::AndNot))
                } else {
                    Tok::AndNot
                }
            }
            ('&', Some('=')) => two(self, Tok::OpAssign(B::And)),
            ('&', _) => Tok::Amp,
            ('|', Some('|')) => two(self, Tok::OrOr),
            ('|', Some('=')) => two(self, Tok::OpAssign(B::Or)),
            ('|', _) => Tok::Pipe,
            ('^', Some('=')) => two(self, Tok::OpAssign(B::Xor)),
            ('^', _) => Tok::Caret,
            ('<', Some('-')) => two(self, Tok::Arrow),
            ('<', Some('=')) => two(self, Tok::Le),
            ('<', Some('<')) => {
                self.bump();
                if self.peek() == Some('=') {
                    two(self, Tok::OpAssign(B::Shl))
                } else {
                    Tok::Shl
                }
            }
            ('<', _) => Tok::Lt,
            ('>', Some('=')) => two(self, Tok::Ge),
            ('>', Some('>')) => {
                self.bump();
                if self.peek() == Some('=') {
                    two(self, Tok::OpAssign(B::Shr))
                } else {
                    Tok::Shr
                }
            }
            ('>', _) => Tok::Gt,
            ('=', Some('=')) => two(self, Tok::EqEq),
            ('=', _) => Tok::Assign,
            ('!', Some('=')) => two(self, Tok::NotEq),
            ('!', _) => Tok::Not,
            (':', Some('=')) => two(self, Tok::Define),
            (':', _) => Tok::Colon,
            ('.', Some('.')) if self.peek2() == Some('.') => {
                self.bump();
                two(self, Tok::Ellipsis)
            }
            ('.', _) => Tok::Dot,
            ('~', _) => Tok::Tilde,
            (',', _) => Tok::Comma,
            (';', _) => {
                self.push_semi(SemiKind::Explicit, lo);
                return;
            }
            ('(', _) => Tok::LParen,
            (')', _) => Tok::RParen,
            ('[', _) => Tok::LBrack,
            (']', _) => Tok::RBrack,
            ('{', _) => Tok::LBrace,
            ('}', _) => Tok::RBrace,
            _ => {
                // Skipped, as gc does.
                self.error(lo, format!("invalid character {}", format_u(c as u32)));
                return;
            }
        };
        self.push(tok, lo);
    }

    /// Consumes digits of `base` (and `_` separators). Returns (saw a digit, saw a
    /// separator); records in `invalid` the offset of the first digit too large for
    /// `base` (only decimal digits are accepted for bases up to 10, as in Go).
    fn digits(&mut self, lo: usize, base: u32, invalid: &mut Option<usize>) -> (bool, bool) {
        let (mut digit, mut sep) = (false, false);
        while let Some(c) = self.peek() {
            if c == '_' {
                sep = true;
            } else if base <= 10 && c.is_ascii_digit() {
                if c.to_digit(10).unwrap_or(0) >= base && invalid.is_none() {
                    *invalid = Some(self.pos - lo);
                }
                digit = true;
            } else if base == 16 && c.is_ascii_hexdigit() {
                digit = true;
            } else {
                break;
            }
            self.bump();
        }
        (digit, sep)
    }

    /// A number literal starting at `lo`; with `seen_point` the leading `.` is consumed.
    /// Like gc, it reports at most one error per literal and still yields a token.
    fn number(&mut self, lo: usize, mut seen_point: bool) {
        #[derive(PartialEq)]
        enum Kind {
            Int,
            Float,
            Imag,
        }
        let mut kind = Kind::Int;
        let mut base = 10;
        // One of 'd' (decimal), '0' (legacy octal), 'x', 'o', 'b'.
        let mut prefix = 'd';
        let mut has_digit = false;
        let mut has_sep = false;
        let mut invalid = None;
        let mut ok = true;

        if !seen_point {
            if self.peek() == Some('0') {
                self.bump();
                match self.peek().map(|c| c.to_ascii_lowercase()) {
                    Some(p @ ('x' | 'o' | 'b')) => {
                        self.bump();
                        prefix = p;
                        base = match p {
                            'x' => 16,
                            'o' => 8,
                            _ => 2,
                        };
                    }
                    _ => {
                        prefix = '0';
                        base = 8;
                        has_digit = true;
                    }
                }
            }
            let (d, s) = self.digits(lo, base, &mut invalid);
            has_digit |= d;
            has_sep |= s;
            if self.peek() == Some('.') {
                if prefix == 'o' || prefix == 'b' {
                    self.error(
                        self.pos,
                        format!("invalid radix point in {} literal", base_name(base)),
                    );
                    ok = false;
                }
                self.bump();
                seen_point = true;
            }
        }
        if seen_point {
            kind = Kind::Float;
            let (d, s) = self.digits(lo, base, &mut invalid);
            has_digit |= d;
            has_sep |= s;
        }
        if !has_digit && ok {
            self.error(
                self.pos,
                format!("{} literal has no digits", base_name(base)),
            );
            ok = false;
        }
        match self.peek() {
            Some(e @ ('e' | 'E' | 'p' | 'P')) => {
                let lower = e.to_ascii_lowercase();
                if ok && lower == 'e' && matches!(prefix, 'x' | 'o' | 'b') {
                    self.error(
                        self.pos,
                        format!(
                            "{} exponent requires decimal mantissa",
                            quote_rune(e as u32)
                        ),
                    );
                    ok = false;
                }
                if ok && lower == 'p' && prefix != 'x' {
                    self.error(
                        self.pos,
                        format!(
                            "{} exponent requires hexadecimal mantissa",
                            quote_rune(e as u32)
                        ),
                    );
                    ok = false;
                }
                self.bump();
                kind = Kind::Float;
                if matches!(self.peek(), Some('+' | '-')) {
                    self.bump();
                }
                let (d, s) = self.digits(lo, 10, &mut None);
                has_sep |= s;
                if !d && ok {
                    self.error(self.pos, "exponent has no digits");
                    ok = false;
                }
            }
            _ if ok && prefix == 'x' && kind == Kind::Float => {
                self.error(self.pos, "hexadecimal mantissa requires a 'p' exponent");
                ok = false;
            }
            _ => {}
        }
        if self.peek() == Some('i') {
            self.bump();
            kind = Kind::Imag;
        }
        let text = self.src.get(lo..self.pos).unwrap_or_default().to_string();
        if let (Kind::Int, Some(off), true) = (&kind, invalid, ok) {
            let digit = text.as_bytes().get(off).copied().unwrap_or(b'0');
            self.error(
                lo + off,
                format!(
                    "invalid digit {} in {} literal",
                    quote_rune(digit as u32),
                    base_name(base)
                ),
            );
            ok = false;
        }
        if has_sep && ok {
            if let Some(off) = misplaced_separator(&text) {
                self.error(lo + off, "'_' must separate successive digits");
            }
        }
        let tok = match kind {
            Kind::Int => Tok::Int(text),
            Kind::Float => Tok::Float(text),
            Kind::Imag => Tok::Imag(text),
        };
        self.push(tok, lo);
    }

    /// Decodes one escape sequence after its backslash, appending to `out`. Returns
    /// the escaped value (for rune literals), or `None` after an error (reported
    /// here) or at the end of the input (which the caller reports).
    fn escape(&mut self, quote: char, out: &mut Vec<u8>) -> Option<u32> {
        let c = self.peek()?;
        let simple = match c {
            'a' => Some(7),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            c if c == quote => Some(c as u8),
            _ => None,
        };
        if let Some(b) = simple {
            self.bump();
            out.push(b);
            return Some(b as u32);
        }
        // (digits, base, largest value); `\x` and octal escapes produce one raw byte.
        let (n, base, max) = match c {
            '0'..='7' => (3, 8, 255),
            'x' => (2, 16, 255),
            'u' => (4, 16, 0x10ffff),
            'U' => (8, 16, 0x10ffff),
            _ => {
                self.error(self.pos, "unknown escape");
                return None;
            }
        };
        if base == 16 {
            self.bump();
        }
        let mut value: u32 = 0;
        for _ in 0..n {
            let d = self.peek()?;
            match d.to_digit(16).filter(|&v| v < base) {
                Some(v) => value = value * base + v,
                None => {
                    self.error(
                        self.pos,
                        format!(
                            "invalid character {} in {} escape",
                            quote_rune(d as u32),
                            base_name(base)
                        ),
                    );
                    return None;
                }
            }
            self.bump();
        }
        if base == 8 && value > max {
            self.error(self.pos, format!("octal escape value {value} > 255"));
            return None;
        }
        if max == 255 {
            out.push(value as u8);
            return Some(value);
        }
        match char::from_u32(value) {
            Some(ch) => {
                push_char(out, ch);
                Some(value)
            }
            None => {
                self.error(
                    self.pos,
                    format!("escape is invalid Unicode code point {}", format_u(value)),
                );
                None
            }
        }
    }

    fn string(&mut self, lo: usize) {
        self.bump();
        let mut bytes = Vec::new();
        loop {
            match self.peek() {
                Some('"') => {
                    self.bump();
                    break;
                }
                Some('\\') => {
                    self.bump();
                    self.escape('"', &mut bytes);
                }
                Some('\n') => {
                    self.error(self.pos, "newline in string");
                    break;
                }
                None => {
                    self.error(lo, "string not terminated");
                    break;
                }
                Some(c) => {
                    push_char(&mut bytes, c);
                    self.bump();
                }
            }
        }
        self.push(Tok::Str(bytes), lo);
    }

    fn raw_string(&mut self, lo: usize) {
        self.bump();
        let mut bytes = Vec::new();
        loop {
            match self.peek() {
                Some('`') => {
                    self.bump();
                    break;
                }
                None => {
                    self.error(lo, "string not terminated");
                    break;
                }
                // Go drops carriage returns from raw strings (so CRLF files agree).
                Some('\r') => self.bump(),
                Some(c) => {
                    push_char(&mut bytes, c);
                    self.bump();
                }
            }
        }
        self.push(Tok::Str(bytes), lo);
    }

    fn rune(&mut self, lo: usize) {
        self.bump();
        let mut count = 0;
        let mut value = 0;
        // Like gc, report only the first problem of a rune literal.
        let mut ok = true;
        loop {
            match self.peek() {
                Some('\'') => {
                    if ok && count == 0 {
                        self.error(self.pos, "empty rune literal or unescaped '");
                    } else if ok && count != 1 {
                        self.error(lo, "more than one character in rune literal");
                    }
                    self.bump();
                    break;
                }
                Some('\\') => {
                    self.bump();
                    match self.escape('\'', &mut Vec::new()) {
                        Some(v) => value = v,
                        // An error (not the end of the input, reported below).
                        None if self.peek().is_some() => ok = false,
                        None => {}
                    }
                    count += 1;
                }
                Some('\n') => {
                    if ok {
                        self.error(self.pos, "newline in rune literal");
                    }
                    break;
                }
                None => {
                    if ok {
                        self.error(lo, "rune literal not terminated");
                    }
                    break;
                }
                Some(c) => {
                    value = c as u32;
                    count += 1;
                    self.bump();
                }
            }
        }
        self.push(Tok::Char(value), lo);
    }
}

/// The index of the first misplaced `_` in a number literal: each `_` must sit
/// between two digits (a base prefix such as `0x` counts as a digit).
fn misplaced_separator(lit: &str) -> Option<usize> {
    let b = lit.as_bytes();
    let hex = b.len() >= 2 && b[0] == b'0' && matches!(b[1], b'x' | b'X');
    let prefixed =
        b.len() >= 2 && b[0] == b'0' && matches!(b[1].to_ascii_lowercase(), b'x' | b'o' | b'b');
    // Class of the previous character: 'd' digit, '_' separator, '.' anything else.
    let mut prev = if prefixed { 'd' } else { '.' };
    let start = if prefixed { 2 } else { 0 };
    for (i, &c) in b.iter().enumerate().skip(start) {
        let class = if c == b'_' {
            '_'
        } else if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) {
            'd'
        } else {
            '.'
        };
        match (prev, class) {
            (p, '_') if p != 'd' => return Some(i),
            ('_', '.') => return Some(i - 1),
            _ => {}
        }
        prev = class;
    }
    (prev == '_').then(|| b.len() - 1)
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Go's `%#U`: `U+0040 '@'`, or just `U+D800` for unprintable code points.
pub fn format_u(v: u32) -> String {
    match char::from_u32(v).filter(|_| crate::library::runeclass::is_print(v)) {
        Some(c) => format!("U+{v:04X} '{c}'"),
        None => format!("U+{v:04X}"),
    }
}

/// Go's `%q` of a rune: `'a'`, `'\n'`, `'\x01'`, `'\u2028'` (strconv's quoting).
pub fn quote_rune(v: u32) -> String {
    crate::library::numfmt::quote_rune(i64::from(v))
}

/// Appends `c` in UTF-8 to a string literal's bytes.
fn push_char(bytes: &mut Vec<u8>, c: char) {
    let mut buf = [0; 4];
    bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}
