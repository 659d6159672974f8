//! Installing what a fresh machine lacks, and running external commands.
//!
//! The target machine is a fresh Debian/Ubuntu with Rust installed by rustup and nothing
//! else: no mdbook, no wasm32 target, maybe not even rustfmt or clippy (rustup's minimal
//! profile). Each check is cheap when the tool is already there, so every command calls
//! [`Tools::ensure`] first.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The one place the mdBook version is pinned. The preprocessor crate depends on
/// `mdbook-preprocessor` of the same minor version (0.5), whose JSON protocol must match.
pub const MDBOOK_VERSION: &str = "0.5.4";

/// The browser target for the engine and, later, the widget module.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The installed tools, found or freshly installed.
pub struct Tools {
    /// Absolute path of an `mdbook` binary at [`MDBOOK_VERSION`].
    mdbook: PathBuf,
}

impl Tools {
    /// Installs whatever is missing and returns where the tools are.
    pub fn ensure(root: &Path) -> Result<Tools, String> {
        ensure_components()?;
        ensure_wasm_target()?;
        let mdbook = ensure_mdbook(root)?;
        // book.toml runs the preprocessor with `cargo run`; building it here first means a
        // compile error shows up as itself, not as "preprocessor exited unsuccessfully".
        cargo(root)
            .args(["build", "--quiet", "--package", "mdbook-syncscope"])
            .run()?;
        Ok(Tools { mdbook })
    }

    pub fn mdbook_path(&self) -> &Path {
        &self.mdbook
    }

    /// An `mdbook` command that runs in the book root (the repository root).
    pub fn mdbook(&self, root: &Path) -> Cmd {
        Cmd::new(&self.mdbook).dir(root)
    }
}

/// What the browser tests and wasm-opt run on: Debian's Chromium, Node.js with npm, and the
/// npm packages `e2e/package-lock.json` pins (playwright-core, binaryen).
pub struct BrowserTools {
    /// The Chromium binary playwright-core drives (`executablePath`; it never downloads one).
    pub chromium: PathBuf,
}

impl BrowserTools {
    /// Installs what a fresh Debian/Ubuntu machine lacks: `chromium` and `chromium-driver`
    /// with apt-get, Node.js and npm with apt-get when there is no `node`, then `npm ci` in
    /// `e2e/` when its `node_modules` is older than the lock file.
    pub fn ensure(root: &Path) -> Result<BrowserTools, String> {
        let chromium = match find_chromium() {
            Some(path) => path,
            None => {
                apt_install(&["chromium", "chromium-driver"])?;
                find_chromium().ok_or("apt-get installed chromium, but it is not on PATH")?
            }
        };
        if which("node").is_none() || which("npm").is_none() {
            apt_install(&["nodejs", "npm"])?;
        }
        npm_ci(root)?;
        Ok(BrowserTools { chromium })
    }
}

/// `CHROMIUM` when set, else the first Chromium-based browser on PATH: Debian's `chromium`,
/// or the `chromium-browser` / `google-chrome` GitHub's Ubuntu runners come with (on Ubuntu,
/// apt's chromium is only a snap stub, so one already there is worth finding first).
fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM").map(PathBuf::from) {
        return path.is_file().then_some(path);
    }
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find_map(which)
}

/// `apt-get update` and `apt-get install -y PACKAGES`, through sudo when not root.
fn apt_install(packages: &[&str]) -> Result<(), String> {
    let root_user = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let apt = |args: &[&str]| {
        let command = if root_user {
            Cmd::new("apt-get")
        } else {
            Cmd::new("sudo").arg("apt-get")
        };
        command
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .run()
            .map_err(|e| format!("{e}\n  (the browser tests need: {})", packages.join(" ")))
    };
    apt(&["update"])?;
    let mut install = vec!["install", "-y"];
    install.extend_from_slice(packages);
    apt(&install)
}

/// The directory of the npm packages (`e2e/node_modules`), installed from the lock file.
pub fn node_modules(root: &Path) -> PathBuf {
    root.join("e2e").join("node_modules")
}

/// `npm ci` in `e2e/` unless `node_modules` was installed from the current lock file (npm
/// writes `node_modules/.package-lock.json` last, so its age says when that happened).
pub fn npm_ci(root: &Path) -> Result<(), String> {
    let lock = root.join("e2e").join("package-lock.json");
    let installed = node_modules(root).join(".package-lock.json");
    let modified = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    if let (Some(lock_time), Some(installed_time)) = (modified(&lock), modified(&installed)) {
        if installed_time >= lock_time {
            return Ok(());
        }
    }
    Cmd::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .dir(&root.join("e2e"))
        .run()
}

/// The first `name` on PATH, like `command -v`.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// rustfmt and clippy, which rustup's minimal profile leaves out.
fn ensure_components() -> Result<(), String> {
    let missing: Vec<&str> = [("fmt", "rustfmt"), ("clippy", "clippy")]
        .into_iter()
        .filter(|(subcommand, _)| {
            !succeeds(Command::new(cargo_bin()).args([subcommand, "--version"]))
        })
        .map(|(_, component)| component)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Cmd::new("rustup")
        .args(["component", "add"])
        .args(missing)
        .run()
        .map_err(|e| format!("{e}\n  (rustfmt and clippy come from rustup: https://rustup.rs)"))
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("running rustup: {e} (the wasm32 target is installed with rustup: https://rustup.rs)"))?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|line| line.trim() == WASM_TARGET)
    {
        return Ok(());
    }
    Cmd::new("rustup")
        .args(["target", "add", WASM_TARGET])
        .run()
}

/// Finds mdbook at the pinned version, on PATH or in cargo's bin directory, or installs it
/// there with `cargo install` (about two minutes on two cores).
fn ensure_mdbook(root: &Path) -> Result<PathBuf, String> {
    let in_cargo_home = cargo_home().join("bin").join("mdbook");
    let candidates = [PathBuf::from("mdbook"), in_cargo_home.clone()];
    let mut wrong_version = None;
    for candidate in &candidates {
        match mdbook_version(candidate) {
            Some(version) if version == MDBOOK_VERSION => return Ok(resolve(candidate)),
            Some(version) => wrong_version = Some((candidate.clone(), version)),
            None => {}
        }
    }
    if let Some((path, version)) = wrong_version {
        println!(
            "found mdbook {version} at {}, but this book is pinned to {MDBOOK_VERSION}; installing that",
            path.display()
        );
    }
    cargo(root)
        .args(["install", "mdbook", "--locked", "--version", MDBOOK_VERSION])
        .run()?;
    match mdbook_version(&in_cargo_home) {
        Some(version) if version == MDBOOK_VERSION => Ok(in_cargo_home),
        _ => Err(format!(
            "cargo install mdbook finished, but {} is not mdbook {MDBOOK_VERSION}",
            in_cargo_home.display()
        )),
    }
}

/// `mdbook --version` prints `mdbook v0.5.4`.
fn mdbook_version(binary: &Path) -> Option<String> {
    let output = Command::new(binary).arg("--version").output().ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let version = text.split_whitespace().nth(1)?;
    Some(version.trim_start_matches('v').to_owned())
}

/// Turns a bare name into the absolute path PATH lookup would pick, so later commands (and the
/// `SYNCSCOPE_MDBOOK` handed to tests) do not depend on the working directory.
fn resolve(binary: &Path) -> PathBuf {
    if binary.components().count() > 1 {
        return binary.to_path_buf();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(binary))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| binary.to_path_buf())
}

fn cargo_home() -> PathBuf {
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        return PathBuf::from(home);
    }
    let home = std::env::var_os("HOME").unwrap_or_default();
    PathBuf::from(home).join(".cargo")
}

/// Cargo's target directory: `CARGO_TARGET_DIR` when set, else `<root>/target`.
pub fn target_dir(root: &Path) -> PathBuf {
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

/// The cargo that runs xtask (cargo sets `CARGO`), so every step uses the same toolchain.
fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("cargo"))
}

/// A cargo command in the workspace root.
pub fn cargo(root: &Path) -> Cmd {
    Cmd::new(cargo_bin()).dir(root)
}

fn succeeds(command: &mut Command) -> bool {
    command
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// A command that is printed before it runs and turns failure into an error message.
pub struct Cmd {
    inner: Command,
}

impl Cmd {
    pub fn new(program: impl AsRef<OsStr>) -> Cmd {
        Cmd {
            inner: Command::new(program),
        }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Cmd {
        self.inner.arg(arg);
        self
    }

    pub fn args<S: AsRef<OsStr>>(mut self, args: impl IntoIterator<Item = S>) -> Cmd {
        self.inner.args(args);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Cmd {
        self.inner.env(key, value);
        self
    }

    pub fn dir(mut self, dir: &Path) -> Cmd {
        self.inner.current_dir(dir);
        self
    }

    /// Runs the command with inherited stdio and fails unless it exits with status 0.
    pub fn run(mut self) -> Result<(), String> {
        let shown = self.to_string();
        println!("$ {shown}");
        let status = self
            .inner
            .status()
            .map_err(|e| format!("could not start `{shown}`: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{shown}` failed ({status})"))
        }
    }
}

impl std::fmt::Display for Cmd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Show `cargo`, not the full toolchain path cargo put in $CARGO.
        let program = Path::new(self.inner.get_program());
        let name = program.file_name().unwrap_or(program.as_os_str());
        write!(f, "{}", name.to_string_lossy())?;
        for arg in self.inner.get_args() {
            write!(f, " {}", arg.to_string_lossy())?;
        }
        Ok(())
    }
}
