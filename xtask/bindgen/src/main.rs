//! `syncscope-bindgen INPUT.wasm OUT_DIR OUT_NAME`: wasm-bindgen `--target web` for the widget
//! module, writing `OUT_DIR/OUT_NAME.js` and `OUT_DIR/OUT_NAME_bg.wasm` (no TypeScript).
//!
//! The same as `wasm-bindgen --target web --no-typescript --remove-name-section
//! --remove-producers-section --out-dir OUT_DIR --out-name OUT_NAME INPUT.wasm`, without
//! installing the CLI, plus two steps of its own: [`shorten_imports`], and the function
//! names stay (without their hashes, see [`sort_keys`]) for wasm-opt to order the functions
//! by. Run by `cargo xtask` (see xtask/src/widget.rs), which takes the names out again
//! (wasm-opt drops them unless asked with `-g`; without wasm-opt, xtask strips them).

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, out_name] = args.as_slice() else {
        eprintln!("usage: syncscope-bindgen INPUT.wasm OUT_DIR OUT_NAME");
        return ExitCode::from(2);
    };
    match run(input, out_dir, out_name) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("wasm-bindgen failed on {input}: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(input: &str, out_dir: &str, out_name: &str) -> anyhow::Result<()> {
    let mut output = wasm_bindgen_cli_support::Bindgen::new()
        .input_path(input)
        .out_name(out_name)
        .typescript(false)
        // The library's default differs from the CLI's: without this, `init()` without
        // arguments has no module URL to fetch.
        .omit_default_module_path(false)
        // Kept for wasm-opt's `--reorder-functions-by-name`; they never reach readers.
        .remove_name_section(false)
        .remove_producers_section(true)
        .web(true)?
        .generate_output()?;
    sort_keys(output.wasm_mut());
    let renamed = shorten_imports(output.wasm_mut());
    output.emit(out_dir)?;
    let js_path = Path::new(out_dir).join(format!("{out_name}.js"));
    let js = std::fs::read_to_string(&js_path)?;
    std::fs::write(&js_path, rename_in_glue(&js, &renamed)?)?;
    Ok(())
}

/// Drops the `::h0123456789abcdef` hash rustc puts at the end of each function's name.
///
/// The names are the keys wasm-opt's `--reorder-functions-by-name` sorts the functions by,
/// which puts the copies of one generic function (`Vec<T>::clone` for every `T`) and the
/// functions of one module next to each other, where gzip finds their likeness: about 7 KB
/// gzipped. Sorting without the hashes, which order copies of one function at random, gzips
/// 0.8 KB better again.
fn sort_keys(module: &mut walrus::Module) {
    for function in module.funcs.iter_mut() {
        if let Some(name) = &mut function.name {
            let hash = name.len().checked_sub(19).and_then(|at| name.get(at..));
            if hash.is_some_and(|h| {
                h.starts_with("::h") && h[3..].bytes().all(|b| b.is_ascii_hexdigit())
            }) {
                name.truncate(name.len() - 19);
            }
        }
    }
}

/// Gives every function the module imports from the JS glue a short name (`a`, `b`, …,
/// `ba`, …) and returns the (old, new) pairs.
///
/// wasm-bindgen names each import after the JS function plus a 16-digit hash
/// (`__wbg_setAttribute_f6bb0b8ab4bcd3c2`): over 160 such names are about 7 KB of the
/// module, 3 KB once gzipped, that no reader ever sees. The glue's import object is
/// renamed to match ([`rename_in_glue`]).
fn shorten_imports(module: &mut walrus::Module) -> Vec<(String, String)> {
    let mut renamed = Vec::new();
    for import in module.imports.iter_mut() {
        if !matches!(import.kind, walrus::ImportKind::Function(_)) {
            continue;
        }
        let short = short_name(renamed.len());
        renamed.push((std::mem::replace(&mut import.name, short.clone()), short));
    }
    renamed
}

/// `0 -> "a"`, `25 -> "z"`, `26 -> "ba"`: letters only, so every name is a plain JS
/// property name.
fn short_name(mut n: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'a' + (n % 26) as u8);
        n /= 26;
        if n == 0 {
            break;
        }
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// Renames the keys of the glue's import object (`        NAME: function(`), each of
/// which must occur exactly once: anything else means the glue's shape changed, and the
/// build stops rather than ship a module whose imports do not resolve.
fn rename_in_glue(js: &str, renamed: &[(String, String)]) -> anyhow::Result<String> {
    let mut out = js.to_owned();
    for (old, new) in renamed {
        let key = format!("\n        {old}: function(");
        let found = out.matches(&key).count();
        if found != 1 {
            anyhow::bail!(
                "the JS glue has {found} import entries `{old}: function(` (expected one); \
                 did wasm-bindgen's output change?"
            );
        }
        out = out.replacen(&key, &format!("\n        {new}: function("), 1);
    }
    Ok(out)
}
