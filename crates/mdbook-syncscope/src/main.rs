//! The `mdbook-syncscope` binary: mdBook's preprocessor protocol around [`Syncscope`].
//!
//! mdBook first asks `mdbook-syncscope supports <renderer>` (exit 0 = yes), then pipes
//! `[context, book]` as JSON on stdin and reads the rewritten book from stdout.

use std::io;
use std::process::ExitCode;

use mdbook_preprocessor::Preprocessor;
use mdbook_syncscope::Syncscope;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        // The placeholder is HTML plus an ordinary fence, which every renderer can take.
        [supports, _renderer] if supports == "supports" => ExitCode::SUCCESS,
        [] => match preprocess() {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("error: {error:#}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!(
                "usage: mdbook-syncscope [supports <renderer>]\n(mdBook runs this; see book.toml)"
            );
            ExitCode::from(2)
        }
    }
}

fn preprocess() -> mdbook_preprocessor::errors::Result<()> {
    let (ctx, book) = mdbook_preprocessor::parse_input(io::stdin())?;
    if major_minor(&ctx.mdbook_version) != major_minor(mdbook_preprocessor::MDBOOK_VERSION) {
        eprintln!(
            "warning: mdbook-syncscope was built for mdbook {} but is run by mdbook {}",
            mdbook_preprocessor::MDBOOK_VERSION,
            ctx.mdbook_version
        );
    }
    let book = Syncscope.run(&ctx, book)?;
    serde_json::to_writer(io::stdout(), &book)?;
    Ok(())
}

fn major_minor(version: &str) -> &str {
    version.rsplit_once('.').map_or(version, |(head, _)| head)
}
