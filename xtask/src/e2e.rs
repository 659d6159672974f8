//! The browser stage: `e2e/tests/*.test.mjs` over the built book in headless Chromium, and the
//! budgets report.
//!
//! The tests (node's own test runner, playwright-core driving Debian's Chromium) serve `book/`
//! on 127.0.0.1 themselves. They write into `<target>/e2e/`: `screenshots/<chapter>.png`, one
//! per chapter, and `budgets.txt`, the browser timings as `name value` lines, which
//! [`Budgets`] reads. Budgets are reported, never asserted: timings on a shared two-core CI
//! machine are too noisy to fail a build on.

use std::path::{Path, PathBuf};

use crate::tools::{target_dir, BrowserTools, Cmd};
use crate::widget::{self, GZIP_GOAL};

/// Navigation start to the first widget that takes clicks, in milliseconds.
const FIRST_INTERACTIVE_GOAL_MS: f64 = 1000.0;
/// A Step click to the next frame, in milliseconds (one frame at 60 Hz).
const STEP_REPAINT_GOAL_MS: f64 = 16.0;

/// Lighthouse's goal for each of its four categories, on both presets.
const LIGHTHOUSE_GOAL: f64 = 90.0;
/// Google's "good" cumulative layout shift (e2e/tests/budgets.test.mjs asserts it).
const LAYOUT_SHIFT_GOAL: f64 = 0.1;
const LIGHTHOUSE_PRESETS: [&str; 2] = ["desktop", "mobile"];
const LIGHTHOUSE_CATEGORIES: [&str; 4] = ["performance", "accessibility", "best-practices", "seo"];

/// Where the tests put what they make.
pub fn out_dir(root: &Path) -> PathBuf {
    target_dir(root).join("e2e")
}

/// Runs every browser test. Needs a built book (`cargo xtask build`, or the book stage of
/// `test`) and installs the rest (Chromium, Node.js, the npm packages) when missing.
pub fn run(root: &Path) -> Result<(), String> {
    let book = root.join("book");
    if !book.join("index.html").is_file() {
        return Err(format!(
            "no built book in {}: run `cargo xtask build` first",
            book.display()
        ));
    }
    if !root.join("src/generated/syncscope_web.js").is_file() {
        return Err("no widget module in src/generated/: run `cargo xtask build` first".into());
    }
    let browser = BrowserTools::ensure(root)?;
    let out = out_dir(root);
    // Last run's screenshots and timings must not pass for this run's.
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(out.join("screenshots"))
        .map_err(|e| format!("creating {}: {e}", out.display()))?;
    let tests_dir = root.join("e2e").join("tests");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&tests_dir)
        .map_err(|e| format!("reading {}: {e}", tests_dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(".test.mjs"))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.test.mjs in {}", tests_dir.display()));
    }
    // One file at a time: each starts its own Chromium, and two cores do not fit two.
    Cmd::new("node")
        .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
        .args(&files)
        .dir(&root.join("e2e"))
        .env("CHROMIUM", &browser.chromium)
        .env("SYNCSCOPE_BOOK", &book)
        .env("SYNCSCOPE_E2E_OUT", &out)
        .run()?;
    println!("screenshots: {}", out.join("screenshots").display());
    Ok(())
}

/// The numbers of issue 3's budgets, each with its goal.
pub struct Budgets {
    /// Gzipped size of the module the book loads (bytes).
    pub wasm_gzipped: Option<u64>,
    /// Whether that module went through wasm-opt.
    pub wasm_optimized: Option<bool>,
    pub first_interactive_ms: Option<f64>,
    /// The same on a phone profile (CPU slowed 4x).
    pub first_interactive_mobile_ms: Option<f64>,
    /// Lighthouse's category scores (0-100): (preset, category, score).
    pub lighthouse: Vec<(&'static str, &'static str, f64)>,
    pub step_repaint_ms: Option<f64>,
    /// The same clicks to the DOM change alone (the widget's share of the repaint time).
    pub step_dom_ms: Option<f64>,
    pub step_repaint_samples: Option<f64>,
    /// The layout shifts' sum while the Lighthouse chapter loads on the phone profile.
    pub layout_shift_mobile: Option<f64>,
}

impl Budgets {
    /// Reads the timings the browser tests wrote and measures the module in `src/generated/`.
    pub fn collect(root: &Path, module: Option<&widget::ModuleStats>) -> Budgets {
        let timings =
            std::fs::read_to_string(out_dir(root).join("budgets.txt")).unwrap_or_default();
        let value = |name: &str| parse_value(&timings, name);
        let wasm_gzipped = match module {
            Some(m) => Some(m.gzipped),
            None => widget::gzipped_size(&root.join("src/generated/syncscope_web_bg.wasm")).ok(),
        };
        Budgets {
            wasm_gzipped,
            wasm_optimized: module.map(|m| m.optimized),
            first_interactive_ms: value("first_interactive_ms"),
            first_interactive_mobile_ms: value("first_interactive_mobile_ms"),
            lighthouse: LIGHTHOUSE_PRESETS
                .iter()
                .flat_map(|p| LIGHTHOUSE_CATEGORIES.iter().map(move |c| (*p, *c)))
                .filter_map(|(p, c)| {
                    value(&format!("lighthouse_{p}_{}", c.replace('-', "_"))).map(|v| (p, c, v))
                })
                .collect(),
            step_repaint_ms: value("step_repaint_median_ms"),
            step_dom_ms: value("step_dom_median_ms"),
            step_repaint_samples: value("step_repaint_samples"),
            layout_shift_mobile: value("layout_shift_mobile"),
        }
    }
}

/// The number after `name` on its own `name value` line.
fn parse_value(text: &str, name: &str) -> Option<f64> {
    text.lines().find_map(|line| {
        let mut parts = line.split_whitespace();
        (parts.next() == Some(name))
            .then(|| parts.next().and_then(|v| v.parse().ok()))
            .flatten()
    })
}

/// `met` / `NOT met` against a goal (smaller is better).
fn verdict(value: f64, goal: f64) -> &'static str {
    if value <= goal {
        "met"
    } else {
        "NOT met"
    }
}

impl std::fmt::Display for Budgets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "budgets (the wasm size is enforced by the build; the rest reported):"
        )?;
        match self.wasm_gzipped {
            Some(bytes) => writeln!(
                f,
                "  wasm, gzipped:           {:>9.1} KiB   goal <= {:.0} KiB   {}{}",
                bytes as f64 / 1024.0,
                GZIP_GOAL as f64 / 1024.0,
                verdict(bytes as f64, GZIP_GOAL as f64),
                match self.wasm_optimized {
                    Some(true) => " (after wasm-opt)",
                    Some(false) => " (without wasm-opt)",
                    None => "",
                }
            )?,
            None => writeln!(f, "  wasm, gzipped:           not built")?,
        }
        match self.first_interactive_ms {
            Some(ms) => writeln!(
                f,
                "  first interactive widget: {ms:>8.0} ms    goal < {FIRST_INTERACTIVE_GOAL_MS:.0} ms     {}",
                verdict(ms, FIRST_INTERACTIVE_GOAL_MS)
            )?,
            None => writeln!(f, "  first interactive widget: not measured")?,
        }
        match self.first_interactive_mobile_ms {
            Some(ms) => writeln!(
                f,
                "    on a phone (CPU / 4):   {ms:>8.0} ms    goal < {FIRST_INTERACTIVE_GOAL_MS:.0} ms     {}",
                verdict(ms, FIRST_INTERACTIVE_GOAL_MS)
            )?,
            None => writeln!(f, "    on a phone (CPU / 4):   not measured")?,
        }
        if self.lighthouse.is_empty() {
            writeln!(f, "  Lighthouse:               not measured")?;
        }
        for preset in LIGHTHOUSE_PRESETS {
            let scores: Vec<String> = self
                .lighthouse
                .iter()
                .filter(|(p, _, _)| *p == preset)
                .map(|(_, c, v)| {
                    let mark = if *v >= LIGHTHOUSE_GOAL {
                        ""
                    } else {
                        " NOT met"
                    };
                    format!("{c} {v:.0}{mark}")
                })
                .collect();
            if !scores.is_empty() {
                writeln!(
                    f,
                    "  Lighthouse, {preset:<8}      {}   (goal >= {LIGHTHOUSE_GOAL:.0}; performance measures the machine's load too)",
                    scores.join(", ")
                )?;
            }
        }
        match self.step_repaint_ms {
            Some(ms) => {
                write!(
                    f,
                    "  Step click to repaint:    {ms:>8.2} ms    goal < {STEP_REPAINT_GOAL_MS:.0} ms      {} (median of {})",
                    verdict(ms, STEP_REPAINT_GOAL_MS),
                    self.step_repaint_samples.unwrap_or(0.0)
                )?;
                if let Some(dom) = self.step_dom_ms {
                    write!(f, "\n    of which click to DOM updated: {dom:.2} ms")?;
                }
            }
            None => write!(f, "  Step click to repaint:    not measured")?,
        }
        if let Some(shift) = self.layout_shift_mobile {
            write!(
                f,
                "\n  layout shift, phone:      {shift:>8.3}       goal < {LAYOUT_SHIFT_GOAL}       {} (asserted by the browser tests)",
                verdict(shift, LAYOUT_SHIFT_GOAL)
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timings_are_read_by_name() {
        let text =
            "first_interactive_ms 412.5\nstep_repaint_median_ms 3.25\nstep_repaint_samples 30\n";
        assert_eq!(parse_value(text, "first_interactive_ms"), Some(412.5));
        assert_eq!(parse_value(text, "step_repaint_median_ms"), Some(3.25));
        assert_eq!(parse_value(text, "missing"), None);
        assert_eq!(
            parse_value("first_interactive_ms soon", "first_interactive_ms"),
            None
        );
    }

    #[test]
    fn the_report_says_which_goals_are_missed() {
        let budgets = Budgets {
            wasm_gzipped: Some(408 * 1024),
            wasm_optimized: Some(false),
            first_interactive_ms: Some(640.0),
            first_interactive_mobile_ms: Some(1500.0),
            lighthouse: vec![("desktop", "performance", 96.0), ("desktop", "seo", 88.0)],
            step_repaint_ms: Some(20.0),
            step_dom_ms: Some(4.5),
            step_repaint_samples: Some(30.0),
            layout_shift_mobile: Some(0.23),
        };
        let text = budgets.to_string();
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[1].contains("408.0 KiB") && lines[1].contains("NOT met"),
            "{text}"
        );
        assert!(
            lines[2].contains("640 ms") && lines[2].ends_with("met") && !lines[2].contains("NOT"),
            "{text}"
        );
        assert!(
            lines[3].contains("1500 ms") && lines[3].ends_with("NOT met"),
            "{text}"
        );
        assert!(
            lines[4].contains("performance 96,") && lines[4].contains("seo 88 NOT met"),
            "{text}"
        );
        assert!(lines[5].contains("NOT met (median of 30)"), "{text}");
        assert!(lines[6].contains("4.50 ms"), "{text}");
        assert!(
            lines[7].contains("0.230") && lines[7].contains("NOT met"),
            "{text}"
        );
    }
}
