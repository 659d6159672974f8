//! Tests of the Go lexer and parser (`gosim::syntax`): the shape of the tree for
//! every construct of the subset, and error messages and positions, most of them
//! checked against the real Go toolchain (see [`GO_CHECKED`]).

use gosim::syntax::ast::*;
use gosim::syntax::lexer::{lex, SemiKind, Tok};
use gosim::syntax::{parse, SourceMap};

// ----- helpers ----------------------------------------------------------------------

fn file(src: &str) -> File {
    match parse(src) {
        Ok(f) => f,
        Err(e) => panic!("unexpected error {} in:\n{src}", render(src, &e)),
    }
}

/// The `i`th declaration of file `f`, which must be a `Decl::$kind`: its contents.
macro_rules! decl {
    ($f:expr, $i:expr, $kind:ident) => {
        match &$f.decls[$i] {
            Decl::$kind(x) => x,
            d => panic!("not a {}: {d:?}", stringify!($kind)),
        }
    };
}

fn render(src: &str, e: &gosim::syntax::Diagnostic) -> String {
    let (line, col) = SourceMap::new(src).line_col(e.span.lo);
    format!("{line}:{col}: {}", e.message)
}

/// The first error as `line:col: message`.
fn error(src: &str) -> String {
    match parse(src) {
        Ok(_) => panic!("expected an error in:\n{src}"),
        Err(e) => render(src, &e),
    }
}

fn in_main(body: &str) -> String {
    format!("package main\n\nfunc main() {{\n{body}\n}}\n")
}

/// The statements of `func main() { body }`.
fn stmts(body: &str) -> Vec<Stmt> {
    let f = file(&in_main(body));
    match f.decls.into_iter().next() {
        Some(Decl::Func(FuncDecl { body: Some(b), .. })) => b.stmts,
        other => panic!("not a func: {other:?}"),
    }
}

fn stmt(body: &str) -> Stmt {
    let mut s = stmts(body);
    assert_eq!(s.len(), 1, "{s:?}");
    s.remove(0)
}

/// The expression `x` of `var _ = x`.
fn expr(x: &str) -> Expr {
    let f = file(&format!("package main\n\nvar _ = {x}\n"));
    match f.decls.into_iter().next() {
        Some(Decl::Var(mut specs)) => specs.remove(0).values.remove(0),
        other => panic!("not a var: {other:?}"),
    }
}

/// A compact S-expression rendering of an expression, for shape assertions.
fn sx(e: &Expr) -> String {
    let opt = |e: &Option<Box<Expr>>| e.as_ref().map_or("_".to_string(), |e| sx(e));
    match &e.kind {
        ExprKind::Ident(i) => i.name.clone(),
        ExprKind::IntLit(s) => format!("int:{s}"),
        ExprKind::FloatLit(s) => format!("float:{s}"),
        ExprKind::CharLit(c) => format!("char:{c}"),
        ExprKind::StringLit { bytes } => format!("str:{:?}", String::from_utf8_lossy(bytes)),
        ExprKind::Composite { ty, elems, .. } => {
            let elems: Vec<String> = elems
                .iter()
                .map(|k| match &k.key {
                    Some(key) => format!("{}:{}", sx(key), sx(&k.value)),
                    None => sx(&k.value),
                })
                .collect();
            format!("(lit {} {})", opt(ty), elems.join(" "))
        }
        ExprKind::FuncLit { sig, body } => format!("(funclit {} {})", ft(sig), body.stmts.len()),
        ExprKind::Paren(x) => format!("(paren {})", sx(x)),
        ExprKind::Selector(x, s) => format!("(sel {} {})", sx(x), s.name),
        ExprKind::Index(x, i) => format!("(index {} {})", sx(x), sx(i)),
        ExprKind::IndexList(x, is) => {
            let is: Vec<String> = is.iter().map(sx).collect();
            format!("(index {} {})", sx(x), is.join(" "))
        }
        ExprKind::SliceExpr { x, lo, hi, max } => {
            format!("(slice {} {} {} {})", sx(x), opt(lo), opt(hi), opt(max))
        }
        ExprKind::TypeAssert { x, ty } => format!(
            "(assert {} {})",
            sx(x),
            ty.as_ref().map_or("type".into(), tx)
        ),
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            let args: Vec<String> = args.iter().map(sx).collect();
            format!(
                "(call {} [{}]{})",
                sx(func),
                args.join(" "),
                if *ellipsis { "..." } else { "" }
            )
        }
        ExprKind::Star(x) => format!("(star {})", sx(x)),
        ExprKind::Unary(op, x) => format!("({op:?} {})", sx(x)),
        ExprKind::Binary(op, a, b) => format!("({} {} {})", op.as_str(), sx(a), sx(b)),
        ExprKind::TypeLit(t) => format!("(type {})", tx(t)),
    }
}

/// A compact rendering of a type.
fn tx(t: &TypeExpr) -> String {
    match &t.kind {
        TypeExprKind::Name { pkg: Some(p), name } => format!("{}.{}", p.name, name.name),
        TypeExprKind::Name { pkg: None, name } => name.name.clone(),
        TypeExprKind::Pointer(x) => format!("*{}", tx(x)),
        TypeExprKind::Slice(x) => format!("[]{}", tx(x)),
        TypeExprKind::Array { len: Some(n), elem } => format!("[{}]{}", sx(n), tx(elem)),
        TypeExprKind::Array { len: None, elem } => format!("[...]{}", tx(elem)),
        TypeExprKind::Map { key, value } => format!("map[{}]{}", tx(key), tx(value)),
        TypeExprKind::Chan { dir, elem } => format!("chan({dir:?}) {}", tx(elem)),
        TypeExprKind::Func(f) => ft(f),
        TypeExprKind::Struct(fields) => {
            let fs: Vec<String> = fields
                .iter()
                .map(|f| {
                    let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
                    let tag = f
                        .tag
                        .as_ref()
                        .map_or(String::new(), |t| format!(" tag={t:?}"));
                    let emb = if f.embedded { "embed " } else { "" };
                    format!("{emb}{} {}{tag}", names.join(","), tx(&f.ty))
                })
                .collect();
            format!("struct{{{}}}", fs.join("; "))
        }
        TypeExprKind::Interface(elems) => {
            let es: Vec<String> = elems
                .iter()
                .map(|e| match e {
                    InterfaceElem::Method { name, sig } => format!("{} {}", name.name, ft(sig)),
                    InterfaceElem::Embed(t) => format!("embed {}", tx(t)),
                    InterfaceElem::Union(ts) => {
                        let ts: Vec<String> = ts
                            .iter()
                            .map(|(tilde, t)| format!("{}{}", if *tilde { "~" } else { "" }, tx(t)))
                            .collect();
                        format!("union {}", ts.join(" "))
                    }
                })
                .collect();
            format!("interface{{{}}}", es.join("; "))
        }
        TypeExprKind::Instance { base, args } => {
            let args: Vec<String> = args.iter().map(tx).collect();
            format!("{}[{}]", tx(base), args.join(" "))
        }
    }
}

fn params(ps: &[Param]) -> String {
    let ps: Vec<String> = ps
        .iter()
        .map(|p| match &p.name {
            Some(n) => format!("{} {}", n.name, tx(&p.ty)),
            None => tx(&p.ty),
        })
        .collect();
    ps.join(", ")
}

fn ft(f: &FuncType) -> String {
    format!(
        "func({}{}) ({})",
        params(&f.params),
        if f.variadic { " ..." } else { "" },
        params(&f.results)
    )
}

fn text(src: &str, span: Span) -> &str {
    &src[span.lo as usize..span.hi as usize]
}

/// Fails, listing every mismatch, unless each `(source, rendering)` pair has
/// `sx(&expr(source)) == rendering`.
fn check_sx(cases: &[(&str, &str)]) {
    check_all(cases, |x| sx(&expr(x)));
}

/// Fails, listing every mismatch, unless each `(source, first error)` pair has
/// `error(source) == first error`.
fn check_errors<S: AsRef<str>>(cases: &[(S, &str)]) {
    check_all(cases, error);
}

/// Runs `f` on each case's input and fails with every input whose result differs.
fn check_all<S: AsRef<str>>(cases: &[(S, &str)], f: impl Fn(&str) -> String) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(input, want)| {
            let got = f(input.as_ref());
            (got != *want).then(|| format!("{:?}\n   want {want}\n   got  {got}", input.as_ref()))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ----- expressions -------------------------------------------------------------------

#[test]
fn binary_precedence_has_five_levels() {
    check_sx(&[
        ("1 + 2*3 - 4", "(- (+ int:1 (* int:2 int:3)) int:4)"),
        (
            "a || b && c == d + e*f",
            "(|| a (&& b (== c (+ d (* e f)))))",
        ),
        ("x<<1 + 2", "(+ (<< x int:1) int:2)"),
        ("a &^ b | c ^ d % e", "(^ (| (&^ a b) c) (% d e))"),
        ("a < b == c", "(== (< a b) c)"),
        ("a >= b != (c <= d)", "(!= (>= a b) (paren (<= c d)))"),
        ("a - b - c", "(- (- a b) c)"),
        ("a >> b / c & d", "(& (/ (>> a b) c) d)"),
    ]);
}

#[test]
fn unary_operators() {
    check_sx(&[
        ("-x * +y", "(* (Neg x) (Plus y))"),
        ("!ok && ^m == 0", "(&& (Not ok) (== (BitNot m) int:0))"),
        ("*p.x", "(star (sel p x))"),
        ("<-ch + 1", "(+ (Recv ch) int:1)"),
        ("&T{1}", "(Addr (lit T int:1))"),
        // `&(T{})` is `&T{}`: the parentheses are dropped, as gc does.
        ("&(T{})", "(Addr (lit T ))"),
        ("<-<-ch", "(Recv (Recv ch))"),
    ]);
}

#[test]
fn number_literals_are_kept_as_written() {
    for lit in [
        "0x1F",
        "0X1f",
        "0o17",
        "0O17",
        "017",
        "0b101",
        "1_000_000",
        "0",
        "42",
        "0x_1F",
    ] {
        assert_eq!(sx(&expr(lit)), format!("int:{lit}"));
    }
    for lit in [
        "1.5", "1e9", ".5", "0x1p-2", "1.", "1E+5", "0.25e-3", "09.5", "0x1.8p1", "1_0.0_1",
    ] {
        assert_eq!(sx(&expr(lit)), format!("float:{lit}"));
    }
}

#[test]
fn rune_literals_are_decoded() {
    let cases = [
        ("'a'", 'a' as u32),
        ("'\\n'", 10),
        ("'\\t'", 9),
        ("'\\\\'", '\\' as u32),
        ("'\\''", '\'' as u32),
        ("'\\x41'", 0x41),
        ("'\\101'", 0o101),
        ("'\\u00e9'", 0xe9),
        ("'\\U0001F600'", 0x1f600),
        ("'é'", 0xe9),
        ("'\\xff'", 0xff),
        ("'\\a'", 7),
        ("'\\v'", 11),
        ("'\\000'", 0),
    ];
    for (src, want) in cases {
        assert_eq!(sx(&expr(src)), format!("char:{want}"), "{src}");
    }
}

#[test]
fn string_escapes_are_decoded_to_bytes() {
    let bytes = |src: &str| match expr(src).kind {
        ExprKind::StringLit { bytes } => bytes,
        k => panic!("{k:?}"),
    };
    assert_eq!(bytes(r#""a\nb\t\\\"""#), b"a\nb\t\\\"");
    assert_eq!(bytes(r#""\x41\101""#), b"AA");
    // `\u` escapes become UTF-8, `\x` and octal escapes raw bytes.
    assert_eq!(bytes(r#""\u00e9""#), "é".as_bytes());
    assert_eq!(bytes(r#""\U0001F600""#), "😀".as_bytes());
    assert_eq!(bytes(r#""\xff\377""#), vec![0xff, 0xff]);
    assert_eq!(bytes(r#""\'""#.replace("\\'", "'").as_str()), b"'");
    assert_eq!(bytes("\"héllo\""), "héllo".as_bytes());
    // Raw strings keep backslashes and drop carriage returns.
    assert_eq!(bytes("`a\\nb`"), b"a\\nb");
    assert_eq!(bytes("`line1\r\nline2`"), b"line1\nline2");
    assert_eq!(bytes("\"\\a\\b\\f\\r\\v\""), vec![7, 8, 12, 13, 11]);
}

#[test]
fn composite_literals() {
    check_sx(&[
        ("Point{1, 2}", "(lit Point int:1 int:2)"),
        ("Point{X: 1, Y: 2,}", "(lit Point X:int:1 Y:int:2)"),
        (
            "[]Point{{1, 2}, {3, 4}}",
            "(lit (type []Point) (lit _ int:1 int:2) (lit _ int:3 int:4))",
        ),
        (
            r#"map[string]Point{"a": {1, 2}}"#,
            r#"(lit (type map[string]Point) str:"a":(lit _ int:1 int:2))"#,
        ),
        (
            "map[[2]int]bool{{1, 2}: true}",
            "(lit (type map[[int:2]int]bool) (lit _ int:1 int:2):true)",
        ),
        (
            "[...]string{2: \"a\"}",
            r#"(lit (type [...]string) int:2:str:"a")"#,
        ),
        ("pkg.T{}", "(lit (sel pkg T) )"),
        ("struct{ a int }{1}", "(lit (type struct{a int}) int:1)"),
        (
            "[][]int{{1}, {}}",
            "(lit (type [][]int) (lit _ int:1) (lit _ ))",
        ),
        ("[]*T{{}}", "(lit (type []*T) (lit _ ))"),
    ]);
}

#[test]
fn composite_literal_spans_and_rbrace() {
    let src = "package main\n\nvar _ = T{1, 2}\n";
    let f = file(src);
    let specs = decl!(f, 0, Var);
    let e = &specs[0].values[0];
    assert_eq!(text(src, e.span), "T{1, 2}");
    let ExprKind::Composite { rbrace, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(text(src, *rbrace), "}");
}

#[test]
fn composite_literal_in_control_clause_is_a_block() {
    // `T {` in a header starts the block; in parentheses it is a literal.
    let s = stmt("if x == (T{}) {\n}");
    let StmtKind::If { cond, .. } = &s.kind else {
        panic!()
    };
    assert_eq!(sx(cond), "(== x (paren (lit T )))");
    let s = stmt("for _, v := range []T{{1}} {\n}");
    let StmtKind::Range { x, .. } = &s.kind else {
        panic!()
    };
    assert_eq!(sx(x), "(lit (type []T) (lit _ int:1))");
    let s = stmt("switch (T{}) {\n}");
    let StmtKind::Switch { tag: Some(tag), .. } = &s.kind else {
        panic!()
    };
    assert_eq!(sx(tag), "(paren (lit T ))");
    // Inside a function literal in a header, literals are allowed again.
    let s = stmt("if f := func() T { return T{} }; f() == x {\n}");
    let StmtKind::If {
        init: Some(init), ..
    } = &s.kind
    else {
        panic!()
    };
    let StmtKind::Assign { rhs, .. } = &init.kind else {
        panic!()
    };
    let ExprKind::FuncLit { body, .. } = &rhs[0].kind else {
        panic!()
    };
    let StmtKind::Return(r) = &body.stmts[0].kind else {
        panic!()
    };
    assert_eq!(sx(&r[0]), "(lit T )");
    // Without parentheses the `{` after `T` opens the body, as in Go.
    assert_eq!(
        error(&in_main("\tif x == T{} {\n\t}")),
        "4:14: syntax error: unexpected { at end of statement"
    );
}

#[test]
fn conversions_and_type_expressions() {
    check_sx(&[
        ("[]byte(s)", "(call (type []byte) [s])"),
        ("(*T)(p)", "(call (paren (star T)) [p])"),
        ("func()(f)", "(type func() (f))"),
        ("(func())(f)", "(call (paren (type func() ())) [f])"),
        ("map[string]int(m)", "(call (type map[string]int) [m])"),
        (
            "make(chan int, 3)",
            "(call make [(type chan(Both) int) int:3])",
        ),
        ("make(<-chan int)", "(call make [(type chan(Recv) int)])"),
        ("make(chan<- int)", "(call make [(type chan(Send) int)])"),
        (
            "make(chan (<-chan int))",
            "(call make [(type chan(Both) chan(Recv) int)])",
        ),
        (
            "make(chan<- chan int)",
            "(call make [(type chan(Send) chan(Both) int)])",
        ),
        // `<-chan int(ch)` receives from a converted channel.
        ("<-chan int(ch)", "(Recv (call (type chan(Both) int) [ch]))"),
        ("new(struct{})", "(call new [(type struct{})])"),
        ("interface{}(x)", "(call (type interface{}) [x])"),
        ("[3]int{}", "(lit (type [int:3]int) )"),
    ]);
}

#[test]
fn calls_selectors_indexes_slices() {
    check_sx(&[
        ("fmt.Println(a, b...)", "(call (sel fmt Println) [a b]...)"),
        ("f(1,\n2,\n)", "(call f [int:1 int:2])"),
        (
            "a.b.c()()[0]",
            "(index (call (call (sel (sel a b) c) []) []) int:0)",
        ),
        ("s[1:2]", "(slice s int:1 int:2 _)"),
        ("s[:]", "(slice s _ _ _)"),
        ("s[1:]", "(slice s int:1 _ _)"),
        ("s[:n:m]", "(slice s _ n m)"),
        ("s[i:j:k]", "(slice s i j k)"),
        ("m[k].f", "(sel (index m k) f)"),
        (
            "x.(fmt.Stringer).String()",
            "(call (sel (assert x fmt.Stringer) String) [])",
        ),
        ("x.(*T)", "(assert x *T)"),
        (
            "func(a, b int) int { return a }(1, 2)",
            "(call (funclit func(a int, b int) (int) 1) [int:1 int:2])",
        ),
    ]);
}

#[test]
fn expression_spans_cover_the_source() {
    let src = "package main\n\nvar _ = f(a, b)[1:2] + -x.y\n";
    let f = file(src);
    let specs = decl!(f, 0, Var);
    let e = &specs[0].values[0];
    assert_eq!(text(src, e.span), "f(a, b)[1:2] + -x.y");
    let ExprKind::Binary(_, l, r) = &e.kind else {
        panic!()
    };
    assert_eq!(text(src, l.span), "f(a, b)[1:2]");
    assert_eq!(text(src, r.span), "-x.y");
    assert_eq!(text(src, specs[0].span), "_ = f(a, b)[1:2] + -x.y");
}

// ----- statements --------------------------------------------------------------------

#[test]
fn simple_statements() {
    let s = stmts(
        "x := 1\nx = 2\nx += 3\nx <<= 1\nx &^= 4\nx++\nx--\nch <- x\nf()\na, b = b, a\n_ = <-ch",
    );
    let kinds: Vec<String> = s
        .iter()
        .map(|s| match &s.kind {
            StmtKind::Assign { lhs, op, rhs } => {
                let l: Vec<String> = lhs.iter().map(sx).collect();
                let r: Vec<String> = rhs.iter().map(sx).collect();
                format!("{} {op:?} {}", l.join(","), r.join(","))
            }
            StmtKind::IncDec { x, inc } => format!("{} inc={inc}", sx(x)),
            StmtKind::Send { ch, value } => format!("send {} {}", sx(ch), sx(value)),
            StmtKind::Expr(e) => format!("expr {}", sx(e)),
            k => format!("{k:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "x Define int:1",
            "x Assign int:2",
            "x Op(Add) int:3",
            "x Op(Shl) int:1",
            "x Op(AndNot) int:4",
            "x inc=true",
            "x inc=false",
            "send ch x",
            "expr (call f [])",
            "a,b Assign b,a",
            "_ Assign (Recv ch)",
        ]
    );
}

#[test]
fn go_defer_return_branches() {
    let s = stmts("go f(1)\ndefer func() { recover() }()\nreturn\nreturn 1, x\nbreak\nbreak L\ncontinue\ncontinue L\nfallthrough");
    assert!(matches!(&s[0].kind, StmtKind::Go(e) if sx(e) == "(call f [int:1])"));
    assert!(matches!(&s[1].kind, StmtKind::Defer(e) if sx(e) == "(call (funclit func() () 1) [])"));
    assert!(matches!(&s[2].kind, StmtKind::Return(r) if r.is_empty()));
    assert!(matches!(&s[3].kind, StmtKind::Return(r) if r.len() == 2));
    assert!(matches!(&s[4].kind, StmtKind::Break(None)));
    assert!(matches!(&s[5].kind, StmtKind::Break(Some(l)) if l.name == "L"));
    assert!(matches!(&s[6].kind, StmtKind::Continue(None)));
    assert!(matches!(&s[7].kind, StmtKind::Continue(Some(l)) if l.name == "L"));
    assert!(matches!(&s[8].kind, StmtKind::Fallthrough));
}

#[test]
fn return_then_newline_returns_nothing() {
    // Semicolon insertion ends `return` at the newline.
    let s = stmts("return\nx");
    assert!(matches!(&s[0].kind, StmtKind::Return(r) if r.is_empty()));
    assert!(matches!(&s[1].kind, StmtKind::Expr(_)));
}

#[test]
fn labels_blocks_and_empty_statements() {
    let s = stmts("outer:\n\tfor {\n\t\tbreak outer\n\t}\n{\n\tx := 1\n}\n;");
    let StmtKind::Labeled { label, stmt: inner } = &s[0].kind else {
        panic!("{s:?}")
    };
    assert_eq!(label.name, "outer");
    assert!(matches!(inner.kind, StmtKind::For { .. }));
    let StmtKind::Block(b) = &s[1].kind else {
        panic!()
    };
    assert_eq!(b.stmts.len(), 1);
    assert!(matches!(s[2].kind, StmtKind::Empty));
    // A label right before `}` labels an empty statement.
    let s = stmt("L:");
    let StmtKind::Labeled { stmt, .. } = &s.kind else {
        panic!()
    };
    assert!(matches!(stmt.kind, StmtKind::Empty));
}

#[test]
fn if_else_chains_with_init() {
    let s = stmt("if x := f(); x > 0 {\n} else if y {\n\ta()\n} else {\n\tb()\n}");
    let StmtKind::If {
        init: Some(init),
        cond,
        els: Some(els),
        ..
    } = &s.kind
    else {
        panic!("{s:?}")
    };
    assert!(matches!(
        init.kind,
        StmtKind::Assign {
            op: AssignOp::Define,
            ..
        }
    ));
    assert_eq!(sx(cond), "(> x int:0)");
    let StmtKind::If {
        init: None,
        cond,
        then,
        els: Some(last),
    } = &els.kind
    else {
        panic!()
    };
    assert_eq!(sx(cond), "y");
    assert_eq!(then.stmts.len(), 1);
    assert!(matches!(&last.kind, StmtKind::Block(b) if b.stmts.len() == 1));
}

#[test]
fn expression_switches() {
    let s = stmt(
        "switch x := f(); {\ncase x > 1, x < -1:\n\tfallthrough\ncase x == 0:\ndefault:\n\tg()\n}",
    );
    let StmtKind::Switch {
        init: Some(_),
        tag: None,
        clauses,
    } = &s.kind
    else {
        panic!("{s:?}")
    };
    assert_eq!(clauses.len(), 3);
    assert_eq!(clauses[0].exprs.len(), 2);
    assert!(matches!(clauses[0].body[0].kind, StmtKind::Fallthrough));
    assert!(clauses[2].is_default && clauses[2].exprs.is_empty());
    let s = stmt("switch {\n}");
    assert!(
        matches!(&s.kind, StmtKind::Switch { init: None, tag: None, clauses } if clauses.is_empty())
    );
    let s = stmt("switch x {\ncase 1:\n}");
    assert!(matches!(&s.kind, StmtKind::Switch { tag: Some(t), .. } if sx(t) == "x"));
}

#[test]
fn type_switches() {
    let s = stmt("switch v := x.(type) {\ncase nil:\ncase int, *T, []string, map[K]V, func() int, chan<- int, pkg.T, interface{ M() }:\n\tuse(v)\ndefault:\n}");
    let StmtKind::TypeSwitch {
        init: None,
        bind: Some(bind),
        x,
        clauses,
    } = &s.kind
    else {
        panic!("{s:?}")
    };
    assert_eq!(bind.name, "v");
    assert_eq!(sx(x), "x");
    let types: Vec<String> = clauses[1].types.iter().map(tx).collect();
    assert_eq!(
        types,
        [
            "int",
            "*T",
            "[]string",
            "map[K]V",
            "func() (int)",
            "chan(Send) int",
            "pkg.T",
            "interface{M func() ()}"
        ]
    );
    assert_eq!(tx(&clauses[0].types[0]), "nil");
    assert!(clauses[2].is_default);
    let s = stmt("switch y := 1; x.(type) {\n}");
    assert!(matches!(
        &s.kind,
        StmtKind::TypeSwitch {
            init: Some(_),
            bind: None,
            ..
        }
    ));
}

#[test]
fn type_switch_cases_in_parentheses_and_through_pointers() {
    let s = stmt("switch x.(type) {\ncase (int), *pkg.T, (*[]T):\n}");
    let StmtKind::TypeSwitch { clauses, .. } = &s.kind else {
        panic!("{s:?}")
    };
    let types: Vec<String> = clauses[0].types.iter().map(tx).collect();
    assert_eq!(types, ["int", "*pkg.T", "*[]T"]);
    // A parenthesised case keeps the parentheses' span.
    assert_eq!(clauses[0].types[0].span.hi - clauses[0].types[0].span.lo, 5);
}

#[test]
fn select_statements() {
    let s = stmt(
        "select {\ncase v := <-ch:\ncase v, ok = <-ch:\ncase ch <- 1:\ncase <-done:\ndefault:\n}",
    );
    let StmtKind::Select { clauses } = &s.kind else {
        panic!()
    };
    let comm = |i: usize| clauses[i].comm.as_ref().map(|c| c.kind.clone());
    assert!(
        matches!(comm(0), Some(StmtKind::Assign { op: AssignOp::Define, ref rhs, .. }) if sx(&rhs[0]) == "(Recv ch)")
    );
    assert!(
        matches!(comm(1), Some(StmtKind::Assign { op: AssignOp::Assign, ref lhs, .. }) if lhs.len() == 2)
    );
    assert!(matches!(comm(2), Some(StmtKind::Send { .. })));
    assert!(matches!(comm(3), Some(StmtKind::Expr(ref e)) if sx(e) == "(Recv done)"));
    assert!(comm(4).is_none());
}

#[test]
fn for_loops_of_every_form() {
    let s = stmts(
        "for i := 0; i < 10; i++ {\n}\nfor x < 5 {\n}\nfor {\n}\nfor ;; {\n}\nfor i := 0; ; {\n}\n\
         for k, v := range m {\n}\nfor k = range m {\n}\nfor range ch {\n}\nfor i := range 10 {\n}",
    );
    let opt = |e: &Option<Expr>| e.as_ref().map_or("_".to_string(), sx);
    let shapes: Vec<String> = s
        .iter()
        .map(|s| match &s.kind {
            StmtKind::For {
                init, cond, post, ..
            } => format!(
                "for init={} cond={} post={}",
                init.is_some(),
                opt(cond),
                post.is_some()
            ),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                ..
            } => format!(
                "range {} {} define={define} {}",
                opt(key),
                opt(value),
                sx(x)
            ),
            k => format!("{k:?}"),
        })
        .collect();
    assert_eq!(
        shapes,
        [
            "for init=true cond=(< i int:10) post=true",
            "for init=false cond=(< x int:5) post=false",
            "for init=false cond=_ post=false",
            "for init=false cond=_ post=false",
            "for init=true cond=_ post=false",
            "range k v define=true m",
            "range k _ define=false m",
            "range _ _ define=false ch",
            "range i _ define=true int:10",
        ]
    );
}

#[test]
fn declarations_inside_functions() {
    let s = stmts(
        "var x int\nvar (\n\ta = 1\n\tb, c string\n)\nconst k = 2\ntype T struct{}\ntype A = T",
    );
    assert!(
        matches!(&s[0].kind, StmtKind::Decl(Decl::Var(v)) if v.len() == 1 && v[0].ty.is_some())
    );
    assert!(
        matches!(&s[1].kind, StmtKind::Decl(Decl::Var(v)) if v.len() == 2 && v[1].names.len() == 2)
    );
    assert!(matches!(&s[2].kind, StmtKind::Decl(Decl::Const(c)) if c[0].iota == 0));
    assert!(matches!(&s[3].kind, StmtKind::Decl(Decl::Type(t)) if !t[0].alias));
    assert!(matches!(&s[4].kind, StmtKind::Decl(Decl::Type(t)) if t[0].alias));
}

#[test]
fn statement_spans() {
    let src = in_main("\tx := f(1)\n\tif x > 0 {\n\t\tx++\n\t}");
    let f = file(&src);
    let fd = decl!(f, 0, Func);
    let body = fd.body.as_ref().unwrap();
    assert_eq!(text(&src, body.stmts[0].span), "x := f(1)");
    assert_eq!(text(&src, body.stmts[1].span), "if x > 0 {\n\t\tx++\n\t}");
    assert_eq!(text(&src, fd.span), &src[14..src.len() - 1]);
    assert!(text(&src, body.span).starts_with('{') && text(&src, body.span).ends_with('}'));
}

// ----- declarations ------------------------------------------------------------------

#[test]
fn package_and_imports() {
    let src = "package demo\n\nimport \"fmt\"\nimport (\n\tf \"fmt\"\n\t_ \"os\"\n\t. \"strings\"\n\t\"golang.org/x/sync/errgroup\"\n)\n";
    let f = file(src);
    assert_eq!(f.package.name, "demo");
    let imports: Vec<(Option<&str>, &str)> = f
        .imports
        .iter()
        .map(|i| (i.name.as_ref().map(|n| n.name.as_str()), i.path.as_str()))
        .collect();
    assert_eq!(
        imports,
        [
            (None, "fmt"),
            (Some("f"), "fmt"),
            (Some("_"), "os"),
            (Some("."), "strings"),
            (None, "golang.org/x/sync/errgroup")
        ]
    );
    assert_eq!(text(src, f.imports[1].span), "f \"fmt\"");
    assert!(f.decls.is_empty());
}

#[test]
fn functions_methods_and_parameters() {
    let f = file(
        "package main\nfunc (p *Point) Move(dx, dy int) {}\nfunc (Point) Len() (n int, err error) { return }\n\
         func f(a, b int, c ...string) (int, error)\nfunc g(int, string) {}\nfunc h(x []int, m map[string]bool, fn func(int) bool) {}\n",
    );
    let funcs: Vec<&FuncDecl> = f
        .decls
        .iter()
        .map(|d| if let Decl::Func(fd) = d { fd } else { panic!() })
        .collect();
    let recv = funcs[0].recv.as_ref().unwrap();
    assert_eq!(
        (
            recv.name.as_ref().unwrap().name.as_str(),
            tx(&recv.ty).as_str()
        ),
        ("p", "*Point")
    );
    assert_eq!(ft(&funcs[0].sig), "func(dx int, dy int) ()");
    assert!(funcs[1].recv.as_ref().unwrap().name.is_none());
    assert_eq!(ft(&funcs[1].sig), "func() (n int, err error)");
    assert_eq!(
        ft(&funcs[2].sig),
        "func(a int, b int, c string ...) (int, error)"
    );
    assert!(funcs[2].body.is_none());
    assert_eq!(ft(&funcs[3].sig), "func(int, string) ()");
    assert_eq!(
        ft(&funcs[4].sig),
        "func(x []int, m map[string]bool, fn func(int) (bool)) ()"
    );
}

#[test]
fn const_groups_fill_in_iota_and_repetition() {
    let f = file("package main\nconst (\n\tA = iota * 10\n\tB\n\tC\n\tD, E = 1, 2\n\tF, G\n\tH int = 5\n\tI\n)\nconst Z = 1\n");
    let specs = decl!(f, 0, Const);
    let summary: Vec<String> = specs
        .iter()
        .map(|s| {
            let names: Vec<&str> = s.names.iter().map(|n| n.name.as_str()).collect();
            let vals: Vec<String> = s.values.iter().map(sx).collect();
            format!(
                "{} iota={} ty={} = {}",
                names.join(","),
                s.iota,
                s.ty.as_deref().map_or("-".into(), tx),
                vals.join(",")
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            "A iota=0 ty=- = (* iota int:10)",
            "B iota=1 ty=- = (* iota int:10)",
            "C iota=2 ty=- = (* iota int:10)",
            "D,E iota=3 ty=- = int:1,int:2",
            "F,G iota=4 ty=- = int:1,int:2",
            "H iota=5 ty=int = int:5",
            "I iota=6 ty=int = int:5",
        ]
    );
    let z = decl!(f, 1, Const);
    assert_eq!(z[0].iota, 0);
}

#[test]
fn type_declarations() {
    let f = file(
        "package main\ntype (\n\tCelsius float64\n\tAlias = Celsius\n\tGrid [3][3]int\n\tQ []*T\n\tF func(int) (int, error)\n\tC <-chan struct{}\n)\n",
    );
    let specs = decl!(f, 0, Type);
    let summary: Vec<String> = specs
        .iter()
        .map(|s| {
            format!(
                "{}{}{}",
                s.name.name,
                if s.alias { " = " } else { " " },
                tx(&s.ty)
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            "Celsius float64",
            "Alias = Celsius",
            "Grid [int:3][int:3]int",
            "Q []*T",
            "F func(int) (int, error)",
            "C chan(Recv) struct{}"
        ]
    );
}

#[test]
fn structs_with_tags_and_embedded_fields() {
    let f = file(
        "package main\ntype S struct {\n\tT\n\t*U\n\tfmt.Stringer\n\ta, b int `json:\"a\"`\n\tc string \"tag\"\n\tsync.Mutex `m`\n\tnext *S\n}\n",
    );
    let specs = decl!(f, 0, Type);
    assert_eq!(
        tx(&specs[0].ty),
        "struct{embed  T; embed  *U; embed  fmt.Stringer; a,b int tag=\"json:\\\"a\\\"\"; c string tag=\"tag\"; embed  sync.Mutex tag=\"m\"; next *S}"
    );
}

#[test]
fn interfaces_with_methods_and_embeds() {
    let f = file("package main\ntype I interface {\n\tfmt.Stringer\n\terror\n\tM(x int, ys ...string) (bool, error)\n\tN()\n}\ntype E interface{}\n");
    let specs = decl!(f, 0, Type);
    assert_eq!(tx(&specs[0].ty), "interface{embed fmt.Stringer; embed error; M func(x int, ys string ...) (bool, error); N func() ()}");
    let e = decl!(f, 1, Type);
    assert_eq!(tx(&e[0].ty), "interface{}");
}

#[test]
fn function_types_and_literals_in_expressions() {
    check_sx(&[
        ("func(int) bool", "(type func(int) (bool))"),
        (
            "func(a, b int) (x, y int) { return }",
            "(funclit func(a int, b int) (x int, y int) 1)",
        ),
        ("func() {}", "(funclit func() () 0)"),
    ]);
}

#[test]
fn non_main_package_names_are_parsed() {
    assert_eq!(file("package foo\n").package.name, "foo");
}

// ----- lexer -------------------------------------------------------------------------

fn toks(src: &str) -> Vec<Tok> {
    let l = lex(src);
    assert!(l.errors.is_empty(), "{:?}", l.errors);
    l.tokens.into_iter().map(|t| t.tok).collect()
}

#[test]
fn semicolons_are_inserted_where_go_inserts_them() {
    use Tok::*;
    let nl = Semi(SemiKind::Newline);
    assert_eq!(toks("x\n"), [Ident("x".into()), nl.clone(), Eof]);
    assert_eq!(toks("x"), [Ident("x".into()), Semi(SemiKind::Eof), Eof]);
    assert_eq!(
        toks("return\nbreak\n"),
        [Return, nl.clone(), Break, nl.clone(), Eof]
    );
    assert_eq!(
        toks("x++\n)\n]\n}\n"),
        [
            Ident("x".into()),
            Inc,
            nl.clone(),
            RParen,
            nl.clone(),
            RBrack,
            nl.clone(),
            RBrace,
            nl.clone(),
            Eof
        ]
    );
    // No semicolon after operators, keywords like `if`, or an opening brace.
    assert_eq!(toks("+\nif\n{\n"), [Plus, If, LBrace, Eof]);
    // A comment does not hide the newline; a multi-line block comment is one.
    assert_eq!(toks("x // c\n"), [Ident("x".into()), nl.clone(), Eof]);
    assert_eq!(
        toks("x /* a\nb */ y"),
        [
            Ident("x".into()),
            nl.clone(),
            Ident("y".into()),
            Semi(SemiKind::Eof),
            Eof
        ]
    );
    assert_eq!(
        toks("x /* a */ y"),
        [
            Ident("x".into()),
            Ident("y".into()),
            Semi(SemiKind::Eof),
            Eof
        ]
    );
    assert_eq!(
        toks("1;2"),
        [
            Int("1".into()),
            Semi(SemiKind::Explicit),
            Int("2".into()),
            Semi(SemiKind::Eof),
            Eof
        ]
    );
}

#[test]
fn every_operator_is_lexed() {
    use BinaryOp as B;
    use Tok::*;
    // Each operator's text beside its token, a few to a line.
    #[rustfmt::skip]
    let table = [
        ("+", Plus), ("-", Minus), ("*", Star), ("/", Slash), ("%", Percent),
        ("&", Amp), ("|", Pipe), ("^", Caret), ("<<", Shl), (">>", Shr), ("&^", AndNot),
        ("+=", OpAssign(B::Add)), ("-=", OpAssign(B::Sub)), ("*=", OpAssign(B::Mul)),
        ("/=", OpAssign(B::Div)), ("%=", OpAssign(B::Rem)), ("&=", OpAssign(B::And)),
        ("|=", OpAssign(B::Or)), ("^=", OpAssign(B::Xor)), ("<<=", OpAssign(B::Shl)),
        (">>=", OpAssign(B::Shr)), ("&^=", OpAssign(B::AndNot)),
        ("&&", AndAnd), ("||", OrOr), ("<-", Arrow), ("++", Inc), ("--", Dec),
        ("==", EqEq), ("<", Lt), (">", Gt), ("=", Assign), ("!", Not), ("~", Tilde),
        ("!=", NotEq), ("<=", Le), (">=", Ge), (":=", Define), ("...", Ellipsis),
        ("(", LParen), (")", RParen), ("[", LBrack), ("]", RBrack), ("{", LBrace),
        ("}", RBrace), (",", Comma), (";", Semi(SemiKind::Explicit)), (".", Dot), (":", Colon),
    ];
    let src = table
        .iter()
        .map(|(text, _)| *text)
        .collect::<Vec<_>>()
        .join(" ");
    let mut want: Vec<Tok> = table.into_iter().map(|(_, tok)| tok).collect();
    want.push(Eof);
    assert_eq!(toks(&src), want);
}

#[test]
fn keywords_and_unicode_identifiers() {
    use Tok::*;
    let src = "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var héllo _x9";
    let t = toks(src);
    assert_eq!(t[..5], [Break, Case, Chan, Const, Continue]);
    assert_eq!(t[25], Ident("héllo".into()));
    assert_eq!(t[26], Ident("_x9".into()));
}

#[test]
fn byte_order_mark_at_start_is_skipped() {
    assert_eq!(file("\u{feff}package main\n").package.name, "main");
}

// ----- errors checked against Go --------------------------------------------------

/// `(source, first error)` pairs: each message and `line:col` is exactly what
/// `go build` (go1.27.3) printed for the source.
const GO_CHECKED: &[(&str, &str)] = &[
    ("package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n", "4:7: syntax error: cannot use x := 1 as value"),
    ("package main\n\nfunc main() {\n\tx := 1\n\tif x == 1\n\t{\n\t}\n}\n", "5:11: syntax error: unexpected newline, expected { after if clause"),
    ("package main\n\nfunc main() {\n\tx := 1\n\tif x == 1 {\n\t}\n\telse {\n\t}\n}\n", "7:2: syntax error: unexpected keyword else, expected }"),
    ("package main\n\nfunc main() {\n\tx := 1\n\tif x == 1 {\n\t} else for {\n\t}\n}\n", "6:9: syntax error: else must be followed by if or statement block"),
    ("package main\n\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n}\n", "6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\n\nfunc main() {\n\tfoo(1, 2\n}\n", "4:10: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\n\nfunc main() {\n\tfoo(1, 2\n", "4:10: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\n\nfunc main() {\n\tx := \n}\n", "5:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nx := 1\n", "3:1: syntax error: non-declaration statement outside function body"),
    ("package main\n\nfunc main() {\n\tx.(type)\n}\n", "4:2: invalid syntax tree: use of .(type) outside type switch"),
    ("package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n", "4:25: syntax error: unexpected newline, expected { after for clause"),
    ("package main\n\nfunc main() {\n\tif x = 5 {\n\t}\n}\n", "4:7: syntax error: cannot use assignment x = 5 as value"),
    ("package main\n\nfunc main() {\n\tvar x any\n\tfor x = struct{}{} {\n\t}\n}\n", "5:8: syntax error: cannot use assignment x = struct{}{} as value"),
    ("package main\n\nfunc main() {\n\tvar x int = \n}\n", "5:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nfunc main() {\n\tfor {\n\t}\n", "6:1: syntax error: unexpected EOF, expected }"),
    ("package main\n\nfunc main() {\n\tselect {\n\tcase x+1:\n\t}\n}\n", "5:8: select case must be send or receive (possibly with assignment)"),
    ("package main\n\nfunc main() {\n\tswitch {\n\tfoo()\n\t}\n}\n", "5:2: syntax error: unexpected name foo, expected case or default or }"),
    ("package main\n\nmain() {\n}\n", "3:1: syntax error: non-declaration statement outside function body"),
    ("func main() {}\n", "1:1: expected 'package', found 'func'"),
    ("package main\n\nimport \"fmt\"\nfunc main() {}\nimport \"os\"\n", "5:1: syntax error: imports must appear before other declarations"),
    ("package main\n\nfunc main() {\n\tfor i := 0; i < 3; i := i + 1 {\n\t}\n}\n", "4:23: syntax error: cannot declare in post statement of for loop"),
    ("package main\n\nfunc main() {\n\tx := [3]int{1, 2, 3\n\t}\n}\n", "4:21: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\n\nfunc main() {\n\tm := map[string]int{\"a\": 1\n\t}\n}\n", "4:28: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\n\nfunc main() {\n\tfmt.Println(\"a\"\n\t)\n}\n", "4:17: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\n\nfunc main() {\n\tx := 1\n\tx++\n\ty := x++\n}\n", "6:8: syntax error: unexpected ++ at end of statement"),
    ("package main\n\nfunc main()\n{\n}\n", "4:1: syntax error: unexpected semicolon or newline before {"),
    ("package main\n\nfunc main() {\n\tvar x = []int{1,2}[\n}\n", "5:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nfunc main() {\n\tfunc foo() {}\n}\n", "4:7: syntax error: unexpected name foo, expected ("),
    ("package main\n\nfunc main() {\n\tif true {\n\t} else if {\n\t}\n}\n", "5:12: syntax error: missing condition in if statement"),
    ("package main\n\nfunc main() {\n\tif {\n\t}\n}\n", "4:5: syntax error: missing condition in if statement"),
    ("package main\n\nfunc main() {\n\tfor x := range {\n\t}\n}\n", "4:17: syntax error: unexpected {, expected expression"),
    ("package main\n\nvar _ = 1 #\n", "3:11: invalid character U+0023 '#'"),
    ("package main\n\nvar _ = 1 \u{0}\n", "3:11: invalid NUL character"),
    ("package main\n\nvar _ = 'ab'\n", "3:9: more than one character in rune literal"),
    ("package main\n\nvar _ = ''\n", "3:10: empty rune literal or unescaped '"),
    ("package main\n\nvar _ = '\n", "3:10: newline in rune literal"),
    ("package main\n\nvar _ = \"abc\n", "3:13: newline in string"),
    ("package main\n\nvar _ = `abc\n", "3:9: string not terminated"),
    ("package main\n\nvar _ = 08\n", "3:10: invalid digit '8' in octal literal"),
    ("package main\n\nvar _ = 0x\n", "3:11: hexadecimal literal has no digits"),
    ("package main\n\nvar _ = 1__0\n", "3:11: '_' must separate successive digits"),
    ("package main\n\nvar _ = 10_\n", "3:11: '_' must separate successive digits"),
    ("package main\n\nvar _ = 0b102\n", "3:13: invalid digit '2' in binary literal"),
    ("package main\n\nvar _ = 0o8\n", "3:11: invalid digit '8' in octal literal"),
    ("package main\n\nvar _ = 1e\n", "3:11: exponent has no digits"),
    ("package main\n\nvar _ = 0x1.5\n", "3:14: hexadecimal mantissa requires a 'p' exponent"),
    ("package main\n\nvar _ = 0x1p\n", "3:13: exponent has no digits"),
    ("package main\n\nvar _ = '\\q'\n", "3:11: unknown escape"),
    ("package main\n\nvar _ = \"\\q\"\n", "3:11: unknown escape"),
    ("package main\n\nvar _ = \"\\x4\"\n", "3:13: invalid character '\"' in hexadecimal escape"),
    ("package main\n\nvar _ = \"\\400\"\n", "3:14: octal escape value 256 > 255"),
    ("package main\n\nvar _ = \"\\uD800\"\n", "3:16: escape is invalid Unicode code point U+D800"),
    ("package main\n\nvar _ = \"\\U00110000\"\n", "3:20: escape is invalid Unicode code point U+110000"),
    ("package main\n\nvar _ = 1 /* abc\n", "3:11: comment not terminated"),
    ("package main\n\nvar _ = 1 ~ 2\n", "3:11: syntax error: unexpected ~ after top level declaration"),
    ("package main\n\nvar _ = 1 $ 2\n", "3:11: invalid character U+0024 '$'"),
    ("package main\n\nvar _ = 1 \\ 2\n", "3:11: invalid character U+005C '\\'"),
    ("package main\n\nvar _ = 1 ? 2 : 3\n", "3:11: invalid character U+003F '?'"),
    ("package main\n\nvar _ = 1 \u{e9}\n", "3:11: syntax error: unexpected name \u{e9} after top level declaration"),
    ("package main\n\nvar _ = 1 \u{2028}\n", "3:11: invalid character U+2028 in identifier"),
    ("package main\n\nvar _ = a\u{b7}b\n", "3:10: invalid character U+00B7 '\u{b7}' in identifier"),
    ("package main\n\nvar _ = \u{feff}1\n", "3:9: invalid BOM in the middle of the file"),
    ("package main\n\nvar _ = 1.e+\n", "3:13: exponent has no digits"),
    ("package main\n\nvar _ = .\n", "3:9: syntax error: unexpected ., expected expression"),
    ("package main\n\nvar _ = ..\n", "3:9: syntax error: unexpected ., expected expression"),
    ("package main\n\nvar _ = ...\n", "3:9: syntax error: unexpected ..., expected expression"),
    ("package main\n\nvar _ = 'a\n", "3:11: newline in rune literal"),
    ("package main\n\nvar _ = '\\\n", "3:11: unknown escape"),
    ("package main\n\nvar _ = \"\\", "3:9: string not terminated"),
    ("package main\n\nvar _ = 0_x1\n", "3:10: '_' must separate successive digits"),
    ("package main\n\nvar _ = 0_9\n", "3:11: invalid digit '9' in octal literal"),
    ("package main\n\nvar _ = 1_.5\n", "3:10: '_' must separate successive digits"),
    ("package main\n\ntype T struct{}\nvar _ = (T){}\n", "4:12: syntax error: cannot parenthesize type in composite literal"),
    ("package main\n\nfunc main() {\n\tfor i := 0; i < 10 {\n\t}\n}\n", "4:21: syntax error: unexpected {, expected semicolon or newline"),
    ("package main\n\nfunc main() {\n\tfor i := 0; {\n\t}\n}\n", "4:14: syntax error: unexpected {, expected for loop condition"),
    ("package main\n\nfunc main() {\n\tfor x\n\t{\n\t}\n}\n", "5:2: syntax error: unexpected {, expected for loop condition"),
    ("package main\n\nfunc main() {\n\tswitch x := 5 {\n\t}\n}\n", "4:11: syntax error: cannot use x := 5 as value"),
    ("package main\n\nfunc main() {\n\tvar x interface{}\n\t_ = 1 + x.(type)\n}\n", "5:10: invalid syntax tree: use of .(type) outside type switch"),
    ("package main\n\nfunc main() {\n\tvar x interface{}\n\tswitch x.(type) {\n\tcase 1:\n\t}\n}\n", "6:7: 1 is not a type"),
    ("package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[1::3]\n}\n", "5:10: middle index required in 3-index slice"),
    ("package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[1:2:]\n}\n", "5:12: final index required in 3-index slice"),
    ("package main\n\nfunc f(a, b int, c) {}\n", "3:19: syntax error: missing parameter type"),
    ("package main\n\nfunc f(a int, string) {}\n", "3:21: syntax error: missing parameter type"),
    ("package main\n\nfunc f(a ...int, b int) {}\n", "3:10: can only use ... with final parameter"),
    ("package main\n\nfunc f() (a ...int) {}\n", "3:13: invalid use of ..."),
    ("package main\n\nconst x\n", "3:7: missing init expr for x"),
    ("package main\n\nconst x int\n", "3:7: missing init expr for x"),
    ("package main\n\nconst (\n\ta int = 1\n\tb int\n)\n", "5:2: missing init expr for b"),
    ("package main\n\ntype S struct { a int 5 }\n", "3:23: invalid syntax tree: incorrect tag syntax: \"5\""),
    ("package main\n\nimport fmt\n", "3:11: missing import path"),
    ("package main\n\npackage main\n", "3:1: syntax error: non-declaration statement outside function body"),
    ("", "1:1: expected 'package', found 'EOF'"),
    ("package main; import \"fmt\" x\n", "1:28: syntax error: unexpected name x after top level declaration"),
    ("package main\n\nfunc main() {\n\tgo (f())\n}\n", "4:5: expression in go must not be parenthesized"),
    ("package main\n\nfunc main() {\n\tvar x int\n\tif var y = 1; y > 0 {\n\t}\n}\n", "5:9: syntax error: var declaration not allowed in if initializer"),
    ("package main\n\nfunc main() {\n\tf(a b)\n}\n", "4:6: syntax error: unexpected name b in argument list; possibly missing comma or )"),
    ("package main\n\nfunc main() {\n\t_ = a[]\n}\n", "4:8: syntax error: unexpected ], expected operand"),
    ("package main\n\nfunc main() {\n\t_ = a[1 2]\n}\n", "4:10: syntax error: unexpected literal 2, expected comma, : or ]"),
    ("package main\n\nfunc main() {\n\tif x == T{} {\n\t}\n}\n", "4:14: syntax error: unexpected { at end of statement"),
    ("package main\n\nfunc main() {\n\tx ++ y\n}\n", "4:7: syntax error: unexpected name y at end of statement"),
    ("package main\n\nfunc main() {\n\tvar x = 1,\n}\n", "5:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nfunc () f() {}\n", "3:9: method has no receiver"),
    ("package main\n\nfunc (T) () {}\n", "3:10: syntax error: unexpected (, expected name"),
    ("package main\n\nvar x []int = []int{1, 2, 3]\n", "3:28: syntax error: unexpected ] in composite literal; possibly missing comma or }"),
    ("package main\n\nvar x = map[string]int{\"a\" 1}\n", "3:28: syntax error: unexpected literal 1 in composite literal; possibly missing comma or }"),
    ("package main\n\nfunc main() {\n\tfmt.Println(\"hi\"))\n}\n", "4:19: syntax error: unexpected ) at end of statement"),
    ("package main\n\nfunc main() {\n\tif x {\n\t}}\n}\n", "6:1: syntax error: non-declaration statement outside function body"),
    ("package main\n\nfunc main() {\n\tif x {\n}\n", "6:1: syntax error: unexpected EOF, expected }"),
    ("package main\n\nfunc main() {\n\tx := 1 +\n}\n", "5:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nfunc main() {\n\tx = = 1\n}\n", "4:6: syntax error: unexpected =, expected expression"),
    ("package main\n\nfunc main() {\n\tx := (1\n}\n", "4:9: syntax error: unexpected newline, expected )"),
    ("package main\n\nfunc main() {\n\tx := [3]int{1, 2, 3}[1:2:3:4]\n}\n", "4:28: syntax error: unexpected :, expected ]"),
    ("package main\n\nfunc main() {\n\ty := x.(int\n}\n", "4:13: syntax error: unexpected newline, expected )"),
    ("package main\n\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n", "5:8: syntax error: unexpected newline, expected :"),
    ("package main\n\nfunc main() {\n\tswitch x {\n\tdefault\n\t}\n}\n", "6:2: syntax error: unexpected }, expected :"),
    ("package main\n\nfunc main() {\n\tfor {\n\t\tbreak 5\n\t}\n}\n", "5:9: syntax error: unexpected literal 5 at end of statement"),
    ("package main\n\nfunc main() {\n\treturn 1,\n}\n", "5:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nfunc f(a int, b) {}\n", "3:16: syntax error: missing parameter type"),
    ("package main\n\nfunc f(a int, []int) {}\n", "3:15: syntax error: missing parameter name"),
    ("package main\n\nfunc f(a int, b ...) {}\n", "3:20: syntax error: ... is missing type"),
    ("package main\n\nfunc main() {\n\tfor a, b, c := range []int{} {\n\t\t_, _, _ = a, b, c\n\t}\n}\n", "4:12: range clause permits at most two iteration variables"),
    ("package main\n\nfunc main() {\n\tvar ch chan int\n\tselect {\n\tcase x := 1:\n\t}\n\t_ = ch\n}\n", "6:7: select case must be send or receive (possibly with assignment)"),
    ("package main\n\nfunc main() {\n\tvar ch chan int\n\tselect {\n\tcase ch:\n\t}\n\t_ = ch\n}\n", "6:7: select case must be send or receive (possibly with assignment)"),
    ("package main\n\nfunc main() {\n\tvar ch chan int\n\tselect {\n\tcase x++:\n\t}\n\t_ = ch\n}\n", "6:7: select case must be send or receive (possibly with assignment)"),
    ("package main\n\nfunc main() {\n\tx := struct {\n\t\ta int\n\t\tb string\n\t}{1, \"x\"\n\t}\n}\n", "7:10: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\n\ntype T struct {\n\ta int\n\t*b\n\tc.D\n\t(e)\n}\nfunc main() {}\n", "7:2: syntax error: cannot parenthesize embedded type"),
    ("package main\n\ntype T struct {\n\t5\n}\nfunc main() {}\n", "4:2: syntax error: unexpected literal 5, expected field name or embedded type"),
    ("package main\n\ntype I interface {\n\tM(\n}\nfunc main() {}\n", "5:1: syntax error: unexpected }, expected )"),
    ("package main\n\nfunc main() {\n\tvar a [\n}\n", "5:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nfunc main() {\n\tx := map[string]int{\n\t\t\"a\": 1,\n\t\t\"b\": 2\n\t}\n}\n", "6:9: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\n\nfunc main() {\n\tfmt.Println(\"a\",\n\t\t\"b\"\n}\n", "5:6: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\n\nvar (\n\ta = 1\n\tb = 2 c\n)\n", "5:8: syntax error: unexpected name c in grouped declaration; possibly missing semicolon or newline or )"),
    ("package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t\tfmt.Println(i)\n\t\n}\n", "8:1: syntax error: unexpected EOF, expected }"),
    ("package main\n\nfunc main() {\n\tif x := 1; x > 0 {\n\t} else x = 2\n}\n", "5:9: syntax error: else must be followed by if or statement block"),
    ("package main\n\nfunc main()) {\n}\n", "3:12: syntax error: unexpected ) after top level declaration"),
    ("package main\n\nfunc main( {\n}\n", "3:12: syntax error: unexpected {, expected )"),
    ("package main\n\nfunc main() {\n\tfmt.Println(\"hi\"\n}\n", "4:18: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\n\nfunc main() {\n\tfmt.Println(\"hi\")\n\treturn\n\tfmt.Println(\"x\"\n", "6:17: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\n\nfunc main {\n}\n", "3:11: syntax error: unexpected {, expected ("),
    ("package main\n\nfunc main() {\n\tif x > 1 && {\n\t}\n}\n", "4:14: syntax error: unexpected {, expected expression"),
    ("package main\n\nfunc main() {\n\tx := []int{1, 2, 3,\n}\n", "6:1: syntax error: unexpected EOF, expected }"),
    ("package main\n\nfunc main() {\n\tch <- \n}\n", "5:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nfunc main() {\n\tcase 1:\n}\n", "4:2: syntax error: unexpected keyword case, expected }"),
    ("package main\n\nfunc main() {\n\tdefault:\n}\n", "4:2: syntax error: unexpected keyword default, expected }"),
    ("package main\n\nfunc main() {\n\telse {\n\t}\n}\n", "4:2: syntax error: unexpected keyword else, expected }"),
    ("package main\n\nfunc main() {\n\t}\n}\n", "5:1: syntax error: non-declaration statement outside function body"),
    ("package main\n\n}\n", "3:1: syntax error: non-declaration statement outside function body"),
    ("package main\n\nfunc main() {\n\tvar x = <-\n}\n", "5:1: syntax error: unexpected }, expected expression"),
    ("package main\n\ntype T int\n\nfunc (a, b T) f() {}\nfunc main() {}\n", "5:15: method has multiple receivers"),
    ("package main\n\ntype T int\n\nfunc (a T, b T) f() {}\nfunc main() {}\n", "5:17: method has multiple receivers"),
    ("package main\n\ntype T int\n\nfunc main() {\n\tvar a, b, c int\n\tfor a, b, c = range []int{} {\n\t}\n\t_, _, _ = a, b, c\n}\n", "7:12: range clause permits at most two iteration variables"),
    ("package main\n\ntype T int\n\nfunc main() {\n\tvar x interface{}\n\tswitch y := x.(type); y {\n\t}\n}\n", "7:9: invalid syntax tree: use of .(type) outside type switch"),
    ("package main\n\ntype T int\n\nfunc main() {\n\tvar x interface{}\n\tswitch x.(type) {\n\tcase T{}:\n\t}\n}\n", "8:7: T{} is not a type"),
    ("package main\n\ntype T int\n\nfunc main() {\n\tvar x interface{}\n\tswitch x.(type) {\n\tcase f():\n\t}\n}\n", "8:7: f() is not a type"),
    ("package main\n\ntype T int\n\nfunc main() {\n\t_ = x.(type)\n}\n", "6:6: invalid syntax tree: use of .(type) outside type switch"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\";\n}\n", "6:18: syntax error: unexpected semicolon in argument list; possibly missing comma or )"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := []int{1, 2, 3}\n\tfor i := 0; i < len(x); i++ {\n\t\tfmt.Println(x[i]\n\t}\n}\n", "8:19: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tif x == 1 {\n\t\tfmt.Println(x)\n\t}\n\telse {\n\t\tfmt.Println(0)\n\t}\n}\n", "10:2: syntax error: unexpected keyword else, expected }"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x int = 5;\n\tfmt.Println(x)\n\tx := := 3\n}\n", "8:7: syntax error: unexpected :=, expected expression"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfunc helper() {\n\t}\n}\n", "6:7: syntax error: unexpected name helper, expected ("),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0, i < 10, i++ {\n\t}\n}\n", "6:23: syntax error: unexpected ++, expected {"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\twhile true {\n\t}\n}\n", "6:8: syntax error: unexpected name true at end of statement"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx = [1, 2, 3]\n}\n", "6:8: syntax error: unexpected comma; expected ]"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{\"a\": 1, \"b\": 2,}\n\tfmt.Println(m\n}\n", "7:15: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 5\n\tswitch x {\n\tcase 1, 2\n\t\tfmt.Println(x)\n\t}\n}\n", "8:11: syntax error: unexpected newline, expected :"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\ttype Point struct {\n\t\tX int,\n\t\tY int\n\t}\n}\n", "7:8: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\ttype Point struct {\n\t\tX int\n\t\tY int\n\t}\n\tp := Point{\n\t\tX: 1,\n\t\tY: 2\n\t}\n\tfmt.Println(p)\n}\n", "12:7: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n\t}()\n\twg.Wait(\n}\n", "12:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"unterminated)\n}\n", "6:28: newline in string"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println('hello')\n}\n", "6:14: more than one character in rune literal"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1,2,3}\n\tfor i, v in range s {\n\t}\n}\n", "7:11: syntax error: unexpected name in, expected := or = or comma"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tselect {\n\tcase v := <-ch\n\t\tfmt.Println(v)\n\t}\n}\n", "7:16: syntax error: unexpected newline, expected :"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer fmt.Println(\"x\")\n\treturn 1 2\n}\n", "7:11: syntax error: unexpected literal 2 at end of statement"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tif x := 3; x > 2\n\t{\n\t}\n}\n", "6:18: syntax error: unexpected newline, expected { after if clause"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a []int = {1, 2}\n}\n", "6:16: syntax error: unexpected {, expected expression"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfunc() {\n\t\tfmt.Println(1)\n\t}(\n}\n", "9:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1))\n\n}\n", "6:16: syntax error: unexpected ) at end of statement"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n}\n}\n", "8:1: syntax error: non-declaration statement outside function body"),
    ("package main\n\nimport \"fmt\"\n\nfunc add(a int, b int) int {\n\treturn a + b\n\nfunc main() {\n}\n", "8:6: syntax error: unexpected name main, expected ("),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n", "7:1: syntax error: unexpected EOF, expected }"),
    ("package main\n\nimport \"fmt\"\n\nfunc (p *Point) String() string {\n\treturn \"\"\n}}\n", "7:2: syntax error: unexpected } after top level declaration"),
    ("package main\n\nimport \"fmt\"\n\ntype Point struct {\n\tX, Y int\n}\n\nfunc (p Point) Dist() float64 {\n\treturn p.X * p.X +\n}\n", "11:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nimport \"fmt\"\n\nvar x = 1\nvar y = 2 +\n", "7:1: syntax error: unexpected EOF, expected expression"),
    ("package main\n\nimport \"fmt\"\n\nconst (\n\tA = iota\n\tB\n\tC,\n)\n", "9:1: syntax error: unexpected ), expected name"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x int\n\tx++\n\tx--\n\t++x\n}\n", "9:2: syntax error: unexpected ++, expected }"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x++)\n}\n", "7:15: syntax error: unexpected ++ in argument list; possibly missing comma or )"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\ti := 0\n\tfor i < 10 {\n\t\ti++\n\t}\n\tfor i := 0; i < 10; i++; {\n\t}\n}\n", "10:25: syntax error: unexpected semicolon, expected { after for clause"),
    ("package main\n\nimport \"fmt\"\n\nfunc f() (int, string {\n\treturn 0, \"\"\n}\n", "5:23: syntax error: unexpected { in parameter list; possibly missing comma or )"),
    ("package main\n\nimport \"fmt\"\n\nfunc f(a int b int) {\n}\n", "5:14: syntax error: unexpected name b in parameter list; possibly missing comma or )"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := struct{a int}{a: 1}\n\tfmt.Println(x.)\n}\n", "7:16: syntax error: unexpected ), expected name or ("),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar f func(int) int = func(x int) int { return x }\n\tfmt.Println(f(1)\n}\n", "7:18: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tgo fmt.Println(\"x\"\n}\n", "6:20: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer\n}\n", "7:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x, y = 1\n\tvar = 5\n}\n", "7:6: syntax error: unexpected =, expected name"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tif true { fmt.Println(1) } else fmt.Println(2)\n}\n", "6:34: syntax error: else must be followed by if or statement block"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0x1G\n}\n", "6:10: syntax error: unexpected name G at end of statement"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1.2.3\n}\n", "6:10: syntax error: unexpected literal .3 at end of statement"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := map[string]int{\n\t\t\"a\": 1\n\t\t\"b\": 2,\n\t}\n}\n", "7:9: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\" \"b\")\n}\n", "6:18: syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )"),
    ("package main\n\nimport \"fmt\"\n\ntype T struct {\n\ta int\n}\nfunc (t T) m( {\n}\n", "8:15: syntax error: unexpected {, expected )"),
    ("package main\n\nimport \"fmt\"\n\ntype I interface {\n\tM() int,\n}\n", "6:9: syntax error: unexpected comma in interface type; possibly missing semicolon or newline or }"),
    ("package main\n\nimport \"fmt\"\n\ntype I interface {\n\tM() int\n\tN(x int) (y int\n}\n", "7:17: syntax error: unexpected newline in parameter list; possibly missing comma or )"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x [3]int\n\tx[0 = 1\n}\n", "7:6: syntax error: unexpected =, expected comma, : or ]"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s []int\n\t_ = s[1:2:3:4]\n}\n", "7:13: syntax error: unexpected :, expected ]"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := &\n}\n", "7:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx.(\n}\n", "7:1: syntax error: unexpected }, expected type"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tswitch x := y.(type) {\n\tcase int:\n\tdefault:\n\t\tcase\n\t}\n}\n", "10:2: syntax error: unexpected }, expected expression"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tgo\n}\n", "7:1: syntax error: unexpected }, expected expression"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\treturn,\n}\n", "6:8: syntax error: unexpected comma, expected expression"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x = []int{1,\n\t\t2,\n\t\t3\n\t}\n}\n", "8:4: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tif x {\n\t} else {\n\t} else {\n\t}\n}\n", "8:4: syntax error: unexpected keyword else at end of statement"),
];

#[test]
fn errors_match_go() {
    check_all(GO_CHECKED, |src| match parse(src) {
        Ok(_) => "OK".to_string(),
        Err(e) => render(src, &e),
    });
}

// ----- errors of our own -------------------------------------------------------------

#[test]
fn constructs_outside_the_subset_are_rejected() {
    let cases = [
        (
            "package main\n\nvar _ = 1i\n",
            "3:9: not supported here: complex numbers",
        ),
        (
            "package main\n\nvar _ = 1.5e3i + 2\n",
            "3:9: not supported here: complex numbers",
        ),
    ];
    check_errors(&cases);
    // goto is parsed (its label rules are the checker's).
    let f = file("package main\n\nfunc main() {\n\tgoto L\nL:\n}\n");
    let body = match &f.decls[0] {
        Decl::Func(fd) => fd.body.as_ref().expect("a body"),
        _ => panic!("a func"),
    };
    assert!(matches!(&body.stmts[0].kind, StmtKind::Goto(l) if l.name == "L"));
    // An array length is not a type parameter list.
    assert!(parse("package main\n\ntype A [N]int\ntype B [N * 2]int\n").is_ok());
    // Indexing with a type cannot be told from instantiation here: left to the checker.
    assert!(parse("package main\n\nvar _ = F[int](1)\n").is_ok());
}

#[test]
fn type_parameters_and_instances_are_parsed() {
    let f = file("package main\n\nfunc F[K comparable, A, B any, S ~[]A](x S) {}\ntype L[T any] struct{ next *L[T] }\ntype N interface { ~int | string; M() }\nvar _ = P[int, []string]{}\n");
    let fd = decl!(f, 0, Func);
    let names: Vec<&str> = fd.tparams.iter().map(|p| p.name.name.as_str()).collect();
    assert_eq!(names, ["K", "A", "B", "S"]);
    // A group shares its constraint; `~[]A` is held as `interface{ ~[]A }`.
    assert!(std::rc::Rc::ptr_eq(
        &fd.tparams[1].constraint,
        &fd.tparams[2].constraint
    ));
    assert!(
        matches!(&fd.tparams[3].constraint.kind, TypeExprKind::Interface(e) if matches!(e.as_slice(), [InterfaceElem::Union(t)] if t.len() == 1 && t[0].0))
    );
    let ts = decl!(f, 1, Type);
    assert_eq!(ts[0].tparams.len(), 1);
    let TypeExprKind::Struct(fields) = &ts[0].ty.kind else {
        panic!("a struct")
    };
    assert!(
        matches!(&fields[0].ty.kind, TypeExprKind::Pointer(p) if matches!(&p.kind, TypeExprKind::Instance { args, .. } if args.len() == 1))
    );
    let ts = decl!(f, 2, Type);
    let TypeExprKind::Interface(elems) = &ts[0].ty.kind else {
        panic!("an interface")
    };
    assert!(matches!(&elems[0], InterfaceElem::Union(t) if t.len() == 2 && t[0].0 && !t[1].0));
    assert!(matches!(&elems[1], InterfaceElem::Method { .. }));
    let vs = decl!(f, 3, Var);
    assert!(
        matches!(&vs[0].values[0].kind, ExprKind::Composite { ty: Some(t), .. } if matches!(&t.kind, ExprKind::IndexList(_, a) if a.len() == 2))
    );
    assert_eq!(
        error("package main\n\nvar f = func[T any]() {}\n"),
        "3:13: syntax error: function type must have no type parameters"
    );
}

#[test]
fn type_switch_guard_outside_a_type_switch() {
    let outside = "invalid syntax tree: use of .(type) outside type switch";
    check_errors(&[
        (
            in_main("\t_ = 1 + x.(type)"),
            &format!("4:10: {outside}")[..],
        ),
        (
            in_main("\tswitch y := x.(type); y {\n\t}"),
            &format!("4:9: {outside}"),
        ),
        (
            in_main("\tswitch x.(type).(type) {\n\t}"),
            &format!("4:9: {outside}"),
        ),
    ]);
    // Nested type switches each claim their own guard.
    assert!(parse(&in_main(
        "\tswitch x.(type) {\n\tcase int:\n\t\tswitch y := z.(type) {\n\t\t}\n\t}"
    ))
    .is_ok());
}

#[test]
fn syntax_errors_take_precedence_over_checker_style_errors() {
    check_errors(&[
        // Generics are parsed past, so a later syntax error is the one reported.
        (
            "package main\n\nfunc f[T any](x List[T]) {\n\tx := (\n}\n".to_string(),
            "5:1: syntax error: unexpected }, expected expression",
        ),
        (
            "package main\n\nfunc f(x, y int[) {}\n".to_string(),
            "3:17: syntax error: unexpected ), expected type",
        ),
        // Go reports syntax errors first, even after a `goto` or a misplaced `.(type)`.
        (
            in_main("\tgoto L\n\tx := ("),
            "6:1: syntax error: unexpected }, expected expression",
        ),
        (
            in_main("\t_ = x.(type)\n\tfor {"),
            "7:1: syntax error: unexpected EOF, expected }",
        ),
    ]);
}

#[test]
fn lexer_recovers_like_go() {
    // A bad literal is still a token: the syntax error at its start comes first.
    assert_eq!(
        error("package main\n\nvar _ = 1 \"abc\n"),
        "3:11: syntax error: unexpected literal \"abc after top level declaration"
    );
    // An invalid character is skipped.
    let l = lex("a @ b");
    assert_eq!(l.tokens.len(), 4, "{:?}", l.tokens);
    assert_eq!(l.errors[0].message, "invalid character U+0040 '@'");
    // Every error is kept, and the first in the source is the one reported.
    let l = lex("`abc\\q\n");
    assert_eq!(l.errors.len(), 1);
    let l = lex("'\\q' 08 0x");
    let msgs: Vec<&str> = l.errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(
        msgs,
        [
            "unknown escape",
            "invalid digit '8' in octal literal",
            "hexadecimal literal has no digits"
        ]
    );
}

#[test]
fn lexical_and_syntax_errors_are_ordered_by_position() {
    check_errors(&[
        // The invalid character comes first.
        (
            "package main\n\nvar _ = 1 @ (\n",
            "3:11: invalid character U+0040 '@'",
        ),
        // The syntax error comes first.
        (
            "package main\n\nvar _ = ) @\n",
            "3:9: syntax error: unexpected ), expected expression",
        ),
        // A NUL inside a string is reported even though lexing goes on.
        (
            "package main\n\nvar _ = \"a\u{0}b\" +\n",
            "3:11: invalid NUL character",
        ),
        (
            "package main\n\nvar _ = \"a\u{feff}b\"\n",
            "3:11: invalid BOM in the middle of the file",
        ),
        (
            "package main\n\nvar _ = 1 \u{7f}",
            "3:11: invalid character U+007F",
        ),
        (
            "package main\n\nvar _ = 1 \u{2028}",
            "3:11: invalid character U+2028 in identifier",
        ),
    ]);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let n = 100_000;
    let sources = [
        format!(
            "package main\nvar _ = {}1{}\n",
            "(".repeat(n),
            ")".repeat(n)
        ),
        format!("package main\nvar _ = {}1\n", "- ".repeat(n)),
        format!("package main\nvar _ = 1{}\n", "+1".repeat(n)),
        format!("package main\nvar _ = f{}\n", "()".repeat(n)),
        format!("package main\nvar _ {}int\n", "[]".repeat(n)),
        in_main(&format!("{}{}", "{".repeat(n), "}".repeat(n))),
        in_main(&format!("{}{}", "if x {".repeat(n), "}".repeat(n))),
        in_main(&format!("if x {{}}{}", " else if x {}".repeat(n))),
        in_main(&format!("_ = T{}{}", "{".repeat(n), "}".repeat(n))),
        in_main(&"L: ".repeat(n)),
    ];
    for src in sources {
        let e = error(&src);
        assert!(e.ends_with("syntax error: nesting too deep"), "{e}");
    }
    // Ordinary nesting is fine.
    assert!(parse(&in_main(&format!(
        "{}{}",
        "if x {\n".repeat(20),
        "}\n".repeat(20)
    )))
    .is_ok());
    assert!(parse(&format!(
        "package main\nvar _ = {}1{}\n",
        "(".repeat(30),
        ")".repeat(30)
    ))
    .is_ok());
}

#[test]
fn empty_and_headless_files() {
    check_errors(&[
        ("", "1:1: expected 'package', found 'EOF'"),
        ("func main() {}\n", "1:1: expected 'package', found 'func'"),
        ("package 5\n", "1:9: expected 'IDENT', found 5"),
    ]);
}
