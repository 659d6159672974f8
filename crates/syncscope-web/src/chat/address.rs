//! Server addresses: the chat's WebSocket URL, and the stats stream beside it.
//!
//! When the page itself came from the chat server, the chat is at the same origin's `/ws`
//! ([`same_origin_ws`]). A reader may also type another server's address in any of the
//! forms people write (`192.168.1.23:9999`, `http://laptop.local:9999/`,
//! `ws://host:9999/ws`); [`normalize`] turns each into a WebSocket URL, and [`stats_url`]
//! finds that server's `/hub/stats`.
//!
//! A page loaded over HTTPS may only open `wss://` sockets (browsers block mixed content), so
//! an address without a scheme gets `wss://` on such a page.

/// The path of the chat on a syncscope-chat server.
pub const WS_PATH: &str = "/ws";
/// The path of the hub's stats stream.
pub const STATS_PATH: &str = "/hub/stats";

/// The chat URL at the page's own origin, for a page with protocol `http:` or `https:`
/// (as `location.protocol` gives it) on `host` (`location.host`, port included).
pub fn same_origin_ws(protocol: &str, host: &str) -> Option<String> {
    let scheme = match protocol {
        "http:" => "ws",
        "https:" => "wss",
        _ => return None,
    };
    if host.is_empty() {
        return None;
    }
    Some(format!("{scheme}://{host}{WS_PATH}"))
}

/// A typed address as a WebSocket URL, or why it cannot be one.
pub fn normalize(input: &str, page_is_https: bool) -> Result<String, String> {
    let input = input.trim();
    if input.is_empty() {
        return Err("type the server's address, e.g. 192.168.1.23:9999".into());
    }
    let (scheme, rest) = match input.split_once("://") {
        Some((scheme, rest)) => {
            let scheme = match scheme.to_ascii_lowercase().as_str() {
                "ws" | "http" => "ws",
                "wss" | "https" => "wss",
                other => {
                    return Err(format!(
                        "{other}:// is not a chat address: use ws://, wss://, http:// or https://"
                    ))
                }
            };
            (scheme, rest)
        }
        None if page_is_https => ("wss", input),
        None => ("ws", input),
    };
    let (host, path) = match rest.find(['/', '?', '#']) {
        Some(at) => (&rest[..at], &rest[at..]),
        None => (rest, ""),
    };
    if host.is_empty() {
        return Err("the address has no host".into());
    }
    if host.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("the host cannot hold spaces".into());
    }
    if page_is_https && scheme == "ws" {
        return Err(
            "this page came over https, so the browser only allows wss:// chat servers".into(),
        );
    }
    // Query and fragment mean nothing to the server; a bare host or "/" means the chat.
    let path = path.split(['?', '#']).next().unwrap_or("");
    let path = if path.is_empty() || path == "/" {
        WS_PATH
    } else {
        path.trim_end_matches('/')
    };
    Ok(format!("{scheme}://{host}{path}"))
}

/// The stats stream of the server whose chat is at `ws_url` (as [`normalize`] returns it):
/// same host, `http(s)`, and `/hub/stats` in place of the final `/ws`.
pub fn stats_url(ws_url: &str) -> Option<String> {
    let (scheme, rest) = ws_url.split_once("://")?;
    let scheme = match scheme {
        "ws" => "http",
        "wss" => "https",
        _ => return None,
    };
    let (host, path) = match rest.find('/') {
        Some(at) => (&rest[..at], &rest[at..]),
        None => (rest, ""),
    };
    let base = path.strip_suffix(WS_PATH).unwrap_or(path);
    Some(format!("{scheme}://{host}{base}{STATS_PATH}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_origin_follows_the_page() {
        assert_eq!(
            same_origin_ws("http:", "192.168.1.23:9999").as_deref(),
            Some("ws://192.168.1.23:9999/ws")
        );
        assert_eq!(
            same_origin_ws("https:", "example.org").as_deref(),
            Some("wss://example.org/ws")
        );
        assert_eq!(same_origin_ws("file:", ""), None);
        assert_eq!(same_origin_ws("http:", ""), None);
    }

    #[test]
    fn the_forms_people_type() {
        let n = |s| normalize(s, false);
        assert_eq!(n("192.168.1.23:9999").unwrap(), "ws://192.168.1.23:9999/ws");
        assert_eq!(
            n(" laptop.local:9999/ ").unwrap(),
            "ws://laptop.local:9999/ws"
        );
        assert_eq!(
            n("http://laptop.local:9999/").unwrap(),
            "ws://laptop.local:9999/ws"
        );
        assert_eq!(n("HTTPS://chat.example").unwrap(), "wss://chat.example/ws");
        assert_eq!(n("ws://h:1/ws").unwrap(), "ws://h:1/ws");
        assert_eq!(n("ws://h:1/chat/ws/").unwrap(), "ws://h:1/chat/ws");
        assert_eq!(n("h:1/?x=1#y").unwrap(), "ws://h:1/ws");
        assert_eq!(n("[::1]:9999").unwrap(), "ws://[::1]:9999/ws");
        assert!(n("").is_err());
        assert!(n("ftp://h").is_err());
        assert!(n("ws:///ws").is_err());
        assert!(n("a b:1").is_err());
    }

    #[test]
    fn an_https_page_needs_wss() {
        assert_eq!(normalize("h:1", true).unwrap(), "wss://h:1/ws");
        assert!(normalize("ws://h:1", true).is_err());
        assert!(normalize("http://h:1", true).is_err());
        assert_eq!(normalize("https://h:1", true).unwrap(), "wss://h:1/ws");
    }

    #[test]
    fn stats_sit_beside_the_chat() {
        assert_eq!(
            stats_url("ws://192.168.1.23:9999/ws").as_deref(),
            Some("http://192.168.1.23:9999/hub/stats")
        );
        assert_eq!(
            stats_url("wss://h/chat/ws").as_deref(),
            Some("https://h/chat/hub/stats")
        );
        assert_eq!(stats_url("wss://h").as_deref(), Some("https://h/hub/stats"));
        assert_eq!(stats_url("http://h/ws"), None);
        assert_eq!(stats_url("nonsense"), None);
    }
}
