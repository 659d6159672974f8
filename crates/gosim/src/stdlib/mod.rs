//! Go standard-library support implemented natively in Rust.
//!
//! - [`fmtvalue`]: the value description the VM builds for formatting.
//! - [`fmt`]: the `fmt` package's formatting engine (Printf/Print/Println).
//! - [`numfmt`]: `strconv`'s number formatting, parsing and quoting.
//! - [`runeclass`]: Go's IsPrint, IsLetter and IsDigit, from tables Go produced.
//! - [`casemap`]: `strings.ToUpper`/`ToLower` with Go's per-rune case mapping.

pub mod casemap;
pub mod fmt;
pub mod fmtvalue;
pub mod numfmt;
pub mod runeclass;
