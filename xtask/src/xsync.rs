//! Where `cargo xtask regen-corpus` finds `golang.org/x/sync` for corpus programs that import it.
//!
//! There is no Go module proxy on the project's machines, so a program importing
//! `golang.org/x/sync/...` is built against a local copy of x/sync's source through a
//! `replace` directive. The engine models x/sync [`VERSION`], so that is the source the
//! expectations must come from: the environment variable [`ENV`] names either
//!
//! - a git directory of the golang/sync repository (a bare mirror or a clone's `.git`), from
//!   which commit [`COMMIT`] is exported into the scratch directory with `git archive`, or
//! - a source tree of x/sync (its `go.mod` says `module golang.org/x/sync`). A git checkout
//!   must be at [`COMMIT`]; a plain tree cannot be checked, so regen says so and uses it.
//!
//! Only programs that import x/sync need it; the rest regenerate without it. CI never
//! regenerates (it compares against the committed `.expect` files), so CI needs none of this.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The environment variable naming the x/sync source (see the module docs).
pub const ENV: &str = "GOSIM_XSYNC";
/// The x/sync release the engine models and the expectations come from.
pub const VERSION: &str = "v0.19.0";
/// The commit tagged [`VERSION`] in the golang/sync repository.
pub const COMMIT: &str = "2a180e22fddcc336475e72aa950be958c1b68d33";

/// Whether a program imports a package of x/sync. A plain text search: the corpus keeps the
/// path out of string literals.
pub fn imports_xsync(source: &str) -> bool {
    source.contains("\"golang.org/x/sync/")
}

/// An x/sync source tree ready for a `replace` directive.
pub struct Source {
    /// The tree's root (where its `go.mod` is).
    pub dir: PathBuf,
    /// Which x/sync it is, for the progress output.
    pub described: String,
}

/// What to do when x/sync's source is not at hand.
pub fn help() -> String {
    format!(
        "corpus programs that import golang.org/x/sync are built against x/sync {VERSION} \
         (commit {COMMIT}); set {ENV} to a git directory of the golang/sync repository \
         (a bare mirror, or the `.git` of a clone of https://go.googlesource.com/sync) \
         or to a source tree of that commit, e.g.\n    \
         {ENV}=/path/to/sync.git cargo xtask regen-corpus xsync"
    )
}

/// Finds the source [`ENV`] names and, for a git directory, exports [`COMMIT`] into
/// `scratch`.
pub fn prepare(scratch: &Path) -> Result<Source, String> {
    let Some(given) = std::env::var_os(ENV).filter(|v| !v.is_empty()) else {
        return Err(format!("{ENV} is not set. {}", help()));
    };
    let given = PathBuf::from(given);
    if !given.is_dir() {
        return Err(format!(
            "{ENV}={} is not a directory. {}",
            given.display(),
            help()
        ));
    }
    if given.join("go.mod").is_file() {
        return source_tree(&given);
    }
    if git(&given, &["rev-parse", "--git-dir"]).is_ok() {
        return export(&given, scratch);
    }
    Err(format!(
        "{ENV}={} is neither a git directory nor a source tree with a go.mod. {}",
        given.display(),
        help()
    ))
}

/// Checks a source tree: the right module and, when it is a git checkout, the right commit.
fn source_tree(dir: &Path) -> Result<Source, String> {
    let go_mod = fs::read_to_string(dir.join("go.mod"))
        .map_err(|e| format!("cannot read {}/go.mod: {e}", dir.display()))?;
    if go_mod.lines().next().map(str::trim) != Some("module golang.org/x/sync") {
        return Err(format!(
            "{}/go.mod is not golang.org/x/sync's. {}",
            dir.display(),
            help()
        ));
    }
    let checkout = Command::new("git")
        .args(["-C"])
        .arg(dir)
        .args(["rev-parse", "HEAD"])
        .stderr(Stdio::null())
        .output();
    let described = match checkout {
        Ok(out) if out.status.success() => {
            let head = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if head != COMMIT {
                return Err(format!(
                    "{} is checked out at {head}, not x/sync {VERSION} ({COMMIT}): \
                     `git -C {} checkout {VERSION}`",
                    dir.display(),
                    dir.display()
                ));
            }
            format!(
                "x/sync {VERSION} ({COMMIT}) checked out at {}",
                dir.display()
            )
        }
        _ => {
            println!(
                "  note: {} is not a git checkout, so its version cannot be checked; \
                 the corpus README says the expectations come from x/sync {VERSION} ({COMMIT})",
                dir.display()
            );
            format!("an unversioned x/sync tree at {}", dir.display())
        }
    };
    Ok(Source {
        dir: dir.to_path_buf(),
        described,
    })
}

/// Exports [`COMMIT`] from the git directory `git_dir` into `scratch/x-sync`.
fn export(git_dir: &Path, scratch: &Path) -> Result<Source, String> {
    git(
        git_dir,
        &["cat-file", "-e", &format!("{COMMIT}^{{commit}}")],
    )
    .map_err(|_| {
        format!(
            "the git directory {} lacks commit {COMMIT} (x/sync {VERSION}); fetch it first \
             (`git --git-dir={} fetch https://go.googlesource.com/sync tag {VERSION}`)",
            git_dir.display(),
            git_dir.display()
        )
    })?;
    let dir = scratch.join("x-sync");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut archive = Command::new("git")
        .arg("--git-dir")
        .arg(git_dir)
        .args(["archive", "--format=tar", COMMIT])
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run git archive: {e}"))?;
    let tar_in = archive
        .stdout
        .take()
        .ok_or("git archive gave no output pipe")?;
    let untar = Command::new("tar")
        .arg("-x")
        .arg("-C")
        .arg(&dir)
        .stdin(tar_in)
        .status()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    let archived = archive
        .wait()
        .map_err(|e| format!("cannot wait for git archive: {e}"))?;
    if !archived.success() || !untar.success() {
        return Err(format!(
            "exporting {COMMIT} from {} into {} failed",
            git_dir.display(),
            dir.display()
        ));
    }
    Ok(Source {
        dir,
        described: format!("x/sync {VERSION} ({COMMIT}) from {}", git_dir.display()),
    })
}

/// Runs `git --git-dir DIR ARGS`; its trimmed stdout on success.
fn git(git_dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("--git-dir")
        .arg(git_dir)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(format!("git {} failed", args.join(" ")))
    }
}

/// The `go.mod` of a program that imports x/sync: [`VERSION`] replaced by `source`.
pub fn go_mod(source: &Source) -> String {
    format!(
        "module prog\n\ngo 1.23\n\nrequire golang.org/x/sync {VERSION}\n\n\
         replace golang.org/x/sync => {}\n",
        source.dir.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_imports_of_any_xsync_package() {
        assert!(imports_xsync(
            "package main\n\nimport (\n\t\"fmt\"\n\t\"golang.org/x/sync/errgroup\"\n)\n"
        ));
        assert!(imports_xsync("import \"golang.org/x/sync/singleflight\"\n"));
        assert!(!imports_xsync("import \"sync\"\n"));
    }

    #[test]
    fn go_mod_requires_the_modelled_version_through_a_replace() {
        let text = go_mod(&Source {
            dir: PathBuf::from("/tmp/x"),
            described: String::new(),
        });
        assert!(text.contains("require golang.org/x/sync v0.19.0\n"));
        assert!(text.ends_with("replace golang.org/x/sync => /tmp/x\n"));
    }
}
