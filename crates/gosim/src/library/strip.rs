//! Go source without its comments and indentation: what the library embeds (see the parent
//! module) and what `cargo xtask build` writes as the lazily loaded packages' files (xtask
//! includes this file by path, so it must stay free of `crate::` paths).

/// Where [`strip`] is in the text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum In {
    Code,
    /// An interpreted string literal (`"..."`) or a rune literal (`'x'`): the quote
    /// that closes it.
    Quoted(u8),
    /// A raw string literal (`` `...` ``): copied as it is, newlines and all.
    Raw,
    LineComment,
    /// A general comment (`/* ... */`); whether it has had a newline.
    BlockComment(bool),
}

/// Writes Go source `src` without its comments, leading indentation and trailing
/// blanks, and with each run of blanks inside a line made one space, into `out` (as
/// much as fits) and returns the length of the whole result.
/// What the compiler reads is unchanged: a comment is replaced by the newlines it
/// contained, or by a space when it had none (as Go's scanner treats comments), and
/// literals are copied byte for byte. Only ASCII bytes are looked at, so UTF-8 text
/// passes through intact.
///
/// A `const fn`, so that the stripped text is what gets embedded: called once with
/// an empty `out` to measure, then with an array of that length.
pub const fn strip(src: &[u8], out: &mut [u8]) -> usize {
    let mut n = 0;
    // Whether blanks came since the last byte written in code: one space is written
    // if more code follows on the line.
    let mut blank = false;
    let mut line_start = true;
    let mut state = In::Code;
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        let next = if i + 1 < src.len() { src[i + 1] } else { 0 };
        let mut emit = true;
        match state {
            In::Code => {
                if c == b'/' && next == b'/' {
                    state = In::LineComment;
                    emit = false;
                } else if c == b'/' && next == b'*' {
                    state = In::BlockComment(false);
                    i += 1;
                    emit = false;
                } else if c == b' ' || c == b'\t' || c == b'\r' {
                    blank = !line_start;
                    emit = false;
                } else if c == b'"' || c == b'\'' {
                    state = In::Quoted(c);
                } else if c == b'`' {
                    state = In::Raw;
                }
            }
            In::Quoted(close) => {
                if c == b'\\' {
                    // The escaped byte cannot close the literal: copy both.
                    n = put(out, n, c);
                    i += 1;
                    if i < src.len() {
                        n = put(out, n, src[i]);
                    }
                    i += 1;
                    continue;
                } else if c == close || c == b'\n' {
                    state = In::Code;
                }
            }
            In::Raw => {
                if c == b'`' {
                    state = In::Code;
                }
            }
            In::LineComment => {
                if c == b'\n' {
                    state = In::Code;
                } else {
                    emit = false;
                }
            }
            In::BlockComment(had_newline) => {
                emit = false;
                if c == b'*' && next == b'/' {
                    i += 1;
                    state = In::Code;
                    if !had_newline && !line_start {
                        blank = true;
                    }
                } else if c == b'\n' {
                    state = In::BlockComment(true);
                    n = put(out, n, b'\n');
                    blank = false;
                    line_start = true;
                }
            }
        }
        if emit {
            if c == b'\n' {
                line_start = true;
            } else {
                if blank {
                    n = put(out, n, b' ');
                }
                line_start = false;
            }
            blank = false;
            n = put(out, n, c);
        }
        i += 1;
    }
    n
}

/// Writes `c` at `out[n]` when it fits; the next position either way.
const fn put(out: &mut [u8], n: usize, c: u8) -> usize {
    if n < out.len() {
        out[n] = c;
    }
    n + 1
}
