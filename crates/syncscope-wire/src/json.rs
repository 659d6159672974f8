//! A small JSON reader and writer, just enough for the chat's wire types.
//!
//! Why not serde_json: the widget module is downloaded by every reader, and serde's derived
//! deserializers (one monomorph per struct and per tagged enum, each with its own error
//! paths) weighed about 120 KB of it. Here there is one parser, into a [`Value`] tree, and
//! the types read their fields from that tree by hand.
//!
//! The reader takes exactly RFC 8259 JSON (what serde_json takes): no trailing commas, no
//! comments, no lone surrogates, no raw control characters in strings, nothing after the
//! value but whitespace. Nesting [`MAX_DEPTH`] levels deep or more is an error, so hostile input
//! cannot overflow the stack. Nothing here panics on any input.
//!
//! The writer produces the text serde_json's compact writer does, byte for byte (the
//! server's tests check it against serde_json): the same string escapes and the same float
//! notation (the shortest digits that read back exactly, laid out as serde_json's float
//! writer lays them out).

use std::fmt::{self, Write as _};

/// Arrays and objects may nest fewer than this many levels deep (serde_json's default
/// recursion limit, counted as it counts).
pub const MAX_DEPTH: usize = 128;

/// A parsed JSON value. Objects keep their members in the order written.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number as written (already checked against JSON's number grammar), so that a
    /// `u64` id keeps all its digits; read it with [`Value::as_u64`] and friends.
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object (the first, if written twice).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A number written as a non-negative integer (no fraction, no exponent) that fits.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok(),
            _ => None,
        }
    }

    /// A number written as an integer (no fraction, no exponent) that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n)
                if n.bytes()
                    .enumerate()
                    .all(|(i, b)| b.is_ascii_digit() || (i == 0 && b == b'-')) =>
            {
                n.parse().ok()
            }
            _ => None,
        }
    }

    /// Any number, as the nearest `f64` (none when it is out of `f64`'s range).
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => floatconv::parse_f64(n.as_bytes()).filter(|x| x.is_finite()),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }
}

/// Why a text could not be read, or a value is not what a type needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// Reads one JSON value that makes up the whole of `text` (whitespace around it aside).
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    let value = reader.value(0)?;
    reader.skip_ws();
    if reader.pos < reader.bytes.len() {
        return Err(reader.error("trailing characters"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn error(&self, what: &str) -> Error {
        Error(format!("{what} at byte {}", self.pos))
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// Consumes `word` (a literal like `true`) or fails.
    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Error> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        self.skip_ws();
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(open @ (b'[' | b'{')) => {
                // serde_json's limit exactly: 127 levels read, the 128th refused.
                if depth + 1 >= MAX_DEPTH {
                    return Err(self.error("nested too deeply"));
                }
                self.pos += 1;
                if open == b'[' {
                    self.array(depth + 1)
                } else {
                    self.object(depth + 1)
                }
            }
            Some(_) => Err(self.error("expected a value")),
        }
    }

    /// After `[`.
    fn array(&mut self, depth: usize) -> Result<Value, Error> {
        let mut items = Vec::new();
        self.list(b']', "expected `,` or `]`", |p| {
            items.push(p.value(depth)?);
            Ok(())
        })?;
        Ok(Value::Array(items))
    }

    /// After `{`.
    fn object(&mut self, depth: usize) -> Result<Value, Error> {
        let mut members = Vec::new();
        self.list(b'}', "expected `,` or `}`", |p| {
            p.skip_ws();
            if p.peek() != Some(b'"') {
                return Err(p.error("expected a member name"));
            }
            let key = p.string()?;
            p.skip_ws();
            if p.peek() != Some(b':') {
                return Err(p.error("expected `:`"));
            }
            p.pos += 1;
            let value = p.value(depth)?;
            members.push((key, value));
            Ok(())
        })?;
        Ok(Value::Object(members))
    }

    /// The items of an array or object up to its `close` (`]` or `}`), each read by `item`
    /// and separated by commas; `expected` is the error where neither a comma nor `close`
    /// follows an item.
    fn list(
        &mut self,
        close: u8,
        expected: &str,
        mut item: impl FnMut(&mut Self) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.skip_ws();
        if self.peek() == Some(close) {
            self.pos += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(c) if c == close => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(self.error(expected)),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error("expected a digit")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error("expected a digit after `.`"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("expected a digit in the exponent"));
            }
        }
        let text = &self.text[start..self.pos];
        // As serde_json does: a number no float can hold (1e400) is an error, not a
        // value every reader would then have to refuse on its own.
        if floatconv::parse_f64(text.as_bytes()).is_none_or(|x| !x.is_finite()) {
            return Err(self.error("number out of range"));
        }
        Ok(Value::Number(text.to_owned()))
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error("expected four hex digits after `\\u`"))?;
            n = n * 16 + digit;
            self.pos += 1;
        }
        Ok(n)
    }

    /// At `"`: the string, unescaped.
    fn string(&mut self) -> Result<String, Error> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once;
            // those are ASCII, so the run ends on a character boundary.
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.text[start..self.pos]);
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escape = self.peek();
                    self.pos += 1;
                    let c = match escape {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => {
                            self.pos -= 1;
                            return Err(self.error("invalid escape"));
                        }
                    };
                    out.push(c);
                }
                Some(_) => return Err(self.error("control character in a string")),
            }
        }
    }

    /// After `\u`: one character, from a surrogate pair when it takes two escapes.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.bytes[self.pos..].starts_with(b"\\u") {
                    return Err(self.error("lone leading surrogate"));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("invalid trailing surrogate"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("lone trailing surrogate")),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid unicode escape"))
    }
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it: `"` `\` and the control
/// characters below U+0020 (short forms where JSON has them, else `\u00xx`); everything
/// else, non-ASCII included, as it is.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        // Only ASCII bytes get here, so `i` is a character boundary.
        out.push_str(&s[start..i]);
        if short.is_empty() {
            let _ = write!(out, "\\u{:04x}", b);
        } else {
            out.push_str(short);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Appends `x` as serde_json writes an `f64`: `null` when not finite, otherwise the shortest
/// digits that read back as `x` (the nearest such, ties to even), in plain notation for
/// decimal exponents -5 to 15 (`5.0`, `0.25`, `0.00001`) and in scientific notation outside
/// them (`1e+16`, `1.5e-7`). The digits come from `floatconv`, not Rust's `{:e}`: the chat
/// client shares the widget's wasm module, where Rust's float formatting is 25 KB.
pub fn write_f64(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str("null");
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    let shortest = floatconv::Digits::shortest(x);
    let mut digits = String::from_utf8(shortest.digits).unwrap_or_default();
    if digits.is_empty() {
        digits.push('0');
    }
    // The value is 0.digits × 10^kk: the decimal point goes after kk digits.
    let kk = if x == 0.0 { 1 } else { shortest.point };
    let k = kk - digits.len() as i32;
    if (0..=16).contains(&kk) && k >= 0 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', k as usize));
        out.push_str(".0");
    } else if 0 < kk && kk <= 16 {
        let (int, frac) = digits.split_at(kk as usize);
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    } else if -5 < kk && kk <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-kk) as usize));
        out.push_str(&digits);
    } else {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let _ = write!(
            out,
            "e{}{}",
            if kk > 0 { "+" } else { "-" },
            (kk - 1).unsigned_abs()
        );
    }
}

/// Builds one JSON object member by member (compact, in call order).
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> ObjectWriter<'a> {
    pub fn new(out: &'a mut String) -> Self {
        out.push('{');
        ObjectWriter { out, empty: true }
    }

    /// Writes `"name":` and hands back the buffer for the value.
    pub fn key(&mut self, name: &str) -> &mut String {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        write_str(self.out, name);
        self.out.push(':');
        self.out
    }

    pub fn str(&mut self, name: &str, value: &str) -> &mut Self {
        write_str(self.key(name), value);
        self
    }

    pub fn u64(&mut self, name: &str, value: u64) -> &mut Self {
        let _ = write!(self.key(name), "{value}");
        self
    }

    pub fn f64(&mut self, name: &str, value: f64) -> &mut Self {
        write_f64(self.key(name), value);
        self
    }

    pub fn bool(&mut self, name: &str, value: bool) -> &mut Self {
        self.key(name)
            .push_str(if value { "true" } else { "false" });
        self
    }

    /// An array of strings.
    pub fn strs(&mut self, name: &str, values: &[String]) -> &mut Self {
        self.list(name, values, |out, v| write_str(out, v))
    }

    /// An array with an element for each item, which `write` writes into the buffer (an
    /// object through [`ObjectWriter::new`], say).
    pub fn list<T>(
        &mut self,
        name: &str,
        items: &[T],
        mut write: impl FnMut(&mut String, &T),
    ) -> &mut Self {
        let out = self.key(name);
        out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write(out, item);
        }
        out.push(']');
        self
    }

    pub fn end(&mut self) {
        self.out.push('}');
    }
}

/// An object's members, read by name with a precise error for each way one can be wrong.
/// `Fields::new` takes any value and fails unless it is an object.
pub struct Fields<'a> {
    members: &'a [(String, Value)],
}

impl<'a> Fields<'a> {
    pub fn new(value: &'a Value) -> Result<Self, Error> {
        match value {
            Value::Object(members) => Ok(Fields { members }),
            _ => Err(Error("expected a JSON object".into())),
        }
    }

    pub fn get(&self, name: &str) -> Option<&'a Value> {
        self.members.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// The member `name` read with `read`; `default` when absent, an error when absent
    /// without a default or when `read` says no.
    fn read<T>(
        &self,
        name: &str,
        what: &str,
        default: Option<T>,
        read: impl FnOnce(&'a Value) -> Option<T>,
    ) -> Result<T, Error> {
        match (self.get(name), default) {
            (None, Some(default)) => Ok(default),
            (None, None) => Err(Error(format!("missing field `{name}`"))),
            (Some(v), _) => read(v).ok_or_else(|| Error(format!("`{name}` must be {what}"))),
        }
    }

    pub fn str(&self, name: &str, default: Option<&str>) -> Result<String, Error> {
        self.read(name, "a string", default.map(str::to_owned), |v| {
            v.as_str().map(str::to_owned)
        })
    }

    pub fn u64(&self, name: &str, default: Option<u64>) -> Result<u64, Error> {
        self.read(name, "an unsigned integer", default, Value::as_u64)
    }

    pub fn u32(&self, name: &str, default: Option<u32>) -> Result<u32, Error> {
        self.read(name, "an unsigned 32-bit integer", default, |v| {
            v.as_u64().and_then(|n| u32::try_from(n).ok())
        })
    }

    pub fn usize(&self, name: &str, default: Option<usize>) -> Result<usize, Error> {
        self.read(name, "an unsigned integer", default, |v| {
            v.as_u64().and_then(|n| usize::try_from(n).ok())
        })
    }

    pub fn f64(&self, name: &str, default: Option<f64>) -> Result<f64, Error> {
        self.read(name, "a number", default, Value::as_f64)
    }

    pub fn bool(&self, name: &str, default: Option<bool>) -> Result<bool, Error> {
        self.read(name, "true or false", default, Value::as_bool)
    }

    /// An array whose items `item` reads; absent means empty.
    pub fn list<T>(
        &self,
        name: &str,
        item: impl Fn(&'a Value) -> Result<T, Error>,
    ) -> Result<Vec<T>, Error> {
        match self.get(name) {
            None => Ok(Vec::new()),
            Some(v) => match v.as_array() {
                Some(items) => items.iter().map(item).collect(),
                None => Err(Error(format!("`{name}` must be an array"))),
            },
        }
    }

    /// An array of strings; absent means empty.
    pub fn strs(&self, name: &str) -> Result<Vec<String>, Error> {
        self.list(name, |v| {
            v.as_str()
                .map(str::to_owned)
                .ok_or_else(|| Error(format!("`{name}` must hold strings")))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> String {
        let mut out = String::new();
        write_str(&mut out, s);
        out
    }

    fn float(x: f64) -> String {
        let mut out = String::new();
        write_f64(&mut out, x);
        out
    }

    #[test]
    fn values_parse() {
        let v =
            parse(r#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}, "a": 0} "#).unwrap();
        let a = v.get("a").unwrap().as_array().unwrap();
        assert_eq!(a[0].as_u64(), Some(1));
        assert_eq!(a[1].as_f64(), Some(-2500.0));
        assert_eq!(a[1].as_u64(), None);
        assert_eq!(a[1].as_i64(), None);
        assert_eq!(a[2], Value::Bool(true));
        assert_eq!(a[4], Value::Null);
        assert_eq!(v.get("b").unwrap().get("c").unwrap().as_str(), Some("d"));
        assert_eq!(
            parse("18446744073709551615").unwrap().as_u64(),
            Some(u64::MAX)
        );
        assert_eq!(parse("18446744073709551616").unwrap().as_u64(), None);
        assert_eq!(parse("-9").unwrap().as_i64(), Some(-9));
        assert_eq!(parse("-9").unwrap().as_u64(), None);
        // Out of f64's range: refused, as serde_json refuses it.
        assert!(parse("1e400").is_err());
        assert_eq!(parse("[]").unwrap(), Value::Array(vec![]));
        assert_eq!(parse("{}").unwrap(), Value::Object(vec![]));
    }

    #[test]
    fn escapes_and_unicode_read_back() {
        let v = parse(r#""a\"b\\c\/d\b\f\n\r\t\u00e9\u4e2d\ud83d\ude00 ü""#).unwrap();
        assert_eq!(
            v.as_str(),
            Some("a\"b\\c/d\u{8}\u{c}\n\r\t\u{e9}\u{4e2d}\u{1f600} ü")
        );
    }

    #[test]
    fn malformed_input_is_an_error_not_a_panic() {
        for bad in [
            "",
            " ",
            "{",
            "[",
            "[1,]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{a:1}",
            "01",
            "1.",
            ".5",
            "1e",
            "-",
            "+1",
            "tru",
            "nul",
            "\"abc",
            "\"a\\x\"",
            "\"\\u12\"",
            "\"\\u12g4\"",
            "\"\\ud83d\"",
            "\"\\ud83d\\u0041\"",
            "\"\\ude00\"",
            "\"a\nb\"",
            "\"\\",
            "1 2",
            "{} x",
            "NaN",
            "Infinity",
            "'a'",
            "\u{feff}{}",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} parsed");
        }
        let deep = "[".repeat(MAX_DEPTH - 1) + &"]".repeat(MAX_DEPTH - 1);
        assert!(parse(&deep).is_ok());
        let deeper = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&deeper).unwrap_err().0.contains("nested too deeply"));
        let hostile = "[".repeat(100_000);
        assert!(parse(&hostile).is_err());
    }

    #[test]
    fn every_prefix_of_a_document_is_an_error() {
        let doc = r#"{"type":"who","room":"go","members":[{"id":1,"nick":"ad\u00e9 \ud83d\ude00"}],"x":-1.5e-3,"t":true}"#;
        assert!(parse(doc).is_ok());
        for (i, _) in doc.char_indices().skip(1) {
            assert!(parse(&doc[..i]).is_err(), "{}", &doc[..i]);
        }
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        assert_eq!(text("plain"), r#""plain""#);
        assert_eq!(text("say \"hi\"\\"), r#""say \"hi\"\\""#);
        assert_eq!(text("a\nb\r\tc"), r#""a\nb\r\tc""#);
        assert_eq!(
            text("\u{8}\u{c}\u{0}\u{1f}\u{7f}"),
            "\"\\b\\f\\u0000\\u001f\u{7f}\""
        );
        assert_eq!(text("ünïcødé 中 😀 /"), "\"ünïcødé 中 😀 /\"");
        assert_eq!(text(""), "\"\"");
    }

    #[test]
    fn strings_round_trip() {
        for s in [
            "",
            "x",
            "\"\\/",
            "\u{0}\u{1}\u{1f} \u{7f}",
            "line one\nline two",
            "é中😀\u{10ffff}",
        ] {
            assert_eq!(parse(&text(s)).unwrap().as_str(), Some(s));
        }
    }

    #[test]
    fn floats_are_laid_out_as_serde_json_does() {
        for (x, expected) in [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (5.0, "5.0"),
            (2.5, "2.5"),
            (0.1, "0.1"),
            (-1.5, "-1.5"),
            (123456.789, "123456.789"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (1234567890123456.7, "1234567890123456.8"),
            // Exactly halfway between two 17-digit candidates: the even one.
            (2_032_535_925_247_897.0 + 0.25, "2032535925247897.2"),
            (-(126_136_570_798_112.0 + 0.125), "-126136570798112.12"),
            (20_527_524_571_853.0 + 0.3125, "20527524571853.312"),
            (2_032_535_925_247_897.0 + 0.75, "2032535925247897.8"),
            (0.001, "0.001"),
            (0.0001, "0.0001"),
            (0.00001, "0.00001"),
            (0.000012, "0.000012"),
            (0.000001, "1e-6"),
            (0.0000012, "1.2e-6"),
            (1e300, "1e+300"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
        ] {
            assert_eq!(float(x), expected, "{x:e}");
        }
    }

    #[test]
    fn objects_are_written_compact_in_order() {
        let mut out = String::new();
        ObjectWriter::new(&mut out)
            .str("type", "x")
            .u64("n", 7)
            .f64("r", 2.0)
            .bool("b", false)
            .strs("l", &["a".into(), "b\"".into()])
            .end();
        assert_eq!(
            out,
            r#"{"type":"x","n":7,"r":2.0,"b":false,"l":["a","b\""]}"#
        );
        let mut empty = String::new();
        ObjectWriter::new(&mut empty).end();
        assert_eq!(empty, "{}");
    }

    #[test]
    fn fields_report_what_is_wrong() {
        let v = parse(r#"{"n":-1,"s":3,"big":4294967296,"l":[1]}"#).unwrap();
        let f = Fields::new(&v).unwrap();
        assert!(f.u64("n", None).unwrap_err().0.contains("`n`"));
        assert!(f.str("s", None).is_err());
        assert!(f.u32("big", None).is_err());
        assert_eq!(f.u64("big", None), Ok(4_294_967_296));
        assert!(f
            .str("absent", None)
            .unwrap_err()
            .0
            .contains("missing field"));
        assert_eq!(f.str("absent", Some("d")), Ok("d".to_string()));
        assert!(f.strs("l").is_err());
        assert_eq!(f.strs("absent"), Ok(vec![]));
        assert!(Fields::new(&Value::Null).is_err());
    }
}
