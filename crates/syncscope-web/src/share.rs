//! Share links: the state of one block in the URL fragment.
//!
//! ```text
//! #gosim=<id>&n=<step>&seed=<seed>&s=<schedule>&d=substeps&sub=<stops>&c=<code>
//! ```
//!
//! - `gosim=<id>`: the block's id (letters, digits, `-`, `_`; the preprocessor checks them).
//! - `n`: the step the reader was at, counted in scheduling points
//!   (`Session::operation_position`), so it means the same state whether sub-steps are shown
//!   or not; `seed`: the scheduler's seed; `s`: the schedule of the steps taken (the engine's
//!   `g2.c1.g1` form). Both `s` and `seed` may be absent.
//! - `d=substeps`, only when the reader had sync operations expanded into sub-steps (Expand);
//!   `sub`, only when the reader stood inside a sync operation: how many sub-step stops into
//!   it (stops that are no scheduling point, so `n` does not count them). Older widgets skip
//!   both keys and open the same run at the operation's start.
//! - `c`, only when the reader edited the code: the code as UTF-8, compressed with raw DEFLATE
//!   and written in base64url without padding, prefixed with `z` (the format's version). The
//!   browser deflates and inflates it (`crate::deflate`), which is asynchronous: a link is
//!   made by [`SharedState::encode`] and opened in two parts, [`SharedState::decode`] for
//!   everything at once and [`Link::open`] for the code.
//!
//! Values are percent-encoded where needed, so the fragment is plain ASCII that survives
//! copying, chat clients and mail. Decoding never panics: a malformed fragment is an error the
//! widget ignores (the page then opens as usual).

/// The state a link restores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedState {
    pub id: String,
    pub step: usize,
    pub seed: Option<u64>,
    pub schedule: String,
    /// The reader's code, when it differs from the book's.
    pub code: Option<String>,
    /// Sync operations were expanded into their sub-steps.
    pub substeps: bool,
    /// Sub-step stops taken inside the operation the reader stood in (0 between operations).
    pub sub: usize,
}

/// A link as read from the URL, before its code (if any) is inflated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Everything the link says; `code` is `None` until [`Link::open`] fills it in.
    pub state: SharedState,
    /// The edited code, still raw DEFLATE.
    pub deflated_code: Option<Vec<u8>>,
}

impl Link {
    /// The state with its code inflated by the browser.
    pub async fn open(self) -> Result<SharedState, String> {
        let mut state = self.state;
        if let Some(deflated) = self.deflated_code {
            let bytes = crate::deflate::decompress(&deflated, MAX_CODE_BYTES)
                .await
                .map_err(|_| "the link's code is damaged or too long")?;
            state.code = Some(code_text(bytes)?);
        }
        Ok(state)
    }
}

/// The fragment's first key, which marks a syncscope link.
const KEY: &str = "gosim";

/// Longest code a link may carry once inflated (a guard against hostile links).
pub const MAX_CODE_BYTES: usize = 256 * 1024;

impl SharedState {
    /// The fragment, with its leading `#`, the code deflated by the browser.
    pub async fn encode(&self) -> Result<String, String> {
        let deflated = match &self.code {
            Some(code) => Some(
                crate::deflate::compress(code.as_bytes())
                    .await
                    .map_err(|_| "the browser could not compress the code")?,
            ),
            None => None,
        };
        Ok(self.fragment(deflated.as_deref()))
    }

    /// The fragment, with its leading `#`, given the code already deflated (`Some` exactly
    /// when `self.code` is).
    pub fn fragment(&self, deflated_code: Option<&[u8]>) -> String {
        let mut out = format!("#{KEY}={}&n={}", percent_encode(&self.id), self.step);
        if let Some(seed) = self.seed {
            out.push_str(&format!("&seed={seed}"));
        }
        if !self.schedule.is_empty() {
            out.push_str(&format!("&s={}", percent_encode(&self.schedule)));
        }
        if self.substeps {
            out.push_str("&d=substeps");
        }
        if self.sub > 0 {
            out.push_str(&format!("&sub={}", self.sub));
        }
        if let Some(deflated) = deflated_code {
            out.push_str("&c=z");
            out.push_str(&base64url_encode(deflated));
        }
        out
    }

    /// Reads a fragment (with or without its `#`). `Ok(None)` when it is not a syncscope
    /// link at all (an ordinary heading anchor, say); `Err` when it is one but is damaged.
    /// The code, if any, is left deflated for [`Link::open`].
    pub fn decode(fragment: &str) -> Result<Option<Link>, String> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut pairs = fragment.split('&').map(|pair| match pair.split_once('=') {
            Some((key, value)) => (key, value),
            None => (pair, ""),
        });
        let id = match pairs.next() {
            Some((KEY, id)) => percent_decode(id)?,
            _ => return Ok(None),
        };
        if id.is_empty() {
            return Err("the link names no block".into());
        }
        let mut deflated_code = None;
        let mut state = SharedState {
            id,
            step: 0,
            seed: None,
            schedule: String::new(),
            code: None,
            substeps: false,
            sub: 0,
        };
        for (key, value) in pairs {
            match key {
                "n" => {
                    state.step = value
                        .parse()
                        .map_err(|_| format!("the link's step `{value}` is not a number"))?
                }
                "seed" => {
                    state.seed = Some(
                        value
                            .parse()
                            .map_err(|_| format!("the link's seed `{value}` is not a number"))?,
                    )
                }
                "s" => state.schedule = percent_decode(value)?,
                "d" => {
                    state.substeps = match value {
                        "substeps" => true,
                        "operations" => false,
                        _ => return Err(format!("the link's detail `{value}` is not known")),
                    }
                }
                "sub" => {
                    state.sub = value
                        .parse()
                        .map_err(|_| format!("the link's sub-step `{value}` is not a number"))?
                }
                "c" => deflated_code = Some(decode_code(value)?),
                // Keys from a later version are skipped, not refused.
                _ => {}
            }
        }
        Ok(Some(Link {
            state,
            deflated_code,
        }))
    }
}

/// The block a fragment links to, even when the rest of the link is damaged (so that block
/// can say why it did not restore the state).
pub fn linked_id(fragment: &str) -> Option<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let first = fragment.split('&').next()?;
    let id = first.strip_prefix(KEY)?.strip_prefix('=')?;
    percent_decode(id).ok().filter(|id| !id.is_empty())
}

/// The `c` value's deflated bytes.
fn decode_code(value: &str) -> Result<Vec<u8>, String> {
    let Some(data) = value.strip_prefix('z') else {
        return Err("the link's code is in an unknown format".into());
    };
    base64url_decode(data).ok_or_else(|| "the link's code is damaged (bad base64)".into())
}

fn code_text(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|_| "the link's code is not UTF-8 text".into())
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url (RFC 4648 §5) without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let index = (n >> (18 - 6 * i)) & 63;
            out.push(char::from(BASE64URL[index as usize]));
        }
    }
    out
}

/// The inverse of [`base64url_encode`]; `None` on any character outside the alphabet or a
/// length no encoding produces.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let value = BASE64URL.iter().position(|&a| a == c)? as u32;
            n |= value << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}

/// Percent-encodes everything but unreserved URL characters.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub fn percent_decode(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| "the link has a broken %-escape".to_string())?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "the link is not UTF-8 text".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    // The browser deflates and inflates links (crate::deflate); natively, miniz_oxide stands
    // in for it, as a raw DEFLATE coder of another make.

    /// `state.encode()`, with miniz_oxide in the browser's place.
    fn encode(state: &SharedState) -> String {
        let deflated = state
            .code
            .as_ref()
            .map(|code| miniz_oxide::deflate::compress_to_vec(code.as_bytes(), 6));
        state.fragment(deflated.as_deref())
    }

    /// `SharedState::decode` then `Link::open`, with miniz_oxide in the browser's place.
    fn decode(fragment: &str) -> Result<Option<SharedState>, String> {
        let Some(link) = SharedState::decode(fragment)? else {
            return Ok(None);
        };
        let mut state = link.state;
        assert_eq!(state.code, None, "decode leaves the code to Link::open");
        if let Some(deflated) = link.deflated_code {
            let bytes =
                miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_CODE_BYTES)
                    .map_err(|_| "damaged or too long".to_string())?;
            state.code = Some(code_text(bytes)?);
        }
        Ok(Some(state))
    }

    fn state(code: Option<&str>) -> SharedState {
        SharedState {
            id: "handoff".into(),
            step: 7,
            seed: Some(42),
            schedule: "g1.g2.c1.m0".into(),
            code: code.map(str::to_owned),
            substeps: false,
            sub: 0,
        }
    }

    #[test]
    fn round_trip_without_code() {
        let s = state(None);
        let fragment = encode(&s);
        assert_eq!(fragment, "#gosim=handoff&n=7&seed=42&s=g1.g2.c1.m0");
        assert_eq!(decode(&fragment), Ok(Some(s)));
    }

    #[test]
    fn round_trip_with_sub_steps() {
        let mut s = state(None);
        s.substeps = true;
        s.sub = 2;
        let fragment = encode(&s);
        assert_eq!(
            fragment,
            "#gosim=handoff&n=7&seed=42&s=g1.g2.c1.m0&d=substeps&sub=2"
        );
        assert_eq!(decode(&fragment), Ok(Some(s.clone())));
        // Expanded but between operations: no `sub`.
        s.sub = 0;
        let fragment = encode(&s);
        assert!(fragment.ends_with("&d=substeps"), "{fragment}");
        assert_eq!(decode(&fragment), Ok(Some(s.clone())));
        // With code after it, and in another order.
        s.code = Some("package main\n".into());
        s.sub = 1;
        assert_eq!(decode(&encode(&s)), Ok(Some(s.clone())));
        let reordered = decode("#gosim=handoff&sub=1&d=substeps&n=7")
            .unwrap()
            .unwrap();
        assert!(reordered.substeps);
        assert_eq!((reordered.step, reordered.sub), (7, 1));
        // Without `d` a link is at the default detail.
        let plain = decode("#gosim=handoff&n=7").unwrap().unwrap();
        assert!(!plain.substeps);
        assert_eq!(plain.sub, 0);
    }

    #[test]
    fn round_trip_with_unicode_code() {
        let code = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"héllo, 世界 🎉\")\n}\n";
        let s = state(Some(code));
        let fragment = encode(&s);
        assert!(fragment.is_ascii(), "{fragment}");
        let code_part = fragment.split("&c=").nth(1).unwrap();
        assert!(
            !code_part.contains(['+', '/', '=', '&', '#', ' ', '\n']),
            "{fragment}"
        );
        assert_eq!(decode(&fragment), Ok(Some(s)));
    }

    #[test]
    fn round_trip_of_edge_cases() {
        for code in [
            "",
            "x",
            "xy",
            "xyz",
            "\u{0}\u{7f}",
            &"go func() {}\n".repeat(500),
        ] {
            let s = SharedState {
                id: "a-b_c".into(),
                step: 0,
                seed: None,
                schedule: String::new(),
                code: Some(code.to_owned()),
                substeps: false,
                sub: 0,
            };
            assert_eq!(decode(&encode(&s)), Ok(Some(s)), "{code:?}");
        }
        // Without the leading '#' as well.
        let s = state(None);
        assert_eq!(decode(&encode(&s)[1..]), Ok(Some(s)));
    }

    #[test]
    fn other_fragments_are_not_links() {
        for fragment in ["", "#", "#a-heading", "#gosimx=1", "#n=1&gosim=a"] {
            assert_eq!(decode(fragment), Ok(None), "{fragment}");
        }
    }

    #[test]
    fn malformed_links_are_errors() {
        for fragment in [
            "#gosim=",
            "#gosim=a&n=x",
            "#gosim=a&n=-1",
            "#gosim=a&seed=1.5",
            "#gosim=a&s=%zz",
            "#gosim=a&s=%e9",
            "#gosim=a&s=%",
            "#gosim=a&c=",
            "#gosim=a&c=q",
            "#gosim=a&c=z!!!!",
            "#gosim=a&c=zA",
            "#gosim=a&c=zAAAA",
            "#gosim=%ff",
            "#gosim=a&d=sub",
            "#gosim=a&sub=-1",
            "#gosim=a&sub=x",
        ] {
            assert!(decode(fragment).is_err(), "{fragment} should be refused");
        }
        // Valid base64 of bytes that are not DEFLATE data.
        let junk = format!("#gosim=a&c=z{}", base64url_encode(b"not deflate at all"));
        assert!(decode(&junk).is_err());
        // DEFLATE data that is not UTF-8.
        let bytes = miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 9);
        let latin = format!("#gosim=a&c=z{}", base64url_encode(&bytes));
        assert!(decode(&latin).is_err());
    }

    #[test]
    fn decode_leaves_the_code_deflated_for_the_browser() {
        let deflated = miniz_oxide::deflate::compress_to_vec(b"package main\n", 9);
        let fragment = format!("#gosim=a&n=2&c=z{}", base64url_encode(&deflated));
        let link = SharedState::decode(&fragment).unwrap().unwrap();
        assert_eq!(link.deflated_code, Some(deflated));
        assert_eq!((link.state.step, link.state.code), (2, None));
        // Without `c`, there is nothing left to inflate.
        let link = SharedState::decode("#gosim=a&n=2").unwrap().unwrap();
        assert_eq!(link.deflated_code, None);
    }

    /// Links made by the build of 5b81006 (its own DEFLATE coder), which the browser tests
    /// open in the built book: here each reads with another make of inflater.
    #[test]
    fn links_of_earlier_builds_still_read() {
        use syncscope_wire::json;
        let fixture = json::parse(include_str!("../../../e2e/share-links.json")).unwrap();
        let links = fixture.get("links").and_then(|l| l.as_array()).unwrap();
        assert!(links.len() >= 8);
        let mut with_code = 0;
        for link in links {
            let text = |key: &str| link.get(key).and_then(|v| v.as_str()).unwrap();
            let state = decode(text("fragment")).unwrap().unwrap();
            assert_eq!(state.id, text("id"));
            if let Some(code) = &state.code {
                assert_eq!(code, text("code"), "{}", text("name"));
                with_code += 1;
            }
        }
        assert!(with_code >= 4, "the fixture has links with code");
    }

    #[test]
    fn damaged_links_still_name_their_block() {
        assert_eq!(linked_id("#gosim=abc&n=x").as_deref(), Some("abc"));
        assert_eq!(linked_id("gosim=a%2Db&c=zzz").as_deref(), Some("a-b"));
        assert_eq!(linked_id("#gosim=&n=1"), None);
        assert_eq!(linked_id("#heading"), None);
        assert_eq!(linked_id("#gosimx=a"), None);
    }

    #[test]
    fn unknown_keys_are_skipped() {
        let decoded = decode("#gosim=a&n=3&v=2&zz").unwrap().unwrap();
        assert_eq!(decoded.id, "a");
        assert_eq!(decoded.step, 3);
    }

    #[test]
    fn base64url_matches_the_rfc_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), encoded);
            assert_eq!(base64url_decode(encoded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("-_8").unwrap(), [0xfb, 0xff]);
    }

    #[test]
    fn percent_encoding_round_trips() {
        for text in ["g1.g2", "a b&c=d#e%", "héllo 世界"] {
            let encoded = percent_encode(text);
            assert!(encoded.is_ascii() && !encoded.contains(['&', '=', '#', ' ']));
            assert_eq!(percent_decode(&encoded).unwrap(), text);
        }
    }
}
