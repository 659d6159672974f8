//! Drawing pieces of the chat that need no component state: a message line, the hub
//! diagram, a client's queue row. Everything from the network is put in the page as text
//! nodes (`{ &line.text }`), never parsed as HTML, so `<img src=x onerror=…>` in a message is
//! shown as those characters; the tests below check the virtual DOM for exactly that.

use yew::prelude::*;
use yew::virtual_dom::AttrValue;

use super::state::{Kind, Line};
use super::stats::{rate_label, ClientStats, ClientView, HubStats, Limits};
use crate::dom::text_el;
use syncscope_wire::number::fixed;

/// `n` things, with the plural when it needs one.
pub fn count(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

/// One line of the message list.
pub fn line_item(line: &Line) -> Html {
    let kind = match line.kind {
        Kind::Chat => "chat",
        Kind::Presence => "presence",
        Kind::Info => "info",
        Kind::Error => "error",
    };
    let class = classes!(
        "chat-line",
        format!("chat-line-{kind}"),
        line.mine.then_some("chat-mine")
    );
    let body = if line.kind == Kind::Chat {
        html! {
            <>
                { text_el("span", "chat-nick", AttrValue::from(line.nick.clone())) }
                { text_el("span", "chat-text", AttrValue::from(line.text.clone())) }
            </>
        }
    } else {
        text_el("span", "chat-text", AttrValue::from(line.text.clone()))
    };
    html! {
        <li key={line.seq.to_string()} class={class} data-testid="chat-line" data-kind={kind}>
            { body }
        </li>
    }
}

/// The hub and its channels, as gorilla's example draws them in words: read pumps send on
/// `register`, `unregister` and `broadcast`; one hub goroutine (here a task) owns the
/// clients and fans each message out into their send queues; one write pump per client
/// drains its queue into the socket.
pub fn hub_diagram(stats: Option<&HubStats>) -> Html {
    let clients = stats.map_or(0, |s| s.total_clients);
    let busy = stats.is_some_and(|s| s.messages_per_sec > 0.0);
    let queue = stats
        .map(|s| s.limits.send_queue)
        .filter(|&q| q > 0)
        .unwrap_or(256);
    let arrow = |y: u32, name: &'static str, active: bool| {
        let class = classes!("chat-chan", active.then_some("chat-chan-busy"));
        html! {
            <g class={class}>
                <line x1="130" y1={y.to_string()} x2="262" y2="75" marker-end="url(#chat-arrow)" />
                <text x="140" y={(y - 4).to_string()}>{ name }</text>
            </g>
        }
    };
    html! {
        <svg class="chat-diagram" viewBox="0 0 640 150" role="img"
             aria-label={format!("the hub: read pumps send on register, unregister and broadcast; one hub task owns {clients} clients and fills their send queues of {queue}")}
             data-testid="hub-diagram">
            <defs>
                <marker id="chat-arrow" viewBox="0 0 10 10" refX="9" refY="5"
                        markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                    <path d="M 0 0 L 10 5 L 0 10 z" />
                </marker>
            </defs>
            <rect class="chat-box" x="8" y="45" width="120" height="60" rx="6" />
            <text class="chat-box-label" x="68" y="72" text-anchor="middle">{ "read pumps" }</text>
            <text class="chat-box-sub" x="68" y="90" text-anchor="middle">{ "one per client" }</text>
            { arrow(40, "register", false) }
            { arrow(75, "broadcast", busy) }
            { arrow(110, "unregister", false) }
            <circle class={classes!("chat-hub", busy.then_some("chat-hub-busy"))} cx="300" cy="75" r="36" />
            <text class="chat-box-label" x="300" y="72" text-anchor="middle">{ "hub" }</text>
            <text class="chat-box-sub" x="300" y="90" text-anchor="middle">{ count(clients, "client") }</text>
            <g class={classes!("chat-chan", busy.then_some("chat-chan-busy"))}>
                <line x1="338" y1="75" x2="468" y2="75" marker-end="url(#chat-arrow)" />
                <text x="346" y="66">{ "send queues" }</text>
                <text class="chat-box-sub" x="346" y="92">{ format!("{queue} each") }</text>
            </g>
            <rect class="chat-box" x="472" y="45" width="160" height="60" rx="6" />
            <text class="chat-box-label" x="552" y="72" text-anchor="middle">{ "write pumps" }</text>
            <text class="chat-box-sub" x="552" y="90" text-anchor="middle">{ "the only writers" }</text>
        </svg>
    }
}

/// The summary line: clients, rooms, messages and deliveries per second, evictions.
pub fn summary(stats: &HubStats) -> Html {
    html! {
        <p class="chat-summary" data-testid="hub-summary" data-evictions={stats.evictions.to_string()}>
            <span>{ format!("{} ({} plain)", count(stats.total_clients, "client"), stats.plain_clients) }</span>
            <span>{ format!("{} msg/s in", rate_label(stats.messages_per_sec)) }</span>
            <span>{ format!("{} deliveries/s", rate_label(stats.deliveries_per_sec)) }</span>
            <span class={classes!((stats.evictions > 0).then_some("chat-evictions"))} data-testid="hub-evictions">
                { format!("{} evicted", stats.evictions) }
            </span>
        </p>
    }
}

/// One client's send queue as a bar of `depth / capacity`.
pub fn client_row(client: &ClientStats, limits: &Limits, mine: bool) -> Html {
    let capacity = client.capacity(limits);
    let percent = client.fraction(limits) * 100.0;
    let fill = client.fill(limits);
    let label = if mine {
        format!("{} (you)", client.nick)
    } else {
        client.nick.clone()
    };
    let slow = (client.slow_ms > 0).then(|| {
        html! { <span class="chat-slow-badge">{ format!("slow {} ms", client.slow_ms) }</span> }
    });
    html! {
        <li key={client.id.to_string()}
            class={classes!("chat-client", mine.then_some("chat-mine"))}
            data-testid={format!("hub-client-{}", client.id)}
            data-depth={client.queue_depth.to_string()}>
            { text_el("span", "chat-client-name", AttrValue::from(label)) }
            { text_el("span", "chat-client-rooms", AttrValue::from(client.rooms.join(" "))) }
            <span class="chat-queue" role="meter" aria-valuemin="0"
                  aria-valuemax={capacity.to_string()}
                  aria-valuenow={client.queue_depth.to_string()}
                  aria-label={format!("{}'s send queue", client.nick)}>
                <span class={classes!("chat-queue-fill", fill.class())}
                      style={format!("width: {}%", fixed(percent, 1))}></span>
            </span>
            <span class="chat-queue-count">{ format!("{}/{}", client.queue_depth, capacity) }</span>
            { for slow }
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use yew::virtual_dom::VNode;

    /// Every text node under `node`, in order; fails the test on raw HTML anywhere.
    fn texts(node: &VNode, out: &mut Vec<String>) {
        match node {
            VNode::VText(t) => out.push(t.text.to_string()),
            VNode::VTag(tag) => {
                if let Some(children) = tag.children() {
                    texts(children, out);
                }
            }
            VNode::VList(list) => {
                for child in list.iter() {
                    texts(child, out);
                }
            }
            VNode::VRaw(raw) => panic!("raw HTML in the chat view: {}", raw.html),
            _ => {}
        }
    }

    fn line(kind: Kind, nick: &str, text: &str) -> Line {
        Line {
            seq: 1,
            kind,
            room: Some("lobby".into()),
            nick: nick.into(),
            text: text.into(),
            mine: false,
        }
    }

    #[test]
    fn markup_in_a_message_stays_text() {
        let evil = r#"<img src=x onerror="alert(1)"><b>bold</b>"#;
        let html = line_item(&line(Kind::Chat, "<script>x</script>", evil));
        let mut out = Vec::new();
        texts(&html, &mut out);
        assert_eq!(out, ["<script>x</script>", evil]);
        // Nothing but the li and its spans were made: no img, no b, no script element.
        fn tags(node: &VNode, out: &mut Vec<String>) {
            match node {
                VNode::VTag(tag) => {
                    out.push(tag.tag().to_string());
                    if let Some(c) = tag.children() {
                        tags(c, out);
                    }
                }
                VNode::VList(list) => list.iter().for_each(|c| tags(c, out)),
                _ => {}
            }
        }
        let mut names = Vec::new();
        tags(&html, &mut names);
        assert_eq!(names, ["li", "span", "span"]);
    }

    #[test]
    fn notes_and_queue_rows_are_text_too() {
        let mut out = Vec::new();
        texts(
            &line_item(&line(Kind::Error, "", "<i>refused</i>")),
            &mut out,
        );
        assert_eq!(out, ["<i>refused</i>"]);

        let client = ClientStats {
            id: 3,
            nick: "<img onerror=x>".into(),
            rooms: vec!["lobby".into()],
            queue_depth: 17,
            queue_capacity: 256,
            slow_ms: 300,
            ..ClientStats::default()
        };
        let mut out = Vec::new();
        texts(&client_row(&client, &Limits::default(), true), &mut out);
        assert_eq!(
            out,
            ["<img onerror=x> (you)", "lobby", "17/256", "slow 300 ms"]
        );
    }

    #[test]
    fn counts_take_plurals() {
        assert_eq!(count(0, "client"), "0 clients");
        assert_eq!(count(1, "client"), "1 client");
        assert_eq!(count(30, "client"), "30 clients");
    }

    #[test]
    fn the_diagram_names_the_three_channels() {
        let mut out = Vec::new();
        texts(&hub_diagram(None), &mut out);
        for name in ["register", "broadcast", "unregister", "hub", "0 clients"] {
            assert!(out.iter().any(|t| t == name), "{name} missing from {out:?}");
        }
        assert!(out.iter().any(|t| t == "send queues"));
        assert!(out.iter().any(|t| t == "256 each"));
    }
}
