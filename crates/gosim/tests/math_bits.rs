//! Package math, bit for bit against Go: `math_bits/cases.txt` holds inputs and the
//! bits of the results a Go 1.27.3 binary for linux/amd64 gave (written by
//! `math_bits/gen.go`, whose doc has the command). For each function the test runs one
//! Go program in the engine over all of its inputs and compares every result's bits.
//! A NaN result matches any NaN: Go prints every NaN alike, and the bits of a NaN an
//! operation produces are the CPU's (x86 and wasm differ), not the algorithm's.

use std::collections::BTreeMap;

use gosim::{run, Policy};

const CASES: &str = include_str!("math_bits/cases.txt");

/// How the program calls a function of `arity` arguments (`f(k)`: argument k as a
/// float64, `g(k)` as an int) and prints its results (`h`: a float64's bits in hex).
fn call(name: &str) -> (usize, String) {
    let c = |arity: usize, body: &str| (arity, body.replace("F", &format!("math.{name}")));
    match name {
        "Sincos" | "Modf" => c(1, "a, b := F(f(0))\n\t\tfmt.Println(h(a), h(b))"),
        "Frexp" | "Lgamma" => c(1, "a, b := F(f(0))\n\t\tfmt.Println(h(a), b)"),
        "Ilogb" => c(1, "fmt.Println(F(f(0)))"),
        "Ldexp" => c(2, "fmt.Println(h(F(f(0), g(1))))"),
        "Pow10" => c(1, "fmt.Println(h(F(g(0))))"),
        "Jn" | "Yn" => c(2, "fmt.Println(h(F(g(0), f(1))))"),
        "FMA" => c(3, "fmt.Println(h(F(f(0), f(1), f(2))))"),
        "Atan2" | "Pow" | "Hypot" | "Mod" | "Remainder" | "Dim" | "Nextafter" | "Max" | "Min"
        | "Copysign" => c(2, "fmt.Println(h(F(f(0), f(1))))"),
        _ => c(1, "fmt.Println(h(F(f(0))))"),
    }
}

/// An argument as the program's table holds it: a float's bits, or an int's.
fn arg_bits(text: &str) -> u64 {
    if text.len() == 16 {
        u64::from_str_radix(text, 16).expect("hex float")
    } else {
        text.parse::<i64>().expect("int argument") as u64
    }
}

fn is_nan_bits(text: &str) -> bool {
    text.len() == 16 && u64::from_str_radix(text, 16).is_ok_and(|b| f64::from_bits(b).is_nan())
}

fn same_result(got: &str, want: &str) -> bool {
    let (g, w): (Vec<&str>, Vec<&str>) = (got.split(' ').collect(), want.split(' ').collect());
    g.len() == w.len()
        && g.iter()
            .zip(&w)
            .all(|(g, w)| g == w || is_nan_bits(g) && is_nan_bits(w))
}

/// The mismatches of one function: (arguments, Go's results, the engine's).
fn check(name: &str, cases: &[(Vec<&str>, &str)]) -> Vec<String> {
    let (arity, body) = call(name);
    let mut table = String::new();
    for (args, _) in cases {
        assert_eq!(args.len(), arity, "{name}: arity");
        for a in args {
            table.push_str(&format!("{:#x}, ", arg_bits(a)));
        }
    }
    let src = format!(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math\"\n)\n\nvar a = []uint64{{{table}}}\n\nvar i int\n\n\
         func f(k int) float64 {{ return math.Float64frombits(a[i*{arity}+k]) }}\n\n\
         func g(k int) int {{ return int(int64(a[i*{arity}+k])) }}\n\n\
         func h(x float64) string {{ return fmt.Sprintf(\"%016x\", math.Float64bits(x)) }}\n\n\
         func main() {{\n\tfor i = 0; i < {n}; i++ {{\n\t\t{body}\n\t}}\n}}\n",
        n = cases.len()
    );
    let r = run(&src, Policy::GoLike, 1);
    let stdout = String::from_utf8_lossy(&r.stdout);
    assert_eq!(
        r.exit_code,
        Some(0),
        "{name}: {}",
        String::from_utf8_lossy(&r.stderr)
    );
    let got: Vec<&str> = stdout.lines().collect();
    assert_eq!(got.len(), cases.len(), "{name}: one line per case");
    cases
        .iter()
        .zip(got)
        .filter(|((_, want), got)| !same_result(got, want))
        .map(|((args, want), got)| format!("{name} {} = {want}, engine {got}", args.join(" ")))
        .collect()
}

#[test]
fn every_function_gives_gos_bits() {
    let mut by_name: BTreeMap<&str, Vec<(Vec<&str>, &str)>> = BTreeMap::new();
    for line in CASES.lines() {
        let (call, want) = line.split_once(" = ").expect("`call = results`");
        let mut words = call.split(' ');
        let name = words.next().expect("a name");
        by_name
            .entry(name)
            .or_default()
            .push((words.collect(), want));
    }
    // The file covers what it should (a truncated file would pass vacuously).
    assert!(by_name.len() >= 55, "{} functions", by_name.len());
    assert!(by_name.values().all(|c| c.len() >= 400));
    let mut bad = Vec::new();
    for (name, cases) in &by_name {
        let wrong = check(name, cases);
        if !wrong.is_empty() {
            bad.push(format!("{name}: {} of {} differ", wrong.len(), cases.len()));
            bad.extend(wrong.into_iter().take(3));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The comparison itself can fail: a result off by one ulp is a mismatch, and only
/// NaN's bits are free.
#[test]
fn the_comparison_sees_one_ulp() {
    assert!(!same_result("3ff0000000000001", "3ff0000000000000"));
    assert!(!same_result("0000000000000000", "8000000000000000"));
    assert!(same_result("7ff8000000000001", "fff8000000000000"));
    assert!(!same_result("7ff8000000000001 3", "fff8000000000000 4"));
}
