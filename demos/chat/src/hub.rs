//! The hub: one task that owns every client, the rooms and the nicknames.
//!
//! This is gorilla/websocket's `Hub` (hub.go) in tokio terms:
//!
//! | gorilla (Go)                               | here (Rust)                                     |
//! |--------------------------------------------|-------------------------------------------------|
//! | `go hub.run()`, one goroutine              | [`Hub::run`], one tokio task                    |
//! | `clients map[*Client]bool`                 | `Hub::clients: HashMap<ClientId, Client>`       |
//! | `register`, `unregister`, `broadcast` chans| one bounded `mpsc` channel of [`ToHub`]         |
//! | `select` over the three channels           | `recv` on that one channel, in arrival order    |
//! | `client.send chan []byte` (buffer 256)     | `mpsc::Sender<Utf8Bytes>` (capacity 256)        |
//! | `select { case send <- m: default: ... }`  | `try_send`: never waits; `Full` evicts          |
//! | `close(client.send)`, only in the hub      | dropping the *only* `Sender`, only in the hub   |
//!
//! Why one task owns the map: nobody else can touch it, so it needs no lock, and every
//! decision (who is in which room, who gets evicted) happens in one order. Why only the
//! hub closes `send`: in Go a second `close` panics; in Rust a channel closes when its
//! last `Sender` is dropped, so the hub keeping the only `Sender` is the same rule. That
//! is also why a read task that wants to tell its own client something (malformed JSON,
//! rate limit) asks the hub to do it ([`Inbound::Reject`]) instead of holding a `Sender`.
//!
//! Differences from gorilla, on purpose:
//! * gorilla has three unbuffered channels; we have one buffered channel carrying all
//!   three kinds of item ([`ToHub`]). One channel because a connection's own items must
//!   reach the hub in the order it sent them: with separate `register` and `unregister`
//!   channels, a connection that closed right after the handshake had both items waiting
//!   at once, the hub's random select could take the unregister first (ignored: not yet
//!   registered) and then register a dead client, a ghost that stayed in `who` and the
//!   room counts (17 to 25 of 1,000 such connections were seen). gorilla's unbuffered
//!   register makes that unlikely by making `serveWs` wait; one FIFO channel makes it
//!   impossible, since `mpsc` keeps each sender's order. It holds a few hundred items, so
//!   a burst of read tasks can hand over without each one waiting for the hub; a full
//!   channel still makes the read task wait (the back-pressure of an unbuffered send).
//! * gorilla's `broadcast` carries bare bytes. Ours carries the sender's id and a parsed
//!   request, because rooms and nicknames need to know who spoke. A message from a client
//!   the hub already evicted is ignored (gorilla would still broadcast it).
//! * Evicting a client also tells the rooms it was in (`left`, reason `evicted`), and the
//!   close frame its write task sends says why (1008, or 1001 at shutdown), where gorilla
//!   sends an empty close frame.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use axum::extract::ws::Utf8Bytes;
use tokio::sync::{mpsc, watch};
use tokio::time::{interval, MissedTickBehavior};
use tokio_util::sync::CancellationToken;
use tracing::{debug, info, warn};

use crate::config::Config;
use crate::protocol::{Event, Member, Protocol, Reject, Request};
use crate::stats::{self, ClientStats, HubStats, Limits, RateMeter, RoomStats};

/// A connection's number, unique for the server's lifetime (nicknames start as
/// `guest-<id>`).
pub type ClientId = u64;

/// Capacity of the hub's inbound channel (see the module docs).
pub const HUB_CHANNEL_CAPACITY: usize = 768;

/// WebSocket close codes the server sends.
pub mod close_code {
    /// Server shutting down (RFC 6455 "going away").
    pub const GOING_AWAY: u16 = 1001;
    /// Evicted: the client's send queue was full (RFC 6455 "policy violation").
    pub const EVICTED: u16 = 1008;
    /// A message over the size limit (RFC 6455 "message too big").
    pub const TOO_BIG: u16 = 1009;
    /// A text frame that is not UTF-8 (RFC 6455 "invalid frame payload data").
    pub const INVALID_DATA: u16 = 1007;
    /// A frame that breaks the protocol, e.g. an unmasked client frame.
    pub const PROTOCOL_ERROR: u16 = 1002;
}

/// Why a client's connection is being closed, written by whoever decides it (the hub,
/// or the read task on an oversized message) and read by the write task when it sends
/// the close frame. The first reason set wins.
#[derive(Debug, Clone, Default)]
pub struct CloseSlot(Arc<AtomicU16>);

impl CloseSlot {
    /// Records `code` unless a reason is already there.
    pub fn set(&self, code: u16) {
        let _ = self
            .0
            .compare_exchange(0, code, Ordering::AcqRel, Ordering::Acquire);
    }

    /// The recorded code, if any.
    pub fn get(&self) -> Option<u16> {
        match self.0.load(Ordering::Acquire) {
            0 => None,
            code => Some(code),
        }
    }
}

/// What a new connection hands the hub (gorilla: `hub.register <- client`).
#[derive(Debug)]
pub struct Registration {
    pub id: ClientId,
    pub protocol: Protocol,
    /// The only sender of this client's queue; from now on the hub owns it.
    pub send: mpsc::Sender<Utf8Bytes>,
    pub close: CloseSlot,
}

/// What a read task passes to the hub on behalf of its client.
#[derive(Debug)]
pub enum Inbound {
    /// A plain-protocol message, already cleaned as gorilla's readPump does.
    Plain(String),
    /// A JSON request that parsed.
    Request(Request),
    /// Something the read task refused (malformed JSON, over the rate limit): the hub
    /// sends the `error` event, since only the hub may put things in the queue.
    Reject(Reject),
}

/// One item on the hub's `broadcast` channel.
#[derive(Debug)]
pub struct FromClient {
    pub id: ClientId,
    pub what: Inbound,
}

/// One item on the hub's inbound channel: gorilla's three channels in one, so that what
/// one connection sends arrives in the order it sent it (see the module docs).
#[derive(Debug)]
pub enum ToHub {
    /// gorilla: `hub.register <- client`.
    Register(Registration),
    /// gorilla: `hub.unregister <- client`.
    Unregister(ClientId),
    /// gorilla: `hub.broadcast <- message`.
    From(FromClient),
}

/// The sending end of the hub's channel; every connection gets a clone.
#[derive(Debug, Clone)]
pub struct HubHandle {
    pub inbox: mpsc::Sender<ToHub>,
}

/// The receiving end, owned by the hub task.
pub struct HubInbox {
    inbox: mpsc::Receiver<ToHub>,
}

/// Why a client leaves the hub's map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Departure {
    /// Its connection ended (read task unregistered it, or its write task is gone).
    Quit,
    /// Its queue was full: the hub dropped it rather than wait.
    Evicted,
    /// The server is shutting down.
    Shutdown,
}

impl Departure {
    fn reason(self) -> &'static str {
        match self {
            Departure::Quit => "quit",
            Departure::Evicted => "evicted",
            Departure::Shutdown => "shutdown",
        }
    }
}

/// What the hub knows about one client.
struct Client {
    protocol: Protocol,
    nick: String,
    /// Rooms in the order joined.
    rooms: Vec<String>,
    send: mpsc::Sender<Utf8Bytes>,
    close: CloseSlot,
    /// Its `slow` setting, for the stats (the write task has its own copy).
    slow_ms: u32,
}

/// The hub's state; lives inside the hub task.
pub struct Hub {
    config: Arc<Config>,
    clients: HashMap<ClientId, Client>,
    /// Room name -> members by id (ids grow with connection order).
    rooms: BTreeMap<String, BTreeSet<ClientId>>,
    /// Lower-cased nickname -> owner, so nicknames are unique regardless of case.
    nicks: HashMap<String, ClientId>,
    /// Clients found dead or too slow while fanning out; removed once the fan-out is
    /// over (a map cannot lose entries while it is being walked).
    doomed: Vec<(ClientId, Departure)>,
    evictions: u64,
    messages_total: u64,
    deliveries_total: u64,
    messages_rate: RateMeter,
    deliveries_rate: RateMeter,
    started: Instant,
    stats_seq: u64,
    stats_dirty: bool,
    last_publish: Instant,
    stats_tx: watch::Sender<Arc<HubStats>>,
}

/// Creates the hub's channels. Spawn `hub.run(inbox, shutdown)`; give every connection a
/// clone of the handle; read snapshots from the watch receiver.
pub fn new(config: Arc<Config>) -> (Hub, HubInbox, HubHandle, watch::Receiver<Arc<HubStats>>) {
    let (inbox_tx, inbox) = mpsc::channel(HUB_CHANNEL_CAPACITY);
    let now = Instant::now();
    let (stats_tx, stats_rx) = watch::channel(Arc::new(HubStats::default()));
    let mut hub = Hub {
        config,
        clients: HashMap::new(),
        rooms: BTreeMap::new(),
        nicks: HashMap::new(),
        doomed: Vec::new(),
        evictions: 0,
        messages_total: 0,
        deliveries_total: 0,
        messages_rate: RateMeter::default(),
        deliveries_rate: RateMeter::default(),
        started: now,
        stats_seq: 0,
        stats_dirty: false,
        last_publish: now,
        stats_tx,
    };
    hub.publish(false);
    let inbox = HubInbox { inbox };
    let handle = HubHandle { inbox: inbox_tx };
    (hub, inbox, handle, stats_rx)
}

impl Hub {
    /// The hub's loop (gorilla's `Hub.run`). Ends when `shutdown` is cancelled, after
    /// closing every client's queue with 1001 (see [`Hub::shut_down`]).
    pub async fn run(mut self, mut inbox: HubInbox, shutdown: CancellationToken) {
        let mut stats_tick = interval(stats::CHANGE_DEBOUNCE);
        stats_tick.set_missed_tick_behavior(MissedTickBehavior::Skip);
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                Some(item) = inbox.inbox.recv() => self.take(item),
                _ = stats_tick.tick() => self.maybe_publish(),
            }
            self.reap();
        }
        self.shut_down(&mut inbox);
    }

    /// Graceful shutdown, hub side: take in what is already waiting in the three
    /// channels (so a message sent just before Ctrl-C still goes out), then close every
    /// queue with reason 1001. Each write task sends what is left in its queue, then the
    /// 1001 close frame.
    fn shut_down(&mut self, inbox: &mut HubInbox) {
        inbox.inbox.close();
        while let Ok(item) = inbox.inbox.try_recv() {
            self.take(item);
            self.reap();
        }
        let everyone: Vec<ClientId> = self.clients.keys().copied().collect();
        info!(clients = everyone.len(), "hub closing every queue (1001)");
        for id in everyone {
            if let Some(client) = self.clients.get(&id) {
                client.close.set(close_code::GOING_AWAY);
            }
            self.doomed.push((id, Departure::Shutdown));
        }
        self.reap();
        self.publish(true);
    }

    /// One item from the channel, in the order it was sent.
    fn take(&mut self, item: ToHub) {
        match item {
            ToHub::Register(registration) => self.register(registration),
            ToHub::Unregister(id) => self.unregister(id),
            ToHub::From(message) => self.handle(message),
        }
    }

    /// gorilla: `case client := <-h.register: h.clients[client] = true`. We also give
    /// the client its nickname, put it in the default room and say hello.
    fn register(&mut self, r: Registration) {
        let mut nick = format!("guest-{}", r.id);
        if self.nicks.contains_key(&nick.to_lowercase()) {
            // Someone renamed themselves "guest-<this id>" before we got here.
            nick = format!("guest-{}-{}", r.id, self.started.elapsed().as_micros());
        }
        let room = self.config.default_room.clone();
        debug!(id = r.id, protocol = ?r.protocol, %nick, "register");
        self.nicks.insert(nick.to_lowercase(), r.id);
        self.clients.insert(
            r.id,
            Client {
                protocol: r.protocol,
                nick: nick.clone(),
                rooms: vec![room.clone()],
                send: r.send,
                close: r.close,
                slow_ms: 0,
            },
        );
        self.rooms.entry(room.clone()).or_default().insert(r.id);
        self.stats_dirty = true;
        if r.protocol == Protocol::Json {
            let welcome = Event::Welcome {
                id: r.id,
                nick: nick.clone(),
                rooms: vec![room.clone()],
                max_message_size: self.config.max_message_size,
                rate_per_sec: self.config.rate_per_sec,
                rate_burst: self.config.rate_burst,
            };
            self.send_to(r.id, frame(&welcome));
        }
        let joined = Event::Joined {
            room: room.clone(),
            id: r.id,
            nick,
        };
        self.announce(&room, &joined);
    }

    /// gorilla: `case client := <-h.unregister: if present, delete and close(send)`.
    fn unregister(&mut self, id: ClientId) {
        if self.clients.contains_key(&id) {
            self.doomed.push((id, Departure::Quit));
        }
    }

    /// gorilla: `case message := <-h.broadcast`, generalised to typed requests.
    fn handle(&mut self, message: FromClient) {
        let FromClient { id, what } = message;
        let Some(client) = self.clients.get(&id) else {
            // Evicted or gone; its read task has not noticed yet.
            return;
        };
        let nick = client.nick.clone();
        match what {
            Inbound::Plain(text) => {
                self.messages_total += 1;
                let room = self.config.default_room.clone();
                let event = Event::Message {
                    room: room.clone(),
                    id,
                    nick,
                    text: text.clone(),
                    ts: unix_ms(),
                };
                // Plain clients get the text verbatim, as gorilla broadcasts it.
                self.fan_out(&room, Some(&frame(&event)), Some(&Utf8Bytes::from(text)));
            }
            Inbound::Reject(reject) => self.send_to(id, frame(&Event::from(&reject))),
            Inbound::Request(request) => self.dispatch(id, nick, request),
        }
    }

    /// One arm per request `type` (the notes' server dispatches the same way).
    fn dispatch(&mut self, id: ClientId, nick: String, request: Request) {
        let in_room = |hub: &Hub, room: &str| {
            hub.rooms
                .get(room)
                .is_some_and(|members| members.contains(&id))
        };
        match request {
            Request::Say { room, text } => {
                if !in_room(self, &room) {
                    return self.reject(id, "not_in_room", format!("join {room:?} first"));
                }
                self.messages_total += 1;
                // home.html users in the default room see "nick: text" on one line.
                let plain = (room == self.config.default_room)
                    .then(|| Utf8Bytes::from(format!("{nick}: {text}")));
                let event = Event::Message {
                    room: room.clone(),
                    id,
                    nick,
                    text,
                    ts: unix_ms(),
                };
                self.fan_out(&room, Some(&frame(&event)), plain.as_ref());
            }
            Request::Join { room } => {
                if in_room(self, &room) {
                    return self.reject(id, "already_joined", format!("already in {room:?}"));
                }
                let Some(client) = self.clients.get_mut(&id) else {
                    return;
                };
                if client.rooms.len() >= self.config.max_rooms_per_client {
                    let max = self.config.max_rooms_per_client;
                    return self.reject(id, "too_many_rooms", format!("at most {max} rooms"));
                }
                client.rooms.push(room.clone());
                self.rooms.entry(room.clone()).or_default().insert(id);
                self.stats_dirty = true;
                let event = Event::Joined {
                    room: room.clone(),
                    id,
                    nick,
                };
                self.announce(&room, &event);
            }
            Request::Leave { room } => {
                if !in_room(self, &room) {
                    return self.reject(id, "not_in_room", format!("not in {room:?}"));
                }
                // Tell the room first, so the leaver gets its own `left` too.
                let event = Event::Left {
                    room: room.clone(),
                    id,
                    nick,
                    reason: "leave".into(),
                };
                if !self.announce(&room, &event) {
                    // The room is too big for presence, but the leaver still learns
                    // that it has left.
                    self.send_to(id, frame(&event));
                }
                self.leave_room(id, &room);
                if let Some(client) = self.clients.get_mut(&id) {
                    client.rooms.retain(|r| *r != room);
                }
                self.stats_dirty = true;
            }
            Request::Nick { nick: new } => {
                let key = new.to_lowercase();
                if self.nicks.get(&key).is_some_and(|owner| *owner != id) {
                    return self.reject(id, "nick_taken", format!("{new:?} is taken"));
                }
                self.nicks.remove(&nick.to_lowercase());
                self.nicks.insert(key, id);
                let Some(client) = self.clients.get_mut(&id) else {
                    return;
                };
                client.nick = new.clone();
                // Everyone sharing a room with the client hears it once, and so does
                // the client itself (even in no room).
                let mut audience = BTreeSet::from([id]);
                for room in &client.rooms {
                    if let Some(members) = self.rooms.get(room) {
                        audience.extend(members.iter().copied());
                    }
                }
                self.stats_dirty = true;
                let event = frame(&Event::Nick {
                    id,
                    old: nick,
                    nick: new,
                });
                for member in audience {
                    if self.clients.get(&member).map(|c| c.protocol) == Some(Protocol::Json) {
                        self.send_to(member, event.clone());
                    }
                }
            }
            Request::Who { room } => {
                let members = self
                    .rooms
                    .get(&room)
                    .into_iter()
                    .flatten()
                    .filter_map(|m| {
                        self.clients.get(m).map(|c| Member {
                            id: *m,
                            nick: c.nick.clone(),
                        })
                    })
                    .collect();
                self.send_to(id, frame(&Event::Who { room, members }));
            }
            Request::Slow { delay_ms } => {
                // The read task has already told the write task; the hub records it for
                // the inspector and confirms.
                if let Some(client) = self.clients.get_mut(&id) {
                    client.slow_ms = delay_ms;
                }
                self.stats_dirty = true;
                self.send_to(id, frame(&Event::Slow { delay_ms }));
            }
        }
    }

    fn reject(&mut self, id: ClientId, code: &'static str, message: String) {
        let reject = Reject::new(code, message);
        self.send_to(id, frame(&Event::from(&reject)));
    }

    /// Puts `event` in one client's queue without waiting.
    fn send_to(&mut self, id: ClientId, event: Utf8Bytes) {
        if let Some(client) = self.clients.get(&id) {
            match client.send.try_send(event) {
                Ok(()) => self.deliveries_total += 1,
                Err(mpsc::error::TrySendError::Full(_)) => {
                    self.doomed.push((id, Departure::Evicted))
                }
                Err(mpsc::error::TrySendError::Closed(_)) => {
                    self.doomed.push((id, Departure::Quit))
                }
            }
        }
    }

    /// Gives one event to every member of `room`: `json` to JSON clients, `plain` to
    /// plain ones (either may be absent: plain clients get no presence events). This is
    /// gorilla's broadcast loop: a `try_send` per client, and a full queue condemns that
    /// client instead of making the hub (and so everyone else) wait for it.
    fn fan_out(&mut self, room: &str, json: Option<&Utf8Bytes>, plain: Option<&Utf8Bytes>) {
        let Some(members) = self.rooms.get(room) else {
            return;
        };
        for id in members {
            let Some(client) = self.clients.get(id) else {
                continue;
            };
            let event = match client.protocol {
                Protocol::Json => json,
                Protocol::Plain => plain,
            };
            let Some(event) = event else { continue };
            // Cloning a Utf8Bytes bumps a reference count: the event is encoded once
            // for the whole room.
            match client.send.try_send(event.clone()) {
                Ok(()) => self.deliveries_total += 1,
                Err(mpsc::error::TrySendError::Full(_)) => {
                    self.doomed.push((*id, Departure::Evicted))
                }
                Err(mpsc::error::TrySendError::Closed(_)) => {
                    self.doomed.push((*id, Departure::Quit))
                }
            }
        }
    }

    /// Removes the doomed clients. Telling their rooms (`left`) may doom more clients
    /// (their queues may be full too), so this loops until nobody is left to remove.
    fn reap(&mut self) {
        while let Some((id, departure)) = self.doomed.pop() {
            let Some(client) = self.clients.remove(&id) else {
                continue; // doomed twice in one fan-out
            };
            match departure {
                Departure::Evicted => {
                    self.evictions += 1;
                    client.close.set(close_code::EVICTED);
                    warn!(id, nick = %client.nick, "evicted: send queue full");
                }
                Departure::Quit => debug!(id, nick = %client.nick, "unregister"),
                Departure::Shutdown => {}
            }
            self.nicks.remove(&client.nick.to_lowercase());
            for room in &client.rooms {
                self.leave_room(id, room);
                if departure != Departure::Shutdown {
                    let event = Event::Left {
                        room: room.clone(),
                        id,
                        nick: client.nick.clone(),
                        reason: departure.reason().into(),
                    };
                    self.announce(room, &event);
                }
            }
            // gorilla: close(client.send). Dropping the only Sender closes the queue;
            // the write task still gets everything already in it, then `None`.
            drop(client.send);
            self.stats_dirty = true;
        }
    }

    /// Presence (`joined`, `left`) for JSON members of `room`, unless the room has more
    /// than `presence_limit` members: then every arrival would cost one event per member,
    /// and a thousand people arriving a million events (the connect storm that evicts
    /// clients which cannot read that fast). Returns whether it was sent.
    fn announce(&mut self, room: &str, event: &Event) -> bool {
        let members = self.rooms.get(room).map_or(0, BTreeSet::len);
        if members > self.config.presence_limit {
            return false;
        }
        self.fan_out(room, Some(&frame(event)), None);
        true
    }

    fn leave_room(&mut self, id: ClientId, room: &str) {
        if let Some(members) = self.rooms.get_mut(room) {
            members.remove(&id);
            if members.is_empty() {
                self.rooms.remove(room);
            }
        }
    }

    fn maybe_publish(&mut self) {
        let since = self.last_publish.elapsed();
        if since >= stats::HEARTBEAT || (self.stats_dirty && since >= stats::CHANGE_DEBOUNCE) {
            self.publish(false);
        }
    }

    /// Builds a snapshot and replaces the previous one in the watch channel.
    fn publish(&mut self, shutting_down: bool) {
        let now_ms = self.started.elapsed().as_millis() as u64;
        let messages_per_sec = self.messages_rate.update(self.messages_total, now_ms);
        let deliveries_per_sec = self.deliveries_rate.update(self.deliveries_total, now_ms);
        let mut clients: Vec<ClientStats> = self
            .clients
            .iter()
            .map(|(id, c)| ClientStats {
                id: *id,
                nick: c.nick.clone(),
                protocol: match c.protocol {
                    Protocol::Plain => "plain".into(),
                    Protocol::Json => "json".into(),
                },
                rooms: c.rooms.clone(),
                queue_depth: c.send.max_capacity() - c.send.capacity(),
                queue_capacity: c.send.max_capacity(),
                slow_ms: c.slow_ms,
            })
            .collect();
        clients.sort_by(|a, b| b.queue_depth.cmp(&a.queue_depth).then(a.id.cmp(&b.id)));
        let clients_truncated = clients.len() > self.config.stats_max_clients;
        clients.truncate(self.config.stats_max_clients);
        self.stats_seq += 1;
        let config = &self.config;
        let snapshot = HubStats {
            seq: self.stats_seq,
            uptime_ms: now_ms,
            total_clients: self.clients.len(),
            plain_clients: self
                .clients
                .values()
                .filter(|c| c.protocol == Protocol::Plain)
                .count(),
            rooms: self
                .rooms
                .iter()
                .map(|(name, members)| RoomStats {
                    name: name.clone(),
                    clients: members.len(),
                })
                .collect(),
            clients,
            clients_truncated,
            evictions: self.evictions,
            messages_per_sec,
            deliveries_per_sec,
            messages_total: self.messages_total,
            deliveries_total: self.deliveries_total,
            shutting_down,
            limits: Limits {
                send_queue: config.send_queue,
                max_message_size: config.max_message_size,
                ping_period_ms: config.ping_period.as_millis() as u64,
                pong_wait_ms: config.pong_wait.as_millis() as u64,
                write_wait_ms: config.write_wait.as_millis() as u64,
                rate_per_sec: config.rate_per_sec,
                rate_burst: config.rate_burst,
                stats_max_clients: config.stats_max_clients,
                presence_limit: config.presence_limit,
            },
        };
        self.stats_tx.send_replace(Arc::new(snapshot));
        self.stats_dirty = false;
        self.last_publish = Instant::now();
    }
}

/// An event encoded once, ready to be shared by every queue it goes to.
fn frame(event: &Event) -> Utf8Bytes {
    Utf8Bytes::from(event.to_json())
}

fn unix_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

#[cfg(test)]
mod tests {
    //! The hub without sockets: registrations with bare queues, to check eviction,
    //! rooms and the single-owner rule directly.
    use super::*;

    fn hub(queue: usize) -> (Hub, HubInbox, HubHandle, watch::Receiver<Arc<HubStats>>) {
        let config = Config {
            send_queue: queue,
            ..Config::default()
        };
        new(Arc::new(config))
    }

    fn join(
        hub: &mut Hub,
        id: ClientId,
        protocol: Protocol,
        queue: usize,
    ) -> mpsc::Receiver<Utf8Bytes> {
        let (send, rx) = mpsc::channel(queue);
        hub.register(Registration {
            id,
            protocol,
            send,
            close: CloseSlot::default(),
        });
        hub.reap();
        rx
    }

    fn drain(rx: &mut mpsc::Receiver<Utf8Bytes>) -> Vec<String> {
        let mut out = Vec::new();
        while let Ok(m) = rx.try_recv() {
            out.push(m.as_str().to_string());
        }
        out
    }

    #[test]
    fn a_full_queue_evicts_without_waiting() {
        let (mut hub, _inbox, _h, stats) = hub(4);
        let mut fast = join(&mut hub, 1, Protocol::Plain, 4);
        let mut slow = join(&mut hub, 2, Protocol::Plain, 4);
        for i in 0..6 {
            hub.handle(FromClient {
                id: 1,
                what: Inbound::Plain(format!("m{i}")),
            });
            hub.reap();
            // The fast client reads everything as it comes.
            assert_eq!(drain(&mut fast), [format!("m{i}")]);
        }
        // The slow one got four, then the fifth found its queue full: evicted, and its
        // queue is closed after what it already holds.
        assert_eq!(drain(&mut slow), ["m0", "m1", "m2", "m3"]);
        assert!(slow.is_closed());
        assert_eq!(hub.evictions, 1);
        assert!(!hub.clients.contains_key(&2));
        hub.publish(false);
        assert_eq!(stats.borrow().evictions, 1);
        assert_eq!(stats.borrow().total_clients, 1);
    }

    #[test]
    fn rooms_nicks_and_who() {
        let (mut hub, _inbox, _h, _stats) = hub(16);
        let mut a = join(&mut hub, 1, Protocol::Json, 16);
        let mut b = join(&mut hub, 2, Protocol::Json, 16);
        let mut p = join(&mut hub, 3, Protocol::Plain, 16);
        drain(&mut a);
        drain(&mut b);
        let req = |hub: &mut Hub, id, r| {
            hub.handle(FromClient {
                id,
                what: Inbound::Request(r),
            });
            hub.reap();
        };
        req(&mut hub, 1, Request::Nick { nick: "ada".into() });
        req(&mut hub, 2, Request::Nick { nick: "ADA".into() });
        assert!(drain(&mut b)
            .iter()
            .any(|e| e.contains(r#""type":"nick","id":1"#)));
        assert!(drain(&mut b).is_empty());
        req(&mut hub, 2, Request::Nick { nick: "ADA".into() });
        assert!(drain(&mut b)[0].contains("nick_taken"));
        req(&mut hub, 1, Request::Join { room: "go".into() });
        req(
            &mut hub,
            1,
            Request::Say {
                room: "go".into(),
                text: "hi".into(),
            },
        );
        assert!(drain(&mut b).is_empty(), "b is not in go");
        req(
            &mut hub,
            2,
            Request::Say {
                room: "go".into(),
                text: "x".into(),
            },
        );
        assert!(drain(&mut b)[0].contains("not_in_room"));
        req(
            &mut hub,
            1,
            Request::Say {
                room: "lobby".into(),
                text: "hello".into(),
            },
        );
        assert_eq!(drain(&mut p).last().unwrap(), "ada: hello");
        assert!(drain(&mut b)[0].contains(r#""text":"hello""#));
        req(&mut hub, 2, Request::Who { room: "go".into() });
        let who = Event::from_json(&drain(&mut b)[0]).unwrap();
        assert_eq!(
            who,
            Event::Who {
                room: "go".into(),
                members: vec![Member {
                    id: 1,
                    nick: "ada".into()
                }]
            }
        );
        let seen = drain(&mut a);
        assert!(seen
            .iter()
            .any(|e| e.contains(r#""type":"joined","room":"go""#)));
        assert!(seen.iter().any(|e| e.contains(r#""text":"hi""#)));
        req(&mut hub, 1, Request::Leave { room: "go".into() });
        assert!(drain(&mut a)[0].contains(r#""type":"left","room":"go""#));
        assert!(!hub.rooms.contains_key("go"));
    }

    #[test]
    fn the_hub_holds_the_only_sender() {
        let (mut hub, _inbox, _h, _stats) = hub(4);
        let mut rx = join(&mut hub, 7, Protocol::Json, 4);
        hub.unregister(7);
        hub.reap();
        // Welcome and joined were queued before; then the queue is closed.
        assert_eq!(drain(&mut rx).len(), 2);
        assert!(rx.is_closed());
    }
}
