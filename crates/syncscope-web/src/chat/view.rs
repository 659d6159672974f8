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
///
/// Drawn twice, left to right for wide screens and top to bottom for phones (chat.css shows
/// one by the page's width): scaled down to a 360 px screen, the wide drawing's labels were
/// 5 to 7 px and one was crossed by its arrow, while the tall one keeps 12 px text at that
/// width (e2e/tests/chat.test.mjs measures every label at 360 px).
pub fn hub_diagram(stats: Option<&HubStats>) -> Html {
    let clients = stats.map_or(0, |s| s.total_clients);
    let busy = stats.is_some_and(|s| s.messages_per_sec > 0.0);
    let queue = stats
        .map(|s| s.limits.send_queue)
        .filter(|&q| q > 0)
        .unwrap_or(256);
    let label = format!(
        "the hub: read pumps send on register, unregister and broadcast; one hub task owns \
         {clients} clients and fills their send queues of {queue}"
    );
    let d = Drawing {
        busy,
        clients: count(clients, "client"),
        queue: format!("{queue} each"),
    };
    html! {
        <>
            { d.draw(&WIDE, label.clone()) }
            { d.draw(&TALL, label) }
        </>
    }
}

/// A channel line, from (x1, y1) to (x2, y2), and where its name goes: (x, y, text-anchor).
type Channel = ([i32; 4], (i32, i32, &'static str));

/// Where one drawing of [`hub_diagram`] puts its parts.
struct Layout {
    /// The drawing's class (chat.css shows one of them by the page's width).
    class: &'static str,
    view_box: &'static str,
    testid: &'static str,
    /// Its arrowhead's id (ids must be unique in a page).
    marker: &'static str,
    /// The read pumps' box and the write pumps': x, y and width.
    reads: (i32, i32, i32),
    writes: (i32, i32, i32),
    /// `register`, `broadcast` and `unregister`, from the read pumps to the hub.
    channels: [Channel; 3],
    /// The hub's centre.
    hub: (i32, i32),
    /// The send queues, from the hub to the write pumps, and where their size is written.
    queues: Channel,
    queue_size: (i32, i32),
}

/// Left to right, for wide screens.
const WIDE: Layout = Layout {
    class: "chat-diagram-wide",
    view_box: "0 0 640 150",
    testid: "hub-diagram",
    marker: "chat-arrow",
    reads: (8, 51, 120),
    writes: (472, 51, 160),
    channels: [
        ([130, 40, 262, 75], (140, 36, "start")),
        ([130, 75, 262, 75], (140, 71, "start")),
        ([130, 110, 262, 75], (140, 124, "start")),
    ],
    hub: (300, 75),
    queues: ([338, 75, 468, 75], (346, 66, "start")),
    queue_size: (346, 92),
};

/// Top to bottom, for phones.
const TALL: Layout = Layout {
    class: "chat-diagram-tall",
    view_box: "0 0 320 308",
    testid: "hub-diagram-tall",
    marker: "chat-arrow-tall",
    reads: (60, 6, 200),
    writes: (60, 254, 200),
    channels: [
        ([60, 78, 130, 127], (60, 70, "middle")),
        ([160, 78, 160, 111], (160, 70, "middle")),
        ([260, 78, 190, 127], (260, 70, "middle")),
    ],
    hub: (160, 148),
    queues: ([160, 185, 160, 252], (170, 214, "start")),
    queue_size: (170, 230),
};

/// The arrowhead every channel line of one drawing ends in (ids must be unique in a page).
fn arrow_marker(id: &'static str) -> Html {
    html! {
        <defs>
            <marker id={id} viewBox="0 0 10 10" refX="9" refY="5"
                    markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" />
            </marker>
        </defs>
    }
}

/// What both drawings of [`hub_diagram`] show.
struct Drawing {
    busy: bool,
    clients: String,
    queue: String,
}

impl Drawing {
    /// The whole drawing, laid out as `at` says.
    fn draw(&self, at: &Layout, label: String) -> Html {
        let [register, broadcast, unregister] = at.channels;
        let (reads_x, reads_y, reads_w) = at.reads;
        let (writes_x, writes_y, writes_w) = at.writes;
        html! {
            <svg class={classes!("chat-diagram", at.class)} viewBox={at.view_box} role="img"
                 aria-label={label} data-testid={at.testid}>
                { arrow_marker(at.marker) }
                { self.boxed(reads_x, reads_y, reads_w, "read pumps", "one per client") }
                { self.arrow(register.0, register.1, "register", false, at.marker) }
                { self.arrow(broadcast.0, broadcast.1, "broadcast", self.busy, at.marker) }
                { self.arrow(unregister.0, unregister.1, "unregister", false, at.marker) }
                { self.hub(at.hub.0, at.hub.1) }
                { self.arrow(at.queues.0, at.queues.1, "send queues", self.busy, at.marker) }
                <text class="chat-box-sub" x={at.queue_size.0.to_string()} y={at.queue_size.1.to_string()}>
                    { self.queue.clone() }
                </text>
                { self.boxed(writes_x, writes_y, writes_w, "write pumps", "the only writers") }
            </svg>
        }
    }

    /// A 48 px high box at (x, y) with a label and a smaller line under it.
    fn boxed(&self, x: i32, y: i32, width: i32, label: &'static str, sub: &'static str) -> Html {
        let mid = (x + width / 2).to_string();
        html! {
            <>
                <rect class="chat-box" x={x.to_string()} y={y.to_string()} width={width.to_string()} height="48" rx="6" />
                <text class="chat-box-label" x={mid.clone()} y={(y + 21).to_string()} text-anchor="middle">{ label }</text>
                <text class="chat-box-sub" x={mid} y={(y + 38).to_string()} text-anchor="middle">{ sub }</text>
            </>
        }
    }

    /// A channel: a line from (x1, y1) to (x2, y2) and its name at (x, y, text-anchor).
    fn arrow(
        &self,
        [x1, y1, x2, y2]: [i32; 4],
        (x, y, anchor): (i32, i32, &'static str),
        name: &'static str,
        active: bool,
        marker: &'static str,
    ) -> Html {
        let class = classes!("chat-chan", active.then_some("chat-chan-busy"));
        html! {
            <g class={class}>
                <line x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()}
                      marker-end={format!("url(#{marker})")} />
                <text x={x.to_string()} y={y.to_string()} text-anchor={anchor}>{ name }</text>
            </g>
        }
    }

    /// The hub: a circle of radius 36 around (cx, cy) with its client count.
    fn hub(&self, cx: i32, cy: i32) -> Html {
        html! {
            <>
                <circle class={classes!("chat-hub", self.busy.then_some("chat-hub-busy"))}
                        cx={cx.to_string()} cy={cy.to_string()} r="36" />
                <text class="chat-box-label" x={cx.to_string()} y={(cy - 3).to_string()} text-anchor="middle">{ "hub" }</text>
                <text class="chat-box-sub" x={cx.to_string()} y={(cy + 15).to_string()} text-anchor="middle">{ self.clients.clone() }</text>
            </>
        }
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
