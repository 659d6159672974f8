//! `syncscope-bindgen INPUT.wasm OUT_DIR OUT_NAME`: wasm-bindgen `--target web` for the widget
//! module, writing `OUT_DIR/OUT_NAME.js` and `OUT_DIR/OUT_NAME_bg.wasm` (no TypeScript).
//!
//! The same as `wasm-bindgen --target web --no-typescript --remove-name-section
//! --remove-producers-section --out-dir OUT_DIR --out-name OUT_NAME INPUT.wasm`, without
//! installing the CLI. Run by `cargo xtask` (see xtask/src/widget.rs).
//!
//! With `SYNCSCOPE_KEEP_NAMES` set in the environment the function names stay, for size
//! work: `twiggy top` on the output then names every function (wasm-opt keeps them with `-g`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, out_name] = args.as_slice() else {
        eprintln!("usage: syncscope-bindgen INPUT.wasm OUT_DIR OUT_NAME");
        return ExitCode::from(2);
    };
    let result = wasm_bindgen_cli_support::Bindgen::new()
        .input_path(input)
        .out_name(out_name)
        .typescript(false)
        // The library's default differs from the CLI's: without this, `init()` without
        // arguments has no module URL to fetch.
        .omit_default_module_path(false)
        // Function names are only for debuggers; the module is much smaller without them.
        .remove_name_section(std::env::var_os("SYNCSCOPE_KEEP_NAMES").is_none())
        .remove_producers_section(true)
        .web(true)
        .and_then(|bindgen| bindgen.generate(out_dir));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("wasm-bindgen failed on {input}: {error:#}");
            ExitCode::FAILURE
        }
    }
}
