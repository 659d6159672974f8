//! Property tests for the parser: whatever the input, `parse` returns (an AST or a
//! diagnostic whose position lies inside the source) and never panics or overflows
//! the stack. Inputs are arbitrary strings, soups of Go tokens, and mutations of
//! realistic programs, which must themselves parse. Interesting inputs found along
//! the way live in `fuzz-corpus/parser/` and are replayed by [`regression_corpus`].

use gosim::syntax::{parse, SourceMap};
use proptest::prelude::*;

/// Realistic programs covering most of the grammar; each must parse.
const PROGRAMS: &[&str] = &[
    r#"package main

import (
	"fmt"
	"sync"
	"time"
)

type result struct {
	id    int
	value string
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- result{id: id, value: fmt.Sprint(j * 2)}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 9; i++ {
		jobs <- i
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	timeout := time.After(time.Second)
loop:
	for {
		select {
		case r, ok := <-results:
			if !ok {
				break loop
			}
			fmt.Println(r.id, r.value)
		case <-timeout:
			fmt.Println("timeout")
			break loop
		default:
		}
	}
}
"#,
    r#"package main

import "fmt"

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Rect struct{ W, H float64 }
type Circle struct {
	R float64 `json:"r"`
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) String() string     { return fmt.Sprintf("rect %vx%v", r.W, r.H) }
func (c *Circle) Area() float64   { return 3.14159 * c.R * c.R }
func (c *Circle) String() string  { return "circle" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", x)
	case Shape:
		return x.String()
	case []Shape:
		return fmt.Sprint(len(x), " shapes")
	case func() int:
		return "func"
	default:
		return "?"
	}
}

func main() {
	shapes := []Shape{Rect{1, 2}, &Circle{R: 1}, Rect{W: 3, H: 4}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	if s, ok := shapes[1].(*Circle); ok && s.R > 0 {
		fmt.Println(describe(s), describe(shapes), describe(nil), total)
	} else if total > 10 {
		fmt.Println("big")
	} else {
		fmt.Println("small")
	}
}
"#,
    r#"package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Sort(byLen(keys))
	next := counter()
	grid := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	pts := map[string][2]int{"a": {1, 2}, "b": {3, 4}}
	s := keys[1:3:4]
	fmt.Println(next(), next(), grid[1][2], pts["a"][0], s[:], len(keys[:2]), strings.Repeat("=", 10))
}
"#,
    r#"package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

var names = [...]string{Sunday: "Sun", Monday: "Mon", Tuesday: "Tue"}

func classify(n int) (kind string, even bool) {
	switch {
	case n < 0:
		kind = "negative"
	case n == 0:
		kind = "zero"
		fallthrough
	case n%2 == 0:
		even = true
	default:
		kind = "odd"
	}
	return
}

func main() {
	x := 0x1F + 0o17 + 017 + 0b101 + 1_000
	f := 1.5e3 + .5 + 0x1p-2
	r := 'a' + '\n' + '\x41' + '\u00e9'
	s := "tab\there \"quoted\" \\ \u00e9" + `raw\n`
outer:
	for i := 0; i < 3; i++ {
		for j := range 3 {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	var a, b = classify(x)
	x <<= 2
	x &^= 1
	x %= 7
	fmt.Println(names[Monday], KB, MB, GB, x, f, r, s, a, b, ^x, -x, !b)
}
"#,
    r#"package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNeg = errors.New("negative")

type ParseError struct {
	Input string
	Err   error
}

func (e *ParseError) Error() string { return e.Input + ": " + e.Err.Error() }

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	n, err = strconv.Atoi(s)
	if err != nil {
		return 0, &ParseError{Input: s, Err: err}
	}
	if n < 0 {
		panic(ErrNeg)
	}
	return n, nil
}

func main() {
	var p *ParseError
	for _, in := range []string{"12", "x", "-1"} {
		n, err := parse(in)
		switch e := err.(type) {
		case nil:
			fmt.Println(n)
		case *ParseError:
			p = e
			fmt.Println("parse error", e.Input, p != nil)
		default:
			fmt.Println(e)
		}
	}
	ch := make(chan struct{})
	var send chan<- struct{} = ch
	var recv <-chan struct{} = ch
	go func() { send <- struct{}{} }()
	<-recv
	buf := []byte("hi")
	ptr := (*ParseError)(nil)
	fn := (func(int) int)(nil)
	fmt.Println(string(buf), ptr == nil, fn == nil)
}
"#,
];

/// Tokens (with a little surrounding context) that token soups are made of.
const TOKENS: &[&str] = &[
    "package",
    "main",
    "import",
    "\"fmt\"",
    "func",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "go",
    "defer",
    "return",
    "break",
    "continue",
    "fallthrough",
    "goto",
    "x",
    "y",
    "T",
    "fmt",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    "&^",
    "&&",
    "||",
    "<-",
    "++",
    "--",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "=",
    ":=",
    "+=",
    "&^=",
    "!",
    "~",
    "...",
    "0",
    "1",
    "0x1F",
    "017",
    "1.5",
    ".5",
    "1e9",
    "1i",
    "'a'",
    "'\\n'",
    "\"s\"",
    "`raw`",
    "\n",
    "\n",
    "\n",
    "// c\n",
    "/* c */",
    "/*\n*/",
    "nil",
    "iota",
    "[]int",
    "map[string]int",
    "chan<-",
    "x.(type)",
    "@",
    "#",
    "'",
    "\"",
    "`",
    "\u{0}",
    "\u{feff}",
    "é",
    "\u{2028}",
];

fn check(src: &str) {
    if let Err(e) = parse(src) {
        let lo = e.span.lo as usize;
        assert!(
            lo <= src.len(),
            "error position {lo} past the end ({}) for {src:?}: {e:?}",
            src.len()
        );
        assert!(
            src.is_char_boundary(lo),
            "error position {lo} inside a character for {src:?}"
        );
        assert!(!e.message.is_empty());
        let _ = e.render("prog.go", &SourceMap::new(src));
    }
}

/// Deletes, duplicates or swaps character ranges of `src`.
fn mutate(src: &str, ops: &[(u8, usize, usize, usize)]) -> String {
    let mut chars: Vec<char> = src.chars().collect();
    for &(op, a, b, c) in ops {
        if chars.is_empty() {
            break;
        }
        let n = chars.len();
        let start = a % n;
        let end = (start + 1 + b % 40).min(n);
        match op % 3 {
            0 => {
                chars.drain(start..end);
            }
            1 => {
                let piece: Vec<char> = chars[start..end].to_vec();
                let at = c % (n + 1);
                chars.splice(at..at, piece);
            }
            _ => {
                let other = c % n;
                let other_end = (other + (end - start)).min(n);
                if other_end <= start || other >= end {
                    let (lo1, hi1, lo2, hi2) = if other < start {
                        (other, other_end, start, end)
                    } else {
                        (start, end, other, other_end)
                    };
                    let second: Vec<char> = chars[lo2..hi2].to_vec();
                    let first: Vec<char> = chars[lo1..hi1].to_vec();
                    chars.splice(lo2..hi2, first);
                    chars.splice(lo1..hi1, second);
                }
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn realistic_programs_parse() {
    for (i, p) in PROGRAMS.iter().enumerate() {
        if let Err(e) = parse(p) {
            panic!("program {i}: {}", e.render("prog.go", &SourceMap::new(p)));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        check(&s);
        check(&format!("package main\n{s}"));
        check(&format!("package main\nfunc main() {{\n{s}\n}}\n"));
    }

    #[test]
    fn token_soups(picks in prop::collection::vec((0..TOKENS.len(), any::<bool>()), 0..60), in_func in any::<bool>()) {
        let mut src = String::from(if in_func { "package main\nfunc main() {\n" } else { "package main\n" });
        for (i, space) in picks {
            src.push_str(TOKENS[i]);
            if space {
                src.push(' ');
            }
        }
        check(&src);
    }

    #[test]
    fn mutated_programs(which in 0..PROGRAMS.len(), ops in prop::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), any::<usize>()), 1..4)) {
        check(&mutate(PROGRAMS[which], &ops));
    }
}

/// Replays the saved inputs; files named `valid_*` must parse without error.
#[test]
fn regression_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz-corpus/parser");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("corpus directory") {
        let path = entry.expect("corpus entry").path();
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        check(&src);
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.starts_with("valid_") {
            assert!(parse(&src).is_ok(), "{name}: {:?}", parse(&src).err());
        }
        seen += 1;
    }
    assert!(seen > 0, "no corpus files in {}", dir.display());
}
