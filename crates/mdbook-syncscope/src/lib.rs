//! `mdbook-syncscope`: the mdBook preprocessor that turns live Go code into widget
//! placeholders for the syncscope book.
//!
//! # Writing a live block
//!
//! Two forms. A fenced block whose info string starts with `go` and says `live`:
//!
//! ````markdown
//! ```go live panels=code,goroutines,output schedule="1,1,2" goal=deadlock readonly
//! package main
//! …
//! ```
//! ````
//!
//! (` ```go,live ` and ` ```go,live,readonly ` work too: the first word may carry flags after
//! commas, as mdBook's ` ```rust,editable ` does.) A `go` fence without `live` is ordinary
//! code and is left alone.
//!
//! Or a directive on a line of its own that includes a Go file from `demos/` (the path is
//! relative to the book root, which is the repository root):
//!
//! ```markdown
//! {{#gosim demos/channels/pipeline.go panels=code,output id=pipeline}}
//! ```
//!
//! Write `\{{#gosim …}}` to show the directive literally; directives inside code spans and
//! code blocks are never expanded either.
//!
//! # Options
//!
//! Whitespace-separated words, `key=value` or a bare flag. Values may be quoted as in a shell:
//! `"…"` understands `\"`, `\\`, `\n`, `\t`; `'…'` is literal. Quotes may start mid-word:
//! `goal=output="ping pong"`.
//!
//! | option | meaning | default |
//! |---|---|---|
//! | `panels=P,P,…` | panels in screen order: `code`, `goroutines`, `output`, `timeline`, `inspector`, `explorer`, `memory` | `code,goroutines,output` (+ `explorer` with a goal) |
//! | `schedule=S` | a schedule string the widget loads and can replay | none |
//! | `goal=G` | exercise goal, one of `deadlock`, `race`, `output="TEXT"`, `panic="MESSAGE"`, `var=NAME:VALUE`, `together=L1,L2` (two goroutines on code lines L1 and L2 at once) | none |
//! | `readonly` / `editable` | whether the reader may edit the code | `editable` |
//! | `id=ID` | stable id for links to a state (letters, digits, `-`, `_`; unique in the book) | chapter path + ordinal, e.g. `channels-index-2` |
//! | `seed=N` | seed of the engine's Go-like random scheduler | none (the engine's default) |
//! | `memory=V,V,…` | the variables the `memory` panel draws as words (looked up from the selected goroutine's innermost frame out, then the package variables); a block with the memory panel also stops at interface operations when Expand is on | every local of the current frame |
//! | `solution=FILE` | makes the exercise an *edit* exercise: the reader reaches the goal by changing the code, and FILE (a `.go` file under `demos/`) is the hidden solution the build checks: it must reach the goal (a property goal: be proven), while no schedule of the starting code may. Show it in the chapter with mdBook's `{{#include ../../FILE}}` inside a `<details>` | none |
//! | `detail=D` | how finely steps cut sync operations when the block opens: `operations` (one step per scheduling point) or `substeps` (also a stop at each labelled point inside Mutex, RWMutex, WaitGroup and Cond, as the widget's Expand toggle does; the reader can still toggle it) | `operations` |
//!
//! Give an explicit `id` to any block whose shared links should survive edits to the chapter:
//! the default id changes when a live block is inserted above it.
//!
//! # Output
//!
//! Each block becomes
//!
//! ```html
//! <div class="gosim-widget" data-id="…" data-code="…"
//!      data-options='{"panels":[…],"schedule":…,"goal":…,"editable":true,"seed":…,"source":…}'
//!      data-module="built">
//! ```
//!
//! followed by the code as a plain ` ```go ` fence (highlighted by mdBook; it is what readers
//! without JavaScript and the print page see) and `</div>`. `data-code` is the exact source.
//! `data-options` is the JSON form of [`Options`]; goals are tagged by `kind` (see [`Goal`]).
//! A `"detail":"substeps"` field follows `source` only in blocks given `detail=substeps`,
//! and a `"memory":[...]` field only in blocks given `memory=`.
//! `data-module` is `built` or `missing`: whether [`WIDGET_MODULE`] existed when the book was
//! built. The page's loader (`theme/gosim-loader.js`) mounts the widget module on each
//! placeholder.
//!
//! # Errors
//!
//! A malformed block (unknown option, bad goal, unterminated quote, missing demo file, duplicate
//! id) fails the build with `src/<chapter>.md:<line>: <what is wrong>`.

mod check;
pub mod html;

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use mdbook_preprocessor::book::Book;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

// The option types, their spelling and their JSON live in `syncscope-schema`, shared with
// the widget and the engine.
use syncscope_schema::author as options;
pub use syncscope_schema::{Goal, Options};

/// The name under `[preprocessor.<name>]` in book.toml.
pub const NAME: &str = "syncscope";

/// The directive that includes a demo file.
const DIRECTIVE: &str = "{{#gosim";

/// The preprocessor, for mdBook's plugin protocol (see `main.rs`) or in-process use.
pub struct Syncscope;

impl Preprocessor for Syncscope {
    fn name(&self) -> &str {
        NAME
    }

    fn run(
        &self,
        ctx: &PreprocessorContext,
        mut book: Book,
    ) -> mdbook_preprocessor::errors::Result<Book> {
        process_book(&ctx.root, &ctx.config.book.src, &mut book)?;
        Ok(book)
    }
}

/// A problem in a chapter, located for the author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockError {
    /// The chapter's path relative to the book root, e.g. `src/channels/index.md`.
    pub path: PathBuf,
    /// 1-based line in the chapter's source.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for BlockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
    }
}

impl std::error::Error for BlockError {}

/// Where the widget module is expected, relative to the book's `src` directory. xtask's widget
/// build writes it there (git-ignored); mdBook copies it into the site unchanged.
pub const WIDGET_MODULE: &str = "generated/syncscope_web.js";

/// Rewrites every chapter of `book`. `root` is the book root (where `demos/` is) and `src` the
/// book's source directory relative to it (`book.src` in book.toml).
pub fn process_book(root: &Path, src: &Path, book: &mut Book) -> Result<(), BlockError> {
    let mut run = BookRun::new(root, src);
    let mut first_error = None;
    book.for_each_chapter_mut(|chapter| {
        if first_error.is_some() {
            return;
        }
        let Some(source) = chapter.source_path.clone().or_else(|| chapter.path.clone()) else {
            return;
        };
        match run.chapter(&source, &chapter.content) {
            Ok(content) => chapter.content = content,
            Err(error) => first_error = Some(error),
        }
    });
    first_error.map_or(Ok(()), Err)
}

/// State that spans the chapters of one book: paths, whether the widget module exists, and
/// the ids handed out so far (with where, so a duplicate can point at the first use).
pub struct BookRun {
    root: PathBuf,
    src: PathBuf,
    module_built: bool,
    ids: HashMap<String, (PathBuf, usize)>,
}

impl BookRun {
    pub fn new(root: &Path, src: &Path) -> BookRun {
        BookRun {
            root: root.to_path_buf(),
            src: src.to_path_buf(),
            // Known at build time, so the page's loader never has to probe for the module
            // (a failed request would put an error in the console of every page).
            module_built: root.join(src).join(WIDGET_MODULE).is_file(),
            ids: HashMap::new(),
        }
    }

    fn claim(&mut self, id: &str, path: &Path, line: usize) -> Result<(), String> {
        if let Some((first_path, first_line)) = self.ids.get(id) {
            return Err(format!(
                "block id `{id}` is already used at {}:{first_line}; ids must be unique in the book",
                first_path.display()
            ));
        }
        self.ids.insert(id.to_owned(), (path.to_path_buf(), line));
        Ok(())
    }

    /// Rewrites one chapter's Markdown. `source` is the chapter's path relative to `src`.
    pub fn chapter(&mut self, source: &Path, content: &str) -> Result<String, BlockError> {
        process_chapter(self, source, content)
    }
}

/// A live block found in a chapter, before it is rendered.
struct Block {
    /// Bytes of the chapter the placeholder replaces.
    range: Range<usize>,
    code: String,
    options: options::Parsed,
    /// The demo file, for the include form.
    source: Option<String>,
}

enum Found {
    /// Boxed: a block (its options) is far larger than an offset.
    Block(Box<Block>),
    /// `\{{#gosim …}}`: drop the backslash at this offset and leave the directive as text.
    Unescape(usize),
}

impl Found {
    fn start(&self) -> usize {
        match self {
            Found::Block(block) => block.range.start,
            Found::Unescape(at) => *at,
        }
    }
}

fn process_chapter(run: &mut BookRun, source: &Path, content: &str) -> Result<String, BlockError> {
    let display_path = run.src.join(source);
    let error_at = |offset: usize, message: String| BlockError {
        path: display_path.clone(),
        line: line_of(content, offset),
        message,
    };

    let scan = scan_markdown(content);
    let mut found = Vec::new();
    for fence in &scan.fences {
        if let Some(block) =
            live_fence(content, fence).map_err(|msg| error_at(fence.range.start, msg))?
        {
            found.push(Found::Block(Box::new(block)));
        }
    }
    for directive in find_directives(content, &scan.code) {
        match directive {
            Directive::Escaped { backslash } => found.push(Found::Unescape(backslash)),
            Directive::Include { line, text } => {
                let block = include_demo(&run.root, &text, line.clone())
                    .map_err(|msg| error_at(line.start, msg))?;
                found.push(Found::Block(Box::new(block)));
            }
            Directive::Malformed { at, message } => return Err(error_at(at, message)),
        }
    }
    found.sort_by_key(Found::start);

    let stem = default_id_stem(source);
    let mut out = String::with_capacity(content.len() * 2);
    let mut copied = 0;
    let mut ordinal = 0;
    for item in found {
        match item {
            Found::Unescape(backslash) => {
                out.push_str(&content[copied..backslash]);
                copied = backslash + 1;
            }
            Found::Block(block) => {
                let mut block = *block;
                ordinal += 1;
                let at = block.range.start;
                let id = block
                    .options
                    .id
                    .take()
                    .unwrap_or_else(|| format!("{stem}-{ordinal}"));
                run.claim(&id, &display_path, line_of(content, at))
                    .map_err(|msg| error_at(at, msg))?;
                let options = block
                    .options
                    .finish(&block.code, block.source)
                    .map_err(|msg| error_at(at, msg))?;
                let solution = match &options.solution {
                    Some(path) => Some(
                        std::fs::read_to_string(run.root.join(path))
                            .map_err(|e| error_at(at, format!("cannot read `{path}`: {e}")))?,
                    ),
                    None => None,
                };
                check::check_block(&block.code, &options, solution.as_deref())
                    .map_err(|msg| error_at(at, msg))?;
                out.push_str(&content[copied..block.range.start]);
                out.push_str(&html::widget(&id, &block.code, &options, run.module_built));
                copied = block.range.end;
            }
        }
    }
    out.push_str(&content[copied..]);
    Ok(out)
}

/// A fenced code block as the Markdown parser sees it.
struct Fence {
    /// The whole block, fences included.
    range: Range<usize>,
    info: String,
    /// The code with any container indentation already removed.
    code: String,
    /// Inside a list, block quote or footnote.
    nested: bool,
}

struct Scan {
    fences: Vec<Fence>,
    /// Every code span, code block and raw HTML: directives there are not expanded.
    code: Vec<Range<usize>>,
}

/// Finds code with the same CommonMark parser mdBook renders with, so "is this a fence" is
/// never answered differently here and in the final page.
fn scan_markdown(content: &str) -> Scan {
    let mut options = pulldown_cmark::Options::empty();
    options.insert(pulldown_cmark::Options::ENABLE_TABLES);
    options.insert(pulldown_cmark::Options::ENABLE_FOOTNOTES);
    options.insert(pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    options.insert(pulldown_cmark::Options::ENABLE_TASKLISTS);
    options.insert(pulldown_cmark::Options::ENABLE_HEADING_ATTRIBUTES);

    let mut scan = Scan {
        fences: Vec::new(),
        code: Vec::new(),
    };
    let mut containers = 0usize;
    let mut current: Option<Fence> = None;
    for (event, range) in Parser::new_ext(content, options).into_offset_iter() {
        match event {
            Event::Start(
                Tag::List(_) | Tag::Item | Tag::BlockQuote(_) | Tag::FootnoteDefinition(_),
            ) => containers += 1,
            Event::End(
                TagEnd::List(_) | TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition,
            ) => containers = containers.saturating_sub(1),
            Event::Start(Tag::CodeBlock(kind)) => {
                scan.code.push(range.clone());
                if let CodeBlockKind::Fenced(info) = kind {
                    current = Some(Fence {
                        range,
                        info: info.into_string(),
                        code: String::new(),
                        nested: containers > 0,
                    });
                }
            }
            Event::Text(text) => {
                if let Some(fence) = &mut current {
                    fence.code.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => scan.fences.extend(current.take()),
            Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) => scan.code.push(range),
            _ => {}
        }
    }
    scan
}

/// Decides whether a fence is live and parses its options. `Ok(None)`: not ours.
fn live_fence(content: &str, fence: &Fence) -> Result<Option<Block>, String> {
    let info = fence.info.trim();
    let (first, rest) = info.split_once(char::is_whitespace).unwrap_or((info, ""));
    let mut flags = first.split(',');
    if flags.next() != Some("go") {
        return Ok(None);
    }
    let mut words: Vec<String> = flags.map(str::to_owned).collect();
    match options::split_words(rest) {
        Ok(rest_words) => words.extend(rest_words),
        // A plain `go` fence with stray quotes in its info string is not our business.
        Err(message) if rest.contains("live") || words.iter().any(|w| w == "live") => {
            return Err(message)
        }
        Err(_) => return Ok(None),
    }
    if !words.iter().any(|w| w == "live") {
        return Ok(None);
    }
    if fence.nested {
        return Err("a live block must stand at the top level of the chapter, \
                    not inside a list, block quote or footnote"
            .into());
    }
    let options = options::Parsed::from_words(&words)?;
    // The parser's range ends after the closing fence line; keep the newline that ends it out
    // of the replaced text so the following line stays where it was.
    let mut range = fence.range.clone();
    if content[range.clone()].ends_with('\n') {
        range.end -= 1;
    }
    Ok(Some(Block {
        range,
        code: fence.code.clone(),
        options,
        source: None,
    }))
}

enum Directive {
    /// `\{{#gosim`: the offset of the backslash.
    Escaped {
        backslash: usize,
    },
    /// A directive on its own line: the line (without its newline) and the text between
    /// `{{#gosim` and `}}`.
    Include {
        line: Range<usize>,
        text: String,
    },
    Malformed {
        at: usize,
        message: String,
    },
}

/// Finds `{{#gosim …}}` outside code.
fn find_directives(content: &str, code: &[Range<usize>]) -> Vec<Directive> {
    let mut directives = Vec::new();
    let mut from = 0;
    while let Some(found) = content[from..].find(DIRECTIVE) {
        let start = from + found;
        from = start + DIRECTIVE.len();
        if code.iter().any(|r| r.contains(&start)) {
            continue;
        }
        // `{{#gosimulator}}` and the like are somebody else's.
        let after = &content[from..];
        if !(after.starts_with(char::is_whitespace) || after.starts_with("}}")) {
            continue;
        }
        if start > 0 && content.as_bytes()[start - 1] == b'\\' {
            directives.push(Directive::Escaped {
                backslash: start - 1,
            });
            continue;
        }
        let line_start = content[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = content[start..]
            .find('\n')
            .map_or(content.len(), |i| start + i);
        let line_text = &content[start..line_end];
        let Some(close) = closing_braces(line_text) else {
            let message = match options::split_words(&line_text[DIRECTIVE.len()..]) {
                Err(quote_problem) => quote_problem,
                Ok(_) => "`{{#gosim` is not closed with `}}` on the same line".into(),
            };
            directives.push(Directive::Malformed { at: start, message });
            break;
        };
        let alone = content[line_start..start].trim().is_empty()
            && line_text[close + 2..].trim().is_empty();
        if !alone {
            directives.push(Directive::Malformed {
                at: start,
                message: "`{{#gosim …}}` must stand on a line of its own".into(),
            });
            break;
        }
        directives.push(Directive::Include {
            line: line_start..line_end,
            text: line_text[DIRECTIVE.len()..close].to_owned(),
        });
        from = start + close + 2;
    }
    directives
}

/// The offset of the `}}` that closes a directive, skipping quoted text.
fn closing_braces(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut quote = None;
    let mut i = 0;
    while i < bytes.len() {
        match (quote, bytes[i]) {
            (None, b'"' | b'\'') => quote = Some(bytes[i]),
            (Some(b'"'), b'\\') => i += 1,
            (Some(q), c) if c == q => quote = None,
            (None, b'}') if bytes.get(i + 1) == Some(&b'}') => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Reads the demo a directive names and parses its options.
fn include_demo(root: &Path, text: &str, range: Range<usize>) -> Result<Block, String> {
    let words = options::split_words(text)?;
    let (path, option_words) = words
        .split_first()
        .ok_or("`{{#gosim}}` needs a file: `{{#gosim demos/<chapter>/<file>.go …}}`")?;
    let relative = Path::new(path);
    let inside_demos = relative.starts_with("demos")
        && relative
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
    if !inside_demos || relative.extension().is_none_or(|ext| ext != "go") {
        return Err(format!(
            "`{path}`: included files must be .go files under demos/ (paths are relative to the book root)"
        ));
    }
    let code = std::fs::read_to_string(root.join(relative))
        .map_err(|e| format!("cannot read `{path}`: {e}"))?;
    let options = options::Parsed::from_words(option_words)?;
    Ok(Block {
        range,
        code,
        options,
        source: Some(path.clone()),
    })
}

/// `channels/index.md` → `channels-index`.
fn default_id_stem(source: &Path) -> String {
    let without_ext = source.with_extension("");
    let mut stem = String::new();
    for c in without_ext.to_string_lossy().chars() {
        if c.is_ascii_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.ends_with('-') {
            stem.push('-');
        }
    }
    stem.trim_matches('-').to_owned()
}

/// The 1-based line holding byte `offset`.
fn line_of(content: &str, offset: usize) -> usize {
    content[..offset.min(content.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(content: &str) -> Result<String, BlockError> {
        BookRun::new(Path::new("/nonexistent"), Path::new("src"))
            .chapter(Path::new("ch/intro.md"), content)
    }

    #[test]
    fn plain_go_fences_and_other_languages_are_untouched() {
        let text = "# T\n\n```go\nx\n```\n\n```rust,live\ny\n```\n\n```go readonly\nz\n```\n";
        assert_eq!(run(text).unwrap(), text);
    }

    #[test]
    fn live_fence_becomes_placeholder_with_fallback() {
        let text = "Before.\n```go,live\npackage main\n\nfunc main() {}\n```\nAfter.\n";
        let out = run(text).unwrap();
        assert!(out.starts_with("Before.\n\n<div class=\"gosim-widget\" data-id=\"ch-intro-1\" "));
        assert!(out.contains("data-code=\"package main&#10;&#10;func main() {}&#10;\""));
        assert!(
            out.contains("\n\n```go\npackage main\n\nfunc main() {}\n```\n\n</div>\n\n\nAfter.\n")
        );
    }

    #[test]
    fn fence_options_reach_the_json() {
        let text = "```go live panels=code,output goal=output=\"hi\\n\" readonly\npackage main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n```\n";
        let out = run(text).unwrap();
        assert!(
            out.contains(
                r#"data-options='{"panels":["code","output"],"schedule":null,"goal":{"kind":"output","text":"hi\n"},"editable":false,"seed":null,"source":null}'"#
            ),
            "{out}"
        );
    }

    #[test]
    fn default_ids_count_blocks_and_explicit_ids_must_be_unique() {
        let main = "package main\n\nfunc main() {}\n";
        let text = format!(
            "```go,live\n{main}```\n\n```go,live id=mine\n{main}```\n\n```go,live\n{main}```\n"
        );
        let text = text.as_str();
        let out = run(text).unwrap();
        assert!(out.contains("data-id=\"ch-intro-1\""));
        assert!(out.contains("data-id=\"mine\""));
        assert!(out.contains("data-id=\"ch-intro-3\""));

        let dup = format!("```go,live id=x\n{main}```\n\n```go,live id=x\n{main}```\n");
        let err = run(&dup).unwrap_err();
        assert_eq!(err.line, 7);
        assert!(
            err.message.contains("already used at src/ch/intro.md:1"),
            "{err}"
        );
    }

    #[test]
    fn errors_name_chapter_line_and_problem() {
        let text = "# T\n\ntext\n\n```go live pannels=code\nx\n```\n";
        let err = run(text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "src/ch/intro.md:5: unknown option `pannels` (known: panels, schedule, goal, id, seed, detail, memory, solution, readonly, editable)"
        );
        let err = run("a\n```go live goal=\"output=x\nx\n```\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.starts_with("unterminated quote"), "{err}");
    }

    #[test]
    fn nested_live_blocks_are_rejected() {
        let err = run("- item\n\n  ```go,live\n  x\n  ```\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("top level"));
    }

    #[test]
    fn directives_in_code_or_escaped_stay_text() {
        let text = "`{{#gosim demos/x.go}}`\n\n```text\n{{#gosim demos/x.go}}\n```\n\n\\{{#gosim demos/x.go}}\n";
        let out = run(text).unwrap();
        assert_eq!(out, text.replace("\\{{", "{{"));
    }

    #[test]
    fn directive_problems() {
        for (text, line, expected) in [
            ("a\n{{#gosim}}\n", 2, "needs a file"),
            ("{{#gosim demos/x.go\n", 1, "not closed"),
            ("{{#gosim demos/x.go goal=\"a}}\n", 1, "unterminated quote"),
            ("see {{#gosim demos/x.go}}\n", 1, "line of its own"),
            ("{{#gosim ../etc/x.go}}\n", 1, "under demos/"),
            ("{{#gosim demos/x.rs}}\n", 1, "under demos/"),
            (
                "\n\n{{#gosim demos/missing.go}}\n",
                3,
                "cannot read `demos/missing.go`",
            ),
        ] {
            let err = run(text).unwrap_err();
            assert_eq!(err.line, line, "{text}");
            assert!(err.message.contains(expected), "{text}: {err}");
        }
    }

    #[test]
    fn id_stems() {
        assert_eq!(
            default_id_stem(Path::new("channels/index.md")),
            "channels-index"
        );
        assert_eq!(default_id_stem(Path::new("How To_read.md")), "how-to-read");
    }
}
