//! Building the widget module the book's pages load: `src/generated/syncscope_web.js` and
//! `src/generated/syncscope_web_bg.wasm` (git-ignored; mdBook copies them into the site).
//!
//! 1. `cargo build -p syncscope-web --lib --target wasm32-unknown-unknown --profile wasm-release`
//! 2. wasm-bindgen `--target web`, through `xtask/bindgen` (wasm-bindgen-cli-support as a
//!    library, in its own small workspace so that xtask itself stays dependency-free and the
//!    workspace's clippy and tests never compile it). Its version must equal the `wasm-bindgen`
//!    crate's in Cargo.lock; [`check_versions`] compares the two lock files first.
//! 3. For the release site only: `wasm-opt -Oz` when binaryen is installed (it is optional).
//! 4. The size, raw and gzipped, checked against [`GZIP_BUDGET`].

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tools::{cargo, Cmd, WASM_TARGET};

/// The most the gzipped wasm may weigh: readers download it on the first live block.
pub const GZIP_BUDGET: u64 = 1_500_000;

/// Where the module goes, relative to the repository root (the preprocessor's
/// `WIDGET_MODULE` is `generated/syncscope_web.js` relative to `src/`).
const OUT_DIR: &str = "src/generated";
const OUT_NAME: &str = "syncscope_web";

/// Whether to run wasm-opt (when present) on the module.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Optimize {
    /// `cargo xtask build`: what is published.
    IfAvailable,
    /// `serve` and `test`: skip it, it only shrinks the module and takes a while.
    No,
}

/// What was built.
pub struct ModuleStats {
    pub wasm: PathBuf,
    pub raw: u64,
    pub gzipped: u64,
    pub js: u64,
    /// Whether wasm-opt ran.
    pub optimized: bool,
}

impl ModuleStats {
    pub fn within_budget(&self) -> Result<(), String> {
        if self.gzipped > GZIP_BUDGET {
            return Err(format!(
                "the widget module is {} gzipped, over its budget of {}: see what grew with \
                 `twiggy top` on {}",
                kb(self.gzipped),
                kb(GZIP_BUDGET),
                self.wasm.display()
            ));
        }
        Ok(())
    }
}

impl std::fmt::Display for ModuleStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} raw, {} gzipped (budget {} gzipped), JS glue {}{}",
            kb(self.raw),
            kb(self.gzipped),
            kb(GZIP_BUDGET),
            kb(self.js),
            if self.optimized {
                ", after wasm-opt -Oz"
            } else {
                ", without wasm-opt"
            }
        )
    }
}

/// `1234567` -> `1205.6 KiB`.
fn kb(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// Cargo's target directory: `CARGO_TARGET_DIR` when set, else `<root>/target`.
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                root.join(dir)
            }
        }
        None => root.join("target"),
    }
}

/// Builds the module into `src/generated/`.
pub fn build(root: &Path, optimize: Optimize) -> Result<ModuleStats, String> {
    check_versions(root)?;
    cargo(root)
        .args([
            "build",
            "-p",
            "syncscope-web",
            "--lib",
            "--target",
            WASM_TARGET,
        ])
        .args(["--profile", "wasm-release"])
        .run()?;
    let target = target_dir(root);
    let input = target
        .join(WASM_TARGET)
        .join("wasm-release")
        .join(format!("{OUT_NAME}.wasm"));
    cargo(root)
        .args([
            "build",
            "--quiet",
            "--release",
            "--locked",
            "--manifest-path",
        ])
        .arg(root.join("xtask/bindgen/Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .run()?;
    let out_dir = root.join(OUT_DIR);
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| format!("creating {}: {e}", out_dir.display()))?;
    Cmd::new(target.join("release").join("syncscope-bindgen"))
        .arg(&input)
        .arg(&out_dir)
        .arg(OUT_NAME)
        .run()?;
    let wasm = out_dir.join(format!("{OUT_NAME}_bg.wasm"));
    let optimized = optimize == Optimize::IfAvailable && wasm_opt(&wasm);
    Ok(ModuleStats {
        raw: size(&wasm)?,
        gzipped: gzipped_size(&wasm)?,
        js: size(&out_dir.join(format!("{OUT_NAME}.js")))?,
        wasm,
        optimized,
    })
}

/// The `version` under `name = "<name>"` in a Cargo.lock.
fn locked_version(lock: &Path, name: &str) -> Result<String, String> {
    let text =
        std::fs::read_to_string(lock).map_err(|e| format!("reading {}: {e}", lock.display()))?;
    let wanted = format!("name = \"{name}\"");
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
                .and_then(|v| v.strip_suffix('"'))
            {
                return Ok(version.to_owned());
            }
        }
    }
    Err(format!("{} does not lock {name}", lock.display()))
}

/// wasm-bindgen's generated glue only loads a module built with the same wasm-bindgen version.
fn check_versions(root: &Path) -> Result<(), String> {
    let crate_version = locked_version(&root.join("Cargo.lock"), "wasm-bindgen")?;
    let bindgen_lock = root.join("xtask/bindgen/Cargo.lock");
    let cli_version = locked_version(&bindgen_lock, "wasm-bindgen-cli-support")?;
    if crate_version == cli_version {
        return Ok(());
    }
    Err(format!(
        "Cargo.lock has wasm-bindgen {crate_version} but {} has wasm-bindgen-cli-support \
         {cli_version}; they must match. Change both `=` pins (crates/syncscope-web/Cargo.toml \
         and xtask/bindgen/Cargo.toml) to the same version and run \
         `cargo update -p wasm-bindgen` and `cargo update --manifest-path xtask/bindgen/Cargo.toml`",
        bindgen_lock.display()
    ))
}

fn size(path: &Path) -> Result<u64, String> {
    std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|e| format!("reading {}: {e}", path.display()))
}

/// The size after `gzip -9` (what a web server sends), with the system's gzip.
fn gzipped_size(path: &Path) -> Result<u64, String> {
    let output = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .map_err(|e| format!("running gzip to measure the module: {e}"))?;
    if !output.status.success() {
        return Err(format!("gzip -9 -c {} failed", path.display()));
    }
    Ok(output.stdout.len() as u64)
}

/// Runs `wasm-opt -Oz` on the module in place when binaryen is installed; false (with a note)
/// when it is not there or fails, which leaves the module as wasm-bindgen wrote it.
fn wasm_opt(wasm: &Path) -> bool {
    let present = Command::new("wasm-opt")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !present {
        println!("(wasm-opt not found: the module is not size-optimized; `apt-get install binaryen` adds it)");
        return false;
    }
    let optimized = wasm.with_extension("opt.wasm");
    // The features rustc's wasm32 target uses by default, which wasm-opt must accept.
    let result = Cmd::new("wasm-opt")
        .arg("-Oz")
        .args([
            "--enable-bulk-memory",
            "--enable-mutable-globals",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-reference-types",
            "--enable-multivalue",
        ])
        .arg(wasm)
        .arg("-o")
        .arg(&optimized)
        .run()
        .and_then(|()| {
            std::fs::rename(&optimized, wasm).map_err(|e| format!("replacing the module: {e}"))
        });
    match result {
        Ok(()) => true,
        Err(e) => {
            let _ = std::fs::remove_file(&optimized);
            println!("(wasm-opt failed, keeping the module as it was: {e})");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_versions_are_read() {
        let dir = std::env::temp_dir().join(format!("xtask-lock-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let lock = dir.join("Cargo.lock");
        std::fs::write(
            &lock,
            "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"9.9.9\"\n\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n",
        )
        .unwrap();
        assert_eq!(locked_version(&lock, "wasm-bindgen").unwrap(), "0.2.130");
        assert!(locked_version(&lock, "yew").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_two_locks_agree() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        check_versions(root).unwrap();
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(kb(1536), "1.5 KiB");
        let stats = ModuleStats {
            wasm: PathBuf::from("x.wasm"),
            raw: 2048,
            gzipped: GZIP_BUDGET + 1,
            js: 1024,
            optimized: false,
        };
        assert!(stats.within_budget().is_err());
        assert!(stats.to_string().contains("2.0 KiB raw"));
    }
}
