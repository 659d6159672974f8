//! The Origin check on the WebSocket handshake.
//!
//! A browser sends `Origin` with every WebSocket handshake, and does *not* apply the
//! same-origin policy to WebSockets: without a check, any web page a student opens could
//! connect to the classroom server in their name (cross-site WebSocket hijacking; the
//! copied `CheckOrigin: return true` snippet is how gorilla users get it). axum's
//! extractor does no check, so we do what gorilla's default does: a request whose Origin
//! names a different host than its `Host` header is refused with 403, a request without
//! Origin (curl, tests, native clients) is let through. `--allow-origin` adds origins
//! that may connect too (for example a copy of the book served from elsewhere).

use axum::http::{header, HeaderMap};

/// Whether a handshake with these headers may proceed.
pub fn allowed(headers: &HeaderMap, allow_list: &[String]) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    let origin = origin.trim();
    if allow_list
        .iter()
        .any(|allowed| allowed.eq_ignore_ascii_case(origin))
    {
        return true;
    }
    let Some(origin_host) = host_of(origin) else {
        // Unparsable, or "null" (sandboxed frames, file:// pages): gorilla refuses these.
        return false;
    };
    if allow_list
        .iter()
        .any(|allowed| allowed.eq_ignore_ascii_case(origin_host))
    {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    host.is_some_and(|host| host.trim().eq_ignore_ascii_case(origin_host))
}

/// The `host[:port]` part of an origin like `http://host:port` (gorilla compares
/// `url.Parse(origin).Host` with `r.Host`, port included).
fn host_of(origin: &str) -> Option<&str> {
    let (scheme, rest) = origin.split_once("://")?;
    if scheme.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?;
    // Userinfo is not part of an origin; refuse rather than guess.
    (!host.is_empty() && !host.contains('@')).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(origin: Option<&str>, host: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_str(host).unwrap());
        if let Some(o) = origin {
            h.insert(header::ORIGIN, HeaderValue::from_str(o).unwrap());
        }
        h
    }

    #[test]
    fn same_origin_and_no_origin_pass() {
        assert!(allowed(&headers(None, "127.0.0.1:9999"), &[]));
        assert!(allowed(
            &headers(Some("http://127.0.0.1:9999"), "127.0.0.1:9999"),
            &[]
        ));
        assert!(allowed(
            &headers(Some("HTTP://Example.COM"), "example.com"),
            &[]
        ));
    }

    #[test]
    fn foreign_origins_fail_unless_listed() {
        let h = headers(Some("https://evil.example"), "127.0.0.1:9999");
        assert!(!allowed(&h, &[]));
        assert!(allowed(&h, &["https://evil.example".into()]));
        assert!(allowed(&h, &["evil.example".into()]));
        assert!(!allowed(&h, &["http://evil.example:8080".into()]));
        // Same host, other port: another origin.
        assert!(!allowed(
            &headers(Some("http://127.0.0.1:8000"), "127.0.0.1:9999"),
            &[]
        ));
    }

    #[test]
    fn junk_origins_fail() {
        for o in ["null", "evil.example", "http://", "http://u@127.0.0.1:9999"] {
            assert!(!allowed(&headers(Some(o), "127.0.0.1:9999"), &[]), "{o}");
        }
    }
}
