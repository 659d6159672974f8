//! The chat component: connection, conversation and hub inspector.
//!
//! Life of a connection. On mount the widget asks its own page with `HEAD` whether it came
//! from a syncscope-chat server (the `x-syncscope-chat` header); if so it connects to the
//! same origin's `/ws` at once. Otherwise it says plainly that there is no server, points to
//! the in-page hub, and waits for the reader to type a server's address. Each connection is
//! one task ([`run_socket`]) that owns the gloo-net WebSocket: it forwards every frame to
//! the component and writes what the component queues, so the socket has exactly one
//! writer, as gorilla's writePump is the only writer of its connection. When a connection
//! ends without the reader asking, the component tries again after [`backoff::delay_ms`].
//! A generation number tags each connection, so a late message from an old socket is
//! ignored.
//!
//! The hub inspector reads the same server's `/hub/stats` with an `EventSource` while a
//! connection is up.

use futures::channel::mpsc;
use futures::future::{select, Either};
use futures::{SinkExt, StreamExt};
use gloo_events::EventListener;
use gloo_net::websocket::futures::WebSocket;
use gloo_net::websocket::{Message, WebSocketError};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventSource, HtmlInputElement, HtmlSelectElement, MessageEvent};
use yew::html::Scope;
use yew::prelude::*;

use super::address;
use super::backoff;
use super::protocol::{self, Request, SLOW_MAX_MS, SUBPROTOCOL};
use super::state::{close_reason, ChatState, Kind};
use super::stats::{self, HubStats, HubView};
use super::view;
use crate::dom::each;
use crate::storage;

/// The header a syncscope-chat server puts on every response.
const SERVER_HEADER: &str = "x-syncscope-chat";
/// Failed attempts at an address that never answered before the widget stops trying.
const GIVE_UP_AFTER: u32 = 5;
/// Clients the inspector lists one by one.
const INSPECTOR_ROWS: usize = 40;
/// The "make my client slow" choices, in milliseconds per message.
const SLOW_CHOICES: [u32; 4] = [0, 200, 1_000, SLOW_MAX_MS];
const NICK_KEY: &str = "syncscope:chat:nick";
const ADDRESS_KEY: &str = "syncscope:chat:address";

#[derive(Clone, PartialEq, Properties)]
pub struct Props {
    /// `href` of the in-page hub to point to when there is no server (`data-fallback`).
    pub fallback: AttrValue,
}

/// Where the connection stands, for the status line.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    /// Asking the page whether it came from a chat server.
    Probing,
    /// No server known: the page is static and nobody typed an address.
    NoServer,
    Connecting {
        url: String,
    },
    Open {
        url: String,
    },
    /// Waiting to try again.
    Retrying {
        url: String,
        why: String,
        secs: u32,
    },
    /// Not trying any more (the reader disconnected, or the address never answered).
    Stopped {
        why: String,
    },
}

impl Status {
    fn name(&self) -> &'static str {
        match self {
            Status::Probing => "probing",
            Status::NoServer => "no-server",
            Status::Connecting { .. } => "connecting",
            Status::Open { .. } => "open",
            Status::Retrying { .. } => "retrying",
            Status::Stopped { .. } => "stopped",
        }
    }

    fn text(&self) -> String {
        match self {
            Status::Probing => "looking for a chat server…".into(),
            Status::NoServer => "offline: no chat server".into(),
            Status::Connecting { url } => format!("connecting to {url}…"),
            Status::Open { url } => format!("connected to {url}"),
            Status::Retrying { why, secs, .. } => format!("{why}; trying again in {secs} s"),
            Status::Stopped { why } => format!("offline: {why}"),
        }
    }
}

pub enum Msg {
    /// The page's own origin's chat URL when the page came from a chat server.
    Probed(Option<String>),
    AddressInput(String),
    Connect,
    Disconnect,
    Frame(u64, String),
    Closed(u64, Option<u16>, String),
    Retry(u64),
    NickInput(String),
    SetNick,
    RoomInput(String),
    Join,
    Leave(String),
    Show(String),
    DraftInput(String),
    Send,
    Who,
    Slow(u32),
    Stats(u64, String),
    StatsLost(u64),
}

pub struct ChatApp {
    chat: ChatState,
    status: Status,
    address: String,
    /// The URL being connected to or retried.
    target: Option<String>,
    /// Whether `target` ever welcomed us (an address that never did is given up on).
    answered: bool,
    /// Whether `target` is the page's own server: then the widget never gives up on it.
    own_server: bool,
    /// Rooms to join again after a reconnect, the one the reader was looking at last.
    rejoin: Vec<String>,
    /// Whether the message list was scrolled to its end before the last update.
    stick: bool,
    attempt: u32,
    generation: u64,
    out: Option<mpsc::UnboundedSender<String>>,
    retry: Option<Timeout>,
    nick_input: String,
    room_input: String,
    draft: String,
    /// A problem with what the reader typed (shown under the forms).
    form_error: Option<String>,
    stats: Option<HubStats>,
    stats_note: Option<String>,
    evicted_flash: u64,
    /// The last "make my client slow" choice sent (the server's confirmation waits in the
    /// slowed queue like everything else, so the knob shows what was asked).
    slow_requested: u32,
    /// The stats show that the hub evicted this client while its socket is still open: the
    /// slowed write task is still delivering what was queued before the close.
    evicted_me: bool,
    events: Option<StatsStream>,
    log_ref: NodeRef,
}

impl Component for ChatApp {
    type Message = Msg;
    type Properties = Props;

    fn create(ctx: &Context<Self>) -> Self {
        let link = ctx.link().clone();
        wasm_bindgen_futures::spawn_local(async move {
            link.send_message(Msg::Probed(probe_page().await));
        });
        ChatApp {
            chat: ChatState::default(),
            status: Status::Probing,
            address: storage::get(ADDRESS_KEY).unwrap_or_default(),
            target: None,
            answered: false,
            own_server: false,
            rejoin: Vec::new(),
            stick: true,
            attempt: 0,
            generation: 0,
            out: None,
            retry: None,
            nick_input: storage::get(NICK_KEY).unwrap_or_default(),
            room_input: String::new(),
            draft: String::new(),
            form_error: None,
            stats: None,
            stats_note: None,
            evicted_flash: 0,
            slow_requested: 0,
            evicted_me: false,
            events: None,
            log_ref: NodeRef::default(),
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        match msg {
            Msg::Probed(Some(url)) => {
                if self.target.is_none() {
                    self.address = url.clone();
                    self.own_server = true;
                    self.open(ctx, url);
                }
            }
            Msg::Probed(None) => {
                if self.target.is_none() {
                    self.status = Status::NoServer;
                }
            }
            Msg::AddressInput(text) => self.address = text,
            Msg::Connect => match address::normalize(&self.address, page_is_https()) {
                Ok(url) => {
                    self.form_error = None;
                    storage::set(ADDRESS_KEY, &self.address);
                    self.attempt = 0;
                    self.answered = false;
                    self.own_server = false;
                    self.rejoin.clear();
                    self.open(ctx, url);
                }
                Err(why) => self.form_error = Some(why),
            },
            Msg::Disconnect => {
                self.close();
                self.target = None;
                self.status = Status::Stopped {
                    why: "disconnected".into(),
                };
                self.chat.note(Kind::Info, "disconnected");
            }
            Msg::Frame(generation, frame) => {
                if generation != self.generation {
                    return false;
                }
                self.stick = self.log_at_end();
                for event in protocol::parse_frame(&frame) {
                    match event {
                        Ok(event) => {
                            let welcome = matches!(event, protocol::Event::Welcome { .. });
                            self.chat.apply(event);
                            if welcome {
                                self.welcomed(ctx);
                            }
                        }
                        Err(why) => self.chat.note(Kind::Error, &why),
                    }
                }
            }
            Msg::Closed(generation, code, reason) => {
                if generation != self.generation {
                    return false;
                }
                self.lost(ctx, code, &reason);
            }
            Msg::Retry(generation) => {
                if generation == self.generation {
                    if let Some(url) = self.target.clone() {
                        self.open(ctx, url);
                    }
                }
            }
            Msg::NickInput(text) => self.nick_input = text,
            Msg::SetNick => {
                let nick = self.nick_input.trim().to_string();
                match protocol::check_nick(&nick) {
                    Ok(()) => {
                        storage::set(NICK_KEY, &nick);
                        self.send(Request::Nick { nick });
                    }
                    Err(why) => self.form_error = Some(why),
                }
            }
            Msg::RoomInput(text) => self.room_input = text,
            Msg::Join => {
                let room = self.room_input.trim().to_string();
                match protocol::check_room(&room) {
                    Ok(()) if self.chat.rooms.contains(&room) => {
                        self.chat.current = room;
                        self.room_input.clear();
                    }
                    Ok(()) => {
                        self.room_input.clear();
                        self.send(Request::Join { room });
                    }
                    Err(why) => self.form_error = Some(why),
                }
            }
            Msg::Leave(room) => {
                self.send(Request::Leave { room });
            }
            Msg::Show(room) => self.chat.current = room,
            Msg::DraftInput(text) => self.draft = text,
            Msg::Send => {
                let text = protocol::clean_text(&self.draft);
                if text.is_empty() {
                    return false;
                }
                let request = Request::Say {
                    room: self.chat.current.clone(),
                    text,
                };
                if !protocol::fits(&request, self.chat.max_message_size) {
                    self.form_error = Some(format!(
                        "too long: the server takes messages of at most {} bytes",
                        self.chat.max_message_size
                    ));
                } else if self.send(request) {
                    self.draft.clear();
                }
            }
            Msg::Who => {
                let room = self.chat.current.clone();
                self.send(Request::Who { room });
            }
            Msg::Slow(delay_ms) => {
                let delay_ms = delay_ms.min(SLOW_MAX_MS);
                if self.send(Request::Slow { delay_ms }) {
                    self.slow_requested = delay_ms;
                }
            }
            Msg::Stats(generation, data) => {
                if generation != self.generation {
                    return false;
                }
                match stats::parse(&data) {
                    Ok(next) => {
                        let change = stats::change(self.stats.as_ref(), &next, self.chat.me);
                        if change.evicted > 0 {
                            self.evicted_flash = next.evictions;
                        }
                        if change.me_gone && matches!(self.status, Status::Open { .. }) {
                            self.evicted_me = true;
                        }
                        if next.shutting_down {
                            self.stats_note = Some("the server is shutting down".into());
                        } else {
                            self.stats_note = None;
                        }
                        self.stats = Some(next);
                    }
                    Err(why) => self.stats_note = Some(why),
                }
            }
            Msg::StatsLost(generation) => {
                if generation != self.generation {
                    return false;
                }
                self.stats_note = Some("the hub's stats stream is not answering".into());
            }
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let connected = matches!(self.status, Status::Open { .. });
        let trying = matches!(
            self.status,
            Status::Connecting { .. } | Status::Open { .. } | Status::Retrying { .. }
        );
        let on_address = on_input(link, Msg::AddressInput);
        let on_connect = on_submit(link, || Msg::Connect);
        let on_disconnect = on_click(link, || Msg::Disconnect);
        html! {
            <section class="chat" data-testid="chat" data-state={self.status.name()}>
                <form class="chat-bar" onsubmit={on_connect}>
                    <span class={classes!("chat-status", format!("chat-status-{}", self.status.name()))}
                          data-testid="chat-status" role="status">
                        { self.status.text() }
                    </span>
                    <label class="chat-address">
                        { "Server " }
                        <input type="text" data-testid="chat-address" value={self.address.clone()}
                               placeholder="192.168.1.23:9999" oninput={on_address}
                               aria-label="chat server address" spellcheck="false" />
                    </label>
                    if trying {
                        <button type="button" data-testid="chat-disconnect" onclick={on_disconnect}>{ "Disconnect" }</button>
                    } else {
                        <button type="submit" data-testid="chat-connect">{ "Connect" }</button>
                    }
                </form>
                { self.offline_note(ctx) }
                if let Some(why) = &self.form_error {
                    <p class="chat-form-error" data-testid="chat-form-error" role="alert">{ why.clone() }</p>
                }
                <div class="chat-main">
                    { self.side(ctx, connected) }
                    { self.conversation(ctx, connected) }
                </div>
                { self.inspector(ctx, connected) }
            </section>
        }
    }

    fn rendered(&mut self, _ctx: &Context<Self>, _first: bool) {
        // Follow the conversation only when the reader is already at the bottom (as
        // gorilla's home.html does), so scrolling back to read is not undone by a new line.
        if self.stick {
            if let Some(log) = self.log_ref.cast::<Element>() {
                log.set_scroll_top(log.scroll_height());
            }
        }
    }

    fn destroy(&mut self, _ctx: &Context<Self>) {
        self.close();
    }
}

impl ChatApp {
    /// Opens a connection to `url`, closing any other.
    fn open(&mut self, ctx: &Context<Self>, url: String) {
        self.close();
        self.generation += 1;
        let generation = self.generation;
        self.target = Some(url.clone());
        // The rooms of the connection that ended, to join again once the new one is up; the
        // room being shown goes last, so that its `joined` shows it again.
        let mut previous = std::mem::take(&mut self.chat.rooms);
        if !previous.is_empty() {
            let shown = self.chat.current.clone();
            previous.retain(|r| *r != shown);
            previous.push(shown);
            self.rejoin = previous;
        }
        self.chat.reset_connection();
        match WebSocket::open_with_protocol(&url, SUBPROTOCOL) {
            Ok(socket) => {
                let (tx, rx) = mpsc::unbounded();
                self.out = Some(tx);
                self.status = Status::Connecting { url };
                let link = ctx.link().clone();
                wasm_bindgen_futures::spawn_local(run_socket(socket, rx, generation, link));
            }
            Err(e) => {
                // A malformed URL: trying again cannot help.
                self.target = None;
                self.status = Status::Stopped {
                    why: format!("cannot open {url}: {e}"),
                };
            }
        }
    }

    /// Ends the current connection and the stats stream, if any.
    fn close(&mut self) {
        // Dropping the sender ends the socket task, which drops (and so closes) the socket.
        self.out = None;
        self.retry = None;
        self.events = None;
        self.generation += 1;
    }

    /// The server said welcome: the connection is up.
    fn welcomed(&mut self, ctx: &Context<Self>) {
        let url = self.target.clone().unwrap_or_default();
        self.status = Status::Open { url: url.clone() };
        self.answered = true;
        self.attempt = 0;
        self.evicted_me = false;
        self.slow_requested = 0;
        self.stats = None;
        self.stats_note = None;
        self.listen_stats(ctx, &url);
        // Take back the reader's nickname after a reconnect.
        let wanted = self.nick_input.trim().to_string();
        if !wanted.is_empty() && wanted != self.chat.nick && protocol::check_nick(&wanted).is_ok() {
            self.send(Request::Nick { nick: wanted });
        }
        for room in std::mem::take(&mut self.rejoin) {
            if !self.chat.rooms.contains(&room) {
                self.send(Request::Join { room });
            }
        }
    }

    /// The connection ended without the reader asking: explain, and try again later.
    fn lost(&mut self, ctx: &Context<Self>, code: Option<u16>, reason: &str) {
        self.out = None;
        self.events = None;
        let Some(url) = self.target.clone() else {
            return;
        };
        let mut why = if self.answered || code.is_some() {
            close_reason(code).to_string()
        } else {
            format!("no chat server answers at {url}")
        };
        if !reason.is_empty() {
            why = format!("{why} ({reason})");
        }
        self.chat.note(Kind::Error, &why);
        if !self.answered && !self.own_server && self.attempt + 1 >= GIVE_UP_AFTER {
            self.target = None;
            self.status = Status::Stopped {
                why: format!("{why}; gave up after {GIVE_UP_AFTER} tries"),
            };
            return;
        }
        let delay = backoff::delay_ms(self.attempt, js_sys::Math::random());
        self.attempt = self.attempt.saturating_add(1);
        self.status = Status::Retrying {
            url,
            why,
            secs: backoff::seconds_label(delay),
        };
        let link = ctx.link().clone();
        let generation = self.generation;
        self.retry = Some(Timeout::new(delay, move || {
            link.send_message(Msg::Retry(generation))
        }));
    }

    /// Queues a request for the socket task; false (with a note) when not connected.
    fn send(&mut self, request: Request) -> bool {
        self.form_error = None;
        let sent = match (&self.out, &self.status) {
            (Some(out), Status::Open { .. }) => out.unbounded_send(request.to_json()).is_ok(),
            _ => false,
        };
        if !sent {
            self.form_error = Some("not connected to a chat server".into());
        }
        sent
    }

    /// Whether the message list shows its last line (or is not in the page yet).
    fn log_at_end(&self) -> bool {
        self.log_ref
            .cast::<Element>()
            .is_none_or(|log| log.scroll_height() - log.client_height() - log.scroll_top() < 40)
    }

    fn listen_stats(&mut self, ctx: &Context<Self>, ws_url: &str) {
        let Some(url) = address::stats_url(ws_url) else {
            return;
        };
        let Ok(source) = EventSource::new(&url) else {
            self.stats_note = Some(format!("cannot open {url}"));
            return;
        };
        let generation = self.generation;
        let link = ctx.link().clone();
        let on_stats = EventListener::new(&source, "stats", move |event| {
            if let Some(data) = event
                .dyn_ref::<MessageEvent>()
                .and_then(|m| m.data().as_string())
            {
                link.send_message(Msg::Stats(generation, data));
            }
        });
        let link = ctx.link().clone();
        let on_error = EventListener::new(&source, "error", move |_| {
            link.send_message(Msg::StatsLost(generation));
        });
        self.events = Some(StatsStream {
            source,
            _listeners: [on_stats, on_error],
        });
    }

    fn offline_note(&self, ctx: &Context<Self>) -> Html {
        let offline = matches!(
            self.status,
            Status::NoServer | Status::Retrying { .. } | Status::Stopped { .. }
        );
        // A server that answered before and failed only once (an eviction, a restart) gets
        // a moment to come back before the reader is sent elsewhere.
        let blip =
            matches!(self.status, Status::Retrying { .. }) && self.answered && self.attempt < 2;
        if !offline || blip {
            return html! {};
        }
        let fallback = offline_reason(&self.status);
        html! {
            <p class="chat-offline" data-testid="chat-offline" role="note">
                { fallback }
                { " The same hub, written in Go with simulated clients, runs in the page: " }
                <a href={ctx.props().fallback.clone()} data-testid="chat-fallback-link">{ "step it below" }</a>
                { ". To join a classroom's server, type its address above and press Connect." }
            </p>
        }
    }

    fn side(&self, ctx: &Context<Self>, connected: bool) -> Html {
        let link = ctx.link();
        let on_nick = on_input(link, Msg::NickInput);
        let on_set_nick = on_submit(link, || Msg::SetNick);
        let on_room = on_input(link, Msg::RoomInput);
        let on_join = on_submit(link, || Msg::Join);
        let on_who = on_click(link, || Msg::Who);
        let rooms = each(self.chat.rooms.len(), &|i| {
            let room = &self.chat.rooms[i];
            let current = *room == self.chat.current;
            let show = on_click_room(link, room, Msg::Show);
            let leave = on_click_room(link, room, Msg::Leave);
            html! {
                <li key={room.clone()} class={classes!("chat-room", current.then_some("chat-room-current"))}>
                    <button type="button" data-testid={format!("chat-room-{room}")}
                            aria-pressed={current.to_string()} onclick={show}>{ format!("#{room}") }</button>
                    <button type="button" class="chat-leave" data-testid={format!("chat-leave-{room}")}
                            aria-label={format!("leave {room}")} title={format!("leave {room}")}
                            disabled={!connected} onclick={leave}>{ "×" }</button>
                </li>
            }
        });
        html! {
            <div class="chat-side">
                <form onsubmit={on_set_nick}>
                    <label>{ "Nickname " }
                        <input type="text" data-testid="chat-nick" maxlength="24"
                               value={self.nick_input.clone()} placeholder={self.chat.nick.clone()}
                               oninput={on_nick} />
                    </label>
                    <button type="submit" data-testid="chat-nick-set" disabled={!connected}>{ "Set" }</button>
                </form>
                <ul class="chat-rooms" data-testid="chat-rooms" aria-label="your rooms">{ rooms }</ul>
                <form onsubmit={on_join}>
                    <label>{ "Room " }
                        <input type="text" data-testid="chat-room-input" maxlength="32"
                               value={self.room_input.clone()} placeholder="go" oninput={on_room} />
                    </label>
                    <button type="submit" data-testid="chat-join" disabled={!connected}>{ "Join" }</button>
                </form>
                <button type="button" data-testid="chat-who" disabled={!connected} onclick={on_who}>
                    { format!("Who is in #{}?", self.chat.current) }
                </button>
            </div>
        }
    }

    fn conversation(&self, ctx: &Context<Self>, connected: bool) -> Html {
        let link = ctx.link();
        let on_draft = on_input(link, Msg::DraftInput);
        let on_send = on_submit(link, || Msg::Send);
        html! {
            <div class="chat-conv">
                <ol class="chat-log" data-testid="chat-log" ref={self.log_ref.clone()}
                    aria-live="polite" aria-label={format!("messages in #{}", self.chat.current)}>
                    { for self.chat.visible().map(view::line_item) }
                </ol>
                <form class="chat-compose" onsubmit={on_send}>
                    <input type="text" data-testid="chat-input" value={self.draft.clone()}
                           placeholder={format!("message #{}", self.chat.current)}
                           aria-label="message" oninput={on_draft} disabled={!connected} />
                    <button type="submit" data-testid="chat-send" disabled={!connected}>{ "Send" }</button>
                </form>
            </div>
        }
    }

    fn inspector(&self, ctx: &Context<Self>, connected: bool) -> Html {
        let on_slow = ctx.link().callback(|e: Event| {
            let value = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|s| s.value().parse::<u32>().ok())
                .unwrap_or(0);
            Msg::Slow(value)
        });
        let knob = html! {
            <label class="chat-knob">
                { "Make my client slow: " }
                <select data-testid="chat-slow" onchange={on_slow} disabled={!connected}>
                    { each(SLOW_CHOICES.len(), &|i| {
                        let ms = SLOW_CHOICES[i];
                        let label = if ms == 0 { "no (normal)".to_string() } else { format!("{ms} ms per message") };
                        html! { <option value={ms.to_string()} selected={self.slow_requested == ms}>{ label }</option> }
                    }) }
                </select>
            </label>
        };
        let body = match &self.stats {
            Some(stats) => {
                let (shown, hidden) = stats.shown_clients(self.chat.me, INSPECTOR_ROWS);
                let rooms = each(stats.rooms.len(), &|i| {
                    let r = &stats.rooms[i];
                    html! {
                        <li key={r.name.clone()} class="chat-room-chip">{ format!("#{} · {}", r.name, r.clients) }</li>
                    }
                });
                html! {
                    <>
                        { view::summary(stats) }
                        { view::hub_diagram(Some(stats)) }
                        <ul class="chat-room-chips" data-testid="hub-rooms" aria-label="rooms">{ rooms }</ul>
                        <ul class="chat-clients" data-testid="hub-clients" aria-label="send queues">
                            { each(shown.len(), &|i| view::client_row(shown[i], &stats.limits, Some(shown[i].id) == self.chat.me)) }
                        </ul>
                        if hidden > 0 {
                            <p class="chat-more">{ format!("and {hidden} more clients") }</p>
                        }
                    </>
                }
            }
            None => html! {
                <>
                    { view::hub_diagram(None) }
                    <p class="chat-more">{ if connected { "waiting for the hub's first snapshot…" } else { "connect to a chat server to watch its hub live" } }</p>
                </>
            },
        };
        let evicted_me = self.evicted_me.then(|| html! {
            <p class="chat-evicted-note" data-testid="hub-evicted-me" role="alert">
                { "The hub has evicted you: your send queue was full. Your write task is still slowly sending what was queued before the eviction; the close (code 1008) comes after it, then this page reconnects." }
            </p>
        });
        let flash = (self.evicted_flash > 0).then(|| html! {
            <p class="chat-evicted-note" data-testid="hub-evicted" role="status">
                { format!("The hub evicted a client whose queue was full ({} so far). It never waits for a slow reader.", self.evicted_flash) }
            </p>
        });
        html! {
            <section class="chat-inspector" data-testid="hub-inspector" aria-label="hub inspector">
                <h3>{ "Hub inspector" }</h3>
                { knob }
                { body }
                { for evicted_me }
                { for flash }
                if let Some(note) = &self.stats_note {
                    <p class="chat-more" data-testid="hub-note">{ note.clone() }</p>
                }
            </section>
        }
    }
}

/// The open `/hub/stats` stream. A dropped `EventSource` handle would leave the browser's
/// stream running (and reconnecting) until garbage collection, so dropping this closes it.
struct StatsStream {
    source: EventSource,
    _listeners: [EventListener; 2],
}

impl Drop for StatsStream {
    fn drop(&mut self) {
        self.source.close();
    }
}

/// The status line's first sentence when offline.
fn offline_reason(status: &Status) -> &'static str {
    match status {
        Status::NoServer => {
            "No chat server here: this copy of the book is static (GitHub Pages, mdbook serve, or a file), so the live chat is off."
        }
        _ => "The chat server is not answering.",
    }
}

/// One connection: forwards frames in, writes queued requests out, reports the end.
async fn run_socket(
    mut socket: WebSocket,
    mut out: mpsc::UnboundedReceiver<String>,
    generation: u64,
    link: yew::html::Scope<ChatApp>,
) {
    enum Step {
        In(Option<Result<Message, WebSocketError>>),
        Out(Option<String>),
    }
    loop {
        let step = match select(socket.next(), out.next()).await {
            Either::Left((incoming, _)) => Step::In(incoming),
            Either::Right((outgoing, _)) => Step::Out(outgoing),
        };
        match step {
            Step::In(Some(Ok(Message::Text(frame)))) => {
                link.send_message(Msg::Frame(generation, frame));
            }
            // The JSON protocol is text only; the server never sends binary frames.
            Step::In(Some(Ok(Message::Bytes(_)))) => {}
            Step::In(Some(Err(WebSocketError::ConnectionClose(event)))) => {
                let code = (event.code != 1005 && event.code != 1006).then_some(event.code);
                link.send_message(Msg::Closed(generation, code, event.reason));
                return;
            }
            Step::In(Some(Err(e))) => {
                link.send_message(Msg::Closed(generation, None, connection_error(&e)));
                return;
            }
            Step::In(None) => {
                link.send_message(Msg::Closed(generation, None, String::new()));
                return;
            }
            Step::Out(Some(text)) => {
                if let Err(e) = socket.send(Message::Text(text)).await {
                    link.send_message(Msg::Closed(generation, None, connection_error(&e)));
                    return;
                }
            }
            // The component dropped its sender: the reader disconnected or reconnected.
            // Returning drops the socket, which closes it.
            Step::Out(None) => return,
        }
    }
}

/// A connection error in words (the browser tells scripts nothing more specific).
fn connection_error(e: &WebSocketError) -> String {
    match e {
        WebSocketError::ConnectionError => String::new(),
        other => other.to_string(),
    }
}

/// Whether this page came from a syncscope-chat server: a `HEAD` of the page itself, which
/// exists on every host (so no failed request shows in the console), looking for the
/// server's header. Returns the chat URL at the page's origin.
async fn probe_page() -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let protocol = location.protocol().ok()?;
    let ws = address::same_origin_ws(&protocol, &location.host().ok()?)?;
    let href = location.href().ok()?;
    let init = web_sys::RequestInit::new();
    init.set_method("HEAD");
    // Ask the server itself, not a cached copy of the page from another host.
    init.set_cache(web_sys::RequestCache::NoStore);
    let response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str_and_init(&href, &init))
            .await
            .ok()?
            .dyn_into::<web_sys::Response>()
            .ok()?;
    let marked = response.headers().get(SERVER_HEADER).ok().flatten();
    marked.is_some_and(|v| v == SUBPROTOCOL).then_some(ws)
}

fn page_is_https() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "https:")
}

// The callbacks take the message as a function pointer: one closure type (and one
// `Callback` vtable and body in the wasm) per shape instead of one per field or button.

/// An `<input>`'s `oninput`: `make(value)`.
fn on_input(link: &Scope<ChatApp>, make: fn(String) -> Msg) -> Callback<InputEvent> {
    link.callback(move |e: InputEvent| {
        make(
            e.target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default(),
        )
    })
}

/// A `<form>`'s `onsubmit`: no page load, then `make()`.
fn on_submit(link: &Scope<ChatApp>, make: fn() -> Msg) -> Callback<SubmitEvent> {
    link.callback(move |e: SubmitEvent| {
        e.prevent_default();
        make()
    })
}

/// A button's `onclick`: `make()`.
fn on_click(link: &Scope<ChatApp>, make: fn() -> Msg) -> Callback<MouseEvent> {
    link.callback(move |_: MouseEvent| make())
}

/// A room button's `onclick`: `make(room)`.
fn on_click_room(
    link: &Scope<ChatApp>,
    room: &str,
    make: fn(String) -> Msg,
) -> Callback<MouseEvent> {
    let room = room.to_owned();
    link.callback(move |_: MouseEvent| make(room.clone()))
}
